from dataclasses import dataclass, field


@dataclass
class Room:
    name: str
    description: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    locked: dict = field(default_factory=dict)  # direction -> key item


class Game:
    def __init__(self):
        self.rooms = {}
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.over = False

    def add(self, room):
        self.rooms[room.name] = room
        return room

    def connect(self, a, direction, b, back):
        self.rooms[a].exits[direction] = b
        self.rooms[b].exits[back] = a

    def start(self, name):
        self.here = self.rooms[name]

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        self.moves += 1
        match words:
            case ["look"]:
                items = ", ".join(self.here.items) or "nothing"
                exits = " ".join(sorted(self.here.exits))
                return f"{self.here.name}: {self.here.description} You see {items}. Exits: {exits}"
            case ["go", direction] | [("n" | "s" | "e" | "w") as direction]:
                direction = {"n": "north", "s": "south", "e": "east", "w": "west"}.get(direction, direction)
                if direction not in self.here.exits:
                    return "You can't go that way."
                key = self.here.locked.get(direction)
                if key and key not in self.inventory:
                    return f"The way {direction} is locked."
                self.here = self.rooms[self.here.exits[direction]]
                return f"You enter the {self.here.name}."
            case ["take", item]:
                if item in self.here.items:
                    self.here.items.remove(item)
                    self.inventory.append(item)
                    self.score += 10
                    return f"Taken: {item}."
                return f"No {item} here."
            case ["drop", item] if item in self.inventory:
                self.inventory.remove(item)
                self.here.items.append(item)
                return f"Dropped {item}."
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case ["quit"]:
                self.over = True
                return "Bye."
            case [verb, *rest]:
                return f"I don't know how to {verb} {' '.join(rest)}".rstrip() + "."


g = Game()
g.add(Room("hall", "A dusty hall.", items=["lamp"]))
g.add(Room("kitchen", "Smells of old bread.", items=["knife", "key"]))
g.add(Room("vault", "Gold glitters everywhere.", items=["gold"]))
g.add(Room("garden", "Overgrown and quiet."))
g.connect("hall", "east", "kitchen", "west")
g.connect("hall", "north", "vault", "south")
g.connect("kitchen", "south", "garden", "north")
g.rooms["hall"].locked["north"] = "key"
g.start("hall")

script = """look
take lamp
n
e
take key
look
drop lamp
drop sword
s
dance wildly
w
n
w
go north
take gold
i

quit"""

for line in script.splitlines():
    print(f"> {line}")
    print("  " + g.handle(line))
    if g.over:
        break
print(f"moves={g.moves} score={g.score} room={g.here.name}")
print(sorted((r.name, len(r.items)) for r in g.rooms.values()))
