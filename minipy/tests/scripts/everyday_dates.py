from datetime import date, datetime, timedelta
birthdays = {"ann": date(1990, 7, 14), "ben": date(1985, 12, 1), "cid": date(2000, 2, 29)}
today = date(2024, 6, 1)
def age(b, on):
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
for name, b in sorted(birthdays.items(), key=lambda kv: kv[1]):
    print(f"{name}: born {b:%d %B %Y}, age {age(b, today)}, weekday {b.strftime('%A')}")
def next_birthday(b, on):
    try:
        nb = b.replace(year=on.year)
    except ValueError:
        nb = date(on.year, 3, 1)
    if nb < on:
        nb = nb.replace(year=on.year + 1) if not (nb.month == 2 and nb.day == 29) else date(on.year + 1, 3, 1)
    return nb
for name, b in birthdays.items():
    nb = next_birthday(b, today)
    print(name, nb.isoformat(), (nb - today).days)
start = datetime(2024, 1, 1, 8, 0)
slots = [start + timedelta(minutes=45 * i) for i in range(4)]
print([s.strftime("%H:%M") for s in slots], slots[-1] - slots[0], (slots[-1] - slots[0]).total_seconds())
print(date(2024, 3, 10).isocalendar()[1], date.fromisoformat("2024-12-31").timetuple().tm_yday if hasattr(date, "timetuple") else 366)
