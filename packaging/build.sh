#!/bin/sh
# Builds the frozen app with PyInstaller, then smoke-tests it (not part of CI: ~1 min to
# build, ~1 min to test).
#   sh packaging/build.sh [OUT] [-- --portable]     (OUT first, when given)
# OUT (default: packaging/build/, which git ignores; a relative OUT is from the checkout) receives
# dist/pmo-desktop-VERSION[-portable]/ and PyInstaller's work folder. Python is the one
# of $PYTHON, else .venv/bin/python, else python3; the `package` extra (PyInstaller) is
# installed into it when missing. PMO_JRE=DIR bundles that Java runtime (see jlink_jre.sh);
# without it packaging/build/jre/ is bundled when it exists.
set -e
cd "$(dirname "$0")/.."
OUT=packaging/build
case "$1" in ""|-*) ;; *) OUT="$1"; shift ;; esac
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q -e ".[package]"
mkdir -p "$OUT"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/dist" \
    --workpath "$OUT/work" packaging/pmo_desktop.spec "$@"
case " $* " in *" --portable "*) SUFFIX="-portable" ;; *) SUFFIX="" ;; esac
VERSION=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
APP="$OUT/dist/pmo-desktop-$VERSION$SUFFIX"
echo "Built $APP ($(du -sh "$APP" | cut -f1))"
"$PY" packaging/smoke.py "$APP"
