"""A typed publish/subscribe event bus with priorities, filters and replay."""
from __future__ import annotations
from typing import Protocol, TypeVar, Generic, Callable, NamedTuple, Iterator
from dataclasses import dataclass, field
from collections import defaultdict
import heapq
import itertools

T = TypeVar("T")


class Event(NamedTuple):
    topic: str
    payload: dict
    seq: int


class Handler(Protocol):
    def __call__(self, event: Event) -> None: ...


@dataclass(order=True)
class Subscription:
    priority: int
    order: int
    handler: Callable = field(compare=False)
    predicate: Callable | None = field(default=None, compare=False)


class Bus(Generic[T]):
    def __init__(self):
        self._subs: dict[str, list[Subscription]] = defaultdict(list)
        self._counter = itertools.count()
        self._log: list[Event] = []

    def subscribe(self, topic: str, priority: int = 0, when=None):
        def deco(fn):
            heapq.heappush(self._subs[topic], Subscription(-priority, next(self._counter), fn, when))
            return fn
        return deco

    def publish(self, topic: str, **payload) -> int:
        ev = Event(topic, payload, len(self._log))
        self._log.append(ev)
        delivered = 0
        for key in (topic, topic.split(".")[0] + ".*", "*"):
            for sub in sorted(self._subs.get(key, [])):
                if sub.predicate and not sub.predicate(ev):
                    continue
                try:
                    sub.handler(ev)
                    delivered += 1
                except StopPropagation:
                    return delivered + 1
        return delivered

    def replay(self, topic_prefix: str = "") -> Iterator[Event]:
        return (e for e in self._log if e.topic.startswith(topic_prefix))


class StopPropagation(Exception):
    pass


bus: Bus[Event] = Bus()
audit: list[str] = []


@bus.subscribe("*")
def audit_all(ev):
    audit.append(f"{ev.seq}:{ev.topic}")


@bus.subscribe("user.created", priority=10)
def welcome(ev):
    print(f"  welcome email -> {ev.payload['email']}")


@bus.subscribe("user.*")
def count_users(ev):
    print(f"  user event {ev.topic.split('.')[1]!r} for {ev.payload.get('name', '?')}")


@bus.subscribe("order.placed", priority=5, when=lambda e: e.payload["total"] > 100)
def big_order(ev):
    print(f"  big order alert: {ev.payload['total']:.2f}")


@bus.subscribe("order.placed", priority=99, when=lambda e: e.payload.get("fraud"))
def fraud_check(ev):
    print(f"  FRAUD suspected on order {ev.payload['id']}; stopping")
    raise StopPropagation


@bus.subscribe("order.placed")
def confirm(ev):
    print(f"  order {ev.payload['id']} confirmed")


script = [
    ("user.created", dict(name="ana", email="ana@x.io")),
    ("order.placed", dict(id=1, total=45.0)),
    ("order.placed", dict(id=2, total=250.5)),
    ("user.deleted", dict(name="bob")),
    ("order.placed", dict(id=3, total=999.0, fraud=True)),
    ("system.tick", dict()),
]
for topic, payload in script:
    print(f"publish {topic} {payload}")
    n = bus.publish(topic, **payload)
    print(f"  => {n} handler(s)")

print("audit:", audit)
print("orders replayed:", [e.payload["id"] for e in bus.replay("order.")])
print("last:", list(bus.replay())[-1])
print("subs per topic:", {k: len(v) for k, v in sorted(bus._subs.items())})
print(welcome.__name__, Event("t", {}, 0)._fields, Subscription(1, 2, print) < Subscription(1, 3, len))
