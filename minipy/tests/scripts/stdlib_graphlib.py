from graphlib import TopologicalSorter, CycleError
ts = TopologicalSorter({"b": {"a"}, "c": ["b", "a"], "d": ["a"], "e": ["d", "c"]})
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(7)
ts.prepare()
while ts:
    ready = ts.get_ready()
    print("ready", ready)
    ts.done(*ready)
try:
    list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}).static_order())
except CycleError as e:
    print(type(e).__name__, e.args[0], e.args[1], isinstance(e, ValueError))
t = TopologicalSorter({1: [2]})
try:
    t.get_ready()
except ValueError as e:
    print(e)
t.prepare()
try:
    t.done(1)
except ValueError as e:
    print(e)
try:
    t.done(9)
except ValueError as e:
    print(e)
try:
    t.add(5)
except ValueError as e:
    print(e)
print(TopologicalSorter[int])
