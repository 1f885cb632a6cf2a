# 300 loop iterations beside a list of 100k objects, once a __del__ and a weak reference exist
# (issue #15 part 4): each iteration makes and drops plain objects and containers.
import weakref
class Watched:
    def __del__(self):
        print("watched died")
class Node:
    def __init__(self, v):
        self.v = v
keep = Watched()
w = weakref.ref(keep)
big = [Node(i) for i in range(100000)]
total = 0
for i in range(300):
    n = Node(i)
    pair = [n, i]
    total += pair[0].v
print(total)
