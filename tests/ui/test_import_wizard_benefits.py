"""The import wizard and benefits registers: a register is found as benefits, previewed
and applied in one batch, and its kind can be switched like any other."""

from __future__ import annotations

from pmo_desktop.ui.importer.labels import entity_choices
from tests.importing.conftest import write_book
from tests.ui.wizard_flow import apply_register
from tests.importing.test_import_benefits import REGISTER


def test_a_benefits_register_is_previewed_and_applied_as_benefits(qtbot, store, tmp_path):
    assert ("Benefits", "benefit") in entity_choices()
    before = {b["ref"] for b in store.rows("benefit")}
    path = write_book(tmp_path / "benefits.xlsx", {"Benefits Register": REGISTER})
    apply_register(qtbot, store, path, "benefit", "Benefits", created=3)
    added = {b["ref"]: b for b in store.rows("benefit")}
    assert sorted(set(added) - before) == ["DFD-B01", "DFD-B02", "DFD-B03"]
    assert added["DFD-B02"]["benefit_type"] == "cash_releasing"
