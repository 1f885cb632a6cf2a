import math
from itertools import islice, count, takewhile, accumulate, pairwise
from collections import Counter

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

def primes_gen():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

P = sieve(10000)
print(len(P), P[:10], P[-3:])
print(list(islice(primes_gen(), 15)) == P[:15])
gaps = Counter(b - a for a, b in pairwise(P))
print(sorted(gaps.most_common(5)))
print("max gap", max(gaps), "twin primes", gaps[2])
last_digits = Counter(p % 10 for p in P)
print({d: last_digits[d] for d in sorted(last_digits)})
print(list(accumulate(P[:8])))
print(sum(P) % 1000007, math.prod(P[:12]))

def factorize(n):
    f = Counter()
    for p in P:
        if p * p > n:
            break
        while n % p == 0:
            f[p] += 1
            n //= p
    if n > 1:
        f[n] += 1
    return f

for n in [360, 9973, 2**32 + 1, 600851475143, 1001]:
    f = factorize(n)
    s = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))
    print(f"{n:>14,} = {s}")
print(math.gcd(462, 1071), math.lcm(4, 6, 10), math.comb(50, 6), math.perm(10, 3))
print(pow(3, 200, 1000007), pow(2, -1, 7), 2**200 // 3**50)
print(f"{math.factorial(25):e}", math.factorial(25), len(str(math.factorial(100))))
