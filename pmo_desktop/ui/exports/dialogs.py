"""The export dialogs: the portfolio (or one register) to a workbook or CSV, and a team
template for a project, programme or person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from pmo_desktop.operations import Result
from pmo_desktop.operations.exports import (
    ENTITY_SHEETS, export_portfolio, export_table, export_template,
)
from pmo_desktop.operations.registers import list_records
from pmo_desktop.store import Store

from ..context import AppContext
from ..plain import plain_label
from ..viewkit.table_copy import TableReader

XLSX_FILTER = "Excel workbook (*.xlsx)"
CSV_FILTER = "CSV, one table (*.csv)"


def _with_suffix(text: str, selected_filter: str) -> str:
    path = Path(text)
    if path.suffix.lower() in (".xlsx", ".csv"):
        return str(path)
    return str(path.with_suffix(".csv" if selected_filter == CSV_FILTER else ".xlsx"))


def ask_path(parent: QWidget, title: str, start: str, csv: bool = True) -> str:
    """Where to write (an .xlsx or .csv path), or "" when the user cancels."""
    filters = f"{XLSX_FILTER};;{CSV_FILTER}" if csv else XLSX_FILTER
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, filters)
    return _with_suffix(path, chosen) if path else ""


class _FileDialog(QDialog):
    """A form, a file to write, a line saying what happened, and the write button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, title: str, action: str,
                 default_name: str, csv: bool) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.csv = csv
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.out = QLineEdit(str(ctx.store.path.parent / default_name))
        self.out.setObjectName("exportPath")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse)
        row = QHBoxLayout()
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        self.status = plain_label("", wrap=True)
        self.status.setObjectName("exportStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(action,
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self._on_write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.form.addRow("Save as", row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.result_: Result | None = None

    @Slot()
    def _on_browse(self) -> None:
        path = ask_path(self, self.windowTitle(), self.out.text(), self.csv)
        if path:
            self.out.setText(path)

    def job(self, out: str) -> Any:
        raise NotImplementedError

    @Slot()
    def _on_write(self) -> None:
        out = self.out.text().strip()
        if not out:
            self.status.setText("Choose where to save the file.")
            return
        self.write_button.setEnabled(False)
        self.status.setText("Writing…")
        job = self.job(out)
        self.ctx.runner.query(job, self._on_done, key=f"export-{id(self)}",
                              on_error=self._on_failed)

    def _on_done(self, result: Result) -> None:
        self.result_ = result
        self.write_button.setEnabled(True)
        sheets = ", ".join(f"{name} {n:,}" for name, n in result.counts.items())
        self.status.setText(f"Written to {result.value} ({sheets}).")
        self.adjustSize()  # room for the wrapped line
        self.ctx.status_message.emit(f"Exported to {result.value}.")

    def _on_failed(self, message: str) -> None:
        self.write_button.setEnabled(True)
        self.status.setText(message)


class ExportDialog(_FileDialog):
    """File › Export to Excel…: everything (one sheet a register) or one register."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, "Export to Excel", "Export",
                         f"{ctx.store.name or 'Portfolio'}.xlsx", csv=True)
        self.setObjectName("export_dialog")
        self.what = QComboBox()
        self.what.setObjectName("exportWhat")
        self.what.addItem("The whole portfolio (one sheet a register)", None)
        self.what.addItem("RAID: the six registers", "raid")
        for entity, title in ENTITY_SHEETS.items():
            self.what.addItem(title, entity)
        self.form.insertRow(0, "Export", self.what)

    def job(self, out: str) -> Any:
        entity = self.what.currentData()
        return lambda store: export_portfolio(store, out, entity)


class TemplateDialog(_FileDialog):
    """File › Team template…: a tracker for one project, programme or person to send
    to a team; it maps itself when it comes back (Import)."""

    KINDS = (("Project", "project"), ("Programme", "programme"), ("Person", "person"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, "Team template", "Write template",
                         "Team template.xlsx", csv=False)
        self.setObjectName("template_dialog")
        self.kind = QComboBox()
        self.kind.setObjectName("templateKind")
        for text, kind in self.KINDS:
            self.kind.addItem(text, kind)
        self.scope = QComboBox()
        self.scope.setObjectName("templateScope")
        self.scope.setEditable(True)
        self.scope.setMinimumContentsLength(30)
        self.form.insertRow(0, "For a", self.kind)
        self.form.insertRow(1, "Which", self.scope)
        self.layout().insertWidget(0, plain_label(  # type: ignore[union-attr]
            "The team gets its projects, milestones, tasks, RAID items and allocations, "
            "with drop-down lists; importing the file back changes only what they changed.",
            wrap=True))
        self.names: dict[str, list[str]] = {}
        self.kind.currentIndexChanged.connect(self._fill_names)
        self.write_button.setEnabled(False)
        self.status.setText("Loading…")
        ctx.runner.query(_scope_names, self._on_names, key=f"template-names-{id(self)}",
                         on_error=self._on_failed)

    def _on_names(self, names: dict[str, list[str]]) -> None:
        self.names = names
        self.status.setText("")
        self.write_button.setEnabled(True)
        self._fill_names()

    @Slot()
    def _fill_names(self) -> None:
        self.scope.clear()
        self.scope.addItems(self.names.get(self.kind.currentData(), []))

    def job(self, out: str) -> Any:
        scope, kind = self.scope.currentText().strip(), self.kind.currentData()
        if self.scope.currentIndex() >= 0 and kind == "project":
            scope = scope.split(" — ")[0]
        return lambda store: export_template(store, out, scope, kind)


def _scope_names(store: Store) -> dict[str, list[str]]:
    """The projects ("CODE — name"), programmes and people a template can be for."""
    projects = list_records(store, "project")
    people = {str(p[f]) for p in projects for f in ("manager", "sponsor") if p.get(f)}
    people |= {str(r["name"]) for r in list_records(store, "resource")}
    return {"project": [f"{p['code']} — {p['name']}" for p in projects],
            "programme": sorted({str(p["programme"]) for p in projects if p.get("programme")},
                                key=str.casefold),
            "person": sorted(people, key=str.casefold)}


def export_view_table(ctx: AppContext, view: QTableView, parent: QWidget,
                      title: str = "Table") -> str:
    """Export table…: ask where, read the table as shown a slice at a time on the GUI
    thread (``TableReader``), then write the file off it; the path chosen ("" when
    cancelled)."""
    out = ask_path(parent, "Export table", str(ctx.store.path.parent / f"{title}.xlsx"))
    if not out:
        return ""

    def written(result: Result) -> None:
        if shiboken6.isValid(ctx):  # the portfolio may have been closed meanwhile
            ctx.status_message.emit(f"Table exported to {result.value} "
                                    f"({sum(result.counts.values()):,} rows).")

    def read(headers: list[str], kinds: list[str], rows: list[list[Any]]) -> None:
        ctx.runner.query(lambda store: export_table(store, out, title, headers, rows, kinds),
                         written, key=f"export-table-{id(view)}")

    ctx.status_message.emit("Reading the table…")
    reader = TableReader(view, read)
    reader.start()
    return out
