"""The CLI contract of ``backup`` and ``restore``: JSON keys, exit codes, one-line errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pmo_desktop.cli import main


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def _new(tmp_path: Path, name: str = "p.pmo") -> Path:
    path = tmp_path / name
    assert main(["new", "--db", str(path), "--name", "Ops"]) == 0
    assert main(["add", "project", "--db", str(path), "code=ACME", "name=Acme"]) == 0
    return path


def test_backup_then_restore(tmp_path, capsys):
    path = _new(tmp_path)
    capsys.readouterr()
    assert main(["backup", "--db", str(path), "--json"]) == 0
    made = _json(capsys)
    assert set(made) == {"db", "backup", "reason", "bytes", "projects"}
    assert Path(made["backup"]).parent == tmp_path / "backups" and made["projects"] == 1
    out = tmp_path / "copy.pmo"
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"Backed up {path} to {out} (1 projects")
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["add", "project", "--db", str(path), "code=LATE", "name=Late"]) == 0
    capsys.readouterr()
    assert main(["restore", "--db", str(path), str(out), "--json"]) == 0
    done = _json(capsys)
    assert set(done) == {"db", "restored", "previous", "projects"}
    assert done["projects"] == 1 and done["restored"] == str(out)
    assert Path(done["previous"]).name.endswith("-restore.pmo")


def test_restore_refuses_a_file_that_is_not_a_portfolio(tmp_path, capsys):
    path = _new(tmp_path)
    before = path.read_bytes()
    other = tmp_path / "addresses.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE address (line TEXT)")
    conn.commit()
    conn.close()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    capsys.readouterr()
    for bad, words in ((other, "is not a PMO Desktop portfolio"),
                       (text, "not an SQLite file"),
                       (tmp_path / "missing.pmo", "no backup at")):
        assert main(["restore", "--db", str(path), str(bad)]) == 2
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and words in err, err
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_backup_of_a_missing_portfolio_exits_2(tmp_path, capsys):
    assert main(["backup", "--db", str(tmp_path / "none.pmo")]) == 2
    assert "no portfolio at" in capsys.readouterr().err
