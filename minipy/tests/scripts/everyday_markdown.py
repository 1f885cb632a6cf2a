"""Tiny Markdown to HTML converter: re.sub with callbacks, html.escape, state machine over lines."""
import html
import re

DOC = """# Weekly *notes*

Some **bold** text, some *italic*, and `code <b>`.
A [link](https://example.com/?a=1&b=2) here.

## Todo
- write `tests`
- fix **bug #42**
- ship it

1. first
2. second

> quoted & wise
> words

```
x = 1 < 2
```
Final paragraph
spanning lines.
"""


def inline(text):
    parts = re.split(r"(`[^`]*`)", text)
    out = []
    for p in parts:
        if p.startswith("`") and p.endswith("`") and len(p) >= 2:
            out.append(f"<code>{html.escape(p[1:-1])}</code>")
            continue
        p = html.escape(p, quote=False)
        p = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", p)
        p = re.sub(r"\*(.+?)\*", r"<em>\1</em>", p)
        p = re.sub(r"\[([^\]]+)\]\(([^)]+)\)",
                   lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', p)
        out.append(p)
    return "".join(out)


def convert(md):
    out, para, mode = [], [], None

    def flush():
        nonlocal mode
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if mode in ("ul", "ol", "blockquote"):
            out.append(f"</{mode}>")
        mode = None

    lines = iter(md.splitlines())
    for line in lines:
        if line.startswith("```"):
            flush()
            code = []
            for inner in lines:
                if inner.startswith("```"):
                    break
                code.append(html.escape(inner))
            out.append("<pre><code>" + "\n".join(code) + "</code></pre>")
        elif m := re.match(r"(#{1,6})\s+(.*)", line):
            flush()
            n = len(m.group(1))
            out.append(f"<h{n}>{inline(m.group(2))}</h{n}>")
        elif m := re.match(r"\s*(?:([-*])|(\d+)\.)\s+(.*)", line):
            kind = "ul" if m.group(1) else "ol"
            if mode != kind:
                flush()
                out.append(f"<{kind}>")
                mode = kind
            out.append(f"  <li>{inline(m.group(3))}</li>")
        elif line.startswith(">"):
            if mode != "blockquote":
                flush()
                out.append("<blockquote>")
                mode = "blockquote"
            out.append("  " + inline(line.lstrip("> ")))
        elif not line.strip():
            flush()
        else:
            if mode:
                flush()
            para.append(line.strip())
    flush()
    return "\n".join(out)


result = convert(DOC)
print(result)
print("tags used:", sorted(set(re.findall(r"<([a-z0-9]+)", result))))
print(html.unescape("&lt;p&gt; &amp;amp; &quot;q&quot; &#39;s&#39; &eacute;"))
print(html.escape("<a href='x'>\"hi\"</a>"))
