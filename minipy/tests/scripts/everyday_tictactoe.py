from itertools import product, chain

LINES = ([[(r, c) for c in range(3)] for r in range(3)] +
         [[(r, c) for r in range(3)] for c in range(3)] +
         [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]])

class Board:
    def __init__(self, rows):
        self.grid = [list(r) for r in rows]

    def __getitem__(self, pos):
        r, c = pos
        return self.grid[r][c]

    def __str__(self):
        return "\n-+-+-\n".join("|".join(row) for row in self.grid)

    def winner(self):
        for line in LINES:
            vals = {self[p] for p in line}
            if len(vals) == 1 and (v := vals.pop()) != " ":
                return v
        return None

    def counts(self):
        flat = list(chain.from_iterable(self.grid))
        return flat.count("X"), flat.count("O")

    def valid(self):
        x, o = self.counts()
        return o <= x <= o + 1

    def empty(self):
        return [(r, c) for r, c in product(range(3), repeat=2) if self[r, c] == " "]

def minimax(board, player):
    w = board.winner()
    if w:
        return 1 if w == "X" else -1
    moves = board.empty()
    if not moves:
        return 0
    results = []
    for r, c in moves:
        board.grid[r][c] = player
        results.append(minimax(board, "O" if player == "X" else "X"))
        board.grid[r][c] = " "
    return max(results) if player == "X" else min(results)

boards = [["XXX", "OO ", "   "], ["XO ", "XO ", " O "], ["XOX", "OXO", "OXO"],
          ["X  ", " O ", "  X"], ["OOO", "XX ", "X X"], ["XO ", " X ", "  O"]]
for rows in boards:
    b = Board(rows)
    x, o = b.counts()
    status = b.winner() or ("draw" if not b.empty() else "open")
    print(f"{'/'.join(rows)!s:<13} X={x} O={o} valid={b.valid()!s:<5} -> {status}")
b = Board(["X  ", " O ", "  X"])
print(b)
print("minimax O to move:", minimax(b, "O"))
print(minimax(Board(["XO ", " X ", "  O"]), "X"))
print(len(LINES), sum(len(l) for l in LINES))
