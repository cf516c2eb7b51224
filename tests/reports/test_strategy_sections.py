"""The pack's "Portfolio balance and priorities" and "Benefits" sections and the gate
decisions due under "Decisions and asks", read back from a real PDF of the demo."""

from __future__ import annotations

from datetime import date, timedelta

from pmo_desktop.domain.governance import realised_pct
from pmo_desktop.operations.strategy import prioritise
from pmo_desktop.reports.api import PackOptions, build_pack
from pmo_desktop.store.queries_strategy import (
    benefit_actual_rows, benefit_rows, gate_rows, load_strategy,
)


def _pack(store, tmp_path, read_pdf, sections):
    out = tmp_path / "pack.pdf"
    build_pack(store, out, PackOptions(sections=sections))
    return read_pdf(out)


def test_priorities_show_objectives_ranking_and_the_recommended_selection(
        demo_store, tmp_path, read_pdf):
    pdf = _pack(demo_store, tmp_path, read_pdf, ["priorities"])
    text = pdf.text
    assert "Portfolio balance and priorities" in text
    assert "OBJ-6 Net zero operations by 2030" in text
    assert "Ranked candidates (top 15 of" in text and "Efficient frontier" in text
    envelope = sum(p.cost for p in load_strategy(demo_store).projects)
    best = prioritise(demo_store, envelope, include_proposals=True)
    assert f"total score {best['total_score']:,.1f}" in text
    top = best["candidates"][0]
    assert top["code"] in text and f"{top['score']:.1f}" in text


def test_benefits_print_realised_percent(demo_store, tmp_path, read_pdf):
    text = _pack(demo_store, tmp_path, read_pdf, ["benefits"]).text
    latest = {}
    for a in benefit_actual_rows(demo_store):
        latest[a["benefit"]] = a["value"]
    for b in benefit_rows(demo_store):
        assert b["ref"] in text
        pct = realised_pct(b["baseline_value"], b["target_value"], latest.get(b["ref"]))
        if pct is not None:
            assert f"{pct:.0%}" in text


def test_gate_decisions_due_are_asked_of_the_board(demo_store, tmp_path, read_pdf):
    text = _pack(demo_store, tmp_path, read_pdf, ["decisions"]).text
    assert "Stage gate decisions due" in text
    as_of = date.fromisoformat(demo_store.settings()["as_of"])
    due = [g for g in gate_rows(demo_store) if not g["decision"]
           and g["planned_date"] <= (as_of + timedelta(days=60)).isoformat()]
    assert due
    for g in due:
        assert g["project_code"] in text


def test_the_gates_due_are_named_by_the_portfolio_s_gate_sequence(demo_store, tmp_path,
                                                                   read_pdf):
    from pmo_desktop.operations.settings import update_settings

    as_of = date.fromisoformat(demo_store.settings()["as_of"])
    due = {g["gate_code"] for g in gate_rows(demo_store) if not g["decision"]
           and g["planned_date"] <= (as_of + timedelta(days=60)).isoformat()}
    assert due == {"Gate 4"}  # the demo's next decisions: readiness for service
    text = _pack(demo_store, tmp_path, read_pdf, ["decisions"]).text
    assert "Gate 4 (5 of 6)" in text  # Gate 0 is the first of six
    renamed = "; ".join(["Gate 0", "Gate 1", "Gate 2", "Gate 3", "Readiness", "Gate 4"])
    update_settings(demo_store, {"gate_names": renamed}, source="test")
    text = _pack(demo_store, tmp_path, read_pdf, ["decisions"]).text
    assert "Gate 4 (6 of 6)" in text and "Gate 4 (5 of 6)" not in text
