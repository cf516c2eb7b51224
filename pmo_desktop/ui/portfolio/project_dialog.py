"""The project dialog: every field of a project on three tabs, to create, edit or
duplicate one.

It validates before it closes and says what is wrong next to the field; it returns
plain values (``values()``) and never writes: the caller pushes a command. Its widgets
are in ``project_fields``, its rules in ``project_rules``; the status dialog (RAG with
justification) is ``status_dialog.StatusDialog``, also reachable from here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from pmo_desktop.domain import enums
from pmo_desktop.domain.rag import Rag
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.viewkit.date_edit import OptionalDateEdit

from .project_fields import (
    DIMENSIONS, RagCombo, _combo, _combo_value, _FieldForm, _form, _money_box, _set_combo,
    _text_box,
)
from .project_rules import needs_justification, suggest_code, validate_project
from .status_dialog import StatusDialog

__all__ = ["ProjectDialog", "StatusDialog", "needs_justification", "suggest_code",
           "validate_project"]


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
        f.add(form, 0, "location", "Location", QLineEdit())
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
        for name in ("code", "name", "department", "location", "dca_rating"):
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
            "department": text("department"), "location": text("location"),
            "dca_rating": text("dca_rating"),
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
