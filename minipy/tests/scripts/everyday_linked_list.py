class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for x in reversed(list(iterable)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("list index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[2], ll[-1])
ll.reverse()
print(ll, list(ll) == [5, 1, 4, 1, 3])
ll.push("x")
print(ll, 4 in ll, "y" in ll)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(sum(v for v in ll if isinstance(v, int)), sorted(v for v in ll if v != "x"))
print([v * 2 for v in LinkedList("ab")], dict(enumerate(LinkedList([7, 8]))))
try:
    ll.head.other = 1
except AttributeError as e:
    print("AttributeError:", e)
