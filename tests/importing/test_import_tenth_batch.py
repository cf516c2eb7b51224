"""Layouts from a tenth round of trackers the importer had never seen: one month in the
inbox of a European company's PMO (a Spanish decision log with a note between its rows,
a Jira export of change requests).

Each test is a rule, not a file: a line of text between records that go on numbering
is a note inside the table, not the end of it; a tracker tool's own column names
("Issue key", "Issue Type") say nothing of what its rows are."""

from __future__ import annotations

import csv

from .conftest import dry_run_tables, write_book as _book

PROJECT = "TEN"


def _tables(store, path):
    return dry_run_tables(store, path, PROJECT)


def test_a_note_between_records_that_go_on_numbering_stays_inside_the_table(store,
                                                                            tmp_path):
    """DEC-001 … DEC-004, the note "— Decisiones tomadas en el Comité del 14/02", then
    DEC-005 … DEC-008: one decision log of eight, the note skipped as a note. (The
    records after it had been read as a second table whose header was DEC-005.)"""
    head = ["Nº", "Fecha", "Decisión", "Contexto / Motivo", "Decidido por", "Foro",
            "Impacto", "Estado"]

    def row(i):
        return [f"DEC-00{i}", f"{10 + i}/01/2025", f"Decisión número {i}",
                "Retraso del proveedor", "Torres Vidal, Ana", "Comité de Dirección",
                "Alcance", "Aprobada"]

    path = _book(tmp_path / "decisiones.xlsx", {"Decisiones": [
        ["REGISTRO DE DECISIONES"], [], head, *[row(i) for i in range(1, 5)],
        ["— Decisiones tomadas en el Comité de Dirección del 14/02"],
        *[row(i) for i in range(5, 9)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "decision"
    assert len(table["records"]) == 8
    assert [(s["row"], s["reason"]) for s in table["skipped"]] == [
        (8, "a note ('— Decisiones tomadas en el Comité de Dir')")]


def test_a_jira_export_of_change_requests_is_a_change_log(store, tmp_path):
    """Jira names every work item an issue: "Issue key", "Issue id", "Issue Type" over
    change requests with a change type, a cost and schedule impact and a CAB decision."""
    path = tmp_path / "jira_export_change_requests.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Issue key", "Issue id", "Summary", "Issue Type", "Status", "Reporter",
                    "Created", "Custom field (Change Type)", "Custom field (Cost Impact (EUR))",
                    "Custom field (Schedule Impact (days))", "Custom field (CAB Decision)"])
        for i in range(1, 7):
            w.writerow([f"CHG-31{i}", 10300 + i, f"Add reporting change {i}",
                        "Change Request", "Approved", "liam.obrien",
                        f"06/Jan/25 9:1{i} AM", "Scope", 48000 + i, 25,
                        "Approved with conditions"])
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = {c["header"]: c["field"] for c in table["columns"]}
    assert fields["Issue key"] == "ref"
    assert fields["Custom field (Cost Impact (EUR))"] == "impact_cost"
    assert fields["Custom field (Schedule Impact (days))"] == "impact_schedule_days"
