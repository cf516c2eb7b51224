"""SVG icons from ``resources/icons/``, drawn crisp at any size and tinted to the palette.

Line icons are stored with one stroke colour (``#1f2933``); ``icon(name)`` repaints
them with the palette's text colour at paint time, so they follow a light/dark
switch without being reloaded. ``app.svg`` (and any icon whose name is in
``_FULL_COLOUR``) keeps its own colours.

A QIcon over a custom engine asks it for a pixmap on every paint of a button or list
item: each one is kept by icon, colour, size and scale (``_PIXMAPS``), so the
navigation's icons are not parsed and rendered from SVG again each time the window
switches views (10–15 ms an icon).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from pmo_desktop.resources import resource_path

_STROKE = b"#1f2933"
_FULL_COLOUR = frozenset({"app"})
_PIXMAPS: dict[tuple[str, str, int, int, float], QPixmap] = {}
_PIXMAPS_MAX = 512  # a few hundred icon renderings at most: cleared when full


@lru_cache(maxsize=None)
def _svg_bytes(name: str) -> bytes:
    path = resource_path(f"icons/{name}.svg")
    return path.read_bytes() if path.exists() else b""


def _colour_for(mode: QIcon.Mode, colour: str | None) -> str:
    if colour:
        return colour
    palette = QGuiApplication.palette()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else QPalette.ColorRole.WindowText
    return palette.color(group, role).name()


class SvgIconEngine(QIconEngine):
    """Renders one SVG at the requested size, recoloured for the icon mode."""

    def __init__(self, name: str, colour: str | None = None) -> None:
        super().__init__()
        self._name = name
        self._colour = colour

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        data = _svg_bytes(self._name)
        if self._name not in _FULL_COLOUR:
            data = data.replace(_STROKE, _colour_for(mode, self._colour).encode())
        return QSvgRenderer(QByteArray(data))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Drawn straight from the SVG: asking the painter for its device (to pick a
        # cached pixmap's scale) crashed PySide6 when the device was a temporary one.
        self._draw(painter, rect, mode)

    def _draw(self, painter: QPainter, rect: QRect, mode: QIcon.Mode) -> None:
        renderer = self._renderer(mode)
        if renderer.isValid():
            renderer.render(painter, rect.toRectF())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._cached(size, mode, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        return self._cached(QSize(round(size.width() * scale), round(size.height() * scale)),
                            mode, scale)

    def _cached(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        """The icon drawn at ``size`` pixels (for a ``scale`` device pixel ratio), drawn
        once per colour: the palette's colour is part of the key, so a light/dark switch
        draws it anew."""
        colour = "" if self._name in _FULL_COLOUR else _colour_for(mode, self._colour)
        key = (self._name, colour, size.width(), size.height(), scale)
        pixmap = _PIXMAPS.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw(painter, QRect(QPoint(0, 0), size), mode)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            if len(_PIXMAPS) >= _PIXMAPS_MAX:
                _PIXMAPS.clear()
            _PIXMAPS[key] = pixmap
        return QPixmap(pixmap)  # a shallow copy: the caller may change its own

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._name, self._colour)

    def key(self) -> str:
        return "pmo-svg"


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon when there is none."""
    if not _svg_bytes(name):
        return QIcon()
    return QIcon(SvgIconEngine(name, colour))


def icon_pixmap(name: str, size: int, colour: str | None = None, ratio: float = 2.0) -> QPixmap:
    """A pixmap of the icon for labels (rendered at ``ratio`` for high-DPI screens)."""
    engine = SvgIconEngine(name, colour)
    return engine.scaledPixmap(QSize(size, size), QIcon.Mode.Normal, QIcon.State.Off, ratio)
