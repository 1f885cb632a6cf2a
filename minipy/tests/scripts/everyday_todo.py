class Todo:
    _next_id = 1

    def __init__(self, title, priority=2, tags=()):
        self.id = Todo._next_id
        Todo._next_id += 1
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False

    def __repr__(self):
        mark = "x" if self.done else " "
        tags = ",".join(sorted(self.tags))
        return f"[{mark}] #{self.id} {self.title} (p{self.priority}{'; ' + tags if tags else ''})"


class TodoList:
    def __init__(self):
        self.items = []

    def add(self, *args, **kwargs):
        t = Todo(*args, **kwargs)
        self.items.append(t)
        return t.id

    def complete(self, id_):
        for t in self.items:
            if t.id == id_:
                t.done = True
                return t
        raise LookupError(f"no todo #{id_}")

    def pending(self, tag=None):
        return [t for t in self.items if not t.done and (tag is None or tag in t.tags)]

    def report(self):
        done = sum(t.done for t in self.items)
        pct = done / len(self.items) if self.items else 0
        return f"{done}/{len(self.items)} done ({pct:.0%})"


todos = TodoList()
todos.add("buy milk", tags=["home", "shop"])
todos.add("write report", 1, ("work",))
todos.add("call mom", priority=1, tags={"home"})
todos.add("fix bike")
todos.complete(1)
for t in sorted(todos.items, key=lambda t: (t.done, t.priority, t.title)):
    print(t)
print(todos.pending("home"))
print(todos.report())
try:
    todos.complete(99)
except LookupError as e:
    print("LookupError:", e)
tag_counts = {}
for t in todos.items:
    for tag in t.tags:
        tag_counts[tag] = tag_counts.get(tag, 0) + 1
print(sorted(tag_counts.items()))
print(*[t.id for t in todos.pending()], sep=", ")
print("%-12s|%5s|" % ("title", "prio"), "%s has %d items" % ("list", len(todos.items)))
