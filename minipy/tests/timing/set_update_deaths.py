# Items the in-place set methods remove die when the statement ends, as CPython's refcounting
# frees them (a set's last reference).
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a, b = Tracked("a"), Tracked("b")
t = {a, b}
del a
t.difference_update([x for x in t if x.name == "a"])
print("after difference_update", len(t))
t.intersection_update([])
print("after intersection_update", len(t))
del b
