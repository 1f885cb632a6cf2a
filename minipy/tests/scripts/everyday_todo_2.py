import json
from datetime import datetime, timedelta

class Task:
    def __init__(self, title, due=None, done=False, priority=2):
        self.title, self.due, self.done, self.priority = title, due, done, priority
    def to_dict(self):
        return {"title": self.title, "due": self.due.isoformat() if self.due else None,
                "done": self.done, "priority": self.priority}
    @classmethod
    def from_dict(cls, d):
        due = datetime.fromisoformat(d["due"]) if d["due"] else None
        return cls(d["title"], due, d["done"], d["priority"])
    def __repr__(self):
        mark = "x" if self.done else " "
        due = self.due.strftime("%Y-%m-%d") if self.due else "-"
        return f"[{mark}] {self.title:<12} p{self.priority} due {due}"

now = datetime(2024, 3, 1, 9, 30)
tasks = [Task("write docs", now + timedelta(days=2)), Task("fix bug", now - timedelta(hours=5), priority=1),
         Task("lunch", done=True, priority=3), Task("review", now + timedelta(weeks=1))]
overdue = [t for t in tasks if t.due and t.due < now and not t.done]
print("overdue:", overdue)
for t in sorted(tasks, key=lambda t: (t.done, t.priority, t.due or datetime.max)):
    print(t)
blob = json.dumps([t.to_dict() for t in tasks])
again = [Task.from_dict(d) for d in json.loads(blob)]
print(len(blob), [repr(a) == repr(b) for a, b in zip(tasks, again)])
print((tasks[3].due - tasks[1].due), (tasks[3].due - now).days, now.strftime("%H:%M on %A"))
