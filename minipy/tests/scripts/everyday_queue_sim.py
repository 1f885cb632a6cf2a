import random
from collections import deque
from dataclasses import dataclass
from statistics import mean


@dataclass
class Customer:
    id: int
    arrival: int
    service: int
    start: int = -1

    @property
    def wait(self):
        return self.start - self.arrival


def simulate(arrivals, tellers):
    queue = deque()
    busy_until = [0] * tellers
    served = []
    pending = deque(arrivals)
    t = 0
    max_q = 0
    while pending or queue or any(b > t for b in busy_until):
        while pending and pending[0].arrival <= t:
            queue.append(pending.popleft())
        for i in range(tellers):
            if busy_until[i] <= t and queue:
                c = queue.popleft()
                c.start = t
                busy_until[i] = t + c.service
                served.append(c)
        max_q = max(max_q, len(queue))
        t += 1
    return served, max_q, t


# deterministic arrivals (pattern based, not random values)
arrivals = [Customer(i, (i * 7) // 3, 2 + (i * 5) % 6) for i in range(25)]
for tellers in (1, 2, 3, 4):
    custs = [Customer(c.id, c.arrival, c.service) for c in arrivals]
    served, max_q, end = simulate(custs, tellers)
    waits = [c.wait for c in served]
    print(f"tellers={tellers} served={len(served)} avg_wait={mean(waits):6.2f} "
          f"max_wait={max(waits):3} max_queue={max_q:2} end={end}")
served, _, _ = simulate([Customer(c.id, c.arrival, c.service) for c in arrivals], 2)
print([(c.id, c.wait) for c in sorted(served, key=lambda c: (-c.wait, c.id))[:5]])
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq.index(1), list(reversed(dq))[:2])
dq.extendleft([10, 11])
print(dq, dq.count(10), 3 in dq)
random.seed(7)
rs = [Customer(i, i * 2, random.randint(1, 4)) for i in range(100)]
s, mq, e = simulate(rs, 3)
print(len(s), all(c.wait >= 0 for c in s), all(1 <= c.service <= 4 for c in rs))
first_served = [c.id for c in s[:6]]
print(first_served == sorted(first_served))
