"""The type checker is part of the test command: mypy, configured in pyproject.toml, finds
no error in pmo_desktop/, and checks domain/ and operations/ with every strict flag.

mypy keeps its cache in .mypy_cache beside pyproject.toml (git-ignored by mypy itself):
the first run checks everything (about 10-20 s), later runs re-check only what changed
(about a second)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
STRICT_PACKAGES = ("pmo_desktop.domain", "pmo_desktop.operations")


def _mypy(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    try:
        import mypy  # noqa: F401  (installed by the `test` extra)
    except ImportError:
        pytest.fail("mypy is not installed: `pip install -e .[test]` (scripts/test.sh does it)")
    env = {**os.environ, "COLUMNS": "10000"}  # --help: one line per option
    return subprocess.run([sys.executable, "-m", "mypy", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


def _config() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["mypy"]


def _strict_override() -> dict:
    for section in _config().get("overrides", []):
        modules = section["module"]
        modules = [modules] if isinstance(modules, str) else modules
        if all(f"{p}.*" in modules for p in STRICT_PACKAGES):
            return section
    pytest.fail(f"pyproject.toml has no [[tool.mypy.overrides]] for {STRICT_PACKAGES}")


def test_the_package_type_checks():
    """`python -m mypy` (its files and options come from pyproject.toml): no error."""
    done = _mypy("--no-error-summary", "--show-error-codes")
    out = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        pytest.fail(f"mypy found errors (exit {done.returncode}):\n{out}", pytrace=False)
    assert "pmo_desktop" in _config()["files"]


def _strict_flags() -> list[str]:
    """The flags `mypy --help` says --strict turns on (they differ between versions)."""
    done = _mypy("--help")
    assert done.returncode == 0, done.stderr
    line = next((ln for ln in done.stdout.splitlines()
                 if ln.lstrip().startswith("--strict ") and "following flags:" in ln), None)
    assert line, "mypy --help no longer lists what --strict enables:\n" + done.stdout
    return re.findall(r"--[a-z][a-z-]*", line.split("following flags:", 1)[1])


def test_domain_and_operations_have_every_strict_flag():
    """`strict = true` in an override switches strict on for the WHOLE package (mypy applies
    it globally), so the override lists the flags; a newer mypy may add one, and then
    domain/ and operations/ would silently not be strict any more."""
    from mypy.options import PER_MODULE_OPTIONS

    override, config = _strict_override(), _config()
    flags = _strict_flags()
    assert "--disallow-untyped-defs" in flags and "--warn-return-any" in flags, flags
    missing = []
    for flag in flags:
        name = flag[2:].replace("-", "_")
        key, want = (name[3:], False) if name.startswith("no_") else (name, True)
        where = override if key in PER_MODULE_OPTIONS else config  # some flags are global only
        if where.get(key) is not want:
            section = "the domain/operations override" if where is override else "[tool.mypy]"
            missing.append(f"{key} = {str(want).lower()} (mypy --strict's {flag}) in {section}")
    assert missing == [], "pyproject.toml lacks:\n" + "\n".join(missing)


def test_strictness_reaches_domain_and_operations_only(tmp_path):
    """The same untyped function is an error in domain/ and operations/, not in store/."""
    code = "def double(x):\n    return x * 2\n"
    pkg = tmp_path / "pmo_desktop"
    for sub in ("domain", "operations", "store"):
        (pkg / sub).mkdir(parents=True)
        (pkg / sub / "__init__.py").write_text("")
        (pkg / sub / "probe.py").write_text(code)
    (pkg / "__init__.py").write_text("")
    cache = ROOT / ".mypy_cache" / "probe"  # its own: the probe package is not pmo_desktop
    done = _mypy("--config-file", str(PYPROJECT), "--cache-dir", str(cache),
                 "--no-error-summary", "pmo_desktop", cwd=tmp_path)
    out = done.stdout + done.stderr
    flagged = sorted(set(re.findall(r"pmo_desktop/(\w+)/probe\.py:1: error", out)))
    assert flagged == ["domain", "operations"], out
