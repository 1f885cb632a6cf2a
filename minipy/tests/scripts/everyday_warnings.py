# A library warning its callers about deprecated calls and odd input; the caller filters them.
import os
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    # The file name only: the full path depends on where the script lives.
    print("%s:%d: %s: %s" % (os.path.basename(filename), lineno, category.__name__, message))
    print("   ", line)


warnings.showwarning = show


def parse_size(text):
    if text.endswith("B"):
        warnings.warn("size with a unit suffix: %r" % text)
        text = text[:-1]
    return int(text)


def old_total(sizes):
    warnings.warn("old_total() is deprecated; use sum()", DeprecationWarning, stacklevel=2)
    return sum(sizes)


sizes = [parse_size(s) for s in ["10", "20B", "30B", "40"]]
print(sizes)
for _ in range(3):
    old_total(sizes)
warnings.warn("low disk space", ResourceWarning)
warnings.warn("rounding", RuntimeWarning)

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    parse_size("5B")
    old_total([1])
print([(w.category.__name__, str(w.message), w.lineno) for w in seen])

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        parse_size("7B")
    except UserWarning as e:
        print("became an error:", e)

warnings.filterwarnings("ignore", message="size with")
print(parse_size("9B"))


class ConfigWarning(UserWarning):
    pass


warnings.warn(ConfigWarning("unknown key 'colour'"))
warnings.simplefilter("ignore", ConfigWarning)
warnings.warn("hidden", ConfigWarning)
print(warnings.formatwarning("custom", UserWarning, "app.py", 12, "x = 1"), end="")
warnings.showwarning = warnings._showwarning_orig
print(warnings.formatwarning("back to stderr", UserWarning, "x.py", 1), end="")
print("done")
