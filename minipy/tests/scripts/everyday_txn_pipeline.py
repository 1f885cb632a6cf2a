from typing import Iterable, Iterator, Callable, TypeVar
from dataclasses import dataclass
from itertools import groupby, accumulate, takewhile, dropwhile, chain, tee, pairwise, count, starmap, compress, filterfalse
from operator import attrgetter, itemgetter
import functools

T = TypeVar("T")

RAW = """2024-01-03|acct-1|deposit|1200.00
2024-01-03|acct-2|deposit|300.00
2024-01-04|acct-1|withdraw|250.75
garbage line
2024-01-05|acct-3|deposit|99.99
2024-01-05|acct-2|withdraw|400.00
2024-01-06|acct-1|fee|2.50
2024-01-06|acct-3|withdraw|-5
2024-01-07|acct-2|deposit|150.25
2024-01-08|acct-1|deposit|75.00"""


@dataclass(frozen=True)
class Txn:
    day: str
    account: str
    kind: str
    amount: float

    @property
    def signed(self) -> float:
        return self.amount if self.kind == "deposit" else -self.amount


def stage(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def wrapper(items, *args, **kwargs):
        stats[fn.__name__] = 0

        def counted():
            for x in fn(items, *args, **kwargs):
                stats[fn.__name__] += 1
                yield x
        return counted()
    return wrapper


stats: dict[str, int] = {}


@stage
def read_lines(text: str) -> Iterator[str]:
    yield from (l.strip() for l in text.splitlines() if l.strip())


@stage
def parse(lines: Iterable[str]) -> Iterator[Txn]:
    for line in lines:
        parts = line.split("|")
        if len(parts) != 4:
            continue
        try:
            yield Txn(parts[0], parts[1], parts[2], float(parts[3]))
        except ValueError:
            pass


@stage
def validate(txns: Iterable[Txn]) -> Iterator[Txn]:
    return (t for t in txns if t.amount > 0)


pipeline = validate(parse(read_lines(RAW)))
txns = list(pipeline)
print("stage counts:", stats)
print("docs kept:", parse.__name__, validate.__wrapped__.__name__)

for acct, group in groupby(sorted(txns, key=attrgetter("account")), key=attrgetter("account")):
    g = list(group)
    running = list(accumulate(t.signed for t in g))
    print(f"{acct}: {len(g)} txns, running {[round(r, 2) for r in running]}")

by_day = {day: round(sum(t.signed for t in grp), 2) for day, grp in groupby(txns, key=attrgetter("day"))}
print("net by day:", by_day)
print("until first withdraw:", [t.amount for t in takewhile(lambda t: t.kind == "deposit", txns)])
print("after:", len(list(dropwhile(lambda t: t.kind == "deposit", txns))))
a, b = tee(t.amount for t in txns)
print("max/min:", max(a), min(b))
print("pairs diff:", [round(y - x, 2) for x, y in pairwise(t.amount for t in txns)][:4])
print("numbered:", list(zip(count(100, 10), (t.kind for t in txns)))[:3])
print("starmap:", list(starmap(pow, [(2, 5), (3, 2)])), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print("not deposits:", [t.kind for t in filterfalse(lambda t: t.kind == "deposit", txns)])
print("chain:", list(chain.from_iterable([[1, 2], [3], []])), list(chain("ab", (1,))))
rows = [(t.account, t.amount) for t in txns]
print("top 3:", sorted(rows, key=itemgetter(1), reverse=True)[:3])
print("total:", functools.reduce(lambda acc, t: acc + t.signed, txns, 0.0))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=10)))
