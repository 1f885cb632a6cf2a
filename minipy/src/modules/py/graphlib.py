"""minipy's graphlib: TopologicalSorter and CycleError, as CPython 3.11's behave.

Node order is CPython's: nodes are ready in the order they were first seen (by `add` or as a
predecessor), successors in the order their edges were added, and the reported cycle is the one a
depth-first search in that order meets first.
"""

__all__ = ["TopologicalSorter", "CycleError"]

# A node's predecessor count once `get_ready` handed it out, and once `done` took it back.
_HANDED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle; args[1] is the cycle,
    first node repeated at the end."""


class TopologicalSorter:
    """Topologically sorts a graph of hashable nodes."""

    def __init__(self, graph=None):
        # node -> [predecessor count or a state above, successors in edge order]
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _entry(self, node):
        entry = self._nodes.get(node)
        if entry is None:
            entry = [0, []]
            self._nodes[node] = entry
        return entry

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._entry(node)[0] += len(predecessors)
        for pred in predecessors:
            self._entry(pred)[1].append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        # Set before the cycle check, so a caller that catches CycleError can still take what
        # is ready.
        self._ready = [node for node, entry in self._nodes.items() if entry[0] == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node][0] = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            entry = self._nodes.get(node)
            if entry is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if entry[0] != _HANDED_OUT:
                if entry[0] >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            entry[0] = _FINISHED
            for succ in entry[1]:
                succ_entry = self._nodes[succ]
                succ_entry[0] -= 1
                if succ_entry[0] == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # Iterative depth-first search; `path` is the current path, `on_path` maps a node on it
        # to its index, `cursors` holds how far each path node's successors have been followed.
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            cursors = [0]
            visited.add(start)
            while path:
                succs = self._nodes[path[-1]][1]
                i = cursors[-1]
                if i == len(succs):
                    del on_path[path.pop()]
                    cursors.pop()
                    continue
                cursors[-1] = i + 1
                node = succs[i]
                if node in on_path:
                    return path[on_path[node]:] + [node]
                if node in visited:
                    continue
                visited.add(node)
                on_path[node] = len(path)
                path.append(node)
                cursors.append(0)
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
