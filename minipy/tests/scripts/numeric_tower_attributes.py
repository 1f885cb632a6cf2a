# The numeric tower's data attributes, as code that accepts "any real number" reads them.
def as_pair(x):
    return x.real, x.imag


for x in (3, -7, True, 2**70, 2.5, -0.0):
    print(type(x).__name__, as_pair(x), type(x.real).__name__, type(x.imag).__name__)
for n in (6, False, -(2**65)):
    print(n.numerator, n.denominator)
print("{0.real}/{0.imag}".format(4), f"{(5).denominator}")
try:
    (2.5).numerator
except AttributeError as e:
    print(e)
