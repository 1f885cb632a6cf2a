from collections import namedtuple
import math

Point = namedtuple("Point", ["x", "y"])
Segment = namedtuple("Segment", "start end")

def dist(p, q):
    return math.hypot(p.x - q.x, p.y - q.y)

pts = [Point(0, 0), Point(3, 4), Point(-1, 2), Point(5, -2)]
print(pts[1], pts[1].x, pts[1][1], len(pts[1]))
print(Point._fields, pts[1]._asdict())
moved = pts[1]._replace(x=10)
print(moved, moved == Point(10, 4), moved > pts[1])
x, y = pts[2]
print(x, y)
segs = [Segment(a, b) for a, b in zip(pts, pts[1:])]
for s in segs:
    print(f"{s.start} -> {s.end}: {dist(*s):.3f}")
perimeter = sum(dist(a, b) for a, b in zip(pts, pts[1:] + pts[:1]))
print(f"perimeter {perimeter:.4f}")
print(sorted(pts, key=lambda p: (p.y, p.x)))
print(max(pts), min(pts, key=lambda p: dist(p, Point(0, 0))))
centroid = Point(sum(p.x for p in pts) / len(pts), sum(p.y for p in pts) / len(pts))
print(centroid)
print({p: dist(p, centroid) > 3 for p in pts})
print(Point(1, 2) + Point(3, 4), tuple(Point(1, 2)))
area = 0.5 * abs(sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1])))
print("area", area)
