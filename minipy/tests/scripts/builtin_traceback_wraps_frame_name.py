# traceback frame name must be the code object's name (co_name = 'run'),
# not the __name__ that functools.wraps copied onto the wrapper
import functools, traceback
def deco(fn):
    @functools.wraps(fn)
    def run(*a):
        return fn(*a)
    return run
@deco
def work():
    raise ValueError("boom")
try:
    work()
except ValueError:
    print([l.strip().split(" in ")[-1] for l in traceback.format_exc().splitlines() if l.strip().startswith("File")])
