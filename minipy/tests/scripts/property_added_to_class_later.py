# A property bound to a class after its instances got an attribute of that name takes
# precedence over the instances' own attribute (a data descriptor), for reads by the attribute
# syntax, getattr and hasattr; writes go to its setter; deleting the property uncovers the
# instance's value again. (minipy once returned the instance's own value here.)
class C:
    pass

c = C()
c.x = 1
print(c.x)
C.x = property(lambda self: "property")
print(c.x, getattr(c, "x"), hasattr(c, "x"), c.__dict__)
try:
    c.x = 2
except AttributeError:
    # CPython's message has no name here: __set_name__ runs only in a class body.
    print("AttributeError")
del C.x
print(c.x)

class Base:
    pass

class Sub(Base):
    pass

s = Sub()
s.y = "own"
Base.y = property(lambda self: "from base", lambda self, v: print("set", v))
print(s.y)
s.y = 5
print(s.y, s.__dict__)

class D:
    z = property(lambda self: "class z")

d = D()
d.__dict__["z"] = "dict z"
print(d.z, d.__dict__)
