class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, msg):
        self.field = field
        super().__init__(f"{field}: {msg}")

class NotFound(AppError, LookupError):
    pass

def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
    if not 0 < user.get("age", 0) < 150:
        raise ValidationError("age", f"out of range ({user.get('age')})")
    return True

users = [{"name": "ann", "age": 30}, {"name": "", "age": 5}, {"name": "bo", "age": 200}, {"name": "cy"}]
for u in users:
    try:
        validate(u)
    except ValidationError as e:
        print("invalid", e.field, "|", e, "|", e.args)
    else:
        print("valid", u["name"])
    finally:
        print("  checked")

def find(db, key):
    try:
        return db[key]
    except KeyError:
        raise NotFound(f"no {key!r}") from None

try:
    find({}, "x")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__, isinstance(e, AppError))

def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise AppError("bad n") from e

try:
    risky(0)
except AppError as e:
    print(repr(e), repr(e.__cause__))

results = []
for v in ["1", "x", None, "3"]:
    try:
        results.append(int(v))
    except (TypeError, ValueError) as e:
        results.append(type(e).__name__)
print(results)
try:
    try:
        raise KeyError("inner")
    finally:
        print("finally runs")
except KeyError as e:
    print("caught", e, str(e), e.args[0])
print(issubclass(NotFound, LookupError), NotFound.__mro__[1].__name__, str(ValueError()))
try:
    raise AppError
except Exception as e:
    print(repr(e), bool(e.args))
