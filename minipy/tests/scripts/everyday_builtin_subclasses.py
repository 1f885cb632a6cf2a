# Subclassing the builtins scripts subclass most: exceptions with extra fields, a dict with
# __missing__, a list with helper methods, and a __new__ that pre-fills instances.


class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError, LookupError):
    pass


class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] = self[key] + n
        return self


class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def record(self, item):
        self.append(item)
        while len(self) > self.limit:
            self.pop(0)

    def last(self):
        return self[-1] if self else None


class Tagged(ValueError):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.tag = cls.__name__.lower()
        return inst


t = Tally()
for word in "a b a c a b".split():
    t.add(word)
print(t, t["zzz"], "zzz" in t, sorted(t.items(), key=lambda kv: -kv[1]))
h = History(3)
for i in range(5):
    h.record(i * i)
print(h, h.last(), len(h), isinstance(h, list), h[1:])
for exc in (AppError("disk full", 28), NotFound("no such user", 404)):
    try:
        raise exc
    except LookupError as e:
        print("lookup:", e, e.code, e.args)
    except AppError as e:
        print("app:", e, repr(e.code), type(e).__mro__[1].__name__)
err = Tagged("bad value", 3)
print(err, err.args, err.tag, isinstance(err, ValueError))
