"""The columns-from-titles part every table model of the wizard shares, and the rule
that none of them hands Qt a tooltip it could read as HTML."""

from __future__ import annotations

import functools
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui

from pmo_desktop.ui.plain import plain_tip

from . import labels as L

Index = QModelIndex | QPersistentModelIndex
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


def plain_tooltips(data: Callable[..., Any]) -> Callable[..., Any]:
    """``data()`` whose tooltips show their text literally: tracker text (a sheet named
    ``<b>R&D</b>``, a cell holding ``<img src=…>``) reaches tooltips, and Qt reads a
    tooltip that looks like HTML as HTML."""

    @functools.wraps(data)
    def wrapper(self: Any, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = data(self, index, role)
        if role == _TOOLTIP and isinstance(value, str) and GuiQt.mightBeRichText(value):
            return plain_tip(value)  # text that does not look like HTML is shown as it is
        return value

    wrapper.plain_tooltips = True  # type: ignore[attr-defined]
    return wrapper


class TitledTableModel(QAbstractTableModel):
    """A table model whose columns are its translated ``_TITLES``; every subclass's
    ``data()`` gets plain tooltips (``plain_tooltips``) without having to ask."""

    _TITLES: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("data")
        if own is not None and not getattr(own, "plain_tooltips", False):
            cls.data = plain_tooltips(own)  # type: ignore[method-assign]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return L.tr(self._TITLES[section])
        return None
