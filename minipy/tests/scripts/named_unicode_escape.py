# \N{NAME} escapes in str literals (any case; f-strings too); bytes keep them as written.
print(ascii("\N{BULLET}"), ascii("\N{GREEK SMALL LETTER ALPHA}"), ascii("\N{bullet}x\N{Em Dash}"))
print(ascii(f"{1}\N{BULLET}{2:\N{BULLET}>3}"), ascii(b"\N{BULLET}"), ascii(r"\N{BULLET}"))
print("\N{LATIN SMALL LETTER A WITH ACUTE}" == "\xe1", len("\N{SPACE}\N{DIGIT ONE}"))
for src in ['"\\N{BOGUS NAME}"', '"ab\\N{BOGUS}"', '"\\N"', '"\\N{"', '"\\N{BULLET"', '"\\N{}"']:
    try:
        exec(src)
    except SyntaxError as e:
        print(e)
