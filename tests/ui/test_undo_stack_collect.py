"""The garbage collector tears down a context, its undo stack and the commands pushed
on it without a crash (``ui/undo_stack.py``).

A command keeps its ``AppContext`` and the context keeps the stack: a reference cycle.
When the collector happens to clear a command before the context (it does after the
app's collector promotes young objects, ``gc.freeze()``/``gc.unfreeze()``, which puts
them first), a bare ``QUndoStack`` is left listing a C++ command Python has just
deleted, and deleting the stack crashed the process: the segfaults "garbage-collecting"
the UI tests showed about one run in four. Each case runs in a child process (a crash
must fail the test, not end the run) with glibc's ``MALLOC_PERTURB_``, which fills freed
memory so that a use after free crashes every time instead of now and then.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent("""
    import gc, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from pmo_desktop.operations import records
    from pmo_desktop.store import open_store
    from pmo_desktop.ui import commands
    from pmo_desktop.ui.context import AppContext
    from pmo_desktop.ui.undo_stack import UndoStack

    app = QApplication([])
    gc.disable()
    folder, bare = sys.argv[1], sys.argv[2] == "bare"
    store = open_store(folder + "/p.pmo")
    pid = records.create(store, "project", {"code": "P-1", "name": "One"}).value
    for round_ in range(5):
        ctx = AppContext(store, QSettings(folder + "/s.ini", QSettings.Format.IniFormat),
                         UndoStack())
        if bare:
            ctx.undo_stack = QUndoStack()
        gc.collect()  # the context is old by the time it is used
        stack = ctx.undo_stack
        for n in range(3):
            commands.run(ctx, commands.EditFieldsCommand(
                ctx, "project", pid, {"name": f"Name {round_}.{n}"}, "Rename"))
        stack.beginMacro("Two at once")
        for n in range(2):
            commands.run(ctx, commands.EditFieldsCommand(
                ctx, "project", pid, {"name": f"Macro {round_}.{n}"}, "Rename"))
        stack.endMacro()
        assert stack.count() == 4, stack.count()
        gc.freeze()
        gc.unfreeze()  # as ui/collector.py promotes: the young commands go first
        del ctx, stack
        gc.collect()
    store.close()
    print("collected")
""")


def _run(tmp_path: Path, stack: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MALLOC_PERTURB_="170")
    return subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT,
                           str(tmp_path), stack],
                          capture_output=True, text=True, timeout=120, env=env,
                          cwd=Path(__file__).resolve().parents[2])


def test_a_context_its_stack_and_its_commands_are_collected_without_a_crash(tmp_path):
    done = _run(tmp_path, "ours")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "collected" in done.stdout


def test_a_bare_qundostack_in_the_same_cycle_crashes(tmp_path):
    """Why ``UndoStack`` exists: the same cycle with PySide's own stack is a use after
    free (if a PySide release fixes it, this fails, and ``UndoStack`` can go)."""
    done = _run(tmp_path, "bare")
    assert done.returncode != 0
    assert "Garbage-collecting" in done.stderr


def test_the_context_refuses_a_bare_qundostack(ctx, settings):
    from PySide6.QtGui import QUndoStack

    from pmo_desktop.ui.context import AppContext

    with pytest.raises(TypeError, match="UndoStack"):
        AppContext(ctx.store, settings, QUndoStack())
