# Slice assignment and deletion on lists: simple slices resize, extended slices need equal
# sizes, augmented slice assignment, and CPython's errors.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-1, -2]
print(a)
a[-2:] = "yz"
print(a)
a[::2] = range(len(a[::2]))
print(a)
a[5:2] = [99]
print(a)
a[100:] = [7]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
a[:] = a + a
print(a)
b = [1, 2, 3, 4]
b[::-1] = [10, 20, 30, 40]
print(b)
b[1:3] = ()
print(b)
b[0:0] = {5: 0}
print(b)
c = [0] * 5
c[1::9223372036854775807] = [1]
print(c, c[1::9223372036854775807], c[::-9223372036854775807])
def t(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def s1():
    (1, 2)[0:1] = [1]
def s2():
    a = [1, 2, 3]
    a[::2] = [1]
def s3():
    a = [1, 2]
    a[0:1] = 5
def s4():
    a = [1, 2]
    a[::2] = 5
def s5():
    "abc"[0:1] = "x"
def s6():
    a = [1]
    a[::0] = []
for f in [s1, s2, s3, s4, s5, s6]:
    t(f)
d = [1, 2, 3]
d[1:2] += [7, 8]
d[::2] *= 1
print(d)
