# Frame objects know where they are: f_lineno of a running frame follows it, f_back is its
# caller's frame (the same object each time), and a frame a traceback kept reports the line it
# ended on. sys._getframe(depth) and inspect.currentframe() reach them.
import sys
import inspect


def where():
    here = sys._getframe()
    caller = sys._getframe(1)
    print(here.f_code.co_name, here.f_lineno, caller.f_code.co_name, caller.f_lineno)
    print(here.f_back is caller, caller is sys._getframe().f_back)
    return here


def outer():
    f = where()
    print("after return", f.f_lineno, f.f_back.f_code.co_name)
    return inspect.currentframe()


top = outer()
print(top.f_code.co_name, top.f_lineno, top.f_back.f_code.co_name)
module_frame = sys._getframe()
print(module_frame.f_code.co_name, module_frame.f_lineno, module_frame.f_back)
print(module_frame.f_lineno)


def fails():
    x = 1
    raise ValueError("boom")


try:
    fails()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_lineno)
    print(tb.tb_next.tb_frame.f_back is tb.tb_frame)

for bad in (-1, 100, "x"):
    try:
        print(sys._getframe(bad).f_code.co_name)
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
