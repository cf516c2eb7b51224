"""The import direction of ARCHITECTURE.md, checked on every module with ast."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "pmo_desktop"
LAYERS = ("domain", "store", "importing", "reports", "ui")
# Which of our layers each layer may import.
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "importing": {"domain", "store", "importing"},
    "reports": {"domain", "store", "reports"},
    "ui": {"domain", "store", "importing", "reports", "ui"},
}
SQL_MODULES = {"sqlite3", "sqlite_utils"}


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the module's package
                parts = path.relative_to(PKG.parent).with_suffix("").parts[:-node.level]
                base = ".".join(parts)
                out.append((f"{base}.{node.module}" if node.module else base, node.lineno))
            else:
                out.append((node.module or "", node.lineno))
    return out


def _layer(path: Path) -> str | None:
    rel = path.relative_to(PKG).parts
    return rel[0] if len(rel) > 1 and rel[0] in LAYERS else None


def test_layers_import_only_downwards():
    problems = []
    modules = sorted(PKG.rglob("*.py"))
    assert len(modules) > 20
    for path in modules:
        layer = _layer(path)
        for name, line in _imports(path):
            top = name.split(".")[0]
            where = f"{path.relative_to(PKG.parent)}:{line} imports {name}"
            if top == "PySide6" and layer != "ui":
                problems.append(where + " (only ui/ may import Qt)")
            if top in SQL_MODULES and layer != "store":
                problems.append(where + " (only store/ may touch SQLite)")
            if top == "pmo_desktop" and layer:
                parts = name.split(".")
                target = parts[1] if len(parts) > 1 else ""
                if target in LAYERS and target not in ALLOWED[layer]:
                    problems.append(where + f" ({layer}/ may not import {target}/)")
                if target == "cli":
                    problems.append(where + " (layers never import the CLI)")
    assert problems == []


def test_the_checker_sees_a_violation(tmp_path):
    bad = tmp_path / "probe.py"
    bad.write_text("import PySide6\nfrom pmo_desktop.store import Store\n")
    found = [n for n, _ in _imports(bad)]
    assert found == ["PySide6", "pmo_desktop.store"]
