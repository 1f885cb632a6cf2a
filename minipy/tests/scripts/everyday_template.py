import re
import html

class TemplateError(Exception):
    pass

class Template:
    TOKEN = re.compile(r"\{\{\s*(.+?)\s*\}\}|\{%\s*(.+?)\s*%\}")

    def __init__(self, source):
        self.source = source
        self.filters = {"upper": str.upper, "lower": str.lower, "title": str.title,
                        "len": len, "escape": html.escape, "strip": str.strip}

    def _lookup(self, expr, ctx):
        name, *filters = [p.strip() for p in expr.split("|")]
        value = ctx
        for part in name.split("."):
            if isinstance(value, dict):
                if part not in value:
                    raise TemplateError(f"undefined: {name}")
                value = value[part]
            else:
                value = getattr(value, part)
        for f in filters:
            try:
                value = self.filters[f](value)
            except KeyError:
                raise TemplateError(f"unknown filter {f!r}") from None
        return value

    def render(self, ctx):
        out, pos, stack = [], 0, []
        tokens = list(self.TOKEN.finditer(self.source))
        i = 0
        def emit(s):
            if all(stack_item[1] for stack_item in stack):
                out.append(s)
        while i < len(tokens):
            m = tokens[i]
            emit(self.source[pos:m.start()])
            pos = m.end()
            if m.group(1):
                emit(str(self._lookup(m.group(1), ctx)))
            else:
                words = m.group(2).split()
                match words:
                    case ["if", cond]:
                        stack.append(("if", bool(self._lookup(cond, ctx))))
                    case ["else"]:
                        kind, val = stack.pop()
                        stack.append(("else", not val))
                    case ["endif"]:
                        stack.pop()
                    case _:
                        raise TemplateError(f"bad tag: {m.group(2)}")
            i += 1
        emit(self.source[pos:])
        if stack:
            raise TemplateError("unclosed block")
        return "".join(out)

class User:
    def __init__(self, name, admin):
        self.name, self.admin = name, admin

t = Template("Hello {{ user.name | title }}!{% if user.admin %} [admin]{% else %} [guest]{% endif %} You have {{ count }} msgs.")
print(t.render({"user": User("ada lovelace", True), "count": 3}))
print(t.render({"user": User("bob", False), "count": 0}))
print(Template("{{ s | escape }} / {{ s | len }}").render({"s": "<a href='x'>&</a>"}))
print(Template("{{ a.b.c | upper }}").render({"a": {"b": {"c": "deep"}}}))
for src, ctx in [("{{ nope }}", {}), ("{{ x | shout }}", {"x": "hi"}), ("{% if x %}open", {"x": 1}), ("{% for x %}", {})]:
    try:
        Template(src).render(ctx)
    except TemplateError as e:
        print("TemplateError:", e)
print("{0:>5}|{1:^7}|{2:<4}|".format("a", "mid", "z"), "{name}={val:.3f}".format(name="pi", val=3.14159))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345), "%-6s|%06.2f|%x|%o|%r" % ("ab", 3.14159, 255, 8, "q"))
