# A builtin base's own methods precede the classes after it in the MRO; object's come last.
class Mixin:
    def get(self, k, d=None): return 'mixin-get'
    def __repr__(self): return 'mixin-repr'
    def __len__(self): return 99
    def __iter__(self): return iter(['m'])
    def __contains__(self, k): return 'mixin'
    def __str__(self): return 'mixin-str'
    def __eq__(self, o): return 'mixin-eq'
    def __hash__(self): return 7
    def append(self, x): return 'mixin-append'
    def __init__(self, *a): print('mixin-init')
    def extra(self): return 'extra'

class A(dict, Mixin): pass
a = A(x=1)
print(a.get('x'), repr(a), len(a), list(a), 'x' in a, str(a), a.extra())
print(a == {'x': 1}, a == A(x=1))
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)
print(A.get(a, 'x'), A.__repr__(a), A.__str__(a))

class B(list, Mixin): pass
b = B([1, 2])
print(repr(b), len(b), list(b), 1 in b, 5 in b, str(b), f'{b}', b.append(3), b)

class C(Mixin, list): pass
c = C([1, 2])
print(repr(c), len(c), list(c), 1 in c, str(c), c.append(3))

class D(int, Mixin): pass
d = D(5)
print(repr(d), str(d), f'{d}', d + 1, d == 5, hash(d))

class S(str, Mixin): pass
s = S('ab')
print(repr(s), str(s), len(s), list(s), 'a' in s, s == 'ab')

class T(tuple, Mixin): pass
t = T((1, 2))
print(repr(t), str(t), len(t), list(t), 1 in t)

class Sub(A):
    def get(self, k, d=None):
        return ('sub', super().get(k, d))
print(Sub(x=2).get('x'))

class E(Exception, Mixin): pass
e = E('boom')
print(repr(e), str(e), e.extra())

class Plain(Mixin): pass
print(repr(Plain()), str(Plain()), len(Plain()))

# A subclass's own `__contains__` wins over its builtin base's, and its result is made a bool.
class L(list):
    def __contains__(self, k): return 'yes'
class Dd(dict):
    def __contains__(self, k): return 0
print(5 in L([1]), 5 not in L(), 'a' in Dd(a=1), 'a' not in Dd(a=1))
