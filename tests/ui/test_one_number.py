"""One rule, one number: every place that shows a figure shows the same one.

One portfolio (the demo plus hand-made edge cases written through the store API) is
read by the dashboard (real widget), the Portfolio view, the Data quality view,
``check --json``, the pack data, the pack PDF read back and the status bar / RAID view.
Each figure (stale projects, false greens, Red projects, people over-allocated in the
look-ahead, overdue milestones, open risks and RAID items) must agree everywhere, and
equal what the edge cases were built to give.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_desktop.cli import main
from pmo_desktop.domain.enums import RAID_CLOSED_STATUSES
from pmo_desktop.domain.risk import Band
from pmo_desktop.reports.api import PackOptions, build_pack
from pmo_desktop.reports.model import PackModel
from pmo_desktop.store import open_store
from pmo_desktop.store.pack_data import load_pack_data
from pmo_desktop.store.queries import status_is_false_green
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.dashboard import DashboardView
from pmo_desktop.ui.main_window import MainWindow
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.portfolio.columns import COLUMN_INDEX
from pmo_desktop.ui.portfolio.filters import PortfolioFilter
from pmo_desktop.ui.portfolio.model import PortfolioModel
from pmo_desktop.ui.quality.view import QualityView
from pmo_desktop.ui.raid.view import RaidView
from pmo_desktop.ui.undo_stack import UndoStack
from pmo_desktop.ui.viewkit.roles import Role

TODAY = date(2026, 11, 21)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _edge_project(tx, prog: int, code: str, **values) -> int:
    base = {"code": code, "name": f"Edge {code}", "programme_id": prog, "manager": "Edge PM",
            "state": "active", "bac": 100000.0, "eac": 100000.0, "pct_complete": 0.5,
            "start_baseline": "2026-01-01", "finish_baseline": "2027-12-31",
            "finish_forecast": "2027-12-31", "status_date": TODAY.isoformat(),
            "rag_overall": "amber"}
    return tx.create("project", {**base, **values})


@pytest.fixture
def portfolio(demo_path: Path) -> Path:
    """The demo plus edge cases at each rule's boundary (expected outcome in the code)."""
    with open_store(demo_path) as store:
        stale_days = store.thresholds().stale_days
        with store.write() as tx:
            prog = tx.create("programme", {"name": "Edge cases"})
            # Exactly at the stale boundary: fresh. One day past it: stale.
            _edge_project(tx, prog, "EDGE-FRESH",
                          status_date=(TODAY - timedelta(days=stale_days)).isoformat())
            _edge_project(tx, prog, "EDGE-STALE",
                          status_date=(TODAY - timedelta(days=stale_days + 1)).isoformat())
            # Finished projects with an old status are never stale: by state or by stage.
            _edge_project(tx, prog, "EDGE-DONE", state="completed", status_date="2025-01-31")
            _edge_project(tx, prog, "EDGE-SHUT", stage="closed", status_date="2025-01-31")
            # Reported Green, calculated Red (30 % overrun): a false green. Over a calculated
            # Amber (7 %), or reported Amber over a calculated Red: divergent, not false green.
            _edge_project(tx, prog, "EDGE-FG-RED", rag_overall="green", eac=130000.0)
            _edge_project(tx, prog, "EDGE-GRN-AMB", rag_overall="green", eac=107000.0)
            _edge_project(tx, prog, "EDGE-AMB-RED", rag_overall="amber", eac=130000.0)
            # Red by the PM: counted Red everywhere.
            red = _edge_project(tx, prog, "EDGE-RED", rag_overall="red")
            # One person over 100 % in the 4th look-ahead month (in), one only in the 5th (out).
            role = tx.create("role", {"name": "Edge role"})
            for name, month in (("Edge Month-Four", "2027-02"), ("Edge Month-Five", "2027-03")):
                rid = tx.create("resource", {"name": name, "role_id": role})
                tx.create("capacity", {"resource_id": rid, "period": month, "hours": 100.0})
                tx.create("allocation", {"resource_id": rid, "project_id": red, "period": month,
                                         "hours": 150.0, "booking": "committed"})
    return demo_path


def _pdf_text(store, tmp_path: Path) -> str:
    out = tmp_path / "pack.pdf"
    build_pack(store, out, PackOptions(sections=["resources", "movement", "quality"]))
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)


def _quality_total(text: str, title: str) -> int:
    """The Total column of one check's row in the pack's Data quality table."""
    match = re.search(rf"^{re.escape(title)}((?:\s+\d+)+)\s*$", text, re.M)
    assert match, f"no '{title}' row in the pack's data-quality table"
    return int(match.group(1).split()[-1])


def _filled(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Wait until a view that reads off the GUI thread has filled in."""
    qtbot.waitUntil(lambda: page.has_data() and not page.is_loading(), timeout=20000)


def test_every_place_shows_the_same_figures(qtbot, portfolio, settings, tmp_path, capsys):
    store = open_store(portfolio)
    try:
        ctx = AppContext(store, settings, UndoStack())
        dashboard = DashboardView(ctx)
        qtbot.addWidget(dashboard)
        _filled(qtbot, dashboard)
        f = dashboard.figures

        # What the edge cases were built to give, whatever the demo adds.
        assert "EDGE-STALE" in f.stale and "EDGE-FRESH" not in f.stale
        assert not {"EDGE-DONE", "EDGE-SHUT"} & set(f.stale)
        assert "EDGE-FG-RED" in f.false_green
        assert not {"EDGE-GRN-AMB", "EDGE-AMB-RED"} & set(f.false_green)
        assert "Edge Month-Four" in f.over_allocated and "Edge Month-Five" not in f.over_allocated
        assert f.lookahead == ("2026-11", "2027-02")

        tile = {name: int(t.value_text()) for name, t in dashboard.tiles.items()
                if t.value_text().isdigit()}
        stale, false_green = tile["tile_stale"], tile["tile_false_green"]
        red, over, overdue = tile["tile_red"], tile["tile_overallocated"], tile["tile_overdue"]
        assert (stale, false_green, over) == (len(f.stale), len(f.false_green),
                                              len(f.over_allocated))

        # The Data quality view: one finding per stale project, false green and person.
        quality = QualityView(ctx)
        qtbot.addWidget(quality)
        qtbot.waitUntil(lambda: not quality.loading, timeout=30_000)  # read off the GUI thread
        shown = Counter(quality.model.row(i).check for i in range(quality.model.rowCount()))
        assert (shown["stale_status"], shown["false_green"], shown["over_allocated"]) == (
            stale, false_green, over)
        assert f"{quality.model.rowCount()} findings" in quality.subtitle.text()

        # check --json: the same counts, and the same projects and people.
        assert main(["check", "--db", str(portfolio), "--json"]) == 1
        findings = json.loads(capsys.readouterr().out)["findings"]
        checked = {c: sorted(x["item"] for x in findings if x["check"] == c)
                   for c in ("stale_status", "false_green", "over_allocated")}
        assert checked == {"stale_status": sorted(f.stale), "false_green": sorted(f.false_green),
                           "over_allocated": sorted(f.over_allocated)}

        # The pack's data and model.
        data = load_pack_data(store, as_of=TODAY)
        model = PackModel(data)
        assert len(model.movement.stale) == stale
        assert sum(status_is_false_green(p) for p in data.projects) == false_green
        assert next(c.now for c in model.rag_counts if c.rag.key == "red") == red
        assert len({u.resource for u in data.state.utilisation if u.over_allocated}) == over
        assert sum(p.overdue_milestones for p in data.projects) == overdue
        bands = Counter(data.risk_bands.band(r.score) for r in model.open_threats())
        assert (bands[Band.CRITICAL], bands[Band.HIGH]) == (tile["tile_critical"],
                                                            tile["tile_high"])

        # The pack as printed.
        text = _pdf_text(store, tmp_path)
        assert f"Stale status reports ({stale})" in text
        assert f"People over-allocated ({over} people" in text
        assert _quality_total(text, "Stale status") == stale
        assert _quality_total(text, "False green") == false_green
        assert _quality_total(text, "Person over-allocated") == over

        # The Portfolio view: its stale filter and its false-green marks.
        portfolio_model = PortfolioModel(ctx)
        portfolio_model.set_filter(PortfolioFilter.from_dict({"stale": True}))
        assert sorted(portfolio_model.visible_codes()) == sorted(f.stale)
        portfolio_model.set_filter(PortfolioFilter())
        marked = [code for code in portfolio_model.visible_codes()
                  if portfolio_model.index_for_code(code, COLUMN_INDEX["rag_overall"]).data(
                      Role.RAG_MARK)]
        assert sorted(marked) == sorted(f.false_green)
        portfolio_model.set_filter(PortfolioFilter.from_dict({"rag": "red"}))
        assert portfolio_model.shown_count() == red
    finally:
        ctx.runner.shutdown()
        store.close()


def _window(qtbot, tmp_path: Path, settings, path: Path) -> MainWindow:
    window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
    qtbot.addWidget(window)
    assert window.open_portfolio(path)
    return window


def test_the_status_bar_and_the_raid_tabs_count_the_same_open_items(qtbot, portfolio,
                                                                     settings, tmp_path):
    window = _window(qtbot, tmp_path, settings, portfolio)
    qtbot.waitUntil(lambda: bool(window.status_counts.text()))
    db = window.ctx.store.db
    closed = ",".join(f"'{s}'" for s in sorted(RAID_CLOSED_STATUSES))
    open_by_type = dict(db.execute(f"""SELECT type, COUNT(*) FROM raid_item
        WHERE COALESCE(status, 'open') NOT IN ({closed}) GROUP BY type""").fetchall())
    all_risks = db.execute("SELECT COUNT(*) FROM raid_item WHERE type = 'risk'").fetchone()[0]
    assert open_by_type["risk"] < all_risks  # the demo has closed risks: the counts differ
    text = window.status_counts.text()
    assert f"{open_by_type['risk']:,} open risks" in text
    assert f"{sum(open_by_type.values()):,} open RAID items" in text
    assert f"{all_risks:,} risks" not in text.replace("open risks", "")
    raid = window.show_view("risks")
    assert isinstance(raid, RaidView)
    _filled(qtbot, raid)
    tab = raid._types.index("risk")
    assert raid.type_tabs.tabText(tab) == f"Risks ({open_by_type['risk']})"
    assert f"of {all_risks}" in raid.type_tabs.tabToolTip(tab)


def test_the_tiles_open_exactly_what_they_count(qtbot, portfolio, settings, tmp_path):
    window = _window(qtbot, tmp_path, settings, portfolio)
    dashboard = window.show_view("dashboard")
    _filled(qtbot, dashboard)
    for name in ("tile_critical", "tile_high"):
        count = int(dashboard.tiles[name].value_text())
        window.ctx.navigate.emit(*dashboard.target(name))
        raid = window.page("risks")
        _filled(qtbot, raid)
        assert window.current_view_name() == "risks"
        assert raid.proxy.rowCount() == count > 0
        assert raid._subtitle.text().startswith(f"{count} of ")
    # Over-allocated people: the Resources view opens on the same look-ahead window.
    over = int(dashboard.tiles["tile_overallocated"].value_text())
    window.ctx.navigate.emit(*dashboard.target("tile_overallocated"))
    resources = window.page("resources")
    _filled(qtbot, resources)
    assert resources.proxy.rowCount() == over > 0
    assert f"· {over} over-allocated ·" in resources._subtitle.text()
    assert "Nov 26 – Feb 27" in resources._subtitle.text()
    # The False greens and Stale tiles list exactly their projects in the Portfolio view.
    for name in ("tile_false_green", "tile_stale"):
        window.ctx.navigate.emit(*dashboard.target(name))
        portfolio_view = window.page("portfolio")
        assert sorted(portfolio_view.model.visible_codes()) == sorted(
            dashboard.target(name)[1]["codes"])
        assert portfolio_view.model.shown_count() == int(dashboard.tiles[name].value_text())


def test_the_raid_subtitle_follows_the_text_filter(qtbot, portfolio, settings, tmp_path):
    window = _window(qtbot, tmp_path, settings, portfolio)
    raid = window.show_view("risks")
    _filled(qtbot, raid)
    total = raid.model.rowCount()
    raid.open_only.setChecked(False)
    assert raid._subtitle.text() == f"{total} of {total} items shown"
    raid.search.setText("EDGE")  # no edge case has RAID items: nothing matches
    assert raid.proxy.rowCount() == 0
    assert raid._subtitle.text() == f"0 of {total} items shown"
    code = raid.model.row(0).project_code
    raid.search.setText(code)
    shown = raid.proxy.rowCount()
    assert 0 < shown < total
    assert raid._subtitle.text() == f"{shown} of {total} items shown"
    assert all(code.lower() in (raid.proxy.index(r, 0).data(Role.FILTER) or "")
               for r in range(shown))
    raid.open_only.setChecked(True)
    assert raid._subtitle.text() == f"{raid.proxy.rowCount()} of {total} items shown"
    raid.search.clear()
    assert raid._subtitle.text() == f"{raid.proxy.rowCount()} of {total} items shown"
