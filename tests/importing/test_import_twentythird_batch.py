"""Layouts from a twenty-third round of trackers the importer had never seen (cutover
runbooks, stage-gate schedules, contact lists beside a plan, and the like).

Each test is a rule, not a file."""

from __future__ import annotations

from pmo_desktop.importing.api import read_and_detect

from .conftest import dry_run_tables, fields_of, table_of, values_at, write_book

PROJECT = "LAB"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _runbook(tmp_path, header_names=("Step ID", "Task Description")):
    """A cutover runbook: a group band over the step's columns and over its planned
    timing, steps of a few hours numbered under section rows."""
    band = ["STEP", None, None, None, "PLANNED TIMING", None, None, None, "EXECUTION", None]
    heads = [*header_names, "Owner", "Team", "Start Date", "End Date", "Dur (hrs)", "Pred.",
             "Status", "Comments"]
    rows = [["ERP cutover runbook — weekend 1"], [], band, heads,
            ["1. PRE-CUTOVER"]]
    for i in range(1, 9):
        key = f"1.{i:02d}" if header_names[0] == "Step ID" else f"Freeze stock movements {i}"
        rows.append([key, f"Load open purchase orders batch {i}", "Priya Nair",
                     ("Basis", "Data", "FI/CO")[i % 3], f"2026-03-{10 + i:02d}",
                     f"2026-03-{10 + i:02d}", 3 + i % 4, f"1.{i - 1:02d}" if i > 1 else None,
                     "Complete" if i < 4 else "Not started",
                     "Checked by finance" if i % 2 else None])
    return write_book(tmp_path / "cutover_runbook.xlsx", {"Runbook": rows},
                      merged={"Runbook": ["A3:D3", "E3:H3", "I3:J3"]})


def test_a_runbooks_task_description_names_its_steps(store, tmp_path):
    """A runbook headed "Step ID | Task Description" under a "STEP" band: the
    description is each step's name (no other column names it), the step ID its
    reference and the "Team" the people doing it. Unnamed, the steps had been read as
    milestones and every step with a duration skipped as "a task, not a milestone"."""
    path = _runbook(tmp_path)
    table = table_of(_tables(store, path), "task")
    fields = fields_of(table)
    assert fields["STEP Task Description"] == "name"
    assert fields["STEP Step ID"] == "ref"
    assert fields["STEP Team"] == "resources"
    assert fields["EXECUTION Comments"] == "notes"  # the notes the description gave up
    first = values_at(table, 6)
    assert first["name"] == "Load open purchase orders batch 1"
    assert first["start_forecast"] == "2026-03-11"
    assert len([r for r in table["records"] if r["values"].get("name", "").startswith("Load")]) == 8


def test_a_task_name_beside_its_description_keeps_the_description_as_notes(store, tmp_path):
    """Only a plan no other column names is named by its description: beside "Task
    Name", "Task Description" stays the notes."""
    path = _runbook(tmp_path, ("Task Name", "Task Description"))
    table = table_of(_tables(store, path), "task")
    fields = fields_of(table)
    assert fields["STEP Task Name"] == "name"
    assert fields["STEP Task Description"] == "notes"


def _gates(tmp_path, with_milestone: bool):
    heads = ["Proj No.", "Project", "Gate", *(["Milestone"] if with_milestone else []),
             "Panel Chair" if not with_milestone else "Gatekeeper",
             "Planned Review", "Forecast Review", "Actual Review", "Status", "Comments"]
    rows = [["Stage-gate review schedule"], [], heads]
    gates = ["G1 (Concept → PFS)", "G2 (PFS → DFS)", "G3 (DFS → FEED)", "G4 (FID)"]
    names = ["Concept approval", "Pre-feasibility approval", "Feasibility approval",
             "Final Investment Decision"]
    for i in range(8):
        rows.append([f"MP-{101 + i // 2}", f"Shaft project {101 + i // 2}", gates[i % 4],
                     *([names[i % 4]] if with_milestone else []), "J. Botha",
                     f"2026-0{1 + i % 8}-15", f"2026-0{1 + i % 8}-28",
                     "2026-01-20" if i == 0 else None,
                     "Passed" if i == 0 else "Scheduled", "Pack issued" if i % 2 else None])
    return write_book(tmp_path / "gates.xlsx", {"Gate Reviews": rows})


def test_a_gate_schedules_gates_are_its_milestones(store, tmp_path):
    """A schedule of gate reviews by project, with no "Milestone" column: each gate is
    a milestone of its project, planned, forecast and held ("Planned Review" beside
    "Forecast Review" is the baseline); a gate "Passed" is complete, one "Scheduled"
    not yet due. It had been read as a list of projects, the gate as their stage."""
    path = _gates(tmp_path, with_milestone=False)
    [detected] = read_and_detect(path)
    assert detected.entity == "milestone"
    table = table_of(_tables(store, path, create=True), "milestone")
    fields = fields_of(table)
    assert fields["Gate"] == "name"
    assert fields["Proj No."] == "project_id"
    assert fields["Planned Review"] == "baseline_date"
    assert fields["Forecast Review"] == "forecast_date"
    first = values_at(table, 4)
    assert first["name"] == "G1 (Concept → PFS)"
    assert first["baseline_date"] == "2026-01-15" and first["forecast_date"] == "2026-01-28"
    assert first["status"] == "complete_on_time"  # "Passed"
    assert values_at(table, 5)["status"] == "not_due"  # "Scheduled"


def test_beside_a_milestone_column_the_gate_names_nothing(store, tmp_path):
    """A gate calendar with a "Milestone" column beside its "Gate": the milestone names
    the row; its "Gatekeeper" owns it."""
    path = _gates(tmp_path, with_milestone=True)
    table = table_of(_tables(store, path, create=True), "milestone")
    fields = fields_of(table)
    assert fields["Milestone"] == "name"
    assert fields["Gate"] != "name"
    assert fields["Gatekeeper"] == "owner"
    assert values_at(table, 4)["name"] == "Concept approval"


def test_a_planned_date_beside_a_forecast_date_is_the_baseline(store, tmp_path):
    """"Planned Date" alone is a milestone's date to come; beside "Forecast Date" it is
    the plan the forecast moved from."""
    rows = [["Milestone", "Owner", "Planned Date", "Forecast Date", "Actual Date"]]
    for i in range(6):
        rows.append([f"Handover of block {i + 1}", "Kim Lee", f"2026-0{i + 1}-10",
                     f"2026-0{i + 2}-10", None])
    table = table_of(_tables(store, write_book(tmp_path / "ms.xlsx", {"Milestones": rows})),
                     "milestone")
    fields = fields_of(table)
    assert fields["Planned Date"] == "baseline_date"
    assert fields["Forecast Date"] == "forecast_date"
    assert values_at(table, 2)["forecast_date"] == "2026-02-10"


def test_a_contacts_sheet_lists_people(store, tmp_path):
    """A runbook's "Contacts" sheet (name, role, team, e-mail) lists the people who do
    the work: read as resources, as a Swedish "Kontakter" already was, not passed over
    as a sheet of reference notes."""
    rows = [["Cutover contacts"], [],
            ["Name", "Role", "Organisation", "Team", "Location", "Mobile", "Email"]]
    people = ["Rajesh Patel", "Hannah Clarke", "Marek Nowak", "Aoife Byrne", "Tomás Díaz"]
    for i, person in enumerate(people):
        rows.append([person, "Cutover Lead", "Northwind", ("PMO", "Basis")[i % 2],
                     "Reading", f"+44 7700 90000{i}",
                     person.lower().replace(" ", ".") + "@northwind.example"])
    path = write_book(tmp_path / "runbook.xlsx", {"Contacts": rows})
    table = table_of(_tables(store, path), "resource")
    assert fields_of(table)["Name"] == "name"
    assert values_at(table, 4)["email"] == "rajesh.patel@northwind.example"
    assert len(table["records"]) == 5


def _cost_report(tmp_path, budgets=(1200.0, 800.0, 500.0), finals=(1300.0, 780.0, 520.0)):
    """A cost report by line: each line's budget, cost so far, cost still to come and
    final cost, under group bands, ending with its total."""
    rows = [["Owner's cost report — period 11"], [],
            ["Cost Code", "Description", "BUDGET", None, "ACTUALS", "FORECAST", None, None],
            [None, None, "Original Budget", "Current Budget", "Cost to Date",
             "Forecast to Complete", "Anticipated Final Cost", "Variance to Budget"]]
    lines = ["Enabling works", "Structure and envelope", "Fit-out and FF&E"]
    for i, (name, budget, final) in enumerate(zip(lines, budgets, finals)):
        rows.append([f"C{100 + i}", name, budget - 50, budget, final / 2, final / 2, final,
                     budget - final])
    rows.append([None, "TOTAL", sum(budgets) - 150, sum(budgets), sum(finals) / 2,
                 sum(finals) / 2, sum(finals), sum(budgets) - sum(finals)])
    return write_book(tmp_path / "cost_report.xlsx", {"Cost Report": rows},
                      merged={"Cost Report": ["C3:D3", "F3:H3"]})


def test_a_cost_reports_final_costs_are_the_projects_eac(store, tmp_path):
    """A cost report's "Anticipated Final Cost" of each line adds up to the project's
    estimate at completion (EAC), beside its budget (BAC); the cost still to come
    ("Forecast to Complete") and the variance are no final cost."""
    table = table_of(_tables(store, _cost_report(tmp_path)), "financial")
    fields = fields_of(table)
    assert fields["FORECAST Anticipated Final Cost"] == "forecast"
    assert fields["FORECAST Forecast to Complete"] is None
    assert fields["FORECAST Variance to Budget"] is None
    [record] = table["records"]
    assert record["values"] == {"bac": 2500.0, "eac": 2600.0}


def test_a_cost_report_of_another_budget_changes_no_eac(store, tmp_path):
    """Lines that add up to another budget than the project's are of another budget:
    its BAC is kept, and its EAC with it."""
    with store.write(source="test") as tx:
        tx.create("project", {"code": "OTH", "name": "Other", "bac": 9999.0, "eac": 9000.0})
    from pmo_desktop.operations.imports import import_files

    result = import_files(store, [_cost_report(tmp_path)], dry_run=True,
                          project_code="OTH").value.to_json()
    [table] = [t for t in result["files"][0]["tables"] if t["entity"] == "financial"]
    assert not [r for r in table["records"] if r["action"] == "update"]
    assert any("EAC) is kept too" in w for w in table["warnings"])


def test_a_top_sheet_with_cost_to_date_and_efc_is_a_cost_report(store, tmp_path):
    """A film budget's top sheet ("Locked Budget | Cost to Date | Commitments |
    Estimate to Complete | EFC"): budget, cost so far and estimated final cost make it a
    cost report, not a guess between a budget and a risk register."""
    rows = [["Top sheet"], ["Acct", "Description", "Locked Budget", "Cost to Date",
                            "Commitments", "Estimate to Complete", "EFC", "Notes"]]
    accounts = ["Story and rights", "Producers", "Director", "Cast", "Crew", "Post"]
    for i, account in enumerate(accounts):
        rows.append([1000 + 100 * i, account, 100.0 * (i + 1), 40.0 * (i + 1), 10.0,
                     65.0 * (i + 1), 105.0 * (i + 1), "Per schedule" if i % 2 else None])
    rows.append([None, "TOTAL", 2100.0, 840.0, 60.0, 1365.0, 2205.0, None])
    path = write_book(tmp_path / "topsheet.xlsx", {"Top Sheet": rows})
    [detected] = read_and_detect(path)
    assert detected.entity == "financial"
    table = table_of(_tables(store, path), "financial")
    assert "Held back" not in " ".join(table["warnings"])
    assert fields_of(table)["EFC"] == "forecast"
    assert table["records"][0]["values"] == {"bac": 2100.0, "eac": 2205.0}
