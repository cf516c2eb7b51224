"""Step 5 for intake lists (issue 17): a table of proposals planned against the store.

Each row is a proposal, matched by its code or, without one, by its name (the same
words, else one stored name spelt nearly the same; else a project's name: the proposal
that became it); a new one without a code gets the next ``PRO-nnn``. Its status is
the pipeline's stage its words name (``intakedetect.pipeline_parser``), checked as the
pipeline would: a proposal becomes
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

Like every planner module it reads no cell: ``intakeparse`` gives it each row's status
cell, scores, effort and objectives (``parsed.IntakeRow``), ``plan`` runs both.
"""

from __future__ import annotations

from typing import Any

from pmo_desktop.domain.governance import PipelineError, check_move

from .builder import Builder
from .detected import DetectedTable
from .fuzzy import close_matches
from .parsed import IntakeRow, ParsedTable
from .plancontext import Context
from .planned import Record, TablePlan
from .planrows import _kept_name_warning, _unread_warning
from .vocab import norm

__all__ = ["criterion_names", "plan_intake"]

PREFIX = "PRO-"  # new proposals' codes, as the app's own (PRO-001)
_CLOSE = 0.88  # a stored name spelt nearly the same (difflib's ratio)
LEFT = "; left out"  # the end of a note of a value left out of its row (as intakeparse's)


def criterion_names(ctx: Context) -> dict[str, str]:
    """The portfolio's criteria: normalised name → name."""
    return {norm(str(r["name"])): str(r["name"])
            for r in ctx.rows_by_key("criterion").values() if r.get("name")}


def plan_intake(ctx: Context, parsed: ParsedTable, said: dict[int, IntakeRow]
                ) -> list[TablePlan]:
    """Plan an intake table's rows (``parsed``, with what each row says besides:
    ``intakeparse.parse_intake``) as proposals, with the scores and objective links
    they give."""
    table = parsed.table
    tp = TablePlan(table, "proposal")
    tp.warnings += parsed.warnings
    tp.skipped += parsed.skipped
    scores, links = TablePlan(table, "score"), TablePlan(table, "contribution")
    rows = _Rows(ctx, table, Builder(ctx, parsed, "proposal"))
    for i in parsed.data:
        r = i + 1
        values = parsed.next_values("proposal")
        own = {k: values.pop(k) for k in [k for k in values if k[0] == "_"]}
        extra = said[i]
        if not values.keys() - {"code"} and not own:
            tp.skipped.append((r, "blank template row (no content besides its code)"))
            continue
        tp.data_rows += 1
        problem = parsed.problems.get(i)
        if problem is not None:
            tp.rejected.append((r, problem[0], problem[1]))
            continue
        effort = rows.effort(extra)
        if effort and not values.get("effort_by_role"):
            values["effort_by_role"] = effort
        rec = rows.proposal(r, values, extra)
        if isinstance(rec, tuple):
            tp.rejected.append((r, rec[0] or None, rec[1]))
            continue
        if i in parsed.unread:
            rec.warnings += tuple(f"{w}; left empty" for w in parsed.unread[i])
        rec.warnings += tuple(extra.left_out)
        tp.records.append(rec)
        scores.records += rows.scores(rec, extra)
        links.records += rows.links(rec, extra)
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
    cells = [w for r in tp.records for w in r.warnings if w.endswith(LEFT)]
    if not cells:
        return
    shown = "; ".join(c.removesuffix(LEFT) for c in cells[:5])
    more = f" and {len(cells) - 5} more" if len(cells) > 5 else ""
    tp.warnings.append(f"{len(cells)} value{'s' if len(cells) != 1 else ''} the pipeline or "
                       f"the portfolio cannot take {'were' if len(cells) != 1 else 'was'} "
                       f"left out, the rows imported without {'them' if len(cells) != 1 else 'it'}"
                       f": {shown}{more}.")


LEFT = "; left out"


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

    # -- the proposal ----------------------------------------------------------------------
    def proposal(self, row: int, values: dict[str, Any], extra: IntakeRow
                 ) -> Record | tuple[str, str]:
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
        warning = self._status_problem(extra.status or ("", ""), code, status, existing,
                                       is_project)
        if warning:
            del values["status"]
        rec = self.builder._record(row, {"code": code}, values, code)
        if isinstance(rec, Record) and warning:
            rec.warnings += (warning,)
        if isinstance(rec, Record) and rec.action == "create":
            self.used.add(norm(code))
        return rec

    def _status_problem(self, cell: tuple[str, str], code: str, status: str | None,
                        existing: dict[str, Any] | None, is_project: bool) -> str:
        """Why the row's status (its ``cell``: where, text) cannot be taken ("" when it
        can)."""
        if not status:
            return ""
        where, text = cell
        if status == "started" and not is_project:
            return (f"{where} '{text}': a proposal is started as the project of its code, "
                    f"made when an approved one is moved to started, and there is no project "
                    f"{code}; status left out{LEFT}")
        old = (existing or {}).get("status")
        if existing is None or not old or old == status:
            return ""
        if "status" not in existing:
            old = self.ctx.full_row("proposal", (code,)).get("status")
        try:
            check_move(old, status)
        except PipelineError as exc:
            return f"{where} '{text}': {exc} Kept as {old}{LEFT}"
        if status == "started":
            return (f"{where} '{text}': a proposal starts by being moved to started in the "
                    f"app or with 'pmo-desktop edit proposal', which makes its project; "
                    f"kept as {old}{LEFT}")
        return ""

    def _by_name(self, name: str) -> str | tuple[str, str] | None:
        """The stored proposal a row without a code names: its code, None for a new one,
        or why the row is refused (two stored names are as near)."""
        names = self.ctx.titles[("proposal", None)]
        n = norm(name)
        found = names.get(n)
        if not found:
            close = close_matches(n, [k for k, v in names.items() if v], n=2,
                                  cutoff=_CLOSE)
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
    def effort(self, extra: IntakeRow) -> str | None:
        """The row's effort by role in hours ("Developer=120; Business analyst=37.5"), or
        None when its role columns give none."""
        parts = []
        for role, unit, amount in extra.efforts:
            hours = amount * self.ctx.hours_per_day() if unit == "days" else amount
            if hours:
                parts.append(f"{role}={round(hours, 2):g}")
        return "; ".join(parts) or None

    def scores(self, rec: Record, extra: IntakeRow) -> list[Record]:
        out = []
        for criterion, score in extra.scores:
            made = self.builder._record(
                rec.row, {"criterion_id": self.criteria[criterion], "item": rec.key},
                {"value": score}, f"{rec.key} · {criterion}", entity="score")
            if isinstance(made, Record):
                out.append(made)
        return out

    def links(self, rec: Record, extra: IntakeRow) -> list[Record]:
        if extra.objectives is None:
            return []
        where, names = extra.objectives
        out = []
        for part in names:
            found = self._objective(part)
            if isinstance(found, str):
                rec.warnings += (f"{where} '{part}': {found}{LEFT}",)
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
            close = close_matches(n, list(names), n=3, cutoff=0.8)
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
