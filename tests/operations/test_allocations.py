"""operations.allocations: a run of months set, moved or cleared as one batch of edits,
undone whole; amounts in hours, days or % of capacity; a person added with capacity."""

from __future__ import annotations

import pytest

from pmo_desktop.domain.capacity import working_days
from pmo_desktop.operations.allocations import (
    Amount, add_person, cell_edits, clear_edits, move_edits, parse_amount, person_plan,
    set_edits,
)
from pmo_desktop.operations.batch import apply_many

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    last_log_id, log_since, operations_template, store, store_path,
)

H1 = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]


def _someone(store):
    """A person with an allocation row and capacity."""
    for r in store.rows("resource"):
        plan = person_plan(store, r["id"])
        if plan.allocations and plan.capacity.cells:
            return plan
    raise AssertionError("the demo has no allocated person")


def _hours(store, rid, pid):
    plan = person_plan(store, rid)
    row = plan.row(("allocation", pid))
    return {} if row is None else {m: (c.hours, c.booking) for m, c in row.cells.items()}


@pytest.mark.parametrize(("text", "amount"), [
    ("80", Amount(80.0)), ("80h", Amount(80.0)), ("10 days", Amount(10.0, "d")),
    ("50%", Amount(50.0, "%")), (" ", None), (37.5, Amount(37.5)),
])
def test_amounts_read_as_typed(text, amount):
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text", ["lots", "-5", "5 weeks"])
def test_a_bad_amount_says_so(text):
    with pytest.raises(ValueError, match="amount|negative"):
        parse_amount(text)


def test_80_hours_in_each_of_six_months_is_one_batch_undone_whole(store):
    plan = _someone(store)
    pid = plan.allocations[0].project_id
    before = _hours(store, plan.resource_id, pid)
    mark = last_log_id(store)
    edits = set_edits(plan, ("allocation", pid), H1, Amount(80.0), booking="proposed")
    result = apply_many(store, edits, source="test")
    after = _hours(store, plan.resource_id, pid)
    assert all(after[m] == (80.0, "proposed") for m in H1)
    assert {m: v for m, v in after.items() if m not in H1} == \
        {m: v for m, v in before.items() if m not in H1}
    assert len(log_since(store, mark)) >= len(H1)
    apply_many(store, result.value)
    assert _hours(store, plan.resource_id, pid) == before


def test_days_and_percent_turn_into_hours(store):
    plan = _someone(store)
    pid = plan.allocations[0].project_id
    month = sorted(plan.capacity.cells)[0]
    cap = plan.capacity.cells[month].hours
    apply_many(store, set_edits(plan, ("allocation", pid), [month], Amount(50.0, "%")))
    assert _hours(store, plan.resource_id, pid)[month][0] == pytest.approx(cap / 2)
    plan = person_plan(store, plan.resource_id)
    apply_many(store, set_edits(plan, ("allocation", pid), [month], Amount(2.0, "d"),
                                default_day=8.0))
    day = plan.hours_per_day or 8.0
    assert _hours(store, plan.resource_id, pid)[month][0] == pytest.approx(2 * day)
    plan = person_plan(store, plan.resource_id)
    apply_many(store, set_edits(plan, ("capacity", None), ["2031-03"], Amount(100.0, "%")))
    expected = working_days("2031-03") * day * (plan.fte if plan.fte is not None else 1.0)
    assert person_plan(store, plan.resource_id).capacity.cells["2031-03"].hours == \
        pytest.approx(expected)


def test_a_run_moved_two_months_later_leaves_its_start_empty(store):
    plan = _someone(store)
    pid = plan.allocations[0].project_id
    key = ("allocation", pid)
    apply_many(store, clear_edits(plan, key, list(plan.row(key).cells)))
    plan = person_plan(store, plan.resource_id)
    apply_many(store, cell_edits(plan, {(key, "2027-03"): 10.0, (key, "2027-04"): 20.0,
                                        (key, "2027-05"): 30.0, (key, "2027-06"): 99.0},
                                 booking="committed"))
    plan = person_plan(store, plan.resource_id)
    undo = apply_many(store, move_edits(plan, key, ["2027-03", "2027-04", "2027-05"], 2)).value
    assert {m: h for m, (h, _b) in _hours(store, plan.resource_id, pid).items()} == {
        "2027-05": 10.0, "2027-06": 20.0, "2027-07": 30.0}
    apply_many(store, undo)
    assert {m: h for m, (h, _b) in _hours(store, plan.resource_id, pid).items()} == {
        "2027-03": 10.0, "2027-04": 20.0, "2027-05": 30.0, "2027-06": 99.0}


def test_a_person_is_added_with_standard_capacity_and_undone_whole(store):
    mark = last_log_id(store)
    result = add_person(store, {"name": "Ada New", "fte": 0.5, "hours_per_day": 8.0,
                                "start_date": "2027-02-01"}, first="2027-01", months=6,
                        source="test")
    rid = store.find_id("resource", {"name": "Ada New"})
    plan = person_plan(store, rid)
    assert sorted(plan.capacity.cells) == ["2027-02", "2027-03", "2027-04", "2027-05",
                                           "2027-06"]
    assert plan.capacity.cells["2027-03"].hours == pytest.approx(
        working_days("2027-03") * 8.0 * 0.5)
    assert {e for e, _, _ in result.created} == {"resource", "capacity"}
    redo = apply_many(store, result.value).value
    assert store.find_id("resource", {"name": "Ada New"}) is None
    assert not store.rows("capacity", "resource_id = ?", [rid])
    apply_many(store, redo)
    assert len(person_plan(store, rid).capacity.cells) == 5
    assert len(log_since(store, mark)) > 0
