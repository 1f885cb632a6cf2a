"""A mini query language: tokenize, parse to AST, and filter records."""
import re
from dataclasses import dataclass
from typing import Union
TOKEN_RE = re.compile(r"""
    \s*(?:
      (?P<num>\d+(?:\.\d+)?)
     |(?P<str>"[^"]*")
     |(?P<op>>=|<=|!=|==|>|<|\(|\))
     |(?P<word>[A-Za-z_][A-Za-z_0-9]*)
    )""", re.VERBOSE)

def tokenize(text):
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad input at {pos}: {text[pos:]!r}")
        kind = m.lastgroup
        val = m.group(kind)
        if kind == "word" and val.upper() in ("AND", "OR", "NOT"):
            kind, val = "kw", val.upper()
        yield kind, val
        pos = m.end()

@dataclass
class Cmp:
    field: str
    op: str
    value: Union[float, str]

@dataclass
class BoolOp:
    op: str
    left: object
    right: object = None

class Parser:
    def __init__(self, text):
        self.toks = list(tokenize(text))
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self):
        node = self.or_expr()
        if self.i != len(self.toks):
            raise SyntaxError(f"trailing tokens: {self.toks[self.i:]}")
        return node

    def or_expr(self):
        node = self.and_expr()
        while self.peek() == ("kw", "OR"):
            self.take()
            node = BoolOp("OR", node, self.and_expr())
        return node

    def and_expr(self):
        node = self.not_expr()
        while self.peek() == ("kw", "AND"):
            self.take()
            node = BoolOp("AND", node, self.not_expr())
        return node

    def not_expr(self):
        if self.peek() == ("kw", "NOT"):
            self.take()
            return BoolOp("NOT", self.not_expr())
        if self.peek() == ("op", "("):
            self.take()
            node = self.or_expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return node
        kind, name = self.take()
        if kind != "word":
            raise SyntaxError(f"expected field name, got {name!r}")
        _, op = self.take()
        vkind, raw = self.take()
        value = float(raw) if vkind == "num" else raw.strip('"') if vkind == "str" else None
        if value is None:
            raise SyntaxError(f"expected value after {name} {op}")
        return Cmp(name, op, value)

OPS = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a > b,
       "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b}

def evaluate(node, rec):
    match node:
        case Cmp(field=f, op=op, value=v):
            return OPS[op](rec.get(f), v)
        case BoolOp(op="NOT", left=x):
            return not evaluate(x, rec)
        case BoolOp(op="AND", left=l, right=r):
            return evaluate(l, rec) and evaluate(r, rec)
        case BoolOp(op="OR", left=l, right=r):
            return evaluate(l, rec) or evaluate(r, rec)
    raise TypeError(node)

PEOPLE = [
    {"name": "ada", "age": 36, "city": "London"}, {"name": "alan", "age": 41, "city": "Wilmslow"},
    {"name": "grace", "age": 85, "city": "Arlington"}, {"name": "linus", "age": 21, "city": "Helsinki"},
]
queries = ['age > 30 AND city != "London"', 'NOT (age >= 40) OR name == "grace"',
           'city == "Helsinki" and age < 22.5', 'age >', 'age > 3 # x', '(age < 50']
for q in queries:
    try:
        tree = Parser(q).parse()
        hits = [p["name"] for p in PEOPLE if evaluate(tree, p)]
        print(f"{q:<40} -> {hits}")
    except SyntaxError as e:
        print(f"{q:<40} !! {e}")
print(Parser('NOT a == 1 OR b == "x"').parse())
