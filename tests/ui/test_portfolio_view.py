"""The portfolio model and view on a real demo store."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from pmo_desktop.domain.rag import Rag
from pmo_desktop.store.queries import portfolio_status
from pmo_desktop.store.queries import status_is_stale as is_stale
from pmo_desktop.ui.commands import EditFieldsCommand, run
from pmo_desktop.ui.portfolio.columns import COLUMN_INDEX, COLUMNS
from pmo_desktop.ui.portfolio.filters import PortfolioFilter
from pmo_desktop.ui.portfolio.model import PortfolioModel
from pmo_desktop.ui.portfolio.view import PortfolioView
from pmo_desktop.ui.viewkit.roles import Role

TODAY = date(2026, 11, 21)  # the demo's today (tests/ui/conftest.py)


def _codes(store, sql, params=()):
    return [r["code"] for r in store.query(sql, list(params))]


def _statuses(store):
    return portfolio_status(store.db, TODAY, store.thresholds())


def _hold_figures(monkeypatch):
    """Hold the background read of the figures until the returned event is set, so a
    test sees the rows without their figures for as long as it needs."""
    import threading

    from pmo_desktop.store import portfolio_reads

    release = threading.Event()
    real = portfolio_reads.portfolio_figures

    def held(store, as_of):
        release.wait(20)
        return real(store, as_of)

    monkeypatch.setattr("pmo_desktop.ui.portfolio.model.portfolio_figures", held)
    return release


def test_model_passes_modeltester_flat_and_grouped(ctx, qtmodeltester):
    model = PortfolioModel(ctx)
    assert model.rowCount() == 40
    qtmodeltester.check(model)
    model.set_grouped(True)
    qtmodeltester.check(model)
    model.set_filter(PortfolioFilter.from_dict({"rag": ["red", "amber"]}))
    qtmodeltester.check(model)


def test_rows_are_the_stores_projects_in_code_order(ctx, store):
    model = PortfolioModel(ctx)
    assert model.visible_codes() == _codes(store, "SELECT code FROM project ORDER BY code")
    first = model.index(0, COLUMN_INDEX["name"])
    row = store.query("SELECT name FROM project ORDER BY code LIMIT 1")[0]
    assert first.data() == row["name"]


def test_formatting_is_lazy(ctx):
    model = PortfolioModel(ctx)
    assert model.formatted_rows == 0
    model.index(3, COLUMN_INDEX["bac"]).data()
    assert model.formatted_rows == 1


def test_sort_by_name_and_money_matches_sql(ctx, store):
    model = PortfolioModel(ctx)
    model.sort(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
    expected = [r["code"] for r in sorted(store.query("SELECT code, name FROM project"),
                                          key=lambda r: r["name"].casefold())]
    assert model.visible_codes() == expected
    model.sort(COLUMN_INDEX["bac"], Qt.SortOrder.DescendingOrder)
    by_code = {r["code"]: r["bac"] for r in store.query("SELECT code, bac FROM project")}
    shown = [by_code[c] for c in model.visible_codes()]
    sql = [r["bac"] for r in store.query(
        "SELECT bac FROM project ORDER BY bac IS NULL, bac DESC")]
    assert shown == sql


def test_sort_by_rag_puts_worst_first(ctx, store):
    model = PortfolioModel(ctx)
    model.sort(COLUMN_INDEX["rag_overall"], Qt.SortOrder.DescendingOrder)
    ordinals = [int(Rag.parse(model.status_by_code(c).rag)) for c in model.visible_codes()]
    assert ordinals == sorted(ordinals, reverse=True)
    assert ordinals[0] == int(Rag.RED)


def test_filters_match_store_queries(ctx, store):
    model = PortfolioModel(ctx)
    programme = store.query("SELECT name FROM programme ORDER BY name LIMIT 1")[0]["name"]
    model.set_filter(PortfolioFilter.from_dict({"programme": programme}))
    assert model.visible_codes() == _codes(
        store, "SELECT p.code FROM project p JOIN programme g ON g.id = p.programme_id "
               "WHERE g.name = ? ORDER BY p.code", [programme])

    model.set_filter(PortfolioFilter.from_dict({"text": "portal"}))
    like = "%portal%"
    assert model.visible_codes() == _codes(
        store, "SELECT p.code FROM project p LEFT JOIN programme g ON g.id = p.programme_id "
               "WHERE p.code LIKE ? OR p.name LIKE ? OR g.name LIKE ? OR p.manager LIKE ? "
               "OR p.sponsor LIKE ? OR p.stage LIKE ? OR p.state LIKE ? ORDER BY p.code",
        [like] * 7)
    assert model.shown_count() > 0

    statuses = _statuses(store)
    model.set_filter(PortfolioFilter.from_dict({"rag": "red"}))
    assert model.visible_codes() == [s.code for s in statuses if s.rag == "red"]

    model.set_filter(PortfolioFilter.from_dict({"stale": True}))
    stale = [s.code for s in statuses if is_stale(s, TODAY, store.thresholds().stale_days)]
    assert stale and model.visible_codes() == stale

    manager = statuses[0].manager
    model.set_filter(PortfolioFilter.from_dict({"manager": manager, "state": "active"}))
    assert model.visible_codes() == [s.code for s in statuses
                                     if s.manager == manager and s.state == "active"]

    model.set_filter(PortfolioFilter.from_dict({"codes": ["FIN-101", "DCX-102"],
                                                "label": "Two projects"}))
    assert model.visible_codes() == ["DCX-102", "FIN-101"]


def test_grouped_rows_are_programmes_with_their_projects(ctx, store):
    model = PortfolioModel(ctx)
    model.set_grouped(True)
    programmes = store.query("SELECT g.name, COUNT(*) AS n FROM project p JOIN programme g "
                             "ON g.id = p.programme_id GROUP BY g.name ORDER BY g.name")
    headers = model.group_rows()
    assert len(headers) == len(programmes)
    assert model.rowCount() == len(programmes) + 40
    for pos, (row, prog) in enumerate(zip(headers, programmes)):
        index = model.index(row, 0)
        assert prog["name"] in index.data()
        assert index.data(Role.KIND) == "group"
        end = headers[pos + 1] if pos + 1 < len(headers) else model.rowCount()
        assert end - row - 1 == prog["n"]
        assert {model.status(model.index(r, 0)).programme for r in range(row + 1, end)} == {
            prog["name"]}
    model.toggle_group(headers[0])
    assert model.rowCount() == len(programmes) + 40 - programmes[0]["n"]
    assert model.shown_count() == 40


def test_rag_chip_roles_and_trend_after_an_edit(ctx, store):
    model = PortfolioModel(ctx)
    code = next(s.code for s in _statuses(store) if s.reported.get("overall") == "green"
                and store.query("SELECT rag_overall FROM status_snapshot WHERE project_code = ?"
                                " AND period_id = (SELECT MAX(id) FROM reporting_period)",
                                [code_ := s.code])[0]["rag_overall"] == "green")
    del code_
    pid = store.project_id(code)
    assert run(ctx, EditFieldsCommand(ctx, "project", pid,
                                      {"rag_overall": "red", "rag_justification": "Supplier failed"},
                                      "Set RAG"))
    index = model.index_for_code(code, COLUMN_INDEX["rag_overall"])
    assert index.data(Role.RAG_KEY) == "red"
    assert index.data(Role.RAG_COLOUR) == Rag.RED.colour
    assert index.data(Role.TREND) == "↓"
    model.set_filter(PortfolioFilter.from_dict({"trend": "worse"}))
    assert code in model.visible_codes()


def test_edit_in_place_goes_through_the_undo_stack(ctx, store):
    model = PortfolioModel(ctx)
    index = model.index(0, COLUMN_INDEX["pct_complete"])
    code = index.data(Role.KEY)
    before = store.get("project", store.project_id(code))["pct_complete"]
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, 88, Qt.ItemDataRole.EditRole)
    assert store.get("project", store.project_id(code))["pct_complete"] == 0.88
    assert model.index_for_code(code, COLUMN_INDEX["pct_complete"]).data() == "88%"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert store.get("project", store.project_id(code))["pct_complete"] == before
    assert not model.setData(index, 150, Qt.ItemDataRole.EditRole)
    assert not model.flags(model.index(0, COLUMN_INDEX["code"])) & Qt.ItemFlag.ItemIsEditable


def test_view_filter_chips_and_navigation_filter(ctx, qtbot):
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    view.resize(1180, 700)
    view.show()
    view.apply_filter({"rag": "red", "text": "data"})
    assert view.model.filter().text == "data"
    assert view.search.text() == "data"
    assert sorted(view.chips.chip_keys()) == ["rag:red", "text"]
    assert view.chips.isVisible()
    view._on_chip_removed("rag:red")
    assert view.chips.chip_keys() == ["text"]
    view._on_filters_cleared()
    assert not view.chips.isVisible()
    assert view.model.shown_count() == 40
    view.apply_filter({"codes": []})
    assert view.stack.currentWidget() is view.no_match
    view.apply_filter({})
    assert view.select_code("FIN-103")
    assert view.current_status().code == "FIN-103"


def test_search_box_filters_after_typing(ctx, qtbot):
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search, "portal")
    qtbot.waitUntil(lambda: view.model.filter().text == "portal", timeout=2000)
    assert 0 < view.model.shown_count() < 40
    assert "of 40 projects" in view.summary()


def test_columns_are_remembered(ctx, qtbot):
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    col = COLUMN_INDEX["sponsor"]
    assert header.isSectionHidden(col)
    header.setSectionHidden(col, False)
    header.resizeSection(COLUMN_INDEX["name"], 321)
    view._save_header()
    again = PortfolioView(ctx)
    qtbot.addWidget(again)
    assert not again.table.horizontalHeader().isSectionHidden(col)
    assert again.table.horizontalHeader().sectionSize(COLUMN_INDEX["name"]) == 321
    again._reset_columns()
    assert again.table.horizontalHeader().isSectionHidden(col) == (not COLUMNS[col].visible)


def test_empty_portfolio_shows_the_empty_state(qapp, tmp_path, settings, qtbot):
    from pmo_desktop.store import open_store
    from pmo_desktop.ui.context import AppContext
    from pmo_desktop.ui.undo_stack import UndoStack

    with open_store(tmp_path / "empty.pmo") as empty:
        context = AppContext(empty, settings, UndoStack())
        view = PortfolioView(context)
        qtbot.addWidget(view)
        assert view.stack.currentWidget() is view.empty
        assert "No projects yet — import a tracker (Ctrl+I)" in view.empty.text_label.text()
        view.deleteLater()


def test_group_toggle_spans_and_expands(ctx, qtbot):
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    view.group_button.setChecked(True)
    assert view.model.is_grouped()
    assert view.table.columnSpan(0, 0) == len(COLUMNS)
    rows = view.model.rowCount()
    view._on_clicked(view.model.index(0, 0))
    assert view.model.rowCount() < rows
    assert ctx.settings.value("portfolio/grouped", type=bool)


def test_project_dialog_validates_next_to_the_field(ctx, store, qtbot):
    from pmo_desktop.ui.portfolio.project_dialog import ProjectDialog, StatusDialog

    pid = store.project_id("FIN-101")
    row = store.get("project", pid)
    dialog = ProjectDialog(ctx, row, calculated={"overall": "red"})
    qtbot.addWidget(dialog)
    values = dialog.values()
    assert {k: values[k] for k in ("code", "name", "bac", "pct_complete", "finish_baseline")} == {
        k: row[k] for k in ("code", "name", "bac", "pct_complete", "finish_baseline")}
    dialog.fields.widgets["code"].setText("FIN-102")
    dialog.fields.widgets["name"].setText("")
    dialog.fields.widgets["finish_baseline"].set_value("2000-01-01")
    dialog._on_accept()
    assert not dialog.result()
    errors = dialog.errors()
    assert set(errors) >= {"code", "name", "finish_baseline"}
    assert "already used" in dialog.fields.errors["code"].text()
    assert not dialog.fields.errors["code"].isHidden()

    status = StatusDialog(ctx, row, {"overall": "red"})
    qtbot.addWidget(status)
    status.rag_combos["overall"].set_value("green")
    status.fields.widgets["rag_justification"].setPlainText("")
    assert "rag_justification" in status.errors()
    status.fields.widgets["rag_justification"].setPlainText("Recovery plan approved")
    assert status.errors() == {}


def test_large_portfolio_shows_rows_first_then_figures(ctx, store, qtbot, qtmodeltester,
                                                       monkeypatch):
    # Pretend the demo is large: the rows come first, the figures off the GUI thread.
    monkeypatch.setattr(PortfolioModel, "BACKGROUND_FROM", 0)
    release = _hold_figures(monkeypatch)
    model = PortfolioModel(ctx)
    assert model.rows_loading() and model.rowCount() == 0  # read off the GUI thread
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=10_000)
    model.sort(COLUMN_INDEX["forecast"], Qt.SortOrder.DescendingOrder)
    model.set_filter(PortfolioFilter.from_dict({"rag": ["red"]}))
    assert not model.figures_ready()
    release.set()
    qtbot.waitUntil(model.figures_ready, timeout=10_000)
    statuses = _statuses(store)
    by_code = {s.code: s for s in statuses}
    red = [s for s in statuses if s.rag == "red"]
    assert sorted(model.visible_codes()) == sorted(s.code for s in red)
    eacs = [by_code[c].eac for c in model.visible_codes()]
    assert eacs == sorted(eacs, key=lambda v: (v is None, -(v or 0)))
    qtmodeltester.check(model)
    index = model.index_for_code(red[0].code, COLUMN_INDEX["high_risks"])
    assert index.data() == (str(red[0].open_high_risks) if red[0].open_high_risks else "—")


def test_figure_cells_wait_for_the_figures(ctx, store, qtbot, monkeypatch):
    monkeypatch.setattr(PortfolioModel, "BACKGROUND_FROM", 0)
    release = _hold_figures(monkeypatch)
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    model = view.model
    assert view.stack.currentWidget() is view.loading  # until the rows are in
    assert "loading the projects" in view.subtitle.text()
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=10_000)
    assert model.rowCount() == 40 and not model.figures_ready()
    assert view.stack.currentWidget() is view.table
    assert "loading the figures" in view.subtitle.text()
    unreported = next((s for s in _statuses(store) if not s.reported.get("overall")), None)
    assert model.index(0, COLUMN_INDEX["forecast"]).data() == "…"
    assert model.index(0, COLUMN_INDEX["name"]).data() == _statuses(store)[0].name
    if unreported is not None:
        chip = model.index_for_code(unreported.code, COLUMN_INDEX["rag_overall"])
        assert chip.data() == "…" and chip.data(Role.RAG_KEY) is None
    with qtbot.waitSignal(model.figures_loaded, timeout=10_000):
        release.set()
    first = _statuses(store)[0]
    assert model.index(0, COLUMN_INDEX["forecast"]).data() != "…"
    assert model.status(model.index(0, 0)).calculated == first.calculated
    assert "loading the figures" not in view.subtitle.text()


def test_an_edit_while_the_figures_load_reads_them_again(ctx, store, qtbot, monkeypatch):
    monkeypatch.setattr(PortfolioModel, "BACKGROUND_FROM", 0)
    release = _hold_figures(monkeypatch)
    model = PortfolioModel(ctx)
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=10_000)
    code = model.visible_codes()[0]
    assert not model.figures_ready()  # the first read of the figures is held
    assert run(ctx, EditFieldsCommand(ctx, "project", store.project_id(code),
                                      {"pct_complete": 0.5}, "Edit"))
    release.set()
    qtbot.waitUntil(model.figures_ready, timeout=10_000)
    assert model.status_by_code(code).pct_complete == 0.5
    qtbot.wait(50)  # a late answer of the first read must not bring the old value back
    assert model.status_by_code(code).pct_complete == 0.5


def test_markup_in_data_shows_literally(ctx, store, qtbot):
    from datetime import date

    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtWidgets import QLabel

    from pmo_desktop.store.periods import close_period

    name = "<b>R&D</b> <i>x</i>"
    pid = store.project_id("FIN-101")
    with store.write("test") as tx:
        tx.update("project", pid, {"name": name})
    close_period(store, date(2026, 11, 15), label="Nov <b>final</b>")
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    view.resize(1180, 700)
    view.show()
    qtbot.waitUntil(lambda: "Nov <b>final</b>" in view.subtitle.text())
    assert view.subtitle.textFormat() == Qt.TextFormat.PlainText
    view.apply_filter({"text": "<i>x"})
    chip_labels = [lbl for lbl in view.chips.findChildren(QLabel) if "<i>x" in lbl.text()]
    assert chip_labels and all(lbl.textFormat() == Qt.TextFormat.PlainText
                               for lbl in chip_labels)
    view.apply_filter({})
    model = view.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, COLUMN_INDEX["code"]).data() == "FIN-101")
    tip = model.index(row, COLUMN_INDEX["name"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == GuiQt.convertFromPlainText(f"FIN-101 — {name}\n" + (
        "\n".join(x for x in (store.get("project", pid)["summary"],
                              "Next: " + (store.get("project", pid)["next_steps"] or ""))
                  if x)))


def test_the_standard_delegate_shows_each_cell_as_data_answers_it(ctx):
    # data() keeps each cell's answers between repaints; the standard delegate must
    # still show what data() answers, role by role, on project and group rows.
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    model = PortfolioModel(ctx)
    delegate = QStyledItemDelegate()
    for grouped in (False, True):
        model.set_grouped(grouped)
        for row in range(12):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                for _ in range(2):  # the first read fills the answers, the second reuses them
                    option = QStyleOptionViewItem()
                    delegate.initStyleOption(option, index)
                    assert option.text == str(index.data() or "")
                    align = index.data(Qt.ItemDataRole.TextAlignmentRole)
                    if align is not None:
                        assert option.displayAlignment == Qt.AlignmentFlag(align)
                    colour = index.data(Qt.ItemDataRole.ForegroundRole)
                    if colour is not None:
                        assert option.palette.color(QPalette.ColorRole.Text) == colour
                    font = index.data(Qt.ItemDataRole.FontRole)
                    assert (option.font.weight() == QFont.Weight.DemiBold) == (
                        font is not None and font.weight() == QFont.Weight.DemiBold)
                    background = index.data(Qt.ItemDataRole.BackgroundRole)
                    assert (option.backgroundBrush.color() == background
                            if background is not None else option.backgroundBrush.style()
                            == Qt.BrushStyle.NoBrush)


def test_a_painted_cell_shows_an_edit_made_after_it_and_its_undo(ctx, store, qtbot):
    # A repaint reuses each cell's answers; an edit (and its undo) must replace them.
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    model, col = view.model, COLUMN_INDEX["pct_complete"]
    view.table.viewport().grab()
    index = model.index(0, col)
    code, before = index.data(Role.KEY), index.data(Role.PROGRESS_TEXT)
    name_tip = model.index(0, COLUMN_INDEX["name"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "Repaint\xa0check" not in name_tip  # a plain tip keeps its spaces
    pid = store.project_id(code)
    assert run(ctx, EditFieldsCommand(ctx, "project", pid,
                                      {"pct_complete": 0.37, "summary": "Repaint check"},
                                      "Edit"))
    view.table.viewport().grab()
    index = model.index_for_code(code, col)
    assert index.data(Role.PROGRESS_TEXT) == "37%" != before
    assert index.data(Role.PROGRESS) == 0.37
    assert index.data() == "37%"
    assert "Repaint\xa0check" in model.index_for_code(code, COLUMN_INDEX["name"]).data(
        Qt.ItemDataRole.ToolTipRole)
    ctx.undo_stack.undo()
    view.table.viewport().grab()
    assert model.index_for_code(code, col).data(Role.PROGRESS_TEXT) == before


def test_cached_colours_follow_a_switch_to_the_dark_scheme(ctx, monkeypatch):
    # Each cell's answers are kept between repaints; a light/dark switch must still
    # recolour the warning text and the trend arrows.
    from PySide6.QtGui import QColor, QGuiApplication

    from pmo_desktop.ui.viewkit import theme

    model = PortfolioModel(ctx)
    col, fg = COLUMN_INDEX["status_date"], Qt.ItemDataRole.ForegroundRole
    stale = next(model.index(r, col) for r in range(model.rowCount())
                 if model.index(r, col).data(fg) is not None)
    arrows = [model.index(r, COLUMN_INDEX["rag_overall"]) for r in range(model.rowCount())]
    arrow = next(i for i in arrows if i.data(Role.TREND_COLOUR) == theme.LIGHT.danger)
    assert stale.data(fg) == QColor(theme.LIGHT.danger)
    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(theme, "colours", lambda: theme.DARK)
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert stale.data(fg) == QColor(theme.DARK.danger)
        assert arrow.data(Role.TREND_COLOUR) == theme.DARK.danger
    finally:  # the app's theme (if applied) follows the signal too: back to the real scheme
        monkeypatch.undo()
        hints.colorSchemeChanged.emit(hints.colorScheme())
    assert stale.data(fg) == QColor(theme.LIGHT.danger)


def test_rag_chip_answers_what_the_chip_roles_answer(ctx):
    """The delegate's one call per chip says what its seven roles say, on item rows,
    group rows and cells without a chip."""
    model = PortfolioModel(ctx)
    roles = (Role.RAG_LABEL, Role.RAG_COLOUR, Role.TREND, Role.TREND_COLOUR, Role.RAG_OUTLINE,
             Role.RAG_MARK)
    for grouped in (False, True):
        model.set_grouped(grouped)
        chips = 0
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                chip = model.rag_chip(index)
                if index.data(Role.RAG_KEY) is None:
                    assert chip is None, (row, column)
                else:
                    chips += 1
                    assert chip == tuple(index.data(r) for r in roles), (row, column)
        assert chips >= 40 * 7


def test_a_repaint_draws_each_chip_look_once(qtbot, ctx):
    """Hundreds of RAG chips on screen are copies of a few drawn looks."""
    from PySide6.QtWidgets import QTableView

    from pmo_desktop.ui.viewkit.delegates import RagChipDelegate

    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    table = view.findChild(QTableView, "portfolioTable")
    qtbot.waitUntil(lambda: view.model.figures_ready())
    delegate = table.itemDelegateForColumn(COLUMN_INDEX["rag_overall"])
    assert isinstance(delegate, RagChipDelegate)
    first = table.viewport().grab().toImage()
    looks = len(delegate._chips)
    shown = sum(1 for row in range(table.rowAt(table.viewport().height() - 1) + 1)
                for c in COLUMNS if c.kind == "rag")
    assert 0 < looks < shown / 3
    again = table.viewport().grab().toImage()
    assert len(delegate._chips) == looks and again == first


def test_project_dialog_shows_and_reads_back_the_location(ctx, store, qtbot):
    from pmo_desktop.ui.portfolio.project_dialog import ProjectDialog

    pid = store.project_id("FIN-101")
    with store.write(source="test") as tx:
        tx.update("project", pid, {"location": "Leeds, Wellington Place"})
    dialog = ProjectDialog(ctx, store.get("project", pid))
    qtbot.addWidget(dialog)
    location = dialog.fields.widgets["location"]
    assert location.text() == "Leeds, Wellington Place"
    location.setText("  Manchester ")
    assert dialog.values()["location"] == "Manchester"
    location.setText("")
    assert dialog.values()["location"] is None
