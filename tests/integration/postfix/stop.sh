#!/usr/bin/env bash
# stop.sh WORKDIR
#
# Stop the private Postfix instance that start.sh started in WORKDIR, using
# the pid recorded in WORKDIR/master.pid (never a process name). Asks Postfix
# to stop first, then signals that pid if it is still alive, and waits until
# it has exited. Safe to run when nothing is running.
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 WORKDIR" >&2
    exit 2
fi
if [ ! -d "$1" ]; then
    echo "stop.sh: no such directory $1; nothing to stop"
    exit 0
fi
work=$(cd "$1" && pwd -P)
conf="$work/conf"
pidfile="$work/master.pid"

if [ ! -f "$pidfile" ]; then
    echo "stop.sh: no $pidfile; nothing to stop"
    exit 0
fi
pid=$(tr -cd '0-9' < "$pidfile")

# is_master PID: true while PID is a live Postfix master process. A zombie
# counts as gone: in containers whose PID 1 does not reap orphans, the exited
# master stays in the process table as <defunct>. The command-line check
# guards against the pid having been reused by something else.
is_master() {
    [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 1
    if [ -r "/proc/$1/stat" ]; then
        # field 3 of /proc/PID/stat is the state; the name may contain spaces,
        # so take what follows the last ')'.
        local state
        state=$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f1)
        [ "$state" = Z ] && return 1
        tr '\0' ' ' < "/proc/$1/cmdline" | grep -q 'master' || return 1
    fi
    return 0
}

# wait_gone PID SECONDS: poll until the process has exited.
wait_gone() {
    local i=0
    while is_master "$1"; do
        [ "$i" -ge $(( $2 * 10 )) ] && return 1
        sleep 0.1
        i=$(( i + 1 ))
    done
    return 0
}

if ! is_master "$pid"; then
    echo "stop.sh: master ${pid:-?} not running"
    rm -f "$pidfile"
    exit 0
fi

t0=$(date +%s%N)
# Orderly stop through Postfix itself (it signals the master of this config).
if [ -f "$conf/main.cf" ] && command -v postfix >/dev/null 2>&1; then
    postfix -c "$conf" stop >&2 || true
fi
# Fall back to signals on the recorded pid only.
if ! wait_gone "$pid" 10; then
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" 5; then
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 5 || { echo "stop.sh: master $pid will not exit" >&2; exit 1; }
    fi
fi
t1=$(date +%s%N)
rm -f "$pidfile"
echo "stop.sh: master $pid stopped in $(( (t1 - t0) / 1000000 )) ms" >&2
