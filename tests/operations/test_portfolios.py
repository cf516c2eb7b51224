"""operations.portfolios: an empty portfolio file and the demo, as the CLI and app make them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.operations.portfolios import build_demo, currency_code, new_portfolio
from pmo_desktop.store import StoreError, open_store

TODAY = date(2026, 11, 21)


def test_new_portfolio_writes_name_and_currency(tmp_path: Path) -> None:
    path = tmp_path / "Board.pmo"
    result = new_portfolio(path, name="  Capital plan ", currency=" eur", source="cli")
    assert result.value == {"db": str(path), "name": "Capital plan", "currency": "EUR"}
    assert result.settings_changed and result.touches({"setting"})
    with open_store(path) as store:
        assert store.name == "Capital plan" and store.currency == "EUR"
        assert store.counts()["project"] == 0
        sources = {r["source"] for r in store.query("SELECT source FROM change_log")}
        assert sources == {"cli"}


def test_new_portfolio_defaults_to_the_file_name(tmp_path: Path) -> None:
    result = new_portfolio(tmp_path / "Transformation.pmo")
    assert result.value["name"] == "Transformation" and result.value["currency"] == "GBP"


def test_new_portfolio_refuses_an_existing_file_and_a_bad_currency(tmp_path: Path) -> None:
    existing = tmp_path / "there.pmo"
    existing.write_bytes(b"keep me")
    with pytest.raises(FileExistsError, match=f"a file already exists at {existing}"):
        new_portfolio(existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(ValueError, match="not a currency code"):
        new_portfolio(tmp_path / "new.pmo", currency="pounds")
    assert not (tmp_path / "new.pmo").exists()
    assert currency_code("usd") == "USD"


def test_new_portfolio_sets_the_fiscal_year_start(tmp_path: Path) -> None:
    new_portfolio(tmp_path / "fy.pmo", name="Public sector", fiscal_year_start="01-01")
    with open_store(tmp_path / "fy.pmo") as store:
        assert store.setting("fiscal_year_start") == "01-01"
    with pytest.raises(ValueError, match="MM-DD"):
        new_portfolio(tmp_path / "bad.pmo", fiscal_year_start="13-45")
    assert not (tmp_path / "bad.pmo").exists()


def test_build_demo_into_a_path_reports_counts_and_progress(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    path = tmp_path / "demo.pmo"
    result = build_demo(path, projects=12, seed=3, as_of=TODAY,
                        progress=lambda f, t: seen.append((f, t)))
    assert result.reload_all and result.touches({"project"})
    with open_store(path) as store:
        assert store.counts() == result.counts == result.value
        assert result.counts["project"] == 12
        assert store.setting("as_of") == TODAY.isoformat()
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(text and text[0].isupper() for _, text in seen)  # sentences, not step keys


def test_build_demo_is_deterministic(tmp_path: Path) -> None:
    a = build_demo(tmp_path / "a.pmo", projects=8, seed=5, as_of=TODAY)
    b = build_demo(tmp_path / "b.pmo", projects=8, seed=5, as_of=TODAY)
    assert a.counts == b.counts
    with open_store(tmp_path / "a.pmo") as sa, open_store(tmp_path / "b.pmo") as sb:
        q = "SELECT code, name, bac, rag_overall FROM project ORDER BY code"
        assert sa.query(q) == sb.query(q)


def test_build_demo_refuses_a_portfolio_with_projects_and_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "full.pmo"
    build_demo(path, projects=3, as_of=TODAY)
    before = path.stat().st_size
    with pytest.raises(StoreError, match="already holds projects"):
        build_demo(path, projects=3, as_of=TODAY)
    assert path.exists() and path.stat().st_size == before
    with open_store(path) as store:  # an open store works too, and is refused the same way
        with pytest.raises(StoreError, match="already holds projects"):
            build_demo(store, projects=3, as_of=TODAY)


def test_a_demo_that_fails_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.pmo"

    def fail(fraction: float, _text: str) -> None:
        if fraction > 0.3:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        build_demo(path, projects=3, as_of=TODAY, progress=fail)
    assert not path.exists()
    assert not Path(f"{path}-wal").exists()
