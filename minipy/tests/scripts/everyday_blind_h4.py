from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import List
class Status(Enum):
    OPEN = auto()
    IN_PROGRESS = auto()
    DONE = auto()
@dataclass(order=True)
class Ticket:
    priority: int
    title: str = field(compare=False)
    status: Status = field(default=Status.OPEN, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    def advance(self):
        members = list(Status)
        i = members.index(self.status)
        if i + 1 < len(members):
            self.status = members[i + 1]
        return self
tickets = [Ticket(2, "login bug", tags=["auth"]), Ticket(1, "crash on start"), Ticket(3, "typo")]
tickets[0].advance().advance()
tickets[1].advance()
for t in sorted(tickets):
    print(t.priority, t.title, t.status.name, t.status.value, t.tags)
print(tickets[2])
print(asdict(tickets[0])["status"], Status.DONE in {t.status for t in tickets}, [s.name for s in Status])
print(Ticket(1, "a") == Ticket(1, "b"), Ticket(1, "a") < Ticket(2, "a"), Status(2), Status["OPEN"])
