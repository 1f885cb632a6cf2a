# minipy's pickle: written for minipy from the documented behaviour (the library reference and
# the opcode descriptions pickletools documents) and checked against the bytes CPython 3.11
# writes. dumps/dump write protocol 4 (the default) or 5 frames and opcodes as CPython does for
# None, bools, ints, floats, str, bytes, bytearray, tuples, lists, dicts, sets, frozensets,
# complex, range, classes/functions by name and instances of plain classes (__dict__ and
# __slots__ state, __getstate__/__setstate__, __getnewargs__, __reduce__/__reduce_ex__).
# Protocols 0-3 are written as protocol 4 less the frames and protocol-4 opcodes would be; see
# docs/semantics.md. str and bytes objects are memoized by value (CPython: by identity), so a
# pickle of equal strings built at run time may be shorter than CPython's. loads reads every opcode of
# protocols 2-5 CPython writes for these types; a class is found among those this process has
# pickled or defined in the importable modules, since minipy has no sys.modules.

import struct as _struct
import io as _io

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL', 'PickleBuffer']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'


class PickleBuffer:
    def __init__(self, buffer):
        self._data = bytes(buffer)

    def raw(self):
        return self._data

    def release(self):
        pass


_FRAME_TARGET = 64 * 1024
_BATCH = 1000

# Classes and functions that pickling met, by (module, qualname), for loads to find again.
_known = {}

_BUILTINS = {'int': int, 'float': float, 'str': str, 'bytes': bytes, 'bytearray': bytearray,
             'list': list, 'dict': dict, 'set': set, 'frozenset': frozenset, 'tuple': tuple,
             'complex': complex, 'range': range, 'slice': slice, 'bool': bool, 'object': object,
             'type': type, 'len': len, 'print': print, 'getattr': getattr, 'min': min,
             'max': max, 'sum': sum, 'abs': abs, 'sorted': sorted, 'repr': repr, 'map': map,
             'filter': filter, 'zip': zip, 'enumerate': enumerate, 'reversed': reversed,
             'iter': iter, 'next': next, 'hash': hash, 'id': id, 'isinstance': isinstance,
             'ValueError': ValueError, 'TypeError': TypeError, 'KeyError': KeyError,
             'IndexError': IndexError, 'RuntimeError': RuntimeError, 'Exception': Exception,
             'AttributeError': AttributeError, 'ZeroDivisionError': ZeroDivisionError,
             'NotImplementedError': NotImplementedError, 'OSError': OSError,
             'StopIteration': StopIteration, 'ArithmeticError': ArithmeticError,
             'LookupError': LookupError, 'AssertionError': AssertionError,
             'BaseException': BaseException}


def _remember(obj):
    module = getattr(obj, '__module__', None)
    qualname = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
    if module is None:
        module = 'builtins'
    if module == 'builtins' or module is None:
        name = getattr(obj, '__name__', None)
        if name in _BUILTINS and _BUILTINS[name] is obj:
            return 'builtins', name
    if qualname is None:
        raise PicklingError("Can't pickle %r: it has no name" % (obj,))
    if '<locals>' in qualname:
        raise AttributeError("Can't pickle local object %r" % (qualname,))
    if '<lambda>' in qualname:
        raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                            % (obj, qualname, module))
    _known[(module, qualname)] = obj
    return module, qualname


def _encode_long(x):
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


class _Frames:
    # The output: frames of at most about 64 KiB (protocol 4+), each with its FRAME header.
    def __init__(self, framed):
        self.framed = framed
        self.done = []
        self.current = []
        self.size = 0

    def write(self, data):
        self.current.append(data)
        self.size += len(data)

    def commit(self):
        if not self.current:
            return
        data = b''.join(self.current)
        if self.framed and len(data) >= 4:
            self.done.append(b'\x95' + _struct.pack('<Q', len(data)))
        self.done.append(data)
        self.current = []
        self.size = 0

    def boundary(self):
        if self.framed and self.size >= _FRAME_TARGET:
            self.commit()

    def write_large(self, header, payload):
        # A payload of a frame's size or more goes between frames, after its header.
        if self.framed and len(payload) >= _FRAME_TARGET:
            self.write(header)
            self.commit()
            self.done.append(bytes(payload))
        else:
            self.write(header)
            self.write(payload)

    def getvalue(self):
        self.commit()
        return b''.join(self.done)


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        self._file = file
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = False
        self.memo = {}
        self._strs = {}

    def clear_memo(self):
        self.memo.clear()
        self._strs.clear()

    def dump(self, obj):
        out = _Frames(self.proto >= 4)
        self._out = out
        if self.proto >= 2:
            out.done.append(b'\x80' + bytes([self.proto]))
        self.save(obj)
        out.write(b'.')
        self._file.write(out.getvalue())
        self._out = None

    # -- memo

    def _memoize(self, obj, key=None):
        idx = len(self.memo)
        self.memo[id(obj) if key is None else key] = (idx, obj)
        if self.proto >= 4:
            self._out.write(b'\x94')
        elif idx < 256:
            self._out.write(b'q' + bytes([idx]))
        else:
            self._out.write(b'r' + _struct.pack('<I', idx))

    def _get(self, idx):
        if idx < 256:
            self._out.write(b'h' + bytes([idx]))
        else:
            self._out.write(b'j' + _struct.pack('<I', idx))

    def _memo_key(self, obj):
        if type(obj) is str:
            return ('str', obj)
        if type(obj) is bytes:
            return ('bytes', obj)
        return id(obj)

    # -- saving

    def save(self, obj):
        self._save(obj)
        self._out.boundary()

    def _save(self, obj):
        w = self._out.write
        t = type(obj)
        if obj is None:
            w(b'N')
            return
        if t is bool:
            w(b'\x88' if obj else b'\x89')
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            w(b'G' + _struct.pack('>d', obj))
            return
        key = self._memo_key(obj)
        if key in self.memo:
            self._get(self.memo[key][0])
            return
        if t is str:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                self._out.write_large(b'\x8c' + bytes([n]), data)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(b'\x8d' + _struct.pack('<Q', n), data)
            else:
                self._out.write_large(b'X' + _struct.pack('<I', n), data)
            self._memoize(obj, key)
            return
        if t is bytes:
            n = len(obj)
            if n < 256:
                self._out.write_large(b'C' + bytes([n]), obj)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(b'\x8e' + _struct.pack('<Q', n), obj)
            else:
                self._out.write_large(b'B' + _struct.pack('<I', n), obj)
            self._memoize(obj, key)
            return
        if t is bytearray and self.proto >= 5:
            self._out.write_large(b'\x96' + _struct.pack('<Q', len(obj)), bytes(obj))
            self._memoize(obj, key)
            return
        if t is tuple:
            self._save_tuple(obj)
            return
        if t is list:
            w(b']')
            self._memoize(obj, key)
            self._batch(obj, b'a', b'e')
            return
        if t is dict:
            w(b'}')
            self._memoize(obj, key)
            self._batch_items(obj.items())
            return
        if t is set and self.proto >= 4:
            w(b'\x8f')
            self._memoize(obj, key)
            items = list(obj)
            for i in range(0, len(items), _BATCH):
                w(b'(')
                for x in items[i:i + _BATCH]:
                    self.save(x)
                w(b'\x90')
            return
        if t is frozenset and self.proto >= 4:
            w(b'(')
            for x in obj:
                self.save(x)
            if key in self.memo:
                w(b'1')
                self._get(self.memo[key][0])
                return
            w(b'\x91')
            self._memoize(obj, key)
            return
        if isinstance(obj, type) or t.__name__ in ('function', 'builtin_function_or_method'):
            self._save_global(obj)
            return
        self._save_reduce_of(obj)

    def _save_int(self, obj):
        w = self._out.write
        if 0 <= obj <= 0xff:
            w(b'K' + bytes([obj]))
        elif 0 <= obj <= 0xffff:
            w(b'M' + _struct.pack('<H', obj))
        elif -0x80000000 <= obj <= 0x7fffffff:
            w(b'J' + _struct.pack('<i', obj))
        else:
            data = _encode_long(obj)
            if len(data) < 256:
                w(b'\x8a' + bytes([len(data)]) + data)
            else:
                w(b'\x8b' + _struct.pack('<i', len(data)) + data)

    def _save_tuple(self, obj):
        w = self._out.write
        if not obj:
            w(b')')
            return
        n = len(obj)
        if n <= 3:
            for x in obj:
                self.save(x)
            key = id(obj)
            if key in self.memo:
                # The tuple held itself: drop what was pushed and take the memo's.
                w(b'0' * n)
                self._get(self.memo[key][0])
                return
            w(b'\x85\x86\x87'[n - 1:n])
            self._memoize(obj)
            return
        w(b'(')
        for x in obj:
            self.save(x)
        key = id(obj)
        if key in self.memo:
            w(b'1')
            self._get(self.memo[key][0])
            return
        w(b't')
        self._memoize(obj)

    def _batch(self, items, one, many):
        w = self._out.write
        items = list(items)
        for i in range(0, len(items), _BATCH):
            chunk = items[i:i + _BATCH]
            if len(chunk) == 1:
                self.save(chunk[0])
                w(one)
            else:
                w(b'(')
                for x in chunk:
                    self.save(x)
                w(many)

    def _batch_items(self, pairs):
        w = self._out.write
        pairs = list(pairs)
        for i in range(0, len(pairs), _BATCH):
            chunk = pairs[i:i + _BATCH]
            if len(chunk) == 1:
                k, v = chunk[0]
                self.save(k)
                self.save(v)
                w(b's')
            else:
                w(b'(')
                for k, v in chunk:
                    self.save(k)
                    self.save(v)
                w(b'u')

    def _save_global(self, obj, name=None):
        module, qualname = _remember(obj) if name is None else name
        w = self._out.write
        if self.proto >= 4:
            self.save(module)
            self.save(qualname)
            w(b'\x93')
        else:
            w(b'c' + module.encode('utf-8') + b'\n' + qualname.encode('utf-8') + b'\n')
        self._memoize(obj)

    def _save_reduce_of(self, obj):
        t = type(obj)
        if t is complex:
            return self._save_reduce(obj, complex, (obj.real, obj.imag))
        if t is range:
            return self._save_reduce(obj, range, _range_args(obj))
        if t is bytearray:
            return self._save_reduce(obj, bytearray, (bytes(obj),))
        if t is set:
            return self._save_reduce(obj, set, (list(obj),))
        if t is frozenset:
            return self._save_reduce(obj, frozenset, (list(obj),))
        if t is slice:
            return self._save_reduce(obj, slice, (obj.start, obj.stop, obj.step))
        reduce_ex = _own(t, '__reduce_ex__')
        if reduce_ex is not None:
            rv = reduce_ex(obj, self.proto)
        else:
            reduce = _own(t, '__reduce__')
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, BaseException):
                rv = (t, obj.args, obj.__dict__ or None)
            else:
                rv = self._default_reduce(obj)
        if isinstance(rv, str):
            self._save_global(obj, (getattr(obj, '__module__', '__main__'), rv))
            return
        if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
            raise PicklingError('__reduce__ must return a string or tuple')
        self._save_reduce(obj, *rv)

    def _default_reduce(self, obj):
        t = type(obj)
        if getattr(t, '__module__', None) == 'builtins' and t.__name__ not in ('object',):
            raise TypeError("cannot pickle '%s' object" % t.__name__)
        getnewargs_ex = _own(t, '__getnewargs_ex__')
        if getnewargs_ex is not None:
            args, kwargs = getnewargs_ex(obj)
        else:
            getnewargs = _own(t, '__getnewargs__')
            args = tuple(getnewargs(obj)) if getnewargs is not None else ()
            kwargs = None
        getstate = _own(t, '__getstate__')
        if getstate is not None:
            state = getstate(obj)
        else:
            state = _default_state(obj)
        if kwargs:
            return (_NewObjEx, (t, args, kwargs), state)
        return (_NewObj, (t,) + tuple(args), state)

    def _save_reduce(self, obj, func, args, state=None, listitems=None, dictitems=None,
                     state_setter=None):
        w = self._out.write
        if func is _NewObj:
            cls = args[0]
            self._save_global_cached(cls)
            self.save(tuple(args[1:]))
            w(b'\x81')
        elif func is _NewObjEx:
            cls, a, kw = args
            self._save_global_cached(cls)
            self.save(tuple(a))
            self.save(kw)
            w(b'\x92')
        else:
            self._save_global_cached(func)
            self.save(tuple(args))
            w(b'R')
        if obj is not None:
            key = id(obj)
            if key in self.memo:
                w(b'0')
                self._get(self.memo[key][0])
            else:
                self._memoize(obj)
        if listitems is not None:
            self._batch(listitems, b'a', b'e')
        if dictitems is not None:
            self._batch_items(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                w(b'b')
            else:
                self._save_global_cached(state_setter)
                self.save(obj)
                self.save(state)
                w(b'\x86R0')

    def _save_global_cached(self, obj):
        key = id(obj)
        if key in self.memo:
            self._get(self.memo[key][0])
        else:
            self._save_global(obj)


def _range_args(r):
    try:
        return (r.start, r.stop, r.step)
    except AttributeError:
        # minipy's range has no start/stop/step attributes: its repr names them.
        parts = [int(x) for x in repr(r)[6:-1].split(',')]
        if len(parts) == 2:
            parts.append(1)
        return tuple(parts)


class _NewObj:
    pass


class _NewObjEx:
    pass


def _own(t, name):
    # The method `name` a class defines in Python (not object's default).
    for klass in t.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _slot_names(t):
    names = []
    for klass in t.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for n in slots:
            if n in ('__dict__', '__weakref__'):
                continue
            if n.startswith('__') and not n.endswith('__'):
                n = '_%s%s' % (klass.__name__.lstrip('_'), n)
            if n not in names:
                names.append(n)
    return names


def _default_state(obj):
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    slots = {}
    for n in _slot_names(type(obj)):
        try:
            slots[n] = getattr(obj, n)
        except AttributeError:
            pass
    if slots:
        return (d or None, slots)
    return d or None


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _io.BytesIO()
    Pickler(f, protocol).dump(obj)
    return f.getvalue()


# -- loading

_MARK = object()


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._file = file
        self.memo = {}

    def find_class(self, module, name):
        if module == 'builtins' and name in _BUILTINS:
            return _BUILTINS[name]
        if module in ('copyreg', 'copy_reg') and name == '_reconstructor':
            return _reconstructor
        obj = _known.get((module, name))
        if obj is not None:
            return obj
        try:
            mod = __import__(module)
        except ImportError:
            mod = None
        if mod is not None:
            obj = mod
            try:
                for part in name.split('.'):
                    obj = getattr(obj, part)
                return obj
            except AttributeError:
                pass
        raise AttributeError("Can't get attribute %r on <module %r>" % (name, module))

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no '
                              'persistent_load function was specified.')

    def load(self):
        data = self._file.read()
        return self._run(data)

    def _run(self, data):
        stack = []
        marks = []
        memo = self.memo
        pos = 0
        n = len(data)

        def take(k):
            nonlocal pos
            if pos + k > n:
                raise UnpicklingError('pickle data was truncated')
            chunk = data[pos:pos + k]
            pos += k
            return chunk

        def line():
            nonlocal pos
            end = data.find(b'\n', pos)
            if end < 0:
                raise UnpicklingError('pickle data was truncated')
            chunk = data[pos:end]
            pos = end + 1
            return chunk

        def pop_mark():
            start = marks.pop()
            items = stack[start:]
            del stack[start:]
            return items

        while True:
            if pos >= n:
                raise EOFError('Ran out of input')
            op = data[pos]
            pos += 1
            c = chr(op)
            if op == 0x80:
                proto = take(1)[0]
                if proto > HIGHEST_PROTOCOL:
                    raise ValueError('unsupported pickle protocol: %d' % proto)
            elif op == 0x95:
                take(8)
            elif c == '.':
                if not stack:
                    raise UnpicklingError('unpickling stack underflow')
                return stack.pop()
            elif c == '(':
                marks.append(len(stack))
            elif c == 'N':
                stack.append(None)
            elif op == 0x88:
                stack.append(True)
            elif op == 0x89:
                stack.append(False)
            elif c == 'K':
                stack.append(take(1)[0])
            elif c == 'M':
                stack.append(_struct.unpack('<H', take(2))[0])
            elif c == 'J':
                stack.append(_struct.unpack('<i', take(4))[0])
            elif op == 0x8a:
                k = take(1)[0]
                stack.append(_decode_long(take(k)))
            elif op == 0x8b:
                k = _struct.unpack('<i', take(4))[0]
                stack.append(_decode_long(take(k)))
            elif c == 'I':
                text = line()
                if text == b'00':
                    stack.append(False)
                elif text == b'01':
                    stack.append(True)
                else:
                    stack.append(int(text.decode('ascii')))
            elif c == 'L':
                stack.append(int(line().rstrip(b'L').decode('ascii')))
            elif c == 'G':
                stack.append(_struct.unpack('>d', take(8))[0])
            elif c == 'F':
                stack.append(float(line().decode('ascii')))
            elif op == 0x8c:
                stack.append(take(take(1)[0]).decode('utf-8', 'surrogatepass'))
            elif c == 'X':
                k = _struct.unpack('<I', take(4))[0]
                stack.append(take(k).decode('utf-8', 'surrogatepass'))
            elif op == 0x8d:
                k = _struct.unpack('<Q', take(8))[0]
                stack.append(take(k).decode('utf-8', 'surrogatepass'))
            elif c == 'V':
                stack.append(_raw_unicode(line()))
            elif c == 'C':
                stack.append(bytes(take(take(1)[0])))
            elif c == 'B':
                k = _struct.unpack('<I', take(4))[0]
                stack.append(bytes(take(k)))
            elif op == 0x8e:
                k = _struct.unpack('<Q', take(8))[0]
                stack.append(bytes(take(k)))
            elif op == 0x96:
                k = _struct.unpack('<Q', take(8))[0]
                stack.append(bytearray(take(k)))
            elif c == 'U':
                stack.append(take(take(1)[0]).decode('latin-1'))
            elif c == 'T':
                k = _struct.unpack('<I', take(4))[0]
                stack.append(take(k).decode('latin-1'))
            elif c == ')':
                stack.append(())
            elif c == ']':
                stack.append([])
            elif c == '}':
                stack.append({})
            elif op == 0x8f:
                stack.append(set())
            elif c == 'l':
                stack.append(pop_mark())
            elif c == 'd':
                items = pop_mark()
                stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
            elif c == 't':
                stack.append(tuple(pop_mark()))
            elif op == 0x85:
                stack[-1:] = [(stack[-1],)]
            elif op == 0x86:
                stack[-2:] = [(stack[-2], stack[-1])]
            elif op == 0x87:
                stack[-3:] = [(stack[-3], stack[-2], stack[-1])]
            elif c == 'a':
                v = stack.pop()
                stack[-1].append(v)
            elif c == 'e':
                items = pop_mark()
                target = stack[-1]
                if isinstance(target, list):
                    target.extend(items)
                else:
                    for x in items:
                        target.append(x)
            elif c == 's':
                v = stack.pop()
                k = stack.pop()
                stack[-1][k] = v
            elif c == 'u':
                items = pop_mark()
                d = stack[-1]
                for i in range(0, len(items), 2):
                    d[items[i]] = items[i + 1]
            elif op == 0x90:
                items = pop_mark()
                target = stack[-1]
                if isinstance(target, set):
                    target.update(items)
                else:
                    for x in items:
                        target.add(x)
            elif op == 0x91:
                stack.append(frozenset(pop_mark()))
            elif op == 0x94:
                memo[len(memo)] = stack[-1]
            elif c == 'p':
                memo[int(line().decode('ascii'))] = stack[-1]
            elif c == 'q':
                memo[take(1)[0]] = stack[-1]
            elif c == 'r':
                memo[_struct.unpack('<I', take(4))[0]] = stack[-1]
            elif c == 'g':
                stack.append(memo[int(line().decode('ascii'))])
            elif c == 'h':
                stack.append(memo[take(1)[0]])
            elif c == 'j':
                stack.append(memo[_struct.unpack('<I', take(4))[0]])
            elif c == '0':
                if stack and (not marks or marks[-1] < len(stack)):
                    stack.pop()
                else:
                    pop_mark()
            elif c == '1':
                pop_mark()
            elif c == '2':
                stack.append(stack[-1])
            elif c == 'c':
                module = line().decode('utf-8')
                name = line().decode('utf-8')
                stack.append(self.find_class(module, name))
            elif op == 0x93:
                name = stack.pop()
                module = stack.pop()
                stack.append(self.find_class(module, name))
            elif op == 0x81:
                args = stack.pop()
                cls = stack.pop()
                stack.append(cls.__new__(cls, *args))
            elif op == 0x92:
                kwargs = stack.pop()
                args = stack.pop()
                cls = stack.pop()
                stack.append(cls.__new__(cls, *args, **kwargs))
            elif c == 'R':
                args = stack.pop()
                func = stack.pop()
                stack.append(func(*args))
            elif c == 'b':
                state = stack.pop()
                _build(stack[-1], state)
            elif c == 'P':
                stack.append(self.persistent_load(line().decode('ascii')))
            elif c == 'Q':
                stack.append(self.persistent_load(stack.pop()))
            elif op == 0x97:
                raise UnpicklingError('pickle stream refers to out-of-band data but no '
                                      '*buffers* argument was given')
            elif op == 0x98:
                pass
            else:
                shown = chr(op) if 32 <= op < 127 else '\\x%02x' % op
                raise UnpicklingError("invalid load key, '%s'." % shown)


def _raw_unicode(data):
    # Protocol 0's UNICODE argument: latin-1 text with backslash-u and backslash-U escapes.
    text = data.decode('latin-1')
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text) and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            out.append(chr(int(text[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def _build(inst, state):
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None and _own(type(inst), '__setstate__') is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        d = inst.__dict__
        for k, v in state.items():
            d[k] = v
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(None)._run(bytes(data))
