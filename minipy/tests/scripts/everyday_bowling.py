class BowlingError(ValueError):
    pass

def parse(rolls_str):
    rolls = []
    for i, ch in enumerate(rolls_str.replace(" ", "")):
        match ch:
            case "X":
                rolls.append(10)
            case "/":
                if not rolls:
                    raise BowlingError("spare at start")
                rolls.append(10 - rolls[-1])
            case "-":
                rolls.append(0)
            case d if d.isdigit():
                rolls.append(int(d))
            case other:
                raise BowlingError(f"bad char {other!r} at {i}")
    return rolls

def score(rolls):
    total, i, frames = 0, 0, []
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game at frame {frame + 1}")
        if rolls[i] == 10:
            total += 10 + sum(rolls[i + 1:i + 3])
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(total)
    return total, frames

games = {
    "perfect": "XXXXXXXXXXXX",
    "gutter": "--------------------",
    "spares": "5/5/5/5/5/5/5/5/5/5/5",
    "mixed": "X 7/ 9- X -8 8/ -6 X X X81",
    "nines": "9-9-9-9-9-9-9-9-9-9-",
    "bad": "X X Q",
    "short": "X X X",
}
for name, s in games.items():
    try:
        total, frames = score(parse(s))
    except BowlingError as e:
        print(f"{name:<8} error: {e}")
    except IndexError:
        print(f"{name:<8} index error")
    else:
        print(f"{name:<8} {total:>3} {frames}")
    finally:
        pass
print(issubclass(BowlingError, Exception), BowlingError.__mro__[1].__name__)
