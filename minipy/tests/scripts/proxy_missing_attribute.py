# A proxy forwards attributes, so a missing one names the referent's type; a dead proxy raises ReferenceError.
import weakref, gc

class Node:
    def __init__(self):
        self.value = 1

n = Node()
p = weakref.proxy(n)
print(p.value, p.__class__.__name__, hasattr(p, 'other'))
for action in (lambda: p.other, lambda: p.__callback__, lambda: delattr(p, 'other'), lambda: p < 1):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
p.extra = 2
print(n.extra)
del n
gc.collect()
for action in (lambda: p.value, lambda: p.other, lambda: setattr(p, 'x', 1), lambda: p == 1, lambda: len(p)):
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError:', e)
