import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(float(num) if "." in num else int(num))
            num = ""
        if ch in OPS or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f"bad character {ch!r}")
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens

def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and PREC[stack[-1]] >= PREC[t]:
                out.append(stack.pop())
            stack.append(t)
    while stack:
        out.append(stack.pop())
    return out

def evaluate(rpn):
    stack = []
    for t in rpn:
        if t in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[t](a, b))
        else:
            stack.append(t)
    return stack[0]

for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * 5", "1.5 * 4", "7 / 0", "3 $ 4"]:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e:18} -> {' '.join(map(str, rpn)):20} = {evaluate(rpn)}")
    except ZeroDivisionError as ex:
        print(e, "error:", ex)
    except SyntaxError as ex:
        print(e, "syntax:", ex)
