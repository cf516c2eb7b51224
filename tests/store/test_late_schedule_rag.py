"""SPI(t) near the end, everywhere (DOMAIN §2.3): a project late in its schedule whose SPI
says Green and SPI(t) Red has the same calculated colours and the same why in the projects
list's read, the command line (``project`` and ``projects``) and the pack's rows."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pmo_desktop.cli import main
from pmo_desktop.store import open_store
from pmo_desktop.store.pack_data import load_pack_data
from pmo_desktop.store.portfolio_reads import project_statuses

AS_OF = date(2026, 10, 31)
# Back-loaded to date: 950 planned by August, then 25 a month, so by October PV is 1,000
# of a 1,200 budget (late: over two thirds planned). EV 955: SPI 0.955 is Green, but
# 955 was earned by 8.2 months of the plan's 10: SPI(t) 0.82 is Red.
PLANNED = [118.75] * 8 + [25.0, 25.0, 100.0, 100.0]


def _run(capsys, *argv):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "late.pmo"
    with open_store(path) as store:
        store.set_settings({"as_of": AS_OF.isoformat()})
        with store.write("test") as tx:
            (pid,) = tx.create_many("project", [(
                {"code": "LATE", "name": "Late project", "bac": 1200.0,
                 "pct_complete": 955 / 1200, "eac": 1200.0,
                 "start_baseline": "2026-01-01", "finish_baseline": "2026-12-31",
                 "finish_forecast": "2026-12-31"}, None)])
            tx.create_many("financial", [(
                {"project_id": pid, "period": f"2026-{m + 1:02d}", "planned": planned,
                 **({"actual": planned * 955 / 1000} if m < 10 else {})}, None)
                for m, planned in enumerate(PLANNED)])
    return path


def test_spi_t_decides_the_schedule_in_every_place(db, capsys):
    with open_store(db) as store:
        (listed,) = project_statuses(store, AS_OF)
        (row,) = load_pack_data(store, as_of=AS_OF).projects
    assert listed.evm.spi == pytest.approx(0.955)
    assert listed.spi_t == pytest.approx(0.82)
    assert listed.calculated["schedule"] == "red" and listed.calculated["overall"] == "red"
    assert listed.why["schedule"] == "SPI(t) 0.82 < 0.90"
    page = json.loads(_run(capsys, "project", "LATE", "--db", str(db), "--json"))["project"]
    assert page["evm"]["spi_t"] == listed.spi_t
    assert page["rag"]["calculated"] == {k: v for k, v in listed.calculated.items()}
    assert page["rag"]["why"] == listed.why
    (cli_row,) = json.loads(_run(capsys, "projects", "--db", str(db), "--json"))["projects"]
    assert cli_row["rag_calculated"] == "red"
    assert row.calculated == listed.calculated and row.why == listed.why


def test_spi_decides_early_in_the_schedule(db):
    with open_store(db) as store:
        (early,) = project_statuses(store, date(2026, 5, 31))
    assert early.spi_t is None  # not worked out: SPI still rates the schedule
    assert "SPI 1.61 ≥ 0.95" in early.why["schedule"] and "SPI(t)" not in early.why["schedule"]
