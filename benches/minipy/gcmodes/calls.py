# Function-call heavy, once a __del__ exists: every return drops a frame's locals.
class Watched:
    def __del__(self):
        print("watched died")
keep = Watched()
def fib(n):
    if n < 2:
        return n
    a = fib(n - 1)
    b = fib(n - 2)
    return a + b
print(fib(22))
