#!/usr/bin/env python3
"""Seeded generator of small weakref/gc programs for the differential test against CPython.

usage: gen.py [--seed S] [--count N] [--out DIR]     (without --out: the programs to stdout)

Program `i` of seed `S` depends only on (S, i), so `gen.py --seed 1 --count 800` and a run that stops
early agree on every program they share. Each program is made of a few *scenes* (one object-lifetime
idea each: a weak reference with a callback, a closure over an object, a cycle, ...); its second line,
`# categories: ...`, names the scenes, and run.py reports agreement per category.

Every program must print the same under refcounting (CPython) and under a tracing collector, so the
scenes keep to the conformance rules (../shared/conformance/README.md):
  * every drop (del, rebinding, a pop, a function return, a temporary only a weak reference holds)
    is followed by gc.collect() before anything else can print, and the statement that drops prints
    nothing itself (CPython may run a __del__ in the middle of it, minipy at its end or later);
  * nothing prints ids, hashes or gc.collect()'s value;
  * garbage cycles never mix __del__ with weakref callbacks; their members log to a list that is
    printed sorted (the order inside a cycle is the collector's choice);
  * nothing but plain objects held by plain globals is left alive at exit.
And to the subset minipy implements: no f-strings, `with`, generators, multiple inheritance, slice
assignment, keyword-only parameters or starred unpacking (README.md in this folder).
"""
import argparse
import os
import random
import sys

NAMES = ["alpha", "bravo", "cache", "conn", "doc", "entry", "file", "guest", "head", "job", "key",
         "leaf", "node", "owner", "page", "peer", "query", "root", "sess", "task", "token", "user",
         "view", "worker"]
FIN_CLASSES = ["Resource", "Session", "Handle", "Buffer", "Connection", "Widget", "Ticket"]
PLAIN_CLASSES = ["Node", "Item", "Record", "Point", "Payload", "Entry", "Box"]
DEL_MESSAGES = ['print("del", self.name)', 'print(self.name, "destroyed")',
                'print("cleanup:", self.name)', 'print("closing", self.name)']


class Program:
    """The text being written, the names it has used, and what it leaves alive."""

    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.depth = 0
        self.opener = ""             # the last line written at the top level
        self.used = set()
        self.categories = []
        self.survivors = []          # module-level names still holding objects
        self.in_function = False     # scenes written inside a `def scenario():`
        self.fin = rng.choice(FIN_CLASSES)         # a class whose __del__ prints
        self.plain = rng.choice(PLAIN_CLASSES)     # a class without __del__
        # sometimes a subclass of the first, maybe with a __del__ that calls the base's
        self.sub = rng.choice(["Pooled", "Cached", "Temp"]) + self.fin if rng.random() < 0.3 else None
        self.needs = set()           # helpers the scenes used: "link", "problem", "deaths"

    def emit(self, *lines):
        for line in lines:
            if line and self.depth == 0:
                after_def = self.opener.startswith("def ") and self.lines[-1].startswith(" ")
                if line.startswith(("def ", "class ")) or after_def:
                    self.blank(2)            # PEP 8's two blank lines around a top-level def
                self.opener = line
            self.lines.append("    " * self.depth + line if line else "")

    def blank(self, n):
        """Ends the text with at least n blank lines (none at the very start)."""
        while self.lines and self.lines[-n:] != [""] * n:
            self.lines.append("")

    def indent(self):
        self.depth += 1

    def dedent(self):
        self.depth -= 1

    def fresh(self, base=None):
        """A variable name not used yet: a word, or the word with a number."""
        base = base or self.rng.choice(NAMES)
        name, n = base, 1
        while name in self.used:
            n += 1
            name = "%s%d" % (base, n)
        self.used.add(name)
        return name

    def cls(self, finalizing=None):
        if finalizing is None:
            finalizing = self.rng.random() < 0.6
        if finalizing and self.sub and self.rng.random() < 0.4:
            self.tag("subclass")
            return self.sub
        return self.fin if finalizing else self.plain

    def new(self, var=None, finalizing=None):
        """`var = Class("var")`; returns the variable's name."""
        var = var or self.fresh()
        self.emit('%s = %s("%s")' % (var, self.cls(finalizing), var))
        return var

    def collect(self):
        self.emit("gc.collect()")

    def drop(self, var):
        """Lets go of one variable the way people do, then collects."""
        self.emit(self.rng.choice(["del %s", "%s = None", "del %s"]) % var)
        self.collect()

    def tag(self, category):
        if category not in self.categories:
            self.categories.append(category)

    def say(self, *parts):
        self.emit("print(%s)" % ", ".join(parts))


# ---- scenes: each writes a few lines exercising one idea, and tags its category ----

def callback_expr(p, label):
    """A callback for weakref.ref: a lambda, a function defined just before, or a closure."""
    kind = p.rng.choice(["lambda", "lambda", "def", "factory"])
    if kind == "lambda":
        p.tag("lambda_callback")
        return p.rng.choice(['lambda ref: print("%s collected")' % label,
                             'lambda r: print("callback for %s, dead:", r() is None)' % label])
    if kind == "def":
        fn = p.fresh("on_%s_gone" % label)
        p.emit("def %s(ref):" % fn)
        p.indent()
        p.say('"%s is gone"' % label, "ref() is None")
        p.dedent()
        return fn
    p.tag("closure")
    factory = p.fresh("make_reporter")
    p.emit("def %s(label):" % factory)
    p.indent()
    p.emit("def report(ref):")
    p.indent()
    p.say("label", '"reported dead"')
    p.dedent()
    p.emit("return report")
    p.dedent()
    return '%s("%s")' % (factory, label)


def scene_ref(p):
    p.tag("ref")
    obj = p.fresh()
    callbacks = [callback_expr(p, obj) if p.rng.random() < 0.7 else None
                 for _ in range(p.rng.choice([1, 1, 2, 3]))]
    p.new(obj)
    refs = []
    for cb in callbacks:
        w = p.fresh("w")
        p.emit("%s = weakref.ref(%s%s)" % (w, obj, ", " + cb if cb else ""))
        refs.append(w)
    w = refs[0]
    p.say(p.rng.choice(["%s() is %s" % (w, obj), "%s().name" % w, "%s() is None" % w,
                        "weakref.getweakrefcount(%s)" % obj]))
    if len(refs) > 1 and p.rng.random() < 0.5:
        p.emit("del %s" % refs[-1])        # a dead weak reference never calls back
        refs.pop()
    if p.rng.random() < 0.3:
        p.emit('%s = %s("%s_again")' % (obj, p.cls(), obj))
        p.tag("rebinding")
        p.collect()
        p.survivors.append(obj)
    else:
        p.drop(obj)
    p.say(*["%s() is None" % r for r in refs])


def scene_finalize(p):
    p.tag("finalize")
    obj, fin = p.fresh(), p.fresh("fin")
    if p.rng.random() < 0.5:
        p.new(obj)
        p.emit('%s = weakref.finalize(%s, print, "finalizing", "%s")' % (fin, obj, obj))
    else:
        fn = p.fresh("release")
        p.emit("def %s(what, code):" % fn)
        p.indent()
        p.say('"releasing"', "what", "code")
        p.emit("return code + 1")
        p.dedent()
        p.new(obj)
        p.emit('%s = weakref.finalize(%s, %s, "%s", %d)' % (fin, obj, fn, obj, p.rng.randint(1, 9)))
    p.say('"alive:"', "%s.alive" % fin)
    early = p.rng.random()
    if early < 0.25:
        p.say("%s()" % fin)                   # runs it now; later calls return None
        p.say("%s()" % fin)
    elif early < 0.4:
        p.say("%s.detach() is not None" % fin)
    p.drop(obj)
    p.say('"after drop:"', "%s.alive" % fin)


def scene_weak_container(p):
    kind = p.rng.choice(["wvd", "wkd", "weakset"])
    p.tag(kind)
    objs = [p.fresh() for _ in range(p.rng.randint(2, 4))]
    holder = None
    if p.rng.random() < 0.4:
        holder = p.fresh("pool")
        p.emit("%s = [%s]" % (holder, ", ".join('%s("%s")' % (p.cls(), o) for o in objs)))
        p.tag("list")
    else:
        for o in objs:
            p.new(o)
    box = p.fresh({"wvd": "cache", "wkd": "meta", "weakset": "live"}[kind])
    if kind == "wvd":
        p.emit("%s = weakref.WeakValueDictionary()" % box)
        show = ["len(%s)" % box, "sorted(%s.keys())" % box]
    elif kind == "wkd":
        p.emit("%s = weakref.WeakKeyDictionary()" % box)
        show = ["len(%s)" % box, "sorted((k.name, v) for k, v in %s.items())" % box]
    else:
        p.emit("%s = weakref.WeakSet()" % box)
        show = ["len(%s)" % box, "sorted(o.name for o in %s)" % box]
    if holder:
        p.emit("for obj in %s:" % holder)
        p.indent()
        p.emit({"wvd": "%s[obj.name] = obj", "wkd": "%s[obj] = len(obj.name)",
                "weakset": "%s.add(obj)"}[kind] % box)
        p.dedent()
        p.emit("del obj")
    else:
        for i, o in enumerate(objs):
            p.emit({"wvd": '%s["%s"] = %s' % (box, o, o), "wkd": "%s[%s] = %d" % (box, o, i),
                    "weakset": "%s.add(%s)" % (box, o)}[kind])
    p.say(*show)
    if holder:
        how = p.rng.choice(["%s.pop()", "del %s[0]", "%s.clear()", "%s = []"])
        p.emit(how % holder)
        p.collect()
        p.survivors.append(holder)
    else:
        for o in p.rng.sample(objs, p.rng.randint(1, len(objs))):
            p.drop(o)
            objs.remove(o)
        p.survivors.extend(objs)
    p.say(*show)
    p.survivors.append(box)


def scene_closure(p):
    p.tag("closure")
    shape = p.rng.choice(["returns_weakref", "returns_closure", "callback_closure", "lambda"])
    fn = p.fresh({"returns_weakref": "probe", "returns_closure": "make_getter",
                  "callback_closure": "watch", "lambda": "make_lambda"}[shape])
    kept, spare = p.fresh(), p.fresh()
    p.emit("def %s():" % fn)
    p.indent()
    p.new(kept)
    if p.rng.random() < 0.7:
        p.new(spare, finalizing=True)      # a local no inner function uses: dies on return
    else:
        spare = None
    if shape == "returns_weakref":
        p.tag("lambda_callback")
        p.emit('ref = weakref.ref(%s, lambda r: print("callback: %s"))' % (kept, kept))
        p.emit("return ref")
    elif shape == "returns_closure":
        p.emit("def get():")
        p.indent()
        p.emit("return %s.name" % kept)
        p.dedent()
        p.emit("return get")
    elif shape == "callback_closure":
        label = p.fresh("label")
        p.emit('%s = "watched " + %s.name' % (label, kept))
        p.emit("def on_death(ref):")
        p.indent()
        p.say(label, '"died"')
        p.dedent()
        p.emit("return weakref.ref(%s, on_death)" % kept)
    else:
        p.tag("lambda")
        p.emit("return lambda suffix: %s.name + suffix" % kept)
    p.dedent()
    result = p.fresh({"returns_weakref": "r", "returns_closure": "getter",
                      "callback_closure": "watcher", "lambda": "fn"}[shape])
    p.emit("%s = %s()" % (result, fn))
    p.collect()
    if shape in ("returns_weakref", "callback_closure"):
        p.say("%s() is None" % result)
    elif shape == "returns_closure":
        p.say("%s()" % result)
    else:
        p.say('%s("!")' % result)
    p.drop(result)
    p.say('"%s done"' % fn)


def scene_nonlocal(p):
    p.tag("nonlocal")
    factory = p.fresh("make_counter")
    p.emit("def %s():" % factory)
    p.indent()
    p.emit("count = 0")
    p.emit("def on_death(ref):")
    p.indent()
    p.emit("nonlocal count")
    p.emit("count += 1")
    p.say('"deaths so far:"', "count")
    p.dedent()
    p.emit("def total():")
    p.indent()
    p.emit("return count")
    p.dedent()
    p.emit("return on_death, total")
    p.dedent()
    cb, total = p.fresh("on_death"), p.fresh("total")
    p.emit("%s, %s = %s()" % (cb, total, factory))
    objs = [p.fresh() for _ in range(p.rng.randint(2, 3))]
    refs = p.fresh("refs")
    p.emit("%s = [%s]" % (", ".join(objs), ", ".join('%s("%s")' % (p.cls(), o) for o in objs)))
    p.emit("%s = [weakref.ref(o, %s) for o in (%s)]" % (refs, cb, ", ".join(objs)))
    gone = p.rng.sample(objs, p.rng.randint(1, len(objs)))
    for o in gone:
        p.drop(o)
    p.say('"total:"', "%s()" % total)
    p.emit("del %s" % refs)
    p.survivors.extend(o for o in objs if o not in gone)


def scene_global(p):
    p.tag("global")
    counter = p.fresh("collected")
    fn = p.fresh("tally")
    p.emit("%s = 0" % counter, "def %s(ref):" % fn)
    p.indent()
    p.emit("global %s" % counter)
    p.emit("%s += 1" % counter)
    p.dedent()
    objs = [p.new() for _ in range(p.rng.randint(1, 3))]
    refs = [p.fresh("wr") for _ in objs]
    for o, r in zip(objs, refs):
        p.emit("%s = weakref.ref(%s, %s)" % (r, o, fn))
    gone = p.rng.sample(objs, p.rng.randint(1, len(objs)))
    for o in gone:
        p.drop(o)
    p.say('"%s:"' % counter, counter)
    p.survivors.extend(o for o in objs if o not in gone)


def scene_default(p):
    p.tag("default_arg")
    fn = p.fresh(p.rng.choice(["describe", "greet", "render"]))
    held = p.fresh("default")
    p.emit('def %s(prefix, extra=%s("%s")):' % (fn, p.cls(True), held))
    p.indent()
    p.emit("return prefix + extra.name")
    p.dedent()
    p.say('%s("using ")' % fn)
    if p.rng.random() < 0.5:
        w = p.fresh("w")
        p.emit("%s = weakref.ref(%s.__defaults__[0])" % (w, fn))
        p.drop(fn)
        p.say("%s() is None" % w)
    else:
        p.drop(fn)
    p.say('"%s dropped"' % fn)


def scene_containers(p):
    kind = p.rng.choice(["list", "dict", "attribute"])
    p.tag(kind)
    objs = [p.fresh() for _ in range(p.rng.randint(2, 3))]
    w = p.fresh("w")
    if kind == "list":
        box = p.fresh("items")
        p.emit("%s = [%s]" % (box, ", ".join('%s("%s")' % (p.cls(), o) for o in objs)))
        p.emit("%s = weakref.ref(%s[0])" % (w, box))
        how = p.rng.choice(["del {0}[0]", "{0}.pop(0)", "{0}.remove({0}[0])", "{0}.clear()",
                            "{0}.reverse()"])
        p.emit(how.format(box))
    elif kind == "dict":
        box = p.fresh("registry")
        p.emit("%s = {%s}" % (box, ", ".join('"%s": %s("%s")' % (o, p.cls(), o) for o in objs)))
        p.emit('%s = weakref.ref(%s["%s"])' % (w, box, objs[0]))
        how = p.rng.choice(['del %s["%s"]', '%s.pop("%s")', '%s["%s"] = None'])
        p.emit(how % (box, objs[0]))
    else:
        box = p.new(p.fresh("holder"), finalizing=False)
        for o in objs:
            p.emit('%s.%s = %s("%s")' % (box, o, p.cls(), o))
        p.emit("%s = weakref.ref(%s.%s)" % (w, box, objs[0]))
        how = p.rng.choice(["del {0}.{1}", "{0}.{1} = None", '{0}.{1} = {2}("replacement")'])
        p.emit(how.format(box, objs[0], p.plain))
    p.collect()
    p.say("%s() is None" % w)
    if p.rng.random() < 0.5:
        p.drop(box)
        p.say('"%s gone"' % box)
    else:
        p.survivors.append(box)


def scene_cycle(p):
    p.tag("cycle")
    p.needs.add("link")
    members = [p.fresh() for _ in range(p.rng.randint(1, 3))]
    for m in members:
        p.emit('%s = Link("%s")' % (m, m))
    for a, b in zip(members, members[1:] + members[:1]):
        p.emit("%s.other = %s" % (a, b))
    w = p.fresh("w")
    p.emit("%s = weakref.ref(%s)" % (w, members[0]))
    for m in members:
        p.emit("del %s" % m)
    p.collect()
    p.say("%s() is None" % w, "sorted(graveyard)")
    p.emit("graveyard.clear()")


def scene_plain_cycle_callback(p):
    """A garbage cycle of objects without __del__, one of them watched by a callback."""
    p.tag("cycle")
    a, b, w = p.fresh(), p.fresh(), p.fresh("w")
    cb = callback_expr(p, a)
    p.new(a, finalizing=False)
    p.new(b, finalizing=False)
    p.emit("%s.partner = %s" % (a, b), "%s.partner = %s" % (b, a))
    p.emit("%s = weakref.ref(%s, %s)" % (w, a, cb))
    p.emit("del %s, %s" % (a, b))
    p.collect()
    p.say("%s() is None" % w)


def scene_exception(p):
    p.tag("exception")
    p.needs.add("problem")
    fn = p.fresh(p.rng.choice(["load", "parse", "connect"]))
    local = p.fresh()
    p.emit("def %s():" % fn)
    p.indent()
    p.new(local, finalizing=True)
    carry = p.rng.random() < 0.5
    p.emit('raise Problem(%s)' % (local if carry else '"%s failed"' % fn))
    p.dedent()
    keep = p.rng.random() < 0.3
    saved = p.fresh("saved") if keep else None
    p.emit("try:")
    p.indent()
    p.emit("%s()" % fn)
    p.dedent()
    p.emit("except Problem as e:")
    p.indent()
    p.say('"caught:"', "e.what")
    if keep:
        p.emit("%s = e" % saved)
    p.dedent()
    p.collect()
    p.say('"after %s"' % fn)
    if keep:
        p.drop(saved)
        p.say('"released %s"' % saved)


def scene_rebinding(p):
    p.tag("rebinding")
    var = p.new(finalizing=True)
    for _ in range(p.rng.randint(1, 2)):
        label = p.fresh(var)
        p.emit('%s = %s("%s")' % (var, p.cls(), label))
        p.collect()
        p.say('"now"', "%s.name" % var)
    p.survivors.append(var)


def scene_bound_method(p):
    p.tag("bound_method")
    obj = p.new(finalizing=False)
    if p.rng.random() < 0.5:
        wm = p.fresh("wm")
        p.emit("%s = weakref.WeakMethod(%s.describe)" % (wm, obj))
        p.say("%s()()" % wm)
        p.drop(obj)
        p.say("%s() is None" % wm)
    else:
        p.tag("cycle")
        w = p.fresh("w")
        p.emit("%s.action = %s.describe" % (obj, obj), "%s = weakref.ref(%s)" % (w, obj))
        p.say("%s.action()" % obj)
        p.drop(obj)
        p.say("%s() is None" % w)


def scene_proxy(p):
    p.tag("proxy")
    obj, proxy = p.fresh(), p.fresh("proxy")
    p.new(obj)
    p.emit("%s = weakref.proxy(%s)" % (proxy, obj))
    p.say("%s.name" % proxy)
    p.drop(obj)
    p.emit("try:")
    p.indent()
    p.say("%s.name" % proxy)
    p.dedent()
    if p.rng.random() < 0.5:
        p.emit("except ReferenceError as err:")
        p.indent()
        p.say('"proxy is dead:"', "err")
    else:
        p.emit("except ReferenceError:")
        p.indent()
        p.say('"proxy is dead"')
    p.dedent()


def scene_dead_on_arrival(p):
    """An object only a weak reference or a weak container ever holds: dead by the next collect."""
    p.tag("temporary")
    if p.rng.random() < 0.5:
        box = p.fresh("seen")
        p.emit("%s = weakref.WeakSet()" % box)
        p.emit('%s.add(%s("temp"))' % (box, p.cls()))
        p.collect()
        p.say("len(%s)" % box)
    else:
        w = p.fresh("w")
        p.emit('%s = weakref.ref(%s("temp"), %s)' % (w, p.cls(), callback_expr(p, "temp")))
        p.collect()
        p.say("%s() is None" % w)


SCENES = [scene_ref, scene_ref, scene_finalize, scene_weak_container, scene_weak_container,
          scene_closure, scene_closure, scene_nonlocal, scene_global, scene_default,
          scene_containers, scene_cycle, scene_plain_cycle_callback, scene_exception,
          scene_rebinding, scene_bound_method, scene_proxy, scene_dead_on_arrival]
# Scenes that only use names they create, so they can run inside a function body.
LOCAL_SCENES = {scene_ref, scene_finalize, scene_weak_container, scene_containers, scene_rebinding,
                scene_closure, scene_bound_method, scene_proxy, scene_dead_on_arrival}


def class_defs(p):
    """The two classes every program has, and the helpers its scenes asked for."""
    out = []
    out += ["class %s:" % p.fin,
            "    def __init__(self, name):",
            "        self.name = name",
            "",
            "    def __del__(self):",
            "        " + p.rng.choice(DEL_MESSAGES)]
    if p.rng.random() < 0.3:
        out += ["", "    def __repr__(self):", '        return "%s(%%r)" %% self.name' % p.fin]
    if p.sub and "subclass" in p.categories:
        out += ["", "", "class %s(%s):" % (p.sub, p.fin),
                "    def __init__(self, name):",
                "        super().__init__(name)",
                "        self.%s = True" % p.sub[:-len(p.fin)].lower()]
        if p.rng.random() < 0.5:
            out += ["", "    def __del__(self):",
                    '        print("%s", self.name, "goes")' % p.sub[:-len(p.fin)].lower(),
                    "        super().__del__()"]
    out += ["", "", "class %s:" % p.plain,
            "    def __init__(self, name):",
            "        self.name = name",
            "",
            "    def describe(self):",
            '        return "%s " + self.name' % p.plain.lower(), "", ""]
    if "link" in p.needs:
        out += ["graveyard = []", "", "",
                "class Link:",
                "    def __init__(self, name):",
                "        self.name = name",
                "        self.other = None",
                "",
                "    def __del__(self):",
                "        graveyard.append(self.name)", "", ""]
    if "problem" in p.needs:
        out += ["class Problem(Exception):",
                "    def __init__(self, what):",
                '        super().__init__("problem")',
                "        self.what = what", "", ""]
    return out


def epilogue(p):
    """Either lets everything go and collects, or leaves the survivors to the interpreter's exit."""
    if p.survivors and p.rng.random() < 0.6:
        p.tag("teardown")
        for name in p.survivors:
            p.drop(name)
    elif p.survivors:
        p.tag("exit")
    p.blank(1)
    p.say('"end"')


def generate(seed, index):
    """Returns (source, categories) of program `index` of `seed`."""
    rng = random.Random("%s:%s" % (seed, index))
    target = rng.randint(8, 36)
    while True:
        p = Program(rng)
        p.emit("import gc", "import weakref", "", "")
        body_start = len(p.lines)
        wrap = rng.random() < 0.3
        if wrap:
            p.tag("function_scope")
            runner = p.fresh(rng.choice(["main", "scenario", "run"]))
            p.emit("def %s():" % runner)
            p.indent()
        scenes = 0
        while len(p.lines) - body_start < target or scenes == 0:
            scene = rng.choice(sorted(LOCAL_SCENES, key=lambda f: f.__name__) if wrap else SCENES)
            saved = len(p.survivors)
            if scenes:
                p.blank(1)
            scene(p)
            if wrap:
                del p.survivors[saved:]            # the function's locals die on return
            scenes += 1
        if wrap:
            p.dedent()
            p.emit("%s()" % runner)
            p.collect()
        epilogue(p)
        header = ["# difftest: seed %s, program %s" % (seed, index),
                  "# categories: " + ", ".join(p.categories)]
        lines = p.lines[:body_start] + class_defs(p) + p.lines[body_start:]
        source = "\n".join(header + lines) + "\n"
        if source.count("\n") <= 60 or target <= 0:
            return source, p.categories
        target -= 6          # too long: try again with fewer scenes


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="1")
    ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--out", help="write NNNN.py files here instead of printing")
    args = ap.parse_args(argv)
    if not args.out:
        for i in range(args.count):
            sys.stdout.write(generate(args.seed, i)[0])
        return 0
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        with open(os.path.join(args.out, "%04d.py" % i), "w") as f:
            f.write(generate(args.seed, i)[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
