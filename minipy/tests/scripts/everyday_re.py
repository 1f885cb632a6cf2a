# Parsing a small log with re, as scripts do.
import re

LOG = """\
2024-01-05 10:12:01 INFO  user=alice action=login ip=10.0.0.1
2024-01-05 10:15:42 WARN  user=bob action=upload size=1532kb
2024-01-05 11:01:09 ERROR user=alice action=upload error="disk full"
2024-01-06 08:00:00 INFO  user=carol action=login ip=10.0.0.7
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+)\s+(?P<rest>.*)$", re.M)
print(LINE)
levels = {}
for m in LINE.finditer(LOG):
    levels[m["level"]] = levels.get(m["level"], 0) + 1
    fields = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', m.group("rest")))
    print(m.group("date"), m.span("time"), fields)
print(sorted(levels.items()))

m = LINE.search(LOG)
print(m)
print(m.groups()[:3], m.groupdict()["level"], m.lastgroup)

print(re.findall(r"\b\d+\.\d+\.\d+\.\d+\b", LOG))
print(re.sub(r"user=(\w+)", lambda mm: "user=" + mm.group(1).upper(), LOG.splitlines()[0]))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", "on 2024-01-05 and 2024-02-10"))
print(re.subn(r"\s+", " ", "too    many   spaces\there"))
print(re.split(r"[;,]\s*", "a, b;c,   d"))
print(re.split(r"(\d)", "x1y2z"))
print(re.escape("price: $5.00 (approx)"))

words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, isn't it?", re.IGNORECASE)
print(words)
print(bool(re.fullmatch(r"[\w.]+@\w+\.(com|org)", "jo.doe@example.org")))
print(re.match(r"(\d+)(px|em)?", "12em").groups(), re.match(r"(\d+)(px|em)?", "12").groups())
print(re.search(r"(?<=@)\w+", "mail me@home now").group())
print(re.search(r"(\w)\1", "bookkeeper"))
print(re.findall(r"x*", "axxb"))
try:
    re.compile(r"[a-")
except re.error:
    print("bad pattern rejected")
pat = re.compile(r"""
    (?P<key>[a-z_]+)   # the key
    \s* = \s*
    (?P<value>\d+)     # its value
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer("a = 1, bb=22 ,c_d =333")])
