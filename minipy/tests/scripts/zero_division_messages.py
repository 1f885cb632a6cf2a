# ZeroDivisionError messages as CPython 3.11 words them, for each operator, type and spelling.
big = 10 ** 30
cases = [
    ("5 % 0", lambda: 5 % 0),
    ("5 // 0", lambda: 5 // 0),
    ("5 / 0", lambda: 5 / 0),
    ("5 % False", lambda: 5 % False),
    ("big % 0", lambda: big % 0),
    ("big // 0", lambda: big // 0),
    ("5.0 % 0", lambda: 5.0 % 0),
    ("5 % 0.0", lambda: 5 % 0.0),
    ("5.0 // 0.0", lambda: 5.0 // 0.0),
    ("5.0 / 0", lambda: 5.0 / 0),
    ("divmod(5, 0)", lambda: divmod(5, 0)),
    ("divmod(True, False)", lambda: divmod(True, False)),
    ("divmod(big, 0)", lambda: divmod(big, 0)),
    ("divmod(5.0, 0.0)", lambda: divmod(5.0, 0.0)),
    ("divmod(5, 0.0)", lambda: divmod(5, 0.0)),
    ("divmod(0.0, 0)", lambda: divmod(0.0, 0)),
    ("(5).__mod__(0)", lambda: (5).__mod__(0)),
    ("(5).__divmod__(0)", lambda: (5).__divmod__(0)),
    ("(5.0).__divmod__(0)", lambda: (5.0).__divmod__(0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("pow(0, -1)", lambda: pow(0, -1)),
]
for text, f in cases:
    try:
        print(text, "=", f())
    except ZeroDivisionError as e:
        print(text, "->", e)

x = 7
try:
    x %= 0
except ZeroDivisionError as e:
    print("x %= 0 ->", e)
try:
    x //= 0
except ZeroDivisionError as e:
    print("x //= 0 ->", e)
print(divmod(7, 2), divmod(-7.5, 2), divmod(big, 7))
