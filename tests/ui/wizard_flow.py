"""The import wizard's three steps as a user clicks through them, for the tests of the
kinds of register it reads (benefits, stakeholders)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.models import TablesModel

TIMEOUT = 20000


def apply_register(qtbot: Any, store: Any, path: str, entity: str, label: str,
                   created: int) -> None:
    """Open ``path`` in the wizard at 1366×768; its one table reads as ``entity`` (shown
    as ``label``); the preview creates ``created`` records; Apply writes them."""
    w = ImportWizard(store, [path])
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert w.stack.currentIndex() == 1
    index = w.tables_model.index(0, TablesModel.ENTITY)
    assert index.data(Qt.ItemDataRole.EditRole) == entity
    assert index.data() == label

    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert w.preview_model.action_counts()["create"] == created

    with qtbot.waitSignal(w.import_applied, timeout=TIMEOUT):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
