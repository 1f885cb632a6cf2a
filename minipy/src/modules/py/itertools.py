# minipy's `itertools`, run once on first import (see modules/stdlib.rs). Every iterator is lazy:
# a class whose __next__ computes one item (written before minipy had generators).

_MARK = object()


class _Base:
    def __iter__(self):
        return self


class count(_Base):
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return "count(" + repr(self._n) + ")"
        return "count(" + repr(self._n) + ", " + repr(self._step) + ")"


class cycle(_Base):
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __next__(self):
        if self._i < 0:
            try:
                v = next(self._it)
                self._saved.append(v)
                return v
            except StopIteration:
                if not self._saved:
                    raise
                self._i = 0
        v = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return v


class repeat(_Base):
    def __init__(self, object, times=None):
        self._obj = object
        self._left = times

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj

    def __len__(self):
        raise TypeError("object of type 'repeat' has no len()")

    def __repr__(self):
        if self._left is None:
            return "repeat(" + repr(self._obj) + ")"
        return "repeat(" + repr(self._obj) + ", " + repr(max(self._left, 0)) + ")"


class chain(_Base):
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._it = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._sources = iter(iterable)
        return c

    def __next__(self):
        while True:
            if self._it is None:
                self._it = iter(next(self._sources))
            try:
                return next(self._it)
            except StopIteration:
                self._it = None


class compress(_Base):
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        while True:
            d = next(self._data)
            if next(self._sel):
                return d


class dropwhile(_Base):
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        while self._dropping:
            v = next(self._it)
            if not self._pred(v):
                self._dropping = False
                return v
        return next(self._it)


class takewhile(_Base):
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        v = next(self._it)
        if self._pred(v):
            return v
        self._done = True
        raise StopIteration


class filterfalse(_Base):
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)

    def __next__(self):
        while True:
            v = next(self._it)
            keep = v if self._pred is None else self._pred(v)
            if not keep:
                return v


class starmap(_Base):
    def __init__(self, function, iterable):
        self._f = function
        self._it = iter(iterable)

    def __next__(self):
        return self._f(*next(self._it))


class accumulate(_Base):
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._f = func
        self._total = _MARK if initial is None else initial
        self._emit_initial = initial is not None

    def __next__(self):
        if self._emit_initial:
            self._emit_initial = False
            return self._total
        v = next(self._it)
        if self._total is _MARK:
            self._total = v
        elif self._f is None:
            self._total = self._total + v
        else:
            self._total = self._f(self._total, v)
        return self._total


def _islice_index(v, what):
    if v is None:
        return None
    if not isinstance(v, int) or v < 0:
        raise ValueError(what + " for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return v


class islice(_Base):
    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
            self._stop = _islice_index(stop, "Stop argument")
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
            start = _islice_index(start, "Indices")
            self._stop = _islice_index(stop, "Indices")
        else:
            raise TypeError("islice expected at most 4 arguments, got " + str(len(args) + 1))
        if step is not None and (not isinstance(step, int) or step <= 0):
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = 0 if start is None else start
        self._step = 1 if step is None else step
        self._pos = 0

    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            while self._pos < self._stop:
                next(self._it)
                self._pos += 1
            raise StopIteration
        while self._pos < self._next:
            next(self._it)
            self._pos += 1
        v = next(self._it)
        self._pos += 1
        self._next += self._step
        return v


class pairwise(_Base):
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = _MARK

    def __next__(self):
        if self._prev is _MARK:
            self._prev = next(self._it)
        v = next(self._it)
        pair = (self._prev, v)
        self._prev = v
        return pair


class zip_longest(_Base):
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        if not self._active:
            raise StopIteration
        row = []
        for i in range(len(self._its)):
            it = self._its[i]
            if it is None:
                row.append(self._fill)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                row.append(self._fill)
        return tuple(row)


class _TeeBuffer:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.items = []


class _tee(_Base):
    def __init__(self, buffer):
        self._buf = buffer
        self._i = 0

    def __next__(self):
        buf = self._buf
        if self._i == len(buf.items):
            buf.items.append(next(buf.it))
        self._i += 1
        return buf.items[self._i - 1]


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    buffer = _TeeBuffer(iterable)
    return tuple([_tee(buffer) for _ in range(n)])


class _grouper(_Base):
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._id = parent._id
        self._tgtkey = tgtkey

    def __next__(self):
        p = self._parent
        if p._id is not self._id or p._exhausted or p._currkey != self._tgtkey:
            raise StopIteration
        v = p._currvalue
        p._advance()
        return v


class groupby(_Base):
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._first = True
        self._exhausted = False
        self._currkey = self._currvalue = self._tgtkey = None
        self._id = object()

    def _advance(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._exhausted = True
            return
        self._currvalue = v
        self._currkey = v if self._key is None else self._key(v)

    def __next__(self):
        self._id = object()
        if self._first:
            self._first = False
            self._advance()
        else:
            while not self._exhausted and self._currkey == self._tgtkey:
                self._advance()
        if self._exhausted:
            raise StopIteration
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class product(_Base):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._pools = [tuple(p) for p in iterables] * repeat
        self._indices = None
        self._done = any(len(p) == 0 for p in self._pools)

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
            return tuple([p[0] for p in pools])
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                return tuple([pools[k][indices[k]] for k in range(len(pools))])
            indices[i] = 0
            i -= 1
        self._done = True
        raise StopIteration


class permutations(_Base):
    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def _current(self):
        return tuple([self._pool[i] for i in self._indices[:self._r]])

    def __next__(self):
        if self._done:
            raise StopIteration
        if self._first:
            self._first = False
            return self._current()
        n, r = len(self._pool), self._r
        indices, cycles = self._indices, self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return self._current()
        self._done = True
        raise StopIteration


class combinations(_Base):
    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(self._pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[i] for i in indices])


class combinations_with_replacement(_Base):
    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not self._pool and r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple([pool[i] for i in indices])
