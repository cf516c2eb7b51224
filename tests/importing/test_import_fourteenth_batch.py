"""Layouts from a fourteenth round of trackers the importer had never seen: life
sciences (a biotech's portfolio of drug programmes), software teams' tool exports
(Trello, a Polish Azure DevOps backlog) and a bank's PRINCE2 programme (a highlight
report by workstream, a product breakdown, a daily log, a contractor plan).

Each test is a rule, not a file."""

from __future__ import annotations

import csv

import openpyxl

from .conftest import dry_run_tables, fields_of, write_book as _book

PROJECT = "FTN"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def test_a_programme_named_once_a_row_names_the_project(store, tmp_path):
    """A biotech's portfolio has no "Project" column: each row is a drug programme
    ("Aurora", "Borealis"), its asset code beside it. The list had been read as an issue
    log. A "Budget FY25 ($M)" is the budget, the fiscal year aside."""
    path = _book(tmp_path / "portfolio.xlsx", {"Portfolio": [
        ["Asset", "Programme Name", "Phase", "Project Lead", "Sponsor (VP)",
         "Budget FY25 ($M)", "% Complete", "Overall", "Schedule", "Cost"],
        *[[f"HLX-1{i}0", name, "Phase II", "Chen, Wei", "Ramos, Julia", 20 + i, 0.5,
           "G", "A", "G"] for i, name in enumerate(("Aurora", "Borealis", "Cirrus", "Delphi"))]]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    fields = fields_of(table)
    assert fields["Programme Name"] == "name"
    assert fields["Budget FY25 ($M)"] == "bac"
    assert [r["values"]["name"] for r in table["records"]][:2] == ["Aurora", "Borealis"]


def test_a_programme_repeated_down_a_project_list_still_groups_its_projects(store, tmp_path):
    path = _book(tmp_path / "list.xlsx", {"Projects": [
        ["Code", "Project Name", "Programme Name", "Project Manager", "Overall RAG"],
        *[[f"P-{i}", f"Site upgrade {i}", "Network 2026", "Lee, Ana", "Green"]
          for i in range(1, 5)]]})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert (fields["Project Name"], fields["Programme Name"]) == ("name", "programme_id")


def test_a_workstream_summary_of_a_highlight_report_is_a_list_of_projects(store, tmp_path):
    """A programme's highlight report lists its workstreams, each with its manager, RAGs,
    budget and forecast: the workstreams are its projects. It had been read as a budget."""
    path = _book(tmp_path / "highlight.xlsx", {"Programme Summary": [
        ["Basel 3.1 Implementation – Highlight Report"],
        [],
        ["Workstream", "Project Manager", "Overall RAG", "Schedule", "Cost", "% Complete",
         "Budget (£k)", "Forecast at Completion (£k)", "Key message this period"],
        *[[f"WS{i} Stream {i}", "Kaur, Simran", "Amber", "Green", "Green", 0.5, 1000 * i,
           1100 * i, "On track"] for i in range(1, 6)]]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    fields = fields_of(table)
    assert fields["Workstream"] == "name"
    assert fields["Budget (£k)"] == "bac"


def test_a_polish_azure_devops_backlog_is_a_plan(store, tmp_path):
    """Azure DevOps in Polish: "Typ elementu roboczego", "Tytuł 1/2/3", "Stan",
    "Przypisane do", "Data docelowa". It had been read as a lessons log ("Przyczyna",
    the reason, as its causes)."""
    path = _book(tmp_path / "backlog.xlsx", {"Backlog Q2": [
        ["Projekt: Platforma Płatności, zapytanie: Backlog Q2"],
        ["ID", "Typ elementu roboczego", "Tytuł 1", "Tytuł 2", "Tytuł 3", "Stan",
         "Przyczyna", "Przypisane do", "Priorytet", "Data docelowa"],
        [48210, "Epic", "BLIK – płatności", None, None, "Aktywne", "Praca rozpoczęta",
         "Jan Kowalski", 1, "2025-06-30"],
        [48221, "Feature", None, "Onboarding klienta", None, "Aktywne", "Praca rozpoczęta",
         "Anna Nowak", 2, "2025-05-15"],
        *[[48230 + i, "User Story", None, None, f"Ekran zgody {i}", "Zamknięte",
           "Zaakceptowano", "Piotr Wiśniewski", 2, "2025-04-18"] for i in range(4)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert (fields["Tytuł 1"], fields["Stan"], fields["Przypisane do"],
            fields["Data docelowa"]) == ("name", "status", "owner", "finish_forecast")


def test_a_trello_board_s_cards_are_tasks_keyed_by_their_numbers(store, tmp_path):
    """A Trello board exported to a sheet: its cards ("Card #", "Card Name"), its lists
    as their states and its members as owners. It had been read as a project list; and
    of "Card #" (101, 102 …) and Trello's own "Card ID" (hex), the number is the key."""
    path = _book(tmp_path / "board.xlsx", {"Board export": [
        ["Trello board: Checkout revamp"],
        [],
        ["Card #", "Card Name", "Description", "List", "Labels", "Members", "Start Date",
         "Due Date", "Comments", "Card ID"],
        *[[100 + i, f"Guest checkout step {i}", "As a shopper I want …", "In Progress",
           "Green: Backend", "Singh, Arjun", f"2025-03-1{i}", f"2025-03-2{i}", 2,
           f"65fc3e1fd724452ccea71f{i:02x}"] for i in range(1, 7)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert (fields["Card #"], fields["Card Name"], fields["List"], fields["Members"]) == (
        "ref", "name", "status", "owner")
    assert fields["Card ID"] != "ref"


def test_a_prince2_product_breakdown_is_a_plan(store, tmp_path):
    """A product-based plan: "PBS ID" numbers the products as a WBS does, "Product" names
    them, "Producer" makes them, dates under merged "Planned" and "Actual" groups. It had
    been read as milestones with no names."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Product Breakdown"
    ws.append(["Product-Based Plan – TRM remediation"])
    ws.append([])
    ws.append(["Product", None, None, "Planned", None, "Actual", None, "Progress", None])
    ws.append(["PBS ID", "Product", "Producer", "Start", "End", "Start", "End", "% Done",
               "Status"])
    for rng in ("A3:C3", "D3:E3", "F3:G3", "H3:I3"):
        ws.merge_cells(rng)
    for i in range(1, 7):
        ws.append([f"1.{i}", f"Stage plan {i}", "Tan, Wei Ling", f"2025-0{i}-01",
                   f"2025-0{i}-20", f"2025-0{i}-03", None, 0.5, "In Progress"])
    path = tmp_path / "pbs.xlsx"
    wb.save(path)
    tables = _tables(store, path)
    [plan] = [t for t in tables if t["entity"] == "task"]
    fields = fields_of(plan)
    assert (fields["Product PBS ID"], fields["Product"], fields["Product Producer"],
            fields["Actual Start"]) == ("wbs", "name", "owner", "start_actual")
    assert len(plan["records"]) == 6


def test_a_prince2_daily_log_with_four_kinds_in_one_header_is_a_log(store, tmp_path):
    """PRINCE2's daily log: "Problem / Action / Event / Comment" over each entry's text
    and "Entry No" numbering them. It had been left unread, no column its title."""
    path = tmp_path / "daily_log.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Entry No", "Date", "Problem / Action / Event / Comment",
                    "Person Responsible", "Target Date", "Status", "Date Closed",
                    "Results / Comments"])
        for i in range(1, 9):
            w.writerow([i, f"{i}/02/2025", f"Confirm provider list {i} with Procurement",
                        "O'Brien, Sean", f"1{i}/02/2025", "Open", "", ""])
    [table] = _tables(store, path)
    assert table["entity"] in ("action", "issue")
    fields = fields_of(table)
    assert fields["Problem / Action / Event / Comment"] == "title"
    assert fields["Entry No"] == "ref"


def test_a_contractor_plan_is_people_s_time_not_a_plan_of_tasks(store, tmp_path):
    """"Contractor Plan FY25-26": a plan of people (days a month), not of tasks; its
    sheet's "Plan" had counted for a task list."""
    months = [f"2025-{m:02d}-01" for m in range(4, 13)]
    path = _book(tmp_path / "contractors.xlsx", {"Contractor Plan FY25-26": [
        ["Contractor resource plan"],
        [],
        ["Name", "Role", "Agency", "Day rate (£)", "Start date", "End date", "PO number",
         *months],
        *[[f"Patel, Ravi {i}", "Data Engineer", "Hays", 850, "2025-04-01", "2026-03-31",
           f"PO-4500{i}", *[18 + (m % 3) for m in range(9)]] for i in range(1, 7)]]})
    [table] = _tables(store, path)
    assert table["entity"] in ("allocation", "resource")


def test_months_written_as_dates_in_a_csv_header_are_the_periods(store, tmp_path):
    """A CSV resource plan headed by each month's first day ("2025-04-01") as text: the
    header had not read as one (dates written out were neither labels nor periods), and
    the whole table was lost."""
    path = tmp_path / "plan.csv"
    months = [f"2025-{m:02d}-01" for m in range(4, 10)]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Name", "Role", "Team", *months])
        for i in range(1, 7):
            w.writerow([f"Nowak, Piotr {i}", "Engineer", "Lyra", *[16 + i] * 6])
    [table] = _tables(store, path)
    assert table["entity"] == "allocation"
    periods = sorted({r["values"]["period"] for r in table["records"]})
    assert periods == [f"2025-{m:02d}" for m in range(4, 10)]


def _merged_book(path, title, groups, header, rows):
    """A sheet with ``groups`` (first column, last column, label) merged over ``header``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append([title])
    ws.append([])
    upper = [None] * len(header)
    for first, _last, label in groups:
        upper[first - 1] = label
    ws.append(upper)
    for first, last, _label in groups:
        ws.merge_cells(start_row=3, start_column=first, end_row=3, end_column=last)
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_quarter_s_fte_is_each_of_its_months_in_the_year_its_group_names(store, tmp_path):
    """An FTE plan by quarter under "FY 2025-26 (Apr–Mar)": Q1 FY26 is April to June 2025,
    and 0.3 FTE in it is 0.3 of each of those months' working days. It had been stored as
    one month's hours (two thirds of the effort lost), in the calendar's first quarter."""
    path = _merged_book(tmp_path / "fte.xlsx", "FTE Plan",
                        [(1, 3, "Resource"), (4, 7, "FY 2025-26 (Apr–Mar)")],
                        ["Name", "Role", "Lab", "Q1 FY26", "Q2 FY26", "Q3 FY26", "Q4 FY26"],
                        [[f"Rao, Kavitha {i}", "Researcher", "QC", 0.3, 0.5, 0.5, 0.5]
                         for i in range(1, 5)])
    [table] = _tables(store, path)
    assert table["entity"] == "allocation"
    first = [r["values"] for r in table["records"] if r["row"] == 5]
    by_month = {v["period"]: v["hours"] for v in first}
    assert sorted(by_month)[:3] == ["2025-04", "2025-05", "2025-06"]
    assert len(by_month) == 12
    # 0.3 FTE × April 2025's 22 working days × 7.5 h (the store's default day)
    assert by_month["2025-04"] == 0.3 * 22 * 7.5


def test_hours_by_calendar_quarter_are_split_over_its_months(store, tmp_path):
    path = _book(tmp_path / "hours.xlsx", {"Resource plan (hours)": [
        ["Resource", "Role", "Q1 2026", "Q2 2026", "Q3 2026"],
        *[[f"Lee, Ana {i}", "Analyst", 300, 150, None] for i in range(1, 5)]]})
    [table] = _tables(store, path)
    hours = {r["values"]["period"]: r["values"]["hours"] for r in table["records"]
             if r["row"] == 2}
    assert hours == {"2026-01": 100, "2026-02": 100, "2026-03": 100,
                     "2026-04": 50, "2026-05": 50, "2026-06": 50}


def test_change_approval_dates_realisation_and_stakeholder_impact(store, tmp_path):
    """A regulatory change-control export's "Approval Date" is the decision's date; a
    benefits register's "Full Realisation By" ends the realisation; a stakeholder grid of
    Influence and Impact (on them) is power and interest."""
    path = _book(tmp_path / "registers.xlsx", {
        "Change Control": [
            ["Change Control Number", "Title", "Description", "Requested By", "Requested Date",
             "Lifecycle State", "Approver", "Approval Date"],
            *[[f"CC-200{i}", f"Update specification {i}", "Dissolution limit", "Anderson, Kayla",
               "2025-01-06", "Approved", "Whitfield, Dana", "2025-01-18"] for i in range(1, 5)]],
        "Benefits Register": [
            ["Benefit ID", "Benefit", "Measure", "Baseline", "Target", "Benefit Owner",
             "Realisation Start", "Full Realisation By"],
            *[[f"B-0{i}", f"Faster batch release {i}", "Days", 12, 8, "Iyer, Meera",
               "2025-04-01", "2026-03-31"] for i in range(1, 5)]],
        "Stakeholder Register": [
            ["Nom", "Organisation", "Rôle", "Influence (1-5)", "Impact (1-5)",
             "Engagement actuel"],
            *[[f"Dr. Favre {i}", "HUG", "Clinicien", 4, 3, "Neutre"] for i in range(1, 5)]]})
    tables = {t["sheet"]: t for t in _tables(store, path, create=True)}
    assert fields_of(tables["Change Control"])["Approval Date"] == "decision_date"
    assert fields_of(tables["Benefits Register"])["Full Realisation By"] == "realisation_end"
    fields = fields_of(tables["Stakeholder Register"])
    assert (fields["Influence (1-5)"], fields["Impact (1-5)"]) == ("power", "interest")
