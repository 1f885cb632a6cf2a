# vars() and __dict__ of a builtin type: a mappingproxy of the methods it defines itself.
v = vars(list)
print(type(v).__name__, 'append' in v, 'get' in v, 'append' in list.__dict__, '__len__' in v, '__str__' in v)
print(v['__hash__'], 'bit_length' in vars(int), '__add__' in int.__dict__, 'append' in vars(type([])))
print(vars(dict)['get']({'a': 1}, 'a'), callable(v['append']), '__init__' in vars(object), 'get' in vars(object))
print(type(vars(list)).__name__, '__repr__' in vars(str), '__str__' in vars(str), '__str__' in vars(int))
print('__init__' in vars(ValueError), '__str__' in vars(BaseException))
try:
    v['x'] = 1
except TypeError as e:
    print(e)
print(sorted(k for k in vars(list) if not k.startswith('_')))
print(sorted(k for k in vars(dict) if not k.startswith('_')))
print(sorted(k for k in vars(tuple) if not k.startswith('_')))
