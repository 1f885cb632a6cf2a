from bisect import bisect_left, bisect_right, insort
from typing import List, Tuple

Interval = Tuple[int, int]


def merge(intervals: List[Interval]) -> List[Interval]:
    out: List[Interval] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def total_length(ivs):
    return sum(e - s for s, e in merge(ivs))


def gaps(ivs, lo, hi):
    cur = lo
    for s, e in merge(ivs):
        if s > cur:
            yield (cur, min(s, hi))
        cur = max(cur, e)
    if cur < hi:
        yield (cur, hi)


class IntervalSet:
    def __init__(self):
        self.starts = []
        self.ends = []

    def add(self, s, e):
        ivs = merge(list(zip(self.starts, self.ends)) + [(s, e)])
        self.starts = [a for a, _ in ivs]
        self.ends = [b for _, b in ivs]

    def __contains__(self, x):
        i = bisect_right(self.starts, x) - 1
        return i >= 0 and x < self.ends[i]

    def __len__(self):
        return len(self.starts)

    def __iter__(self):
        return iter(zip(self.starts, self.ends))

    def __repr__(self):
        return "IntervalSet(" + ", ".join(f"[{s},{e})" for s, e in self) + ")"


meetings = [(9, 10), (13, 15), (9, 12), (16, 17), (14, 16), (18, 19), (11, 11)]
print(merge(meetings))
print("busy", total_length(meetings), "free", list(gaps(meetings, 8, 20)))
iset = IntervalSet()
for s, e in [(1, 3), (5, 8), (2, 4), (10, 12), (8, 9)]:
    iset.add(s, e)
    print(f"add [{s},{e}) -> {iset} n={len(iset)}")
print([x for x in range(0, 14) if x in iset])
times = []
for t in [30, 10, 20, 50, 40, 20]:
    insort(times, t)
print(times, bisect_left(times, 20), bisect_right(times, 20), bisect_left(times, 35))
grades = "FDCBA"
print([grades[bisect_right([60, 70, 80, 90], sc)] for sc in [33, 60, 77, 89, 90, 100]])
def to_hhmm(h):
    return f"{int(h):02d}:{int(round((h % 1) * 60)):02d}"
print(", ".join(f"{to_hhmm(s)}-{to_hhmm(e)}" for s, e in merge([(9.5, 10.25), (10, 11.75)])))
overlap = lambda a, b: max(0, min(a[1], b[1]) - max(a[0], b[0]))
pairs = [(a, b, overlap(a, b)) for i, a in enumerate(meetings) for b in meetings[i + 1:] if overlap(a, b)]
print(pairs)
