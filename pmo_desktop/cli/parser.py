"""The command line's parser: every sub-command, its options and help."""

from __future__ import annotations

import argparse
from typing import Any, Callable

from pmo_desktop import __version__
from pmo_desktop.reports.catalogue import PAPERS, SECTION_NAMES

from .backups import add_backup_parsers
from .changes import add_decide_change
from .exports import cmd_export
from .common import _count, _date, _Parser
from .imports import cmd_import, cmd_imports, cmd_undo_import
from .money import cmd_financials, cmd_project
from .records import add_parsers as add_register_parsers
from .resources import add_parser as add_utilisation_parser
from .settings import cmd_settings
from .strategy import add_prioritise, add_weights
from .portfolio import (
    cmd_check, cmd_close_period, cmd_demo, cmd_info, cmd_new, cmd_periods, cmd_projects,
    cmd_reopen_period, cmd_report,
)


def _sub(subparsers: Any, name: str, func: Callable[[argparse.Namespace], int], help_text: str,
         json_flag: bool = True, creates: bool = False) -> argparse.ArgumentParser:
    p = subparsers.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--db", required=True, metavar="PATH",
                   help="the portfolio file to write" if creates else
                   "the portfolio file (it must exist: make one with 'new' or 'demo')")
    if json_flag:
        p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pmo-desktop", description=(
        "PMO Desktop: merge team trackers, check them, print the steering pack. "
        "Without a command it opens the app."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="open the app on this portfolio file")
    parser.add_argument("--profile", metavar="DIR",
                        help="keep settings and the default portfolio in DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = _sub(sub, "new", cmd_new, "create an empty portfolio file", creates=True)
    p.add_argument("--name", default=None, metavar="N",
                   help="the portfolio's name (default: the file name)")
    p.add_argument("--currency", default="GBP", metavar="CODE",
                   help="the currency of its amounts (default: GBP)")
    p = _sub(sub, "demo", cmd_demo, "write the demo portfolio into an empty file", creates=True)
    p.add_argument("--projects", type=int, default=40, metavar="N")
    p.add_argument("--seed", type=int, default=7, metavar="S")
    p.add_argument("--as-of", type=_date, default=None, metavar="DATE",
                   help="the demo's today (default: today)")
    p.add_argument("--raid-items", type=_count, default=None, metavar="N",
                   help="this many RAID items in all, spread over the projects and the six "
                        "types (default: a few per project)")
    _sub(sub, "info", cmd_info, "schema version and record counts")
    _sub(sub, "projects", cmd_projects, "list the projects with their status")
    p = _sub(sub, "project", cmd_project,
             "one project: its fields, earned value, milestones, baselines and RAG")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--as-of", type=_date, default=None, metavar="DATE",
                   help="the status date (default: the portfolio's as-of date, else today)")
    p = _sub(sub, "financials", cmd_financials,
             "BAC, PV, EV, AC by month per programme and in total, with EAC, VAC, CPI, SPI, TCPI")
    p.add_argument("--programme", default=None, metavar="NAME", help="one programme only")
    p.add_argument("--by", choices=("month", "period"), default="month",
                   help="months of the plan (default), or the closed reporting periods")
    p = _sub(sub, "import", cmd_import, "import team trackers (.xlsx .xlsm .xls .ods .csv)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="plan only; write nothing")
    p.add_argument("--project", metavar="CODE",
                   help="attach rows without a project column to this project")
    p.add_argument("--create-projects", action="store_true",
                   help="create the projects rows name that are not in the portfolio "
                        "(otherwise those rows are rejected)")
    p.add_argument("--roll-up-plan", action="store_true",
                   help="set each plan's project start, finish and %% complete from its "
                        "tasks (earliest start, latest finish, duration-weighted %%)")
    p.add_argument("--as", dest="kinds", action="append", default=[], metavar="SHEET=KIND",
                   help="read the tables of sheet SHEET as KIND (project, milestone, task, "
                        "risk, issue, …; 'none' leaves the sheet out) instead of the kind "
                        "the importer found; remembered for the next file with the same "
                        "headers; repeatable")
    p.add_argument("--accept", action="append", default=[], metavar="SHEET",
                   help="import the tables of sheet SHEET as the kind found even when it is "
                        "only a guess (such tables are held back otherwise); remembered "
                        "like --as; repeatable")
    _sub(sub, "imports", cmd_imports, "list import batches")
    p = _sub(sub, "undo-import", cmd_undo_import, "undo one import batch (as 'undo' does)")
    p.add_argument("batch", type=int, metavar="BATCH")
    p = _sub(sub, "close-period", cmd_close_period, "freeze every project's status as of a date")
    p.add_argument("--as-of", type=_date, required=True, metavar="DATE",
                   help="up to today, or the portfolio's as-of date when it has one")
    p.add_argument("--label", default=None)
    p = _sub(sub, "reopen-period", cmd_reopen_period,
             "reopen the latest closed period (its frozen statuses are removed)")
    p.add_argument("date", type=_date, metavar="DATE", help="the latest closed period's as-of date")
    _sub(sub, "periods", cmd_periods, "list the closed reporting periods")
    _sub(sub, "check", cmd_check, "data-quality checks (exit 1 when there are findings)")
    p = _sub(sub, "report", cmd_report, "print the steering committee pack to PDF")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--period", type=_date, default=None, metavar="DATE",
                   help="a closed period's as-of date (default: the portfolio as it stands now)")
    p.add_argument("--programme", action="append", metavar="NAME")
    p.add_argument("--sections", default=None, metavar="LIST",
                   help="comma-separated section names (default: all): "
                        + ", ".join(SECTION_NAMES))
    p.add_argument("--paper", choices=list(PAPERS), default="A4")
    p.add_argument("--landscape", action="store_true")
    p.add_argument("--marking", default="OFFICIAL-SENSITIVE", help="confidentiality marking")
    p.add_argument("--forum", default=None, metavar="TEXT",
                   help="the meeting the pack is for (default: Portfolio Steering Committee)")
    p.add_argument("--meeting-date", type=_date, default=None, metavar="DATE",
                   help="the meeting's date, on the cover (default: to be confirmed)")
    p.add_argument("--version", default=None, metavar="TEXT",
                   help="the pack's version, on the cover and every page (default: 1.0)")
    # The registers by key (fields, list, add, edit, delete) and the batches (history, undo).
    add_register_parsers(sub, _sub)
    p = _sub(sub, "settings", cmd_settings,
             "print the portfolio's settings, or set some (one write; nothing on a bad one)")
    p.add_argument("assignments", nargs="*", metavar="KEY=VALUE",
                   help="e.g. currency=EUR rag_thresholds.cpi_red=0.85 "
                        "delegation_limits.pm.cost=£20k")
    add_decide_change(sub, _sub)  # change control (cli/changes.py)
    p = _sub(sub, "export", cmd_export,
             "write the portfolio, one register or a team template to Excel or CSV")
    p.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.csv")
    p.add_argument("--entity", default=None, metavar="ENTITY",
                   help="one register: portfolio, raid, risk, issue, milestone, task, "
                        "resource, allocation, financial, change_log … (default: all, "
                        "one sheet each; a .csv needs one)")
    p.add_argument("--template", default=None, metavar="CODE",
                   help="a team template for this project (or programme, or person): "
                        "pre-filled, with drop-down lists, mapped by itself on import")
    add_backup_parsers(sub, _sub)  # backup, restore (cli/backups.py)
    add_utilisation_parser(sub, _sub)  # utilisation and what-if (cli/resources.py)
    add_prioritise(sub, _sub)  # strategy and demand (cli/strategy.py)
    add_weights(sub, _sub)
    return parser
