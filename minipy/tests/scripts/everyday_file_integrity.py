"""File integrity checker: hashlib, base64, os.walk, shutil, json manifest in a temp dir."""
import base64
import hashlib
import json
import os
import shutil
import tempfile

FILES = {
    "readme.txt": b"Hello integrity!\n",
    "src/main.py": b"print('hi')\n",
    "src/util.py": b"def f(x):\n    return x * 2\n",
    "data/blob.bin": bytes(range(256)) * 4,
}


def sha256_of(path, chunk=100):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def manifest(root):
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            out[rel] = {"sha256": sha256_of(full), "size": os.path.getsize(full)}
    return out


def compare(old, new):
    for k in sorted(set(old) | set(new)):
        if k not in new:
            yield "removed", k
        elif k not in old:
            yield "added", k
        elif old[k]["sha256"] != new[k]["sha256"]:
            yield "changed", k


with tempfile.TemporaryDirectory() as root:
    for rel, content in FILES.items():
        p = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(content)
    m1 = manifest(root)
    print(json.dumps(m1, indent=1, sort_keys=True))
    with open(os.path.join(root, "src", "main.py"), "ab") as fh:
        fh.write(b"# edited\n")
    os.remove(os.path.join(root, "readme.txt"))
    shutil.copy(os.path.join(root, "src", "util.py"), os.path.join(root, "src", "util_copy.py"))
    shutil.move(os.path.join(root, "data"), os.path.join(root, "archive"))
    m2 = manifest(root)
    for kind, name in compare(m1, m2):
        print(f"{kind:>8}: {name}")
    backup = os.path.join(root, "backup")
    shutil.copytree(os.path.join(root, "src"), backup)
    print(sorted(os.listdir(backup)))
    shutil.rmtree(backup)
    print(os.path.exists(backup), os.path.isdir(os.path.join(root, "archive")))

for name in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(name, b"abc")
    print(f"{name:<7}{h.digest_size:>3} {h.hexdigest()[:16]}")
print(hashlib.blake2b(b"abc", digest_size=8).hexdigest())
raw = b"\x00\xffbinary\x10data"
for enc, dec in ((base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode)):
    e = enc(raw)
    print(enc.__name__, e.decode(), dec(e) == raw)
print(base64.b64encode(b"any carnal pleas").decode(), base64.b64decode("aGk=") )
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:20])
