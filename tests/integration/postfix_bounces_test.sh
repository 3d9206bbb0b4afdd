#!/usr/bin/env bash
# postfix_bounces_test.sh EXPLAIN
#
# Real bounces from a real Postfix: installs Postfix if it is missing, starts
# the DSN-writing instance of postfix/start_dsn.sh (ports 2601-2603 on
# 127.0.0.1), has check_bounces.py make it write a failure DSN, a delay
# warning and two success DSNs and check `smtp-explain bounce` against its
# maillog, and stops the instance by its pid.
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 PATH-TO-smtp-explain" >&2
    exit 2
fi
explain=$1
here=$(cd "$(dirname "$0")" && pwd -P)
work=$(mktemp -d /tmp/smtpcodes-dsn.XXXXXX)

# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    "$here/postfix/stop.sh" "$work" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

"$here/postfix/install.sh"
t0=$(date +%s%N)
pid=$("$here/postfix/start_dsn.sh" "$work" | tail -n 1)
echo "postfix_bounces_test: master pid $pid"

python3 "$here/check_bounces.py" --explain "$explain" --workdir "$work" --timeout 60

"$here/postfix/stop.sh" "$work"
state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1 || true)
if [ -n "$state" ] && [ "$state" != Z ]; then
    echo "postfix_bounces_test: master $pid still running after stop" >&2
    exit 1
fi
t1=$(date +%s%N)
echo "postfix_bounces_test: master $pid stopped; $(( (t1 - t0) / 1000000 )) ms from start to stop"
