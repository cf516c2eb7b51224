"""operations/backups.py: backup, list, restore and the import's own backup, on real
portfolio files and a real workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.operations.backups import (
    backup_before_import, backup_folder, backup_portfolio, daily_backup, list_backups,
    restore_backup,
)
from pmo_desktop.operations.imports import import_files
from pmo_desktop.operations.settings import update_settings
from pmo_desktop.store import NotAPortfolio, StoreError, open_store
from tests.importing.conftest import write_book

RISKS = [["Risk ID", "Title", "Owner", "Probability", "Impact", "Status"],
         ["R-01", "Supplier late", "Ana", "High", "Medium", "Open"]]


@pytest.fixture
def path(tmp_path) -> Path:
    p = tmp_path / "ops.pmo"
    with open_store(p) as store:
        with store.write() as tx:
            tx.create("project", {"code": "ACME", "name": "Acme rollout"})
    return p


def test_backup_to_the_folder_and_to_a_named_file(path, tmp_path):
    value = backup_portfolio(path).value
    made = Path(value["backup"])
    assert made.parent == backup_folder(path) == tmp_path / "backups"
    assert value == {"db": str(path), "backup": str(made), "reason": "manual",
                     "bytes": made.stat().st_size, "projects": 1}
    out = tmp_path / "for the auditors.pmo"
    assert backup_portfolio(path, out=out).value["backup"] == str(out)
    assert out.exists()
    with pytest.raises(FileExistsError):
        backup_portfolio(path, out=out)
    [row] = list_backups(path)  # a named file is not one of the folder's backups
    assert (row.path, row.reason, row.projects) == (made, "manual", 1)


def test_backup_refuses_a_missing_file_and_a_file_that_is_not_a_portfolio(tmp_path):
    with pytest.raises(StoreError, match="no portfolio"):
        backup_portfolio(tmp_path / "missing.pmo")
    text = tmp_path / "notes.pmo"
    text.write_text("not a database")
    with pytest.raises(NotAPortfolio):
        backup_portfolio(text)
    assert not (tmp_path / "backups").exists()


def test_an_import_that_writes_backs_up_first_and_a_dry_run_does_not(path, tmp_path):
    book = write_book(tmp_path / "risks.xlsx", {"Risks": RISKS})
    with open_store(path) as store:
        import_files(store, [book], dry_run=True, project_code="ACME")
        assert list_backups(path) == []
        result = import_files(store, [book], dry_run=False, project_code="ACME")
        assert result.batch_id is not None
        [before] = list_backups(path)
        assert before.reason == "import"
        # The backup is the portfolio as it was before the import: no risk yet.
        with open_store(before.path, read_only=True) as old:
            assert old.counts()["risk"] == 0
        assert store.counts()["risk"] == 1
        # The same file again changes nothing, so nothing is backed up.
        import_files(store, [book], dry_run=False, project_code="ACME")
        assert len(list_backups(path)) == 1


def test_no_backup_for_a_read_only_store(path):
    with open_store(path, read_only=True) as store:
        assert backup_before_import(store) is None


def test_daily_backup_once_a_day(path):
    assert daily_backup(path, date.today()).value is not None
    assert daily_backup(path, date.today()).value is None


def test_backups_kept_is_a_setting_checked_like_the_others(path):
    with open_store(path) as store:
        update_settings(store, {"backups_kept": "2"})
        assert store.setting("backups_kept") == 2
        with pytest.raises(ValueError, match="at least 1"):
            update_settings(store, {"backups_kept": "0"})
    for _ in range(4):
        backup_portfolio(path)
    assert len(list_backups(path)) == 2


def test_restore_backup_says_what_it_did(path, tmp_path):
    saved = Path(backup_portfolio(path).value["backup"])
    with open_store(path) as store:
        with store.write() as tx:
            tx.create("project", {"code": "LATE", "name": "After the backup"})
    result = restore_backup(path, saved)
    assert result.reload_all
    previous = Path(result.value["previous"])
    assert result.value == {"db": str(path), "restored": str(saved),
                            "previous": str(previous), "projects": 1}
    assert previous.parent == tmp_path / "backups" and previous.name.endswith("-restore.pmo")
    with open_store(previous, read_only=True) as before:
        assert before.counts()["project"] == 2


def test_an_import_whose_backup_cannot_be_written_writes_nothing(path, tmp_path):
    book = write_book(tmp_path / "risks.xlsx", {"Risks": RISKS})
    (tmp_path / "backups").write_text("a file where the backups folder would be")
    with open_store(path) as store:
        with pytest.raises(StoreError, match="Nothing was imported: the portfolio.s backup could not be written first"):
            import_files(store, [book], dry_run=False, project_code="ACME")
        assert store.counts()["risk"] == 0 and store.counts()["import_batch"] == 0


def test_a_cancelled_daily_backup_is_an_operation_cancelled(path):
    from pmo_desktop.operations import OperationCancelled

    with pytest.raises(OperationCancelled):
        daily_backup(path, date.today(), cancelled=lambda: True)
    assert list_backups(path) == []
