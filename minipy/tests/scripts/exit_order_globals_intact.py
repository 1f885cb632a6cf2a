# At exit, every __del__ runs while the globals are still intact, and globals() works inside it.
class H:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, "pool is", type(globals().get("pool")).__name__, "z is", type(globals().get("z")).__name__)
x = H("x")
pool = [H("a"), H("b"), H("c")]
y = H("y")
z = 5
print("end")
