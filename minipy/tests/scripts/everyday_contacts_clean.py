"""Clean a messy contacts CSV: normalise names, phones, emails, dedupe."""
import csv
import io
import re
from collections import OrderedDict

RAW = """name,email,phone,city,signup
  alice SMITH ,Alice.Smith@Example.COM,(555) 123-4567,boston,2023-01-05
Bob  jones,bob@example,555.987.6543,NEW YORK,2023/02/11
"O'Neil, Carla",carla.oneil@mail.org,+1 555 222 3333,  chicago,05-03-2023
alice smith,alice.smith@example.com,5551234567,Boston,2023-01-07
Dmitri Ivanov,,555-000-1111,,2023-13-01
"Lee, Min-jun",minjun.lee@corp.co.kr,555 444 9999 ext 12,Seoul,2023-04-30
"""

EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
DATE_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{4})/(\d{2})/(\d{2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{2})-(\d{2})-(\d{4})$"), ("d", "m", "y")),
]


def clean_name(raw):
    raw = " ".join(raw.split())
    if "," in raw:
        last, first = [p.strip() for p in raw.split(",", 1)]
        raw = f"{first} {last}"
    return " ".join(w[:1].upper() + w[1:].lower() if "'" not in w
                    else "'".join(p.capitalize() for p in w.split("'"))
                    for w in raw.split(" "))


def clean_phone(raw):
    main, _, ext = raw.partition("ext")
    digits = re.sub(r"\D", "", main)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return None
    out = "({}) {}-{}".format(digits[:3], digits[3:6], digits[6:])
    return out + (f" x{ext.strip()}" if ext.strip() else "")


def clean_date(raw):
    for pat, order in DATE_PATTERNS:
        m = pat.match(raw.strip())
        if m:
            parts = dict(zip(order, map(int, m.groups())))
            if 1 <= parts["m"] <= 12 and 1 <= parts["d"] <= 31:
                return "{y:04d}-{m:02d}-{d:02d}".format(**parts)
    return None


problems = []
clean = OrderedDict()
reader = csv.DictReader(io.StringIO(RAW))
print("columns:", reader.fieldnames)
for lineno, row in enumerate(reader, start=2):
    rec = {k: (v or "").strip() for k, v in row.items()}
    name = clean_name(rec["name"])
    email = rec["email"].lower()
    if email and not EMAIL_RE.match(email):
        problems.append((lineno, "email", email))
        email = ""
    phone = clean_phone(rec["phone"])
    if phone is None:
        problems.append((lineno, "phone", rec["phone"]))
    signup = clean_date(rec["signup"])
    if signup is None:
        problems.append((lineno, "signup", rec["signup"]))
    key = email or name.lower()
    if key in clean:
        problems.append((lineno, "duplicate", key))
        continue
    clean[key] = {"name": name, "email": email, "phone": phone or "",
                  "city": rec["city"].title(), "signup": signup or ""}

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["name", "email", "phone", "city", "signup"],
                        lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
writer.writeheader()
writer.writerows(clean.values())
print(out.getvalue(), end="")
print(f"\n{len(problems)} problem(s):")
for lineno, field, value in problems:
    print(f"  line {lineno}: {field:<9} {value!r}")
rows = list(csv.reader(io.StringIO(out.getvalue())))
print("round trip rows:", len(rows), "| widest name:", max(len(r[0]) for r in rows[1:]))
print(list(csv.reader(['a,"b ""quoted"" c",,d'])))
