# Constants are objects made once per compilation unit, as CPython's compiler makes them: equal
# literals anywhere in one module (functions, classes, comprehensions included) are one object,
# and a literal in a loop is the same object at every iteration. Containers are not constants.
def f():
    return "a b"


x = "a b"
print(f() is x, f() is f())

y = 1.5
z = -2.5


def g():
    return 1.5, -2.5


print(g()[0] is y, g()[1] is z)

big = 123456789012345678901234567890


def h():
    return 123456789012345678901234567890


print(h() is big)

t = (1, "two", (3.0, None))


def k():
    return (1, "two", (3.0, None))


print(k() is t, k()[2] is t[2])

seen = []
for i in range(3):
    seen.append("loop constant")
    seen.append(1000)
print(seen[0] is seen[2] is seen[4], seen[1] is seen[3])


class C:
    label = "a b"

    def m(self):
        return "a b"


print(C.label is x, C().m() is x, [s for s in ["a b"]][0] is x)

# Equal values of different types, and 0.0 against -0.0, stay apart.
one, one_f, zero, neg_zero = 1, 1.0, 0.0, -0.0
print(one == one_f, zero == neg_zero, str(neg_zero))
pairs = [(1, 1.0), (0.0, -0.0), ("1", b"1")]
print([a is b for a, b in pairs])

# Lists, dicts and sets are made anew at each evaluation.
lists = [[1, 2] for _ in range(2)]
print(lists[0] is lists[1], lists[0] == lists[1])
lists[0].append(3)
print(lists)

# Code compiled apart (exec) is another unit.
scope = {}
exec("u = 'a b'", scope)
print(scope["u"] == x, scope["u"] is x)
