"""Conway's Game of Life on a small torus; detects cycles with a seen-states dict."""
from collections import Counter


def parse(pattern):
    cells = set()
    for r, row in enumerate(pattern.strip("\n").splitlines()):
        for c, ch in enumerate(row):
            if ch == "O":
                cells.add((r, c))
    return frozenset(cells)


def step(cells, h, w):
    counts = Counter(((r + dr) % h, (c + dc) % w)
                     for r, c in cells
                     for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return frozenset(p for p, n in counts.items() if n == 3 or (n == 2 and p in cells))


def render(cells, h, w):
    return "\n".join("".join("O" if (r, c) in cells else "." for c in range(w)) for r in range(h))


def run(name, pattern, h, w, max_gen=60):
    cells = parse(pattern)
    seen = {cells: 0}
    print(f"== {name} ({len(cells)} cells)")
    for gen in range(1, max_gen + 1):
        cells = step(cells, h, w)
        if cells in seen:
            first = seen[cells]
            print(f"cycle: gen {gen} repeats gen {first} (period {gen - first}), population {len(cells)}")
            return cells
        seen[cells] = gen
    print("no cycle within", max_gen)
    return cells


blinker = """
.....
..O..
..O..
..O..
.....
"""
glider = """
.O......
..O.....
OOO.....
........
........
........
"""
block = """
....
.OO.
.OO.
....
"""
final = run("blinker", blinker, 5, 5)
print(render(final, 5, 5))
final = run("glider", glider, 6, 8)
print(render(final, 6, 8))
run("block", block, 4, 4)
cells = parse(glider)
pops = []
for _ in range(8):
    cells = step(cells, 6, 8)
    pops.append(len(cells))
print("glider populations:", pops)
rpent = parse("""
.OO
OO.
.O.
""")
cells = rpent
history = []
for g in range(30):
    cells = step(cells, 20, 20)
    history.append(len(cells))
print("r-pentomino on 20x20:", history[:10], "max", max(history))
print(sorted(parse(block)), min(parse(glider)), max(parse(glider)))
