#!/bin/sh
# Installs what PMO Desktop needs (once) and opens the app; the demo portfolio on first run.
set -e
cd "$(dirname "$0")/.."
EXTRAS="[mpp]"  # Microsoft Project .mpp plans (MPXJ; setup.sh adds a Java runtime)
. scripts/setup.sh
exec "$VENV/bin/pmo-desktop" "$@"
