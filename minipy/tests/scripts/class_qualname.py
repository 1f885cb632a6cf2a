def f():
    class K: pass
    return K
print(f(), f().__qualname__, f().__name__)
class A:
    class B:
        def m(self): pass
print(A.B, A.B.__qualname__, A.B.m.__qualname__)
T = type("T", (), {})
print(T, T.__qualname__)
print(int.__qualname__, KeyError.__qualname__)
