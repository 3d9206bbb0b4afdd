#!/usr/bin/env bash
# postfix_filter_test.sh EXPLAIN
#
# The real-Postfix test of `smtp-explain postfix-filter`: installs Postfix if
# it is missing (postfix/install.sh), starts the private sending instance of
# postfix_filter/start.sh, runs postfix_filter/check.py (test servers, the
# filter, the two runs and their checks) and stops the instance by its pid.
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 PATH-TO-smtp-explain" >&2
    exit 2
fi
explain=$1
here=$(cd "$(dirname "$0")" && pwd -P)
work=$(mktemp -d /tmp/smtpcodes-pf.XXXXXX)

# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    stop_filter
    "$here/postfix/stop.sh" "$work" >/dev/null 2>&1 || true
    rm -rf "$work"
}

# stop_filter: the postfix-filter check.py started, if check.py could not stop
# it (killed at its time limit): by the pid it recorded, after checking that
# the pid is still that program.
stop_filter() {
    local fpid
    fpid=$(tr -cd '0-9' < "$work/postfix-filter.pid" 2>/dev/null || true)
    [ -n "$fpid" ] && kill -0 "$fpid" 2>/dev/null || return 0
    tr '\0' ' ' < "/proc/$fpid/cmdline" 2>/dev/null | grep -q 'postfix-filter' || return 0
    kill -TERM "$fpid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$fpid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$fpid" 2>/dev/null || true
}
trap cleanup EXIT

"$here/postfix/install.sh"
t0=$(date +%s%N)
pid=$("$here/postfix_filter/start.sh" "$work" | tail -n 1)
echo "postfix_filter_test: master pid $pid, started in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

limit=240  # seconds for check.py; ctest allows the whole test 300
status=0
timeout -k 10 "$limit" python3 "$here/postfix_filter/check.py" --explain "$explain" --workdir "$work" \
    || status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "postfix_filter_test: check.py did not finish within $limit s" >&2
fi
stop_filter

"$here/postfix/stop.sh" "$work"
state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1 || true)
if [ -n "$state" ] && [ "$state" != Z ]; then
    echo "postfix_filter_test: master $pid still running after stop" >&2
    exit 1
fi
echo "postfix_filter_test: master $pid stopped"
exit "$status"
