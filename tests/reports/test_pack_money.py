"""The pack's financials (issue 15): the portfolio S-curve and CPI/SPI trend as vector
charts, the projects outside tolerance with their TCPI, the EAC method in the appendix;
a closed period's pack does not move when the lines are edited later."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pmo_desktop.domain.money import format_index
from pmo_desktop.domain.rag_calc import outside_tolerance
from pmo_desktop.domain.schedule import iso_date, slip_days
from pmo_desktop.operations.records import update
from pmo_desktop.reports.api import PackOptions, build_pack
from pmo_desktop.reports.model import PackModel
from pmo_desktop.store.pack_data import load_pack_data

TODAY = date(2026, 11, 21)
OCTOBER = date(2026, 10, 31)
SECTIONS = ["financials", "appendix"]


def _build(store, tmp_path: Path, name: str = "pack.pdf", **kw) -> Path:
    out = tmp_path / name
    build_pack(store, out, PackOptions(sections=SECTIONS, **kw))
    return out


def _outside(store, period=None):
    data = load_pack_data(store, period)
    model = PackModel(data)
    out = {}
    for p in model.projects:
        pf = model.finance_of[p.code]
        if outside_tolerance(p.bac, pf.eac, p.tolerance_cost_pct,
                             slip_days(iso_date(p.finish_baseline), iso_date(p.finish_forecast)),
                             p.tolerance_time_days, data.thresholds):
            out[p.code] = pf
    return out


def _section(pdf, title: str) -> str:
    start = pdf.page_of(title)
    return "\n".join(pdf.pages[start:start + 2])


def test_live_pack_draws_the_s_curve_and_the_trend_as_vectors(demo_store, tmp_path, read_pdf):
    pdf = read_pdf(_build(demo_store, tmp_path))
    page = pdf.page_of("Earned value over time")
    text = pdf.pages[page]
    assert "Portfolio S-curve: cumulative PV, EV and AC by month, and the EAC" in text
    assert "CPI and SPI by closed period" in text
    for label in ("PV (planned)", "EV (earned)", "AC (actual)", "EAC projection"):
        assert label in text
    # Vector charts: drawn, not pasted in as pictures.
    assert not list(pdf.reader.pages[page].images)
    assert "2026-05-31" in text and "2026-10-31" in text  # the closed periods on the axis


def test_projects_outside_tolerance_are_listed_with_their_tcpi(demo_store, tmp_path, read_pdf):
    pdf = read_pdf(_build(demo_store, tmp_path))
    expected = _outside(demo_store)
    assert expected  # the demo has some
    text = _section(pdf, "Projects outside tolerance").split("Projects outside tolerance", 1)[1]
    cells = text.split("Appendix")[0].split("TCPI to EAC", 1)[1].strip().splitlines()
    rows = {}  # one cell per line: the project, then its six figures
    for i, cell in enumerate(cells):
        if cell.split()[0] in expected:
            rows[cell.split()[0]] = cells[i + 1:i + 7]
    assert set(rows) == set(expected)
    for code, pf in expected.items():
        assert rows[code][-2:] == [format_index(pf.evm.tcpi_bac), format_index(pf.evm.tcpi_eac)]
    assert sum(1 for c in cells if c[:3].isalpha() and c[3:4] == "-") == len(expected)


def test_the_appendix_names_the_eac_method(demo_store, tmp_path, read_pdf):
    pdf = read_pdf(_build(demo_store, tmp_path))
    flat = " ".join(pdf.text.split())
    assert "the portfolio's EAC method: Reported by the PM (bottom-up)" in flat
    demo_store.set_settings({"eac_method": "cpi"})
    pdf = read_pdf(_build(demo_store, tmp_path, "cpi.pdf"))
    flat = " ".join(pdf.text.split())
    assert "the portfolio's EAC method: Typical: BAC ÷ CPI" in flat


def test_a_closed_periods_pack_keeps_its_figures_after_later_edits(demo_store, tmp_path,
                                                                  read_pdf):
    before = read_pdf(_build(demo_store, tmp_path, "before.pdf", period=OCTOBER))
    assert "by closed period, and the EAC" in before.text
    pid = demo_store.project_id("FIN-101")
    line = demo_store.db.execute("SELECT id FROM financial WHERE project_id = ? AND "
                                 "period = '2026-09'", [pid]).fetchone()[0]
    update(demo_store, "financial", line, {"actual": 9_999_999.0}, source="test")
    update(demo_store, "project", pid, {"bac": 1.0}, source="test")
    after = read_pdf(_build(demo_store, tmp_path, "after.pdf", period=OCTOBER))
    assert _section(after, "Earned value over time") == _section(before, "Earned value over time")
    assert _section(after, "Financials") == _section(before, "Financials")
