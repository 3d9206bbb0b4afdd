#!/usr/bin/env bash
# Runs the smtpcodes benchmarks (5 repetitions, medians) and prints a Markdown
# table: bytes/s, replies/s, the spread of the repetitions (coefficient of
# variation), heap allocations per iteration and the ratio to
# the bare memchr line scan of the same bytes (the physical limit), then the
# project's targets. With --peers, also runs the peer harnesses in
# bench/peers/ on the same corpus (written by gen_corpus) in the same session.
#
#   cmake --preset bench && cmake --build --preset bench
#   bench/run.sh [--peers] [--build DIR] [--json FILE] [--repetitions N] [-- BENCHMARK_ARGS...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${SMTPCODES_BENCH_BUILD:-$here/../build/bench}"
peers=0
json_copy=""
repetitions=5
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --peers) peers=1; shift ;;
    --build) build="$2"; shift 2 ;;
    --json) json_copy="$2"; shift 2 ;;
    --repetitions) repetitions="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

bin="$build/bench/bench_smtpcodes"
gen="$build/bench/gen_corpus"
if [ ! -x "$bin" ]; then
  echo "run.sh: $bin not found; build it first:" >&2
  echo "  cmake --preset bench && cmake --build --preset bench" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: > "$work/peers.jsonl"

echo "running $bin ($repetitions repetitions) ..." >&2
# Repetitions interleaved at random, so that a load change on the machine hits
# every benchmark alike instead of one of them.
"$bin" --benchmark_format=json --benchmark_repetitions="$repetitions" \
  --benchmark_report_aggregates_only=true --benchmark_enable_random_interleaving=true \
  ${extra[@]+"${extra[@]}"} > "$work/bench.json"
[ -n "$json_copy" ] && cp "$work/bench.json" "$json_copy"

if [ "$peers" = 1 ]; then
  "$gen" "$work/wire.bin" "$work/log.txt" >&2
  if command -v go > /dev/null; then
    echo "peer: Go net/textproto ..." >&2
    (cd "$here/peers/go" && go run textproto_bench.go "$work/wire.bin" 5) >> "$work/peers.jsonl" ||
      echo "peer Go failed" >&2
  else
    echo "peer Go skipped: no 'go' (Debian: apt-get install golang-go)" >&2
  fi
  echo "peer: Python smtplib ..." >&2
  python3 "$here/peers/python/smtplib_bench.py" "$work/wire.bin" 5 >> "$work/peers.jsonl" ||
    echo "peer Python failed" >&2
  if [ -f /usr/include/Poco/Net/DialogSocket.h ]; then
    echo "peer: Poco DialogSocket ..." >&2
    if "${CXX:-g++}" -O2 -std=c++17 "$here/peers/poco/dialog_bench.cpp" -o "$work/dialog_bench" \
         -lPocoNet -lPocoFoundation -pthread; then
      "$work/dialog_bench" "$work/wire.bin" 5 >> "$work/peers.jsonl" || echo "peer Poco failed" >&2
    fi
  else
    echo "peer Poco skipped: no Poco headers (Debian: apt-get install libpoco-dev)" >&2
  fi
  # The limit again, after the peers, so that both ends of the session are seen.
  "$bin" --benchmark_format=json --benchmark_repetitions="$repetitions" \
    --benchmark_report_aggregates_only=true --benchmark_filter='^BM_memchr_scan$' \
    > "$work/memchr_after.json"
fi

python3 - "$work" <<'PY'
import json, os, sys

work = sys.argv[1]
with open(os.path.join(work, "bench.json")) as f:
    report = json.load(f)

rows = {}
spread = {}  # coefficient of variation of the repetitions (of bytes/s, else items/s)
for b in report["benchmarks"]:
    if b.get("aggregate_name") == "median":
        rows[b["run_name"]] = b
    elif b.get("aggregate_name") == "cv":
        spread[b["run_name"]] = next((b[k] for k in ("bytes_per_second", "replies/s", "lookups/s",
                                                     "compares/s") if k in b), None)
order = ["BM_memchr_scan", "BM_parse_classify", "BM_reader_4k", "BM_advise_parsed",
         "BM_advise_text", "BM_find_text", "BM_lookup_find", "BM_lookup_info",
         "BM_enhanced_lookup", "BM_compare"]
rows = dict(sorted(rows.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99))

def rate(v, unit):
    for scale, prefix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if v >= scale:
            return f"{v / scale:.3g} {prefix}{unit}"
    return f"{v:.3g} {unit}"

limit = rows.get("BM_memchr_scan", {}).get("bytes_per_second")
after = os.path.join(work, "memchr_after.json")
if os.path.exists(after):
    with open(after) as f:
        for b in json.load(f)["benchmarks"]:
            if b.get("aggregate_name") == "median":
                print(f"memchr scan before the peers {rate(limit, 'B/s')}, after "
                      f"{rate(b['bytes_per_second'], 'B/s')}; ratios use the first.\n")

ctx = report["context"]
print(f"{ctx.get('host_name', '?')}, {ctx.get('num_cpus', '?')} CPUs, "
      f"{ctx.get('library_build_type', '?')} libbenchmark, {ctx.get('date', '')}")
print(f"corpus: {ctx.get('corpus_wire_bytes', '?')} wire bytes, {ctx.get('corpus_replies', '?')} "
      f"replies, {ctx.get('corpus_lines', '?')} lines, FNV-1a {ctx.get('corpus_fnv1a', '?')}; "
      f"{ctx.get('log_lines', '?')} log lines ({ctx.get('log_bytes', '?')} bytes)\n")

wire = {"BM_memchr_scan", "BM_parse_classify", "BM_reader_4k"}
print("| benchmark | bytes/s | items/s | spread (cv) | allocs/iter | ratio to memchr |")
print("|---|---|---|---|---|---|")
for name, b in rows.items():
    bps = b.get("bytes_per_second")
    per = next((b[k] for k in ("replies/s", "lookups/s", "compares/s") if k in b), None)
    unit = next((k for k in ("replies/s", "lookups/s", "compares/s") if k in b), "")
    ratio = f"{bps / limit:.2f}x" if name in wire and bps and limit else "—"
    kind = unit.split("/")[0]
    cv = spread.get(name)
    print(f"| {name} | {rate(bps, 'B/s') if bps else '—'} | "
          f"{rate(per, '/s') + ' ' + kind if per else '—'} | "
          f"{f'{cv * 100:.0f}%' if cv is not None else '—'} | "
          f"{b.get('allocs', float('nan')):g} | {ratio} |")

with open(os.path.join(work, "peers.jsonl")) as f:
    for line in f:
        if not line.strip():
            continue
        p = json.loads(line)
        bps = p["bytes"] / p["seconds"]
        rps = p["replies"] / p["seconds"] if p["replies"] else None
        print(f"| peer: {p['name']} | {rate(bps, 'B/s')} | "
              f"{rate(rps, '/s') + ' replies' if rps else '—'} | — | n/a | "
              f"{bps / limit:.3f}x |" if limit else "| — |")

def ratio(name):
    b = rows.get(name, {}).get("bytes_per_second")
    return b / limit if b and limit else None

print("\nTargets:")
pc, rd = ratio("BM_parse_classify"), ratio("BM_reader_4k")
if pc is not None:
    print(f"- parse+classify / memchr = {pc:.2f} (target >= 0.70): {'met' if pc >= 0.7 else 'MISSED'}")
if rd is not None:
    print(f"- reader 4 KiB / memchr = {rd:.2f}")
at = rows.get("BM_advise_text", {}).get("replies/s")
if at is not None:
    print(f"- advise on free text = {at / 1e6:.2f} M replies/s (target >= 5): "
          f"{'met' if at >= 5e6 else 'MISSED'}")
allocs = {n: b.get("allocs", 0) for n, b in rows.items()}
bad = [n for n, a in allocs.items() if a != 0]
print(f"- heap allocations: {'0 on every path' if not bad else 'NOT ZERO in ' + ', '.join(bad)}")
PY
