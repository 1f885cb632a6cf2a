class EventBus:
    def __init__(self):
        self._handlers = {}
    def on(self, event):
        def register(fn):
            self._handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args, **kwargs):
        results = []
        for h in self._handlers.get(event, []):
            try:
                results.append(h(*args, **kwargs))
            except Exception as e:
                results.append(f"{h.__name__} failed: {e!r}")
        return results
bus = EventBus()
@bus.on("greet")
def hello(name, punct="!"):
    return f"hello {name}{punct}"
@bus.on("greet")
def shout(name, **kw):
    return name.upper()
@bus.on("greet")
def broken(name, **kw):
    return 1 / 0
print(bus.emit("greet", "ann"), bus.emit("greet", "bob", punct="?"), bus.emit("nothing"))
log = []
def logged(fn):
    import functools
    @functools.wraps(fn)
    def wrapper(*a, **k):
        log.append((fn.__name__, a, k))
        return fn(*a, **k)
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
print(add(1, 2), add(5, b=5), add.__name__, add.__doc__, log)
