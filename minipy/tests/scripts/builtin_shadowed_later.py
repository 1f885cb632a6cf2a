# A global load site that found a builtin keeps finding the right binding as the module
# namespace and the builtins module change under it (minipy remembers where it found the
# builtin, valid only while the module's set of names is unchanged).
import builtins


def size(x):
    return len(x)


print(size("abc"), size([1, 2]))
len = lambda x: "shadowed"
print(size("abc"))
del len
print(size("abcd"))

g = globals()
g["len"] = lambda x: "via globals()"
print(size("abc"))
del g["len"]
print(size("abcde"))

# Rebinding the builtin itself is seen at once.
real_len = builtins.len
builtins.len = lambda x: "builtins rebound"
print(size("abc"))
builtins.len = real_len
print(size("ab"))

# Another global added or removed meanwhile does not confuse the site.
def kinds():
    return [type(v).__name__ for v in (abs(-1), min(3, 4), str(5))]


print(kinds())
spam = 1
print(kinds())
del spam
print(kinds())
abs = lambda v: "my abs"
print(kinds())
del abs
print(kinds())

# A name missing everywhere is a NameError, then found once bound.
def late():
    return undefined_yet


try:
    late()
except NameError as e:
    print(e)
builtins.undefined_yet = "from builtins"
print(late())
undefined_yet = "from the module"
print(late())
del undefined_yet
print(late())
del builtins.undefined_yet
try:
    late()
except NameError as e:
    print(e)

# The same function run against another module's globals.
exec("def probe():\n    return len('xyz')\nr1 = probe()\nlen = lambda x: 'exec globals'\nr2 = probe()", ns := {})
print(ns["r1"], ns["r2"])
print(size("after exec"))
