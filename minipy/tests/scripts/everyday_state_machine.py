class TrafficLight:
    TRANSITIONS = {
        "red": ("green", 3),
        "green": ("yellow", 2),
        "yellow": ("red", 1),
    }

    def __init__(self):
        self.state = "red"
        self.ticks = 0
        self.log = []

    def tick(self):
        self.ticks += 1
        nxt, dur = self.TRANSITIONS[self.state]
        if self.ticks >= dur:
            self.log.append(f"{self.state}->{nxt}")
            self.state = nxt
            self.ticks = 0

light = TrafficLight()
for _ in range(10):
    light.tick()
print(light.state, light.log)

def parse_number(s):
    state = "start"
    for ch in s:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "error"
        elif state in ("sign", "int"):
            if ch.isdigit():
                state = "int"
            elif ch == "." and state == "int":
                state = "dot"
            else:
                state = "error"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "error"
        if state == "error":
            break
    return state in ("int", "frac")

for s in ["42", "-7", "3.14", "3.", "+", "1a", "", "-0.5"]:
    print(repr(s), parse_number(s))

class Door:
    def __init__(self):
        self.state = "closed"
    def handle(self, event):
        table = {("closed", "open"): "opened", ("opened", "close"): "closed",
                 ("closed", "lock"): "locked", ("locked", "unlock"): "closed"}
        try:
            self.state = table[(self.state, event)]
        except KeyError:
            print(f"  cannot {event} when {self.state}")
        return self.state

d = Door()
print([d.handle(e) for e in ["open", "lock", "close", "lock", "open", "unlock", "open"]])
