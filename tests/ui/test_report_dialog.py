"""The report dialog: options from widgets, presets, a real build off the GUI thread."""

from __future__ import annotations

import json
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt

from pmo_desktop.store.pack_data import packs
from pmo_desktop.ui.report import ReportDialog
from pmo_desktop.ui.report.dialog import CODE_ROLE, LAST_KEY, PRESETS_KEY


CHECK = Qt.ItemDataRole.CheckStateRole


def _loaded(qtbot, dialog):
    """Wait for the periods and projects, read off the GUI thread."""
    qtbot.waitUntil(lambda: dialog.loaded, timeout=30_000)
    return dialog


def _tick(model, index, on):
    """What a click on the tick box does."""
    assert model.setData(index, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked, CHECK)


def _dialog(qtbot, ctx, tmp_path):
    dialog = ReportDialog(ctx)
    qtbot.addWidget(dialog)
    _loaded(qtbot, dialog)
    dialog.open_when_done.setChecked(False)
    dialog.out.setText(str(tmp_path / "pack.pdf"))
    return dialog


def test_default_options_are_the_whole_portfolio_now(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    options = d.options()
    assert options.period is None and options.programmes == [] and options.projects == []
    assert options.sections is None and options.paper == "A4" and not options.landscape
    assert d.period.count() == 1 + 6  # now + the six closed demo periods


def test_scope_sections_and_paper_from_the_widgets(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    model = d.scope.model()
    for i in range(model.rowCount()):
        parent = model.index(i, 0)
        keep = parent.data() == "Finance Transformation"
        for k in range(model.rowCount(parent)):
            _tick(model, model.index(k, 0, parent), keep)
    _tick(model, model.index(0, 0, model.index(0, 0)), True)
    d.sections["appendix"].setChecked(False)
    d.paper.setCurrentText("Letter")
    d.landscape.setChecked(True)
    d.period.setCurrentIndex(1)
    options = d.options()
    assert options.programmes == ["Finance Transformation"]
    assert len(options.projects) == 1
    assert "appendix" not in options.sections and "cover" in options.sections
    assert options.paper == "Letter" and options.landscape
    assert options.period == date(2026, 10, 31)


def test_presets_are_saved_and_restored(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    d.marking.setCurrentText("OFFICIAL")
    d.landscape.setChecked(True)
    d.save_preset_as("Board, landscape")
    assert "Board, landscape" in json.loads(ctx.settings.value(PRESETS_KEY))
    d.marking.setCurrentText("CONFIDENTIAL")
    d.portrait.setChecked(True)
    d.preset.setCurrentIndex(d.preset.findData("Board, landscape"))
    d._on_preset_activated(d.preset.currentIndex())
    assert d.marking.currentText() == "OFFICIAL" and d.landscape.isChecked()
    again = _dialog(qtbot, ctx, tmp_path)
    assert again.preset.findData("Board, landscape") > 0


def test_build_runs_off_the_gui_thread_and_records_the_pack(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    for key, check in d.sections.items():
        check.setChecked(key in ("cover", "summary", "one_pagers"))
    seen: list[int] = []
    with qtbot.waitSignal(d.pack_built, timeout=60_000) as blocker:
        d.build_button.click()
        d.build_progress.connect(lambda p, _m: seen.append(p))
        assert not d.build_button.isEnabled()
    result = blocker.args[0]
    qtbot.waitUntil(lambda: d.build_button.isEnabled())
    assert result.pages == len(PdfReader(str(tmp_path / "pack.pdf")).pages)
    assert d.progress.value() == 100 and "pages written" in d.status.text()
    assert packs(ctx.store)[0]["id"] == result.pack_id
    assert json.loads(ctx.settings.value(LAST_KEY))["sections"] == ["cover", "summary", "one_pagers"]


def test_a_bad_output_folder_is_reported(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    blocker_file = tmp_path / "file"
    blocker_file.write_text("x")
    d.out.setText(str(blocker_file / "sub" / "pack.pdf"))
    d.build_button.click()
    qtbot.waitUntil(lambda: d.build_button.isEnabled(), timeout=30_000)
    assert d.pack_result is None and d.status.property("error") is True


def test_unticking_every_project_refuses_to_build(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    model = d.scope.model()
    for i in range(model.rowCount()):
        _tick(model, model.index(i, 0), False)
        for k in range(model.rowCount(model.index(i, 0))):
            _tick(model, model.index(k, 0, model.index(i, 0)), False)
    assert d.ticked_projects() == 0
    d.build_button.click()
    assert not d.building and d.build_button.isEnabled()
    assert d.status.text() == "Tick at least one project."
    assert d.status.property("error") is True
    assert not (tmp_path / "pack.pdf").exists()


def test_a_pack_that_cannot_be_recorded_keeps_the_pdf(qtbot, ctx, tmp_path, monkeypatch):
    from pmo_desktop.operations import packs as packs_module
    from pmo_desktop.store import StoreError

    def locked(*_args, **_kwargs):
        raise StoreError("database is locked")

    monkeypatch.setattr(packs_module, "record_pack", locked)
    d = _dialog(qtbot, ctx, tmp_path)
    for key, check in d.sections.items():
        check.setChecked(key == "cover")
    with qtbot.waitSignal(d.pack_built, timeout=60_000):
        d.build_button.click()
    qtbot.waitUntil(lambda: d.build_button.isEnabled())
    assert (tmp_path / "pack.pdf").exists()
    assert d.pack_result is not None and d.pack_result.pack_id is None
    assert "database is locked" in d.status.text() and d.status.property("error") is True
    assert d.status.textFormat() == Qt.TextFormat.PlainText
    assert packs(ctx.store) == []


def test_the_status_line_is_plain_text(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    d.out.setText("")
    d.build_button.click()
    assert d.status.textFormat() == Qt.TextFormat.PlainText


def test_without_a_pdf_viewer_the_dialog_says_where_the_pack_is(qtbot, ctx, tmp_path):
    opened: list[str] = []

    def no_viewer(url) -> bool:  # what QDesktopServices.openUrl returns with no viewer
        opened.append(url.toLocalFile())
        return False

    d = ReportDialog(ctx, open_url=no_viewer)
    qtbot.addWidget(d)
    _loaded(qtbot, d)
    d.out.setText(str(tmp_path / "pack.pdf"))
    d.open_when_done.setChecked(True)
    for key, check in d.sections.items():
        check.setChecked(key == "cover")
    d.show()
    assert not d.copy_path_button.isVisible()
    with qtbot.waitSignal(d.pack_built, timeout=60_000):
        d.build_button.click()
    qtbot.waitUntil(lambda: d.build_button.isEnabled())
    pdf = (tmp_path / "pack.pdf").resolve()
    assert opened == [str(pdf)]
    assert "No PDF viewer could be started" in d.status.text()
    assert str(pdf) in d.status.text()
    flags = d.status.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert d.copy_path_button.isVisible() and d.show_folder_button.isVisible()

    qtbot.mouseClick(d.copy_path_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == str(pdf)
    qtbot.mouseClick(d.show_folder_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == str(pdf.parent)
    assert "No file manager could be started" in d.status.text()
    assert str(pdf.parent) in d.status.text()


def test_a_started_viewer_leaves_the_written_message(qtbot, ctx, tmp_path):
    opened: list[str] = []
    d = ReportDialog(ctx, open_url=lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.addWidget(d)
    _loaded(qtbot, d)
    d.out.setText(str(tmp_path / "pack.pdf"))
    d.open_when_done.setChecked(True)
    for key, check in d.sections.items():
        check.setChecked(key == "cover")
    with qtbot.waitSignal(d.pack_built, timeout=60_000):
        d.build_button.click()
    qtbot.waitUntil(lambda: d.build_button.isEnabled())
    assert opened == [str((tmp_path / "pack.pdf").resolve())]
    assert "pages written" in d.status.text() and "No PDF viewer" not in d.status.text()


def test_cancel_stops_the_build_and_records_nothing(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    built: list[object] = []
    d.pack_built.connect(built.append)
    d.build_button.click()
    assert d.building and d.cancel_button.text() == "Cancel"
    d.cancel_button.click()
    assert d.status.text() == "Cancelling…"
    qtbot.waitUntil(lambda: d.build_button.isEnabled(), timeout=60_000)
    assert not d.building and d.cancel_button.text() == "Close"
    assert d.status.text() == "Cancelled; no pack was written."
    assert d.status.property("error") is False and d.progress.value() == 0
    assert built == [] and d.pack_result is None
    assert not (tmp_path / "pack.pdf").exists() and packs(ctx.store) == []


def test_the_build_is_one_operation_announced_to_the_app(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    for key, check in d.sections.items():
        check.setChecked(key == "cover")
    announced: list[object] = []
    ctx.changed.connect(announced.append)
    with qtbot.waitSignal(d.pack_built, timeout=60_000) as blocker:
        d.build_button.click()
    result = blocker.args[0]
    assert len(announced) == 1 and announced[0].value is result
    assert announced[0].created == [("pack", result.pack_id, str(tmp_path / "pack.pdf"))]
    assert [p["id"] for p in packs(ctx.store)] == [result.pack_id]  # recorded once


def test_the_dialog_shows_at_once_and_builds_once_the_projects_are_in(qtbot, ctx, tmp_path):
    d = ReportDialog(ctx)
    qtbot.addWidget(d)
    # Before the read off the GUI thread answers: Loading…, nothing to build from.
    assert not d.loaded and not d.build_button.isEnabled() and not d.preset.isEnabled()
    assert d.scope_loading.text() == "Loading the projects…"
    with qtbot.waitSignal(d.choices_loaded, timeout=30_000):
        pass
    assert d.loaded and d.build_button.isEnabled() and d.preset.isEnabled()
    assert d.period.count() == 1 + 6
    assert d.scope.model().rowCount() == len(d.choices.programmes) > 0


def test_the_last_scope_is_restored_once_loaded(qtbot, ctx, tmp_path):
    first = _dialog(qtbot, ctx, tmp_path)
    model = first.scope.model()
    programme = model.index(0, 0)
    for k in range(1, model.rowCount(programme)):
        _tick(model, model.index(k, 0, programme), False)
    kept = model.index(0, 0, programme).data(CODE_ROLE)
    for i in range(1, model.rowCount()):
        _tick(model, model.index(i, 0), False)
    first.period.setCurrentIndex(2)
    ctx.settings.setValue(LAST_KEY, json.dumps(first.options().as_dict(), default=str))
    again = _dialog(qtbot, ctx, tmp_path)
    options = again.options()
    assert options.projects == [kept] and options.programmes == []
    assert options.period == first.options().period
    assert again.ticked_projects() == 1


def test_ticking_a_programme_ticks_its_projects(qtbot, ctx, tmp_path):
    d = _dialog(qtbot, ctx, tmp_path)
    model = d.scope.model()
    programme = model.index(0, 0)
    children = model.rowCount(programme)
    assert programme.data(CHECK) == Qt.CheckState.Checked
    _tick(model, model.index(0, 0, programme), False)
    assert programme.data(CHECK) == Qt.CheckState.PartiallyChecked
    _tick(model, programme, False)
    assert {model.index(k, 0, programme).data(CHECK) for k in range(children)} == {
        Qt.CheckState.Unchecked}
    assert d.ticked_projects() == sum(len(p) for p in d.choices.programmes.values()) - children
    _tick(model, programme, True)
    assert d.ticked_projects() == sum(len(p) for p in d.choices.programmes.values())
    assert d.options().programmes == [] and d.options().projects == []


def test_a_portfolio_that_cannot_be_read_says_so_and_offers_no_build(qtbot, ctx, tmp_path):
    import sqlite3

    raw = sqlite3.connect(ctx.store.path)
    raw.execute("DROP TABLE reporting_period")
    raw.commit()
    raw.close()
    d = ReportDialog(ctx)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.status.property("error") is True, timeout=30_000)
    assert "reporting_period" in d.status.text()
    assert d.scope_loading.text() == d.status.text()
    assert not d.loaded and not d.build_button.isEnabled()
