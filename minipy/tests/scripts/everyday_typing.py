# An annotated script: generics, NamedTuple, TypedDict, Protocol and the reprs typing prints.
from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Literal, NamedTuple,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, cast, overload)
import types

T = TypeVar("T")
Mode = Literal["r", "w"]


class Pair(NamedTuple):
    left: int
    right: int = 0

    def total(self) -> int:
        return self.left + self.right


class Config(TypedDict):
    name: str
    retries: int


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, fn: Callable[[T], Any]) -> "Box[Any]":
        return Box(fn(self.item))


class Named(Protocol):
    name: str


def first(xs: Iterable[T], default: Optional[T] = None) -> Optional[T]:
    for x in xs:
        return x
    return default


def count_up(n: int) -> Iterator[int]:
    yield from range(n)


def describe(x: Union[int, str, None]) -> str:
    return f"{type(x).__name__}:{x}"


pairs: List[Pair] = [Pair(1, 2), Pair(5)]
print(pairs, [p.total() for p in pairs], pairs[1]._replace(right=7))
cfg: Config = Config(name="svc", retries=3)
print(cfg, type(cfg).__name__)
print(Box(20).map(lambda v: v * 2).item, Box[int], first([]), first("abc"), list(count_up(3)))
print(describe(3), describe(None), cast(str, 5), first.__annotations__["return"])
print(Optional[int], Union[int, str], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str])
print(int | None, list[int], dict[str, tuple[int, ...]], Mode, T)
ns = types.SimpleNamespace(host="localhost", port=8080)
ns.debug = True
print(ns, ns.port, isinstance(describe, types.FunctionType))
scores: Dict[str, int] = {}
for word in "the cat the hat".split():
    scores[word] = scores.get(word, 0) + 1
print(scores, describe.__annotations__)
