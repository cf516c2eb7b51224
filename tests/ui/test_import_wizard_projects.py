"""The import wizard and projects: it asks for the project of a table without a project
column, says why nothing can be imported, and creates a project a row names only when
the user ticks it under New projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.preview import PreviewModel

PROJECT = "DCX-101"
TIMEOUT = 20000


def _book(path: Path, rows: list[list]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _wait_idle(qtbot, w: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)


def _open(qtbot, store, path: Path, project: str | None) -> ImportWizard:
    w = ImportWizard(store, [str(path)])
    qtbot.addWidget(w)
    w.set_project(project)
    w.show()
    _wait_idle(qtbot, w)
    assert w.stack.currentIndex() == 1
    return w


def _preview(qtbot, w: ImportWizard) -> None:
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=TIMEOUT)
    _wait_idle(qtbot, w)


def _counts(w: ImportWizard) -> dict[str, int]:
    return w.preview_model.action_counts()


def test_a_table_without_project_column_asks_for_the_project(qtbot, store, tmp_path):
    path = _book(tmp_path / "team.xlsx", [["Risk ID", "Title", "Owner"],
                                          *[[f"R{i}", f"Risk {i}", "Ann"] for i in range(16)]])
    w = _open(qtbot, store, path, None)
    page = w.tables_page
    assert page.project_row.isVisible()  # page 2 asks: whose rows are these?
    assert page.project_note.text() == "Risks has no project column: its rows belong to"
    assert page.project.currentData() is None

    _preview(qtbot, w)
    assert _counts(w)["rejected"] == 16 and _counts(w)["create"] == 0
    bar = w.preview_page.message
    assert bar.isVisible() and bar.kind == "error"
    assert bar.text.text().startswith(
        "16 rows need a project: choose one on the Tables & columns page (Back).")
    assert "already in the portfolio" not in bar.text.text()
    assert not w.next_button.isEnabled()
    w.set_action_filter("rejected")
    assert w.proxy.index(0, PreviewModel.DETAIL).data().endswith(
        "(choose the project on the Tables & columns page)")

    # back to page 2, choose the project there: the rows are planned for it
    qtbot.mouseClick(w.back_button, Qt.MouseButton.LeftButton)
    page.project.setCurrentIndex(page.project.findData(PROJECT))
    assert w.project_code() == PROJECT  # one choice, shown on page 1 too
    assert w.files_page.project.currentData() == PROJECT
    _preview(qtbot, w)
    assert _counts(w)["create"] == 16 and _counts(w)["rejected"] == 0


def test_every_row_rejected_for_another_reason_names_it(qtbot, store, tmp_path):
    from pmo_desktop.ui.importer.models import MappingModel

    path = _book(tmp_path / "log.xlsx", [["Risk ID", "Project", "Title"],
                                         ["R1", PROJECT, "Supplier late"],
                                         ["R2", PROJECT, "Budget cut"]])
    w = _open(qtbot, store, path, None)
    mapping = w.mapping_model
    title = next(i for i, c in enumerate(mapping.table().columns) if c.header == "Title")
    assert mapping.setData(mapping.index(title, MappingModel.FIELD), None)
    _preview(qtbot, w)
    assert _counts(w)["rejected"] == 2
    assert w.preview_page.message.text.text().splitlines()[0] == (
        "No row can be imported: all 2 fail on “no title or description”. Show Rejected to "
        "see the row, column and reason of each.")
    assert w.preview_page.message.kind == "error"


def test_a_table_with_a_project_column_asks_nothing(qtbot, store, tmp_path):
    path = _book(tmp_path / "log.xlsx", [["Risk ID", "Project", "Title"],
                                         ["R1", PROJECT, "Supplier late"]])
    w = _open(qtbot, store, path, None)
    assert not w.tables_page.project_row.isVisible()
    _preview(qtbot, w)
    assert _counts(w)["create"] == 1
    assert not w.preview_page.new_projects_box.isVisible()


def test_rows_with_an_empty_project_cell_ask_for_the_project(qtbot, store, tmp_path):
    path = _book(tmp_path / "log.xlsx", [["Risk ID", "Project", "Title"],
                                         ["R1", PROJECT, "Supplier late"],
                                         ["R2", None, "Budget cut"]])
    w = _open(qtbot, store, path, None)
    _preview(qtbot, w)
    assert _counts(w)["create"] == 1 and _counts(w)["rejected"] == 1
    assert w.preview_page.message.text.text().startswith(
        "1 row needs a project: choose one on the Tables & columns page (Back).")
    qtbot.mouseClick(w.back_button, Qt.MouseButton.LeftButton)
    assert w.tables_page.project_row.isVisible()
    assert w.tables_page.project_note.text() == "Rows of Risks name no project: they belong to"


def test_new_projects_are_created_only_when_ticked(qtbot, store, tmp_path):
    projects = len(store.rows("project"))
    path = _book(tmp_path / "log.xlsx", [
        ["Risk ID", "Project", "Title", "Owner"],
        ["R1", "Apollo", "Supplier late", "Ann"],
        ["R2", "Apollo", "Budget cut", "Ben"],
        ["R3", "Zephyr", "Data loss", "Cy"],
        ["R4", PROJECT, "Key person leaves", "Di"]])
    w = _open(qtbot, store, path, PROJECT)
    _preview(qtbot, w)
    assert _counts(w)["create"] == 1 and _counts(w)["rejected"] == 3
    page = w.preview_page
    assert page.new_projects_box.isVisible()
    items = [page.new_projects.item(i) for i in range(page.new_projects.count())]
    assert [i.text() for i in items] == ["Apollo  →  APOLLO    2 rows",
                                         "Zephyr  →  ZEPHYR    1 row"]
    assert all(i.checkState() == Qt.CheckState.Unchecked for i in items)
    assert page.message.kind == "warning" and page.message.text.text().startswith(
        "3 rows name projects that are not in the portfolio ('Apollo', 'Zephyr'): tick the "
        "ones to create under New projects.")

    items[0].setCheckState(Qt.CheckState.Checked)  # Apollo: plan again with it allowed
    qtbot.waitUntil(lambda: _counts(w)["create"] == 3 + 1, timeout=TIMEOUT)  # + the project
    _wait_idle(qtbot, w)
    assert _counts(w)["rejected"] == 1
    first = page.new_projects.item(0)
    assert first.checkState() == Qt.CheckState.Checked and first.text().startswith("Apollo")
    assert page.new_projects.item(1).checkState() == Qt.CheckState.Unchecked

    with qtbot.waitSignal(w.import_applied, timeout=TIMEOUT):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, w)
    codes = {p["code"] for p in store.rows("project")}
    assert len(codes) == projects + 1 and "APOLLO" in codes and "ZEPHYR" not in codes
    assert len(store.rows("risk", "project_id = ?", [store.project_id("APOLLO")])) == 2


def test_a_project_list_shows_the_projects_it_creates(qtbot, store, tmp_path):
    import openpyxl

    path = tmp_path / "portfolio.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    for row in [["Project Code", "Project Name", "Manager"], ["APL", "Apollo", "Ann"],
                ["GEM", "Gemini", "Ben"]]:
        ws.append(row)
    wb.save(path)
    w = _open(qtbot, store, path, None)
    assert not w.tables_page.project_row.isVisible()  # a project list needs no project
    _preview(qtbot, w)
    page = w.preview_page
    items = [page.new_projects.item(i) for i in range(page.new_projects.count())]
    assert [i.text() for i in items] == [
        "Apollo  →  APL    from the project list (Projects)",
        "Gemini  →  GEM    from the project list (Projects)"]
    assert all(i.checkState() == Qt.CheckState.Checked and not
               i.flags() & Qt.ItemFlag.ItemIsEnabled for i in items)
    assert page.new_projects_note.text() == "The project list creates these projects."
    assert _counts(w)["create"] == 2


def test_a_warning_shared_by_many_sheets_is_said_once(qtbot, store, tmp_path):
    """Five sheets that are no kind of tracker: one line naming them, not five paragraphs."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    ws.append(["Risk ID", "Project", "Title"])
    ws.append(["R1", PROJECT, "Supplier late"])
    for name in ("RACI", "Stakeholders", "Comms", "Glossary", "Contacts list"):
        other = wb.create_sheet(name)
        other.append(["Colour", "Shape", "Flavour"])
        other.append(["Blue", "Round", "Sweet"])
    path = tmp_path / "pack.xlsx"
    wb.save(path)
    w = _open(qtbot, store, path, None)
    _preview(qtbot, w)
    text = w.preview_page.message.text.text()
    lines = [x for x in text.splitlines() if "no kind of record was recognised" in x]
    assert len(lines) == 1, text
    assert lines[0].startswith("RACI, Stakeholders, Comms and 2 more: Not imported: ")


def test_a_large_portfolios_project_list_is_read_off_the_gui_thread(qtbot, store, monkeypatch):
    """At BACKGROUND_FROM projects or more the wizard opens with "No project" only; the
    list arrives from a background read, and a project chosen meanwhile is kept."""
    from pmo_desktop.ui.importer import step_files

    monkeypatch.setattr(step_files, "BACKGROUND_FROM", 1)
    reads = []
    real = step_files.project_index
    monkeypatch.setattr(step_files, "project_index",
                        lambda source: reads.append(source) or real(source))
    w = ImportWizard(store)
    qtbot.addWidget(w)
    assert w.files_page.project.count() == 1 and w.project_code() is None
    assert reads == []  # nothing read on the GUI thread
    w.set_project(PROJECT)
    w.show()
    total = len(store.rows("project"))
    qtbot.waitUntil(lambda: w.files_page.project.count() == total + 1, timeout=TIMEOUT)
    assert w.project_code() == PROJECT
    assert w.tables_page.project.currentData() == PROJECT  # both pages show it
    w.reject()


def test_a_status_form_is_previewed_as_one_project_with_its_risks(qtbot, store, tmp_path):
    """A status report laid out as a form (label beside value) is one project row; the
    risk table beneath it belongs to that project, so no project is asked for."""
    path = _book(tmp_path / "status.xlsx", [
        ["Project status report"], [],
        ["Project name:", "Harbour Upgrade"], ["Project manager:", "Sam Osei"],
        ["Overall status:", "Amber"], ["Reporting date:", "2026-11-30"], [],
        ["ID", "Risk", "Owner", "Probability", "Impact"],
        ["R1", "Vendor late", "Ann", "High", "Medium"],
        ["R2", "Skills gap", "Ben", "Low", "High"]])
    w = _open(qtbot, store, path, None)
    tables = w.tables_model.tables()
    assert [(t.entity, t.range) for t in tables] == [("project", "A3:B6"), ("risk", "A8:E10")]
    assert not w.tables_page.project_row.isVisible()
    _preview(qtbot, w)
    assert _counts(w)["create"] == 3 and _counts(w)["rejected"] == 0


def test_a_form_giving_a_listed_project_shows_as_merged_into_its_row(qtbot, store, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Index"
    for row in [["Project code", "Project name", "Project manager"],
                ["TP-01", "Housing system", "Ann Lee"]]:
        ws.append(row)
    form = wb.create_sheet("TP-01")
    for row in [["Monthly status report"], [], ["Project code:", "TP-01"],
                ["Project name:", "Housing system"], ["Sponsor:", "Director of Housing"],
                ["Overall status:", "Amber"], ["Budget (BAC):", "£1,850,000"]]:
        form.append(row)
    path = tmp_path / "status.xlsx"
    wb.save(path)
    w = _open(qtbot, store, path, None)
    _preview(qtbot, w)
    counts = _counts(w)
    assert (counts["create"], counts["merged"], counts["rejected"]) == (1, 1, 0)
    chip = w.preview_page.filter_buttons["merged"]
    assert chip.isVisible() and chip.text() == "Merged  1"
    model = w.preview_model
    (merged,) = [r for r in range(model.rowCount())
                 if model.index(r, PreviewModel.ACTION).data() == "Merged"]
    assert model.index(merged, PreviewModel.DETAIL).data() == (
        "The same project as row 2 of 'Index' in status.xlsx: its sponsor, rag overall, bac "
        "are added there")
    assert not w.preview_page.filter_buttons["skipped"].isHidden()
