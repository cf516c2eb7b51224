"""One dialog to create or edit a record of any entity, built from the field catalogue.

``RecordDialog`` shows the fields of ``operations.fields`` for the entity (or a chosen
subset, in the caller's order): a line for text, a box for paragraphs, a date editor,
combos for allowed values, RAG with colour dots, 1–5 scales, a combo of names for a
link (programme, role, resource). Numbers, money and percentages are typed as people
type them (``1.2m``, ``80%``) and read by the importer's parsers. OK reads every field,
shows what is wrong under the field, and only then hands the values to ``on_submit``;
when that returns a message (the store refused: a duplicate key, a record changed
elsewhere) the dialog stays open and says so. It never writes itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout,
    QLineEdit,
    QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from pmo_desktop.domain import enums
from pmo_desktop.operations.fields import (
    LINKS, FieldError, FieldSpec, field_specs, parse_value, resolve_links, validate,
)
from pmo_desktop.operations.record_rules import record_problems
from pmo_desktop.operations.records import entity_label

from .context import AppContext
from .plain import plain_label
from .portfolio.project_fields import RagCombo, _FieldForm, _form
from .viewkit.date_edit import OptionalDateEdit

__all__ = ["RecordDialog", "Submit", "describe", "scale_label"]

# What ``on_submit`` gets (the values by column) and returns (``None``: done; a message:
# the store refused, the dialog stays open and shows it).
Submit = Callable[[dict[str, Any]], str | None]

_SCALE = {1: "Very low", 2: "Low", 3: "Medium", 4: "High", 5: "Very high"}


def scale_label(value: int) -> str:
    """``4`` → ``4 · High``: the 1–5 scale as the form and registers show it."""
    return f"{value} · {_SCALE.get(value, '')}".rstrip(" ·")


def describe(entity: str, record: Mapping[str, Any]) -> str:
    """A record as a sentence names it: ``risk R-004 “Vendor late”``, ``project DCX-101``."""
    label = entity_label(entity)
    ident = (record.get("ref") or record.get("code") or record.get("name")
             or record.get("period") or record.get("gate_code"))
    title = record.get("title") if record.get("title") != ident else None
    text = f"{label} {ident}" if ident else label
    return f"{text} “{title}”" if title else text


def _number_text(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return ""
    if spec.kind == "pct":
        return f"{float(value) * (1 if spec.points else 100):g}%"
    if spec.kind == "money":
        return f"{float(value):,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Field:
    """One field's widget: how to show a stored value and read back what is typed."""

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    def set(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, OptionalDateEdit):
            w.set_value(value)
        elif isinstance(w, RagCombo):
            w.set_value(value)
        elif isinstance(w, QComboBox):
            i = w.findData(value)
            if i < 0 and w.isEditable() and value is not None:
                w.setEditText(str(value))
            else:
                w.setCurrentIndex(max(i, 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QLineEdit):
            kind = self.spec.kind
            w.setText(_number_text(self.spec, value) if kind in ("pct", "money", "int", "float")
                      else "" if value is None else str(value))

    def typed(self) -> Any:
        """What the widget holds, as typed (before ``parse_value``)."""
        w = self.widget
        if isinstance(w, OptionalDateEdit):
            return w.iso()
        if isinstance(w, RagCombo):
            return w.value()
        if isinstance(w, QComboBox):
            if w.isEditable():
                text = w.currentText().strip()
                return None if text in ("", "—") else text
            return w.currentData()
        if isinstance(w, QCheckBox):
            return 1 if w.isChecked() else 0
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QLineEdit):
            return w.text()
        return None


class RecordDialog(QDialog):
    """Create or edit one record of ``entity``; see the module docstring.

    ``record`` holds the stored values (by column) to start from; ``fixed`` are columns
    the caller sets and the form does not show (``project_id``, …); ``fields`` limits
    and orders the catalogue fields shown (by field name); ``choices`` offers a text
    field's allowed values from a list (a gate's name from the portfolio's sequence)."""

    def __init__(self, ctx: AppContext, entity: str, record: Mapping[str, Any] | None = None,
                 *, fixed: Mapping[str, Any] | None = None, fields: Sequence[str] | None = None,
                 creating: bool | None = None, on_submit: Submit | None = None,
                 title: str | None = None, parent: QWidget | None = None,
                 choices: Mapping[str, Sequence[str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self._ctx = ctx
        self.entity = entity
        self.record = dict(record or {})
        self.fixed = dict(fixed or {})
        self.creating = creating if creating is not None else "id" not in self.record
        self.on_submit = on_submit
        self._values: dict[str, Any] = {}
        if choices is None and entity == "gate":  # a gate is one of the portfolio's gates
            choices = {"gate_code": ctx.store.gate_names()}
        self._choices = {k: list(v) for k, v in (choices or {}).items()}
        specs = {s.name: s for s in field_specs(entity)}
        shown = [n for n in (fields or list(specs)) if n in specs]
        self.specs = [specs[n] for n in shown if specs[n].column not in self.fixed]
        self.setWindowTitle(title or (f"New {entity_label(entity)}" if self.creating
                                      else f"Edit {describe(entity, self.record)}"))
        self.fields: dict[str, _Field] = {}
        self._form = _FieldForm()
        self.errors = self._form.errors  # the error line under each field, by name
        self._build()
        for name, field in self.fields.items():
            field.set(self._shown_value(field.spec))

    # -- building -----------------------------------------------------------------
    def _build(self) -> None:
        # Many fields: the paragraphs go in a second column, so the form fits a laptop
        # screen without a long scroll.
        longs = [s for s in self.specs if s.kind == "longtext"]
        two_columns = len(self.specs) > 12 and len(longs) >= 3
        form, side = _form(), _form()
        for spec in self.specs:
            target = side if two_columns and spec.kind == "longtext" else form
            widget = self._widget(spec)
            self._form.add(target, 0, spec.name, spec.label + (" *" if spec.required else ""),
                           widget)
            self.fields[spec.name] = _Field(spec, widget)
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.addLayout(form, 1)
        if two_columns:
            columns.addLayout(side, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.banner = plain_label(name="formError", wrap=True)
        self.banner.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Create" if self.creating else "Save")
        ok.setObjectName("recordOk")
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        rows = max(form.rowCount(), side.rowCount() * 2)
        self.resize(1000 if two_columns else 600, max(260, min(660, 120 + 44 * rows)))

    def _widget(self, spec: FieldSpec) -> QWidget:
        kind = spec.kind
        if spec.name in self._choices:
            combo = QComboBox()
            combo.addItem("—", None)
            listed = self._choices[spec.name]
            current = self.record.get(spec.column)
            for value in listed + ([current] if current and current not in listed else []):
                combo.addItem(str(value), value)  # a value the list has since dropped stays
            return combo
        if kind == "date":
            return OptionalDateEdit()
        if kind == "rag":
            return RagCombo()
        if kind in ("enum", "scale"):
            combo = QComboBox()
            combo.addItem("—", None)
            if kind == "scale":
                for n in range(1, 6):
                    combo.addItem(scale_label(n), n)
            else:
                for value in spec.choices:
                    combo.addItem(enums.label(value), value)
            return combo
        if kind == "link":
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem("—", None)
            _name, target, key = LINKS[spec.column]
            for row in self._ctx.store.rows(target):
                combo.addItem(str(row[key]), row[key])
            return combo
        if kind == "bool":
            return QCheckBox()
        if kind == "longtext":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(12 + 3 * box.fontMetrics().lineSpacing())
            return box
        line = QLineEdit()
        line.setPlaceholderText({"money": "e.g. 85, 250k or 1.2m", "pct": "e.g. 80%",
                                 "period": "e.g. 2026-11 or Nov 2026"}.get(kind, ""))
        return line

    def _shown_value(self, spec: FieldSpec) -> Any:
        value = self.record.get(spec.column)
        if spec.kind == "link" and value is not None:
            _name, target, key = LINKS[spec.column]
            row = self._ctx.store.get(target, int(value))
            return row[key] if row else None
        return value

    # -- reading ------------------------------------------------------------------
    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(values by column with the fixed ones, errors by field name)."""
        typed: dict[str, Any] = {}
        errors: dict[str, str] = {}
        as_of = self._ctx.as_of()
        for name, field in self.fields.items():
            try:
                typed[name] = parse_value(field.spec, field.typed(), as_of=as_of)
            except FieldError as exc:
                errors[name] = str(exc)
        for name, message in validate(self.entity, typed, creating=self.creating).items():
            if name in self.fields:
                errors.setdefault(name, message)
        edited = None if self.creating else self.record.get("id")
        for name, message in record_problems(
                self._ctx.store, self.entity, {k: v for k, v in typed.items() if k not in errors},
                entity_id=None if edited is None else int(edited)).items():
            if name in self.fields:
                errors.setdefault(name, message[:1].upper() + message[1:])
        values: dict[str, Any] = {}
        for name, value in typed.items():
            if name in errors:
                continue
            try:
                values.update(resolve_links(self._ctx.store, self.entity, {name: value}))
            except FieldError as exc:
                errors[name] = str(exc)
        values.update(self.fixed)
        return values, errors

    def values(self) -> dict[str, Any]:
        """The values accepted (by column, links as ids, with ``fixed``)."""
        return dict(self._values)

    def changed(self) -> dict[str, Any]:
        """The accepted values that differ from the record the dialog started from."""
        return {k: v for k, v in self._values.items() if self.record.get(k) != v}

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self._form.show_errors(dict(errors))
        if errors:
            first = next(n for n in self.fields if n in errors)
            self.fields[first].widget.setFocus()

    def done(self, result: int) -> None:  # noqa: N802 (Qt)
        """Closed (accepted or not): let go of ``on_submit``, which usually holds this
        dialog (a closure over it), so no reference cycle outlives the dialog."""
        super().done(result)
        self.on_submit = None

    @Slot()
    def _on_accept(self) -> None:
        values, errors = self.read()
        self.show_errors(errors)
        if errors:
            return
        self._values = values
        message = self.on_submit(values) if self.on_submit else None
        self.banner.setText(message or "")
        self.banner.setVisible(bool(message))
        if not message:
            self.accept()
