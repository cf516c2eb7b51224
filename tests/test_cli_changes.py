"""``pmo-desktop decide-change``: its JSON, its text, and bad input (exit 2, one line,
nothing written)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pmo_desktop.cli import main
from pmo_desktop.store import open_store

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-21"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli_changes") / "demo.pmo"
    assert main(["demo", "--db", str(path), "--projects", "10", "--as-of", AS_OF]) == 0
    with open_store(path) as store:
        with store.write("test") as tx:
            pid = tx.create("project", {"code": "CC-1", "name": "Change control",
                                        "bac": 500_000.0, "finish_baseline": "2027-06-30"})
            tx.create("milestone", {"project_id": pid, "name": "Go-live",
                                    "baseline_date": "2099-01-31"})
            for ref, status, cost, days in [("CR-001", "awaiting_decision", 40_000.0, 30),
                                            ("CR-002", "awaiting_decision", 1_000.0, 0),
                                            ("CR-003", "submitted", 0.0, 0)]:
                tx.create("change_request", {
                    "project_id": pid, "ref": ref, "title": f"Change {ref}", "status": status,
                    "impact_cost": cost, "impact_schedule_days": days})
    return path


@pytest.fixture
def db(template, tmp_path):
    path = tmp_path / "demo.pmo"
    shutil.copyfile(template, path)
    return path


def _state(path):
    with open_store(path) as store:
        return {t: store.query(f"SELECT * FROM {t} ORDER BY id")
                for t in ("change_request", "baseline", "project", "milestone", "change_log",
                          "import_batch")}


def test_approve_json(db, capsys):
    assert main(["decide-change", "CC-1/CR-001", "--db", str(db), "--approve",
                 "--by", "Portfolio Board", "--note", "Within change budget", "--json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert set(data) == {"key", "status", "baseline"}
    assert (data["key"], data["status"]) == ("CC-1/CR-001", "approved")
    b = data["baseline"]
    assert (b["version"], b["bac"], b["finish_date"]) == (1, 540_000.0, "2027-07-30")
    assert (b["approved_by"], b["reason"], b["source_cr"]) == (
        "Portfolio Board", "Within change budget", "CR-001")
    assert b["milestones_moved"] == 1
    assert "for the project board to decide" in captured.err  # 30 days: above 20
    with open_store(db) as store:
        project = store.get("project", store.project_id("CC-1"))
        assert (project["bac"], project["finish_baseline"]) == (540_000.0, "2027-07-30")


@pytest.mark.parametrize(("flag", "status"), [("--reject", "rejected"), ("--defer", "deferred")])
def test_reject_and_defer_have_no_baseline(db, capsys, flag, status):
    assert main(["decide-change", "CC-1/CR-001", "--db", str(db), flag, "--by", "Board",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"key": "CC-1/CR-001", "status": status,
                                                   "baseline": None}


def test_approve_text(db, capsys):
    assert main(["decide-change", "CC-1/CR-002", "--db", str(db), "--approve",
                 "--by", "Ann Lee"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "CC-1/CR-002: approved"
    assert "baseline version 1 (was 0): BAC 501,000.00, finish 2027-06-30" in out


@pytest.mark.parametrize(("argv", "words"), [
    (["CC-1"], "not a change request key"),
    (["XX-9/CR-001"], "no project 'XX-9'"),
    (["CC-1/CR-404"], "no change request 'CR-404'"),
    (["CC-1/CR-003"], "submitted cannot be approved"),
    (["CC-1/CR-001", "--by", " "], "who decided"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(db, capsys, argv, words):
    before = _state(db)
    args = ["decide-change", argv[0], "--db", str(db), "--approve", *argv[1:]]
    if "--by" not in argv:
        args += ["--by", "Board"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _state(db) == before


def test_decision_flags_are_one_of(db, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["decide-change", "CC-1/CR-001", "--db", str(db), "--approve", "--reject",
              "--by", "B"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["decide-change", "CC-1/CR-001", "--db", str(db), "--by", "B"])
    assert exc.value.code == 2


def test_subprocess_and_undo_of_the_batch(db):
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "decide-change", "CC-1/CR-001", "--db", str(db),
         "--approve", "--by", "Board", "--json"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["baseline"]["version"] == 1
    with open_store(db) as store:
        batch = store.query("SELECT id, file_name FROM import_batch ORDER BY id DESC")[0]
    assert batch["file_name"] == "Change request CC-1/CR-001 approved"
    assert main(["undo-import", str(batch["id"]), "--db", str(db)]) == 0
    with open_store(db) as store:
        assert not store.query("SELECT * FROM baseline WHERE source_cr = 'CR-001'")
        assert store.get("project", store.project_id("CC-1"))["bac"] == 500_000.0
