# Instance attribute reads and writes in a loop (issue #15: "attribute access no slower than
# CPython"), and a method call per iteration.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def run():
    p = P(1, 2)
    q = P(3, 4)
    s = 0
    for i in range(500000):
        p.x = i
        q.y = p.y
        s += p.x + q.y + q.x
        s += p.total()
    return s


print(run())
