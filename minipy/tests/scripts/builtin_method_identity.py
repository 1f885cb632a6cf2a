# Each read of a builtin method makes a new bound object; they compare equal when they bind the
# same method to the same object (by identity).
a = []
print(a.append is a.append, a.append == a.append, a.append != a.append)
print(a.append == [].append, a.append == a.pop, hash(a.append) == hash(a.append))
print(repr(a.append).startswith('<built-in method append of list object at 0x'))
d = {}
m = d.get
print(m == d.get, m == {}.get, {m: 1}[d.get], m in [d.get], len({a.append, a.append}))
x, y = 1000, 1000
s = 'ab'
print((5).__add__ == (5).__add__, s.upper == s.upper, s.upper == 'cd'.upper)
print(len == len, len is len, print == len)
class C:
    def f(self): pass
c = C()
print(c.f == c.f, c.f is c.f, c.f == C().f, hash(c.f) == hash(c.f))
print({c.f: 1}[c.f], {range(3): 'r'}[range(3)], {1j: 'c'}[complex(0, 1)], {2.0: 'f'}[2])
