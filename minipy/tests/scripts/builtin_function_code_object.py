def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = 1
    def g(): return x + a
    y = 2
    return g
co = f.__code__
print(co.co_name, co.co_qualname, co.co_varnames, co.co_nlocals, co.co_flags, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_firstlineno)
g = f(1,d=2)
print(g.__code__.co_flags, g.__code__.co_qualname, g.__code__ is f(2, d=3).__code__)
def h(): yield 1
print(h.__code__.co_flags, (lambda: 0).__code__.co_flags, (lambda: 0).__code__.co_name)
try: f.__code__.co_name = 'x'
except AttributeError as e: print(e)
class C:
  def m(self): pass
print(C.m.__code__.co_qualname, C.m.__code__ is C().m.__code__, type(f.__code__).__name__, f.__code__.co_filename == __file__)
import functools, traceback, sys
def deco(fn):
    @functools.wraps(fn)
    def run(*a):
        return fn(*a)
    return run
@deco
def work():
    raise ValueError("boom")
print(work.__name__, work.__code__.co_name, work.__qualname__, work.__code__.co_qualname)
try:
    work()
except ValueError:
    tb = sys.exc_info()[2]
    while tb:
        print(tb.tb_frame.f_code.co_name, end=' ')
        tb = tb.tb_next
    print()
    print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])
