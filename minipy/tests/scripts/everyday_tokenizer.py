import re
from enum import Enum, auto
from typing import NamedTuple, Iterator


class Kind(Enum):
    NUMBER = auto()
    NAME = auto()
    OP = auto()
    STRING = auto()
    LPAREN = auto()
    RPAREN = auto()


class Token(NamedTuple):
    kind: Kind
    text: str
    pos: int


SPEC = [
    (Kind.NUMBER, r"\d+(?:\.\d+)?"),
    (Kind.NAME, r"[A-Za-z_]\w*"),
    (Kind.STRING, r'"(?:\\.|[^"\\])*"'),
    (Kind.OP, r"==|!=|<=|>=|[-+*/<>=]"),
    (Kind.LPAREN, r"\("),
    (Kind.RPAREN, r"\)"),
]
MASTER = re.compile("|".join(f"(?P<{k.name}>{p})" for k, p in SPEC) + r"|(?P<WS>\s+)|(?P<BAD>.)")


class TokenizeError(Exception):
    def __init__(self, ch, pos):
        super().__init__(f"bad char {ch!r} at {pos}")
        self.pos = pos


def tokenize(src: str) -> Iterator[Token]:
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise TokenizeError(m.group(), m.start())
        yield Token(Kind[kind], m.group(), m.start())


for src in ['x = 3.14 * (y + 2)', 'name == "a \\"q\\" b" != z', 'a >= 10 / b2', 'oops @ 5']:
    try:
        toks = list(tokenize(src))
        print(" ".join(f"{t.kind.name}:{t.text}" for t in toks))
        counts = {}
        for t in toks:
            counts[t.kind] = counts.get(t.kind, 0) + 1
        print("  ", sorted((k.name, v) for k, v in counts.items()))
    except TokenizeError as e:
        print("error:", e, "pos", e.pos)

t = Token(Kind.NAME, "abc", 0)
print(t, t._asdict()["text"], t._replace(pos=9).pos)
print(Kind.OP, Kind.OP.value, repr(Kind.STRING), list(Kind)[-1].name, len(Kind))
print(re.findall(r"\b\w", "hello big world"), re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1b22c333"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), bool(re.fullmatch(r"[a-z]+", "abc")))
