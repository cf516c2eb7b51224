"""``pmo-desktop export``: the portfolio, one register, CSV, a team template; refusals
exit 2 with one line and write nothing."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest

from pmo_desktop.cli import main
from pmo_desktop.operations.registers import list_records
from pmo_desktop.store import open_store
from pmo_desktop.store.demo import build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, projects=4, today=date(2026, 11, 21))
    return path


def test_export_all_and_one(demo, tmp_path, capsys):
    out = tmp_path / "all.xlsx"
    assert main(["export", "--db", str(demo), "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["out"] == str(out) and data["template"] is None
    wb = openpyxl.load_workbook(out)
    assert list(data["sheets"]) == wb.sheetnames and data["sheets"]["Projects"] == 4
    csv_out = tmp_path / "issues.csv"
    assert main(["export", "--db", str(demo), "--out", str(csv_out), "--entity", "issue"]) == 0
    assert capsys.readouterr().out.startswith(f"Exported to {csv_out} (Issues ")
    with open_store(demo) as store:
        issues = len(list_records(store, "issue"))
    assert len(csv_out.read_text(encoding="utf-8-sig").splitlines()) == issues + 1


def test_export_template(demo, tmp_path, capsys):
    with open_store(demo) as store:
        code = list_records(store, "project")[1]["code"]
    out = tmp_path / "team.xlsx"
    assert main(["export", "--db", str(demo), "--out", str(out), "--template", code]) == 0
    assert capsys.readouterr().out.startswith(f"Team template for '{code}' written to {out}")
    assert main(["import", "--db", str(demo), "--dry-run", "--json", str(out)]) == 0
    tables = json.loads(capsys.readouterr().out)["files"][0]["tables"]
    assert tables and all(t["created"] == t["updated"] == 0 for t in tables)
    assert {t["entity"] for t in tables} >= {"project", "milestone", "task", "risk"}


@pytest.mark.parametrize("extra,message", [
    (["--entity", "widgets"], "not something to export"),
    (["--template", "NOPE-1"], "no project code, programme or person"),
])
def test_refusals(demo, tmp_path, capsys, extra, message):
    out = tmp_path / "x.xlsx"
    assert main(["export", "--db", str(demo), "--out", str(out), *extra]) == 2
    assert message in capsys.readouterr().err and not out.exists()


def test_csv_of_everything_is_refused(demo, tmp_path, capsys):
    assert main(["export", "--db", str(demo), "--out", str(tmp_path / "a.csv")]) == 2
    assert "one table" in capsys.readouterr().err
