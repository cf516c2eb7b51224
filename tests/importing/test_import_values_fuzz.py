"""Fuzzing the cell parsers: whatever a cell holds, a parser returns a value, None, or
raises ``ValueProblem`` (the documented "cannot read this cell") and nothing else.

Fuzzing found OverflowError ("Mar 99999999999999999999" as a date), plain ValueError
(NaN as a RAG, a 5,000-digit count), ZeroDivisionError (a "(0-0)" rating scale, a fill
colour "00-100") and +Inf stored as an amount (400 digits)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmo_desktop.importing import values as V

AS_OF = date(2026, 3, 15)
RULES = st.builds(V.ScaleRule, three_point=st.booleans(),
                  top=st.sampled_from([0, 1, 2, 3, 5, 10, 100]), percent=st.booleans())
CELLS = st.one_of(
    st.text(),
    st.floats(),
    st.integers(),
    st.integers(min_value=10 ** 15).map(lambda n: -n),
    st.integers(min_value=0, max_value=10 ** 500).map(str),
    st.from_regex(r"\A[a-z ]{0,6}[-(]?\d{12,420}(\.\d+)?[a-z %)]{0,4}\Z"),
    st.builds(lambda w, n: f"{w} {n}", st.sampled_from(["Mar", "March", "Q2", "w/c 1", "by"]),
              st.integers()),
    st.builds(lambda a, b: f"{a} of {b}", st.integers(min_value=0, max_value=10 ** 30),
              st.integers(min_value=-1, max_value=12)),
)
FUZZ = settings(max_examples=400, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _reads_or_refuses(parse, value, *args, **kwargs):
    try:
        result = parse(value, *args, **kwargs)
    except V.ValueProblem:
        return None
    if isinstance(result, float):
        assert math.isfinite(result) and abs(result) <= V.NUMBER_LIMIT, (value, result)
    if isinstance(result, int) and not isinstance(result, bool):
        assert abs(result) <= V.NUMBER_LIMIT, (value, result)
    return result


@FUZZ
@given(CELLS)
def test_parse_rag(value):
    assert _reads_or_refuses(V.parse_rag, value) in (None, "green", "amber", "red")


@FUZZ
@given(CELLS, st.booleans())
def test_parse_date(value, dayfirst):
    d = _reads_or_refuses(V.parse_date, value, dayfirst=dayfirst, as_of=AS_OF)
    assert d is None or isinstance(d, date)


@FUZZ
@given(CELLS)
def test_period_of(value):
    p = _reads_or_refuses(V.period_of, value, as_of=AS_OF)
    assert p is None or (len(p) == 7 and p[4] == "-")


@FUZZ
@given(CELLS)
def test_parse_int(value):
    _reads_or_refuses(V.parse_int, value)


@FUZZ
@given(CELLS, RULES, st.lists(st.text(max_size=12), max_size=2))
def test_parse_scale(value, rule, hints):
    assert _reads_or_refuses(V.parse_scale, value, rule) in (None, 1, 2, 3, 4, 5)
    decided = V.decide_scale([value], hints)  # a header "(0-0)" must not decide a 0-point scale
    assert _reads_or_refuses(V.parse_scale, value, decided) in (None, 1, 2, 3, 4, 5)


@FUZZ
@given(st.one_of(st.text(max_size=10), st.from_regex(r"\A[-0-9A-Fa-f]{6}\Z")))
def test_rag_from_colour(rgb):
    assert V.rag_from_colour(rgb) in (None, "green", "amber", "red")


@FUZZ
@given(CELLS, st.sampled_from([1.0, 1000.0, 1e6]), st.sampled_from([None, True, False]))
def test_numbers_stay_finite_and_within_the_limit(value, scale, comma):
    _reads_or_refuses(V.parse_money, value, scale, comma)
    _reads_or_refuses(V.parse_number, value, comma)
    _reads_or_refuses(V.parse_float, value)
    _reads_or_refuses(V.parse_percent, value, 100.0)
    _reads_or_refuses(V.parse_bool, value)


@pytest.mark.parametrize("parse, value", [
    (V.parse_date, "Mar 99999999999999999999"),
    (V.period_of, "Mar 99999999999999999999"),
    (V.parse_rag, float("inf")),
    (V.parse_rag, float("nan")),
    (V.parse_int, "9" * 5000),
    (V.parse_scale, "9" * 5000 + " of 5"),
    (V.parse_money, "9" * 400),
    (V.parse_money, "1,000,000,000,000,001"),
    (V.parse_money, 10 ** 400),
    (V.parse_float, "9" * 400),
], ids=["date", "period", "rag-inf", "rag-nan", "int-5000-digits", "scale-5000-digits",
        "money-400-digits", "money-past-1e15", "money-huge-int", "float-400-digits"])
def test_what_fuzzing_found_is_one_short_reason(parse, value):
    with pytest.raises(V.ValueProblem) as err:
        parse(value)
    assert len(str(err.value)) < 80, str(err.value)


def test_a_zero_point_scale_and_a_negative_colour_are_refused():
    with pytest.raises(V.ValueProblem):
        V.parse_scale(0, V.ScaleRule(top=0))
    assert V.decide_scale([3], ["Impact (0-0)"]).top == 5
    assert V.rag_from_colour("00-100") is None
    assert V.rag_from_colour("FF0000") == "red"


def test_amounts_up_to_the_limit_are_read():
    assert V.parse_money("999,999,999,999,999") == 999_999_999_999_999
    assert V.parse_money("-1,000,000,000,000,000") == -1e15
    assert V.parse_money("2.5", 1e6) == 2_500_000
