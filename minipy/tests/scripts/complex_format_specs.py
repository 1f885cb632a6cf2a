# format() of complex numbers: no type (repr parts, parentheses), e/f/g/n types, width/fill/align on the whole, and the specs CPython refuses.
zs = [1 + 2j, -1.5 - 0.25j, 2j, -2j, complex(-0.0, 1), complex(0, -0.0), 1e20 + 1e-5j, complex(float("nan"), float("inf"))]
for spec in ["", ".2f", ">20", "<16.3e", "^18", ".3", "+", "+.1f", "g", " ", "*>14.2f", "F", ".0f", "#.0f", "n", ",.2f", "E"]:
    print(repr(spec), [format(z, spec) for z in zs])
for spec in ["010", "=10", "d", "%", "s", "x"]:
    try:
        format(1 + 2j, spec)
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(f"{1+2j:.1f} {3j:>6} {complex(1,1)!r:>10}|")
