# One load site and one store site of the tree see instances whose attributes moved: another
# class with the same names in another order, an instance that lost an attribute (del), one whose
# __dict__ was asked for, slots, and a property defined after the site was warmed up. Every read
# and write must see what CPython sees.
class A:
    def __init__(self):
        self.x = 1
        self.y = 2


class B:
    def __init__(self):
        self.y = 20
        self.x = 10


class S:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 100
        self.y = 200


def read(o):
    return o.x, o.y


def write(o, v):
    o.x = v
    o.y = v + 1


objs = [A(), B(), A(), S(), B()]
for round in range(3):
    for o in objs:
        write(o, round)
        print(type(o).__name__, read(o))

gone = A()
for o in [A(), gone, A()]:
    print(read(o))
del gone.x
try:
    read(gone)
except AttributeError as e:
    print("AttributeError:", e)
write(gone, 7)
print(read(gone), list(vars(gone)))

d = A()
print(read(d))
vars(d)["x"] = 55
print(read(d))
write(d, 8)
print(read(d), vars(d))


class E(Exception):
    pass


class T:
    pass


e, t = E("boom"), T()
for o in (t, e, t):
    o.__traceback__ = None
    print(type(o).__name__, o.__traceback__)
t.__traceback__ = "not a traceback"
print(t.__traceback__, "__traceback__" in vars(t))
try:
    e.__traceback__ = "not a traceback"
except TypeError as err:
    print("TypeError:", err)


class Late:
    def __init__(self):
        self.x = 1
        self.y = 2


late = Late()
for i in range(3):
    write(late, i)
    print(read(late))


def getx(self):
    return "property x"


def setx(self, v):
    print("setter got", v)


Late.x = property(getx, setx)
write(late, 9)
print(read(late), vars(late))
