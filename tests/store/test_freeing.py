"""Big read results freed a slice at a time (store/freeing.py)."""

from __future__ import annotations

import sys

from pmo_desktop.store import freeing
from pmo_desktop.store.freeing import CHUNK, free_gradually


def test_lists_and_dicts_are_emptied_and_other_values_left():
    rows = [{"code": f"P{i}", "tags": [i]} for i in range(CHUNK * 3 + 7)]
    by_code = {r["code"]: r for r in rows}
    text = "kept"
    free_gradually(rows, by_code, text, None)
    assert rows == [] and by_code == {} and text == "kept"


def test_the_rows_are_freed_in_slices_the_interpreter_can_switch_between(monkeypatch):
    """Each step frees at most CHUNK rows: counted by the Python-level steps the freeing
    takes (a thread switch can happen only between them)."""
    rows = [[i] for i in range(CHUNK * 5)]
    steps = []
    tracer = sys.gettrace()

    def trace(frame, event, arg):
        if frame.f_code is freeing.free_gradually.__code__ and event == "line":
            steps.append(len(rows))
        return trace

    sys.settrace(trace)
    try:
        free_gradually(rows)
    finally:
        sys.settrace(tracer)
    sizes = sorted(set(steps), reverse=True)
    assert sizes[0] == CHUNK * 5 and sizes[-1] == 0
    assert all(a - b <= CHUNK for a, b in zip(sizes, sizes[1:]))


def test_the_checks_leave_their_inputs_freed(tmp_path, monkeypatch):
    from datetime import date

    from pmo_desktop.store import checks, open_store

    seen = []
    real = checks.free_gradually

    def spy(*containers):
        seen.extend(type(c).__name__ for c in containers)
        real(*containers)
        assert all(not c for c in containers if isinstance(c, (list, dict)))

    monkeypatch.setattr(checks, "free_gradually", spy)
    with open_store(tmp_path / "p.pmo") as store:
        with store.write() as tx:
            pid = tx.create("project", {"code": "P-1", "name": "One", "state": "active"})
            tx.create("milestone", {"project_id": pid, "name": "Go-live",
                                    "baseline_date": "2027-06-01"})
        findings = checks.run_checks(store, date(2026, 12, 5))
    assert findings and seen and set(seen) <= {"list", "dict"}
