#!/usr/bin/env python3
"""Differential check of minipy's logging against python3's.

usage: tools/diff_logging.py MINIPY [N_CASES] [SEED] [--keep DIR]

Generates N random programs (default 300). Each builds a random logger tree (dotted names, some
created child-first, levels, propagate flags, filters, disabled loggers), random handlers
(StreamHandler to stdout or stderr, NullHandler, FileHandler read back at the end, handler
levels and filters), random formatters (%, { and $ styles over the time-independent record
attributes, defaults=, validate errors), optionally basicConfig with random arguments (or
none, so the last-resort handler is used), logging.disable, LoggerAdapters, custom level names,
and then makes random logging calls (every level, log(), exception() inside an except and
with chained exceptions, stacklevel= through nested functions, stack_info=, captureWarnings,
args as tuples and mappings, extra=, exc_info=). Each program runs under python3 and
MINIPY; stdout, stderr and the exit status must agree byte for byte (tracebacks are compared
after dropping their indented 'File ...' and source lines, as the corpus does).
Prints the disagreeing cases (kept under DIR with --keep) and 'N cases, N agree'.
"""
import os
import random
import re
import subprocess
import sys
import tempfile

NAMES = ["app", "app.db", "app.db.pool", "app.web", "lib", "lib.x.y", "app.web.auth"]
LEVELS = ["logging.DEBUG", "logging.INFO", "logging.WARNING", "logging.ERROR",
          "logging.CRITICAL", "logging.NOTSET", "15", "'INFO'", "'ERROR'", "35"]
# `thread` and `process` differ between runs, times too: the formats leave them out.
FIELDS = ["name", "levelname", "levelno", "message", "module", "funcName", "lineno",
          "filename", "msg", "args", "threadName", "processName"]


def percent_format(rng):
    parts = []
    for _ in range(rng.randint(1, 4)):
        f = rng.choice(FIELDS)
        spec = rng.choice(["s", "s", "-8s", "8s", "r"]) if f not in ("levelno", "lineno") \
            else rng.choice(["d", "03d", "s"])
        parts.append("%%(%s)%s" % (f, spec))
    sep = rng.choice([" ", ":", " | ", " - "])
    text = sep.join(parts)
    if rng.random() < 0.5 and "%(message)" not in text:
        text += " %(message)s"
    return text


def brace_format(rng):
    parts = []
    for _ in range(rng.randint(1, 4)):
        f = rng.choice(FIELDS)
        spec = rng.choice(["", "", ":>10", ":<8", "!r"]) if f not in ("levelno", "lineno") \
            else rng.choice(["", ":03d", ":>5"])
        parts.append("{%s%s}" % (f, spec))
    return rng.choice([" ", ":", " | "]).join(parts)


def dollar_format(rng):
    parts = []
    for _ in range(rng.randint(1, 4)):
        f = rng.choice(FIELDS)
        parts.append(rng.choice(["$%s", "${%s}"]) % f)
    return rng.choice([" ", ":", " | "]).join(parts)


def formatter(rng):
    style = rng.choice(["%", "%", "{", "$"])
    r = rng.random()
    if r < 0.15:
        fmt = "None"
    elif r < 0.2:
        fmt = repr(rng.choice(["plain text", "{message", "%(message)", "$", "{0}"]))
    else:
        fmt = repr({"%": percent_format, "{": brace_format, "$": dollar_format}[style](rng))
    kw = ["style=%r" % style]
    if rng.random() < 0.1:
        kw.append("defaults={'extra_field': 'D'}")
    if rng.random() < 0.1:
        kw.append("validate=False")
    return "logging.Formatter(%s, %s)" % (fmt, ", ".join(kw))


def gen_case(rng):
    L = ["import logging", "import sys", "import os", ""]
    L.append("def guard(f):")
    L.append("    try:")
    L.append("        f()")
    L.append("    except Exception as e:")
    L.append("        print('raised', type(e).__name__, e)")
    L.append("")
    loggers = []
    names = rng.sample(NAMES, rng.randint(1, len(NAMES)))
    for i, n in enumerate(names):
        L.append("l%d = logging.getLogger(%r)" % (i, n))
        loggers.append("l%d" % i)
    loggers.append("logging.getLogger()")
    if rng.random() < 0.3:
        L.append("l%d = logging.getLogger(%r).getChild('kid')" % (len(names), names[0]))
        loggers.insert(-1, "l%d" % len(names))
    handler_vars = []
    use_file = False
    r = rng.random()
    if r < 0.35:
        kw = []
        if rng.random() < 0.7:
            kw.append("level=%s" % rng.choice(LEVELS[:5]))
        style = rng.choice(["%", "{", "$"])
        if rng.random() < 0.7:
            fmtgen = {"%": percent_format, "{": brace_format, "$": dollar_format}[style]
            kw.append("format=%r" % fmtgen(rng))
            kw.append("style=%r" % style)
        elif style != "%":
            kw.append("style=%r" % style)
        s = rng.random()
        if s < 0.5:
            kw.append("stream=sys.stdout")
        elif s < 0.6:
            kw.append("filename='log_out.txt'")
            kw.append("filemode='w'")
            use_file = True
        elif s < 0.7:
            kw.append("handlers=[logging.StreamHandler(sys.stdout)]")
        if rng.random() < 0.05:
            kw.append("bogus=1")
        L.append("guard(lambda: logging.basicConfig(%s))" % ", ".join(kw))
        if rng.random() < 0.2:
            L.append("guard(lambda: logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, force=%s))"
                     % rng.choice(["True", "False"]))
    for i in range(rng.randint(0, 4)):
        h = "h%d" % i
        kind = rng.random()
        if kind < 0.55:
            L.append("%s = logging.StreamHandler(sys.stdout)" % h)
        elif kind < 0.75:
            L.append("%s = logging.StreamHandler()" % h)
        elif kind < 0.85:
            L.append("%s = logging.NullHandler()" % h)
        else:
            L.append("%s = logging.FileHandler('log_h%d.txt', 'w')" % (h, i))
            use_file = True
        if rng.random() < 0.7:
            L.append("try:")
            L.append("    %s.setFormatter(%s)" % (h, formatter(rng)))
            L.append("except Exception as e:")
            L.append("    print('formatter', type(e).__name__, e)")
        if rng.random() < 0.4:
            L.append("%s.setLevel(%s)" % (h, rng.choice(LEVELS)))
        if rng.random() < 0.15:
            L.append("%s.addFilter(logging.Filter(%r))" % (h, rng.choice(NAMES)))
        if rng.random() < 0.1:
            L.append("%s.addFilter(lambda r: r.levelno != logging.ERROR)" % h)
        L.append("%s.addHandler(%s)" % (rng.choice(loggers), h))
        handler_vars.append(h)
    for lg in loggers:
        if rng.random() < 0.4:
            L.append("%s.setLevel(%s)" % (lg, rng.choice(LEVELS)))
        if rng.random() < 0.15:
            L.append("%s.propagate = False" % lg)
        if rng.random() < 0.08:
            L.append("%s.addFilter(logging.Filter(%r))" % (lg, rng.choice(NAMES)))
        if rng.random() < 0.04:
            L.append("%s.disabled = True" % lg)
    if rng.random() < 0.1:
        L.append("logging.disable(%s)" % rng.choice(["logging.INFO", "logging.WARNING"]))
    if rng.random() < 0.2:
        L.append("logging.addLevelName(25, 'NOTICE')")
    for lg in loggers:
        L.append("print(repr(%s), %s.getEffectiveLevel(), %s.hasHandlers(), %s.isEnabledFor(20))"
                 % (lg, lg, lg, lg))
    for h in handler_vars:
        L.append("print(repr(%s))" % h)
    L.append("print(logging.getLevelName(25), logging.getLevelName(15), logging.getLevelName('WARNING'))")
    if rng.random() < 0.3:
        L.append("ad = logging.LoggerAdapter(%s, {'user': 'bob'})" % rng.choice(loggers))
        loggers.append("ad")
    for _ in range(rng.randint(3, 14)):
        lg = rng.choice(loggers + ["logging"])
        meth = rng.choice(["debug", "info", "warning", "error", "critical", "log", "exception"])
        msg = rng.choice(["'plain message'", "'value %d'", "'%s and %s'", "'%(a)s=%(b)d'",
                          "'100%% done'", "'multi\\nline'", "42", "['a', 1]"])
        args = {"'value %d'": ", 7", "'%s and %s'": ", 'x', [1]",
                "'%(a)s=%(b)d'": ", {'a': 'k', 'b': 3}"}.get(msg, "")
        if rng.random() < 0.05:
            args = ", 1, 2"
        extra = ""
        if rng.random() < 0.1:
            extra = ", extra={'user': 'ann'}"
        if rng.random() < 0.05:
            extra = ", stacklevel=2"
        if rng.random() < 0.05:
            extra += ", stack_info=True"
        if meth == "log":
            call = "%s.log(%s, %s%s%s)" % (lg, rng.choice(["10", "20", "25", "30", "45"]), msg, args, extra)
        else:
            call = "%s.%s(%s%s%s)" % (lg, meth, msg, args, extra)
        if meth == "exception" or rng.random() < 0.1:
            L.append("try:")
            L.append("    {}['missing' ]")
            L.append("except KeyError:")
            if meth != "exception" and rng.random() < 0.5:
                call = call[:-1] + ", exc_info=True)"
            L.append("    guard(lambda: %s)" % call)
        else:
            L.append("guard(lambda: %s)" % call)
    if rng.random() < 0.4:
        # The caller's function and line, through nested calls and stacklevel.
        L.append("def inner(lg, level):")
        L.append("    lg.log(level, 'from inner', stacklevel=%d)" % rng.randint(1, 3))
        L.append("def outer(lg):")
        L.append("    inner(lg, logging.ERROR)")
        L.append("probe = logging.StreamHandler(sys.stdout)")
        L.append("probe.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))")
        L.append("tracked = logging.getLogger('tracked')")
        L.append("tracked.addHandler(probe)")
        L.append("tracked.propagate = %s" % rng.choice(["True", "False"]))
        L.append("outer(tracked)")
        L.append("guard(lambda: outer(tracked))")
    if rng.random() < 0.2:
        L.append("import warnings")
        # Captured warnings come from the warnings module's own frames, whose file and line
        # differ between the two; a handler of their own shows the rest.
        L.append("pw = logging.getLogger('py.warnings')")
        L.append("pw.propagate = False")
        L.append("pwh = logging.StreamHandler(sys.stdout)")
        L.append("pwh.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s %(args)s'))")
        L.append("pw.addHandler(pwh)")
        L.append("logging.captureWarnings(True)")
        L.append("warnings.warn('captured %d' % 1)")
        L.append("logging.captureWarnings(False)")
        L.append("warnings.warn('not captured')")
    if rng.random() < 0.2:
        L.append("try:")
        L.append("    try:")
        L.append("        int('x')")
        L.append("    except ValueError as e:")
        L.append("        raise KeyError('k')%s" % rng.choice(["", " from e", " from None"]))
        L.append("except KeyError:")
        L.append("    %s.exception('chained')" % rng.choice(loggers))
    L.append("sys.stdout.flush()")
    L.append("logging.shutdown()")
    if use_file:
        L.append("for fn in sorted(os.listdir('.')):")
        L.append("    if fn.startswith('log_'):")
        L.append("        print('--', fn)")
        L.append("        print(open(fn).read(), end='')")
    return "\n".join(L) + "\n"


TB_LINE = re.compile(rb"^\s")


def normalise(data):
    out = []
    in_tb = False
    for line in data.split(b"\n"):
        if line.startswith(b"Traceback (most recent call last):"):
            in_tb = True
            out.append(line)
            continue
        if in_tb and (line.startswith(b" ") or line == b""):
            continue
        in_tb = False
        out.append(line)
    return b"\n".join(out)


def run(cmd, path, cwd):
    for fn in os.listdir(cwd):
        if fn.startswith("log_"):
            os.remove(os.path.join(cwd, fn))
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    r = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                       timeout=60, cwd=cwd)
    return normalise(r.stdout), normalise(r.stderr), r.returncode


def main(argv):
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = argv[i + 1]
        del argv[i:i + 2]
        os.makedirs(keep, exist_ok=True)
    minipy = os.path.abspath(argv[0])
    count = int(argv[1]) if len(argv) > 1 else 300
    seed = int(argv[2]) if len(argv) > 2 else 1
    agree = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(count):
            rng = random.Random(seed * 100003 + i)
            src = gen_case(rng)
            path = os.path.join(tmp, "case%d.py" % i)
            with open(path, "w") as f:
                f.write(src)
            want = run([sys.executable], path, tmp)
            got = run([minipy], path, tmp)
            if want == got:
                agree += 1
            else:
                what = [n for n, a, b in zip(["stdout", "stderr", "status"], want, got) if a != b]
                print("case %d differs in %s" % (i, ", ".join(what)))
                if keep:
                    with open(os.path.join(keep, "case%d.py" % i), "w") as f:
                        f.write(src)
    print("%d cases, %d agree" % (count, agree))
    return 0 if agree == count else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
