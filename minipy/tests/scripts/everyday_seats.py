import string

class SeatTaken(Exception):
    pass

class InvalidSeat(LookupError):
    pass

class SeatMap:
    def __init__(self, rows, layout="ABC DEF"):
        self.rows = rows
        self.layout = layout
        self.letters = layout.replace(" ", "")
        self.booked = {}

    def _parse(self, seat):
        row, letter = seat[:-1], seat[-1].upper()
        if not row.isdigit() or not 1 <= int(row) <= self.rows or letter not in self.letters:
            raise InvalidSeat(seat)
        return int(row), letter

    def book(self, seat, who):
        key = self._parse(seat)
        if key in self.booked:
            raise SeatTaken(f"{seat} already taken by {self.booked[key]}")
        self.booked[key] = who

    def book_group(self, names):
        n = len(names)
        for row in range(1, self.rows + 1):
            for block in self.layout.split():
                free = [c for c in block if (row, c) not in self.booked]
                if len(free) >= n and "".join(free).find(free[0]) >= 0:
                    for name, c in zip(names, free):
                        self.booked[(row, c)] = name
                    return [f"{row}{c}" for c in free[:n]]
        return None

    def __str__(self):
        lines = ["   " + self.layout]
        for r in range(1, self.rows + 1):
            cells = "".join(" " if c == " " else ("X" if (r, c) in self.booked else ".") for c in self.layout)
            lines.append(f"{r:>2} {cells}")
        return "\n".join(lines)

    def __len__(self):
        return len(self.booked)

    def __contains__(self, seat):
        try:
            return self._parse(seat) in self.booked
        except InvalidSeat:
            return False

m = SeatMap(5)
requests = [("1A", "ann"), ("1a", "bob"), ("2C", "cy"), ("9A", "dee"), ("3G", "eve"), ("x1", "fay"), ("5F", "gus")]
for seat, who in requests:
    try:
        m.book(seat, who)
        print(f"booked {seat} for {who}")
    except SeatTaken as e:
        print("taken:", e)
    except LookupError as e:
        print(f"invalid: {e!s} ({type(e).__name__})")
print(m.book_group(["h", "i", "j"]))
print(m.book_group(["k", "l"]))
print(m)
print(len(m), "1A" in m, "4B" in m, "zz" in m)
occupancy = {r: sum(1 for (row, _) in m.booked if row == r) for r in range(1, 6)}
print(occupancy)
print(sorted(m.booked.items())[:4])
