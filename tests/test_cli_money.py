"""``pmo-desktop project`` and ``financials``: every worked example of DOMAIN §5.5 at
full precision through the command line (portfolios written by ``new`` and ``add``),
the JSON contract, roll-ups that equal the sums of their rows, and closed periods."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from pmo_desktop.cli import main

approx = pytest.approx


def _run(capsys, *argv):
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def _json(capsys, *argv):
    return json.loads(_run(capsys, *argv, "--json"))


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "money.pmo")
    _run(capsys, "new", "--db", path)
    return path


def _project(capsys, db, code, bac, *, pct=None, eac=None, lines=(), first=(2026, 1)):
    fields = [f"name={code} project", f"bac={bac}"]
    if pct is not None:
        fields.append(f"pct_complete={pct}")
    if eac is not None:
        fields.append(f"eac={eac}")
    _run(capsys, "add", "--db", db, "project", f"code={code}", *fields)
    year, month = first
    for i, line in enumerate(lines):
        m = month - 1 + i
        period = f"{year + m // 12:04d}-{m % 12 + 1:02d}"
        values = [f"{k}={v}" for k, v in line.items()]
        _run(capsys, "add", "--db", db, "--project", code, "financial", f"period={period}",
             *values)


def _evm(capsys, db, code, as_of):
    return _json(capsys, "project", code, "--db", db, "--as-of", as_of)["project"]["evm"]


def test_e3_pra_series(capsys, db):
    ac = [9_000, 9_000, 18_000, 34_000, 30_000]
    _project(capsys, db, "E3", 100_000, pct="35%", lines=[
        {"planned": p, "actual": a} for p, a in zip([10_000, 10_000, 20_000, 30_000, 30_000], ac)])
    e = _evm(capsys, db, "E3", "2026-03-31")
    assert (e["pv"], e["ac"]) == (40_000, 36_000)
    assert e["ev"] == approx(35_000, rel=1e-15)
    assert e["sv"] == approx(-5_000, rel=1e-12) and e["cv"] == approx(-1_000, rel=1e-12)
    assert e["spi"] == approx(0.875, rel=1e-15)
    assert e["cpi"] == approx(0.9722222, abs=1e-6)
    assert (e["es"], e["sv_t"], e["spi_t"]) == (approx(2.75), approx(-0.25), approx(2.75 / 3))


def test_e3_reference_page_and_the_eac_methods(capsys, db):
    _project(capsys, db, "E3R", 100_000, eac=120_482,
             lines=[{"planned": 100_000, "actual": 63_000, "earned": 35_000}])
    e = _evm(capsys, db, "E3R", "2026-01-31")
    assert e["tcpi_bac"] == approx(65_000 / 37_000, rel=1e-15) and round(e["tcpi_bac"], 2) == 1.76
    assert e["tcpi_eac"] == approx(65_000 / 57_482, rel=1e-15) and round(e["tcpi_eac"], 2) == 1.13
    assert e["eac_atypical"] == 128_000 and e["eac"] == 120_482
    assert e["eac_method"] == "reported"
    _run(capsys, "settings", "--db", db, "eac_method=atypical")
    e = _evm(capsys, db, "E3R", "2026-01-31")
    assert (e["eac"], e["etc"], e["eac_method_used"]) == (128_000, 65_000, "atypical")


def test_e4_dog_house(capsys, db):
    _project(capsys, db, "E4", 500, pct="60%", lines=[{"planned": 500, "actual": 400}])
    _run(capsys, "settings", "--db", db, "eac_method=atypical")
    e = _evm(capsys, db, "E4", "2026-01-31")
    assert e["ev"] == approx(300, rel=1e-15)
    assert e["tcpi_bac"] == approx(2.0, rel=1e-14) and e["eac"] == approx(600, rel=1e-15)


def test_e5_tcpi_to_eac(capsys, db):
    _project(capsys, db, "E5", 135_000, eac=130_000,
             lines=[{"planned": 135_000, "actual": 70_000, "earned": 45_000}])
    e = _evm(capsys, db, "E5", "2026-01-31")
    assert e["tcpi_eac"] == 1.5 and round(e["tcpi_bac"], 4) == 1.3846


def test_e6_spi_quarterly(capsys, db):
    _project(capsys, db, "E6", 745_000, pct="60%", lines=[
        {"planned": 186_250, "actual": a} for a in (150_000, 150_000, 140_000)] +
        [{"planned": 186_250}])
    e = _evm(capsys, db, "E6", "2026-03-31")
    assert e["pv"] == 558_750 and e["ev"] == approx(447_000, rel=1e-15)
    assert e["spi"] == approx(0.8, rel=1e-15) and round(e["cpi"], 4) == 1.0159


@pytest.mark.parametrize("at, es, sv_t, spi_t, as_of", [
    (20, 18, -2, 0.9, "2027-08-31"), (24, 21, -3, 0.875, "2027-12-31")])
def test_e8_earned_schedule(capsys, db, at, es, sv_t, spi_t, as_of):
    _project(capsys, db, "E8", 30_000, lines=[{"planned": 1_000, "earned": es * 1_000}] +
             [{"planned": 1_000}] * 29)
    e = _evm(capsys, db, "E8", as_of)
    assert (e["at"], e["es"], e["sv_t"]) == (at, es, sv_t)
    assert e["spi_t"] == approx(spi_t, rel=1e-15)


def test_e9_bei_and_the_project_contract(capsys, db):
    _project(capsys, db, "E9", 1_000, pct="50%", lines=[{"planned": 500, "actual": 600}])
    for i in range(8):  # 6 baselined by the status date, 8 completed (2 early)
        base = f"2026-0{1 + i % 6}-10" if i < 6 else "2026-09-10"
        _run(capsys, "add", "--db", db, "--project", "E9", "milestone", f"name=M{i}",
             f"baseline_date={base}", "actual_date=2026-01-05", f"critical={'yes' if i == 0 else 'no'}")
    p = _json(capsys, "project", "E9", "--db", db, "--as-of", "2026-06-30")["project"]
    assert round(p["bei"], 2) == 1.33
    assert set(p) >= {"code", "name", "bac", "evm", "milestones", "bei", "baselines", "rag"}
    assert set(p["milestones"][0]) == {"name", "critical", "baseline_date", "forecast_date",
                                       "actual_date", "slip_days", "status"}
    assert p["milestones"][0]["critical"] is True and p["milestones"][0]["slip_days"] == -5
    assert p["milestones"][0]["status"] == "complete_on_time"
    from pmo_desktop.domain.evm import EvmResult
    import dataclasses
    assert {f.name for f in dataclasses.fields(EvmResult)} | {"es", "sv_t", "spi_t"} <= set(p["evm"])
    assert set(p["rag"]) == {"reported", "calculated", "why"}
    # CPI 500/600 = 0.83: the calculated cost is Red and says why.
    assert p["rag"]["calculated"]["cost"] == "red"
    assert "CPI 0.83 < 0.90" in p["rag"]["why"]["cost"]
    assert p["baselines"] == []


def test_unknown_project_or_programme_exits_2(capsys, db):
    assert main(["project", "NOPE", "--db", db]) == 2
    assert "no project" in capsys.readouterr().err
    assert main(["financials", "--db", db, "--programme", "Nope"]) == 2


# --- financials ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("money") / "demo.pmo")
    assert main(["demo", "--db", path, "--as-of", "2026-11-21"]) == 0
    return path


def _cents(v):
    return Decimal(repr(v))


def test_financials_totals_are_the_sums_of_their_rows_as_printed(capsys, demo):
    data = _json(capsys, "financials", "--db", demo)
    assert data["by"] == "month" and data["eac_method"] == "reported"
    for key in ("bac", "pv", "ev", "ac", "eac", "etc", "vac"):
        for prog in data["programmes"]:
            rows = [p[key] for p in data["projects"] if p["programme"] == prog["name"]]
            assert _cents(prog[key]) == sum(_cents(r) for r in rows if r is not None), key
        assert _cents(data["total"][key]) == sum(_cents(p[key]) for p in data["programmes"])
    t = data["total"]
    assert t["cpi"] == approx(t["ev"] / t["ac"], rel=1e-6)  # from the sums, not averaged
    months = data["months"]
    assert months[-1]["pv_cum"] == float(sum(_cents(m["pv"]) for m in months))
    past = [m for m in months if m["ac"] is not None]
    assert past[-1]["period"] == "2026-11"
    assert _cents(past[-1]["ac_cum"]) == sum(_cents(m["ac"]) for m in past)
    assert data["in_year"]["first"] == "2026-04" and data["in_year"]["last"] == "2027-03"


def test_financials_of_one_programme_by_period(capsys, demo):
    data = _json(capsys, "financials", "--db", demo, "--programme", "Finance Transformation",
                 "--by", "period")
    assert {p["programme"] for p in data["projects"]} == {"Finance Transformation"}
    assert [p["name"] for p in data["programmes"]] == ["Finance Transformation"]
    periods = data["periods"]
    assert periods and all(p["projects"] == len(data["projects"]) for p in periods)
    assert periods[-1]["cpi"] == approx(periods[-1]["ev"] / periods[-1]["ac"], rel=1e-6)
    text = _run(capsys, "financials", "--db", demo, "--by", "period")
    assert "Period" in text and "Total" in text


def test_a_closed_periods_figures_survive_later_edits(capsys, demo, tmp_path):
    import shutil
    path = str(tmp_path / "edited.pmo")
    shutil.copy(demo, path)
    before = _json(capsys, "financials", "--db", path, "--by", "period")["periods"]
    _run(capsys, "edit", "--db", path, "project", "FIN-101", "bac=1", "pct_complete=99%")
    _run(capsys, "edit", "--db", path, "financial", "FIN-101/2026-09", "actual=9999999")
    after = _json(capsys, "financials", "--db", path, "--by", "period")
    assert after["periods"] == before
    assert after["total"]["bac"] != _json(capsys, "financials", "--db", demo)["total"]["bac"]
