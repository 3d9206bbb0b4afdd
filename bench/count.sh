#!/usr/bin/env bash
# Instructions per iteration of each benchmark (one pass over its corpus),
# counted by callgrind (valgrind): unlike the timings, they do not move with
# the machine's load, so they show what a code change did. Runs the built
# benchmark program once per benchmark, as briefly as it allows
# (--benchmark_min_time=0.001), and counts only inside the benchmark's own
# function (the corpus is built outside it).
#
#   cmake --preset bench && cmake --build --preset bench
#   bench/count.sh [--build DIR] [BENCHMARK_NAME...]    (default: all, e.g. advise_text)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${SMTPCODES_BENCH_BUILD:-$here/../build/bench}"
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) names+=("${1#BM_}"); shift ;;
  esac
done
bin="$build/bench/bench_smtpcodes"
if [ ! -x "$bin" ]; then
  echo "count.sh: $bin not found; build it first (see --help)" >&2
  exit 2
fi
if ! command -v valgrind > /dev/null; then
  echo "count.sh: needs valgrind (Debian: apt-get install valgrind)" >&2
  exit 2
fi
if [ ${#names[@]} -eq 0 ]; then
  mapfile -t names < <("$bin" --benchmark_list_tests | sed 's/^BM_//')
fi

echo "| benchmark | iterations | instructions per iteration |"
echo "|---|---|---|"
for name in "${names[@]}"; do
  out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
          --toggle-collect="*BM_${name}(*" "$bin" --benchmark_filter="^BM_${name}\$" \
          --benchmark_min_time=0.001 2>&1)
  count=$(awk '/Collected :/ {print $4}' <<< "$out")
  iterations=$(awk -v n="BM_${name}" '$1 == n {print $6}' <<< "$out")
  if [ -z "$count" ] || [ -z "$iterations" ]; then
    echo "count.sh: no count for BM_${name}" >&2
    exit 1
  fi
  echo "| BM_${name} | ${iterations} | $((count / iterations)) |"
done
