"""The Data quality view: findings from the store's checks, filters, click-through."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pmo_desktop.store.checks import run_checks
from pmo_desktop.ui.quality import FindingsModel, create_view
from pmo_desktop.ui.viewkit.roles import Role


def test_model_passes_the_model_tester(qtmodeltester, ctx):
    model = FindingsModel()
    model.set_rows(run_checks(ctx.store, ctx.as_of()))
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    first = model.index(0, 0)
    assert first.data() == "High" and first.data(Role.CHIP) == "#D4351C"


def test_view_lists_the_findings_and_filters_by_severity(qtbot, ctx):
    view = create_view(ctx)
    qtbot.addWidget(view)
    findings = run_checks(ctx.store, ctx.as_of())
    assert view.proxy.rowCount() == len(findings)
    view.severity.setCurrentIndex(view.severity.findData("high"))
    high = sum(1 for f in findings if f.severity == "high")
    assert view.proxy.rowCount() == high > 0
    assert f"{high} of {len(findings)} shown." in view.subtitle.text()
    view.search.setText("false green")
    shown = view.proxy.rowCount()
    assert 0 < shown < high
    assert f"{len(findings)} findings as of" in view.subtitle.text()
    assert f" {shown} of {len(findings)} shown." in view.subtitle.text()
    view.search.clear()
    view.severity.setCurrentIndex(0)
    assert " shown." not in view.subtitle.text()


def test_double_click_opens_the_project(qtbot, ctx):
    view = create_view(ctx)
    qtbot.addWidget(view)
    view.severity.setCurrentIndex(view.severity.findData("high"))
    index = view.proxy.index(0, 2)
    code = index.data(Role.CODE)
    with qtbot.waitSignal(ctx.navigate) as blocker:
        view.table.doubleClicked.emit(index)
    assert blocker.args == ["project", {"code": code}]


def test_refreshes_when_changes_are_applied(qtbot, ctx):
    view = create_view(ctx)
    qtbot.addWidget(view)
    view.show()
    before = view.model.rowCount()
    pid = ctx.store.project_id("DCX-101")
    with ctx.store.write() as tx:
        tx.update("project", pid, {"manager": None, "bac": None})
    ctx.notify()
    assert view.model.rowCount() == before + 2
    items = [view.model.index(r, 2).data(Qt.ItemDataRole.DisplayRole)
             for r in range(view.model.rowCount())]
    assert items.count("DCX-101") >= 2
