"""The command line edits every register by key: fields, list, add, edit, delete, history
and undo (issue 12's contract: names, options and JSON shapes), over a real demo file."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pmo_desktop.cli import main
from pmo_desktop.operations.fields import field_specs
from pmo_desktop.store import ENTITIES

ROOT = Path(__file__).resolve().parent.parent
RAID_CLOSED = {"risk": "closed", "issue": "closed", "assumption": "closed",
               "dependency": "delivered", "decision": "deferred", "action": "done"}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli_records") / "demo.pmo"
    assert main(["demo", "--db", str(path), "--projects", "8", "--as-of", "2026-11-21"]) == 0
    return path


@pytest.fixture
def db(template, tmp_path, capsys):
    path = tmp_path / "demo.pmo"
    shutil.copy(template, path)
    capsys.readouterr()
    return str(path)


def _run(capsys, *argv):
    """Run one command in-process: (exit code, JSON or text out, stderr)."""
    code = main(list(argv))
    out = capsys.readouterr()
    text = out.out
    if "--json" in argv and code == 0:
        text = json.loads(text)
    return code, text, out.err


def _ok(capsys, *argv):
    code, out, err = _run(capsys, *argv)
    assert code == 0, err
    return out


def _sql(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _first(db, sql):
    return _sql(db, sql)[0][0]


def _item(capsys, db, entity, key):
    items = _ok(capsys, "list", entity, "--db", db, "--json")["items"]
    found = [i for i in items if i["key"] == key]
    return found[0] if found else None


# entity → (--project, add's FIELD=VALUE, edit's FIELD=VALUE, the field edited and its
# stored new value). Names of people, roles and programmes are the demo's own.
def _cases(db):
    resource = _first(db, "SELECT name FROM resource ORDER BY id LIMIT 1")
    role = _first(db, "SELECT name FROM role ORDER BY id LIMIT 1")
    programme = _first(db, "SELECT name FROM programme ORDER BY id LIMIT 1")
    return {
        "programme": (None, ["name=PMO Tools", "sro=Ann Lee"], ["sro=Bo Ray"], "sro", "Bo Ray"),
        "project": (None, ["code=NEW-1", "name=New", f"programme={programme}", "bac=£1.2m"],
                    ["pct_complete=80%"], "pct_complete", 0.8),
        "milestone": ("DCX-101", ["name=Cutover", "baseline_date=15/03/2027", "critical=yes"],
                      ["forecast_date=2027-04-01"], "forecast_date", "2027-04-01"),
        "financial": ("DCX-101", ["period=2030-01", "planned=£10k"], ["actual=12,000"],
                      "actual", 12000.0),
        "role": (None, ["name=Architect", "target_utilisation=80%"],
                 ["target_utilisation=75%"], "target_utilisation", 0.75),
        "resource": (None, ["name=Zed Quinn", f"role={role}", "fte=1"], ["team=Platform"],
                     "team", "Platform"),
        "capacity": (None, [f"resource={resource}", "period=2030-01", "hours=150"],
                     ["hours=140"], "hours", 140.0),
        "allocation": ("DCX-101", [f"resource={resource}", "period=2030-01", "hours=40"],
                       ["hours=20"], "hours", 20.0),
        **{raid: ("DCX-101", ["title=Raised at the board", "owner=Mia Evans"],
                  [f"status={status.title()}"], "status", status)
           for raid, status in RAID_CLOSED.items()},
        "change_request": ("DCX-101", ["title=More scope", "impact_cost=£5k"],
                           ["status=Submitted"], "status", "submitted"),
        "lesson": ("DCX-101", ["title=Plan UAT early"], ["status=closed"], "status", "closed"),
        "task": ("DCX-101", ["name=Design", "start_forecast=01/02/2030",
                             "finish_forecast=28/02/2030", "duration_days=20"],
                 ["pct_complete=50%"], "pct_complete", 0.5),
        # strategy, demand and governance (issue 17), over the demo's own objectives,
        # criteria and benefits
        "objective": (None, ["code=OBJ-9", "name=Open new markets", "weight=10%"],
                      ["weight=15%"], "weight", 0.15),
        "contribution": (None, ["objective=OBJ-6", "item=DCX-101", "level=low"],
                         ["level=Strong"], "level", "strong"),
        "criterion": (None, ["name=Customer impact", "weight=0%"], ["direction=reverse"],
                      "direction", "reverse"),
        "score": (None, ["criterion=Strategic alignment", "item=PRO-006", "value=3"],
                  ["value=4"], "value", 4),
        "proposal": (None, ["code=PRO-900", "name=Chatbot", "status=idea",
                            "estimated_cost=£90k"], ["status=Submitted"], "status",
                     "submitted"),
        "gate": ("DCX-101", ["gate_code=Gate 5", "planned_date=2030-01-01"],
                 ["decision=GO"], "decision", "go"),
        "benefit": (None, ["ref=BEN-900", "title=Fewer complaints", "owner=COO"],
                    ["target_value=50"], "target_value", 50),
        "benefit_actual": (None, ["benefit=BEN-001", "actual_date=2030-01-31", "value=12"],
                           ["value=14"], "value", 14),
        "stakeholder": (None, ["name=Jo Bloggs", "power=2", "interest=4"], ["interest=5"],
                        "interest", 5),
    }


EDITABLE = [e for e in ENTITIES if e != "baseline"]


def test_every_editable_entity_has_a_case(db):
    assert set(_cases(db)) == set(EDITABLE)


@pytest.mark.parametrize("entity", EDITABLE)
def test_add_edit_delete_and_undo_each_of_them(entity, db, capsys):
    project, add, edit, field, stored = _cases(db)[entity]
    before = _sql(db, "SELECT COUNT(*) FROM change_log")[0][0]
    where = ["--project", project] if project else []
    added = _ok(capsys, "add", entity, "--db", db, *where, *add, "--json")
    assert set(added) == {"key", "batch", "changes"} and isinstance(added["batch"], int)
    assert all(set(c) == {"field", "old", "new"} and c["old"] is None
               for c in added["changes"])
    typed = {pair.split("=", 1)[0] for pair in add}
    assert typed <= {c["field"] for c in added["changes"]}
    key = added["key"]
    if "ref" in ENTITIES[entity].key and ENTITIES[entity].parent:  # a missing ref is assigned
        ref = next(c["new"] for c in added["changes"] if c["field"] == "ref")
        assert key == f"DCX-101/{ref}" and ref[-1].isdigit()
    assert _item(capsys, db, entity, key) is not None

    edited = _ok(capsys, "edit", entity, key, "--db", db, *edit, "--json")
    assert edited["key"] == key and edited["batch"] == added["batch"] + 1
    (change,) = edited["changes"]
    assert change["field"] == field and change["new"] == pytest.approx(stored)
    assert _item(capsys, db, entity, key)[field] == pytest.approx(stored)

    history = _ok(capsys, "history", "--db", db, "--json")["batches"]
    assert [b["batch"] for b in history[:2]] == [edited["batch"], added["batch"]]
    assert all(b["source"] == "cli" for b in history[:2])
    assert history[0]["summary"].startswith(f"edit {entity.replace('_', ' ')} {key}: {field}")

    undone = _ok(capsys, "undo", str(edited["batch"]), "--db", db, "--json")
    assert undone["undone"] is True and undone["updated"] == 1
    assert _item(capsys, db, entity, key)[field] == pytest.approx(change["old"])

    deleted = _ok(capsys, "delete", entity, key, "--db", db, "--json")
    assert deleted == {"key": key, "batch": edited["batch"] + 1, "deleted": {entity: 1}}
    assert _item(capsys, db, entity, key) is None
    _ok(capsys, "undo", str(deleted["batch"]), "--db", db)
    assert _item(capsys, db, entity, key) is not None
    _ok(capsys, "undo", str(added["batch"]), "--db", db)  # the add, undone last
    assert _item(capsys, db, entity, key) is None
    assert _sql(db, "SELECT COUNT(*) FROM change_log")[0][0] > before


def test_add_prints_what_it_wrote_and_how_to_undo_it(db, capsys):
    out = _ok(capsys, "add", "risk", "--db", db, "--project", "DCX-101",
              "title=Vendor slips", "probability=High", "expected_value=£1.2m",
              "due_date=15/03/2027")
    lines = out.splitlines()
    assert lines[0].startswith("Added risk DCX-101/R-") and "'pmo-desktop undo " in lines[0]
    assert "  expected_value: £1,200,000" in lines and "  due_date: 2027-03-15" in lines
    batch = int(lines[0].split("(batch ")[1].split(";")[0])
    assert _sql(db, "SELECT source, file_name FROM import_batch WHERE id = ?", batch) == [
        ("cli", f"add risk {lines[0].split()[2]}")]
    assert {r[0] for r in _sql(db, "SELECT DISTINCT batch_id FROM change_log "
                                   "WHERE batch_id IS NOT NULL")} == {batch}


def test_edit_reports_old_and_new_by_typed_name_and_links_by_name(db, capsys):
    programmes = [r[0] for r in _sql(db, "SELECT name FROM programme ORDER BY name")]
    current = _item(capsys, db, "project", "DCX-101")["programme"]
    other = next(p for p in programmes if p != current)
    data = _ok(capsys, "edit", "project", "DCX-101", "--db", db, f"programme={other}",
               "bac=£1.3m", "--json")
    assert data["changes"] == [
        {"field": "programme", "old": current, "new": other},
        {"field": "bac", "old": 891000.0, "new": 1300000.0},
    ]
    text = _ok(capsys, "edit", "project", "DCX-101", "--db", db, "pct_complete=70%")
    assert "  pct_complete: 15% → 70%" in text.splitlines()


def test_an_edit_that_changes_nothing_writes_nothing_and_says_so(db, capsys):
    status = _item(capsys, db, "risk", "DCX-101/R-001")["status"]
    log = _sql(db, "SELECT COUNT(*) FROM change_log")
    data = _ok(capsys, "edit", "risk", "DCX-101/R-001", "--db", db, f"status={status}",
               "--json")
    assert data == {"key": "DCX-101/R-001", "batch": None, "changes": []}
    assert _sql(db, "SELECT COUNT(*) FROM import_batch") == [(0,)]
    assert _sql(db, "SELECT COUNT(*) FROM change_log") == log
    text = _ok(capsys, "edit", "risk", "DCX-101/R-001", "--db", db, f"status={status}")
    assert text == "Nothing changed: risk DCX-101/R-001 already has these values.\n"


def test_options_may_come_between_the_key_and_the_values(db, capsys):
    data = _ok(capsys, "edit", "risk", "--db", db, "DCX-101/R-001", "--json", "impact=2",
               "owner=Kai Mensah")
    assert [c["field"] for c in data["changes"]] == ["owner", "impact"]


def test_delete_counts_what_goes_with_a_project(db, capsys):
    children = {name: n for name, n in _sql(
        db, "SELECT type, COUNT(*) FROM raid_item WHERE project_id = 1 GROUP BY type")}
    for table in ("milestone", "financial", "allocation", "change_request", "lesson", "task",
                  "gate"):
        children[table] = _first(db, f"SELECT COUNT(*) FROM {table} WHERE project_id = 1")
    data = _ok(capsys, "delete", "project", "DCX-101", "--db", db, "--json")
    assert list(data["deleted"])[0] == "project" and data["deleted"]["project"] == 1
    assert {k: n for k, n in children.items() if n} == {
        k: n for k, n in data["deleted"].items() if k not in ("project", "baseline")}
    assert _first(db, "SELECT COUNT(*) FROM raid_item WHERE project_id = 1") == 0
    out = _ok(capsys, "undo", str(data["batch"]), "--db", db)
    assert out.startswith(f"Batch {data['batch']} undone (delete project DCX-101 with ")
    assert _item(capsys, db, "project", "DCX-101") is not None


def test_keys_with_a_slash_in_a_name_and_typed_periods(db, capsys):
    _ok(capsys, "add", "milestone", "--db", db, "--project", "DCX-101", "name=Design/build")
    data = _ok(capsys, "edit", "milestone", "DCX-101/Design/build", "--db", db,
               "critical=yes", "--json")
    assert data["key"] == "DCX-101/Design/build" and data["changes"][0]["new"] == 1
    period = _first(db, "SELECT period FROM financial WHERE project_id = 1 ORDER BY period")
    year, month = period.split("-")
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    typed = f"DCX-101/{names[int(month) - 1]} {year}"  # "Jul 2026" names the month
    data = _ok(capsys, "edit", "financial", typed, "--db", db, "forecast=1", "--json")
    assert data["key"] == f"DCX-101/{period}"


def test_list_gives_every_catalogue_field_with_links_by_name(db, capsys):
    items = _ok(capsys, "list", "allocation", "--db", db, "--project", "DCX-101",
                "--json")["items"]
    names = ["key", "project", *(s.name for s in field_specs("allocation"))]
    assert items and all(list(i) == names for i in items)
    row = _sql(db, "SELECT r.name, a.period, a.hours FROM allocation a JOIN resource r"
                   " ON r.id = a.resource_id WHERE a.project_id = 1 ORDER BY r.name, a.period"
                   " LIMIT 1")[0]
    assert items[0]["key"] == f"{row[0]}/DCX-101/{row[1]}"
    assert (items[0]["resource"], items[0]["project"], items[0]["hours"]) == (
        row[0], "DCX-101", row[2])
    assert len(items) == _first(db, "SELECT COUNT(*) FROM allocation WHERE project_id = 1")
    every = _ok(capsys, "list", "risk", "--db", db, "--json")["items"]
    assert len(every) == _first(db, "SELECT COUNT(*) FROM raid_item WHERE type = 'risk'")
    text = _ok(capsys, "list", "risk", "--db", db, "--project", "DCX-101")
    assert text.splitlines()[0].split()[:3] == ["Key", "title", "status"]
    mine = [i for i in every if i["project"] == "DCX-101"]
    assert text.splitlines()[-1] == f"{len(mine)} risks" and len(mine) > 1
    assert all(len(line) <= 99 for line in text.splitlines())


def test_fields_lists_kinds_and_allowed_values(capsys):
    data = _ok(capsys, "fields", "risk", "--json")
    assert data["entity"] == "risk" and data["key"] == "PROJECT/REF" and data["project"]
    by_name = {f["name"]: f for f in data["fields"]}
    assert by_name["status"]["choices"] == ["draft", "open", "monitoring", "materialised",
                                            "closed"]
    assert by_name["impact"]["kind"] == "scale" and by_name["ref"]["key"] is True
    text = _ok(capsys, "fields", "capacity")
    assert text.splitlines()[0] == "capacity: named RESOURCE/PERIOD"
    assert any(line.split()[:3] == ["resource", "link", "→"] for line in text.splitlines())


def _digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.parametrize("argv,message", [
    (["edit", "risk", "DCX-101/R-099", "status=open"],
     "there is no risk 'DCX-101/R-099' in this portfolio (a risk is named PROJECT/REF)."),
    (["edit", "risk", "DCX-101", "status=open"],
     "'DCX-101' is not a risk key: a risk is named PROJECT/REF."),
    (["edit", "risks", "DCX-101/R-001", "status=open"], "'risks' is not an entity;"),
    (["edit", "risk", "DCX-101/R-001", "impact=9"],
     "impact: '9' is not a 1–5 rating (allowed: 1 to 5, or Low, Medium, High)."),
    (["edit", "risk", "DCX-101/R-001", "status=zzz"],
     "status: 'zzz' is not one of: draft, open, monitoring, materialised, closed"),
    (["edit", "risk", "DCX-101/R-001", "due_date=someday"],
     "due_date: 'someday' is not a date (allowed: a date such as 2027-03-15 or 15/03/2027)."),
    (["edit", "risk", "DCX-101/R-001", "colour=red"], "risk has no field 'colour'; its fields"),
    (["edit", "risk", "DCX-101/R-001", "title="], "title is required."),
    (["edit", "risk", "DCX-101/R-001", "status"], "'status' is not FIELD=VALUE"),
    (["edit", "risk", "DCX-101/R-001", "impact=2", "impact=3"], "impact is given twice."),
    (["edit", "risk", "DCX-101/R-001"], "nothing to change: give FIELD=VALUE"),
    (["edit", "project", "DCX-101", "programme=Nope"],
     "there is no programme 'Nope' in this portfolio."),
    (["edit", "project", "DCX-101", "finish_baseline=2020-01-01"],
     "finish_baseline is before start baseline."),
    (["edit", "project", "DCX-101", "code=DCX-102"], "project DCX-102 already exists."),
    (["add", "risk", "--project", "NOPE", "title=x"], "there is no project 'NOPE'"),
    (["add", "risk", "title=x"], "a risk belongs to a project: name it (--project CODE)."),
    (["add", "role", "--project", "DCX-101", "name=x"], "a role does not belong to a project"),
    (["add", "project", "name=x"], "code is required."),
    (["add", "project", "code=DCX-101", "name=x"], "project DCX-101 already exists."),
    (["add", "risk", "--project", "DCX-101", "ref=R-001", "title=x"],
     "risk DCX-101/R-001 already exists."),
    (["delete", "baseline", "DCX-101/0"], "a baseline is written when a change request is"),
    (["delete", "resource", "Nobody Here"], "there is no resource 'Nobody Here'"),
    (["list", "change_log"], "'change_log' is not an entity"),
    (["list", "role", "--project", "DCX-101"], "a role does not belong to a project"),
    (["undo", "99"], "There is no import batch 99."),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(argv, message, db, capsys):
    digest = _digest(db)
    code, out, err = _run(capsys, *argv[:2], "--db", db, *argv[2:], "--json")
    assert code == 2 and out == ""
    assert err.startswith(f"pmo-desktop: {message}") and err.count("\n") == 1, err
    assert _digest(db) == digest


def test_undo_refuses_a_batch_a_later_edit_depends_on(db, capsys):
    first = _ok(capsys, "edit", "risk", "DCX-101/R-001", "--db", db, "impact=2", "--json")
    later = _ok(capsys, "edit", "risk", "DCX-101/R-001", "--db", db, "impact=3", "--json")
    digest = _digest(db)
    code, _out, err = _run(capsys, "undo", str(first["batch"]), "--db", db)
    assert code == 2 and err == (
        f"pmo-desktop: Batch {first['batch']} cannot be undone: later edits touched risk "
        f"DCX-101/R-001 (impact) by batch {later['batch']}, edit risk DCX-101/R-001: impact"
        f" — undo batch {later['batch']} first.\n")
    assert _digest(db) == digest
    _ok(capsys, "undo", str(later["batch"]), "--db", db)
    _ok(capsys, "undo", str(first["batch"]), "--db", db)
    code, _out, err = _run(capsys, "undo", str(first["batch"]), "--db", db)
    assert code == 2 and err.startswith(f"pmo-desktop: Batch {first['batch']} was already "
                                        "undone on ")


def test_history_lists_imports_and_edits_and_undo_import_stays_an_alias(db, capsys):
    tracker = ROOT.parent / "shared" / "fixtures" / "S02_risk_register.xlsx"
    imported = _ok(capsys, "import", str(tracker), "--db", db, "--project", "DCX-101",
                   "--json")
    edit = _ok(capsys, "edit", "project", "DCX-101", "--db", db, "summary=Board asked.",
               "--json")
    batches = _ok(capsys, "history", "--db", db, "--json")["batches"]
    assert all(set(b) == {"batch", "source", "at", "summary"} for b in batches)
    assert [(b["batch"], b["source"]) for b in batches] == [
        (edit["batch"], "cli"), (imported["batch"], "import")]
    assert batches[1]["summary"].startswith("import S02_risk_register.xlsx: ")
    assert " created" in batches[1]["summary"]
    imports = _ok(capsys, "imports", "--db", db, "--json")["batches"]
    assert [b["id"] for b in imports] == [imported["batch"]]  # imports only
    assert _ok(capsys, "undo-import", str(edit["batch"]), "--db", db) == (
        f"Import batch {edit['batch']} undone.\n")
    text = _ok(capsys, "history", "--db", db)
    assert "edit project DCX-101: summary (undone " in text
    assert text.splitlines()[-1] == "2 batches"


def test_the_commands_run_as_a_program(db):
    def run(*argv):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], cwd=ROOT,
                              capture_output=True, text=True, timeout=120, check=False)

    done = run("add", "issue", "--db", db, "--project", "DCX-101", "title=Late vendor",
               "severity=High", "--json")
    assert done.returncode == 0 and done.stderr == ""
    data = json.loads(done.stdout)
    assert data["key"].startswith("DCX-101/") and data["batch"] == 1
    bad = run("edit", "issue", data["key"], "--db", db, "status=sideways")
    assert bad.returncode == 2 and bad.stdout == "" and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("pmo-desktop: status: 'sideways' is not one of: open, ")


def test_the_new_tracker_fields_are_listed_and_edited_by_name(db, capsys):
    """Migration 10's fields (issue 14): in ``fields``, typed with ``edit`` as people
    type them (money, a priority word), and read back by ``list``."""
    kinds = {e: {f["name"]: f["kind"] for f in _ok(capsys, "fields", e, "--json")["fields"]}
             for e in ("risk", "issue", "project", "lesson", "task")}
    assert kinds["risk"]["impact_cost"] == kinds["issue"]["impact_cost"] == "money"
    assert kinds["project"]["location"] == "text" and kinds["lesson"]["owner"] == "text"
    assert kinds["task"]["priority"] == "enum"
    data = _ok(capsys, "edit", "project", "DCX-101", "--db", db, "location=Leeds", "--json")
    assert data["changes"] == [{"field": "location", "old": None, "new": "Leeds"}]
    ref = _sql(db, "SELECT r.ref FROM raid_item r JOIN project p ON p.id = r.project_id "
                   "WHERE p.code = 'DCX-101' AND r.type = 'risk' ORDER BY r.ref")[0][0]
    data = _ok(capsys, "edit", "risk", f"DCX-101/{ref}", "--db", db, "impact_cost=£25k",
               "--json")
    assert data["changes"] == [{"field": "impact_cost", "old": None, "new": 25000.0}]
    assert _item(capsys, db, "project", "DCX-101")["location"] == "Leeds"
