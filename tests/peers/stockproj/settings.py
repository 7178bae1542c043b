"""Minimal Django settings that run the stock django-udp-discovery listener.

Start it with:  DJANGO_SETTINGS_MODULE=stockproj.settings PYTHONPATH=tests/peers \
    python -m django start_discovery --duration N
DISCOVERY_PORT / RESPONSE_PREFIX / DISCOVERY_MESSAGE come from the environment
(LANSCOUT_PEER_PORT, ...) so tests can run several peers side by side.
"""
import os

SECRET_KEY = "lanscout-tests-only"
DEBUG = False
USE_TZ = True
INSTALLED_APPS = ["django_udp_discovery"]
DATABASES = {}
LOGGING_CONFIG = None
DISCOVERY_PORT = int(os.environ.get("LANSCOUT_PEER_PORT", "9999"))
DISCOVERY_MESSAGE = os.environ.get("LANSCOUT_PEER_MESSAGE", "DISCOVER_SERVER")
RESPONSE_PREFIX = os.environ.get("LANSCOUT_PEER_PREFIX", "SERVER_IP:")
ENABLE_LOGGING = False
