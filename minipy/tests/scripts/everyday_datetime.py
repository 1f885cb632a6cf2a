# Scheduling with datetime: due dates, durations, parsing and formatting.
from datetime import date, datetime, time, timedelta

start = date(2024, 1, 29)
tasks = [("design", 3), ("build", 10), ("test", 4), ("release", 1)]
day = start
for name, days in tasks:
    due = day + timedelta(days=days)
    print(f"{name:<8} {day.isoformat()} -> {due:%a %d %b %Y} (week {due.isocalendar().week})")
    day = due
print("total:", day - start, "| leap day:", date(2024, 2, 28) + timedelta(days=1))

log = ["2024-03-01 08:15:00", "2024-03-01 12:40:30", "2024-03-02 09:05:10"]
stamps = [datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s in log]
for a, b in zip(stamps, stamps[1:]):
    gap = b - a
    print(repr(gap), str(gap), gap.total_seconds() / 3600)
print(max(stamps), min(stamps).strftime("%I:%M %p on %A"), sorted(stamps)[1] == stamps[1])

meeting = datetime.combine(date(2024, 5, 17), time(14, 30))
print(repr(meeting), meeting.isoformat(), str(meeting + timedelta(minutes=90)))
print(meeting.replace(hour=9).strftime("%Y/%m/%d %H:%M"), meeting.weekday(), meeting.date(), meeting.time())
print(datetime.fromisoformat("2024-05-17T14:30:15.250000"), date.fromisoformat("1999-12-31").toordinal())

week = timedelta(weeks=1)
print(week, week / 7, week // timedelta(hours=5), week % timedelta(hours=5), -week, abs(timedelta(hours=-3)))
print(timedelta(hours=1.5), timedelta(seconds=90) * 3, timedelta(days=1, seconds=-1), timedelta(microseconds=1500))
birthdays = {date(1990, 7, 4): "Ann", date(1985, 12, 25): "Bob"}
for b in sorted(birthdays):
    age = (date(2024, 6, 1) - b).days // 365
    print(birthdays[b], b.strftime("%B %d"), age)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("03/01/2024", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(type(datetime.now()).__name__, isinstance(datetime.now(), date), date.today() <= date.today())
