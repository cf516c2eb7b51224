"""The project dialog (all fields) and the status dialog (RAG with justification).

Both validate before they close and say what is wrong next to the field; they
return plain values (``values()``) and never write: the caller pushes a command.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain import enums
from pmo_desktop.domain.money import CURRENCY_SYMBOLS
from pmo_desktop.domain.rag import Rag, diverges, rag_or_not_set
from pmo_desktop.store import Store
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.viewkit.date_edit import OptionalDateEdit

from .columns import RAG_DIMENSIONS

DIMENSIONS = ("overall", *RAG_DIMENSIONS)
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,23}$")
_DATE_PAIRS = (("start_baseline", "finish_baseline", "Baseline finish"),
               ("start_forecast", "finish_forecast", "Forecast finish"),
               ("start_actual", "finish_actual", "Actual finish"))


def suggest_code(code: str, store: Store) -> str:
    """A free code near ``code``: ``DCX-101`` → ``DCX-101-2`` (or ``-3``…)."""
    base = re.sub(r"-\d+$", "", code) if re.search(r"-\d+-\d+$", code) else code
    n = 2
    while store.find_id("project", {"code": f"{base}-{n}"}) is not None:
        n += 1
    return f"{base}-{n}"


def needs_justification(reported: str | None, calculated: str | None) -> bool:
    """A reported RAG that overrides a calculated one must be justified (DOMAIN §2.4)."""
    return diverges(rag_or_not_set(reported), rag_or_not_set(calculated))


def validate_project(values: dict[str, Any], store: Store, own_id: int | None,
                     calculated: dict[str, str | None] | None = None) -> dict[str, str]:
    """Field name → what is wrong with it (empty when the values can be saved)."""
    errors: dict[str, str] = {}
    code = str(values.get("code") or "").strip()
    if "code" in values:
        if not code:
            errors["code"] = "A project needs a code, e.g. DCX-120."
        elif not CODE_PATTERN.match(code):
            errors["code"] = "Use letters, digits and - . _ / only (no spaces), up to 24."
        else:
            other = store.find_id("project", {"code": code})
            if other is not None and other != own_id:
                errors["code"] = f"{code} is already used by another project."
    if "name" in values and not str(values.get("name") or "").strip():
        errors["name"] = "A project needs a name."
    for start, finish, label in _DATE_PAIRS:
        a, b = values.get(start), values.get(finish)
        if a and b and str(b) < str(a):
            errors[finish] = f"{label} is before the start."
    for money in ("bac", "eac"):
        value = values.get(money)
        if value is not None and value < 0:
            errors[money] = "Must not be negative."
    pct = values.get("pct_complete")
    if pct is not None and not 0 <= pct <= 1:
        errors["pct_complete"] = "Between 0 and 100 %."
    if calculated is not None and "rag_overall" in values:
        if (needs_justification(values.get("rag_overall"), calculated.get("overall"))
                and not str(values.get("rag_justification") or "").strip()):
            calc = Rag.parse(calculated.get("overall")).label
            errors["rag_justification"] = (
                f"The reported overall RAG differs from the calculated one ({calc}): "
                "say why.")
    return errors


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(3, 3, 18, 18)
    painter.end()
    return QIcon(pixmap)


class RagCombo(QComboBox):
    """Not set / Green / Amber / Red with colour dots; ``value()`` is the stored key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for rag in (Rag.NOT_SET, Rag.GREEN, Rag.AMBER, Rag.RED):
            self.addItem(_dot(rag.colour), rag.label, rag.key)

    def set_value(self, value: str | None) -> None:
        try:
            key = Rag.parse(value).key
        except ValueError:
            key = None
        self.setCurrentIndex(max(self.findData(key), 0))

    def value(self) -> str | None:
        return self.currentData()


def _combo(values: tuple[str, ...], editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for v in values:
        combo.addItem(enums.label(v) if not editable else v, v)
    combo.setEditable(editable)
    return combo


def _set_combo(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    if i < 0 and combo.isEditable() and value:
        combo.setEditText(str(value))
        return
    combo.setCurrentIndex(max(i, 0))


def _combo_value(combo: QComboBox) -> Any:
    if combo.isEditable():
        text = combo.currentText().strip()
        return None if not text or text == "—" else text
    return combo.currentData()


def _money_box(currency: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(0)
    box.setRange(-1, 1e12)
    box.setSpecialValueText("—")
    box.setGroupSeparatorShown(True)
    box.setPrefix(CURRENCY_SYMBOLS.get(currency.upper(), f"{currency} "))
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setValue(-1)
    return box


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(12 + lines * box.fontMetrics().lineSpacing())
    return box


class _FieldForm:
    """Rows of label + widget + an error line under the widget, by field name."""

    def __init__(self) -> None:
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.pages: dict[str, int] = {}

    def add(self, form: QFormLayout, page: int, name: str, label: str, widget: QWidget) -> None:
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        widget.setObjectName(f"field_{name}")
        form.addRow(label, holder)
        self.widgets[name] = widget
        self.errors[name] = error
        self.pages[name] = page

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setVerticalSpacing(6)
    return form


class ProjectDialog(QDialog):
    """Create or edit a project: every field, validated next to the field."""

    def __init__(self, ctx: AppContext, row: dict[str, Any] | None, parent: QWidget | None = None,
                 *, programmes: list[str] | None = None, people: list[str] | None = None,
                 calculated: dict[str, str | None] | None = None, duplicate: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("projectDialog")
        self._ctx = ctx
        self._row = dict(row or {})
        self._own_id = None if duplicate or row is None else row.get("id")
        self._calculated = calculated
        if row is None:
            self.setWindowTitle("New project")
        elif duplicate:
            self.setWindowTitle("Duplicate project — fields only")
        else:
            self.setWindowTitle(f"Edit project {row.get('code')}")
        self.fields = _FieldForm()
        currency = ctx.store.currency
        known_programmes = programmes if programmes is not None else [
            r["name"] for r in ctx.store.rows("programme")]
        people = people or []

        self.tabs = QTabWidget()
        # -- Project
        page = QWidget()
        form = _form()
        page.setLayout(form)
        f = self.fields
        f.add(form, 0, "code", "Code", QLineEdit())
        f.add(form, 0, "name", "Name", QLineEdit())
        programme = QComboBox()
        programme.addItem("— none —", None)
        for name in known_programmes:
            programme.addItem(name, name)
        f.add(form, 0, "programme", "Programme", programme)
        f.add(form, 0, "manager", "Manager", _combo(tuple(people), editable=True))
        f.add(form, 0, "sponsor", "Sponsor", _combo(tuple(people), editable=True))
        f.add(form, 0, "stage", "Stage", _combo(enums.PROJECT_STAGES))
        f.add(form, 0, "state", "State", _combo(enums.PROJECT_STATES))
        f.add(form, 0, "priority", "Priority", _combo(enums.PRIORITIES))
        tier = QSpinBox()
        tier.setRange(0, 5)
        tier.setSpecialValueText("—")
        f.add(form, 0, "tier", "Tier", tier)
        f.add(form, 0, "department", "Department", QLineEdit())
        f.add(form, 0, "description", "Description", _text_box(3))
        self.tabs.addTab(page, "Project")
        # -- Schedule & budget
        page = QWidget()
        form = _form()
        page.setLayout(form)
        for name, label in (("start_baseline", "Baseline start"), ("finish_baseline", "Baseline finish"),
                            ("start_forecast", "Forecast start"), ("finish_forecast", "Forecast finish"),
                            ("start_actual", "Actual start"), ("finish_actual", "Actual finish")):
            f.add(form, 1, name, label, OptionalDateEdit())
        f.add(form, 1, "bac", "Budget (BAC)", _money_box(currency))
        f.add(form, 1, "eac", "Forecast (EAC)", _money_box(currency))
        pct = QSpinBox()
        pct.setRange(-1, 100)
        pct.setSuffix("%")
        pct.setSpecialValueText("—")
        f.add(form, 1, "pct_complete", "Complete", pct)
        tol = QDoubleSpinBox()
        tol.setRange(-1, 100)
        tol.setDecimals(1)
        tol.setSuffix("%")
        tol.setSpecialValueText("—")
        f.add(form, 1, "tolerance_cost_pct", "Cost tolerance", tol)
        days = QSpinBox()
        days.setRange(-1, 3650)
        days.setSuffix(" days")
        days.setSpecialValueText("—")
        f.add(form, 1, "tolerance_time_days", "Time tolerance", days)
        self.tabs.addTab(page, "Schedule && budget")
        # -- Status
        page = QWidget()
        form = _form()
        page.setLayout(form)
        f.add(form, 2, "status_date", "Status date", OptionalDateEdit())
        rag_grid = QWidget()
        grid = QGridLayout(rag_grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rag_combos: dict[str, RagCombo] = {}
        for n, dim in enumerate(DIMENSIONS):
            combo = RagCombo()
            combo.setObjectName(f"field_rag_{dim}")
            self.rag_combos[dim] = combo
            grid.addWidget(QLabel(dim.capitalize()), n // 4 * 2, n % 4)
            grid.addWidget(combo, n // 4 * 2 + 1, n % 4)
        form.addRow("Reported RAG", rag_grid)
        for dim, combo in self.rag_combos.items():
            f.widgets[f"rag_{dim}"] = combo
            f.pages[f"rag_{dim}"] = 2
        if calculated:
            calc = ", ".join(f"{d} {Rag.parse(calculated.get(d)).label.lower()}"
                             for d in ("overall", "schedule", "cost", "risk", "resource"))
            hint = QLabel(f"Calculated: {calc}")
            hint.setObjectName("viewSubtitle")
            hint.setWordWrap(True)
            form.addRow("", hint)
        f.add(form, 2, "rag_justification", "Justification", _text_box(2))
        f.add(form, 2, "summary", "Summary", _text_box(3))
        f.add(form, 2, "next_steps", "Next steps", _text_box(2))
        f.add(form, 2, "dca_rating", "DCA rating", QLineEdit())
        f.add(form, 2, "benefits", "Benefits", _text_box(2))
        self.tabs.addTab(page, "Status")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            "Create" if self._own_id is None else "Save")
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._fill()
        self.resize(560, 600)

    def _fill(self) -> None:
        row, w = self._row, self.fields.widgets
        for name in ("code", "name", "department", "dca_rating"):
            w[name].setText(str(row.get(name) or ""))  # type: ignore[attr-defined]
        for name in ("description", "rag_justification", "summary", "next_steps", "benefits"):
            w[name].setPlainText(str(row.get(name) or ""))  # type: ignore[attr-defined]
        programme_name = None
        if row.get("programme_id"):
            prog = self._ctx.store.get("programme", int(row["programme_id"]))
            programme_name = prog["name"] if prog else None
        _set_combo(w["programme"], programme_name)  # type: ignore[arg-type]
        for name in ("manager", "sponsor", "stage", "state", "priority"):
            _set_combo(w[name], row.get(name))  # type: ignore[arg-type]
        w["tier"].setValue(int(row.get("tier") or 0))  # type: ignore[attr-defined]
        for name in ("start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
                     "start_actual", "finish_actual", "status_date"):
            w[name].set_value(row.get(name))  # type: ignore[attr-defined]
        for name in ("bac", "eac"):
            value = row.get(name)
            w[name].setValue(-1 if value is None else float(value))  # type: ignore[attr-defined]
        pct = row.get("pct_complete")
        w["pct_complete"].setValue(-1 if pct is None else round(pct * 100))  # type: ignore[attr-defined]
        tol = row.get("tolerance_cost_pct")
        w["tolerance_cost_pct"].setValue(-1 if tol is None else float(tol))  # type: ignore[attr-defined]
        days = row.get("tolerance_time_days")
        w["tolerance_time_days"].setValue(-1 if days is None else int(days))  # type: ignore[attr-defined]
        for dim, combo in self.rag_combos.items():
            combo.set_value(row.get(f"rag_{dim}"))

    def values(self) -> dict[str, Any]:
        """The project's fields as they would be stored."""
        w = self.fields.widgets

        def text(name: str) -> str | None:
            widget = w[name]
            value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]
            return value.strip() or None

        def number(name: str, scale: float = 1.0) -> float | None:
            value = w[name].value()  # type: ignore[attr-defined]
            return None if value < 0 else value * scale

        out: dict[str, Any] = {
            "code": text("code") or "", "name": text("name") or "",
            "department": text("department"), "dca_rating": text("dca_rating"),
            "description": text("description"), "rag_justification": text("rag_justification"),
            "summary": text("summary"), "next_steps": text("next_steps"),
            "benefits": text("benefits"),
        }
        for name in ("manager", "sponsor", "stage", "state", "priority"):
            out[name] = _combo_value(w[name])  # type: ignore[arg-type]
        tier = w["tier"].value()  # type: ignore[attr-defined]
        out["tier"] = tier or None
        for name in ("start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
                     "start_actual", "finish_actual", "status_date"):
            out[name] = w[name].iso()  # type: ignore[attr-defined]
        out["bac"] = number("bac")
        out["eac"] = number("eac")
        pct = number("pct_complete")
        out["pct_complete"] = None if pct is None else round(pct / 100, 4)
        out["tolerance_cost_pct"] = number("tolerance_cost_pct")
        days = number("tolerance_time_days")
        out["tolerance_time_days"] = None if days is None else int(days)
        for dim, combo in self.rag_combos.items():
            out[f"rag_{dim}"] = combo.value()
        programme = _combo_value(w["programme"])  # type: ignore[arg-type]
        out["programme_id"] = (self._ctx.store.find_id("programme", {"name": programme})
                               if programme else None)
        return out

    def errors(self) -> dict[str, str]:
        return validate_project(self.values(), self._ctx.store, self._own_id, self._calculated)

    @Slot()
    def _on_accept(self) -> None:
        errors = self.errors()
        self.fields.show_errors(errors)
        if errors:
            first = min(errors, key=lambda n: self.fields.pages.get(n, 0))
            self.tabs.setCurrentIndex(self.fields.pages.get(first, 0))
            self.fields.widgets[first].setFocus()
            return
        self.accept()


class StatusDialog(QDialog):
    """This period's status of one project: RAG per dimension with justification."""

    def __init__(self, ctx: AppContext, row: dict[str, Any], calculated: dict[str, str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.setWindowTitle(f"Status of {row['code']} — {row['name']}")
        self._ctx = ctx
        self._row = row
        self._calculated = calculated
        self.fields = _FieldForm()
        form = _form()
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(QLabel("<b>Reported</b>"), 0, 1)
        grid.addWidget(QLabel("<b>Calculated</b>"), 0, 2)
        self.rag_combos: dict[str, RagCombo] = {}
        for n, dim in enumerate(DIMENSIONS, start=1):
            combo = RagCombo()
            combo.setObjectName(f"field_rag_{dim}")
            combo.set_value(row.get(f"rag_{dim}"))
            self.rag_combos[dim] = combo
            grid.addWidget(QLabel(dim.capitalize()), n, 0)
            grid.addWidget(combo, n, 1)
            calc = calculated.get(dim) if dim in calculated else None
            grid.addWidget(QLabel(Rag.parse(calc).label if dim in calculated else "—"), n, 2)
        form.addRow(grid_holder)
        self.fields.widgets.update({f"rag_{d}": c for d, c in self.rag_combos.items()})
        self.fields.add(form, 0, "rag_justification", "Justification", _text_box(2))
        self.fields.add(form, 0, "summary", "Summary", _text_box(3))
        self.fields.add(form, 0, "next_steps", "Next steps", _text_box(2))
        pct = QSpinBox()
        pct.setRange(-1, 100)
        pct.setSuffix("%")
        pct.setSpecialValueText("—")
        self.fields.add(form, 0, "pct_complete", "Complete", pct)
        self.fields.add(form, 0, "finish_forecast", "Forecast finish", OptionalDateEdit())
        self.fields.add(form, 0, "status_date", "Status date", OptionalDateEdit())
        w = self.fields.widgets
        for name in ("rag_justification", "summary", "next_steps"):
            w[name].setPlainText(str(row.get(name) or ""))  # type: ignore[attr-defined]
        value = row.get("pct_complete")
        pct.setValue(-1 if value is None else round(value * 100))
        w["finish_forecast"].set_value(row.get("finish_forecast"))  # type: ignore[attr-defined]
        w["status_date"].set_value(ctx.as_of())  # type: ignore[attr-defined]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        w = self.fields.widgets
        out: dict[str, Any] = {f"rag_{d}": c.value() for d, c in self.rag_combos.items()}
        for name in ("rag_justification", "summary", "next_steps"):
            out[name] = w[name].toPlainText().strip() or None  # type: ignore[attr-defined]
        pct = w["pct_complete"].value()  # type: ignore[attr-defined]
        out["pct_complete"] = None if pct < 0 else round(pct / 100, 4)
        out["finish_forecast"] = w["finish_forecast"].iso()  # type: ignore[attr-defined]
        out["status_date"] = w["status_date"].iso()  # type: ignore[attr-defined]
        return out

    def errors(self) -> dict[str, str]:
        values = dict(self.values())
        values["start_forecast"] = self._row.get("start_forecast")
        errors = validate_project(values, self._ctx.store, self._row.get("id"), self._calculated)
        return {k: v for k, v in errors.items() if k in self.fields.errors}

    @Slot()
    def _on_accept(self) -> None:
        errors = self.errors()
        self.fields.show_errors(errors)
        if errors:
            self.fields.widgets[next(iter(errors))].setFocus()
            return
        self.accept()
