"""What of the installable app can be checked without PyInstaller's slow build (that and its
smoke test are ``packaging/build.sh``): the icon in every form the build names, the portable
build's runtime hook, how a built app starts its ``.mpp`` converter and finds the Java it
carries, and the command line in folders whose names have spaces and non-ASCII letters."""

from __future__ import annotations

import configparser
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from pmo_desktop.importing import mppjava
from pmo_desktop.ui.paths import app_paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"
FIXTURES = ROOT.parent / "shared" / "fixtures"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
NAVY = (0x1D, 0x35, 0x57)  # the background of resources/icons/app.svg
ODD = "Portföy – Ünïcödé files"  # a folder name with spaces, a dash and non-ASCII letters


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 3 for a, b in zip(pixel[:3], colour)) and pixel[3] == 255


@pytest.fixture(scope="module")
def made_icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    done = subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_is_the_icon_drawn_at_its_size(made_icons: Path, size: int) -> None:
    with Image.open(made_icons / f"pmo-desktop-{size}.png") as image:
        assert image.size == (size, size)
        rgba = image.convert("RGBA")
    assert rgba.getpixel((0, 0))[3] == 0  # the rounded corner is transparent
    assert _near(rgba.getpixel((size * 9 // 10, size // 2)), NAVY)


def test_the_ico_and_icns_hold_every_size(made_icons: Path) -> None:
    with Image.open(made_icons / "pmo-desktop.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}
        ico.size = (16, 16)  # each size is one drawn for it, not shrunk from 256
        assert _near(ico.convert("RGBA").getpixel((14, 8)), NAVY)
    with Image.open(made_icons / "pmo-desktop.icns") as icns:
        assert icns.size == (1024, 1024)
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])


def test_the_committed_icons_are_the_ones_the_svg_makes(made_icons: Path) -> None:
    """Change resources/icons/app.svg and forget `python packaging/make_icons.py`: red."""
    assert (ICONS / "pmo-desktop.svg").read_bytes() == \
        (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    for size in PNG_SIZES:
        with Image.open(made_icons / f"pmo-desktop-{size}.png") as fresh, \
                Image.open(ICONS / f"pmo-desktop-{size}.png") as kept:
            assert kept.size == fresh.size
            difference = ImageChops.difference(fresh.convert("RGBA"), kept.convert("RGBA"))
            assert max(high for _low, high in difference.getextrema()) <= 8, size


def test_every_icon_the_spec_and_the_desktop_file_name_exists() -> None:
    spec = (PACKAGING / "pmo_desktop.spec").read_text("utf-8")
    named = set(re.findall(r'"(pmo-desktop\.(?:ico|icns))"', spec))
    assert named == {"pmo-desktop.ico", "pmo-desktop.icns"}
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "pmo-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "pmo-desktop" and desktop["Type"] == "Application"
    theme_names = [f"{desktop['Icon']}.svg"] + [f"{desktop['Icon']}-{s}.png" for s in PNG_SIZES]
    for name in sorted(named) + theme_names:
        assert (ICONS / name).is_file(), name


def test_the_build_excludes_nothing_the_app_imports() -> None:
    """A package the spec excludes is missing from the frozen app: the pack's
    priorities section failed with "No module named 'numpy'" (SciPy's milp needs it)
    when numpy was excluded after SciPy became a dependency."""
    import tomllib

    spec = (PACKAGING / "pmo_desktop.spec").read_text("utf-8")
    block = spec[spec.index("excludes=["):]
    excluded = set(re.findall(r'"([\w.]+)"', block[:block.index("]")]))
    project = tomllib.loads((PACKAGING.parent / "pyproject.toml").read_text("utf-8"))
    needed = {re.split(r"[<>=!~ \[]", d)[0].lower().replace("-", "_")
              for d in project["project"]["dependencies"]}
    needed |= {"numpy"}  # SciPy's own dependency
    assert not {e.lower() for e in excluded} & needed
    assert "numpy" in needed and excluded  # the spec was read


def test_the_desktop_entry_starts_the_app_as_the_command_line_understands_it() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(PACKAGING / "pmo-desktop.desktop", encoding="utf-8")
    command = entry["Desktop Entry"]["Exec"].split()
    assert not [arg for arg in command if arg.startswith("%")]  # the app takes no file
    from pmo_desktop.cli import build_parser

    assert build_parser().parse_args(command[1:]).command is None  # the window


def test_a_name_the_output_cannot_spell_prints_as_a_question_mark(tmp_path: Path) -> None:
    db = tmp_path / "Łódź – ПМО.pmo"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "new", "--db", str(db)],
                          capture_output=True, timeout=120, check=False, cwd=ROOT,
                          env=dict(os.environ, PYTHONIOENCODING="cp1252"))
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert db.exists() and "? – ???.pmo" in done.stdout.decode("cp1252")


# -- the portable build's runtime hook -----------------------------------------------------

@pytest.mark.parametrize("argv, expected", [
    (["demo", "--db", "x.pmo"], ["--profile", "@", "demo", "--db", "x.pmo"]),
    ([], ["--profile", "@"]),
    (["--profile", "mine"], ["--profile", "mine"]),
    (["--mpp-converter", "libjvm.so"], ["--mpp-converter", "libjvm.so"]),
])
def test_the_portable_hook_keeps_the_profile_beside_the_executable(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str],
        expected: list[str]) -> None:
    exe = tmp_path / ODD / "pmo-desktop"
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "argv", [str(exe)] + argv)
    runpy.run_path(str(PACKAGING / "portable_hook.py"))
    beside = str(exe.parent / "profile")
    assert sys.argv[1:] == [beside if a == "@" else a for a in expected]


def test_a_portable_copy_in_a_folder_it_cannot_write_uses_the_users_folders(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocked = tmp_path / "read-only"
    blocked.write_text("a file where the copy's folder would be: nothing can go in it")
    monkeypatch.setattr(sys, "executable", str(blocked / "pmo-desktop"))
    monkeypatch.setattr(sys, "argv", ["pmo-desktop", "demo", "--db", "x.pmo"])
    runpy.run_path(str(PACKAGING / "portable_hook.py"))
    assert sys.argv == ["pmo-desktop", "demo", "--db", "x.pmo"]


def test_a_profile_in_an_odd_folder_holds_settings_portfolio_and_logs(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / ODD / "profile").ensure()
    assert paths.settings_file.parent == paths.default_portfolio.parent == \
        tmp_path / ODD / "profile"
    assert paths.log_dir.is_dir() and paths.log_dir.parent.name == "profile"


# -- the .mpp converter and Java in a built app --------------------------------------------

def test_a_built_app_runs_its_own_executable_as_the_converter(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert mppjava.converter_command("jvm")[:2] == [sys.executable, "-P"]  # from source
    folder = tmp_path / "Program Files" / "PMO Desktöp"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "pmo-desktop"))
    assert mppjava.converter_command("jvm") == [str(folder / "pmo-desktop"),
                                                mppjava.SERVE_FLAG, "jvm"]
    windowed = folder / "pmo-desktop.exe"
    monkeypatch.setattr(sys, "executable", str(windowed))
    assert mppjava.converter_command("jvm")[0] == str(windowed)  # no console one beside it
    (folder / "pmo-desktop-cli.exe").write_bytes(b"")
    assert mppjava.converter_command("jvm") == [str(folder / "pmo-desktop-cli.exe"),
                                                "--mpp-converter", "jvm"]


def test_main_py_serves_the_converter_that_reads_a_plan() -> None:
    """The built app's entry point, run as the converter with this machine's Java, turns
    C38 into Project XML over the converter's own protocol."""
    jvm = mppjava.find_jvm()
    assert jvm, "the tests need a Java runtime (scripts/setup.sh installs one)"
    data = (FIXTURES / "more" / "C38_hr_portal_status.mpp").read_bytes()
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), mppjava.SERVE_FLAG, jvm],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, cwd=ROOT)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        assert mppjava._read_reply(proc.stdout) == ("READY", b"")
        proc.stdin.write(f"{mppjava.MAX_TASKS} {len(data)}\n".encode() + data)
        proc.stdin.flush()
        tag, xml = mppjava._read_reply(proc.stdout)
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
        proc.stdout.close()
    assert tag == "OK" and b"<Project" in xml[:500] and xml.count(b"<Task>") > 100
    assert proc.returncode == 0  # it leaves when the app closes its end


def test_a_converter_whose_java_does_not_start_says_so_in_one_reply(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), mppjava.SERVE_FLAG,
                           str(tmp_path / "no jvm" / "libjvm.so")], input=b"",
                          capture_output=True, timeout=120, check=False, cwd=ROOT)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    head, _, payload = done.stdout.partition(b"\n")
    assert head.startswith(b"ERR ") and payload.startswith(b"java\n")


def test_the_java_a_built_app_carries_comes_before_the_machines(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    other = tmp_path / "jdk" / "lib" / "server"
    other.mkdir(parents=True)
    (other / "libjvm.so").write_bytes(b"")
    assert mppjava.bundled_jre() is None  # from source: none
    assert mppjava.find_jvm({"JAVA_HOME": str(tmp_path / "jdk")}) == str(other / "libjvm.so")
    bundle = tmp_path / ODD / "_internal"
    (bundle / "jre" / "lib" / "server").mkdir(parents=True)
    (bundle / "jre" / "lib" / "server" / "libjvm.so").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert mppjava.bundled_jre() == bundle / "jre"
    assert mppjava.find_jvm({"JAVA_HOME": str(tmp_path / "jdk"), "PATH": ""}) == \
        str(bundle / "jre" / "lib" / "server" / "libjvm.so")
    assert mppjava.unavailable("plan.mpp", {"PATH": ""}) is None  # Java is there


# -- the command line where a PMO keeps its files --------------------------------------------

def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "pmo_desktop.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done


def test_demo_import_and_report_in_folders_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    folder = tmp_path / ODD
    folder.mkdir()
    db = folder / "Démo portfolio.pmo"
    _cli("demo", "--db", str(db), "--projects", "3", "--as-of", "2026-11-30")
    code = json.loads(_cli("projects", "--db", str(db), "--json").stdout)["projects"][0]["code"]
    tracker = folder / "Risikoregister – Ärger.xlsx"
    shutil.copy(FIXTURES / "S02_risk_register.xlsx", tracker)
    result = json.loads(_cli("import", "--db", str(db), str(tracker), "--project", code,
                             "--json").stdout)
    assert result["files"][0]["path"] == str(tracker) and result["files"][0]["error"] is None
    assert result["files"][0]["tables"][0]["entity"] == "risk"
    pdf = folder / "Board pack – Nov.pdf"
    _cli("report", "--db", str(db), "--out", str(pdf))
    assert len(PdfReader(pdf).pages) > 3
