# Building a report in memory with io.StringIO, then reading it back.
import io

inventory = [("apples", 12, 0.5), ("pears", 3, 0.75), ("kiwis", 40, 0.2)]


def report(rows, out):
    print("Inventory", file=out)
    print("-" * 24, file=out)
    total = 0.0
    for name, qty, price in rows:
        value = qty * price
        total += value
        print(f"{name:<10}{qty:>5}{value:>9.2f}", file=out)
    out.write("=" * 24 + "\n")
    print("total", f"{total:.2f}", sep=": ", file=out)


buf = io.StringIO()
report(inventory, buf)
text = buf.getvalue()
print(text, end="")
print(len(text.splitlines()), "lines written, position", buf.tell())

buf.seek(0)
header = buf.readline()
print("header:", repr(header))
rows = [line.rstrip("\n") for line in buf if line[0].isalpha()]
print(rows)

src = io.StringIO("name=Ada\nlang=Python\n\n# comment\nyear=1843")
settings = {}
for line in src:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, _, value = line.partition("=")
    settings[key] = value
print(settings)

with io.StringIO() as log:
    log.writelines(["a\n", "b\n"])
    log.write("c")
    print(repr(log.getvalue()), log.closed)
print(log.closed)
try:
    log.write("x")
except ValueError as e:
    print("ValueError:", e)
