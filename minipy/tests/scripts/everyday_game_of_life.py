import random
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}
def show(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for _ in range(4):
    g = step(g, 8, 6)
print(show(g, 8, 6))
print(sorted(g) == sorted((x + 1, y + 1) for x, y in glider))
random.seed(42)
board = {(random.randrange(10), random.randrange(10)) for _ in range(30)}
sizes = []
for _ in range(10):
    board = step(board, 10, 10)
    sizes.append(len(board))
print(len(sizes), all(isinstance(s, int) for s in sizes))
