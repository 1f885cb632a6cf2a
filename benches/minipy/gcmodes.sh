#!/usr/bin/env bash
# CPU time (perf stat task-clock, ms) of minipy in every --gc mode and of CPython on the scripts in
# gcmodes/ and the minipy benchmarks beside this file: median of RUNS runs (default 3), all
# interpreters interleaved so they see the same machine load. A run past LIMIT seconds (default
# 30) is stopped and shown as ">LIMIT s" (--gc=eager on big_list_loop.py takes minutes).
# usage: benches/minipy/gcmodes.sh [MINIPY] [PYTHON]   (from the repository root, after
#        cargo build --release -p minipy)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
minipy=${1:-target/release/minipy}
# The real executable, not a launcher: pyenv's python3 is a shell shim that adds ~60 ms of
# bash to every run (it inflated the CPython column of every table before 2026-12-06 15:30).
python=$("${2:-python3}" -c 'import sys; print(sys.executable)')
runs=${RUNS:-3}
limit=${LIMIT:-30}
modes=(default incremental auto paced eager)
cpu_ms() {
  local out
  if out=$(timeout "$limit" perf stat -x, -e task-clock "$@" 2>&1 >/dev/null); then
    awk -F, '/task-clock/ {printf "%.0f", $1}' <<<"$out"
  else
    echo ">${limit}000"
  fi
}
med() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
printf '%-14s' script
for m in "${modes[@]}"; do printf '%13s' "$m"; done
printf '%13s\n' CPython
for script in "$here"/gcmodes/*.py "$here"/*.py; do
  declare -A t=()
  for m in "${modes[@]}" cpython; do t[$m]=""; done
  for _ in $(seq "$runs"); do
    for m in "${modes[@]}"; do
      # Once a mode ran past the limit, do not run it again.
      if [[ ${t[$m]} == *'>'* ]]; then continue; fi
      t[$m]+="$(cpu_ms "$minipy" "--gc=$m" "$script") "
    done
    t[cpython]+="$(cpu_ms "$python" "$script") "
  done
  printf '%-14s' "$(basename "$script" .py)"
  for m in "${modes[@]}" cpython; do
    # shellcheck disable=SC2086
    v=$(med ${t[$m]})
    printf '%13s' "$v ms"
  done
  printf '\n'
  unset t
done
