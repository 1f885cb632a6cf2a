# math's special functions: values to 12 significant digits (the last digit or two of cbrt,
# erf, erfc, gamma and lgamma depend on the C library, in CPython too), exact ones in full,
# and CPython's errors.
import math

def show(name, *args):
    try:
        r = getattr(math, name)(*args)
    except (ValueError, OverflowError) as e:
        print(name, args, type(e).__name__, e)
        return
    print(name, args, r if math.isnan(r) or math.isinf(r) else float(f"{r:.12g}"))

for x in (0.0, -0.0, 0.5, 1.0, 2.0, 3.5, 10.0, 25.5, -1.5, -0.5, -2.5, 1e-300, 100.0):
    for f in ("erf", "erfc", "gamma", "lgamma", "cbrt"):
        show(f, x)
for x in (1, 2, 3, 10, 20, 11, 0.5, 1.5, 2.5):
    print("gamma", x, math.gamma(x) == math.factorial(x - 1) if x == int(x) else round(math.gamma(x), 9))
for bad in (0.0, -0.0, -1.0, -2.0, -1e300, float("-inf"), 171.7, 1e308, float("inf"), float("nan")):
    show("gamma", bad)
    show("lgamma", bad)
for x in (-1e308, float("inf"), float("-inf"), float("nan"), 40.0, -40.0):
    show("erf", x)
    show("erfc", x)
for x in (27.0, -8.0, float("inf"), float("nan"), 0.001):
    show("cbrt", x)
print([math.exp2(x) for x in (0, 1, 10, -1, 0.5, -1074, 1023)])
for x in (1024, 1e6):
    show("exp2", x)
print(math.exp2(-1080), math.exp2(float("-inf")))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(-0.0, 1.0), math.nextafter(5e-324, 0.0), math.nextafter(1.0, 1.0), math.nextafter(-1.0, -2.0))
print(math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.inf, 0.0), math.nextafter(math.nan, 1.0))
print([math.ulp(x) for x in (1.0, -1.0, 0.0, 5e-324, 1e300, 2.0 ** 52, 317.88, 1.7976931348623157e308)])
print(math.ulp(math.inf), math.ulp(-math.inf), math.ulp(math.nan))
print(math.ulp(1.0) == 2.0 ** -52, math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0))
for name, args in (("gamma", ("x",)), ("erf", ()), ("nextafter", (1.0,)), ("ulp", (1.0, 2.0))):
    try:
        getattr(math, name)(*args)
    except TypeError as e:
        print(name, "TypeError", e)

for name, args in [("atan2",(1,)),("copysign",()),("pow",(1,2,3)),("fmod",(1,)),("remainder",(1,)),("ldexp",(1,)),("sqrt",()),("sqrt",(1,2)),("gcd",()),("isclose",(1,)),("frexp",()),("floor",(1,2)),("comb",(1,)),("perm",()),("log",()), ("dist",(1,)), ("modf",())]:
    try: getattr(math, name)(*args)
    except TypeError as e: print(name, e)
