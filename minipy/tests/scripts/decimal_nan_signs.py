# decimal: NaN signs and signalling in + - * / // % divmod, comparisons and the NaN-aware
# methods, over quiet/signalling NaNs of both signs (with payloads), zeros, infinities and
# finite values, with InvalidOperation trapped and not. `1 - Decimal('NaN')` once printed
# -NaN; `Inf // 1` raised; `sNaN == x` did not signal.
import decimal
from decimal import Decimal, localcontext
vals = ["NaN", "-NaN", "sNaN", "-sNaN", "NaN12", "-sNaN8", "1", "-1", "0", "-0", "Inf", "-Inf", "2.5"]
# Binary operations over a smaller set (each kind once), to keep the script fast under --gc=stress.
pair_vals = ["-NaN", "sNaN", "-sNaN8", "1", "-Inf"]
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "//": lambda a, b: a // b, "%": lambda a, b: a % b, 
       "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b,
       "compare": lambda a, b: a.compare(b), "compare_total": lambda a, b: a.compare_total(b),
       "max": lambda a, b: a.max(b), "min": lambda a, b: a.min(b), 
       "copy_sign": lambda a, b: a.copy_sign(b), "quantize": lambda a, b: a.quantize(b),
       "rem_near": lambda a, b: a.remainder_near(b), 
       "divmod": lambda a, b: divmod(a, b), 
       "fma1": lambda a, b: a.fma(b, 1), "fma2": lambda a, b: Decimal(1).fma(a, b)}
unops = {"neg": lambda a: -a, "pos": lambda a: +a, "abs": lambda a: abs(a), "copy_neg": lambda a: a.copy_negate(),
         "copy_abs": lambda a: a.copy_abs(), "sqrt": lambda a: a.sqrt(), "exp": lambda a: a.exp(), "ln": lambda a: a.ln(),
         "log10": lambda a: a.log10(), "logb": lambda a: a.logb(), 
         "to_integral": lambda a: a.to_integral_value(), "normalize": lambda a: a.normalize(), "round": lambda a: round(a, 1),
         "str": lambda a: str(a), "repr": lambda a: repr(a), "float": lambda a: repr(float(a)), "is_signed": lambda a: a.is_signed(),
         "reduce": lambda a: a.normalize(), "plus_int": lambda a: a + 1, "int_plus": lambda a: 1 + a, "int_minus": lambda a: 1 - a,
         "float_eq": lambda a: a == 1.0, "lt_int": lambda a: a < 1}
def run(f, *a):
    try:
        r = f(*a)
        return repr(r)
    except Exception as e:
        return type(e).__name__
for trap in (True, False):
    with localcontext() as ctx:
        if not trap:
            ctx.traps[decimal.InvalidOperation] = False
        for name, f in unops.items():
            print(trap, name, " ".join(run(f, Decimal(a)) for a in vals))
        for name, f in ops.items():
            for a in pair_vals:
                print(trap, a, name, " ".join(run(f, Decimal(a), Decimal(b)) for b in pair_vals))
