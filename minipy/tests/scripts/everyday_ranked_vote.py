from collections import Counter
from itertools import groupby

ballots_raw = """
alice>bob>carol
bob>alice
carol>bob>alice
carol>alice
bob>carol>alice
alice>carol
dave>carol>bob
carol>dave
bob>alice>carol
alice>bob
dave>bob
"""

class Election:
    def __init__(self, ballots):
        self.ballots = [b for b in ballots if b]
        self.rounds = []

    @classmethod
    def parse(cls, text):
        return cls([line.strip().split(">") for line in text.strip().splitlines()])

    @staticmethod
    def first_choice(ballot, eliminated):
        return next((c for c in ballot if c not in eliminated), None)

    def run(self):
        eliminated = set()
        while True:
            tally = Counter()
            exhausted = 0
            for b in self.ballots:
                c = self.first_choice(b, eliminated)
                if c is None:
                    exhausted += 1
                else:
                    tally[c] += 1
            active = sum(tally.values())
            self.rounds.append((dict(sorted(tally.items())), exhausted))
            leader, votes = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
            if votes * 2 > active or len(tally) == 1:
                return leader
            low = min(tally.values())
            losers = sorted(c for c, v in tally.items() if v == low)
            eliminated.add(losers[0])

e = Election.parse(ballots_raw)
winner = e.run()
for i, (tally, ex) in enumerate(e.rounds, 1):
    parts = ", ".join(f"{k}={v}" for k, v in tally.items())
    print(f"round {i}: {parts} (exhausted {ex})")
print("winner:", winner)

firsts = sorted(b[0] for b in e.ballots)
for cand, grp in groupby(firsts):
    print(f"{cand:<6}{'#' * len(list(grp))}")
lengths = Counter(map(len, e.ballots))
print(sorted(lengths.items()))
borda = Counter()
for b in e.ballots:
    for pos, c in enumerate(b):
        borda[c] += 3 - pos
print(borda.most_common())
print(Election.first_choice(["x", "y"], {"x"}), Election.first_choice([], set()))
