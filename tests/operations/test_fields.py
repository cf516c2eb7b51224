"""operations.fields: the catalogue of typed fields per entity and the reading of a typed value."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.fields import (
    FieldError, field_spec, field_specs, parse_value, parse_values, resolve_links, validate,
)
from pmo_desktop.store import ENTITIES

from .portfolio_fixtures import operations_template, store, store_path  # noqa: F401


def test_every_entity_has_a_catalogue_with_each_stored_field_once():
    for name, entity in ENTITIES.items():
        specs = field_specs(name)
        columns = [s.column for s in specs]
        assert len(columns) == len(set(columns)), name
        assert set(columns) <= set(entity.key) | set(entity.fields), name


def test_a_risk_shows_risk_fields_and_an_issue_its_own():
    risk = {s.name for s in field_specs("risk")}
    issue = {s.name for s in field_specs("issue")}
    assert {"probability", "residual_impact", "proximity", "response"} <= risk
    assert "resolution" not in risk and "probability" not in issue
    assert {"severity", "resolution", "decided_by"} <= issue


def test_links_are_typed_by_name_and_the_parent_project_is_not_a_field():
    names = {s.name: s for s in field_specs("allocation")}
    assert names["resource"].kind == "link" and names["resource"].column == "resource_id"
    assert "project" not in names and "project_id" not in names
    assert field_spec("project", "programme").link == "programme"


def test_typed_values_read_as_the_importer_reads_them():
    assert parse_value(field_spec("project", "finish_baseline"), "15/03/2027") == "2027-03-15"
    assert parse_value(field_spec("project", "bac"), "£1.2m") == 1_200_000
    assert parse_value(field_spec("project", "pct_complete"), "80%") == pytest.approx(0.8)
    assert parse_value(field_spec("risk", "status"), "Open") == "open"
    assert parse_value(field_spec("risk", "owner"), "Mia Evans <mia@corp>") == "Mia Evans"
    assert parse_value(field_spec("risk", "impact"), 4) == 4
    assert parse_value(field_spec("risk", "title"), "  ") is None


@pytest.mark.parametrize("entity,name,value", [
    ("risk", "due_date", "next week-ish"),
    ("risk", "impact", 9),
    ("project", "bac", "lots"),
    ("risk", "status", "zzzzzz"),
])
def test_a_value_that_does_not_read_names_the_field(entity, name, value):
    with pytest.raises(FieldError) as err:
        parse_value(field_spec(entity, name), value)
    assert field_spec(entity, name).label.split()[0] in str(err.value)


def test_parse_values_collects_errors_by_field_and_an_unknown_field():
    values, errors = parse_values("risk", {"title": "Vendor late", "due_date": "bad",
                                           "colour": "blue"})
    assert values == {"title": "Vendor late"}
    assert set(errors) == {"due_date", "colour"}
    assert "no field 'colour'" in errors["colour"]


def test_an_unknown_entity_is_refused_with_the_list():
    with pytest.raises(FieldError, match="not an entity"):
        field_specs("widget")


def test_validate_required_and_date_order():
    assert validate("risk", {}, creating=True) == {"title": "Title is required."}
    assert validate("risk", {"status": "open"}, creating=False) == {}
    errors = validate("project", {"code": "A", "name": "B", "start_baseline": "2027-02-01",
                                  "finish_baseline": "2027-01-01"}, creating=True)
    assert list(errors) == ["finish_baseline"]


def test_resolve_links_finds_ids_and_names_a_missing_one(store):
    programme = store.rows("programme")[0]
    out = resolve_links(store, "project", {"programme": programme["name"], "name": "X"})
    assert out == {"programme_id": programme["id"], "name": "X"}
    with pytest.raises(FieldError, match="no programme 'Nowhere'"):
        resolve_links(store, "project", {"programme": "Nowhere"})
