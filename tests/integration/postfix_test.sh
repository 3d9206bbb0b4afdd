#!/usr/bin/env bash
# postfix_test.sh PROBE EXPLAIN
#
# The real-server integration test: installs Postfix if it is missing, starts
# the private instance on 127.0.0.1 (postfix/start.sh), drives the scenarios
# in scenarios/ through smtp-probe, checks code, enhanced status, action and
# reason of every reply they name (check_postfix.py), scans the maillog the
# instance wrote with `smtp-explain scan`, and stops the instance by its pid.
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 PATH-TO-smtp-probe PATH-TO-smtp-explain" >&2
    exit 2
fi
probe=$1
explain=$2
here=$(cd "$(dirname "$0")" && pwd -P)
work=$(mktemp -d /tmp/smtpcodes-it.XXXXXX)

# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    "$here/postfix/stop.sh" "$work" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

"$here/postfix/install.sh"
pid=$("$here/postfix/start.sh" "$work" | tail -n 1)
echo "postfix_test: master pid $pid"

python3 "$here/check_postfix.py" --probe "$probe" --scenarios "$here/scenarios" --out "$work/probe"

# Give postlogd a moment to write the last lines, then scan the log.
sleep 1
python3 "$here/check_scan.py" --explain "$explain" --maillog "$work/maillog"

"$here/postfix/stop.sh" "$work"
state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1 || true)
if [ -n "$state" ] && [ "$state" != Z ]; then
    echo "postfix_test: master $pid still running after stop" >&2
    exit 1
fi
echo "postfix_test: master $pid stopped"
