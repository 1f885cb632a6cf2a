#!/usr/bin/env python3
"""Differential check of minipy's graphlib against python3's.

usage: tools/diff_graphlib.py MINIPY [--module PATH] [N_CASES] [SEED]

Generates N random programs (default 2000). Each builds a TopologicalSorter from a dict and/or
add() calls over a few int or str nodes (repeated edges, self-loops, nodes added twice, random
cycles), then either lists static_order() or drives prepare() / get_ready() / done() /
is_active() / bool() by hand, mixing in misuse: get_ready / done / is_active before prepare,
prepare twice, add after prepare, done on unknown nodes, on nodes not handed out yet and on
nodes already done, unhashable nodes. Each step's result or exception (type, message, and a
CycleError's args) is printed. See tools/diffcases.py for the driver and --module.
"""
import random
import sys

import diffcases

PRE = '''import graphlib
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, repr(e.args))
'''


def case(rng):
    nodes = rng.choice([list(range(rng.randint(1, 8))), list('abcdefg'[:rng.randint(1, 7)])])
    src = PRE
    if rng.random() < 0.4:
        graph = {}
        for _ in range(rng.randint(0, len(nodes))):
            graph[rng.choice(nodes)] = [rng.choice(nodes) for _ in range(rng.randint(0, 3))
                                        if rng.random() < 0.9]
        src += 'ts = graphlib.TopologicalSorter(%r)\n' % graph
    else:
        src += 'ts = graphlib.TopologicalSorter()\n'
    acyclic = rng.random() < 0.6
    for _ in range(rng.randint(0, 10)):
        n = rng.choice(nodes)
        if acyclic:
            preds = [p for p in nodes if (p < n) and rng.random() < 0.4]
        else:
            preds = [rng.choice(nodes) for _ in range(rng.randint(0, 3))]
        src += 'show("add", lambda: ts.add(%s))\n' % ', '.join(repr(x) for x in [n] + preds)
    if rng.random() < 0.05:
        src += 'show("add", lambda: ts.add([1]))\n'
    if rng.random() < 0.4:
        src += 'show("order", lambda: list(ts.static_order()))\n'
        if rng.random() < 0.3:
            src += 'show("again", lambda: list(ts.static_order()))\n'
        return src
    steps = []
    if rng.random() < 0.2:
        steps.append(rng.choice(['ts.get_ready()', 'ts.done(%r)' % nodes[0], 'ts.is_active()', 'bool(ts)']))
    steps.append('ts.prepare()')
    for _ in range(rng.randint(1, 12)):
        r = rng.random()
        if r < 0.35:
            steps.append('ts.get_ready()')
        elif r < 0.7:
            steps.append('ts.done(*ready[:%d])' % rng.randint(0, 3))
        elif r < 0.8:
            steps.append('ts.done(%r)' % rng.choice(nodes + ['zz', 99]))
        elif r < 0.9:
            steps.append(rng.choice(['ts.is_active()', 'bool(ts)']))
        else:
            steps.append(rng.choice(['ts.prepare()', 'ts.add(%r)' % nodes[0], 'ts.done(*ready)', 'ts.done()']))
    src += 'ready = []\n'
    for i, st in enumerate(steps):
        if st == 'ts.get_ready()':
            src += ('def step():\n    r = ts.get_ready()\n    ready[:] = list(r) + ready\n    return r\n'
                    'show(%d, step)\n' % i)
        elif st.startswith('ts.done(*ready'):
            src += ('def step():\n    take = %s\n    del %s\n    return ts.done(*take)\n'
                    'show(%d, step)\n' % (st[8:-1].lstrip('*'), st[8:-1].lstrip('*'), i))
        else:
            src += 'show(%d, lambda: %s)\n' % (i, st)
    return src


EXTRA = [
    PRE + 'show("g", lambda: repr(graphlib.TopologicalSorter[int]))\n',
    PRE + 'show("m", lambda: [c.__name__ for c in graphlib.CycleError.__mro__])\n',
    PRE + 'show("a", lambda: sorted(graphlib.__all__))\n',
    PRE + 'show("s", lambda: str(graphlib.CycleError("nodes are in a cycle", [1, 1])))\n',
    PRE + 'show("n", lambda: graphlib.TopologicalSorter({1: 2}))\n',
    PRE + 'show("n", lambda: graphlib.TopologicalSorter([1]))\n',
]


def cases(rng, n):
    return EXTRA + [case(rng) for _ in range(n - len(EXTRA))]


if __name__ == '__main__':
    sys.exit(diffcases.main('graphlib', cases, 2000))
