# nonlocal rebinds the enclosing function's variable: every closure over it,
# and the enclosing frame itself while it runs, sees the new value.
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    bump()
    bump()
    seen_inside = n
    return bump, peek, seen_inside

bump, peek, inside = counter()
print(inside, peek(), bump(), peek())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    return middle(), x

print(outer())
