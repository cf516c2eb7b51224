"""The CLI contract: demo then info, projects, periods, exit codes and messages."""

import json
import sqlite3
import subprocess
import sys

import pytest

from pmo_desktop.cli import main
from pmo_desktop.store import SCHEMA_VERSION

INFO_KEYS = {
    "programme", "project", "status_snapshot", "milestone", "financial", "role", "resource",
    "capacity", "allocation", "risk", "issue", "assumption", "dependency", "decision", "action",
    "change_request", "baseline", "lesson", "task", "import_batch", "change_log",
}


def _json(capsys):
    out = capsys.readouterr().out
    return json.loads(out)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.pmo"
    assert main(["demo", "--db", str(path), "--as-of", "2026-11-21"]) == 0
    return path


def test_demo_then_info(demo_db, capsys):
    assert main(["info", "--db", str(demo_db), "--json"]) == 0
    data = _json(capsys)
    assert set(data) == {"schema_version", "counts"}
    assert data["schema_version"] == SCHEMA_VERSION
    counts = data["counts"]
    assert set(counts) == INFO_KEYS
    assert counts["programme"] == 5 and counts["project"] == 40
    assert 55 <= counts["resource"] <= 70
    raid = sum(counts[k] for k in ("risk", "issue", "assumption", "dependency", "decision", "action"))
    assert 170 <= raid <= 240
    assert all(counts[k] > 0 for k in ("risk", "issue", "assumption", "dependency", "decision", "action"))
    assert counts["status_snapshot"] >= 6 * 30  # six closed periods of (started) projects
    assert counts["change_request"] >= 20 and counts["lesson"] >= 15
    assert counts["change_log"] > counts["project"]
    # roles and people's monthly capacity are counted like every register
    with sqlite3.connect(demo_db) as conn:
        for table in ("role", "capacity"):
            assert counts[table] == conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            assert counts[table] > 0


def test_demo_is_deterministic(tmp_path, demo_db, capsys):
    other = tmp_path / "again.pmo"
    assert main(["demo", "--db", str(other), "--as-of", "2026-11-21"]) == 0
    capsys.readouterr()
    main(["projects", "--db", str(demo_db), "--json"])
    first = _json(capsys)
    main(["projects", "--db", str(other), "--json"])
    assert _json(capsys) == first


def test_projects_json_shape(demo_db, capsys):
    assert main(["projects", "--db", str(demo_db), "--json"]) == 0
    projects = _json(capsys)["projects"]
    assert len(projects) == 40
    for key in ("code", "name", "programme", "manager", "stage", "rag"):
        assert key in projects[0]
    assert {p["rag"] for p in projects} <= {"green", "amber", "red", None}
    assert len({p["code"] for p in projects}) == 40
    assert not any(p["name"].startswith("Project ") for p in projects)


def test_periods_and_close_period(tmp_path, demo_db, capsys):
    db = tmp_path / "p.pmo"
    db.write_bytes(demo_db.read_bytes())
    assert main(["periods", "--db", str(db), "--json"]) == 0
    periods = _json(capsys)["periods"]
    assert len(periods) == 6
    assert main(["close-period", "--db", str(db), "--as-of", "2026-11-21"]) == 0
    capsys.readouterr()
    main(["periods", "--db", str(db), "--json"])
    periods = _json(capsys)["periods"]
    assert periods[-1]["as_of"] == "2026-11-21" and periods[-1]["projects"] > 0
    assert main(["close-period", "--db", str(db), "--as-of", "2026-11-21"]) == 2
    assert "already closed" in capsys.readouterr().err


def test_new_creates_an_empty_portfolio(tmp_path, capsys):
    db = tmp_path / "sub" / "fresh.pmo"
    assert main(["new", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "'fresh'" in out and "GBP" in out and str(db) in out
    assert main(["info", "--db", str(db), "--json"]) == 0
    assert _json(capsys)["counts"]["project"] == 0
    assert db.exists()


def test_user_errors_exit_2_with_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.pmo"
    bad.write_text("not sqlite")
    assert main(["info", "--db", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a PMO Desktop portfolio" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["close-period", "--db", str(tmp_path / "x.pmo"), "--as-of", "31/11/2026"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_demo_refuses_a_portfolio_with_projects(demo_db, capsys):
    assert main(["demo", "--db", str(demo_db)]) == 2
    assert "already holds projects" in capsys.readouterr().err


def test_main_py_help_lists_commands():
    out = subprocess.run([sys.executable, "main.py", "--help"], capture_output=True, text=True,
                         cwd=str(__import__("pathlib").Path(__file__).resolve().parent.parent))
    assert out.returncode == 0
    for command in ("demo", "info", "projects", "import", "close-period", "report", "check"):
        assert command in out.stdout
