"""The real extent of an .xlsx sheet, read from its cell references, not its ``<dimension>``.

calamine lays a sheet out as one dense block from A1 to its farthest cell, so a single
stray cell at XFD1048576 asks it for half a terabyte and the process aborts (a Rust
allocation failure cannot be caught). Before calamine sees a sheet, its XML is streamed
here in 1 MB pieces, never whole, and the scan stops as soon as the sheet is certain to
be over the cell limit.

Most sheets (every one Excel, LibreOffice or openpyxl writes) give each cell an ``r``
attribute first (``<c r="B7" …>``) and keep each row's cells in column order, as Excel
requires. Those are measured with byte counts and, per row, its last cell (the farthest
one), cut out and read in one pass; rows may come in any order. Anything else (cells
without a reference, lower-case or zero-padded references, a namespace prefix) is read
tag by tag, which is slower but exact. Not guarded: a far cell hidden mid-row before
nearer ones, which only a hand-made file has (Excel reports such a file as corrupt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Callable, Iterator

CHUNK = 1 << 20
_MAX_TAG = 64 * 1024  # an unfinished tag longer than this is not a worksheet
_TAG = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>')
_R_ATTR = re.compile(rb'\sr\s*=\s*["\']\s*([^"\']*)["\']')
_REF = re.compile(rb'^([A-Za-z]+)([0-9]+)$')
_CANON_REF = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')


class TooBig(Exception):
    """The sheet is over the limit; ``message`` is the sentence after "file, sheet 'X',"."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Extent:
    rows: int = 0  # 1-based number of the last row holding a cell
    cols: int = 0  # 1-based number of the last column holding a cell
    cells: int = 0
    row_ref: str = ""  # the cell that set ``rows`` ("" when only its row is known)
    col_ref: str = ""

    def grow(self, row: int, col: int, ref: str) -> None:
        if row > self.rows:
            self.rows, self.row_ref = row, ref
        if col > self.cols:
            self.cols, self.col_ref = col, ref


def col_number(letters: bytes) -> int:
    """``b"A"`` → 1, ``b"XFD"`` → 16384 (case-insensitive)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def _key(letters: bytes) -> tuple[int, bytes]:
    return len(letters), letters


def col_letters(number: int) -> str:
    out = ""
    while number:
        number, rem = divmod(number - 1, 26)
        out = chr(65 + rem) + out
    return out


@dataclass(frozen=True)
class Caps:
    """A sheet's limits: cells (A1 to the farthest cell), rows and columns."""

    cells: int
    rows: int = 1_048_576
    cols: int = 16_384


def sheet_extent(open_part: Callable[[], IO[bytes]], max_cells: int, *,
                 max_rows: int = 1_048_576, max_cols: int = 16_384) -> Extent:
    """Stream a worksheet part (``open_part()`` opens it, once or twice); raise ``TooBig``
    once A1 to its farthest cell spans more than ``max_cells`` cells (what calamine
    would allocate), or a cell lies past row ``max_rows`` or column ``max_cols``."""
    caps = Caps(max_cells, max_rows, max_cols)
    with open_part() as fh:
        first = fh.read(CHUNK)
        root = re.search(rb'<(?:([A-Za-z_][\w.-]*):)?worksheet\b', first)
        if root is not None and not root.group(1):
            try:
                return _fast(first, fh, caps)
            except _Exact:
                pass
    with open_part() as fh:
        return _exact(fh.read(CHUNK), fh, caps)


def _pieces(first: bytes, fh: IO[bytes]) -> Iterator[bytes]:
    """The part in pieces that each end after a complete tag."""
    tail = b""
    chunk = first
    while chunk:
        buf = tail + chunk
        cut = buf.rfind(b"<")
        if cut >= 0 and buf.find(b">", cut) < 0:
            buf, tail = buf[:cut], buf[cut:]
            if len(tail) > _MAX_TAG:
                raise TooBig("holds a tag that never ends, so it is not a readable worksheet")
        else:
            tail = b""
        yield buf
        chunk = fh.read(CHUNK)
    if tail:
        yield tail


class _Exact(Exception):
    """The fast scan met something only the exact scan reads right."""


def _fast(first: bytes, fh: IO[bytes], caps: Caps) -> Extent:
    ext = Extent()
    for buf in _pieces(first, fh):
        refs = buf.count(b'<c r="')
        if buf.count(b"<c") != refs:  # <col>, <color>… or a cell without a first r
            if sum(buf.count(b"<c" + end) for end in (b" ", b">", b"/", b"\t", b"\n", b"\r")) \
                    != refs:
                raise _Exact
        ext.cells += refs
        if not refs:
            continue
        # Each row's last cell is its farthest (Excel keeps cells in order): one per row,
        # cut out in one pass and read with one findall.
        lasts = b" ".join([seg[(at := seg.rfind(b'<c r="')):at + 24]
                           for seg in buf.split(b"</row>")])
        found = _CANON_REF.findall(lasts)
        if len(found) != lasts.count(b'<c r="'):
            raise _Exact  # a reference in lower case, zero-padded or past XFD1048576
        letters, digits = zip(*found)
        top_col = max(set(letters), key=_key)
        top_row = max(map(int, digits))
        ext.grow(top_row, 0, (letters[digits.index(str(top_row).encode())] +
                              str(top_row).encode()).decode())
        ext.grow(0, col_number(top_col),
                 (top_col + digits[letters.index(top_col)]).decode())
        _check(ext, caps)
    return ext


def _check(ext: Extent, caps: Caps) -> None:
    if ext.rows * ext.cols > caps.cells or ext.cells > caps.cells:
        raise TooBig(_too_big(ext, caps.cells))
    if ext.rows > caps.rows:
        raise TooBig(too_many("rows", caps.rows, ext.row_ref or f"row {ext.rows:,}"))
    if ext.cols > caps.cols:
        raise TooBig(too_many("columns", caps.cols, ext.col_ref or col_letters(ext.cols)))


def too_many(what: str, limit: int, where: str) -> str:
    """The sentence after "file, sheet 'X'," for a sheet past its row or column limit."""
    return (f"has more than {limit:,} {what} (a cell at {where}), over the limit per sheet; "
            f"split it or remove old {what}, then import again")


def _too_big(ext: Extent, max_cells: int) -> str:
    span = ext.rows * ext.cols
    if ext.cells * 2 >= span:  # dense: simply too much data
        return (f"holds more than {max_cells:,} cells (A1:{col_letters(ext.cols)}{ext.rows} "
                "and counting), over the limit per sheet; split it or remove old rows, then "
                "import again")
    far = []
    if ext.rows > ext.cells:
        far.append(ext.row_ref or f"row {ext.rows:,}")
    if ext.cols > ext.cells or not far:
        far.append(ext.col_ref or f"column {col_letters(ext.cols)}")
    if len(far) == 2 and far[0] == far[1]:
        far.pop()
    where = " and ".join(dict.fromkeys(far))
    one = len(far) == 1 and not where.startswith(("row", "column"))
    return (f"has {'a cell' if one else 'cells'} at {where} far beyond its other "
            f"{max(ext.cells - len(far), 0):,} cells, which would take {span:,} cells to read; "
            f"clear {'that cell' if one else 'them'} (or delete the rows and columns past the "
            "data), save and import again")


# -- exact, tag by tag ---------------------------------------------------------------------

def _exact(first: bytes, fh: IO[bytes], caps: Caps) -> Extent:
    """Every <row> and <c> tag, placed as calamine places them: by its reference, else
    one after the one before (the next row, the next column)."""
    ext = Extent()
    row, col = 0, 0
    for buf in _pieces(first, fh):
        for m in _TAG.finditer(buf):
            attrs = m.group(2)
            r = _R_ATTR.search(attrs)
            if m.group(1) == b"row":
                if r is not None and r.group(1).strip().isdigit():
                    row = int(r.group(1))
                else:
                    row += 1
                col = 0
                continue
            if r is not None:
                ref = _REF.match(r.group(1).strip())
                if ref is None:
                    continue  # not a reference calamine reads: it reports the sheet damaged
                digits = ref.group(2).lstrip(b"0")
                if not digits:
                    continue  # row 0: calamine reports the sheet damaged
                if len(ref.group(1)) > 3 or len(digits) > 7 or \
                        col_number(ref.group(1)) > 16384 or int(digits) > 1048576:
                    raise TooBig(f"has a cell reference ({ref.group(0).decode()[:20]}) past the "
                                 "last cell a sheet can have (XFD1048576), so it is damaged")
                col = col_number(ref.group(1))
                cell_row = int(digits)
                text = ref.group(0).decode()
            else:
                col += 1
                cell_row = max(row, 1)
                text = f"{col_letters(col)}{cell_row}"
            ext.cells += 1
            ext.grow(cell_row, col, text)
            if ext.rows * ext.cols > caps.cells or ext.cells > caps.cells or \
                    ext.rows > caps.rows or ext.cols > caps.cols:
                _check(ext, caps)
    return ext
