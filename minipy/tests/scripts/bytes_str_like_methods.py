# The str-like methods of bytes and bytearray, ASCII-only as CPython's: padding, case,
# tabs, prefixes, translation tables, rindex; their results and their errors.
tests = [
 "b'hello world'.capitalize()", "b'hELLO'.capitalize()", "b'ab'.center(7)", "b'ab'.center(7, b'*')", "b'ab'.center(1)",
 "b'a\\tbc\\td'.expandtabs()", "b'a\\tb\\nc\\td'.expandtabs(4)", "b'\\x80'.isascii()", "b''.isascii()", "b'Hello World'.istitle()", "b'Hello world'.istitle()", "b''.istitle()",
 "b'ab'.ljust(5, b'-')", "b'ab'.rjust(5)", "bytes.maketrans(b'ab', b'xy')[97:99]", "b'abc'.translate(bytes.maketrans(b'ab', b'xy'))",
 "b'abc'.translate(None, b'b')", "b'prefix-x'.removeprefix(b'prefix-')", "b'x.py'.removesuffix(b'.py')", "b'abcabc'.rindex(b'b')",
 "b'Hello'.swapcase()", "b'hello world 3rd'.title()", "b'-42'.zfill(6)", "b'42'.zfill(1)", "bytearray(b'ab').center(6)", "bytearray(b'ab').zfill(5)",
 "b'ab'.center(5, b'xy')", "b'ab'.center(5, 'x')", "b'abc'.rindex(b'z')", "b'abc'.translate(b'short')", "b'ab'.zfill()", "b'ab'.ljust()",
 "b'a'.removeprefix('a')", "b'abc'.rindex(98)", "bytes.maketrans(b'a', b'xy')", "b'a'.expandtabs(-1)", "b'abc'.rindex(b'b', 0, 1)",
 "bytearray(b'Hello').swapcase()", "bytearray.maketrans(b'a', b'b')[97]", "b'\\tx'.expandtabs(tabsize=2)",
 "b'abc'.center(6)", "b'abc'.center(4)", "b'ab'.center(5)", "b'a'.center(4, b'.')", "b'+7'.zfill(4)", "b''.zfill(3)", "b'a\\r\\tb'.expandtabs(3)",
 "b'A1 B2'.istitle()", "b'AB'.istitle()", "b'1'.istitle()", "b'aB'.title()", "b'x'.translate(bytearray(bytes.maketrans(b'x', b'y')))",
 "b'x'.maketrans(b'x', b'z')[120]", "b'abcb'.rindex(98, 0, 3)", "bytearray(b'a\\tb').expandtabs(2)", "bytearray(b'xy').translate(None, b'x')",
 "b'ab'.center(3.0)", "b'ab'.translate(None, 'a')", "b'ab'.expandtabs(2, 3)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
