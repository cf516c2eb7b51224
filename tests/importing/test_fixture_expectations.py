"""Every expectation of ../shared/fixtures/more/expected.json, checked.

The sixteen files there are real trackers written by people outside this project, with
what a good importer finds in each (kind, header row, row count, columns, which field
each named header maps to, some parsed values). Each file is planned (dry run, new
projects allowed) into a new portfolio and every expectation is checked with the same
rules as ``bench/fixture_score.py`` (loaded from there, so the bench and the test cannot
disagree).

The expectations the importer does not meet yet are listed in ``NOT_MET`` with the
reason; any other expectation that fails fails the test, so what works cannot quietly
stop working. When a listed one starts to pass, the test says so: take it off the list.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pmo_desktop.operations.imports import import_files
from pmo_desktop.store import open_store

from .conftest import FIXTURES

MORE = FIXTURES / "more"
EXPECTED = json.loads((MORE / "expected.json").read_text(encoding="utf-8"))["files"]

_spec = importlib.util.spec_from_file_location(
    "fixture_score", Path(__file__).resolve().parents[2] / "bench" / "fixture_score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

# (file, the check's words before " (got …)") → why it is not met yet.
NOT_MET: dict[tuple[str, str], str] = {
    ("C02_raid_log_4sheets.xlsx", "row 13 status/state in ['PENDING', 'Pending', 'pending']"):
        "'Pending' is read as the closest issue status, open",
    ("C04_risk_register_titleblock.xlsx",
     "row 8 probab/likelihood in [0.85, 'Almost Certain', 'almost certain']"):
        "probability is stored on the 1-5 scale (5), the check wants the word or 0.85",
    ("C20_budget_mois_fr.xlsx", "row 27 amount/cost/budget/price/value in [12000]"):
        "a budget without months is the project's BAC: its lines add up to one record",
}


def _words(check: str) -> str:
    return check.split(" (got ")[0]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, list[tuple[str, bool]]]:
    out: dict[str, list[tuple[str, bool]]] = {}
    for name, want in EXPECTED.items():
        store = open_store(tmp_path_factory.mktemp("more") / "p.pmo")
        try:
            result = import_files(store, [str(MORE / name)], dry_run=True,
                                  project_code="FIXTURE", create_projects=True).value
            data = result.to_json()
        finally:
            store.close()
        tables = [t for f in data.get("files") or [{}] for t in f.get("tables") or []]
        checks: list[tuple[str, bool]] = []
        for table in want.get("tables", []):
            checks += score.check_table(tables, table)
        out[name] = checks
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_expectation_not_listed_as_not_met_is_met(outcomes, name):
    failed = [_words(c) for c, ok in outcomes[name] if not ok]
    unexpected = [c for c in failed if (name, c) not in NOT_MET]
    assert not unexpected, f"{name}: {unexpected}"


def test_the_list_of_expectations_not_met_is_current(outcomes):
    failing = {(name, _words(c)) for name, checks in outcomes.items() for c, ok in checks
               if not ok}
    now_met = sorted(set(NOT_MET) - failing)
    assert not now_met, f"these are met now, take them off NOT_MET: {now_met}"
    total = sum(len(c) for c in outcomes.values())
    met = sum(ok for c in outcomes.values() for _w, ok in c)
    assert met / total >= 0.9, f"{met}/{total}"
