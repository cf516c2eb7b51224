"""Microsoft Project ``.mpp`` plans: recognised among OLE files, read through MPXJ.

An ``.mpp`` is an OLE compound file (like an Excel ``.xls``) whose directory holds a
storage named ``"   1"``, ``"   19"``, ``"   112"`` or ``"   114"`` (Project 98, 2000–2003,
2007 and 2010 on: MPP8, MPP9, MPP12, MPP14). MPXJ, a Java library (the ``mpxj`` package of
the ``mpp`` extra, through JPype), reads it and writes the plan as Microsoft Project XML
(MSPDI), which ``mspdi.mspdi_rows`` reads as it reads a plan saved as XML from Project: an
``.mpp`` and its XML export give the same tasks. Java runs in a converter process, started
once and kept (``mppjava``); the file's size and structure are checked here first.

``python -m pmo_desktop.importing.mpp PLAN.mpp [OUT.xml]`` writes a plan's MSPDI (to
standard output without OUT), in its own JVM: Project's File ▸ Save As ▸ XML without Project.
"""

from __future__ import annotations

import re
import struct
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .mppjava import (
    CONVERTER, MAX_TASKS, TIMEOUT_SECONDS, MppError, Refused, find_jvm, refusal, start_mpxj,
    unavailable,
)

__all__ = ["MPP_EXTS", "MppError", "is_project_file", "mpp_rows", "mpp_to_mspdi"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MPP_EXTS = (".mpp", ".mpt")
PROJECT_STORAGE = re.compile(r" {3}1\d*")  # "   1" MPP8 … "   114" MPP14 (Project 2010 on)
OFFICE_STREAMS = {"Workbook": "an Excel workbook", "Book": "an Excel workbook",
                  "WordDocument": "a Word document", "PowerPoint Document": "a PowerPoint file"}
MAX_MPP_BYTES = 64 * 1024 * 1024  # real plans are a few MB; a 10,000-task plan about 20


# -- recognising a Project file ----------------------------------------------------------

def ole_entry_names(data: bytes, max_entries: int = 100_000) -> list[str] | None:
    """The names in an OLE compound file's directory, or None when it cannot be walked.

    Reads the header, follows the directory's chain of sectors through the FAT (looked up
    one entry at a time) and bounds every loop, so a damaged or hostile file ends it.
    """
    end = 0xFFFFFFFA  # sector numbers from here on are markers (end of chain, free …)
    try:
        if data[:8] != OLE_MAGIC:
            return None
        shift = struct.unpack_from("<H", data, 30)[0]
        if shift not in (9, 12):
            return None
        size = 1 << shift
        fat_count, first_dir = struct.unpack_from("<II", data, 44)
        difat = list(struct.unpack_from("<109I", data, 76))
        next_difat, difat_count = struct.unpack_from("<II", data, 68)

        def sector(n: int) -> bytes:
            start = (n + 1) * size
            if n >= end or start + size > len(data):
                raise IndexError(n)
            return data[start:start + size]

        per_sector = size // 4
        for _ in range(min(difat_count, len(data) // size)):
            if next_difat >= end or len(difat) >= fat_count:
                break
            more = struct.unpack(f"<{per_sector}I", sector(next_difat))
            difat += more[:-1]
            next_difat = more[-1]

        def fat(n: int) -> int:
            index, slot = divmod(n, per_sector)
            if index >= min(fat_count, len(difat)):
                raise IndexError(n)
            return int(struct.unpack_from("<I", sector(difat[index]), slot * 4)[0])

        names: list[str] = []
        seen: set[int] = set()
        current = first_dir
        while current < end:
            if current in seen or len(names) > max_entries:
                return None
            seen.add(current)
            block = sector(current)
            for at in range(0, size, 128):
                length, kind = struct.unpack_from("<HB", block, at + 64)
                if kind in (1, 2, 5) and 2 <= length <= 64 and length % 2 == 0:
                    names.append(block[at:at + length - 2].decode("utf-16-le", "replace"))
            current = fat(current)
    except (struct.error, IndexError):
        return None
    return names or None


def is_project_file(data: bytes) -> bool:
    """Whether ``data`` is an OLE file whose directory holds Microsoft Project's storage."""
    names = ole_entry_names(data)
    return names is not None and any(PROJECT_STORAGE.fullmatch(n) for n in names)


def _not_a_plan(name: str, data: bytes) -> str | None:
    """Why ``data`` (an ``.mpp`` by its name) cannot be a Project plan, before Java is asked."""
    names = ole_entry_names(data)
    if names is None:
        return (f"{name} is damaged or incomplete: its file structure cannot be read as a "
                "Microsoft Project plan.")
    if any(PROJECT_STORAGE.fullmatch(n) for n in names):
        return None
    what = next((OFFICE_STREAMS[n] for n in names if n in OFFICE_STREAMS), None)
    return (f"{name} is not a Microsoft Project plan" + (f" (it is {what})." if what else "."))


def mpp_to_mspdi(name: str, data: bytes, *, timeout: float = TIMEOUT_SECONDS,
                 on_wait: Callable[[], None] | None = None) -> bytes:
    """The Microsoft Project XML of the ``.mpp`` plan in ``data`` (``MppError`` if it cannot
    be read: not a plan, damaged, too big, too slow, or Java or MPXJ missing)."""
    return CONVERTER.convert(name, data, _java_for(name, data), timeout=timeout,
                             on_wait=on_wait)


def _java_for(name: str, data: bytes) -> str:
    """The JVM to read the plan in ``data`` with, once its size and structure pass."""
    if len(data) > MAX_MPP_BYTES:
        raise MppError(f"{name} is {len(data) // (1024 * 1024)} MB, over the "
                       f"{MAX_MPP_BYTES // (1024 * 1024)} MB limit for a Microsoft Project plan.")
    problem = _not_a_plan(name, data) or unavailable(name)
    if problem:
        raise MppError(problem)
    jvm = find_jvm()
    assert jvm is not None  # unavailable() found it
    return jvm


def mpp_rows(name: str, data: bytes, *, timeout: float = TIMEOUT_SECONDS,
             on_wait: Callable[[], None] | None = None) -> tuple[str, list[list[Any]]]:
    """(sheet title, grid) of the plan, as ``mspdi_rows`` reads its XML export."""
    from .mspdi import mspdi_rows

    return mspdi_rows(name, mpp_to_mspdi(name, data, timeout=timeout, on_wait=on_wait))


def main(argv: list[str] | None = None) -> int:
    """``PLAN.mpp [OUT.xml]``: the plan's MSPDI, converted in this process's own JVM."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2) or args[0].startswith("-"):
        print("usage: python -m pmo_desktop.importing.mpp PLAN.mpp [OUT.xml]", file=sys.stderr)
        return 2
    path = Path(args[0])
    try:
        data = path.read_bytes()
        try:
            xml = start_mpxj(_java_for(path.name, data))(data, MAX_TASKS)
        except Refused as refused:
            raise MppError(refusal(path.name, refused.kind, refused.detail)) from None
        if len(args) == 2:
            Path(args[1]).write_bytes(xml)
        else:
            sys.stdout.buffer.write(xml)
    except (OSError, MppError) as exc:
        print(exc if isinstance(exc, MppError) else
              f"{exc.filename or path.name} cannot be read or written ({exc.strerror}).",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
