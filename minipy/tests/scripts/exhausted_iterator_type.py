# An iterator keeps its type (list_iterator, zip, ...) once exhausted.
kinds = [iter([1]), iter((1,)), iter('a'), iter('é'), iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()), iter({1}), iter(range(1)), reversed([1]), zip([1]), map(abs, [1]), filter(None, [1]), enumerate([1]), iter(b'a'), iter(bytearray(b'a')), reversed(range(1)), reversed((1,)), iter(frozenset([1])), reversed('a'), reversed({1:2})]
for it in kinds:
    a = type(it).__name__
    for _ in range(3):
        next(it, None)
    print(a, type(it).__name__, a == type(it).__name__)
it = iter([1]); list(it)
print(repr(it).startswith('<list_iterator object at 0x'), type(it) is type(iter([])))
