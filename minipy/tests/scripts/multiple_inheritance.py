# Multiple inheritance: C3 MRO, cooperative super(), __mro__/__bases__, and CPython's errors.
class A:
    def hello(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def hello(self):
        return "B>" + super().hello()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def hello(self):
        return "C>" + super().hello()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.hello(), d.chain(), [k.__name__ for k in D.__mro__])
print(D.__bases__, D.__base__, isinstance(d, C), issubclass(D, A), issubclass(C, B))
class E(D):
    pass
print([k.__name__ for k in E.__mro__], E().hello())
class Mixin:
    def describe(self):
        return type(self).__name__ + " with " + str(self.size())
class Sized:
    def size(self):
        return 3
class Thing(Mixin, Sized):
    pass
print(Thing().describe())
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
for make in [lambda: type("Z", (P, Q), {}), lambda: type("W", (X, X), {})]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
try:
    class Bad(P, Q):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
class LD(list, X):
    pass
l = LD([1, 2]); l.append(3); print(l, isinstance(l, X), [k.__name__ for k in LD.__mro__])
class Err(ValueError, X):
    pass
try:
    raise Err("boom")
except ValueError as e:
    print(type(e).__name__, e)
