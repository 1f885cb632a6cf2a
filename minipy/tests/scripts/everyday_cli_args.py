import sys
import os

def parse_args(argv):
    opts = {"verbose": False, "count": 1, "files": []}
    it = iter(argv)
    for arg in it:
        if arg in ("-v", "--verbose"):
            opts["verbose"] = True
        elif arg.startswith("--count="):
            opts["count"] = int(arg.split("=", 1)[1])
        elif arg == "-n":
            opts["count"] = int(next(it))
        elif arg.startswith("-"):
            raise SystemExit(f"unknown option {arg}")
        else:
            opts["files"].append(arg)
    return opts

print(parse_args(["-v", "-n", "3", "a.txt", "b.txt"]))
print(parse_args(["--count=7"]))
try:
    parse_args(["--bogus"])
except SystemExit as e:
    print("exit:", e, e.code)
print(type(sys.argv), len(sys.argv) >= 1, sys.argv[0].endswith(".py"))
print(os.path.splitext("archive.tar.gz"), os.path.join("dir", "sub", "f.txt"), os.path.isabs("/x"))
name = os.environ.get("DEFINITELY_NOT_SET_VAR", "default")
print(name, sys.platform in ("linux", "darwin", "win32"), sys.maxsize > 2**31)
print(f"{sys.version_info.major}.{sys.version_info.minor}" >= "3.8")
sys.stdout.write("done\n")
print("bye", file=sys.stderr)
