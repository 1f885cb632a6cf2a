# Background garbage beside a large live heap (issue #13's shape for minipy): 200k live
# objects, then 200k iterations that each make a reference cycle no refcount could free, once a
# __del__ and a weak reference exist. Only background collections (paced stop-the-world or
# incremental steps) free the cycles; CPython's generation-0 collections do it there.
import weakref
class Watched:
    def __del__(self):
        print("watched died")
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
keep = Watched()
w = weakref.ref(keep)
live = [Node(i) for i in range(200000)]
total = 0
for i in range(200000):
    a = Node(i)
    b = Node(i)
    a.other = b
    b.other = a
    total += a.v
print(total, len(live))
