# SyntaxError raised by exec/eval carries msg, filename, lineno, offset, text and args as CPython's.
for src, mode in [("a b c", "exec"), ("if x\n    pass\n", "exec"), ("x = 1\ny = (1,\n", "exec"),
                  ("1 +", "eval"), ("x = 1", "eval")]:
    try:
        (eval if mode == "eval" else exec)(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, repr(e.text))
        print("  str:", str(e))
        print("  args[0]:", e.args[0] == e.msg, len(e.args))
try:
    exec("def f():\n  return 1\n return 2\n")
except IndentationError as e:
    print("indentation:", isinstance(e, SyntaxError), e.lineno, repr(e.text))
try:
    exec("x = 1\nnonlocal x\n")
except SyntaxError as e:
    print("scoping:", repr(e.msg), e.lineno, e.filename, e.args, str(e))
e = SyntaxError("m", ("f/g.py", 3, 1, "t", 3, 2))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e), repr(e))
e = SyntaxError("m")
print(e.msg, e.filename, e.lineno, e.offset, e.text, str(e), repr(e), e.print_file_and_line)
e = SyntaxError()
print(e.msg, str(e), repr(e))
e = SyntaxError("m", ("f.py", None, None, None))
print(str(e))
e.msg = "changed"
print(e.msg, str(e))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
raise SyntaxError("the end", ("x.py", 2, 1, "t\n", 2, 2))
