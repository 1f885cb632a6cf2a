import math
import random
from dataclasses import dataclass, field

@dataclass(order=True)
class Team:
    seed: int
    name: str = field(compare=False)
    rating: int = field(compare=False, repr=False)

def seed_order(n):
    order = [1]
    while len(order) < n:
        size = len(order) * 2
        order = [x for s in order for x in (s, size + 1 - s)]
    return order

def play(a, b, rng):
    p = 1 / (1 + 10 ** ((b.rating - a.rating) / 400))
    rng.random()
    return a if p >= 0.5 else b

teams = [Team(i + 1, n, 1800 - i * 40 + (i % 3) * 70) for i, n in enumerate(
    ["Lions", "Tigers", "Bears", "Wolves", "Hawks", "Sharks", "Eagles", "Bulls"])]
print(seed_order(8))
print(seed_order(4), seed_order(2))
by_seed = {t.seed: t for t in teams}
bracket = [by_seed[s] for s in seed_order(len(teams))]
rng = random.Random(42)
rounds = int(math.log2(len(bracket)))
print("rounds:", rounds)
names = {1: "Final", 2: "Semis", 3: "Quarters"}
while len(bracket) > 1:
    label = names.get(int(math.log2(len(bracket))), "R")
    winners = []
    for a, b in zip(bracket[::2], bracket[1::2]):
        w = play(a, b, rng)
        upset = " UPSET" if w.seed > min(a.seed, b.seed) else ""
        print(f"{label:<9} ({a.seed}){a.name:<7} vs ({b.seed}){b.name:<7} -> {w.name}{upset}")
        winners.append(w)
    bracket = winners
print("Champion:", bracket[0])
print(sorted(teams, reverse=True)[:3])
print(Team(1, "x", 1) == Team(1, "y", 2), Team(1, "a", 0) < Team(2, "b", 0))
print(max(teams, key=lambda t: t.rating).name, min(teams).name)
