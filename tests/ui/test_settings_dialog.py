"""Edit > Portfolio settings…: a change in the dialog is one undoable operation, the views
showing settings hear it, and a bad value is shown under its field with nothing written."""

from __future__ import annotations

from pmo_desktop.ui.settings_dialog import SettingsDialog, open_settings_dialog


def _ok(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def _log_count(store):
    return store.query("SELECT COUNT(*) AS n FROM change_log")[0]["n"]


def test_a_change_is_written_announced_and_undone_in_one_step(ctx, store, qtbot):
    heard = []
    ctx.changed.connect(heard.append)
    before = store.settings()
    dialog = open_settings_dialog(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.findChild(object, "field_rag_thresholds.cpi_red") is not None
    dialog.fields["name"].setText("Board portfolio")
    dialog.fields["rag_thresholds.cost_red_pct"].setText("15%")
    dialog.fields["delegation_limits.pm.cost"].setText("£20k")
    method = dialog.fields["eac_method"]
    method.setCurrentIndex(method.findData("cpi_spi"))
    start = dialog.fields["fiscal_year_start"]
    start.setCurrentIndex(start.findData("01-01"))
    _ok(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    after = store.settings()
    assert after["name"] == "Board portfolio" and after["eac_method"] == "cpi_spi"
    assert after["fiscal_year_start"] == "01-01"
    assert after["rag_thresholds"] == {**before["rag_thresholds"], "cost_red_pct": 15.0}
    assert after["delegation_limits"]["pm"]["cost"] == 20_000.0
    assert store.thresholds().cost_red_pct == 15.0
    assert heard and heard[-1].touches({"setting"})
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    undone = store.settings()
    assert undone["name"] == before["name"]
    assert undone["rag_thresholds"] == before["rag_thresholds"]
    assert undone.get("eac_method") == before.get("eac_method")
    assert heard[-1].touches({"setting"})
    ctx.undo_stack.redo()
    assert store.settings()["name"] == "Board portfolio"


def test_bad_values_show_under_their_fields_and_nothing_is_written(ctx, store, qtbot):
    mark = _log_count(store)
    dialog = open_settings_dialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.fields["rag_thresholds.cpi_red"].setText("0.97")  # not below amber 0.95
    dialog.fields["hours_per_day"].setText("lots")
    _ok(dialog)
    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "lots" in dialog.errors["hours_per_day"].text()
    assert dialog.errors["rag_thresholds.cpi_red"].isHidden()  # read first, then checked
    dialog.fields["hours_per_day"].setText("8")
    _ok(dialog)
    assert dialog.isVisible()
    assert "below the amber threshold" in dialog.errors["rag_thresholds.cpi_red"].text()
    assert dialog.tabs.currentIndex() == 1  # the page of the field in error
    dialog.fields["risk_bands.medium_max"].setText("2")  # below Low's 3
    dialog.fields["rag_thresholds.cpi_red"].setText("0.85")
    _ok(dialog)
    assert "above the band below it" in dialog.errors["risk_bands.medium_max"].text()
    assert dialog.errors["rag_thresholds.cpi_red"].isHidden()
    assert _log_count(store) == mark and ctx.undo_stack.count() == 0


def test_ok_without_a_change_writes_nothing(ctx, store, qtbot):
    mark = _log_count(store)
    dialog = open_settings_dialog(ctx, None)
    qtbot.addWidget(dialog)
    _ok(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert _log_count(store) == mark and ctx.undo_stack.count() == 0


def test_the_edit_menu_opens_it_and_a_change_reloads_the_views(qtbot, tmp_path, settings,
                                                                demo_path):
    from pmo_desktop.ui.main_window import MainWindow
    from pmo_desktop.ui.paths import AppPaths

    paths = AppPaths(tmp_path / "config", tmp_path / "data").ensure()
    window = MainWindow(settings, paths)
    qtbot.addWidget(window)
    assert window.open_portfolio(demo_path)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.fields["name"].setText("Renamed in the dialog")
    _ok(dialog)
    assert window.ctx.store.name == "Renamed in the dialog"
    assert window.undo_action.isEnabled()


def test_restore_defaults_fills_the_page_and_ok_saves_it(ctx, store, qtbot):
    from pmo_desktop.domain.rag import RagThresholds

    store.set_settings({"rag_thresholds": {**RagThresholds().to_dict(), "cpi_red": 0.8,
                                           "cost_red_pct": 20.0}}, source="test")
    dialog = open_settings_dialog(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.fields["rag_thresholds.cpi_red"].text() == "0.8"
    dialog.tabs.setCurrentIndex(1)
    dialog.findChild(object, "settingsDefaults").click()
    assert dialog.fields["rag_thresholds.cpi_red"].text() == "0.9"
    assert store.thresholds().cpi_red == 0.8  # nothing saved yet
    _ok(dialog)
    assert store.thresholds().cpi_red == 0.9 and store.thresholds().cost_red_pct == 10.0
    assert ctx.undo_stack.count() == 1


def test_the_risk_bands_page_shows_the_bands_the_bounds_make(ctx, qtbot):
    dialog = open_settings_dialog(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.band_preview.text() == \
        "Bands: Low 1–3 · Medium 4–6 · High 8–12 · Critical 15–25"
    dialog.fields["risk_bands.low_max"].setText("4")
    dialog.fields["risk_bands.medium_max"].setText("10")
    dialog.fields["risk_bands.high_max"].setText("")
    assert dialog.band_preview.text() == "Bands: Low 1–4 · Medium 5–10 · High 12–25"
    dialog.fields["risk_bands.medium_max"].setText("3")
    assert "do not make bands" in dialog.band_preview.text()


def test_the_gate_sequence_is_typed_in_order_and_checked(ctx, store, qtbot):
    dialog = open_settings_dialog(ctx, None)
    qtbot.addWidget(dialog)
    field = dialog.fields["gate_names"]
    assert field.text() == "Gate 0 → Gate 1 → Gate 2 → Gate 3 → Gate 4 → Gate 5"
    field.setText("G0 Idea; G1 Business case; g0 idea")
    mark = _log_count(store)
    _ok(dialog)
    assert dialog.isVisible() and "named twice" in dialog.errors["gate_names"].text()
    assert _log_count(store) == mark and store.gate_names()[0] == "Gate 0"
    field.setText("G0 Idea → G1 Business case → G2 Delivery → G3 Benefits")
    _ok(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert store.gate_names() == ("G0 Idea", "G1 Business case", "G2 Delivery",
                                  "G3 Benefits")
    ctx.undo_stack.undo()
    assert store.gate_names()[0] == "Gate 0"
