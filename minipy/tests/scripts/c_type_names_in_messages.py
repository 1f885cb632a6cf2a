# Error messages name the types CPython implements in C by their dotted tp_name ('collections.deque'),
# and list[int] behaves as CPython's types.GenericAlias (attributes from its origin, no subscript).
import collections, functools, itertools, decimal, datetime, array, re, io, types
objs = [collections.deque(), collections.OrderedDict(), collections.defaultdict(int), collections.Counter(), functools.partial(print), itertools.count(), itertools.chain(), decimal.Decimal(1), datetime.date(2020,1,1), datetime.timedelta(1), array.array('i'), re.compile('a'), io.StringIO(), list[int], int | str, types.SimpleNamespace(), range(3), iter([]), {}.keys(), zip(), map(len, [])]
for o in objs:
    try:
        o.nosuchattr
    except AttributeError as e:
        print(e)
    try:
        o @ 1
    except TypeError as e:
        print(e)
g = list[int]
for f in (lambda: g + 1, lambda: g.foo, lambda: len(g), lambda: g < g, lambda: hash(g) == hash(list[int]), lambda: g[0], lambda: {g: 1}[g], lambda: repr(dict[str, list[int]]), lambda: g.__origin__, lambda: g.__args__, lambda: type(g).__name__, lambda: type(g).__module__, lambda: isinstance([], g), lambda: int | str, lambda: (int | None).__args__):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
class MyDeque(collections.deque):
    pass
try:
    MyDeque().nosuchattr
except AttributeError as e:
    print(e)
print(list[int].append is list.append, list[int].__name__)
