"""``pmo-desktop settings``: every setting (text and JSON), KEY=VALUE in one write, and
a bad key or value as exit 2 with one line and nothing written."""

from __future__ import annotations

import json

import pytest

from pmo_desktop.cli import main
from pmo_desktop.store import open_store


@pytest.fixture
def empty(tmp_path, capsys):
    path = tmp_path / "empty.pmo"
    assert main(["new", "--db", str(path), "--name", "Board"]) == 0
    capsys.readouterr()
    return path


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_json_prints_every_setting_nested(empty, capsys):
    assert main(["settings", "--db", str(empty), "--json"]) == 0
    data = _json(capsys)
    assert data["changed"] == []
    s = data["settings"]
    assert s["name"] == "Board" and s["currency"] == "GBP" and s["eac_method"] == "reported"
    assert s["rag_thresholds"]["cpi_red"] == 0.9 and s["risk_bands"]["high_max"] == 12
    assert s["delegation_limits"]["change_authority"] == {"cost": 50_000.0, "days": 20}


def test_text_lists_one_setting_a_line(empty, capsys):
    assert main(["settings", "--db", str(empty)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Setting", "Value", "What"]
    assert any(line.split()[:2] == ["rag_thresholds.cpi_red", "0.9"] for line in lines)


def test_key_value_sets_them_in_one_batch(empty, capsys):
    assert main(["settings", "--db", str(empty), "--json", "rag_thresholds.cpi_red=0.85",
                 "currency=eur", "delegation_limits.pm.cost=£20k",
                 "fiscal_year_start=January"]) == 0
    data = _json(capsys)
    assert sorted(data["changed"]) == ["currency", "delegation_limits.pm.cost",
                                       "fiscal_year_start", "rag_thresholds.cpi_red"]
    with open_store(empty) as store:
        assert store.currency == "EUR" and store.thresholds().cpi_red == 0.85
        assert store.setting("delegation_limits")["pm"]["cost"] == 20_000.0
        assert store.setting("fiscal_year_start") == "01-01"
        assert {r["source"] for r in store.query(
            "SELECT source FROM change_log WHERE entity = 'setting'")} == {"cli"}


@pytest.mark.parametrize(("args", "message"), [
    (["rag_thresholds.cpired=0.8"], "'rag_thresholds.cpired' is not a setting"),
    (["rag_thresholds.cpi_red=0.99"], "rag_thresholds.cpi_red: must be below the amber"),
    (["risk_bands.medium_max=7", "risk_bands.low_max=6"], "risk_bands.medium_max:"),
    (["hours_per_day=lots"], "hours_per_day: 'lots' is not a number"),
    (["name=Renamed", "currency"], "'currency' is not KEY=VALUE"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(empty, capsys, args, message):
    with open_store(empty) as store:
        before = store.settings()
    assert main(["settings", "--db", str(empty), "name=Renamed", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    with open_store(empty) as store:
        assert store.settings() == before


def test_the_gate_sequence_is_set_as_a_list_and_refused_when_a_name_repeats(empty, capsys):
    assert main(["settings", "--db", str(empty), "--json"]) == 0
    assert _json(capsys)["settings"]["gate_names"][:2] == ["Gate 0", "Gate 1"]
    assert main(["settings", "--db", str(empty),
                 "gate_names=G0 Idea -> G1 Business case -> G2 Delivery"]) == 0
    assert capsys.readouterr().out.startswith(
        "gate_names: Gate 0 → Gate 1 → Gate 2 → Gate 3 → Gate 4 → Gate 5 → "
        "G0 Idea → G1 Business case → G2 Delivery")
    assert main(["settings", "--db", str(empty), "gate_names=A; B; a"]) == 2
    assert "'a' is named twice" in capsys.readouterr().err
    with open_store(empty) as store:
        assert store.gate_names() == ("G0 Idea", "G1 Business case", "G2 Delivery")
