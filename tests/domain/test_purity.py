"""``domain/`` is pure: it imports the standard library and itself, nothing else, except
``selection.py``, which solves its integer programme with SciPy (and NumPy's arrays), and
``evm_columns.py``, which phases thousands of projects' money at once with NumPy (and is
imported only inside the functions that do, so the store starts without NumPy)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "pmo_desktop" / "domain"


def _absolute_imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


# Libraries a domain module may import beyond the standard library.
LIBRARIES = {"selection.py": {"numpy", "scipy"}, "evm_columns.py": {"numpy"}}


def test_domain_imports_only_the_standard_library():
    modules = sorted(DOMAIN.glob("*.py"))
    assert len(modules) >= 7
    offenders = [
        f"{path.name}: {name}"
        for path in modules for name in _absolute_imports(path)
        if name.split(".")[0] not in sys.stdlib_module_names | {"__future__"}
        | LIBRARIES.get(path.name, set())
    ]
    assert offenders == []


def test_only_selection_imports_scipy_and_only_it_and_evm_columns_numpy():
    users = {path.name for path in DOMAIN.parent.rglob("*.py")
             for name in _absolute_imports(path)
             if name.split(".")[0] in {"scipy", "numpy"}}
    assert users == {"selection.py", "evm_columns.py"}
    scipy = {path.name for path in DOMAIN.parent.rglob("*.py")
             for name in _absolute_imports(path) if name.split(".")[0] == "scipy"}
    assert scipy == {"selection.py"}
