# copy.copy and copy.deepcopy: trees, cycles, shared members, dict subclasses, slots, __copy__/__deepcopy__, __getstate__/__setstate__.
import copy
class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.kids[0].v = 20
tree.kids.append(Node(5))
print(tree, shallow, deep, sep="\n")
print(shallow.kids is tree.kids, deep.kids is tree.kids, deep.kids[1].kids[0].v)
a = [1, [2, 3]]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is not a[1], b[:2])
shared = [0]
pair = (shared, shared)
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared, copy.deepcopy((1, "x")) == (1, "x"))
class Config(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.source = "file"
c = Config(a=[1], b=2)
c2 = copy.deepcopy(c)
c2["a"].append(9)
print(type(c2).__name__, c2, c, c2.source)
class Slot:
    __slots__ = ("x", "y")
    def __init__(self): self.x = [1]; self.y = 2
s2 = copy.deepcopy(Slot())
print(s2.x, s2.y)
class Custom:
    def __init__(self): self.data = [1, 2]
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        n = Custom(); n.data = list(self.data) + ["copied"]; return n
    def __copy__(self):
        print("custom copy"); return self
print(copy.deepcopy(Custom()).data, copy.copy(Custom()).data)
class St:
    def __init__(self): self.a = 1; self.cache = "big"
    def __getstate__(self):
        s = dict(self.__dict__); del s["cache"]; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.cache = "rebuilt"
print(vars(copy.copy(St())), vars(copy.deepcopy(St())))
print(copy.copy([1, 2]), copy.copy({1: 2}), copy.copy({1}), copy.copy(len) is len, copy.deepcopy(Node) is Node)
