"""The commands over a portfolio as a whole: ``new``, ``demo``, ``info``, ``projects``,
the reporting periods, ``check`` and ``report``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import UserError, _as_of, _emit, _money, _open, _table


def cmd_new(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.portfolios import new_portfolio

    try:
        result = new_portfolio(args.db, name=args.name, currency=args.currency, source="cli")
    except FileExistsError as exc:
        raise UserError(str(exc)) from None
    name, currency = result.value["name"], result.value["currency"]
    if args.json:
        _emit({"db": args.db, "name": name, "currency": currency})
    else:
        print(f"Created an empty portfolio '{name}' ({currency}) at {args.db}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.portfolios import build_demo

    counts = build_demo(args.db, projects=args.projects, seed=args.seed,
                        as_of=args.as_of, raid_items=args.raid_items).counts
    if args.json:
        _emit({"db": args.db, "counts": counts})
    else:
        print(f"Demo portfolio written to {args.db}: {counts['project']} projects, "
              f"{counts['resource']} people, "
              f"{sum(counts[k] for k in ('risk', 'issue', 'assumption', 'dependency', 'decision', 'action'))}"
              f" RAID items, {counts['change_request']} change requests.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        data = {"schema_version": store.schema_version, "counts": store.counts()}
        name = store.name
    if args.json:
        _emit(data)
    else:
        print(f"{name} — {args.db} (schema {data['schema_version']})")
        for key, value in data["counts"].items():
            print(f"  {key:<16} {value:>8}")
    return 0


PROJECT_MONEY = ("bac", "actual", "forecast")
TEXT_WIDTH = 99  # text tables fit a 100-column terminal


def _projects_table(projects: list[dict[str, Any]], currency: str) -> list[str]:
    """The ``projects`` text output: a header row and aligned columns that fit a
    100-column terminal (name and programme share what the other columns leave, the
    programme getting at least 16 characters when it needs them)."""
    from pmo_desktop.domain.enums import label
    from pmo_desktop.domain.money import MISSING, format_money

    if not projects:
        return []
    headers = ["Code", "Name", "Programme", "State", "RAG", "Status date", "BAC"]
    cells = [[p["code"], p["name"] or "", p["programme"] or MISSING,
              label(p["state"]) or MISSING, label(p["rag"]) or MISSING,
              p["status_date"] or MISSING, format_money(p["bac"], currency, compact=True)]
             for p in projects]
    need = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    caps = [min(16, need[0]), 0, 0, 9, 5, 11, 8]
    room = TEXT_WIDTH - sum(caps) - 2 * (len(caps) - 1)
    caps[2] = min(need[2], max(16, room - need[1]))
    caps[1] = max(4, room - caps[2])
    return _table(headers, cells, caps, [False] * 6 + [True])


def cmd_projects(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        rows = store.project_statuses(_as_of(store))
        currency = store.currency
    projects = [{
        "code": s.code, "name": s.name, "programme": s.programme, "manager": s.manager,
        "sponsor": s.sponsor, "stage": s.stage, "state": s.state, "rag": s.rag,
        "rag_reported": s.reported.get("overall"), "rag_calculated": s.calculated.get("overall"),
        "pct_complete": s.pct_complete, "bac": s.bac, "actual": s.ac, "forecast": s.eac,
        "finish_baseline": s.finish_baseline, "finish_forecast": s.finish_forecast,
        "status_date": s.status_date, "next_milestone": s.next_milestone,
        "next_milestone_date": s.next_milestone_date, "open_high_risks": s.open_high_risks,
        "bei": None if s.bei.value is None else round(s.bei.value, 4),
    } for s in rows]
    if args.json:
        _emit({"projects": [_money(p, PROJECT_MONEY) for p in projects]})
        return 0
    for line in _projects_table(projects, currency):
        print(line)
    print(f"{len(projects)} projects")
    return 0


def cmd_close_period(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.periods import close_period

    with _open(args.db) as store:
        result = close_period(store, args.as_of, label=args.label, source="cli")
    count = result.counts["projects"]
    if args.json:
        _emit({"period": result.value, "as_of": args.as_of.isoformat(), "projects": count})
    else:
        print(f"Closed the period ending {args.as_of.isoformat()}: {count} project statuses frozen.")
    return 0


def cmd_reopen_period(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.periods import reopen_period

    with _open(args.db) as store:
        data = reopen_period(store, args.date, source="cli").value
    if args.json:
        _emit(data)
    else:
        print(f"Reopened the period ending {data['as_of']} ({data['label']}): "
              f"{data['projects']} frozen project statuses removed.")
    return 0


def cmd_periods(args: argparse.Namespace) -> int:
    from pmo_desktop.store.periods import period_list

    with _open(args.db) as store:
        rows = period_list(store)
    if args.json:
        _emit({"periods": [{"id": r["id"], "as_of": r["as_of"], "label": r["label"],
                            "closed_at": r["closed_at"], "projects": r["projects"]} for r in rows]})
    else:
        for r in rows:
            print(f"{r['as_of']}  {r['label'] or '':<16} {r['projects']:>6} projects  closed {r['closed_at']}")
        print(f"{len(rows)} closed periods")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from pmo_desktop.store.checks import run_checks

    with _open(args.db) as store:
        findings = run_checks(store, _as_of(store))
    if args.json:
        _emit({"findings": [f.as_dict() for f in findings], "count": len(findings)})
    else:
        for f in findings:
            print(f"{f.severity:<8} {f.check:<22} {f.item:<24} {f.message}")
        print(f"{len(findings)} findings" if findings else "No findings: the data is ready for a pack.")
    return 1 if findings else 0


def cmd_report(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.packs import build_pack
    from pmo_desktop.reports.api import PackOptions, resolve_sections

    sections = [s.strip() for s in args.sections.split(",")] if args.sections else None
    resolve_sections(sections)  # an unknown name is refused before the file is opened
    defaults = PackOptions()
    # As the report dialog passes them: a blank forum or version keeps the default.
    options = PackOptions(period=args.period, programmes=list(args.programme or []),
                          sections=sections, paper=args.paper,
                          landscape=args.landscape, marking=args.marking,
                          forum=(args.forum or "").strip() or defaults.forum,
                          meeting_date=args.meeting_date,
                          version=(args.version or "").strip() or defaults.version)
    with _open(args.db) as store:
        # Recorded in the portfolio: a read-only one is refused before the PDF is written.
        result = build_pack(store, Path(args.out), options, must_record=True).value
    if args.json:
        _emit(result.as_dict())
    else:
        print(f"Wrote {args.out}: {result.pages} pages.")
    return 0
