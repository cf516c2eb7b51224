"""Resource plans as teams write them (issue 16): person × project × months grids read
as allocations, wide → long, in hours, days, FTE or %; names on the first row only,
"Surname, First", roles as unnamed demand, one sheet per month, a "%" after each month."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest

from pmo_desktop.cli import main
from pmo_desktop.domain.capacity import working_days
from pmo_desktop.importing.resourcerows import person_key
from pmo_desktop.operations.imports import import_files

from .conftest import FIXTURES, write_book

MONTHS = [date(2027, m, 1) for m in range(1, 5)]


def _alloc(store):
    return {(r["name"], r["code"], r["period"]): r["hours"] for r in store.query(
        """SELECT r.name, p.code, a.period, a.hours FROM allocation a
           JOIN resource r ON r.id = a.resource_id JOIN project p ON p.id = a.project_id""")}


def _grid(path, title, rows, header=("Name", "Role", "Project")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Resource plan"
    ws.append([title])
    ws.append([])
    ws.append([*header, *MONTHS, "Total"])
    for cells in rows:
        ws.append([*cells[:-1], *cells[-1], sum(cells[-1])])
    ws.append(["Total", None, None, *[sum(r[-1][k] for r in rows) for k in range(4)]])
    wb.save(path)
    return str(path)


def test_a_wide_plan_is_allocations_totals_left_out_roles_as_demand(store, tmp_path):
    path = _grid(tmp_path / "plan.xlsx", "Resource plan 2027 (hours)", [
        ("Ann Lee", "Developer", "ALPHA", [80, 80, 0, 40]),
        (None, None, "BETA", [20, 20, 20, 20]),          # Ann again: name on first row only
        ("Bob Ray", "Tester", "ALPHA", [100, 100, 50, 50]),
        (None, "Architect", "BETA", [30, 30, 30, 30]),   # a role not yet named
    ])
    preview = import_files(store, [path], dry_run=True, create_projects=True).value
    table = preview.to_json()["files"][0]["tables"][0]
    assert table["entity"] == "allocation" and table["rejected"] == []
    new_people = {p["key"]: p["values"].get("role") for p in table["parents"]
                  if p["entity"] == "resource"}
    # the people to be created are listed before anything is written
    assert new_people == {"Ann Lee": "Developer", "Bob Ray": "Tester",
                          "Architect (unnamed)": "Architect"}
    assert store.query("SELECT COUNT(*) AS n FROM resource")[0]["n"] == 0
    import_files(store, [path], dry_run=False, create_projects=True)
    got = _alloc(store)
    assert got[("Ann Lee", "ALPHA", "2027-01")] == 80 and ("Ann Lee", "ALPHA", "2027-03") not in got
    assert got[("Ann Lee", "BETA", "2027-04")] == 20
    assert got[("Architect (unnamed)", "BETA", "2027-02")] == 30
    assert sum(got.values()) == 200 + 80 + 300 + 120  # the Total column and row are not read
    roles = {r["name"]: r["role"] for r in store.query(
        "SELECT r.name, ro.name AS role FROM resource r JOIN role ro ON ro.id = r.role_id")}
    assert roles["Architect (unnamed)"] == "Architect" and roles["Bob Ray"] == "Tester"


def test_weeks_commencing_across_are_summed_into_their_months(store, tmp_path):
    weeks = ["w/c 04/01/2027", "w/c 11/01/2027", "w/c 18/01/2027", "w/c 25/01/2027",
             "w/c 01/02/2027", "w/c 08/02/2027"]
    path = write_book(tmp_path / "capacity.xlsx", {"Capacity Q1": [
        ["Delivery capacity plan, hours per week"],
        [],
        ["Name", "Role", "Team", "Primary Project", "FTE", *weeks],
        ["Ann Lee", "Developer", "Platform", "ALPHA", 1, 37.5, 37.5, 30, 0, 37.5, 37.5],
        ["Bob Ray", "Tester", "Quality", "BETA", 0.8, 30, 30, 30, 30, 15, None],
    ]})
    table = import_files(store, [path], dry_run=True, create_projects=True).value.to_json()[
        "files"][0]["tables"][0]
    # not held as a guess between a people list and a plan: the weeks of effort say plan
    assert table["entity"] == "allocation" and not table.get("held")
    import_files(store, [path], dry_run=False, create_projects=True)
    assert _alloc(store) == {("Ann Lee", "ALPHA", "2027-01"): 105.0,
                             ("Ann Lee", "ALPHA", "2027-02"): 75.0,
                             ("Bob Ray", "BETA", "2027-01"): 120.0,
                             ("Bob Ray", "BETA", "2027-02"): 15.0}


@pytest.mark.parametrize(("title", "value", "hours"), [
    ("Resource plan (FTE)", 0.5, lambda m: 0.5 * working_days(m) * 7.5),
    ("Resource plan (days per month)", 10, lambda m: 75.0),
    ("Resource plan (hours)", 60, lambda m: 60.0),
    ("Resource plan (% of time)", 50, lambda m: 0.5 * working_days(m) * 7.5),
    ("Team plan 2027", 0.8, lambda m: 0.8 * working_days(m) * 7.5),  # from the values
])
def test_the_unit_from_the_title(store, tmp_path, title, value, hours):
    """Hours as written; days × 7.5 h; FTE and % of a standard month (DOMAIN §4.2)."""
    path = _grid(tmp_path / "u.xlsx", title, [("Ann Lee", "Developer", "ALPHA", [value] * 4)])
    import_files(store, [path], dry_run=False, create_projects=True)
    got = _alloc(store)
    for m in ("2027-01", "2027-02", "2027-03", "2027-04"):
        assert got[("Ann Lee", "ALPHA", m)] == pytest.approx(hours(m))


def test_surname_first_is_the_same_person(store, tmp_path):
    path = _grid(tmp_path / "n.xlsx", "Plan (hours)", [
        ("Ann Lee", "Developer", "ALPHA", [10] * 4), ("Lee, Ann", "Developer", "BETA", [5] * 4)])
    import_files(store, [path], dry_run=False, create_projects=True)
    assert [r["name"] for r in store.query("SELECT name FROM resource")] == ["Ann Lee"]
    assert person_key("Lee, Ann") == "Ann Lee" and person_key(" Ann  Lee ") == "Ann Lee"
    assert person_key("Smith, Jones & Co, Ltd") == "Smith, Jones & Co, Ltd"


def test_a_percent_column_after_each_month_is_left_out(store, tmp_path):
    rows = [["Name", "Project", "Jan-27", "%", "Feb-27", "%"]]
    rows += [[n, p, h, h / 150, h, h / 150] for n, p, h in
             (("Ann Lee", "ALPHA", 75), ("Bob Ray", "BETA", 30), ("Cat Moss", "ALPHA", 150))]
    path = write_book(tmp_path / "pct.xlsx", {"Allocations": rows})
    import_files(store, [path], dry_run=False, create_projects=True)
    assert _alloc(store) == {(n, p, m): float(h) for n, p, h in
                             (("Ann Lee", "ALPHA", 75), ("Bob Ray", "BETA", 30),
                              ("Cat Moss", "ALPHA", 150)) for m in ("2027-01", "2027-02")}


def test_one_sheet_per_month(store, tmp_path):
    sheets = {m: [["Name", "Project", "Hours"], ["Ann Lee", "ALPHA", 100 + k],
                  ["Bob Ray", "BETA", 60]]
              for k, m in enumerate(("Jan 2027", "Feb 2027", "Mar 2027"))}
    path = write_book(tmp_path / "months.xlsx", sheets)
    import_files(store, [path], dry_run=False, create_projects=True)
    got = _alloc(store)
    assert got[("Ann Lee", "ALPHA", "2027-01")] == 100
    assert got[("Ann Lee", "ALPHA", "2027-03")] == 102
    assert len(got) == 6


def test_a_name_merged_down(store, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Resource", "Project", "Mar 2027", "Apr 2027", "May 2027"])
    ws.append(["Ann Lee", "ALPHA", 50, 50, 50])
    ws.append([None, "BETA", 25, 25, 25])
    ws.append(["Bob Ray", "ALPHA", 10, 10, 10])
    ws.merge_cells("A2:A3")
    wb.save(tmp_path / "merged.xlsx")
    import_files(store, [str(tmp_path / "merged.xlsx")], dry_run=False, create_projects=True)
    assert _alloc(store)[("Ann Lee", "BETA", "2027-05")] == 25


def test_a_plain_people_list_stays_a_people_list(store, tmp_path):
    path = write_book(tmp_path / "people.xlsx", {"Team": [
        ["Name", "Role", "Team", "Email"], ["Ann Lee", "Developer", "Platforms", "a@x.org"],
        ["Bob Ray", "Tester", "Payments", "b@x.org"]]})
    table = import_files(store, [path], dry_run=True).value.to_json()["files"][0]["tables"][0]
    assert table["entity"] == "resource"


def test_fixtures_more_resource_plans_as_expected(tmp_path, capsys):
    """C16 (roles × relative months M1…M9) and C18 (a team rate budget) read as
    ../shared/fixtures/more/expected.json says."""
    expected = json.loads((FIXTURES / "more" / "expected.json").read_text())["files"]
    db = str(tmp_path / "x.pmo")
    assert main(["new", "--db", db]) == 0
    capsys.readouterr()
    for name in ("C16_resource_cost_cashflow.xlsx", "C18_team_rate_budget.xlsx"):
        assert main(["import", "--db", db, "--dry-run", "--json",
                     str(FIXTURES / "more" / name)]) == 0
        tables = json.loads(capsys.readouterr().out)["files"][0]["tables"]
        for want in expected[name]["tables"]:
            got = next(t for t in tables if t["sheet"] == want["sheet"]
                       and t["header_row"] in want["header_row"])
            assert got["entity"] in want["entity"], name
            assert want["rows"][0] <= got["rows"] <= want["rows"][1], name
            for v in want["values"]:
                rec = next(r for r in got["records"] if r["row"] == v["row"])
                assert any(w in k and x in v["in"] for k, x in rec["values"].items()
                           for w in v["field"]), (name, v)


def test_demand_by_role_is_unnamed_allocations_and_the_supply_block_is_not(store, tmp_path):
    months = ["Gen 27", "Feb 27", "Mar 27"]
    path = write_book(tmp_path / "fabbisogno.xlsx", {"Domanda-Offerta ore": [
        ["Programma LUMEN – fabbisogno risorse (ore)"],
        [],
        ["A. FABBISOGNO (ore richieste)"],
        ["Ruolo", "Area", *months, "Totale 2027"],
        ["Project manager", "PMO", 140, 140, 70, 350],
        ["Tester", "Qualità", None, 70, 140, 210],
        ["Totale fabbisogno", None, 140, 210, 210, 560],
        [],
        [],
        ["B. DISPONIBILITÀ (ore disponibili)"],
        ["Ruolo", "Area", *months, "Totale 2027"],
        ["Project manager", "PMO", 280, 280, 280, 840],
        ["Tester", "Qualità", 140, 140, 140, 420],
    ]})
    out = import_files(store, [path], dry_run=True, create_projects=True,
                       project_code="ALPHA").value.to_json()["files"][0]
    demand, supply = out["tables"]
    assert demand["entity"] == "allocation" and supply["entity"] is None
    hours = {(r["values"]["resource"], r["values"]["period"]): r["values"]["hours"]
             for r in demand["records"]}
    assert hours == {("Project manager (unnamed)", "2027-01"): 140.0,
                     ("Project manager (unnamed)", "2027-02"): 140.0,
                     ("Project manager (unnamed)", "2027-03"): 70.0,
                     ("Tester (unnamed)", "2027-02"): 70.0,
                     ("Tester (unnamed)", "2027-03"): 140.0}


def test_months_under_a_merged_group_cell_stay_months(store, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allocazione 2027"
    ws.append(["Piano allocazione (ore)"])
    ws.append([])
    ws.append(["Risorsa", None, "Progetto", "Allocazione mensile", None, None])
    ws.append(["Risorsa", "Ruolo", "Progetto", "gen-27", "feb-27", "mar-27"])
    ws.append(["Rossi, Marco", "Project Manager", "ALPHA", 60, 60, 30])
    ws.append(["Bianchi, Giulia", "Analyst", "BETA", 80, 80, 80])
    for a, b in (("A3", "B3"), ("D3", "F3")):
        ws.merge_cells(f"{a}:{b}")
    wb.save(tmp_path / "alloc.xlsx")
    out = import_files(store, [str(tmp_path / "alloc.xlsx")], dry_run=True,
                       create_projects=True).value.to_json()["files"][0]
    (t,) = out["tables"]
    assert t["entity"] == "allocation" and t["header_row"] == 4
    periods = sorted({r["values"]["period"] for r in t["records"]})
    assert periods == ["2027-01", "2027-02", "2027-03"]
