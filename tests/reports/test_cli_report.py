"""``pmo-desktop report`` and ``check`` through ``cli.main``: exit codes and JSON."""

from __future__ import annotations

import json

from pypdf import PdfReader

from pmo_desktop.cli import main


def test_report_writes_the_pack(demo_path, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    code = main(["report", "--db", str(demo_path), "--out", str(out), "--period", "2026-10-31",
                 "--programme", "Finance Transformation", "--sections", "cover,summary,one_pagers",
                 "--paper", "Letter", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pages"] == len(PdfReader(str(out)).pages)
    assert data["sections"] == ["cover", "summary", "one_pagers"]
    assert data["period"] == "2026-10-31" and data["projects"] == 8


def test_report_user_error_exits_2(demo_path, tmp_path, capsys):
    code = main(["report", "--db", str(demo_path), "--out", str(tmp_path / "x.pdf"),
                 "--sections", "summary,nonsense"])
    assert code == 2
    err = capsys.readouterr().err
    assert "Unknown section 'nonsense'" in err and err.count("\n") == 1


def test_check_reports_findings_with_exit_1(demo_path, capsys):
    assert main(["check", "--db", str(demo_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["count"] == len(data["findings"]) > 0
    first = data["findings"][0]
    assert set(first) >= {"severity", "check", "entity", "item", "message"}
    assert first["severity"] == "high"
    assert {"false_green", "stale_status", "raid_no_owner"} <= {f["check"] for f in data["findings"]}


def test_check_on_a_clean_portfolio_exits_0(tmp_path, capsys):
    assert main(["new", "--db", str(tmp_path / "empty.pmo")]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(tmp_path / "empty.pmo"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"findings": [], "count": 0}
