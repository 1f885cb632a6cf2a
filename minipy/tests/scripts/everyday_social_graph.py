from collections import defaultdict, deque
from typing import Iterator


class SocialGraph:
    def __init__(self) -> None:
        self.adj: dict[str, set[str]] = defaultdict(set)

    def befriend(self, a: str, b: str) -> None:
        if a == b:
            raise ValueError("cannot befriend yourself")
        self.adj[a].add(b)
        self.adj[b].add(a)

    def people(self) -> list[str]:
        return sorted(self.adj)

    def friends(self, p: str) -> list[str]:
        return sorted(self.adj.get(p, ()))

    def distance(self, start: str, goal: str) -> tuple[int, list[str]] | None:
        if start not in self.adj or goal not in self.adj:
            return None
        prev = {start: None}
        queue = deque([start])
        while queue:
            cur = queue.popleft()
            if cur == goal:
                path = []
                while cur is not None:
                    path.append(cur)
                    cur = prev[cur]
                return len(path) - 1, path[::-1]
            for nxt in sorted(self.adj[cur]):
                if nxt not in prev:
                    prev[nxt] = cur
                    queue.append(nxt)
        return None

    def components(self) -> Iterator[list[str]]:
        seen = set()
        for p in self.people():
            if p in seen:
                continue
            stack, comp = [p], []
            seen.add(p)
            while stack:
                cur = stack.pop()
                comp.append(cur)
                for n in self.adj[cur]:
                    if n not in seen:
                        seen.add(n)
                        stack.append(n)
            yield sorted(comp)

    def suggestions(self, p: str, limit: int = 3) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for f in self.adj[p]:
            for ff in self.adj[f]:
                if ff != p and ff not in self.adj[p]:
                    counts[ff] = counts.get(ff, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


edges = """ann-bob bob-cat cat-dan dan-eve ann-fay fay-cat gus-hal
hal-ivy eve-joe bob-fay joe-kim kim-dan ann-ann lou-lou"""

g = SocialGraph()
for pair in edges.split():
    a, b = pair.split("-")
    try:
        g.befriend(a, b)
    except ValueError as e:
        print(f"skip {pair}: {e}")

print("people:", ", ".join(g.people()))
for p in g.people():
    fs = g.friends(p)
    print(f"  {p:<4}{len(fs)} friend{'s' if len(fs) != 1 else ''}: {' '.join(fs)}")

for a, b in [("ann", "joe"), ("gus", "ivy"), ("ann", "gus"), ("kim", "kim"), ("zed", "ann")]:
    res = g.distance(a, b)
    if res is None:
        print(f"{a} -> {b}: unreachable")
    else:
        d, path = res
        print(f"{a} -> {b}: {d} hops via {' > '.join(path)}")

comps = list(g.components())
print("components:", len(comps), [len(c) for c in comps])
for c in comps:
    print("  ", c)
print("suggest for ann:", g.suggestions("ann"))
print("suggest for eve:", g.suggestions("eve", limit=2))
degree = {p: len(g.adj[p]) for p in g.people()}
most = max(degree.items(), key=lambda kv: (kv[1], kv[0]))
print("most connected:", most, "avg degree:", f"{sum(degree.values()) / len(degree):.3f}")
print(sorted(g.adj["cat"] & g.adj["ann"]), sorted(g.adj["dan"] | g.adj["joe"]), sorted(g.adj["bob"] - {"ann"}))
