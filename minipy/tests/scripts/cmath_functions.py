# cmath against CPython 3.11, to the last bit: square roots, logarithms (tiny, near one, with a base), polar form.
import cmath, math
for z in [1 + 2j, -4, 3j, -1 - 1j, 0.5 - 0.25j, 1e-320 + 1e-320j, 100 + 0j]:
    print(cmath.sqrt(z), cmath.phase(z), cmath.polar(z), cmath.log(z) if z != 0 else "", cmath.log10(z))
print(cmath.exp(1j * math.pi), cmath.exp(1 + 1j), cmath.rect(2, math.pi / 4), cmath.log(8, 2), cmath.isclose(1j, 1.0000000001j))
print(cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1j))
