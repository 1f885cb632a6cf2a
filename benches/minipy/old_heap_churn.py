# Issue #14 end to end: a large long-lived structure (about 1M objects in dicts and lists) kept
# for the whole run, then an allocation-heavy loop of short-lived objects. Prints a checksum.
# Run: time ./target/release/minipy [--gc=MODE] benches/minipy/old_heap_churn.py
#      time python3 benches/minipy/old_heap_churn.py


class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value


keep = []
for i in range(100000):
    # 10 objects per iteration: a dict, a list, a Node, a tuple and their boxed values.
    d = {"id": i, "name": str(i), "items": [i * 2, i * 3]}
    keep.append([d, Node(i, (i, str(i + 1)))])

total = 0
for i in range(1000000):
    t = [i, i + 1, {"k": i}]
    n = Node(i, t)
    total += n.value[1] - n.key
print(len(keep), total)
