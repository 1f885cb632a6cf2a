#!/usr/bin/env python3
"""Sorts run.py's mismatches into causes, by rewriting each program and running it again.

usage: triage.py MISMATCH_DIR      (run.py leaves the minipy command it used in MISMATCH_DIR/command)

First, without rewriting:
  exit-teardown    the outputs agree up to the program's `print("end")`: they differ in what dies at
                   exit (CPython collects __main__'s globals as cyclic garbage when the module defines a
                   function or class: weak references among them die without calling back, and every
                   __del__ runs with the globals still bound);
  missing-feature  minipy printed a SyntaxError, or an error CPython did not print (a missing name,
                   attribute or method).
Then a cause is a set of rewrites after which CPython prints what minipy prints. An *emulation* makes
CPython do what minipy does (only CPython runs the rewritten program); an *ablation* takes a trigger
away from both (both run it). Single causes are tried first, then pairs, and so on; the first wins:
  closure-frame    emulation: every function defined inside another keeps the enclosing frame's
                   variables alive, as minipy's closures capture the whole environment (KeepFrames);
  traceback-frame  emulation: every `except E as e` handler sets e.__traceback__ = None, at its start
                   or at its end: minipy's tracebacks do not keep the frames they pass through alive;
  comprehension-scope  ablation: gc.collect() after every statement with a comprehension or generator
                   expression: in minipy its scope outlives the statement, holding the loop variable's
                   last value until the next collection;
  locals-order     ablation: before a function returns, its variables are deleted one by one in
                   CPython's slot order (parameters, then first appearance), each followed by
                   gc.collect(): minipy releases a returning frame's variables in another order;
  list-clear-order ablation: `items.clear()` becomes popping the last item until none is left, with
                   gc.collect() after each: minipy's list.clear() releases the items first to last,
                   CPython's last to first;
  swap-remove-order  emulation: deleting or rebinding an attribute or a dict key moves the last entry
                   into its place (Vec::swap_remove), and a rebound one goes last: minipy then releases
                   the remaining values in that order when the object dies;
  unexplained      nothing above: read it (the candidates for new genuine bugs).
Prints a count per cause, then the programs of each cause.
"""
import ast
import itertools
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "..", "shared", "conformance"))
from compare import normalise  # noqa: E402

FUNCS = (ast.FunctionDef, ast.Lambda)


class KeepFrames(ast.NodeTransformer):
    """Rewrites nested functions to hold their enclosing frame's variables, as minipy's closures do.

    A function that defines others keeps a list `_env` of its variables' values, refreshed after
    every statement (and before each return); every function or lambda defined inside it holds that
    list as a default argument `_frame=_env`. A list releases its items last to first, which is the
    order minipy releases a dead environment's variables in."""

    def __init__(self):
        self.depth = 0

    def visit_Module(self, node):
        self.generic_visit(node)
        helper = ast.parse("def _bindings(names):\n"
                           "    return [v for k, v in names.items() if k != '_env']\n").body
        imports = [i for i, s in enumerate(node.body) if isinstance(s, (ast.Import, ast.ImportFrom))]
        at = imports[-1] + 1 if imports else 0
        node.body[at:at] = helper
        return node

    def visit_FunctionDef(self, node):
        nested = self.depth > 0
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1
        if nested:
            self.capture(node.args)
        if any(isinstance(n, FUNCS) for n in ast.walk(node) if n is not node):
            node.body = [ast.parse("_env = []").body[0]] + self.refresh(node.body)
        return node

    def visit_Lambda(self, node):
        nested = self.depth > 0
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1
        if nested:
            self.capture(node.args)
        return node

    @staticmethod
    def capture(args):
        args.args.append(ast.arg("_frame"))
        args.defaults.append(ast.Name("_env", ast.Load()))

    def refresh(self, body):
        """Refreshes `_env` after every statement of this function (not of inner ones) and before
        each return, so it follows the frame as minipy's captured environment does."""
        out = []
        for stmt in body:
            if isinstance(stmt, ast.Return):
                out.append(snapshot())
            if not isinstance(stmt, FUNCS + (ast.ClassDef,)):
                for field in ("body", "orelse", "finalbody"):
                    if isinstance(getattr(stmt, field, None), list):
                        setattr(stmt, field, self.refresh(getattr(stmt, field)))
                for h in getattr(stmt, "handlers", []):
                    h.body = self.refresh(h.body)
            out += [stmt, snapshot()]
        return out


def snapshot():
    return ast.parse("_env[:] = _bindings(locals())").body[0]


class DropTracebacks(ast.NodeTransformer):
    """Rewrites `except E as e:` to let go of e's traceback (and so of the frames it holds), at the
    start of the handler (as minipy --gc=eager shows it) or at its end (as the default mode does)."""

    def __init__(self, at_start):
        self.at_start = at_start

    def visit_ExceptHandler(self, node):
        self.generic_visit(node)
        if node.name:
            target = ast.Attribute(ast.Name(node.name, ast.Load()), "__traceback__", ast.Store())
            clear = ast.Assign([target], ast.Constant(None))
            node.body = [clear] + node.body if self.at_start else node.body + [clear]
        return node


def rewrite(source, transformers):
    tree = ast.parse(source)
    for make in transformers:
        tree = make().visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree)) + "\n"


COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def statement_lists(node):
    """Every list of statements in the tree: bodies, else-branches, handlers."""
    for n in ast.walk(node):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(n, field, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                yield block


def collect():
    return ast.parse("gc.collect()").body[0]


class CollectAfterComprehensions(ast.NodeTransformer):
    def visit_Module(self, node):
        for block in list(statement_lists(node)):
            block[:] = [s for stmt in block for s in (
                [stmt, collect()] if not hasattr(stmt, "body") and
                any(isinstance(n, COMPREHENSIONS) for n in ast.walk(stmt)) else [stmt])]
        return node


class ReleaseLocals(ast.NodeTransformer):
    """Before a function without inner functions returns, deletes its variables in slot order."""

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        if any(isinstance(n, FUNCS) for n in ast.walk(node) if n is not node):
            # deleting its variables would also take them from minipy's closures: this ablation
            # would hide closure-frame mismatches
            return node
        skip = {name for n in ast.walk(node) if isinstance(n, (ast.Global, ast.Nonlocal))
                for name in n.names}
        inner = {id(n) for c in ast.walk(node) if isinstance(c, COMPREHENSIONS) for n in ast.walk(c)}
        stored = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and id(n) not in inner
                  and isinstance(n.ctx, (ast.Store, ast.Del))}
        stored |= {h.name for h in ast.walk(node) if isinstance(h, ast.ExceptHandler) and h.name}
        names = [a.arg for a in node.args.args]
        for n in sorted((n for n in ast.walk(node) if isinstance(n, ast.Name)),
                        key=lambda n: (n.lineno, n.col_offset)):
            if n.id in stored and n.id not in names:
                names.append(n.id)
        release = [s for name in names if name not in skip for s in ast.parse(
            "try:\n    del %s\nexcept NameError:\n    pass\ngc.collect()" % name).body]
        body = []
        for stmt in node.body:
            if isinstance(stmt, ast.Return) and stmt.value is not None:
                body += [ast.Assign([ast.Name("_result", ast.Store())], stmt.value)] + release
                stmt = ast.Return(ast.Name("_result", ast.Load()))
            elif isinstance(stmt, ast.Return):
                body += release
            body.append(stmt)
        if not isinstance(body[-1], (ast.Return, ast.Raise)):
            body += release
        node.body = body
        return node


class ClearOneByOne(ast.NodeTransformer):
    """`items.clear()` (a statement) becomes a loop popping the last item, collecting after each."""

    def visit_Expr(self, node):
        call = node.value
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "clear" and not call.args):
            target = ast.unparse(call.func.value)
            return ast.parse("while %s:\n    %s.pop()\n    gc.collect()" % (target, target)).body[0]
        return node


SWAP_REMOVE = """
def _swap_remove(d, key):
    if key in d:
        items = list(d.items())
        i = list(d).index(key)
        last = items.pop()
        if i < len(items):
            items[i] = last
        d.clear()
        d.update(items)
"""


class SwapRemove(ast.NodeTransformer):
    """Before `del x.attr`, `x.attr = v`, `del d["key"]` and `d["key"] = v`, the entry is taken out
    of the dict the way Vec::swap_remove takes an element out: the last entry moves into its place
    (and a rebound entry is added again at the end)."""

    def visit_Module(self, node):
        self.generic_visit(node)
        node.body[:0] = ast.parse(SWAP_REMOVE).body
        return node

    def take_out(self, node, targets):
        if len(targets) != 1:
            return node
        target = targets[0]
        if isinstance(target, ast.Attribute):
            args = "%s.__dict__, %r" % (ast.unparse(target.value), target.attr)
        elif isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
            args = "%s, %r" % (ast.unparse(target.value), target.slice.value)
        else:
            return node
        take = ast.parse("if isinstance(%s, dict):\n    _swap_remove(%s)"
                         % (args.split(",")[0], args)).body[0]
        if isinstance(node, ast.Delete):
            take.orelse = [node]          # the swap-remove is the deletion
            return take
        return [take, node]

    def visit_Assign(self, node):
        return self.take_out(node, node.targets)

    def visit_Delete(self, node):
        return self.take_out(node, node.targets)


# Causes: (name, alternative CPython-only rewrites, rewrites both interpreters run).
CAUSES = [
    ("closure-frame", [[KeepFrames]], []),
    ("traceback-frame", [[lambda: DropTracebacks(True)], [lambda: DropTracebacks(False)]], []),
    ("comprehension-scope", [[]], [CollectAfterComprehensions]),
    ("locals-order", [[]], [ReleaseLocals]),
    ("list-clear-order", [[]], [ClearOneByOne]),
    ("swap-remove-order", [[SwapRemove]], []),
]


def run(cmd, source, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    r = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    return normalise(r.stdout.decode("utf-8", "replace"))


def before_end(output):
    """The output up to the program's last line, `print("end")`: what runs before exit."""
    lines = output.splitlines()
    return lines[:lines.index("end")] if "end" in lines else lines


def cause(directory, name, minipy):
    source = open(os.path.join(directory, name + ".py"), encoding="utf-8").read()
    got = normalise(open(os.path.join(directory, name + ".minipy"), encoding="utf-8").read())
    expected = normalise(open(os.path.join(directory, name + ".cpython"), encoding="utf-8").read())
    if before_end(got) == before_end(expected):
        return "exit-teardown"
    if "SyntaxError" in got or any(e in got and e not in expected for e in
                                   ("is not defined", "has no attribute", "not supported")):
        return "missing-feature"
    scratch = os.path.join(directory, name + ".rewritten.py")
    for size in range(1, len(CAUSES) + 1):
        for combo in itertools.combinations(CAUSES, size):
            both = [make for _, _, b in combo for make in b]
            minipy_out = run(minipy, rewrite(source, both), scratch) if both else got
            for alternatives in itertools.product(*(alts for _, alts, _ in combo)):
                emulate = [make for alt in alternatives for make in alt]
                if run([sys.executable], rewrite(source, both + emulate), scratch) == minipy_out:
                    return " + ".join(c for c, _, _ in combo)
    return "unexplained"


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    directory = argv[0]
    with open(os.path.join(directory, "command"), encoding="utf-8") as f:
        minipy = json.load(f)
    causes = {}
    for f in sorted(os.listdir(directory)):
        if f.endswith(".minipy"):
            causes.setdefault(cause(directory, f[:-7], minipy), []).append(f[:-7])
    for c, names in sorted(causes.items(), key=lambda kv: -len(kv[1])):
        print("%5d  %s" % (len(names), c))
    for c, names in sorted(causes.items()):
        print("\n%s: %s" % (c, " ".join(names)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
