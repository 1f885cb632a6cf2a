"""Shortest routes between cities with Dijkstra, plus BFS hop counts."""
import heapq
from collections import defaultdict, deque
from math import inf

ROADS = """
Amsterdam Brussels 210
Amsterdam Hamburg 460
Brussels Paris 310
Brussels Cologne 210
Cologne Hamburg 430
Cologne Frankfurt 190
Frankfurt Munich 390
Paris Lyon 460
Lyon Geneva 150
Geneva Zurich 280
Zurich Munich 310
Hamburg Berlin 290
Berlin Prague 350
Prague Munich 380
Frankfurt Zurich 420
"""


def load(text):
    graph = defaultdict(dict)
    for line in text.strip().splitlines():
        a, b, km = line.split()
        graph[a][b] = graph[b][a] = int(km)
    return graph


def dijkstra(graph, src):
    dist = {n: inf for n in graph}
    prev = {}
    dist[src] = 0
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def hops(graph, src):
    seen = {src: 0}
    q = deque([src])
    while q:
        cur = q.popleft()
        for nxt in sorted(graph[cur]):
            if nxt not in seen:
                seen[nxt] = seen[cur] + 1
                q.append(nxt)
    return seen


g = load(ROADS)
print(f"{len(g)} cities, {sum(len(v) for v in g.values()) // 2} roads")
dist, prev = dijkstra(g, "Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    route = " > ".join(path_to(prev, city))
    print(f"{city:<10} {dist[city]:>5,} km  {route}")

h = hops(g, "Paris")
by_hops = defaultdict(list)
for city, n in h.items():
    by_hops[n].append(city)
for n in sorted(by_hops):
    print(f"{n} hop(s) from Paris: {', '.join(sorted(by_hops[n]))}")

# all-pairs: the most distant pair by road
far = max(((a, b, dijkstra(g, a)[0][b]) for a in g for b in g if a < b), key=lambda t: t[2])
print("Farthest pair: {0} - {1} ({2} km)".format(*far))
top3 = heapq.nsmallest(3, ((w, a, b) for a in g for b, w in g[a].items() if a < b))
print("Shortest roads:", top3)
print("Longest roads:", heapq.nlargest(2, [w for a in g for w in g[a].values()]))
degree = sorted(g, key=lambda c: (-len(g[c]), c))[:3]
print("Hubs:", [(c, len(g[c])) for c in degree])
print("unreachable?", dist.get("Atlantis", inf) == inf, float(inf), -inf < 0)
