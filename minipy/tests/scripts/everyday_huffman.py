import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False, repr=False)
    right: Optional["Node"] = field(default=None, compare=False, repr=False)

    @property
    def is_leaf(self) -> bool:
        return self.symbol is not None


def build_tree(text: str) -> Node:
    freq = Counter(text)
    heap = [Node(w, i, s) for i, (s, w) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        only = heap[0]
        return Node(only.weight, counter, None, only, None)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.weight + b.weight, counter, None, a, b))
        counter += 1
    return heap[0]


def codes(node: Node, prefix: str = "", table: Optional[dict] = None) -> dict:
    if table is None:
        table = {}
    if node.is_leaf:
        table[node.symbol] = prefix or "0"
    else:
        if node.left:
            codes(node.left, prefix + "0", table)
        if node.right:
            codes(node.right, prefix + "1", table)
    return table


def encode(text: str, table: dict) -> str:
    return "".join(table[c] for c in text)


def decode(bits: str, root: Node) -> str:
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf:
            out.append(node.symbol)
            node = root
    return "".join(out)


def pack(bits: str) -> bytes:
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))


samples = [
    "abracadabra",
    "mississippi river",
    "aaaaaaa",
    "the quick brown fox jumps over the lazy dog",
]
for text in samples:
    root = build_tree(text)
    table = codes(root)
    bits = encode(text, table)
    assert decode(bits, root) == text, text
    packed = pack(bits)
    ratio = len(packed) / len(text.encode())
    print(f"{text!r}")
    print(f"   {len(text)} chars -> {len(bits)} bits -> {len(packed)} bytes ({ratio:.1%})")
    print(f"   hex: {packed.hex()[:32]}{'...' if len(packed) > 16 else ''}")
    shown = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6]
    print("   codes:", " ".join(f"{s!r}:{c}" for s, c in shown))
    avg = sum(len(table[c]) for c in text) / len(text)
    print(f"   avg bits/char {avg:.3f}, root weight {root.weight}")

h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(heapq.nsmallest(3, h), heapq.nlargest(2, h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(bytes([72, 105]), b"abc".upper(), bytearray(b"xy") + b"z", int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
print(Node(3, 1) < Node(3, 2), Node(1, 0, "a"))
