#!/usr/bin/env bash
# Installs the Debian packages the test suite and benchmarks drive as real peers
# (Postfix's smtp-sink/smtp-source, swaks, dnsmasq, tmux). Does nothing when they are present.
set -eu
need=()
command -v smtp-sink >/dev/null 2>&1 || need+=(postfix)
command -v swaks >/dev/null 2>&1 || need+=(swaks)
command -v dnsmasq >/dev/null 2>&1 || need+=(dnsmasq-base)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing system packages: ${need[*]} (run as root, or: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
apt-get update -qq
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
