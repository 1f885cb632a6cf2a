from abc import ABC, abstractmethod
import math
from functools import total_ordering
from enum import Enum

class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"

@total_ordering
class Shape(ABC):
    def __init__(self, color=Color.RED):
        self.color = color
    @abstractmethod
    def area(self): ...
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return self.area() == other.area()
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.3f}, color={self.color.name.lower()})"

class Circle(Shape):
    def __init__(self, r, **kw):
        super().__init__(**kw)
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h, **kw):
        super().__init__(**kw)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s, **kw):
        super().__init__(s, s, **kw)

shapes = [Circle(1), Rect(2, 3, color=Color.BLUE), Square(2, color=Color.GREEN), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(max(shapes), min(shapes) <= max(shapes), Square(2) == Rect(1, 4))
try:
    Shape()
except TypeError as e:
    print(e)
print([c.value for c in Color], Color("g"), Color["BLUE"], Color.RED in Color, len(Color))
print(Square.__mro__[1:3], isinstance(shapes[2], Rect), issubclass(Square, Shape))
by_color = {}
for s in shapes:
    by_color.setdefault(s.color, []).append(type(s).__name__)
print({k.name: v for k, v in by_color.items()})
