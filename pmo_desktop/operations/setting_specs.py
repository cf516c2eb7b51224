"""The portfolio's settings a person can change: their keys, kinds, defaults and checks.

One catalogue for the Settings dialog and ``pmo-desktop settings``. A nested setting is
named by a dotted key (``rag_thresholds.cpi_red``, ``delegation_limits.pm.cost``);
``read_settings`` reads typed text the way the importer reads a tracker (``£10k``,
``5%``, ``yes``), checks the result with the rules of ``domain.settings_rules`` (bands
ascending, amber before red …) and gives the whole top-level values to write, so a
change of one threshold keeps the others as they are.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pmo_desktop.domain import enums
from pmo_desktop.domain.governance import DEFAULT_GATES
from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.domain.risk import RiskBands
from pmo_desktop.domain.settings_rules import (
    DEFAULT_DELEGATION_LIMITS, DEFAULT_EAC_METHOD, EAC_METHODS, delegation_problems,
    portfolio_problems, risk_band_problems, threshold_problems,
)
from pmo_desktop.importing import values as V
from pmo_desktop.store import Store
from pmo_desktop.store.backups import DEFAULT_KEPT, KEPT_SETTING

__all__ = ["GATES_SETTING", "GROUPS", "SettingError", "names_text", "SettingSpec", "DERIVED", "current_settings", "flatten", "nested",
           "parse_setting", "read_settings", "setting_spec", "setting_specs",
           "validate_settings"]

#: The setting that holds the portfolio's gate sequence (``domain.governance``).
GATES_SETTING = "gate_names"
_NAME_SEPARATORS = ("→", "->", "\n", "|")

#: The dialog's pages, in order.
GROUPS = ("Portfolio", "RAG thresholds", "Risk bands", "Delegation limits")


class SettingError(ValueError):
    """A key that is not a setting or a value it cannot take; the message says which."""


@dataclass(frozen=True)
class SettingSpec:
    """One setting as a person sees it. ``kind``: text, currency, month_day, date,
    number (a percent number, ``5`` or ``5%``), index, int, money, bool, enum, names
    (a sequence of names, typed ``A; B; C`` or ``A → B → C``).
    ``optional``: may be left empty (``None``)."""

    key: str
    label: str
    kind: str
    default: Any
    group: str
    choices: tuple[str, ...] = ()
    optional: bool = False
    help: str = ""

    @property
    def top(self) -> str:
        """The stored setting this key is part of (``rag_thresholds``)."""
        return self.key.split(".", 1)[0]

    def choice_label(self, value: str) -> str:
        return EAC_METHODS.get(value) or enums.label(value)

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "kind": self.kind,
                "default": self.default, "group": self.group, "choices": list(self.choices),
                "optional": self.optional}


_TH = RagThresholds()
_BANDS = RiskBands()
_LEVELS = ("pm", "change_authority", "project_board")
_LEVEL_LABELS = {"pm": "Project manager", "change_authority": "Change authority",
                 "project_board": "Project board"}


def _specs() -> tuple[SettingSpec, ...]:
    p, r, b, d = GROUPS
    specs = [
        SettingSpec("name", "Portfolio name", "text", "New portfolio", p),
        SettingSpec("organisation", "Organisation", "text", "", p, optional=True),
        SettingSpec("currency", "Currency", "currency", "GBP", p,
                    help="A three-letter code: GBP, EUR, USD …"),
        SettingSpec("fiscal_year_start", "Fiscal year starts", "month_day", "04-01", p,
                    help="The first day of the financial year, e.g. 04-01 or April."),
        SettingSpec("as_of", "As-of date", "date", None, p, optional=True,
                    help="The date the portfolio is reported as of; empty: today."),
        SettingSpec("hours_per_day", "Working hours per day", "index", 7.5, p,
                    help="Turns days and FTE into hours (a person's own figure wins)."),
        SettingSpec("eac_method", "Estimate at completion", "enum", DEFAULT_EAC_METHOD, p,
                    tuple(EAC_METHODS), help="Which EAC the portfolio's figures use."),
        SettingSpec(KEPT_SETTING, "Automatic backups kept", "int", DEFAULT_KEPT, p,
                    help="How many backups of this file the backups folder beside it "
                         "keeps (daily, and before each import and upgrade)."),
        SettingSpec(GATES_SETTING, "Stage gates, in order", "names", list(DEFAULT_GATES), p,
                    help="The portfolio's gate sequence, separated by ; or →, e.g. "
                         "G0 Idea; G1 Business case; G2 Delivery. A gate is recorded "
                         "as one of these."),
    ]

    def th(name: str, label: str, kind: str, help_text: str = "") -> SettingSpec:
        return SettingSpec(f"rag_thresholds.{name}", label, kind, getattr(_TH, name), r,
                           help=help_text)

    specs += [
        th("cost_amber_pct", "Cost overrun: amber above (%)", "number"),
        th("cost_red_pct", "Cost overrun: red above (%)", "number"),
        th("schedule_amber_pct", "Schedule slip: amber above (%)", "number"),
        th("schedule_red_pct", "Schedule slip: red above (%)", "number"),
        th("schedule_abs_days", "Schedule slip: green within (days)", "int"),
        th("cpi_amber", "CPI: amber below", "index"),
        th("cpi_red", "CPI: red below", "index"),
        th("spi_amber", "SPI: amber below", "index"),
        th("spi_red", "SPI: red below", "index"),
        th("tcpi_amber", "TCPI: amber above", "index"),
        th("tcpi_red", "TCPI: red above", "index"),
        th("bei_amber", "BEI: amber below", "index",
           "Baseline Execution Index of a project's plan and milestones (DOMAIN §2.7)."),
        th("bei_red", "BEI: red below", "index"),
        th("resource_amber_pct", "Peak utilisation: amber above (%)", "number"),
        th("resource_red_pct", "Peak utilisation: red above (%)", "number"),
        th("stale_days", "A status update is stale after (days)", "int"),
        th("two_ambers_red", "Two ambers make the overall status red", "bool",
           "The escalation variant of worst-of (DOMAIN §2.4)."),
        SettingSpec("risk_bands.low_max", "Low: scores up to", "int", _BANDS.low_max, b),
        SettingSpec("risk_bands.medium_max", "Medium: scores up to", "int",
                    _BANDS.medium_max, b),
        SettingSpec("risk_bands.high_max", "High: scores up to", "int", _BANDS.high_max, b,
                    optional=True,
                    help="Scores above High are Critical; leave High empty for no Critical "
                         "band. The risk RAG follows the bands: the top band is red, the "
                         "next amber."),
    ]
    for level in _LEVELS:
        limit = DEFAULT_DELEGATION_LIMITS[level]
        name = _LEVEL_LABELS[level]
        specs += [
            SettingSpec(f"delegation_limits.{level}.cost", f"{name}: cost up to", "money",
                        limit["cost"], d),
            SettingSpec(f"delegation_limits.{level}.days", f"{name}: schedule up to (days)",
                        "int", limit["days"], d),
        ]
    specs.append(SettingSpec(
        "delegation_limits.scope_level", "A scope change needs at least", "enum",
        DEFAULT_DELEGATION_LIMITS["scope_level"], d, enums.AUTHORITY_LEVELS,
        help="A change to what is delivered needs at least this level, whatever its "
             "cost and schedule impact."))
    return tuple(specs)


_SPECS = _specs()
#: Settings shown but not set on their own, with what they follow.
DERIVED = {"rag_thresholds.risk_amber_score": "Risk: amber from score (follows the bands)",
           "rag_thresholds.risk_red_score": "Risk: red from score (follows the bands)"}
_BY_KEY = {s.key: s for s in _SPECS}


def setting_specs() -> tuple[SettingSpec, ...]:
    """Every setting a person can change, in the dialog's order."""
    return _SPECS


def setting_spec(key: str) -> SettingSpec:
    """The setting ``key`` (``SettingError`` suggesting the nearest keys)."""
    spec = _BY_KEY.get(key.strip())
    if spec is not None:
        return spec
    near = difflib.get_close_matches(key.strip(), list(_BY_KEY), n=3, cutoff=0.5)
    hint = (" (did you mean " + " or ".join(near) + "?)") if near else \
        " ('pmo-desktop settings --db P' lists them)"
    raise SettingError(f"'{key}' is not a setting{hint}.")


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _month_day(value: Any) -> str:
    text = str(value).strip()
    parts = text.split("-")
    if len(parts) == 2 and all(x.isdigit() for x in parts):
        return f"{int(parts[0]):02d}-{int(parts[1]):02d}"
    if text.isdigit() and 1 <= int(text) <= 12:
        return f"{int(text):02d}-01"
    words = V.norm(text).replace(",", " ").split()
    month = next((V.MONTHS[w] for w in words if w in V.MONTHS), None)
    day = next((w.rstrip("stndrh") for w in words if w[:1].isdigit()), "1")
    if month is None or not day.isdigit():
        raise SettingError(f"'{value}' is not a day of the year (use MM-DD or a month).")
    return f"{int(month):02d}-{int(day):02d}"


def _number(value: Any, percent: bool = False) -> float:
    text = value
    if percent and isinstance(value, str) and value.strip().endswith("%"):
        text = value.strip()[:-1]
    parsed = V.parse_number(text)
    if parsed is None:
        raise SettingError(f"'{value}' is not a number.")
    return parsed


def _names(value: Any) -> list[str]:
    """A sequence of names as typed (``A; B; C``, ``A → B``, one a line) or given."""
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value]
    text = str(value)
    for sep in _NAME_SEPARATORS:
        text = text.replace(sep, ";")
    names = [part.strip() for part in text.split(";")]
    while names and not names[-1]:  # a trailing separator names nothing
        names.pop()
    return names


def names_text(value: Any) -> str:
    """A sequence of names as the dialog and the command line show it: ``A → B → C``."""
    return " → ".join(str(v) for v in value) if isinstance(value, (list, tuple)) \
        else "" if value is None else str(value)


def parse_setting(spec: SettingSpec, value: Any) -> Any:
    """``value`` (typed text or a typed value) as the setting stores it; ``None`` for an
    optional setting left empty. ``SettingError`` says what is wrong with it."""
    if _empty(value):
        if spec.optional:
            return "" if spec.kind == "text" else None
        raise SettingError("cannot be empty.")
    kind = spec.kind
    try:
        if kind == "text":
            return str(value).strip()
        if kind == "currency":
            return str(value).strip().upper()
        if kind == "month_day":
            return _month_day(value)
        if kind == "date":
            parsed = value if isinstance(value, date) else V.parse_date(value)
            if parsed is None:
                raise SettingError(f"'{value}' is not a date.")
            return parsed.isoformat()
        if kind == "bool":
            flag = V.parse_bool(value)
            if flag is None:
                raise SettingError(f"'{value}' is not yes or no.")
            return bool(flag)
        if kind == "enum":
            text = V.norm(str(value)).replace(" ", "_")
            for choice in spec.choices:
                if text in (choice, V.norm(spec.choice_label(choice)).replace(" ", "_")):
                    return choice
            raise SettingError(f"'{value}' is not one of " + ", ".join(spec.choices) + ".")
        if kind == "names":
            return _names(value)
        if kind == "money":
            money = V.parse_money(value)
            if money is None:
                raise SettingError(f"'{value}' is not an amount.")
            return money
        number = _number(value, percent=kind == "number")
        if kind == "int":
            if number != int(number):
                raise SettingError(f"'{value}' is not a whole number.")
            return int(number)
        return number
    except V.ValueProblem as exc:
        raise SettingError(str(exc) + ".") from None


def flatten(values: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested settings as dotted keys: ``{"a": {"b": 1}}`` → ``{"a.b": 1}``."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, Mapping):
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def current_settings(store: Store) -> dict[str, Any]:
    """Every setting's value by dotted key: the catalogue's (a default where the
    portfolio holds none), then any other setting the portfolio holds."""
    stored = flatten(store.settings())
    out = {s.key: stored.get(s.key, s.default) for s in _SPECS}
    for key, value in stored.items():
        out.setdefault(key, value)
    # The risk RAG's scores are not set on their own: they follow the risk bands.
    amber, red = store.risk_bands().rag_scores()
    out.update({"rag_thresholds.risk_amber_score": amber,
                "rag_thresholds.risk_red_score": red})
    return out


def validate_settings(values: Mapping[str, Any]) -> dict[str, str]:
    """What is wrong with a whole set of values (dotted keys), by dotted key."""
    errors: dict[str, str] = {}
    groups: dict[str, dict[str, Any]] = {}
    for key, value in values.items():
        top, _, rest = key.partition(".")
        if rest:
            groups.setdefault(top, {})[rest] = value
    nested_limits: dict[str, Any] = {}
    for rest, value in groups.get("delegation_limits", {}).items():
        level, _, what = rest.partition(".")
        if what:
            nested_limits.setdefault(level, {})[what] = value
        else:
            nested_limits[level] = value
    for top, problems in (("rag_thresholds", threshold_problems(groups.get("rag_thresholds",
                                                                           {}))),
                          ("risk_bands", risk_band_problems(groups.get("risk_bands", {}))),
                          ("delegation_limits", delegation_problems(nested_limits))):
        if top in groups:
            errors.update({f"{top}.{k}": v for k, v in problems.items()})
    errors.update(portfolio_problems({k: v for k, v in values.items() if "." not in k}))
    return errors


def _nest(base: Any, path: list[str], value: Any) -> Any:
    node = dict(base) if isinstance(base, Mapping) else {}
    if len(path) == 1:
        node[path[0]] = value
    else:
        node[path[0]] = _nest(node.get(path[0]), path[1:], value)
    return node


def read_settings(store: Store, typed: Mapping[str, Any]) -> tuple[dict[str, Any],
                                                                   dict[str, str]]:
    """Read typed ``{dotted key: value}`` against the portfolio's settings: (the
    top-level values to write, errors by dotted key). Only the settings a typed key
    belongs to are checked, so an old oddity elsewhere does not block a change."""
    errors: dict[str, str] = {}
    parsed: dict[str, Any] = {}
    for key, value in typed.items():
        try:
            spec = setting_spec(key)
        except SettingError as exc:
            errors[key] = str(exc)
            continue
        try:
            parsed[spec.key] = parse_setting(spec, value)
        except SettingError as exc:
            errors[spec.key] = str(exc)
    if errors:
        return {}, errors
    merged = {**current_settings(store), **parsed}
    tops = {setting_spec(k).top for k in parsed}
    checked = {k: v for k, v in merged.items() if k.split(".", 1)[0] in tops}
    errors = validate_settings(checked)
    if errors:
        return {}, errors
    stored = store.settings()
    out: dict[str, Any] = {}
    for key, value in parsed.items():
        top, *rest = key.split(".")
        if not rest:
            out[top] = value
            continue
        base = out.get(top, stored.get(top))
        if base is None:  # a setting this portfolio has never held: its defaults
            base = _defaults(top)
        out[top] = _nest(base, rest, value)
    return out, {}


def _defaults(top: str) -> dict[str, Any]:
    node: dict[str, Any] = {}
    for spec in _SPECS:
        if spec.top == top and "." in spec.key:
            node = _nest(node, spec.key.split(".")[1:], spec.default)
    return node


def nested(flat: Mapping[str, Any]) -> dict[str, Any]:
    """Dotted keys back to nested settings (``flatten``'s inverse)."""
    out: dict[str, Any] = {}
    for key, value in flat.items():
        out = _nest(out, key.split("."), value)
    return out
