import re
from urllib.parse import urlparse, parse_qs

TEXT = """Contact us at support@example.com or Sales.Team@Shop.co.uk.
Old address: john_doe99@mail.example.org (deprecated). Not an email: foo@bar
Visit https://www.example.com/path/page?id=42&lang=en#top or http://test.org.
Also ftp://files.example.net/pub and https://api.example.com/v2/users?page=3&page=4.
Call +1-555-123-4567 or (555) 987-6543. Dates: 2024-03-15, 1999-12-31, 2024-13-01."""

EMAIL = re.compile(r"\b[\w.+-]+@(?:[\w-]+\.)+[A-Za-z]{2,}\b")
URL = re.compile(r"\b(?:https?|ftp)://[^\s]+?(?=[.,]?(?:\s|$))")
PHONE = re.compile(r"(?:\+1-)?\(?(\d{3})\)?[-\s](\d{3})-(\d{4})")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>\d{2})")

emails = EMAIL.findall(TEXT)
print(len(emails), emails)
domains = sorted({e.split("@")[1].lower() for e in emails})
print(domains)
for url in URL.findall(TEXT):
    u = urlparse(url)
    q = parse_qs(u.query)
    print(f"{u.scheme:<5} {u.netloc:<20} {u.path or '/':<12} {dict(sorted(q.items()))} {u.fragment!r}")
for m in PHONE.finditer(TEXT):
    print("phone", "-".join(m.groups()), m.start(), m.group(0))
for m in DATE.finditer(TEXT):
    print(m.group("y"), m["m"], m.groupdict(), m.span())
masked = EMAIL.sub(lambda m: m.group(0)[0] + "***@" + m.group(0).split("@")[1], TEXT.splitlines()[0])
print(masked)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "a@b c@d"))
print(re.findall(r"\d+", "a1b22c333"), re.split(r"\s*[,;]\s*", "a , b;c ;d"))
print(bool(re.fullmatch(r"[A-Z]{3}\d{3}", "ABC123")), re.fullmatch(r"\d+", "12a"))
pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
print(pat.findall("name: Bob\nage:  42\nbad line\ncity:Paris"))
print(re.search(r"(?i)HELLO", "say hello").group(), re.escape("a.b*c"))
m = re.match(r"(\d+)(?:px)?", "120px")
print(m.group(1), m.groups(), m.end(), m.lastindex)
print(re.sub(r"\s+", " ", "  too   many\tspaces\n here ").strip())
