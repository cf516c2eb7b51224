#!/bin/sh
# Installs what PMO Desktop needs (once) and opens the app (a welcome page on first run;
# PMO_DESKTOP_FIRST_RUN=demo builds and opens the demo portfolio instead).
set -e
cd "$(dirname "$0")/.."
EXTRAS="[mpp]"  # Microsoft Project .mpp plans (MPXJ; setup.sh adds a Java runtime)
. scripts/setup.sh
exec "$VENV/bin/pmo-desktop" "$@"
