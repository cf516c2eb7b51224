"""Migration 11 (issue 14): a lesson is from what went well or from what is to improve.
A file of schema 10 opens, is backed up, gets the column, keeps every value it had (the
importer's side: tests/importing/test_import_lesson_effect.py)."""

from __future__ import annotations

import sqlite3

from pmo_desktop.store import SCHEMA_VERSION, open_store
from pmo_desktop.store.schema import MIGRATIONS, lesson_effect_type


def test_a_version_10_file_gets_the_column_and_keeps_its_lessons(tmp_path):
    path = tmp_path / "old.pmo"
    before = MIGRATIONS.index(lesson_effect_type)
    assert before == 10 and MIGRATIONS[-1] is lesson_effect_type == MIGRATIONS[SCHEMA_VERSION - 1]
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:before]:
        for sql in migration():
            conn.execute(sql)
    conn.execute("INSERT INTO project (id, code, name) VALUES (1, 'P1', 'One')")
    conn.execute("INSERT INTO lesson (project_id, ref, title, owner) "
                 "VALUES (1, 'L1', 'Test early', 'Ann Lee')")
    conn.execute(f"PRAGMA user_version = {before}")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        (lesson,) = store.rows("lesson")
        assert (lesson["title"], lesson["owner"], lesson["effect_type"]) == (
            "Test early", "Ann Lee", None)
        with store.write(source="cli") as tx:
            tx.update("lesson", lesson["id"], {"effect_type": "to_improve"})
        assert store.rows("lesson")[0]["effect_type"] == "to_improve"
    assert len(list((tmp_path / "backups").glob("old-*-migration.pmo"))) == 1

