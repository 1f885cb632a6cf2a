from collections import defaultdict, OrderedDict

class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.borrowed_by = None

    def __repr__(self):
        status = f"out:{self.borrowed_by}" if self.borrowed_by else "in"
        return f"<{self.title} ({self.year}) {status}>"

class Library:
    def __init__(self):
        self.books = OrderedDict()
        self.loans = defaultdict(set)

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def borrow(self, isbn, who):
        book = self.books[isbn]
        if book.borrowed_by:
            return False
        book.borrowed_by = who
        self.loans[who].add(isbn)
        return True

    def give_back(self, isbn):
        book = self.books[isbn]
        self.loans[book.borrowed_by].discard(isbn)
        book.borrowed_by = None

    def by_author(self):
        out = defaultdict(list)
        for b in self.books.values():
            out[b.author].append(b.title)
        return dict(out)

lib = Library()
lib.add(Book(1, "Dune", "Herbert", 1965), Book(2, "Emma", "Austen", 1815),
        Book(3, "Persuasion", "Austen", 1817), Book(4, "Neuromancer", "Gibson", 1984))
print(lib.borrow(1, "ann"), lib.borrow(1, "bob"), lib.borrow(3, "ann"))
print(list(lib.books.values()))
print({k: sorted(v) for k, v in lib.loans.items()})
lib.give_back(1)
print(lib.books[1], sorted(lib.loans["ann"]))
print(lib.by_author())
old = sorted((b for b in lib.books.values() if b.year < 1900), key=lambda b: b.year)
print(old, [b.title for b in lib.books.values() if "n" in b.title.lower()])
lib.books.move_to_end(1)
print(list(lib.books), lib.books.popitem(last=False)[1].title)
decades = defaultdict(int)
for b in lib.books.values():
    decades[b.year // 10 * 10] += 1
print(sorted(decades.items()))
