# timeit, secrets, platform and locale: what a script can rely on (no timings or random values
# printed, only their types and ranges).
import locale
import platform
import secrets
import timeit

t = timeit.Timer('x = sum(range(10))')
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)))
print(timeit.timeit('a * 2', setup='a = 3', number=5) >= 0)
print(timeit.timeit(lambda: None, number=3) >= 0)
calls = [0]


def bump():
    calls[0] += 1


timeit.timeit(bump, number=7)
print(calls[0])
print(len(timeit.repeat('pass', number=2, repeat=4)), timeit.default_timer is __import__('time').perf_counter)
print(timeit.timeit('y + 1', number=3, globals={'y': 5}) >= 0)
number, taken = timeit.Timer('pass').autorange()
print(number >= 1, taken >= 0)
print(timeit.timeit('for i in range(3):\n    i * 2', number=2) >= 0)

print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(16)),
      len(secrets.token_hex()), type(secrets.token_bytes()).__name__)
print(0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc', 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'a', b'b'))
print(all(c in '0123456789abcdef' for c in secrets.token_hex(32)))
print(all(c.isalnum() or c in '-_' for c in secrets.token_urlsafe(32)))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
try:
    secrets.choice([])
except IndexError as e:
    print(e)

print(platform.system(), platform.python_version(), platform.python_version_tuple())
print(platform.machine() != '', platform.uname().system == platform.system(),
      platform.platform().startswith(platform.system()), isinstance(platform.node(), str),
      platform.release() != '', len(platform.uname()), platform.architecture()[0])
print(platform.python_implementation() in ('CPython', 'minipy'))

print(locale.setlocale(locale.LC_ALL, 'C'), locale.getpreferredencoding())
print(locale.setlocale(locale.LC_ALL), locale.getlocale(locale.LC_NUMERIC),
      locale.localeconv()['decimal_point'], repr(locale.localeconv()['thousands_sep']))
try:
    locale.setlocale(locale.LC_ALL, 'xx_YY')
except locale.Error as e:
    print(type(e).__name__, e)
print(locale.atof('2.5'), locale.atoi('12'), locale.str(1.5), locale.format_string('%d-%s', (1, 'a')))
print(locale.strcoll('a', 'b'), locale.strxfrm('abc'), locale.LC_ALL, locale.LC_NUMERIC)
print(locale.setlocale(locale.LC_NUMERIC, 'POSIX'), locale.setlocale(locale.LC_NUMERIC))
