# pickle: protocol 4 and 5 bytes as CPython writes them for builtin types and plain classes,
# round trips, shared and recursive references, errors.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


class Stateful:
    def __init__(self):
        self.secret = 1
        self.kept = 2

    def __getstate__(self):
        return {'kept': self.kept}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Empty:
    pass


class Args:
    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2 ** 31 - 1, 2 ** 31,
          -2 ** 31, -2 ** 31 - 1, 2 ** 40, -2 ** 70, 10 ** 30, 1.5, -0.0, 1e300, '', 'a', 'é',
          'x' * 300, b'', b'xy', b'y' * 300, bytearray(b'ab'), (), (1,), (1, 2), (1, 2, 3),
          (1, 2, 3, 4), [], [1], [1, 'a'], {}, {'a': 1}, {'k': [1, 2], 'j': (3,)}, {1, 2},
          frozenset([3]), frozenset(), set(), complex(1, 2), range(3), [[1], [1]],
          int, len, Point, ValueError]
for v in values:
    for proto in (4, 5):
        data = pickle.dumps(v, protocol=proto)
        print(proto, repr(v)[:40], data if len(data) < 120 else (len(data), data[:40], data[-20:]))
        assert pickle.loads(data) == v, v
shared = [1, 2]
data = pickle.dumps([shared, shared, 'k', 'k'])
print(data)
back = pickle.loads(data)
print(back, back[0] is back[1])
rec = [1]
rec.append(rec)
data = pickle.dumps(rec)
print(data)
back = pickle.loads(data)
print(back[1] is back, back[0])
d = {'self': None}
d['self'] = d
back = pickle.loads(pickle.dumps(d))
print(back['self'] is back)
p = Point(1, 'two')
data = pickle.dumps(p)
print(data)
print(pickle.loads(data))
for obj in (Slotted(5), Stateful(), Empty(), Args(7), Reduced(1, [2])):
    data = pickle.dumps(obj)
    print(type(obj).__name__, data)
    back = pickle.loads(data)
    print(sorted((k, v) for k, v in vars(back).items()) if hasattr(back, '__dict__') else back.a)
print(pickle.loads(pickle.dumps([Point(i, i) for i in range(3)])))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for bad in (b'', b'\x80\x04K', b'\x80\x04\xff.'):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(lambda: 0)
except Exception as e:
    print(type(e).__name__)


def make():
    class Local:
        pass
    return Local()


try:
    pickle.dumps(make())
except Exception as e:
    print(type(e).__name__, e)
import io
buf = io.BytesIO()
pickle.dump({'file': [1, 2]}, buf)
buf.seek(0)
print(pickle.load(buf))
# A pickle CPython wrote (protocol 2 and 0 included).
print(pickle.loads(b'\x80\x02]q\x00(K\x00K\x01K\x02e.'))
print(pickle.loads(b'(lp0\nI1\naVa\np1\na.'))
print(pickle.loads(b'\x80\x03}q\x00X\x01\x00\x00\x00aq\x01K\x01s.'))
