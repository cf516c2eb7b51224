"""operations/imports.py: the import the CLI and the wizard share, on a real store and
real workbooks (openpyxl and the shared fixtures)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.operations import OperationCancelled, Result
from pmo_desktop.operations.imports import (
    FileRead, apply_import, batch_info, empty_template, empty_template_error, import_files,
    plan_import, read_files, remember_mappings,
)
from tests.importing.conftest import file_digest, write_book

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
S06 = FIXTURES / "S06_project_kpi_dashboard.xlsx"
S09 = FIXTURES / "S09_matriz_problemas_es.xlsx"
AS_OF = date(2025, 3, 31)
RISKS = [["Risk ID", "Title", "Owner", "Probability", "Impact", "Status"],
         ["R-01", "Supplier late", "Ana", "High", "Medium", "Open"],
         ["R-02", "Key engineer leaves", "Bo", "Low", "High", "Open"]]


@pytest.fixture
def store(tmp_path):
    from pmo_desktop.store import open_store

    s = open_store(tmp_path / "p.pmo")
    with s.write() as tx:
        tx.create("project", {"code": "ACME", "name": "Acme rollout"})
    yield s
    s.close()


def _risks(tmp_path: Path, rows: list[list] = RISKS, name: str = "risks.xlsx") -> str:
    return write_book(tmp_path / name, {"Risks": rows})


# -- read_files ------------------------------------------------------------------------

def test_read_files_reports_a_bad_file_and_reads_the_others(store, tmp_path):
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook")
    good = _risks(tmp_path)
    files = read_files(store, [str(bad), good], as_of=AS_OF)
    assert [f.name for f in files] == ["notes.xlsx", "risks.xlsx"]
    assert files[0].error and "notes.xlsx" in files[0].error and not files[0].tables
    assert files[0].sha256 == hashlib.sha256(bad.read_bytes()).hexdigest()
    assert files[1].error is None and [t.entity for t in files[1].tables] == ["risk"]
    assert files[1].sha256 == hashlib.sha256(Path(good).read_bytes()).hexdigest()


def test_read_files_reports_progress_and_cancels_inside_a_file(store):
    seen: list[tuple[float, str]] = []
    files = read_files(store, [str(S06), str(S09)], as_of=AS_OF,
                       progress=lambda f, m: seen.append((f, m)))
    assert [f.error for f in files] == [None, None]
    fractions = [f for f, _m in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    # S06 has three sheets: each is announced while the first half of the job runs
    s06 = [m for f, m in seen if f < 0.5]
    for sheet in ("Dashboard Overview", "KPI Tracking", "Milestone Tracker"):
        assert f"Reading {S06.name}, sheet '{sheet}'…" in s06
    info = batch_info(files, "DCX-101")
    assert info["file_name"] == f"{S06.name}, {S09.name}" and info["project_code"] == "DCX-101"

    asked: list[int] = []

    def cancel_on_second_sheet() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(OperationCancelled):
        read_files(store, [str(S06)], as_of=AS_OF, cancelled=cancel_on_second_sheet)
    with pytest.raises(OperationCancelled):
        read_files(store, [str(S06)], as_of=AS_OF, cancelled=lambda: True)


# -- plan_import and apply_import ------------------------------------------------------

def test_plan_writes_nothing_and_apply_writes_one_batch(store, tmp_path):
    path = _risks(tmp_path)
    files = read_files(store, [path], as_of=AS_OF)
    before = file_digest(Path(store.path))
    plan = plan_import(store, [t for f in files for t in f.tables], project_code="ACME",
                       as_of=AS_OF)
    assert plan.writes == 2 and file_digest(Path(store.path)) == before

    steps: list[float] = []
    result = apply_import(store, plan, files, project_code="ACME",
                          progress=lambda f, _m: steps.append(f))
    assert isinstance(result, Result) and result.batch_id and result.value == result.batch_id
    assert result.counts["created"] == 2 and result.counts["updated"] == 0
    assert result.entities == {"risk"} and result.keys("risk") == {"ACME/R-01", "ACME/R-02"}
    assert steps and steps[-1] == 1.0
    (batch,) = [b for b in store.list_batches() if b["id"] == result.batch_id]
    assert batch["file_name"] == "risks.xlsx"
    assert batch["sha256"] == hashlib.sha256(Path(path).read_bytes()).hexdigest()
    assert len(store.rows("risk")) == 2

    again = plan_import(store, [t for f in read_files(store, [path]) for t in f.tables],
                        project_code="ACME", as_of=AS_OF)
    nothing = apply_import(store, again, files, project_code="ACME")
    assert nothing.batch_id is None and not nothing and nothing.counts["unchanged"] == 2


def test_plan_only_creates_the_new_projects_it_is_given(store, tmp_path):
    rows = [RISKS[0] + ["Project"], RISKS[1] + ["Apollo"], RISKS[2] + ["Zeus"]]
    files = read_files(store, [_risks(tmp_path, rows)], as_of=AS_OF)
    tables = [t for f in files for t in f.tables]
    plan = plan_import(store, tables, as_of=AS_OF, create_projects={"Apollo"})
    created = [p.name for tp in plan.tables for p in tp.new_projects.values() if p.created]
    assert created == ["Apollo"] and sum(len(tp.rejected) for tp in plan.tables) == 1
    with pytest.raises(OperationCancelled):
        plan_import(store, tables, as_of=AS_OF, cancelled=lambda: True)


def test_a_cancelled_apply_writes_nothing(store, tmp_path):
    files = read_files(store, [_risks(tmp_path)], as_of=AS_OF)
    plan = plan_import(store, files[0].tables, project_code="ACME", as_of=AS_OF)
    before = len(store.rows("risk"))
    with pytest.raises(OperationCancelled, match="nothing was written"):
        apply_import(store, plan, files, cancelled=lambda: True)
    assert len(store.rows("risk")) == before and store.list_batches() == []


# -- batch info and the empty template ---------------------------------------------------

def test_batch_info_one_file_and_several():
    one = batch_info([FileRead("/x/March tracker.xlsx", sha256="ab" * 32)], "DCX-101")
    assert one == {"file_name": "March tracker.xlsx", "path": "/x/March tracker.xlsx",
                   "sha256": "ab" * 32, "project_code": "DCX-101"}
    two = batch_info([FileRead("/x/a.xlsx", sha256="aa"), FileRead("/y/b.csv")], None)
    assert two == {"file_name": "a.xlsx, b.csv", "path": "/x/a.xlsx; /y/b.csv",
                   "sha256": hashlib.sha256(b"aa").hexdigest(), "project_code": None}
    many = [FileRead(f"/x/{'n' * 60}{i}.xlsx") for i in range(20)]
    assert len(batch_info(many, None)["file_name"]) == 500


def test_an_empty_template_is_refused_and_nothing_is_written(store, tmp_path):
    template = _risks(tmp_path, RISKS[:1], "template.xlsx")
    good = _risks(tmp_path)
    before = file_digest(Path(store.path))
    result = import_files(store, [good, template], dry_run=False, project_code="ACME")
    report = result.value
    assert report.exit_code == 2 and report.batch is None and result.batch_id is None
    assert [f.error for f in report.files] == [None, empty_template_error(["template.xlsx"])]
    assert report.files[1].error == ("template.xlsx holds no data rows: it looks like an "
                                     "empty template.")
    assert empty_template(report.files[1].tables) and not empty_template(report.files[0].tables)
    assert file_digest(Path(store.path)) == before


def test_import_files_records_its_batch_with_batch_info(store, tmp_path):
    path = _risks(tmp_path, name="march.xlsx")
    result = import_files(store, [path], dry_run=False, project_code="ACME").value
    assert result.exit_code == 0 and result.batch
    (batch,) = [b for b in store.list_batches() if b["id"] == result.batch]
    sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    assert batch["file_name"] == "march.xlsx" and batch["sha256"] == sha
    assert batch_info([FileRead(path, sha256=sha)], "ACME")["sha256"] == batch["sha256"]


# -- import_files --------------------------------------------------------------------------

def test_import_files_dry_run_then_apply(store, tmp_path):
    path = _risks(tmp_path)
    before = file_digest(Path(store.path))
    dry = import_files(store, [path], dry_run=True, project_code="ACME")
    assert dry.value.dry_run and dry.value.batch is None and dry.batch_id is None
    assert dry.counts["created"] == 2 and not dry
    assert file_digest(Path(store.path)) == before

    seen: list[float] = []
    done = import_files(store, [path], dry_run=False, project_code="ACME",
                        progress=lambda f, _m: seen.append(f))
    assert done.batch_id and done.value.batch == done.batch_id and done.value.exit_code == 0
    assert done.value.to_json()["batch"] == done.batch_id
    assert done.entities == {"risk"} and len(done.created) == 2
    assert seen == sorted(seen) and seen[-1] == 1.0


# -- remember_mappings -------------------------------------------------------------------

def test_remember_mappings_saves_the_profile_the_next_read_applies(store, tmp_path):
    [read] = read_files(store, [_risks(tmp_path)], as_of=AS_OF)
    table = read.tables[0]
    owner = next(c for c in table.columns if c.header == "Owner")
    owner.field = None  # the user un-maps Owner in the wizard
    result = remember_mappings(store, [table])
    assert isinstance(result, Result) and result.counts == {"profiles": 1}
    assert result.warnings == []
    profile = store.load_mapping_profile(table.signature)
    assert profile is not None and profile["mapping"]["Owner"] is None
    [again] = read_files(store, [_risks(tmp_path, name="again.xlsx")], as_of=AS_OF)
    assert next(c for c in again.tables[0].columns if c.header == "Owner").field is None


def test_remember_mappings_on_a_read_only_store_warns_and_saves_nothing(store, tmp_path):
    [read] = read_files(store, [_risks(tmp_path)], as_of=AS_OF)
    path = store.path
    store.close()
    from pmo_desktop.store import open_store

    with open_store(path, read_only=True) as ro:
        result = remember_mappings(ro, read.tables)
        assert result.counts == {"profiles": 0}
        assert len(result.warnings) == 1 and "risks.xlsx" in result.warnings[0]
        assert "'Risks'" in result.warnings[0]
        assert ro.load_mapping_profile(read.tables[0].signature) is None
