"""Step 1, text files: a CSV or tab-separated export (UTF-8, UTF-16, Windows-1252, an East
Asian code page) read into one sheet, its limits checked row by row as it is read."""

from __future__ import annotations

import csv
import io
from typing import Any

from .book import Grid, Limits, ReadError, Sheet


def _utf16(data: bytes) -> str | None:
    """The codec of UTF-16 text (Excel's "Unicode Text" and some CSV exports), by its byte
    order mark or, without one, by the zero byte beside each ASCII character."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and not even.count(0):
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and not odd.count(0):
            return "utf-16-be"
    return None


def _decode(data: bytes) -> str:
    """Text from a CSV's bytes: UTF-16, UTF-8 (with or without BOM), an East Asian code
    page (CP949, Shift_JIS, GBK, Big5), else Windows-1251 (Cyrillic) or 1252 (Western)."""
    codec = _utf16(data)
    if codec:
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    wide = _east_asian(data)
    if wide is not None:
        return data.decode(wide, errors="replace")
    for enc in (_single_byte(data), "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


# The code pages of Korean, Japanese and Chinese exports not in UTF-8 (as Python names them)
_EAST_ASIAN = frozenset({"cp949", "euc_kr", "johab", "cp932", "shift_jis", "euc_jp",
                         "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "gb18030", "gbk",
                         "gb2312", "hz", "big5", "big5hkscs", "cp950"})
_DETECT_SAMPLE = 65536


def _east_asian(data: bytes) -> str | None:
    """The East Asian code page of a text not in UTF-8, when its bytes are one
    (charset-normalizer judges a sample by the characters each code page would make
    of it); else None, and a Western or Cyrillic code page is chosen as before."""
    head = data[:_DETECT_SAMPLE]
    high = [b for b in head if b >= 0x80]
    if len(high) < 16:
        return None  # (a few accented letters: no double-byte text)
    if sum(b >= 0xC0 or b in (0xA8, 0xB8) for b in high) >= 0.95 * len(high):
        return None  # every letter one byte of the upper half: a Cyrillic (or Greek) page
    from charset_normalizer import from_bytes

    results = from_bytes(head)
    for match in results:  # Japanese writes kana; a Korean page read as Shift_JIS gives none
        if match.encoding in ("cp932", "shift_jis") and _kana_share(str(match)) >= 0.2:
            return match.encoding
    best = results.best()
    enc = best.encoding if best is not None else None
    return enc if enc in _EAST_ASIAN else None


def _kana_share(text: str) -> float:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    return sum("\u3040" <= ch <= "\u30ff" for ch in wide) / len(wide) if wide else 0.0


def _single_byte(data: bytes) -> str:
    """Windows' code page of a CSV not in UTF-8: Cyrillic (1251) when most of its letters
    are bytes above 0xC0 — in a Western text (1252) those are its few accented letters
    among ASCII words, in a Russian or Ukrainian export every letter is one."""
    head = data[:65536]
    high = sum(head.count(b) for b in range(0xC0, 0x100))
    ascii_letters = sum(65 <= b <= 90 or 97 <= b <= 122 for b in head)
    return "cp1251" if high > ascii_letters else "cp1252"


def looks_like_csv(data: bytes) -> bool:
    """Text whose first lines split on one delimiter into the same number (≥ 2) of fields."""
    head = data[:8192]
    if _utf16(head):
        text = _decode(head[:8190])
    elif b"\x00" in head or head.lstrip().startswith((b"<", b"{", b"%PDF")):
        return False
    else:
        try:
            text = head.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = head.decode("cp1252", errors="replace")
    if text.lstrip().startswith(("<", "{", "%PDF")):
        return False
    lines = [ln for ln in text.splitlines()[:6] if ln.strip()]
    if len(lines) < 2:
        return False
    if len(text) == len(head) or len(data) > len(head):  # it may end inside a line
        lines = lines[:-1] or lines
    return any(len({ln.count(d) for ln in lines}) == 1 and lines[0].count(d) >= 1
               for d in (",", ";", "\t", "|"))


def _most_fields(sample: str, sniffed: str) -> str:
    """The delimiter: of those that split each of the first lines into as many fields, the
    one that gives the most. The sniffer prefers a comma whenever it splits every line
    alike, so a semicolon export with one decimal comma a line ("3 850 000,00") would be
    read as two fields a line."""
    lines = [ln for ln in sample.splitlines()[:20] if ln.strip()][:-1] or \
        sample.splitlines()[:1]
    if len({ln.count(sniffed) for ln in lines}) != 1:
        return sniffed  # (quoted fields hold it: the sniffer saw them, line counts do not)
    best, most = sniffed, 0
    for d in (sniffed, ";", "\t", "|", ","):
        counts = {ln.count(d) for ln in lines}
        if len(counts) == 1 and (n := counts.pop()) > most:
            best, most = d, n
    return best


def _even_fields(sample: str) -> str:
    """The delimiter the sniffer could not tell: the one that splits the first records,
    read as CSV (quoted fields kept whole), into as many fields each, the most of them;
    a comma when none does."""
    lines = sample.splitlines()[:21]
    lines = lines[:-1] if len(lines) > 2 else lines  # (the sample may end inside one)
    best, most = ",", 1
    for d in (";", "\t", "|", ","):
        counts = {len(r) for r in csv.reader(lines, delimiter=d) if any(v.strip() for v in r)}
        if len(counts) == 1 and (n := counts.pop()) > most:
            best, most = d, n
    return best


def read_csv(name: str, stem: str, data: bytes, limits: Limits) -> Sheet:
    text = _decode(data)
    if "\x00" in text[:4096]:
        raise ReadError(f"{name} is not a spreadsheet (it is a binary file, not CSV text).")
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = _most_fields(sample, dialect.delimiter)
    except csv.Error:  # (a text with commas in one field a line, split by semicolons)
        dialect = csv.excel
        delimiter = _even_fields(sample)
    # every exporter (Excel, Jira, Sheets …) doubles a quote inside a quoted field; the
    # sniffer often says otherwise, and then a quoted field that spans lines breaks apart
    fmt = {"delimiter": delimiter, "quotechar": dialect.quotechar or '"',
           "doublequote": True, "skipinitialspace": dialect.skipinitialspace}
    rows: Grid = []
    cells = 0
    try:
        for row in csv.reader(io.StringIO(text), **fmt):
            cells += len(row)
            if cells > limits.max_cells:
                raise ReadError(f"{name} has more than {limits.max_cells:,} cells, over the "
                                "limit for an import.")
            if len(rows) >= limits.max_rows:
                raise ReadError(f"{name} has more than {limits.max_rows:,} rows (row "
                                f"{len(rows) + 1:,}), over the limit for an import.")
            if len(row) > limits.max_columns:
                raise ReadError(f"{name} has more than {limits.max_columns:,} columns (row "
                                f"{len(rows) + 1:,}), over the limit for an import.")
            rows.append([v.strip() for v in row])
    except csv.Error as exc:
        raise ReadError(f"{name} is not valid CSV ({exc}).") from exc
    return Sheet(stem, rows)
