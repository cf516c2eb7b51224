"""Building the pack off the GUI thread: a QThread with progress, result and error signals."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from pmo_desktop.reports.api import Cancelled, PackOptions, build_pack
from pmo_desktop.store import Store, StoreError


class PackWorker(QThread):
    """Runs ``build_pack`` (reading through its own read-only connection).

    The pack is *not* recorded here: the dialog records it on the GUI thread, the only
    one that writes to the store.

    Signals:
        progress(int, str): percent done and what is being laid out.
        succeeded(object): the ``PackResult``.
        failed(str): a one-sentence message (empty when cancelled).
    """

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, out: Path, options: PackOptions) -> None:
        super().__init__()
        self._store, self._out, self._options = store, out, options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = build_pack(
                self._store, self._out, self._options,
                progress=lambda f, m: self.progress.emit(int(round(f * 100)), m),
                cancel=self._cancel.is_set, record=False)
        except Cancelled:
            self.failed.emit("")
        except (StoreError, OSError, ValueError) as exc:
            self.failed.emit(str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            self.failed.emit(f"The pack could not be built: {exc!r}.")
        else:
            self.succeeded.emit(result)
