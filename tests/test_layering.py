"""The layers of ARCHITECTURE.md, checked on every module of pmo_desktop/ with ast.

    cli.py, ui/  →  operations/  →  importing/, reports/, exporting/  →  store/  →  domain/

- imports point downwards only (a layer may import any layer below it, never one above);
- only ui/ imports Qt; only store/ imports sqlite3 / sqlite_utils; nothing imports cli.py;
- only store/ writes SQL: no string literal elsewhere reads as SQL (statements such as
  ``SELECT …``, and fragments such as ``"code = ?"`` or ``"id IN (…)"``; SQL is written in
  upper case here, so UI text such as "Update status" is not taken for it);
- only store/ sees a connection: nothing else touches a store's ``.db`` or ``.reader()``,
  or any ``.conn``;
- cli.py and ui/ change data only through operations/: they never call a Store method
  that writes (``write`` and the methods built on it, found by reading store/), never
  import a function of store/ that writes, and never name ``Tx``.

Modules that break a rule today are listed in ``ALLOWED_TODAY``; each entry goes when
the branch that reworks that module is merged (test_allow_list_is_not_stale says when).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "pmo_desktop"
ROOT = PKG.parent
# Lowest first. A layer may import itself and any layer below it.
ORDER = ("domain", "store", "importing", "reports", "exporting", "operations", "ui", "cli")
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "importing": {"domain", "store", "importing"},
    "reports": {"domain", "store", "reports"},
    "exporting": {"domain", "store", "exporting"},
    "operations": {"domain", "store", "importing", "reports", "exporting", "operations"},
    "ui": {"domain", "store", "importing", "reports", "exporting", "operations", "ui"},
    # cli.py is the launcher too: it opens the app (ui/) when given no command.
    "cli": {"domain", "store", "importing", "reports", "exporting", "operations", "ui"},
}
SQL_MODULES = {"sqlite3", "sqlite_utils"}
RULES = ("layer", "qt", "sqlite", "cli-import", "sql-text", "connection", "store-write")

# Where a rule is broken today (issue 11 removes each; the lead empties this list at
# merge, as the branches that rework these modules land). Keyed by module and rule, not
# by line, so an offender cannot spread inside its module unseen: a new kind of breach
# in a listed module, or any breach in another, still fails.
ALLOWED_TODAY: dict[tuple[str, str], str] = {
    # Empty since issue 11 landed: every module keeps every rule. An entry here needs a
    # reason and the issue that removes it.
}


@dataclass(frozen=True)
class Finding:
    module: str  # path from the checkout, e.g. pmo_desktop/ui/commands.py
    line: int
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.text} [{self.rule}]"


# -- what the code says ----------------------------------------------------------------

def _layer(module: str) -> str | None:
    parts = Path(module).parts[1:]  # below pmo_desktop/
    if parts == ("cli.py",):  # before the command line became the cli/ package
        return "cli"
    return parts[0] if len(parts) > 1 and parts[0] in ORDER else None


def _imports(nodes: list[ast.AST], module: str) -> list[tuple[str, list[str], int]]:
    """(module imported, names taken from it, line) for each import statement."""
    out: list[tuple[str, list[str], int]] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            out += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [alias.name for alias in node.names]
            if node.level:  # relative import: resolve against the module's package
                parts = Path(module).with_suffix("").parts[:-node.level]
                base = ".".join(parts)
                out.append((f"{base}.{node.module}" if node.module else base, names,
                            node.lineno))
            else:
                out.append((node.module or "", names, node.lineno))
    return out


def _name(node: ast.AST) -> str:
    """The last name of ``a.b.store`` / ``store`` ('' for anything else)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_store(node: ast.AST) -> bool:
    """An expression that names a store: ``store``, ``self.store``, ``ctx.store``…"""
    return re.search(r"(^|_)store$", _name(node)) is not None


SQL = re.compile(r"""
    \bSELECT\b | \bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\b | \bUPDATE\s+\S+\s+SET\b
  | \bDELETE\s+FROM\b | \b(?:CREATE|DROP|ALTER)\s+(?:TEMP\s+|UNIQUE\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)\b
  | \bPRAGMA\b | \bBEGIN\s+(?:IMMEDIATE|EXCLUSIVE|DEFERRED|TRANSACTION)\b | \bCOMMIT\b
  | \bROLLBACK\b | \bSAVEPOINT\b | \bWHERE\b | \b(?:ORDER|GROUP)\s+BY\b | \bJOIN\b
  | \bIS\s+(?:NOT\s+)?NULL\b | \bNOT\s+NULL\b | \bIN\s*\( | \bLIKE\b | \bBETWEEN\b
  | \bCOALESCE\( | \bCOUNT\( | \bCAST\( | \bON\s+DELETE\b | \bPRIMARY\s+KEY\b
  | \bREFERENCES\b | \bLIMIT\s+\d | =\s*\?
""", re.VERBOSE)


def _strings(nodes: list[ast.AST]) -> list[tuple[int, str]]:
    """Every string literal but docstrings; an f-string as its text with ``{}`` holes."""
    inner: set[int] = set()
    docs: set[int] = set()
    for node in nodes:
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
        elif isinstance(node, ast.JoinedStr):
            inner.update(id(v) for v in node.values)
    out: list[tuple[int, str]] = []
    for node in nodes:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in inner and id(node) not in docs:
                out.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            out.append((node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}"
                                             for v in node.values)))
    return out


def _write_facts(node: ast.AST) -> tuple[bool, set[str]]:
    """(whether code opens a write transaction itself — ``<store>.write(``, ``self.write(``,
    ``<x>.db.atomic(`` — or names ``Tx``; the names it calls)."""
    opens, calls = False, set()
    for sub in ast.walk(node):
        if isinstance(sub, (ast.Name, ast.Attribute)) and _name(sub) == "Tx":
            opens = True
        elif isinstance(sub, ast.Call):
            f = sub.func
            if isinstance(f, ast.Attribute) and f.attr == "write":
                opens = opens or _is_store(f.value) or _name(f.value) == "self"
            elif isinstance(f, ast.Attribute) and f.attr == "atomic":
                opens = opens or _name(f.value) == "db"
            else:
                calls.add(_name(f))
    return opens, calls


def write_paths(*dirs: Path) -> tuple[set[str], set[str]]:
    """(methods of ``Store`` that write, module-level names that write), read from the
    code of ``dirs`` (store/, importing/, reports/): whatever opens a write transaction,
    and whatever calls those (by name), to a fixed point."""
    defs: list[tuple[str, bool, bool, set[str]]] = []  # name, Store method?, opens, calls
    classes: set[str] = set()
    for path in sorted(p for d in dirs for p in d.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == "Store":  # by its methods
                defs += [(m.name, True, *_write_facts(m))
                         for m in node.body if isinstance(m, ast.FunctionDef)]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                defs.append((node.name, False, *_write_facts(node)))
                if isinstance(node, ast.ClassDef):
                    classes.add(node.name)
    writers = {"Tx"} | {name for name, _m, opens, _c in defs if opens}
    while True:
        # A Store method that only constructs a helper class (reading_copy builds its
        # Transactions) does not write by that; a function that does (build_demo runs a
        # DemoBuilder) is followed, since the class is there to write.
        more = {name for name, is_method, _o, calls in defs if name not in writers
                and not name.startswith("__")
                and (calls & writers) - (classes if is_method else set())}
        if not more:
            break
        writers |= more
    methods = {name for name, is_method, _o, _c in defs if is_method and name in writers}
    functions = {name for name, is_method, _o, _c in defs if not is_method and name in writers}
    return methods | {"write"}, functions | {"Tx"}


WRITING_LAYERS = ("store", "importing", "reports")


def _root(node: ast.AST) -> str:
    """``a`` of ``a.b.c``."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _module_aliases(nodes: list[ast.AST]) -> set[str]:
    """Names bound to our modules below operations/ (``from pmo_desktop.store import
    periods``, ``import pmo_desktop.store.periods as P``)."""
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            out |= {a.asname for a in node.names
                    if a.asname and a.name.split(".")[1:2] and
                    a.name.split(".")[1] in WRITING_LAYERS}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            parts = node.module.split(".")
            if parts[0] == "pmo_desktop" and (len(parts) == 1 or parts[1] in WRITING_LAYERS):
                out |= {a.asname or a.name for a in node.names}
    return out


def scan(source: str, module: str, writes: tuple[set[str], set[str]]) -> list[Finding]:
    """What ``source``, the text of ``module`` (e.g. ``pmo_desktop/ui/x.py``), breaks."""
    nodes = list(ast.walk(ast.parse(source, module)))
    layer = _layer(module)
    found: list[Finding] = []

    def add(line: int, rule: str, text: str) -> None:
        found.append(Finding(module, line, rule, text))

    for name, names, line in _imports(nodes, module):
        top = name.split(".")[0]
        if top == "PySide6" and layer != "ui":
            add(line, "qt", f"imports {name}: only ui/ may import Qt")
        if top in SQL_MODULES and layer != "store":
            add(line, "sqlite", f"imports {name}: only store/ may touch SQLite")
        if top != "pmo_desktop":
            continue
        parts = name.split(".")
        target = parts[1] if len(parts) > 1 else ""
        if (target == "cli" or "cli" in names and len(parts) == 1) and layer != "cli":
            add(line, "cli-import", f"imports {name}: nothing imports the CLI")
        if target in ALLOWED and target != "cli" and layer is not None \
                and target not in ALLOWED[layer]:
            add(line, "layer", f"imports {name}: {layer}/ may not import {target}/ "
                               f"(it is above it)")
        if layer is None and target in ALLOWED and target != "cli":
            add(line, "layer", f"imports {name}: a top-level helper module imports no layer")
        if layer in ("cli", "ui") and target in WRITING_LAYERS:
            bad = sorted(set(names) & writes[1])
            if bad:
                add(line, "store-write", f"imports {', '.join(bad)} from {name}: cli.py and "
                                         "ui/ change data only through operations/")

    if layer != "store":
        for line, text in _strings(nodes):
            m = SQL.search(text)
            if m:
                add(line, "sql-text", f"string reads as SQL ({m.group(0).strip()!r} in "
                                      f"{text.strip()[:60]!r}): only store/ writes SQL")
        for node in nodes:
            if isinstance(node, ast.Attribute) and (
                    node.attr == "conn" or node.attr in ("db", "reader")
                    and _is_store(node.value)):
                add(node.lineno, "connection",
                    f"touches {ast.unparse(node)}: only store/ sees a connection")

    if layer in ("cli", "ui"):
        methods, functions = writes
        modules = {"pmo_desktop"} | _module_aliases(nodes)
        for node in nodes:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                    node.func.attr in methods and _is_store(node.func.value)
                    or node.func.attr in functions and _root(node.func) in modules):
                add(node.lineno, "store-write", f"calls {ast.unparse(node.func)}(): cli.py "
                                                "and ui/ change data only through operations/")
            elif isinstance(node, (ast.Name, ast.Attribute)) and _name(node) == "Tx":
                add(node.lineno, "store-write", "names Tx: cli.py and ui/ change data only "
                                                "through operations/")
    return found


# -- the checks ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def writes() -> tuple[set[str], set[str]]:
    return write_paths(*(PKG / d for d in WRITING_LAYERS))


@pytest.fixture(scope="module")
def findings(writes) -> list[Finding]:
    modules = sorted(PKG.rglob("*.py"))
    assert len(modules) > 20
    out: list[Finding] = []
    for path in modules:
        out += scan(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix(),
                    writes)
    return out


@pytest.mark.parametrize("rule", RULES)
def test_every_module_keeps_to_the_rule(findings, rule):
    broken = [str(f) for f in findings
              if f.rule == rule and (f.module, rule) not in ALLOWED_TODAY]
    assert broken == [], f"{len(broken)} breach(es) of '{rule}':\n" + "\n".join(broken)


def test_allow_list_is_not_stale(findings):
    seen = {(f.module, f.rule) for f in findings}
    stale = sorted(f"{m} [{r}]" for m, r in ALLOWED_TODAY if (m, r) not in seen)
    assert stale == [], ("these modules keep to the rule now; remove them from "
                         "ALLOWED_TODAY:\n" + "\n".join(stale))
    assert all(r in RULES for _m, r in ALLOWED_TODAY)


def test_write_paths_are_read_from_the_code(writes):
    methods, functions = writes
    assert {"write", "set_settings", "save_mapping_profile"} <= methods
    assert not {"query", "rows", "get", "settings", "counts"} & methods
    assert {"close_period", "reopen_period", "build_demo", "Tx", "apply_plan",
            "undo_import", "record_pack"} <= functions
    assert not {"open_store", "as_of_date", "portfolio_status", "read_workbook",
                "find_tables", "list_batches"} & functions


# -- the checker sees each kind of breach ------------------------------------------------

WRITES = ({"write", "set_settings"}, {"Tx", "close_period"})


def _rules(source: str, module: str) -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in scan(source, module, WRITES)]


def test_the_checker_sees_imports_against_the_direction():
    probe = ("import PySide6\n"
             "from pmo_desktop.ui.app import run_app\n"
             "import sqlite3\n"
             "from pmo_desktop import cli\n"
             "from ..store import Store\n")
    assert _rules(probe, "pmo_desktop/operations/probe.py") == [
        (1, "qt"), (2, "layer"), (3, "sqlite"), (4, "cli-import")]
    assert _rules(probe, "pmo_desktop/store/probe.py") == [
        (1, "qt"), (2, "layer"), (4, "cli-import")]
    assert _rules("from pmo_desktop.operations import Result\n",
                  "pmo_desktop/importing/probe.py") == [(1, "layer")]
    assert _rules("from pmo_desktop.operations import Result\nfrom ...domain import rag\n",
                  "pmo_desktop/ui/x/probe.py") == []
    assert _rules("from pmo_desktop.domain import rag\n", "pmo_desktop/helper.py") == [
        (1, "layer")]
    # The cli/ package's modules import each other; nothing else imports them.
    assert _rules("from .common import UserError\nfrom pmo_desktop.ui.app import run_app\n",
                  "pmo_desktop/cli/parser.py") == []
    assert _rules("from pmo_desktop.cli.common import UserError\n",
                  "pmo_desktop/ui/probe.py") == [(1, "cli-import")]


def test_the_checker_sees_sql_and_connections_outside_the_store():
    probe = ('"""Runs SELECT x FROM t (a docstring is not SQL)."""\n'
             'rows = store.query("SELECT COUNT(*) FROM project")\n'
             'where = f"{column} = ?"\n'
             'label = "Update status and RAG"\n'
             'fresh = model.reload(f"p.id IN ({ids})")\n'
             'data = dashboard(self.ctx.store.db)\n'
             'conn = reader.conn\n'
             'path = args.db\n')
    expected = [(2, "sql-text"), (3, "sql-text"), (5, "sql-text"), (6, "connection"),
                (7, "connection")]
    assert sorted(_rules(probe, "pmo_desktop/ui/probe.py")) == expected
    assert _rules(probe, "pmo_desktop/store/probe.py") == []


def test_the_checker_sees_writes_that_bypass_operations():
    probe = ("from pmo_desktop.store import Tx\n"
             "from pmo_desktop.store.periods import close_period, periods\n"
             "with self.ctx.store.write('ui') as tx:\n"
             "    store.set_settings({})\n"
             "store.rows('project')\n"
             "out.write('text')\n"
             "from pmo_desktop.store import periods as P\n"
             "import pmo_desktop.store.periods\n"
             "P.close_period(store)\n"
             "pmo_desktop.store.periods.close_period(store)\n"
             "P.periods(store)\n"
             "calendar.close_period()\n")
    expected = [(1, "store-write"), (2, "store-write"), (3, "store-write"),
                (4, "store-write"), (9, "store-write"), (10, "store-write")]
    assert sorted(_rules(probe, "pmo_desktop/cli.py")) == expected
    assert sorted(_rules(probe, "pmo_desktop/ui/x/probe.py")) == expected
    assert _rules(probe, "pmo_desktop/operations/probe.py") == []


def test_a_finding_names_file_line_and_rule():
    (f,) = scan("import sqlite3\n", "pmo_desktop/ui/probe.py", WRITES)
    assert str(f) == ("pmo_desktop/ui/probe.py:1: imports sqlite3: only store/ may touch "
                      "SQLite [sqlite]")
