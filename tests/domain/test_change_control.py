"""The change-request workflow, the authority a change needs, and what an approval does
to a baseline (DOMAIN §6)."""

from datetime import date

import pytest

from pmo_desktop.domain import change_control as cc
from pmo_desktop.domain.enums import AUTHORITY_LEVELS, CR_STATUSES

# (from, to, allowed) — the workflow of DOMAIN §6.1 and the ways back.
WORKFLOW = [
    ("draft", "submitted", True),
    ("submitted", "under_assessment", True),
    ("under_assessment", "awaiting_decision", True),
    ("awaiting_decision", "approved", True),
    ("awaiting_decision", "rejected", True),
    ("awaiting_decision", "deferred", True),
    ("approved", "implemented", True),
    ("implemented", "closed", True),
    ("rejected", "closed", True),
    ("withdrawn", "closed", True),
    ("deferred", "submitted", True),
    ("deferred", "approved", True),
    ("under_assessment", "submitted", True),
    ("awaiting_decision", "under_assessment", True),
    ("submitted", "withdrawn", True),
    (None, "submitted", True),  # a CR typed in without a status is a draft
    ("draft", "approved", False),  # no decision before it is assessed
    ("submitted", "approved", False),
    ("under_assessment", "rejected", False),
    ("approved", "rejected", False),  # a decision is final
    ("approved", "withdrawn", False),
    ("rejected", "approved", False),
    ("closed", "submitted", False),
    ("implemented", "approved", False),
    ("approved", "closed", False),  # implemented first
]


@pytest.mark.parametrize(("here", "there", "allowed"), WORKFLOW)
def test_workflow_transitions(here, there, allowed):
    assert cc.can_move(here, there) is allowed
    problem = cc.transition_problem(here, there)
    assert (problem is None) is allowed
    if not allowed:
        assert problem and problem.endswith(".")


def test_every_status_has_its_steps_and_closed_is_final():
    assert set(cc.TRANSITIONS) == set(CR_STATUSES)
    for steps in cc.TRANSITIONS.values():
        assert set(steps) <= set(CR_STATUSES)
    assert cc.next_steps("closed") == ()
    # Every status can reach closed.
    for start in CR_STATUSES:
        seen, todo = {start}, [start]
        while todo:
            for nxt in cc.TRANSITIONS[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        assert "closed" in seen, start


def test_refusal_names_the_status_and_what_is_allowed():
    text = cc.transition_problem("submitted", "approved")
    assert "submitted" in text and "under assessment" in text
    assert "not a change-request status" in cc.transition_problem("draft", "done")


# (cost, days, scope, level) with the default limits: PM ≤ 10k & ≤ 5 d,
# change authority ≤ 50k & ≤ 20 d, project board ≤ 250k & ≤ 60 d, portfolio board beyond.
AUTHORITY = [
    (0, 0, False, "pm"),
    (10_000, 5, False, "pm"),  # limits are inclusive
    (10_001, 0, False, "change_authority"),
    (0, 6, False, "change_authority"),
    (-40_000, 0, False, "change_authority"),  # a saving is still a change to the baseline
    (50_000, 20, False, "change_authority"),
    (50_000, 21, False, "project_board"),
    (5_000, 60, False, "project_board"),
    (250_001, 0, False, "portfolio_board"),
    (0, -61, False, "portfolio_board"),
    (None, None, False, "pm"),
    (1_000, 0, True, "change_authority"),  # scope changes go at least to the change authority
    (100_000, 0, True, "project_board"),
]


@pytest.mark.parametrize(("cost", "days", "scope", "level"), AUTHORITY)
def test_authority_needed_from_default_limits(cost, days, scope, level):
    assert cc.authority_needed(cc.DelegationLimits(), cost, days, scope) == level


def test_limits_from_setting_dict_partial_text_and_round_trip():
    limits = cc.DelegationLimits.from_dict(
        {"pm": {"cost": "25000", "days": 10}, "scope_level": "project_board",
         "change_authority": {"cost": None}})
    assert limits.pm == cc.Limit(25_000.0, 10)
    assert limits.change_authority == cc.DelegationLimits().change_authority
    assert cc.authority_needed(limits, 20_000, 8) == "pm"
    assert cc.authority_needed(limits, 1, 0, changes_scope=True) == "project_board"
    assert cc.DelegationLimits.from_dict(limits.to_dict()) == limits
    assert cc.DelegationLimits.from_dict(None) == cc.DelegationLimits()
    assert cc.DelegationLimits.from_dict({"scope_level": "king"}).scope_level == \
        "change_authority"


def test_outranks():
    assert cc.outranks("project_board", "change_authority")
    assert cc.outranks("pm", "pm")
    assert not cc.outranks("pm", "project_board")
    assert not cc.outranks(None, "pm")
    assert list(AUTHORITY_LEVELS) == ["pm", "change_authority", "project_board",
                                      "portfolio_board"]


def test_next_baseline_adds_the_deltas():
    nxt = cc.next_baseline(2, 1_000_000.0, date(2027, 3, 31), 75_000.0, 30, date(2026, 12, 3))
    assert nxt.version == 3
    assert nxt.bac == 1_075_000.0
    assert nxt.finish_date == date(2027, 4, 30)
    assert nxt.effective_date == date(2026, 12, 3)
    saving = cc.next_baseline(0, 500.0, None, -100.0, None, date(2026, 1, 1))
    assert (saving.version, saving.bac, saving.finish_date) == (1, 400.0, None)
    assert cc.rebaselines(0, 5) and cc.rebaselines(-1.0, 0)
    assert not cc.rebaselines(0, 0) and not cc.rebaselines(None, None)


@pytest.mark.parametrize(("baseline", "actual", "moves"), [
    (date(2027, 1, 10), None, True),  # ahead of the change: moves
    (date(2026, 12, 3), None, True),  # on the effective date: moves
    (date(2026, 11, 30), None, False),  # already missed before the change: stays late
    (date(2027, 1, 10), date(2027, 1, 1), False),  # done: history
    (None, None, False),
])
def test_which_milestones_move(baseline, actual, moves):
    assert cc.moves_milestone(baseline, actual, date(2026, 12, 3)) is moves
