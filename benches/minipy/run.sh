#!/usr/bin/env bash
# CPU time (perf stat task-clock, ms) of minipy and CPython on each script here and in tree/: min
# and median of RUNS (default 7) runs, the interpreters interleaved so both see the same machine
# load; then peak RSS (/usr/bin/time, one run each). tree/tree_collect.py is tree_build.py plus ten
# gc.collect(): a tenth of the difference of their medians is one collection's time, printed last.
# usage: benches/minipy/run.sh [MINIPY] [PYTHON]   (from the repository root, after
#        cargo build --release -p minipy)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
minipy=${1:-target/release/minipy}
# The real executable, not a launcher: pyenv's python3 is a shell shim that adds ~60 ms of
# bash to every run (it inflated the CPython column of every table before 2026-12-06 15:30).
python=$("${2:-python3}" -c 'import sys; print(sys.executable)')
runs=${RUNS:-7}
cpu_ms() { perf stat -x, -e task-clock "$@" 2>&1 >/dev/null | awk -F, '/task-clock/ {print $1}'; }
rss_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }
med() { printf '%s\n' "$@" | sort -n | sed -n "$(((runs + 1) / 2))p"; }
printf '%-13s %10s %10s %7s %11s %11s %7s\n' script "minipy ms" "CPython ms" ratio \
  "minipy MB" "CPython MB" ratio
declare -A mmed pmed
for script in "$here"/*.py "$here"/tree/*.py; do
  m=(); p=()
  for _ in $(seq "$runs"); do
    m+=("$(cpu_ms "$minipy" "$script")")
    p+=("$(cpu_ms "$python" "$script")")
  done
  name=$(basename "$script" .py)
  mm=$(med "${m[@]}"); pm=$(med "${p[@]}")
  mmed[$name]=$mm; pmed[$name]=$pm
  mr=$(rss_mb "$minipy" "$script"); pr=$(rss_mb "$python" "$script")
  printf '%-13s %10.0f %10.0f %7.2f %11s %11s %7.2f\n' "$name" "$mm" "$pm" \
    "$(echo "$mm / $pm" | bc -l)" "$mr" "$pr" "$(echo "$mr / $pr" | bc -l)"
done
if [[ -n ${mmed[tree_collect]:-} && -n ${mmed[tree_build]:-} ]]; then
  mc=$(echo "(${mmed[tree_collect]} - ${mmed[tree_build]}) / 10" | bc -l)
  pc=$(echo "(${pmed[tree_collect]} - ${pmed[tree_build]}) / 10" | bc -l)
  printf '%-13s %10.1f %10.1f %7.3f   (one gc.collect(): (tree_collect - tree_build) / 10)\n' \
    gc.collect "$mc" "$pc" "$(echo "$mc / $pc" | bc -l)"
fi
