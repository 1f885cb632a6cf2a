"""Maze solver: BFS with deque, grid parsing, path drawing."""
from collections import deque

MAZE = """\
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      # #
# #### # #
#    #  E#
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
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, end):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            break
        for nb in neighbors(grid, cur):
            if nb not in prev:
                prev[nb] = cur
                q.append(nb)
    if end not in prev:
        return None
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)


grid, start, end = parse(MAZE)
print("start", start, "end", end)
path, explored = bfs(grid, start, end)
print("path length:", len(path) - 1, "explored:", explored)
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
dirs = {(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}
moves = "".join(dirs[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:]))
print("moves:", moves)
compressed = []
for ch in moves:
    if compressed and compressed[-1][0] == ch:
        compressed[-1][1] += 1
    else:
        compressed.append([ch, 1])
print("rle:", " ".join(f"{ch}{n}" for ch, n in compressed))
grid2, s2, e2 = parse(MAZE.replace("#  #", "####"))
res = bfs(grid2, s2, e2)
print("blocked variant:", "no path" if res is None else len(res[0]) - 1)
