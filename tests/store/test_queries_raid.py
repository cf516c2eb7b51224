"""The RAID register and its heat map equal the store."""

from __future__ import annotations

from pmo_desktop.store import queries_views as qv

from queries_fixtures import CLOSED, TODAY, one, template  # noqa: F401


def test_raid_register_and_heat_map(store):
    rows = qv.raid_register(store.db, store.risk_bands())
    assert len(rows) == one(store, "SELECT COUNT(*) FROM raid_item")
    grid = qv.risk_heatmap(rows)
    assert sum(map(sum, grid)) == one(store, f"""SELECT COUNT(*) FROM raid_item
        WHERE type = 'risk' AND COALESCE(status, 'open') NOT IN ({CLOSED})
        AND COALESCE(threat_or_opportunity, 'threat') = 'threat'""")
    assert grid[4][4] == one(store, f"""SELECT COUNT(*) FROM raid_item WHERE type = 'risk'
        AND probability = 5 AND impact = 5 AND COALESCE(status, 'open') NOT IN ({CLOSED})
        AND COALESCE(threat_or_opportunity, 'threat') = 'threat'""")
    risk = next(r for r in rows if r.score is not None)
    assert risk.score == risk.probability * risk.impact


def test_the_first_rows_and_single_items_read_as_in_the_whole_register(store):
    rows = qv.raid_register(store.db, store.risk_bands())
    assert len(rows) > 60
    first = qv.raid_register(store.db, store.risk_bands(), limit=25)
    assert first == rows[:25]  # the same order, read without sorting the rest
    picked = [rows[3], rows[40], rows[-1]]
    again = qv.raid_register(store.db, store.risk_bands(), ids=[r.id for r in picked])
    assert again == picked
    code = rows[40].project_code
    assert qv.raid_register(store.db, store.risk_bands(), code, ids=[rows[3].id, rows[40].id]) \
        == [r for r in (rows[3], rows[40]) if r.project_code == code]
    assert qv.raid_register(store.db, store.risk_bands(), ids=[]) == []


def test_the_register_reads_every_domain_column_and_the_flags(store):
    from pmo_desktop.domain.raid import raid_flags
    from pmo_desktop.store.queries_raid import raid_register

    rows = raid_register(store, store.risk_bands(), as_of=TODAY)
    stored = {r["id"]: r for r in store.query("""SELECT r.*, g.name AS programme FROM raid_item r
        JOIN project p ON p.id = r.project_id LEFT JOIN programme g ON g.id = p.programme_id""")}
    for row in rows:
        s = stored[row.id]
        assert (row.programme, row.proximity, row.escalation, row.resolution, row.decided_by,
                row.counterparty, row.need_by_date, row.review_date, row.options) == (
            s["programme"], s["proximity"], s["escalation"], s["resolution"], s["decided_by"],
            s["counterparty"], s["need_by_date"], s["review_date"], s["options"])
        assert row.flags == raid_flags(s["status"], s["owner"], s["review_date"],
                                       s["due_date"] or s["need_by_date"] or s["validate_by"],
                                       TODAY)
        if row.residual_score is not None:
            assert row.residual_score == s["residual_probability"] * s["residual_impact"]
    assert any(r.flags for r in rows) and any(r.residual_band for r in rows)
    grid = qv.risk_heatmap(rows, residual=True)
    assert sum(map(sum, grid)) == one(store, f"""SELECT COUNT(*) FROM raid_item WHERE
        type = 'risk' AND COALESCE(status, 'open') NOT IN ({CLOSED})
        AND COALESCE(threat_or_opportunity, 'threat') = 'threat'
        AND residual_probability BETWEEN 1 AND 5 AND residual_impact BETWEEN 1 AND 5""")
    assert raid_register(store, store.risk_bands())[0].flags == ()  # no as-of: no flags


def test_project_scopes_lists_every_project_with_its_programme(store):
    from pmo_desktop.store.queries_raid import project_scopes

    scopes = project_scopes(store)
    assert len(scopes) == one(store, "SELECT COUNT(*) FROM project")
    code, name, programme = scopes[0]
    assert programme == one(store, """SELECT g.name FROM project p JOIN programme g
        ON g.id = p.programme_id WHERE p.code = ?""", [code])


def test_heat_movement_rewinds_the_risks_to_the_last_closed_period(store):
    from pmo_desktop.domain.raid import Movement
    from pmo_desktop.operations.periods import close_period
    from pmo_desktop.operations.records import update
    from pmo_desktop.store.queries_raid import heat_movement, raid_register

    close_period(store, TODAY, source="test")
    assert heat_movement(store, raid_register(store)).moved == []
    risk = store.query(f"""SELECT * FROM raid_item WHERE type = 'risk' AND probability = 2
        AND residual_probability IS NOT NULL AND COALESCE(status, 'open') NOT IN ({CLOSED})
        AND COALESCE(threat_or_opportunity, 'threat') = 'threat' LIMIT 1""")[0]
    update(store, "risk", risk["id"], {"probability": 1, "residual_impact": 5})
    moved = heat_movement(store, raid_register(store))
    assert [(m.ref, m.how, m.before, m.after) for m in moved.moved] == [
        (risk["ref"], Movement.DOWN, (2, risk["impact"]), (1, risk["impact"]))]
    assert [m.how for m in moved.residual] == [Movement.UP]


def test_heat_movement_reads_only_the_risks_changed_since_the_period(store):
    """At 100,000 items the movement read rewound every risk (seconds, holding the GIL);
    now it reads the risks the change log touched since the cut, with the same answer as
    a rewind of them all: one moved, one added (in) and one deleted (out)."""
    from pmo_desktop.operations.periods import close_period
    from pmo_desktop.operations.records import create, delete, update
    from pmo_desktop.store.pack_rewind import Rewinder, closed_periods
    from pmo_desktop.store.queries_raid import _cell_then, _moves, heat_cell, heat_movement
    from pmo_desktop.store.queries_raid import raid_register

    close_period(store, TODAY, source="test")
    open_threats = store.query(f"""SELECT * FROM raid_item WHERE type = 'risk'
        AND probability BETWEEN 2 AND 5 AND impact BETWEEN 1 AND 5
        AND COALESCE(status, 'open') NOT IN ({CLOSED})
        AND COALESCE(threat_or_opportunity, 'threat') = 'threat' ORDER BY id LIMIT 2""")
    moved, gone = open_threats
    update(store, "risk", moved["id"], {"probability": moved["probability"] - 1})
    delete(store, "risk", gone["id"])
    added = create(store, "risk", {"project_id": moved["project_id"], "title": "New threat",
                                   "probability": 5, "impact": 5}).created[0][1]
    cut = closed_periods(store.db)[-1].cut
    partial = Rewinder(store.db, only=("project", "risk"), touched_after=cut)
    assert set(partial.rows["risk"]) == {moved["id"], int(added)}  # gone: not read now
    assert partial.touched is not None
    assert partial.touched["risk"] == {moved["id"], gone["id"], int(added)}

    rows = raid_register(store)
    full = Rewinder(store.db, only=("project", "risk"))  # every risk, as before
    full.rewind_to(cut)
    codes = {pid: str(p.get("code")) for pid, p in full.rows["project"].items()}
    expected = []
    for residual in (False, True):
        then = {rid: (_cell_then(r, residual), codes.get(int(r.get("project_id") or 0), "?"),
                      str(r.get("ref") or ""), str(r.get("title") or ""))
                for rid, r in full.rows["risk"].items()}
        now = {r.id: (heat_cell(r, residual), r.project_code, r.ref, r.title)
               for r in rows if r.type == "risk"}
        expected.append(_moves(then, now))
    movement = heat_movement(store, rows)
    assert movement is not None
    assert (movement.moved, movement.residual) == (expected[0], expected[1])
    assert {m.ref for m in movement.moved} == {moved["ref"], gone["ref"],
                                               next(r.ref for r in rows if r.id == int(added))}

    # A risk deleted with its project since the period is named by that project's code.
    other = store.query(f"""SELECT r.ref, p.id, p.code FROM raid_item r
        JOIN project p ON p.id = r.project_id WHERE r.type = 'risk' AND p.id != ?
        AND r.probability BETWEEN 1 AND 5 AND r.impact BETWEEN 1 AND 5
        AND COALESCE(r.status, 'open') NOT IN ({CLOSED})
        AND COALESCE(r.threat_or_opportunity, 'threat') = 'threat' LIMIT 1""",
                        [moved["project_id"]])[0]
    delete(store, "project", other["id"])
    movement = heat_movement(store, raid_register(store))
    assert movement is not None
    assert (other["code"], other["ref"]) in {(m.code, m.ref) for m in movement.moved}


def test_the_register_reads_only_the_columns_it_shows(store):
    """At 100,000 items reading every column (descriptions, notes…) and building rows
    through the frozen dataclass took most of the register's load."""
    from dataclasses import fields

    from pmo_desktop.store.queries_raid import RaidRow, raid_register

    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        rows = raid_register(store, store.risk_bands(), as_of=TODAY)
    finally:
        store.db.conn.set_trace_callback(None)
    read = next(s for s in statements if "FROM raid_item" in s)
    assert "r.*" not in read and "description" not in read and "notes" not in read
    assert rows and all(type(r) is RaidRow for r in rows)
    for r in rows[:50]:  # as the dataclass makes them: equal, hashable, frozen
        again = RaidRow(**{f.name: getattr(r, f.name) for f in fields(RaidRow)})
        assert r == again and hash(r) == hash(again) and repr(r) == repr(again)
