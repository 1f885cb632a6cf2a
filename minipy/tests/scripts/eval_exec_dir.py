# eval/exec with and without globals and locals dicts, locals(), and dir() of scopes, instances and classes.
x = 10
print(eval('x + 1'), eval('  2 * 3'), eval('y * 2', {'y': 4}), eval('a + b', {'a': 1}, {'b': 2}))
exec('z = x * 3')
print(z)
g = {'n': 5}
exec('m = n + 1\ndef sq(v):\n    return v * v\nr = sq(m)', g)
print(g['m'], g['r'], sorted(k for k in g if not k.startswith('__')))
ns = {}
exec('for i in range(3):\n    total = i', {}, ns)
print(ns)
def f(a, b=2):
    c = a + b
    print(eval('a * c'), sorted(locals().items()), dir())
    exec('c = 100')
    print(c)
f(3)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError')
try:
    eval('undefined_name')
except NameError as e:
    print(e)
class Pt:
    kind = 'point'
    def __init__(self):
        self.x = 1
    def norm(self):
        return 0
p = Pt()
print(dir(p))
print([n for n in dir(Pt) if not n.startswith('__')])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')])
print([n for n in dir(()) if not n.startswith('_')])
class S:
    __slots__ = ('a', 'b')
print(dir(S()))
print(eval('[i * i for i in range(4)]'), eval('(lambda q: q + x)(1)'))
code = "result = sum(vals)"
scope = {'vals': [1, 2, 3]}
exec(code, scope)
print(scope['result'])
