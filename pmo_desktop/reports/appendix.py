"""Appendix: RAG definitions, the thresholds in force, scales, glossary, provenance."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from pmo_desktop.domain.capacity import UtilBand
from pmo_desktop.domain.rag import Rag
from pmo_desktop.domain.risk import IMPACT_LABELS, PROBABILITY_LABELS, VALID_SCORES
from pmo_desktop.domain.settings_rules import DEFAULT_EAC_METHOD, EAC_METHODS

from .context import Ctx
from .flow import Col, Fill, RagCell, heading, note, para, section_title, table
from .theme import hex_colour

_RAG_MEANING = {
    Rag.GREEN: "On track: within agreed tolerances; no issue needs escalation.",
    Rag.AMBER: "At risk: deviations exist but the team can bring them back within tolerance; "
               "needs attention, no board decision yet.",
    Rag.RED: "Critical: a tolerance is breached or forecast to be, or issues are beyond the "
             "team's authority; a board decision or escalation is needed.",
    Rag.NOT_SET: "Not set: not started, no data or not yet in delivery; never aggregated.",
}
_PROBABILITY_PCT = {1: "≤ 10%", 2: "11–30%", 3: "31–50%", 4: "51–70%", 5: "> 70%"}
_GLOSSARY = [
    ("AC", "Actual cost of the work performed to date."),
    ("BAC", "Budget at completion: the approved budget of the baseline."),
    ("CPI", "Cost performance index, EV ÷ AC; below 1 is over budget."),
    ("BEI", "Baseline Execution Index: plan tasks and milestones completed by the as-of date "
            "÷ those baselined to complete by then (summary tasks excluded); n/a when none "
            "was due."),
    ("CR", "Change request: a proposed change to an approved baseline."),
    ("EAC", "Estimate (forecast) at completion: reported by the PM, typical (BAC ÷ CPI), "
            "atypical (AC + BAC − EV) or composite (AC + (BAC − EV) ÷ (CPI × SPI))."),
    ("ETC", "Estimate to complete: EAC − AC."),
    ("ES", "Earned schedule: the time at which the work done was planned to be done; "
           "SV(t) = ES − actual time and SPI(t) = ES ÷ actual time, in months."),
    ("TCPI", "To-complete performance index: the cost efficiency the remaining work needs, "
             "(BAC − EV) ÷ (BAC − AC) to land on budget, ÷ (EAC − AC) to land on the EAC."),
    ("EV", "Earned value: the budget of the work actually done."),
    ("PV", "Planned value: the budget of the work scheduled to date."),
    ("RAID", "Risks, assumptions, issues, dependencies (and decisions, actions)."),
    ("RAG", "Red / Amber / Green status rating."),
    ("SPI", "Schedule performance index, EV ÷ PV; below 1 is behind schedule."),
    ("VAC", "Variance at completion, BAC − EAC; negative is a forecast overrun."),
    ("Tolerance", "The permitted deviation before the board must be told (PRINCE2)."),
    ("False green", "Reported Green while the calculated rating is Red."),
]


def appendix(ctx: Ctx) -> list[Flowable]:
    d, th = ctx.data, ctx.data.thresholds
    w = ctx.width
    out = section_title("Appendix: definitions")
    out.append(heading("RAG definitions"))
    out.append(table([Col("Rating", 1, "CENTER"), Col("Meaning", 6, wrap=True)],
                     [[RagCell(r, r.label), _RAG_MEANING[r]] for r in _RAG_MEANING], w, zebra=False))
    out.append(heading("Calculated RAG thresholds in force"))
    rows = [
        ["Cost: forecast overrun (EAC − BAC) ÷ BAC", f"≤ {th.cost_amber_pct:g}%",
         f"≤ {th.cost_red_pct:g}%", f"> {th.cost_red_pct:g}%"],
        ["Cost: CPI", f"≥ {th.cpi_amber:g}", f"≥ {th.cpi_red:g}", f"< {th.cpi_red:g}"],
        ["Cost: TCPI to BAC (negative: budget spent)", f"≤ {th.tcpi_amber:g}",
         f"≤ {th.tcpi_red:g}", f"> {th.tcpi_red:g}"],
        ["Schedule: SPI, or SPI(t) once two thirds of the budget was planned",
         f"≥ {th.spi_amber:g}", f"≥ {th.spi_red:g}", f"< {th.spi_red:g}"],
        ["Schedule: finish slip as % of baseline duration",
         f"≤ {th.schedule_amber_pct:g}% and ≤ {th.schedule_abs_days} days",
         f"≤ {th.schedule_red_pct:g}%, or a milestone overdue",
         f"> {th.schedule_red_pct:g}%, or a critical milestone overdue"],
        ["Schedule, where a project has a plan: its latest critical task's slip "
         "(as a finish slip) and its BEI",
         f"BEI ≥ {th.bei_amber:g}", f"BEI ≥ {th.bei_red:g}", f"BEI < {th.bei_red:g}"],
        ["Risk: highest open threat score (the risk bands below)",
         f"≤ {_below(th.risk_amber_score)}", f"{th.risk_amber_score}–{_below(th.risk_red_score)}",
         f"≥ {th.risk_red_score}"],
        ["Resource: peak utilisation, next three months", f"≤ {th.resource_amber_pct:g}%",
         f"≤ {th.resource_red_pct:g}%", f"> {th.resource_red_pct:g}%"],
        ["Overall", "worst of the dimensions" + (" (two Ambers make Red)" if th.two_ambers_red else ""),
         "", ""],
        ["Status older than (stale)", f"{th.stale_days} days", "", ""],
    ]
    out.append(table([Col("Measure", 4, wrap=True), Col("Green", 2, wrap=True),
                      Col("Amber", 1.6, wrap=True), Col("Red", 2, wrap=True)], rows, w))
    out.append(heading("Estimate at completion"))
    out.append(para(_eac_method(ctx), "body"))
    out.append(heading("Risk scales (5 × 5)"))
    bands = d.risk_bands
    scale_rows = [[str(n), PROBABILITY_LABELS[n], _PROBABILITY_PCT[n], IMPACT_LABELS[n]]
                  for n in range(1, 6)]
    out.append(table([Col("Level", 0.7, "CENTER"), Col("Probability", 1.6),
                      Col("Likelihood", 1.3), Col("Impact", 1.6)], scale_rows, w * 0.7, zebra=False))
    out.append(Spacer(1, 4))
    band_rows = [[Fill(hex_colour(band.colour), band.label), f"{low}–{high}",
                  RagCell(bands.rag(low), bands.rag(low).label)]
                 for band, low, high in bands.ranges()]
    out.append(table([Col("Band", 1.2, "CENTER"), Col("Score (probability × impact)", 3),
                      Col("Risk RAG", 1.2, "CENTER")], band_rows, w * 0.6, zebra=False))
    out.append(heading("Resource utilisation bands"))
    util_rows = [[Fill(hex_colour(b.colour), b.label), text]
                 for b, text in ((UtilBand.LOW, "under 50%"), (UtilBand.UNDER, "50–80%"),
                                 (UtilBand.TARGET, "80–100%"), (UtilBand.OVER, "100–110%"),
                                 (UtilBand.HOTSPOT, "over 110%"))]
    out.append(table([Col("Band", 1.5, "CENTER"), Col("Utilisation", 2)], util_rows, w * 0.5,
                     zebra=False))
    out.append(heading("Glossary"))
    out.append(table([Col("Term", 1), Col("Meaning", 6, wrap=True)],
                     [[t, m] for t, m in _GLOSSARY], w))
    out.append(heading("Where the figures come from"))
    out.append(para(_provenance(ctx), "body"))
    return out


def _eac_method(ctx: Ctx) -> str:
    money = ctx.data.money
    method = money.eac_method if money is not None else DEFAULT_EAC_METHOD
    return (f"The forecasts in this pack use the portfolio's EAC method: "
            f"{EAC_METHODS.get(method, method)}. Where that estimate cannot be computed for a "
            f"project (no actual cost yet, or a CPI of 0) its reported EAC stands in, else its "
            f"budget. ETC, VAC and TCPI to EAC follow the EAC used; portfolio and programme "
            f"figures add up the projects' PV, EV, AC, BAC and EAC and compute every index "
            f"from those sums, never averaging indices.")


def _below(score: int) -> int:
    """The highest possible risk score under ``score`` (7, 11, 13, 14 … cannot occur)."""
    return max((v for v in VALID_SCORES if v < score), default=0)


def _provenance(ctx: Ctx) -> str:
    d = ctx.data
    if d.period is not None:
        return (f"Project statuses, RAG ratings and financial figures are the snapshot frozen "
                f"when the period {d.period.label} was closed. Risks, issues, decisions, "
                f"milestones, change requests, baselines and resource bookings are reconstructed "
                f"from the change log as they stood at that moment (change {d.period.cut}), so "
                f"later edits do not alter this pack. Data version {d.data_hash}.")
    return (f"Project statuses are calculated from the portfolio as it stood when the pack was "
            f"made (as of {d.as_of.isoformat()}); no period was closed for it. Movement compares "
            f"with the snapshot of "
            f"{d.previous.label if d.previous else 'no earlier period'}; registers at that time are "
            f"reconstructed from the change log. Data version {d.data_hash}.")


_ = note
