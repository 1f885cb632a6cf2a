"""Round-robin tournament: schedule, results and standings table."""
from itertools import combinations
from collections import Counter, namedtuple
from functools import total_ordering
import operator

Match = namedtuple("Match", "home away hg ag")

TEAMS = ["Lions", "Tigers", "Bears", "Wolves", "Eagles"]

def round_robin(teams):
    teams = list(teams)
    if len(teams) % 2:
        teams.append(None)
    n = len(teams)
    rounds = []
    for r in range(n - 1):
        pairs = []
        for i in range(n // 2):
            a, b = teams[i], teams[n - 1 - i]
            if a is not None and b is not None:
                pairs.append((a, b) if r % 2 == 0 else (b, a))
        rounds.append(pairs)
        teams = [teams[0]] + [teams[-1]] + teams[1:-1]
    return rounds

def fake_score(a, b):
    # deterministic "result" from team names
    ha = sum(map(ord, a)) % 5
    hb = (sum(map(ord, b)) * 3) % 4
    return ha, hb

@total_ordering
class Row:
    def __init__(self, name):
        self.name = name
        self.w = self.d = self.l = self.gf = self.ga = 0

    @property
    def pts(self):
        return 3 * self.w + self.d

    @property
    def gd(self):
        return self.gf - self.ga

    def key(self):
        return (self.pts, self.gd, self.gf, [-ord(c) for c in self.name])

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"Row({self.name!r}, pts={self.pts})"

schedule = round_robin(TEAMS)
matches = []
for rnd, pairs in enumerate(schedule, start=1):
    print(f"Round {rnd}: " + ", ".join(f"{h} v {a}" for h, a in pairs))
    for h, a in pairs:
        matches.append(Match(h, a, *fake_score(h, a)))

table = {t: Row(t) for t in TEAMS}
for m in matches:
    H, A = table[m.home], table[m.away]
    H.gf += m.hg; H.ga += m.ag
    A.gf += m.ag; A.ga += m.hg
    if m.hg > m.ag:
        H.w += 1; A.l += 1
    elif m.hg < m.ag:
        A.w += 1; H.l += 1
    else:
        H.d += 1; A.d += 1

print()
print(f"{'#':>2} {'Team':<8}{'W':>3}{'D':>3}{'L':>3}{'GF':>4}{'GA':>4}{'GD':>5}{'Pts':>5}")
for pos, row in enumerate(sorted(table.values(), reverse=True), 1):
    print(f"{pos:>2} {row.name:<8}{row.w:>3}{row.d:>3}{row.l:>3}{row.gf:>4}{row.ga:>4}{row.gd:>+5}{row.pts:>5}")

results = Counter("home" if m.hg > m.ag else "away" if m.hg < m.ag else "draw" for m in matches)
print("\nOutcomes:", dict(sorted(results.items())))
biggest = max(matches, key=lambda m: (abs(m.hg - m.ag), m.hg + m.ag))
print(f"Biggest margin: {biggest.home} {biggest.hg}-{biggest.ag} {biggest.away}")
total = sum(map(operator.attrgetter("hg"), matches)) + sum(m.ag for m in matches)
print(f"Goals: {total} in {len(matches)} games ({total / len(matches):.2f} per game)")
print("All pairs played once:", len(matches) == len(list(combinations(TEAMS, 2))))
leader = max(table.values())
print("Leader:", leader, "| ties with second?", leader == sorted(table.values())[-2])
print(matches[0])
print(matches[0]._asdict())
print(matches[0]._replace(hg=9))
