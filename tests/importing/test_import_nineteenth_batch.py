"""Layouts from a nineteenth round of trackers the importer had never seen (humanitarian
and global-health programmes, rail infrastructure): a staffing plan with its months as
dates under a merged banner, a logframe, a French action-point matrix, a KoboToolbox
issue export, an ActivityInfo project list, a management response to an evaluation, a
procurement plan, an Indian metro's quarterly cash flow and a UK rail dashboard.

Each test is a rule, not a file."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from .conftest import best_field, dry_run_tables, fields_of, write_book, write_csv

PROJECT = "LAB"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def test_months_written_as_dates_under_a_merged_banner_are_the_headers_second_row(
        store, tmp_path):
    """A staffing plan: "Name", "Duty station", "Monthly cost" merged down two rows, and
    "Level of effort 2026 (% FTE)" merged across twelve columns over a row of real dates
    (the first of each month). The row of dates had not counted as a header row (it holds
    no label), so the months were lost and the people read as risks."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "LoE 2026"
    ws.append(["Country office – staffing plan and level of effort"])
    ws.append([])
    months = [datetime(2026, m, 1) for m in range(1, 13)]
    ws.append(["#", "Position title", "Name", "Duty station", "Supervisor",
               "Monthly cost (USD)", "Level of effort 2026 (% FTE)", *[None] * 11,
               "Total person-months"])
    ws.append([None] * 6 + months + [None])
    for col in range(1, 7):
        ws.merge_cells(start_row=3, end_row=4, start_column=col, end_column=col)
    ws.merge_cells(start_row=3, end_row=3, start_column=7, end_column=18)
    ws.merge_cells(start_row=3, end_row=4, start_column=19, end_column=19)
    ws.append(["A. International staff"])
    people = [("Epidemiologist", "Sunita Rao", "Maiduguri", 11800, 1.0),
              ("Logistics Officer", "Johan Eriksson", "Yola", 9200, 0.5),
              ("Data Manager", "Amina Bello", "Damaturu", 6900, 1.0),
              ("Driver", "Musa Ali", "Yola", 1200, 0.25)]
    for i, (role, name, station, cost, loe) in enumerate(people, 1):
        ws.append([i, role, name, station, "M. Kouassi", cost, *[loe] * 12, loe * 12])
    for cell in ws[4][6:18]:
        cell.number_format = "mmm-yy"
    path = tmp_path / "staffing_plan_LoE_2026.xlsx"
    wb.save(path)
    tables = _tables(store, str(path), create=True)
    kinds = {t["entity"] for t in tables}
    assert kinds & {"resource", "allocation"} and "risk" not in kinds
    table = next(t for t in tables if t["entity"] in ("resource", "allocation"))
    assert table["header_row"] in (3, 4)
    fields = fields_of(table)
    assert fields["Name"] in ("name", "resource_id")
    assert fields["Duty station"] == "location"
    assert fields["Position title"] == "role_id" and fields["Monthly cost (USD)"] == "cost_rate"
    periods = sorted({r["values"]["period"] for r in table["records"]})
    assert periods == [f"2026-{m:02d}" for m in range(1, 13)]
    bello = next(p for p in table["parents"] if p["entity"] == "resource"
                 and p["values"]["name"] == "Amina Bello")
    assert bello["values"]["location"] == "Damaturu" and bello["values"]["cost_rate"] == 6900


def test_a_results_frameworks_indicators_are_its_benefits(store, tmp_path):
    """A logframe: the intervention logic merged down over its indicators, each with a
    baseline and an end-of-project target, and no column named "benefit" or "title". Its
    rows had read as assumptions (the "Assumptions" column its only title); each
    indicator is a benefit, named by what it measures."""
    rows = [["Results framework – maternal health programme"], [],
            ["Intervention logic", "Code", "Objectively verifiable indicators",
             "Baseline", "Target Y1", "End of project target", "Means of verification",
             "Responsible", "Assumptions"]]
    for i, (ind, base, target) in enumerate([
            ("Maternal mortality ratio (per 100,000 live births)", 325, 280),
            ("% births attended by skilled personnel", 0.52, 0.72),
            ("Number of health centres with a trained midwife", 12, 48),
            ("% pregnant women with 4 antenatal visits", 0.41, 0.6)]):
        rows.append(["Outcome: better maternal care" if i == 0 else None, f"OC.{i + 1}", ind,
                     base, None, target, "DHIS2", "M&E officer",
                     "Staff stay in post" if i == 0 else None])
    path = write_book(tmp_path / "logframe_v3.xlsx", {"Logframe": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "benefit" and "held" not in table
    fields = fields_of(table)
    assert fields["Objectively verifiable indicators"] == "measure"
    assert fields["End of project target"] == "target_value"
    assert fields["Intervention logic"] == "objective"
    first = table["records"][0]["values"]
    assert first["ref"] == "OC.1" and first["title"].startswith("Maternal mortality ratio")
    assert first["baseline_value"] == 325 and first["target_value"] == 280


def test_a_french_action_point_matrix_with_ticked_statuses(store, tmp_path):
    """A coordination meeting's action points: "Point d'action", "Responsable(s)",
    "Échéance", "Statut" written "✔ Fait", "En cours" or "Non fait", a banner row per
    meeting. No column had named the action, so nothing was read."""
    rows = [["Matrice de suivi des points d'action"], [],
            ["N°", "Date réunion", "Point d'action", "Responsable(s)", "Échéance", "Statut"],
            ["RÉUNION MENSUELLE DU 14 JANVIER 2026"]]
    for i, status in enumerate(["✔ Fait", "En cours", "Non fait", "✔ Fait"], 1):
        rows.append([i, "14/01/2026", f"Partager le rapport {i}", "DRS",
                     datetime(2026, 2, i), status])
    path = write_book(tmp_path / "matrice_suivi.xlsx", {"Suivi des actions": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "action"
    fields = fields_of(table)
    assert fields["Point d'action"] == "title" and fields["Responsable(s)"] == "owner"
    statuses = [r["values"].get("status") for r in table["records"]]
    assert statuses == ["done", "open", "open", "done"]
    assert not any("not one of" in str(w) for w in table.get("warnings", []))



def test_a_level_of_a_field_is_that_field(store, tmp_path):
    """A KoboToolbox form's issue export: "Niveau de priorité" is the priority (a level of
    it), "Personne responsable du suivi" the owner, "Date du constat" the day it was
    raised. None had been read."""
    head = ('"start";"Date du constat";"Description du problème";"Niveau de priorité";'
            '"Personne responsable du suivi";"Statut";"_id";"_submitted_by"')
    rows = [f'"2026-01-0{i}T10:25:41.149+00:00";"2026-01-0{i}";"Rupture de stock {i}";'
            f'"{("Haute", "Moyenne", "Basse")[i % 3]}";"Pharmacien projet";"En cours";'
            f'"4821207{i}";"spt_kayes_se"' for i in range(1, 6)]
    path = write_csv(tmp_path / "kobo_registre_problemes.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] == "issue"
    fields = fields_of(table)
    assert fields["Niveau de priorité"] == "priority"
    assert fields["Personne responsable du suivi"] == "owner"
    assert fields["Date du constat"] == "date_raised"
    first = table["records"][0]["values"]
    assert first["priority"] == "medium" and first["date_raised"] == "2026-01-01"


def test_a_projects_status_is_its_state_beside_a_state_of_the_country(store, tmp_path):
    """A 4W export of a health sector's projects: "Project Status" of Ongoing, Suspended,
    Completed beside "State" (Borno, Yobe: where it runs) and a "Focal Point" who runs
    it. "Ongoing" had not been a state, so the places were tried as one and the status
    was lost; the focal point was left out."""
    head = "Project Code,Project Title,Donor,Project Status,State,Focal Point"
    rows = [f"NGA-26/H/11{i},Project {i},ECHO,{s},{p},Dr. Kemi Adeyemi"
            for i, (s, p) in enumerate([("Ongoing", "Borno"), ("Suspended", "Yobe"),
                                        ("Completed", "Borno"), ("Ongoing", "Adamawa"),
                                        ("Planned", "Yobe")])]
    path = write_csv(tmp_path / "ActivityInfo_4W_export.csv", [head, *rows])
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    fields = fields_of(table)
    assert fields["Project Status"] == "state" and fields["Focal Point"] == "manager"
    states = [r["values"].get("state") for r in table["records"]]
    assert states == ["active", "on_hold", "completed", "active", "proposed"]


def test_an_id_merged_over_several_actions_names_their_group(store, tmp_path):
    """A management response to an evaluation: each recommendation's number ("R1") and
    text merged down over its key actions, one action a row, a "Time frame" for each.
    The number had been taken as each action's ID, so every action after a
    recommendation's first was rejected as a duplicate of it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Management response"
    ws.append(["Management response – tracking of key actions"])
    ws.append([])
    ws.append(["Rec. #", "Evaluation recommendation", "Key action(s)",
               "Responsible unit(s)", "Time frame", "Tracking status"])
    actions = [("R1", "Strengthen governance", "1.1 Adopt ToR", "Coordination unit",
                datetime(2026, 3, 31), "Completed"),
               (None, None, "1.2 Hold monthly meetings", "Coordination unit",
                datetime(2026, 4, 30), "Ongoing"),
               ("R2", "Scale up surveillance", "2.1 Extend CBS", "Surveillance",
                datetime(2026, 9, 30), "Ongoing"),
               (None, None, "2.2 Link the forms", "Data management",
                datetime(2026, 12, 31), "Not started"),
               (None, None, "2.3 Train volunteers", "Surveillance",
                datetime(2026, 6, 30), "Not started")]
    for a in actions:
        ws.append(list(a))
    for col in (1, 2):
        ws.merge_cells(start_row=4, end_row=5, start_column=col, end_column=col)
        ws.merge_cells(start_row=6, end_row=8, start_column=col, end_column=col)
    path = tmp_path / "management_response.xlsx"
    wb.save(path)
    [table] = _tables(store, str(path))
    assert table["entity"] == "action" and table["created"] == 5 and not table["rejected"]
    fields = fields_of(table)
    assert fields["Key action(s)"] == "title" and fields["Time frame"] == "due_date"
    assert fields["Rec. #"] is None
    assert [r["values"]["title"] for r in table["records"]][:2] == [
        "1.1 Adopt ToR", "1.2 Hold monthly meetings"]


def test_a_rows_of_one_record_under_a_merged_id_and_title_stay_one(store, tmp_path):
    """The other side of the rule above: a risk whose ID and title are merged down over
    two rows (its two mitigations written one a row) keeps its ID."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    ws.append(["Risk ID", "Risk title", "Owner", "Mitigation", "Probability", "Impact"])
    ws.append(["R-01", "Supplier late", "Ann", "Weekly calls", "High", "High"])
    ws.append([None, None, None, "Second supplier", None, None])
    ws.append(["R-02", "Budget cut", "Bob", "Phase the scope", "Low", "High"])
    ws.append(["R-03", "Key staff leave", "Cy", "Handover notes", "Medium", "Medium"])
    for col in (1, 2, 3, 5, 6):
        ws.merge_cells(start_row=2, end_row=3, start_column=col, end_column=col)
    path = tmp_path / "risks.xlsx"
    wb.save(path)
    [table] = _tables(store, str(path))
    assert table["entity"] == "risk"
    assert fields_of(table)["Risk ID"] == "ref"
    assert {r["values"]["ref"] for r in table["records"]} == {"R-01", "R-02", "R-03"}


def test_a_lessons_theme_is_its_category(store, tmp_path):
    """A lessons table's "Theme" (Coordination, Surveillance, Supply chain) beside "What
    happened": the theme is the lesson's category, not its title."""
    rows = [["No.", "Theme", "What happened (event)", "Effect on the programme",
             "Recommendation for future programming", "Lesson owner"]]
    for i, theme in enumerate(["Coordination", "Surveillance", "Supply chain",
                               "Coordination"], 1):
        rows.append([f"LL-0{i}", theme, f"Event {i} happened in year 1", f"Effect {i}",
                     f"Do {i} earlier", "M&E Officer"])
    path = write_book(tmp_path / "lessons.xlsx", {"Lessons learned": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "lesson"
    assert fields_of(table)["Theme"] == "category"
    assert table["records"][2]["values"]["category"] == "Supply chain"


def test_done_in_part_is_still_in_progress(store, tmp_path):
    """"Réalisé partiellement" (done in part) had been read by its first word as done."""
    rows = [["N°", "Activités", "Responsable", "Date début", "Date fin", "Statut"]]
    for i, status in enumerate(["Réalisé partiellement", "Réalisé", "Partially completed",
                                "Non démarré"], 1):
        rows.append([f"A1.{i}", f"Activité {i}", "Coordinateur", datetime(2026, i, 5),
                     datetime(2026, i + 2, 28), status])
    path = write_book(tmp_path / "chronogramme.xlsx", {"Chronogramme 2026": rows})
    [table] = _tables(store, path)  # (an action list or a plan: either way)
    statuses = [r["values"].get("status") for r in table["records"]]
    assert statuses[0] in ("in_progress", "open") and statuses[2] == statuses[0]
    assert statuses[1] in ("complete", "done")


def test_an_estimated_amount_makes_no_risk_of_a_procurement_plan(store, tmp_path):
    """A procurement plan (PAC): items to buy with "Monto estimado", a responsible, a
    delivery date and a status. "Monto estimado" (an estimated amount, of anything) had
    been a risk's cost of impact, so the plan read as a risk register."""
    rows = [["No.", "Descripción del bien, servicio u obra", "Cantidad", "Monto estimado (Q)",
             "Fecha entrega (prog.)", "Responsable", "Estado", "Observaciones"]]
    for i in range(1, 7):
        rows.append([i, f"Insumo {i}, caja x 25", 100 * i, 5000 * i, datetime(2026, i, 28),
                     "Lic. Marta Chub", "Programado", None])
    path = write_book(tmp_path / "PAC_2026.xlsx", {"PAC 2026": rows})
    [table] = _tables(store, path)
    assert table["entity"] != "risk"
    assert fields_of(table)["Monto estimado (Q)"] != "impact_cost"


def test_quarters_that_name_their_months_under_an_indian_fiscal_year(store, tmp_path):
    """A metro's quarterly cash flow: "Q1 (Apr-Jun)" … "Q4 (Jan-Mar)" under merged
    "FY 2025-26" and "FY 2026-27", each budget head on three rows (BE, Actual, RE /
    Projection), "(₹ in Crore)" in the title. No quarter had been read (no year in its
    own label), so nothing was."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Qtr-wise Cash Flow"
    ws.append(["Quarter-wise capital expenditure: BE vs Actual vs RE (₹ in Crore)"])
    ws.append([])
    ws.append([None, None, None, "FY 2025-26", None, None, None, "FY 2026-27"])
    quarters = ["Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)"]
    ws.append(["S.No.", "Budget Head", "Particulars", *quarters, *quarters])
    ws.merge_cells("D3:G3")
    ws.merge_cells("H3:K3")
    for i, head in enumerate(["Civil Works", "Rolling Stock"], 1):
        ws.append([i, head, "BE", *[10 * i] * 8])
        ws.append([None, None, "Actual", *[9 * i] * 4, *[None] * 4])
        ws.append([None, None, "RE / Projection", *[11 * i] * 8])
    path = tmp_path / "quarterly_cashflow_FY26_FY27.xlsx"
    wb.save(path)
    [table] = _tables(store, str(path))
    assert table["entity"] == "financial"
    assert fields_of(table)["Budget Head"] == "category"
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert sorted(by_period) == ["2025-06", "2025-09", "2025-12", "2026-03", "2026-06",
                                 "2026-09", "2026-12", "2027-03"]
    crore = 10_000_000
    assert by_period["2025-06"]["planned"] == 30 * crore  # 10 + 20, in crore
    assert by_period["2025-06"]["actual"] == 27 * crore
    assert by_period["2026-03"]["forecast"] == 33 * crore
    assert "actual" not in by_period["2026-06"]


def test_a_quarters_months_and_year_in_a_period_column(store, tmp_path):
    """The same money a quarter a row: "Apr-Jun 2025" under "Quarter", with "BE",
    "Actual" and "RE / Projection" columns (the budget estimate and the revised one)."""
    rows = [["Capex summary by quarter"], [],
            ["Quarter", "FY", "BE", "Actual", "RE / Projection", "Variance"]]
    for i, q in enumerate(["Apr-Jun 2025", "Jul-Sep 2025", "Oct-Dec 2025", "Jan-Mar 2026"]):
        rows.append([q, "2025-26", 700 + i, 600 + i, 650 + i, -100])
    path = write_book(tmp_path / "capex_summary.xlsx", {"Qtr Summary": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    fields = fields_of(table)
    assert (fields["Quarter"], fields["BE"], fields["RE / Projection"]) == (
        "period", "planned", "forecast")
    assert [r["values"]["period"] for r in table["records"]] == [
        "2025-06", "2025-09", "2025-12", "2026-03"]


def test_a_rail_dashboards_stages_money_and_entry_into_service(store, tmp_path):
    """A rail enhancements dashboard: "GRIP / PACE Stage" of "GRIP 6", "PACE Ph.2 (Develop
    & Design)"; "Authority" and "AFC" (the authorised budget and the anticipated final
    cost) under "Finance (£m)"; "Baseline" and "Forecast" under "Entry into Service".
    None of these had been read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "P11 Dashboard"
    ws.append(["Enhancements portfolio dashboard – £m nominal"])
    ws.append([])
    ws.append(["Project Details", None, None, None, "Finance (£m)", None,
               "Entry into Service"])
    ws.append(["Ref", "Scheme", "Project Manager", "GRIP / PACE Stage", "Authority", "AFC",
               "Baseline", "Forecast"])
    ws.merge_cells("A3:D3")
    ws.merge_cells("E3:F3")
    ws.merge_cells("G3:H3")
    stages = ["GRIP 6", "PACE Ph.2 (Develop & Design)", "GRIP 3", "GRIP 8 (Close-out)"]
    for i, stage in enumerate(stages):
        ws.append([f"15023{i}", f"Scheme {i}", "S. Okafor", stage, 10.5 + i, 11.0 + i,
                   datetime(2026, 6, 15 + i), datetime(2026, 9, 15 + i)])
    path = tmp_path / "enhancements_dashboard.xlsx"
    wb.save(path)
    [table] = _tables(store, str(path), create=True)
    assert table["entity"] == "project"
    fields = {h.split("Details ")[-1].split(") ")[-1].split("Service ")[-1]: f
              for h, f in fields_of(table).items()}
    assert fields["GRIP / PACE Stage"] == "stage"
    assert (fields["Authority"], fields["AFC"]) == ("bac", "eac")
    assert (fields["Baseline"], fields["Forecast"]) == ("finish_baseline", "finish_forecast")
    first = table["records"][0]["values"]
    assert first["stage"] == "delivery" and first["bac"] == 10_500_000
    assert [r["values"]["stage"] for r in table["records"]][1:] == [
        "planning", "planning", "closing"]


def test_a_row_of_period_end_dates_places_periods_that_name_no_date(store, tmp_path):
    """A contractor's resource loading in FTE by Network Rail period ("P10 25/26" …),
    a row "Period end →" of dates under the labels. The labels name no date, so no
    period had been read and the plan read as a roster. Each 4-weekly period is the
    month it mostly falls in (P10 ends on 3 January: December) and spans 20 working
    days; the row of dates is no record."""
    labels = ["P10 25/26", "P11 25/26", "P12 25/26", "P13 25/26", "P01 26/27"]
    ends = [datetime(2026, 1, 3), datetime(2026, 1, 31), datetime(2026, 2, 28),
            datetime(2026, 3, 31), datetime(2026, 4, 25)]
    rows = [["Resource loading forecast (FTE by NR period)"], [],
            ["Name", "Role", "Company", *labels, "Avg FTE"],
            [None, None, "Period end →", *ends, None],
            ["Gareth Price", "Lead Designer", "Sigtech", 1, 1, 1, 0.8, 0.5, 0.86],
            ["Aisha Rahman", "Designer", "Sigtech", 1, 1, 0.5, 0.5, 0.5, 0.7],
            ["Helen Marsh", "Checker", "Sigtech", 0.5, 0.5, 0.5, 0.5, None, 0.5]]
    path = write_book(tmp_path / "resource_loading.xlsx", {"Resource Loading": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "allocation" and table["rows"] == 3
    gareth = {r["values"]["period"]: r["values"]["hours"] for r in table["records"]
              if r["values"]["resource"] == "Gareth Price"}
    assert gareth == {"2025-12": 150.0, "2026-01": 150.0, "2026-02": 150.0,
                      "2026-03": 120.0, "2026-04": 75.0}
    assert any("20 working days" in w for w in table["warnings"])


def test_week_numbers_over_their_mondays_are_those_weeks(store, tmp_path):
    """A capacity plan in days a week: "wk 10" … "wk 14" (a week of the project or of
    the year: the label alone does not say) over a row of their Mondays: each week is
    its Monday's month's."""
    mondays = [datetime(2026, 3, 16), datetime(2026, 3, 23), datetime(2026, 3, 30),
               datetime(2026, 4, 6), datetime(2026, 4, 13)]
    rows = [["Team capacity plan (days per week)"], [],
            ["Name", "Role", "Project", *[f"wk {12 + k}" for k in range(5)], "Total days"],
            [None, None, None, *mondays, None],
            ["Priya Nair", "Product Owner", "Phoenix", 4, 4, 4, 4, 4, 20],
            ["Tom Baker", "Architect", "Phoenix", 5, 5, 5, 5, 4, 24]]
    path = write_book(tmp_path / "capacity_plan_wk10-14.xlsx", {"Capacity": rows})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "allocation" and table["rows"] == 2
    priya = {}
    for r in table["records"]:
        if r["values"]["resource"] == "Priya Nair":
            priya[r["values"]["period"]] = priya.get(r["values"]["period"], 0) + \
                r["values"]["hours"]
    assert priya == {"2026-03": 3 * 4 * 7.5, "2026-04": 2 * 4 * 7.5}


def test_a_document_systems_variation_register(store, tmp_path):
    """An Aconex variation register: "Mail No", "Est. Value (INR)" and "Engineer's
    Decision"."""
    head = ('"Mail No","Subject","Status","Est. Value (INR)","Time Impact (Days)",'
            '"Engineer\'s Decision","Decision Date"')
    rows = [f'"IMRCL-VAR-00012{i}","Variation {i}","Closed","₹ 1,12,75,{i}00","{10 * i}",'
            f'"{("Approved", "Rejected")[i % 2]}","24/09/2025"' for i in range(1, 5)]
    path = write_csv(tmp_path / "aconex_variation_register.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = fields_of(table)
    assert (fields["Mail No"], fields["Est. Value (INR)"], fields["Engineer's Decision"]) == (
        "ref", "impact_cost", "decision")
    assert table["records"][0]["values"]["impact_cost"] == 11275100


def test_a_document_systems_field_issues(store, tmp_path):
    """An Aconex field issue's "Assigned User" beside its "Assigned Organization" (the
    person owns it), and its "Responded" and "Disputed" statuses."""
    head = '"Issue ID","Title","Status","Assigned Organization","Assigned User","Due Date"'
    rows = [f'"BSA-010{i}","Lift shaft {i}","{s}","Wessex Lift Services","Daniel Fox",'
            f'"0{i}/03/2026"' for i, s in enumerate(["Responded", "Disputed", "Open"], 1)]
    path = write_csv(tmp_path / "aconex_field_issues.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] == "issue" and fields_of(table)["Assigned User"] == "owner"
    assert [r["values"]["status"] for r in table["records"]] == [
        "in_progress", "escalated", "open"]


def test_a_management_of_change_register_is_a_change_log(store, tmp_path):
    """A process plant's MOC log: "MOC #", "Title / Description of Change",
    "Originator", "Est. Cost Impact", "Sched. Impact (days)", "Approver", "Approval
    Date", and a "Risk Rank" of its own. It had read as a risk register."""
    rows = [["Management of Change (MOC) Register – Upgrader 2026"], [],
            ["MOC #", "Title / Description of Change", "Type", "Originator",
             "Date Initiated", "Risk Rank", "Est. Cost Impact", "Sched. Impact (days)",
             "Status", "Approver", "Approval Date"]]
    for i in range(1, 6):
        rows.append([f"MOC-26-00{i}", f"Replace PSV-210{i} with a larger valve", "Equipment",
                     "Marc Lefebvre", datetime(2026, 1, i), "C", 38500 * i, i * 3,
                     "Approved", "D. McAllister", datetime(2026, 2, i)])
    path = write_book(tmp_path / "MOC_register_2026.xlsx", {"MOC Log": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = fields_of(table)
    assert (fields["MOC #"], fields["Originator"], fields["Approval Date"]) == (
        "ref", "requester", "decision_date")
    assert table["records"][1]["values"]["impact_schedule_days"] == 6


def test_a_lessons_title_named_by_the_lesson(store, tmp_path):
    """"Título da Lição" (the lesson's title) beside "O que aconteceu? (Evento)": the
    record's own word with a title's word is its title, in Portuguese as in French
    ("Intitulé de la décision")."""
    rows = [["Nº", "Categoria", "Título da Lição", "O que aconteceu? (Evento)",
             "Recomendação para futuros projetos", "Data de Registro"]]
    for i in range(1, 5):
        rows.append([i, "Suprimentos", f"Lição {i}", f"Evento {i} no projeto",
                     f"Fazer {i} antes", datetime(2025, 5, 20 + i)])
    path = write_book(tmp_path / "licoes_aprendidas.xlsx", {"Lições Aprendidas": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "lesson"
    assert fields_of(table)["Título da Lição"] == "title"
    assert table["records"][0]["values"]["title"] == "Lição 1"


def test_a_capex_lists_director_estimate_and_executive_sponsor(store, tmp_path):
    """A capex portfolio: "Project Director" (who runs it) beside "Executive Sponsor",
    and "Current Estimate (C$M)" beside "Approved Capex (C$M)". The director had taken
    the sponsor's place and the estimate had been left out."""
    rows = [["Capex portfolio FY26"], [],
            ["Proj #", "Project Name", "Project Director", "Executive Sponsor",
             "Approved Capex (C$M)", "Current Estimate (C$M)"]]
    for i in range(1, 5):
        rows.append([f"NSR-10{i}", f"Plant {i}", "Mark Thibodeau", "Jennifer Walsh (COO)",
                     400 + i, 420 + i])
    path = write_book(tmp_path / "capex_portfolio.xlsx", {"Portfolio FY26": rows})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert (fields["Project Director"], fields["Executive Sponsor"]) == ("manager", "sponsor")
    assert fields["Current Estimate (C$M)"] == "eac"
    assert table["records"][0]["values"]["eac"] == 421_000_000


def test_an_audits_findings_rating_observation_and_report_date(store, tmp_path):
    """Internal audit findings: "Title" beside "Observation" (what was found: the
    description), a "Rating" of High/Medium/Low (the finding's severity) and the day
    the "Report issued". All three had been left out."""
    rows = [["Internal audit findings – regulatory change"],
            ["Finding ref", "Audit report", "Report issued", "Title", "Rating",
             "Observation", "Accountable executive", "Overall status"]]
    for i, rating in enumerate(["High", "Medium", "Low", "High"], 1):
        rows.append([f"F-041-0{i}", "IA-2025-041", datetime(2025, 11, 14), f"Finding {i}",
                     rating, f"Register not reconciled ({i})", "Eline Jansen (COO)", "Open"])
    path = write_book(tmp_path / "IA_findings_tracker.xlsx", {"Findings": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "issue"
    fields = fields_of(table)
    assert (fields["Rating"], fields["Observation"], fields["Report issued"]) == (
        "severity", "description", "date_raised")


def test_a_steering_groups_decision_list_in_dutch(store, tmp_path):
    """A Dutch steering group's decisions: "Datum SG" (the meeting that decided) and
    "Overwogen opties" (the options weighed)."""
    rows = [["Besluitenlijst stuurgroep"], [],
            ["Nr.", "Datum SG", "Onderwerp", "Besluit", "Overwogen opties", "Genomen door"]]
    for i in range(1, 5):
        rows.append([f"B-00{i}", datetime(2025, 9, 10 + i), f"Onderwerp {i}",
                     f"Besluit {i} genomen", "A) EUC  B) wachten", "Stuurgroep"])
    path = write_book(tmp_path / "besluitenlijst.xlsx", {"Besluitenlijst": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "decision"
    fields = fields_of(table)
    assert (fields["Datum SG"], fields["Overwogen opties"]) == ("decision_date", "options")


def test_an_intake_list_exported_from_a_task_tool(store, tmp_path):
    """A ClickUp list of requests for new projects: the tool's own task columns ("Task
    ID", "Parent ID", "Time Estimated", "Comments" of "[]") and custom fields named with
    their type ("Costo estimado MXN (currency)", "Puntaje priorización (number)"). Its
    Parent ID had made it a plan; the type in brackets had been read as a field's name
    ("number": a code); "Time Estimated" had been a forecast finish and "[]" a note."""
    head = ("Task ID,Task Name,Status,Start Date,Parent ID,Assignees,Time Estimated,Comments,"
            "Patrocinador (short text),Costo estimado MXN (currency),"
            "Beneficios esperados (text),Fecha de solicitud (date),"
            "Puntaje priorización (number)")
    rows = [f"86b2k{i}x7q,Solicitud {i},en evaluación,,,[Verónica Treviño],,[],"
            f"Carmen Villaseñor,{1000000 * i},Reducir consultas {i},1/1{i}/2026,{70 + i}"
            for i in range(1, 6)]
    path = write_csv(tmp_path / "intake_nuevos_proyectos_clickup.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] == "proposal" and "held" not in table
    fields = fields_of(table)
    assert fields["Costo estimado MXN (currency)"] == "estimated_cost"
    assert fields["Puntaje priorización (number)"] != "code"
    assert fields["Time Estimated"] is None
    first = table["records"][0]["values"]
    assert first["estimated_cost"] == 1000000 and "notes" not in first


def test_a_japanese_lessons_list_under_group_headers(store, tmp_path):
    """A Japanese retrospective: "事象" (what happened), "影響" (its effect), "原因"
    (cause), "提言（次回への改善策）" (recommendation), "担当" (owner), "登録日" (date
    logged), under group cells "何が起きたか" and "今後への提言". Only the number,
    category and title had been read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "教訓一覧"
    ws.append(["新規出店プロジェクト 振り返り ― 教訓一覧"])
    ws.append([])
    ws.append(["基本情報", None, None, None, "何が起きたか", None, None, "今後への提言", "管理"])
    ws.append(["No.", "登録日", "分類", "件名", "事象", "影響", "原因", "提言（次回への改善策）",
               "担当"])
    ws.merge_cells("A3:D3")
    ws.merge_cells("E3:G3")
    for i in range(1, 5):
        ws.append([i, datetime(2025, 7, i), "設計・工事", f"件名{i}", f"事象{i}", f"影響{i}",
                   f"原因{i}", f"提言{i}", "工事G 高橋"])
    path = tmp_path / "教訓一覧.xlsx"
    wb.save(path)
    [table] = _tables(store, str(path))
    assert table["entity"] == "lesson"
    first = table["records"][0]["values"]
    assert (first["title"], first["event"], first["effect"], first["causes"],
            first["recommendations"], first["owner"], first["date_logged"]) == (
        "件名1", "事象1", "影響1", "原因1", "提言1", "工事G 高橋", "2025-07-01")


def test_iberian_staff_and_status_words(store, tmp_path):
    """A Portuguese roster's "FTE contratual" and "Custo/dia (€)"; a Mexican status
    summary's "Líder" (who leads each front), a milestone table's "Fecha plan" and a
    cutover contact list's "Rol en cutover" (a role, in the cutover)."""
    rows = [["Nome", "Função", "Equipa", "FTE contratual", "Custo/dia (€)"]]
    for i in range(1, 5):
        rows.append([f"Pessoa {i}", "Analista", "Payroll", 0.8, f"{300 + i},00 €"])
    path = write_book(tmp_path / "recursos.xlsx", {"Recursos": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "resource"
    fields = fields_of(table)
    assert (fields["FTE contratual"], fields["Custo/dia (€)"]) == ("fte", "cost_rate")
    assert table["records"][0]["values"]["cost_rate"] == 301
    assert best_field("Líder", "project") == "manager"
    assert best_field("Fecha plan", "milestone") == "baseline_date"
    assert best_field("Rol en cutover", "resource") == "role_id"


def test_a_budgets_project_written_on_its_first_line_only(store, tmp_path):
    """An Italian quarterly budget: "Codice progetto" (DOR-02) beside "Progetto" (its
    name), each written on the project's first cost line only, a "Totale" row after each
    programme. The name had been taken for the project over the code, and the blank
    lines had gone to the project chosen for the import."""
    rows = [["Budget vs Forecast per trimestre 2026"], [],
            ["Codice progetto", "Progetto", "Voce di costo", "T1 2026", "T2 2026", "T3 2026"],
            ["DOR-02", "Register of Information", "Personale interno", 60000, 40000, 0],
            [None, None, "Consulenza esterna", 85000, 30000, 0],
            ["DOR-01", "Framework rischio ICT", "Consulenza esterna", 45000, 45000, 0],
            [None, "Totale DORA", None, 190000, 115000, 0],
            [None, None, "Licenze software", 1000, 1000, 0],
            ["CRR-01", "Output floor", "Personale interno", 120000, 90000, 0],
            [None, None, "Licenze software", 75000, 0, 0]]
    path = write_book(tmp_path / "budget_trimestri.xlsx", {"Budget 2026": rows})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "financial"
    assert fields_of(table)["Codice progetto"] == "project_id"
    by = {(r["values"]["project"], r["values"]["period"]): r["values"]["planned"]
          for r in table["records"]}
    assert by[("DOR-02", "2026-03")] == 145000 and by[("CRR-01", "2026-03")] == 195000
    # after a total, a line names no project: not DOR-01's
    assert by[("DOR-01", "2026-03")] == 45000


def test_a_french_towns_works_programme_of_operations(store, tmp_path):
    """A French town's multi-year investment programme: each project an "opération"
    ("N° opération", "Intitulé de l'opération"), its elected sponsor ("Élu référent"),
    its voted authorisation ("AP votée (€ TTC)") and updated cost, its initial and
    forecast delivery, and its phase under the public works law ("Études (APD)",
    "Travaux", "GPA / parfait achèvement"). No kind had been recognised."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PPI 2025-2030"
    ws.append(["Programme Pluriannuel d'Investissement (PPI) Bâtiments 2025-2030"])
    ws.append([])
    ws.append(["IDENTIFICATION", None, None, "FINANCES", None, "CALENDRIER", None, "SUIVI"])
    ws.append(["N° opération", "Intitulé de l'opération", "Élu référent", "AP votée\n(€ TTC)",
               "Coût prévisionnel actualisé (€ TTC)", "Livraison PPI initial",
               "Livraison prévisionnelle", "Phase"])
    ws.merge_cells("A3:C3")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    phases = ["Travaux", "Études (APD)", "GPA / parfait achèvement", "Programmation"]
    for i, phase in enumerate(phases, 1):
        ws.append([f"OP-2022-00{i}", f"Groupe scolaire {i}", "Mme D. Rouault", 9150000 + i,
                   9480000 + i, datetime(2026, 7, i), datetime(2026, 12, i), phase])
    path = tmp_path / "PPI_batiments.xlsx"
    wb.save(path)
    [table] = _tables(store, str(path), create=True)
    assert table["entity"] == "project"
    first = table["records"][0]["values"]
    assert (first["code"], first["name"], first["sponsor"]) == (
        "OP-2022-001", "Groupe scolaire 1", "Mme D. Rouault")
    assert (first["bac"], first["eac"]) == (9150001, 9480001)
    assert (first["finish_baseline"], first["finish_forecast"]) == ("2026-07-01", "2026-12-01")
    assert [r["values"]["stage"] for r in table["records"]] == [
        "delivery", "planning", "closing", "initiation"]


def test_a_workload_plan_names_each_person_once_over_their_projects(store, tmp_path):
    """A Québec school board's workload plan in person-days a month: "Chargé(e) de
    projets" written on the first of each person's lines, "No projet" codes ("—" for
    work on no project) beside the project's name, a total row per person. It had read
    as a project list."""
    months = [datetime(2026, m, 1) for m in range(1, 5)]
    rows = [["Plan de charge des chargés de projets — jours-personne par mois"], [],
            ["Chargé(e) de projets", "Titre d'emploi", "No projet", "Projet / établissement",
             *months, "Total 2026"],
            ["Marie-Ève Tremblay", "Ingénieure", "2024-AJ-017", "Agrandissement école",
             9, 9, 10, 10, 38],
            [None, None, "2025-NC-003", "Nouvelle école secondaire", 5, 5, 5, 6, 21],
            [None, None, "—", "Gestion / reddition de comptes", 2, 2, 2, 1.5, 7.5],
            ["Total Marie-Ève Tremblay", None, None, None, 16, 16, 17, 17.5, 66.5],
            ["Jean Gagnon", "Technicien", "2025-NC-003", "Nouvelle école secondaire",
             8, 8, 8, 8, 32],
            [None, None, "2025-MA-044", "Fenestration", 4, 4, 4, 4, 16]]
    path = write_book(tmp_path / "plan_de_charge_2026.xlsx", {"Plan de charge 2026": rows})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "allocation"
    fields = fields_of(table)
    assert (fields["Chargé(e) de projets"], fields["Titre d'emploi"], fields["No projet"]) == (
        "resource_id", "role_id", "project_id")
    lines = {(r["row"], r["values"]["resource"], r["values"]["project"])
             for r in table["records"]}
    assert (5, "Marie-Ève Tremblay", "2025-NC-003") in lines
    assert (9, "Jean Gagnon", "2025-MA-044") in lines
    assert (6, "Marie-Ève Tremblay", "LAB") in lines  # ("—": no project of its own)


def test_a_snag_lists_reserves(store, tmp_path):
    """A snag app's export of a school's reserves at handover: the contractor who must
    lift each ("Entreprise"), when it was lifted ("Date de levée"), and its state ("À
    lever", "Levée", "Contestée")."""
    head = "N°;Statut;Lot;Entreprise;Description;Priorité;Date limite de levée;Date de levée"
    rows = [f"{i};{s};02 GO;SARL Bâti-Loire;Épaufrure {i};Moyenne;05/09/2025;"
            f"{'28/08/2025' if s == 'Levée' else ''}"
            for i, s in enumerate(["À lever", "Levée", "Contestée", "À lever"], 1)]
    path = write_csv(tmp_path / "reserves_OPR_export.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] == "issue"
    fields = fields_of(table)
    assert (fields["Entreprise"], fields["Date de levée"]) == ("owner", "closed_date")
    assert [r["values"]["status"] for r in table["records"]] == [
        "open", "resolved", "escalated", "open"]


def test_a_flemish_variation_register_and_action_points(store, tmp_path):
    """A Flemish school build's variations ("VK nr.", "Bedrag (excl. btw)",
    "Termijnverlenging (werkdagen)" with "nvt" where none, "Datum CBS", "Afgekeurd")
    and a steering group's action points ("Wie", "Tegen")."""
    rows = [["Register verrekeningen"], [],
            ["VK nr.", "Omschrijving", "Bedrag (excl. btw)", "Termijnverlenging (werkdagen)",
             "Status", "Datum CBS"]]
    for i, (amount, days, status) in enumerate([(18420, 4, "Goedgekeurd"),
                                                ("€ -3.210,50", "nvt", "Afgekeurd"),
                                                (9500, 8, "Ingediend")], 1):
        rows.append([f"VK0{i}", f"Verrekening {i}", amount, days, status,
                     datetime(2025, 2, 10)])
    rows2 = [["Actie nr.", "Omschrijving actie", "Wie", "Tegen", "Status"]]
    for i in range(1, 4):
        rows2.append([f"A-25-0{i}", f"Actie {i}", "P. Claes", datetime(2025, 1, 27), "Open"])
    path = write_book(tmp_path / "verrekeningen.xlsx",
                      {"Verrekeningen": rows, "Actiepunten": rows2})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    cr = tables["Verrekeningen"]
    assert cr["entity"] == "change_request"
    assert [r["values"].get("impact_cost") for r in cr["records"]] == [18420, -3210.5, 9500]
    assert [r["values"].get("status") for r in cr["records"]][1] == "rejected"
    assert "impact_schedule_days" not in cr["records"][1]["values"]
    assert not any("nvt" in str(w) for w in cr.get("warnings", []))
    assert fields_of(cr)["Datum CBS"] == "decision_date"
    actions = tables["Actiepunten"]
    assert (fields_of(actions)["Wie"], fields_of(actions)["Tegen"]) == ("owner", "due_date")


def test_a_boards_status_beside_its_header_written_again_over_each_group(store, tmp_path):
    """A monday.com board exported with its header written again over each group: the
    "Statut" column's values include "Statut" itself, which had made them read as no
    state; "Bloqué" and "À faire" are states too."""
    head = "Nom,Chargé de projet,Statut,Budget autorisé"
    lines = ["Maintien des actifs 2025-2026,,,", ",,,", "Travaux d'été 2025,,,", head,
             "Réfection toiture,Nadia Bouchard,Terminé,412000",
             "Fenestration aile A,Jean Gagnon,En cours,685000",
             ",,,", "Projets 2026,,,", head,
             "Ventilation école,Olivier Côté,Bloqué,236000",
             "Blocs sanitaires,Samuel Pelletier,À faire,148000"]
    path = write_csv(tmp_path / "monday_export.csv", lines)
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    assert fields_of(table)["Statut"] == "state"
    assert [r["values"].get("state") for r in table["records"]] == [
        "completed", "active", "on_hold", "proposed"]


def test_nordic_and_german_thousands_stated_over_a_budget(store, tmp_path):
    """"Projektbudget och utfall per månad 2026, tkr" (thousands of kronor) over a
    Swedish budget by month: its amounts are thousands. "tkr", "TEUR", "T€", "mnkr" and
    "mill. kr" had been left unread in titles (a figure's own "12 k€" still is); and a
    header of one label ("Kostnadsslag") before months written as dates had been no
    header, so no table was found at all."""
    months = [datetime(2026, m, 1) for m in range(1, 4)]
    for k, (title, scale) in enumerate((("Projektbudget och utfall per månad 2026, tkr (exkl. moms)", 1000),
                         ("Budget i mnkr", 1_000_000), ("Beträge in T€", 1000),
                         ("Budget – 12 k€ spent so far", 1))):
        rows = [[title], [], ["Kostnadsslag", *months],
                ["Licenser", 620, 620, 680], ["Konsulter", 410, 410, 430],
                ["Resor", 0, 0, 0], ["Utbildning", 0, 0, 0]]
        path = write_book(tmp_path / f"budget_{k}.xlsx", {"Budget 2026": rows})
        tables = dry_run_tables(store, path, f"P{k}")
        [table] = tables
        jan = next(r for r in table["records"] if r["values"]["period"] == "2026-01")
        assert jan["values"]["planned"] == 1030 * scale, title


def test_week_labels_under_a_row_of_their_first_days(store, tmp_path):
    """A field engineering plan in days a week: "w/c (Sun) →" and each week's Sunday on
    the row over "wk 10" … "wk 14", an "Engineer" column of names. It had read as a
    project list (no period, no person)."""
    sundays = [datetime(2026, 3, 1), datetime(2026, 3, 8), datetime(2026, 3, 15),
               datetime(2026, 3, 22), datetime(2026, 3, 29)]
    rows = [["Field Engineering – Weekly Resource Plan (days per week)"], [],
            [None, None, "w/c (Sun) →", *sundays],
            ["Engineer", "Assignment / Project", "Region", *[f"wk {k}" for k in range(10, 15)]],
            ["Said Al-Amri", "5G Ph2 – cluster optimisation", "Muscat", 5, 5, 3, "PH", 4],
            ["Said Al-Amri", "3G sunset – traffic audit", "Muscat", 0, 0, 1, "PH", 1],
            ["Mohammed Al-Rawahi", "5G Ph2 – civil works", "Muscat", 5, 5, 4, "PH", 5]]
    path = write_book(tmp_path / "weekly_plan.xlsx", {"Weekly Plan": rows})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "allocation"
    assert fields_of(table)["Engineer"] == "resource_id"
    said = sum(r["values"]["hours"] for r in table["records"]
               if r["values"]["resource"] == "Said Al-Amri")
    assert said == (5 + 5 + 3 + 4 + 0 + 0 + 1 + 1) * 7.5
    assert {r["values"]["period"] for r in table["records"]} == {"2026-03"}


def test_a_thai_project_list_in_millions_of_baht(store, tmp_path):
    """A Thai fibre programme's status: "สถานะ (RAG)" of เขียว/เหลือง/แดง, "ขั้นตอน
    (Stage)" of ก่อสร้าง (construction) or ทดสอบ/ส่งมอบ (testing, handover), budgets in
    "(ล้านบาท)" (millions of baht), planned and forecast finish ("กำหนดเสร็จ (แผน)",
    "(คาดการณ์)") written in the Buddhist era."""
    rows = [["สถานะโครงการใยแก้ว FTTx"], [],
            ["รหัสโครงการ", "ชื่อโครงการ", "ขั้นตอน (Stage)", "สถานะ (RAG)", "งบประมาณ (ล้านบาท)",
             "กำหนดเสร็จ (แผน)", "กำหนดเสร็จ (คาดการณ์)"]]
    for i, (stage, rag) in enumerate([("ก่อสร้าง", "เขียว"), ("ทดสอบ/ส่งมอบ", "เหลือง"),
                                      ("ขออนุญาต", "แดง")], 1):
        rows.append([f"FTH-FB-260{i}", f"FTTH โครงการ {i}", stage, rag, 128.5 + i,
                     "31/05/2569", "30/11/2569"])
    path = write_book(tmp_path / "สถานะโครงการ.xlsx", {"สถานะโครงการ": rows})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    got = [(r["values"]["stage"], r["values"]["rag_overall"], r["values"]["bac"],
            r["values"]["finish_forecast"]) for r in table["records"]]
    assert got == [("delivery", "green", 129_500_000, "2026-11-30"),
                   ("closing", "amber", 130_500_000, "2026-11-30"),
                   ("planning", "red", 131_500_000, "2026-11-30")]
    assert fields_of(table)["กำหนดเสร็จ (แผน)"] == "finish_baseline"


def test_an_indonesian_budget_in_millions_of_rupiah(store, tmp_path):
    """"(Rp juta)" in a header, "dalam Rp juta" over a table: millions of rupiah."""
    rows = [["Anggaran vs Realisasi Capex Jaringan 2026"], [],
            ["Kategori", "Anggaran (Rp juta)", "Realisasi (Rp juta)", "Bulan"]]
    for i, month in enumerate(["Januari 2026", "Februari 2026", "Maret 2026"], 1):
        rows.append([f"Transport & Fiber {i}", 1000 * i, 900 * i, month])
    path = write_book(tmp_path / "anggaran.xlsx", {"Anggaran": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    jan = next(r for r in table["records"] if r["values"]["period"] == "2026-01")
    assert (jan["values"]["planned"], jan["values"]["actual"]) == (1e9, 9e8)


def test_a_swedish_risks_measure_is_its_response_not_its_title(store, tmp_path):
    """A Swedish risk register: "Riskbeskrivning" (the risk) beside "Åtgärd" (what is
    done about it). "Åtgärd" had been read as every log's title, so the risks were named
    by their mitigations; it is an action log's title, a risk's response."""
    rows = [["Risk-ID", "Riskbeskrivning", "Orsak", "Sannolikhet (1-5)", "Konsekvens (1-5)",
             "Riskägare", "Åtgärd", "Status"]]
    for i in range(1, 5):
        rows.append([f"R-0{i}", f"Leverantören försenas {i}", "Ny integrationsmotor", 4, 5,
                     "Anders Berg", f"Veckovisa avstämningar {i}", "Öppen"])
    path = write_book(tmp_path / "riskregister.xlsx", {"Riskregister": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    first = table["records"][0]["values"]
    assert first["title"] == "Leverantören försenas 1"
    assert first["response_actions"] == "Veckovisa avstämningar 1"


def test_a_danish_decision_log(store, tmp_path):
    """A Danish steering group's decisions: "Mødedato" (the meeting that decided),
    "Emne" (its subject), "Beslutning" (the decision itself), "Alternativer overvejet"."""
    rows = [["Nr.", "Mødedato", "Emne", "Beslutning", "Alternativer overvejet", "Besluttet af"]]
    for i in range(1, 5):
        rows.append([f"B-00{i}", datetime(2025, 3, 10 + i), f"Emne {i}",
                     f"Vi går live i bølger ({i})", "Big bang / bølger", "Styregruppen"])
    path = write_book(tmp_path / "beslutningslog.xlsx", {"Beslutningslog": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "decision"
    fields = fields_of(table)
    assert (fields["Mødedato"], fields["Emne"], fields["Beslutning"],
            fields["Alternativer overvejet"]) == ("decision_date", "title", "decision", "options")


def test_a_clinical_portfolio_of_studies(store, tmp_path):
    """A clinical development portfolio: each project a study ("Study ID", "Study Title
    / Indication"), "n/a" where a RAG is not yet given, and two milestones' baseline and
    forecast under "First Patient In (FPI)" and "Database Lock (DBL)": the last is the
    study's end. No kind had been recognised (no project name or code)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio Feb-26"
    ws.append(["Global Clinical Development Portfolio"])
    ws.append([])
    ws.append(["STUDY", None, None, "RAG", "First Patient In (FPI)", None,
               "Database Lock (DBL)", None])
    ws.append(["Study ID", "Study Title / Indication", "Clinical Lead", "Overall RAG",
               "FPI Baseline", "FPI Forecast", "DBL Baseline", "DBL Forecast"])
    ws.merge_cells("A3:C3")
    ws.merge_cells("E3:F3")
    ws.merge_cells("G3:H3")
    for i, rag in enumerate(["G", "A", "n/a"], 1):
        ws.append([f"HSP10{i}-101", f"Indication {i}", "Dr. Rachel Kim", rag,
                   datetime(2024, 9, i), datetime(2024, 10, i), datetime(2026, 6, i),
                   datetime(2026, 8, i)])
    path = tmp_path / "clinical_portfolio.xlsx"
    wb.save(path)
    [table] = _tables(store, str(path), create=True)
    assert table["entity"] == "project"
    first = table["records"][0]["values"]
    assert (first["code"], first["name"]) == ("HSP101-101", "Indication 1")
    assert (first["finish_baseline"], first["finish_forecast"]) == ("2026-06-01", "2026-08-01")
    assert "rag_overall" not in table["records"][2]["values"]
    assert not any("not a RAG" in str(w) for w in table.get("warnings", []))


def test_a_simplified_chinese_decision_log_and_benefits_register(store, tmp_path):
    """A mainland R&D centre's review-board decisions ("决策编号", "会议日期", "议题",
    "决策内容", "备选方案", "决策人") and its benefits register ("效益编号", "效益名称",
    "衡量指标", "基线值", "目标值"): neither had been recognised."""
    rows = [["决策编号", "会议日期", "议题", "决策内容", "备选方案", "决策人"]]
    for i in range(1, 4):
        rows.append([f"PRB-0{i}", datetime(2025, 9, i), f"议题{i}", f"批准方案{i}", "A / B",
                     "研发中心负责人"])
    rows2 = [["效益编号", "效益名称", "衡量指标", "基线值", "目标值"]]
    for i in range(1, 4):
        rows2.append([f"BEN-0{i}", f"缩短放行周期{i}", "批放行天数", 30 + i, 21])
    path = write_book(tmp_path / "决策记录.xlsx", {"决策记录": rows, "效益登记册": rows2})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    decisions, benefits = tables["决策记录"], tables["效益登记册"]
    assert decisions["entity"] == "decision" and benefits["entity"] == "benefit"
    assert fields_of(decisions)["决策内容"] == "decision"
    assert fields_of(decisions)["会议日期"] == "decision_date"
    b = benefits["records"][0]["values"]
    assert (b["ref"], b["measure"], b["baseline_value"], b["target_value"]) == (
        "BEN-01", "批放行天数", 31, 21)


def test_a_korean_lessons_date_and_owner(store, tmp_path):
    """A Korean lessons register's "등록일" (date logged) and "담당자" (owner)."""
    rows = [["번호", "등록일", "분류", "제목", "발생 상황", "담당자"]]
    for i in range(1, 4):
        rows.append([i, datetime(2025, 10, 30), "일정", f"협력사 납기 지연 {i}", "발생", "한지민"])
    path = write_book(tmp_path / "교훈관리대장.xlsx", {"교훈 관리대장": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "lesson"
    first = table["records"][0]["values"]
    assert (first["date_logged"], first["owner"]) == ("2025-10-30", "한지민")


def test_a_jira_export_in_german(store, tmp_path):
    """Jira exported in German: "Zusammenfassung" (summary), "Schlüssel" (key),
    "Bearbeiter" (assignee), "Erstellt", "Erledigt", "Fälligkeitsdatum", priority
    "Höchste". The key, summary and assignee had been left out."""
    head = ("Zusammenfassung,Schlüssel,Vorgangstyp,Status,Priorität,Bearbeiter,Autor,Erstellt,"
            "Erledigt,Fälligkeitsdatum")
    rows = [f"Messwerte {i} fehlen,SMR-11{i},Bug,In Arbeit,{p},Kai Albers,Anja Reuter,"
            f"08.12.2025 10:12,,13.02.2026 00:00"
            for i, p in enumerate(["Höchste", "Hoch", "Mittel"], 1)]
    path = write_csv(tmp_path / "Jira_SMR_Export.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] in ("issue", "task")
    fields = fields_of(table)
    assert fields["Schlüssel"] == "ref" and fields["Bearbeiter"] == "owner"
    assert fields["Zusammenfassung"] in ("title", "name")
    first = table["records"][0]["values"]
    assert first.get("priority") == "critical"


def test_an_austrian_register_of_claims_for_extra_cost(store, tmp_path):
    """An Austrian hydro plant's MKF register (Mehrkostenforderungen, ÖNORM B 2110): "MKF-
    Nr.", "Betrag geprüft" (the amount agreed), "Bauzeit (KT)" (days more), "Entscheidung
    AG". It had read as a decision log."""
    rows = [["MKF-Register – Kraftwerk Ennsleiten"], [],
            ["MKF-Nr.", "Bezeichnung", "Auftragnehmer", "Betrag gefordert", "Betrag geprüft",
             "Bauzeit (KT)", "Status", "Entscheidung AG", "Datum Entscheidung"]]
    for i in range(1, 5):
        rows.append([f"MKF-0{i}", f"Schadstoffsanierung {i}", "Bau AG", 30000 * i,
                     27400 * i, 5 * i, "anerkannt", "freigegeben", datetime(2025, 12, i)])
    path = write_book(tmp_path / "MKF_Nachtraege.xlsx", {"MKF-Register": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    first = table["records"][0]["values"]
    assert (first["ref"], first["impact_cost"], first["impact_schedule_days"]) == (
        "MKF-01", 27400, 5)


def test_a_crew_loading_plan_in_heads_a_week(store, tmp_path):
    """A wastewater framework's crew loading: "Crew / Gang" (AQP Civils Gang 1), "Trade",
    operatives on site a week under "wk 14" … over a row of their Mondays. The crews are
    the plan's resources; the heads had been taken for money (no person named them)."""
    mondays = [datetime(2026, 3, 30), datetime(2026, 4, 6), datetime(2026, 4, 13)]
    rows = [["Crew loading plan – figures = operatives on site per week (heads)"], [],
            [None, None, "w/c →", *mondays],
            ["Crew / Gang", "Trade", "Site", "wk 14", "wk 15", "wk 16"],
            ["AQP Civils Gang 1", "Civils", "Kingsmead STW", 6, 6, 6],
            ["AQP Civils Gang 2", "Civils", "Kingsmead STW", 5, 5, 4],
            ["AQP Steel Fixers", "Rebar", "Kingsmead STW", None, 4, 4]]
    path = write_book(tmp_path / "crew_loading.xlsx", {"Crew Loading": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "allocation"
    assert fields_of(table)["Crew / Gang"] == "resource_id"
    assert {r["values"]["resource"] for r in table["records"]} == {
        "AQP Civils Gang 1", "AQP Civils Gang 2", "AQP Steel Fixers"}


def test_a_month_column_in_other_languages(store, tmp_path):
    """An Italian budget a month a row: "Mese" (month), "Voce di costo", "Budget",
    "Consuntivo", "Previsione". "Mese" had not been a period, so nothing was read;
    "Maand", "Månad", "Kuukausi", "Miesiąc" are months too."""
    rows = [["Piano economico 2026"], [],
            ["Mese", "Voce di costo", "Budget", "Consuntivo", "Previsione"]]
    for m in (1, 2, 3):
        rows.append([datetime(2026, m, 1), "Personale interno", 42000, 44000 + m, 44000 + m])
    path = write_book(tmp_path / "piano_economico.xlsx", {"Budget mensile": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    assert fields_of(table)["Mese"] == "period"
    assert [r["values"]["period"] for r in table["records"]] == ["2026-01", "2026-02", "2026-03"]
    for word in ("Maand", "Månad", "Kuukausi", "Miesiąc"):
        assert best_field(word, "financial") == "period", word


def test_a_programme_lists_director_and_short_percent(store, tmp_path):
    """A list of programmes: "Programme Director" (who runs each: its manager, not a
    programme's name) and "% Comp" (per cent complete, cut short); an Italian change
    log's "Esito CCB" (the board's outcome) and a lessons log's "Effetto sul progetto"."""
    rows = [["Code", "Programme Title", "SRO", "Programme Director", "% Comp"]]
    for i in range(1, 4):
        rows.append([f"MAR-0{i}", f"Frigate batch {i}", "Cdre A. Whitfield", "Helen Maclean",
                     0.3 + i / 10])
    path = write_book(tmp_path / "portfolio.xlsx", {"Portfolio": rows})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert (fields["Programme Director"], fields["% Comp"]) == ("manager", "pct_complete")
    assert best_field("Esito CCB", "change_request") == "decision"
    assert best_field("Effetto sul progetto", "lesson") == "effect"
