"""Expression calculator: tokenizer with re, recursive-descent parser, AST via match, variables."""
import math
import operator
import re
from dataclasses import dataclass
from typing import Union

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Node"
    right: "Node"


@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple


Node = Union[Num, Var, BinOp, Call]


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad char {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        out.append(("num", float(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    return out


class Parser:
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("eof", None)

    def take(self, value=None):
        tok = self.peek()
        if value is not None and tok[1] != value:
            raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")
        self.i += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            node = BinOp(self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            node = BinOp(self.take()[1], node, self.factor())
        return node

    def factor(self):
        base = self.unary()
        if self.peek()[1] in ("^", "**"):
            self.take()
            return BinOp("^", base, self.factor())
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return BinOp("-", Num(0.0), self.unary())
        kind, val = self.take()
        match kind, val:
            case "num", v:
                return Num(v)
            case "name", n if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return Call(n, tuple(args))
            case "name", n:
                return Var(n)
            case "op", "(":
                e = self.expr()
                self.take(")")
                return e
        raise SyntaxError(f"unexpected {val!r}")


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "%": operator.mod, "^": operator.pow}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "hypot": math.hypot}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            if n not in env:
                raise NameError(f"undefined variable {n}")
            return env[n]
        case BinOp(op, l, r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(fn, args):
            return FUNCS[fn](*(evaluate(a, env) for a in args))


env = {"pi": math.pi}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "x = 7 / 2", "x * 2",
             "hypot(3, 4) + max(1, x, 2)", "sqrt(pi * pi)", "y + 1", "3 $ 4", "(1 + 2", "10 / (5 - 5)"]:
    try:
        if "=" in line:
            name, rhs = (s.strip() for s in line.split("=", 1))
            env[name] = evaluate(Parser(tokenize(rhs)).expr(), env)
            print(f"{line:<28} => {name} := {env[name]:g}")
            continue
        p = Parser(tokenize(line))
        tree = p.expr()
        if p.peek()[0] != "eof":
            raise SyntaxError("trailing input")
        print(f"{line:<28} => {evaluate(tree, env):g}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(Parser(tokenize("a + 2 * f(b)")).expr())
