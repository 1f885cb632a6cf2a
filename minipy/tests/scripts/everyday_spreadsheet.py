"""A mini spreadsheet: cell formulas, references, ranges, recalculation, cycles."""
import re
import math
from functools import reduce

CELL_RE = re.compile(r"\b([A-Z])([1-9][0-9]?)\b")
RANGE_RE = re.compile(r"\b([A-Z][0-9]+):([A-Z][0-9]+)\b")


class CycleError(Exception):
    pass


def expand(a, b):
    c1, r1, c2, r2 = a[0], int(a[1:]), b[0], int(b[1:])
    return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]


class Sheet:
    FUNCS = {"SUM": lambda *a: sum(a), "AVG": lambda *a: sum(a) / len(a),
             "MAX": max, "MIN": min, "SQRT": math.sqrt, "ROUND": round,
             "PROD": lambda *a: reduce(lambda x, y: x * y, a, 1)}

    def __init__(self):
        self.raw = {}
        self.cache = {}

    def __setitem__(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()

    def __getitem__(self, ref):
        return self.value(ref, ())

    def value(self, ref, visiting):
        if ref in visiting:
            raise CycleError(" -> ".join(visiting + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            expr = RANGE_RE.sub(lambda m: ", ".join(expand(m[1], m[2])), raw[1:])
            names = {r: self.value(r, visiting + (ref,))
                     for r in sorted({m.group(0) for m in CELL_RE.finditer(expr)})}
            result = eval(expr, {"__builtins__": {}}, {**self.FUNCS, **names})
        else:
            result = raw
        self.cache[ref] = result
        return result

    def render(self, cols="ABCD", rows=range(1, 7)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self[f"{c}{r}"]
                except CycleError:
                    v = "#CYCLE"
                except ZeroDivisionError:
                    v = "#DIV/0"
                except Exception as e:
                    v = "#" + type(e).__name__[:6].upper()
                if isinstance(v, float):
                    v = f"{v:.2f}"
                cells.append(f"{v!s:>10}" if v != 0 or f"{c}{r}" in self.raw else " " * 10)
            print(f"{r:>3} " + "".join(cells))


s = Sheet()
s["A1"], s["B1"], s["C1"] = "Item", "Qty", "Price"
data = [("pens", 12, 1.25), ("paper", 3, 4.99), ("ink", 2, 17.5), ("stapler", 1, 8)]
for i, (item, q, p) in enumerate(data, start=2):
    s[f"A{i}"], s[f"B{i}"], s[f"C{i}"] = item, q, p
    s[f"D{i}"] = f"=B{i} * C{i}"
s["D1"] = "Total"
s.render()
print()
s["A7"] = "sum"
s["D7"] = "=SUM(D2:D5)"
s["B7"] = "=AVG(B2:B5)"
s["C7"] = "=ROUND(MAX(C2:C5) - MIN(C2:C5), 1)"
s.render(rows=range(6, 8))
print("grand total:", s["D7"], "| product of qty:", s.value("B1", ()) if False else eval("PROD(12,3,2,1)", Sheet.FUNCS))
s["B3"] = 10
print("after B3=10 ->", s["D7"])
s["A8"], s["B8"], s["C8"] = "=B8 + 1", "=C8 * 2", "=A8"
s["D8"] = "=1 / (B2 - 12)"
s["A9"] = "=SQRT(-1)"
s["B9"] = "=SQRT(D7)"
s.render(rows=range(8, 10))
try:
    s["A8"]
except CycleError as e:
    print("cycle:", e)
print(expand("A1", "B3"))
print(RANGE_RE.sub(lambda m: f"<{m[1]}..{m[2]}>", "=SUM(A1:A9) + MAX(B2:C3)"))
print(sorted(k for k in s.raw if k.startswith("D")))
