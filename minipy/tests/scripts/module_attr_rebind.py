import pprint
class Loud(pprint.PrettyPrinter):
    def pformat(self, obj):
        return "loud:" + super().pformat(obj)
pprint.PrettyPrinter = Loud
print(pprint.pformat([1, 2]))
import statistics
old = statistics.mean
calls = []
def spy(data):
    calls.append(len(data))
    return old(data)
statistics.mean = spy
print(statistics.mean([1, 2, 3]))
print(calls)
import sys
print(sys.__name__, 'argv' in dir(sys), '__name__' in dir(math))
del statistics.mean
try:
    statistics.mean
except AttributeError as e:
    print(e)
statistics.mean = old
print(string.Template('$a').substitute(a=1))
import fractions
print(fractions.Fraction(1, 3) + 1)
