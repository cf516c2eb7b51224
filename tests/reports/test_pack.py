"""The steering pack read back from the PDF: sections, one-pagers, figures, safety."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_desktop.domain.money import format_money
from pmo_desktop.reports.api import SECTIONS, PackOptions, build_pack
from pmo_desktop.store import StoreError, open_store
from pmo_desktop.store.queries import portfolio_status

TODAY = date(2026, 11, 21)

HOSTILE = "<b>R&D</b> <font size=40>"
OCTOBER = date(2026, 10, 31)


def _build(store, tmp_path: Path, name: str = "pack.pdf", **kw) -> Path:
    out = tmp_path / name
    build_pack(store, out, PackOptions(**kw))
    return out


def test_every_section_is_present_in_order(demo_pack):
    pdf = demo_pack
    top = [(title, page) for level, title, page in pdf.outline if level == 0]
    expected = [title for key, title in SECTIONS if key != "cover"]
    assert [t for t, _ in top] == expected
    pages = [p for _, p in top]
    assert pages == sorted(pages) and pages[0] == 1
    assert "Steering Committee Pack" in pdf.pages[0]
    for title, page in top:  # each title is printed on its outline page
        assert title.lower() in pdf.pages[page].lower()
    for i, text in enumerate(pdf.pages, start=1):
        assert f"Page {i} of {len(pdf.pages)}" in text
        assert "OFFICIAL-SENSITIVE" in text


def test_every_project_in_scope_has_its_one_pager(demo_store, demo_pack):
    pdf = demo_pack
    rows = portfolio_status(demo_store.db, TODAY, demo_store.thresholds())
    entries = {title: page for level, title, page in pdf.outline if level == 1}
    assert len(entries) == len(rows) == 40
    for s in rows:
        page = entries[f"{s.code} {s.name}"]
        assert f"{s.code} {s.name}" in pdf.pages[page]
        assert "Status summary" in pdf.pages[page]
    # exceptions first: the first one-pager is a Red project
    first = min(entries.values())
    assert "Red" in pdf.pages[first].split("Status summary")[0]


def test_programme_scope_limits_the_one_pagers(demo_store, tmp_path, read_pdf):
    out = _build(demo_store, tmp_path, programmes=["Finance Transformation"])
    pdf = read_pdf(out)
    codes = {t.split()[0] for level, t, _ in pdf.outline if level == 1}
    assert codes and all(c.startswith("FIN-") for c in codes)
    assert "Programmes: Finance Transformation" in pdf.pages[0]


def test_printed_figures_equal_the_store(demo_store, demo_pack):
    pdf = demo_pack
    rows = portfolio_status(demo_store.db, TODAY, demo_store.thresholds())
    summary = pdf.pages[pdf.page_of("Executive summary", 1)]
    total_bac = sum(s.bac or 0 for s in rows)
    assert format_money(total_bac, "GBP", compact=True) in summary
    assert f"{len(rows)}\nProjects in scope" in summary or "40" in summary
    reds = sum(1 for s in rows if s.rag == "red")
    assert f"{reds} of 40 projects are Red" in summary
    entries = {t.split()[0]: p for level, t, p in pdf.outline if level == 1}
    for s in rows:
        page = pdf.pages[entries[s.code]]
        assert format_money(s.bac, "GBP") in page
        assert format_money(s.eac, "GBP") in page
        assert format_money(s.ac, "GBP") in page
    fin = pdf.pages[pdf.page_of("Financials", 1)]
    assert "Portfolio total" in fin and format_money(total_bac, "GBP", compact=True) in fin


def test_the_financials_print_the_figures_the_model_computed(demo_store, tmp_path, read_pdf):
    """EAC, VAC and the indices are computed before drawing (``PackModel.finance_of``,
    from ``domain.evm``); the financials table prints them, project by project."""
    from pmo_desktop.domain.evm import project_finance
    from pmo_desktop.domain.money import format_index, format_pct
    from pmo_desktop.reports.model import PackModel
    from pmo_desktop.store.pack_data import load_pack_data

    model = PackModel(load_pack_data(demo_store))
    pdf = read_pdf(_build(demo_store, tmp_path, sections=["financials"]))
    lines = pdf.text.splitlines()
    starts = [i for i, ln in enumerate(lines) if ln.split(" ")[0] in model.by_code]
    checked = 0
    for p in model.projects:
        pf = model.finance_of[p.code]
        assert pf == project_finance(p.bac, p.pv, p.ev, p.ac, p.eac)
        at = next(i for i in starts if lines[i].startswith(p.code + " "))
        end = min([i for i in starts if i > at] + [len(lines)])
        text = " ".join(lines[at:end])  # the project's row (a long name wraps)
        figures = [format_money(pf.eac, "GBP", compact=True),
                   format_money(pf.vac, "GBP", compact=True),
                   format_pct(pf.vac_pct), format_index(pf.evm.cpi), format_index(pf.evm.spi)]
        assert all(f in text for f in figures), (p.code, figures, text)
        checked += 1
    assert checked == len(model.projects) == 40


def test_hostile_name_prints_literally(demo_store, tmp_path, read_pdf):
    pid = demo_store.project_id("DCX-101")
    with demo_store.write() as tx:
        tx.update("project", pid, {"name": HOSTILE, "summary": "Costs & <i>risks</i> > plan"})
    pdf = read_pdf(_build(demo_store, tmp_path))
    assert HOSTILE in pdf.text
    assert "Costs & <i>risks</i> > plan" in pdf.text
    assert f"DCX-101 {HOSTILE}" in [t for _, t, _ in pdf.outline]


def test_accents_and_currency_symbols_print_with_embedded_fonts(demo_store, tmp_path, read_pdf):
    pid = demo_store.project_id("DCX-102")
    with demo_store.write() as tx:
        tx.update("project", pid, {"name": "Zoë’s Café – €5 £3 Müller"})
    out = _build(demo_store, tmp_path)
    assert "Zoë’s Café – €5 £3 Müller" in read_pdf(out).text
    fonts = set()
    for page in PdfReader(str(out)).pages[:3]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = desc.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object()  # embedded TrueType
            fonts.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)


def test_page_count_grows_linearly_with_projects(small_templates, tmp_path):
    pages = {}
    for n, template in small_templates.items():
        db = tmp_path / f"{n}.pmo"
        shutil.copyfile(template, db)
        with open_store(db) as store:
            pages[n] = build_pack(store, tmp_path / f"{n}.pdf", PackOptions()).pages
    step1, step2 = pages[20] - pages[10], pages[30] - pages[20]
    assert 10 <= step1 <= 16 and 10 <= step2 <= 16  # about one page per project
    assert abs(step1 - step2) <= 3


def test_a_past_period_pack_is_unchanged_by_later_edits(demo_store, tmp_path, read_pdf):
    before = read_pdf(_build(demo_store, tmp_path, "before.pdf", period=OCTOBER))
    pid = demo_store.project_id("FIN-101")
    with demo_store.write() as tx:
        tx.update("project", pid, {"name": "Renamed later", "rag_overall": "red", "bac": 1.0})
        ms = demo_store.rows("milestone", "project_id = ?", [pid])[0]
        tx.update("milestone", ms["id"], {"forecast_date": "2030-01-01", "name": "Moved later"})
        tx.create("risk", {"project_id": pid, "ref": "R-999", "title": "Added later",
                           "probability": 5, "impact": 5, "status": "open", "owner": "X"})
        cr = demo_store.rows("change_request")[0]
        tx.update("change_request", cr["id"], {"status": "approved", "title": "Changed later"})
        tx.delete("milestone", demo_store.rows("milestone")[-1]["id"])
    after = read_pdf(_build(demo_store, tmp_path, "after.pdf", period=OCTOBER))
    assert after.pages == before.pages
    assert "Added later" not in after.text and "Renamed later" not in after.text
    live = read_pdf(_build(demo_store, tmp_path, "live.pdf"))
    assert "Renamed later" in live.text and "Added later" in live.text


def test_same_data_and_options_give_the_same_pdf(demo_store, tmp_path):
    a = _build(demo_store, tmp_path, "a.pdf", paper="Letter")
    b = _build(demo_store, tmp_path, "b.pdf", paper="Letter")
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("paper,landscape,size", [
    ("A4", False, (595.3, 841.9)), ("A4", True, (841.9, 595.3)),
    ("Letter", False, (612.0, 792.0)), ("Letter", True, (792.0, 612.0)),
])
def test_paper_sizes_and_orientation(demo_store, tmp_path, read_pdf, paper, landscape, size):
    out = _build(demo_store, tmp_path, paper=paper, landscape=landscape,
                 sections=["cover", "summary", "rag_matrix", "one_pagers"])
    pdf = read_pdf(out)
    box = pdf.reader.pages[1].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == size
    assert len([t for lvl, t, _ in pdf.outline if lvl == 1]) == 40


def test_sections_can_be_switched_off(demo_store, tmp_path, read_pdf):
    pdf = read_pdf(_build(demo_store, tmp_path, sections=["risks", "summary"]))
    assert [t for lvl, t, _ in pdf.outline] == ["Executive summary", "Top risks and issues"]


@pytest.mark.parametrize("options,message", [
    ({"sections": ["summary", "gossip"]}, "Unknown section 'gossip'"),
    ({"programmes": ["Nope"]}, "There is no programme named 'Nope'"),
    ({"period": date(2026, 10, 15)}, "No reporting period was closed on 2026-10-15"),
    ({"paper": "A3"}, "Unknown paper size"),
])
def test_user_errors_are_one_sentence(demo_store, tmp_path, options, message):
    with pytest.raises(StoreError, match=message) as info:
        build_pack(demo_store, tmp_path / "x.pdf", PackOptions(**options))
    assert "\n" not in str(info.value)
    assert not (tmp_path / "x.pdf").exists()


def test_progress_is_reported_and_cancel_stops(demo_store, tmp_path):
    from pmo_desktop.reports.api import Cancelled

    seen: list[float] = []
    build_pack(demo_store, tmp_path / "p.pdf", PackOptions(), progress=lambda f, _m: seen.append(f))
    assert seen[0] < 0.1 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        build_pack(demo_store, tmp_path / "c.pdf", PackOptions(), cancel=lambda: True)
    assert not (tmp_path / "c.pdf").exists()


def test_pack_totals_count_a_missing_forecast_at_budget(demo_store):
    from pmo_desktop.reports.model import PackModel
    from pmo_desktop.store import queries_views as qv
    from pmo_desktop.store.pack_data import load_pack_data

    pid = demo_store.project_id("FIN-101")
    with demo_store.write("test") as tx:
        tx.update("project", pid, {"eac": None})
        for row in demo_store.rows("financial", "project_id = ?", [pid]):
            tx.delete("financial", row["id"])
    fin = qv.financials(demo_store.db, TODAY, demo_store.thresholds())
    row_vac = sum(r.evm.vac for r in fin.rows)
    finance = PackModel(load_pack_data(demo_store)).finance
    figures = qv.dashboard(demo_store.db, TODAY, demo_store.thresholds())
    assert finance.vac == pytest.approx(row_vac) == pytest.approx(fin.total.vac)
    assert finance.eac == pytest.approx(fin.total_eac) == pytest.approx(figures.total_eac)
    assert -figures.variance == pytest.approx(row_vac)


def test_a_period_label_with_markup_prints_literally(demo_store, tmp_path, read_pdf):
    from pmo_desktop.store.periods import close_period

    close_period(demo_store, date(2026, 11, 15), label="Nov <b>final")
    pdf = read_pdf(_build(demo_store, tmp_path))
    assert "since Nov <b>final" in pdf.text
