# A weak reference's repr adds (name) when the referent's type provides __name__: functions,
# builtins, classes, and instances whose class defines a string __name__ -- not modules or methods.
import weakref

class Named:
    __name__ = 'from the class'

class Plain:
    def method(self):
        pass

def func():
    pass

p, n, bound = Plain(), Named(), Plain().method
p.__name__ = 'instance attribute'
for obj in (func, len, Plain, n, p, weakref, bound, Plain.method):
    r = weakref.ref(obj)
    print(repr(r).split(';')[1].split(' at ')[0], '(' in repr(r) and repr(r).split('(')[-1])
