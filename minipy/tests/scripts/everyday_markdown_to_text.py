import re
import textwrap

DOC = """# Project Title

Some *intro* text with **bold** words and a [link](http://example.com).
It continues on a second line that is rather long and should be wrapped nicely by textwrap at forty columns.

## Features

- fast `parsing`
- small *footprint*
- works offline

1. first step
2. second step

> quoted wisdom here

```
code block stays
   as is
```
"""


def inline(text):
    text = re.sub(r"\*\*(.+?)\*\*", lambda m: m.group(1).upper(), text)
    text = re.sub(r"\*(.+?)\*", r"_\1_", text)
    text = re.sub(r"`([^`]+)`", r"'\1'", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 <\2>", text)
    return text


def render(md, width=40):
    out, para, in_code = [], [], False

    def flush():
        if para:
            out.extend(textwrap.wrap(inline(" ".join(para)), width))
            out.append("")
            para.clear()

    for line in md.splitlines():
        if line.startswith("```"):
            flush()
            in_code = not in_code
            continue
        if in_code:
            out.append("    " + line)
            continue
        if m := re.match(r"^(#+)\s+(.*)", line):
            flush()
            title = m.group(2)
            out.append(title.upper() if len(m.group(1)) == 1 else title)
            out.append(("=" if len(m.group(1)) == 1 else "-") * len(title))
        elif m := re.match(r"^\s*[-*]\s+(.*)", line):
            flush()
            out.append("  * " + inline(m.group(1)))
        elif m := re.match(r"^\s*(\d+)\.\s+(.*)", line):
            flush()
            out.append(f"  {m.group(1)}) {inline(m.group(2))}")
        elif line.startswith(">"):
            flush()
            out.append(textwrap.indent(line[1:].strip(), "  | "))
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
    flush()
    return "\n".join(out).rstrip()


print(render(DOC))
print(textwrap.fill("a " * 30, width=25, initial_indent=">> ", subsequent_indent="   "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="..."))
print(repr(textwrap.dedent("    x\n      y\n    z")))
