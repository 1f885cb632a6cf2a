# The line a traceback names for each frame after a finally: block, after except*, and
# where a loop's next step or test raises after its body ran (a generator that raises on its
# second step; a while test that raises), or a with's __exit__ raises: CPython names the
# for/while/with line, minipy named the body's last statement.
import sys, traceback
def f1():
    try:
        pass
    finally:
        pass
    raise ValueError("after finally")
def f2():
    try:
        x = 1
    finally:
        x = 2
    y = 3
    return 1 / 0
def f3():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    raise KeyError("after except*")
def f4():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    z = 1
    [][z]
def f5():
    for i in range(2):
        try:
            continue
        finally:
            pass
    raise RuntimeError("loop")
def f6():
    try:
        return 1
    finally:
        {}["k"]
def f7():
    try:
        raise ValueError
    except ValueError:
        pass
    finally:
        pass
    None.x
def f8():
    try:
        try:
            pass
        finally:
            pass
        raise TypeError("inner")
    except TypeError:
        raise
def f9():
    with open(__file__) as fh:
        pass
    int("x")
def f10():
    try:
        pass
    except* ValueError:
        pass
    raise OSError("noexc")
def f11():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    finally:
        pass
    print("unreached")
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11]:
    try:
        f()
    except BaseException:
        tb = sys.exc_info()[2]
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(f.__name__, lines, traceback.format_exc().strip().splitlines()[-1])

import sys, traceback
def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
def boom():
    raise ValueError("x")
def c1():
    try:
        pass
    finally:
        pass
    boom()
def c2():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    boom()
def c3():
    try:
        boom()
    finally:
        pass
def c4():
    try:
        boom()
    except* TypeError:
        pass
def g1():
    try:
        yield 1
    finally:
        pass
    yield 2
    boom()
def c5():
    for _ in g1():
        pass
def c6():
    try:
        try:
            raise ValueError
        finally:
            pass
    except ValueError:
        pass
    boom()
def c7():
    try:
        pass
    finally:
        try:
            pass
        finally:
            pass
    boom()
def c8():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            pass
        finally:
            pass
    boom()
def c9():
    try:
        boom()
    except* ValueError:
        boom()
def c10():
    try:
        raise KeyError
    except KeyError:
        try:
            pass
        finally:
            pass
        boom()
for f in [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10]:
    try:
        f()
    except BaseException as e:
        print(f.__name__, type(e).__name__, lines_of(e), [lines_of(x) for x in getattr(e, "exceptions", [])])
        print([l.split(", ", 1)[1] for l in traceback.format_exc().splitlines() if l.strip().startswith("File")][1:])
try:
    pass
finally:
    pass
try:
    boom()
except ValueError as e:
    print("module", lines_of(e))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    pass
try:
    boom()
except ValueError as e:
    print("module2", lines_of(e), sys.exc_info()[2].tb_lineno)
try:
    pass
finally:
    pass
x = 1
try:
    boom()
except ValueError as e:
    print('module3', lines_of(e))

import sys
def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
def g():
    yield 1
    raise ValueError
def it_raises():
    class I:
        def __iter__(self): return self
        def __next__(self): raise KeyError
    return I()
def a():
    for _ in g():
        pass
def b():
    for _ in g():
        x = 1
        y = 2
def c():
    for _ in it_raises():
        pass
def d():
    for _ in g():
        pass
    else:
        pass
def e():
    while True:
        for _ in g():
            continue
def f():
    return [x for x in g()]
def h():
    for x in g(): pass
def k():
    for _ in g():
        try:
            pass
        finally:
            pass
for fn in [a, b, c, d, e, f, h, k]:
    try:
        fn()
    except Exception as ex:
        print(fn.__name__, lines_of(ex))

def lines_of(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
n = [0]
def cond():
    n[0] += 1
    if n[0] > 1:
        raise ValueError
    return True
def w():
    while cond():
        x = 1
        y = 2
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError
def wi():
    with CM():
        x = 1
        y = 2
def g():
    yield 1
    raise ValueError
def nested():
    for a in [1, 2]:
        for b in g():
            pass
def after_try_loop():
    for a in g():
        try:
            pass
        except* ValueError:
            pass
def while_else():
    n[0] = 0
    while cond():
        try:
            pass
        finally:
            pass
for fn in [w, wi, nested, after_try_loop, while_else]:
    try:
        n[0] = 0
        fn()
    except Exception as ex:
        print(fn.__name__, lines_of(ex))

class Exit:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("exit")
def body_and_exit_raise():
    with Exit():
        x = 1
        raise ValueError("body")
try:
    body_and_exit_raise()
except KeyError as e:
    print("exit over body", lines_of(e), lines_of(e.__context__))
