#!/usr/bin/env bash
# Instructions one loop-body statement costs minipy and CPython: callgrind totals of
# `for i in range(500000): BODY` inside a function (beside an instance `p`, `q` of a two-attribute
# class with a method `total`, and a local `s`), minus the same loop with `pass`, per iteration.
# usage: benches/minipy/stmt_cost.sh [MINIPY] [PYTHON] BODY...   (from the repository root)
#   e.g. benches/minipy/stmt_cost.sh target/release/minipy python3 'p.x = i' 'p.total()' 'pass; pass'
set -euo pipefail
minipy=$1
python=$("$2" -c 'import sys; print(sys.executable)')
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
script() {
  cat > "$scratch/loop.py" <<PY
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def run():
    p = P(1, 2)
    q = P(3, 4)
    s = 0
    for i in range(500000):
        $1


run()
PY
}
ir() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" "$scratch/loop.py" 2>&1 >/dev/null |
    sed -n 's/^==[0-9]*== Collected : \([0-9]*\).*/\1/p'
}
script pass
base_m=$(ir "$minipy"); base_p=$(ir "$python")
printf '%-28s %10s %10s\n' body minipy CPython
for body in "$@"; do
  script "$body"
  m=$(ir "$minipy"); p=$(ir "$python")
  printf '%-28s %10d %10d\n' "$body" $(((m - base_m) / 500000)) $(((p - base_p) / 500000))
done
