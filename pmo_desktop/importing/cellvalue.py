"""Step 4's ground: one cell as text, and the one error every value parser raises.

``ValueProblem`` carries a short reason; ``problems_only`` makes a parser raise nothing
else; ``NUMBER_LIMIT`` bounds every amount (see ``_bounded``).
"""

from __future__ import annotations

import functools
import math
import re
from datetime import date, datetime, time
from typing import Any, Callable, TypeVar, cast


class ValueProblem(ValueError):
    """A cell that cannot be read as its field; the message is the reason."""


NUMBER_LIMIT = 10.0 ** 15
"""Amounts, counts and hours past ±10^15 are refused: no tracker means them, and past it
a float no longer holds every unit (and 10^400 is infinity, which JSON cannot write)."""

_F = TypeVar("_F", bound=Callable[..., Any])


def _shown(value: Any) -> str:
    """A cell as quoted in a reason: its text, cut to 40 characters."""
    try:
        t = text(value) or ""
    except (ValueError, ArithmeticError):  # an int too long to print
        t = type(value).__name__
    return t if len(t) <= 40 else t[:37] + "…"


def problems_only(parse: _F) -> _F:
    """A parser that raises nothing but ``ValueProblem`` for any cell: an overflowing
    date, a 5,000-digit number or a stray Unicode digit is "not a date", never a crash."""

    @functools.wraps(parse)
    def wrapper(value: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return parse(value, *args, **kwargs)
        except ValueProblem:
            raise
        except (ValueError, ArithmeticError, IndexError) as exc:
            raise ValueProblem(f"'{_shown(value)}' cannot be read") from exc

    return cast(_F, wrapper)


def _bounded(n: float, value: Any) -> float:
    if not math.isfinite(n) or abs(n) > NUMBER_LIMIT:
        raise ValueProblem(f"'{_shown(value)}' is outside ±10^15")
    return n


_NAMED_ADDRESS = re.compile(r"^\s*\"?([^\"<]*?)\"?\s*<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>\s*$")


@problems_only
def person(value: Any) -> str | None:
    """A person as written in a tracker: ``"Priya Shah <priya@corp>"`` → ``"Priya Shah"``,
    ``"mailto:cfo@corp"`` → ``"cfo@corp"``; anything else as ``text``."""
    t = text(value)
    if t is None:
        return None
    m = _NAMED_ADDRESS.match(t)
    if m:
        return m.group(1).strip() or m.group(2)
    if t.lower().startswith("mailto:"):
        return t[7:].strip() or None
    if len(t) > 2 and t[0] == "[" and t[-1] == "]" and "[" not in t[1:-1]:
        return t[1:-1].strip() or None  # "[Dana Whitaker]": an export's list of people
    return t


def is_empty(value: Any) -> bool:
    # ("[]": an export's empty list — ClickUp's comments, attachments, checklists)
    return value is None or value == "" or value == "[]" or (
        isinstance(value, str) and not value.strip())


def text(value: Any) -> str | None:
    """Any cell as stored text: ``1.0`` → ``"1"``, dates → ISO."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value):
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()
