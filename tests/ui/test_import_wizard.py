"""The import wizard on a real demo store and real workbooks, driven through its widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.models import MappingModel, TablesModel
from pmo_desktop.ui.importer.preview import PreviewModel
from pmo_desktop.ui.viewkit.roles import Role
from tests.conftest import FIXTURES

S05 = FIXTURES / "S05_raid_log_single_sheet.xlsx"
S06 = FIXTURES / "S06_project_kpi_dashboard.xlsx"
S09 = FIXTURES / "S09_matriz_problemas_es.xlsx"
PROJECT = "DCX-101"
TIMEOUT = 20000


def _wait_idle(qtbot, w: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)


def _open(qtbot, store, paths: list[Path], project: str | None = PROJECT) -> ImportWizard:
    w = ImportWizard(store, [str(p) for p in paths])
    qtbot.addWidget(w)
    w.set_project(project)
    w.show()
    _wait_idle(qtbot, w)
    return w


def _issues(store, project: str = PROJECT) -> list[dict]:
    pid = store.project_id(project)
    return store.rows("issue", "project_id = ?", [pid])


def _row_of_header(model: MappingModel, header: str) -> int:
    table = model.table()
    assert table is not None
    return next(i for i, c in enumerate(table.columns) if c.header == header)


def _preview(qtbot, w: ImportWizard) -> None:
    assert w.stack.currentIndex() == 1
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=TIMEOUT)
    _wait_idle(qtbot, w)  # the page shows before planning ends; Apply is off until then


def _counts(w: ImportWizard) -> dict[str, int]:
    return w.preview_model.action_counts()


def test_read_map_preview_apply_and_undo(qtbot, store, qtmodeltester):
    before = len(_issues(store))
    w = _open(qtbot, store, [S09])
    assert w.stack.currentIndex() == 1  # the paths given were read at once
    tables = w.tables_model
    qtmodeltester.check(tables)
    assert tables.rowCount() == 1
    assert tables.index(0, TablesModel.SHEET).data() == "Matriz de Problemas"
    assert tables.index(0, TablesModel.ENTITY).data(Qt.ItemDataRole.EditRole) == "issue"
    assert tables.index(0, TablesModel.HEADER).data(Qt.ItemDataRole.EditRole) == 11
    mapping = w.mapping_model
    qtmodeltester.check(mapping)
    owner = _row_of_header(mapping, "Responsable")
    assert mapping.index(owner, MappingModel.FIELD).data(Qt.ItemDataRole.EditRole) == "owner"
    assert mapping.index(owner, MappingModel.CONFIDENCE).data() == "95 %"
    title = _row_of_header(mapping, "Descripción")
    assert any(v == "title" for _l, v in
               mapping.index(title, MappingModel.FIELD).data(Role.CHOICES))

    # un-map the description: an issue needs a title, so every row is rejected
    assert mapping.setData(mapping.index(title, MappingModel.FIELD), None)
    assert mapping.index(title, 0).data(Role.FLAG) == "unmapped"
    _preview(qtbot, w)
    assert _counts(w)["rejected"] == 8 and _counts(w)["create"] == 0
    assert not w.next_button.isEnabled()  # nothing to apply
    assert w.preview_page.message.isVisible()
    w.set_action_filter("rejected")
    assert "no title" in w.proxy.index(0, PreviewModel.DETAIL).data()

    # back, map it again through the persistent combo, preview again
    qtbot.mouseClick(w.back_button, Qt.MouseButton.LeftButton)
    combo = w.tables_page.mapping_view.indexWidget(mapping.index(title, MappingModel.FIELD))
    assert combo is not None
    combo.setCurrentIndex(combo.findData("title"))
    combo.activated.emit(combo.currentIndex())
    assert mapping.index(title, MappingModel.FIELD).data(Qt.ItemDataRole.EditRole) == "title"
    _preview(qtbot, w)
    assert _counts(w) == {"create": 8, "update": 0, "unchanged": 0, "merged": 0,
                          "skipped": 0, "rejected": 0}
    qtmodeltester.check(w.summary_model)
    qtmodeltester.check(w.preview_model)
    assert w.summary_model.index(0, 4).data() == "8"

    with qtbot.waitSignal(w.import_applied, timeout=TIMEOUT) as applied:
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    batch_id = applied.args[0]
    _wait_idle(qtbot, w)
    assert w.stack.currentIndex() == 3
    assert str(batch_id) in w.done_page.summary.text()
    assert len(_issues(store)) == before + 8
    assert any(b["id"] == batch_id for b in store.list_batches())
    # the corrected mapping was saved as a profile for this header signature
    table = w.tables_model.table(0)
    assert store.load_mapping_profile(table.signature)["mapping"]["Descripción"] == "title"

    from pmo_desktop.ui.importer import ImportHistoryDialog

    h = ImportHistoryDialog(store)
    qtbot.addWidget(h)
    qtmodeltester.check(h.model)
    h.select_batch(batch_id)
    assert h.selected_batch()["id"] == batch_id
    with qtbot.waitSignal(h.batch_undone) as undone:
        qtbot.mouseClick(h.undo_button, Qt.MouseButton.LeftButton)
    assert undone.args == [batch_id]
    assert len(_issues(store)) == before
    assert not h.undo_button.isEnabled()


def test_reimport_shows_unchanged_then_changed(qtbot, store, tmp_path):
    import openpyxl
    path = tmp_path / "team_risks.xlsx"

    def write(owner: str) -> None:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Risks"
        ws.append(["Risk Log — Team Atlas"])
        ws.append([])
        ws.append(["ID", "Risk Title", "Owner", "Probability", "Impact", "Status"])
        ws.append(["R-01", "Supplier late", owner, "High", "Medium", "Open"])
        ws.append(["R-02", "Key engineer leaves", "Bo", "Low", "High", "Open"])
        wb.save(path)

    write("Ana")
    w = _open(qtbot, store, [path])
    assert w.tables_model.index(0, TablesModel.ENTITY).data(Qt.ItemDataRole.EditRole) == "risk"
    assert w.tables_model.index(0, TablesModel.HEADER).data(Qt.ItemDataRole.EditRole) == 3
    _preview(qtbot, w)
    assert _counts(w)["create"] == 2
    with qtbot.waitSignal(w.import_applied, timeout=TIMEOUT):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, w)
    w.close()

    write("Carla")
    w2 = _open(qtbot, store, [path])
    _preview(qtbot, w2)
    assert _counts(w2)["update"] == 1 and _counts(w2)["unchanged"] == 1
    w2.set_action_filter("update")
    assert w2.proxy.rowCount() == 1
    detail = w2.proxy.index(0, PreviewModel.DETAIL).data()
    assert "Ana → Carla" in detail
    assert w2.proxy.index(0, 0).data(Role.ACTION) == "update"
    w2.set_action_filter(None)
    assert w2.proxy.rowCount() == 2


def test_entity_and_header_row_changes_redetect(qtbot, store):
    w = _open(qtbot, store, [S06])
    model = w.tables_model
    sheets = [model.index(r, TablesModel.SHEET).data() for r in range(model.rowCount())]
    assert sheets == ["Dashboard Overview", "KPI Tracking", "Milestone Tracker"]
    kpi = sheets.index("KPI Tracking")
    assert model.index(kpi, TablesModel.ENTITY).data(Qt.ItemDataRole.EditRole) is None
    assert model.setData(model.index(kpi, TablesModel.ENTITY), "action")
    assert model.table(kpi).entity == "action"
    assert kpi in model.edited
    w.tables_page.tables_view.selectRow(kpi)
    assert w.mapping_model.table() is model.table(kpi)
    # the header moved down one row: the first data row becomes the header
    ms = sheets.index("Milestone Tracker")
    assert model.setData(model.index(ms, TablesModel.HEADER), 2)
    assert model.table(ms).header_row == 2
    assert model.index(ms, TablesModel.RANGE).data().startswith("A2")


def test_raid_log_with_type_column_attaches_to_project(qtbot, store):
    w = _open(qtbot, store, [S05])
    _preview(qtbot, w)
    kinds = {w.summary_model.index(r, 2).data() for r in range(w.summary_model.rowCount())}
    assert kinds == {"Risks", "Issues", "Assumptions", "Dependencies"}
    assert _counts(w)["create"] == 4
    assert "4 changes" in w.next_button.text()


def test_corrupt_file_shows_message_and_writes_nothing(qtbot, store, tmp_path):
    bad = tmp_path / "Q3 tracker.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook" * 10)
    before = store.data_hash()
    w = _open(qtbot, store, [bad])
    assert w.stack.currentIndex() == 0
    message = w.files_page.message
    assert message.isVisible() and message.kind == "error"
    assert "Q3 tracker.xlsx" in message.text.text()
    assert message.text.textFormat() == Qt.TextFormat.PlainText
    assert store.data_hash() == before
    assert store.list_batches() == []


def test_good_and_bad_file_together(qtbot, store, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_bytes(b"")
    w = _open(qtbot, store, [S09, bad])
    assert w.stack.currentIndex() == 1
    assert w.tables_model.rowCount() == 1
    assert "notes.csv" in w.tables_page.message.text.text()


def test_html_in_file_names_is_shown_as_text(qtbot, store, tmp_path):
    import openpyxl
    path = tmp_path / "<b>x<i>.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "<img src=x>"
    ws.append(["ID", "Issue", "Owner", "Status"])
    ws.append(["I-1", "Laptops late", "Ana", "Open"])
    wb.save(path)
    w = _open(qtbot, store, [path])
    assert w.tables_page.mapping_title.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>" in w.tables_page.mapping_title.text()


def test_cancel_reading_returns_to_files(qtbot, store):
    w = ImportWizard(store, None)
    qtbot.addWidget(w)
    w.add_paths([str(S09)])
    w.read_files()
    assert w.is_busy()
    qtbot.mouseClick(w.stop_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, w)
    assert w.stack.currentIndex() == 0


BANNER = ["Risk Log", "Team Atlas", "Owner: PMO", "Status: Draft"]
RISK_HEADER = ["ID", "Risk Title", "Owner", "Probability", "Impact", "Status"]


def _banner_tracker(path: Path, rows: int) -> Path:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    ws.append(BANNER)  # detection takes this banner for the header
    ws.append(RISK_HEADER)
    for i in range(rows):
        ws.append([f"WR-{i:02d}", f"Risk {i}", "Ana", "High", "Medium", "Open"])
    wb.save(path)
    return path


def test_corrected_header_row_is_remembered_for_next_month(qtbot, store, tmp_path):
    w = _open(qtbot, store, [_banner_tracker(tmp_path / "march.xlsx", 3)])
    model = w.tables_model
    assert model.index(0, TablesModel.HEADER).data(Qt.ItemDataRole.EditRole) == 1
    assert model.setData(model.index(0, TablesModel.HEADER), 2)
    assert model.index(0, TablesModel.ENTITY).data(Qt.ItemDataRole.EditRole) == "risk"
    _preview(qtbot, w)
    assert _counts(w)["create"] == 3
    with qtbot.waitSignal(w.import_applied, timeout=TIMEOUT):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, w)
    w.close()

    w2 = _open(qtbot, store, [_banner_tracker(tmp_path / "april.xlsx", 5)])
    model2 = w2.tables_model
    assert model2.index(0, TablesModel.HEADER).data(Qt.ItemDataRole.EditRole) == 2
    assert model2.index(0, TablesModel.ENTITY).data(Qt.ItemDataRole.EditRole) == "risk"
    assert model2.index(0, TablesModel.RANGE).data() == "A2:F7"
    assert "saved profile" in model2.index(0, TablesModel.ENTITY).data(
        Qt.ItemDataRole.ToolTipRole)
    _preview(qtbot, w2)
    assert _counts(w2)["create"] == 2 and _counts(w2)["unchanged"] == 3


def test_preview_flags_records_imported_with_a_warning(qtbot, store, tmp_path):
    import openpyxl

    from pmo_desktop.importing.api import plan_tables, read_and_detect

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Risk ID", "Title", "Owner", "Impact", "Due Date"])
    ws.append(["R1", "Vendor late", "Ann", 4, "31/03/2026"])
    ws.append(["R2", "Skills gap", "Bob", "Huge", "30/04/2026"])
    wb.save(tmp_path / "r.xlsx")
    plan = plan_tables(store, read_and_detect(str(tmp_path / "r.xlsx"), store=store),
                       project_code=PROJECT)
    model = PreviewModel()
    model.set_plan(plan)
    texts = {model.index(r, PreviewModel.KEY).data(): model.index(r, PreviewModel.DETAIL)
             for r in range(model.rowCount())}
    assert not texts["R1"].data().startswith("⚠")
    assert texts["R2"].data().startswith("⚠ D3 Impact: 'Huge' is not a 1–5 rating; left empty")
    tip = texts["R2"].data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == "⚠ D3 Impact: 'Huge' is not a 1–5 rating; left empty"
    assert "Title: Skills gap" in tip.splitlines()


def test_wizard_runs_on_the_runner_task_and_hands_on_the_result(qtbot, store):
    from pmo_desktop.operations import Result
    from pmo_desktop.ui.runner import Task

    before = len(_issues(store))
    w = ImportWizard(store, None)
    qtbot.addWidget(w)
    w.set_project(PROJECT)
    w.add_paths([str(S09)])
    w.read_files()
    assert isinstance(w.task, Task)  # the app's one runner kind of thread
    _wait_idle(qtbot, w)
    _preview(qtbot, w)
    assert _counts(w)["create"] == 8
    with qtbot.waitSignal(w.applied, timeout=TIMEOUT) as applied:
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, w)
    (result,) = applied.args
    assert isinstance(result, Result) and result.batch_id == w.batch_id
    assert result.entities == {"issue"} and len(result.created) == 8
    assert result.counts["created"] == 8
    assert len(_issues(store)) == before + 8


def test_an_empty_template_is_refused_in_the_preview(qtbot, store, tmp_path):
    import openpyxl

    path = tmp_path / "template.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Issue ID", "Title", "Owner", "Status"])
    wb.save(path)
    w = _open(qtbot, store, [path])
    _preview(qtbot, w)
    bar = w.preview_page.message
    assert bar.kind == "error"
    assert bar.text.text() == ("template.xlsx holds no data rows: it looks like an empty "
                               "template.")
    assert not w.next_button.isEnabled()


def test_a_guessed_kind_is_shown_as_a_guess_until_a_person_confirms_it(qtbot, store, tmp_path):
    from tests.importing.conftest import write_book

    path = write_book(tmp_path / "log.xlsx", {"Sheet1": [
        ["Ref", "Title", "Owner", "Status", "Raised"],  # a risk? an issue? either
        ["1", "Supplier may deliver late", "Ana", "Open", "2027-01-04"],
        ["2", "Key person may leave", "Ben", "Open", "2027-01-05"]]})
    w = _open(qtbot, store, [Path(path)])
    model = w.tables_model
    cell = model.index(0, TablesModel.ENTITY)
    guessed = cell.data(Qt.ItemDataRole.EditRole)
    assert guessed and cell.data().endswith("? (a guess)")
    guessed_label = cell.data().removesuffix("? (a guess)")
    assert "Held back until you choose its kind: it reads as" in \
        cell.data(Qt.ItemDataRole.ToolTipRole)
    # on screen: the kind's combo box says it is a guess and has nothing chosen
    combo = w.tables_page.tables_view.indexWidget(cell)
    assert isinstance(combo, QComboBox) and combo.isVisible()
    assert combo.currentIndex() == -1 and combo.placeholderText().endswith("? (a guess)")
    _preview(qtbot, w)
    assert _counts(w).get("create", 0) == 0  # held back: nothing planned
    summary = w.summary_model
    assert summary.index(0, 2).data() == guessed_label + " — held back (a guess)"
    w.stack.setCurrentIndex(1)
    combo = w.tables_page.tables_view.indexWidget(model.index(0, TablesModel.ENTITY))
    same = combo.findData(guessed)
    combo.setCurrentIndex(same)
    combo.activated.emit(same)  # the person picks the guessed kind: the guess confirmed
    assert "(a guess" not in model.index(0, TablesModel.ENTITY).data()
    assert not model.index(0, TablesModel.ENTITY).data(Role.TENTATIVE)
    assert not model.setData(model.index(0, TablesModel.ENTITY), guessed)  # nothing to do now
    _preview(qtbot, w)
    assert _counts(w).get("create", 0) == 2
