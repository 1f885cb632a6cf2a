from collections import deque
from typing import Optional

MAZE = """\
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
###.#.##.#
#.....#..#
##########"""


def parse(text):
    grid = [list(row) for row in text.splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end


def neighbors(grid, pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, end) -> Optional[list]:
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            path = []
            while cur is not None:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        for nb in neighbors(grid, cur):
            if nb not in prev:
                prev[nb] = cur
                q.append(nb)
    return None


grid, start, end = parse(MAZE)
path = bfs(grid, start, end)
print("start", start, "end", end, "steps", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
dirs = {(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}
moves = "".join(dirs[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:]))
print(moves)
runs = []
for ch in moves:
    if runs and runs[-1][0] == ch:
        runs[-1][1] += 1
    else:
        runs.append([ch, 1])
print(", ".join(f"{n}{ch}" for ch, n in runs))
grid[1][5] = "."
print("open count:", sum(row.count(".") for row in grid), bfs(grid, start, (7, 1)) is not None)
blocked = [list(r) for r in "S#\n#E".splitlines()]
print(bfs(blocked, (0, 0), (1, 1)))
