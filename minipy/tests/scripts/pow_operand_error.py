# The binary power operator's TypeError names pow() beside it; the augmented one does not.
for f in (lambda: 2 ** "x", lambda: pow(2, "x"), lambda: "a" ** 2, lambda: 2.0 ** [1], lambda: None ** None):
    try:
        f()
    except TypeError as e:
        print(e)
a = 2
try:
    a **= "x"
except TypeError as e:
    print(e)
