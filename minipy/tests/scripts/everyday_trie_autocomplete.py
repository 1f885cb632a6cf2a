"""Autocomplete with a trie: insertion, prefix search, ranking and deletion."""
from __future__ import annotations
from dataclasses import dataclass, field
import heapq


@dataclass
class Node:
    children: dict[str, Node] = field(default_factory=dict)
    count: int = 0
    terminal: bool = False


class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word: str, weight: int = 1) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
        if not node.terminal:
            self.size += 1
        node.terminal = True
        node.count += weight

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)

    def __len__(self):
        return self.size

    def __iter__(self):
        yield from self._walk(self.root, "")

    def _walk(self, node, prefix):
        if node.terminal:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix, k=3):
        node = self._find(prefix)
        if node is None:
            return []
        best = heapq.nsmallest(k, self._walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in best]

    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].terminal:
            raise KeyError(word)
        path[-1].terminal, path[-1].count = False, 0
        self.size -= 1
        for ch, node in zip(reversed(word), reversed(path[1:])):
            parent = path[path.index(node) - 1]
            if node.children or node.terminal:
                break
            del parent.children[ch]


QUERIES = """python pytest pandas numpy python pip pip pip pytest pyyaml
pillow pydantic python numba pandas pandas plotly pygame pytest python pipenv"""

trie = Trie()
for w in QUERIES.split():
    trie.insert(w)
print(f"{len(trie)} distinct words, root fan-out {sorted(trie.root.children)}")
for prefix in ["py", "p", "pa", "pip", "num", "z", ""]:
    print(f"  {prefix!r:<7} -> {trie.complete(prefix)}")
print("in:", "pandas" in trie, "pan" in trie, "zzz" in trie)
print("all:", ", ".join(f"{w}({c})" for w, c in trie))
trie.delete("pipenv")
trie.delete("pip")
print("after delete:", trie.complete("pi", k=5), len(trie), "pip" in trie)
try:
    trie.delete("pyth")
except KeyError as e:
    print("KeyError", e)


def count_nodes(node):
    return 1 + sum(count_nodes(c) for c in node.children.values())


print("nodes:", count_nodes(trie.root))
longest = max(trie, key=lambda wc: (len(wc[0]), wc[0]))
print("longest:", longest, "| total weight:", sum(c for _, c in trie))
small = Trie(["a", "ab", "abc"])
small.delete("ab")
print(list(small), count_nodes(small.root), small.complete("a", k=10))
