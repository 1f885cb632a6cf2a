import re
from dataclasses import dataclass

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "^": (3, "R")}

class ParseError(Exception):
    pass

def tokenize(expr):
    tokens = []
    for num, op in TOKEN.findall(expr):
        if num:
            tokens.append(float(num) if "." in num else int(num))
        elif op.strip():
            tokens.append(op)
    return tokens

def to_postfix(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t in PREC:
            p, assoc = PREC[t]
            while stack and stack[-1] in PREC:
                q = PREC[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ParseError("unbalanced )")
            stack.pop()
        else:
            raise ParseError(f"unexpected {t!r}")
    while stack:
        t = stack.pop()
        if t == "(":
            raise ParseError("unbalanced (")
        out.append(t)
    return out

def evaluate(postfix):
    st = []
    for t in postfix:
        if t in PREC:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b, "^": a ** b}[t])
        else:
            st.append(t)
    return st[0]

exprs = ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*3", "2^3^2", "10/4", "1.5*4",
         "((2))", "2 * (3 + 4", "1 + 2)", "3 $ 4", "7-2-1", "2^100"]
for e in exprs:
    try:
        pf = to_postfix(tokenize(e))
        v = evaluate(pf)
    except ParseError as err:
        print(f"{e:<32} ParseError: {err}")
    else:
        print(f"{e:<32} {' '.join(map(str, pf)):<28} = {v!r}")
print(re.split(r"([+*])", "1+2*3"), re.sub(r"\d+", lambda m: str(int(m[0]) * 2), "a1b22c"))
