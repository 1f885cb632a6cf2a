from collections import deque

queue = deque()
arrivals = [(0, "a"), (1, "b"), (1, "c"), (4, "d"), (5, "e"), (5, "f")]
service_time = 2
clock = 0
served = []
i = 0
while i < len(arrivals) or queue:
    while i < len(arrivals) and arrivals[i][0] <= clock:
        queue.append(arrivals[i])
        i += 1
    if queue:
        t, name = queue.popleft()
        served.append((name, clock - t))
        clock += service_time
    else:
        clock = arrivals[i][0]
print(served)
print("avg wait", sum(w for _, w in served) / len(served))

window = deque(maxlen=3)
for x in [1, 5, 2, 8, 3, 9, 4]:
    window.append(x)
    print(list(window), sum(window) / len(window))

d = deque("abcde")
d.rotate(2)
print(d, d[0], d[-1])
d.rotate(-3)
print("".join(d))
d.appendleft("z")
d.extend("xy")
d.extendleft([1, 2])
print(d, len(d), d.count("x"))
print(d.pop(), d.popleft())
d.remove("z")
print(d, "c" in d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

def bfs(grid, start):
    rows, cols = len(grid), len(grid[0])
    seen = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen[(nr, nc)] = seen[(r, c)] + 1
                q.append((nr, nc))
    return seen

grid = ["..#.", ".##.", "....", "#..."]
dists = bfs(grid, (0, 0))
print(dists.get((0, 3)), dists.get((3, 3)), len(dists))
