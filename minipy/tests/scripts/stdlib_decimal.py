import decimal
from decimal import (Decimal as D, getcontext, localcontext, Context, InvalidOperation,
                     DivisionByZero, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP,
                     ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP)

print(D("1.10"), repr(D("1.10")), D(42), D(-7), D(0.1), D(2.5), D((1, (3, 1, 4), -2)))
print(D("1e3"), D("1E-7"), D("-0"), D("  12.50 "), D("NaN"), D("-Infinity"), D("123456789e20"))
a, b = D("19.99"), D("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +a, abs(D("-2.50")), D(2) ** 10, D("1.1") ** 3)
print(D(1) / D(7), D(-7) // D(2), D(-7) % D(2), divmod(D(7), D(-2)), D(10) ** -2)
print(a + 1, 2 * a, 10 - b, 1 / D(8), D("0.1") + D("0.2") == D("0.3"))
print(D("1.0") == 1, D("0.5") == 0.5, D(1) < 2, D("2.5") > 2.4, hash(D(1)) == hash(1),
      hash(D("0.5")) == hash(0.5), hash(D("1.000")) == hash(D(1)), len({D("1.0"), D(1), 1}))
print(sorted([D("3.1"), D("-1"), D("2.25"), D(0)]), max(D("1.5"), D("1.50")), sum([D("0.1")] * 10))
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING,
             ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, [str(D(s).quantize(D("0.1"), rounding=mode)) for s in ["2.25", "-2.25", "2.01", "2.35"]])
print(D("2.675").quantize(D("0.01")), D("7.325").quantize(D("1.00"), rounding=ROUND_HALF_UP), D("1234.5").quantize(D("1E+2")))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 6
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3), D("1234567.89") + 0)
print(D(2) / D(3))
c = Context(prec=4, rounding=ROUND_HALF_UP)
print(c.divide(D(1), D(3)), c.prec, c.create_decimal("3.14159"))
print(D("2.50").to_integral_value(), D("3.5").to_integral_value(), D("1.200").normalize(), D("120E1").normalize())
print(D("-3.140").as_tuple(), D("2").sqrt(), D("0.0").is_zero(), D("NaN").is_nan(), D("-5.5").copy_abs())
print(int(D("-3.99")), float(D("2.5")), round(D("2.5")), round(D("3.5")), round(D("2.345"), 2), round(D("-0.5")))
print(f"{D('1234567.891'):,.2f}|{D('3.14159'):.2f}|{D('42.5'):>10}|{D('-0.000123'):.3e}|{D('0.25'):%}|{D('12'):08.3f}")
print(format(D("1.5"), ""), format(D("123.456"), "g"), str(D("0.00000123")), str(D("1E+5")), D(10).scaleb(3))
print(D("1.30").compare(D("1.3")), D(5).max(D(3)), D("1.23").adjusted(), D(7).fma(2, 1))
print(getcontext())
for expr in ["D('abc')", "D(1) / 0", "D(0) / 0", "D(1) + 1.5", "2.5 * D(1)", "D(-1).sqrt()",
             "int(D('NaN'))", "D(1).quantize(D('1e-30'))", "D('NaN') < 1", "D([1, 2])"]:
    try:
        print(expr, "->", eval(expr))
    except (ArithmeticError, TypeError, ValueError) as e:
        print(expr, "!", type(e).__name__, e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(D(1) / 0, D(-1) / 0)
print(decimal.MAX_PREC, D.from_float(0.25), D(1).is_signed(), D("-1").is_signed(), D(7).as_integer_ratio())
print(D("Infinity") + 1, D("-Infinity") < 0)
print(D("1e999999") * 10)
