"""Set-up and start-up on Linux: the system libraries Qt loads, and one sentence instead of an abort.

``scripts/setup.sh`` installs the Debian packages of whatever ``ldd`` finds missing in the
installed PySide6 (``pmo_desktop.ui.system_libs``); ``pmo-desktop`` checks the display and
those libraries before Qt starts, because Qt aborts the process (exit 134) when they fail.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pmo_desktop.ui import system_libs
from pmo_desktop.ui.system_libs import (
    DEBIAN_PACKAGES, QT_MODULES, QT_PLUGINS, Library, libraries_problem, parse_ldd,
    system_libraries, window_problem,
)

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="ldd, xcb and apt-get are Linux's")

LDD_OUTPUT = """\
/site/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd5c5f2000)
\tlibQt6XcbQpa.so.6 => /site/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0c7b2a0000)
\tlibshiboken6.abi3.so.6.11 => /site/PySide6/../shiboken6/libshiboken6.abi3.so.6.11 (0x2)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0c7b4c2000)
\tlibxcb-icccm.so.4 => not found
/site/PySide6/QtCore.abi3.so:
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0c7b2a0000)
\tlibxcb-keysyms.so.1 => not found
"""


def _scan() -> list[Library]:
    """The system libraries the installed PySide6's modules and plugins load, by ldd."""
    pyside = system_libs.pyside_dir()
    assert pyside is not None, "PySide6 is not installed"
    output = system_libs.run_ldd(system_libs.qt_files(pyside))
    assert output is not None, "ldd is not on PATH"
    return system_libraries(output, system_libs.bundled_dirs(pyside))


def test_the_scan_covers_every_qt_module_the_app_imports_and_every_plugin():
    imported = set()
    for path in (ROOT / "pmo_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                imported.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                imported |= {a.name.split(".")[1] for a in node.names
                             if a.name.startswith("PySide6.")}
    assert imported and imported <= set(QT_MODULES)
    pyside = system_libs.pyside_dir()
    files = system_libs.qt_files(pyside)
    # A plugin PySide6 renamed or dropped would silently leave the scan.
    assert [f for f in QT_PLUGINS if not (pyside / "Qt" / "plugins" / f).is_file()] == []
    assert len(files) == len(QT_MODULES) + len(QT_PLUGINS)


def test_every_system_library_qt_loads_has_its_debian_package_listed():
    """A PySide6 upgrade that links one more system library fails here, not on a user's machine."""
    found = {lib.soname for lib in _scan()}
    assert {"libxcb.so.1", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0",
            "libEGL.so.1", "libfontconfig.so.1", "libwayland-cursor.so.0"} <= found
    assert not [s for s in found if s.startswith(("libQt6", "libpyside6", "libshiboken6",
                                                  "libicu"))]
    assert sorted(found - DEBIAN_PACKAGES.keys()) == []
    # And nothing listed that Qt does not load (the other architecture's loader aside).
    assert sorted(DEBIAN_PACKAGES.keys() - found - {"ld-linux-aarch64.so.1",
                                                     "ld-linux-x86-64.so.2"}) == []


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg says which package owns a file")
def test_the_listed_package_is_the_one_that_ships_each_library():
    libs = [lib for lib in _scan() if lib.path is not None]
    candidates = {}
    for lib in libs:
        real = os.path.realpath(lib.path)
        candidates[lib.soname] = {lib.path, real, "/usr" + lib.path, "/usr" + real,
                                  lib.path.removeprefix("/usr"), real.removeprefix("/usr")}
    # One dpkg call for every path: it prints "pkg[, pkg]: path" for each file it knows and
    # names the others on stderr (dpkg takes a second or more a call, and there are ~150 paths).
    paths = sorted(set().union(*candidates.values()))
    out = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True)
    owners_of: dict[str, set[str]] = {}
    for line in out.stdout.splitlines():
        packages, sep, path = line.partition(": ")
        if sep:
            owners_of.setdefault(path.strip(), set()).update(
                p.strip().split(":")[0] for p in packages.split(","))
    wrong = []
    for lib in libs:
        owners = set().union(*(owners_of.get(p, set()) for p in candidates[lib.soname]))
        # Ubuntu 24.04 renamed some libraries' packages with a t64 suffix.
        if not owners & {DEBIAN_PACKAGES[lib.soname], DEBIAN_PACKAGES[lib.soname] + "t64"}:
            wrong.append((lib.soname, DEBIAN_PACKAGES[lib.soname], sorted(owners)))
    assert libs and wrong == []


def test_parse_ldd_reads_found_missing_and_loader_lines_of_several_files():
    libs = parse_ldd(LDD_OUTPUT)
    assert libs == [
        Library("libQt6XcbQpa.so.6", "/site/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6"),
        Library("libxcb-icccm.so.4", None),
        Library("libxcb.so.1", "/lib/x86_64-linux-gnu/libxcb.so.1"),
        Library("libshiboken6.abi3.so.6.11", "/site/PySide6/../shiboken6/libshiboken6.abi3.so.6.11"),
        Library("ld-linux-x86-64.so.2", "/lib64/ld-linux-x86-64.so.2"),
        Library("libxcb-keysyms.so.1", None),
    ]


def test_system_libraries_leave_out_what_pyside6_bundles(tmp_path):
    site = tmp_path / "site"
    for folder in ("PySide6/Qt/lib", "PySide6/Qt/plugins/platforms", "shiboken6"):
        (site / folder).mkdir(parents=True)
    output = LDD_OUTPUT.replace("/site/", f"{site}/")
    libs = system_libraries(output, system_libs.bundled_dirs(site / "PySide6"))
    assert [lib.soname for lib in libs] == [
        "libxcb-icccm.so.4", "libxcb.so.1", "ld-linux-x86-64.so.2", "libxcb-keysyms.so.1"]


def test_missing_libraries_are_named_with_the_command_that_installs_them():
    one = libraries_problem(["libxcb-icccm.so.4"], has_apt=True)
    assert one == ("PMO Desktop cannot open a window: the system library libxcb-icccm.so.4 is "
                   "missing; install it with: sudo apt-get install libxcb-icccm4 "
                   "(sh scripts/run.sh does this when run as root or with sudo).")
    two = libraries_problem(["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-util.so.1"],
                            has_apt=True)
    assert ("the system libraries libxcb-icccm.so.4, libxcb-keysyms.so.1 and libxcb-util.so.1 "
            "are missing; install them with: sudo apt-get install libxcb-icccm4 "
            "libxcb-keysyms1 libxcb-util1 (") in two
    unknown = libraries_problem(["libxcb-icccm.so.4", "libnew.so.9"], has_apt=True)
    assert "apt-get install libxcb-icccm4 and the package that provides libnew.so.9" in unknown
    other = libraries_problem(["libxcb-icccm.so.4"], has_apt=False)
    assert "apt-get" not in other and "system's package manager" in other
    for sentence in (one, two, unknown, other):
        assert "\n" not in sentence and sentence.endswith(".")


def test_the_platform_qt_would_use_decides_what_is_checked():
    no_display = window_problem({}, platform="linux")
    assert no_display == ("PMO Desktop cannot open a window: there is no display (DISPLAY is not "
                          "set); start it from a desktop session, or use the command line "
                          "(pmo-desktop --help).")
    assert window_problem({"QT_QPA_PLATFORM": "xcb"}, platform="linux") == no_display
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert window_problem({"QT_QPA_PLATFORM": "minimal:enable_fonts"}, platform="linux") is None
    assert window_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert window_problem({}, platform="darwin") is None
    assert window_problem({}, platform="win32") is None


def _env_without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}


def _open_app(env: dict[str, str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--profile", str(profile)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


def test_the_app_without_a_display_says_so_in_one_sentence_and_exits_2(tmp_path):
    done = _open_app(_env_without_display(), tmp_path / "profile")
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.splitlines() == [window_problem({}, platform="linux")]
    assert not (tmp_path / "profile").exists()


def test_the_app_on_a_display_nobody_answers_on_says_so_instead_of_aborting(tmp_path):
    number = next(n for n in range(171, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    env = dict(_env_without_display(), DISPLAY=f":{number}")
    done = _open_app(env, tmp_path / "profile")
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.splitlines()
    missing = system_libs.missing_libraries(["platforms/libqxcb.so"])
    if missing:  # this machine lacks some of xcb's libraries: they are what stops Qt
        assert line == libraries_problem(missing, has_apt=shutil.which("apt-get") is not None)
    else:
        assert line == (f"PMO Desktop cannot open a window: no X server accepts a connection on "
                        f"DISPLAY=:{number}; start it from a desktop session, or use the "
                        f"command line (pmo-desktop --help).")


def _fake_tools(tmp_path: Path, ldd_output: str) -> dict[str, str]:
    """A PATH whose ldd prints ``ldd_output`` and whose apt-get logs its calls.

    apt-get refuses to install until ``apt-get update`` has run, like a machine whose
    package lists were never downloaded.
    """
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    scripts = {
        "ldd": f"cat <<'EOF'\n{ldd_output}EOF\n",
        "apt-get": (f'echo "$*" >> {log}\n'
                    f'case "$*" in *update*) touch {tmp_path}/updated;; '
                    f'*install*) [ -f {tmp_path}/updated ] || exit 100;; esac\n'),
        "sudo": 'exec "$@"\n',
    }
    for name, body in scripts.items():
        (bin_dir / name).write_text("#!/bin/sh\n" + body)
        (bin_dir / name).chmod(0o755)
    return dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


def _source_setup(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """``. scripts/setup.sh`` with a ready .venv (this interpreter), so only the libraries step runs."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    (venv / "bin" / "python").chmod(0o755)
    (venv / ".installed").touch()
    later = (ROOT / "pyproject.toml").stat().st_mtime + 60  # not older than pyproject.toml
    os.utime(venv / ".installed", (later, later))
    return subprocess.run(["sh", "-c", ". scripts/setup.sh"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL,
                          env=dict(env, PMO_VENV=str(venv)))


def test_setup_installs_the_packages_of_the_missing_libraries(tmp_path):
    ldd = ("\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x1)\n"
           "\tlibxcb-icccm.so.4 => not found\n\tlibxcb-keysyms.so.1 => not found\n")
    done = _source_setup(tmp_path, _fake_tools(tmp_path, ldd))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "apt.log").read_text().splitlines() == [
        "install -y -qq --no-install-recommends libxcb-icccm4 libxcb-keysyms1",
        "update -qq",
        "install -y -qq --no-install-recommends libxcb-icccm4 libxcb-keysyms1",
    ]
    assert done.stderr == "Installing the system libraries Qt needs: libxcb-icccm4 libxcb-keysyms1\n"


def test_setup_leaves_apt_alone_when_nothing_is_missing(tmp_path):
    ldd = "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x1)\n"
    done = _source_setup(tmp_path, _fake_tools(tmp_path, ldd))
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "apt.log").exists()
    assert done.stderr == ""


def test_setup_names_the_command_when_it_cannot_install(tmp_path):
    env = _fake_tools(tmp_path, "\tlibxcb-icccm.so.4 => not found\n")
    (tmp_path / "bin" / "apt-get").write_text("#!/bin/sh\nexit 100\n")
    done = _source_setup(tmp_path, env)
    assert done.returncode == 0
    assert done.stderr.splitlines()[-1] == (
        "Could not install them; run: sudo apt-get install libxcb-icccm4")


# -- the mpp extra's Java runtime ---------------------------------------------------------------

JRE_LINE = "Installing a Java runtime to read Microsoft Project plans: default-jre-headless\n"
NOTHING_MISSING = "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x1)\n"


def _without(tmp_path: Path, env: dict[str, str], *names: str) -> dict[str, str]:
    """``env`` (from ``_fake_tools``) without JAVA_HOME and with a PATH of the fake tools and
    this machine's commands, but none called ``names``: links gathered in two folders."""
    kept, system = tmp_path / "kept", tmp_path / "system"
    fake, *rest = env["PATH"].split(os.pathsep)
    for folder, into in [(fake, kept)] + [(f, system) for f in rest]:
        into.mkdir(exist_ok=True)
        if not os.path.isdir(folder):
            continue
        for entry in os.scandir(folder):
            target = into / entry.name
            if entry.name not in names and not target.exists() and os.access(entry.path, os.X_OK):
                target.symlink_to(entry.path)
    out = {k: v for k, v in env.items() if k != "JAVA_HOME"}
    out["PATH"] = os.pathsep.join([str(kept), str(system)])
    return out


def _source_setup_mpp(tmp_path: Path, env: dict[str, str],
                      extras: str = "[mpp]") -> subprocess.CompletedProcess:
    """``. scripts/setup.sh`` with EXTRAS set, as run.sh and test.sh source it."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    (venv / "bin" / "python").chmod(0o755)
    stamp = venv / f".installed{extras}"
    stamp.touch()
    later = (ROOT / "pyproject.toml").stat().st_mtime + 60
    os.utime(stamp, (later, later))
    return subprocess.run(["sh", "-c", ". scripts/setup.sh"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL,
                          env=dict(env, PMO_VENV=str(venv), EXTRAS=extras))


def test_the_scripts_install_the_mpp_extra():
    assert 'EXTRAS="[mpp]"' in (ROOT / "scripts" / "run.sh").read_text()
    assert 'EXTRAS="[test,mpp]"' in (ROOT / "scripts" / "test.sh").read_text()


def test_setup_installs_a_java_runtime_only_where_there_is_none_and_mpp_wants_one(tmp_path):
    def run(case: str) -> tuple[subprocess.CompletedProcess, Path]:
        folder = tmp_path / case.replace(" ", "_")
        folder.mkdir()
        env = _without(folder, _fake_tools(folder, NOTHING_MISSING), "java")
        if case == "java on the PATH":
            (folder / "kept" / "java").write_text("#!/bin/sh\nexit 0\n")
            (folder / "kept" / "java").chmod(0o755)
        elif case == "JAVA_HOME":
            env["JAVA_HOME"] = str(folder / "jdk")
        done = _source_setup_mpp(folder, env, "[test]" if case == "no mpp extra" else "[mpp]")
        assert done.returncode == 0, done.stderr
        return done, folder / "apt.log"

    done, log = run("no java")
    assert log.read_text().splitlines() == [
        "install -y -qq --no-install-recommends default-jre-headless",
        "update -qq",
        "install -y -qq --no-install-recommends default-jre-headless",
    ]
    assert done.stderr == JRE_LINE
    for case in ("java on the PATH", "JAVA_HOME", "no mpp extra"):
        done, log = run(case)
        assert not log.exists() and done.stderr == "", case


def test_setup_says_what_to_run_when_it_cannot_install_java(tmp_path):
    env = _without(tmp_path, _fake_tools(tmp_path, NOTHING_MISSING), "java")
    (tmp_path / "bin" / "apt-get").write_text("#!/bin/sh\nexit 100\n")
    done = _source_setup_mpp(tmp_path, env)
    assert done.returncode == 0
    assert done.stderr.splitlines() == [
        JRE_LINE.strip(), "Could not install it; run: sudo apt-get install default-jre-headless"]


def test_setup_says_so_when_neither_root_nor_sudo_can_install_java(tmp_path):
    env = _without(tmp_path, _fake_tools(tmp_path, NOTHING_MISSING), "java", "sudo", "id")
    (tmp_path / "kept" / "id").write_text("#!/bin/sh\necho 1000\n")  # not root
    (tmp_path / "kept" / "id").chmod(0o755)
    done = _source_setup_mpp(tmp_path, env)
    assert done.returncode == 0
    assert not (tmp_path / "apt.log").exists()
    assert done.stderr == ("No Java runtime found, and neither root nor sudo to install it; "
                           "run as root: apt-get install default-jre-headless\n")


def test_the_mpp_extra_brings_mpxj_and_the_bridge_it_does_not_declare():
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]["mpp"]
    names = {re.split(r"[<>=!~ ;\[]", req, maxsplit=1)[0].lower() for req in extra}
    assert names == {"mpxj", "jpype1"}  # importing/mppjava.py imports both
