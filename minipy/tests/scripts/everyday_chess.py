from abc import ABC, abstractmethod

FILES = "abcdefgh"

def to_xy(sq):
    return FILES.index(sq[0]), int(sq[1]) - 1

def to_sq(x, y):
    return f"{FILES[x]}{y + 1}"

class Piece(ABC):
    symbol = "?"
    def __init__(self, square):
        self.x, self.y = to_xy(square)

    @abstractmethod
    def deltas(self): ...

    sliding = False

    def moves(self, blockers=frozenset()):
        out = []
        for dx, dy in self.deltas():
            x, y = self.x + dx, self.y + dy
            while 0 <= x < 8 and 0 <= y < 8:
                out.append(to_sq(x, y))
                if not self.sliding or (x, y) in blockers:
                    break
                x, y = x + dx, y + dy
        return sorted(out)

    def __repr__(self):
        return f"{type(self).__name__}({to_sq(self.x, self.y)!r})"

class Knight(Piece):
    symbol = "N"
    def deltas(self):
        return [(a, b) for a in (-2, -1, 1, 2) for b in (-2, -1, 1, 2) if abs(a) != abs(b)]

class Rook(Piece):
    symbol = "R"
    sliding = True
    def deltas(self):
        return [(1, 0), (-1, 0), (0, 1), (0, -1)]

class Bishop(Piece):
    symbol = "B"
    sliding = True
    def deltas(self):
        return [(1, 1), (1, -1), (-1, 1), (-1, -1)]

class Queen(Rook, Bishop):
    symbol = "Q"
    def deltas(self):
        return Rook.deltas(self) + Bishop.deltas(self)

try:
    Piece("a1")
except TypeError as e:
    print("TypeError:", "abstract" in str(e))

for p in [Knight("a1"), Knight("d4"), Rook("a1"), Bishop("c1"), Queen("d4")]:
    m = p.moves()
    print(f"{p!r:<14} {len(m):>2} {' '.join(m[:8])}")
blockers = {to_xy("d6"), to_xy("f4")}
print(Rook("d4").moves(blockers))
print([c.__name__ for c in Queen.__mro__])

def knight_distance(a, b):
    from collections import deque
    seen = {a}
    q = deque([(a, 0)])
    while q:
        sq, d = q.popleft()
        if sq == b:
            return d
        for n in Knight(sq).moves():
            if n not in seen:
                seen.add(n)
                q.append((n, d + 1))
for a, b in [("a1", "h8"), ("a1", "b2"), ("e4", "e4"), ("g1", "f3")]:
    print(a, b, knight_distance(a, b))
