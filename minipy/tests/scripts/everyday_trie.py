from collections import defaultdict
from typing import Iterator, Optional


class TrieNode:
    __slots__ = ("children", "count", "end")

    def __init__(self):
        self.children: dict[str, "TrieNode"] = {}
        self.count = 0
        self.end = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.end:
            self.size += 1
        node.end += 1

    def _find(self, prefix) -> Optional[TrieNode]:
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        n = self._find(word)
        return bool(n and n.end)

    def __len__(self):
        return self.size

    def _walk(self, node, prefix) -> Iterator[tuple]:
        if node.end:
            yield prefix, node.end
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        if not node:
            return []
        found = sorted(self._walk(node, prefix), key=lambda t: (-t[1], t[0]))
        return [w for w, _ in found[:limit]]

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.end:
            (ch, node), = node.children.items()
            out.append(ch)
        return "".join(out)


text = """the quick brown fox then thought that the theory of these things
then the fox threw three thin things to the thrush""".split()
t = Trie(text)
print(len(t), len(text), "fox" in t, "fo" in t, "thin" in t)
for p in ["th", "the", "thr", "q", "z", ""]:
    print(f"{p!r:6} -> {t.complete(p, limit=4)}")
print(t._find("th").count, t._find("the").count)
print(Trie(["interview", "internet", "interval", "internal"]).longest_common_prefix())
print(repr(Trie(["a", "b"]).longest_common_prefix()))
index = defaultdict(set)
for i, w in enumerate(text):
    index[w[0]].add(i)
print({k: sorted(v)[:3] for k, v in sorted(index.items()) if len(v) > 1})
words_by_len = sorted(set(text), key=lambda w: (len(w), w))
print(words_by_len[:5], words_by_len[-3:])
try:
    TrieNode().extra = 1
except AttributeError:
    print("no extra attrs")
