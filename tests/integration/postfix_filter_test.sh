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
    "$here/postfix/stop.sh" "$work" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

"$here/postfix/install.sh"
t0=$(date +%s%N)
pid=$("$here/postfix_filter/start.sh" "$work" | tail -n 1)
echo "postfix_filter_test: master pid $pid, started in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

status=0
python3 "$here/postfix_filter/check.py" --explain "$explain" --workdir "$work" || status=$?

"$here/postfix/stop.sh" "$work"
state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1 || true)
if [ -n "$state" ] && [ "$state" != Z ]; then
    echo "postfix_filter_test: master $pid still running after stop" >&2
    exit 1
fi
echo "postfix_filter_test: master $pid stopped"
exit "$status"
