#!/usr/bin/env bash
# Measures `smtp-explain postfix-filter` on loopback: lookups/s over one
# connection and over 8, each with one request in flight as Postfix's smtp
# processes send them (bench/postfix_filter_client.cpp), for a key mix (3 of 8
# rewritten) and for success keys only. Starts the server on 127.0.0.1:2679
# (stderr, with its rewrite log lines, to a temp file), runs the client
# REPETITIONS times per connection count, prints each run and the medians as a
# Markdown table, and stops the server by its pid. Then the ceiling: the client
# with --echo on 127.0.0.1:2678 (port + 1 with --port), a server process that
# answers NOTFOUND without reading the request, the bare loopback round trip.
#
#   cmake --preset bench
#   cmake --build build/bench --target smtp-explain postfix_filter_client
#   bench/postfix_filter.sh [--build DIR] [--seconds S] [--repetitions N] [--port P]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/../build/bench"
seconds=5
repetitions=3
port=2679
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --repetitions) repetitions="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "postfix_filter.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
explain="$build/bin/smtp-explain"
client="$build/bench/postfix_filter_client"
for f in "$explain" "$client"; do
  if [ ! -x "$f" ]; then
    echo "postfix_filter.sh: $f not found; build it first:" >&2
    echo "  cmake --preset bench && cmake --build build/bench --target smtp-explain postfix_filter_client" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
server=""
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$explain" postfix-filter --listen "127.0.0.1:$port" 2> "$work/server.log" &
server=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/server.log" 2>/dev/null && break
  sleep 0.05
done
grep -q "listening on" "$work/server.log" || { cat "$work/server.log" >&2; exit 1; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A result
for mix in all success; do
  for connections in 1 8; do
    : > "$work/rates"
    for _ in $(seq "$repetitions"); do
      line=$("$client" "127.0.0.1:$port" --connections "$connections" --seconds "$seconds" --mix "$mix")
      echo "mix=$mix $line"
      echo "$line" | sed 's/.*lookups_per_second=\([0-9]*\).*/\1/' >> "$work/rates"
    done
    result[$mix.$connections]=$(median < "$work/rates")
  done
done

kill -TERM "$server"
wait "$server" || { echo "postfix_filter.sh: the server did not exit cleanly" >&2; exit 1; }
server=""
tail -n 1 "$work/server.log"

for connections in 1 8; do
  : > "$work/rates"
  for _ in $(seq "$repetitions"); do
    line=$("$client" "127.0.0.1:$((port + 1))" --echo --connections "$connections" --seconds "$seconds")
    echo "echo $line"
    echo "$line" | sed 's/.*lookups_per_second=\([0-9]*\).*/\1/' >> "$work/rates"
  done
  result[echo.$connections]=$(median < "$work/rates")
done

echo
echo "| connections | lookups/s, key mix (3 of 8 rewritten) | lookups/s, success keys only | round trips/s, --echo (no filter) |"
echo "|---|---|---|---|"
echo "| 1 | ${result[all.1]} | ${result[success.1]} | ${result[echo.1]} |"
echo "| 8 | ${result[all.8]} | ${result[success.8]} | ${result[echo.8]} |"
echo
echo "(medians of $repetitions x ${seconds} s)"
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
