"""Index a folder of markdown-ish notes in a temp dir: tags, links, backlinks."""
import re
import tempfile
import shutil
from pathlib import Path
from collections import defaultdict

NOTES = {
    "inbox/ideas.md": "# Ideas\nTry [[garden]] layout. #todo #home\nAlso see [[reading-list]].\n",
    "garden.md": "# Garden\nPlant tomatoes in May. #home #outdoor\nLinks: [[compost]], [[ideas]]\n",
    "compost.md": "# Compost\nGreens and browns 1:3. #outdoor\n",
    "reading-list.md": "# Reading\n- Dune\n- Piranesi\n#books #todo\nBroken link to [[nowhere]].\n",
    "archive/2023/old.md": "# Old\nNothing here.\n",
    "notes.txt": "not a markdown note #ignored\n",
}

TAG_RE = re.compile(r"(?<!\w)#([a-z][\w-]*)")
LINK_RE = re.compile(r"\[\[([^\]]+)\]\]")

root = Path(tempfile.mkdtemp(prefix="notes_"))
try:
    for rel, text in NOTES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")

    files = sorted(root.rglob("*.md"))
    print(f"found {len(files)} notes under <tmp>/")
    by_stem = {f.stem: f for f in files}
    tags = defaultdict(list)
    links = {}
    titles = {}
    for f in files:
        text = f.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        titles[f.stem] = first.lstrip("# ").strip()
        for t in TAG_RE.findall(text):
            tags[t].append(f.stem)
        links[f.stem] = LINK_RE.findall(text)
        rel = f.relative_to(root)
        print(f"  {rel.as_posix():<22} parts={len(rel.parts)} suffix={rel.suffix} "
              f"size={f.stat().st_size:>3}B lines={text.count(chr(10))}")

    print("\nTags:")
    for tag in sorted(tags, key=lambda t: (-len(tags[t]), t)):
        print(f"  #{tag:<8} {', '.join(sorted(tags[tag]))}")

    backlinks = defaultdict(set)
    broken = []
    for src, targets in links.items():
        for tgt in targets:
            if tgt in by_stem:
                backlinks[tgt].add(src)
            else:
                broken.append((src, tgt))
    print("\nBacklinks:")
    for stem in sorted(by_stem):
        bl = sorted(backlinks.get(stem, ()))
        print(f"  {titles[stem]:<10} <- {bl if bl else 'orphan'}")
    print("Broken:", broken)

    index = root / "INDEX.md"
    with index.open("w") as fh:
        fh.write("# Index\n")
        for stem in sorted(titles):
            fh.write(f"- [[{stem}]] {titles[stem]}\n")
    print("\n" + index.read_text().rstrip())

    moved = (root / "archive" / "2023" / "old.md").rename(root / "old-archived.md")
    print("\nrenamed ->", moved.name, moved.exists(), (root / "archive/2023/old.md").exists())
    shutil.rmtree(root / "archive")
    print("dirs now:", sorted(p.name for p in root.iterdir() if p.is_dir()))
    print("txt files:", [p.name for p in root.glob("*.txt")])
    print("with_suffix:", Path("a/b/c.md").with_suffix(".html"), Path("a/b/c.md").parent.name)
    print("joined:", Path("x") / "y" / "z.txt", Path("/tmp/../etc").name, Path("archive.tar.gz").suffixes)
finally:
    shutil.rmtree(root)
print("cleaned up:", not root.exists())
