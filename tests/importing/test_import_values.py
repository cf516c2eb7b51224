"""Value parsers: examples from real trackers, and properties over generated values."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pmo_desktop.domain import enums
from pmo_desktop.importing import values as V
from pmo_desktop.importing.columns import header_matches

AS_OF = date(2026, 1, 31)


@pytest.mark.parametrize("text,expected", [
    ("2026-03-31", date(2026, 3, 31)), ("31/03/2026", date(2026, 3, 31)),
    ("31.03.2026", date(2026, 3, 31)), ("31-Mar-2026", date(2026, 3, 31)),
    ("Mar 31, 2026", date(2026, 3, 31)), ("31 March 2026", date(2026, 3, 31)),
    ("16 de Febrero de 2026", date(2026, 2, 16)), ("31. März 2026", date(2026, 3, 31)),
    ("31 mars 2026", date(2026, 3, 31)), ("31 de março de 2026", date(2026, 3, 31)),
    ("lunes, 16 de febrero de 2026", date(2026, 2, 16)), ("Q1 2026", date(2026, 3, 31)),
    ("Mar-26", date(2026, 3, 1)), (46100, date(2026, 3, 19)), ("46100", date(2026, 3, 19)),
    ("31 Mar", date(2026, 3, 31)), ("15 Dec", date(2025, 12, 15)), ("TBC", None),
    # what trackers write around a date, or instead of one
    ("w/c 12/01/2026", date(2026, 1, 12)), ("Week commencing 5 Jan 2026", date(2026, 1, 5)),
    ("by 31 Mar 2026", date(2026, 3, 31)), ("Due: 2026-03-31", date(2026, 3, 31)),
    ("approx. Q3 2026", date(2026, 9, 30)), ("~Mar 2026", date(2026, 3, 1)),
    ("Target: 30/06/2026", date(2026, 6, 30)), ("bis 31.03.2026", date(2026, 3, 31)),
    ("Wednesday 4 March 2026", date(2026, 3, 4)), ("Weds 4 March 2026", date(2026, 3, 4)),
    ("Ongoing", None), ("ASAP", None), ("#N/A", None), ("n.a.", None), ("—", None),
])
def test_dates(text, expected):
    assert V.parse_date(text, as_of=AS_OF) == expected


def test_day_first_decided_by_the_column():
    assert V.decide_dayfirst(["03/04/2026", "12/25/2026"]) is False
    assert V.decide_dayfirst(["03/04/2026", "25/12/2026"]) is True
    assert V.parse_date("03/04/2026", dayfirst=False) == date(2026, 3, 4)


@pytest.mark.parametrize("text,scale,expected", [
    ("£1.2m", 1, 1_200_000), ("1,200k", 1, 1_200_000), ("(500)", 1, -500),
    ("1.234,56 €", 1, 1234.56), ("$ 1,000.00", 1, 1000), ("-£50", 1, -50),
    ("250", 1000, 250_000), (250.0, 1000, 250_000), ("€1.5bn", 1, 1.5e9), ("1 234,5", 1, 1234.5),
    # whole money with dots between thousands, alone in its column: not three decimals
    ("410.000 €", 1, 410_000), ("€ 1.250.000", 1, 1_250_000), ("2.850", 1e6, 2_850_000),
    ("410.00", 1, 410),
    # currencies by their codes and signs, before or after the amount
    ("S$45,500.00", 1, 45_500), ("S$ (41,000.00)", 1, -41_000), ("NZ$186,000", 1, 186_000),
    ("Rs. 2,500", 1, 2_500), ("1 200 zł", 1, 1_200), ("2 500 Kč", 1, 2_500),
    ("S/ 186,300,000.00", 1, 186_300_000),
])
def test_money(text, scale, expected):
    assert V.parse_money(text, scale) == pytest.approx(expected)


def test_money_decimal_comma_decided_per_column():
    euro = ["£12.500,00", "£100.000", "3,5"]
    comma = V.decide_decimal_comma(euro)
    assert comma is True
    assert [V.parse_money(v, 1, comma) for v in euro] == [12500, 100000, 3.5]
    sterling = ["£12,500.00", "£100,000", "3.5"]
    assert [V.parse_money(v, 1, V.decide_decimal_comma(sterling)) for v in sterling] == \
        [12500, 100000, 3.5]
    assert V.decide_decimal_comma(["100", "250"]) is None  # nothing to tell by


def test_money_scale_and_currency_in_header():
    assert V.header_money("TCV (k)") == (1000.0, None)
    assert V.header_money("Budget (£m)") == (1_000_000.0, "GBP")
    assert V.header_money("LABOR COST ($)") == (1.0, "USD")


def test_percent_decided_per_column():
    assert V.decide_percent_scale([0.85, 0.4, 1]) == 1.0
    assert V.decide_percent_scale([85, 40, 100]) == 100.0
    assert V.parse_percent("85%") == 0.85
    assert V.parse_percent(85, 100.0) == 0.85
    # 0.85 among 40, 85 …: the cell was formatted as a percentage, it is 85 %
    assert V.parse_percent(0.85, V.decide_percent_scale([0.85, 40, 100])) == 0.85


@pytest.mark.parametrize("text,rag", [
    ("G", "green"), ("A", "amber"), ("R", "red"), ("On track", "green"), ("At risk", "amber"),
    ("Off track", "red"), ("Yellow", "amber"), ("🔴", "red"), ("Amber/Red", "red"),
    ("Verde", "green"), ("Rot", "red"), ("V", "green"),
])
def test_rag_words(text, rag):
    assert V.parse_rag(text) == rag


def test_rag_fill_colours():
    assert V.rag_from_colour("00B050") == "green"
    assert V.rag_from_colour("FFC000") == "amber"
    assert V.rag_from_colour("FF0000") == "red"
    assert V.rag_from_colour("FFFFFF") is None


@pytest.mark.parametrize("text,expected", [
    ("4/5", 4), ("2 of 3", 4), ("1/10", 1), ("Med-High", 4), ("M/H", 4), ("Medium-High", 4),
    ("Low to Medium", 3), ("Occasional", 3), ("Frequent", 5),
])
def test_scale_fractions_and_in_between_words(text, expected):
    assert V.parse_scale(text) == expected


def test_in_between_words_on_a_three_point_column_sit_between_its_points():
    three = V.decide_scale(["High", "Medium", "Low"])
    assert [V.parse_scale(x, three) for x in ("Med-High", "L/M", "Low")] == [4, 2, 1]


def test_scales():
    three = V.decide_scale(["High", "Medium", "Low"])
    assert [V.parse_scale(x, three) for x in ("High", "Medium", "Low", "HIgh")] == [5, 3, 1, 5]
    five = V.decide_scale(["Likely", "Probable", "Rare"])
    assert [V.parse_scale(x, five) for x in ("Very Likely", "Likely", "Probable",
                                             "Unlikely", "Rare")] == [5, 4, 3, 2, 1]
    spanish = V.decide_scale(["Alta", "Media", "Baja"])
    assert [V.parse_scale(x, spanish) for x in ("A", "M", "B")] == [5, 3, 1]
    bands = V.decide_scale(["75% to 100%"])
    assert V.parse_scale("50% to 75%", bands) == 4 and V.parse_scale(0.05, bands) == 1
    ten = V.decide_scale([7], ["1-10"])
    assert V.parse_scale(7, ten) == 4


def test_enums_with_typos():
    issue = V.enum_parser(enums.ISSUE_STATUSES, "status", "issue")
    assert issue("In progeress") == "in_progress" and issue("Resuelto") == "resolved"
    resp = V.enum_parser(enums.RISK_RESPONSES, "response", "risk")
    assert resp("Mitigate") == "reduce" and resp("Acceptance - 3 week slip") == "accept"
    with pytest.raises(V.ValueProblem):
        resp("Pray")


def test_multilingual_headers():
    def best(h, e):
        return header_matches(h, e)[0][0]
    assert best("Responsable", "risk") == "owner"
    assert best("Verantwortlich", "issue") == "owner"
    assert best("Propriétaire", "risk") == "owner"
    assert best("Responsável", "action") == "owner"
    assert best("Probabilidad", "risk") == "probability"
    assert best("Avance", "milestone") == "pct_complete"
    assert best("% Conclusão", "project") == "pct_complete"
    assert best("Impact (High/Med/Low)", "risk") == "impact"
    assert best("Probablilty", "risk") == "probability"  # a typo


# -- properties ----------------------------------------------------------------------

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@given(dates)
def test_iso_and_serial_round_trip(d):
    assert V.parse_date(d.isoformat()) == d
    serial = (d - date(1899, 12, 30)).days
    assert V.parse_date(float(serial)) == d


@given(dates, st.sampled_from(["%d/%m/%Y", "%d.%m.%Y", "%d %B %Y", "%d-%b-%Y", "%B %d, %Y"]))
def test_text_dates_round_trip(d, fmt):
    assert V.parse_date(d.strftime(fmt), dayfirst=True) == d


@given(dates)
def test_yearless_dates_land_within_a_year_of_as_of(d):
    assume((d.month, d.day) != (2, 29))  # no leap day within a year of AS_OF: see below
    got = V.parse_date(d.strftime("%d %b"), as_of=AS_OF)
    assert got is not None and (got.month, got.day) == (d.month, d.day)
    assert abs((got - AS_OF).days) <= 366


def test_yearless_leap_day_takes_the_leap_year_near_as_of_or_is_refused():
    assert V.parse_date("29 Feb", as_of=date(2027, 6, 1)) == date(2028, 2, 29)
    with pytest.raises(V.ValueProblem, match="29 Feb. is not a date"):
        V.parse_date("29 Feb", as_of=AS_OF)  # 2025–2027 have no 29 February


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2))
def test_money_formats_round_trip(x):
    value = float(x)
    us = f"{value:,.2f}"
    eu = us.replace(",", "_").replace(".", ",").replace("_", ".")
    assert V.parse_money(us) == pytest.approx(value)
    assert V.parse_money(f"£{us}") == pytest.approx(value)
    if abs(value) >= 1000 or "," in eu:
        assert V.parse_money(f"{eu} €") == pytest.approx(value)
    if value < 0:
        assert V.parse_money(f"({abs(value):,.2f})") == pytest.approx(value)


@given(st.floats(min_value=0, max_value=1, allow_nan=False))
def test_probability_bands_are_monotonic(p):
    assert 1 <= V.band_from_fraction(p) <= 5
    assert V.band_from_fraction(min(1.0, p + 0.2)) >= V.band_from_fraction(p)


@given(st.integers(min_value=0, max_value=100))
def test_percent_text_is_a_fraction(n):
    assert V.parse_percent(f"{n}%") == pytest.approx(n / 100)


@given(st.text(max_size=30))
@settings(max_examples=300)
def test_parsers_never_crash(text):
    for parse in (V.parse_date, V.parse_number, V.parse_rag, V.parse_scale, V.parse_bool):
        try:
            parse(text)
        except V.ValueProblem:
            pass


def test_heavy_modules_load_lazily():
    code = ("import sys, pmo_desktop.importing.api as a; "
            "print('openpyxl' in sys.modules, 'python_calamine' in sys.modules, "
            "'PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=str(__import__('pathlib').Path(__file__).parents[2]))
    assert out.stdout.split() == ["False", "False", "False"]


@pytest.mark.parametrize("text,expected", [
    ("Priya Shah <priya.shah@acme.co.uk>", "Priya Shah"), ("mailto:cfo@acme.co.uk", "cfo@acme.co.uk"),
    ('"Shah, Priya" <p@x.com>', "Shah, Priya"), ("<p@x.com>", "p@x.com"), (" Ana ", "Ana"),
])
def test_people_written_with_their_addresses(text, expected):
    assert V.person(text) == expected


@pytest.mark.parametrize(("text", "day"), [
    ("KW 14/2026", date(2026, 3, 30)), ("CW14 2026", date(2026, 3, 30)),
    ("Wk 14-26", date(2026, 3, 30)), ("2026-W14", date(2026, 3, 30)),
    ("Ende Q2/2026", date(2026, 6, 30)), ("end of Q3 2026", date(2026, 9, 30)),
    ("Q2/2026", date(2026, 6, 30)), ("w/c 05/01/2026", date(2026, 1, 5)),
])
def test_a_week_of_a_year_is_its_monday_and_a_quarters_end_its_last_day(text, day):
    assert V.parse_date(text) == day


def test_an_unclear_date_is_no_date_and_a_week_the_year_lacks_is_told():
    assert V.parse_date("unklar") is None and V.parse_date("onbekend") is None
    with pytest.raises(V.ValueProblem, match="2025 has no week 53"):
        V.parse_date("KW 53/2025")


def test_a_linked_records_reference_is_not_the_title():
    assert header_matches("Bezeichnung", "dependency")[0][0] == "title"
    for header in ("Verknüpftes Risiko", "Linked risk", "Risque lié", "Related issue"):
        assert all(f not in ("title", "name", "description")
                   for f, _c in header_matches(header, "dependency")), header


def test_no_word_list_is_written_twice_under_one_key():
    """A dict literal keeps the last of two equal keys: a second line for the same scopes
    and field would silently drop the first line's words, and a value word written twice
    ("in review" as under assessment, then as in progress) means only the last."""
    import ast
    import collections
    from pathlib import Path

    import pmo_desktop.importing as pkg

    for path in sorted(Path(pkg.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                twice = [k for k, n in collections.Counter(keys).items() if n > 1]
                assert not twice, f"{path.name}: {twice}"


def test_portuguese_and_french_link_letters_and_short_weekdays():
    from pmo_desktop.importing.predecessors import parse_links

    assert [(k.ref, k.type, k.lag) for k in parse_links("13II+25 dias")] == [("13", "SS", 25.0)]
    assert [(k.ref, k.type) for k in parse_links("4TI")] == [("4", "FS")]
    assert [(k.ref, k.type) for k in parse_links("3DF")] == [("3", "SF")]  # début-fin
    assert [(k.ref, k.type) for k in parse_links("5FD+2j")] == [("5", "FS")]
    assert V.parse_date("seg 06/04/26") == date(2026, 4, 6)
    assert V.parse_date("mar 16/03/26") == date(2026, 3, 16)
    assert V.parse_date("Mar 2026") == date(2026, 3, 1)
    assert header_matches("% Concluída", "task")[0][0] == "pct_complete"
    assert header_matches("Início LB", "task")[0][0] == "start_baseline"


def test_a_rating_written_as_its_number_and_its_word_is_the_number():
    rule = V.decide_scale(["4", "3", "4 - Probable", "2"], [])
    assert [V.parse_scale(v, rule) for v in ("4 - Probable", "5: Very high", "2 – Unlikely",
                                              "High (4)")] == [4, 5, 2, 4]


def test_french_dependency_words():
    assert header_matches("Date requise", "dependency")[0][0] == "need_by_date"
    assert header_matches("Projet / entité liée", "dependency")[0][0] == "counterparty"


def test_a_number_sign_before_an_abbreviation_is_the_records_key():
    for header in ("Nº RDM", "N° RDM", "No. RFC", "# CR", "Nr. ÄA"):
        field, conf = header_matches(header, "change_request")[0]
        assert field == "ref" and conf >= 0.85, header  # (0.9: "RFC" names the kind)
    assert header_matches("No Go", "change_request") == []  # no number sign
    assert header_matches("Decisão do CCB", "change_request")[0][0] == "decision"
    assert header_matches("Plan de respuesta", "risk")[0][0] == "response_actions"


def test_canadian_french_status_report_labels():
    expected = {"Numéro de projet": "code", "Chargé(e) de projet": "manager",
                "Répondant (parrain)": "sponsor", "Échéancier": "rag_schedule",
                "Portée": "rag_scope", "Date de mise en service prévue": "finish_forecast",
                "Faits saillants du mois": "summary"}
    for label, field in expected.items():
        assert header_matches(label, "project")[0][0] == field, label


def test_a_title_word_joined_to_the_records_own_name_is_its_title():
    cases = [("Intitulé de la décision", "decision"), ("Título del cambio", "change_request"),
             ("Title of the risk", "risk"), ("Name of the action", "action"),
             ("Título de la lección", "lesson")]
    for header, entity in cases:
        assert header_matches(header, entity)[0] == ("title", 0.9), header
    assert header_matches("Titre de la décision", "risk") == []  # another kind's title
    # a description word with the record's own name is its title too
    for header, entity in [("Dependency Description", "dependency"),
                           ("Descrizione del rischio", "risk"),
                           ("Beschreibung der Maßnahme", "action")]:
        assert header_matches(header, entity)[0][0] == "title", header
    assert dict(header_matches("Dependency Description", "risk")).get("title", 0) < 0.9


def test_a_head_noun_with_a_phrase_that_qualifies_it():
    # the head alone names the field, weaker than a header matched as written
    assert header_matches("Recommendation for future projects", "lesson")[0] == \
        ("recommendations", 0.8)
    assert header_matches("Status of action", "action")[0] == ("status", 0.8)
    assert header_matches("Responsible for delivery", "milestone")[0][0] == "owner"
    # an English "X of Y" turned round is "Y X": "Owner of the action" is the action owner
    assert header_matches("Owner of the action", "action")[0] == ("owner", 0.9)
    # a head too general to name a field alone names none
    assert header_matches("Number of days", "task") == []
    assert header_matches("Name of sponsor", "risk") == []


def test_a_synonym_written_without_its_joining_words_and_a_number_sign_before_the_kind():
    assert header_matches("Date clôture", "action")[0] == ("closed_date", 0.93)
    assert header_matches("Date de clôture", "action")[0] == ("closed_date", 0.95)
    for header, entity in [("Nº acción", "action"), ("Nr. Maßnahme", "action"),
                           ("Decision Ref", "decision"), ("Lesson number", "lesson"),
                           ("Riesgo nº", "risk")]:
        field, conf = header_matches(header, entity)[0]
        assert field == "ref" and conf >= 0.9, header
    assert "ref" not in dict(header_matches("Nº proyecto", "risk"))  # another's number


def test_a_title_word_outranks_a_description_for_the_title():
    """'CR Title' beside 'Description of Change': the title is the one headed by a title
    word; a description is the title only where no such column is (then less sure)."""
    title = header_matches("CR Title", "change_request")[0]
    described = dict(header_matches("Description of Change", "change_request"))
    assert title[0] == "title" and title[1] >= 0.9
    assert described["title"] < title[1] and described["description"] >= 0.85
    assert header_matches("Dependency Description", "dependency")[0][0] == "title"


def test_tracker_workflow_words():
    """Jira, Azure DevOps, monday.com and Planner words for where work stands."""
    task = V.enum_parser(enums.TASK_STATUSES, "status", "task")
    assert [task(w) for w in ("Ready for Retest", "In QA", "Stuck", "Blocked")] == [
        "in_progress", "in_progress", "on_hold", "on_hold"]
    state = V.enum_parser(enums.PROJECT_STATES, "state", "project")
    assert [state(w) for w in ("Working on it", "Stuck", "Business case")] == [
        "active", "on_hold", "proposed"]
    assert V.enum_parser(enums.PRIORITIES, "priority", "task")("Important") == "high"


def test_a_date_written_with_dots_is_not_money_and_a_year_in_a_header_is_set_aside():
    for comma in (None, True):
        with pytest.raises(V.ValueProblem):
            V.parse_money("30.03.2026", 1, comma)  # a date, not 30,032,026
    assert V.parse_money("1.234.567") == 1234567
    assert header_matches("Budget 2025 (Mio. €)", "project")[0] == ("bac", 0.9)
    assert header_matches("Forecast 2026", "project")[0] == ("eac", 0.9)
    assert header_matches("Plan-Datum", "milestone")[0][0] == "baseline_date"
    assert header_matches("Projekt-Nr.", "milestone")[0][0] == "project_id"


def test_words_for_a_role_and_a_project_in_other_trades():
    """Indian English "Designation" is a role; a clinical "Study Code", a "Project / SOW"
    and a council's capital "Scheme Ref" name the row's project."""
    assert header_matches("Designation", "resource")[0][0] == "role_id"
    for header in ("Study Code", "Project / SOW", "Scheme Ref"):
        assert header_matches(header, "allocation")[0][0] == "project_id", header
    assert header_matches("Role", "resource")[0] == ("role_id", 1.0)  # still the first word
