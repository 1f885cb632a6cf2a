#!/usr/bin/env bash
# CPU time (perf stat task-clock, ms) of minipy and CPython on each script here: min and median of
# 7 runs, the interpreters interleaved so both see the same machine load.
# usage: benches/minipy/run.sh [MINIPY] [PYTHON]   (from the repository root, after
#        cargo build --release -p minipy)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
minipy=${1:-target/release/minipy}
python=${2:-python3}
cpu_ms() { perf stat -x, -e task-clock "$@" 2>&1 >/dev/null | awk -F, '/task-clock/ {print $1}'; }
printf '%-12s %14s %14s %8s\n' script "minipy ms" "CPython ms" ratio
for script in "$here"/*.py; do
  m=(); p=()
  for _ in 1 2 3 4 5 6 7; do
    m+=("$(cpu_ms "$minipy" "$script")")
    p+=("$(cpu_ms "$python" "$script")")
  done
  med() { printf '%s\n' "$@" | sort -n | sed -n 4p; }
  mm=$(med "${m[@]}"); pm=$(med "${p[@]}")
  printf '%-12s %14.0f %14.0f %8.2f\n' "$(basename "$script" .py)" "$mm" "$pm" "$(echo "$mm / $pm" | bc -l)"
done
