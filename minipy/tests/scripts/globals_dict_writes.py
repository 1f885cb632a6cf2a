# globals() is the module's namespace: stores into it bind names, names bound later show in it,
# and it is the same dict at every call.
import sys

globals()["X"] = 1
print(X)
g = globals()
g.update({"Y": 2}, Z=3)
print(Y, Z, g is globals())
late = "bound after g was taken"
print(g["late"], "late" in g)


def define(name, value):
    globals()[name] = value


define("W", 4)
print(W)
print(g.setdefault("V", 5), V, g.setdefault("V", 6))
print(g.pop("V"), "V" in globals())
try:
    V
except NameError as e:
    print("NameError:", e)
del g["X"]
try:
    X
except NameError as e:
    print("NameError:", e)
del Y
print("Y" in g)
setattr(sys.modules[__name__], "U", 7)
print(U, globals()["U"])
for i in range(3):
    globals()[f"var{i}"] = i * i
print(var0, var1, var2)
print([k for k in globals() if k.startswith("var")])
exec("T = 8", globals())
print(T)
x = 10
def shadow():
    x = 20
    return x, globals()["x"]
print(shadow())
