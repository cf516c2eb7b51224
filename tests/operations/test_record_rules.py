"""operations.record_rules: a gate is one of the portfolio's gates (the setting
gate_names), the criteria's weights add up to 100 % (set together by set_weights, one
batch), over a real portfolio file."""

from __future__ import annotations

import pytest

from pmo_desktop.domain.scoring import whole_percents
from pmo_desktop.operations.fields import FieldError
from pmo_desktop.operations.record_rules import (
    delete_problem, record_problems, set_weights, stored_weights,
)
from pmo_desktop.operations.registers import add_record, edit_record
from pmo_desktop.operations.setting_specs import SettingError
from pmo_desktop.operations.settings import update_settings
from pmo_desktop.operations.undo import undo_batch
from pmo_desktop.store import open_store

SEQUENCE = "G0 Idea → G1 Business case → G2 Delivery → G3 Closure"


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "p.pmo") as s:
        add_record(s, "project", {"code": "P-1", "name": "Portal", "state": "active"})
        for name in ("Value", "Risk", "Reach"):
            add_record(s, "criterion", {"name": name})
        set_weights(s, {"Value": "50%", "Risk": "30%", "Reach": "20%"})
        yield s


def test_the_gate_sequence_is_a_setting_and_gates_must_be_in_it(store):
    assert store.gate_names()[0] == "Gate 0"  # the default: OGC Gateway
    add_record(store, "gate", {"gate_code": "Gate 1"}, project="P-1")
    update_settings(store, {"gate_names": SEQUENCE}, source="test")
    assert store.gate_names() == ("G0 Idea", "G1 Business case", "G2 Delivery",
                                  "G3 Closure")
    with pytest.raises(FieldError, match=r"'Gate 2' is not one of this portfolio's gates "
                                         r"\(G0 Idea → G1 Business case"):
        add_record(store, "gate", {"gate_code": "Gate 2"}, project="P-1")
    add_record(store, "gate", {"gate_code": "G1 Business case"}, project="P-1")
    # a gate recorded under the old sequence keeps its name and can still be decided
    edit_record(store, "gate", "P-1/Gate 1", {"decision": "go"})
    with pytest.raises(FieldError, match="gate_code"):
        edit_record(store, "gate", "P-1/Gate 1", {"gate_code": "Gate 3"})
    gate_id = store.find_id("gate", {"project_id": store.project_id("P-1"),
                                     "gate_code": "Gate 1"})
    assert record_problems(store, "gate", {"gate_code": "Gate 1", "decision": "hold"},
                           entity_id=gate_id) == {}


@pytest.mark.parametrize("typed, message", [
    ("", "cannot be empty"),
    ("G0; G1; g0", "'g0' is named twice"),
    ("G0;;G1", "a gate's name cannot be empty"),
    ("G0; " + "x" * 41, "longer than 40 characters"),
])
def test_a_gate_sequence_that_cannot_be_one_is_refused(store, typed, message):
    with pytest.raises(SettingError, match=message):
        update_settings(store, {"gate_names": typed}, source="test")
    assert store.gate_names()[0] == "Gate 0"


def test_a_weight_change_alone_is_refused_naming_the_sum(store):
    with pytest.raises(FieldError, match=r"would add up to 110 % \(Reach 20 %, Risk 30 %, "
                                         r"Value 60 %\)"):
        edit_record(store, "criterion", "Value", {"weight": "60%"})
    assert stored_weights(store) == {"Reach": 0.2, "Risk": 0.3, "Value": 0.5}
    edit_record(store, "criterion", "Value", {"description": "Money"})  # not a weight: fine
    value_id = store.find_id("criterion", {"name": "Value"})
    assert "weight" in record_problems(store, "criterion", {"weight": 0.4},
                                       entity_id=value_id)
    # renamed in the same edit: still counted once
    assert record_problems(store, "criterion", {"name": "Worth", "weight": 0.5},
                           entity_id=value_id) == {}


def test_set_weights_moves_weight_in_one_batch_and_undo_takes_it_back(store):
    result = set_weights(store, {"Value": "40%", "Reach": "30%"}, source="cli",
                         batch="set weights")
    assert result.value == ["Value", "Reach"] and result.batch_id is not None
    assert stored_weights(store) == pytest.approx({"Value": 0.4, "Risk": 0.3, "Reach": 0.3})
    with pytest.raises(FieldError, match="there is no criterion 'Cost'"):
        set_weights(store, {"Cost": "10%"})
    with pytest.raises(FieldError, match="add up to 90 %"):
        set_weights(store, {"Value": "30%"})
    undo_batch(store, result.batch_id, source="test")
    assert stored_weights(store) == pytest.approx({"Value": 0.5, "Risk": 0.3, "Reach": 0.2})


def test_deleting_a_weighted_criterion_is_refused_until_its_weight_is_given_away(store):
    risk = store.find_id("criterion", {"name": "Risk"})
    assert "others adding up to 70 %" in (delete_problem(store, "criterion", risk) or "")
    set_weights(store, {"Risk": "0%", "Value": "80%"})
    assert delete_problem(store, "criterion", risk) is None


def test_whole_percents_add_up_to_exactly_100():
    assert whole_percents({"a": 1, "b": 1, "c": 1}) == {"a": 0.34, "b": 0.33, "c": 0.33}
    assert whole_percents({"a": 30, "b": 30}) == {"a": 0.5, "b": 0.5}
    shares = whole_percents({"x": 17, "y": 29, "z": 3})
    assert round(sum(shares.values()), 9) == 1.0
    assert whole_percents({"a": 0, "b": 0}) == {"a": 0.5, "b": 0.5}
