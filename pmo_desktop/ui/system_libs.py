"""Can Qt open a window here? Checked before Qt is imported, so a gap is one sentence, not an abort.

On Linux, Qt's xcb platform plugin links against a dozen X11 libraries that a minimal
Debian lacks; when one is missing Qt aborts the process (exit 134) with a message that
names the wrong library. This module finds what the plugin and the Qt modules the app
imports need with ``ldd``, maps each system library to the Debian package that ships it
(``DEBIAN_PACKAGES``), and words the problem:

- ``window_problem()`` -- the one sentence ``pmo-desktop`` prints (exit 2) instead of
  starting Qt: no display, a display nobody answers on, or missing system libraries;
- ``python -m pmo_desktop.ui.system_libs --missing-packages`` -- the Debian packages to
  install, which ``scripts/setup.sh`` feeds to ``apt-get``.

It never imports Qt (the point is to run before Qt can fail); ``tests/test_setup.py``
checks ``DEBIAN_PACKAGES`` against ``ldd`` on the installed PySide6, so a PySide6 upgrade
that links one more library fails the tests instead of a user's first start.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

# The PySide6 modules the app imports (tests/test_setup.py checks this against the code).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg")
# The Qt plugins the app loads, under PySide6/Qt/plugins: the X11 and Wayland window
# systems, X11's OpenGL integrations, the headless platform the tests use, and SVG icons.
QT_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland.so",
    "platforms/libqoffscreen.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    "iconengines/libqsvgicon.so",
    "imageformats/libqsvg.so",
)

# Every system library (soname) those files load, with the Debian 12 package that ships it.
DEBIAN_PACKAGES: dict[str, str] = {
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libc.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libm.so.6": "libc6",
    "libpthread.so.0": "libc6",
    "libgcc_s.so.1": "libgcc-s1",
    "libstdc++.so.6": "libstdc++6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblz4.so.1": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libffi.so.8": "libffi8",
    "libsystemd.so.0": "libsystemd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
}

CLI_HINT = "or use the command line (pmo-desktop --help)"
# QT_QPA_PLATFORM values that draw into memory, not onto a screen.
HEADLESS_PLATFORMS = {"offscreen", "minimal"}


@dataclass(frozen=True)
class Library:
    """One library a Qt file loads, as ``ldd`` resolved it (path None: not found)."""

    soname: str
    path: str | None


def parse_ldd(output: str) -> list[Library]:
    """The libraries in ``ldd`` output (one or more files), in order, without duplicates.

    Lines look like ``libfoo.so.1 => /lib/libfoo.so.1 (0x…)``, ``libfoo.so.1 => not found``,
    ``/lib64/ld-linux-x86-64.so.2 (0x…)`` or ``linux-vdso.so.1 (0x…)`` (the kernel's, no
    file); a line without indentation names the file that follows when there are several.
    """
    seen: dict[str, Library] = {}
    for line in output.splitlines():
        if not line[:1].isspace():
            continue
        text = line.strip().split(" (0x")[0].strip()
        if "=>" in text:
            soname, _, target = (part.strip() for part in text.partition("=>"))
            path = None if target == "not found" else target or None
        elif text.startswith("/"):
            soname, path = os.path.basename(text), text
        else:
            continue  # the vDSO, "statically linked", …
        if soname not in seen or (seen[soname].path is None and path is not None):
            seen[soname] = Library(soname, path)
    return list(seen.values())


def pyside_dir() -> Path | None:
    """The installed PySide6 package folder, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent


def qt_files(pyside: Path, plugins: Iterable[str] = QT_PLUGINS,
             modules: Iterable[str] = QT_MODULES) -> list[Path]:
    """The given Qt modules and plugins that this PySide6 build ships."""
    files = [p for name in modules for p in sorted(pyside.glob(f"{name}.*.so"))]
    files += [pyside / "Qt" / "plugins" / rel for rel in plugins]
    return [f for f in files if f.is_file()]


def run_ldd(files: Iterable[Path]) -> str | None:
    """``ldd`` output for the files, or None where there is no ``ldd`` (not glibc Linux)."""
    names = [str(f) for f in files]
    ldd = shutil.which("ldd")
    if not names or ldd is None:
        return None
    try:
        done = subprocess.run([ldd, *names], capture_output=True, text=True, timeout=30,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def system_libraries(output: str, bundled: Iterable[Path]) -> list[Library]:
    """The libraries that come from the system: not found, or outside PySide6's folders."""
    roots = [os.path.realpath(b) + os.sep for b in bundled]
    return [lib for lib in parse_ldd(output)
            if lib.path is None or not os.path.realpath(lib.path).startswith(tuple(roots))]


def bundled_dirs(pyside: Path) -> list[Path]:
    """Where PySide6's own libraries live (its folder, and shiboken6's beside it)."""
    return [pyside, pyside.parent / "shiboken6"]


def missing_libraries(plugins: Iterable[str] = QT_PLUGINS,
                      modules: Iterable[str] = QT_MODULES) -> list[str]:
    """The sonames these Qt plugins and modules need that the system does not have."""
    pyside = pyside_dir()
    if pyside is None:
        return []
    output = run_ldd(qt_files(pyside, plugins, modules))
    if output is None:
        return []
    return [lib.soname for lib in system_libraries(output, bundled_dirs(pyside))
            if lib.path is None]


def debian_packages(sonames: Iterable[str]) -> tuple[list[str], list[str]]:
    """(the Debian packages that ship these libraries, the sonames no package is known for)."""
    packages: list[str] = []
    unknown: list[str] = []
    for soname in sonames:
        package = DEBIAN_PACKAGES.get(soname)
        if package is None:
            unknown.append(soname)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def libraries_problem(missing: list[str], has_apt: bool) -> str:
    """The sentence for missing system libraries: which, and the command that installs them."""
    what = (f"the system library {missing[0]} is missing" if len(missing) == 1
            else f"the system libraries {_and(missing)} are missing")
    them = "it" if len(missing) == 1 else "them"
    packages, unknown = debian_packages(missing)
    if has_apt and packages:
        fix = f"install {them} with: sudo apt-get install {' '.join(packages)}"
        if unknown:
            fix += f" and the package that provides {_and(unknown)}"
        fix += " (sh scripts/run.sh does this when run as root or with sudo)"
    else:
        fix = f"install the packages that provide {them} with your system's package manager"
    return f"PMO Desktop cannot open a window: {what}; {fix}."


def _platforms(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins QT_QPA_PLATFORM asks for, in order ("xcb:arg;wayland" → both)."""
    value = environ.get("QT_QPA_PLATFORM", "")
    return [part.split(":")[0].strip() for part in value.split(";") if part.strip()]


def x_server_answers(display: str) -> bool | None:
    """Whether an X server accepts a connection on ``display`` (None: libxcb unavailable)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def window_problem(environ: Mapping[str, str] | None = None,
                   platform: str = sys.platform) -> str | None:
    """Why Qt could not open a window here, in one sentence; None when nothing is in the way.

    Only Linux is checked (elsewhere Qt's platform plugin has no system libraries that can
    be missing). The platform is QT_QPA_PLATFORM's first choice, else Wayland in a Wayland
    session, else xcb (X11). A headless platform (the tests' offscreen) opens no window and
    is not checked; a Wayland session is left to Qt, which falls back to xcb; otherwise the
    platform's plugin must find its libraries (one ``ldd``, a few hundredths of a second;
    it loads QtCore and QtGui, so it covers theirs), and xcb needs DISPLAY and an X server
    that answers on it.
    """
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    asked = _platforms(env)
    if asked:
        name = asked[0]
    elif env.get("WAYLAND_DISPLAY"):
        return None
    else:
        name = "xcb"
    if name in HEADLESS_PLATFORMS:
        return None
    if name == "xcb" and not env.get("DISPLAY"):
        return ("PMO Desktop cannot open a window: there is no display (DISPLAY is not set); "
                f"start it from a desktop session, {CLI_HINT}.")
    missing = missing_libraries([f"platforms/libq{name}.so"], modules=())
    if missing:
        return libraries_problem(missing, has_apt=shutil.which("apt-get") is not None)
    if name == "xcb" and x_server_answers(env["DISPLAY"]) is False:
        return (f"PMO Desktop cannot open a window: no X server accepts a connection on "
                f"DISPLAY={env['DISPLAY']}; start it from a desktop session, {CLI_HINT}.")
    return None


def main(argv: list[str] | None = None) -> int:
    """``--missing-packages``: the Debian packages to install, space-separated (for setup.sh).

    Sonames no package is known for go to stderr, one sentence.
    """
    args = sys.argv[1:] if argv is None else argv
    if args != ["--missing-packages"]:
        print("usage: python -m pmo_desktop.ui.system_libs --missing-packages", file=sys.stderr)
        return 2
    if not sys.platform.startswith("linux"):
        return 0
    packages, unknown = debian_packages(missing_libraries())
    if unknown:
        print(f"PMO Desktop: no Debian package is known for the missing Qt libraries "
              f"{_and(unknown)}; install the packages that provide them.", file=sys.stderr)
    if packages:
        print(" ".join(packages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
