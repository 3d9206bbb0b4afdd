#!/usr/bin/env bash
# Include cost (a quality bar of the project): the umbrella header may cost at
# most twice what <string_view>, <optional>, <array>, <cstdint> and <chrono>
# cost together (<chrono> because advice::delay is a std::chrono::seconds),
# measured with -fsyntax-only in the same run. Compiles the one-line files
# interleaved (umbrella, the five headers, the four without <chrono> ...),
# times the compiler's CPU (user + sys, steadier than wall time on a busy
# machine), takes medians, prints the ratios per compiler and exits 1 if the
# ratio to the five headers exceeds the limit (2 if no compiler ran). The
# ratio to the four headers without <chrono> is for information.
#
#   bench/include_cost.sh [--runs N] [--limit X] [--std c++17] [--breakdown] [CXX...]
#
# CXX defaults to g++ and clang++ (whichever exist). --breakdown also times
# every public core header alone, to show which one carries the weight.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
include_dir="${SMTPCODES_INCLUDE_DIR:-$here/../include}"
runs=15
limit=2.0
std="c++17"
breakdown=0
compilers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --limit) limit="$2"; shift 2 ;;
    --std) std="$2"; shift 2 ;;
    --breakdown) breakdown=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) compilers+=("$1"); shift ;;
  esac
done
if [ ${#compilers[@]} -eq 0 ]; then
  for c in g++ clang++; do command -v "$c" > /dev/null && compilers+=("$c"); done
fi
if [ ${#compilers[@]} -eq 0 ]; then
  echo "include_cost: no C++ compiler found (tried g++, clang++)" >&2
  exit 2
fi

exec python3 - "$include_dir" "$runs" "$limit" "$std" "$breakdown" "${compilers[@]}" <<'PY'
import os, statistics, subprocess, sys, tempfile

include_dir, runs, limit, std, breakdown = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5] == "1"
compilers = sys.argv[6:]
work = tempfile.mkdtemp(prefix="smtpcodes_include_cost_")

def source(name, text):
    path = os.path.join(work, name)
    with open(path, "w") as f:
        f.write(text)
    return path

umbrella = source("umbrella.cpp", "#include <smtpcodes/smtpcodes.hpp>\n")
baseline = source("baseline.cpp", "#include <string_view>\n#include <optional>\n#include <array>\n#include <cstdint>\n")
with_chrono = source("with_chrono.cpp", open(baseline).read() + "#include <chrono>\n")

def compile_time(cxx, path):
    """CPU seconds (user + sys) of one compilation: steadier than wall time on a busy machine."""
    proc = subprocess.Popen([cxx, "-std=" + std, "-fsyntax-only", "-I", include_dir, path])
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, cxx)
    return usage.ru_utime + usage.ru_stime

failed = False
print(f"include cost, -std={std} -fsyntax-only, {runs} interleaved runs each, median CPU seconds (user+sys)")
print("| compiler | umbrella s | five headers s | ratio | limit | four, no <chrono> s | ratio to them |")
print("|---|---|---|---|---|---|---|")
for cxx in compilers:
    try:
        compile_time(cxx, baseline)  # warm the file cache
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"| {cxx} | could not run: {e} | | | | | |")
        failed = True
        continue
    a, b, c = [], [], []
    for _ in range(runs):
        a.append(compile_time(cxx, umbrella))
        b.append(compile_time(cxx, baseline))
        c.append(compile_time(cxx, with_chrono))
    ma, mb, mc = statistics.median(a), statistics.median(b), statistics.median(c)
    ratio = ma / mc
    verdict = "ok" if ratio <= limit else "OVER"
    failed |= ratio > limit
    version = subprocess.run([cxx, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    print(f"| {cxx} ({version}) | {ma:.3f} | {mc:.3f} | {ratio:.2f} | {limit:.1f} {verdict} | {mb:.3f} | {ma / mb:.2f} |")

if breakdown:
    headers = ["version", "reply_code", "command", "registry", "enhanced_status", "reply",
               "advice", "smtpcodes", "compare"]
    extra = {"<chrono>": "#include <chrono>\n", "<cstring>": "#include <cstring>\n",
             "baseline": open(baseline).read()}
    files = {f"<smtpcodes/{h}.hpp>": source(f"h_{h}.cpp", f"#include <smtpcodes/{h}.hpp>\n") for h in headers}
    files.update({k: source(f"x_{i}.cpp", v) for i, (k, v) in enumerate(extra.items())})
    for cxx in compilers:
        times = {k: [] for k in files}
        for _ in range(max(3, runs // 3)):
            for k, path in files.items():
                times[k].append(compile_time(cxx, path))
        print(f"\n{cxx}: each header alone (median CPU s; a header includes the ones it needs)")
        for k in files:
            print(f"  {k:36s} {statistics.median(times[k]):.3f}")
sys.exit(1 if failed else 0)
PY
