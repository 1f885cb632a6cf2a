from datetime import date, timedelta
rows = [("Widgets", 1234.5, 0.125), ("Gadgets", 99.99, -0.05), ("Thingamajigs", 1000000, 0.3333)]
print(f"{'Product':<14}{'Revenue':>14}{'Growth':>9}")
print("-" * 37)
for name, rev, growth in rows:
    print(f"{name:<14}{rev:>14,.2f}{growth:>+9.1%}")
print("=" * 37)
total = sum(r for _, r, _ in rows)
print(f"{'Total':<14}{total:>14,.2f}")
start = date(2024, 1, 31)
for i in range(3):
    d = start + timedelta(days=30 * i)
    print(d.isoformat(), d.strftime("%a %d %b %Y"), d.weekday())
print((date(2024, 12, 25) - date(2024, 1, 1)).days, date(2024, 2, 29).replace(year=2028))
print("{:08.3f}|{:^9}|{:<6}|{:e}".format(3.14159, "mid", "l", 12345.678))
print("%-10s|%5d|%08.2f|%x|%o|%5.1f%%" % ("name", 42, 3.14159, 255, 8, 99.5))
