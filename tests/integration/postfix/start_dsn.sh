#!/usr/bin/env bash
# start_dsn.sh WORKDIR
#
# Start a private Postfix instance that SENDS mail, so that it writes real
# delivery status notifications (bounce(8)): it accepts mail from 127.0.0.1
# on port 2603 and relays it, by transport_maps, to loopback test servers
# that the caller runs (check_bounces.py):
#
#   remote.test  smtp:[127.0.0.1]:2601   rejects, defers or accepts by recipient
#   sender.test  smtp:[127.0.0.1]:2602   the envelope sender's domain: captures the DSNs
#   local.test   discard:                "delivered" without leaving the instance
#
# Anything else goes to the error transport, so no mail can leave the
# machine. Queue timers are seconds, not minutes, so a delay warning
# (delay_warning_time) arrives within a few seconds.
#
# Layout as instance.sh (sourced) describes: WORKDIR/conf, queue, data,
# maillog, master.pid.
# Prints the master pid on stdout. Requires root and install.sh's packages.
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 WORKDIR" >&2
    exit 2
fi
. "$(dirname "${BASH_SOURCE[0]}")/instance.sh"
instance_init start_dsn.sh "$1"

PORT_SUBMIT=2603   # where the test submits mail
PORT_REMOTE=2601   # the test's SMTP server for remote.test
PORT_CAPTURE=2602  # the test's server that keeps the DSNs

cat > "$conf/transport" <<EOF
remote.test   smtp:[127.0.0.1]:$PORT_REMOTE
sender.test   smtp:[127.0.0.1]:$PORT_CAPTURE
local.test    discard:
EOF

{ instance_main_cf; cat <<EOF
syslog_name = postfix-dsn

myhostname = dsn.example.test
mydomain = example.test
myorigin = \$myhostname
mydestination =
# This instance relays for the test on loopback (the other instance does not).
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination

# Routes: the test's servers on loopback, or nowhere.
transport_maps = texthash:$conf/transport
default_transport = error:this test instance delivers to loopback test servers only
relay_transport = error:this test instance delivers to loopback test servers only
smtp_dns_support_level = disabled
smtp_connect_timeout = 5s
smtp_helo_name = dsn.example.test

# Queue timers in seconds: a deferred message is retried every second or
# two, and a delay warning goes out once it has waited two seconds.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
delay_warning_time = 2s
maximal_queue_lifetime = 1h
bounce_queue_lifetime = 1h
EOF
} > "$conf/main.cf"

cat > "$conf/master.cf" <<EOF
# service type  private unpriv chroot wakeup maxproc command + args
127.0.0.1:$PORT_SUBMIT inet n - n - - smtpd
smtp       unix  - - n -    - smtp
relay      unix  - - n -    - smtp
EOF
instance_services >> "$conf/master.cf"

instance_start "$conf/main.cf" "$conf/master.cf" "$conf/transport"
instance_wait "$PORT_SUBMIT"
