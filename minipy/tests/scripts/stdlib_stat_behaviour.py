# stat's public API: the constants, the S_IS* tests, S_IMODE/S_IFMT, filemode, and the errors
# for modes that are not integers or do not fit in a mode_t.
import os
import stat

public = sorted(n for n in dir(stat) if not n.startswith('_'))
print(len(public))
for n in public:
    v = getattr(stat, n)
    if isinstance(v, int):
        print(n, v, oct(v))

kinds = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK,
         stat.S_IFSOCK, 0, 0o170000]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK,
         stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for k in kinds:
    m = k | 0o755
    print(oct(m), [t(m) for t in tests], stat.S_IMODE(m), stat.S_IFMT(m), stat.filemode(m))

for m in [0o170777, 0o7777, 0o107000, 0o4644, 0o2644, 0o41777, 0o6000, 0o1000, 0o4755 | stat.S_IFREG,
          0o2710 | stat.S_IFDIR, 0o1001, 0o120777, 0o20660, 0o60640, 0o10600, 0o140755, 0,
          True, False, 2**32 - 1, 2**31, 0o100644 | 2**20]:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), stat.S_ISREG(m))

print(stat.S_ENFMT == stat.S_ISGID, stat.S_IREAD == stat.S_IRUSR, stat.S_IWRITE == stat.S_IWUSR,
      stat.S_IEXEC == stat.S_IXUSR)
print(stat.S_IRWXU == stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR,
      stat.S_IRWXG == stat.S_IRGRP | stat.S_IWGRP | stat.S_IXGRP,
      stat.S_IRWXO == stat.S_IROTH | stat.S_IWOTH | stat.S_IXOTH)

st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0], st[stat.ST_MODE] == st.st_mode,
      st[stat.ST_SIZE] == st.st_size)

for f in [stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode, stat.S_ISDOOR]:
    for a in ['x', 1.5, None, -1, 2**32, 2**40]:
        try:
            print(f.__name__, repr(a), repr(f(a)))
        except Exception as e:
            print(f.__name__, repr(a), type(e).__name__, e)
