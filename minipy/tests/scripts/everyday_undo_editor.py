import copy
from dataclasses import dataclass, field
from typing import Protocol

@dataclass
class Document:
    lines: list = field(default_factory=list)
    meta: dict = field(default_factory=lambda: {"title": "untitled", "tags": []})

class Command(Protocol):
    def do(self, doc: Document) -> None: ...
    def undo(self, doc: Document) -> None: ...

class Insert:
    def __init__(self, index, text):
        self.index, self.text = index, text
    def do(self, doc):
        doc.lines.insert(self.index, self.text)

    def undo(self, doc):
        del doc.lines[self.index]

    __repr__ = lambda self: f"Insert({self.index}, {self.text!r})"

class Replace:
    def __init__(self, index, text):
        self.index, self.text, self.old = index, text, None

    def do(self, doc):
        self.old = doc.lines[self.index]
        doc.lines[self.index] = self.text

    def undo(self, doc):
        doc.lines[self.index] = self.old

    __repr__ = lambda self: f"Replace({self.index}, {self.text!r})"

class Snapshot:
    """Fallback command: deep-copies whole document."""

    def __init__(self, fn, label):
        self.fn, self.label, self.before = fn, label, None

    def do(self, doc):
        self.before = copy.deepcopy(doc)
        self.fn(doc)

    def undo(self, doc):
        doc.lines, doc.meta = self.before.lines, self.before.meta

    __repr__ = lambda self: f"Snapshot({self.label})"

class Editor:
    def __init__(self):
        self.doc = Document()
        self.undo_stack: list = []
        self.redo_stack: list = []

    def run(self, cmd: Command):
        cmd.do(self.doc)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        cmd = self.undo_stack.pop()
        cmd.undo(self.doc)
        self.redo_stack.append(cmd)
        return cmd

    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.do(self.doc)
        self.undo_stack.append(cmd)
        return cmd

    def show(self, label):
        print(f"[{label}] {self.doc.meta['title']} {self.doc.meta['tags']} -> {self.doc.lines}")

ed = Editor()
ed.run(Insert(0, "hello"))
ed.run(Insert(1, "world"))
ed.run(Replace(0, "Hello,"))
ed.show("edits")

def retitle(doc):
    doc.meta["title"] = "Greeting"
    doc.meta["tags"].append("draft")
    doc.lines = [l.upper() for l in doc.lines]

ed.run(Snapshot(retitle, "retitle+upper"))
ed.show("snapshot")
print("undo", ed.undo()); ed.show("after undo")
print("undo", ed.undo()); ed.show("after undo")
print("redo", ed.redo()); ed.show("after redo")
ed.run(Insert(2, "!"))
ed.show("new branch")
print("redo available:", len(ed.redo_stack))
while True:
    try:
        ed.undo()
    except IndexError as e:
        print("stop:", e)
        break
ed.show("all undone")

a = {"k": [1, [2, 3]], "t": (4, [5])}
shallow, deep = copy.copy(a), copy.deepcopy(a)
a["k"][1].append(99)
a["t"][1].append(6)
print(shallow["k"], deep["k"], shallow["t"], deep["t"], shallow is a, shallow["k"] is a["k"])
d1 = Document(["x"])
d2 = copy.deepcopy(d1)
d2.meta["tags"].append("copy")
print(d1, d2, d1 == copy.copy(d1))
