"""bench/raid_bench.py runs end to end on a small register: every action it measures is
in its table and in the JSON object of its last line (the figures are not asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_raid_bench_measures_every_action_on_a_small_register(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "raid_bench.py"), "--items", "240",
         "--projects", "4", "--cache", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.strip().splitlines()
    summary = json.loads(lines[-1])
    assert summary["items"] == 240
    actions = summary["actions"]
    expected = ["open (click → rows shown)", "loaded (click → all rows in)",
                "sort by title", "sort by score", "sort by due date",
                *(f"filter '{'vendor'[:n]}'" for n in range(1, 7)),
                "edit (status → on screen)"]
    assert all(name in actions for name in expected), sorted(actions)
    assert any(name.startswith("heat map") for name in actions)
    assert all(a["done_ms"] >= 0 and a["stall_ms"] >= 0 for a in actions.values())
    # the background reads' CPU time: the figure a loaded machine does not inflate
    assert all(a["bg_cpu_ms"] >= 0 for a in actions.values())
    assert actions["loaded (click → all rows in)"]["bg_cpu_ms"] > 0
    assert set(summary["worst_done_ms"]) == {"open", "sort", "filter", "heat map", "edit"}
    assert "RAID register, 240 items" in proc.stdout  # the table before the JSON
    assert (tmp_path / "raid-240-4.pmo").exists()  # kept for the next run
