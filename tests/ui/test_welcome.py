"""The first run: a welcome page instead of a silently built demo — the demo, an empty
portfolio (name, currency, fiscal-year start), a tracker imported into a new one, and
the recent portfolios."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pmo_desktop.store import open_store
from pmo_desktop.ui import settings as app_settings
from pmo_desktop.ui.app import FIRST_RUN_ENV, start
from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.welcome import WelcomePage, file_for
from tests.importing.conftest import write_book

TODAY = date(2026, 11, 21)


def _first_run(qapp, qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv(FIRST_RUN_ENV, raising=False)
    window = start(qapp, None, str(tmp_path / "profile"), today=TODAY)
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_the_first_run_shows_the_welcome_page_and_builds_nothing(qapp, qtbot, tmp_path,
                                                                 monkeypatch):
    window = _first_run(qapp, qtbot, tmp_path, monkeypatch)
    assert isinstance(window.welcome, WelcomePage)
    assert window.stack.currentWidget() is window.welcome
    assert window.store is None
    assert list((tmp_path / "profile").glob("*.pmo")) == []
    assert not window.import_action.isEnabled() and not window.restore_action.isEnabled()
    page = window.welcome
    assert page.fy_box.currentData() == "04-01" and page.currency_box.currentText() == "GBP"
    assert page.no_recent.isVisibleTo(page) and not page.recent.isVisibleTo(page)
    assert page.where.text() == f"It will be saved as {tmp_path / 'profile' / 'Portfolio.pmo'}"


def test_create_an_empty_portfolio_with_its_name_currency_and_year(qapp, qtbot, tmp_path,
                                                                   monkeypatch):
    window = _first_run(qapp, qtbot, tmp_path, monkeypatch)
    page = window.welcome
    qtbot.keyClicks(page.name_edit, "Capital / Works")
    page.currency_box.setCurrentText("eur")
    page.fy_box.setCurrentIndex(0)
    page.create_button.click()
    target = tmp_path / "profile" / "Capital - Works.pmo"
    assert window.store is not None and window.store.path == target
    assert window.welcome is None and window.current_view_name() == "portfolio"
    assert (window.store.name, window.store.currency) == ("Capital / Works", "EUR")
    assert window.store.setting("fiscal_year_start") == "01-01"
    assert window.store.counts()["project"] == 0


def test_a_bad_currency_is_said_under_the_form_and_nothing_is_made(qapp, qtbot, tmp_path,
                                                                   monkeypatch):
    window = _first_run(qapp, qtbot, tmp_path, monkeypatch)
    page = window.welcome
    page.currency_box.setCurrentText("pounds")
    assert page.create_portfolio() is None
    assert page.error.text().startswith("Not a currency code") and page.error.isVisibleTo(page)
    assert window.store is None and list((tmp_path / "profile").glob("*.pmo")) == []


def test_import_a_tracker_creates_the_portfolio_and_opens_the_wizard(qapp, qtbot, tmp_path,
                                                                     monkeypatch):
    window = _first_run(qapp, qtbot, tmp_path, monkeypatch)
    book = write_book(tmp_path / "projects.xlsx", {"Projects": [
        ["Project Code", "Project Name", "RAG"], ["P-1", "Alpha", "Green"]]})
    page = window.welcome
    page.name_edit.setText("Team trackers")
    assert page.import_trackers([book])
    assert window.store.path == tmp_path / "profile" / "Team trackers.pmo"
    wizards = [d for d in window._dialogs if isinstance(d, ImportWizard)]
    assert len(wizards) == 1
    for dialog in wizards:
        dialog.reject()


def test_the_demo_from_the_welcome_page(qapp, qtbot, tmp_path, monkeypatch):
    window = _first_run(qapp, qtbot, tmp_path, monkeypatch)
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.store is not None, timeout=60_000)
    assert window.store.path == window.demo_path()
    assert window.page("portfolio").model.total_count() == 40


def test_recent_portfolios_are_listed_and_open(qapp, qtbot, tmp_path, monkeypatch):
    profile = tmp_path / "profile"
    settings = app_settings.open_settings(profile / "pmo-desktop.ini")
    kept, gone = tmp_path / "Kept.pmo", tmp_path / "Gone.pmo"
    open_store(kept).close()
    app_settings.add_recent(settings, gone)
    app_settings.add_recent(settings, kept)  # the last one, also still there: opened …
    settings.setValue("preferences/open_last", False)  # … unless the preference says not
    settings.sync()
    window = _first_run(qapp, qtbot, tmp_path, monkeypatch)
    page = window.welcome
    texts = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert texts[0].startswith("Kept") and texts[1].endswith("(no longer there)")
    page.recent.itemActivated.emit(page.recent.item(0))
    assert window.store is not None and window.store.path == kept.resolve()


def test_a_new_file_never_overwrites_one_with_the_same_name(tmp_path):
    (tmp_path / "Board.pmo").write_bytes(b"")
    assert file_for(tmp_path, "Board") == tmp_path / "Board 2.pmo"
    assert file_for(tmp_path, "  ") == tmp_path / "Portfolio.pmo"
    assert file_for(tmp_path, 'a:b*c?') == tmp_path / "a-b-c.pmo"


def test_the_welcome_page_fits_a_small_laptop(qapp, qtbot, tmp_path, monkeypatch):
    window = _first_run(qapp, qtbot, tmp_path, monkeypatch)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert window.welcome.minimumSizeHint().width() <= 1366 - 176
