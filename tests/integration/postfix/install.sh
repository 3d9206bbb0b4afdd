#!/usr/bin/env bash
# Install the Debian packages the real-server tests need (postfix, Cyrus SASL
# tools and plugins, openssl) without starting the system Postfix.
# Only packages that are missing are installed; when nothing is missing the
# script exits at once without touching apt. Must run as root.
set -euo pipefail

wanted="postfix sasl2-bin libsasl2-modules openssl"

# is_installed PKG: true when dpkg reports the package fully installed.
is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=""
for pkg in $wanted; do
    if ! is_installed "$pkg"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "install.sh: all packages present ($wanted)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: need root to install:$missing" >&2
    exit 1
fi

echo "install.sh: installing:$missing"

# Keep maintainer scripts from starting any daemon (e.g. Postfix on port 25)
# while we install. Only a policy file we created ourselves is removed again.
policy=/usr/sbin/policy-rc.d
made_policy=0
cleanup() {
    if [ "$made_policy" -eq 1 ]; then
        rm -f "$policy"
    fi
}
trap cleanup EXIT
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# temporary: forbid service starts during install\nexit 101\n' > "$policy"
    chmod 755 "$policy"
    made_policy=1
fi

# "No configuration" makes the postfix package write no /etc/postfix/main.cf
# and ask no questions.
echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086  # word splitting of the package list is intended
apt-get install -y -q --no-install-recommends $missing

for pkg in $missing; do
    if ! is_installed "$pkg"; then
        echo "install.sh: $pkg still not installed" >&2
        exit 1
    fi
done
echo "install.sh: done"
