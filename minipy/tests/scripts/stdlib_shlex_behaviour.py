# shlex: split/quote/join and the shlex lexer in POSIX, classic and punctuation modes.
import shlex
from io import StringIO

print(sorted(shlex.__all__))
for s in ['a "b c" d', "it is 'x y'", 'a\\ b "c\\"d" \'e\\f\'', 'x""y \'\'', "a#b c # d", " \t\n"]:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"open', "'open", "tail\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for w in ["", "plain", "a b", "it's", "$x", "é", "a@%+=:,./-_1", "tab\there"]:
    print(repr(w), shlex.quote(w))
print(shlex.join(["ls", "-l", "my file", "", "o'k"]))
print(shlex.split(shlex.join(["ls", "my file", "o'k"])))


def tokens(lex):
    out = []
    while True:
        tok = lex.get_token()
        if tok == lex.eof:
            break
        out.append((tok, lex.lineno))
    return out


text = 'cmd --opt=1 a.b "q w" # note\nnext; (x && y) || z'
for posix in (False, True):
    print(tokens(shlex.shlex(text, posix=posix)))
    lex = shlex.shlex(text, posix=posix)
    lex.whitespace_split = True
    print(tokens(lex))
    print(tokens(shlex.shlex(text, posix=posix, punctuation_chars=True)))
lex = shlex.shlex("a|b>c", punctuation_chars="|")
print(lex.punctuation_chars, list(lex))
lex = shlex.shlex("one two three")
print(lex.eof == "", lex.posix, lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), list(lex))
lex = shlex.shlex(StringIO("x y\nz"), infile="conf.txt", posix=True)
print(lex.eof, list(lex), lex.error_leader(), lex.error_leader("other", 9))
lex = shlex.shlex("a-b c:d", posix=True)
lex.wordchars += "-:"
print(list(lex))
lex = shlex.shlex("'a\\b' \"c\\\"d\\\\e\\x\"", posix=True)
print(list(lex))
print(len(shlex.shlex("", posix=True).wordchars), len(shlex.shlex("").wordchars))
try:
    shlex.shlex("x").punctuation_chars = "a"
except AttributeError:
    print("AttributeError")
