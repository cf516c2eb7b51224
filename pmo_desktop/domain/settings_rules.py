"""The rules a portfolio's settings must keep, each as a sentence next to the field.

Pure checks of already-typed values (numbers are numbers here; reading what a person
typed is ``operations.setting_specs``'s job). Each ``*_problems`` function takes the
values of one setting (``rag_thresholds``, ``risk_bands``, ``delegation_limits``, the
portfolio's own fields) by name and returns ``{field name: what is wrong}``; an empty
dict means the values may be saved. The messages name the value the field is compared
with, so they read on their own under the field and on the command line.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from typing import Any

from .change_control import DelegationLimits
from .enums import AUTHORITY_LEVELS
from .governance import gate_sequence_problem
from .risk import VALID_SCORES

__all__ = ["DEFAULT_EAC_METHOD", "DEFAULT_DELEGATION_LIMITS", "EAC_METHODS",
           "delegation_problems", "fiscal_year_start", "portfolio_problems",
           "risk_band_problems", "threshold_problems"]

#: Which estimate at completion the portfolio's figures use (DOMAIN §5.2), with its label.
#: ``reported`` is the PM's own (bottom-up) forecast, what the registers hold today.
EAC_METHODS: dict[str, str] = {
    "reported": "Reported by the PM (bottom-up)",
    "cpi": "Typical: BAC ÷ CPI",
    "cpi_spi": "Composite: AC + (BAC − EV) ÷ (CPI × SPI)",
    "atypical": "Atypical: AC + (BAC − EV)",
}
DEFAULT_EAC_METHOD = "reported"

#: The delegation limits as the setting ``delegation_limits`` holds them by default
#: (``change_control.DelegationLimits``, DOMAIN §6.2).
DEFAULT_DELEGATION_LIMITS: dict[str, Any] = DelegationLimits().to_dict()

# Bad-when-high measures: amber comes at a lower value than red (DOMAIN §2.3).
_HIGH_IS_BAD = (("cost_amber_pct", "cost_red_pct"), ("schedule_amber_pct", "schedule_red_pct"),
                ("tcpi_amber", "tcpi_red"), ("resource_amber_pct", "resource_red_pct"))
# Good-when-high indices: amber comes at a higher value than red.
_LOW_IS_BAD = (("cpi_amber", "cpi_red"), ("spi_amber", "spi_red"), ("bei_amber", "bei_red"))


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _g(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def threshold_problems(th: Mapping[str, Any]) -> dict[str, str]:
    """RAG thresholds (``RagThresholds`` fields): amber before red in the direction of
    each measure, percentages and day counts not negative, indices above zero."""
    errors: dict[str, str] = {}
    for name, value in th.items():
        n = _num(value)
        if name == "two_ambers_red" or n is None:
            continue
        if name.startswith(("cpi_", "spi_", "tcpi_")) and n <= 0:
            errors[name] = "must be above 0."
        elif name == "stale_days" and n < 1:
            errors[name] = "must be at least 1 day."
        elif n < 0:
            errors[name] = "cannot be negative."
    for amber, red in _HIGH_IS_BAD:
        a, r = _num(th.get(amber)), _num(th.get(red))
        if a is not None and r is not None and not a < r and not {amber, red} & set(errors):
            errors[red] = (f"must be above the amber threshold ({_g(a)}): "
                           "a measure turns amber before it turns red.")
    for amber, red in _LOW_IS_BAD:
        a, r = _num(th.get(amber)), _num(th.get(red))
        if a is not None and r is not None and not r < a and not {amber, red} & set(errors):
            errors[red] = (f"must be below the amber threshold ({_g(a)}): "
                           "an index falls to amber before it falls to red.")
    return errors


def risk_band_problems(bands: Mapping[str, Any]) -> dict[str, str]:
    """Risk bands (``RiskBands`` bounds, inclusive upper scores): ascending within
    1–25, each band holding at least one score a 5×5 matrix can give (so Low 1–3,
    Medium 4–7 is fine, but a Medium band of 7 alone holds no possible score)."""
    errors: dict[str, str] = {}
    previous, previous_name = 0, ""
    for name in ("low_max", "medium_max", "high_max"):
        value = bands.get(name)
        if value is None and name == "high_max":
            break  # no Critical band: everything above Medium is High
        n = _num(value)
        if n is None or n != int(n):
            errors[name] = "must be a whole score from 1 to 25."
            break
        top = int(n)
        if not 1 <= top <= 25:
            errors[name] = "must be a score from 1 to 25."
            break
        if top <= previous:
            errors[name] = (f"must be above the band below it ({previous_name} "
                            f"{previous}): bands rise from Low to Critical.")
            break
        if not any(previous < s <= top for s in VALID_SCORES):
            span = f"is {top}" if top == previous + 1 else f"falls in {previous + 1}–{top}"
            errors[name] = (f"no possible score (P × I) {span}; the possible scores are "
                            + ", ".join(str(s) for s in VALID_SCORES) + ".")
            break
        if name == "high_max" and top >= 25:
            errors[name] = ("must be below 25 (the scores above it are Critical), or "
                            "left empty for no Critical band.")
            break
        previous, previous_name = top, name.split("_")[0]
    return errors


def delegation_problems(limits: Mapping[str, Any]) -> dict[str, str]:
    """Delegation limits (DOMAIN §6.2): no negative limit, and each level may approve
    at least what the level below it may (the PM ≤ change authority ≤ project board);
    ``scope_level`` is one of the authority levels. Keys are ``level.cost``,
    ``level.days`` and ``scope_level``."""
    errors: dict[str, str] = {}
    below: dict[str, tuple[str, float]] = {}
    for level in ("pm", "change_authority", "project_board"):
        given = limits.get(level)
        limit = given if isinstance(given, Mapping) else {}
        for what in ("cost", "days"):
            n = _num(limit.get(what))
            key = f"{level}.{what}"
            if n is None:
                errors[key] = "must be a number."
                continue
            if n < 0:
                errors[key] = "cannot be negative."
                continue
            if what == "days" and n != int(n):
                errors[key] = "must be a whole number of days."
                continue
            if what in below and n < below[what][1]:
                who, under = below[what]
                errors[key] = (f"must be at least the {who}'s limit ({_g(under)}): "
                               "a higher authority may approve what a lower one may.")
                continue
            below[what] = (level.replace("_", " ").replace("pm", "PM"), n)
    scope = limits.get("scope_level")
    if scope is not None and scope not in AUTHORITY_LEVELS:
        errors["scope_level"] = "must be one of " + ", ".join(AUTHORITY_LEVELS) + "."
    return errors


def fiscal_year_start(value: str) -> bool:
    """Whether ``value`` is a day of the year as ``MM-DD`` (29 February is not: not
    every year has one)."""
    parts = value.split("-")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        return False
    month, day = int(parts[0]), int(parts[1])
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2023, month)[1]


def portfolio_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """The portfolio's own settings: a name, a three-letter currency code, the fiscal
    year's first day, working hours per day (more than 0, at most 24), an EAC method, the
    number of automatic backups kept (at least 1), a gate sequence (DOMAIN §7.1)."""
    errors: dict[str, str] = {}
    if "name" in values and not str(values["name"] or "").strip():
        errors["name"] = "the portfolio needs a name."
    currency = values.get("currency")
    if "currency" in values and not (isinstance(currency, str) and len(currency) == 3
                                     and currency.isalpha() and currency.isupper()):
        errors["currency"] = "must be a three-letter currency code such as GBP, EUR or USD."
    start = values.get("fiscal_year_start")
    if "fiscal_year_start" in values and not (isinstance(start, str)
                                              and fiscal_year_start(start)):
        errors["fiscal_year_start"] = "must be a day of the year as MM-DD, e.g. 04-01."
    if "hours_per_day" in values:
        hours = _num(values["hours_per_day"])
        if hours is None or not 0 < hours <= 24:
            errors["hours_per_day"] = "must be more than 0 and at most 24."
    if "backups_kept" in values:
        kept = _num(values["backups_kept"])
        if kept is None or kept < 1 or kept != int(kept):
            errors["backups_kept"] = "must be a whole number, at least 1."
    if "eac_method" in values and values["eac_method"] not in EAC_METHODS:
        errors["eac_method"] = "must be one of " + ", ".join(EAC_METHODS) + "."
    if "gate_names" in values:
        gates = values["gate_names"]
        problem = gate_sequence_problem(gates) if isinstance(gates, (list, tuple)) \
            else "must be a list of gate names."
        if problem:
            errors["gate_names"] = problem
    return errors
