from dataclasses import dataclass, field


@dataclass
class Room:
    name: str
    desc: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    locked: str | None = None


class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
            "library": Room("library", "Shelves of books.", {"south": "hall"}, ["key", "book"]),
            "kitchen": Room("kitchen", "Smells of bread.", {"west": "hall", "down": "cellar"}, ["bread"]),
            "cellar": Room("cellar", "Dark and damp.", {"up": "kitchen"}, ["treasure"], locked="key"),
        }
        self.here = "hall"
        self.inventory = set()
        self.moves = 0
        self.score = 0

    def do(self, line: str) -> str:
        self.moves += 1
        match line.lower().split():
            case ["look"]:
                r = self.rooms[self.here]
                items = ", ".join(r.items) or "nothing"
                return f"{r.desc} Exits: {', '.join(sorted(r.exits))}. You see: {items}."
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                dest = self.rooms[self.here].exits.get(direction)
                if dest is None:
                    return "You can't go that way."
                room = self.rooms[dest]
                if room.locked and room.locked not in self.inventory:
                    return f"The {dest} is locked."
                self.here = dest
                return f"You enter the {dest}."
            case ["take", *words] if words:
                item = " ".join(words)
                r = self.rooms[self.here]
                if item not in r.items:
                    return f"No {item} here."
                r.items.remove(item)
                self.inventory.add(item)
                self.score += 10 if item != "treasure" else 100
                return f"Taken: {item}."
            case ["drop", item] if item in self.inventory:
                self.inventory.discard(item)
                self.rooms[self.here].items.append(item)
                return f"Dropped {item}."
            case ["inventory" | "i"]:
                return "Carrying: " + (", ".join(sorted(self.inventory)) or "nothing")
            case []:
                self.moves -= 1
                return "Say something."
            case [verb, *_]:
                return f"I don't know how to {verb!r}."


g = Game()
script = ["look", "take lamp", "go north", "look", "take key", "take sword", "south", "east",
          "down", "look", "take treasure", "i", "drop lamp", "look", "", "dance wildly", "go west", "up"]
for cmd in script:
    print(f"> {cmd}")
    print("  " + g.do(cmd))
print(f"score={g.score} moves={g.moves} room={g.here} items={len(g.inventory)}")
print(sorted((r.name, len(r.items)) for r in g.rooms.values()))
