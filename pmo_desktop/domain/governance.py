"""Strategy, demand and governance vocabularies (DOMAIN §7, §8): the stored names of
each enumeration of objectives, proposals, gates, benefits and stakeholders, the kind
of each of their fields that is not text, and the rules that need no numbers: the
pipeline's transitions, realised benefit (§7.2) and the power/interest grid (§7.4)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .enums import LESSON_EFFECT_TYPES

# Contribution of a project or proposal to an objective (§8.2's impact ratings, 0–4).
CONTRIBUTION_LEVELS = ("none", "low", "moderate", "strong", "extreme")

# The intake pipeline: idea → submitted → assessed → approved → started, or rejected /
# deferred on the way (a deferred proposal may come back).
PROPOSAL_STATUSES = ("idea", "submitted", "assessed", "approved", "started", "rejected",
                     "deferred")
PIPELINE_STEPS: dict[str, tuple[str, ...]] = {
    "idea": ("submitted", "rejected", "deferred"),
    "submitted": ("assessed", "rejected", "deferred"),
    "assessed": ("approved", "rejected", "deferred"),
    "approved": ("started", "rejected", "deferred"),
    "deferred": ("submitted", "assessed", "rejected"),
    "started": (),
    "rejected": (),
}

GATE_DECISIONS = ("go", "go_with_conditions", "hold", "recycle", "stop")
# The portfolio's gate sequence is the setting ``gate_names``; by default the OGC
# Gateway review points (§7.1).
DEFAULT_GATES = ("Gate 0", "Gate 1", "Gate 2", "Gate 3", "Gate 4", "Gate 5")
GATE_NAME_MAX = 40  # characters: a gate's name is a label, not a sentence
DCA_RATINGS = ("green", "amber_green", "amber", "amber_red", "red")

BENEFIT_TYPES = ("cash_releasing", "non_cash_releasing", "quantifiable_non_financial",
                 "qualitative", "disbenefit")
BENEFIT_STATUSES = ("planned", "on_track", "at_risk", "realised", "partially_realised",
                    "not_realised", "cancelled")

ENGAGEMENT_LEVELS = ("unaware", "resistant", "neutral", "supportive", "leading")
STAKEHOLDER_SIDES = ("internal", "external")
CRITERION_DIRECTIONS = ("higher_is_better", "reverse")

# (entity, field) → the values it may hold.
FIELD_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("proposal", "status"): PROPOSAL_STATUSES,
    ("contribution", "level"): CONTRIBUTION_LEVELS,
    ("gate", "decision"): GATE_DECISIONS,
    ("gate", "dca_rating"): DCA_RATINGS,
    ("benefit", "benefit_type"): BENEFIT_TYPES,
    ("benefit", "status"): BENEFIT_STATUSES,
    ("stakeholder", "current_engagement"): ENGAGEMENT_LEVELS,
    ("stakeholder", "desired_engagement"): ENGAGEMENT_LEVELS,
    ("stakeholder", "side"): STAKEHOLDER_SIDES,
    ("criterion", "direction"): CRITERION_DIRECTIONS,
    ("lesson", "effect_type"): LESSON_EFFECT_TYPES,
}
# (entity, field) → kind (as the importer names kinds) where it is not text.
FIELD_KINDS: dict[tuple[str, str], str] = {
    ("objective", "weight"): "pct", ("criterion", "weight"): "pct",
    ("criterion", "sort_order"): "int",
    ("score", "value"): "scale",
    ("contribution", "value"): "float",
    ("proposal", "estimated_cost"): "money", ("proposal", "submitted_date"): "date",
    ("proposal", "decision_date"): "date", ("proposal", "start_date"): "date",
    ("proposal", "end_date"): "date",
    ("gate", "planned_date"): "date", ("gate", "actual_date"): "date",
    ("benefit", "baseline_value"): "float", ("benefit", "target_value"): "float",
    ("benefit", "threshold"): "float", ("benefit", "baseline_date"): "date",
    ("benefit", "target_date"): "date", ("benefit", "realisation_start"): "date",
    ("benefit", "realisation_end"): "date",
    ("benefit_actual", "value"): "float", ("benefit_actual", "actual_date"): "date",
    ("stakeholder", "power"): "scale", ("stakeholder", "interest"): "scale",
    ("stakeholder", "last_contact"): "date",
}


class PipelineError(ValueError):
    """A move the pipeline does not allow; the message says which moves it does."""


def check_move(current: str | None, target: str) -> None:
    """Refuse a proposal's move from ``current`` to ``target`` that the pipeline does not
    allow (any status may be set on a proposal that has none yet)."""
    if target not in PROPOSAL_STATUSES:
        raise PipelineError(f"'{target}' is not a pipeline stage; the stages are "
                            + ", ".join(PROPOSAL_STATUSES) + ".")
    if current is None or current == target:
        return
    allowed = PIPELINE_STEPS.get(current, ())
    if target not in allowed:
        then = ", ".join(allowed) if allowed else "nothing (it is final)"
        raise PipelineError(f"A proposal that is {current} can move to {then}, not {target}.")


def realised_pct(baseline: float | None, target: float | None,
                 actual: float | None) -> float | None:
    """``(actual − baseline) / (target − baseline)`` (§7.2): direction-aware, so a KPI
    meant to fall (cost per call 12 → 8) is 50 % realised at 10. ``None`` when a value
    is missing or the target is the baseline."""
    if baseline is None or target is None or actual is None or target == baseline:
        return None
    return (actual - baseline) / (target - baseline)


def latest_actual(actuals: Mapping[str, float]) -> tuple[str, float] | None:
    """The latest (date, value) of a benefit's actuals by ISO date."""
    if not actuals:
        return None
    day = max(actuals)
    return day, actuals[day]


def grid_quadrant(power: int | None, interest: int | None) -> str | None:
    """The power/interest grid's quadrant (§7.4) of two ratings 1–5 (3 and above is
    high)."""
    if power is None or interest is None:
        return None
    high_power, high_interest = power >= 3, interest >= 3
    if high_power and high_interest:
        return "manage closely"
    if high_power:
        return "keep satisfied"
    if high_interest:
        return "keep informed"
    return "monitor"


def gate_sequence(value: object) -> tuple[str, ...]:
    """The gate names a portfolio's setting ``gate_names`` holds, in order (the
    default sequence when it holds none, or not a list of names)."""
    if isinstance(value, (list, tuple)):
        names = tuple(str(v).strip() for v in value if str(v).strip())
        if names:
            return names
    return DEFAULT_GATES


def gate_sequence_problem(names: Sequence[str]) -> str | None:
    """Why ``names`` cannot be a gate sequence: at least one gate, each named (at most
    ``GATE_NAME_MAX`` characters), no name twice (letter case aside)."""
    if not names:
        return "name at least one gate (e.g. G0 Idea; G1 Business case; G2 Delivery)."
    seen: dict[str, str] = {}
    for name in names:
        text = str(name).strip()
        if not text:
            return "a gate's name cannot be empty."
        if len(text) > GATE_NAME_MAX:
            return f"'{text[:20]}…' is longer than {GATE_NAME_MAX} characters."
        if text.casefold() in seen:
            return f"'{text}' is named twice; each gate comes once in the sequence."
        seen[text.casefold()] = text
    return None


def gate_problem(code: str | None, names: Sequence[str]) -> str | None:
    """Why a gate cannot be recorded as ``code``: it is not one of the portfolio's
    gates (``names``, the setting ``gate_names``). ``None`` when it is (or is empty:
    required is checked elsewhere)."""
    if code is None or not str(code).strip() or str(code).strip() in names:
        return None
    return (f"'{code}' is not one of this portfolio's gates ({' → '.join(names)}); "
            "the sequence is set in Portfolio settings (gate_names).")


def gate_position(code: str | None, names: Sequence[str]) -> int | None:
    """Where ``code`` comes in the sequence (0 first); ``None`` when it is not in it."""
    try:
        return list(names).index(str(code).strip())
    except ValueError:
        return None


def gate_label(code: str | None, names: Sequence[str]) -> str:
    """``Gate 2 (3 of 6)``: a gate's name with its place in the sequence; a name not
    (or no longer) in the sequence says so."""
    if not code:
        return "—"
    at = gate_position(code, names)
    if at is None:
        return f"{code} (not in the sequence)"
    return f"{code} ({at + 1} of {len(names)})"


def next_gate(recorded: Sequence[str], names: Sequence[str]) -> str | None:
    """The first gate of the sequence a project has not recorded yet (``None`` when it
    has them all): what a new gate of that project most likely is."""
    have = {str(r).strip() for r in recorded}
    return next((n for n in names if n not in have), None)
