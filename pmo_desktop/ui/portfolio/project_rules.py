"""What a project's values must be before they are saved: a code in the house style
and free, a name, finishes after starts, no negative money, a justified RAG override.

The project and status dialogs check with ``validate_project`` before they close."""

from __future__ import annotations

import re
from typing import Any

from pmo_desktop.domain.rag import Rag, diverges, rag_or_not_set
from pmo_desktop.store import Store

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,23}$")
_DATE_PAIRS = (("start_baseline", "finish_baseline", "Baseline finish"),
               ("start_forecast", "finish_forecast", "Forecast finish"),
               ("start_actual", "finish_actual", "Actual finish"))


def suggest_code(code: str, store: Store) -> str:
    """A free code near ``code``: ``DCX-101`` → ``DCX-101-2`` (or ``-3``…)."""
    base = re.sub(r"-\d+$", "", code) if re.search(r"-\d+-\d+$", code) else code
    n = 2
    while store.find_id("project", {"code": f"{base}-{n}"}) is not None:
        n += 1
    return f"{base}-{n}"


def needs_justification(reported: str | None, calculated: str | None) -> bool:
    """A reported RAG that overrides a calculated one must be justified (DOMAIN §2.4)."""
    return diverges(rag_or_not_set(reported), rag_or_not_set(calculated))


def validate_project(values: dict[str, Any], store: Store, own_id: int | None,
                     calculated: dict[str, str | None] | None = None) -> dict[str, str]:
    """Field name → what is wrong with it (empty when the values can be saved)."""
    errors: dict[str, str] = {}
    code = str(values.get("code") or "").strip()
    if "code" in values:
        if not code:
            errors["code"] = "A project needs a code, e.g. DCX-120."
        elif not CODE_PATTERN.match(code):
            errors["code"] = "Use letters, digits and - . _ / only (no spaces), up to 24."
        else:
            other = store.find_id("project", {"code": code})
            if other is not None and other != own_id:
                errors["code"] = f"{code} is already used by another project."
    if "name" in values and not str(values.get("name") or "").strip():
        errors["name"] = "A project needs a name."
    for start, finish, label in _DATE_PAIRS:
        a, b = values.get(start), values.get(finish)
        if a and b and str(b) < str(a):
            errors[finish] = f"{label} is before the start."
    for money in ("bac", "eac"):
        value = values.get(money)
        if value is not None and value < 0:
            errors[money] = "Must not be negative."
    pct = values.get("pct_complete")
    if pct is not None and not 0 <= pct <= 1:
        errors["pct_complete"] = "Between 0 and 100 %."
    if calculated is not None and "rag_overall" in values:
        if (needs_justification(values.get("rag_overall"), calculated.get("overall"))
                and not str(values.get("rag_justification") or "").strip()):
            calc = Rag.parse(calculated.get("overall")).label
            errors["rag_justification"] = (
                f"The reported overall RAG differs from the calculated one ({calc}): "
                "say why.")
    return errors
