"""A project's cost tolerance is stored as a number of per cent (10 = 10 %): the project
form, the demo and the pack's "over tolerance" test read it so. The importer and the
field catalogue read a tracker's "10%", "10" or 0.1 as that same 10 (they stored 0.1,
which the pack took for 0.1 %)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from pmo_desktop.importing.fields import make_parser
from pmo_desktop.importing.detected import Column
from pmo_desktop.operations.fields import field_spec, parse_value
from pmo_desktop.operations.imports import import_files
from pmo_desktop.operations.registers import list_records
from pmo_desktop.store import open_store


@pytest.mark.parametrize("sample", [["10%", "5%"], [10, 5], [0.1, 0.05], ["10", "5"]])
def test_cost_tolerance_reads_as_points(sample):
    parse = make_parser("project", "tolerance_cost_pct", Column(0, "Cost tolerance"),
                        sample, None)
    assert [parse(v) for v in sample] == [10.0, 5.0]
    # a percentage of work done is still a fraction
    done = make_parser("project", "pct_complete", Column(0, "% complete"), sample, None)
    assert [done(v) for v in sample] == [0.1, 0.05]


def test_typed_cost_tolerance_is_points():
    spec = field_spec("project", "tolerance_cost_pct")
    assert parse_value(spec, "12%") == 12.0 and parse_value(spec, "7.5") == 7.5


def test_imported_tolerance_matches_the_demo_units(tmp_path: Path):
    from datetime import date

    from pmo_desktop.store.demo import build_demo

    db = tmp_path / "d.pmo"
    with open_store(db) as store:
        build_demo(store, projects=2, today=date(2026, 11, 21))
        first = list_records(store, "project")[0]
        code = first["code"]
        assert first["tolerance_cost_pct"] == 10.0
        book = tmp_path / "t.xlsx"
        wb = openpyxl.Workbook()
        wb.active.append(["Project code", "Project name", "Stage", "Cost tolerance"])
        wb.active.append([code, first["name"], first["stage"], "15%"])
        wb.save(book)
        report = import_files(store, [str(book)], dry_run=False).value
        assert report.exit_code == 0
        assert [t.entity for t in report.plan.tables] == ["project"]
        project = next(p for p in list_records(store, "project") if p["code"] == code)
        assert project["tolerance_cost_pct"] == 15.0
