"""Column specs of the RAID register (the project page's RAID tab uses the short set).

The register holds every column of DOMAIN §3 (``register_columns``: an id for each, so
the user's choice of columns can be remembered); each tab (all items, risks, issues…)
shows a sensible default set (``DEFAULT_COLUMNS``) and the rest are a right-click on the
header away. Where the importer mapped a tracker's words onto a value ("Likely" → 4),
the cell shows the words too and its tooltip says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pmo_desktop.domain.money import MISSING, format_money
from pmo_desktop.domain.raid import Flag
from pmo_desktop.domain.risk import Band
from pmo_desktop.store.labels import field_label
from pmo_desktop.store.queries_raid import RaidRow

from ..viewkit.fmt import date_key, fmt_date, label, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.models import CENTRE, RIGHT, Column

FLAG_COLOUR = "#E8A33D"  # the flags column's chip: amber, "needs attention"


def _score_text(score: int | None, band: Band | None) -> str:
    if score is None or band is None:
        return MISSING
    return f"{score} · {band.label}"


def _words(r: RaidRow, field: str) -> str | None:
    return r.source_text.get(field) if r.source_text else None


# An enumeration's label, worked out once per value: a register of 100,000 items asks
# for 800,000 of them and has a few dozen values.
_label = lru_cache(maxsize=1024)(label)

WORDS_MARK = "*"  # after a value read from a tracker's word; the tooltip says which


def _scale(field: str, value: Callable[[RaidRow], int | None]) -> Callable[[RaidRow], str]:
    """A 1–5 value, marked when the importer read it from a word (``4*``: “Likely”)."""
    def text(r: RaidRow) -> str:
        number = value(r)
        return text_or_dash(number) + (WORDS_MARK if _words(r, field) and number is not None
                                        else "")
    return text


def words_text(r: RaidRow) -> str:
    """What the tracker said for the values it mapped: ``P “Likely” · I “Major”``."""
    if not r.source_text:
        return ""
    return " · ".join(f"{_SHORT.get(f, field_label(f))} “{t}”"
                      for f, t in r.source_text.items())


_STAR = "; * read from a tracker's word"
_SHORT = {"probability": "P", "impact": "I", "residual_probability": "Res. P",
          "residual_impact": "Res. I"}


def _imported_tip(field: str, shown: Callable[[RaidRow], str]) -> Callable[[RaidRow], str | None]:
    def tip(r: RaidRow) -> str | None:
        words = _words(r, field)
        if not words:
            return None
        return tr("{f}: the tracker said “{w}”, read as {v}").format(
            f=field_label(field), w=words, v=shown(r).rstrip(WORDS_MARK))
    return tip


def _enum(field: str, value: Callable[[RaidRow], str | None]) -> tuple[
        Callable[[RaidRow], str], Callable[[RaidRow], str | None]]:
    """An enumeration's label, and a tooltip with the tracker's word when mapped."""
    def text(r: RaidRow) -> str:
        return _label(value(r))
    return text, _imported_tip(field, text)


def flags_text(r: RaidRow) -> str:
    """The first flag, and how many more (the tooltip names them all)."""
    if not r.flags:
        return ""
    return r.flags[0].short + (f" +{len(r.flags) - 1}" if len(r.flags) > 1 else "")


def _flags_tip(r: RaidRow) -> str | None:
    if not r.flags:
        return None
    why = {Flag.REVIEW_OVERDUE: tr("review date {d} has passed").format(d=fmt_date(r.review_date)),
           Flag.OVERDUE: tr("due {d} and still open").format(d=fmt_date(r.due_date)),
           Flag.NO_OWNER: tr("nobody owns it")}
    return "\n".join(f"{f.label}: {why[f]}" for f in r.flags)


def linked_text(r: RaidRow) -> str:
    """``from risk R-004`` on an issue, ``became issue I-007`` on a materialised risk."""
    if not r.linked_ref:
        return ""
    if r.type == "issue":
        return tr("from risk {ref}").format(ref=r.linked_ref)
    if r.type == "risk":
        return tr("became issue {ref}").format(ref=r.linked_ref)
    return r.linked_ref


def _title_tip(r: RaidRow) -> str:
    lines = [r.title]
    if r.next_action:
        lines.append(r.next_action)
    if r.linked_ref:
        lines.append(linked_text(r))
    return "\n".join(lines)


def _date(value: Callable[[RaidRow], str | None], title: str, width: int = 92
          ) -> Column[RaidRow]:
    return Column(title, lambda r: fmt_date(value(r)), key=lambda r: date_key(value(r)),
                  width=width, searched=False)


@dataclass(frozen=True)
class RegisterColumn:
    """A register column and the id its visibility is remembered by."""

    id: str
    column: Column[RaidRow]


def _enum_column(field: str, value: Callable[[RaidRow], str | None], width: int
                 ) -> Column[RaidRow]:
    text, tip = _enum(field, value)
    return Column(field_label(field), text, width=width, tooltip=tip)


def register_columns() -> list[RegisterColumn]:
    """Every column of the register, in order."""
    p_text = _scale("probability", lambda r: r.probability)
    i_text = _scale("impact", lambda r: r.impact)
    rp_text = _scale("residual_probability", lambda r: r.residual_probability)
    ri_text = _scale("residual_impact", lambda r: r.residual_impact)
    cols = [
        ("project", Column(field_label("project_id"), lambda r: r.project_code,
                           tooltip=lambda r: r.project_name, width=74)),
        ("programme", Column(field_label("programme_id"), lambda r: text_or_dash(r.programme),
                             width=120)),
        ("flags", Column(tr("Flags"), flags_text, width=92, tooltip=_flags_tip,
                         chip=lambda r: FLAG_COLOUR if r.flags else None,
                         header_tip=tr("Review overdue, overdue, or no owner (open items)"))),
        ("type", Column(field_label("type"), lambda r: _label(r.type), width=88)),
        ("ref", Column(field_label("ref"), lambda r: r.ref, width=60)),
        ("title", Column(field_label("title"), lambda r: r.title, width=260, fill=True,
                         tooltip=_title_tip)),
        ("owner", Column(field_label("owner"), lambda r: text_or_dash(r.owner), width=120,
                         tooltip=lambda r: r.owner)),
        ("status", _enum_column("status", lambda r: r.status, 96)),
        ("category", _enum_column("category", lambda r: r.category, 100)),
        ("probability", Column(tr("P"), p_text, key=lambda r: r.probability, align=CENTRE,
                               width=40, searched=False, header_tip=tr("Inherent probability (1–5)") + _STAR,
                               tooltip=_imported_tip("probability", p_text))),
        ("impact", Column(tr("I"), i_text, key=lambda r: r.impact, align=CENTRE, width=40,
                          searched=False,
                          header_tip=tr("Inherent impact (1–5)") + _STAR,
                          tooltip=_imported_tip("impact", i_text))),
        ("score", Column(tr("Score"), lambda r: _score_text(r.score, r.band),
                         key=lambda r: r.score, width=96,
                         chip=lambda r: r.band.colour if r.band else None,
                         header_tip=tr("Inherent probability × impact and its band"))),
        ("residual_probability", Column(tr("Res. P"), rp_text, key=lambda r: r.residual_probability,
                                        align=CENTRE, width=52, searched=False,
                                        header_tip=tr("Residual probability (1–5)") + _STAR,
                                        tooltip=_imported_tip("residual_probability", rp_text))),
        ("residual_impact", Column(tr("Res. I"), ri_text, key=lambda r: r.residual_impact,
                                   align=CENTRE, width=52, searched=False,
                                   header_tip=tr("Residual impact (1–5)") + _STAR,
                                   tooltip=_imported_tip("residual_impact", ri_text))),
        ("residual_score", Column(tr("Residual"), lambda r: _score_text(r.residual_score,
                                                                         r.residual_band),
                                  key=lambda r: r.residual_score, width=96,
                                  chip=lambda r: r.residual_band.colour if r.residual_band
                                  else None,
                                  header_tip=tr("Residual probability × impact and its band"))),
        ("proximity", _enum_column("proximity", lambda r: r.proximity, 104)),
        ("response", _enum_column("response", lambda r: r.response, 88)),
        ("escalation", _enum_column("escalation", lambda r: r.escalation, 92)),
        ("trend", _enum_column("trend", lambda r: r.trend, 84)),
        ("severity", _enum_column("severity", lambda r: r.severity, 76)),
        ("impact_cost", Column(field_label("impact_cost"),
                               lambda r: format_money(r.impact_cost, "", compact=True),
                               key=lambda r: r.impact_cost, align=RIGHT, width=88)),
        ("resolution", Column(field_label("resolution"), lambda r: r.resolution or "",
                              width=180, tooltip=lambda r: r.resolution)),
        ("linked", Column(field_label("linked_ref"), linked_text, width=120)),
        ("decision_date", _date(lambda r: r.decision_date, field_label("decision_date"))),
        ("decided_by", Column(tr("By whom"), lambda r: text_or_dash(r.decided_by), width=110,
                              header_tip=field_label("decided_by"))),
        ("options", Column(field_label("options"), lambda r: r.options or "", width=180,
                           tooltip=lambda r: r.options)),
        ("counterparty", Column(field_label("counterparty"),
                                lambda r: text_or_dash(r.counterparty), width=120)),
        ("need_by_date", _date(lambda r: r.need_by_date, field_label("need_by_date"))),
        ("due_date", _date(lambda r: r.due_date, field_label("due_date"))),
        ("review_date", _date(lambda r: r.review_date, field_label("review_date"))),
        ("closed_date", _date(lambda r: r.closed_date, field_label("closed_date"))),
        ("words", Column(tr("Tracker's words"), words_text, width=160,
                         tooltip=lambda r: words_text(r) or None,
                         header_tip=tr("What an imported tracker said for the values read "
                                       "from words (marked * in their columns)"))),
    ]
    return [RegisterColumn(i, c) for i, c in cols]


_COMMON = ("project", "flags", "ref", "title", "owner", "status")
# The columns each tab shows until the user chooses (None: the "All" tab): each set fits
# a 1366 px window with the heat map open (the title takes what the others leave, at
# least ``viewkit.widgets.FILL_FLOOR``); the rest are in the column chooser.
DEFAULT_COLUMNS: dict[str | None, tuple[str, ...]] = {
    None: ("project", "flags", "type", "ref", "title", "owner", "status", "score", "due_date"),
    "risk": _COMMON + ("probability", "impact", "score", "residual_score"),
    "issue": _COMMON + ("severity", "linked", "due_date"),
    "assumption": _COMMON + ("due_date", "review_date"),
    "dependency": _COMMON + ("counterparty", "need_by_date"),
    "decision": _COMMON + ("decision_date", "decided_by"),
    "action": _COMMON + ("due_date", "review_date"),
}


def raid_columns(with_project: bool = True) -> list[Column[RaidRow]]:
    """The short set of columns (the project page's RAID tab)."""
    by_id = {c.id: c.column for c in register_columns()}
    ids = (["project"] if with_project else []) + [
        "type", "ref", "title", "owner", "status", "probability", "impact", "score",
        "severity", "due_date"]
    return [by_id[i] for i in ids]


def raid_facets() -> dict[str, Callable[[RaidRow], str | None]]:
    return {
        "type": lambda r: r.type,
        "band": lambda r: r.band.value if r.band else None,
        "open": lambda r: "open" if r.is_open else "closed",
        "cell": lambda r: f"{r.probability}-{r.impact}" if r.score is not None else None,
        "rcell": lambda r: f"{r.residual_probability}-{r.residual_impact}"
        if r.residual_score is not None else None,
        "threat": lambda r: r.threat_or_opportunity or "threat",
        "programme": lambda r: r.programme,
        **{f"flag:{f.value}": (lambda r, f=f: "yes" if f in r.flags else None)  # type: ignore[misc]
           for f in Flag},
        "flagged": lambda r: "yes" if r.flags else None,
    }
