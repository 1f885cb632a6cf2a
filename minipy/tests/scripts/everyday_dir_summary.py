import tempfile
import shutil
import os
from pathlib import Path
from collections import defaultdict


LAYOUT = {
    "src/app/__init__.py": "",
    "src/app/main.py": "import sys\nprint('hi')\n" * 5,
    "src/app/util.py": "def f():\n    return 1\n",
    "src/tests/test_main.py": "assert True\n" * 3,
    "docs/index.md": "# Title\n\nSome text here.\n",
    "docs/img/logo.svg": "<svg></svg>\n",
    "README.md": "Readme\n" * 10,
    "data/raw/records.csv": "a,b\n1,2\n3,4\n",
    "data/raw/.hidden": "secret\n",
    "build/out.bin": "\x00" * 64,
}


def human(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024:
            return f"{n}{unit}"
        n /= 1024
    return f"{n:.1f}GB"


def tree(root: Path, prefix: str = "", skip=("build",)):
    entries = sorted(p for p in root.iterdir() if p.name not in skip)
    dirs_first = sorted(entries, key=lambda p: (p.is_file(), p.name.lower()))
    for i, p in enumerate(dirs_first):
        last = i == len(dirs_first) - 1
        branch = "`-- " if last else "|-- "
        if p.is_dir():
            print(f"{prefix}{branch}{p.name}/")
            tree(p, prefix + ("    " if last else "|   "), skip)
        else:
            print(f"{prefix}{branch}{p.name} ({human(p.stat().st_size)})")


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / "project"
    for rel, content in LAYOUT.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    print("project/")
    tree(root)

    sizes = defaultdict(int)
    counts = defaultdict(int)
    for f in root.rglob("*"):
        if f.is_file():
            sizes[f.suffix or "(none)"] += f.stat().st_size
            counts[f.suffix or "(none)"] += 1
    print(f"{'ext':<8}{'files':>6}{'bytes':>8}")
    for ext in sorted(sizes, key=lambda e: (-sizes[e], e)):
        print(f"{ext:<8}{counts[ext]:>6}{sizes[ext]:>8}")

    py = sorted(p.relative_to(root).as_posix() for p in root.glob("src/**/*.py"))
    print("python files:", py)
    lines = sum(len(p.read_text().splitlines()) for p in root.rglob("*.py"))
    print("python lines:", lines)
    readme = root / "README.md"
    print(readme.name, readme.stem, readme.suffix, readme.exists(), (root / "nope.txt").exists())
    print(Path("a/b/c.tar.gz").suffixes, Path("a/b/c.tar.gz").parent.name, Path("/x/y").parts, Path("x") / "y" / "z.txt")
    target = root / "docs" / "index.md"
    renamed = target.with_suffix(".rst")
    target.rename(renamed)
    print("renamed:", sorted(p.name for p in (root / "docs").iterdir()))
    with open(root / "data" / "raw" / "records.csv", "a", encoding="utf-8") as fh:
        fh.write("5,6\n")
    with (root / "data" / "raw" / "records.csv").open() as fh:
        print("csv rows:", [line.rstrip("\n").split(",") for line in fh])
    shutil.rmtree(root / "build")
    print("after rmtree:", sorted(p.name for p in root.iterdir()))
    os.remove(root / "README.md")
    print("count now:", sum(1 for p in root.rglob("*") if p.is_file()))
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError errno", e.errno)
    print(os.path.basename("/a/b/c.txt"), os.path.splitext("x.tar.gz"), os.path.join("a", "b", "c"))
    saved = tmp
print("cleaned up:", not os.path.exists(saved))
