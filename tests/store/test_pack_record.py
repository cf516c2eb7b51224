"""What the report dialog offers (``pack_choices``) against plain SQL on the demo."""

from datetime import date

import pytest

from pmo_desktop.operations.records import update
from pmo_desktop.store import open_store
from pmo_desktop.store.demo import build_demo
from pmo_desktop.store.pack_record import pack_choices

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack_record") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, today=TODAY)
    return path


def test_choices_group_every_project_under_its_programme(store):
    choices = pack_choices(store)
    rows = store.query("""SELECT p.code, p.name, g.name AS programme FROM project p
                          LEFT JOIN programme g ON g.id = p.programme_id""")
    assert sum(len(group) for group in choices.programmes.values()) == len(rows) == 40
    by_code = {r["code"]: r for r in rows}
    for programme, projects in choices.programmes.items():
        assert [code for code, _name in projects] == sorted(code for code, _name in projects)
        for code, name in projects:
            assert by_code[code]["programme"] == programme and by_code[code]["name"] == name
    assert list(choices.programmes) == sorted(choices.programmes)


def test_projects_without_a_programme_come_first_under_no_name(store):
    code = store.query("SELECT code FROM project ORDER BY code DESC LIMIT 1")[0]["code"]
    update(store, "project", store.project_id(code), {"programme_id": None})
    choices = pack_choices(store)
    assert list(choices.programmes)[0] == "" and [c for c, _n in choices.programmes[""]] == [code]


def test_periods_are_the_closed_ones_newest_first(store):
    choices = pack_choices(store)
    days = [r["as_of"] for r in store.query("SELECT as_of FROM reporting_period")]
    assert [day.isoformat() for day, _label in choices.periods] == sorted(days, reverse=True)
    assert len(choices.periods) == 6 and all(label for _day, label in choices.periods)
