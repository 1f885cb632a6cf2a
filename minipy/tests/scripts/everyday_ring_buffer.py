from collections import deque
from statistics import mean, median, pstdev

class RingBuffer:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self._data = [None] * capacity
        self._start = 0
        self._count = 0

    @property
    def capacity(self):
        return len(self._data)

    def append(self, x):
        end = (self._start + self._count) % self.capacity
        self._data[end] = x
        if self._count == self.capacity:
            self._start = (self._start + 1) % self.capacity
        else:
            self._count += 1

    def __len__(self):
        return self._count

    def __iter__(self):
        for i in range(self._count):
            yield self._data[(self._start + i) % self.capacity]

    def __getitem__(self, i):
        if not -self._count <= i < self._count:
            raise IndexError(i)
        return self._data[(self._start + i % self._count) % self.capacity]

    def __repr__(self):
        return f"{self.__class__.__name__}({list(self)}, capacity={self.capacity})"

    def is_full(self):
        return self._count == self.capacity

rb = RingBuffer(4)
dq = deque(maxlen=4)
for x in range(1, 11):
    rb.append(x * x)
    dq.append(x * x)
    if x % 3 == 0:
        print(f"after {x:>2}: {rb!r} full={rb.is_full()}")
print(list(rb) == list(dq), rb[0], rb[-1], rb[-4])
try:
    rb[4]
except IndexError as e:
    print("IndexError", e)
try:
    RingBuffer(0)
except ValueError as e:
    print(e)

readings = [12.5, 13.0, 12.8, 30.2, 13.1, 12.9, 13.3, 12.7, 2.0, 13.0]
window = RingBuffer(3)
for r in readings:
    window.append(r)
    vals = list(window)
    flag = " <-- spike" if len(vals) == 3 and abs(r - median(vals)) > 5 else ""
    print(f"{r:5.1f} mean={mean(vals):6.2f} median={median(vals):5.1f} sd={pstdev(vals):5.2f}{flag}")
dq.rotate(1)
print(dq, dq.maxlen)
dq.appendleft(0)
print(dq, dq.index(16) if 16 in dq else -1)
d2 = deque("abcde")
d2.rotate(-2)
print("".join(d2), d2.pop(), d2.popleft(), d2)
