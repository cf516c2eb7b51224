"""The welcome page, shown instead of a portfolio on the first run (or when the last one
is gone): open the demo portfolio, create an empty portfolio (name, currency, fiscal-year
start), or create one and import a tracker into it; the recent portfolios below.

The page asks the main window to do each thing (``open_portfolio``, ``import_files``,
File › Open the demo); the new file is made by ``operations.portfolios.new_portfolio``.
"""

from __future__ import annotations

import re
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from pmo_desktop.operations.portfolios import new_portfolio
from pmo_desktop.store import StoreError
from pmo_desktop.ui import settings as app_settings
from pmo_desktop.ui.icons import icon, icon_pixmap
from pmo_desktop.ui.plain import plain_label, plain_tip

if TYPE_CHECKING:
    from pmo_desktop.ui.main_window import MainWindow

CURRENCIES = ("GBP", "EUR", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD", "NZD",
              "INR", "ZAR", "SGD", "JPY")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DEFAULT_FY_MONTH = 4  # 1 April, the setting's default (the UK's financial year)
TRACKER_FILTER = ("Trackers and plans (*.xlsx *.xlsm *.xls *.ods *.csv *.xml *.mpp);;"
                  "All files (*)")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_for(folder: Path, name: str) -> Path:
    """A new ``.pmo`` file in ``folder`` named after the portfolio (``Portfolio`` when the
    name is empty), numbered when one by that name is already there."""
    stem = _UNSAFE.sub("-", name).strip(" .-") or "Portfolio"
    target = folder / f"{stem}.pmo"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem} {n}.pmo"
    return target


def _card(title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("welcomeCard")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    col = QVBoxLayout(card)
    col.setContentsMargins(18, 14, 18, 14)
    heading = plain_label(title)
    heading.setObjectName("emptyTitle")
    col.addWidget(heading)
    col.addWidget(plain_label(text, wrap=True))
    return card, col


class WelcomePage(QWidget):
    """What to start with, when no portfolio is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("welcomePage")
        # (a weak reference: the window holds the page, and a window and page holding each
        # other were freed by the cyclic collector after Qt had deleted them: a crash)
        self._window = weakref.ref(window)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 20)
        outer.setSpacing(14)
        outer.addLayout(self._header())
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(self._demo_card(), 2)
        cards.addWidget(self._new_card(), 3)
        outer.addLayout(cards)
        outer.addWidget(self._recent_block(), 1)

    # -- building ------------------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon_pixmap("app", 48))
        row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        title = plain_label(self.tr("Welcome to PMO Desktop"))
        title.setObjectName("viewTitle")
        col.addWidget(title)
        subtitle = plain_label(self.tr(
            "Your portfolio lives in one file on this computer: projects, RAID, people and "
            "money, merged from the trackers teams send, and the steering pack in one "
            "click. How would you like to start?"), wrap=True)
        subtitle.setObjectName("viewSubtitle")
        col.addWidget(subtitle)
        row.addLayout(col, 1)
        return row

    def _demo_card(self) -> QFrame:
        card, col = _card(self.tr("Look around first"), self.tr(
            "Open the demo portfolio: 40 projects in five programmes, with plans, risks, "
            "issues, people and six months of reporting history. It is a file of its own; "
            "your portfolio stays apart."))
        col.addStretch(1)
        self.demo_button = QPushButton(icon("open"), self.tr("Open the demo portfolio"))
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.clicked.connect(self._on_demo)
        col.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _new_card(self) -> QFrame:
        card, col = _card(self.tr("Start your own portfolio"), self.tr(
            "An empty portfolio to fill from your trackers, or by hand."))
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("welcomeName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Digital Change Portfolio"))
        self.name_edit.textChanged.connect(self._on_name_changed)
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("welcomeCurrency")
        self.currency_box.setEditable(True)
        self.currency_box.addItems(CURRENCIES)
        self.currency_box.setMaximumWidth(110)
        self.fy_box = QComboBox()
        self.fy_box.setObjectName("welcomeFiscalYear")
        for number, month in enumerate(MONTHS, start=1):
            self.fy_box.addItem(self.tr("1 {month}").format(month=month), f"{number:02d}-01")
        self.fy_box.setCurrentIndex(DEFAULT_FY_MONTH - 1)
        self.fy_box.setMaximumWidth(160)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Currency:"), self.currency_box)
        form.addRow(self.tr("Financial year starts:"), self.fy_box)
        col.addLayout(form)
        self.where = plain_label(wrap=True)
        self.where.setObjectName("viewSubtitle")
        col.addWidget(self.where)
        self.error = plain_label(wrap=True)
        self.error.setObjectName("fieldError")
        self.error.hide()
        col.addWidget(self.error)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(icon("import"), self.tr("Import a tracker…"))
        self.import_button.setObjectName("primary")
        self.import_button.setToolTip(self.tr(
            "Create the portfolio, then import a team's Excel tracker or a project plan "
            "into it; you see what will change before anything is written."))
        self.import_button.clicked.connect(self._on_import)
        self.create_button = QPushButton(icon("new"), self.tr("Create an empty portfolio"))
        self.create_button.setObjectName("welcomeCreate")
        self.create_button.clicked.connect(self._on_create)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self._on_name_changed("")
        return card

    def _recent_block(self) -> QWidget:
        block = QWidget()
        col = QVBoxLayout(block)
        col.setContentsMargins(0, 4, 0, 0)
        heading = plain_label(self.tr("Recent portfolios"))
        heading.setObjectName("emptyTitle")
        col.addWidget(heading)
        self.recent = QListWidget()
        self.recent.setObjectName("welcomeRecent")
        self.recent.itemActivated.connect(self._on_recent_activated)
        for path in app_settings.recent_files(self.window_.settings):
            there = Path(path).exists()
            item = QListWidgetItem(icon("open"), f"{Path(path).stem}    —    {Path(path).parent}"
                                   + ("" if there else self.tr("   (no longer there)")))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(plain_tip(path))
            if not there:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
        self.no_recent = plain_label(self.tr(
            "None yet. Portfolios you open are listed here; File › Open portfolio… opens "
            "one from anywhere (Ctrl+O)."), wrap=True)
        self.no_recent.setObjectName("emptyText")
        has = self.recent.count() > 0
        self.recent.setVisible(has)
        self.no_recent.setVisible(not has)
        # As tall as its rows (a few), not the rest of the page.
        rows = max(1, self.recent.count())
        self.recent.setMaximumHeight(rows * max(self.recent.sizeHintForRow(0), 24)
                                     + 2 * self.recent.frameWidth() + 4)
        col.addWidget(self.recent)
        col.addWidget(self.no_recent)
        col.addStretch(1)
        return block

    @property
    def window_(self) -> MainWindow:
        window = self._window()
        assert window is not None, "the welcome page outlived its window"
        return window

    # -- doing ---------------------------------------------------------------------------
    def target(self) -> Path:
        return file_for(self.window_.paths.data_dir, self.name_edit.text())

    @Slot(str)
    def _on_name_changed(self, _text: str) -> None:
        self.where.setText(self.tr("It will be saved as {path}").format(path=self.target()))

    def create_portfolio(self) -> Path | None:
        """Create the portfolio the form describes and open it; its file, or None (the
        reason is shown under the form)."""
        target = self.target()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            new_portfolio(target, name=self.name_edit.text().strip() or target.stem,
                          currency=self.currency_box.currentText(),
                          fiscal_year_start=str(self.fy_box.currentData()))
        except (StoreError, OSError, ValueError) as exc:
            text = str(exc)
            self.error.setText(text[:1].upper() + text[1:])
            self.error.show()
            return None
        self.error.hide()
        return target if self.window_.open_portfolio(target, "portfolio") else None

    def import_trackers(self, paths: list[str]) -> bool:
        """Create the portfolio, open it and open the import wizard on ``paths``."""
        if self.create_portfolio() is None:
            return False
        self.window_.import_files(paths)
        return True

    @Slot()
    def _on_create(self) -> None:
        self.create_portfolio()

    @Slot()
    def _on_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import a tracker"),
                                                str(Path.home()), TRACKER_FILTER)
        if paths:
            self.import_trackers(paths)

    @Slot()
    def _on_demo(self) -> None:
        self.window_._on_open_demo()

    @Slot(QListWidgetItem)
    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.window_.open_portfolio(str(item.data(Qt.ItemDataRole.UserRole)))
