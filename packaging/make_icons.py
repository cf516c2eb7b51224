"""The app's icon in every form the build and the desktop file name, from one SVG.

``python packaging/make_icons.py [OUT]`` (default ``packaging/icons/``) writes, from
``resources/icons/app.svg`` (the icon the window shows):

- ``pmo-desktop.svg``: the SVG itself (``Icon=pmo-desktop`` of ``pmo-desktop.desktop``:
  ``hicolor/scalable/apps/``);
- ``pmo-desktop-N.png`` for N in 16 24 32 48 64 128 256 512 (``hicolor/NxN/apps/``);
- ``pmo-desktop.ico`` (Windows: the .exe's icon, 16–256 in one file);
- ``pmo-desktop.icns`` (macOS: the .app's icon, 16–1024).

Qt's SVG renderer draws each size (so a small size is drawn for its pixels, not shrunk
from a large one); Pillow (the ``package`` extra) packs the ``.ico`` and the ``.icns``.
macOS's own tool makes the same ``.icns`` from the PNGs where Pillow is not at hand:
``mkdir app.iconset``, copy ``pmo-desktop-N.png`` to ``icon_NxN.png`` and the double
sizes to ``icon_NxN@2x.png``, then ``iconutil -c icns app.iconset``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
NAME = "pmo-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """PNG bytes of ``svg`` drawn at each size (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QPainter needs it)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        out[size] = bytes(data.data())
    return out


def make_icons(out: Path, svg: Path = SOURCE) -> list[Path]:
    """Write every form into ``out``; returns the files written."""
    import io

    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    pngs = render(svg, tuple(sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))))
    written = [out / f"{NAME}.svg"]
    shutil.copyfile(svg, written[0])
    for size in PNG_SIZES:
        path = out / f"{NAME}-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    images = {size: Image.open(io.BytesIO(pngs[size])).convert("RGBA") for size in pngs}
    ico = out / f"{NAME}.ico"  # each size as drawn, not resampled by Pillow
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    icns = out / f"{NAME}.icns"
    images[1024].save(icns, format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    return written + [ico, icns]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "icons"
    for written in make_icons(target):
        print(f"{written} ({written.stat().st_size:,} bytes)")
