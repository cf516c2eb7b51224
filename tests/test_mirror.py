"""Tests mirror the package: each module of domain/ and operations/ has its test module,
tests/<layer>/test_<module>.py, which imports that module and holds tests."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIRRORED = ("domain", "operations")


def _imported(test_file: Path) -> set[str]:
    """The modules a test file imports (``from pmo_desktop.x import y`` counts as both
    ``pmo_desktop.x`` and ``pmo_desktop.x.y``)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(test_file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module)
            out |= {f"{node.module}.{alias.name}" for alias in node.names}
    return out


def _has_tests(test_file: Path) -> bool:
    tree = ast.parse(test_file.read_text(encoding="utf-8"))
    return any(isinstance(n, ast.FunctionDef) and n.name.startswith("test_")
               for n in ast.walk(tree))


def untested(root: Path, layer: str) -> list[str]:
    """Why each module of ``pmo_desktop/<layer>/`` under ``root`` lacks its test module."""
    problems: list[str] = []
    for module in sorted((root / "pmo_desktop" / layer).glob("*.py")):
        if module.name == "__init__.py":
            continue
        dotted = f"pmo_desktop.{layer}.{module.stem}"
        test = root / "tests" / layer / f"test_{module.stem}.py"
        where = f"pmo_desktop/{layer}/{module.name}"
        if not test.is_file():
            problems.append(f"{where} has no tests/{layer}/{test.name}")
        elif dotted not in _imported(test):
            problems.append(f"tests/{layer}/{test.name} does not import {dotted}")
        elif not _has_tests(test):
            problems.append(f"tests/{layer}/{test.name} holds no test_ function")
    return problems


def test_every_module_of_domain_and_operations_has_its_test_module():
    for layer in MIRRORED:
        assert list((ROOT / "pmo_desktop" / layer).glob("*.py")), layer
        # Test packages: tests/domain/test_periods.py and tests/ui/test_periods.py coexist.
        assert (ROOT / "tests" / layer / "__init__.py").is_file(), layer
    problems = [p for layer in MIRRORED for p in untested(ROOT, layer)]
    assert problems == [], "tests do not mirror the package:\n" + "\n".join(problems)


def test_the_check_sees_a_module_without_tests(tmp_path):
    pkg, tests = tmp_path / "pmo_desktop" / "domain", tmp_path / "tests" / "domain"
    pkg.mkdir(parents=True)
    tests.mkdir(parents=True)
    for name in ("__init__", "rag", "evm", "risk", "money"):
        (pkg / f"{name}.py").write_text("")
    (tests / "test_rag.py").write_text("from pmo_desktop.domain.rag import x\n"
                                       "def test_x():\n    assert x\n")
    (tests / "test_evm.py").write_text("from pmo_desktop.domain import evm\n"
                                       "def test_x():\n    assert evm\n")
    (tests / "test_risk.py").write_text("from pmo_desktop.domain import rag\n"
                                        "def test_x():\n    assert rag\n")
    (tests / "test_money.py").write_text("import pmo_desktop.domain.money\n")
    assert untested(tmp_path, "domain") == [
        "tests/domain/test_money.py holds no test_ function",
        "tests/domain/test_risk.py does not import pmo_desktop.domain.risk",
    ]
    (tests / "test_rag.py").unlink()
    assert "pmo_desktop/domain/rag.py has no tests/domain/test_rag.py" in untested(
        tmp_path, "domain")
