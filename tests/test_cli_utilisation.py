"""``pmo-desktop utilisation``: the JSON contract over a real file, moves applied,
nothing written; bad input exits 2."""

from __future__ import annotations

import hashlib
import json

from pmo_desktop.cli import main

from operations.resource_fixtures import build_resource_portfolio


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_utilisation_json_with_moves_writes_nothing(tmp_path, capsys):
    db = str(build_resource_portfolio(tmp_path / "r.pmo"))
    digest = hashlib.sha256(open(db, "rb").read()).hexdigest()
    code, out, _ = _run(capsys, "utilisation", "--db", db, "--from", "2027-01", "--months", "4",
                        "--shift", "BETA:+2", "--scale", "ALPHA:0.5", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["months"] == ["2027-01", "2027-02", "2027-03", "2027-04"]
    bob = next(p for p in data["people"] if p["name"] == "Bob Ray")
    assert bob["demand"] == {"2027-01": 0, "2027-02": 0, "2027-03": 75, "2027-04": 75}
    assert bob["utilisation"]["2027-03"] is None and bob["capacity"]["2027-03"] == 0
    assert data["projects"]["ALPHA"] == {"2027-01": 85, "2027-02": 85, "2027-03": 0,
                                         "2027-04": 0}
    assert data["over_allocated"] == [{"name": "Bob Ray", "month": "2027-03",
                                       "utilisation": None}]
    assert hashlib.sha256(open(db, "rb").read()).hexdigest() == digest


def test_default_window_is_twelve_months_from_the_as_of_month(tmp_path, capsys):
    db = str(build_resource_portfolio(tmp_path / "r.pmo"))
    code, out, _ = _run(capsys, "utilisation", "--db", db, "--committed-only", "--json")
    data = json.loads(out)
    assert code == 0 and len(data["months"]) == 12 and data["months"][0] == "2027-01"
    ann = next(p for p in data["people"] if p["name"] == "Ann Lee")
    assert ann["demand"]["2027-02"] == 120  # the proposed 15 h left out


def test_text_output_and_bad_input(tmp_path, capsys):
    db = str(build_resource_portfolio(tmp_path / "r.pmo"))
    code, out, _ = _run(capsys, "utilisation", "--db", db, "--from", "2027-01")
    assert code == 0 and "Ann Lee" in out and "120%" in out and "over-allocated" in out
    code, _, err = _run(capsys, "utilisation", "--db", db, "--shift", "NOPE:+1")
    assert code == 2 and "NOPE" in err
    code, _, err = _run(capsys, "utilisation", "--db", db, "--scale", "ALPHA")
    assert code == 2 and "CODE:FACTOR" in err
