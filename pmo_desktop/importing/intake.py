"""Step 5 for intake lists (issue 17): a table of proposals planned against the store.

Each row is a proposal, matched by its code or, without one, by its name (the same
words, else one stored name spelt nearly the same; else a project's name: the proposal
that became it); a new one without a code gets the next ``PRO-nnn``. Its status is the pipeline's stage its words name
(``intakedetect.pipeline_parser``), checked as the pipeline would: a proposal becomes
``started`` only as the project of its code, and a stored proposal moves only along
the pipeline's steps (``domain.governance.check_move``); a status it cannot accept is
left out, and the record says which cell and why. A row whose code is a project's is
refused unless it says the proposal started (the proposal that became that project).

Two more tables come of the same rows: ``score`` records, from columns headed by the
name of one of the portfolio's criteria whose cells are whole numbers 1–5, and
``contribution`` records linking the proposal to each objective its objectives cell
names (by code or name, or one name spelt nearly the same). A value that is no score,
and a name that is no objective or could be several, is left out with a warning
naming the cell. The links carry no level: the file does not say how strongly.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from pmo_desktop.domain.governance import PipelineError, check_move

from . import values as V
from .book import col_letter
from .builder import Builder
from .detected import Column, DetectedTable, column_values
from .parse import parse_table
from .plancontext import Context
from .planned import Record, TablePlan
from .planrows import _kept_name_warning, _unread_warning
from .vocab import norm, split_header

__all__ = ["SCORE", "plan_intake", "score_columns"]

SCORE = "_score:"
"""A column's field for the scores on one criterion: ``"_score:" + the criterion's name``."""
EFFORT = "_effort:"
"""A column's field for one role's effort: ``"_effort:" + the role`` (its unit in its header)."""

PREFIX = "PRO-"  # new proposals' codes, as the app's own (PRO-001)
_CLOSE = 0.88  # a stored name spelt nearly the same (difflib's ratio)
# words around a criterion's name in its column's header ("Strategic fit score")
_SCORE_WORDS = frozenset(("score", "scores", "rating", "note", "bewertung", "punkte",
                          "puntuacion", "punteggio", "pontuacao", "valutazione", "cijfer"))


def _stripped(header: str) -> str:
    return " ".join(w for w in norm(split_header(header)[0]).split() if w not in _SCORE_WORDS)


def _whole_1_5(value: Any) -> int | None:
    """A score 1–5 (a whole number, "4" or 4.0), else None."""
    if isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() and 1 <= number <= 5 else None


def score_columns(table: DetectedTable, criteria: dict[str, str]) -> dict[int, str]:
    """Columns of ``table`` headed by a criterion's name (``criteria``: normalised name →
    the name as stored), by column index: those no field took, and one a field took only
    when its header is the criterion's name exactly and its cells are all scores 1–5."""
    out: dict[int, str] = {}
    for col in table.columns:
        if col.field and col.field[:len(SCORE)] == SCORE:  # a saved profile's, or planned
            if col.field[len(SCORE):] in criteria.values():
                out[col.index] = col.field[len(SCORE):]
                continue
            col.field, col.confidence = None, 0.0  # a criterion no longer in the portfolio
        if col.period:
            continue
        h = _stripped(col.header)
        if not h:
            continue
        found = criteria.get(h)
        if col.field:
            sample = column_values(table, col.index)
            if found is None or col.field in ("code", "name") or not sample or \
                    any(_whole_1_5(v) is None for v in sample):
                continue
        elif found is None:
            close = difflib.get_close_matches(h, list(criteria), n=2, cutoff=_CLOSE) \
                if criteria else []
            if len(close) != 1:
                continue
            found = criteria[close[0]]
        out[col.index] = found
    return out


# Effort columns: "Developer effort (days)", "Effort – BA (h)", "Aufwand Entwickler (PT)".
_EFFORT_WORDS = frozenset(("effort", "efforts", "workload", "charge", "aufwand", "esfuerzo",
                           "impegno", "esforco", "inspanning"))
_DAYS = frozenset(("days", "day", "d", "pd", "md", "mandays", "jours", "jour", "j", "jh",
                   "tage", "tag", "pt", "dias", "dia", "giorni", "gg", "dagen", "person",
                   "man", "homme", "personentage"))
_JOINS = frozenset(("in", "en", "par", "per", "by", "de", "du", "des", "of", "pro", "je",
                    "for", "pour", "fur", "por", "para", "voor", "der", "del", "da", "do"))
_HOURS = frozenset(("hours", "hour", "h", "hrs", "hr", "heures", "stunden", "std", "horas",
                    "ore", "uren", "u"))


def _effort_role(header: str) -> tuple[str, str] | None:
    """(role, unit) of an effort column's header ("" for no role), or None for another
    column; the unit is "days" or "hours" (hours unless the header says days)."""
    base, hints = split_header(header)
    words = norm(base).split()
    if not set(words) & _EFFORT_WORDS:
        return None
    said = set(words) | {w for h in hints for w in norm(h).split()}
    days = said & _DAYS and (not said & _HOURS or "j" in said)  # "j/h": jours-homme
    kept = [w for w in re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", base)
            if norm(w) not in _EFFORT_WORDS | _DAYS | _HOURS]
    while kept and norm(kept[0]) in _JOINS:
        kept.pop(0)
    while kept and norm(kept[-1]) in _JOINS:
        kept.pop()
    return " ".join(kept), "days" if days else "hours"


def _effort_columns(table: DetectedTable) -> list[Column]:
    """Mark the columns that give one role's effort (``EFFORT`` + role); the effort
    columns that name no role, which are left out, are returned."""
    roleless = []
    for col in table.columns:
        if col.period or (col.field and not col.field.startswith(EFFORT)):
            continue
        found = _effort_role(col.header)
        if found is None:
            continue
        if not found[0]:
            roleless.append(col)
            continue
        col.field, col.confidence = EFFORT + found[0], 1.0
    return roleless


def plan_intake(ctx: Context, table: DetectedTable) -> list[TablePlan]:
    """Plan ``table``'s rows as proposals, with the scores and objective links they give."""
    criteria = {norm(str(r["name"])): str(r["name"])
                for r in ctx.rows_by_key("criterion").values() if r.get("name")}
    for index, name in score_columns(table, criteria).items():
        col = next(c for c in table.columns if c.index == index)
        col.field, col.confidence = SCORE + name, 1.0
    roleless = _effort_columns(table)
    parsed = parse_table(table, "proposal", ctx.as_of)
    tp = TablePlan(table, "proposal")
    tp.warnings += parsed.warnings
    if roleless:
        shown = ", ".join(f"{c.letter} '{c.header}'" for c in roleless)
        tp.warnings.append(f"Effort without a role left out ({shown}): a proposal keeps its "
                           "effort by role; head each role's column with its name "
                           "('Developer effort (days)') to import it.")
    tp.skipped += parsed.skipped
    scores, links = TablePlan(table, "score"), TablePlan(table, "contribution")
    rows = _Rows(ctx, table, Builder(ctx, parsed, "proposal"))
    for i in parsed.data:
        r = i + 1
        values = parsed.next_values("proposal")
        own = {k: values.pop(k) for k in [k for k in values if k[0] == "_"]}
        if not values.keys() - {"code"} and not own:
            tp.skipped.append((r, "blank template row (no content besides its code)"))
            continue
        tp.data_rows += 1
        problem = parsed.problems.get(i)
        if problem is not None:
            tp.rejected.append((r, problem[0], problem[1]))
            continue
        effort, said = rows.effort(r, own)
        if effort and not values.get("effort_by_role"):
            values["effort_by_role"] = effort
        rec = rows.proposal(r, values)
        if isinstance(rec, tuple):
            tp.rejected.append((r, rec[0] or None, rec[1]))
            continue
        if i in parsed.unread:
            rec.warnings += tuple(f"{w}; left empty" for w in parsed.unread[i])
        rec.warnings += said
        tp.records.append(rec)
        scores.records += rows.scores(rec, own)
        links.records += rows.links(rec, own.get("_objectives"))
    _unread_warning(tp)
    _kept_name_warning(tp)
    _left_out_warning(tp)
    new_links = links.count("create")
    if new_links:
        links.warnings.append(
            f"{new_links} link{'s' if new_links != 1 else ''} to objectives "
            f"{'are' if new_links != 1 else 'is'} created without a level (the file names "
            "the objectives, not how strongly each is served): rate them with "
            "'pmo-desktop edit contribution'.")
    return [tp] + [t for t in (scores, links) if t.records]


def _left_out_warning(tp: TablePlan) -> None:
    """Statuses, scores and objectives left out of the rows: the table lists them."""
    cells = [w for r in tp.records for w in r.warnings if w.endswith(_LEFT)]
    if not cells:
        return
    shown = "; ".join(c.removesuffix(_LEFT) for c in cells[:5])
    more = f" and {len(cells) - 5} more" if len(cells) > 5 else ""
    tp.warnings.append(f"{len(cells)} value{'s' if len(cells) != 1 else ''} the pipeline or "
                       f"the portfolio cannot take {'were' if len(cells) != 1 else 'was'} "
                       f"left out, the rows imported without {'them' if len(cells) != 1 else 'it'}"
                       f": {shown}{more}.")


_LEFT = "; left out"


class _Rows:
    """The rows of one intake table, planned one at a time."""

    def __init__(self, ctx: Context, table: DetectedTable, builder: Builder) -> None:
        self.ctx, self.table, self.builder = ctx, table, builder
        self.stored = ctx.rows_by_key("proposal")
        projects = ctx.rows_by_key("project")
        self.projects = {norm(str(k[0])) for k in projects} | {norm(c) for c in ctx.listed}
        self.project_names = {norm(str(r["name"])): str(k[0]) for k, r in projects.items()
                              if r.get("name")}
        self.ctx.titles.setdefault(("proposal", None), _by_name(self.stored))
        self.used = self.ctx.used_refs.setdefault(
            ("proposal", None), {norm(str(k[0])) for k in self.stored} | self.projects)
        self.objectives = ctx.rows_by_key("objective")
        self.criteria = {str(r["name"]): r["id"] for r in ctx.rows_by_key("criterion").values()}
        for r in self.objectives.values():
            ctx.labels[("objective", r["id"])] = str(r["code"])
        for name, cid in self.criteria.items():
            ctx.labels[("criterion", cid)] = name

    def cell(self, field_name: str, row: int) -> tuple[str, str]:
        """Where a field's cell of ``row`` is ("K7") and what it says."""
        col = self.table.column_for(field_name)
        if col is None:
            return "", ""
        return f"{col.letter}{row}", self._text(col, row)

    def _text(self, col: Column, row: int) -> str:
        cells = self.table.rows[row - 1]
        return (V.text(cells[col.index]) or "") if col.index < len(cells) else ""

    # -- the proposal ----------------------------------------------------------------------
    def proposal(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str]:
        name, code = values.get("name"), values.get("code")
        col = self.builder.col
        if not name and not code:
            return (col("name") or "", "no proposal name")
        if not code:
            found = self._by_name(str(name))
            if isinstance(found, tuple):
                return found
            # a row naming a project, not a proposal: the proposal that became it
            code = found or self.project_names.get(norm(str(name))) or self._new_code()
        code = values["code"] = str(code).strip()
        existing = self.stored.get((code,))
        if existing is None and not name:
            return (col("code") or "", f"no name for the new proposal '{code}'")
        is_project = norm(code) in self.projects
        status = values.get("status")
        if existing is None and is_project and status != "started":
            return (col("code") or "", f"a project {code} already exists: a proposal's code "
                    "is new, and becomes the project's code when it starts (a started "
                    "proposal may name it)")
        warning = self._status_problem(row, code, status, existing, is_project)
        if warning:
            del values["status"]
        rec = self.builder._record(row, {"code": code}, values, code)
        if isinstance(rec, Record) and warning:
            rec.warnings += (warning,)
        if isinstance(rec, Record) and rec.action == "create":
            self.used.add(norm(code))
        return rec

    def _status_problem(self, row: int, code: str, status: str | None,
                        existing: dict[str, Any] | None, is_project: bool) -> str:
        """Why the row's status cannot be taken ("" when it can)."""
        if not status:
            return ""
        where, text = self.cell("status", row)
        if status == "started" and not is_project:
            return (f"{where} '{text}': a proposal is started as the project of its code, "
                    f"made when an approved one is moved to started, and there is no project "
                    f"{code}; status left out{_LEFT}")
        old = (existing or {}).get("status")
        if existing is None or not old or old == status:
            return ""
        if "status" not in existing:
            old = self.ctx.full_row("proposal", (code,)).get("status")
        try:
            check_move(old, status)
        except PipelineError as exc:
            return f"{where} '{text}': {exc} Kept as {old}{_LEFT}"
        if status == "started":
            return (f"{where} '{text}': a proposal starts by being moved to started in the "
                    f"app or with 'pmo-desktop edit proposal', which makes its project; "
                    f"kept as {old}{_LEFT}")
        return ""

    def _by_name(self, name: str) -> str | tuple[str, str] | None:
        """The stored proposal a row without a code names: its code, None for a new one,
        or why the row is refused (two stored names are as near)."""
        names = self.ctx.titles[("proposal", None)]
        n = norm(name)
        found = names.get(n)
        if not found:
            close = difflib.get_close_matches(n, [k for k, v in names.items() if v],
                                              n=2, cutoff=_CLOSE)
            if len(close) > 1:
                shown = " and ".join(f"'{names[c][0]['name']}'" for c in close)
                return (self.builder.col("name") or "",
                        f"'{name}' reads as the proposals {shown} nearly as well: give the "
                        "row its code")
            found = names.get(close[0]) if close else None
        if not found:
            return None
        return str(found.pop(0)["code"])

    def _new_code(self) -> str:
        n = 1
        while norm(f"{PREFIX}{n:03d}") in self.used:
            n += 1
        code = f"{PREFIX}{n:03d}"
        self.used.add(norm(code))
        return code

    # -- what the row says besides ---------------------------------------------------------
    def effort(self, row: int, own: dict[str, Any]) -> tuple[str | None, tuple[str, ...]]:
        """The row's effort by role from its role columns, in hours ("Developer=120;
        Business analyst=37.5"; None when they give none), and what was left out."""
        parts: list[str] = []
        said: tuple[str, ...] = ()
        for key, value in own.items():
            if not key.startswith(EFFORT):
                continue
            col = self.table.column_for(key)
            found = _effort_role(col.header) if col is not None else None
            try:
                amount = V.parse_float(value)
            except V.ValueProblem:
                amount = None
            if amount is None or amount < 0 or found is None:
                where, text = self.cell(key, row)
                said += (f"{where} '{text}': not an amount of effort{_LEFT}",)
                continue
            hours = amount * self.ctx.hours_per_day() if found[1] == "days" else amount
            if hours:
                parts.append(f"{key[len(EFFORT):]}={round(hours, 2):g}")
        return ("; ".join(parts) or None), said

    def scores(self, rec: Record, own: dict[str, Any]) -> list[Record]:
        out = []
        for key, value in own.items():
            if not key.startswith(SCORE):
                continue
            criterion = key[len(SCORE):]
            score = _whole_1_5(value)
            where, text = self.cell(key, rec.row)
            if score is None:
                rec.warnings += (f"{where} '{text}': not a score 1–5 on '{criterion}'{_LEFT}",)
                continue
            made = self.builder._record(
                rec.row, {"criterion_id": self.criteria[criterion], "item": rec.key},
                {"value": score}, f"{rec.key} · {criterion}", entity="score")
            if isinstance(made, Record):
                out.append(made)
        return out

    def links(self, rec: Record, text: Any) -> list[Record]:
        if V.is_empty(text):
            return []
        where, _raw = self.cell("_objectives", rec.row)
        out = []
        for part in _names(str(text)):
            found = self._objective(part)
            if isinstance(found, str):
                rec.warnings += (f"{where} '{part}': {found}{_LEFT}",)
                continue
            made = self.builder._record(
                rec.row, {"objective_id": found, "item": rec.key}, {},
                f"{rec.key} → {self.ctx.labels[('objective', found)]}", entity="contribution")
            if isinstance(made, Record):
                out.append(made)
        return out

    def _objective(self, text: str) -> int | str:
        """The id of the objective ``text`` names, or why it names none."""
        n = norm(text)
        names: dict[str, list[dict[str, Any]]] = {}
        for r in self.objectives.values():
            for k in {norm(str(r.get("code") or "")), norm(str(r.get("name") or ""))} - {""}:
                names.setdefault(k, []).append(r)
        found = names.get(n) or []
        if not found:
            close = difflib.get_close_matches(n, list(names), n=3, cutoff=0.8)
            found = [r for c in close for r in names[c]]
        ids = list(dict.fromkeys(r["id"] for r in found))
        if len(ids) == 1:
            return int(ids[0])
        if not ids:
            return "names no objective of the portfolio"
        shown = " and ".join(f"{r['code']} '{r['name']}'" for r in
                             {r["id"]: r for r in found}.values())
        return f"reads as the objectives {shown} alike"


def _by_name(stored: dict[tuple[Any, ...], dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in stored.values():
        if row.get("name"):
            out.setdefault(norm(str(row["name"])), []).append(row)
    return out


def _names(text: str) -> list[str]:
    """An objectives cell's names: "Grow revenue; Cut cost", one a line, or by commas."""
    parts = [p.strip(" -•\t") for p in re.split(r"[;\n|]+|,(?!\d)", text)]
    return [p for p in parts if p]
