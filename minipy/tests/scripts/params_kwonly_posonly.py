# Keyword-only and positional-only parameters in defs and lambdas: binding, defaults,
# kw-defaults, and CPython's TypeError messages for every way a call can go wrong.
def t(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)
def f(a, b, /, c, *, d, e=5): pass
t(f, 1, 2, 3)
t(f, 1, 2)
t(f, 1, 2, 3, 4, d=1)
t(f, 1, 2, 3, 4, 5)
t(f, a=1, b=2, c=3, d=4)
t(f, 1, b=2, c=3, d=4)
t(f, 1, 2, c=3, d=4, z=1)
t(f, 1, 2, 3, d=1, c=2)
def g(a, /, **kw): return (a, kw)
print(g(1, a=2))
def h(*, a, b, c): pass
t(h)
t(h, 1)
t(h, 1, a=1)
def i(a, *, b): pass
t(i, 1, 2, b=3)
t(i, 1, 2, 3)
def j(a=1, *, b): pass
t(j, 1, 2, b=3)
t(j, 1, 2, 3, b=3)
def k2(a, /): pass
t(k2, a=1)
t(k2)
def m(a, b, /, c): pass
t(m, a=1, b=2, c=3)
t(m, 1, 2, 3, 4)
l = lambda a, /, b, *, c: (a, b, c)
print(l(1, b=2, c=3))
t(l, 1, 2)
print(f.__defaults__, f.__kwdefaults__, j.__defaults__, j.__kwdefaults__, i.__kwdefaults__)
t(f, z=2, a=1)
def three(a, b, c): pass
t(three)
t(three, 1)
def kwd(*, a=1, b, c=3):
    return (a, b, c)
print(kwd(b=2), kwd(c=0, b=1, a=9))
def va(*args, sep="-", **kw):
    return sep.join(args) + str(sorted(kw))
print(va("a", "b"), va("x", sep="+", q=1))
print((lambda *, k=4: k)(), (lambda a, /: a)(7))
class C:
    def m(self, a, /, *, b):
        return (a, b)
print(C().m(1, b=2))
t(C().m, 1, 2)
t(C().m, a=1, b=2)
