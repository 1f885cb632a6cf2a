# __file__ of the main script is an absolute path in CPython 3.9+,
# so tracebacks (format_exc / logging.exception) show the absolute path
import os, traceback
print(os.path.isabs(__file__))
try:
    1 / 0
except ZeroDivisionError:
    print(os.path.isabs(traceback.format_exc().splitlines()[1].split('"')[1]))
