# A class body nested in a function reads the function's locals (through their
# cells); its methods see the function's variables, not the class's own names
# (the class passes the cell through); the class keeps only the cells it uses.
import weakref, gc

class T:
    pass

def make(label):
    shared = T()
    unused = T()
    refs.append(weakref.ref(shared))
    refs.append(weakref.ref(unused))
    class C:
        tag = label + "!"
        shared = "class attribute"
        def get(self):
            return shared
    return C

refs = []
C = make("made")
gc.collect()
print(C.tag, C.shared, C().get() is refs[0]())
print("unused dead:", refs[1]() is None, "shared alive:", refs[0]() is not None)
del C
gc.collect()
print("shared dead with the class:", refs[0]() is None)
