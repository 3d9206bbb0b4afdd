#!/usr/bin/env bash
# start.sh WORKDIR
#
# Build and start a private Postfix instance under WORKDIR that listens on
# 127.0.0.1 only, with one smtpd listener per port, each configured to
# produce a particular family of replies (see README.md for the port map).
# Every transport is discard:, so no message ever leaves the machine.
#
# Layout: as instance.sh (which this script sources for what every test
# instance shares) describes, with the TLS certificate and the SASL
# configuration in WORKDIR/conf too.
#
# Prints the master pid on stdout. Requires root and install.sh's packages.
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 WORKDIR" >&2
    exit 2
fi
. "$(dirname "${BASH_SOURCE[0]}")/instance.sh"
instance_init start.sh "$1" saslpasswd2 openssl

# Ports, one per listener (keep in sync with README.md and record.py).
PORT_NORMAL=2525     # normal session and most rejections
PORT_FOOTER=2526     # rejections with a two-line smtpd_reject_footer
PORT_TLS=2527        # STARTTLS required (smtpd_tls_security_level=encrypt)
PORT_SASL=2528       # AUTH against a Cyrus sasldb
PORT_ERRLIMIT=2529   # smtpd_hard_error_limit=3
PORT_REJECT=2530     # client rejected at connect time
PORT_TIMEOUT=2531    # smtpd_timeout=3s
PORT_STORAGE=2532    # queue_minfree larger than any disk -> 452 4.3.1
ALL_PORTS="$PORT_NORMAL $PORT_FOOTER $PORT_TLS $PORT_SASL $PORT_ERRLIMIT $PORT_REJECT $PORT_TIMEOUT $PORT_STORAGE"

mkdir -p "$conf/sasl"
chmod 755 "$conf/sasl"

# --- TLS: a throw-away self-signed certificate ------------------------------
if [ ! -s "$conf/tls-key.pem" ] || [ ! -s "$conf/tls-cert.pem" ]; then
    openssl req -x509 -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
        -keyout "$conf/tls-key.pem" -out "$conf/tls-cert.pem" \
        -days 3650 -subj "/CN=mx.example.test" >/dev/null 2>&1
fi
chmod 600 "$conf/tls-key.pem"
chmod 644 "$conf/tls-cert.pem"

# --- SASL: Cyrus sasldb with alice@mx.example.test / secret ------------------
sasldb="$conf/sasldb2"
rm -f "$sasldb"
printf '%s' secret | saslpasswd2 -p -c -f "$sasldb" -u mx.example.test alice
chgrp postfix "$sasldb"            # smtpd reads it after dropping privileges
chmod 640 "$sasldb"
# Cyrus looks for <smtpd_sasl_path>.conf, i.e. smtpd.conf, in cyrus_sasl_config_path.
cat > "$conf/sasl/smtpd.conf" <<EOF
pwcheck_method: auxprop
auxprop_plugin: sasldb
mech_list: PLAIN LOGIN
sasldb_path: $sasldb
EOF

# --- lookup tables -----------------------------------------------------------
# Local users that exist (anything else in a local domain gets 550 5.1.1).
cat > "$conf/local_users" <<'EOF'
alice       exists
postmaster  exists
root        exists
EOF
# Per-recipient custom replies (check_recipient_access).
cat > "$conf/recipient_access" <<'EOF'
greylist@mx.example.test  450 4.2.0 Greylisted, please try again later
full@mx.example.test      452 4.2.2 Mailbox full
moved@mx.example.test     551 5.1.6 User has moved; please try <new@example.org>
disabled@mx.example.test  550 5.2.1 Mailbox disabled, not accepting messages
blocked@mx.example.test   554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org
EOF
# Content rejection after end of data.
cat > "$conf/header_checks" <<'EOF'
/^Subject: reject-me/   REJECT 5.7.1 Message content rejected
EOF

# --- main.cf -------------------------------------------------------------------
{ instance_main_cf; cat <<EOF

# A fixed identity.
myhostname = mx.example.test
mydomain = example.test
myorigin = \$myhostname
mydestination = localhost, \$myhostname
# 127.0.0.1 must NOT be trusted, or relaying would be allowed.
mynetworks =

# Nothing is ever delivered anywhere: every transport discards.
default_transport = discard
relay_transport = discard
local_transport = discard
virtual_transport = discard

# Recipient validation and restrictions.
local_recipient_maps = hash:$conf/local_users
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = reject_non_fqdn_recipient,
    check_recipient_access hash:$conf/recipient_access, permit
header_checks = regexp:$conf/header_checks
message_size_limit = 20000
disable_vrfy_command = yes

# TLS offered everywhere (the TLS listener makes it mandatory).
smtpd_tls_cert_file = $conf/tls-cert.pem
smtpd_tls_key_file = $conf/tls-key.pem
smtpd_tls_security_level = may

# SASL (enabled only on the SASL listener).
smtpd_sasl_type = cyrus
smtpd_sasl_path = smtpd
cyrus_sasl_config_path = $conf/sasl
smtpd_tls_auth_only = no
EOF
} > "$conf/main.cf"

# --- master.cf -----------------------------------------------------------------
cat > "$conf/master.cf" <<EOF
# service type  private unpriv chroot wakeup maxproc command + args
# Test listeners (127.0.0.1 only). See README.md for what each produces.
127.0.0.1:$PORT_NORMAL inet n - n - - smtpd
  -o syslog_name=postfix/normal
  -o smtpd_recipient_limit=2
127.0.0.1:$PORT_FOOTER inet n - n - - smtpd
  -o syslog_name=postfix/footer
  -o { smtpd_reject_footer = Contact postmaster@mx.example.test for help.\nReference: test-footer }
127.0.0.1:$PORT_TLS inet n - n - - smtpd
  -o syslog_name=postfix/tls
  -o smtpd_tls_security_level=encrypt
127.0.0.1:$PORT_SASL inet n - n - - smtpd
  -o syslog_name=postfix/sasl
  -o smtpd_sasl_auth_enable=yes
127.0.0.1:$PORT_ERRLIMIT inet n - n - - smtpd
  -o syslog_name=postfix/errlimit
  -o smtpd_hard_error_limit=3
127.0.0.1:$PORT_REJECT inet n - n - - smtpd
  -o syslog_name=postfix/reject
  -o smtpd_delay_reject=no
  -o smtpd_client_restrictions=reject
127.0.0.1:$PORT_TIMEOUT inet n - n - - smtpd
  -o syslog_name=postfix/timeout
  -o smtpd_timeout=3s
127.0.0.1:$PORT_STORAGE inet n - n - - smtpd
  -o syslog_name=postfix/storage
  -o queue_minfree=1000000000000000
# Internal services (no chroot). No smtp/local/virtual: all mail is discarded.
tlsmgr     unix  - - n 1000? 1 tlsmgr
EOF
instance_services >> "$conf/master.cf"

postmap -c "$conf" "hash:$conf/local_users"
postmap -c "$conf" "hash:$conf/recipient_access"

# The .db files made by postmap stay newer than the dated-back sources.
instance_start "$conf/main.cf" "$conf/master.cf" "$conf/local_users" \
    "$conf/recipient_access" "$conf/header_checks" "$conf/sasl/smtpd.conf"
instance_wait $ALL_PORTS
