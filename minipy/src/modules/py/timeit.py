# minipy's timeit: written for minipy from the documented behaviour. Timer (timeit, repeat,
# autorange, print_exc), timeit(), repeat(), default_timer. Statements given as strings are
# compiled with exec into a timing function; no command-line interface (timeit.main).

import time as _time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_number = 1000000
default_repeat = 5
default_timer = _time.perf_counter

dummy_src_name = '<timeit-src>'


def _indent(src, depth):
    pad = ' ' * depth
    return src.replace('\n', '\n' + pad)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        ns = {} if globals is None else globals
        local_ns = {}
        if isinstance(setup, str):
            setup_src = _indent(setup, 4)
            setup_call = None
        elif callable(setup):
            setup_src = '_setup()'
            setup_call = setup
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            stmt_src = _indent(stmt, 8)
            stmt_call = None
        elif callable(stmt):
            stmt_src = '_stmt()'
            stmt_call = stmt
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = ('def inner(_it, _timer, _stmt=_stmt, _setup=_setup):\n'
               '    %s\n'
               '    _t0 = _timer()\n'
               '    for _i in _it:\n'
               '        %s\n'
               '    _t1 = _timer()\n'
               '    return _t1 - _t0\n') % (setup_src, stmt_src)
        self.src = src
        local_ns['_stmt'] = stmt_call
        local_ns['_setup'] = setup_call
        if '_stmt' not in ns:
            ns['_stmt'] = stmt_call
        if '_setup' not in ns:
            ns['_setup'] = setup_call
        exec('_stmt = _stmt\n_setup = _setup\n' + src, ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
