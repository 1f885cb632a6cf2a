"""minipy's graphlib: TopologicalSorter and CycleError, behaving as CPython 3.11's documentation
describes. Written for minipy from that documentation and python3's observable output
(tools/diff_graphlib.py compares them).

Orders match python3's: nodes come out in the order they were first mentioned (by add(), as a
node or as a predecessor) and, once done() releases them, in the order their edges were added;
the cycle CycleError reports is the first one met by a depth-first walk along successor edges,
starting from nodes in first-mention order.
"""

__all__ = ["CycleError", "TopologicalSorter"]


class CycleError(ValueError):
    """prepare() found a cycle. args[0] is a message and args[1] the list of nodes forming the
    cycle, in edge order, with its first node repeated at the end."""


# Where a node is in its life; a node's `stage`.
_WAITING = "waiting"      # still has predecessors that are not done
_QUEUED = "queued"        # all predecessors done; not yet returned by get_ready()
_OUT = "out"              # returned by get_ready(), not yet passed to done()
_DONE = "done"


class _Vertex:
    __slots__ = ("blockers", "dependents", "stage")

    def __init__(self):
        self.blockers = 0        # predecessors not yet done (one per edge)
        self.dependents = []     # successors, one entry per edge, in the order added
        self.stage = _WAITING


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically, either all at once (static_order()) or
    step by step (prepare(), then get_ready() / done() while is_active())."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._queue = None       # None until prepare(); then the nodes that are _QUEUED
        self._out = 0            # how many nodes are _OUT
        if graph is not None:
            for node, before in graph.items():
                self.add(node, *before)

    def __class_getitem__(cls, params):
        import types
        return types.GenericAlias(cls, params)

    def _vertex(self, node):
        v = self._vertices.get(node)
        if v is None:
            v = self._vertices[node] = _Vertex()
        return v

    def _require_prepared(self):
        if self._queue is None:
            raise ValueError("prepare() must be called first")

    def add(self, node, *predecessors):
        """Add `node`, depending on each of `predecessors` (which are added too if new). May be
        called again for the same node; edges accumulate."""
        if self._queue is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        target = self._vertex(node)
        for before in predecessors:
            self._vertex(before).dependents.append(node)
            target.blockers += 1

    def prepare(self):
        """Freeze the graph and find the nodes with no predecessors. Raises CycleError if there
        is a cycle (what get_ready() hands out is then only what precedes it)."""
        if self._queue is not None:
            raise ValueError("cannot prepare() more than once")
        self._queue = []
        for node, v in self._vertices.items():
            if v.blockers == 0:
                v.stage = _QUEUED
                self._queue.append(node)
        loop = self._cycle()
        if loop is not None:
            raise CycleError("nodes are in a cycle", loop)

    def get_ready(self):
        """A tuple of every node whose predecessors are all done and that has not been handed
        out yet (empty if none)."""
        self._require_prepared()
        batch = tuple(self._queue)
        self._queue.clear()
        for node in batch:
            self._vertices[node].stage = _OUT
        self._out += len(batch)
        return batch

    def is_active(self):
        """True while some node is ready to be handed out or handed out but not done."""
        self._require_prepared()
        return bool(self._queue) or self._out > 0

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, releasing their successors."""
        self._require_prepared()
        for node in nodes:
            v = self._vertices.get(node)
            if v is None:
                problem = "was not added using add()"
            elif v.stage == _DONE:
                problem = "was already marked done"
            elif v.stage != _OUT:
                problem = "was not passed out (still not ready)"
            else:
                problem = None
            if problem is not None:
                raise ValueError(f"node {node!r} {problem}")
            v.stage = _DONE
            self._out -= 1
            for after in v.dependents:
                w = self._vertices[after]
                w.blockers -= 1
                if w.blockers == 0:
                    w.stage = _QUEUED
                    self._queue.append(after)

    def static_order(self):
        """Iterate over all nodes in a topological order (prepares the sorter; a cycle raises
        CycleError on the first step)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            for node in batch:
                yield node
            self.done(*batch)

    def _cycle(self):
        """The first cycle met walking successor edges depth first (as a list closing on its
        first node), or None."""
        finished = set()
        for root in self._vertices:
            if root in finished:
                continue
            # trail: the current path; position: node -> its index in trail;
            # edges: for each trail entry, an iterator over its successors still to try.
            trail = [root]
            position = {root: 0}
            edges = [iter(self._vertices[root].dependents)]
            finished.add(root)
            while edges:
                nxt = next(edges[-1], _END)
                if nxt is _END:
                    edges.pop()
                    del position[trail.pop()]
                    continue
                if nxt in position:
                    return trail[position[nxt]:] + [nxt]
                if nxt in finished:
                    continue
                finished.add(nxt)
                position[nxt] = len(trail)
                trail.append(nxt)
                edges.append(iter(self._vertices[nxt].dependents))
        return None


_END = object()
