# Exact arithmetic with fractions and summary statistics of a small data set.
from fractions import Fraction
import statistics

recipe = {"flour": Fraction(3, 4), "sugar": Fraction("1/3"), "butter": Fraction(0.5)}
scale = Fraction(3, 2)
for item, qty in recipe.items():
    print(f"{item:<7} {str(qty):>4} -> {qty * scale}")
total = sum(recipe.values())
print("total cups:", total, repr(total), float(total))
print(Fraction(22, 7) - Fraction(355, 113), Fraction(1, 3) + 1, 2 * Fraction(5, 6), Fraction(7, 3) // 2, Fraction(7, 3) % 1)
print(Fraction(3.14159).limit_denominator(1000), Fraction("0.125"), Fraction(-6, 8), Fraction(2, 3) ** 2)
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, round(Fraction(5, 2)), round(Fraction(22, 7), 2), int(Fraction(-7, 2)))
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(2, 5)]), Fraction(3, 4).as_integer_ratio(), (0.75).as_integer_ratio())
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), hash(Fraction(4, 2)) == hash(2))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

scores = [88, 92, 79, 93, 85, 92, 70, 88, 92]
times = [12.5, 11.75, 13.0, 12.25, 14.5, 11.5]
print("mean", statistics.mean(scores), statistics.mean(times))
print("median", statistics.median(scores), statistics.median(times), statistics.median_low(times), statistics.median_high(times))
print("mode", statistics.mode(scores), statistics.multimode([1, 1, 2, 2, 3]))
print("stdev", statistics.stdev(scores), statistics.pstdev(scores))
print("variance", statistics.variance(scores), statistics.pvariance(times))
print("stdev times", statistics.stdev(times), statistics.variance(times))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.variance([Fraction(1, 2), Fraction(1, 3), 1]))
print(statistics.fmean(scores), statistics.quantiles(scores, n=4))
print(0.1 + 0.2, statistics.mean([0.1, 0.2]), 7 / 3, 2 ** 60 / 3, 1482017119277569.25)
try:
    statistics.stdev([5])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
