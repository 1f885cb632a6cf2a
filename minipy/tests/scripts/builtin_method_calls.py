# Calls of builtin types' methods (`lst.append(x)`, `s.join(parts)`): minipy calls the method
# without making a bound method; what a script sees must be what the bound method would do.
parts = []
for i in range(5):
    parts.append(str(i))
print(parts, "-".join(parts))

# One call site, receivers of several types (and an instance with a method of the same name).
class Counter:
    def count(self, x):
        return "Counter.count"


class MyList(list):
    def append(self, x):
        super().append(x * 10)


for obj in ([1, 2, 1], (1, 1, 1), "a1b1", b"\x01\x01", Counter(), MyList([1])):
    print(type(obj).__name__, obj.count(1) if not isinstance(obj, (str, bytes)) else obj.count("1" if isinstance(obj, str) else b"\x01"))

ml = MyList()
for x in (1, 2):
    ml.append(x)
print(ml)

# Errors are the bound method's.
for call in (lambda: "x".join(5), lambda: "x".join([1]), lambda: {}.get(),
             lambda: (1,).index(9), lambda: [].pop(), lambda: "a".nosuch()):
    try:
        call()
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)

# Keyword arguments and unpacking reach the method.
words = ["pear", "fig", "apple"]
words.sort(key=len, reverse=True)
print(words)
args = [0, "x"]
words.insert(*args)
print(words)
d = {"a": 1}
print(d.get(*["b", 2]), d.pop("a"), d)

# The receiver stays alive while the arguments are evaluated (and allocate), even when
# nothing else holds it.
print([].append([str(i) for i in range(300)]))
print(len(("<" + ">").join([str(i) for i in range(300)])))
box = [[]]
box[0].append(box.pop() or [3] * 50)
print(box)

# A method looked up but not called is still a bound builtin method.
m = [].append
print(type(m).__name__, m.__name__, m.__self__)

# Unpacking errors name the callee as CPython's _PyObject_FunctionStr does.
class L(list):
    pass


for f in (lambda: [].append(*5), lambda: L().append(*5), lambda: list.append(*5),
          lambda: len(*5), lambda: "".join(**5), lambda: {}.get(*5),
          lambda: (1).bit_length(*5), lambda: print(*5), lambda: [].sort(**5)):
    try:
        f()
    except TypeError as e:
        print(e)

# The hottest builtin functions are called straight from the call site: same results and
# errors as through the general dispatch, keywords still refused.
class Sized:
    def __len__(self):
        return 7

    def __hash__(self):
        return 42

    def __repr__(self):
        return "<Sized>"


s = Sized()
print(len(s), len("héllo"), isinstance(s, Sized), abs(-3), ord("é"), chr(233),
      hash(s), callable(s), callable(len), repr(s), id(s) == id(s))
for f in (lambda: len(5), lambda: len(), lambda: len([], []),
          lambda: ord("ab"), lambda: chr(-1), lambda: abs("x"), lambda: len(obj=[]),
          lambda: hash([])):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
