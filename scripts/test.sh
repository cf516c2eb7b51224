#!/bin/sh
# Installs what the tests need (once) and runs every test, headless.
set -e
cd "$(dirname "$0")/.."
EXTRAS="[test,mpp]"
. scripts/setup.sh
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@"
