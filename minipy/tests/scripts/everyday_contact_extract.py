import re
from dataclasses import dataclass


TEXT = """
From the desk of Ms. Harriet Vance (harriet.vance@example.org), Tue 2024-02-13.
Please call our office at (555) 123-4567 or the mobile +1-555-987-6543 ext. 12.
Backup contacts: j.doe+news@mail.example.com; SALES@Example.COM;
not-an-email@; @nobody.com; bob@localhost
Meeting moved to 2024-02-20 at 14:30, room B-204. Fallback date 2024-13-40 is invalid.
Invoice #INV-00923 total $1,249.50 (tax $99.96) due 2024-03-01.
Visit https://www.example.org/contact?ref=mail or http://old.example.net/path/.
Phone list: 555.222.3333, 5554441111, 555-12-345 (bad)
"""

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(r"(?:\+1[-\s])?\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})\b")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
MONEY = re.compile(r"\$(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)")
URL = re.compile(r"https?://([^/\s?]+)([^\s?]*)(?:\?(\S+))?")


@dataclass(frozen=True)
class Phone:
    area: str
    exchange: str
    line: str

    def __str__(self):
        return f"({self.area}) {self.exchange}-{self.line}"


def valid_date(m: re.Match) -> bool:
    y, mo, d = (int(x) for x in m.group("y", "m", "d"))
    return 1 <= mo <= 12 and 1 <= d <= 31


emails = [e.lower() for e in EMAIL.findall(TEXT)]
print("emails:", emails)
print("unique domains:", sorted({e.split("@")[1] for e in emails}))

phones = [Phone(*m.groups()) for m in PHONE.finditer(TEXT)]
print("phones:")
for p in dict.fromkeys(phones):
    print("  ", p)

dates = [m for m in DATE.finditer(TEXT)]
print("dates:", [(m.group(0), valid_date(m), m.span()) for m in dates])
print("first date dict:", dates[0].groupdict())

amounts = [float(a.replace(",", "")) for a in MONEY.findall(TEXT)]
print("money:", amounts, "sum", f"{sum(amounts):,.2f}")

for m in URL.finditer(TEXT):
    host, path, query = m.groups()
    print(f"url host={host} path={path or '/'} query={query}")

redacted = EMAIL.sub(lambda m: m.group(0)[0] + "***@" + m.group(0).split("@")[1], TEXT)
redacted = PHONE.sub(r"XXX-XXX-\3", redacted)
print(redacted.strip().splitlines()[1])
print(redacted.strip().splitlines()[2])

words = re.split(r"[\s,;.()]+", "alpha, beta;gamma (delta).  epsilon")
print(words)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host and me@there"))
print(re.match(r"INV-(\d+)", "INV-00923").group(1).lstrip("0"))
print(re.search(r"room ([A-Z])-(\d+)", TEXT).groups(), re.fullmatch(r"\d+", "123x"))
print(re.findall(r"\b[A-Z]{2,}\b", TEXT), re.I == re.IGNORECASE)
print(bool(re.search(r"sales@example\.com", TEXT, re.IGNORECASE)), len(re.findall(r"^\w", TEXT, re.M)))
pat = re.compile(r"""
    (\d{2}) : (\d{2})   # hh:mm
""", re.VERBOSE)
print(pat.search(TEXT).groups(), pat.pattern.count("\n"))
