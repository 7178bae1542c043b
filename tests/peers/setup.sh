#!/usr/bin/env bash
# Creates the Python virtual environment holding the stock peers
# (django-udp-discovery 1.0.0 server, django-udp-discovery-client 1.0.0 client).
# Usage: tests/peers/setup.sh [VENV_DIR]   (default: target/peers-venv)
set -euo pipefail
venv="${1:-${LANSCOUT_PEERS_VENV:-target/peers-venv}}"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import django, django_udp_discovery, discovery_client' 2>/dev/null; then
  echo "peers venv ready: $venv"
  exit 0
fi
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check \
  'django>=4.2,<6' 'django-udp-discovery==1.0.0' 'django-udp-discovery-client==1.0.0' 'ifaddr>=0.2'
"$venv/bin/python" -c 'import django, django_udp_discovery, discovery_client; print("peers venv ready:", django.get_version())'
