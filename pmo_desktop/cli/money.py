"""``project`` (one project with its earned value, milestones, baselines and RAG) and
``financials`` (the phased figures the Financials view shows).

Earned-value figures of ``project`` are printed at full precision (the oracles of
DOMAIN §5.5 are checked through it); ``financials`` prints money to the cent, each
total the sum of its rows as printed (round-half-up), indices at full precision.
"""

from __future__ import annotations

import argparse
import dataclasses
from decimal import Decimal
from typing import Any, Iterable

from .common import UserError, _as_of, _emit, _open, _table

_MONEY = ("bac", "pv", "ev", "ac", "cv", "sv", "eac", "eac_reported", "eac_typical",
          "eac_atypical", "eac_composite", "etc", "vac")
_INDEX = ("cpi", "spi", "tcpi_bac", "tcpi_eac", "cv_pct", "sv_pct", "vac_pct",
          "pct_complete", "pct_spent", "es", "sv_t", "spi_t")


def _evm(phased: Any) -> dict[str, Any]:
    """Every figure of ``domain.evm.compute`` under its own name, the chosen EAC and
    Earned Schedule, at full precision."""
    out: dict[str, Any] = dataclasses.asdict(phased.evm)
    out.update(eac=phased.eac, eac_reported=phased.eac_reported,
               eac_method=phased.eac_method, eac_method_used=phased.eac_method_used,
               es=phased.es, sv_t=phased.sv_t, spi_t=phased.spi_t, at=phased.at,
               pd=phased.pd)
    return out


def _month(m: Any) -> dict[str, Any]:
    return {"period": m.period, "pv": m.pv, "ev": m.ev, "ac": m.ac, "outturn": m.outturn,
            "pv_cum": m.pv_cum, "ev_cum": m.ev_cum, "ac_cum": m.ac_cum,
            "outturn_cum": m.outturn_cum}


def project_json(page: Any) -> dict[str, Any]:
    """The ``project`` object of ``pmo-desktop project --json``."""
    fields = {k: v for k, v in page.fields.items() if k != "id" and k != "programme_id"
              and not k.startswith("source_")}
    s = page.status
    fields.update(
        evm=_evm(page.phased),
        months=[_month(m) for m in page.phased.months],
        milestones=[{"name": m["name"], "critical": bool(m["critical"]),
                     "baseline_date": m["baseline_date"], "forecast_date": m["forecast_date"],
                     "actual_date": m["actual_date"], "slip_days": m["slip_days"],
                     "status": m["state"]} for m in page.milestones],
        bei=s.bei.value,
        baselines=[{k: v for k, v in b.items() if k not in ("id", "project_id")
                    and not k.startswith("source_")} for b in page.baselines],
        rag={"reported": dict(s.reported),
             "calculated": {d: r.rag.key for d, r in page.calculated.items()},
             "why": {d: r.why for d, r in page.calculated.items()}})
    return fields


def cmd_project(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.money import format_index, format_money, format_pct
    from pmo_desktop.store.queries_money import eac_method
    from pmo_desktop.store.queries_money_project import project_money

    with _open(args.db) as store:
        as_of = args.as_of or _as_of(store)
        page = project_money(store, args.code, as_of, store.thresholds(),
                             eac_method(store.settings()))
        currency = store.currency
    if page is None:
        raise UserError(f"no project with the code {args.code!r}")
    data = project_json(page)
    if args.json:
        _emit({"project": data})
        return 0
    e = data["evm"]
    print(f"{data['code']} — {data['name']} (as of {as_of.isoformat()})")
    for label, key in (("BAC", "bac"), ("PV", "pv"), ("EV", "ev"), ("AC", "ac"),
                       (f"EAC ({e['eac_method_used']})", "eac"), ("ETC", "etc"), ("VAC", "vac")):
        print(f"  {label:<22} {format_money(e[key], currency)}")
    for label, key in (("CPI", "cpi"), ("SPI", "spi"), ("SPI(t)", "spi_t"),
                       ("TCPI (to BAC)", "tcpi_bac"), ("TCPI (to EAC)", "tcpi_eac")):
        print(f"  {label:<22} {format_index(e[key])}")
    print(f"  {'VAC %':<22} {format_pct(e['vac_pct'])}")
    for dim, colour in data["rag"]["calculated"].items():
        print(f"  RAG {dim:<18} {colour or 'not set':<8} {data['rag']['why'][dim]}")
    return 0


# --- financials -------------------------------------------------------------------------------


def _cents(value: float | None) -> Decimal | None:
    from pmo_desktop.domain.money import shown

    return shown(value, 2)


def _row(name: str, phased: Any) -> dict[str, Any]:
    e = _evm(phased)
    row: dict[str, Any] = {"name": name}
    for key in _MONEY:
        cents = _cents(e[key])
        row[key] = None if cents is None else float(cents)
    row.update({k: e[k] for k in _INDEX})
    row["eac_method_used"] = phased.eac_method_used
    return row


def _sum_rows(name: str, rows: list[dict[str, Any]], phased: Any) -> dict[str, Any]:
    """A total row: money is the sum of the rows as printed; indices from the roll-up
    (computed from sums, never averaged)."""
    out = _row(name, phased)
    for key in _MONEY:
        values = [Decimal(repr(r[key])) for r in rows if r[key] is not None]
        out[key] = float(sum(values, Decimal(0))) if values else None
    out["eac_method_used"] = phased.eac_method
    return out


def _months(months: Iterable[Any]) -> list[dict[str, Any]]:
    out, cum = [], {"pv": Decimal(0), "ev": Decimal(0), "ac": Decimal(0)}
    for m in months:
        row: dict[str, Any] = {"period": m.period}
        for key in ("pv", "ev", "ac"):
            cents = _cents(getattr(m, key))
            row[key] = None if cents is None else float(cents)
            if cents is not None:
                cum[key] += cents
            row[f"{key}_cum"] = None if cents is None else float(cum[key])
        row["outturn_cum"] = float(_cents(m.outturn_cum) or 0)
        out.append(row)
    return out


def _periods(periods: Iterable[Any]) -> list[dict[str, Any]]:
    out = []
    for p in periods:
        e = p.evm
        out.append({"as_of": p.as_of, "label": p.label, "projects": p.projects,
                    **{k: None if getattr(p, k) is None else float(_cents(getattr(p, k)) or 0)
                       for k in ("bac", "pv", "ev", "ac", "eac")},
                    "cpi": e.cpi, "spi": e.spi})
    return out


def financials_json(book: Any, by: str, in_year: Any) -> dict[str, Any]:
    """The object ``pmo-desktop financials --json`` prints."""
    projects = [{"code": pm.project.code, "programme": pm.project.programme,
                 **_row(pm.project.name, pm.phased)} for pm in book.projects]
    programmes = []
    for name, phased in book.programmes.items():
        own = [p for p in projects if (p["programme"] or "(no programme)") == name]
        programmes.append(_sum_rows(name, own, phased))
    data: dict[str, Any] = {
        "as_of": book.as_of.isoformat(), "eac_method": book.method, "by": by,
        "projects": projects, "programmes": programmes,
        "total": _sum_rows("Total", programmes, book.total),
        "in_year": {"first": in_year.first, "last": in_year.last,
                    "budget": float(_cents(in_year.budget) or 0),
                    "forecast": float(_cents(in_year.forecast) or 0),
                    "actual": float(_cents(in_year.actual) or 0)},
    }
    if by == "period":
        data["periods"] = _periods(book.periods)
    else:
        data["months"] = _months(book.total.months)
    return data


def cmd_financials(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.evm_outlook import in_year
    from pmo_desktop.store.queries_money import eac_method, money_book

    with _open(args.db) as store:
        as_of = _as_of(store)
        settings = store.settings()
        book = money_book(store, as_of, eac_method(settings), programme=args.programme)
        currency = store.currency
    if args.programme is not None and not book.projects:
        raise UserError(f"no programme named {args.programme!r} (or it has no projects)")
    data = financials_json(book, args.by, in_year(
        book.total, as_of, str(settings.get("fiscal_year_start") or "04-01")))
    if args.json:
        _emit(data)
        return 0
    for line in _text(data, currency):
        print(line)
    return 0


def _text(data: dict[str, Any], currency: str) -> list[str]:
    from pmo_desktop.domain.money import format_index, format_money

    def m(v: float | None) -> str:
        return format_money(v, currency, compact=True)

    rows = [[r["name"], m(r["bac"]), m(r["pv"]), m(r["ev"]), m(r["ac"]), m(r["eac"]),
             m(r["vac"]), format_index(r["cpi"]), format_index(r["spi"]),
             format_index(r["tcpi_bac"])] for r in data["programmes"] + [data["total"]]]
    out = [f"Financials as of {data['as_of']} (EAC: {data['eac_method']})"]
    out += _table(["Programme", "BAC", "PV", "EV", "AC", "EAC", "VAC", "CPI", "SPI", "TCPI"],
                  rows, [30] + [9] * 9, [False] + [True] * 9)
    out.append("")
    if data["by"] == "period":
        out += _table(["Period", "Projects", "PV", "EV", "AC", "CPI", "SPI"],
                      [[p["as_of"], str(p["projects"]), m(p["pv"]), m(p["ev"]), m(p["ac"]),
                        format_index(p["cpi"]), format_index(p["spi"])]
                       for p in data["periods"]], [10, 8, 9, 9, 9, 5, 5],
                      [False] + [True] * 6)
    else:
        out += _table(["Month", "PV", "EV", "AC", "PV cum", "EV cum", "AC cum"],
                      [[r["period"], m(r["pv"]), m(r["ev"]), m(r["ac"]), m(r["pv_cum"]),
                        m(r["ev_cum"]), m(r["ac_cum"])] for r in data["months"]],
                      [7] + [9] * 6, [False] + [True] * 6)
    return out
