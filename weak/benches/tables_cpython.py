"""The workloads of benches/tables.rs in CPython, for comparison (results in docs/benchmarks.md).

Run: python3 weak/benches/tables_cpython.py

CPython frees most objects by reference counting, so "collect" here means: drop the last strong
references (which frees the objects and runs the weak-dictionary callbacks) and then gc.collect().
Each workload runs in a child process, so a crash or a leak in one cannot affect the others, and
reports the median of a few runs.
"""

import gc
import statistics
import subprocess
import sys
import time
import weakref

CACHE_ENTRIES = 1_000_000
SELF_REF_ENTRIES = 100_000
CHAIN_ENTRIES = 100_000
RUNS = 5


class Obj:
    __slots__ = ("__weakref__",)


def wvd_1m_one_in_ten_survive():
    d = weakref.WeakValueDictionary()
    t0 = time.perf_counter()
    everything, survivors = [], []
    for i in range(CACHE_ENTRIES):
        o = Obj()
        everything.append(o)  # alive until the "collection", as in the Rust bench
        if i % 10 == 0:
            survivors.append(o)
        d[i] = o
    t1 = time.perf_counter()
    del everything, o
    gc.collect()
    n = len(d)
    t2 = time.perf_counter()
    assert n == CACHE_ENTRIES // 10, n
    return {"alloc_and_insert": t1 - t0, "collect_and_len": t2 - t1}


def wkd_100k_values_reference_keys():
    d = weakref.WeakKeyDictionary()
    for _ in range(SELF_REF_ENTRIES):
        k = Obj()
        d[k] = k  # the value refers to its key: CPython keeps both forever
    del k
    t0 = time.perf_counter()
    gc.collect()
    n = len(d)
    t1 = time.perf_counter()
    return {"collect": t1 - t0, "len_after_collect": n}


def ephemeron_chain_100k():
    d = weakref.WeakKeyDictionary()
    ks = [Obj() for _ in range(CHAIN_ENTRIES + 1)]
    for i in reversed(range(CHAIN_ENTRIES)):
        d[ks[i]] = ks[i + 1]
    head = ks[0]
    del ks
    t0 = time.perf_counter()
    gc.collect()
    n_live = len(d)
    t1 = time.perf_counter()
    assert n_live == CHAIN_ENTRIES, n_live
    # Dropping the head frees k[0]; its callback deletes its entry, which frees k[1], and so on:
    # a chain of nested callbacks, as deep as the chain.
    del head
    gc.collect()
    n_after = len(d)
    t2 = time.perf_counter()
    return {
        "collect_all_live": t1 - t0,
        "collect_all_die": t2 - t1,
        "len_after_collect": n_after,
    }


WORKLOADS = {
    f.__name__: f
    for f in [wvd_1m_one_in_ten_survive, wkd_100k_values_reference_keys, ephemeron_chain_100k]
}


def child(name):
    result = WORKLOADS[name]()
    print(repr(result))


def main():
    print(f"python {sys.version.split()[0]}, {RUNS} runs each, median")
    for name in WORKLOADS:
        runs = []
        for _ in range(RUNS):
            p = subprocess.run(
                [sys.executable, __file__, name],
                capture_output=True,
                text=True,
                timeout=600,
            )
            if p.returncode != 0:
                tail = (p.stderr.strip().splitlines() or ["(no output)"])[-1]
                print(f"{name}: child failed (exit {p.returncode}): {tail}")
                break
            runs.append(eval(p.stdout.strip().splitlines()[-1]))
        if not runs:
            continue
        for key in runs[0]:
            values = [r[key] for r in runs]
            if key.startswith("len"):
                print(f"{name}/{key}: {values[0]}")
            else:
                print(f"{name}/{key}: {statistics.median(values) * 1000:.1f} ms")
        note = {
            "wkd_100k_values_reference_keys": "entries leaked: CPython's WeakKeyDictionary holds "
            "values strongly, so a value referring to its key keeps it forever",
        }.get(name)
        if note and runs[0].get("len_after_collect"):
            print(f"  note: {runs[0]['len_after_collect']} {note}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        child(sys.argv[1])
    else:
        main()
