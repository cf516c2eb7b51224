"""Step 3, forms: a status report laid out as label/value pairs, read as one project.

A sheet holds a form when its label cells (``formpairs``) add up to one project's
status, by evidence weighed together:

- the labels' words name project fields and each value reads as its field (a pair's
  score: label words × value fit);
- the layout is a form's: labels on two rows or more, each field once (a second
  project name starts a second form), most filled cells of the block are the pairs',
  and no rows of values repeat under a row of labels (a table);
- it says which project (a name or code; else, less surely, its title or sheet) and
  something of its status (a RAG, % complete, budget, summary …).

A form becomes a ``DetectedTable`` of one row (``form_table``), its columns the labels
and its row their values, so that the parse, plan and apply steps take it as they take
a one-row project list: matched by code or name, changes shown before anything is
written. A project named only by the title or the sheet is a guess (``FormInfo.doubt``),
as is a name that is not the portfolio's but reads like one of its projects
(``store_doubt``): such a form is held back. What lies outside the form on its sheet (a
risk table beneath it) is left for the tables step (``without_forms``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Mapping

from . import values as V
from .book import Sheet, Workbook, col_letter
from .columns import apply_mapping, header_signature
from .detected import Column, DetectedTable, FormInfo, Source
from .fields import RAG_FIELDS, kind_of
from .formpairs import Fills, Grid, Pair, colour_pairs, find_pairs, label_text
from .formwords import REPORT_WORDS
from .fuzzy import close_matches
from .region import Region
from .vocab import NON_DATA_SHEETS, norm

STATUS_FIELDS = RAG_FIELDS | {"pct_complete", "dca_rating", "summary", "next_steps",
                              "rag_justification", "bac", "eac", "finish_forecast"}
MIN_SCORE = 2.5  # the pairs' scores and the layout's, added up
MIN_SHARE = 0.4  # of the filled cells of the form's block, the share its pairs take
MAX_GAP = 4  # rows between two pairs of one form
WEAK_NAME = 0.6  # a name read from the title or the sheet's name
SPLIT_NAME = 0.75  # a name read from a cell that gives the code too
_TITLE_WORDS = frozenset(("status", "report", "rapport", "bericht", "statusbericht",
                          "projektstatusbericht", "informe", "reporte", "rapporto",
                          "relatorio", "verslag", "rapportage", "dashboard", "highlight",
                          "flash", "statut", "stato", "estado", "update", "meteo",
                          "voortgangsrapportage", "wochenbericht", "monatsbericht"))
_GENERIC_SHEET = re.compile(r"^(sheet|feuil|feuille|tabelle|blatt|hoja|foglio|planilha|"
                            r"blad|status|report|summary|form|dashboard)\s*\d*$")
_SEPARATORS = re.compile(r"\s+[–—|/-]\s+|\s*:\s+|\s*[–—|]\s*")


@dataclass
class Form:
    pairs: list[Pair]
    score: float
    title: str | None
    name: str | None = None  # read from the title or the sheet, when no label names it
    name_from: str = "label"
    title_cell: str = ""


def find_forms(sheet: Sheet, as_of: date | None, fills: Fills | None = None) -> list[Form]:
    """The forms of ``sheet``, top to bottom (none on a hidden or reference sheet);
    ``fills`` tells the colour of a RAG label's value cell that holds no text."""
    if sheet.hidden or _reference_sheet(sheet.name):
        return []
    grid = Grid(sheet.rows, sheet.merged)
    candidates = find_pairs(grid, as_of)
    if len(candidates) >= 2 and fills is not None:
        candidates = sorted(candidates + colour_pairs(grid, fills),
                            key=lambda p: (-p.score, p.row, p.col))
    if len(candidates) < 3:
        return []
    forms = []
    for group in _sections(grid, _groups(_one_each(candidates))):
        labels = {(p.row, p.col) for p in group}
        form = _weigh(grid, sheet.name, _one_each(
            [p for p in candidates if (p.row, p.col) in labels], fields=True))
        if form is not None:
            forms.append(form)
    return forms


def _reference_sheet(name: str) -> bool:
    t = norm(name)
    return any(re.search(rf"\b{re.escape(w)}\b", t) for w in NON_DATA_SHEETS)


def _one_each(pairs: list[Pair], fields: bool = False) -> list[Pair]:
    """The best reading of each label cell, no value cell read twice (and, with
    ``fields``, each field once), best first."""
    cells: set[tuple[int, int]] = set()
    taken: set[str] = set()
    out = []
    for p in pairs:
        if p.cells & cells or fields and p.field in taken:
            continue
        cells |= p.cells
        taken.add(p.field)
        out.append(p)
    return out


def _groups(pairs: list[Pair]) -> list[list[Pair]]:
    """Pairs in blocks of nearby rows; a second project name or code starts a block."""
    groups: list[list[Pair]] = []
    last = -MAX_GAP - 2
    for p in sorted(pairs, key=lambda p: (p.row, p.col)):
        named = p.field in ("name", "code") and groups and \
            any(q.field == p.field for q in groups[-1])
        if not groups or p.row - last > MAX_GAP or named:
            groups.append([])
        groups[-1].append(p)
        last = max(last, p.vrow) if not named else p.vrow
    return groups


def _sections(grid: Grid, groups: list[list[Pair]]) -> list[list[Pair]]:
    """Blocks that name no project joined to the block above them when they give other
    fields and only headings lie between (rows of two cells at most: "Status by
    dimension", "Area | RAG"): the sections of one report, not a second report."""
    out: list[list[Pair]] = []
    for group in groups:
        fields = {p.field for p in group}
        if out and not fields & {"name", "code"} and \
                len(fields & {p.field for p in out[-1]}) * 2 < len(fields) and all(
                len(grid.filled(r)) <= 2 for r in range(max(p.vrow for p in out[-1]) + 1,
                                                         min(p.row for p in group))):
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _weigh(grid: Grid, sheet: str, pairs: list[Pair]) -> Form | None:
    """The evidence that ``pairs`` are a project's status report, or None when it is
    too little."""
    fields = {p.field for p in pairs}
    if len(pairs) < 3 or len({p.row for p in pairs}) < 2 or not fields & STATUS_FIELDS:
        return None
    top = min(p.row for p in pairs)
    title, title_cell = _title(grid, top)
    score = sum(p.score for p in pairs) + 0.5 * (len({p.row for p in pairs}) >= 3)
    if title and set(norm(title).split()) & _TITLE_WORDS:
        score += 1.0
    if score < MIN_SCORE or _share(grid, pairs) < MIN_SHARE or _table_below(grid, pairs):
        return None
    form = Form(sorted(pairs, key=lambda p: (p.row, p.col)), round(score, 2), title,
                title_cell=title_cell)
    if not fields & {"name", "code"}:
        if len(pairs) < 4 or score < MIN_SCORE + 1:
            return None  # nameless: only a fuller form is one
        form.name, form.name_from = _name_from(title, sheet)
        if form.name is None:
            return None
    return form


_HEADER_CELLS = 6  # a label row this full, with records under it, is a table's header
_RECORDS_BELOW = 3


def _table_below(grid: Grid, pairs: list[Pair]) -> bool:
    """Whether the pairs' last row is a table's header: it fills six cells or more and
    rows below it fill most of the same columns (a portfolio's "Sub-project Name",
    "Project Manager" … over its projects, under a title block's "Status as at")."""
    bottom = max(p.row for p in pairs)
    cols = set(grid.filled(bottom))
    if len(cols) < _HEADER_CELLS:
        return False
    below = sum(len(set(grid.filled(r)) & cols) * 2 >= len(cols)
                for r in range(bottom + 1, bottom + 2 + _RECORDS_BELOW))
    return below >= _RECORDS_BELOW


def _share(grid: Grid, pairs: list[Pair]) -> float:
    """Of the filled cells of the rows the pairs span, the share the pairs take (a table
    beside or around a few label-like cells leaves them a small share)."""
    cells = set().union(*(p.cells for p in pairs))
    r0, r1 = min(r for r, _c in cells), max(r for r, _c in cells)
    filled = sum(len(grid.filled(r)) for r in range(r0, r1 + 1))
    return len(cells) / max(1, filled)


def _title(grid: Grid, top: int) -> tuple[str | None, str]:
    """The text alone on a row above the form (within five rows), and its cell."""
    for r in range(top - 1, max(-1, top - 6), -1):
        cells = grid.filled(r)
        if len(cells) == 1 and isinstance(grid.cell(r, cells[0]), str):
            return " ".join(str(grid.cell(r, cells[0])).split()), f"{col_letter(cells[0])}{r + 1}"
    return None, ""


def _name_from(title: str | None, sheet: str) -> tuple[str | None, str]:
    """A project's name from a report's title ("Status report – Atlas"), else from its
    sheet's name (one sheet per project)."""
    for part in _SEPARATORS.split(title or ""):
        words = part.split()
        while words and (norm(words[0]) in REPORT_WORDS or not norm(words[0])):
            words.pop(0)
        while words and (norm(words[-1]) in REPORT_WORDS or not norm(words[-1])):
            words.pop()
        text = " ".join(words)
        if text and not _dated(text):
            return text, "title"
    if not _GENERIC_SHEET.match(norm(sheet)) and not set(norm(sheet).split()) <= REPORT_WORDS:
        return sheet.strip(), "sheet"
    return None, ""


def _dated(text: str) -> bool:
    try:
        return V.parse_date(text) is not None or bool(re.fullmatch(r"[\d\s./wkq-]+", text.lower()))
    except (V.ValueProblem, ValueError):
        return False


# -- the form as a one-row table ---------------------------------------------------------

def form_table(path: str, wb: Workbook, sheet: Sheet, form: Form) -> DetectedTable:
    """``form`` as a ``DetectedTable`` of one project row (its labels over its values)."""
    pairs = form.pairs
    labels: list[Any] = [p.label for p in pairs]
    values: list[Any] = [_grouped(p) for p in pairs]
    mapping = {i: (p.field, round(min(1.0, p.score / 0.85), 2)) for i, p in enumerate(pairs)}
    cells = {i: f"{col_letter(p.vcol)}{p.vrow + 1}" for i, p in enumerate(pairs)}
    _split_code(labels, values, mapping, cells)
    if form.name is not None:
        mapping[len(labels)] = ("name", WEAK_NAME)
        cells[len(labels)] = form.title_cell if form.name_from == "title" else "sheet name"
        labels.append("Project name" if form.name_from == "title" else "Sheet")
        values.append(form.name)
    first = min(p.row for p in pairs) + 1  # its values on the form's first row, as Excel
    head = max(1, first - 1)  # numbers it; its labels just above
    rows: list[list[Any]] = [[] for _ in range(head - 1)] + [labels, values]
    all_cells = set().union(*(p.cells for p in pairs))
    info = FormInfo(cells, first, max(r for r, _c in all_cells) + 1,
                    min(c for _r, c in all_cells), max(c for _r, c in all_cells), form.score,
                    form.name_from, _read_doubt(form, pairs))
    region = Region(sheet.name, (head,), 0, len(labels) - 1, head + 1, head + 1,
                    {i: str(t) for i, t in enumerate(labels)}, None, form.title)
    table = DetectedTable(path, sheet.name, region, rows,
                          [Column(i, str(t), cell=cells[i]) for i, t in enumerate(labels)],
                          scores={"project": form.score}, hidden=sheet.hidden,
                          source=Source.of(wb, sheet.name), form=info)
    table.signature = "form:" + header_signature([str(t) for t in labels])
    apply_mapping(table, "project", mapping)
    info.notes = _left_out(Grid(sheet.rows, sheet.merged), pairs, info)
    return table


# "DLP2 – Data Lake Phase 2", "PRJ-104: CRM rollout": a code (one token of letters and
# digits, a digit in it) before a separator, then the name
_CODE_NAME = re.compile(r"^\s*([A-Za-z]{0,8}[-_./#]?\d[\w./#-]{0,11})\s*(?:[–—|:]|\s-)\s*"
                        r"(\S.*?)\s*$", re.S)


def code_and_name(value: Any) -> tuple[str, str] | None:
    """(code, name) of a cell that gives both, when its first part looks like a code (a
    short token with a letter and a digit) and the rest like a name (a word of letters);
    None otherwise ("Phase 2 – Build", "2026: Data Lake", a name alone)."""
    if not isinstance(value, str):
        return None
    m = _CODE_NAME.match(value)
    if m is None:
        return None
    code, name = m.group(1).rstrip("-_./#"), m.group(2)
    if not any(ch.isalpha() for ch in code) or not re.search(r"[^\W\d_]{2}", name):
        return None
    return code, name


def _split_code(labels: list[Any], values: list[Any], mapping: dict[int, tuple[str, float]],
                cells: dict[int, str]) -> None:
    """A form's name that carries its code too ("DLP2 – Data Lake Phase 2"), on a form
    with no code of its own, gives both: the name, and a code column of the same cell.
    The project is then found by its code; the name is trusted less, so a stored
    project's name is not changed by it."""
    fields = {f for f, _c in mapping.values()}
    at = next((i for i, (f, _c) in mapping.items() if f == "name"), None)
    found = code_and_name(values[at]) if at is not None and "code" not in fields else None
    if at is None or found is None:
        return
    values[at] = found[1]
    mapping[len(labels)] = ("code", mapping[at][1])
    # a name read out of a longer cell renames no stored project (builder.WEAK_NAME)
    mapping[at] = ("name", min(mapping[at][1], SPLIT_NAME))
    cells[len(labels)] = cells[at]
    labels.append(f"{labels[at]} (code)")
    values.append(found[0])


_DOT_GROUPS = re.compile(r"[^\d,.]*\d{1,3}(?:\.\d{3})+[^\d,.]*")


def _grouped(pair: Pair) -> Any:
    """A pair's value as its column will be parsed. A sum of money written with a dot
    every three digits and no decimals ("120.000 €") is in thousands: a column tells
    by its other values (``decide_decimal_comma``); a form's one value cannot."""
    v = pair.value
    if isinstance(v, str) and kind_of("project", pair.field) == "money" and \
            _DOT_GROUPS.fullmatch(v.strip()):
        return v.replace(".", "")
    return v


def _read_doubt(form: Form, pairs: list[Pair]) -> str:
    if form.name is not None:
        where = "title" if form.name_from == "title" else "sheet's name"
        return f"its project is named only by its {where} ('{form.name}')"
    name = next((p for p in pairs if p.field == "name"), None)
    if name is not None and name.score < 0.6 and not any(p.field == "code" for p in pairs):
        return (f"its project's name '{V.text(name.value)}' is read from '{name.label}' "
                "only by a weak match")
    return ""


def _left_out(grid: Grid, pairs: list[Pair], info: FormInfo) -> list[str]:
    """Labels of the form's block with a value beside them that feed no field."""
    used = set().union(*(p.cells for p in pairs))
    out = []
    for r in range(info.first_row - 1, info.last_row):
        cells = grid.filled(r)
        for i, c in enumerate(cells):
            if (r, c) in used or i + 1 >= len(cells) or (r, cells[i + 1]) in used or \
                    not info.first_col <= c <= info.last_col + 2:
                continue
            label = label_text(grid.cell(r, c))
            if label and not grid.is_label(r, cells[i + 1]):
                value = grid.cell(r, cells[i + 1])
                out.append(f"'{label}' ({col_letter(cells[i + 1])}{r + 1}: {V.text(value)})")
    return out[:8]


def form_notes(table: DetectedTable) -> list[str]:
    """What a form's table says in its warnings: where the form was read, what was left out."""
    f = table.form
    if f is None:
        return []
    out = [f"Read as a status report laid out as a form ({table.range}): one project."]
    if f.notes:
        out.append("Form labels left out (no project field holds them): "
                   + ", ".join(f.notes) + ".")
    return out


def without_forms(sheet: Sheet, tables: list[DetectedTable]) -> Sheet:
    """``sheet`` with the cells of its forms' blocks emptied: what the tables step reads."""
    rows = [list(row) for row in sheet.rows]
    for t in tables:
        f = t.form
        if f is None:
            continue
        for r in range(f.first_row - 1, min(f.last_row, len(rows))):
            row = rows[r]
            for c in range(f.first_col, min(len(row), f.last_col + 3)):
                row[c] = None
    return replace(sheet, rows=rows)


def store_doubt(table: DetectedTable, projects: Mapping[str, str]) -> str:
    """Why a form's project is a guess, knowing the portfolio's ``projects`` (each code
    and name, normalised, → its code): "" when the form names a project of the
    portfolio by code, or by name without a code of its own; the read doubt (a weak
    name) unless the name is the portfolio's; a code the portfolio does not hold on a
    name it does; a name the portfolio does not hold that reads like one of its own."""
    code, name = _value(table, "code"), _value(table, "name")
    found_code = projects.get(norm(code)) if code else None
    found_name = projects.get(norm(name)) if name else None
    if found_code is not None:
        return ""
    if code and found_name is not None:
        return (f"its code '{code}' is not in the portfolio, but its name '{name}' is "
                f"project {found_name}'s")
    if found_name is not None:
        return ""
    f = table.form
    if f is not None and f.doubt:
        return f.doubt
    near = _near(name, projects) if name else None
    if near is not None:
        return (f"its project '{name}' is not in the portfolio but reads like "
                f"project {projects[near]}")
    return ""


def _value(table: DetectedTable, field: str) -> str | None:
    col = table.column_for(field)
    if col is None:
        return None
    row = table.rows[table.region.first_row - 1]
    return V.text(row[col.index]) if col.index < len(row) else None


def _near(name: str, projects: Mapping[str, str]) -> str | None:
    close = close_matches(norm(name), [k for k in projects if len(k) > 3], n=1, cutoff=0.85)
    return close[0] if close else None


def read_forms(path: str, wb: Workbook, sheet: Sheet, as_of: date | None) -> list[DetectedTable]:
    """The forms of ``sheet`` as one-row project tables."""
    source = Source.of(wb, sheet.name)
    return [form_table(path, wb, sheet, f)
            for f in find_forms(sheet, as_of, source.fill_colours)]

