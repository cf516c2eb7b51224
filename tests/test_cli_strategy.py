"""``prioritise`` (issue 17's contract) and the strategy registers from the command line,
over a real portfolio file: §8.3's worked example, forcing, enumeration, the pipeline."""

from __future__ import annotations

import json
import shutil
from itertools import combinations
from pathlib import Path

import pytest

from pmo_desktop.cli import main
from pmo_desktop.operations.pipeline import move_proposal
from pmo_desktop.store import StoreError, open_store

CRITERIA = {"strategic": "30%", "financial": "25%", "risk": "15%", "urgency": "20%",
            "feasibility": "10%"}
# §8.3: scores typed as people rate them; risk reverse-scored (5 = high risk), so the
# table's "risk (inverse)" column 4,2,5,3,3 is typed 2,4,1,3,3 here.
TABLE = {"A": ((5, 3, 2, 2, 4), 400), "B": ((4, 5, 4, 3, 4), 300), "C": ((2, 2, 1, 5, 5), 150),
         "D": ((3, 4, 3, 1, 2), 250), "E": ((5, 5, 3, 4, 2), 500)}
NORM = {"A": 66.25, "B": 68.75, "C": 58.75, "D": 43.75, "E": 80.0}


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    if "--json" in argv and code == 0:
        return code, json.loads(out.out), out.err
    return code, out.out, out.err


@pytest.fixture(scope="module")
def worked_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """§8.3's portfolio, typed in once through the commands (some forty of them); each
    test works on its own copy (``db``)."""
    path = str(tmp_path_factory.mktemp("strategy") / "p.pmo")
    assert main(["new", "--db", path]) == 0
    for name in CRITERIA:  # the weights are set together: they must add up to 100 %
        extra = ["direction=reverse"] if name == "risk" else []
        assert main(["add", "criterion", "--db", path, f"name={name}", *extra]) == 0
    assert main(["weights", "--db", path, *(f"{n}={w}" for n, w in CRITERIA.items())]) == 0
    for code, (scores, cost) in TABLE.items():
        assert main(["add", "project", "--db", path, f"code={code}", f"name=Project {code}",
                     f"bac={cost}", "state=active"]) == 0
        for name, value in zip(CRITERIA, scores):
            assert main(["add", "score", "--db", path, f"criterion={name}", f"item={code}",
                         f"value={value}"]) == 0
    assert not Path(f"{path}-wal").exists()  # (closed: the one file holds it all)
    return Path(path)


@pytest.fixture
def db(worked_example: Path, tmp_path: Path, capsys) -> str:
    path = tmp_path / "p.pmo"
    shutil.copyfile(worked_example, path)
    capsys.readouterr()
    return str(path)


def test_prioritise_ranks_and_selects_the_worked_example(db, capsys):
    code, out, _ = _run(capsys, "prioritise", "--db", db, "--budget", "900", "--json")
    assert code == 0
    assert set(out) >= {"candidates", "selected", "total_cost", "total_score", "budget",
                        "frontier"}
    assert [c["code"] for c in out["candidates"]] == ["E", "B", "A", "C", "D"]
    assert {c["code"]: c["score"] for c in out["candidates"]} == pytest.approx(NORM)
    assert all(set(c) == {"code", "name", "score", "cost", "forced"} for c in out["candidates"])
    assert sorted(out["selected"]) == ["A", "B", "C"]
    assert out["total_cost"] == 850 and out["budget"] == 900
    assert out["total_score"] == pytest.approx(66.25 + 68.75 + 58.75)
    frontier = {p["budget"]: p["total_score"] for p in out["frontier"]}
    assert frontier[900] == out["total_score"] and max(frontier) == 1600
    assert all(set(p) == {"budget", "total_score"} for p in out["frontier"])


def _best(budget, forced=(), excluded=()):
    best = 0.0
    for k in range(len(TABLE) + 1):
        for combo in combinations(TABLE, k):
            if set(forced) - set(combo) or set(excluded) & set(combo):
                continue
            if sum(TABLE[c][1] for c in combo) <= budget:
                best = max(best, sum(NORM[c] for c in combo))
    return best


@pytest.mark.parametrize("budget", [0, 150, 449, 550, 700, 1000, 1349, 1600])
def test_selection_is_optimal_against_enumeration(db, capsys, budget):
    _c, out, _ = _run(capsys, "prioritise", "--db", db, "--budget", str(budget), "--json")
    assert out["total_score"] == pytest.approx(_best(budget))
    assert out["total_cost"] <= budget


def test_force_and_exclude(db, capsys):
    _c, out, _ = _run(capsys, "prioritise", "--db", db, "--budget", "£900", "--force", "E",
                      "--exclude", "C", "--json")
    assert "E" in out["selected"] and "C" not in out["selected"]
    assert out["total_score"] == pytest.approx(_best(900, ["E"], ["C"]))
    assert out["total_score"] < 193.75  # forced below the frontier
    forced = {c["code"]: c["forced"] for c in out["candidates"]}
    assert forced == {"E": "in", "C": "out", "A": None, "B": None, "D": None}
    code, _o, err = _run(capsys, "prioritise", "--db", db, "--force", "NOPE")
    assert code == 2 and "NOPE" in err
    # text output names the selection
    code, text, _ = _run(capsys, "prioritise", "--db", db, "--budget", "900")
    assert code == 0 and "Selected 3 of 5" in text


def test_default_budget_is_everything_and_proposals_compete_when_asked(db, capsys):
    _c, out, _ = _run(capsys, "prioritise", "--db", db, "--json")
    assert out["budget"] == 1600 and len(out["selected"]) == 5
    assert main(["add", "proposal", "--db", db, "code=P-9", "name=Cheap win",
                 "status=submitted", "estimated_cost=£50"]) == 0
    for name in CRITERIA:
        main(["add", "score", "--db", db, f"criterion={name}", "item=P-9", "value=5"])
    capsys.readouterr()
    _c, out, _ = _run(capsys, "prioritise", "--db", db, "--budget", "900", "--json")
    assert "P-9" not in [c["code"] for c in out["candidates"]]
    _c, out, _ = _run(capsys, "prioritise", "--db", db, "--budget", "900",
                      "--include-proposals", "--json")
    assert "P-9" in out["selected"] and out["total_cost"] <= 900


def test_a_proposal_moves_through_the_pipeline_and_starts_as_a_project(db, capsys):
    assert main(["add", "proposal", "--db", db, "code=NEW-1", "name=Customer portal",
                 "sponsor=Dana Whitfield", "status=idea", "estimated_cost=£250k",
                 "start_date=2027-01-04", "end_date=2027-09-30"]) == 0
    main(["add", "objective", "--db", db, "code=OBJ-1", "name=Digital customers",
          "weight=50%"])
    main(["add", "contribution", "--db", db, "objective=OBJ-1", "item=NEW-1",
          "level=strong"])
    capsys.readouterr()
    code, _o, err = _run(capsys, "edit", "proposal", "NEW-1", "--db", db, "status=started")
    assert code == 2 and "idea can move to submitted" in err
    for step in ("submitted", "assessed", "approved"):
        assert _run(capsys, "edit", "proposal", "NEW-1", "--db", db, f"status={step}")[0] == 0
    code, out, _ = _run(capsys, "edit", "proposal", "NEW-1", "--db", db, "status=started",
                        "--json")
    assert code == 0 and out["project"] == "NEW-1"
    _c, projects, _ = _run(capsys, "list", "project", "--db", db, "--json")
    new = next(p for p in projects["items"] if p["key"] == "NEW-1")
    assert new["name"] == "Customer portal" and new["bac"] == 250000
    assert new["sponsor"] == "Dana Whitfield" and new["start_baseline"] == "2027-01-04"
    # its contribution now names the project; one undo takes both writes back
    _c, contribs, _ = _run(capsys, "list", "contribution", "--db", db, "--json")
    assert contribs["items"][0]["item"] == "NEW-1"
    assert main(["undo", str(out["batch"]), "--db", db]) == 0
    capsys.readouterr()
    _c, projects, _ = _run(capsys, "list", "project", "--db", db, "--json")
    assert "NEW-1" not in [p["key"] for p in projects["items"]]
    _c, props, _ = _run(capsys, "list", "proposal", "--db", db, "--json")
    assert props["items"][0]["status"] == "approved"


def test_starting_refuses_a_code_a_project_has(db, capsys):
    assert main(["add", "proposal", "--db", db, "code=A", "name=Clash"]) == 2
    assert "already exists" in capsys.readouterr().err
    # a project given the code after the proposal was made: starting it is refused
    assert main(["add", "proposal", "--db", db, "code=Z", "name=Later",
                 "status=approved"]) == 0
    assert main(["add", "project", "--db", db, "code=Z", "name=Taken"]) == 0
    with open_store(db) as store:
        pid = store.find_id("proposal", {"code": "Z"})
        with pytest.raises(StoreError, match="already exists"):
            move_proposal(store, pid, {"status": "started"})
        assert store.get("proposal", pid)["status"] == "approved"


def test_strategy_entities_list_add_edit_delete(db, capsys):
    cases = [
        ("objective", ["code=OBJ-2", "name=Lower cost to serve", "owner=COO", "weight=20%"],
         "OBJ-2", "weight=30%", "weight", 0.3),
        ("gate", ["--project", "A", "gate_code=Gate 3", "planned_date=2027-02-01",
                  "decision=GO with conditions", "decided_by=Investment board"],
         "A/Gate 3", "decision=hold", "decision", "hold"),
        ("benefit", ["ref=BEN-1", "title=Fewer calls", "owner=Head of Service",
                     "baseline_value=1000", "target_value=600", "status=on track"],
         "BEN-1", "target_value=500", "target_value", 500),
        ("stakeholder", ["name=Priya Shah", "power=5", "interest=High",
                         "current_engagement=neutral", "desired_engagement=supportive"],
         "Priya Shah", "power=2", "power", 2),
    ]
    for entity, add, key, edit, name, value in cases:
        assert _run(capsys, "add", entity, "--db", db, *add)[0] == 0, entity
        code, out, _ = _run(capsys, "edit", entity, key, "--db", db, edit, "--json")
        assert code == 0 and out["changes"][0]["new"] == value
        _c, listed, _ = _run(capsys, "list", entity, "--db", db, "--json")
        assert [i["key"] for i in listed["items"]] == [key]
        assert _run(capsys, "delete", entity, key, "--db", db)[0] == 0
        _c, listed, _ = _run(capsys, "list", entity, "--db", db, "--json")
        assert listed["items"] == []
    code, _o, err = _run(capsys, "add", "gate", "--db", db, "--project", "A",
                         "gate_code=Gate 4", "decision=maybe")
    assert code == 2 and "go_with_conditions" in err


# §8.3's FTE column as hours one month (100 h an FTE): A 3.0, B 2.0, C 1.0, D 2.5, E 4.0.
FTE = {"A": 3.0, "B": 2.0, "C": 1.0, "D": 2.5, "E": 4.0}


def _best_within(budget, hours):
    best, chosen = 0.0, ()
    for k in range(len(TABLE) + 1):
        for combo in combinations(sorted(TABLE), k):
            if (sum(TABLE[c][1] for c in combo) <= budget
                    and sum(FTE[c] for c in combo) * 100 <= hours + 1e-9
                    and sum(NORM[c] for c in combo) > best):
                best, chosen = sum(NORM[c] for c in combo), combo
    return best, set(chosen)


@pytest.fixture
def staffed(db, capsys):
    """The worked example with one role: 5.0 FTE of engineers in 2026-11 (500 h), each
    project booking its FTE × 100 h that month."""
    assert main(["add", "role", "--db", db, "name=Engineer"]) == 0
    assert main(["add", "resource", "--db", db, "name=Team", "role=Engineer"]) == 0
    assert main(["add", "capacity", "--db", db, "resource=Team", "period=2026-11",
                 "hours=500"]) == 0
    for code, fte in FTE.items():
        assert main(["add", "allocation", "--db", db, "--project", code, "resource=Team",
                     "period=2026-11", f"hours={fte * 100:g}"]) == 0
    capsys.readouterr()
    return db


def test_capacity_changes_the_selection_of_the_worked_example(staffed, capsys):
    _c, free, _ = _run(capsys, "prioritise", "--db", staffed, "--budget", "900", "--json")
    assert sorted(free["selected"]) == ["A", "B", "C"]  # 6.0 FTE: more than the team has
    assert "capacity" not in free
    code, out, _ = _run(capsys, "prioritise", "--db", staffed, "--budget", "900",
                        "--capacity", "--from", "2026-11", "--months", "3", "--json")
    assert code == 0
    best, chosen = _best_within(900, 500)
    assert set(out["selected"]) == chosen == {"C", "E"}  # 5.0 FTE, 138.75 over A+B's 135
    assert out["total_score"] == pytest.approx(best) and out["total_cost"] == 650
    assert set(out) >= {"candidates", "selected", "total_cost", "total_score", "budget",
                        "frontier"}
    assert out["capacity"] == {"from": "2026-11", "to": "2027-01", "roles": ["Engineer"],
                               "slots": [{"role": "Engineer", "month": "2026-11",
                                          "capacity": 500.0, "demand": 500.0}]}
    assert max(p["total_score"] for p in out["frontier"]) <= best + 1e-6


def test_capacity_outside_the_window_does_not_limit(staffed, capsys):
    _c, out, _ = _run(capsys, "prioritise", "--db", staffed, "--budget", "900",
                      "--capacity", "--from", "2026-12", "--json")
    assert sorted(out["selected"]) == ["A", "B", "C"]
    assert out["capacity"]["roles"] == [] and out["capacity"]["from"] == "2026-12"
    code, text, _ = _run(capsys, "prioritise", "--db", staffed, "--budget", "900",
                         "--capacity", "--from", "2026-11", "--months", "1")
    assert code == 0 and "Engineer 2026-11: 500 of 500 h (100%)" in text
    code, _o, err = _run(capsys, "prioritise", "--db", staffed, "--months", "3")
    assert code == 2 and "--capacity" in err


def test_weights_are_set_together_and_must_add_up_to_100(db, capsys):
    code, _o, err = _run(capsys, "edit", "criterion", "urgency", "--db", db, "weight=30%")
    assert code == 2 and "add up to 110 %" in err and "urgency 30 %" in err
    code, _o, err = _run(capsys, "weights", "--db", db, "urgency=30%")
    assert code == 2 and "110 %" in err
    code, out, _ = _run(capsys, "weights", "--db", db, "urgency=30%", "feasibility=0%",
                        "--json")
    assert code == 0 and out["changed"] == ["urgency", "feasibility"]
    assert out["weights"]["urgency"] == pytest.approx(0.3) and out["total"] == 1.0
    code, _o, err = _run(capsys, "delete", "criterion", "risk", "--db", db)
    assert code == 2 and "others adding up to 85 %" in err
    code, _o, err = _run(capsys, "add", "criterion", "--db", db, "name=Reach", "weight=5%")
    assert code == 2 and "105 %" in err
    assert _run(capsys, "add", "criterion", "--db", db, "name=Reach")[0] == 0  # no weight
    assert main(["undo", str(out["batch"]), "--db", db]) == 0  # one batch: both back
    capsys.readouterr()
    _c, out, _ = _run(capsys, "weights", "--db", db, "--json")
    assert out["weights"]["urgency"] == pytest.approx(0.2)
    assert out["weights"]["feasibility"] == pytest.approx(0.1)
