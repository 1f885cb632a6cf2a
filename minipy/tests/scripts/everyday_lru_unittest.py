"""LRU cache built on a doubly linked list + dict, with a validating descriptor; tested with unittest.main(exit=False)."""
import unittest


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, int) or value <= 0:
            raise ValueError(f"{self.private[1:]} must be a positive int, got {value!r}")
        setattr(obj, self.private, value)


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRU:
    capacity = Positive()

    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.evictions = 0

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push_front(self, n):
        n.prev, n.next = self.head, self.head.next
        self.head.next.prev = n
        self.head.next = n

    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            return default
        self._unlink(n)
        self._push_front(n)
        return n.value

    def put(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
            n = _Node(key, value)
            self.map[key] = n
        self._push_front(n)

    def keys(self):
        n, out = self.head.next, []
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map


class TestLRU(unittest.TestCase):
    def setUp(self):
        self.c = LRU(3)
        for k in "abc":
            self.c.put(k, k.upper())

    def test_order(self):
        self.assertEqual(self.c.keys(), ["c", "b", "a"])

    def test_get_moves_to_front(self):
        self.assertEqual(self.c.get("a"), "A")
        self.assertEqual(self.c.keys()[0], "a")

    def test_eviction(self):
        self.c.get("a")
        self.c.put("d", "D")
        self.assertNotIn("b", self.c)
        self.assertEqual(len(self.c), 3)
        self.assertEqual(self.c.evictions, 1)

    def test_update_existing(self):
        self.c.put("a", 1)
        self.assertEqual(self.c.get("a"), 1)
        self.assertEqual(len(self.c), 3)

    def test_default(self):
        self.assertIsNone(self.c.get("zz"))
        self.assertEqual(self.c.get("zz", 0), 0)

    def test_descriptor(self):
        with self.assertRaises(ValueError) as cm:
            LRU(0)
        self.assertIn("capacity must be a positive int", str(cm.exception))
        self.assertIsInstance(LRU.capacity, Positive)

    def test_bad_expectation(self):
        self.assertListEqual(self.c.keys(), ["a", "b", "c"])

    def test_error(self):
        self.c.missing_method()


class Scrubbed:
    """Hide run time and directory names so stderr is reproducible."""

    def __init__(self, raw):
        self.raw = raw

    def write(self, text):
        import re
        text = re.sub(r" in \d+\.\d+s", "", text)
        text = re.sub(r'File ".*/', 'File "', text)
        return self.raw.write(text)

    def flush(self):
        self.raw.flush()


if __name__ == "__main__":
    import sys
    sys.stderr = Scrubbed(sys.stderr)
    prog = unittest.main(exit=False, verbosity=0)
    r = prog.result
    print("tests run:", r.testsRun, "failures:", len(r.failures), "errors:", len(r.errors))
    print("failed:", sorted(t.id().split(".")[-1] for t, _ in r.failures + r.errors))
