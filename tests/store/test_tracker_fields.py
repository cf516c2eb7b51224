"""Migration 10 (issue 14): the fields real trackers hold that the schema lacked — a RAID
item's cost impact, a project's location, a lesson's owner, a task's priority. A file
of schema 9 opens, is backed up, gets the columns, and keeps every value it had."""

from __future__ import annotations

import json
import sqlite3

from pmo_desktop.store import SCHEMA_VERSION, open_store
from pmo_desktop.store.schema import ENTITIES, MIGRATIONS, RAID_TYPE_FIELDS, tracker_fields

NEW = {"raid_item": "impact_cost", "project": "location", "lesson": "owner",
       "task": "priority"}


def _version_9(path):
    """A portfolio as schema 9 wrote it, with a record in each table that gains a field."""
    before = MIGRATIONS.index(tracker_fields)
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:before]:
        for sql in migration():
            conn.execute(sql)
    conn.execute("INSERT INTO project (id, code, name, department) VALUES (1, 'P1', 'One', 'Ops')")
    conn.execute("INSERT INTO raid_item (type, project_id, ref, title, expected_value) "
                 "VALUES ('risk', 1, 'R1', 'Vendor late', 1500.5)")
    conn.execute("INSERT INTO lesson (project_id, ref, title, logged_by) "
                 "VALUES (1, 'L1', 'Test early', 'Ann Lee')")
    conn.execute("INSERT INTO task (project_id, ref, name, status, owner) "
                 "VALUES (1, '1.1', 'Design', 'in_progress', 'Bo Chan')")
    conn.execute(f"PRAGMA user_version = {before}")
    conn.commit()
    conn.close()
    return before


def test_the_migration_is_the_tenth():
    assert MIGRATIONS.index(tracker_fields) == 9 and SCHEMA_VERSION == len(MIGRATIONS)


def test_a_version_9_file_gets_the_columns_and_keeps_its_values(tmp_path):
    path = tmp_path / "old.pmo"
    before = _version_9(path)
    conn = sqlite3.connect(path)
    for table, column in NEW.items():  # not there before
        assert column not in [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        for table, column in NEW.items():
            assert column in set(store.db.columns(table)), table
        assert store.db.columns("raid_item")["impact_cost"] == "REAL"
        project = store.rows("project")[0]
        assert (project["code"], project["department"], project["location"]) == ("P1", "Ops", None)
        risk = store.rows("risk")[0]
        assert (risk["title"], risk["expected_value"], risk["impact_cost"]) == (
            "Vendor late", 1500.5, None)
        lesson = store.rows("lesson")[0]
        assert (lesson["logged_by"], lesson["owner"]) == ("Ann Lee", None)
        task = store.rows("task")[0]
        assert (task["status"], task["owner"], task["priority"]) == ("in_progress", "Bo Chan", None)
        # the new fields are written and change-logged like any other
        with store.write(source="cli") as tx:
            tx.update("risk", risk["id"], {"impact_cost": 60000.0})
            tx.update("project", project["id"], {"location": "Leeds"})
            tx.update("lesson", lesson["id"], {"owner": "Cy Diaz"})
            tx.update("task", task["id"], {"priority": "high"})
        logged = {(r["entity"], r["field"], json.loads(r["new"])) for r in store.query(
            "SELECT entity, field, new FROM change_log")}
        assert {("risk", "impact_cost", 60000.0), ("project", "location", "Leeds"),
                ("lesson", "owner", "Cy Diaz"), ("task", "priority", "high")} <= logged
    backups = list((tmp_path / "backups").glob("old-*-migration.pmo"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == before
    old.close()


def test_each_entity_declares_its_new_field():
    assert "location" in ENTITIES["project"].fields
    assert "owner" in ENTITIES["lesson"].fields and "logged_by" in ENTITIES["lesson"].fields
    assert "priority" in ENTITIES["task"].fields
    assert "impact_cost" in ENTITIES["risk"].money
    assert "impact_cost" in RAID_TYPE_FIELDS["risk"] and "impact_cost" in RAID_TYPE_FIELDS["issue"]
    assert "impact_cost" not in RAID_TYPE_FIELDS["assumption"]
