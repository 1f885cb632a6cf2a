import os
import tempfile
from pathlib import Path
from contextlib import contextmanager
from statistics import mean

READINGS = {
    "berlin": [(1, -2.5), (2, 0.0), (3, 4.25), (4, 9.5), (5, 14.0), (6, 17.75)],
    "cairo": [(1, 14.0), (2, 15.5), (3, 18.25), (4, 22.0), (5, 25.5), (6, 28.0)],
    "oslo": [(1, -4.0), (2, -3.5), (3, 0.5), (4, 5.0), (5, 10.5), (6, 14.5)],
}


@contextmanager
def cd(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield Path(path)
    finally:
        os.chdir(old)


def c_to_f(c):
    return c * 9 / 5 + 32


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    data = root / "data"
    data.mkdir()
    for city, rows in READINGS.items():
        with open(data / f"{city}.txt", "w", encoding="utf-8") as fh:
            fh.write("# month,celsius\n")
            for m, c in rows:
                fh.write(f"{m},{c}\n")
    (data / "notes.md").write_text("not data\n")
    files = sorted(p.name for p in data.iterdir())
    print(files, [p.stem for p in sorted(data.glob("*.txt"))])
    summary = {}
    for p in sorted(data.glob("*.txt")):
        lines = [l for l in p.read_text().splitlines() if l and not l.startswith("#")]
        temps = [float(l.split(",")[1]) for l in lines]
        summary[p.stem] = temps
        print(f"{p.stem:<7} n={len(temps)} min={min(temps):6.2f} max={max(temps):6.2f} "
              f"mean={mean(temps):6.2f}C/{c_to_f(mean(temps)):6.2f}F size={p.stat().st_size}")
    with cd(data) as here:
        print(os.path.exists("cairo.txt"), os.path.isfile("nope.txt"), here.name)
        with open("report.txt", "a") as fh:
            for city, temps in summary.items():
                warm = sum(1 for t in temps if t > 10)
                print(f"{city}: {warm} warm months", file=fh)
    report = (data / "report.txt").read_text()
    print(report.strip().splitlines())
    print(os.path.basename(str(data / "report.txt")), os.path.splitext("a/b.tar.gz"), os.path.join("x", "y", "z.txt"))
    p = Path("reports") / "2024" / "q1.csv"
    print(p, p.parent, p.suffix, p.with_suffix(".json").name, p.parts)
    with open(data / "berlin.txt") as fh:
        header = fh.readline().rstrip("\n")
        rest = fh.readlines()
    print(header, len(rest), rest[-1].strip())
    (data / "notes.md").unlink()
    print(sorted(os.listdir(data)), (data / "notes.md").exists())
    try:
        open(root / "missing.txt").read()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == str(root / "missing.txt"))
print("dir removed:", not Path(tmp).exists())
warmest = max(summary, key=lambda c: mean(summary[c]))
spread = {c: round(max(t) - min(t), 2) for c, t in summary.items()}
print(warmest, spread, sorted(spread, key=spread.get))
raise RuntimeError(f"finished with {len(summary)} cities")
