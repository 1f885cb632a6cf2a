# decimal: exp/ln/log10 and non-integral powers (correctly rounded), context methods,
# special values, engineering strings and the TypeErrors naming decimal.Decimal.
import decimal
from decimal import Decimal as D, localcontext, Context, ROUND_DOWN, ROUND_UP
from fractions import Fraction

print(D(1).exp(), D(2).ln(), D(2).log10(), D("0.5").exp(), D("-3.5").exp(), D("1000").log10())
print(D(10).ln(), D("1.0000001").ln(), D("0.999").ln(), D(1).ln(), D(0).exp(), D("1E-20").exp())
print(D(2) ** D("0.5"), D("1.5") ** D("2.5"), D(4) ** D("0.5"), D(10) ** D("-1.5"), D(0) ** D("0.5"))
with localcontext(prec=8, rounding=ROUND_DOWN):
    print(D(3).exp(), D(3).ln(), D(3) ** D("0.5"), D(7).sqrt(), D(1) / 3)
with localcontext(prec=8, rounding=ROUND_UP):
    print(D(3) ** D("0.5"), D(2) ** 100, D(1) / 3)
c = Context(prec=5)
print(c.exp(1), c.ln(10), c.add(D("1.23456"), 1), c.power(3, 4), c.sqrt(10), c.to_eng_string(D("123E+7")))
print([D(s).to_eng_string() for s in ["1E+4", "123E+5", "12E-9", "0E+1", "0E+2", "0E-7", "0.000123"]])
print(D("inf") * -2, D(5) / D("inf"), D("inf").sqrt(), D("nan") == D("nan"))
print(D("1E+2").normalize(), D("0.00").normalize(), D("-1.5").__floor__(), D("-1.5").__ceil__(), round(D("1234.5678"), -2))
print(D(1) < Fraction(3, 2), D("0.5") == Fraction(1, 2), divmod(D("7.5"), 2), D(-10) % 3, D("1e20") // 7)
print(f"{D('1.23456789E+10'):,.2f} {D('9.999'):.2e} {D('9.999'):.2g} {D('0E+7'):%} {D('0'):.3e} {D('-0.01'):z.1f}")
with localcontext() as ctx:
    ctx.traps[decimal.InvalidOperation] = False
    print(D("nan") < 1, D(-2) ** D("0.5"), D(-1).ln(), ctx.flags[decimal.InvalidOperation])
for expr in ["D(1) + 'a'", "D(1) < 'a'", "D(1) * Fraction(1, 2)", "'a' * D(2)", "[] + D(1)", "D(0).ln()"]:
    try:
        print(expr, "->", eval(expr))
    except (ArithmeticError, TypeError) as e:
        print(expr, "!", type(e).__name__, e)
