class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for x in reversed(list(iterable)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._size

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return LinkedList(list(self)[idx])
        if idx < 0:
            idx += len(self)
        for i, v in enumerate(self):
            if i == idx:
                return v
        raise IndexError("list index out of range")

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self._size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")

ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll))
print(ll[0], ll[-1], ll[2:5], ll[::3])
ll.reverse()
print(list(ll), sum(ll), max(ll), sorted(ll))
ll.remove(1)
ll.remove(6)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[100]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList("abc") == LinkedList(["a", "b", "c"]), LinkedList() == [], 5 in ll, 7 in ll)
it = iter(ll)
print(next(it), next(it), list(it))
try:
    Node(1).extra = 2
except AttributeError as e:
    print("AttributeError")
print(list(zip(LinkedList("xyz"), LinkedList(range(10)))))
print(dict(enumerate(LinkedList(["p", "q"]), 1)))
