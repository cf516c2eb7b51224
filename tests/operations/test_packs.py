"""operations.packs.build_pack: the PDF written once and recorded once, on a real store."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_desktop.operations import Result
from pmo_desktop.operations import packs as packs_module
from pmo_desktop.operations.packs import build_pack
from pmo_desktop.reports.api import Cancelled, PackOptions, PackResult
from pmo_desktop.store import StoreError, open_store
from pmo_desktop.store.demo import build_demo
from pmo_desktop.store.pack_data import packs

TODAY = date(2026, 11, 21)
OCTOBER = date(2026, 10, 31)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("packs-op") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, projects=12, today=TODAY)
        store.set_settings({"as_of": TODAY.isoformat()})
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_path(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.pmo"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def demo_store(demo_path: Path):
    with open_store(demo_path) as store:
        yield store


def test_each_pack_is_recorded(demo_store, tmp_path):
    build_pack(demo_store, tmp_path / "one.pdf", PackOptions(period=OCTOBER, marking="OFFICIAL"))
    outcome = build_pack(demo_store, tmp_path / "two.pdf", PackOptions())
    result = outcome.value
    rows = packs(demo_store)
    assert len(rows) == 2
    assert rows[0]["id"] == result.pack_id and rows[0]["pages"] == result.pages
    assert rows[0]["data_hash"] == result.data_hash and rows[0]["period_as_of"] is None
    assert rows[1]["period_as_of"] == "2026-10-31"
    assert rows[1]["options"]["marking"] == "OFFICIAL"
    assert json.loads(json.dumps(result.as_dict()))["pages"] == result.pages


def test_the_result_names_the_pack_recorded_once(demo_store, tmp_path):
    outcome = build_pack(demo_store, tmp_path / "p.pdf", PackOptions(sections=["cover"]))
    assert isinstance(outcome, Result) and isinstance(outcome.value, PackResult)
    pack = outcome.value
    assert [r["id"] for r in packs(demo_store)] == [pack.pack_id]
    assert outcome.created == [("pack", pack.pack_id, str(tmp_path / "p.pdf"))]
    assert outcome.entities == {"pack"} and outcome.warnings == []
    assert outcome.counts == {"pages": pack.pages, "projects": 12}
    assert pack.pages == len(PdfReader(str(tmp_path / "p.pdf")).pages)
    assert packs(demo_store)[0]["path"] == str((tmp_path / "p.pdf").resolve())


def test_progress_and_cancel_reach_the_layout(demo_store, tmp_path):
    seen: list[float] = []
    build_pack(demo_store, tmp_path / "p.pdf", PackOptions(),
               progress=lambda f, _m: seen.append(f))
    assert seen[0] < 0.1 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        build_pack(demo_store, tmp_path / "c.pdf", PackOptions(), cancelled=lambda: True)
    assert not (tmp_path / "c.pdf").exists()
    assert len(packs(demo_store)) == 1  # a cancelled pack is not recorded


def test_a_read_only_portfolio_is_refused_before_the_pdf(demo_path, tmp_path):
    with open_store(demo_path, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            build_pack(store, tmp_path / "p.pdf", PackOptions(sections=["cover"]))
    assert not (tmp_path / "p.pdf").exists()
    with open_store(demo_path) as store:
        assert packs(store) == []


def test_the_app_keeps_a_pdf_it_cannot_record_and_says_so(demo_path, tmp_path):
    with open_store(demo_path, read_only=True) as store:
        outcome = build_pack(store, tmp_path / "p.pdf", PackOptions(sections=["cover"]),
                             must_record=False)
    assert (tmp_path / "p.pdf").exists() and outcome.value.pack_id is None
    assert outcome.created == [] and not outcome
    assert len(outcome.warnings) == 1
    assert outcome.warnings[0].startswith("It could not be added to the pack history: ")
    assert "readonly database" in outcome.warnings[0]  # the database's own words


def test_a_recording_failure_is_raised_on_the_command_line(demo_store, tmp_path, monkeypatch):
    def locked(*_args, **_kwargs):
        raise StoreError("database is locked")

    monkeypatch.setattr(packs_module, "record_pack", locked)
    with pytest.raises(StoreError, match="database is locked"):
        build_pack(demo_store, tmp_path / "p.pdf", PackOptions(sections=["cover"]))
    assert (tmp_path / "p.pdf").exists()  # written before the record, as before
