"""Benefits registers through the importer (DOMAIN §7.2): one row per benefit."""

from __future__ import annotations

from pmo_desktop.importing.api import undo_import
from pmo_desktop.operations.imports import import_files
from tests.importing.conftest import write_book

REGISTER = [
    ["Digital Front Door Programme – Benefits Register"],
    ["Values in £ per annum unless stated"],
    [],
    ["Benefit ID", "Benefit Title", "Benefit Type", "Benefit Owner", "Measure (KPI)",
     "Baseline", "Target", "Target Realisation Date", "Enabling Project", "Status"],
    ["DFD-B01", "Reduction in outpatient DNAs", "Non-cashable", "Rachel Finch",
     "Outpatient DNA rate", "7.8%", "5.0%", "30/09/2026", "DFD-P1 Patient Portal",
     "On track"],
    ["DFD-B02", "Reduced postage and printing", "Cashable", "Hale, Martin",
     "Letters posted per month", "96,000", "40,000", "31/12/2026", "DFD-P1 Patient Portal",
     "At risk"],
    ["DFD-B03", "Better patient experience", "Qualitative", "Sunita Rao",
     "Friends and family test", None, None, "Q2 2026/27", "DFD-P2 Online Booking",
     "Not started"],
    ["TOTAL (monetised benefits)", None, None, None, None, None, None, None, None, None],
]


def _table(result):
    (t,) = result.to_json()["files"][0]["tables"]
    return t


def test_a_benefits_register_gives_the_portfolios_benefits(tmp_path, store):
    path = write_book(tmp_path / "benefits.xlsx", {"Benefits Register": REGISTER})
    preview = _table(import_files(store, [path], dry_run=True).value)
    assert preview["entity"] == "benefit" and not preview.get("held")
    assert preview["created"] == 3 and [s["row"] for s in preview["skipped"]] == [8]
    assert any("M7" in w or "H7" in w for w in preview["warnings"])  # 'Q2 2026/27': told
    assert store.rows("benefit") == []  # a dry run writes nothing

    result = import_files(store, [path], dry_run=False).value
    got = {b["ref"]: b for b in store.rows("benefit")}
    b1, b2, b3 = got["DFD-B01"], got["DFD-B02"], got["DFD-B03"]
    assert (b1["title"], b1["benefit_type"], b1["owner"], b1["measure"], b1["baseline_value"],
            b1["target_value"], b1["target_date"], b1["linked_projects"], b1["status"]) == (
        "Reduction in outpatient DNAs", "non_cash_releasing", "Rachel Finch",
        "Outpatient DNA rate", 7.8, 5.0, "2026-09-30", "DFD-P1 Patient Portal", "on_track")
    assert (b2["benefit_type"], b2["baseline_value"], b2["target_value"], b2["status"]) == (
        "cash_releasing", 96000.0, 40000.0, "at_risk")
    assert (b3["benefit_type"], b3["status"], b3["target_date"]) == (
        "qualitative", "planned", None)

    again = import_files(store, [path], dry_run=True).value
    assert again.plan.writes == 0  # the same file again changes nothing
    assert undo_import(store, result.batch)["undone"] and store.rows("benefit") == []


def test_a_register_without_ids_numbers_its_benefits_and_finds_them_again(tmp_path, store):
    rows = [r[1:] for r in REGISTER[3:7]]
    path = write_book(tmp_path / "benefits.xlsx", {"Benefits": rows})
    import_files(store, [path], dry_run=False)
    assert sorted(b["ref"] for b in store.rows("benefit")) == ["BEN-001", "BEN-002", "BEN-003"]
    again = import_files(store, [path], dry_run=True).value
    assert again.plan.writes == 0  # found by their titles, not numbered again


def test_a_project_list_with_a_benefits_column_stays_a_project_list(tmp_path, store):
    path = write_book(tmp_path / "projects.xlsx", {"Benefits": [
        ["Project Code", "Project Name", "Project Manager", "Benefits", "Status"],
        ["P-1", "Patient portal", "Ann Lee", "Fewer missed appointments", "Green"],
        ["P-2", "Online booking", "Bob Ray", "Fewer calls", "Amber"],
    ]})
    t = _table(import_files(store, [path], dry_run=True, create_projects=True).value)
    assert t["entity"] == "project"


def test_a_measures_value_with_its_unit_or_per_year_is_its_number(tmp_path, store):
    rows = [["Benefit ID", "Benefit Title", "Measure", "Baseline Value", "Target Value"],
            ["B01", "Faster consents", "Working days to decision", "23.4 working days",
             "14 working days"],
            ["B02", "Lower cost", "Annual cost", "NZ$186,000 p.a.", "$0.12m p.a."],
            ["B03", "Shorter trips", "Km driven per inspection", "31 km", "24 km"]]
    path = write_book(tmp_path / "benefits.xlsx", {"Benefits Register": rows})
    t = _table(import_files(store, [path], dry_run=True).value)
    got = {r["key"]: (r["values"]["baseline_value"], r["values"]["target_value"])
           for r in t["records"]}
    assert got == {"B01": (23.4, 14.0), "B02": (186000.0, 120000.0), "B03": (31.0, 24.0)}
    assert not t.get("warnings")
