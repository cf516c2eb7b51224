"""The pack tells the board the truth: exceptions, missed milestones, one set of rules,
readable RAG fills, board wording (issue 9). Every test reads the PDF back."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from pmo_desktop.reports.api import PackOptions, build_pack
from pmo_desktop.store.checks import run_checks
from pmo_desktop.store.queries import portfolio_status

TODAY = date(2026, 11, 21)


def _build(store, tmp_path: Path, name: str = "pack.pdf", **kw) -> Path:
    out = tmp_path / name
    build_pack(store, out, PackOptions(**kw))
    return out


def _section_text(pdf, title: str) -> tuple[str, int, int]:
    """The text of a top-level section's pages, and its first and last page index."""
    top = [(t, p) for level, t, p in pdf.outline if level == 0]
    i = [t for t, _ in top].index(title)
    first = top[i][1]
    last = top[i + 1][1] - 1 if i + 1 < len(top) else len(pdf.pages) - 1
    return "\n".join(pdf.pages[first:last + 1]), first, last


def _exceptions(store) -> tuple[list[str], list[str]]:
    greens = sorted({f.project for f in run_checks(store, TODAY) if f.check == "false_green"})
    reds = [s.code for s in portfolio_status(store.db, TODAY, store.thresholds())
            if s.rag == "red" and s.code not in greens]
    return greens, sorted(reds)


def test_summary_lists_every_false_green_the_checks_find_and_every_red(
        demo_store, tmp_path, read_pdf):
    greens, reds = _exceptions(demo_store)
    assert greens and reds  # the demo has both
    pdf = read_pdf(_build(demo_store, tmp_path))
    text, _first, _last = _section_text(pdf, "Executive summary")
    table = text.split("Exceptions:", 1)[1].split("Projects by RAG", 1)[0]
    assert (f"Exceptions: {len(greens)} possible false green" in text)
    for code in greens + reds:
        assert code in table, code
    # false greens first: every false green is printed before any Red project
    assert max(table.index(c) for c in greens) < min(table.index(c) for c in reds)
    assert "And " not in table  # all of them fit


def test_when_the_exceptions_do_not_fit_the_summary_says_how_many_more_and_where(
        demo_store, tmp_path, read_pdf):
    greens, _reds = _exceptions(demo_store)
    with demo_store.write() as tx:  # make most of the portfolio Red
        for s in portfolio_status(demo_store.db, TODAY, demo_store.thresholds())[:30]:
            if s.code not in greens:
                tx.update("project", s.id, {"rag_overall": "red"})
    greens, reds = _exceptions(demo_store)
    pdf = read_pdf(_build(demo_store, tmp_path))
    text, _first, _last = _section_text(pdf, "Executive summary")
    table = text.split("Exceptions:", 1)[1].split("Projects by RAG", 1)[0]
    shown = [c for c in greens + reds if re.search(rf"{c}\s+\S", table.split("And ")[0])]
    more = re.search(r"And (\d+) more", table)
    assert more is not None
    assert int(more.group(1)) == len(greens) + len(reds) - len(shown)
    rest = table.split("And ", 1)[1]
    for code in set(greens + reds) - set(shown):
        assert code in rest, code
    rag_page = next(p for level, t, p in pdf.outline if t == "Portfolio RAG overview")
    flat = " ".join(rest.split())
    assert f"Portfolio RAG overview from page {rag_page + 1}." in flat


def _overdue_critical(store, days: int) -> tuple[str, str]:
    """Make one open critical milestone ``days`` overdue against its baseline."""
    pid = store.project_id("FIN-105")
    ms = store.rows("milestone", "project_id = ?", [pid])[0]
    base = TODAY - timedelta(days=days)
    with store.write() as tx:
        tx.update("milestone", ms["id"], {
            "critical": 1, "baseline_date": base.isoformat(),
            "forecast_date": (base + timedelta(days=10)).isoformat(), "actual_date": None,
            "status": None, "name": "Regulator sign-off"})
    return "FIN-105", "Regulator sign-off"


def test_an_overdue_critical_milestone_is_listed_as_missed_with_days_late(
        demo_store, tmp_path, read_pdf):
    code, name = _overdue_critical(demo_store, 109)
    pdf = read_pdf(_build(demo_store, tmp_path))
    text, _f, _l = _section_text(pdf, "Milestones")
    due = " ".join(text.split("Slipped milestones")[0].split())
    counts = re.search(r"Due this period and overdue: (\d+) met, (\d+) missed", due)
    assert counts is not None and int(counts.group(2)) >= 1
    row = due.split(name, 1)[1][:120]
    assert "Missed, 109 days late" in row
    assert code in due.split(name, 1)[0][-80:]
    summary, _f, _l = _section_text(pdf, "Executive summary")
    assert "missed or overdue" in " ".join(summary.split())
