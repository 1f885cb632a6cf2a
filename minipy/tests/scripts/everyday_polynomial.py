from fractions import Fraction
from itertools import zip_longest
from functools import total_ordering


@total_ordering
class Poly:
    def __init__(self, *coeffs):
        cs = list(coeffs)
        while len(cs) > 1 and cs[-1] == 0:
            cs.pop()
        self.c = tuple(cs) or (0,)

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly(-o))

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, d):
        num = [Fraction(x) for x in self.c]
        q = [Fraction(0)] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            shift = len(num) - len(d.c)
            f = num[-1] / d.c[-1]
            q[shift] = f
            for i, b in enumerate(d.c):
                num[i + shift] -= f * b
            num.pop()
        return Poly(*q), Poly(*num)

    def derivative(self):
        return Poly(*(i * a for i, a in enumerate(self.c) if i)) if self.degree else Poly(0)

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __lt__(self, o):
        return (self.degree, self.c[::-1]) < (o.degree, o.c[::-1])

    def __hash__(self):
        return hash(self.c)

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else ("x" if i == 1 else f"x^{i}")
            sign = "-" if a < 0 else "+"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]


p = Poly(1, -3, 0, 2)
q = Poly(-1, 1)
print("p =", p, "| q =", q, "| deg", p.degree, q.degree)
print("p+q =", p + q, "| p-q =", p - q, "| p*q =", p * q)
print("q^5 =", q ** 5)
print("p(2) =", p(2), "p(1/2) =", p(Fraction(1, 2)), "p'(x) =", p.derivative())
quot, rem = divmod(p, q)
print("p / q =", quot, "rem", rem, "check", quot * q + rem == Poly(*map(Fraction, p.c)))
print(3 * q + 1, Poly(0), Poly(0, 0, 0).degree, -Poly(5))
print(sorted([p, q, Poly(7), q * q]), p > q, p <= p, len({p, Poly(1, -3, 0, 2), q}))
big = Poly(1, 1) ** 30
print(big.c[15], sum(big.c) == 2 ** 30, big(10) % 1000007)
