"""Microsoft Project plans (.mpp) reach the importer from the window like any tracker."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent

from pmo_desktop.ui.importer.step_files import FILE_FILTER
from pmo_desktop.ui.main_window import MainWindow
from pmo_desktop.ui.paths import AppPaths


def _drag(window: MainWindow, *names: str) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(f"/plans/{name}") for name in names])
    event = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.setAccepted(False)
    window.dragEnterEvent(event)
    return event.isAccepted()


def test_a_project_plan_is_accepted_where_trackers_are(qtbot, tmp_path, settings):
    window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
    qtbot.addWidget(window)
    assert _drag(window, "HR Portal.mpp")
    assert _drag(window, "HR Portal.MPP", "risks.xlsx")
    assert not _drag(window, "notes.docx")
    assert "*.mpp" in FILE_FILTER.split(";;")[0]
