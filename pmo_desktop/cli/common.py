"""What every command shares: the one-line user error, the parser that exits 2, dates,
JSON output, opening the portfolio, money to the cent, aligned text tables."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, Sequence


class UserError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a count (use a whole number, 0 or more): {text!r}")
    return value


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def _open(path: str, *, create: bool = False) -> Any:
    """The portfolio at ``path``; only ``demo`` and ``new`` may create the file."""
    from pmo_desktop.store import open_store

    if not create and not Path(path).exists():
        raise UserError(f"no portfolio at {path} (create one with "
                        f"'pmo-desktop new --db {path}' or 'pmo-desktop demo --db {path}')")
    return open_store(path)


def _money(record: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """``record`` with its money ``fields`` rounded to the cent, for JSON output."""
    from pmo_desktop.domain.money import money_value

    return {k: money_value(v) if k in fields and isinstance(v, (int, float))
            and not isinstance(v, bool) else v for k, v in record.items()}


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], caps: Sequence[int],
           right: Sequence[bool]) -> list[str]:
    """Aligned text columns under a header row; a cell wider than its column's cap
    is cut short with an ellipsis, and its line breaks and tabs become spaces."""
    def fit(text: str, cap: int) -> str:
        text = " ".join(text.split())
        return text if len(text) <= cap else text[:cap - 1] + "…"

    cells = [[fit(str(c), cap) for c, cap in zip(row, caps)] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    return ["  ".join((c.rjust(w) if r else c.ljust(w)) for c, w, r in zip(line, widths, right)
                      ).rstrip() for line in [list(headers), *cells]]


def _as_of(store: Any) -> date:
    from pmo_desktop.store.queries import as_of_date

    return as_of_date(store.settings())
