"""operations.keys: a record named by its business key as people type it."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.keys import (
    KeyNotFound, find, key_format, key_names, key_text, typed_record,
)
from pmo_desktop.operations.records import create

from .portfolio_fixtures import operations_template, store, store_path  # noqa: F401


def test_key_names_and_format_follow_the_store_key():
    assert key_names("risk") == ("project", "ref")
    assert key_format("allocation") == "RESOURCE/PROJECT/PERIOD"
    assert key_format("capacity") == "RESOURCE/PERIOD"
    assert key_format("programme") == "NAME" and key_format("project") == "CODE"
    with pytest.raises(KeyNotFound.__mro__[1], match="'risks' is not an entity"):
        key_names("risks")


def test_key_text_joins_the_typed_parts():
    assert key_text("risk", {"project": "DCX-101", "ref": "R-004", "title": "x"}) == (
        "DCX-101/R-004")
    assert key_text("allocation", {"resource": "Mia Evans", "project": "DCX-101",
                                   "period": "2026-11"}) == "Mia Evans/DCX-101/2026-11"


def _id(store, table, where, *params):
    return store.query(f"SELECT id FROM {table} WHERE {where}", list(params))[0]["id"]


@pytest.mark.parametrize("entity,key,table,where", [
    ("project", "FIN-101", "project", "code = 'FIN-101'"),
    ("risk", "FIN-101/R-004", "raid_item", "type = 'risk' AND ref = 'R-004' AND project_id = "
     "(SELECT id FROM project WHERE code = 'FIN-101')"),
    ("assumption", "FIN-101/A-002", "raid_item", "type = 'assumption' AND ref = 'A-002' AND "
     "project_id = (SELECT id FROM project WHERE code = 'FIN-101')"),
    ("milestone", "FIN-101/Project closure", "milestone", "name = 'Project closure' AND "
     "project_id = (SELECT id FROM project WHERE code = 'FIN-101')"),
    ("resource", "Amelia Khan", "resource", "name = 'Amelia Khan'"),
    ("programme", "People & Workplace", "programme", "name = 'People & Workplace'"),
])
def test_find_each_shape_of_key(store, entity, key, table, where):
    assert find(store, entity, key) == _id(store, table, where)


def test_find_an_allocation_a_capacity_and_a_typed_month(store):
    row = store.query("SELECT a.id, r.name, p.code, a.period FROM allocation a"
                      " JOIN resource r ON r.id = a.resource_id"
                      " JOIN project p ON p.id = a.project_id ORDER BY a.id LIMIT 1")[0]
    assert find(store, "allocation", f"{row['name']}/{row['code']}/{row['period']}") == row["id"]
    cap = store.query("SELECT c.id, r.name, c.period FROM capacity c JOIN resource r"
                      " ON r.id = c.resource_id ORDER BY c.id LIMIT 1")[0]
    year, month = cap["period"].split("-")
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    typed = f"{cap['name']}/{names[int(month) - 1]} {year}"  # May 2026 reads as 2026-05
    assert find(store, "capacity", typed) == cap["id"]


def test_a_name_with_a_slash_is_found(store):
    pid = store.project_id("FIN-101")
    new = create(store, "milestone", {"project_id": pid, "name": "Design/build"}).value
    create(store, "programme", {"name": "A/B"})
    assert find(store, "milestone", "FIN-101/Design/build") == new
    assert find(store, "programme", "A/B") == store.find_id("programme", {"name": "A/B"})


@pytest.mark.parametrize("entity,key,message", [
    ("risk", "FIN-101/R-999", "there is no risk 'FIN-101/R-999' in this portfolio (a risk is "
     "named PROJECT/REF)."),
    ("risk", "NOPE-1/R-001", "there is no risk 'NOPE-1/R-001'"),
    ("risk", "FIN-101", "'FIN-101' is not a risk key: a risk is named PROJECT/REF."),
    ("allocation", "Amelia Khan/2026-05", "is not a allocation key"),
    ("project", " ", "is not a project key"),
    ("issue", "FIN-101/R-004", "there is no issue"),  # a risk's ref is not an issue's
])
def test_a_key_that_names_nothing_says_how_keys_are_written(store, entity, key, message):
    with pytest.raises(KeyNotFound, match=message.replace("(", r"\(").replace(")", r"\)")):
        find(store, entity, key)


def test_typed_record_shows_links_by_name(store):
    pid = store.project_id("FIN-101")
    record = typed_record(store, "project", store.get("project", pid))
    assert record["programme"] == "Finance Transformation" and "programme_id" not in record
    risk = typed_record(store, "risk", store.get("risk", find(store, "risk", "FIN-101/R-004")))
    assert list(risk)[:3] == ["project", "ref", "title"] and risk["project"] == "FIN-101"
    assert key_text("risk", risk) == "FIN-101/R-004"
