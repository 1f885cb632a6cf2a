# bytearray: construction, indexing and slicing, mutators, in-place +=, bytes methods returning bytearrays, comparisons with bytes, and CPython's errors; bytes.partition/rpartition.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__, ba == b"hello", b"hello" == ba, bytes(ba))
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba.extend([33, 63])
print(ba, ba.upper(), ba.split(b" "), ba.find(b"world"), b"wor" in ba, 111 in ba, ba.count(b"l"))
ba[1:5] = b"EY"
print(ba)
del ba[0]
del ba[-3:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65); ba.insert(100, 90); ba.remove(ord(" "))
print(ba, ba.decode(), ba.hex(), bytearray(3), bytearray([1, 2, 255]), bytearray("é", "utf-8"))
c = ba.copy(); c.reverse(); c.clear()
print(c, ba, bool(c), bool(ba), list(bytearray(b"ab")), bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"), bytearray(b"xy") * 2)
x = bytearray(b"ab"); y = x; x += b"cd"
print(x, y is x, sorted([bytearray(b"b"), bytearray(b"a")]), bytearray(b"a") < b"b", isinstance(x, bytearray), type(x))
x[::2] = b"XY"
print(x, x.strip(b"X"), x.replace(b"Y", b"yy"), x.startswith(b"X"), x.partition(b"b") if hasattr(x, "partition") else "")
for bad in [lambda: x.__setitem__(0, 300), lambda: x.__setitem__(0, "a"), lambda: x[10], lambda: hash(x), lambda: x.append(-1),
            lambda: x + "s", lambda: x.extend(5), lambda: bytearray().pop(), lambda: x.remove(0), lambda: x.__setitem__(slice(0, 2), 5)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
buf = bytearray()
for i in range(5):
    buf += bytes([65 + i])
print(buf, {bytes(buf): 1})
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(type(iter(bytearray(b"a"))).__name__)
class B(bytes): pass
print(bytearray(B(b"xy")), bytearray(b"a") + B(b"b"))
