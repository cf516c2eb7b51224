"""The import wizard and stakeholder registers: a register is found as stakeholders,
previewed and applied in one batch, its section headings left out."""

from __future__ import annotations

from pmo_desktop.ui.importer.labels import entity_choices
from tests.importing.conftest import write_book
from tests.ui.wizard_flow import apply_register

REGISTER = [
    ["Stakeholder register — Digital ID"],
    ["Stakeholder", "Organisation", "Role in Project", "Power", "Interest",
     "Current Engagement", "Desired Engagement", "Relationship Owner"],
    ["Tremblay, Marc", "Ministry", "Executive Sponsor", "H", "H", "Unaware", "Leading",
     "Brown, Keisha"],
    ["Chen, Olivia", "Digital Service", "Business Owner", "M", "H", "Resistant", "Neutral",
     "Chen, Olivia"],
    ["Roy, Danielle", "Treasury Board", "Approver", "L", "M", "Neutral", "Supportive",
     "Brown, Keisha"],
]


def test_a_stakeholder_register_is_previewed_and_applied_as_stakeholders(qtbot, store,
                                                                         tmp_path):
    assert ("Stakeholders", "stakeholder") in entity_choices()
    before = {s["name"] for s in store.rows("stakeholder")}
    path = write_book(tmp_path / "stakeholders.xlsx", {"Stakeholders": REGISTER})
    apply_register(qtbot, store, path, "stakeholder", "Stakeholders", created=3)
    added = {s["name"]: s for s in store.rows("stakeholder")}
    assert sorted(set(added) - before) == ["Chen, Olivia", "Roy, Danielle", "Tremblay, Marc"]
    assert added["Tremblay, Marc"]["power"] == 5
    assert added["Roy, Danielle"]["desired_engagement"] == "supportive"
