"""Look and feel: Fusion with a light or dark palette that follows the system scheme.

``apply_theme(app)`` is called once; it re-applies itself when the system switches
between light and dark (``QStyleHints.colorSchemeChanged``). Colours that widgets
paint themselves (chips, empty states, the wizard's steps) come from ``colours()`` so
they match; the palette helpers at the end (``is_dark``, ``muted_colour``, ``band_text_colour``)
derive colours from a widget's palette for the views that follow it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pmo_desktop.domain.colour import text_on


@dataclass(frozen=True)
class Colours:
    """The few colours our own widgets use besides the palette."""

    dark: bool
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    nav: str
    nav_selected: str
    chip: str
    danger: str
    warning: str
    success: str


LIGHT = Colours(
    dark=False, window="#f4f6f8", base="#ffffff", alt_base="#f8f9fb", text="#1f2933",
    muted="#616e7c", border="#d9dee4", accent="#1d5fa8", accent_text="#ffffff",
    nav="#eaeef2", nav_selected="#d4e2f4", chip="#e3ebf6", danger="#b4261b",
    warning="#a15c00", success="#00703c",
)
DARK = Colours(
    dark=True, window="#1e2227", base="#16191d", alt_base="#1b1f24", text="#e4e7eb",
    muted="#9aa5b1", border="#343b44", accent="#5b9be0", accent_text="#0b1016",
    nav="#191c20", nav_selected="#2a3a4f", chip="#26344a", danger="#ff8a7a",
    warning="#f0b955", success="#5fcf91",
)


def _scheme_is_dark() -> bool:
    """Whether the system asks for the dark scheme (the palette then follows)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def colours() -> Colours:
    return DARK if _scheme_is_dark() else LIGHT


def _palette(c: Colours) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor(c.window))
    p.setColor(role.WindowText, QColor(c.text))
    p.setColor(role.Base, QColor(c.base))
    p.setColor(role.AlternateBase, QColor(c.alt_base))
    p.setColor(role.ToolTipBase, QColor(c.base))
    p.setColor(role.ToolTipText, QColor(c.text))
    p.setColor(role.PlaceholderText, QColor(c.muted))
    p.setColor(role.Text, QColor(c.text))
    p.setColor(role.Button, QColor(c.base if not c.dark else "#2a2f36"))
    p.setColor(role.ButtonText, QColor(c.text))
    p.setColor(role.BrightText, QColor("#ffffff"))
    p.setColor(role.Highlight, QColor(c.accent))
    p.setColor(role.HighlightedText, QColor(c.accent_text))
    p.setColor(role.Link, QColor(c.accent))
    p.setColor(role.Mid, QColor(c.border))
    p.setColor(role.Midlight, QColor(c.border))
    p.setColor(role.Light, QColor(c.base))
    p.setColor(role.Dark, QColor(c.border))
    p.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c.muted))
    return p


def stylesheet(c: Colours) -> str:
    return f"""
QWidget#navPanel {{ background: {c.nav}; border-right: 1px solid {c.border}; }}
QLabel#navTitle {{ font-weight: 600; font-size: 13px; color: {c.text}; }}
QLabel#navSubtitle {{ color: {c.muted}; font-size: 11px; }}
QListWidget#navList {{ background: transparent; border: none; outline: none; }}
QListWidget#navList::item {{ padding: 0 8px; margin: 1px 6px; border-radius: 6px; color: {c.text}; }}
QListWidget#navList::item:hover {{ background: {c.nav_selected}; }}
QListWidget#navList::item:selected {{ background: {c.nav_selected}; color: {c.text}; font-weight: 600; }}
QLabel#viewTitle {{ font-size: 18px; font-weight: 600; }}
QLabel#viewSubtitle {{ color: {c.muted}; }}
QLabel#emptyTitle {{ font-size: 16px; font-weight: 600; }}
QLabel#emptyText {{ color: {c.muted}; }}
QLabel#fieldError {{ color: {c.danger}; font-size: 11px; }}
QFrame#chip {{ background: {c.chip}; border-radius: 11px; }}
QFrame#chip QLabel {{ color: {c.text}; }}
QToolButton#chipClose {{ border: none; padding: 0; }}
QPushButton#primary {{ background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
    border-radius: 4px; padding: 4px 12px; font-weight: 600; }}
QPushButton#primary:hover {{ background: {QColor(c.accent).lighter(110).name()}; }}
QTreeView, QTableView {{ border: 1px solid {c.border}; }}
QHeaderView::section {{ padding: 4px 6px; border: none; border-right: 1px solid {c.border};
    border-bottom: 1px solid {c.border}; background: {c.alt_base}; font-weight: 600; }}
QStatusBar QLabel {{ color: {c.muted}; padding: 0 6px; }}
"""


class _ThemeWatcher(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        _apply(self._app)


def _apply(app: QApplication) -> None:
    c = colours()
    app.setPalette(_palette(c))
    app.setStyleSheet(stylesheet(c))


def apply_theme(app: QApplication) -> None:
    """Fusion style, our palette for the system's scheme, and follow its changes."""
    app.setStyle("Fusion")
    _apply(app)
    if app.findChild(_ThemeWatcher) is None:
        _ThemeWatcher(app)


# -- helpers over a widget's palette (the views follow it) ------------------------------
def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: the text colour halfway towards the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor((text.red() + back.red()) // 2, (text.green() + back.green()) // 2,
                  (text.blue() + back.blue()) // 2)


_BAND_TEXT: dict[int, str] = {}


def band_text_colour(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``fill`` (WCAG, as the pack does).

    Worked out once per fill colour (delegates ask for it on every paint of a cell)."""
    rgb = fill.rgb()
    name = _BAND_TEXT.get(rgb)
    if name is None:
        name = _BAND_TEXT[rgb] = text_on(fill.name(), "#0B0C0C", "#FFFFFF")
    return QColor(name)

