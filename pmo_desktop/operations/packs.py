"""Build the steering committee pack and record it in the portfolio: ``build_pack``.

The command line (``pmo-desktop report``) and the report dialog both call this one
operation. The PDF is laid out by ``reports.api`` from a snapshot read on its own
read-only connection; the pack is then recorded once, in the store's ``pack`` table
(the history of packs produced). ``Result.value`` is the ``reports.api.PackResult``.
"""

from __future__ import annotations

from pathlib import Path

from pmo_desktop.reports.api import PackOptions, PackResult
from pmo_desktop.reports.api import build_pack as write_pack
from pmo_desktop.store import Store, StoreError
from pmo_desktop.store.pack_data import record_pack

from .result import Cancelled, Progress, Result, never, no_progress

NOT_RECORDED = "It could not be added to the pack history: {error}"
"""The warning when the PDF is written but its entry in the pack history is not."""


def build_pack(store: Store, out: Path, options: PackOptions, *,
               progress: Progress = no_progress, cancelled: Cancelled = never,
               must_record: bool = True) -> Result:
    """Write the pack to ``out`` and record it; ``Result.value`` is its ``PackResult``.

    ``must_record``: a portfolio that cannot be written is refused before the PDF is
    laid out, and a failure to record is raised (the command line). Without it (the
    app), the PDF is kept when it cannot be recorded: the result then carries no pack
    id and says so in ``warnings``.

    Raises ``StoreError`` (bad options, unknown period or scope, read-only portfolio),
    ``OSError`` (the file cannot be written) or ``reports.api.Cancelled``.
    """
    if must_record:
        store.check_writable()  # refuse before the PDF, not after it
    pack = write_pack(store, Path(out), options, progress=progress, cancel=cancelled)
    warnings: list[str] = []
    try:
        pack.pack_id = record_pack(
            store, period_as_of=pack.period, options=options.as_dict(),
            data_hash=pack.data_hash, path=str(pack.path.resolve()), pages=pack.pages)
    except Exception as exc:  # noqa: BLE001 - StoreError or the database's own (locked…)
        if must_record:
            raise
        warnings.append(NOT_RECORDED.format(error=exc))
    return _result(pack, warnings)


def _result(pack: PackResult, warnings: list[str]) -> Result:
    created = [] if pack.pack_id is None else [("pack", pack.pack_id, str(pack.path))]
    return Result(created=created, counts={"pages": pack.pages, "projects": pack.projects},
                  warnings=warnings, value=pack)


__all__ = ["NOT_RECORDED", "PackOptions", "PackResult", "StoreError", "build_pack"]
