"""Shape hierarchy with abc, typing Protocol/Generic/TypeVar, __slots__, total_ordering, class methods."""
from __future__ import annotations

import math
from abc import ABC, abstractmethod
from functools import total_ordering
from typing import Generic, Iterable, Iterator, Protocol, TypeVar, runtime_checkable


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


@total_ordering
class Shape(ABC):
    count = 0

    def __init__(self, name: str):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def __lt__(self, other: Shape) -> bool:
        return self.area() < other.area()

    def __eq__(self, other) -> bool:
        return isinstance(other, Shape) and math.isclose(self.area(), other.area())

    def describe(self) -> str:
        return f"{self.name:<10} area={self.area():8.3f} perim={self.perimeter():7.3f}"


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, s: float) -> Rect:
        sq = cls(s, s)
        sq.name = "square"
        return sq


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a},{b},{c}")
        self.sides = (a, b, c)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


T = TypeVar("T")


class Stack(Generic[T]):
    __slots__ = ("_items",)

    def __init__(self, items: Iterable[T] = ()):
        self._items: list[T] = list(items)

    def push(self, x: T) -> None:
        self._items.append(x)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __bool__(self):
        return bool(self._items)


class Plot:
    def area(self):
        return 100.0


shapes = [Circle(1.5), Rect(3, 4), Rect.square(2.5), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print("largest:", max(shapes).name, "| total area: %.4f" % sum(s.area() for s in shapes))
print(Rect(2, 6) == Rect(3, 4), Rect(1, 1) <= Circle(1), Rect(4, 4) > Circle(2))
print("instances:", Shape.count)
try:
    Shape("abstract")
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Plot(), HasArea), isinstance(object(), HasArea), isinstance(Circle(1), HasArea))
st: Stack[Shape] = Stack(shapes[:2])
st.push(Rect(1, 2))
print([s.name for s in st], st.pop().area(), bool(Stack()))
try:
    st.extra = 1
except AttributeError:
    print("slots prevent new attributes")
print(Circle.__mro__[1].__name__, Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
print(Stack[int].__origin__ is Stack, Circle.area.__annotations__ if hasattr(Circle.area, "__annotations__") else None)
print(Shape.describe.__annotations__)
