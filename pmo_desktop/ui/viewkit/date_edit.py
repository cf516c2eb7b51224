"""A date editor that can also hold "no date" (shown as an em dash)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

_NONE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """``value()`` is a ``date`` or ``None``; the minimum date stands for "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd MMM yyyy")
        self.setMinimumDate(_NONE)
        self.setSpecialValueText("—")
        self.set_value(None)

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value[:10])
            except ValueError:
                value = None
        self.setDate(QDate(value.year, value.month, value.day) if value else _NONE)

    def value(self) -> date | None:
        qd = self.date()
        if qd == _NONE or not qd.isValid():
            return None
        return date(qd.year(), qd.month(), qd.day())

    def iso(self) -> str | None:
        v = self.value()
        return v.isoformat() if v else None
