#!/usr/bin/env bash
# start.sh WORKDIR
#
# Build and start a private *sending* Postfix instance under WORKDIR for the
# postfix-filter test: it takes mail on 127.0.0.1:2660 and relays it, by the
# recipient's domain (transport_maps), to the loopback test servers of
# check.py on 127.0.0.1:2661-2665, asking smtp-explain postfix-filter on
# 127.0.0.1:2670 about every delivery result (smtp_delivery_status_filter).
# Anything else is discarded: nothing ever leaves the machine.
#
#   dead.test      -> 2661  450 4.1.1 ... User unknown in local recipient table
#   later.test     -> 2662  550 5.7.1 Service unavailable, try again later
#   many.test      -> 2663  552 5.5.3 Too many recipients
#   gone.test      -> 2664  550 5.1.1 ... User unknown
#   fallback.test  -> 2662  through the "smtpfb" transport, whose filter lists
#                           a regexp table after the socketmap
#   regexp.test    -> 2662  through the "smtprx" transport, whose filter is that
#                           regexp table alone (the control: the table works)
#   badname.test   -> 2662  through the "smtpnm" transport, which asks the
#                           filter under a wrong map name (it answers PERM)
#   sender.test    -> 2665  accepts everything (the bounces Postfix sends)
#
# Same layout as ../postfix/start.sh (../postfix/instance.sh), so
# ../postfix/stop.sh stops it by the pid in WORKDIR/master.pid. Prints the
# master pid. Requires root and Postfix (../postfix/install.sh).
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 WORKDIR" >&2
    exit 2
fi
. "$(dirname "${BASH_SOURCE[0]}")/../postfix/instance.sh"
instance_init postfix_filter/start.sh "$1"

PORT_SUBMIT=2660
PORT_FILTER=2670

filter="socketmap:inet:127.0.0.1:$PORT_FILTER:smtpcodes"

cat > "$conf/transport" <<MAP
dead.test       smtp:[127.0.0.1]:2661
later.test      smtp:[127.0.0.1]:2662
many.test       smtp:[127.0.0.1]:2663
gone.test       smtp:[127.0.0.1]:2664
fallback.test   smtpfb:[127.0.0.1]:2662
regexp.test     smtprx:[127.0.0.1]:2662
badname.test    smtpnm:[127.0.0.1]:2662
sender.test     smtp:[127.0.0.1]:2665
MAP
# What an operator might list after the socketmap "in case it is down": the
# test shows Postfix does not consult it after the socketmap's lookup error.
cat > "$conf/status_fallback" <<'MAP'
/^5(\.[0-9]+\.[0-9]+ .*try again later.*)$/    4$1
MAP

{ instance_main_cf; cat <<CF

myhostname = mta.sender.test
mydomain = sender.test
myorigin = \$myhostname
mydestination =
# The test submits from 127.0.0.1 and the instance relays for it.
mynetworks = 127.0.0.0/8

# Only the test domains are delivered, to loopback servers; all else is discarded.
transport_maps = texthash:$conf/transport
default_transport = discard
relay_transport = discard
local_transport = discard
virtual_transport = discard
smtp_dns_support_level = disabled
smtp_tls_security_level = none
smtp_connect_timeout = 5s
smtp_helo_timeout = 10s

# The filter under test.
smtp_delivery_status_filter = $filter

# No retries and no delay notices while the test runs.
minimal_backoff_time = 3600s
maximal_backoff_time = 7200s
queue_run_delay = 3600s
delay_warning_time = 0
CF
} > "$conf/main.cf"

cat > "$conf/master.cf" <<CF
127.0.0.1:$PORT_SUBMIT inet n - n - - smtpd
smtp       unix  - - n -    - smtp
smtpfb     unix  - - n -    - smtp
  -o syslog_name=postfix/smtpfb
  -o smtp_delivery_status_filter=$filter,regexp:$conf/status_fallback
smtpnm     unix  - - n -    - smtp
  -o syslog_name=postfix/smtpnm
  -o smtp_delivery_status_filter=socketmap:inet:127.0.0.1:$PORT_FILTER:wrongname
smtprx     unix  - - n -    - smtp
  -o syslog_name=postfix/smtprx
  -o smtp_delivery_status_filter=regexp:$conf/status_fallback
CF
instance_services >> "$conf/master.cf"

instance_start "$conf/main.cf" "$conf/master.cf" "$conf/transport" "$conf/status_fallback"
instance_wait "$PORT_SUBMIT"
