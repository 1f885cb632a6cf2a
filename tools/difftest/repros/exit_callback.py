# At exit CPython collects __main__'s globals as cyclic garbage (a class is defined): w dies with t, and its callback is not called.
# minipy prints: end / del t / callback
import weakref
class T:
    def __del__(self):
        print("del t")
t = T()
w = weakref.ref(t, lambda r: print("callback"))
print("end")
