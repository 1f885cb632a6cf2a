# os.rename/replace/remove/unlink/rmdir and shutil.move on symlinks (to directories, to files,
# dangling, relative) act on the link, never its target, as CPython's; os.rename of a link
# to a directory onto an existing file replaced the file (minipy followed the link: ENOTDIR).

def section_symlink():
    import os, shutil, tempfile
    base = tempfile.mkdtemp()
    def rel(p):
        return os.path.relpath(p, base) if isinstance(p, str) else p
    def state():
        out = []
        for root, dirs, files in os.walk(base):
            for n in sorted(dirs + files):
                p = os.path.join(root, n)
                out.append((rel(p), os.path.islink(p), os.path.isdir(p)))
        return sorted(out)
    def attempt(label, f, *a):
        try:
            r = f(*a)
            print(label, "ok", rel(r) if isinstance(r, str) else r)
        except OSError as e:
            print(label, type(e).__name__, e.errno, rel(e.filename), rel(e.filename2))
        print("  ", state())
    os.mkdir(os.path.join(base, "d"))
    open(os.path.join(base, "d", "f.txt"), "w").close()
    j = lambda *p: os.path.join(base, *p)
    os.symlink(j("d"), j("link"))
    os.symlink(j("d", "f.txt"), j("flink"))
    os.symlink(j("missing"), j("dangling"))
    print(os.path.islink(j("link")), os.path.isdir(j("link")), os.path.exists(j("dangling")), os.path.lexists(j("dangling")))
    attempt("rename link", os.rename, j("link"), j("link2"))
    attempt("replace link", os.replace, j("link2"), j("link3"))
    attempt("rename dangling", os.rename, j("dangling"), j("dangling2"))
    os.mkdir(j("e"))
    attempt("rename link onto empty dir", os.rename, j("link3"), j("e"))
    attempt("replace link onto file link", os.replace, j("link3"), j("flink"))
    attempt("remove dirlink", os.remove, j("flink"))
    os.symlink(j("d"), j("link4"))
    attempt("unlink dirlink", os.unlink, j("link4"))
    os.symlink(j("d"), j("link5"))
    attempt("rmdir dirlink", os.rmdir, j("link5"))
    attempt("shutil.move link", shutil.move, j("link5"), j("moved"))
    attempt("shutil.move link into dir", shutil.move, j("moved"), j("e"))
    attempt("remove dangling2", os.remove, j("dangling2"))
    print(os.path.islink(j("e", "moved")), os.readlink(j("e", "moved")) == j("d"))
    attempt("rename dir", os.rename, j("d"), j("d2"))
    print(os.path.islink(j("e", "moved")), os.path.exists(j("e", "moved")))
    shutil.rmtree(base)
    print(os.path.exists(base))

section_symlink()

def section_symlink2():
    import os, shutil, tempfile
    base = tempfile.mkdtemp()
    j = lambda *p: os.path.join(base, *p)
    def state():
        out = []
        for root, dirs, files in os.walk(base):
            for n in sorted(dirs + files):
                p = os.path.join(root, n)
                out.append((os.path.relpath(p, base), os.path.islink(p), os.path.isdir(p)))
        return sorted(out)
    def attempt(label, f, *a):
        try:
            r = f(*a)
            print(label, "ok", os.path.relpath(r, base) if isinstance(r, str) else r)
        except OSError as e:
            print(label, type(e).__name__, e.errno)
        print("  ", state())
    os.mkdir(j("d")); os.mkdir(j("d2")); os.mkdir(j("t"))
    os.symlink(j("d"), j("a")); os.symlink(j("d2"), j("b"))
    attempt("rename dirlink onto dirlink", os.rename, j("a"), j("b"))
    attempt("rename dirlink with trailing slash", os.rename, j("b") + "/", j("c"))
    os.symlink(j("d"), j("x"))
    attempt("shutil.move into dirlink dest", shutil.move, j("x"), j("b"))
    os.symlink("d", j("rel"))
    attempt("rename relative link", os.rename, j("rel"), j("t", "rel"))
    print(os.readlink(j("t", "rel")), os.path.exists(j("t", "rel")))
    attempt("shutil.move relative link", shutil.move, j("t", "rel"), j("rel2"))
    print(os.readlink(j("rel2")), os.path.exists(j("rel2")))
    attempt("shutil.move dir containing link", shutil.move, j("t"), j("t2"))
    os.symlink(j("d"), j("y"))
    attempt("os.remove dirlink trailing slash", os.remove, j("y") + "/")
    attempt("os.replace file onto dirlink", os.replace, j("rel2"), j("y"))
    print(os.path.islink(j("y")), os.readlink(j("y")))
    shutil.rmtree(base)

section_symlink2()

def section_symlink3():
    import os, tempfile, shutil
    base = tempfile.mkdtemp()
    j = lambda *p: os.path.join(base, *p)
    os.mkdir(j("d")); open(j("f"), "w").close(); open(j("g"), "w").close()
    os.symlink(j("d"), j("link"))
    for label, f, a, b in [("rename dirlink onto file", os.rename, "link", "f"), ("rename dir onto file", os.rename, "d", "g")]:
        try:
            f(j(a), j(b)); print(label, "ok", os.path.islink(j(b)), os.path.isdir(j(b)), os.path.lexists(j(a)))
        except OSError as e:
            print(label, type(e).__name__, e.errno, e.strerror)
    os.symlink(j("d"), j("link2"))
    shutil.move(j("link2"), j("g"))
    print(os.path.islink(j("g")), os.path.isdir(j("g")), sorted(os.listdir(base)))
    shutil.rmtree(base)

section_symlink3()
