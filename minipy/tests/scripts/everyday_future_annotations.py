# A typed tree with forward references, as scripts write it under the annotations future.
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = field(default=None, repr=False, compare=False)

    def add(self, value: int) -> Node:
        child = Node(value, parent=self)
        self.children.append(child)
        return child

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            yield from c.walk()

    def depth(self) -> int:
        return 0 if self.parent is None else 1 + self.parent.depth()


root = Node(1)
a = root.add(2)
a.add(4).add(8)
root.add(3)
print([n.value for n in root.walk()], max(n.depth() for n in root.walk()))
print(root.children[1], Node.__annotations__)
print(Node.add.__annotations__, Node.walk.__annotations__)


def total(nodes: list[Node] | None = None, *, scale: float = 1.0) -> dict[str, float]:
    nodes = nodes or []
    return {"sum": sum(n.value for n in nodes) * scale}


print(total(list(root.walk()), scale=0.5), total.__annotations__)
