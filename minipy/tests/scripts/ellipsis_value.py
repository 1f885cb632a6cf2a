# `...` is the Ellipsis singleton: a value like any other.
x = ...
print(x, repr(x), str(Ellipsis), x is Ellipsis, x == Ellipsis, type(x).__name__)
print([..., 1], {'k': ...}, (...,), bool(...))
def stub(a: int = ...) -> None:
    return a
print(stub(), stub(2))
print(hash(...) == hash(Ellipsis), ... in [1, ...])
class Node:
    def __init__(self, value=...):
        self.value = value
    def missing(self):
        return self.value is ...
print(Node().missing(), Node(3).missing())
