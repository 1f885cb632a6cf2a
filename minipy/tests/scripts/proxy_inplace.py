# An in-place operator on a proxy runs the referent's in-place method and rebinds the name to its
# result (the referent itself, not the proxy).
import weakref

class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, n):
        self.total += n
        return self
    def __or__(self, other):
        return 'plain or'

class Member:
    pass

acc = Acc()
p = weakref.proxy(acc)
q = p
q += 5
print(acc.total, q is acc, type(q).__name__, type(p).__name__)
r = p
r |= 1
print(r)
m = Member()
ws = weakref.WeakSet()
w = weakref.proxy(ws)
w |= [m]
print(w is ws, len(ws), m in ws)
