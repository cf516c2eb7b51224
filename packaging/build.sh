#!/bin/sh
# Builds the frozen app with PyInstaller and smoke-tests it (not part of CI).
set -e
cd "$(dirname "$0")/.."
python3 -m pip install -q pyinstaller
pyinstaller --noconfirm packaging/pmo_desktop.spec "$@"
APP=$(ls -d dist/pmo-desktop-*/ | head -n 1)
PROFILE=$(mktemp -d)
# The frozen CLI must answer --help and write a demo without errors on stderr.
"$APP/pmo-desktop" --help >/dev/null
"$APP/pmo-desktop" demo --db "$PROFILE/smoke.pmo" 2>"$PROFILE/err.txt"
if [ -s "$PROFILE/err.txt" ]; then cat "$PROFILE/err.txt"; exit 1; fi
echo "Smoke test passed: $APP"
