# seek() and tell() on files read whole (text and binary) and on files open for writing.
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'a.txt')
    with open(p, 'w') as f:
        f.write('héllo\nworld\n')
        print(f.tell())
        f.seek(0)
        f.write('J')
    with open(p) as f:
        print(f.readline(), f.tell())
        f.seek(0)
        print(repr(f.read()), f.tell(), f.seek(0, 2), repr(f.read()))
        f.seek(3)
        print(repr(f.read(2)))
        try:
            f.seek(1, 1)
        except OSError as e:
            print(type(e).__name__, e)
    with open(p, 'wb') as f:
        f.write(bytes(range(250, 256)) + b'abc')
        print(f.tell())
    with open(p, 'rb') as f:
        print(f.read(2), f.tell(), f.seek(-3, 2), f.read(), f.seek(1), f.read(1), f.seek(2, 1), f.read(1), f.tell())
