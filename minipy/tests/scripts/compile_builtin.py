# compile() gives code objects that exec and eval run; errors surface at compile time.
c = compile("1 + 1", "f.py", "eval")
print(type(c).__name__, c.co_filename, c.co_name, eval(c))
print(repr(c).startswith("<code object <module> at 0x"), repr(c).endswith(', file "f.py", line 1>'))
c = compile("x = 1\ny = x + 1\n", "g.py", "exec")
ns = {}
print(exec(c, ns), ns["y"], sorted(k for k in ns if k != "__builtins__"))
print(eval(c, {}))
c = compile("a * 2", "h", "eval")
print(eval(c, {"a": 5}), eval(c, {"a": "ab"}), eval(c, {}, {"a": 1.5}))
exec(compile("print('hi from exec', __name__)", "<s>", "exec"))
c = compile("1 + 2", "<s>", "single")
print(exec(c))
exec(compile("None", "<s>", "single"))
exec(compile("for i in range(3): i * 10\n", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("def f():\n    return 5\n", "<s>", "single"))
print(f())
c = compile(source="7", filename="k", mode="eval", flags=0, dont_inherit=True, optimize=-1)
print(eval(c), compile("x", "f", "exec", 0, True).co_filename)
print(eval(compile(b"3 * 3", "b", "eval")))
for src, mode in [("a b", "exec"), ("1 +", "eval"), ("x = 1", "eval"), (" 1", "eval"),
                  ("x = 1\ny = 2\n", "single"), ("def f():\n    nonlocal q\n", "exec"),
                  ("if True:\npass\n", "exec")]:
    try:
        compile(src, "myfile.py", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, str(e))
for bad in [(1, "f", "exec"), ("x", "f", "bad"), ("x", "f", 3), ("x", 3, "exec")]:
    try:
        compile(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile("x")
except TypeError as e:
    print("TypeError", e)
def g():
    code = compile("z = 1\nw = z + 1", "i", "exec")
    d = {}
    exec(code, d)
    return d["w"]
print(g())
