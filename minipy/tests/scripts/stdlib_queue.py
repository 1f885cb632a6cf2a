import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

q = Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(3)], q.qsize())
q.put_nowait("x")
print(q.get_nowait(), q.get(), q.get(block=False))
try:
    q.get_nowait()
except Empty as e:
    print("Empty", repr(e), type(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

b = Queue(maxsize=2)
b.put(1)
b.put(2, block=False)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except Full as e:
    print("Full", repr(e), type(e))
try:
    b.put(3, timeout=0.01)
except Full:
    print("Full after timeout")
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print(e)

# task accounting
t = Queue()
for w in ["a", "b"]:
    t.put(w)
print(t.unfinished_tasks)
while not t.empty():
    print("work", t.get())
    t.task_done()
t.join()
print("joined")
try:
    t.task_done()
except ValueError as e:
    print(e)

l = LifoQueue()
for i in range(4):
    l.put(i)
print([l.get() for _ in range(4)])

p = PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    p.put(item)
out = []
while not p.empty():
    out.append(p.get())
print(out)

s = SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(block=False)
except Empty:
    print("simple empty")
print(Queue[int], issubclass(LifoQueue, Queue), Empty.__module__, SimpleQueue.__name__)
