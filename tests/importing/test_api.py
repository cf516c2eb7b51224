"""The importing API the wizard uses: re-detecting at a header row, progress and cancel
inside one file, and mapping profiles that remember a corrected header row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.importing.api import (
    ImportCancelled, apply_profile, change_field, header_row_limit, plan_tables,
    read_and_detect, save_profile, table_at_header,
)

from .conftest import write_book

AS_OF = date(2025, 3, 31)
# A banner row of short labels that detection takes for the header; the real one is row 2.
BANNER = ["Risk Log", "Team Atlas", "Owner: PMO", "Status: Draft"]
HEADER = ["ID", "Risk Title", "Owner", "Probability", "Impact", "Status"]
MARCH = [["R-01", "Supplier late", "Ana", "High", "Medium", "Open"],
         ["R-02", "Key engineer leaves", "Bo", "Low", "High", "Open"],
         ["R-03", "Budget cut", "Cy", "Medium", "High", "Open"]]
APRIL = MARCH + [["R-04", "Vendor insolvent", "Di", "Low", "High", "Open"],
                 ["R-05", "Scope creep", "Ed", "High", "Low", "Open"]]


def _tracker(path: Path, rows: list[list], above: list[list] | None = None) -> str:
    return write_book(path, {"Risks": (above if above is not None else [BANNER]) + [HEADER] + rows})


def _col(table, header: str) -> int:
    return next(c.index for c in table.columns if c.header == header)


def _fields(table) -> dict[str, str | None]:
    return {c.header: c.field for c in table.columns}


# -- table_at_header -------------------------------------------------------------------

def test_table_at_header_redetects_on_the_chosen_row(tmp_path):
    (t,) = read_and_detect(_tracker(tmp_path / "march.xlsx", MARCH), as_of=AS_OF)
    assert t.header_row == 1 and t.entity is None  # the banner was taken for the header
    assert header_row_limit(t) == 5

    fixed = table_at_header(t, 2, AS_OF)
    assert fixed is not None and fixed is not t
    assert fixed.header_row == 2 and fixed.range == "A2:F5"
    assert fixed.entity == "risk" and _fields(fixed)["Risk Title"] == "title"
    assert fixed.detected_signature == t.signature != fixed.signature
    assert t.header_row == 1  # the table given is left as it was
    # moving it again still remembers how it was first detected
    again = table_at_header(fixed, 1, AS_OF)
    assert again is not None and again.detected_signature == ""  # back where it was found

    assert table_at_header(t, 0, AS_OF) is None
    assert table_at_header(t, 99, AS_OF) is None


def test_table_at_header_on_an_empty_row_is_none(tmp_path):
    path = _tracker(tmp_path / "gap.xlsx", MARCH, above=[BANNER, []])
    banner, _risks = read_and_detect(path, as_of=AS_OF)
    assert banner.header_row == 1
    assert table_at_header(banner, 2, AS_OF) is None  # the blank row holds no header


# -- progress and cancel inside one file ----------------------------------------------

def _three_sheets(tmp_path: Path) -> str:
    return write_book(tmp_path / "raid.xlsx", {
        "Risks": [HEADER] + MARCH,
        "Issues": [["ID", "Issue Title", "Owner", "Priority", "Status"],
                   ["I-01", "Server down", "Ana", "High", "Open"]],
        "Actions": [["ID", "Action", "Owner", "Due Date", "Status"],
                    ["A-01", "Call vendor", "Bo", "2025-04-02", "Open"]],
    })


def test_read_and_detect_reports_progress_between_sheets(tmp_path):
    path = _three_sheets(tmp_path)
    seen: list[tuple[float, str]] = []
    tables = read_and_detect(path, as_of=AS_OF, progress=lambda f, m: seen.append((f, m)))
    assert [t.sheet for t in tables] == ["Risks", "Issues", "Actions"]
    fractions = [f for f, _m in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    for sheet in ("Risks", "Issues", "Actions"):
        assert any(f"Reading raid.xlsx, sheet '{sheet}'" == m for _f, m in seen)
        assert any(f"tables of raid.xlsx, sheet '{sheet}'" in m for _f, m in seen)


@pytest.mark.parametrize("after", [1, 2, 5])
def test_read_and_detect_cancels_between_sheets(tmp_path, after):
    path = _three_sheets(tmp_path)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > after

    with pytest.raises(ImportCancelled):
        read_and_detect(path, as_of=AS_OF, cancelled=cancelled)


def test_read_and_detect_cancelled_at_once_reads_nothing(tmp_path):
    with pytest.raises(ImportCancelled):
        read_and_detect(str(tmp_path / "not there.xlsx"), cancelled=lambda: True)


# -- mapping profiles and the header row ------------------------------------------------

def _corrected_profile(store, tmp_path) -> tuple[str, str]:
    """March's tracker read, its header moved to row 2, Impact unmapped, saved."""
    (t,) = read_and_detect(_tracker(tmp_path / "march.xlsx", MARCH), store=store, as_of=AS_OF)
    fixed = table_at_header(t, 2, AS_OF)
    assert fixed is not None
    change_field(fixed, _col(fixed, "Impact"), None)  # a choice detection would not make
    save_profile(store, fixed)
    return t.signature, fixed.signature


def test_profile_remembers_a_corrected_header_row(store, tmp_path):
    detected, corrected = _corrected_profile(store, tmp_path)
    for signature in (detected, corrected):
        profile = store.load_mapping_profile(signature)
        assert profile["header_row"] == 2 and profile["entity"] == "risk"
        assert profile["mapping"]["Impact"] is None

    # next month's tracker: same banner, same headers, more rows
    april = _tracker(tmp_path / "april.xlsx", APRIL)
    (plain,) = read_and_detect(april, as_of=AS_OF)
    assert plain.signature == detected and plain.header_row == 1  # detection alone errs

    (t,) = read_and_detect(april, store=store, as_of=AS_OF)
    assert t.header_row == 2 and t.range == "A2:F7" and t.profile
    assert t.entity == "risk"
    assert _fields(t) == {"ID": "ref", "Risk Title": "title", "Owner": "owner",
                          "Probability": "probability", "Impact": None, "Status": "status"}
    plan = plan_tables(store, [t], project_code="ACME", as_of=AS_OF)
    assert plan.tables[0].count("create") == 5
    assert not plan.tables[0].records[0].values.get("impact")


def test_profile_for_the_corrected_headers_applies_where_they_are(store, tmp_path):
    _corrected_profile(store, tmp_path)
    # a tracker without the banner (or with more lines above): the headers are found
    # directly, wherever they sit, and the profile maps them in place
    for above, row in (([], 1), ([["Risk Log"], [], []], 4)):
        path = _tracker(tmp_path / f"plain{row}.xlsx", APRIL, above=above)
        (t,) = read_and_detect(path, store=store, as_of=AS_OF)
        assert t.header_row == row and t.profile and _fields(t)["Impact"] is None


def test_corrected_profile_is_not_forced_on_a_row_without_its_headers(store, tmp_path):
    detected, _ = _corrected_profile(store, tmp_path)
    # the same banner, but the header is now two rows further down
    path = _tracker(tmp_path / "moved.xlsx", APRIL, above=[BANNER, ["Draft"], ["Confidential"]])
    banner, table = read_and_detect(path, store=store, as_of=AS_OF)
    assert banner.signature == detected
    assert banner.header_row == 1 and not banner.profile  # left as detected, not mis-mapped
    # the real header, under its lone "Confidential" line, is a table of its own, mapped
    # by the profile saved for its headers
    assert (table.header_row, table.range, table.entity) == (4, "A4:F9", "risk")
    assert table.profile and _fields(table)["Impact"] is None


def test_apply_profile_in_place_when_the_user_chose_the_row(tmp_path):
    (t,) = read_and_detect(_tracker(tmp_path / "march.xlsx", MARCH), as_of=AS_OF)
    profile = {"entity": "risk", "mapping": {"ID": "ref", "Risk Title": "title"},
               "header_row": 2}
    assert apply_profile(t, profile, AS_OF, move=False) is t
    assert t.header_row == 1 and t.entity == "risk" and t.profile
    (t2,) = read_and_detect(_tracker(tmp_path / "april.xlsx", APRIL), as_of=AS_OF)
    moved = apply_profile(t2, profile, AS_OF)
    assert moved is not None and moved is not t2 and moved.header_row == 2 and moved.profile
