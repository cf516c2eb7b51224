"""The import pipeline's steps do not reach back: each module imports only the modules
of its own step and of the steps before it (the picture in importing/__init__.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pmo_desktop.importing as importing

PACKAGE = Path(importing.__file__).parent

STEPS = {
    "read": {"book", "read", "xlsxparts", "csvtext", "extent", "mspdi", "mpp",
             "mppjava", "timeline", "timelinedates", "timelinebars", "xlsxfills"},
    "tables": {"region", "headercells", "headerstack", "sidebyside", "rowkinds", "tables"},
    "values": {"cellvalue", "dates", "numbers", "ratings", "choices", "values", "predecessors"},
    "columns": {"detected", "headers", "fields", "columns", "plandetect", "doubt", "template",
                "formwords", "formpairs", "form", "budgetlines",
                "resourcegrid", "intakedetect", "widecols", "columnmatch", "restartrefs",
                "markedscale", "joinedtables", "siblings"},
    "parse": {"parsed", "parse", "colparse", "units", "intakeparse", "rowcontinue"},
    "plan": {"planned", "plancontext", "planrows", "builder", "plan", "taskrows", "planstored",
             "planlinks", "rollup", "resourcerows", "intake", "budgetplan", "projectmerge",
             "milestonenames"},
    "apply": {"apply"},
    "api": {"api"},
}
COMMON = {"vocab", "headerwords", "headerwords_it", "headerwords_nl", "headerwords_nordic", "headerwords_pl", "headerwords_fi", "headerwords_tr", "headerwords_hu", "headerwords_ja", "headerwords_ro", "headerwords_el", "headerwords_ru", "headerwords_cs", "headerwords_de",
          "headerwords_es", "headerwords_pt", "headerwords_fr",
          "headerwords_intake", "headerwords_benefit", "headerwords_stakeholder", "languages", "headerwords_ar",
          "headerwords_he", "headerwords_ko", "headerwords_vi", "headerwords_id",
          "headerwords_lt", "headerwords_lv", "headerwords_et", "headerwords_hr",
          "headerwords_sl", "headerwords_sk", "headerwords_ca", "headerwords_th",
          "headerwords_zh", "headerwords_sw", "headerwords_bn",
          "gcpause", "fuzzy", "hanzi"}
BEFORE = {  # the steps each step may use besides its own
    "read": set(),
    "tables": {"read"},
    "values": set(),
    "columns": {"read", "tables", "values"},
    "parse": {"read", "tables", "values", "columns"},
    "plan": {"read", "columns", "parse"},
    "apply": {"plan"},
    "api": set(STEPS),
}
# The planner is given parsed rows: only ``plan`` runs the parse step; the others see
# its outcome (``parsed``), the tables they plan (``detected``) and a column's letter.
PLANNER_MAY_USE = {"parsed", "detected", "book"}
STEP_OF = {m: step for step, mods in STEPS.items() for m in mods}


def imports_of(module: str) -> set[str]:
    """The importing modules ``module`` imports, at the top or inside a function."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                out.add(node.module.split(".")[0])
            elif node.level == 1:  # from . import values as V
                out.update(a.name for a in node.names)
            elif node.module and node.module.startswith("pmo_desktop.importing."):
                out.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[2] for a in node.names
                       if a.name.startswith("pmo_desktop.importing."))
    return out - {module}


def test_every_module_of_the_package_has_a_step():
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules - COMMON == set(STEP_OF), "place new importing modules in STEPS"


def test_no_step_reaches_back():
    wrong = []
    for module, step in STEP_OF.items():
        allowed = STEPS[step] | COMMON | {m for s in BEFORE[step] for m in STEPS[s]}
        if step == "plan" and module != "plan":
            allowed = (STEPS["plan"] - {"plan"}) | COMMON | PLANNER_MAY_USE
        wrong += [f"{module} ({step}) imports {m} ({STEP_OF.get(m)})"
                  for m in sorted(imports_of(module) - allowed)]
    assert not wrong, wrong


def test_the_shared_modules_import_no_step():
    for module in COMMON:
        assert not imports_of(module) & set(STEP_OF), module


def test_the_rule_would_catch_a_step_reaching_back(tmp_path, monkeypatch):
    # the check reads the real source: a planner module importing the values step, or
    # the values step importing the planner, is named
    for name in STEP_OF:
        (tmp_path / f"{name}.py").write_text((PACKAGE / f"{name}.py").read_text("utf-8"),
                                             encoding="utf-8")
    for name in COMMON:
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    (tmp_path / "builder.py").write_text("from . import values as V\n", encoding="utf-8")
    (tmp_path / "numbers.py").write_text("from .plan import Plan\n", encoding="utf-8")
    monkeypatch.setitem(globals(), "PACKAGE", tmp_path)
    try:
        test_no_step_reaches_back()
    except AssertionError as exc:
        text = str(exc)
    else:
        raise AssertionError("a step reaching back went unnoticed")
    assert "builder (plan) imports values (values)" in text
    assert "numbers (values) imports plan (plan)" in text
