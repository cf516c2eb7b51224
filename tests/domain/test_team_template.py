"""The identifying sheet of a team template: written, read back, and refused when
forged, edited, signed with another secret, or of a newer layout."""

from __future__ import annotations

from pmo_desktop.domain.team_template import (
    VERSION, TemplateInfo, TemplateSheet, meta_rows, read_meta, sign,
)

SECRET = "a" * 64


def _info() -> TemplateInfo:
    return TemplateInfo("project", "DCX-101", "Northwind", "2026-11-21T10:00:00+00:00",
                        [TemplateSheet("Risks", "risk", {"Ref": "ref", "Project": "project_id"})],
                        ["_lists"])


def _rows(secret: str = SECRET) -> list[list[str]]:
    return [list(r) for r in meta_rows(_info(), secret)]


def test_rows_read_back_as_written():
    info = read_meta(_rows(), SECRET)
    assert info == _info()
    assert info.sheet("Risks").mapping["Project"] == "project_id" and info.sheet("x") is None


def test_a_forged_or_foreign_sheet_is_not_trusted():
    rows = _rows()
    rows[6][1] = rows[6][1].replace('"risk"', '"project"')  # the sheets, edited
    assert read_meta(rows, SECRET) is None
    assert read_meta(_rows("b" * 64), SECRET) is None  # another portfolio's
    assert read_meta(_rows(), None) is None  # no secret to check with
    assert read_meta([["Code", "Name"], ["X", "Y"]], SECRET) is None  # any other sheet


def test_a_newer_layout_is_not_read():
    rows = _rows()[:-1]
    rows[1][1] = str(VERSION + 1)
    body = [(r[0], r[1]) for r in rows]
    import json
    payload = json.dumps([[k, v] for k, v in body], ensure_ascii=False, separators=(",", ":"))
    assert read_meta([*rows, ["signature", sign(SECRET, payload)]], SECRET) is None
    assert read_meta(_rows(), SECRET) is not None
