"""Starting the app: ``run_app(db, profile)`` is what ``pmo-desktop`` runs without a command.

Order of events: QApplication and theme → paths (``--profile`` or the platform's) →
logging and the crash handler → settings → which portfolio (``--db``, else the last
one, else the default file, else a first run: the welcome page — or, with
``PMO_DESKTOP_FIRST_RUN=demo``, the demo portfolio built there off the GUI thread while
the window shows) → the main window.

Set ``PMO_DESKTOP_BENCH=1`` to print one JSON line once the portfolio view is on
screen (with filter and sort timings) and quit; ``bench/ui_bench.py`` uses it.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QEventLoop, Qt, QtMsgType, QTimer, qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from pmo_desktop.ui import collector
from pmo_desktop.ui import settings as app_settings
from pmo_desktop.ui.crash import install as install_crash_handler
from pmo_desktop.ui.crash import setup_logging
from pmo_desktop.ui.icons import icon
from pmo_desktop.ui.main_window import MainWindow
from pmo_desktop.ui.paths import AppPaths, app_paths
from pmo_desktop.ui.plain import warn
from pmo_desktop.ui.views import preload as preload_views
from pmo_desktop.ui.viewkit.theme import apply_theme

log = logging.getLogger(__name__)

ORGANISATION = "PMO Desktop"
APPLICATION = "PMO Desktop"
BENCH_ENV = "PMO_DESKTOP_BENCH"
# ``PMO_DESKTOP_FIRST_RUN=demo``: a first run builds the demo portfolio and opens it, as
# before the welcome page (scripted starts, screenshots).
FIRST_RUN_ENV = "PMO_DESKTOP_FIRST_RUN"


def configure(app: QApplication) -> None:
    """Names (they decide the standard paths), icon and theme."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("pmo-desktop")
    app.setWindowIcon(icon("app"))
    apply_theme(app)


def choose_portfolio(db: str | None, settings: object, paths: AppPaths) -> tuple[Path, bool]:
    """The portfolio to open and whether it must first be built as the demo."""
    if db:
        return Path(db), False
    last = app_settings.last_portfolio(settings)  # type: ignore[arg-type]
    if last and Path(last).exists() and app_settings.preference(settings, "open_last"):  # type: ignore[arg-type]
        return Path(last), False
    default = paths.default_portfolio
    return default, not default.exists()


def start(app: QApplication, db: str | None = None, profile: str | None = None,
          today: date | None = None) -> MainWindow | None:
    """Build and show the main window; ``None`` when there is nothing to open."""
    configure(app)
    paths = app_paths(profile).ensure()
    setup_logging(paths.log_dir)
    settings = app_settings.open_settings(paths.settings_file)
    preload_views()  # no view's first opening waits for its modules
    window = MainWindow(settings, paths)
    path, first_run = choose_portfolio(db, settings, paths)
    view = "portfolio" if os.environ.get(BENCH_ENV) else None
    if first_run and os.environ.get(FIRST_RUN_ENV, "").lower() != "demo":
        log.info("First run: the welcome page")
        window.show_welcome()
        window.show()
        return window
    if first_run:
        log.info("First run: building the demo portfolio at %s", path)

        def built(error: str) -> None:
            if error:
                warn(window, "PMO Desktop",
                     f"The demo portfolio could not be built ({error}); "
                     "starting with an empty portfolio.")
            window.open_portfolio(path, view)

        window.show()  # empty until the demo is built off the GUI thread
        window.build_demo(path, built, today)
        return window
    if not window.open_portfolio(path, view):
        return None
    window.show()
    return window


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def _bench_report(app: QApplication, window: MainWindow) -> None:
    """Print when the portfolio view was shown and its figures complete; time a filter
    and two sorts (once the figures are in); quit.

    ``shown_at``: the first paint of the view with its rows is done (the figure
    columns of a large portfolio may still show "…"). ``complete_at``: every row has
    its figures (the same as ``shown_at`` when they were read at once).
    """
    app.processEvents()
    view = window.page("portfolio")
    rows_loading = getattr(getattr(view, "model", None), "rows_loading", None)
    if callable(rows_loading) and rows_loading():  # a large portfolio's rows come first
        loop = QEventLoop()
        view.model.loaded.connect(loop.quit)  # type: ignore[union-attr]
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        app.processEvents()  # the paint with the rows
    shown_at = time.time()
    out: dict[str, object] = {"shown_at": shown_at, "complete_at": shown_at}
    if view is not None and hasattr(view, "model"):
        model = view.model  # type: ignore[attr-defined]
        table = view.table  # type: ignore[attr-defined]
        out["rows"] = model.total_count()
        out["rows_at_show"] = model.rowCount()
        out["figures_at_show"] = model.figures_ready()
        out["formatted_rows_at_show"] = model.formatted_rows
        if not model.figures_ready():
            loop = QEventLoop()
            model.figures_loaded.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
            app.processEvents()  # the repaint with the figures
            out["complete_at"] = time.time()
        from pmo_desktop.ui.portfolio.columns import COLUMN_INDEX
        from pmo_desktop.ui.portfolio.filters import PortfolioFilter

        t = time.perf_counter()
        model.set_filter(PortfolioFilter(text="data"))
        app.processEvents()
        out["filter_ms"] = (time.perf_counter() - t) * 1000
        out["filtered_rows"] = model.shown_count()
        model.set_filter(PortfolioFilter())
        app.processEvents()
        t = time.perf_counter()
        table.sortByColumn(COLUMN_INDEX["name"], Qt.SortOrder.DescendingOrder)
        app.processEvents()
        out["sort_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        table.sortByColumn(COLUMN_INDEX["bac"], Qt.SortOrder.AscendingOrder)
        app.processEvents()
        out["sort_money_ms"] = (time.perf_counter() - t) * 1000
        out["formatted_rows_end"] = model.formatted_rows
    try:
        import resource

        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # Windows
        out["peak_rss_mb"] = None
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    window.close()
    app.quit()


def run_app(db: str | None = None, profile: str | None = None) -> int:
    """Open the app; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure(app)
    try:
        paths = app_paths(profile).ensure()
    except OSError as exc:  # nowhere to keep settings, logs and backups: say so and stop
        sys.stderr.write(f"{exc}\n")
        QMessageBox.critical(None, "PMO Desktop", str(exc))
        return 2
    install_crash_handler(paths.log_dir)
    qInstallMessageHandler(_qt_message)
    collector.install(app)  # cycles collected on the GUI thread only, never while one waits
    window = start(app, db, profile)
    if window is None:
        return 2
    collector.watch(window)
    if os.environ.get(BENCH_ENV):
        QTimer.singleShot(0, lambda: _bench_report(app, window))
    return int(app.exec())
