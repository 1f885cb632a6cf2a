# minipy's inspect: written for minipy from the documented behaviour. The is* predicates,
# signature() with Signature/Parameter/BoundArguments, getmembers, getdoc, cleandoc,
# getfullargspec, unwrap, getmodule (by name), getattr_static. A function's parameters come from
# the interpreter (modules/extra.rs); builtins have no signature (ValueError). No source access
# (getsource, getsourcefile and getfile raise or return None), no coroutines; currentframe() is
# sys._getframe(1), whose frames know f_code, f_lineno and f_back.

import enum as _enum
import types as _types

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'getmembers', 'getdoc',
           'cleandoc', 'isfunction', 'isclass', 'ismethod', 'ismodule', 'isgenerator',
           'isgeneratorfunction', 'iscoroutinefunction', 'iscoroutine', 'isbuiltin',
           'isroutine', 'isabstract', 'isawaitable', 'isasyncgenfunction', 'getfullargspec',
           'unwrap', 'getmodule', 'getattr_static', 'FullArgSpec', 'currentframe']

_FUNC = _types.FunctionType
_METHOD = _types.MethodType


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _METHOD)


def isfunction(object):
    return isinstance(object, _FUNC)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or (
        type(object).__name__ in ('method_descriptor', 'wrapper_descriptor',
                                  'method-wrapper', 'classmethod_descriptor'))


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def _unbound(f):
    while ismethod(f):
        f = f.__func__
    return f


def isgeneratorfunction(obj):
    f = _unbound(obj)
    while hasattr(f, 'func') and type(f).__name__ == 'partial':
        f = f.func
    if not isfunction(f):
        return False
    info = _func_params(f)
    return bool(info and info[1])


def iscoroutinefunction(obj):
    return False


def iscoroutine(object):
    return False


def isawaitable(object):
    return hasattr(object, '__await__')


def isasyncgenfunction(obj):
    return False


def isasyncgen(object):
    return False


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isframe(object):
    return False


def iscode(object):
    return False


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    t = type(object)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    t = type(object)
    return hasattr(t, '__get__') and not hasattr(t, '__set__')


def getmembers(object, predicate=None):
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=None):
    raise NotImplementedError("minipy's inspect has no getattr_static")


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isinstance(object, type):
        for base in object.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if doc is None and (isfunction(object) or ismethod(object)):
        name = getattr(object, '__name__', None)
        owner = None
        if ismethod(object):
            owner = object.__self__
            owner = owner if isinstance(owner, type) else type(owner)
        if owner is not None and name:
            for base in owner.__mro__[1:]:
                meth = base.__dict__.get(name)
                if meth is not None and getattr(meth, '__doc__', None):
                    doc = meth.__doc__
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    return None


def getsourcefile(object):
    return None


def getfile(object):
    raise TypeError('minipy keeps no source files for objects')


def getsource(object):
    raise OSError('could not get source code')


def getsourcelines(object):
    raise OSError('could not get source code')


def unwrap(func, *, stop=None):
    seen = {id(func)}
    f = func
    while hasattr(f, '__wrapped__'):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_empty.__module__ = 'inspect'


class _void:
    pass


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_TEXT[self]


_ParameterKind.__module__ = 'inspect'
_KIND_TEXT = {0: 'positional-only', 1: 'positional or keyword', 2: 'variadic positional',
              3: 'keyword-only', 4: 'variadic keyword'}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _types.GenericAlias):
        return repr(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL,
                                                      _ParameterKind.VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                self._kind.description))
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self._kind
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if kind == _ParameterKind.VAR_POSITIONAL:
            text = '*' + text
        elif kind == _ParameterKind.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _ParameterKind.VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            try:
                new.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == _ParameterKind.VAR_POSITIONAL:
                    val = ()
                elif param.kind == _ParameterKind.VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new.append((name, val))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    empty = _empty
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top = _ParameterKind.POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if __validate_parameters__:
                    if kind < top:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top.description, kind.description))
                    elif kind > top:
                        top = kind
                    if kind in (_ParameterKind.POSITIONAL_ONLY,
                                _ParameterKind.POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        self._parameters = _types.MappingProxyType(params) if hasattr(
            _types, 'MappingProxyType') else params
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_of(obj, follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self.parameters.items()) == list(other.parameters.items()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _ParameterKind.VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _ParameterKind.POSITIONAL_ONLY:
                            raise TypeError('{arg!r} parameter is positional only, but was passed '
                                            'as a keyword'.format(arg=param.name))
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _ParameterKind.VAR_KEYWORD
                          or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError('missing a required argument: {arg!r}'.format(
                            arg=param.name))
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _ParameterKind.VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(
                            arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        rest = list(parameters_ex) + list(parameters)
        for param in rest:
            if param.kind == _ParameterKind.VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != _ParameterKind.VAR_POSITIONAL
                        and param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=name)) from None
            else:
                if param.kind == _ParameterKind.POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(arg=param.name))
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _ParameterKind.KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def _function_signature(func):
    info = _func_params(func)
    if info is None:
        raise ValueError('no signature found for {!r}'.format(func))
    rows = info[0]
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    positional = [r for r in rows if r[1] in (0, 1)]
    first_default = len(positional) - len(defaults)
    params = []
    for i, (name, kind) in enumerate(rows):
        default = _empty
        if kind in (0, 1) and i >= first_default:
            default = defaults[i - first_default]
        elif kind == 3 and name in kwdefaults:
            default = kwdefaults[name]
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_ParameterKind.VAR_KEYWORD,
                                        _ParameterKind.KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind != _ParameterKind.VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_of(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(_signature_of(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature_of(obj, follow_wrapped)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _function_signature(obj)
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        sig = _signature_of(obj.func, follow_wrapped)
        params = list(sig.parameters.values())
        bound = sig.bind_partial(*obj.args, **obj.keywords)
        out = []
        for p in params:
            if p.name in bound.arguments and p.kind not in (_ParameterKind.VAR_POSITIONAL,
                                                            _ParameterKind.VAR_KEYWORD):
                if p.name in obj.keywords:
                    out.append(p.replace(default=obj.keywords[p.name],
                                         kind=_ParameterKind.KEYWORD_ONLY
                                         if p.kind != _ParameterKind.POSITIONAL_ONLY else p.kind))
                continue
            out.append(p)
        return sig.replace(parameters=out)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if '__new__' in base.__dict__ and base is not object and isfunction(
                    base.__dict__['__new__']):
                return _drop_first(_function_signature(base.__dict__['__new__']))
            init = base.__dict__.get('__init__')
            if init is not None and isfunction(init):
                return _drop_first(_function_signature(init))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_function_signature(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return _signature_of(obj, follow_wrapped)


class FullArgSpec(tuple):
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults',
               'annotations')

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults,
                                   annotations))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return ('FullArgSpec(args=%r, varargs=%r, varkw=%r, defaults=%r, kwonlyargs=%r, '
                'kwonlydefaults=%r, annotations=%r)' % tuple(self))


def getfullargspec(func):
    try:
        sig = _signature_of(func, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind == _ParameterKind.POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _ParameterKind.POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _ParameterKind.VAR_POSITIONAL:
            varargs = name
        elif kind == _ParameterKind.KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _ParameterKind.VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults or None, kwonlyargs,
                       kwdefaults or None, annotations)


def currentframe():
    """The caller's frame object."""
    import sys
    return sys._getframe(1)
