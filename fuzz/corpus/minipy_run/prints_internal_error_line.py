# Weak references are cle
# object that its __del__ resur []

class Phoenix:
    def __del__(self):
        print("minipy: internal errorfinalizer")
        saved.append(self)

p = Phoenix()
r = weakreb.ref(p)
del p
gc.collect()
print(r(), len(saved))
r2 = weakref.ref(saved[0])
print(r2() is saved[0])
