from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional


class LoanError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1
    loans: list = field(default_factory=list)

    @property
    def available(self) -> int:
        return self.copies - len(self.loans)


@dataclass(order=True)
class Loan:
    due: date
    member: str
    isbn: str = field(compare=False)


class Library:
    def __init__(self):
        self.books: dict[str, Book] = {}

    def add(self, book: Book) -> None:
        self.books[book.isbn] = book

    def lend(self, isbn: str, member: str, day: date, days: int = 14) -> Loan:
        book = self.books.get(isbn)
        if book is None:
            raise LoanError(f"unknown isbn {isbn!r}")
        if book.available <= 0:
            raise LoanError(f"no copies of {book.title!r} left")
        loan = Loan(day + timedelta(days=days), member, isbn)
        book.loans.append(loan)
        return loan

    def overdue(self, today: date) -> list:
        out = [l for b in self.books.values() for l in b.loans if l.due < today]
        return sorted(out)


lib = Library()
lib.add(Book("111", "Dune", "Herbert", 2))
lib.add(Book("222", "Emma", "Austen"))
lib.add(Book("333", "Ulysses", "Joyce", 3))
start = date(2024, 1, 10)
for i, (isbn, who) in enumerate([("111", "ann"), ("222", "bob"), ("111", "cid"),
                                 ("222", "dee"), ("999", "eve"), ("333", "fay")]):
    try:
        loan = lib.lend(isbn, who, start + timedelta(days=i * 3), days=7 + i)
        print(f"{who:>4} -> {lib.books[isbn].title:<8} due {loan.due.isoformat()}")
    except LoanError as e:
        print(f"{who:>4} !! {e}")

today = date(2024, 1, 25)
for loan in lib.overdue(today):
    late = (today - loan.due).days
    print(f"OVERDUE {loan.member} {late} day{'s' if late != 1 else ''} fine=${late * 0.25:.2f}")
for b in sorted(lib.books.values(), key=lambda b: (-b.available, b.title)):
    print(f"{b.title:10}|{b.available:3d}/{b.copies}")
print(repr(Loan(date(2024, 2, 1), "zed", "000")))
print(start.strftime("%A %d %B %Y"), start.weekday(), (today - start).days)
