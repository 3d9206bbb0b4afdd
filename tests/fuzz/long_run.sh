#!/usr/bin/env bash
# Long fuzzing, outside CI: builds the libFuzzer targets (clang++, ASan and
# UBSan, as the fuzz_* CTest tests do) and runs each named target for a
# number of executions on a fresh copy of its seeds, one after another, with
# the same options as CI (tests/fuzz/run_fuzzer.cmake) but -runs instead of a
# time limit. Prints one line per target: executions, seconds, executions per
# second, and "no finding" or where the crashing input was written. Exits 1
# when any target found something.
#
#   tests/fuzz/long_run.sh [--runs N] [--work DIR] [TARGET...]
#
# Defaults: 10,000,000 runs, work in build/fuzz-long, every target
# (parse_reply reply_reader find_reply parse_bounce socketmap rules).
# Run it niced on a shared machine: nice -n 19 tests/fuzz/long_run.sh ...
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=10000000
work="$root/build/fuzz-long"
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "long_run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(parse_reply reply_reader find_reply parse_bounce socketmap rules)
command -v clang++ > /dev/null || { echo "long_run.sh: needs clang++ and libclang-rt-14-dev" >&2; exit 2; }

mkdir -p "$work"
cmake -S "$here" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  "-DSMTPCODES_SOURCE_DIR=$root" > "$work/configure.log"
cmake --build "$work/build" > "$work/build.log"

status=0
for t in "${targets[@]}"; do
  [ -x "$work/build/fuzz_$t" ] || { echo "long_run.sh: no target fuzz_$t" >&2; exit 2; }
  dict="$here/smtp.dict"
  [ -f "$here/$t.dict" ] && dict="$here/$t.dict"
  rm -rf "$work/$t"
  mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
  cp "$here/corpus/$t"/* "$work/$t/corpus/"
  start=$(date +%s)
  rc=0
  "$work/build/fuzz_$t" -runs="$runs" -timeout=25 -rss_limit_mb=2048 -error_exitcode=77 \
    -print_final_stats=1 -dict="$dict" -artifact_prefix="$work/$t/artifacts/" \
    "$work/$t/corpus" > "$work/$t.log" 2>&1 || rc=$?
  seconds=$(( $(date +%s) - start ))
  done_runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$t.log")
  if [ "$rc" -eq 0 ]; then
    echo "$t: ${done_runs:-?} executions in ${seconds} s (${rate:-?}/s), no finding"
  else
    echo "$t: exit $rc after ${done_runs:-?} executions: see $work/$t.log and $work/$t/artifacts/"
    status=1
  fi
done
exit $status
