"""What the pack says, computed from ``PackData`` before any drawing (pure, testable).

Everything here is plain Python over the snapshot: counts by RAG with movement, the
finance roll-up (sums first, then indices), decisions asked, milestone buckets, risk
movement, what changed since the last pack and the generated key messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from pmo_desktop.domain import evm
from pmo_desktop.domain.enums import CR_DECIDED_STATUSES
from pmo_desktop.domain.money import format_money, format_pct
from pmo_desktop.domain.rag import Rag, Trend, cost_var_pct, numeric_trend, rag_or_not_set, trend
from pmo_desktop.store.pack_data import (
    ChangeRow, MilestoneRow, PackData, ProjectRow, RaidRow, parse_day,
)
from pmo_desktop.store.plan_reads import beis_of
from pmo_desktop.store.queries import status_is_false_green, status_is_stale

RAG_ORDER = (Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NOT_SET)
DIMENSIONS = ("overall", "schedule", "cost", "scope", "risk", "resource", "benefits")
SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}
TOP_RISKS = 10
AWAITING = {"awaiting_decision"}


rag_value = rag_or_not_set


def project_trend(now: ProjectRow, before: ProjectRow | None, dim: str = "overall") -> Trend:
    previous = rag_value(before.reported.get(dim) or before.calculated.get(dim)) \
        if before is not None and dim == "overall" else \
        rag_value(before.reported.get(dim)) if before is not None else None
    current = rag_value(now.rag) if dim == "overall" else rag_value(now.reported.get(dim))
    return trend(previous, current)


def severity_key(p: ProjectRow) -> tuple[int, int, float, str]:
    """Worst RAG first, then false greens, then the biggest budget (§1.2 row 3)."""
    rag = rag_value(p.rag)
    order = RAG_ORDER.index(rag)
    return (order, 0 if status_is_false_green(p) else 1, -(p.bac or 0.0), p.code)


@dataclass
class RagCount:
    rag: Rag
    now: int
    before: int | None
    bac_share: float  # % of in-scope BAC


@dataclass
class Finance:
    bac: float | None
    ac: float | None
    eac: float | None
    vac: float | None
    vac_pct: float | None
    cpi: float | None
    spi: float | None
    over_budget: int  # projects forecast over BAC beyond their cost tolerance


@dataclass
class MilestoneBuckets:
    met: list[MilestoneRow] = field(default_factory=list)
    missed: list[MilestoneRow] = field(default_factory=list)  # due this period or overdue critical
    late: dict[tuple[str, str], int] = field(default_factory=dict)  # missed key -> days late
    slipped: list[tuple[MilestoneRow, int, int | None]] = field(default_factory=list)
    lookahead: list[tuple[MilestoneRow, int]] = field(default_factory=list)  # (row, band)


@dataclass
class RiskLine:
    risk: RaidRow
    previous_score: int | None
    trend: Trend


@dataclass
class Movement:
    deteriorated: list[tuple[ProjectRow, Rag, Rag]] = field(default_factory=list)
    improved: list[tuple[ProjectRow, Rag, Rag]] = field(default_factory=list)
    new_projects: list[ProjectRow] = field(default_factory=list)
    slipped: list[tuple[MilestoneRow, int]] = field(default_factory=list)
    new_risks: list[RaidRow] = field(default_factory=list)
    recorded_risks: int = 0  # added to the register with an earlier raised date
    closed_risks: list[RaidRow] = field(default_factory=list)
    escalated: list[RaidRow] = field(default_factory=list)
    stale: list[ProjectRow] = field(default_factory=list)


class PackModel:
    """Derived figures of one pack, computed once."""

    def __init__(self, data: PackData) -> None:
        self.data = data
        self.projects = sorted(data.projects, key=severity_key)
        self.by_code = {p.code: p for p in data.projects}
        self.rag_counts = self._rag_counts()
        # Each project's EAC, VAC and indices, computed here so the layout only prints them.
        self.finance_of: dict[str, evm.ProjectFinance] = {
            p.code: evm.project_finance(p.bac, p.pv, p.ev, p.ac, p.eac) for p in data.projects}
        self.finance = self._finance()
        self.decisions = self._decisions()
        self.crs_awaiting = [c for c in data.state.changes if (c.status or "") in AWAITING]
        self.crs_awaiting.sort(key=lambda c: (-(abs(c.impact_cost or 0.0)), c.project_code, c.ref))
        self.crs_decided = self._decided()
        self.milestones = self._milestones()
        # BEI per project over its plan and milestones at the pack's date (n/a: absent)
        self.bei = beis_of(data.state.tasks, data.state.milestones, data.as_of)
        self.top_risks = self._top_risks()
        self.top_issues = self._top_issues()
        self.movement = self._movement()
        self.messages = self._messages()

    # -- summary ----------------------------------------------------------------------
    def currency(self, value: float | None, compact: bool = True) -> str:
        return format_money(value, self.data.currency, compact=compact)

    def _rag_counts(self) -> list[RagCount]:
        total_bac = sum(p.bac or 0.0 for p in self.data.projects) or 1.0
        prev = self.data.previous_projects if self.data.previous else None
        out = []
        for rag in RAG_ORDER:
            now = [p for p in self.data.projects if rag_value(p.rag) is rag]
            before = None
            if prev is not None:
                before = sum(1 for p in prev.values() if p.code in self.by_code
                             and rag_value(p.rag) is rag)
            out.append(RagCount(rag, len(now), before,
                                100.0 * sum(p.bac or 0.0 for p in now) / total_bac))
        return out

    def overall(self) -> tuple[Rag, Trend]:
        """Worst-of over tier-1 projects (all projects when no tiers are set), §2.4."""
        tier1 = [p for p in self.data.projects if p.tier == 1] or self.data.projects
        now = max((rag_value(p.rag) for p in tier1), default=Rag.NOT_SET)
        prev_rows = [self.data.previous_projects.get(p.code) for p in tier1]
        prev = [rag_value(p.rag) for p in prev_rows if p is not None]
        before = max(prev) if prev else None
        return now, trend(before, now)

    def _finance(self) -> Finance:
        rows = self.data.projects
        roll = evm.rollup((p.bac, p.pv, p.ev, p.ac) for p in rows)

        def total(values: list[float | None]) -> float | None:
            known = [v for v in values if v is not None]
            return sum(known) if known else None

        bac = total([p.bac for p in rows])
        eac = total([self.finance_of[p.code].eac for p in rows])
        vac, vac_pct = evm.variance_at_completion(bac, eac)
        over = 0
        for p in rows:
            pct = cost_var_pct(p.bac, p.eac)
            if pct is not None and pct > (p.tolerance_cost_pct or self.data.thresholds.cost_red_pct):
                over += 1
        return Finance(bac=bac, ac=total([p.ac for p in rows]), eac=eac, vac=vac,
                       vac_pct=vac_pct, cpi=roll.cpi, spi=roll.spi, over_budget=over)

    def _decisions(self) -> list[RaidRow]:
        out = [r for r in self.data.state.raid if r.type == "decision" and r.is_open
               and (r.escalation or "") in ("board", "portfolio")]
        out.sort(key=lambda r: (r.due_date or "9999", r.project_code, r.ref))
        return out

    def exceptions(self) -> tuple[list[ProjectRow], list[ProjectRow]]:
        """(false greens, Red projects) for the summary, each worst first.

        The false greens are exactly the projects the data-quality checks flag as
        ``false_green`` (``store.checks``), so the summary and ``check`` agree.
        """
        flagged = {f.project or f.item for f in self.data.findings if f.check == "false_green"}
        greens = [p for p in self.projects if p.code in flagged]
        reds = [p for p in self.projects if p.code not in flagged and rag_value(p.rag) is Rag.RED]
        return greens, reds

    @property
    def decisions_asked(self) -> int:
        return len(self.decisions) + len(self.crs_awaiting)

    def _decided(self) -> list[ChangeRow]:
        since = self.data.previous.as_of if self.data.previous else None
        out = []
        for c in self.data.state.changes:
            day = parse_day(c.decision_date)
            if day is None or day > self.data.as_of or (since and day <= since):
                continue
            if (c.status or "") in CR_DECIDED_STATUSES | {"implemented", "closed"}:
                out.append(c)
        out.sort(key=lambda c: (c.decision_date or "", c.project_code, c.ref), reverse=True)
        return out

    # -- milestones -----------------------------------------------------------------------
    def _milestones(self) -> MilestoneBuckets:
        data, as_of = self.data, self.data.as_of
        start = data.period_start
        prev = {m.key: m for m in data.previous_state.milestones} if data.previous_state else {}
        out = MilestoneBuckets()
        for m in data.state.milestones:
            if (m.status or "") == "cancelled":
                continue
            base = parse_day(m.baseline_date)
            actual = parse_day(m.actual_date)
            done = actual is not None and actual <= as_of
            if base is not None and start <= base <= as_of and done:
                out.met.append(m)  # met this period (late or not)
            late = days_late(m, as_of)
            due_now = base is not None and start <= base <= as_of
            if late is not None and (m.critical or due_now):  # every overdue critical one
                out.missed.append(m)
                out.late[m.key] = late
            slip = m.slip
            if actual is None and slip is not None and slip > 0:
                before = prev.get(m.key)
                moved = None
                if before is not None and before.slip is not None:
                    moved = slip - before.slip
                out.slipped.append((m, slip, moved))
            forecast = parse_day(m.forecast_date) or base
            if actual is None and forecast is not None and as_of < forecast <= as_of + timedelta(days=90):
                days = (forecast - as_of).days
                out.lookahead.append((m, 30 if days <= 30 else 60 if days <= 60 else 90))
        out.met.sort(key=lambda m: (m.baseline_date or "", m.project_code))
        out.missed.sort(key=lambda m: (not m.critical, -out.late[m.key], m.project_code, m.name))
        out.slipped.sort(key=lambda t: (-t[1], t[0].project_code, t[0].name))
        out.lookahead.sort(key=lambda t: (t[0].forecast_date or "", t[0].project_code))
        return out

    # -- risks ---------------------------------------------------------------------------
    def _previous_raid(self) -> dict[tuple[str, str, str], RaidRow]:
        ps = self.data.previous_state
        return {r.key: r for r in ps.raid} if ps else {}

    def open_threats(self) -> list[RaidRow]:
        return [r for r in self.data.state.raid
                if r.type == "risk" and r.is_open and r.is_threat and r.score is not None]

    def _top_risks(self) -> list[RiskLine]:
        prev = self._previous_raid()
        risks = sorted(self.open_threats(), key=lambda r: (
            0 if (r.escalation or "") == "board" else 1, -(r.score or 0), r.project_code, r.ref))
        out = []
        for r in risks[:TOP_RISKS]:
            before = prev.get(r.key)
            before_score = before.score if before is not None and before.is_open else None
            out.append(RiskLine(r, before_score, numeric_trend(
                before_score, r.score, dead_band=1, higher_is_worse=True)))
        return out

    def _top_issues(self) -> list[RaidRow]:
        issues = [r for r in self.data.state.raid if r.type == "issue" and r.is_open]
        issues.sort(key=lambda r: (SEVERITY_RANK.get(r.severity or "", 9),
                                   0 if (r.status or "") == "escalated" else 1,
                                   r.project_code, r.ref))
        return issues[:TOP_RISKS]

    def heat(self, residual: bool = False) -> list[list[int]]:
        grid = [[0] * 5 for _ in range(5)]
        for r in self.open_threats():
            p = r.residual_probability if residual else r.probability
            i = r.residual_impact if residual else r.impact
            if p is not None and i is not None and 1 <= p <= 5 and 1 <= i <= 5:
                grid[p - 1][i - 1] += 1
        return grid

    # -- movement --------------------------------------------------------------------------
    def _movement(self) -> Movement:
        data, out = self.data, Movement()
        for p in self.projects:
            before = data.previous_projects.get(p.code)
            if data.previous is not None and before is None:
                out.new_projects.append(p)
            if before is not None:
                now_rag, old = rag_value(p.rag), rag_value(before.rag)
                t = trend(old, now_rag)
                if t is Trend.DETERIORATED:
                    out.deteriorated.append((p, old, now_rag))
                elif t is Trend.IMPROVED:
                    out.improved.append((p, old, now_rag))
            if status_is_stale(p, data.as_of, data.thresholds.stale_days):
                out.stale.append(p)
        out.slipped = [(m, moved) for m, _s, moved in self.milestones.slipped
                       if moved is not None and moved > 0]
        out.slipped.sort(key=lambda t: (-t[1], t[0].project_code))
        if data.previous_state is None or data.previous is None:
            return out
        prev = self._previous_raid()
        since = data.previous.as_of
        for r in data.state.raid:
            if r.type != "risk":
                continue
            was = prev.get(r.key)
            if was is None:
                raised = parse_day(r.date_raised)
                if raised is None or raised > since:
                    out.new_risks.append(r)
                else:
                    out.recorded_risks += 1
                continue
            if was.is_open and not r.is_open:
                out.closed_risks.append(r)
            if (r.escalation or "") == "board" and (was.escalation or "") != "board" and r.is_open:
                out.escalated.append(r)
        out.new_risks.sort(key=lambda r: (-(r.score or 0), r.project_code, r.ref))
        return out

    # -- key messages -------------------------------------------------------------------------
    def _messages(self) -> list[str]:
        d, f, mv = self.data, self.finance, self.movement
        n = len(d.projects)
        counts = {c.rag: c for c in self.rag_counts}
        red, amber = counts[Rag.RED], counts[Rag.AMBER]
        msgs = []
        text = (f"{red.now} of {n} projects are Red and {amber.now} Amber; Red projects hold "
                f"{red.bac_share:.0f}% of the portfolio budget")
        if red.before is not None:
            delta = red.now - red.before
            text += (f" (Red {'up' if delta > 0 else 'down'} {abs(delta)} since {d.previous.label})"
                     if delta and d.previous else " (Red unchanged since the last pack)")
        msgs.append(text + ".")
        if f.bac is not None and f.eac is not None and f.vac is not None:
            direction = "overrun" if f.vac < 0 else "underspend"
            msgs.append(
                f"Forecast at completion is {self.currency(f.eac)} against a budget of "
                f"{self.currency(f.bac)}: a forecast {direction} of {self.currency(abs(f.vac))} "
                f"({format_pct(abs(f.vac_pct or 0.0))}); {f.over_budget} project"
                f"{'s are' if f.over_budget != 1 else ' is'} forecast beyond cost tolerance.")
        if d.previous is not None:
            worst = ", ".join(p.code for p, _o, _n in mv.deteriorated[:3])
            msgs.append(
                f"Since {d.previous.label}, {len(mv.deteriorated)} project"
                f"{'s' if len(mv.deteriorated) != 1 else ''} deteriorated and "
                f"{len(mv.improved)} improved" + (f" (worst moves: {worst})" if worst else "") + ".")
        ms = self.milestones
        crit = sum(1 for m in ms.missed if m.critical)
        if ms.missed:
            longest = max(ms.late.values())
            msgs.append(f"{plural(len(ms.missed), 'milestone')} missed or overdue, {crit} of "
                        f"them critical (the longest overdue by {plural(longest, 'day')}); "
                        f"{len(ms.met)} met this period.")
        elif ms.met:
            every = "All" if len(ms.met) != 1 else "The"
            msgs.append(f"{every} {plural(len(ms.met), 'milestone')} due this period "
                        f"{'were' if len(ms.met) != 1 else 'was'} met.")
        asks = self.decisions_asked
        cost = sum(c.impact_cost or 0.0 for c in self.crs_awaiting)
        msgs.append(
            f"The board is asked for {asks} decision{'s' if asks != 1 else ''}: "
            f"{len(self.decisions)} escalated decision{'s' if len(self.decisions) != 1 else ''} "
            f"and {len(self.crs_awaiting)} change request{'s' if len(self.crs_awaiting) != 1 else ''}"
            f" worth {self.currency(cost)} in total.")
        high = [x for x in d.findings if x.severity == "high"]
        if high and len(msgs) < 5:
            greens = sum(1 for x in high if x.check == "false_green")
            msgs.append(f"Data-quality checks found {plural(len(high), 'serious problem')} "
                        f"to resolve before decisions rely on the figures, including "
                        f"{plural(greens, 'possible false green')}.")
        return msgs[:5]


def days_late(m: MilestoneRow, as_of: date) -> int | None:
    """Days an open milestone is overdue: its baseline (else its forecast) is before
    ``as_of`` and it is not done; ``None`` when it is not overdue (or is cancelled)."""
    if (m.status or "") == "cancelled" or (parse_day(m.actual_date) or date.max) <= as_of:
        return None
    past = [d for d in (parse_day(m.baseline_date), parse_day(m.forecast_date))
            if d is not None and d < as_of]
    return (as_of - past[0]).days if past else None


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 project``, ``3 projects`` (``many`` for irregular plurals)."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def period_text(data: PackData) -> str:
    """``Period: October 2026`` or ``Live status (compared with October 2026)``."""
    if data.period is not None:
        since = f" (since {data.previous.as_of:%d %b %Y})" if data.previous else ""
        return f"Period {data.period.label}{since}"
    if data.previous is not None:
        return f"Live status, compared with {data.previous.label}"
    return "Live status (no closed period to compare with)"


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"
