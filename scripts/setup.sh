# Sourced by run.sh and test.sh: a virtual environment in .venv with the project installed,
# and, on Debian, the system libraries Qt loads and (with the mpp extra) a Java runtime.
VENV="${PMO_VENV:-.venv}"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
apt_install() {  # quietly; refreshes the package lists once if the install fails without them
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
      >/dev/null 2>&1 \
    || { $SUDO apt-get update -qq >/dev/null \
         && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
              --no-install-recommends "$@" >/dev/null; }
}
if [ ! -x "$VENV/bin/python" ]; then
  if ! python3 -m venv --system-site-packages "$VENV" 2>/dev/null; then
    # Debian ships venv separately (python3-venv); install it and try again.
    rm -rf "$VENV"
    apt_install python3-venv
    python3 -m venv --system-site-packages "$VENV"
  fi
fi
STAMP="$VENV/.installed${EXTRAS:-}"
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".${EXTRAS:-}"
  touch "$STAMP"
fi
# The libraries Qt's modules and plugins link against that this system lacks, as Debian
# packages: ldd on the installed PySide6, mapped by pmo_desktop/ui/system_libs.py
# (one ldd run, a tenth of a second, when nothing is missing).
if command -v apt-get >/dev/null 2>&1; then
  QT_PACKAGES="$("$VENV/bin/python" -m pmo_desktop.ui.system_libs --missing-packages)" \
    || QT_PACKAGES=""
  if [ -n "$QT_PACKAGES" ]; then
    echo "Installing the system libraries Qt needs: $QT_PACKAGES" >&2
    # shellcheck disable=SC2086  # one word per package
    apt_install $QT_PACKAGES \
      || echo "Could not install them; run: sudo apt-get install $QT_PACKAGES" >&2
  fi
fi
# The Java runtime MPXJ needs to read Microsoft Project .mpp plans (the mpp extra): Debian's
# headless JRE when neither JAVA_HOME nor a java command is there (pmo_desktop/importing/mpp.py
# looks in the same two places). Without it an .mpp is refused with one sentence saying so.
case "${EXTRAS:-}" in *mpp*)
  if [ -z "${JAVA_HOME:-}" ] && ! command -v java >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "No Java runtime found: install one (a JRE from Adoptium) to import Microsoft Project .mpp plans." >&2
    elif [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; then
      echo "No Java runtime found, and neither root nor sudo to install it; run as root: apt-get install default-jre-headless" >&2
    else
      echo "Installing a Java runtime to read Microsoft Project plans: default-jre-headless" >&2
      apt_install default-jre-headless \
        || echo "Could not install it; run: sudo apt-get install default-jre-headless" >&2
    fi
  fi ;;
esac
