# Annotations: evaluated as CPython 3.11 evaluates them (module and class level, def
# signatures; not in function bodies), kept in __annotations__, never enforced.
def ann(n):
    print("ann", n)
    return n
def f(a: ann("a"), b: ann("b"), /, c: ann("c") = ann("cd"), *args: ann("args"), d: ann("d"), **kw: ann("kw")) -> ann("ret"):
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, (lambda: 0).__annotations__)
x: ann("x") = ann("xv")
y: int
print(__annotations__)
class C:
    a: ann("Ca") = 1
    b: str
    print(__annotations__)
print(C.__annotations__, C.a)
def h():
    z: undefined_name = 5
    w: undefined_name
    return z
print(h())
x: int = 1, 2
print(x)
class O:
    pass
o = O()
o.b: int = 5
print(o.b)
d = {}
d['k']: int = 5
d['j']: int
print(d, __annotations__)
def f() -> "str":
    y: int
    return 1
print(f.__annotations__, f())
class D:
    pass
try:
    print(D.__annotations__)
except AttributeError as e:
    print("AttributeError", e)
class E(D):
    z: int = 3
class F(E):
    pass
print(E.__annotations__, F.__annotations__, E.z)
try:
    print(int.__annotations__)
except AttributeError as e:
    print("AttributeError", e)
