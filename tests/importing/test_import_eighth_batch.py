"""Layouts from an eighth round of trackers the importer had never seen: English trackers
built from popular templates (abbreviated headers, a monday.com change log) and European
public bodies writing in their own languages (a French portfolio under group headers, a
German risk register scored gross and net, a Finnish lessons export, a Polish work plan,
Norwegian change requests).

Each test is a rule, not a file: abbreviations a register's headers use; who asks for a
change; a baseline named as the reference; a group label over several columns counts
once as a word for a kind; words and link codes of more languages."""

from __future__ import annotations

from pmo_desktop.importing.choices import enum_parser
from pmo_desktop.importing.headers import header_matches
from pmo_desktop.importing.predecessors import parse_links

from .conftest import best_field, dry_run_tables, fields_of, write_book as _book

PROJECT = "EIG"


def _tables(store, path):
    return dry_run_tables(store, path, PROJECT)


def test_abbreviations_of_a_registers_headers():
    assert best_field("Imp.", "risk") == "impact"
    assert best_field("Sev.", "issue") == "severity"
    assert best_field("Pred.", "task") == "predecessors"
    assert best_field("Crit. Path", "milestone") == "critical"
    # "Res." before a score is its residual (after the response)
    assert best_field("Res. Prob", "risk") == "residual_probability"
    assert best_field("Res. Imp.", "risk") == "residual_impact"


def test_who_asks_for_a_change_is_its_requester():
    assert best_field("Requested By", "change_request") == "requester"
    assert best_field("Raised By", "change_request") == "requester"
    assert best_field("Raised By", "risk") == "raised_by"  # (a risk has no requester)


def test_a_change_log_with_a_raised_by_column_is_applied(store, tmp_path):
    """A change log's "Raised By" is its requester. Read as a RAID log's raised_by (a
    field a change request does not have), the whole import was refused when applied."""
    from pmo_desktop.operations.imports import import_files

    path = tmp_path / "cr.csv"
    path.write_text("CR ID;Title;Raised By;Date Raised;Status\n"
                    "CR-1;Add lights;Mette K;15-09-2025;Approved\n"
                    "CR-2;New gate;Anders T;06-10-2025;Rejected\n", encoding="utf-8")
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Eighth"})
    result = import_files(store, [str(path)], dry_run=False, project_code=PROJECT)
    assert result.value.exit_code == 0, result.value.to_json()
    rows = {r["ref"]: r for r in store.rows("change_request")}
    assert rows["CR-1"]["requester"] == "Mette K" and rows["CR-2"]["status"] == "rejected"


def test_a_decisions_agreed_date_and_a_baseline_named_as_the_reference():
    assert best_field("Date Agreed", "decision") == "decision_date"
    assert best_field("Besluttet dato", "change_request") == "decision_date"
    assert best_field("Fin prévue (référence)", "project") == "finish_baseline"
    assert best_field("Fin prévue", "project") == "finish_forecast"


def test_a_french_portfolio_under_group_headers(store, tmp_path):
    """"Calendrier" over Début prévu | Fin prévue (référence) | Fin prévisionnelle: the
    reference is the baseline, the forecast beside it the forecast; "Phase du cycle de
    vie" is the stage."""
    import openpyxl

    path = tmp_path / "portefeuille.xlsx"
    _book(path, {"Portefeuille": [
        ["Portefeuille Mobilités 2030"], [],
        ["Identification", None, None, "Calendrier", None, None, None],
        ["Réf.", "Intitulé du projet", "Chef de projet", "Début prévu",
         "Fin prévue (référence)", "Fin prévisionnelle", "Phase du cycle de vie"],
        *[[f"MOB-0{i}", f"Projet {i}", "Durand, Claire", f"0{i}/01/2025", f"30/0{i}/2025",
           f"15/0{i + 2}/2025", "Réalisation"] for i in range(1, 6)]]})
    book = openpyxl.load_workbook(path)
    book["Portefeuille"].merge_cells("A3:C3")
    book["Portefeuille"].merge_cells("D3:G3")
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "project"
    got = {c["header"].split(" ", 1)[-1] if c["header"].startswith("Calendrier") else
           c["header"]: c["field"] for c in table["columns"]}
    assert got["Fin prévue (référence)"] == "finish_baseline"
    assert got["Fin prévisionnelle"] == "finish_forecast"
    record = next(r["values"] for r in table["records"] if r["row"] == 5)
    assert record["finish_baseline"] == "2025-01-30" and record["finish_forecast"] == "2025-03-15"
    assert record["stage"] == "delivery"


def test_a_german_risk_register_scored_gross_and_net():
    """EW (Eintrittswahrscheinlichkeit) and SM (Schadensmaß), "brutto" and "netto"."""
    assert header_matches("EW brutto", "risk")[0][0] == "probability"
    assert header_matches("SM brutto", "risk")[0][0] == "impact"
    assert header_matches("EW netto", "risk")[0][0] == "residual_probability"
    assert header_matches("SM netto", "risk")[0][0] == "residual_impact"
    assert header_matches("Risikoeigner", "risk")[0][0] == "owner"


def test_a_finnish_lessons_export_is_a_lessons_register(store, tmp_path):
    """"opitut asiat" (lessons learned) in the file's name, and the register's own words:
    what happened, its cause, its effect, the recommendation, a success or a thing to
    improve."""
    import csv

    path = tmp_path / "Pirkanmaan_Vesi_opitut_asiat_export.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Tunnus", "Otsikko", "Luokka", "Mitä tapahtui", "Syy", "Vaikutus",
                    "Suositus jatkoon", "Vastuuhenkilö", "Kirjaaja", "Tila", "Tyyppi"])
        for i in range(1, 6):
            w.writerow([f"OA-0{i}", f"Opittu asia {i}", "Suunnittelu",
                        "Tutkimukset tilattiin myöhään.",
                        "Aikataulu ei huomioinut routaa.", "Kuuden viikon viive.",
                        "Tilaa tutkimukset ajoissa.", "Virtanen, Mikko", "Laine, Sanna",
                        "Käsittelyssä", "Onnistuminen" if i % 2 else "Kehityskohde"])
    [table] = _tables(store, path)
    assert table["entity"] == "lesson"
    fields = fields_of(table)
    assert (fields["Mitä tapahtui"], fields["Syy"], fields["Vaikutus"],
            fields["Suositus jatkoon"]) == ("event", "causes", "effect", "recommendations")
    assert fields["Kirjaaja"] == "logged_by" and fields["Tyyppi"] == "effect_type"
    got = {r["row"]: r["values"] for r in table["records"]}
    assert got[2]["effect_type"] == "went_well" and got[3]["effect_type"] == "to_improve"
    assert got[2]["status"] == "open"  # (in progress: a lesson still open)


def test_link_codes_and_status_words_of_more_languages():
    [link] = parse_links("5ZR+3 dni")  # Polish: zakończenie-rozpoczęcie
    assert (link.ref, link.type, link.lag) == ("5", "FS", 3.0)
    assert parse_links("15RR+20 dni")[0].type == "SS"
    assert best_field("Lp.", "task") == "ref"
    action = enum_parser(("open", "done", "overdue", "cancelled"), "status", "action")
    assert action("Loopt") == "open"  # Dutch: running
    issue = enum_parser(("open", "in_progress", "escalated", "resolved", "closed"), "status",
                        "issue")
    assert issue("Käsittelyssä") == "in_progress" and issue("Loopt") == "in_progress"
    assert best_field("Cílové datum", "benefit") == "target_date"
    assert best_field("Fremdriftskonsekvens", "change_request") == "impact_schedule_days"


def test_every_field_a_header_can_name_is_one_the_store_keeps():
    """A header read as a field its record does not have fails the whole import when it
    is applied (a change log's "Raised By" did). Allocations name their people's own
    fields (team, day rate …): the import gives those to the person it creates."""
    from pmo_desktop.importing.vocab import ALLOCATION_PERSON_FIELDS, SYNONYMS
    from pmo_desktop.store.schema import ENTITIES

    person = set(ALLOCATION_PERSON_FIELDS) | {"hours_per_day"}
    wrong = {}
    for entity, fields in SYNONYMS.items():
        ent = ENTITIES[entity]
        kept = set(ent.fields) | set(ent.key) | (person if entity == "allocation" else set())
        extra = sorted(f for f in fields if not f.startswith("_") and f not in kept)
        if extra:
            wrong[entity] = extra
    assert not wrong
