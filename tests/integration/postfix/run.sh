#!/usr/bin/env bash
# run.sh [WORKDIR]
#
# The whole cycle: install packages if missing, start a private instance,
# record the fixtures (and copy its maillog), stop the instance, and check
# that its master process is gone. WORKDIR defaults to a fresh temp dir,
# which is removed afterwards. Prints start/record/stop timings.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
if [ "$#" -ge 1 ]; then
    work=$1
    keep=1
else
    work=$(mktemp -d /tmp/smtpcodes-postfix.XXXXXX)
    keep=0
fi

ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Always stop the instance we started, even when recording fails.
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    "$here/stop.sh" "$work" >/dev/null 2>&1 || true
    [ "$keep" -eq 1 ] || rm -rf "$work"
}
trap cleanup EXIT

"$here/install.sh"

t0=$(ms)
pid=$("$here/start.sh" "$work")
t1=$(ms)
echo "run.sh: master pid $pid, start took $(( t1 - t0 )) ms"

status=0
python3 "$here/record.py" --workdir "$work" || status=$?
t2=$(ms)
echo "run.sh: record took $(( t2 - t1 )) ms"

"$here/stop.sh" "$work"
t3=$(ms)
echo "run.sh: stop took $(( t3 - t2 )) ms"

# The master must be gone (a <defunct> entry awaiting reaping is gone too).
if kill -0 "$pid" 2>/dev/null && [ "$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)" != Z ]; then
    echo "run.sh: master $pid still running after stop" >&2
    exit 1
fi
echo "run.sh: master $pid is gone"
exit "$status"
