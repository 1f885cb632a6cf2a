# heapq and bisect: heaps keep CPython's item order; bisect with and without key=.
import heapq, bisect, random
h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [4, 1, 7, 3, 7, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
dist = {"a": 0}; pq = [(0, "a")]; g = {"a": [("b", 4), ("c", 1)], "c": [("b", 1)], "b": []}
while pq:
    d, u = heapq.heappop(pq)
    for v, w in g[u]:
        if d + w < dist.get(v, 99):
            dist[v] = d + w
            heapq.heappush(pq, (d + w, v))
print(sorted(dist.items()))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
