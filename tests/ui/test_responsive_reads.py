"""What keeps the window answering at 10,000 projects: per-row work done by the
background reads (not on the GUI thread) gives the same rows, and the garbage
collector's full passes run only where nobody waits (ui/collector.py)."""

from __future__ import annotations

import gc
import sys
import threading
import weakref

import pytest
from PySide6.QtCore import Qt

from pmo_desktop.ui import collector
from pmo_desktop.ui.portfolio import arrange
from pmo_desktop.ui.portfolio.filters import FACETS, PortfolioFilter
from pmo_desktop.ui.portfolio.model import PortfolioModel


# -- the portfolio: filter keys and menu values built by the background read ------------


def _on_gui_thread_calls(monkeypatch, name):
    """Wrap ``arrange.<name>``; the list says, per call, whether it ran on the GUI thread."""
    real, calls = getattr(arrange, name), []

    def spy(*args, **kwargs):
        calls.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(arrange, name, spy)
    return calls


def test_a_large_portfolio_filters_on_keys_its_background_read_built(ctx, qtbot, monkeypatch):
    # The same filter on the small path (keys built on the GUI thread) and on the large
    # one (built with the rows off it) shows the same projects; the large one never
    # builds filter keys or menu values on the GUI thread.
    flt = PortfolioFilter.from_dict({"text": "a", "rag": ["red", "amber"]})
    small = PortfolioModel(ctx)
    small.set_filter(flt)
    expected = small.visible_codes()
    menus = {facet: small.distinct(facet) for facet in FACETS}
    assert expected and len(expected) < small.total_count()

    keys_calls = _on_gui_thread_calls(monkeypatch, "row_keys")
    menu_calls = _on_gui_thread_calls(monkeypatch, "distinct_values")
    monkeypatch.setattr(PortfolioModel, "BACKGROUND_FROM", 0)
    large = PortfolioModel(ctx)
    qtbot.waitUntil(large.figures_ready, timeout=10_000)
    large.set_filter(flt)
    assert large.visible_codes() == expected
    assert {facet: large.distinct(facet) for facet in FACETS} == menus
    assert keys_calls and menu_calls  # built: by the reads (rows, then figures)
    assert not any(keys_calls) and not any(menu_calls)


def test_a_sort_keeps_the_current_and_selected_rows_on_their_projects(ctx, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    from pmo_desktop.ui.portfolio.columns import COLUMN_INDEX

    model = PortfolioModel(ctx)
    selection = QItemSelectionModel(model)
    picked = [model.index(r, 1) for r in (3, 7)]
    for index in picked:
        selection.select(index, QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(picked[1], QItemSelectionModel.SelectionFlag.NoUpdate)
    codes = {model.status(i).code for i in picked}
    current = model.status(picked[1]).code
    model.sort(COLUMN_INDEX["name"], Qt.SortOrder.DescendingOrder)
    after = {model.status(i).code for i in selection.selectedRows(1)}
    assert after == codes
    assert model.status(selection.currentIndex()).code == current
    assert selection.currentIndex().column() == 1
    assert selection.currentIndex().row() != picked[1].row()  # it did move


# -- the garbage collector ----------------------------------------------------------------


@pytest.fixture
def restore_collector():
    """Give collection back to Python as the test session had it."""
    yield
    collector.uninstall()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def _old_garbage() -> weakref.ref:
    """A cycle that became garbage after it reached the oldest generation (only a full
    pass frees it); a weak reference to it."""
    holder = [_Node()]
    ref = weakref.ref(holder[0])
    gc.collect(1)  # survives the young passes: now in the oldest generation
    holder.clear()
    gc.collect(1)
    assert ref() is not None
    return ref


def _passes() -> tuple[list[tuple[int, bool]], object]:
    """Record each collection: (generation, ran on the GUI thread)."""
    passes: list[tuple[int, bool]] = []

    def seen(phase, info):
        if phase == "start":
            passes.append((info["generation"],
                           threading.current_thread() is threading.main_thread()))

    gc.callbacks.append(seen)
    return passes, seen


def test_no_collection_runs_in_a_background_thread(qapp, restore_collector):
    # A collection in a runner thread destroys the Qt objects it finds in cycles there,
    # which crashes the process; and a full pass holds the GIL for hundreds of ms.
    collector.install(qapp)
    assert not collector.automatic()
    passes, seen = _passes()
    try:
        def work():
            rows = [[i, str(i)] for i in range(300_000)]  # tracked objects that survive
            for _ in range(20_000):
                _Node()  # cycles that become garbage at once
            assert len(rows) == 300_000

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        assert passes == []  # nothing collected by the worker's allocations
        collector.young_pass()
        assert passes and all(on_gui for _gen, on_gui in passes)
        assert all(gen < 2 for gen, _on_gui in passes)  # a young pass, not a full one
    finally:
        gc.callbacks.remove(seen)


def test_the_gui_thread_asks_for_the_gil_back_within_half_a_millisecond(qapp, restore_collector):
    # PySide lets go of the GIL in every Qt call; at the default 5 ms switch interval a
    # busy background read made each of those calls cost the GUI thread up to 5 ms.
    collector.uninstall()
    before = sys.getswitchinterval()
    collector.install(qapp)
    assert sys.getswitchinterval() == collector.SWITCH_INTERVAL_S <= 0.001
    collector.uninstall()
    assert sys.getswitchinterval() == before


def test_a_young_generation_too_big_to_scan_is_promoted_not_collected(qapp, restore_collector):
    # A background read's rows (lists of 100,000 keys) made young passes on the GUI
    # thread take 100-380 ms; they move to the oldest generation unscanned instead, and
    # a cycle among them waits for the next full pass.
    collector.install(qapp)
    node = _Node()
    ref = weakref.ref(node)
    del node
    keys = [list(range(collector.YOUNG_LIMIT + 1))]  # one object, a million references
    keys += [[i] for i in range(gc.get_threshold()[0] + 10)]  # a young pass is due
    passes, seen = _passes()
    try:
        assert collector.young_pass() == 0
        assert passes == [] and ref() is not None  # nothing scanned: promoted
        assert gc.get_count()[0] < gc.get_threshold()[0]  # nothing young left to scan
        small = _Node()
        small_ref = weakref.ref(small)
        del small
        junk = [[i] for i in range(gc.get_threshold()[0] + 10)]
        collector.young_pass()  # a small young generation is still collected at once
        assert small_ref() is None and passes and passes[-1][0] < 2
        collector.full_pass()
        assert ref() is None
    finally:
        gc.callbacks.remove(seen)
    assert len(keys) > 1 and len(junk) > 0


def test_a_young_generation_of_many_objects_is_promoted_on_its_count(qapp, restore_collector):
    # A read's rows: more objects than a pass should scan, known from the interpreter's
    # count without walking them; under the count, a generation is collected.
    collector.install(qapp)
    passes, seen = _passes()
    try:
        rows = [[i, str(i)] for i in range(collector.YOUNG_OBJECTS + 1)]
        assert collector.young_pass() == 0 and passes == []  # promoted, not scanned
        assert gc.get_count()[0] < gc.get_threshold()[0]
        fewer = [[i, str(i)] for i in range(collector.YOUNG_OBJECTS // 2)]
        collector.young_pass()
        assert len(passes) == 1 and passes[0][0] < 2  # collected
    finally:
        gc.callbacks.remove(seen)
    assert len(rows) > len(fewer) > 0


def test_the_gui_thread_collects_young_cycles_on_its_timer(qapp, qtbot, restore_collector):
    collector.install(qapp)
    node = _Node()
    ref = weakref.ref(node)
    del node
    assert ref() is not None  # a cycle: reference counting alone does not free it
    junk = [[i] for i in range(gc.get_threshold()[0] + 10)]  # past the young threshold
    qtbot.waitUntil(lambda: ref() is None, timeout=3 * collector.CHECK_MS + 1000)
    assert len(junk) > 0


def test_full_pass_when_the_app_goes_to_the_background(qapp, restore_collector, monkeypatch):
    collector.install(qapp)
    ref = _old_garbage()
    monkeypatch.setitem(collector._state, "last", 0.0)
    collector._on_state_changed(Qt.ApplicationState.ApplicationActive)
    assert ref() is not None  # still in front of the user: no pass
    collector._on_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert ref() is None
    again = _old_garbage()
    collector._on_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert again() is not None  # at most one background pass a minute


def test_full_pass_when_a_portfolio_is_opened(qapp, restore_collector):
    from PySide6.QtCore import QObject, Signal

    class Window(QObject):
        portfolio_opened = Signal(str)

    collector.install(qapp)
    window = Window()
    collector.watch(window)
    ref = _old_garbage()
    window.portfolio_opened.emit("portfolio.pmo")
    assert ref() is None


# -- view modules load at start-up, not at a view's first opening ------------------------


def test_preload_imports_every_views_module_and_skips_broken_ones(tmp_path, monkeypatch):
    import sys

    from pmo_desktop.ui import views

    (tmp_path / "probe_view_h5.py").write_text("def create_view(ctx):\n    return None\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "probe_view_h5", raising=False)
    specs = dict(views.VIEWS)
    specs["probe"] = views.ViewSpec("probe", "Probe", "probe", "probe_view_h5:create_view")
    specs["broken"] = views.ViewSpec("broken", "Broken", "x", "no_such_package_h5.view:create_view")
    monkeypatch.setattr(views, "VIEWS", specs)
    views.preload()
    assert "probe_view_h5" in sys.modules
    assert "no_such_package_h5" not in sys.modules
    monkeypatch.delitem(sys.modules, "probe_view_h5")


# -- icons: drawn from SVG once per colour and size, not on every paint --------------------


def test_an_icon_is_rendered_from_svg_once_per_colour_and_size(qapp, monkeypatch):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    from pmo_desktop.ui import icons

    made: list[bytes] = []

    class Counting(QSvgRenderer):
        def __init__(self, data):
            made.append(bytes(data))
            super().__init__(data)

    monkeypatch.setattr(icons, "QSvgRenderer", Counting)
    monkeypatch.setattr(icons, "_PIXMAPS", {}, raising=False)
    nav = icons.icon("portfolio")
    first = nav.pixmap(QSize(18, 18)).toImage()
    for _ in range(5):  # every repaint of the navigation asks again
        assert nav.pixmap(QSize(18, 18)).toImage() == first
    assert len(made) == 1
    assert any(first.pixelColor(x, y).alpha() for x in range(18) for y in range(18))
    red = icons.icon("portfolio", "#ff0000").pixmap(QSize(18, 18)).toImage()
    assert len(made) == 2 and b"#ff0000" in made[1]  # another colour: drawn anew
    assert red != first
    nav.pixmap(QSize(36, 36), QIcon.Mode.Normal)
    assert len(made) == 3  # another size


def test_young_objects_are_not_listed_while_another_thread_builds_a_tuple():
    """``gc.get_objects`` would hold a second reference to a tuple another thread is
    still building from a generator; CPython then fails that build (SystemError) or frees
    it under the thread. While another thread runs Python the young generation is
    promoted unscanned instead of walked."""
    paused, go = threading.Event(), threading.Event()
    built: list[tuple[int, ...]] = []

    def rows():
        yield from range(5)
        paused.set()
        go.wait(10)  # half-way through tuple(): the tuple exists, unfinished
        yield from range(5, 50)

    worker = threading.Thread(target=lambda: built.append(tuple(rows())))
    worker.start()
    try:
        assert paused.wait(10)
        assert collector._young_weight(0, 10**9) == 10**9 + 1  # not walked
        collector.young_pass()  # promotes or collects; never lists the objects
    finally:
        go.set()
        worker.join(10)
    assert built == [tuple(range(50))]
    alone = collector._young_weight(0, 10**9)  # no other thread: walked and weighed
    assert alone <= collector.YOUNG_OBJECTS * 10 and alone != 10**9 + 1
