"""Column specs of the RAID register (also used by the project page's RAID tab)."""

from __future__ import annotations

from pmo_desktop.domain.money import MISSING
from pmo_desktop.store.labels import field_label
from pmo_desktop.store.queries_raid import RaidRow

from ..viewkit.fmt import date_key, fmt_date, label, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.models import CENTRE, Column


def _score_text(r: RaidRow) -> str:
    if r.score is None or r.band is None:
        return MISSING
    return f"{r.score} · {r.band.label}"


def raid_columns(with_project: bool = True) -> list[Column[RaidRow]]:
    cols: list[Column[RaidRow]] = []
    if with_project:
        cols.append(Column(field_label("project_id"), lambda r: r.project_code,
                           tooltip=lambda r: r.project_name, width=74))
    cols += [
        Column(field_label("type"), lambda r: label(r.type), width=88),
        Column(field_label("ref"), lambda r: r.ref, width=56),
        Column(field_label("title"), lambda r: r.title, width=280, fill=True,
               tooltip=lambda r: r.title + (f"\n{r.next_action}" if r.next_action else "")),
        Column(field_label("owner"), lambda r: text_or_dash(r.owner), width=120,
               tooltip=lambda r: r.owner),
        Column(field_label("status"), lambda r: label(r.status), width=92),
        Column(tr("P"), lambda r: text_or_dash(r.probability), key=lambda r: r.probability,
               align=CENTRE, width=32, header_tip=tr("Probability (1–5)")),
        Column(tr("I"), lambda r: text_or_dash(r.impact), key=lambda r: r.impact,
               align=CENTRE, width=32, header_tip=tr("Impact (1–5)")),
        Column(tr("Score"), _score_text, key=lambda r: r.score, width=96,
               chip=lambda r: r.band.colour if r.band else None,
               header_tip=tr("Probability × impact and its band")),
        Column(field_label("severity"), lambda r: label(r.severity), width=72),
        Column(field_label("due_date"), lambda r: fmt_date(r.due_date),
               key=lambda r: date_key(r.due_date), width=92),
    ]
    return cols


def raid_facets() -> dict[str, object]:
    return {
        "type": lambda r: r.type,
        "band": lambda r: r.band.value if r.band else None,
        "open": lambda r: "open" if r.is_open else "closed",
        "cell": lambda r: f"{r.probability}-{r.impact}" if r.score is not None else None,
        "threat": lambda r: r.threat_or_opportunity or "threat",
    }
