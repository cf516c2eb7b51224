"""The one way the app runs work off the GUI thread.

Two kinds of job (Anki's ``QueryOp`` / ``CollectionOp``):

- ``Runner.query(read, on_done, key=…)``: a read. ``read(store)`` runs on a worker
  thread against its own read-only copy of the portfolio (``Store.reading_copy()``) and
  returns plain rows or dataclasses; ``on_done(value)`` runs on the GUI thread. A newer
  query with the same ``key`` supersedes an older one (the older answer is dropped and
  its SQL interrupted), so a view that reloads twice fills in once, with fresh data.
- ``Runner.op(job, title=…)``: a change. ``job(store, progress, cancelled)`` runs an
  operation of ``pmo_desktop.operations`` on a worker thread through the store's writer
  connection and returns its ``Result``. A progress dialog appears when it takes longer
  than ``SHOW_AFTER_MS``, with Cancel when ``cancellable``; a failure is shown in one
  message box (plain text); on success ``AppContext.changed`` is emitted with the
  ``Result`` and ``on_done(result)`` runs. Ops run one at a time, in order.
- ``Runner.job(work, title=…)``: long work that is not a change to the open portfolio
  (building a new portfolio file): like ``op`` (progress, cancel, one error box, in
  order with the ops) but ``work(progress, cancelled)`` gets no store and nothing is
  announced on ``changed``. A runner without a portfolio (``Runner(None, parent)``,
  the main window's before anything is open) runs only jobs.

A job never touches a widget. Errors become one sentence (``message_of``); a
``StoreError`` is already one.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from pmo_desktop.operations import OperationCancelled, Result
from pmo_desktop.store import Store, StoreError

if TYPE_CHECKING:
    from pmo_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400

# How much nicer than the GUI thread a worker thread runs. On a laptop's two or four
# cores the first views' reads, the page check and the daily backup start together; at
# the same priority they took the GUI thread's core half the time (a 207 ms stall for
# 83 ms of its own work at 2,000 projects). Lower, they still use every idle cycle.
WORKER_NICENESS = 5


def lower_priority() -> None:
    """Make the calling (worker) thread yield the CPU to the GUI thread. Linux keeps a
    nice value per thread; elsewhere ``QThread.LowPriority`` at start does it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        now = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, now + WORKER_NICENESS))
    except OSError:  # a sandbox that refuses it: the thread keeps its priority
        pass

# Every task until its thread has finished: a task outlives the runner (and the view)
# that started it, so closing a portfolio or a view never destroys a running thread.
_LIVE: set[Task] = set()


def _alive(callback: Callable[..., Any]) -> bool:
    """Whether a callback's Qt object (a view's bound method) still exists."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)

ReadJob = Callable[[Store], Any]
OpJob = Callable[[Store, Callable[[float, str], None], Callable[[], bool]], Result]


def message_of(exc: BaseException) -> str:
    """One sentence for the user ("" when the user cancelled)."""
    if isinstance(exc, OperationCancelled) or type(exc).__name__ in (
            "ImportCancelled", "JobCancelled", "Cancelled"):
        return ""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, (StoreError, OSError, ValueError)) and text:
        return text
    if type(exc).__name__ == "ReadError" and text:
        return text
    log.warning("background job failed", exc_info=exc)
    return f"Something went wrong: {text or type(exc).__name__}."


class Task(QThread):
    """One job on its own thread.

    Signals:
        progress(int, str): percent done and what is being done.
        succeeded(object): the job's value.
        failed(str): one sentence; empty when cancelled.
    """

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._reading: Store | None = None  # a store whose running SQL cancel() interrupts
        self.ok = False
        self.value: Any = None
        self.error = ""

    def cancel(self) -> None:
        self._cancel.set()
        with self._lock:
            if self._reading is not None:
                self._reading.interrupt()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def watch(self, store: Store | None) -> None:
        """Interrupt ``store``'s running statement on ``cancel()`` (``None``: stop)."""
        with self._lock:
            self._reading = store

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.emit(max(0, min(100, int(round(fraction * 100)))), text)

    def run(self) -> None:
        lower_priority()
        try:
            value = self._work(self._on_progress, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - every failure becomes a message
            self.error = "" if self._cancel.is_set() else message_of(exc)
            self.failed.emit(self.error)
            return
        # Even when cancel came too late: a change that committed must be reported.
        self.ok, self.value = True, value
        self.succeeded.emit(value)


class Runner(QObject):
    """Runs the app's reads and operations off the GUI thread (one per ``AppContext``).

    Signals:
        busy_changed(bool): an operation started (True) or the last one ended (False).
    """

    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext | None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else ctx)
        self.ctx = ctx
        self._queries: dict[str, Task] = {}
        self._running: set[Task] = set()
        self._ops: deque[Callable[[], None]] = deque()
        self._op_task: Task | None = None
        self._boxes: list[QMessageBox] = []
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_about_to_quit)

    # -- reads -----------------------------------------------------------------
    def query(self, read: ReadJob, on_done: Callable[[Any], None], *,
              key: str | None = None, on_error: Callable[[str], None] | None = None) -> Task:
        """Run ``read(reading_copy)`` off the GUI thread; ``on_done(value)`` on it."""
        store = self._context().store
        task: Task

        def work(_progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            copy = store.reading_copy()
            task.watch(copy)
            try:
                if cancelled():
                    raise OperationCancelled()
                return read(copy)
            finally:
                task.watch(None)
                copy.close()

        task = Task(work)
        if key is not None:
            older = self._queries.get(key)
            if older is not None:
                older.cancel()
            self._queries[key] = task

        def done(value: Any) -> None:
            if key is not None and self._queries.get(key) is not task:
                return  # superseded
            if key is not None:
                self._queries.pop(key, None)
            if _alive(on_done):
                on_done(value)

        def failed(message: str) -> None:
            if key is not None and self._queries.get(key) is not task:
                return
            if key is not None:
                self._queries.pop(key, None)
            if message and on_error is not None:
                if _alive(on_error):
                    on_error(message)
            elif message and self.ctx is not None and shiboken6.isValid(self.ctx):
                self.ctx.status_message.emit(message)

        task.succeeded.connect(done, Qt.ConnectionType.QueuedConnection)
        task.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._start(task)
        return task

    def load(self, read: ReadJob, on_done: Callable[[Any], None], *, key: str,
             background: bool, on_error: Callable[[str], None] | None = None) -> Task | None:
        """A view's load: ``query`` when ``background`` (a large portfolio), else
        ``read(store)`` at once on the GUI thread. A small portfolio reads in a few ms,
        and a placeholder shown for that long only flickers; the answer of an older
        background read with the same ``key`` is dropped either way."""
        if background:
            return self.query(read, on_done, key=key, on_error=on_error)
        older = self._queries.pop(key, None)
        if older is not None:
            older.cancel()
        on_done(read(self._context().store))
        return None

    # -- changes ---------------------------------------------------------------
    def op(self, job: OpJob, *, title: str, parent: QWidget | None = None,
           on_done: Callable[[Result], None] | None = None,
           on_error: Callable[[str], None] | None = None,
           cancellable: bool = False, show_progress: bool = True) -> None:
        """Run the operation ``job(store, progress, cancelled)`` off the GUI thread.

        Ops run one after another. On success ``ctx.changed`` is emitted with the
        ``Result``, then ``on_done(result)``; on failure ``on_error(message)`` or, without
        it, one message box titled ``title``."""
        ctx = self._context()

        def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            return job(ctx.store, progress, cancelled)

        def done(result: Any) -> None:
            if isinstance(result, Result):
                ctx.changed.emit(result)
            if on_done is not None:
                on_done(result)

        self._enqueue(work, title, parent, done, on_error, cancellable, show_progress)

    def job(self, work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any], *,
            title: str, parent: QWidget | None = None,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            cancellable: bool = False, show_progress: bool = True) -> None:
        """Run ``work(progress, cancelled)`` off the GUI thread, in order with the ops,
        with the same progress dialog and error box; nothing is announced on ``changed``."""
        self._enqueue(work, title, parent, on_done, on_error, cancellable, show_progress)

    def _enqueue(self, work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any],
                 title: str, parent: QWidget | None, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[str], None] | None, cancellable: bool,
                 show_progress: bool) -> None:
        def start() -> None:
            self._start_op(work, title, parent, on_done, on_error, cancellable, show_progress)

        self._ops.append(start)
        if self._op_task is None:
            self._next_op()

    def _context(self) -> AppContext:
        if self.ctx is None:
            raise RuntimeError("no portfolio is open")
        return self.ctx

    def is_busy(self) -> bool:
        """An operation is running or waiting."""
        return self._op_task is not None or bool(self._ops)

    def is_idle(self) -> bool:
        """Nothing runs or waits: no read, no operation, no job."""
        return not self._running and not self.is_busy()

    def _next_op(self) -> None:
        if self._op_task is None and self._ops:
            self._ops.popleft()()

    def _start_op(self, work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any],
                  title: str, parent: QWidget | None,
                  on_done: Callable[[Any], None] | None,
                  on_error: Callable[[str], None] | None,
                  cancellable: bool, show_progress: bool) -> None:
        task = Task(work)
        self._op_task = task
        self.busy_changed.emit(True)
        dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog(title, "Cancel" if cancellable else "", 0, 100, parent)
            dialog.setObjectName("runnerProgress")
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)  # type: ignore[arg-type]
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setValue(0)
            dialog.canceled.connect(task.cancel)

            def on_progress(percent: int, text: str) -> None:
                if dialog is not None:
                    dialog.setValue(percent)
                    if text:
                        dialog.setLabelText(text)

            task.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)

        def finish() -> None:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self._op_task = None
            if not self._ops:
                self.busy_changed.emit(False)
            QTimer.singleShot(0, self._next_op)

        def done(result: Any) -> None:
            if not shiboken6.isValid(self):
                return  # the portfolio was closed meanwhile
            finish()
            if on_done is not None and _alive(on_done):
                on_done(result)

        def failed(message: str) -> None:
            if not shiboken6.isValid(self):
                return
            finish()
            if on_error is not None:
                if _alive(on_error):
                    on_error(message)
            elif message:
                self._show_error(parent, title, message)

        task.succeeded.connect(done, Qt.ConnectionType.QueuedConnection)
        task.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._start(task)

    def _show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        from pmo_desktop.ui.plain import message_box

        window = parent if parent is not None else (
            self.ctx.parent() if self.ctx is not None else self.parent())
        box = message_box(window if isinstance(window, QWidget) else None,
                          QMessageBox.Icon.Warning, title, message)
        box.setObjectName("runnerErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Held until closed: a box without a parent would otherwise be collected at once.
        self._boxes.append(box)
        box.finished.connect(lambda _r, b=box: self._boxes.remove(b) if b in self._boxes else None)
        box.open()
        if self.ctx is not None:
            self.ctx.status_message.emit(message)

    # -- threads ---------------------------------------------------------------
    def _start(self, task: Task) -> None:
        self._running.add(task)
        _LIVE.add(task)
        task.finished.connect(lambda t=task: self._finished(t),
                              Qt.ConnectionType.QueuedConnection)
        task.start(QThread.Priority.LowPriority)

    def _finished(self, task: Task) -> None:
        self._running.discard(task)
        _LIVE.discard(task)
        task.deleteLater()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Wait for every running job (tests, closing a portfolio); ``False`` on timeout."""
        ok = True
        for task in list(self._running):
            ok = task.wait(timeout_ms) and ok
        return ok

    def shutdown(self) -> None:
        """Stop: cancel the reads (they run on their own connections and end by
        themselves; their answers are dropped), drop the waiting ops, and wait for a
        running change to finish (it must commit or roll back before its store closes)."""
        for task in list(self._queries.values()):
            task.cancel()
        self._queries.clear()
        self._ops.clear()
        if self._op_task is not None:
            self._op_task.wait()

    @Slot()
    def _on_about_to_quit(self) -> None:
        self.shutdown()
        self.wait()


__all__ = ["Runner", "Task", "message_of", "SHOW_AFTER_MS"]
