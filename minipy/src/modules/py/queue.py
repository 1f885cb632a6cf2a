"""minipy's queue: FIFO, LIFO and priority queues (Queue, LifoQueue, PriorityQueue), the unbounded
SimpleQueue, and the Empty / Full exceptions, behaving as CPython 3.11's documentation describes
for a program with a single thread. Written for minipy from that documentation and python3's
observable behaviour (tools/diff_queue.py compares them).

minipy has no threads: while a call waits nothing else can run to fill an empty queue or drain
a full one. So a blocking get / put without a timeout (or join() with tasks outstanding) raises
RuntimeError, saying so, where CPython would hang; with a timeout the call fails with Empty /
Full straight away, which is what CPython does once the timeout expires.
"""

from collections import deque as _deque
import heapq as _heapq
import types as _types

__all__ = ['Queue', 'LifoQueue', 'PriorityQueue', 'SimpleQueue', 'Empty', 'Full']


class Empty(Exception):
    """get() found nothing to take (non-blocking, or its timeout ran out)."""


class Full(Exception):
    """put() found no room (non-blocking, or its timeout ran out)."""


# In CPython these two live in the C accelerator module.
Empty.__module__ = '_queue'


def _stuck(what):
    raise RuntimeError(
        what + " would block forever: minipy has no threads, so nothing else can "
        "change the queue while this call waits")


def _cannot_wait(timeout, what):
    """A blocking call that cannot proceed now: without a timeout it would wait forever (an
    error in minipy); with one, the caller raises Empty / Full as the expired wait would."""
    if timeout is None:
        _stuck(what)


def _reject_negative(timeout):
    if timeout is None:
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue holding at most `maxsize` items (no limit if maxsize <= 0).

    Subclasses may change the storage by overriding _init(maxsize), _qsize(), _put(item) and
    _get(), as with CPython's Queue."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # put() counts up, task_done() counts down; join() waits for zero.
        self.unfinished_tasks = 0

    __class_getitem__ = classmethod(_types.GenericAlias)

    # -- storage hooks --------------------------------------------------------------------
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    # -- public interface -----------------------------------------------------------------
    def _bounded(self):
        return self.maxsize > 0

    def _no_room(self):
        return self._bounded() and self._qsize() >= self.maxsize

    def qsize(self):
        """How many items the queue holds."""
        return self._qsize()

    def empty(self):
        """True when the queue holds nothing."""
        return self._qsize() == 0

    def full(self):
        """True when a bounded queue holds maxsize items (never for an unbounded one)."""
        return self._no_room()

    def put(self, item, block=True, timeout=None):
        """Add `item`. A bounded queue that is full raises Full when block is false or the
        timeout runs out (see the module docstring for waiting without a timeout)."""
        if block and self._bounded():
            _reject_negative(timeout)
        if self._no_room():
            if block:
                _cannot_wait(timeout, type(self).__name__ + ".put() on a full queue")
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return the next item. An empty queue raises Empty when block is false or
        the timeout runs out."""
        if block:
            _reject_negative(timeout)
        if self._qsize() == 0:
            if block:
                _cannot_wait(timeout, type(self).__name__ + ".get() on an empty queue")
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def task_done(self):
        """Tell the queue that one item taken by get() has been dealt with."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Return once every item put has been matched by a task_done()."""
        left = self.unfinished_tasks
        if left:
            plural = "" if left == 1 else "s"
            _stuck("%s.join() with %d unfinished task%s" % (type(self).__name__, left, plural))


class LifoQueue(Queue):
    """A queue handing out the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue handing out its smallest item first (kept as a heap in `queue`); entries are
    often (priority, data) tuples."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self, *args, **kwargs):
        # Built in (C) in CPython: it words a wrong call its own way.
        if args:
            raise TypeError("SimpleQueue() takes no positional arguments")
        if kwargs:
            raise TypeError("SimpleQueue() takes no keyword arguments")
        self._items = _deque()

    __class_getitem__ = classmethod(_types.GenericAlias)

    def put(self, item, block=True, timeout=None):
        """Add `item` (never blocks; block and timeout exist for Queue compatibility)."""
        self._items.append(item)

    def put_nowait(self, item):
        """Same as put(item)."""
        self._items.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item; Empty if there is none (when not blocking)."""
        if block:
            _reject_negative(timeout)
        if not self._items:
            if block:
                _cannot_wait(timeout, "SimpleQueue.get() on an empty queue")
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """True when the queue holds nothing."""
        return not self._items

    def qsize(self):
        """How many items the queue holds."""
        return len(self._items)


SimpleQueue.__module__ = '_queue'
