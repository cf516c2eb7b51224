"""The register's scope: every project, one programme's projects, or one project."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from pmo_desktop.store import Store
from pmo_desktop.store.queries_raid import project_scopes

from ..viewkit.choices import ChoiceListModel, use_choices
from ..viewkit.i18n import tr

Scopes = tuple[list[tuple[Any, str]], dict[str, list[str]]]


def read_scopes(store: Store) -> Scopes:
    """The combo's items (``programme:<name>``/``project:<code>`` values) and each
    programme's project codes: every programme and project, with or without RAID items."""
    items: list[tuple[Any, str]] = [(None, tr("All projects"))]
    programmes: dict[str, list[str]] = {}
    projects = project_scopes(store)
    for code, _name, programme in projects:
        if programme:
            programmes.setdefault(programme, []).append(code)
    items += [(f"programme:{g}", tr("Programme: {g}").format(g=g))
              for g in sorted(programmes, key=str.lower)]
    items += [(f"project:{code}", f"{code} — {name}".rstrip(" —"))
              for code, name, _g in projects]
    return items, programmes


class ScopeBox(QComboBox):
    """Signals: ``scope_changed(object)``: the project codes in scope (``None``: all)."""

    scope_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raid_scope")
        self.setToolTip(tr("Show one programme's or one project's items"))
        self._model = ChoiceListModel([(None, tr("All projects"))], self)
        use_choices(self, self._model, 16)
        self._programmes: dict[str, list[str]] = {}
        self.currentIndexChanged.connect(self._on_changed)

    def set_scopes(self, scopes: Scopes) -> None:
        """New items; the scope chosen stays when it is still there."""
        items, self._programmes = scopes
        current = self.currentData()
        self.blockSignals(True)
        self._model.set_items(items)
        self.setCurrentIndex(max(0, self._model.row_of(current)))
        self.blockSignals(False)
        self._on_changed()

    def scope(self) -> tuple[str, str] | None:
        """``("programme", name)``, ``("project", code)`` or ``None`` (every project)."""
        data = self.currentData()
        if not isinstance(data, str) or ":" not in data:
            return None
        kind, _sep, name = data.partition(":")
        return kind, name

    def set_scope(self, kind: str | None, name: str = "") -> None:
        value = f"{kind}:{name}" if kind else None
        row = self._model.row_of(value)
        if row < 0 and kind:  # not read yet: keep it, it filters all the same
            items = [(self._model.value(n), self.itemText(n)) for n in range(self.count())]
            self._model.set_items([*items, (value, f"{kind.capitalize()}: {name}")])
            row = self._model.row_of(value)
        self.setCurrentIndex(max(0, row))
        self._on_changed()

    def codes(self) -> list[str] | None:
        scope = self.scope()
        if scope is None:
            return None
        if scope[0] == "project":
            return [scope[1]]
        return self._programmes.get(scope[1]) or ["\0"]  # a programme without projects

    @Slot()
    def _on_changed(self) -> None:
        self.scope_changed.emit(self.codes())


__all__ = ["ScopeBox", "Scopes", "read_scopes"]
