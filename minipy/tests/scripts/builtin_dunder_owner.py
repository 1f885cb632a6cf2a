# A builtin type's dunder called through the type works on the builtin value, whatever the
# instance's class overrides; object's are object's (`<__main__.C object at 0x...>`).
class C(int):
    pass
class R(int):
    def __repr__(self): return 'R!'
    def __str__(self): return 'Rs'
c, r = C(5), R(6)
print(object.__repr__(c).startswith('<__main__.C object at 0x'))
print(object.__repr__(r).startswith('<__main__.R object at 0x'))
print(object.__str__(c), object.__str__(r), repr(c), str(c), repr(r), str(r))
print(int.__repr__(c), int.__repr__(r), int.__str__(r), int.__repr__(7))
print(c.__repr__(), r.__repr__(), c.__str__(), r.__str__())
print(object.__repr__(5).startswith('<int object at 0x'), object.__str__(5))

class S(str):
    def __repr__(self): return 'S!'
s = S('ab')
print(str.__repr__(s), str.__str__(s), repr(s), str(s), object.__str__(s), f'{s}')
print(object.__repr__(s).startswith('<__main__.S object at 0x'))

class F(float):
    def __repr__(self): return 'F!'
f = F(2.5)
print(float.__repr__(f), repr(f), str(f), f'{f}', object.__str__(f))

class L(list):
    def __repr__(self): return 'L!'
    def __len__(self): return 99
    def __iter__(self): return iter('xy')
    def __contains__(self, k): return False
l = L([1, 2])
print(list.__repr__(l), repr(l), list.__len__(l), len(l), list.__contains__(l, 1), list(list.__iter__(l)))
print(object.__repr__(l).startswith('<__main__.L object at 0x'))

class D(dict):
    def __repr__(self): return 'D!'
    def __len__(self): return 0
d = D(a=1)
print(dict.__repr__(d), repr(d), dict.__len__(d), len(d))

class T(tuple):
    def __repr__(self): return 'T!'
    def __len__(self): return 0
t = T((1,))
print(tuple.__repr__(t), repr(t), tuple.__len__(t), len(t))

class P:
    def __repr__(self): return 'P!'
p = P()
print(repr(p), str(p), object.__str__(p), object.__repr__(p).startswith('<__main__.P object at 0x'))

class E(ValueError):
    def __repr__(self): return 'E!'
    def __str__(self): return 'Es'
e = E('x')
print(BaseException.__repr__(e), BaseException.__str__(e), repr(e), str(e))
print(object.__repr__(e).startswith('<__main__.E object at 0x'))
