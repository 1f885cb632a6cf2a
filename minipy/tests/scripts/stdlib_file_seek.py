# seek() and tell() on files read whole (text and binary) and on files open for writing;
# read-write modes (r+, w+, a+, x+, binary and text).
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
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'a.txt')
    with open(p, 'w+') as f:
        f.write('héllo\nwörld\r\nlast\rx')
        print(f.tell(), repr(f.read()))
        f.seek(0)
        print(repr(f.readline()), repr(f.read(3)), repr(f.readline()), f.readlines())
        f.seek(0)
        print(list(f))
    with open(p, 'r+') as f:
        print(repr(f.read(2)))
        f.seek(0)
        f.write('J')
        f.seek(0, 2)
        f.write('\nend')
        f.seek(0)
        print(repr(f.read()))
    with open(p, 'a+') as f:
        f.write('!')
        print(f.tell())
        f.seek(0)
        print(repr(f.readline()))
    with open(p, 'rb+') as f:
        print(f.read(3), f.tell())
        f.write(b'\xff')
        f.seek(0)
        print(f.read())
    with open(p, 'w+b') as f:
        f.write(b'ab\r\ncd')
        f.seek(0)
        print(f.readline(), f.read(), list(open(p, 'rb')))
    try:
        open(os.path.join(d, 'nope'), 'r+')
    except FileNotFoundError as e:
        print(e.strerror)
    try:
        open(p, 'x+')
    except FileExistsError as e:
        print(e.strerror)
