import time, datetime
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_yday, t[6], len(t), tuple(t)[:3], isinstance(t, tuple), type(t).__name__)
for secs in (951782400, 1709210096, -86400, 4102444800, 1234567890.7):
    g = time.gmtime(secs)
    print(tuple(g), time.asctime(g), time.strftime("%Y-%m-%d %H:%M:%S %a %j", g))
d = datetime.date(2024, 12, 31)
print(d.timetuple())
print(d.timetuple().tm_yday, datetime.datetime(2023, 3, 1, 12, 30, 5).timetuple())
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mday)
try:
    time.asctime((1, 2))
except TypeError as e:
    print(e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
