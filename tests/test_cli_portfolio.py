"""The CLI never invents a portfolio or closes an impossible period; ``new``,
``reopen-period``, money to the cent in JSON, the ``projects`` table, report cover options."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from pmo_desktop.cli import main
from pmo_desktop.reports.catalogue import SECTION_NAMES
from pmo_desktop.store import open_store

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-21"


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def _digest(path: Path) -> bytes:
    return path.read_bytes()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli_portfolio") / "demo.pmo"
    assert main(["demo", "--db", str(path), "--as-of", AS_OF]) == 0
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.pmo"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def empty(tmp_path, capsys):
    path = tmp_path / "empty.pmo"
    assert main(["new", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def _periods(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT as_of FROM reporting_period ORDER BY as_of")]
    finally:
        conn.close()


# -- a missing --db is refused, never created ----------------------------------------
COMMANDS = [
    ["info"], ["projects", "--json"], ["imports"], ["undo-import", "1"], ["periods"],
    ["check"], ["close-period", "--as-of", "2026-11-01"], ["reopen-period", "2026-10-31"],
    ["report", "--out", "{dir}/pack.pdf"], ["import", "{dir}/tracker.csv"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_refuses_a_portfolio_that_does_not_exist(tmp_path, capsys, command):
    (tmp_path / "tracker.csv").write_text("Project Code,Project Name\nABC-1,Alpha\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    missing = tmp_path / "typo" / "portfolio.pmo"
    argv = [a.replace("{dir}", str(tmp_path)) for a in command]
    assert main([argv[0], "--db", str(missing), *argv[1:]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"no portfolio at {missing}" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


def test_report_on_a_mistyped_path_writes_no_pack(tmp_path):
    out = subprocess.run(
        [sys.executable, "main.py", "report", "--db", str(tmp_path / "portfolo.pmo"),
         "--out", str(tmp_path / "pack.pdf")], capture_output=True, text=True, cwd=str(ROOT))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == (
        f"pmo-desktop: no portfolio at {tmp_path / 'portfolo.pmo'} (create one with "
        f"'pmo-desktop new --db {tmp_path / 'portfolo.pmo'}' or "
        f"'pmo-desktop demo --db {tmp_path / 'portfolo.pmo'}')")
    assert list(tmp_path.iterdir()) == []


def test_new_sets_name_and_currency_and_refuses_an_existing_file(tmp_path, capsys):
    path = tmp_path / "q4.pmo"
    assert main(["new", "--db", str(path), "--name", "Q4 portfolio", "--currency", "eur",
                 "--json"]) == 0
    assert _json(capsys) == {"db": str(path), "name": "Q4 portfolio", "currency": "EUR"}
    with open_store(path) as store:
        assert store.name == "Q4 portfolio" and store.currency == "EUR"
        assert store.counts()["project"] == 0
    before = _digest(path)
    assert main(["new", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"pmo-desktop: a file already exists at {path}\n"
    assert _digest(path) == before
    notes = tmp_path / "notes.txt"
    notes.write_text("not a portfolio")
    assert main(["new", "--db", str(notes)]) == 2
    assert notes.read_text() == "not a portfolio"


def test_new_refuses_a_bad_currency_before_writing(tmp_path, capsys):
    path = tmp_path / "x.pmo"
    assert main(["new", "--db", str(path), "--currency", "pounds"]) == 2
    assert "not a currency code" in capsys.readouterr().err
    assert not path.exists()


def test_demo_still_creates_its_file(tmp_path, capsys):
    path = tmp_path / "fresh" / "demo.pmo"
    assert main(["demo", "--db", str(path), "--projects", "3", "--as-of", AS_OF]) == 0
    assert path.exists() and "3 projects" in capsys.readouterr().out


def test_demo_raid_items_makes_exactly_that_many_of_all_six_types(tmp_path, capsys):
    path = tmp_path / "raid.pmo"
    assert main(["demo", "--db", str(path), "--projects", "7", "--raid-items", "1003",
                 "--as-of", AS_OF, "--json"]) == 0
    counts = _json(capsys)["counts"]
    kinds = ("risk", "issue", "assumption", "dependency", "decision", "action")
    assert sum(counts[k] for k in kinds) == 1003
    assert all(counts[k] > 0 for k in kinds)
    assert counts["risk"] > counts["issue"] > counts["decision"]  # the usual mix
    conn = sqlite3.connect(path)
    try:
        per_project = [n for (n,) in conn.execute(
            "SELECT COUNT(*) FROM raid_item GROUP BY project_id ORDER BY project_id")]
        refs = conn.execute("SELECT COUNT(*), COUNT(DISTINCT project_id || type || ref),"
                            " SUM(title IS NULL OR title = '') FROM raid_item").fetchone()
        scored = conn.execute("SELECT MIN(probability), MAX(probability), MIN(impact),"
                              " MAX(impact) FROM raid_item WHERE type = 'risk'").fetchone()
    finally:
        conn.close()
    assert per_project == [144] * 2 + [143] * 5  # spread evenly over the projects
    assert refs == (1003, 1003, 0)  # every item titled, refs unique within a project
    assert scored == (1, 5, 1, 5)


def test_demo_refuses_a_negative_raid_item_count(tmp_path, capsys):
    path = tmp_path / "raid.pmo"
    with pytest.raises(SystemExit) as stop:
        main(["demo", "--db", str(path), "--raid-items", "-5"])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--raid-items" in err[0] and "'-5'" in err[0]
    assert not path.exists()


# -- close-period refuses the future; reopen-period -----------------------------------
def test_close_period_refuses_a_date_after_the_as_of_date(demo, capsys):
    before = _digest(demo)
    assert main(["close-period", "--db", str(demo), "--as-of", "2026-11-22"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "2026-11-22 is after the portfolio's as-of date (2026-11-21)" in err
    assert _periods(demo)[-1] == "2026-10-31" and _digest(demo) == before
    assert main(["close-period", "--db", str(demo), "--as-of", AS_OF]) == 0
    assert _periods(demo)[-1] == AS_OF


def test_close_period_refuses_a_date_after_today_without_an_as_of_date(empty, capsys):
    tomorrow = date.today() + timedelta(days=1)
    assert main(["close-period", "--db", str(empty), "--as-of", tomorrow.isoformat()]) == 2
    assert f"{tomorrow.isoformat()} is in the future" in capsys.readouterr().err
    assert _periods(empty) == []
    assert main(["close-period", "--db", str(empty), "--as-of", date.today().isoformat(),
                 "--json"]) == 0
    assert _json(capsys)["as_of"] == date.today().isoformat()


def _snapshots(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM status_snapshot ORDER BY id").fetchall()
    finally:
        conn.close()


def test_reopen_period_only_the_latest_and_logged(demo, capsys):
    older = _snapshots(demo)
    assert main(["close-period", "--db", str(demo), "--as-of", AS_OF, "--label", "Nov"]) == 0
    capsys.readouterr()
    before = _digest(demo)
    assert main(["reopen-period", "--db", str(demo), "2026-10-31"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Only the latest closed period can be reopened" in err
    assert "2026-11-21" in err
    assert main(["reopen-period", "--db", str(demo), "2026-11-01"]) == 2
    assert "No closed period ends 2026-11-01" in capsys.readouterr().err
    assert _digest(demo) == before
    assert main(["reopen-period", "--db", str(demo), AS_OF]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and AS_OF in out and "40" in out
    assert _periods(demo)[-1] == "2026-10-31"
    with open_store(demo) as store:
        log = store.query("SELECT * FROM change_log WHERE op = 'reopen'")
        assert len(log) == 1 and log[0]["entity"] == "reporting_period"
        assert log[0]["key"] == AS_OF and log[0]["source"] == "cli"
        assert json.loads(log[0]["old"])["label"] == "Nov"
        assert json.loads(log[0]["old"])["projects"] == 40
    assert _snapshots(demo) == older  # the older periods' snapshots are untouched
    # The mistake is fixed: the period closes again, and reopens again, as JSON.
    assert main(["close-period", "--db", str(demo), "--as-of", AS_OF]) == 0
    capsys.readouterr()
    assert main(["reopen-period", "--db", str(demo), AS_OF, "--json"]) == 0
    assert _json(capsys) == {"as_of": AS_OF, "label": "November 2026", "projects": 40}


# -- money to the cent in JSON; the projects table ------------------------------------
NOISY = 122999.79000000001


def _project(path: Path, code: str, name: str, **values) -> None:
    with open_store(path) as store, store.write("test") as tx:
        tx.create("project", {"code": code, "name": name, **values})


def test_projects_json_rounds_money_to_the_cent(empty, capsys):
    _project(empty, "ABC-1", "Alpha", bac=NOISY, eac=0.1 + 0.2, state="active")
    _project(empty, "ABC-2", "Beta", bac=2.675, eac=None)
    assert repr(NOISY) == "122999.79000000001" and repr(0.1 + 0.2) == "0.30000000000000004"
    assert main(["projects", "--db", str(empty), "--json"]) == 0
    text = capsys.readouterr().out
    assert '"bac": 122999.79,' in text and '"forecast": 0.3,' in text
    assert '"bac": 2.68,' in text  # half-up, as the money formatter rounds
    assert "122999.79000000001" not in text and "0.30000000000000004" not in text
    projects = json.loads(text)["projects"]
    assert [p["bac"] for p in projects] == [122999.79, 2.68]
    assert projects[1]["forecast"] is None


def test_import_json_rounds_money_to_the_cent(empty, tmp_path, capsys):
    book = Workbook()
    sheet = book.active
    sheet.append(["Project Code", "Project Name", "Budget"])
    sheet.append(["ABC-1", "Alpha", NOISY])
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    code = main(["import", "--db", str(empty), str(path), "--json"])
    text = capsys.readouterr().out
    assert code == 0, text
    assert "122999.79000000001" not in text
    records = json.loads(text)["files"][0]["tables"][0]["records"]
    assert records[0]["values"]["bac"] == 122999.79
    assert re.search(r'"bac": 122999\.79[,}]', text)


def test_projects_text_is_a_table_that_fits_100_columns(empty, capsys):
    long_name = "Enterprise Resource Planning Consolidation and Data Migration Programme Wave 2"
    _project(empty, "ERP-2", long_name, bac=1_250_000.0, state="on_hold",
             status_date="2026-11-02", rag_overall="amber")
    _project(empty, "HR-1", "Payroll\nand\tpensions", bac=None, state="active")
    assert main(["projects", "--db", str(empty)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rows, total = lines[0], lines[1:-1], lines[-1]
    assert header.split() == ["Code", "Name", "Programme", "State", "RAG", "Status", "date",
                              "BAC"]
    assert total == "2 projects" and len(rows) == 2
    assert max(len(line) for line in lines) <= 100
    erp = rows[0]
    for title, value in (("Name", "Enterprise Resource"), ("State", "On hold"),
                         ("RAG", "Amber"), ("Status date", "2026-11-02")):
        assert erp.index(value) == header.index(title)  # aligned under its header
    assert "…" in erp and long_name not in erp
    assert erp.endswith("£1.3m") and len(erp) == len(header)  # BAC right-aligned
    assert rows[1].startswith("HR-1 ") and rows[1].split()[-1] == "—"
    assert rows[1].index("Payroll and pensions") == header.index("Name")  # one line


# -- report: cover options and section names ------------------------------------------
def test_report_prints_forum_meeting_date_and_version_on_the_cover(demo, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    assert main(["report", "--db", str(demo), "--out", str(out), "--sections", "cover,summary",
                 "--forum", "Digital Investment Board", "--meeting-date", "2026-12-09",
                 "--version", "2.1 draft"]) == 0
    cover = PdfReader(str(out)).pages[0].extract_text()
    assert "Digital Investment Board" in cover
    assert "9 December 2026" in cover
    assert "2.1 draft" in cover
    assert "To be confirmed" not in cover


def test_report_defaults_match_the_dialog(demo, tmp_path):
    out = tmp_path / "pack.pdf"
    assert main(["report", "--db", str(demo), "--out", str(out), "--sections", "cover",
                 "--forum", "  ", "--version", ""]) == 0
    cover = PdfReader(str(out)).pages[0].extract_text()
    assert "Portfolio Steering Committee" in cover and "To be confirmed" in cover
    assert "1.0" in cover


def test_report_sections_help_and_errors_name_the_valid_sections(demo, tmp_path, capsys):
    help_text = subprocess.run([sys.executable, "main.py", "report", "--help"],
                               capture_output=True, text=True, cwd=str(ROOT)).stdout
    flat = " ".join(help_text.split())
    assert ", ".join(SECTION_NAMES) in flat
    for option in ("--meeting-date DATE", "--forum TEXT", "--version TEXT"):
        assert option in flat
    out = tmp_path / "x.pdf"
    assert main(["report", "--db", str(demo), "--out", str(out), "--sections",
                 "cover,board"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Unknown section 'board'" in err
    assert ", ".join(SECTION_NAMES) in err
    assert not out.exists()
