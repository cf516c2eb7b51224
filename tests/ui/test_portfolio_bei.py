"""The portfolio's BEI column: hidden until chosen, read from the figures, sortable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pmo_desktop.operations.records import create
from pmo_desktop.store.queries import portfolio_status
from pmo_desktop.ui.portfolio.columns import COLUMN_INDEX
from pmo_desktop.ui.portfolio.view import PortfolioView

from datetime import date

TODAY = date(2026, 11, 21)  # the demo's today (tests/ui/conftest.py)

BEI = COLUMN_INDEX["bei"]


def _plan(store, code: str, done: int, due: int) -> None:
    """Replace the project's milestones by a plan: ``done`` of ``due`` tasks done."""
    pid = store.db.execute("SELECT id FROM project WHERE code = ?", [code]).fetchone()[0]
    store.db.execute("DELETE FROM milestone WHERE project_id = ?", [pid])
    store.db.execute("DELETE FROM task WHERE project_id = ?", [pid])  # the demo's plan
    store.db.conn.commit()
    create(store, "task", {"project_id": pid, "ref": "1", "name": "Delivery", "is_summary": 1,
                           "finish_baseline": "2026-11-01"})
    for n in range(due):
        create(store, "task", {"project_id": pid, "ref": f"1.{n}", "name": f"Task {n}",
                               "outline_level": 2, "finish_baseline": f"2026-10-{10 + n}",
                               "finish_actual": f"2026-10-{10 + n}" if n < done else None})


def test_bei_column_is_hidden_until_chosen_then_shows_and_sorts(ctx, store, qtbot):
    _plan(store, "FIN-101", 5, 6)
    _plan(store, "DCX-101", 1, 4)
    view = PortfolioView(ctx)
    qtbot.addWidget(view)
    model = view.model
    qtbot.waitUntil(model.figures_ready, timeout=10_000)
    header = view.table.horizontalHeader()
    assert header.isSectionHidden(BEI)
    menu = view.toolbar.columns_menu
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == "BEI")
    action.setChecked(True)
    assert not header.isSectionHidden(BEI)

    cell = model.index_for_code("FIN-101", BEI)
    assert cell.data() == "0.83"
    assert "5\xa0of\xa06" in cell.data(Qt.ItemDataRole.ToolTipRole)  # plain_tip keeps it whole
    assert model.index_for_code("DCX-101", BEI).data() == "0.25"
    statuses = {s.code: s for s in portfolio_status(store.db, TODAY, store.thresholds())}
    for code in model.visible_codes():  # every row shows the store's BEI
        value = statuses[code].bei.value
        text = model.index_for_code(code, BEI).data()
        assert text == ("—" if value is None else f"{value:.2f}")
    colour = model.index_for_code("DCX-101", BEI).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None  # below target: flagged

    model.sort(BEI, Qt.SortOrder.AscendingOrder)
    shown = [statuses[c].bei.value for c in model.visible_codes()]
    known = [v for v in shown if v is not None]
    assert known == sorted(known) and 0.25 in known and len(known) > 2
    assert shown[:len(known)] == known  # n/a last
