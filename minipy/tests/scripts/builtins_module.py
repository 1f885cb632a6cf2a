# The builtins module: its attributes are the builtins, and setting one makes a new builtin.
import builtins
print(builtins.__name__, builtins.len is len, builtins.print is print, builtins.ValueError)
print(builtins.len([1, 2, 3]), getattr(builtins, "sorted")([3, 1, 2]), hasattr(builtins, "nope"))
builtins.greeting = "hello"
print(greeting)
def reads_builtin():
    return greeting + "!"
print(reads_builtin())
greeting = "shadowed"
print(greeting, builtins.greeting)
del greeting
print(greeting)
old_len = builtins.len
builtins.len = lambda x: 42
print(len([1]))
builtins.len = old_len
print(len([1]))
print(__builtins__ is builtins, __builtins__.abs(-3))
from builtins import max as biggest
print(biggest(1, 5, 2))
try:
    builtins.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
import builtins as b2
print(b2 is builtins, type(builtins).__name__)
