"""The one runner (ui/runner.py) on real threads: reads, ops, jobs, and ``ctx.changed``."""

from __future__ import annotations

import os
import threading
import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from pmo_desktop.operations import Result
from pmo_desktop.store import Changes, StoreReadOnly
from pmo_desktop.ui.runner import WORKER_NICENESS, Runner

# A read that runs until interrupted (about a minute of SQL otherwise).
ENDLESS = """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5e9)
             SELECT COUNT(*) FROM n"""


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "runnerErrorBox"
            and w.isVisible()]


def test_a_query_reads_a_copy_off_the_gui_thread(qtbot, ctx):
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def read(store):
        seen["thread"] = threading.get_ident()
        seen["same_store"] = store is ctx.store
        return store.counts()["project"]

    got: list[int] = []
    ctx.runner.query(read, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [40]
    assert seen["thread"] != gui and seen["same_store"] is False


def test_work_off_the_gui_thread_yields_the_cpu_to_it(qtbot, ctx):
    """A worker runs nicer than the GUI thread, so the first views' reads, the page
    check and the daily backup do not take the GUI thread's core while it paints (a
    nice value per thread is Linux's; elsewhere the thread starts at low priority)."""
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    got: list[int] = []
    ctx.runner.query(lambda _store: os.getpriority(os.PRIO_PROCESS,
                                                   threading.get_native_id()), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [min(19, gui + WORKER_NICENESS)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui


def test_the_reading_copy_cannot_write(qtbot, ctx):
    errors: list[str] = []

    def read(store):
        with store.write("test") as tx:
            tx.update("project", store.project_id("DCX-101"), {"name": "x"})

    ctx.runner.query(read, lambda _v: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors and "read-only" in errors[0].lower()
    assert ctx.store.get("project", ctx.store.project_id("DCX-101"))["name"] != "x"
    assert issubclass(StoreReadOnly, Exception)


def test_a_newer_query_with_the_same_key_supersedes_the_older(qtbot, ctx):
    got: list[str] = []
    release = threading.Event()

    def slow(_store):
        release.wait(10)
        return "old"

    first = ctx.runner.query(slow, got.append, key="view")
    second = ctx.runner.query(lambda _s: "new", got.append, key="view")
    assert first.is_cancelled() and not second.is_cancelled()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    release.set()
    assert ctx.runner.wait(10_000)
    qtbot.wait(50)  # the old answer, if it came, would be delivered now
    assert got == ["new"]


def test_cancel_interrupts_a_running_read(qtbot, ctx):
    done: list[object] = []
    errors: list[str] = []
    started = threading.Event()

    def endless(store):
        started.set()
        return store.query(ENDLESS)

    task = ctx.runner.query(endless, done.append, on_error=errors.append, key="endless")
    assert started.wait(10)
    time.sleep(0.1)  # the statement is running
    t0 = time.perf_counter()
    task.cancel()
    assert task.wait(10_000)
    assert time.perf_counter() - t0 < 5
    qtbot.wait(50)
    assert done == [] and errors == []  # a cancelled read says nothing


def test_an_error_shows_one_message_box(qtbot, ctx):
    messages: list[str] = []
    ctx.status_message.connect(messages.append)

    def job(_store, _progress, _cancelled):
        raise ValueError("The tracker has no header row.")

    ctx.runner.op(job, title="Import")
    qtbot.waitUntil(lambda: len(_boxes()) == 1, timeout=10_000)
    qtbot.wait(50)
    boxes = _boxes()
    assert len(boxes) == 1
    assert boxes[0].text() == "The tracker has no header row."
    assert boxes[0].windowTitle().startswith("Import")
    assert messages == ["The tracker has no header row."]
    assert not ctx.runner.is_busy()
    boxes[0].close()


def test_an_unexpected_error_is_one_sentence(qtbot, ctx):
    errors: list[str] = []

    def job(_store, _progress, _cancelled):
        raise KeyError("code")

    ctx.runner.op(job, title="Edit", on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == ["Something went wrong: 'code'."]
    assert _boxes() == []  # on_error replaces the box


def test_ops_run_one_at_a_time_in_order(qtbot, ctx):
    order: list[int] = []
    running = [0]
    overlap = [False]
    lock = threading.Lock()

    def job(n: int, pause: float):
        def run(_store, _progress, _cancelled):
            with lock:
                running[0] += 1
                overlap[0] |= running[0] > 1
            time.sleep(pause)
            order.append(n)
            with lock:
                running[0] -= 1
            return Result()
        return run

    busy: list[bool] = []
    ctx.runner.busy_changed.connect(busy.append)
    for n, pause in ((1, 0.2), (2, 0.05), (3, 0.0)):
        ctx.runner.op(job(n, pause), title=f"Op {n}", show_progress=False)
    assert ctx.runner.is_busy()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10_000)
    assert order == [1, 2, 3] and not overlap[0]
    assert busy[0] is True and busy[-1] is False


def test_a_result_reaches_changed_then_on_done(qtbot, ctx):
    events: list[tuple[str, object]] = []
    ctx.changed.connect(lambda r: events.append(("changed", r)))
    pid = ctx.store.project_id("DCX-101")

    def job(store, progress, _cancelled):
        progress(0.5, "Writing")
        with store.write("ui") as tx:
            tx.update("project", pid, {"next_steps": "Go live"})
        return Result.of(tx.changes)

    ctx.runner.op(job, title="Edit", on_done=lambda r: events.append(("done", r)))
    qtbot.waitUntil(lambda: any(e[0] == "done" for e in events), timeout=10_000)
    kinds = [e[0] for e in events]
    assert kinds == ["changed", "done"]
    result = next(r for k, r in events if k == "changed")
    assert isinstance(result, Result) and result.keys("project") == {"DCX-101"}
    assert result.touches({"project"}) and not result.touches({"risk"})
    assert ctx.store.get("project", pid)["next_steps"] == "Go live"


def test_notify_turns_changes_into_a_result(qtbot, ctx):
    got: list[Result] = []
    ctx.changed.connect(got.append)
    ctx.notify(Changes(updated=[("risk", 1, "R-1")]))
    ctx.notify(Changes(batch_id=7))  # names no record: everything reloads
    ctx.notify(Result(settings_changed=True))
    ctx.notify()
    assert got[0].entities == {"risk"} and not got[0].reload_all
    assert got[1].reload_all and got[1].batch_id == 7
    assert got[2].touches({"setting"}) and not got[2].touches({"project"})
    assert got[3].reload_all


def test_a_job_needs_no_portfolio_and_announces_nothing(qtbot, qapp):
    runner = Runner(None)
    progress: list[tuple[int, str]] = []
    got: list[object] = []

    def work(report, _cancelled):
        report(0.5, "Half way")
        return 42

    runner.job(work, title="Build", on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [42]
    with pytest.raises(RuntimeError, match="no portfolio"):
        runner.query(lambda s: None, got.append)
    assert runner.wait(1000)
    del progress


def test_a_cancellable_op_stops_between_steps(qtbot, ctx):
    from pmo_desktop.operations import OperationCancelled

    errors: list[str] = []
    started = threading.Event()
    steps: list[int] = []

    def job(_store, _progress, cancelled):
        started.set()
        for n in range(200):
            if cancelled():
                raise OperationCancelled()
            steps.append(n)
            time.sleep(0.01)
        return Result()

    ctx.runner.op(job, title="Long", cancellable=True, on_error=errors.append)
    assert started.wait(10)
    time.sleep(0.05)
    ctx.runner._op_task.cancel()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == [""] and len(steps) < 200  # cancelled: no message
