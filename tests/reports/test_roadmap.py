"""The pack's Roadmap section and its BEI, read back from the PDF."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.operations.periods import close_period
from pmo_desktop.operations.records import create, delete, update
from pmo_desktop.reports.api import PackOptions, build_pack, resolve_sections
from pmo_desktop.reports.catalogue import SECTION_NAMES
from pmo_desktop.store import open_store
from pmo_desktop.store.queries import portfolio_status

TODAY = date(2026, 11, 21)
HOSTILE = "<b>&amp; Co</b>"


def _build(store, tmp_path: Path, name: str = "pack.pdf", **kw) -> Path:
    out = tmp_path / name
    build_pack(store, out, PackOptions(**kw))
    return out


def _project_id(store, code: str) -> int:
    return int(store.db.execute("SELECT id FROM project WHERE code = ?", [code]).fetchone()[0])


def test_roadmap_is_a_section_after_milestones_and_in_the_default_pack():
    assert SECTION_NAMES.index("roadmap") == SECTION_NAMES.index("milestones") + 1
    assert "roadmap" in resolve_sections(None)
    assert resolve_sections(["Roadmap"]) == ["roadmap"]


def test_the_roadmap_shows_every_project_under_its_programme(demo_store, tmp_path, read_pdf):
    pdf = read_pdf(_build(demo_store, tmp_path, sections=["roadmap"], landscape=True))
    top = [title for level, title, _p in pdf.outline if level == 0]
    assert top == ["Roadmap"]
    text = pdf.text
    assert "Status date 21 Nov 2026" in text and "Q1" in text and "2027" in text
    rows = portfolio_status(demo_store.db, TODAY, demo_store.thresholds())
    for s in rows:
        assert s.code in text
        assert s.programme in text
    # 40 projects do not fit a landscape page: the programmes fill the pages in order,
    # each whole on one page (none continued), not a page each
    programmes = {s.programme for s in rows}
    assert 2 <= len(pdf.pages) < len(programmes)
    assert "(continued)" not in text
    firsts = [pdf.page_of(f"{p}  ·") for p in sorted(programmes)]
    assert firsts == sorted(firsts) and len(set(firsts)) < len(programmes)


def _portfolio(path: Path, projects: int) -> Path:
    """One programme of ``projects`` projects, each with a slipped critical milestone."""
    with open_store(path) as store:
        store.set_settings({"as_of": TODAY.isoformat()})
        prog = create(store, "programme", {"name": f"Big {HOSTILE} Programme"}).value
        for n in range(projects):
            pid = create(store, "project", {
                "code": f"BIG-{n:03d}", "name": f"Job {n} {HOSTILE}" if n == 7 else f"Job {n}",
                "programme_id": prog, "start_baseline": "2026-01-05",
                "finish_baseline": "2027-06-30", "finish_forecast": "2027-08-31",
                "rag_overall": ("green", "amber", "red")[n % 3]}).value
            create(store, "milestone", {
                "project_id": pid, "name": "Go live", "critical": 1,
                "baseline_date": "2027-03-01", "forecast_date": "2027-04-15"})
    return path


def test_a_long_programme_continues_over_pages_and_hostile_text_prints_literally(
        tmp_path, read_pdf):
    path = _portfolio(tmp_path / "big.pmo", 60)
    with open_store(path) as store:
        pdf = read_pdf(_build(store, tmp_path, sections=["roadmap"]))
    assert len(pdf.pages) >= 2
    assert f"Big {HOSTILE} Programme  ·" in pdf.pages[0]
    assert f"Big {HOSTILE} Programme (continued)" in pdf.pages[1]
    for n in range(60):
        assert f"BIG-{n:03d}" in pdf.text
    assert f"Job 7 {HOSTILE}" in pdf.text


@pytest.mark.parametrize("paper,landscape", [("A4", False), ("Letter", True)])
def test_every_project_fits_on_the_pages_of_each_paper(tmp_path, read_pdf, paper, landscape):
    path = _portfolio(tmp_path / "big.pmo", 60)
    with open_store(path) as store:
        pdf = read_pdf(_build(store, tmp_path, sections=["roadmap"], paper=paper,
                              landscape=landscape))
    seen = [sum(1 for n in range(60) if re.search(rf"BIG-{n:03d}\b", page))
            for page in pdf.pages]
    assert sum(seen) == 60  # each row once: none lost at a page break, none repeated
    assert all(count > 0 for count in seen)


def _plan(store, pid: int) -> None:
    """A plan of six tasks due by the as-of date (five done) and one summary, in place of
    the demo's own."""
    for task in store.rows("task", "project_id = ?", [pid]):
        delete(store, "task", task["id"])
    create(store, "task", {"project_id": pid, "ref": "1", "name": "Phase", "is_summary": 1,
                           "finish_baseline": "2026-10-31"})
    for n in range(6):
        create(store, "task", {
            "project_id": pid, "ref": f"1.{n}", "name": f"Task {n}", "outline_level": 2,
            "parent_ref": "1", "start_baseline": "2026-09-01",
            "finish_baseline": f"2026-10-{10 + n}",
            "finish_actual": f"2026-10-{11 + n}" if n < 5 else None})


def test_bei_is_printed_in_the_one_pager_and_the_milestones_section(demo_store, tmp_path,
                                                                     read_pdf):
    code = "FIN-101"
    pid = _project_id(demo_store, code)
    demo_store.db.execute("DELETE FROM milestone WHERE project_id = ?", [pid])
    demo_store.db.conn.commit()
    _plan(demo_store, pid)
    status = portfolio_status(demo_store.db, TODAY, demo_store.thresholds(),
                              "p.code = ?", [code])[0]
    assert status.bei.text == "0.83 (5 of 6)"
    pdf = read_pdf(_build(demo_store, tmp_path, projects=[code],
                          sections=["milestones", "one_pagers"]))
    one_pager = pdf.pages[pdf.page_of("Finance and tolerances")]
    assert "CPI · SPI · BEI" in one_pager and " · 0.83 (5 of 6)" in one_pager
    assert "Baseline Execution Index: 0.83 (5 of 6) across the portfolio" in pdf.text
    assert f"{code} " in pdf.pages[pdf.page_of("Due by now")]  # below the 0.95 target


def test_a_closed_periods_pack_does_not_change_when_plans_are_edited(demo_store, tmp_path):
    code = "DCX-101"
    pid = _project_id(demo_store, code)
    _plan(demo_store, pid)
    period = date(2026, 11, 15)
    close_period(demo_store, period, label="November")
    options = dict(period=period, projects=[code],
                   sections=["milestones", "roadmap", "one_pagers"])
    before = _build(demo_store, tmp_path, "before.pdf", **options).read_bytes()
    live_before = _build(demo_store, tmp_path, "live1.pdf", projects=[code]).read_bytes()
    task = demo_store.db.execute("SELECT id FROM task WHERE project_id = ? AND ref = '1.5'",
                                 [pid]).fetchone()[0]
    update(demo_store, "task", int(task), {"finish_actual": "2026-10-20"})
    create(demo_store, "task", {"project_id": pid, "ref": "2", "name": "Extra",
                                "finish_baseline": "2026-09-30"})
    milestone = demo_store.db.execute("SELECT id FROM milestone WHERE project_id = ?",
                                      [pid]).fetchone()[0]
    update(demo_store, "milestone", int(milestone), {"forecast_date": "2027-12-31"})
    update(demo_store, "project", pid, {"finish_forecast": "2028-06-30",
                                        "start_actual": "2025-01-06"})
    after = _build(demo_store, tmp_path, "after.pdf", **options).read_bytes()
    live_after = _build(demo_store, tmp_path, "live2.pdf", projects=[code]).read_bytes()
    assert after == before
    assert live_after != live_before  # the edits do show in a live pack


def test_the_appendix_defines_bei_and_its_thresholds_in_force(demo_store, tmp_path, read_pdf):
    demo_store.set_settings({"rag_thresholds": {**demo_store.thresholds().to_dict(),
                                                "bei_amber": 0.9, "bei_red": 0.8}})
    pdf = read_pdf(_build(demo_store, tmp_path, sections=["appendix"]))
    text = " ".join(pdf.text.split())
    assert "BEI ≥ 0.9 BEI ≥ 0.8 BEI < 0.8" in text
    assert "BEI Baseline Execution Index" in text
