# Planning with the calendar module: leap years, month grids and printed months.
import calendar

for year in (1900, 2000, 2023, 2024):
    print(year, "leap" if calendar.isleap(year) else "common")
print("leap days 2000-2030:", calendar.leapdays(2000, 2030))

first_weekday, days = calendar.monthrange(2024, 2)
print("Feb 2024 starts on", calendar.day_name[first_weekday], "and has", days, "days")
print(calendar.month_name[7], calendar.month_abbr[12], list(calendar.day_abbr))

# Every second Tuesday of 2024 (team meeting).
meetings = []
for month in range(1, 13):
    weeks = calendar.monthcalendar(2024, month)
    tuesdays = [week[calendar.TUESDAY] for week in weeks if week[calendar.TUESDAY]]
    meetings.append((calendar.month_abbr[month], tuesdays[1]))
print(meetings)

print(calendar.month(2024, 3))
calendar.prmonth(2023, 12, w=3)
sunday_first = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(sunday_first.formatmonth(2025, 1))
print(calendar.weekheader(2))
print(calendar.timegm((2024, 1, 1, 12, 0, 0)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
