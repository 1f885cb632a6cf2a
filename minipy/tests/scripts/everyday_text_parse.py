log = """2024-01-03 10:15:02 INFO  user=alice action=login
2024-01-03 10:16:45 WARN  user=bob action=failed_login attempts=3
2024-01-03 10:17:00 INFO  user=alice action=upload size=2048
2024-01-03 11:02:13 ERROR user=carol action=upload size=0 reason="disk full"
2024-01-03 11:05:00 INFO  user=bob action=login
"""

def parse_line(line):
    date, time, level, rest = line.split(maxsplit=3)
    fields = {}
    for part in rest.split(" "):
        if "=" in part:
            k, _, v = part.partition("=")
            fields[k] = v.strip('"')
    return {"date": date, "time": time, "level": level, **fields}

records = [parse_line(l) for l in log.strip().splitlines()]
print(len(records), records[1]["attempts"], records[3].get("reason"))
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)
users = sorted({r["user"] for r in records})
print(users)
hours = [int(r["time"].split(":")[0]) for r in records]
print(hours, max(hours) - min(hours))
uploads = [int(r["size"]) for r in records if r["action"] == "upload"]
print("uploaded", sum(uploads), "bytes in", len(uploads), "uploads")
csv = "name,age,city\nAnn,31,Paris\nBo,25,Oslo\nCy,40,Rome\n"
header, *rows = [line.split(",") for line in csv.splitlines()]
people = [dict(zip(header, row)) for row in rows]
for p in sorted(people, key=lambda p: int(p["age"]), reverse=True):
    print("{name:>4} | {age:>3} | {city}".format(**p))
print("|".join(h.upper() for h in header))
line = "  key :  value with spaces  "
k, v = (s.strip() for s in line.split(":", 1))
print(f"[{k}]=[{v}]", line.count(" "), line.find("value"), line.rfind("s"))
print("a-b-c".replace("-", "+", 1), "x".join(["1", "2", "3"]), "TeSt".swapcase(), "abc".startswith(("x", "a")))
print("hello world".title(), "  pad".lstrip(), "tail  ".rstrip() + "|", "42".zfill(5), "3".isnumeric())
