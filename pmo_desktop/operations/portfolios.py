"""Making portfolio files: an empty one (``new_portfolio``) or the demo (``build_demo``).

The command line's ``new`` and ``demo`` and the app (File › New portfolio, File › Open
the demo portfolio, the first run) call these. A file that could not be filled is not
left behind.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pmo_desktop.domain.settings_rules import portfolio_problems
from pmo_desktop.store import Store, open_store
from pmo_desktop.store.demo import build_demo as _fill_demo

from .result import Progress, Result, no_progress

# What the demo builder says it is doing, as the user reads it, and how far it is.
_DEMO_STEPS: dict[str, tuple[float, str]] = {
    "portfolio": (0.05, "Creating the programmes, people and projects…"),
    "raid": (0.35, "Writing the risks, issues and change requests…"),
    "history": (0.55, "Closing six months of reporting periods…"),
}


def currency_code(text: str) -> str:
    """``text`` as a three-letter currency code (``ValueError`` naming it otherwise)."""
    code = text.strip().upper()
    if not (len(code) == 3 and code.isascii() and code.isalpha()):
        raise ValueError(f"not a currency code (use three letters such as GBP): {text!r}")
    return code


def new_portfolio(path: str | Path, *, name: str | None = None, currency: str = "GBP",
                  fiscal_year_start: str | None = None, source: str = "ui") -> Result:
    """Create an empty portfolio file at ``path`` named ``name`` (default: the file's
    stem) in ``currency``, its financial year starting on ``fiscal_year_start`` (MM-DD;
    default: the setting's default, 04-01).

    Refuses (``FileExistsError``) when something is already at ``path`` and
    (``ValueError``) a currency that is not three letters or a day that is not MM-DD.
    ``value``: ``{"db", "name", "currency"}`` as written.
    """
    target = Path(path)
    if target.exists() or target.is_symlink():
        raise FileExistsError(f"a file already exists at {path}")
    code = currency_code(currency)
    title = (name or "").strip() or target.stem
    values = {"name": title, "currency": code}
    if fiscal_year_start is not None:
        problem = portfolio_problems({"fiscal_year_start": fiscal_year_start})
        if problem:
            raise ValueError(f"fiscal year start {fiscal_year_start!r}: "
                             f"{problem['fiscal_year_start']}")
        values["fiscal_year_start"] = fiscal_year_start
    store = open_store(target)
    try:
        store.set_settings(values, source=source)
    except BaseException:
        store.discard()
        raise
    store.close()
    return Result(settings_changed=True,
                  value={"db": str(path), "name": title, "currency": code})


def build_demo(target: str | Path | Store, *, projects: int = 40, seed: int = 7,
               as_of: date | None = None, progress: Progress = no_progress,
               raid_items: int | None = None) -> Result:
    """Write the demo portfolio (``projects`` projects, deterministic for ``seed`` and
    ``as_of``, default today) into ``target``: an open, empty store, or a path whose
    file is created (and removed again when the demo cannot be written).
    ``raid_items``: that many RAID items in all (default: a few per project).

    ``value`` and ``counts``: the records written, by kind.
    """
    def step(what: str) -> None:
        fraction, text = _DEMO_STEPS.get(what, (0.0, what))
        progress(fraction, text)

    if isinstance(target, Store):
        counts = _fill_demo(target, projects=projects, seed=seed, today=as_of, progress=step,
                            raid_items=raid_items)
    else:
        store = open_store(target)
        try:
            counts = _fill_demo(store, projects=projects, seed=seed, today=as_of,
                                progress=step, raid_items=raid_items)
        except BaseException:
            store.discard()  # a new file the demo could not fill is not left behind
            raise
        store.close()
    progress(1.0, "The demo portfolio is ready.")
    return Result(counts=dict(counts), value=dict(counts), reload_all=True)


__all__ = ["build_demo", "currency_code", "new_portfolio"]
