"""What to do with the pack just written: Open PDF, Show folder, Copy path.

The three buttons are hidden until there is a pack; without a PDF viewer or a file
manager the dialog says where the file is instead (``say``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from ..viewkit.i18n import tr
from ..viewkit.widgets import named_button

UrlOpener = Callable[[QUrl], bool]
"""Opens a file or folder with the desktop's application; ``False`` when none started."""


class PackFileActions:
    """The buttons for the written pack, and opening it in the PDF viewer."""

    def __init__(self, parent: QWidget, open_url: UrlOpener,
                 say: Callable[[str], None]) -> None:
        self._open_url = open_url
        self._say = say
        self.path: Path | None = None
        self.open_pdf_button = named_button(tr("Open PDF"), "report_open_pdf",
                                            self._on_open_pdf_clicked, parent)
        self.show_folder_button = named_button(tr("Show folder"), "report_show_folder",
                                               self._on_show_folder_clicked, parent)
        self.copy_path_button = named_button(tr("Copy path"), "report_copy_path",
                                             self._on_copy_path_clicked, parent)
        for button in self.buttons():
            button.setAutoDefault(False)
            button.setVisible(False)

    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.open_pdf_button, self.show_folder_button, self.copy_path_button

    def set_pack(self, path: Path | None) -> None:
        """The pack the buttons act on (``None``: hide them)."""
        self.path = path
        for button in self.buttons():
            button.setVisible(path is not None)

    def open_pdf(self, path: Path) -> None:
        """Open the pack in the PDF viewer; without one, say where the file is."""
        if not self._open_url(QUrl.fromLocalFile(str(path.resolve()))):
            self._say(tr("No PDF viewer could be started. The pack is saved as:\n{path}\n"
                         "Use Show folder or Copy path to get to it.").format(
                path=path.resolve()))

    def _on_open_pdf_clicked(self) -> None:
        if self.path is not None:
            self.open_pdf(self.path)

    def _on_show_folder_clicked(self) -> None:
        if self.path is None:
            return
        folder = self.path.resolve().parent
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self._say(tr("No file manager could be started. The pack is in the folder:\n"
                         "{folder}").format(folder=folder))

    def _on_copy_path_clicked(self) -> None:
        if self.path is None:
            return
        path = str(self.path.resolve())
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(path)
        self._say(tr("Copied to the clipboard:\n{path}").format(path=path))


__all__ = ["PackFileActions", "UrlOpener"]
