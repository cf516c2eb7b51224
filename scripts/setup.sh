# Sourced by run.sh and test.sh: a virtual environment in .venv with the project installed.
VENV="${PMO_VENV:-.venv}"
# Qt needs a few system libraries that a minimal Debian lacks; install them when we can.
if command -v apt-get >/dev/null 2>&1 && { ! ldconfig -p 2>/dev/null | grep -q 'libEGL.so.1' \
    || ! ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor.so.0'; }; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libegl1 libgl1 libxkbcommon0 \
    libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 >/dev/null || true
fi
if [ ! -x "$VENV/bin/python" ]; then
  if ! python3 -m venv --system-site-packages "$VENV" 2>/dev/null; then
    # Debian ships venv separately (python3-venv); install it and try again.
    rm -rf "$VENV"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv --system-site-packages "$VENV"
  fi
fi
STAMP="$VENV/.installed${EXTRAS:-}"
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".${EXTRAS:-}"
  touch "$STAMP"
fi
