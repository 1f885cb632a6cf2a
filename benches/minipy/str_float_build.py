# String building and float arithmetic (issue #15: "string building 5.2x"): 300k str(i) + a
# concatenation appended to a list, then 300k float multiply-adds, all in one function.
def run():
    s = ""
    parts = []
    for i in range(300000):
        t = "item" + str(i)
        parts.append(t)
        s = t + ":"
    x = 0.5
    for i in range(300000):
        x = x * 1.000001 + 0.25
    return len(parts), s, x
print(run())
