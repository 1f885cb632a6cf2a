import heapq

class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"

heap = []
for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(heap, Task(p, n))
print(heap[0])
order = []
while heap:
    order.append(heapq.heappop(heap).name)
print(order)

class PQ:
    def __init__(self):
        self._heap = []
        self._count = 0
    def push(self, item, priority):
        heapq.heappush(self._heap, (priority, self._count, item))
        self._count += 1
    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty PQ")
        return heapq.heappop(self._heap)[-1]
    def __bool__(self):
        return bool(self._heap)
    def __len__(self):
        return len(self._heap)

q = PQ()
for word in "the quick brown fox jumps".split():
    q.push(word, -len(word))
print(len(q), [q.pop() for _ in range(3)], bool(q))
while q:
    q.pop()
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
nums = [9, 4, 7, 1, 8, 2]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
heapq.heapify(nums)
print(nums[0], sorted(nums))

def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist

g = {"a": [("b", 4), ("c", 1)], "c": [("b", 2), ("d", 7)], "b": [("d", 1)]}
print(sorted(dijkstra(g, "a").items()))
