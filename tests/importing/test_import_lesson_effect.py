"""A lessons log's "Type" of went well / to improve (migration 11, issue 14): those words
fill the lesson's effect type; a "Type" of categories stays the category."""

from __future__ import annotations

from pmo_desktop.operations.imports import import_files

from .conftest import write_book


def test_a_lessons_logs_type_of_went_well_or_to_improve_fills_it(store, tmp_path):
    with store.write(source="test") as tx:
        tx.create("project", {"code": "P1", "name": "One"})
    rows = [["ID", "Lesson", "Type", "Recommendation"],
            ["L-01", "Early supplier workshops", "What went well", "Repeat on phase 2"],
            ["L-02", "Late test environments", "Even better if", "Book six weeks ahead"],
            ["L-03", "Scope changes after sign-off", "Improvement", "Freeze at gate 2"]]
    path = write_book(tmp_path / "lessons.xlsx", {"Lessons": rows})
    import_files(store, [path], dry_run=False, project_code="P1")
    got = {r["ref"]: (r["effect_type"], r["category"]) for r in store.rows("lesson")}
    assert got == {"L-01": ("went_well", None), "L-02": ("to_improve", None),
                   "L-03": ("to_improve", None)}
    # a "Type" of categories stays the category
    rows = [["ID", "Lesson", "Type"], ["L-04", "Vendor calls weekly", "Commercial"],
            ["L-05", "Backups untested", "Technical"]]
    path = write_book(tmp_path / "lessons2.xlsx", {"Lessons": rows})
    import_files(store, [path], dry_run=False, project_code="P1")
    got = {r["ref"]: (r["effect_type"], r["category"]) for r in store.rows("lesson")}
    assert got["L-04"] == (None, "Commercial") and got["L-05"] == (None, "Technical")
