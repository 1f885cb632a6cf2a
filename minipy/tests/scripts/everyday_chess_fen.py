from dataclasses import dataclass
from typing import Iterator

PIECES = {"k": "king", "q": "queen", "r": "rook", "b": "bishop", "n": "knight", "p": "pawn"}
VALUES = {"p": 1, "n": 3, "b": 3, "r": 5, "q": 9, "k": 0}
FILES = "abcdefgh"


class FenError(ValueError):
    pass


@dataclass
class Position:
    board: list
    side: str
    castling: str
    en_passant: str
    halfmove: int
    fullmove: int

    @classmethod
    def from_fen(cls, fen: str) -> "Position":
        try:
            placement, side, castling, ep, half, full = fen.split()
        except ValueError:
            raise FenError(f"expected 6 fields, got {len(fen.split())}")
        rows = placement.split("/")
        if len(rows) != 8:
            raise FenError("need 8 ranks")
        board = []
        for r, row in enumerate(rows):
            rank = []
            for ch in row:
                if ch.isdigit():
                    rank.extend(["."] * int(ch))
                elif ch.lower() in PIECES:
                    rank.append(ch)
                else:
                    raise FenError(f"bad piece {ch!r} in rank {8 - r}")
            if len(rank) != 8:
                raise FenError(f"rank {8 - r} has {len(rank)} squares")
            board.append(rank)
        return cls(board, side, castling, ep, int(half), int(full))

    def to_fen(self) -> str:
        rows = []
        for rank in self.board:
            s, empty = "", 0
            for sq in rank:
                if sq == ".":
                    empty += 1
                else:
                    s += (str(empty) if empty else "") + sq
                    empty = 0
            rows.append(s + (str(empty) if empty else ""))
        return " ".join(["/".join(rows), self.side, self.castling, self.en_passant, str(self.halfmove), str(self.fullmove)])

    def squares(self) -> Iterator[tuple[str, str]]:
        for r, rank in enumerate(self.board):
            for f, sq in enumerate(rank):
                if sq != ".":
                    yield f"{FILES[f]}{8 - r}", sq

    def material(self) -> dict:
        score = {"white": 0, "black": 0}
        for _, p in self.squares():
            score["white" if p.isupper() else "black"] += VALUES[p.lower()]
        return score

    def render(self) -> str:
        lines = [f"{8 - r} " + " ".join(rank) for r, rank in enumerate(self.board)]
        return "\n".join(lines + ["  " + " ".join(FILES)])

    def knight_moves(self, square: str) -> list[str]:
        f, r = FILES.index(square[0]), int(square[1])
        out = []
        for df, dr in [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]:
            nf, nr = f + df, r + dr
            if 0 <= nf < 8 and 1 <= nr <= 8:
                out.append(f"{FILES[nf]}{nr}")
        return sorted(out)


START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1"
MID = "r1bqk2r/pppp1ppp/2n2n2/2b1p3/2B1P3/5N2/PPPP1PPP/RNBQ1RK1 b kq - 5 4"
END = "8/8/4k3/8/2K5/8/5P2/8 w - - 0 60"

for fen in (START, MID, END):
    pos = Position.from_fen(fen)
    print(pos.render())
    mat = pos.material()
    print(f"to move: {pos.side}, material {mat['white']}-{mat['black']}, round trip: {pos.to_fen() == fen}")
    counts = {}
    for _, p in pos.squares():
        counts[PIECES[p.lower()]] = counts.get(PIECES[p.lower()], 0) + 1
    print("  pieces:", dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    print()

pos = Position.from_fen(MID)
print("white knights:", [sq for sq, p in pos.squares() if p == "N"])
print("Nf3 targets:", pos.knight_moves("f3"), "corner:", pos.knight_moves("a1"))
for bad in ["8/8/8 w - - 0 1", "rnbqkbnr/ppppxppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
            "rnbqkbnr/ppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", "only two"]:
    try:
        Position.from_fen(bad)
    except FenError as e:
        print("FenError:", e, "| is ValueError:", isinstance(e, ValueError))
