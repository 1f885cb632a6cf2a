# A loop that makes a watched object each iteration beside a growing list: every statement that
# makes a weak reference is a CPython-timing collection point (the temporary reference dies at
# its end). Those collections must be minors: a full one marks the whole growing list, which made
# the loop quadratic while any temporary (the loop's iterator) was held.
import weakref
class Item:
    pass
keep = []
for i in range(20000):
    o = Item()
    keep.append(o)
    weakref.ref(o)
print(len(keep))
