class A:
    def m(self, x=1):
        return (type(self).__name__, x)
def free(self):
    return "free:" + type(self).__name__
a = A()
print(A.m.__get__(a)(5), A.m.__get__(a, A)(), free.__get__(a)())
print(A.m.__get__(None, A) is A.m, type(A.m.__get__(a)).__name__)
try:
    A.m.__get__(None, None)
except TypeError as e:
    print(e)
print(hasattr(free, "__get__"), callable(free.__get__))
