import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def __repr__(self):
        return f"Circle({self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
    def __repr__(self):
        return f"Square({self.w})"

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in shapes:
    print(s)
print(sorted(shapes))
print(Shape.count, isinstance(shapes[2], Rect), issubclass(Square, Shape), type(shapes[2]).__mro__[1].__name__)
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
print([type(s).__name__ for s in shapes], hasattr(shapes[0], "r"), getattr(shapes[1], "r", None))
biggest = max(shapes)
print(repr(biggest), str(biggest))
print(f"{math.pi:.5f} {math.sqrt(2):.3e} {math.floor(-2.5)} {math.ceil(2.1)} {math.gcd(12, 18)}")
