"""Step 2, cells: what a header cell and a header row look like (short labels, the
importer's vocabulary, months), scored for finding a table's header."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .vocab import MONTHS, SYNONYMS, norm


MAX_LABEL = 60


_ALL_SYNONYMS = frozenset(s for ent in SYNONYMS.values() for syns in ent.values() for s in syns)

def blank(v: Any) -> bool:
    return v is None or v == "" or (isinstance(v, str) and not v.strip())


def is_label(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip()) and len(v.strip()) <= MAX_LABEL and \
        not re.fullmatch(r"[\d.,\s%£$€()-]+", v.strip())


def is_periodish(v: Any) -> bool:
    if isinstance(v, (date, datetime)):
        return True
    if isinstance(v, (int, float, str)) and not isinstance(v, bool) and \
            re.fullmatch(r"(19|20)\d\d(\.0)?", str(v).strip()):
        return True  # a year over a row of months
    if isinstance(v, str):
        t = norm(v)
        words = t.split()
        return bool(words) and (words[0] in MONTHS or t[:3] in MONTHS) and len(words) <= 2 \
            or bool(re.fullmatch(r"(\d{4} \d{1,2}|w\d{1,2}|wk \d{1,2}|week \d{1,2}|q[1-4]( \d{2,4})?)", t)) \
            or bool(_DATE_TEXT.fullmatch(t))  # a month's first day written as text (CSV)
    return False


# a date written out ("2025-04-01", "01/04/2025", "04/2025" as ``norm`` leaves them)
_DATE_TEXT = re.compile(r"(?:19|20)\d\d \d{1,2} \d{1,2}|\d{1,2} (?:\d{1,2} )?(?:19|20)\d\d")


def vocab_hit(v: Any) -> bool:
    if not isinstance(v, str):
        return False
    t = norm(re.sub(r"\(.*?\)", "", v))
    if t in _ALL_SYNONYMS:
        return True
    words = t.split()
    return len(words) <= 4 and any(w in _ALL_SYNONYMS and len(w) > 3 for w in words)


def row_cells(row: list[Any]) -> list[int]:
    return [i for i, v in enumerate(row)
            if v != "" and v is not None and (type(v) is not str or v.strip())]


def _numbered_run(row: list[Any], cells: list[int]) -> set[int]:
    """The cells of a run of month or week numbers at the end of a row of labels, each
    one more than the one before ("4 | 5 | 6 | 7" over a Gantt's weeks): a timeline's
    labels, not amounts."""
    nums = [i for i in cells if isinstance(row[i], (int, float)) and not isinstance(row[i], bool)
            and float(row[i]).is_integer() and 1 <= row[i] <= 53]
    if len(nums) < 3 or nums != cells[len(cells) - len(nums):]:
        return set()
    values = [int(row[i]) for i in nums]
    steps = {(b - a) % 12 if b < a else b - a for a, b in zip(values, values[1:])}
    return set(nums) if steps == {1} else set()


def _label_over_months(row: list[Any], labels: list[int], periods: list[int]) -> bool:
    """One label that names a field ("Kostnadsslag") before three months or more written
    as their first days: a budget's header, its months across."""
    return len(labels) == 1 and len(periods) >= 3 and vocab_hit(row[labels[0]]) and all(
        isinstance(row[i], (date, datetime)) and row[i].day == 1 for i in periods)


def header_score(row: list[Any]) -> float:
    """How much a row looks like a header (0 = not at all)."""
    cells = row_cells(row)
    if len(cells) < 2:
        return 0.0
    labels = [i for i in cells if is_label(row[i])]
    periods = [i for i in cells if not is_label(row[i]) and is_periodish(row[i])]
    longs = [i for i in cells if isinstance(row[i], str) and len(row[i].strip()) > MAX_LABEL]
    if len(labels) < 2 and not _label_over_months(row, labels, periods) or \
            longs and len(longs) * 3 > len(cells):
        return 0.0
    numbered = _numbered_run(row, cells)
    if any(isinstance(row[i], (int, float)) and not isinstance(row[i], bool)
           and not (float(row[i]).is_integer() and 1900 <= row[i] <= 2100)
           and i not in numbered for i in cells):
        return 0.0  # a header holds no amounts (years are fine)
    periods += sorted(numbered)
    # a "%" over a month's percentage column is a label of a header too
    marks = [i for i in cells if isinstance(row[i], str) and row[i].strip() == "%"]
    if (len(labels) + len(periods) + len(marks)) < 0.75 * len(cells):
        return 0.0
    hits = sum(vocab_hit(row[i]) for i in labels)
    if hits == 0 and len(labels) < 3:
        return 0.0
    distinct = len({norm(str(row[i])) for i in labels}) / len(labels)
    return (len(labels) + 2.0 * hits) * distinct
