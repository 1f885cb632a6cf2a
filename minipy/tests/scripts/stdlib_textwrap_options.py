# textwrap's options one by one: hyphens, long words, whitespace, sentence endings, max_lines.
import textwrap

TEXT = ("The well-known state-of-the-art algorithm -- as described  in the\tpaper. "
        "It works!  Mostly? Supercalifragilisticexpialidocious words and x--y dashes, "
        "re-entrant co-operation e-mail 12-34 a-b.")

for width in (1, 5, 9, 14, 23, 40):
    print(width, textwrap.wrap(TEXT, width))
print(textwrap.wrap(TEXT, 14, break_on_hyphens=False))
print(textwrap.wrap(TEXT, 12, break_long_words=False))
print(textwrap.wrap(TEXT, 12, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(TEXT, 20, fix_sentence_endings=True))
print(textwrap.wrap("  lead and trail  \n\n  ", 8))
print(textwrap.wrap("  lead and trail  \n\n  ", 8, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc\td", 10, tabsize=4))
print(textwrap.wrap("a\tb\tc\td", 10, expand_tabs=False))
print(textwrap.wrap("keep\nthe\nnewlines here", 9, replace_whitespace=False))
print(textwrap.wrap("abc defghijklmnop", 4))
print(textwrap.wrap("xxxxxxxxx-yyyyyy-zz", 8))
print(textwrap.wrap("---------- dashes", 4))
print(textwrap.fill(TEXT, 30, initial_indent="  * ", subsequent_indent="    "))
for n in (1, 2, 3):
    print(n, textwrap.wrap(TEXT, 20, max_lines=n))
print(textwrap.wrap(TEXT, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap("aaaa bbbbbbbbbbbbbbbbbbbb cc", 10, max_lines=2, placeholder=" [..]"))
print(textwrap.wrap("one two", 7, max_lines=1, placeholder=""))
print(textwrap.shorten("Hello  world!\n\tThis is a\ttest", 12))
print(textwrap.shorten("Hello world", 11))
print(textwrap.shorten(TEXT, 40, placeholder=" (more)", break_on_hyphens=False))

for bad in (dict(width=0), dict(width=-2), dict(width=5, max_lines=1, placeholder="[much too long]")):
    try:
        textwrap.wrap("some text", **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.shorten("some text here", 3)
except ValueError as e:
    print("ValueError:", e)

w = textwrap.TextWrapper(width=12, subsequent_indent="> ")
print(w.wrap("a b c d e f g h i j k l m n o p"))
w.width = 6
w.break_on_hyphens = False
print(w.fill("one-two three-four five"))
print(w.width, w.tabsize, w.max_lines, repr(w.placeholder), w.expand_tabs)

print(repr(textwrap.dedent("    a\n      b\n\n  \t\n    c\n")))
print(repr(textwrap.dedent("\ta\n\t  b\n  c")))
print(repr(textwrap.dedent("  x\n \ty\n")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.indent("a\n\n b\r\nc", "+ ")))
print(repr(textwrap.indent("a\n\n  \nb", "# ", lambda line: True)))
print(repr(textwrap.indent("x\ny\nzz\n", "- ", lambda line: len(line) > 2)))
