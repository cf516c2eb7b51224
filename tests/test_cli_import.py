"""``import`` on the command line: projects are created only when asked, and the text
output says why rows were rejected and why nothing changed."""

import json
import shutil

import pytest

from pmo_desktop.cli import main
from tests.conftest import FIXTURES

S03 = FIXTURES / "S03_tpm_tables.xlsx"
S04 = FIXTURES / "S04_risk_log.xlsx"
S09 = FIXTURES / "S09_matriz_problemas_es.xlsx"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli_import") / "demo.pmo"
    assert main(["demo", "--db", str(path), "--as-of", "2026-11-21"]) == 0
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path, capsys):
    path = tmp_path / "demo.pmo"
    shutil.copy(demo_file, path)
    capsys.readouterr()
    return str(path)


def _projects(db, capsys) -> int:
    capsys.readouterr()
    assert main(["info", "--db", db, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["counts"]["project"]


def test_import_with_project_creates_no_projects_from_a_column(demo_db, capsys):
    before = _projects(demo_db, capsys)
    assert main(["import", "--db", demo_db, "--project", "DCX-101", str(S03)]) == 0
    out = capsys.readouterr().out
    assert _projects(demo_db, capsys) == before
    lines = out.splitlines()
    # Rows rejected for the same reason share a line; the first three reasons are shown.
    assert ("  S03_tpm_tables.xlsx Mercury Simple rows 2–3, column B: project 'Windows' is not "
            "in the portfolio (use --create-projects to add it)") in lines
    assert ("  S03_tpm_tables.xlsx Mercury Simple row 4, column B: project 'WIndows' is not "
            "in the portfolio (use --create-projects to add it)") in lines
    assert "  … and 19 more rejected" in lines  # 25 rejected: 2 + 1 + 3 shown
    folded = [x for x in lines if "tables with nothing to import: " in x]
    assert len(folded) == 1 and folded[0].startswith("14 tables") and "RACI A1:H9" in folded[0]
    assert not any("not recognised" in x for x in lines)  # folded, not one line each
    assert lines[-1].startswith("Import batch ")


def test_create_projects_adds_the_projects_rows_name(demo_db, capsys):
    before = _projects(demo_db, capsys)
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--create-projects",
                 "--json", str(S03)]) == 0
    data = json.loads(capsys.readouterr().out)
    (simple,) = [t for t in data["files"][0]["tables"]
                 if t["sheet"] == "Mercury Simple" and t["entity"] == "milestone"]
    assert simple["rejected"] == [] and simple["created"] == 25
    assert all(p["created"] for p in simple["new_projects"])
    assert set(data) == {"batch", "files"} and data["batch"] is not None
    created = {p["code"] for t in data["files"][0]["tables"] for p in t["new_projects"]}
    assert _projects(demo_db, capsys) == before + len(created) == before + 10


def test_nothing_changed_says_why_every_row_was_rejected(demo_db, capsys):
    assert main(["import", "--db", demo_db, str(S04)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == ("Nothing changed: no row could be imported; all 9 rejected rows need "
                         "a project (name one with --project CODE).")
    # Nine rows rejected for one reason: one line naming them, not nine (or three and a count).
    assert [x for x in lines if x.startswith("  S04_risk_log.xlsx Risk Log ")] == [
        "  S04_risk_log.xlsx Risk Log rows 2–10: no project: the table has no project column; "
        "name one to attach these rows to (--project CODE)"]
    assert not any("more rejected" in x for x in lines)


def test_nothing_changed_when_everything_is_already_in(demo_db, capsys):
    assert main(["import", "--db", demo_db, "--project", "DCX-101", str(S09)]) == 0
    capsys.readouterr()
    assert main(["import", "--db", demo_db, "--project", "DCX-101", str(S09)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == ("Nothing changed: everything in these files is already in the "
                         "portfolio.")
    assert "8 unchanged" in lines[0]


def test_an_unknown_project_code_is_bad_input(demo_db, capsys):
    with open(demo_db, "rb") as f:
        before = f.read()
    assert main(["import", "--db", demo_db, "--project", "DCX-1O1", str(S04)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == ("pmo-desktop: --project DCX-1O1: no project of the portfolio has this code "
                   "or name ('pmo-desktop projects' lists them; add --create-projects to "
                   "create it)")
    with open(demo_db, "rb") as f:
        assert f.read() == before
    # asked for: the project is created and the rows attached to it
    assert main(["import", "--db", demo_db, "--project", "NEW-1", "--create-projects",
                 str(S04)]) == 0
    assert "New projects: NEW-1" in capsys.readouterr().out.splitlines()


def test_rejected_rows_are_named_as_one_run_or_a_short_list():
    from pmo_desktop.cli import _rows_text

    assert _rows_text([7]) == "row 7"
    assert _rows_text([2, 3, 4, 5]) == "rows 2–5"
    assert _rows_text([2, 5, 9]) == "rows 2, 5, 9"
    assert _rows_text([2, 4, 6, 8, 10, 12, 14]) == "rows 2, 4, 6, 8, 10, 12 …"


def _calls(argv: list[str], names: set[str]) -> dict[str, int]:
    """How often ``main(argv)`` calls the functions ``names`` (watched with cProfile)."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    try:
        main(argv)
    finally:
        prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    out = dict.fromkeys(names, 0)
    for (_file, _line, name), (_cc, calls, *_rest) in stats.items():
        if name in out:
            out[name] += calls
    return out


def test_text_import_builds_no_json(demo_db, capsys):
    names = {"to_json", "record_json", "table_json", "_import_money"}
    argv = ["import", "--db", demo_db, "--dry-run", "--project", "DCX-101", str(S09)]
    text = _calls(argv, names)
    assert "issue: 8 new" in capsys.readouterr().out
    assert text == dict.fromkeys(names, 0)
    as_json = _calls(argv + ["--json"], names)
    assert json.loads(capsys.readouterr().out)["files"][0]["tables"][0]["created"] == 8
    assert as_json["record_json"] == 8 and as_json["to_json"] == 1


def test_a_plan_without_milestones_prints_its_tasks_and_no_empty_milestone_table(
        demo_db, capsys):
    s14 = FIXTURES / "S14_mspdi_minimal_issue2659.xml"
    assert main(["import", "--db", demo_db, "--project", "PLAN-1", "--create-projects",
                 str(s14)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (f"{s14} [Project1 A3:R4] task: 1 new, 0 changed, 0 unchanged, "
                        "0 skipped, 0 rejected")
    assert not any("nothing to import" in x or "milestone:" in x for x in lines), lines


S06 = FIXTURES / "S06_project_kpi_dashboard.xlsx"


def _sha(path) -> str:
    import hashlib
    from pathlib import Path

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_as_sheet_kind_overrides_the_kind_found_or_leaves_a_sheet_out(demo_db, capsys):
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--dry-run", "--json",
                 str(S06)]) == 0
    found = {t["sheet"]: t["entity"] for t in json.loads(capsys.readouterr().out)[
        "files"][0]["tables"]}
    assert found["Milestone Tracker"] == "milestone"
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--dry-run", "--json",
                 "--as", "milestone tracker=none", "--as", "KPI Tracking=Change Request",
                 str(S06)]) == 0
    tables = json.loads(capsys.readouterr().out)["files"][0]["tables"]
    got = {t["sheet"]: t for t in tables}
    assert got["Milestone Tracker"]["entity"] is None and got["Milestone Tracker"]["records"] == []
    assert got["KPI Tracking"]["entity"] == "change_request"
    assert got["Dashboard Overview"]["entity"] == found["Dashboard Overview"]  # untouched


def test_as_with_a_sheet_no_file_has_or_an_unknown_kind_writes_nothing(demo_db, capsys):
    before = _sha(demo_db)
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--as",
                 "Risks=risk", str(S06)]) == 2
    err = capsys.readouterr().err
    assert "--as: no sheet named 'Risks' in the files (their sheets: Dashboard Overview, " \
        "KPI Tracking, Milestone Tracker)" in err
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--as",
                 "Milestone Tracker=gantt", str(S06)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "'gantt' is not a kind of record; one of project," in err[0]
    assert main(["import", "--db", demo_db, "--as", "risk", str(S06)]) == 2
    assert "write it SHEET=KIND" in capsys.readouterr().err
    assert _sha(demo_db) == before


def test_nothing_recognised_is_not_called_already_in_the_portfolio(demo_db, capsys, tmp_path):
    import openpyxl

    path = tmp_path / "notes.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Feuil1"
    for row in [["Phase", "Prix"], ["Phase 01", 12000], ["Phase 02", 13932]]:
        ws.append(row)
    wb.save(path)
    assert main(["import", "--db", demo_db, "--project", "DCX-101", str(path)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == ("Nothing changed: no table of these files was recognised as records; "
                    "choose a kind with --as SHEET=KIND (or in the import wizard).")


def test_a_guessed_table_is_held_back_until_accept_names_its_sheet(demo_db, capsys, tmp_path):
    from tests.importing.conftest import write_book

    path = write_book(tmp_path / "log.xlsx", {"Sheet1": [
        ["Ref", "Title", "Owner", "Status", "Raised"],  # a risk? an issue? either
        ["1", "Supplier may deliver late", "Ana", "Open", "2027-01-04"],
        ["2", "Key person may leave", "Ben", "Open", "2027-01-05"]]})
    before = _sha(demo_db)
    assert main(["import", "--db", demo_db, "--project", "DCX-101", path]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert "held back, 2 rows read as" in out[0] and "--accept 'Sheet1' imports it" in out[0]
    assert out[-1] == ("Nothing changed: the tables read are held back because their kind "
                       "is a guess (sheets 'Sheet1'); --accept SHEET imports one as it was "
                       "read, --as SHEET=KIND names its kind.")
    assert _sha(demo_db) == before
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--accept", "sheet1",
                 path]) == 0
    out = capsys.readouterr().out
    assert ": 2 new, 0 changed" in out and "Import batch" in out
    assert main(["import", "--db", demo_db, "--accept", "Risks", path]) == 2
    assert "--accept: no sheet named 'Risks' in the files (their sheets: Sheet1)" in \
        capsys.readouterr().err


def test_the_kind_a_person_chose_is_remembered_for_the_next_file_with_the_same_headers(
        demo_db, capsys, tmp_path):
    from tests.importing.conftest import write_book

    def log(name, rows):
        return write_book(tmp_path / name, {"Sheet1": [
            ["Ref", "Title", "Owner", "Status", "Raised"], *rows]})

    first = log("week1.xlsx", [["1", "Supplier may deliver late", "Ana", "Open", "2027-01-04"]])
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--as", "Sheet1=issue",
                 first]) == 0
    capsys.readouterr()
    second = log("week2.xlsx", [["2", "Key person may leave", "Ben", "Open", "2027-01-05"]])
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--dry-run", "--json",
                 second]) == 0
    table = json.loads(capsys.readouterr().out)["files"][0]["tables"][0]
    assert table["entity"] == "issue" and not table.get("held")
    # a dry run writes nothing, so it remembers nothing
    third = write_book(tmp_path / "other.xlsx", {"Sheet1": [
        ["Ref", "Title", "Owner", "State", "Logged"],
        ["3", "Budget may be cut", "Cy", "Open", "2027-01-06"]]})
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--dry-run",
                 "--as", "Sheet1=issue", third]) == 0
    capsys.readouterr()
    assert main(["import", "--db", demo_db, "--project", "DCX-101", "--dry-run", "--json",
                 third]) == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["tables"][0].get("held")


def test_the_text_says_when_a_files_one_project_is_read_as_the_chosen_one(demo_db, capsys,
                                                                          tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tasks"
    sheet.append(["Task ID", "Name", "Assignee", "Start Date", "Due Date", "Projects"])
    for i in range(1, 6):
        sheet.append([f"1208{i:04}", f"Interview finance team {i}", "Chloe Ng",
                      f"2026-07-0{i}", f"2026-07-1{i}", "PayNow Collections"])
    path = tmp_path / "asana.xlsx"
    book.save(path)
    assert main(["import", "--db", demo_db, "--dry-run", "--project", "DCX-101",
                 str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert ("  asana.xlsx Tasks: every row names the project 'PayNow Collections', not in "
            "the portfolio: read as DCX-101") in lines


def test_the_text_says_why_rows_were_skipped_and_what_was_left_empty(demo_db, capsys,
                                                                     tmp_path):
    """The skipped rows' reasons, one line per reason, and the table's warnings (values
    that could not be read) are printed under the table, as ``--json`` and the wizard show
    them; before, the text gave only a count of skipped rows."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Risks"
    sheet.append(["Risk ID", "Risk title", "Owner", "Probability", "Impact", "Cost impact"])
    for i in range(1, 7):
        sheet.append([f"R-{i:02}", f"Supplier {i} misses the cut-over window", "Ana Ruiz",
                      "High", "Medium", 12000 if i != 3 else "Not quantified"])
    for i in range(7, 11):
        sheet.append([f"R-{i:02}"])  # a template's numbered but empty rows
    path = tmp_path / "risks.xlsx"
    book.save(path)
    assert main(["import", "--db", demo_db, "--dry-run", "--project", "DCX-101",
                 str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("  risks.xlsx Risks rows 8–11 skipped: blank template row")
               for line in lines), lines
    warned = [line for line in lines if line.startswith("  risks.xlsx Risks: ")
              and "'Not quantified' is not a number" in line]
    assert len(warned) == 1 and "F4" in warned[0], lines
