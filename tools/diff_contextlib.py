#!/usr/bin/env python3
"""Differential check of minipy's contextlib against python3's.

usage: tools/diff_contextlib.py MINIPY [--module PATH] [N_CASES] [SEED]

Generates N random programs (default 1500) over the whole public API: @contextmanager
generators of every shape (plain yield, catching / re-raising / wrapping / swallowing the
block's exception, no yield, two yields, yielding again after a throw, raising before the
yield, cleanup in finally) against blocks that finish, raise, raise StopIteration or
RuntimeError, and the manager used as a decorator (called twice); ExitStack sequences of
push / callback / enter_context / pop_all / close with exits that suppress, raise or replace
the exception (the raised exception, its __context__ chain and the order of calls are printed);
suppress, closing, nullcontext, redirect_stdout / redirect_stderr (nested, reused), chdir and
AbstractContextManager (isinstance / issubclass, defaults). See tools/diffcases.py for the
driver and --module.
"""
import random
import sys

import diffcases

EXCS = ['ValueError', 'KeyError', 'RuntimeError', 'StopIteration', 'TypeError', 'Exception',
        'LookupError', 'BaseException', 'GeneratorExit', 'ZeroDivisionError']

REPORT = '''
def report(f):
    try:
        r = f()
        print('returned', repr(r))
    except BaseException as e:
        print('raised', type(e).__name__, repr(str(e)))
        c = e.__cause__
        x = e.__context__
        print('  cause', type(c).__name__ if c is not None else None, repr(str(c)) if c is not None else '')
        print('  context', type(x).__name__ if x is not None else None, repr(str(x)) if x is not None else '')
        print('  suppress_context', e.__suppress_context__)
        n = 0
        while x is not None and n < 6:
            x = x.__context__
            n += 1
        print('  chain', n)
'''


def gen_body(rng):
    catch = rng.choice(['ValueError', 'Exception', 'StopIteration', 'RuntimeError', 'BaseException', 'KeyError'])
    shapes = [
        "    print('enter')\n    yield 'v'\n    print('after')\n",
        "    try:\n        yield 'v'\n    except %s as e:\n        print('caught', type(e).__name__)\n" % catch,
        "    try:\n        yield 'v'\n    finally:\n        print('cleanup')\n",
        "    if False:\n        yield 1\n    print('no yield')\n",
        "    yield 1\n    yield 2\n",
        "    try:\n        yield 'v'\n    except %s as e:\n        raise RuntimeError('wrapped') from e\n" % catch,
        "    try:\n        yield 'v'\n    except %s:\n        raise\n" % catch,
        "    try:\n        yield 'v'\n    except %s:\n        yield 'again'\n" % catch,
        "    raise ValueError('before')\n    yield 1\n",
        "    try:\n        yield 'v'\n    except %s as e:\n        raise TypeError('other')\n" % catch,
        "    try:\n        yield 'v'\n    except %s as e:\n        return\n" % catch,
        "    try:\n        yield 'v'\n    except %s as e:\n        raise StopIteration('inner')\n" % catch,
        "    yield\n",
        "    try:\n        yield 'v'\n    except %s:\n        try:\n            yield 'again'\n        finally:\n            print('fin2')\n    finally:\n        print('fin')\n" % catch,
        "    try:\n        yield 1\n        yield 2\n    finally:\n        print('closed')\n",
        "    try:\n        yield 'v'\n    except %s as e:\n        print('caught', e)\n        raise e\n" % catch,
    ]
    return rng.choice(shapes)


def block(rng):
    return rng.choice([
        "        print('body', v)\n",
        "        raise ValueError('boom')\n",
        "        raise KeyError('k')\n",
        "        raise StopIteration('stop')\n",
        "        raise RuntimeError('rt')\n",
        "        raise TypeError('ty')\n",
        "        1/0\n",
        "        return 'early'\n",
        "        raise GeneratorExit\n",
        "        raise Exception()\n",
    ])


def cm_case(rng):
    src = REPORT + "import contextlib\n@contextlib.contextmanager\ndef cm(*a, **k):\n    print('args', a, k)\n" + gen_body(rng)
    how = rng.random()
    if how < 0.7:
        src += "def f():\n    with cm(1, x=2) as v:\n" + block(rng) + "    return 'end'\nreport(f)\n"
    elif how < 0.85:
        src += "@cm(3)\ndef g(n):\n    v = n\n" + block(rng).replace('        ', '    ') + "    return n\nreport(lambda: g(1))\nreport(lambda: g(2))\nprint(g.__name__, g.__wrapped__.__name__)\n"
    else:
        src += ("def f():\n    c = cm()\n    print(c.__enter__())\n    return c.__exit__(%s)\nreport(f)\n"
                % rng.choice(['None, None, None', 'ValueError, ValueError("x"), None',
                              'KeyError, None, None', 'StopIteration, StopIteration(1), None',
                              'RuntimeError, RuntimeError("q"), None']))
    return src


def stack_case(rng):
    src = REPORT + """import contextlib
class CM:
    def __init__(self, name, ret=False, exc=None):
        self.name, self.ret, self.exc = name, ret, exc
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        if self.exc:
            raise self.exc
        return self.ret
def ex(name, ret=False, exc=None):
    def e(t, v, tb):
        print('push-exit', name, t.__name__ if t else None, v)
        if exc:
            raise exc
        return ret
    return e
def cb(*a, **k):
    print('callback', a, k)
def badcb():
    print('bad callback')
    raise KeyError('from callback')
def run():
"""
    ops = []
    n = rng.randint(0, 6)
    for i in range(n):
        r = rng.random()
        exc = rng.choice(['None', 'None', 'ValueError("x%d")' % i, 'KeyError(%d)' % i, 'RuntimeError("r")'])
        ret = rng.choice(['False', 'True', 'None', '1'])
        if r < 0.3:
            ops.append("print('->', s.enter_context(CM('c%d', %s, %s)))" % (i, ret, exc))
        elif r < 0.55:
            ops.append("print('->', s.push(ex('p%d', %s, %s)).__name__)" % (i, ret, exc))
        elif r < 0.65:
            ops.append("print('->', s.push(CM('pc%d', %s, %s)).name)" % (i, ret, exc))
        elif r < 0.8:
            ops.append("print('->', s.callback(cb, %d, k=%d).__name__)" % (i, i))
        elif r < 0.85:
            ops.append("s.callback(badcb)")
        elif r < 0.9:
            ops.append("s.enter_context(%s)" % rng.choice(['42', 'object()', '"str"', 'CM']))
        else:
            ops.append("s2 = s.pop_all()\n        print(type(s2).__name__)\n        s2.close()")
    body = rng.choice(['', "raise ValueError('body')", "raise KeyError('b')", "return 'ret'", "1/0"])
    mode = rng.random()
    if mode < 0.8:
        src += "    with contextlib.ExitStack() as s:\n"
        for o in ops:
            src += "        " + o + "\n"
        src += "        " + (body or 'pass') + "\n"
        src += "    return 'done'\nreport(run)\n"
    else:
        src += "    s = contextlib.ExitStack()\n    print(s.__enter__() is s)\n"
        for o in ops:
            src += "    " + o.replace('\n        ', '\n    ') + "\n"
        src += "    s.close()\n    s.close()\n    return 'closed'\nreport(run)\n"
    return src


def misc_case(rng):
    r = rng.random()
    src = REPORT + "import contextlib, io, sys, os\n"
    if r < 0.25:
        excs = rng.sample(EXCS, rng.randint(0, 3))
        raised = rng.choice(EXCS[:-1] + ['None'])
        src += "def f():\n    with contextlib.suppress(%s) as s:\n        print(s)\n" % ', '.join(excs)
        src += ("        raise %s('m')\n" % raised) if raised != 'None' else "        pass\n"
        src += "    return 'after'\nreport(f)\n"
    elif r < 0.35:
        src += ("class T:\n    def close(self):\n        print('closed')\n"
                "def f():\n    with contextlib.closing(T()) as t:\n        print(type(t).__name__)\n%s    return 1\nreport(f)\n"
                % rng.choice(['', "        raise ValueError('c')\n"]))
    elif r < 0.45:
        arg = rng.choice(['', '5', '"s"', '[1, 2]', 'enter_result=7', 'None'])
        src += ("def f():\n    n = contextlib.nullcontext(%s)\n    with n as a:\n        print(repr(a))\n"
                "    with n as b:\n        print(repr(b))\n%s    return 2\nreport(f)\n"
                % (arg, rng.choice(['', "    with n:\n        raise KeyError(3)\n"])))
    elif r < 0.65:
        which = rng.choice(['stdout', 'stderr'])
        src += ("def f():\n    a = io.StringIO()\n    b = io.StringIO()\n    r = contextlib.redirect_%s(a)\n"
                "    with r as t:\n        print(t is a)\n        print('one', file=sys.%s)\n"
                "        with contextlib.redirect_%s(b):\n            print('two', file=sys.%s)\n"
                "        print('three', file=sys.%s)\n"
                "%s"
                "    print(repr(a.getvalue()), repr(b.getvalue()))\n    return 'ok'\nreport(f)\n"
                % (which, which, which, which, which,
                   rng.choice(['', "    with r:\n        print('again', file=sys.%s)\n" % which,
                               "    try:\n        with r:\n            raise ValueError(1)\n    except ValueError:\n        print('ve')\n"])))
    elif r < 0.75:
        src += ("def f():\n    here = os.getcwd()\n    up = os.path.dirname(here)\n    c = contextlib.chdir(up)\n"
                "    with c as v:\n        print(v, os.getcwd() == up)\n%s    print(os.getcwd() == here)\n    return 0\nreport(f)\n"
                % rng.choice(['', "        raise ValueError('in chdir')\n",
                              "        with c:\n            print(os.getcwd() == up)\n        print(os.getcwd() == up)\n"]))
    elif r < 0.9:
        src += ("class A:\n    def __enter__(self):\n        return 1\n    def __exit__(self, *a):\n        return None\n"
                "class B:\n    def __enter__(self):\n        return 1\n"
                "class C(A):\n    __exit__ = None\n"
                "class D(contextlib.AbstractContextManager):\n    def __exit__(self, *a):\n        print('D exit', a)\n"
                "def f():\n    for k in (A, B, C, D, int, object, type(contextlib.nullcontext())):\n"
                "        print(k.__name__, issubclass(k, contextlib.AbstractContextManager), isinstance(k(), contextlib.AbstractContextManager))\n"
                "    d = D()\n    with d as x:\n        print(x is d)\n"
                "    print(contextlib.AbstractContextManager.__exit__(d, None, None, None))\n"
                "    print(contextlib.AbstractContextManager.__enter__(5))\n    return 3\nreport(f)\n")
    else:
        src += ("def f():\n    s = contextlib.ExitStack()\n    %s\nreport(f)\n"
                % rng.choice(["return s.callback(callback=print)", "return s.callback()",
                              "return s.callback(print, callback=1) is print",
                              "return s.enter_context(1)", "return s.push(1)",
                              "return contextlib.contextmanager(lambda: 1)().__enter__()",
                              "return contextlib.closing()",
                              "class X(contextlib.AbstractContextManager): pass\n    return X()",
                              "return [k.__name__ for k in type(contextlib.ExitStack()).__mro__][-1]",
                              "return isinstance(contextlib.suppress(), contextlib.AbstractContextManager)",
                              "return contextlib.nullcontext(1).__exit__(1, 2, 3)",
                              "return contextlib.ExitStack().__exit__(None, None, None)",
                              "return contextlib.ExitStack().pop_all().close()",
                              "return contextlib.suppress(1).__exit__(ValueError, ValueError(), None)",
                              "return contextlib.suppress().__exit__(None, None, None)",
                              "return contextlib.suppress(ValueError).__exit__(KeyError, KeyError(), None)"]))
    return src


def cases(rng, n):
    cases = []
    for _ in range(n):
        r = rng.random()
        cases.append(cm_case(rng) if r < 0.45 else stack_case(rng) if r < 0.8 else misc_case(rng))
    return cases


if __name__ == '__main__':
    sys.exit(diffcases.main('contextlib', cases, 1500))
