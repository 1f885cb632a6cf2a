class Board:
    def __init__(self, n=3):
        self.n = n
        self.cells = [[" "] * n for _ in range(n)]

    def play(self, r, c, mark):
        if not (0 <= r < self.n and 0 <= c < self.n):
            raise IndexError(f"({r}, {c}) is off the board")
        if self.cells[r][c] != " ":
            raise ValueError(f"({r}, {c}) is taken")
        self.cells[r][c] = mark

    def lines(self):
        yield from self.cells
        yield from ([row[c] for row in self.cells] for c in range(self.n))
        yield [self.cells[i][i] for i in range(self.n)]
        yield [self.cells[i][self.n - 1 - i] for i in range(self.n)]

    def winner(self):
        for line in self.lines():
            if line[0] != " " and line.count(line[0]) == self.n:
                return line[0]
        return None

    def __str__(self):
        sep = "\n" + "+".join("-" * self.n) + "\n"
        return sep.join("|".join(row) for row in self.cells)

b = Board()
moves = [(1, 1, "X"), (0, 0, "O"), (1, 1, "O"), (0, 2, "X"), (3, 0, "O"), (2, 0, "X"), (0, 1, "O"), (1, 0, "X")]
for r, c, m in moves:
    try:
        b.play(r, c, m)
    except (IndexError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
        continue
    w = b.winner()
    if w:
        print("winner:", w)
        break
print(b)
free = [(r, c) for r in range(3) for c in range(3) if b.cells[r][c] == " "]
print(free, len(free))

life = {(1, 0), (1, 1), (1, 2)}
def step(cells):
    counts = {}
    for (r, c) in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
for _ in range(3):
    life = step(life)
    print(sorted(life))
