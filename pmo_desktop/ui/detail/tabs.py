"""The project page's tabs, each built the first time it is shown.

``LazyTabs`` holds a ``QTabWidget`` and a list of ``(key, title, factory)``: every tab
starts as an empty placeholder with its title, and its factory runs (once) when the
tab becomes current or when code asks for the tab's widget (``page(key)``, or the
``pages``/``views``/``models`` mappings the page exposes). The built widget then takes
the placeholder's place. Building widgets is most of what opening a page costs the GUI
thread (their styling above all), and a person looks at one tab at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from ..viewkit.models import Column, RowFilterProxy, RowTableModel
from ..viewkit.widgets import fit_columns, make_table_view

TabSpec = tuple[str, str, Callable[[], QWidget]]
"""A tab: its key, its title and what builds its widget."""

__all__ = ["LazyTabs", "OnDemand", "TabSpec", "table_tab"]


class OnDemand(dict):  # type: ignore[type-arg]
    """A mapping by tab key whose missing key builds that tab first (``KeyError`` for a
    key that is no tab)."""

    def __init__(self, build: Callable[[str], object]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Any:
        self._build(key)
        return dict.__getitem__(self, key)


class LazyTabs(QObject):
    """The tabs of ``tabs``, built on first show (see the module doc)."""

    def __init__(self, tabs: QTabWidget, specs: list[TabSpec]) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.specs = list(specs)
        self.pages: dict[str, QWidget] = OnDemand(self.page)  # the built tabs' widgets
        for _key, title, _factory in self.specs:
            tabs.addTab(QWidget(), title)  # a placeholder until first shown
        tabs.currentChanged.connect(self._on_current_changed)
        self._on_current_changed(tabs.currentIndex())

    def keys(self) -> list[str]:
        return [key for key, _title, _factory in self.specs]

    def position(self, key: str) -> int:
        """The tab's index in the tab bar."""
        for position, (k, _title, _factory) in enumerate(self.specs):
            if k == key:
                return position
        raise KeyError(key)

    def page(self, key: str) -> QWidget:
        """The widget of tab ``key``, built now when it has not been shown yet."""
        page = self.pages.get(key)
        if page is not None:
            return page
        position = self.position(key)
        page = self.specs[position][2]()
        self.pages[key] = page
        tabs = self.tabs
        placeholder, current = tabs.widget(position), tabs.currentIndex()
        text = tabs.tabText(position)
        tabs.blockSignals(True)  # the same tab stays current: nobody needs to hear
        tabs.removeTab(position)
        tabs.insertTab(position, page, text)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        return page

    def show(self, key: str) -> None:
        """Make tab ``key`` current (building it)."""
        self.tabs.setCurrentIndex(self.position(key))

    def set_title(self, key: str, text: str) -> None:
        self.tabs.setTabText(self.position(key), text)

    @Slot(int)
    def _on_current_changed(self, position: int) -> None:
        if 0 <= position < len(self.specs):
            self.page(self.specs[position][0])


def table_tab(parent: QWidget, key: str, title: str, columns: list[Column[Any]],
              models: dict[str, Any], views: dict[str, Any],
              wrap: Callable[[QTableView], QWidget] | None = None) -> TabSpec:
    """A tab of one table: its model is made now (``models[key]``, filled with the page),
    its table (``views[key]``, named ``detail_<key>``, in ``wrap``'s widget if given)
    when the tab is first shown."""
    model: RowTableModel[Any] = RowTableModel(columns, parent=parent)
    models[key] = model

    def build() -> QWidget:
        proxy = RowFilterProxy(parent)
        proxy.setSourceModel(model)
        view = make_table_view(proxy, f"detail_{key}", parent)
        fit_columns(view, columns)
        views[key] = view
        return wrap(view) if wrap is not None else view
    return key, title, build
