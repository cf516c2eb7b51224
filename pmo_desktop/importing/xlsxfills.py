"""Step 1, the fill colours of a block of cells of an .xlsx sheet (for ``timeline``), and
which of its cells show their numbers as percentages (``percent_cells``).

The cell styles of the sheet's XML part are streamed as bytes (regular expressions, no
XML parser, no entity expanded) only as far as the last row asked for; ``styles.xml``
is parsed with defusedxml. A colour comes back as a key (``"rgb:9BBB59"``,
``"theme:4:0.6"``, ``"indexed:5"``) that tells colours apart without resolving the
workbook's theme; white and "no fill" are left out.

Not read: fills given to a whole row or column (``<row s=…>``, ``<col style=…>``) and
the colours conditional formatting draws (only where it applies: ``drawn``).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Any

from .book import col_index

MAX_STYLES_BYTES = 16 * 1024 * 1024
MAX_DRAWN_BYTES = 16 * 1024 * 1024  # a sheet part read whole for its conditional formats
_CHUNK = 1 << 20
_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*)>')
_R = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_S = re.compile(rb'\bs="(\d+)"')
_RS = re.compile(rb'\s*r="([A-Z]{1,3})(\d+)"(?:\s+s="(\d+)")?')
_CF = re.compile(rb'<(?:\w+:)?conditionalFormatting\b[^>]*?\bsqref="([^"]+)"')
_RANGE = re.compile(rb'\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?')
_WHITE = {"rgb:FFFFFF", "theme:0:0", "indexed:9", "indexed:64", "indexed:65"}


class FillReader:
    """The fills of one workbook's cells: its cell styles are read once, on first use."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._keys: list[str | None] | None = None

    def cells(self, part: str, rows: tuple[int, int], cols: tuple[int, int],
              max_cells: int) -> dict[tuple[int, int], str]:
        """(row, col) → colour key of the filled cells in rows ``rows[0]..rows[1]`` and
        columns ``cols[0]..cols[1]`` (all 0-based, inclusive) of the sheet in ``part``.

        Reading stops after the last row asked for, or after ``max_cells`` cell tags."""
        try:
            with zipfile.ZipFile(io.BytesIO(self.data)) as zf:
                if self._keys is None:
                    self._keys = _xf_fill_keys(zf)
                if not any(self._keys):
                    return {}
                with zf.open(part) as fh:
                    return _scan(fh, self._keys, rows, cols, max_cells)
        except (KeyError, zipfile.BadZipFile, EOFError, OSError, zlib.error, ValueError):
            self._keys = self._keys or []
            return {}


    def drawn(self, part: str, max_bytes: int = MAX_DRAWN_BYTES) -> list[tuple[int, int, int, int]]:
        """The ranges (0-based r1, c1, r2, c2) that conditional formatting colours."""
        try:
            with zipfile.ZipFile(io.BytesIO(self.data)) as zf:
                if zf.getinfo(part).file_size > max_bytes:
                    return []
                xml = zf.read(part)
        except (KeyError, zipfile.BadZipFile, EOFError, OSError, zlib.error, ValueError):
            return []
        out = []
        for sqref in _CF.findall(xml):
            for ref in sqref.split():
                m = _RANGE.fullmatch(ref)
                if m:
                    a, b = m.group(1, 2), m.group(3, 4) if m.group(3) else m.group(1, 2)
                    out.append((int(a[1]) - 1, col_index(a[0].decode()),
                                int(b[1]) - 1, col_index(b[0].decode())))
        return out


def cell_fills(data: bytes, part: str, rows: tuple[int, int], cols: tuple[int, int],
               max_cells: int) -> dict[tuple[int, int], str]:
    """``FillReader(data).cells(…)``: one block of one sheet."""
    return FillReader(data).cells(part, rows, cols, max_cells)


def _scan(fh: Any, keys: list[str | None], rows: tuple[int, int], cols: tuple[int, int],
          max_cells: int) -> dict[tuple[int, int], str]:
    out: dict[tuple[int, int], str] = {}
    r_lo, r_hi = rows[0] + 1, rows[1] + 1  # 1-based as in the XML
    c_lo, c_hi = cols
    seen = 0
    tail = b""
    cols_seen: dict[bytes, int] = {}
    while True:
        chunk = fh.read(_CHUNK)
        buf = tail + chunk
        cut = buf.rfind(b"<") if chunk else len(buf)
        body, tail = buf[:cut], buf[cut:]
        for m in _CELL.finditer(body):
            seen += 1
            if seen > max_cells:
                return out
            attrs = m.group(1)
            ref = _RS.match(attrs) or _R.search(attrs)  # r="…" s="…" as Excel writes them
            if ref is None:
                continue
            r = int(ref.group(2))
            if r > r_hi:
                return out
            if r < r_lo:
                continue
            letters = ref.group(1)
            c = cols_seen.get(letters)
            if c is None:
                c = cols_seen[letters] = col_index(letters.decode())
            if not c_lo <= c <= c_hi:
                continue
            s = ref.group(3) if ref.re is _RS and ref.group(3) else None
            if s is None:
                found = _S.search(attrs)
                if found is None:
                    continue
                s = found.group(1)
            i = int(s)
            key = keys[i] if i < len(keys) else None
            if key is not None:
                out[(r - 1, c)] = key
        if not chunk:
            return out


# Excel's built-in percentage formats (0% and 0.00%); any other carries its code
_PERCENT_IDS = frozenset({9, 10})
_QUOTED = re.compile(r'"[^"]*"|\\.')


def percent_cells(data: bytes, part: str, rows: tuple[int, int], cols: tuple[int, int],
                  max_cells: int) -> set[tuple[int, int]]:
    """The (row, col) cells in the block (as ``FillReader.cells``) whose number format
    shows a percentage ("0%", "0.0%"): their numbers are fractions, 1 is 100 %."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            keys = _xf_percent_keys(zf)
            if not any(keys):
                return set()
            with zf.open(part) as fh:
                return set(_scan(fh, keys, rows, cols, max_cells))
    except (KeyError, zipfile.BadZipFile, EOFError, OSError, zlib.error, ValueError):
        return set()


def _xf_percent_keys(zf: zipfile.ZipFile) -> list[str | None]:
    """For each cell style (``cellXfs``), "pct" when its number format is a percentage."""
    root = _styles(zf)
    if root is None:
        return []
    ns = root.tag[:root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    percent = set(_PERCENT_IDS)
    for fmt in root.iterfind(f"{ns}numFmts/{ns}numFmt"):
        if "%" in _QUOTED.sub("", fmt.get("formatCode", "")):
            try:
                percent.add(int(fmt.get("numFmtId", "-1")))
            except ValueError:
                continue
    out: list[str | None] = []
    for xf in root.iterfind(f"{ns}cellXfs/{ns}xf"):
        try:
            out.append("pct" if int(xf.get("numFmtId", "0")) in percent else None)
        except ValueError:
            out.append(None)
    return out


def _styles(zf: zipfile.ZipFile) -> Any:
    """``styles.xml`` parsed, or None when there is none or it is too big."""
    from defusedxml.ElementTree import fromstring

    try:
        info = zf.getinfo("xl/styles.xml")
    except KeyError:
        return None
    if info.file_size > MAX_STYLES_BYTES:
        return None
    return fromstring(zf.read(info))


def _xf_fill_keys(zf: zipfile.ZipFile) -> list[str | None]:
    """For each cell style (``cellXfs``), the colour key of its fill, or None."""
    root = _styles(zf)
    if root is None:
        return []
    ns = root.tag[:root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    fills: list[str | None] = []
    for fill in root.iterfind(f"{ns}fills/{ns}fill"):
        fills.append(_fill_key(fill.find(f"{ns}patternFill"), ns))
    out: list[str | None] = []
    for xf in root.iterfind(f"{ns}cellXfs/{ns}xf"):
        try:
            fid = int(xf.get("fillId", "0"))
        except ValueError:
            fid = 0
        out.append(fills[fid] if 0 <= fid < len(fills) else None)
    return out


def _fill_key(pattern: Any, ns: str) -> str | None:
    if pattern is None:
        return None
    kind = pattern.get("patternType", "none" if pattern.find(f"{ns}fgColor") is None
                       else "solid")
    if kind == "none":
        return None
    colour = pattern.find(f"{ns}fgColor")
    if colour is None:
        colour = pattern.find(f"{ns}bgColor")
    if colour is None:
        return None
    key = colour_key(colour.attrib)
    return None if key is None or key in _WHITE else key


def colour_key(attrs: dict[str, str]) -> str | None:
    """``{"rgb": "FF9BBB59"}`` → ``"rgb:9BBB59"``; theme colours keep their tint."""
    if attrs.get("rgb"):
        return f"rgb:{attrs['rgb'][-6:].upper()}"
    if attrs.get("theme") is not None:
        try:
            tint = round(float(attrs.get("tint", "0")), 2)
        except ValueError:
            tint = 0.0
        return f"theme:{attrs['theme']}:{tint:g}"
    if attrs.get("indexed") is not None:
        return f"indexed:{attrs['indexed']}"
    return None
