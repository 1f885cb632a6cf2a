from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError


class DependencyError(Exception):
    pass


class Resolver:
    def __init__(self):
        self.deps = defaultdict(set)
        self.versions = {}

    def add(self, name, version, *requires):
        self.versions[name] = version
        self.deps[name].update(requires)
        for r in requires:
            self.deps.setdefault(r, set())

    def order(self):
        indeg = {n: 0 for n in self.deps}
        users = defaultdict(list)
        for n, reqs in self.deps.items():
            for r in reqs:
                indeg[n] += 1
                users[r].append(n)
        ready = deque(sorted(n for n, d in indeg.items() if d == 0))
        out = []
        while ready:
            n = ready.popleft()
            out.append(n)
            for u in sorted(users[n]):
                indeg[u] -= 1
                if indeg[u] == 0:
                    ready.append(u)
        if len(out) != len(indeg):
            stuck = sorted(n for n, d in indeg.items() if d > 0)
            raise DependencyError(f"cycle among: {', '.join(stuck)}")
        return out

    def transitive(self, name, seen=None):
        seen = set() if seen is None else seen
        for r in sorted(self.deps[name]):
            if r not in seen:
                seen.add(r)
                self.transitive(r, seen)
        return seen


r = Resolver()
r.add("app", "1.0", "web", "db", "log")
r.add("web", "2.3", "http", "log")
r.add("db", "0.9", "driver", "log")
r.add("http", "1.1", "socket")
r.add("driver", "3.0", "socket")
order = r.order()
print(" -> ".join(order))
for i, name in enumerate(order, 1):
    print(f"{i:2}. {name:<7} v{r.versions.get(name, '?'):<4} needs {sorted(r.deps[name]) or '-'}")
print("app needs:", sorted(r.transitive("app")))
print("leaf pkgs:", [n for n in order if not r.deps[n]])
r.add("socket", "1.0", "app")
try:
    r.order()
except DependencyError as e:
    print("error:", e)
ts = TopologicalSorter({"b": {"a"}, "c": {"b"}, "d": {"a"}})
print(list(ts.static_order())[0], len(list(TopologicalSorter({"x": {"y"}}).static_order())))
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", type(e).__mro__[1].__name__)
levels = {}
for n in Resolver.order.__get__(Resolver())() or []:
    pass
r2 = Resolver()
for n, *reqs in [("a",), ("b", "a"), ("c", "a"), ("d", "b", "c"), ("e", "d")]:
    r2.add(n, "1", *reqs)
for n in r2.order():
    levels[n] = 1 + max((levels[d] for d in r2.deps[n]), default=-1)
print(levels, max(levels.values()))
