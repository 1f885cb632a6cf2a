# A local that no inner function uses dies when its frame returns, even though
# the function returns a closure over another local.
import weakref, gc

class T:
    pass

def make():
    big = T()
    small = T()
    refs.append(weakref.ref(big))
    refs.append(weakref.ref(small))
    def get():
        return small
    return get

refs = []
get = make()
gc.collect()
print("big dead:", refs[0]() is None)
print("small dead:", refs[1]() is None)
print(get() is refs[1]())
