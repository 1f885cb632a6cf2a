# sys.argv/stdout/stderr/version_info, print(file=, flush=), and reading a text file (this script).
import sys
print(sys.argv[1:], sys.version_info[:2], sys.version_info >= (3, 8), sys.maxsize)
sys.stdout.write("out\n")
print("to stdout", file=sys.stdout, flush=True)
print(sys.stdout.write("abc\n"))
print(sys.stdout)
f = open(sys.argv[0])
print(repr(f.readline()), repr(f.read(6)))
rest = f.read()
print(rest.count("\n"), f.read() == "")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
n = 0
for line in open(sys.argv[0]):
    n += 1
print(n, len(open(sys.argv[0]).readlines()))
f = open(sys.argv[0])
print(f.__enter__() is f, f.__exit__(None, None, None))
for path, mode in [("/nonexistent/x.txt", "r"), (sys.argv[0], "q")]:
    try:
        open(path, mode)
    except FileNotFoundError as e:
        print("FileNotFoundError", e)
    except ValueError as e:
        print("ValueError", e)
print("to stderr", file=sys.stderr)
