# Attribute-style settings: __getattr__ defaults, __setattr__ validation, nested sections, dir().
class Section:
    def __init__(self, name, **values):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_values", dict(values))

    def __getattr__(self, key):
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"{self._name} has no setting {key!r}") from None

    def __setattr__(self, key, value):
        if key.startswith("_"):
            raise AttributeError("private names are read-only")
        old = self._values.get(key)
        if old is not None and type(old) is not type(value):
            raise TypeError(f"{key} must stay {type(old).__name__}, got {type(value).__name__}")
        self._values[key] = value

    def __delattr__(self, key):
        del self._values[key]

    def __dir__(self):
        return list(self._values)

    def __repr__(self):
        body = ", ".join(f"{k}={v!r}" for k, v in sorted(self._values.items()))
        return f"<{self._name}: {body}>"

db = Section("database", host="localhost", port=5432, debug=False)
print(db, db.host, db.port)
db.port = 6543
db.timeout = 30
print(db.port, db.timeout, dir(db))
for key, value in [("port", "eighty"), ("_name", "x")]:
    try:
        setattr(db, key, value)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(db.password)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(db, "password", "<unset>"), hasattr(db, "host"), hasattr(db, "nope"))
del db.debug
print(db)
settings = {name: Section(name, enabled=True) for name in ("cache", "mail")}
settings["mail"].enabled = False
print(sorted((n, s.enabled) for n, s in settings.items()))
print([n for n in dir(Section) if not n.startswith("__")], "_values" in dir(db) or "ok")
