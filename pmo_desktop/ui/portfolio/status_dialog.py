"""The status dialog: this period's RAG per dimension (reported beside calculated),
with its justification, summary, next steps, % complete and forecast finish.

It validates before it closes and says what is wrong next to the field; it returns
plain values (``values()``) and never writes: the caller pushes a command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.rag import Rag
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.viewkit.date_edit import OptionalDateEdit

from .project_fields import DIMENSIONS, RagCombo, _FieldForm, _form, _text_box
from .project_rules import validate_project


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
