#!/usr/bin/env python3
"""Differential check of minipy's queue against python3's.

usage: tools/diff_queue.py MINIPY [--module PATH] [N_CASES] [SEED]

Generates N random programs (default 1500), each a random sequence of operations on a Queue,
LifoQueue, PriorityQueue (numbers, tuples, strings, and incomparable items), SimpleQueue or a
Queue subclass overriding the storage hooks, with maxsize 0, negative or small: put / get with
block False, timeouts 0 or tiny or negative, put_nowait / get_nowait past full and empty,
qsize / empty / full, task_done beyond the puts, join when nothing is pending, and the
attributes maxsize / unfinished_tasks / queue. Also the Empty / Full classes (module, base,
str), Queue[int] and SimpleQueue[str], and bad arguments. Blocking calls that would wait
forever in python3 are never made. See tools/diffcases.py for the driver and --module.
"""
import random
import sys

import diffcases

PRE = '''import queue
def full(q):
    return isinstance(q, queue.Queue) and 0 < q.maxsize <= q.qsize()
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'raised', type(e).__module__, type(e).__name__, repr(str(e)))
'''


def item(rng, kind):
    if kind == 'PriorityQueue':
        return rng.choice([str(rng.randint(-5, 9)), '(%d, %r)' % (rng.randint(0, 3), rng.choice('abc')),
                           str(rng.randint(0, 9)) + '.5', repr(rng.choice(['x', 'y', 'zz'])), '{}' if rng.random() < 0.05 else '3'])
    return rng.choice([str(rng.randint(-5, 99)), repr(rng.choice(['a', 'b', 'c'])), 'None', '[1, 2]', '(1,)'])


def ops(rng, kind, n):
    out = []
    for i in range(n):
        r = rng.random()
        simple = kind == 'SimpleQueue'
        if r < 0.3:
            how = rng.choice(['q.put(%s) if not full(q) else "skip"', 'q.put(%s, False)', 'q.put_nowait(%s)', 'q.put(%s, timeout=0.001)',
                              'q.put(%s, block=False, timeout=-1)', 'q.put(%s, True, 0)', 'q.put(%s, timeout=-1)',
                              'q.put(item=%s) if not full(q) else "skip"'])
            out.append(how % item(rng, kind))
        elif r < 0.55:
            out.append(rng.choice(['q.get(False)', 'q.get_nowait()', 'q.get(timeout=0.001)', 'q.get(True, 0)',
                                   'q.get(block=False)', 'q.get(timeout=-0.5)', 'q.get(False, -3)']))
        elif r < 0.7:
            out.append(rng.choice(['q.qsize()', 'q.empty()', 'q.full()' if not simple else 'q.qsize()',
                                   'len(q.queue)' if not simple else 'q.empty()']))
        elif r < 0.85 and not simple:
            out.append(rng.choice(['q.task_done()', 'q.task_done()', 'q.unfinished_tasks', 'q.maxsize',
                                   'q.join() if not q.unfinished_tasks else "skip"', 'list(q.queue)']))
        else:
            out.append(rng.choice(['q.qsize()', 'type(q).__name__', 'q.empty()']))
    return out


def case(rng):
    r = rng.random()
    if r < 0.9:
        kind = rng.choice(['Queue', 'LifoQueue', 'PriorityQueue', 'SimpleQueue', 'Sub'])
        src = PRE
        if kind == 'Sub':
            src += ('class Sub(queue.Queue):\n    def _init(self, maxsize):\n        self.queue = []\n'
                    '    def _qsize(self):\n        return len(self.queue)\n'
                    '    def _put(self, item):\n        self.queue.insert(0, item)\n'
                    '    def _get(self):\n        return self.queue.pop()\n')
            ctor = 'Sub(%s)'
        else:
            ctor = 'queue.' + kind + '(%s)'
        if kind == 'SimpleQueue':
            arg = ''
        else:
            arg = rng.choice(['', '0', '1', '2', '3', '-1', 'maxsize=2', '5'])
        src += 'q = ' + (ctor % arg) + '\n'
        for i, o in enumerate(ops(rng, kind, rng.randint(1, 25))):
            src += 'show(%d, lambda: %s)\n' % (i, o)
        return src
    return PRE + rng.choice([
        "show('e', lambda: (queue.Empty.__module__, queue.Full.__module__, queue.Empty.__mro__[1].__name__, queue.Full.__mro__[1].__name__))",
        "show('e', lambda: (str(queue.Empty()), repr(queue.Full('x')), queue.SimpleQueue.__module__, queue.Queue.__module__))",
        "show('g', lambda: (repr(queue.Queue[int]), repr(queue.SimpleQueue[str]), repr(queue.LifoQueue[int])))",
        "show('a', lambda: queue.SimpleQueue(3))",
        "show('a', lambda: queue.Queue(1, 2))",
        "show('a', lambda: queue.Queue().get(1, 2, 3))",
        "show('a', lambda: sorted(queue.__all__))",
        "show('a', lambda: (issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue), issubclass(queue.SimpleQueue, queue.Queue)))",
        "q = queue.Queue()\nshow('b', lambda: type(q.queue).__name__)\nshow('c', lambda: type(queue.LifoQueue().queue).__name__)\nshow('d', lambda: type(queue.PriorityQueue().queue).__name__)",
        "q = queue.PriorityQueue()\nfor x in [5, 1, 4, 1, 5, 9, 2, 6]:\n    q.put(x)\nshow('h', lambda: q.queue)\nshow('p', lambda: [q.get() for _ in range(8)])",
        "q = queue.Queue()\nq.put(1)\nq.get()\nq.task_done()\nshow('j', lambda: q.join())\nshow('t', lambda: q.task_done())",
    ]) + '\n'


def cases(rng, n):
    return [case(rng) for _ in range(n)]


if __name__ == '__main__':
    sys.exit(diffcases.main('queue', cases, 1500))
