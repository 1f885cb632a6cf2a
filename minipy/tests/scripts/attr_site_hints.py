# Attribute load and store sites remember where they last found a name in an instance's shape,
# and method call sites check the instance's own attributes by interned name: each remembered
# position must never answer for another class, another shape, a dict, a slot, or a property or
# descriptor that appeared after the site was warmed.


class A:
    def __init__(self):
        self.x = 1
        self.y = 2


class B:
    def __init__(self):
        self.y = 20
        self.x = 10


def read_x(o):
    return o.x


def read_y(o):
    return o.y


def write_x(o, v):
    o.x = v


def bump_y(o):
    o.y += 1


# One site, two classes whose shapes put the names at different positions.
objs = [A(), B(), A(), B()]
for o in objs:
    print(type(o).__name__, read_x(o), read_y(o))
for i, o in enumerate(objs):
    write_x(o, i * 100)
    bump_y(o)
for o in objs:
    print(type(o).__name__, read_x(o), read_y(o), sorted(vars(o).items()))

# The shape changes after a deletion (the instance leaves its shape for a table of its own).
a = A()
for _ in range(3):
    read_y(a)
del a.x
print(read_y(a), hasattr(a, "x"))
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError", e)
write_x(a, 7)
print(read_x(a), read_y(a), list(vars(a)))

# A name added at run time (not interned by the parser) is found by a tree site, and back.
c = A()
setattr(c, "z" + "", 5)
name = "".join(["q", "q"])
setattr(c, name, 6)


def read_z(o):
    return o.z


def read_qq(o):
    return o.qq


print(read_z(c), read_qq(c), getattr(c, "x"), getattr(c, "z"))
c.qq = 60
print(getattr(c, name), c.qq)


# Many attributes: past the shape limit the instance keeps a table; the same site serves both.
class Many:
    pass


small = Many()
small.a0 = "small"
big = Many()
for i in range(40):
    setattr(big, "a%d" % i, i)


def read_a0(o):
    return o.a0


def read_a35(o):
    return o.a35


for o in (small, big, small, big):
    print(read_a0(o))
print(read_a35(big))
big.a35 = "changed"
print(read_a35(big), len(vars(big)))


# A property added to the class after the sites were warmed takes over stores and loads, also
# of an instance that has its own value.
class P:
    pass


def read_v(o):
    return o.v


def write_v(o, val):
    o.v = val


p = P()
for i in range(3):
    write_v(p, i)
    print(read_v(p))


def get_v(self):
    return "property"


def set_v(self, val):
    print("setter", val)


P.v = property(get_v, set_v)
write_v(p, 99)
print(read_v(P()), read_v(p), p.__dict__)


# A data descriptor class defined later, and one assigned to a warmed class.
class Q:
    def __init__(self):
        self.w = 1


def read_w(o):
    return o.w


def write_w(o, val):
    o.w = val


q = Q()
for i in range(3):
    write_w(q, i)
print(read_w(q))


class Desc:
    def __get__(self, obj, owner):
        return "desc"

    def __set__(self, obj, value):
        print("desc set", value)


Q.w = Desc()
write_w(q, 5)
print(read_w(q))


# __slots__ instances at the same sites as plain ones.
class S:
    __slots__ = ("y", "x")

    def __init__(self):
        self.x = "sx"
        self.y = "sy"


s = S()
for o in (A(), s, B(), s):
    print(read_x(o), read_y(o))
write_x(s, "sx2")
bump_y(B())
print(s.x, s.y)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)


# An instance whose __dict__ was asked for keeps its attributes there.
d = A()
for _ in range(3):
    read_x(d)
dd = d.__dict__
dd["x"] = "from dict"
print(read_x(d))
write_x(d, "written")
print(dd["x"], read_x(d))
dd["y"] = 0
bump_y(d)
print(dd)


# Method call sites: an instance attribute shadows the method, however it was set.
class M:
    def meth(self):
        return "method"


def call_meth(o):
    return o.meth()


m = M()
print(call_meth(m), call_meth(m))
m.meth = lambda: "instance attribute"
print(call_meth(m))
m2 = M()
print(call_meth(m2))
setattr(m2, "me" + "th", lambda: "setattr'd")
print(call_meth(m2))
m3 = M()
print(call_meth(m3))
m3.__dict__["meth"] = lambda: "via __dict__"
print(call_meth(m3))
del m.meth
print(call_meth(m))


# A __setattr__ / __getattr__ defined after the sites were warmed.
class H:
    def __init__(self):
        self.x = 1
        self.y = 2


h = H()
for i in range(3):
    write_x(h, i)


def hooked_setattr(self, name, value):
    print("setattr hook", name, value)
    object.__setattr__(self, name, value)


H.__setattr__ = hooked_setattr
write_x(h, 42)
print(read_x(h))


class G:
    def __getattr__(self, name):
        return "fallback " + name


g = G()
print(read_x(g))
g.x = "own"
print(read_x(g))

# __class__ at a warmed site.


def read_class(o):
    return o.__class__


print(read_class(A()).__name__, read_class(B()).__name__)


# Exceptions: __traceback__ is not an ordinary attribute.
def tb_site(e, v):
    e.__traceback__ = v


try:
    raise ValueError("boom")
except ValueError as exc:
    print(exc.__traceback__ is not None)
    tb_site(exc, None)
    print(exc.__traceback__)
    try:
        tb_site(exc, 5)
    except TypeError as e:
        print("TypeError", e)


# A replaced value is released by the store (collected here, so that every collector mode
# prints the same).
import gc


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


holder = A()
for i in range(3):
    write_x(holder, Noisy(i))
    gc.collect()
    print("stored", i)
write_x(holder, None)
gc.collect()
print("end")
