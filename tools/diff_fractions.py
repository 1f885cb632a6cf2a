#!/usr/bin/env python3
"""Differential check of minipy's fractions against python3's.

usage: tools/diff_fractions.py MINIPY [--module PATH] [N_CASES] [SEED]

Generates N random cases (default 4000), each one expression over Fraction: construction from
ints, pairs (negative, zero and Fraction parts), floats (including nan / inf / subnormal / huge),
strings (random well- and ill-formed "n/d", decimal and exponent forms with signs, underscores,
spaces and stray characters) and bad types; every binary operator (+ - * / // % divmod **) in
both directions against ints, Fractions, floats, complex numbers and strings, including zero
divisors and negative / fractional powers; comparisons and equality against ints, floats
(nan, inf), Fractions; hash; round with and without ndigits; int / float / math.floor / ceil /
trunc; str / repr; limit_denominator (including ties and bad limits); from_float;
as_integer_ratio; numerator / denominator; bool; copy / pickle round trips; subclasses. The
repr of each result (with its type name) or the exception type and message is compared. See
tools/diffcases.py for the driver and --module.
"""
import random
import sys

import diffcases

PRE = '''from fractions import Fraction as F
import fractions, math, copy, pickle
class G(F):
    pass
def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print('raised', type(e).__name__, str(e))
'''


def num(rng):
    return rng.choice([0, 1, -1, 2, 3, -7, 10, 12, 1000, 2 ** 64 + 1, -(10 ** 30), 6, 9, 100003])


def text(rng):
    r = rng.random()
    if r < 0.5:
        parts = [rng.choice(['', ' ', '  ', '\t']), rng.choice(['', '', '-', '+', '+-', '--']),
                 rng.choice(['1', '12', '0', '007', '1_000', '3', '', '1__0', '_1', '1_', '٣']),
                 rng.choice(['', '', '/', '/3', '/0', '/12', '/ 4', '/-2', '/1_2', '/_2', '.', '.5', '.25', '.', 'e3',
                             'E-2', 'e+1', 'e', '.5e-3', '.0', '.1_5', 'e1_0', 'x', '/2e3', '.5/2']),
                 rng.choice(['', '', ' ', '\n', ' x'])]
        return ''.join(parts)
    return rng.choice(['1/2', '-3/4', ' 22/7 ', '0/5', '5/0', '-0/0', '1.5', '.5', '5.', '-.5e2', '1e-10',
                       '3.14159', 'nan', 'inf', '', ' ', '1/2/3', '1.2.3', '0x10', '1e1000', '123456789012345678901234567890',
                       '+7', '- 7', '1 2', '1/-2', '١/٢', '2.5E+3', '1_0.0_1', 'e5', '.e5', '.'])


def frac(rng):
    r = rng.random()
    if r < 0.55:
        return 'F(%d, %d)' % (num(rng), rng.choice([1, 2, 3, -4, 6, 7, 10, 12, 1000, 3 ** 40]))
    if r < 0.7:
        return 'F(%d)' % num(rng)
    if r < 0.8:
        return 'F(%r)' % rng.choice(['1/3', '-2/7', '0.1', '22/7', '-1.25', '5'])
    if r < 0.9:
        return 'F(%r)' % rng.choice([0.1, 0.5, -2.75, 1e-300, 3.0, 1e20, 5e-324])
    return 'G(%d, %d)' % (num(rng), rng.choice([1, 3, 5]))


def other(rng):
    r = rng.random()
    if r < 0.35:
        return frac(rng)
    if r < 0.6:
        return str(num(rng))
    if r < 0.8:
        return repr(rng.choice([0.0, 0.5, -1.5, 2.0, 1e300, 3.25, 1e-5]))
    if r < 0.87:
        return rng.choice(["float('nan')", "float('inf')", "-math.inf"])
    if r < 0.93:
        return rng.choice(['1j', '(2+3j)', 'complex(0.5, 0)'])
    return rng.choice(["'x'", 'None', '[1]', 'True'])


def expr(rng):
    r = rng.random()
    if r < 0.12:
        return 'F(%r)' % text(rng)
    if r < 0.2:
        a = rng.choice([str(num(rng)), frac(rng), repr(rng.choice([1.5, 2.0])), "'3'", 'None', 'True'])
        b = rng.choice([str(num(rng)), frac(rng), '0', '-0', '2.0', "'2'", 'True'])
        return 'F(%s, %s)' % (a, b)
    if r < 0.26:
        x = rng.choice([0.1, 1 / 3, -0.0, 2.5, 1e-320, 1.7976931348623157e308, 12345.678,
                        float('nan'), float('inf'), -float('inf')])
        return rng.choice(['F(%s)', 'F.from_float(%s)', 'G.from_float(%s)']) % (
            repr(x) if x == x and abs(x) != float('inf') else "float(%r)" % str(x))
    if r < 0.28:
        return 'F.from_float(%s)' % rng.choice(['3', "'x'", 'F(1, 2)', 'None', 'True'])
    if r < 0.55:
        op = rng.choice(['+', '-', '*', '/', '//', '%', '**', 'divmod'])
        a, b = frac(rng), other(rng)
        if op == '**':
            b = rng.choice(['2', '-2', '0', '3', '-1', 'F(1, 2)', 'F(-3)', '0.5', 'F(2)', '-3', '1j', 'F(0)'])
            if rng.random() < 0.3:
                a = rng.choice(['2', '-8', '0', '2.0', '-1.5', '1j', 'F(0)', 'F(1, 3)', 'F(-2, 3)'])
        elif rng.random() < 0.5:
            a, b = b, a
        if op == 'divmod':
            return 'divmod(%s, %s)' % (a, b)
        return '(%s) %s (%s)' % (a, op, b)
    if r < 0.68:
        op = rng.choice(['<', '<=', '>', '>=', '==', '!='])
        a, b = frac(rng), other(rng)
        if rng.random() < 0.5:
            a, b = b, a
        return '(%s) %s (%s)' % (a, op, b)
    if r < 0.76:
        return rng.choice(['round(%s)', 'round(%s, 0)', 'round(%s, 2)', 'round(%s, -1)', 'round(%s, 5)',
                           'int(%s)', 'float(%s)', 'math.floor(%s)', 'math.ceil(%s)', 'math.trunc(%s)',
                           'bool(%s)', 'complex(%s)']) % frac(rng)
    if r < 0.82:
        return rng.choice(['hash(%s)', 'str(%s)', 'repr(%s)', '%s.as_integer_ratio()', '(%s).numerator',
                           '(%s).denominator', 'abs(%s)', '-%s', '+%s', '(%s).real', '(%s).imag',
                           '(%s).conjugate()', 'hash(%s) == hash(float(%s))'])
    if r < 0.92:
        f = rng.choice(['F(math.pi)', 'F(math.e)', 'F(1, 4)', 'F(3, 4)', 'F(-3, 4)', 'F(355, 113)',
                        'F(1, 3)', 'F(0.1)', 'F(-7, 10)', 'F(123456789, 1000000000)', frac(rng)])
        lim = rng.choice(['', '1', '2', '3', '10', '100', '1000', '0', '-5', '7'])
        return '%s.limit_denominator(%s)' % (f, lim)
    if rng.random() < 0.2:
        return 'pickle.loads(pickle.dumps(F(%d, 7)))' % num(rng)
    return rng.choice(['copy.copy(%s)', 'copy.deepcopy(%s)',
                       '%s.__reduce__()', 'copy.copy(%s) is copy.copy(%s)',
                       '{%s: 1}', 'sorted([%s, 1, 0.5])', 'sum([%s, %s])', 'isinstance(%s, __import__("numbers").Rational)']).replace('%s', frac(rng))


def case(rng):
    e = expr(rng)
    if '%s' in e:
        e = e.replace('%s', frac(rng))
    return PRE + 'show(lambda: %s)\n' % e


def cases(rng, n):
    return [case(rng) for _ in range(n)]


if __name__ == '__main__':
    sys.exit(diffcases.main('fractions', cases, 4000))
