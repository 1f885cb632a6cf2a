import operator
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

def tokenize(expr):
    tokens, num = [], ""
    for ch in expr.replace(" ", ""):
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            if num:
                tokens.append(float(num) if "." in num else int(num))
                num = ""
            tokens.append(ch)
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
            while stack and stack[-1] != "(" and (PREC[stack[-1]] > PREC[t] or (PREC[stack[-1]] == PREC[t] and t != "^")):
                out.append(stack.pop())
            stack.append(t)
    return out + stack[::-1]

def evaluate(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t](a, b))
        else:
            st.append(t)
    return st[0]

for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "2 * (3 + 4) * 5", "7 / 0"]:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e:<18} => {' '.join(map(str, rpn)):<20} = {evaluate(rpn)}")
    except ZeroDivisionError as err:
        print(f"{e:<18} => error: {err}")
