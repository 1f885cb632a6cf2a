import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum


class Priority(IntEnum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    CRITICAL = 0


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    priority: Priority
    name: str
    duration: int = field(compare=False, default=1)

    def __post_init__(self):
        self.sort_key = (self.priority, self.name)


class Scheduler:
    def __init__(self, workers: int):
        self.workers = workers
        self.queue = []
        self.counter = itertools.count()

    def submit(self, *tasks: Task):
        for t in tasks:
            heapq.heappush(self.queue, (t.priority, next(self.counter), t))

    def run(self):
        free_at = [(0, w) for w in range(self.workers)]
        heapq.heapify(free_at)
        log = []
        while self.queue:
            _, seq, task = heapq.heappop(self.queue)
            t, w = heapq.heappop(free_at)
            log.append((t, w, task))
            heapq.heappush(free_at, (t + task.duration, w))
        return log, max(t for t, _ in free_at)


s = Scheduler(2)
s.submit(Task(Priority.LOW, "cleanup", 2), Task(Priority.HIGH, "deploy", 3),
         Task(Priority.CRITICAL, "hotfix", 1), Task(Priority.NORMAL, "review", 2),
         Task(Priority.HIGH, "build", 4), Task(Priority.NORMAL, "docs"))
log, makespan = s.run()
for start, worker, task in log:
    print(f"t={start:>2} w{worker} {task.priority.name:<8} {task.name:<8} ({task.duration}u)")
print("makespan", makespan)
print(sorted([Task(Priority.LOW, "b"), Task(Priority.HIGH, "z"), Task(Priority.HIGH, "a")]))
print(Priority.HIGH < Priority.LOW, Priority(2), int(Priority.CRITICAL), Priority["LOW"] + 1)
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, ["pear", "fig", "apple"], key=len))
merged = list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9]))
print(merged)
by_pri = {p.name: [t.name for _, w, t in log if t.priority == p] for p in Priority}
print(by_pri)
