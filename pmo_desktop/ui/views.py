"""The registry of views: name → title, icon and the dotted path of ``create_view``.

Each view is built the first time it is shown. Its module is imported at start-up
(``preload``, before the window shows): importing a view's modules the first time it
was opened cost 20–300 ms of a frozen window at that click (the Dashboard's charts and
queries most). A view package that is missing (not written yet, or left out of a
build) or fails to build shows a placeholder page instead of breaking the window.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.viewkit.empty_state import EmptyPanel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ViewSpec:
    name: str
    title: str
    icon: str
    target: str  # "package.module:function"
    in_nav: bool = True
    shortcut: str = ""


VIEWS: dict[str, ViewSpec] = {spec.name: spec for spec in (
    ViewSpec("dashboard", "Dashboard", "dashboard", "pmo_desktop.ui.dashboard:create_view",
             shortcut="Ctrl+1"),
    ViewSpec("portfolio", "Portfolio", "portfolio", "pmo_desktop.ui.portfolio:create_view",
             shortcut="Ctrl+2"),
    ViewSpec("risks", "Risks & RAID", "risks", "pmo_desktop.ui.raid:create_view",
             shortcut="Ctrl+3"),
    ViewSpec("roadmap", "Roadmap", "roadmap", "pmo_desktop.ui.roadmap:create_view",
             shortcut="Ctrl+Shift+R"),
    ViewSpec("resources", "Resources", "resources", "pmo_desktop.ui.resources:create_view",
             shortcut="Ctrl+4"),
    ViewSpec("financials", "Financials", "financials", "pmo_desktop.ui.financials:create_view",
             shortcut="Ctrl+5"),
    ViewSpec("changes", "Changes", "changes", "pmo_desktop.ui.changes:create_view",
             shortcut="Ctrl+6"),
    ViewSpec("change_control", "Change control", "change_control",
             "pmo_desktop.ui.change_control:create_view", shortcut="Ctrl+9"),
    ViewSpec("periods", "Periods", "periods", "pmo_desktop.ui.periods:create_view",
             shortcut="Ctrl+7"),
    ViewSpec("quality", "Data quality", "quality", "pmo_desktop.ui.quality:create_view",
             shortcut="Ctrl+8"),
    ViewSpec("lessons", "Lessons", "lessons", "pmo_desktop.ui.lessons:create_view",
             shortcut="Ctrl+0"),
    ViewSpec("strategy", "Strategy", "portfolio", "pmo_desktop.ui.strategy:create_view",
             shortcut="Ctrl+Shift+S"),
    ViewSpec("pipeline", "Pipeline", "new", "pmo_desktop.ui.strategy:create_pipeline",
             shortcut="Ctrl+Shift+P"),
    ViewSpec("governance", "Governance", "lessons",
             "pmo_desktop.ui.strategy:create_governance", shortcut="Ctrl+Shift+G"),
    ViewSpec("project", "Project", "project", "pmo_desktop.ui.detail:create_view", in_nav=False),
)}
DEFAULT_VIEW = "portfolio"


class PlaceholderView(EmptyPanel):
    """Shown for a view that is not available; says so instead of failing."""

    def __init__(self, spec: ViewSpec, reason: str = "") -> None:
        text = reason or "This part of PMO Desktop is not in this build yet."
        super().__init__(spec.title, text, spec.icon)
        self.setObjectName(f"placeholder_{spec.name}")
        self.spec = spec


def _missing_package(exc: ImportError, module: str) -> bool:
    name = getattr(exc, "name", None) or ""
    return bool(name) and (module == name or module.startswith(name + "."))


def preload() -> None:
    """Import every view's module now (a missing or broken one is left for
    ``create_view`` to report when the view is shown)."""
    for spec in VIEWS.values():
        try:
            importlib.import_module(spec.target.partition(":")[0])
        except Exception:  # noqa: BLE001 - reported by create_view, with a placeholder
            log.debug("view %s not preloaded", spec.name, exc_info=True)


def create_view(spec: ViewSpec, ctx: AppContext) -> QWidget:
    """Build the view of ``spec`` over ``ctx``, or a placeholder when it cannot be built."""
    module_name, _, func_name = spec.target.partition(":")
    try:
        module = importlib.import_module(module_name)
        factory = getattr(module, func_name)
    except ImportError as exc:
        if _missing_package(exc, module_name):
            return PlaceholderView(spec)
        log.exception("The %s view could not be loaded", spec.name)
        return PlaceholderView(spec, f"This view could not be loaded: {exc}")
    except AttributeError:
        return PlaceholderView(spec)
    try:
        widget = factory(ctx)
    except Exception as exc:  # a broken view must not take the window down
        log.exception("The %s view failed to open", spec.name)
        return PlaceholderView(spec, f"This view failed to open: {exc}")
    if not isinstance(widget, QWidget):
        return PlaceholderView(spec, "This view did not return a widget.")
    return widget
