# inspect: predicates, signature and its parts, bind, getdoc/cleandoc, getmembers.
import inspect
def f(a, b: int = 2, *args, c, d='x', **kw) -> str:
    """Doc.

        indented
    """
def g(x, /, y, *, z=None): pass
class C:
    """Class doc."""
    def __init__(self, p, q=1): pass
    def m(self, r): pass
    @staticmethod
    def s(t): pass
    @classmethod
    def k(cls, u): pass
def gen(): yield 1
sig = inspect.signature(f)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.default, p.annotation, str(p), repr(p), p.kind.name, p.kind.description)
print(sig.return_annotation, inspect.signature(g), inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.s), inspect.signature(C.k), inspect.signature(lambda a, *b: 0))
print(inspect.Parameter.empty, inspect.Signature.empty, inspect.Parameter.POSITIONAL_ONLY, int(inspect.Parameter.KEYWORD_ONLY))
b = sig.bind(1, c=3); print(b.arguments, b.args, b.kwargs); b.apply_defaults(); print(b.arguments)
print(inspect.isfunction(f), inspect.isfunction(C.m), inspect.isfunction(C(1).m), inspect.ismethod(C(1).m), inspect.isclass(C), inspect.isgenerator(gen()), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getdoc(f)); print(repr(inspect.getdoc(C))); print(inspect.cleandoc('  a\n    b\n  c'))
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')])
class D:
    x = 1
    y = 'a'
print(inspect.getmembers(D, lambda v: isinstance(v, int)))
p = inspect.Parameter('z', inspect.Parameter.KEYWORD_ONLY, default=3)
print(p, p.replace(default=4), inspect.Signature([p]))
print(inspect.signature(f).replace(return_annotation=inspect.Signature.empty))
print(inspect.getfullargspec(f))
print(inspect.unwrap(f) is f)
