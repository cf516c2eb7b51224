"""The one ``tr`` of the views: text shown to users goes through Qt's translator.

``tr("Open")`` is ``QCoreApplication.translate(CONTEXT, "Open")``: English today, and
one Qt Linguist context to translate the app later. (Qt objects may still use their
own ``self.tr``.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "PMODesktop"


def tr(text: str) -> str:
    """``text`` in the user's language (as written while no translation is installed)."""
    return QCoreApplication.translate(CONTEXT, text)
