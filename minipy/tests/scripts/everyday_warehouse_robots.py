import logging
import sys
from dataclasses import dataclass, field
from collections import deque

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("warehouse")
robot_log = log.getChild("robot")

GRID = [
    "S....#....",
    ".##..#.##.",
    ".#.......#",
    ".#.####...",
    "...#..P...",
]
W, H = len(GRID[0]), len(GRID)


def neighbours(pos):
    x, y = pos
    for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < W and 0 <= ny < H and GRID[ny][nx] != "#":
            yield nx, ny


def shortest(start, goal, blocked=frozenset()):
    q = deque([start])
    prev = {start: None}
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for n in neighbours(cur):
            if n not in prev and n not in blocked:
                prev[n] = cur
                q.append(n)
    if goal not in prev:
        return None
    path = [goal]
    while prev[path[-1]] is not None:
        path.append(prev[path[-1]])
    return path[::-1]


@dataclass
class Robot:
    name: str
    pos: tuple
    battery: int = 30
    carrying: list = field(default_factory=list)
    delivered: int = 0

    def travel(self, goal):
        path = shortest(self.pos, goal)
        if path is None:
            robot_log.error("%s: no route from %s to %s", self.name, self.pos, goal)
            return False
        cost = len(path) - 1
        if cost > self.battery:
            robot_log.warning("%s: battery %d too low for %d steps", self.name, self.battery, cost)
            return False
        self.battery -= cost
        robot_log.debug("%s moved %s -> %s in %d steps", self.name, self.pos, goal, cost)
        self.pos = goal
        return True


orders = [("r1", (6, 4), "widgets"), ("r2", (9, 0), "gears"), ("r1", (0, 4), "bolts"),
          ("r2", (2, 2), "springs"), ("r1", (9, 4), "nuts"), ("r3", (4, 1), "wall")]
robots = {n: Robot(n, (0, 0)) for n in ("r1", "r2", "r3")}
robots["r2"].battery = 12
log.info("grid %dx%d, %d robots, %d orders", W, H, len(robots), len(orders))
for name, target, item in orders:
    bot = robots[name]
    if GRID[target[1]][target[0]] == "#":
        log.error("order for %s targets a wall at %s", item, target)
        continue
    if bot.travel(target):
        bot.carrying.append(item)
        if bot.travel((0, 0)):
            bot.delivered += 1
            log.info("%s delivered %s (battery %d)", name, item, bot.battery)
    else:
        log.warning("order %s for %s skipped", item, name)

log.setLevel(logging.INFO)
robot_log.debug("this debug line is hidden")
for bot in robots.values():
    log.info("%-3s delivered=%d battery=%2d carrying=%s", bot.name, bot.delivered, bot.battery, bot.carrying)
path = shortest((0, 0), (6, 4))
canvas = [list(r) for r in GRID]
for x, y in path[1:-1]:
    canvas[y][x] = "*"
print("\n".join("".join(r) for r in canvas))
print("steps:", len(path) - 1)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("caught a problem")
logging.getLogger("other").critical("done %s", "ok")
