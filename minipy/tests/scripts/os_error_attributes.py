# OSError built in Python code reads (errno, strerror, filename, winerror, filename2) as CPython:
# the attributes, the errno's subclass, str() and the args it keeps; and the errors minipy's
# own os and open functions raise carry the same attributes.
for args in [(), ("x",), (2,), (2, "No such file"), (2, "x", "f.txt"), (2, "x", "f.txt", None, "g.txt"), (13, "perm"), (17, "exists", "a"), (99999, "odd"), ("a", "b"), (2, "x", "f", 5), (2, "x", "f", 5, "g", 6), (None, "x"), (2, "x", None), (1, "e", b"bytes")]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
for cls in [FileNotFoundError, PermissionError, FileExistsError, IsADirectoryError]:
    e = cls(2, "x", "p")
    print(cls.__name__, type(e).__name__, str(e), e.errno, e.filename)
for no in [11, 114, 10, 111, 17, 2, 21, 20, 4, 13, 1, 3, 110, 32, 104, 103, 11, 115, 108]:
    print(no, type(OSError(no, "m")).__name__, type(IOError(no, "m")).__name__, type(EnvironmentError(no, "m")).__name__)
print(type(OSError(2)).__name__)
class My(OSError): pass
print(type(My(2, "x")).__name__, str(My(2, "x", "f")))
try:
    open("/nonexistent/minipy-zz")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
import os
try:
    os.remove("/nonexistent/minipy-zz")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    os.rename("/nonexistent/minipy-zz", "/nonexistent/minipy-yy")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e))
try:
    os.listdir("/nonexistent/minipy-zz")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    os.mkdir("/tmp")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    os.stat("/nonexistent/minipy-zz")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    os.rmdir("/nonexistent/minipy-zz")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    os.chdir("/nonexistent/minipy-zz")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    open("/tmp", "w")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, "x", "f")
e.errno = 5
print(e.errno, str(e), e.args)
print(repr(OSError(2, "x", "f")), repr(FileNotFoundError(2, "x")))
class F(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b, c)
f = F(13, "y", "p")
print(type(f).__name__, str(f), f.errno, f.filename, f.args)
try:
    raise OSError(2, "gone", "a.txt")
except FileNotFoundError as e:
    print("caught", repr(e), e.filename)
e = OSError("one")
e.errno = 3
print(str(e), e.strerror)
print(str(OSError(2, 5)))
