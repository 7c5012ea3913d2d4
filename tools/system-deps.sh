#!/usr/bin/env bash
# Installs the Debian packages the test suite and benchmarks drive as real peers
# (Postfix's smtp-sink/smtp-source, swaks, dnsmasq, tmux, ClamAV's clamd, OpenLDAP's slapd). Does nothing when they are present.
# clamav-daemon's own service never starts here: it waits for official signatures, which need network;
# the tests run a private clamd with a signature file of their own (tests/clamd.py).
# slapd is preseeded with no_configuration: no default directory, no service; the tests run a private one (tests/slapd.py).
# postgresql: its cluster service is disabled and stopped; the tests run a private server (tests/support/postgres.py).
# rspamd (bench/compare.py's Postfix + Rspamd path) comes without recommends (no redis) and its service stays
# disabled: the benchmark runs a private instance (../shared/tools/rspamd-milter).
set -eu
need=()
command -v smtp-sink >/dev/null 2>&1 || need+=(postfix)
command -v swaks >/dev/null 2>&1 || need+=(swaks)
command -v dnsmasq >/dev/null 2>&1 || need+=(dnsmasq-base)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v clamd >/dev/null 2>&1 || [ -x /usr/sbin/clamd ] || need+=(clamav-daemon)
command -v slapd >/dev/null 2>&1 || [ -x /usr/sbin/slapd ] || need+=(slapd)
command -v ldapsearch >/dev/null 2>&1 || need+=(ldap-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)  # verifies packaging/mailmoat.service
bare=()  # installed with --no-install-recommends
command -v rspamd >/dev/null 2>&1 || bare+=(rspamd)
[ ${#need[@]} -eq 0 ] && [ ${#bare[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing system packages: ${need[*]} ${bare[*]} (run as root, or: sudo apt-get install ${need[*]} ${bare[*]})" >&2
  exit 1
fi
apt-get update -qq
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
echo "slapd slapd/no_configuration boolean true" | debconf-set-selections
[ ${#need[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
if command -v systemctl >/dev/null 2>&1 && [[ " ${need[*]} " == *" postgresql "* ]]; then
  systemctl disable --now postgresql >/dev/null 2>&1 || true
fi
if [ ${#bare[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${bare[@]}" >/dev/null
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now rspamd >/dev/null 2>&1 || true; fi
fi
