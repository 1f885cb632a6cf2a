# A temporary dies as soon as the operation that consumed it is done, as CPython's reference
# counting frees it: before the rest of the expression runs, not at the statement's end.
import weakref


class T:
    def __init__(self, name):
        self.name = name
        self.x = name.upper()

    def __del__(self):
        print("  del", self.name)

    def me(self):
        return self

    def __add__(self, other):
        return "sum " + self.name + other.name

    def __getitem__(self, i):
        return self.name * i

    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


def show(*args):
    print("  show", *args)
    return len(args)


print("attribute of a temporary")
print(T("a").x)
print("argument of a call")
print(show(T("b").name))
print("a list of temporaries passed to len")
print(len([T("c"), T("d")]), "after")
print("operands of an operator")
print(T("e") + T("f"))
print("subscript of a temporary")
print(T("g")[2])
print("method chain")
print(T("h").me().me().x)
print("nested calls")
print(show(T("i").x, show(T("j").x)))
print("comparison")
print(T("k") == T("l"))
print("f-string")
print(f"{T('m').x}-{T('n').x}")
print("conditional expression")
print(T("o").x if T("p").name else "no")
print("a weak reference's callback")
class N:
    pass
r = weakref.ref(N(), lambda ref: print("  callback"))
print(r() is None)
print(show(weakref.ref(N(), lambda ref: print("  callback 2"))() is None))
print("kept by a name")
keep = T("q").me()
print(keep.x)
del keep
print("end")
