from __future__ import annotations
from typing import Generic, TypeVar, Protocol, Optional, Iterator, Callable, TypedDict, Any, ClassVar
from dataclasses import dataclass, field, replace, asdict
from abc import ABC, abstractmethod


class HasId(Protocol):
    id: int


T = TypeVar("T")


class NotFound(LookupError):
    pass


class Repository(ABC, Generic[T]):
    @abstractmethod
    def add(self, obj: T) -> T: ...

    @abstractmethod
    def get(self, id: int) -> T: ...

    @abstractmethod
    def all(self) -> Iterator[T]: ...

    def find(self, pred: Callable[[T], bool]) -> list[T]:
        return [o for o in self.all() if pred(o)]


class MemoryRepo(Repository[T]):
    def __init__(self) -> None:
        self._data: dict[int, T] = {}
        self._next = 1

    def add(self, obj: T) -> T:
        obj = replace(obj, id=self._next)
        self._data[self._next] = obj
        self._next += 1
        return obj

    def get(self, id: int) -> T:
        try:
            return self._data[id]
        except KeyError:
            raise NotFound(f"no object with id {id}") from None

    def all(self) -> Iterator[T]:
        yield from self._data.values()

    def update(self, id: int, **changes: Any) -> T:
        obj = replace(self.get(id), **changes)
        self._data[id] = obj
        return obj

    def __len__(self) -> int:
        return len(self._data)


@dataclass(frozen=True)
class Book:
    title: str
    author: str
    year: int
    id: int = 0
    tags: tuple[str, ...] = ()
    kind: ClassVar[str] = "book"


class BookDict(TypedDict):
    title: str
    author: str
    year: int
    id: int
    tags: tuple


repo: MemoryRepo[Book] = MemoryRepo()
for title, author, year, tags in [
    ("Dune", "Herbert", 1965, ("scifi",)),
    ("Emma", "Austen", 1815, ("classic", "romance")),
    ("Neuromancer", "Gibson", 1984, ("scifi", "cyberpunk")),
    ("Persuasion", "Austen", 1817, ("classic",)),
]:
    b = repo.add(Book(title, author, year, tags=tags))
    print("added", b)

print(len(repo), repo.get(3).title)
print([b.title for b in repo.find(lambda b: "scifi" in b.tags)])
print([b.id for b in repo.find(lambda b: b.author == "Austen" and b.year < 1816)])
updated = repo.update(2, year=1816, tags=("classic",))
print("updated:", updated)
try:
    repo.get(42)
except NotFound as e:
    print("NotFound:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
try:
    Repository()
except TypeError as e:
    print("abstract:", "abstract" in str(e))
d: BookDict = asdict(repo.get(1))
print(d, Book.kind, type(d).__name__)
print(Book.__annotations__["year"], sorted(asdict(repo.get(4)).keys()))
print(isinstance(repo, Repository), issubclass(MemoryRepo, ABC), MemoryRepo.__mro__[1].__name__)
opt: Optional[Book] = next((b for b in repo.all() if b.year > 2000), None)
print("modern:", opt)
