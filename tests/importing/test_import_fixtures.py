"""Every real tracker of ../shared/fixtures: tables, entity, header row, rows, key fields."""

from __future__ import annotations


from pmo_desktop.operations.imports import import_files


def _dry(store, path, project="DEMO"):
    result = import_files(store, [path], dry_run=True, project_code=project).value
    data = result.to_json()
    assert result.exit_code == 0, data["files"][0]["error"]
    assert data["batch"] is None
    return data["files"][0]


def _tables(file_json, entity=None):
    return [t for t in file_json["tables"] if entity is None or t["entity"] == entity]


def _fields(table):
    return {c["header"]: c["field"] for c in table["columns"]}


def test_s01_issue_register_rows_without_owner_are_imported_and_flagged(store, fixture_path):
    f = _dry(store, fixture_path("S01"))
    (t,) = _tables(f, "issue")
    assert (t["sheet"], t["range"], t["header_row"], t["rows"]) == ("Issue Register", "A1:N6", 1, 5)
    fields = _fields(t)
    assert fields["ID"] == "ref" and fields["Issue"] == "title"
    assert fields["Type"] == "issue_type" and fields["Closure Date"] == "closed_date"
    assert fields["Report Link"] is None  # reported, never dropped silently
    assert t["created"] == 5 and t["rejected"] == []  # no owner: imported, flagged
    assert [r["warnings"] for r in t["records"]] == [["no owner"]] * 5
    (warning,) = t["warnings"]
    assert "5 issue rows without an owner" in warning and "Data quality view" in warning and "pmo-desktop check" in warning
    lookup = [x for x in f["tables"] if x["sheet"] == "Definitions"]
    assert lookup and lookup[0]["entity"] is None


def test_s02_risk_register_named_issue_register(store, fixture_path):
    f = _dry(store, fixture_path("S02"))
    (t,) = _tables(f, "risk")  # the columns say risk, not the sheet's name
    fields = _fields(t)
    assert fields["Owner"] == "owner" and fields["Actionee"] == "actionee"
    assert fields["Probability"] == "probability" and fields["EV"] == "expected_value"
    assert t["rows"] == 3
    assert [s["row"] for s in t["skipped"]] == [5, 6, 7]  # blank template rows (ID only)
    assert t["created"] == 3 and t["rejected"] == []  # the Owner column is empty
    assert all(r["warnings"] == ["no owner"] for r in t["records"])
    assert any("Formulas without a saved value" in w for w in t["warnings"])
    assert any("3 risk rows without an owner" in w for w in t["warnings"])


def test_s03_tpm_tables_many_sheets(store, fixture_path):
    f = _dry(store, fixture_path("S03"))
    by_sheet = {}
    for t in f["tables"]:
        by_sheet.setdefault(t["sheet"], []).append(t)
    for sheet in ("RACI", "Stakeholders", "Comm Plan", "Requirements", "Scorecard"):
        assert all(t["entity"] is None for t in by_sheet[sheet]), sheet
    # a plan: its rows as tasks, and (its "Milestone" column names them) as milestones
    assert [t["entity"] for t in by_sheet["Mercury Simple"]] == ["task", "milestone"]
    simple = by_sheet["Mercury Simple"][1]
    assert simple["entity"] == "milestone" and simple["rows"] == 25
    assert _fields(simple)["Project / Program"] == "project_id"
    # its projects (Windows, macOS …) are not in the portfolio: rejected, not created
    assert simple["records"] == [] and len(simple["rejected"]) == 25
    assert simple["rejected"][0] == {
        "row": 2, "column": "B",
        "reason": "project 'Windows' is not in the portfolio (use --create-projects to add it)"}
    assert [(p["code"], p["created"]) for p in simple["new_projects"]][:2] == [
        ("WINDOWS", False), ("MACOS", False)]
    assert sum(p["rows"] for p in simple["new_projects"]) == 25
    allowed = import_files(store, [fixture_path("S03")], dry_run=True, project_code="DEMO",
                           create_projects=True).value.to_json()["files"][0]
    (simple,) = [t for t in allowed["tables"]
                 if t["sheet"] == "Mercury Simple" and t["entity"] == "milestone"]
    (bars,) = [t for t in allowed["tables"]
               if t["sheet"] == "Mercury Simple" and t["entity"] == "task"]
    # the bars as tasks, each of the project its row names
    assert [r["values"]["project"] for r in bars["records"]][:4] == [
        "WINDOWS", "WINDOWS", "WINDOWS", "MACOS"]
    first = simple["records"][0]["values"]
    assert {k: first.pop(k) for k in ("ref", "name", "project")} == {
        "ref": "1", "name": "P2P Subsystem Ready", "project": "WINDOWS"}
    # its bars over Jan … Aug (no year: the as-of year's) end in February
    assert first and all(v[4:] in ("-02-28", "-02-29") for v in first.values()), first
    risk_logs = by_sheet["Risk Log"]  # two tables on one sheet, blank rows between
    assert [(t["range"], t["header_row"], t["rows"]) for t in risk_logs] == [
        ("A1:G4", 1, 3), ("A13:E23", 13, 6)]
    assert [(t["created"], len(t["rejected"])) for t in risk_logs] == [(3, 0), (3, 3)]
    assert all("duplicate" in r["reason"] for r in risk_logs[1]["rejected"])
    (register,) = [t for t in allowed["tables"] if t["sheet"] == "Risk Register"]
    assert (register["entity"], register["created"], register["rejected"]) == ("risk", 4, [])
    for t in [register, *risk_logs]:  # no owner column: imported, flagged
        assert all(r["warnings"] == ["no owner"] for r in t["records"])
        assert any("without an owner" in w for w in t["warnings"])
    tasks, plan = by_sheet["Project Plan"]
    assert (tasks["entity"], plan["entity"]) == ("task", "milestone")
    assert plan["header_row"] == tasks["header_row"] == 3  # burndown rows above
    assert _fields(plan)["End Date"] == "forecast_date"
    assert _fields(tasks)["End Date"] == "finish_forecast"
    # no row is a milestone (each lasts days, none is flagged or named one): tasks only
    assert plan["records"] == []
    assert {s["row"]: s["reason"] for s in plan["skipped"]}[5] == \
        "a task, not a milestone (it has a duration)"
    design = {r["values"]["name"]: r["values"] for r in tasks["records"]}[
        "Maintain message list for both sent and received"]
    assert (design["start_forecast"], design["finish_forecast"]) == ("2023-03-20", "2023-04-07")


def test_s04_excel_table_with_hidden_lookups(store, fixture_path):
    f = _dry(store, fixture_path("S04"))
    (t,) = _tables(f, "risk")
    assert (t["sheet"], t["range"], t["rows"], t["created"]) == ("Risk Log", "A1:M10", 9, 9)
    fields = _fields(t)
    assert fields["Risk #"] == "ref" and fields["Risk Owner"] == "owner"
    assert fields["Response Strategy"] == "response"
    v = t["records"][0]["values"]
    assert (v["probability"], v["impact"], v["response"], v["status"]) == (4, 3, "reduce", "open")
    hidden = [x for x in f["tables"] if x.get("hidden")]
    assert {x["sheet"] for x in hidden} == {"Drop Downs", "Heat Map Lookup"}
    assert all(x["entity"] is None for x in hidden)


def test_s05_single_sheet_raid_log_splits_by_type(store, fixture_path):
    f = _dry(store, fixture_path("S05"))
    got = {t["entity"]: t for t in f["tables"]}
    assert set(got) == {"risk", "issue", "assumption", "dependency"}
    assert got["issue"]["records"][0]["values"]["status"] == "in_progress"
    assert got["assumption"]["records"][0]["values"]["status"] == "validated"
    assert got["risk"]["records"][0]["values"]["impact"] == 5  # High on a 3-point scale
    assert sum(t["created"] for t in got.values()) == 4
    # the column that tells each row's kind is listed as what it feeds: the item's type
    type_cols = {c["field"] for t in got.values() for c in t["columns"]
                 if c.get("used_as") == "type"}
    assert type_cols == {"type"}


def test_s06_dashboard_projects_and_milestones(store, fixture_path):
    f = _dry(store, fixture_path("S06"))
    (p,) = _tables(f, "project")
    fields = _fields(p)
    assert fields["Status"] == "rag_overall" and fields["Progress %"] == "pct_complete"
    assert fields["Budget"] == "bac" and fields["Actual Spend"] is None
    rag = [r["values"]["rag_overall"] for r in p["records"]]
    assert rag == ["green", "amber", "red"]
    assert [r["values"]["pct_complete"] for r in p["records"]] == [0.85, 0.65, 0.4]
    (m,) = _tables(f, "milestone")
    assert m["rows"] == 4 and m["records"][0]["values"]["forecast_date"] == "2026-04-01"
    kpi = [t for t in f["tables"] if t["sheet"] == "KPI Tracking"]
    assert kpi[0]["entity"] is None


def test_s07_four_raid_sheets(store, fixture_path):
    f = _dry(store, fixture_path("S07"))
    ents = [(t["sheet"], t["entity"]) for t in f["tables"]]
    assert ents == [("Risks", "risk"), ("Assumptions", "assumption"), ("Issues", "issue"),
                    ("Dependencies", "dependency")]
    issues = _tables(f, "issue")[0]
    assert _fields(issues)["Status (Open/In Progress/Closed)"] == "status"
    statuses = [r["values"]["status"] for r in issues["records"]]
    assert statuses[1] == "in_progress"  # "In progeress" → nearest allowed value
    risks = _tables(f, "risk")[0]
    assert _fields(risks)["Impact (High/Med/Low)"] == "impact"
    assert (risks["rows"], risks["created"], risks["rejected"]) == (4, 4, [])
    assert any("4 risk rows without an owner" in w for w in risks["warnings"])
    assumptions = _tables(f, "assumption")[0]
    assert (assumptions["created"], assumptions["rejected"]) == (3, [])
    assert all(r["warnings"] == ["no owner"] for r in assumptions["records"])
    assert (issues["created"], dependencies_created(f)) == (4, 5)
    assert "warnings" not in issues and "warnings" not in issues["records"][0]


def dependencies_created(file_json):
    return _tables(file_json, "dependency")[0]["created"]


def test_s08_german_plan_takes_milestones(store, fixture_path):
    f = _dry(store, fixture_path("S08"))
    assert [t["entity"] for t in f["tables"]] == ["task", "milestone"]
    t = f["tables"][1]
    assert (t["entity"], t["header_row"], t["range"]) == ("milestone", 6, "A6:G42")
    names = [r["values"]["name"] for r in t["records"]]
    assert names == ["M0: Kickoff", "M1: Abschluss Projektplan", "M2: End of Elaboration",
                     "M3: Feature Freeze", "M4: Code Freeze", "M5: Projektende"]
    assert t["rows"] == 6
    assert any("a task, not a milestone" in s["reason"] for s in t["skipped"])
    reasons = {s["reason"].split(" (")[0] for s in t["skipped"]}
    assert "section heading" in reasons  # Inception, Elaboration, …
    assert t["records"][0]["values"]["pct_complete"] == 1.0


def test_s09_spanish_issue_log_under_a_title_block(store, fixture_path):
    f = _dry(store, fixture_path("S09"))
    (t,) = f["tables"]
    assert (t["entity"], t["header_row"], t["rows"]) == ("issue", 11, 8)
    fields = _fields(t)
    assert fields["Responsable"] == "owner" and fields["Estado"] == "status"
    assert fields["Fecha estimada de resolución"] == "due_date"
    v = t["records"][0]["values"]
    assert (v["status"], v["priority"], v["date_raised"]) == ("resolved", "medium", "2026-02-17")


def test_s10_budget_actual_costs_by_month(store, fixture_path):
    f = _dry(store, fixture_path("S10"))
    (t,) = _tables(f, "financial")
    assert t["sheet"] == "Actual Costs" and t["header_row"] == 4
    assert {r["values"]["period"]: r["values"]["actual"] for r in t["records"]} == {
        "2022-02": 18700.0, "2022-03": 50600.0, "2022-04": 4000.0}
    assert any("subtotal" in s["reason"] for s in t["skipped"])
    assert all("period" in r["reason"] for r in t["rejected"])


def test_s11_risk_analysis_three_blocks(store, fixture_path):
    f = _dry(store, fixture_path("S11"))
    (t,) = _tables(f, "risk")
    assert (t["range"], t["header_row"], t["rows"], t["created"]) == ("A5:K25", 5, 19, 19)
    assert _fields(t)["Likelihood of Occurrence (1-5)"] == "probability"
    assert t["skipped"] == [{"row": 25, "reason": t["skipped"][0]["reason"]}]
    v = t["records"][0]["values"]
    assert (v["probability"], v["impact"], v["closed_date"]) == (3, 4, "2022-02-15")


def test_s12_mspdi_plan_gives_its_flagged_milestones(store, fixture_path):
    f = _dry(store, fixture_path("S12"))
    assert [t["entity"] for t in f["tables"]] == ["task", "milestone"]
    t = f["tables"][1]
    assert (t["entity"], t["header_row"], t["rows"]) == ("milestone", 3, 2)
    got = {r["values"]["name"]: r["values"]["forecast_date"] for r in t["records"]}
    assert got == {"Milestone 1": "2023-08-22", "Milestone 2": "2023-08-11"}
    reasons = {s["reason"] for s in t["skipped"]}
    assert "a summary task" in reasons


def test_s14_minimal_mspdi(store, fixture_path):
    f = _dry(store, fixture_path("S14"))
    tasks, milestones = f["tables"]
    assert (tasks["entity"], milestones["entity"]) == ("task", "milestone")
    assert [r["values"]["name"] for r in tasks["records"]] == ["task_0"]
    # its one task lasts a day and is not flagged a milestone: a task, not a milestone
    assert milestones["records"] == [] and milestones["skipped"] == [
        {"row": 4, "reason": "a task, not a milestone (it has a duration)"}]


def test_damaged_mspdi_is_refused(store, tmp_path):
    p = tmp_path / "plan.xml"
    p.write_bytes(b'<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task>')
    result = import_files(store, [str(p)], dry_run=True).value
    assert result.exit_code == 2 and "plan.xml" in result.to_json()["files"][0]["error"]


def test_without_project_rows_are_rejected_with_a_reason(store, fixture_path):
    f = import_files(store, [fixture_path("S04")], dry_run=True).value.to_json()["files"][0]
    (t,) = _tables(f, "risk")
    assert t["created"] == 0 and len(t["rejected"]) == 9
    assert "--project" in t["rejected"][0]["reason"]
