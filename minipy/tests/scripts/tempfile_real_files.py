# tempfile's files are real files opened with open(): on disk while open, removed on close.
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    f = tempfile.NamedTemporaryFile(dir=d, prefix="pre", suffix=".dat")
    print(os.path.dirname(f.name) == d, os.path.basename(f.name).startswith("pre"),
          f.name.endswith(".dat"), os.path.exists(f.name), f.delete)
    f.write(b"line one\nline two\n")
    f.flush()
    with open(f.name, "rb") as other:
        print("seen on disk:", other.read())
    f.seek(0)
    print(f.readline(), f.readlines(), f.tell())
    f.seek(5)
    print(f.read(3), f.readable(), f.writable(), f.seekable(), isinstance(f.fileno(), int))
    f.close()
    print("after close:", os.path.exists(f.name), f.closed)
    with tempfile.NamedTemporaryFile("w+", dir=d, delete=False) as g:
        g.write("kept\n")
        kept = g.name
    print("delete=False:", os.path.exists(kept), open(kept).read())
    os.unlink(kept)
    with tempfile.NamedTemporaryFile("w+", dir=d) as h:
        h.writelines(["a\n", "b\n"])
        h.seek(0)
        print([line for line in h], os.listdir(d) == [os.path.basename(h.name)])
        name = h.name
    print("with exit removed:", os.path.exists(name), os.listdir(d))
    with tempfile.TemporaryFile(dir=d) as t:
        t.write(b"anonymous")
        t.seek(0)
        print(t.read(), isinstance(t.name, int), os.listdir(d))
    with tempfile.TemporaryFile("w+", dir=d) as t:
        t.write("text\nmode\n")
        t.seek(0)
        print(list(t))
    s = tempfile.SpooledTemporaryFile(max_size=10, mode="w+b", dir=d)
    s.write(b"short")
    print("spooled:", s._rolled, s.name, s.mode, os.listdir(d))
    s.write(b" and now longer than ten")
    print("rolled:", s._rolled, isinstance(s.name, int), os.listdir(d))
    s.seek(0)
    print(s.read())
    s.close()
    print(s.closed)
    with tempfile.SpooledTemporaryFile(mode="w+") as s2:
        s2.write("in memory\n")
        s2.seek(0)
        print(s2.readline(), s2._rolled)
        s2.rollover()
        s2.seek(0)
        print(s2.read(), s2._rolled)
    print("left over:", os.listdir(d))
