"""Gantt sheets whose bars are cell fills over week, month or day columns: the bars
become "Start (from timeline)" / "Finish (from timeline)" on the table (or fill the
empty cells of its own start and finish columns), the timeline columns are not data.

Real plans (../shared/fixtures/more C24, C28; S03's plans) and plans written here with
openpyxl; every workbook is read through the real reader and table finder."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from pmo_desktop.cli import main
from pmo_desktop.importing import timelinebars
from pmo_desktop.importing.api import read_and_detect
from pmo_desktop.importing.parse import parse_table
from pmo_desktop.importing.read import Limits, ReadError, read_workbook
from pmo_desktop.importing.timelinebars import FINISH_HEADER, START_HEADER
from pmo_desktop.importing.xlsxfills import cell_fills

from .conftest import FIXTURES

MORE = FIXTURES / "more"
AS_OF = date(2025, 1, 15)

BLUE = PatternFill("solid", fgColor="FF4F81BD")
GREEN = PatternFill("solid", fgColor="FF9BBB59")
RED = PatternFill("solid", fgColor="FFFF0000")
GREY = PatternFill("solid", fgColor="FFD9D9D9")


def _tables(path: str | Path, as_of: date = AS_OF):
    return read_and_detect(str(path), as_of=as_of)


def _dates(table) -> dict[int, tuple[date | None, date | None]]:
    """Excel row → (start, finish) as the table hands them on."""
    by = {c.header: c.index for c in table.columns}
    assert START_HEADER in by and FINISH_HEADER in by, [c.header for c in table.columns]
    s, f = by[START_HEADER], by[FINISH_HEADER]
    r = table.region
    out = {}
    for i in range(r.first_row - 1, r.last_row):
        row = table.rows[i]
        if any(v not in (None, "") for v in row):
            out[i + 1] = (row[s], row[f])
    return out


def _one(tables, sheet: str, header_row: int | None = None):
    found = [t for t in tables if t.sheet == sheet and
             (header_row is None or t.header_row == header_row)]
    assert len(found) == 1, [(t.sheet, t.range) for t in tables]
    return found[0]


def _gantt(path: Path, header: list, rows: list[tuple], above: list[list] | None = None,
           merges: list[str] = (), title: str | None = None, lead: int = 1,
           markers: dict[tuple[int, int], str] | None = None) -> str:
    """A task list in the first ``lead`` columns, then a timeline: ``rows`` are (the task
    name or its cells, the 1-based band columns filled, the fill); ``markers`` puts text
    at (task index, band column)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    if title:
        ws.append([title])
    for row in above or []:
        ws.append(row)
    ws.append(header)
    top = ws.max_row
    for cells, cols, fill in rows:
        ws.append(cells if isinstance(cells, list) else [cells])
        for c in cols:
            ws.cell(ws.max_row, lead + c).fill = fill
    for (i, c), text in (markers or {}).items():
        ws.cell(top + 1 + i, lead + c, text)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return str(path)


# -- the real plans -----------------------------------------------------------------------

def test_c24_kw_weeks_over_a_year_end_date_every_task_and_milestone():
    t = _one(_tables(MORE / "C24_projektplan_kw_colour_de.xlsx"), "Tabelle1")
    assert [c.header for c in t.columns] == ["Task", START_HEADER, FINISH_HEADER]
    assert t.header_row == 1 and t.region.last_row == 13
    d = _dates(t)
    assert len(d) == 12
    # KW 50 … KW 51 of 2024 (no year on the sheet: the as-of date puts it round the band)
    assert d[2] == (date(2024, 12, 9), date(2024, 12, 22))
    # KW 52 (2024) → KW 8 (2025): across the year end
    assert d[5] == (date(2024, 12, 23), date(2025, 2, 23))
    # single red cells, the red used by nothing else: milestones (start = finish)
    assert d[3] == (date(2024, 12, 22), date(2024, 12, 22))
    assert d[13][0] == d[13][1] == date(2025, 5, 4)
    notes = " ".join(t.read_notes)
    assert "names no year" in notes and "2024" in notes


def test_c28_years_over_months_and_months_merged_over_weeks_with_merged_bars():
    tables = _tables(MORE / "C28_planning_previsionnel_fr.xlsx", as_of=date(2025, 11, 20))
    plan = _one(tables, "Feuil1", 4)
    d = _dates(plan)
    # the bars are merged blocks over two rows; the grey around them is background
    assert d[5] == (date(2024, 1, 1), date(2024, 2, 29))
    assert d[9] == (date(2024, 5, 1), date(2024, 10, 31))
    assert d[11] == (date(2024, 11, 1), date(2025, 4, 30))  # under 2024 then 2025
    weekly = _one(tables, "Feuil1", 22)
    w = _dates(weekly)
    # weeks 1-4 numbered under "Novembre": quarters of the month; the year from as-of
    assert w[23] == (date(2025, 11, 1), date(2025, 11, 30))
    assert w[25] == (date(2025, 12, 1), date(2026, 1, 7))
    assert w[31] == (date(2026, 3, 16), date(2026, 4, 7))
    assert not any(c.header.isdigit() for c in plan.columns + weekly.columns)
    assert any("names no year" in n for n in weekly.read_notes)
    assert not any("names no year" in n for n in plan.read_notes)


def test_a_plan_with_its_own_dates_keeps_them_and_a_stale_timeline_is_not_used(fixture_path):
    tables = _tables(fixture_path("S03"))
    stale = _one(tables, "Project Plan")  # weeks of 2022 over tasks of 2023
    assert [c.header for c in stale.columns][-2:] == ["Start Date", "End Date"]
    assert any("disagrees with 'Start Date' and 'End Date'" in n for n in stale.read_notes)
    row31 = stale.rows[30]
    assert row31[7] in (None, "") and row31[8] in (None, "")  # left empty, not guessed
    months = _one(tables, "Mercury Simple")  # Jan … Aug, no year: bars as months
    d = _dates(months)
    assert d[2] == (date(2025, 1, 1), date(2025, 2, 28))
    assert d[3] == (date(2025, 3, 1), date(2025, 6, 30))


def test_an_empty_timeline_changes_nothing(fixture_path):
    """S08's timeline columns have neither labels nor bars: its table is read as before."""
    t = _one(_tables(fixture_path("S08")), "Projektplan")
    assert [c.header for c in t.columns] == [
        "TASK NAME", "START DATE", "END DATE", "START ON DAY*", "DURATION* (WORK DAYS)",
        "PERCENT COMPLETE"]
    assert not t.read_notes


def test_a_timeline_drawn_by_conditional_formatting_is_left_out_and_said_so():
    """C26's bars are conditional formats over day columns (not read): its own start and
    finish columns give the dates, the 56 day columns are not data columns."""
    t = _one(_tables(MORE / "C26_cronograma_gantt_pt.xlsx"), "Cronograma")
    headers = [c.header for c in t.columns]
    assert headers == ["TAREFA", "ATRIBUÍDO PARA", "PROGRESSO", "STATUS",
                       "TEMPO DE EXECUÇÃO (Dias úteis)", "INÍCIO", "TÉRMINO", "DIAS"]
    assert t.header_row == 6 and t.range == "A6:I30"
    assert any("J:BM (days) is drawn by conditional formatting" in n for n in t.read_notes)
    assert t.rows[8][5] == date(2025, 5, 29)  # its own INÍCIO, untouched


# -- plans written here -----------------------------------------------------------------

def test_kw_weeks_take_their_year_from_the_title_and_wrap(tmp_path):
    header = ["Aufgabe"] + [f"KW {w}" for w in (50, 51, 52, 1, 2, 3)]
    path = _gantt(tmp_path / "p.xlsx", header,
                  [("Konzept", [1, 2], BLUE), ("Bau", [3, 4, 5], GREEN),
                   ("Abnahme", [6], BLUE)], title="Projektplan 2026/27")
    t = _one(_tables(path), "Plan")
    d = _dates(t)
    assert d[3] == (date(2026, 12, 7), date(2026, 12, 20))
    assert d[4] == (date(2026, 12, 21), date(2027, 1, 17))  # KW 52, (53 not shown), 1, 2
    assert d[5] == (date(2027, 1, 18), date(2027, 1, 24))  # one week, not a milestone
    assert [c.header for c in t.columns] == ["Aufgabe", START_HEADER, FINISH_HEADER]
    assert not any("names no year" in n for n in t.read_notes)


def test_month_names_merged_over_iso_week_numbers_under_a_year(tmp_path):
    weeks = [49, 50, 51, 52, 53, 1, 2, 3, 4]  # 2026 has an ISO week 53
    above = [[None, 2026, None, None, None, None, 2027],
             [None, "Dec", None, None, None, None, "Jan"]]
    path = _gantt(tmp_path / "p.xlsx", ["Task"] + weeks,
                  [("Design", [2, 3, 4], BLUE), ("Build", [5, 6, 7, 8, 9], GREEN)],
                  above=above, merges=["B1:F1", "G1:J1", "B2:F2", "G2:J2"])
    t = _one(_tables(path), "Plan")
    d = _dates(t)
    assert d[4] == (date(2026, 12, 7), date(2026, 12, 27))
    assert d[5] == (date(2026, 12, 28), date(2027, 1, 31))
    assert t.header_row == 3
    assert [c.header for c in t.columns] == ["Task", START_HEADER, FINISH_HEADER]


def test_day_columns_a_marker_is_a_milestone_a_gap_is_one_bar_with_a_warning(tmp_path):
    days = [datetime(2026, 3, 2) + timedelta(days=i) for i in range(10)]
    path = _gantt(tmp_path / "p.xlsx", ["Activity", "Owner"] + days,
                  [(["Kick-off", "Ana"], [], BLUE), (["Analysis", "Ana"], [2, 3, 4], BLUE),
                   (["Build", "Bo"], [4, 5, 8, 9], GREEN), (["Idea", "Cy"], [], BLUE)],
                  lead=2, markers={(0, 2): "◆", (3, 6): "tbc"})
    t = _one(_tables(path), "Plan")
    assert [c.header for c in t.columns] == ["Activity", "Owner", START_HEADER, FINISH_HEADER]
    d = _dates(t)
    assert d[2] == (date(2026, 3, 3), date(2026, 3, 3))  # ◆ in one day column
    assert d[3] == (date(2026, 3, 3), date(2026, 3, 5))
    assert d[4] == (date(2026, 3, 5), date(2026, 3, 10))  # 5-6, gap, 9-10: one bar
    assert d[5] == (None, None)  # no fill (a note is not a bar): no dates, no error
    parsed = parse_table(t, t.entity or "milestone", AS_OF)
    assert any("The timeline bar of row 4 has gaps" in w for w in parsed.warnings)


def test_own_start_and_finish_columns_win_and_only_their_empty_cells_are_filled(tmp_path):
    header = ["Task", "Start", "Finish"] + [f"W{w}" for w in range(10, 18)]
    path = _gantt(tmp_path / "p.xlsx", header,
                  [(["A", datetime(2026, 3, 2), datetime(2026, 3, 15)], [1, 2], BLUE),
                   (["B", datetime(2026, 3, 16)], [3, 4, 5], BLUE), ("C", [6, 7], BLUE)],
                  title="Plan 2026", lead=3)
    t = _one(_tables(path), "Plan")
    assert [c.header for c in t.columns] == ["Task", "Start", "Finish"]
    rows = [[v.date() if isinstance(v, datetime) else v for v in r[:3]] for r in t.rows]
    assert rows[2] == ["A", date(2026, 3, 2), date(2026, 3, 15)]
    assert rows[3] == ["B", date(2026, 3, 16), date(2026, 4, 5)]
    assert rows[4] == ["C", date(2026, 4, 6), date(2026, 4, 19)]
    notes = " ".join(t.read_notes)
    assert "Empty 'Start' cells of row 5 were filled" in notes
    assert "Empty 'Finish' cells of rows 4, 5 were filled" in notes


def test_a_sheet_with_months_across_holding_numbers_is_not_a_timeline(tmp_path):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    path = _gantt(tmp_path / "b.xlsx", ["Cost line"] + months,
                  [("Staff", [], BLUE), ("Licences", [], BLUE)])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for r in (2, 3):
        for c in range(2, 8):
            ws.cell(r, c, 1000 * r + c).fill = GREY
    wb.save(path)
    before = openpyxl.load_workbook(path, data_only=True).active
    wb_read = read_workbook(path, as_of=AS_OF)
    sheet = wb_read.sheets[0]
    assert sheet.rows[0][:7] == [c.value for c in before[1]][:7]
    assert sheet.rows[2][1:7] == [3002, 3003, 3004, 3005, 3006, 3007]
    assert not sheet.notes


def test_a_template_with_a_shaded_column_and_no_bars_is_left_alone(tmp_path):
    path = _gantt(tmp_path / "t.xlsx", ["Task"] + [f"Wk {w}" for w in range(1, 9)],
                  [(f"Task {i}", [3], GREY) for i in range(6)])  # a "today" column
    sheet = read_workbook(path, as_of=AS_OF).sheets[0]
    assert sheet.rows[0][1:4] == ["Wk 1", "Wk 2", "Wk 3"]
    assert not sheet.notes


def test_weekly_rag_colours_or_letters_are_not_bars(tmp_path):
    """A status history (a colour, or R/A/G, for each project and week) is not a plan."""
    amber = PatternFill("solid", fgColor="FFFFC000")
    weeks = [datetime(2026, 1, 5) + timedelta(days=7 * i) for i in range(8)]
    history = [("Alpha", "GGAGRGGA"), ("Beta", "GAGGGAGG"), ("Gamma", "RGGAGGRG"),
               ("Delta", "GGGAGAGG"), ("Epsilon", "AGGGRGGG")]
    fill = {"G": GREEN, "A": amber, "R": RED}
    path = _gantt(tmp_path / "c.xlsx", ["Project"] + weeks, [(n, [], GREEN) for n, _ in history])
    lettered = _gantt(tmp_path / "l.xlsx", ["Project"] + weeks,
                      [(n, [], GREEN) for n, _ in history],
                      markers={(i, 1 + k): ch for i, (_n, h) in enumerate(history)
                               for k, ch in enumerate(h)})
    wb = openpyxl.load_workbook(path)
    for i, (_n, h) in enumerate(history):
        for k, ch in enumerate(h):
            wb.active.cell(2 + i, 2 + k).fill = fill[ch]
    wb.save(path)
    for p in (path, lettered):
        sheet = read_workbook(p, as_of=AS_OF).sheets[0]
        assert sheet.rows[0][1] == weeks[0].date() and not sheet.notes
        assert START_HEADER not in sheet.rows[0]


def test_a_huge_gantt_is_refused_while_reading_and_the_fill_scan_stops_at_its_limits(
        tmp_path, monkeypatch):
    n = 3000
    path = _gantt(tmp_path / "h.xlsx", ["Task"] + [f"W{w}" for w in range(1, 13)],
                  [(f"T{i}", [1 + i % 12], BLUE) for i in range(n)], title="Plan 2026")
    with pytest.raises(ReadError, match=r"^h\.xlsx, sheet 'Plan', .* cells"):
        read_workbook(path, Limits(max_cells=20_000), as_of=AS_OF)
    monkeypatch.setattr(timelinebars, "MAX_BAR_ROWS", 500)
    start = time.perf_counter()
    sheet = read_workbook(path, as_of=AS_OF).sheets[0]
    took = time.perf_counter() - start
    dated = [r for r in sheet.rows[2:] if r[1] not in (None, "")]
    assert len(dated) == 500 and took < 10
    assert any("first 500 rows" in text for _a, _b, text in sheet.notes)
    data = Path(path).read_bytes()
    assert len(cell_fills(data, "xl/worksheets/sheet1.xml", (2, n + 1), (1, 12), 100)) < 100


def _kw_plan_dry_run(tmp_path, capsys) -> list[dict]:
    """``import --dry-run --json`` of a Gantt of task names and bars over KW 50 … KW 3
    (two tasks, two single red milestone cells): the file's tables."""
    db = str(tmp_path / "p.pmo")
    assert main(["new", "--db", db]) == 0
    assert main(["add", "--db", db, "project", "code=GNT-1", "name=Gantt"]) == 0
    header = ["Task"] + [f"KW {w}" for w in (50, 51, 52, 1, 2, 3)]
    path = _gantt(tmp_path / "p.xlsx", header,
                  [("Concept", [1, 2], BLUE), ("Sign-off A", [3], RED),
                   ("Build", [4, 5, 6], GREEN), ("Sign-off B", [5], RED)],
                  title="Plan 2026")
    capsys.readouterr()
    assert main(["import", "--db", db, "--json", "--dry-run", "--project", "GNT-1", path]) == 0
    return json.loads(capsys.readouterr().out)["files"][0]["tables"]


def test_import_dry_run_json_carries_the_timeline_dates_to_the_planned_records(tmp_path, capsys):
    table = _kw_plan_dry_run(tmp_path, capsys)[0]
    cols = {c["header"]: c["column"] for c in table["columns"]}
    assert cols[START_HEADER] == "B" and cols[FINISH_HEADER] == "C"
    planned = {r["row"]: r["values"] for r in table["records"]}
    assert "2026-12-27" in planned[4].values()  # Sign-off A: the Sunday of KW 52
    assert "2027-01-17" in planned[6].values()  # Sign-off B: KW 2


def test_a_gantt_of_names_and_bars_alone_is_a_plan_its_bars_its_tasks_dates(tmp_path, capsys):
    # No start, finish, duration or WBS column: the bars drawn over the weeks are the plan's
    # evidence, and each row a task with the span of its bar; single red cells stay the
    # plan's milestones.
    tasks, milestones = _kw_plan_dry_run(tmp_path, capsys)
    assert (tasks["entity"], milestones["entity"]) == ("task", "milestone")
    got = {r["values"]["name"]: (r["values"]["start_forecast"], r["values"]["finish_forecast"],
                                 r["values"]["is_milestone"]) for r in tasks["records"]}
    assert got == {"Concept": ("2026-12-07", "2026-12-20", 0),
                   "Sign-off A": ("2026-12-27", "2026-12-27", 1),
                   "Build": ("2027-01-04", "2027-01-24", 0),
                   "Sign-off B": ("2027-01-17", "2027-01-17", 1)}
    assert {r["values"]["name"] for r in milestones["records"]} == {"Sign-off A", "Sign-off B"}


def test_a_sheet_of_two_plans_numbers_the_second_on_from_the_first(store):
    # C28: the phases by month, then other phases by week, both for one project and
    # numbered by their place: the second plan's tasks follow the first's, none lost.
    from pmo_desktop.operations.imports import import_files

    with store.write(source="test") as tx:
        tx.create("project", {"code": "PLN", "name": "Plan"})
    f = import_files(store, [str(MORE / "C28_planning_previsionnel_fr.xlsx")], dry_run=True,
                     project_code="PLN").value.to_json()["files"][0]
    plans = [t for t in f["tables"] if t["entity"] == "task"]
    assert [(t["header_row"], t["rows"], t["created"], t["rejected"]) for t in plans] == [
        (4, 6, 6, []), (22, 6, 6, [])]
    refs = [[r["values"]["ref"] for r in t["records"]] for t in plans]
    assert refs == [["1", "2", "3", "4", "5", "6"], ["7", "8", "9", "10", "11", "12"]]
    assert plans[1]["records"][0]["values"]["name"] == "Analyse des besoins"
