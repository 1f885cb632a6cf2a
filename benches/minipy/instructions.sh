#!/usr/bin/env bash
# Instructions executed (valgrind callgrind's Ir total) by minipy and CPython on each small script
# here: a figure machine load does not move, for comparing builds of minipy on a shared machine.
# CPython is resolved to its real executable (pyenv's python3 is a shell shim).
# usage: benches/minipy/instructions.sh [MINIPY] [PYTHON] [SCRIPT...]   (from the repository root,
#        after cargo build --release -p minipy; default scripts: every *.py beside this file)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
minipy=${1:-target/release/minipy}
python=$("${2:-python3}" -c 'import sys; print(sys.executable)')
shift $(($# > 2 ? 2 : $#))
scripts=("$@")
[[ ${#scripts[@]} -gt 0 ]] || scripts=("$here"/*.py)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
ir() {
  valgrind --tool=callgrind --callgrind-out-file="$scratch/out" "$@" >/dev/null 2>"$scratch/log"
  sed -n 's/^==[0-9]*== Collected : \([0-9]*\).*/\1/p' "$scratch/log"
}
printf '%-13s %14s %14s %7s\n' script "minipy Ir" "CPython Ir" ratio
for script in "${scripts[@]}"; do
  m=$(ir "$minipy" "$script"); p=$(ir "$python" "$script")
  printf '%-13s %14s %14s %7.2f\n' "$(basename "$script" .py)" "$m" "$p" "$(echo "$m / $p" | bc -l)"
done
