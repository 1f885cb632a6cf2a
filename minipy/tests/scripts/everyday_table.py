from dataclasses import dataclass, fields, astuple
from typing import Sequence
import textwrap
import unicodedata

@dataclass
class City:
    name: str
    country: str
    population: int
    area_km2: float

    @property
    def density(self):
        return self.population / self.area_km2

def render_table(rows: Sequence, headers: Sequence[str], aligns: str = None) -> str:
    cells = [[str(h) for h in headers]] + [[fmt(v) for v in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    aligns = aligns or "<" * len(headers)
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [sep]
    for n, row in enumerate(cells):
        parts = [f" {c:{a}{w}} " for c, a, w in zip(row, aligns, widths)]
        lines.append("|" + "|".join(parts) + "|")
        if n == 0:
            lines.append(sep.replace("-", "="))
    lines.append(sep)
    return "\n".join(lines)

def fmt(v):
    if isinstance(v, float):
        return f"{v:,.1f}"
    if isinstance(v, int):
        return f"{v:,}"
    return v

cities = [City("Tokyo", "Japan", 13960000, 2194.07), City("Delhi", "India", 16787941, 1484.0),
          City("Reykjavik", "Iceland", 131136, 273.0), City("Zurich", "Switzerland", 421878, 87.88),
          City("Lagos", "Nigeria", 15388000, 1171.28)]
cols = [f.name for f in fields(City)]
print(cols)
rows = [astuple(c) + (c.density,) for c in sorted(cities, key=lambda c: c.density, reverse=True)]
print(render_table(rows, cols + ["density"], "<<>>>"))
print(render_table([("a", 1), ("bb", 22222)], ("k", "v"), "^>"))
blurb = ("Tokyo is the capital of Japan and one of the most populous metropolitan areas "
         "in the world, known for its mix of ultramodern and traditional architecture.")
print(textwrap.fill(blurb, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(blurb, width=50, placeholder=" [...]"))
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.indent("a\nb\n\nc", "> "))
print(len(textwrap.wrap(blurb, 30)), max(map(len, textwrap.wrap(blurb, 30))))
print("Zürich".center(12, "*"), "left".ljust(8, ".") + "|", "right".rjust(8) + "|", "7".zfill(4))
print(unicodedata.name("é"), "straße".upper(), "ǅ".lower(), "ﬁ".casefold())
