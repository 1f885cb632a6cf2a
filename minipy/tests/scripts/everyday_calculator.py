# A tiny calculator: tokenize, convert to postfix, evaluate; check against eval().
OPS = {"+": (1, lambda a, b: a + b), "-": (1, lambda a, b: a - b),
       "*": (2, lambda a, b: a * b), "/": (2, lambda a, b: a / b),
       "%": (2, lambda a, b: a % b), "**": (3, lambda a, b: a ** b)}

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
            i = j
        elif text.startswith("**", i):
            tokens.append("**")
            i += 2
        elif c in "+-*/%()":
            tokens.append(c)
            i += 1
        else:
            raise ValueError(f"bad character {c!r} at {i}")
    return tokens

def to_postfix(tokens):
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
            prec = OPS[t][0]
            while stack and stack[-1] != "(" and (OPS[stack[-1]][0] > prec or (OPS[stack[-1]][0] == prec and t != "**")):
                out.append(stack.pop())
            stack.append(t)
    while stack:
        out.append(stack.pop())
    return out

def evaluate(postfix):
    stack = []
    for t in postfix:
        if t in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[t][1](a, b))
        else:
            stack.append(t)
    return stack[0]

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "10 / 4 - 1", "7 % 3 + 0.5", "((2))*(3+4)**2"]:
    post = to_postfix(tokenize(expr))
    mine = evaluate(post)
    print(f"{expr:>16} = {mine!s:<6} postfix={' '.join(map(str, post))} ok={mine == eval(expr)}")
for bad in ["2 $ 3", "1 / 0"]:
    try:
        print(evaluate(to_postfix(tokenize(bad))))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
env = {"x": 3, "y": 4}
print(eval("x * x + y * y", env), eval("(x ** 2 + y ** 2) ** 0.5", {}, env))
exec("z = x + y\nw = [z * i for i in range(3)]", env)
print(env["z"], env["w"], sorted(k for k in env if not k.startswith("_")))
