"""Bookings grouped under section headings ("CONFIRMED" / "PROPOSED", in any language) take
the booking their heading names, when no column gives one; a heading that names no booking
(a team, a phase) gives none; a Booking column reads "Propuesto", "Vorgeschlagen" too."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.imports import import_files

from .conftest import write_book


@pytest.fixture
def alpha(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": "ALPHA", "name": "Alpha"})
    return store


def _bookings(store, path):
    out = import_files(store, [path], dry_run=True).value.to_json()["files"][0]
    (table,) = [t for t in out["tables"] if t["entity"] == "allocation"]
    return {(r["values"]["resource"], r["values"]["period"]): r["values"].get("booking")
            for r in table["records"]}


HEADS = {"en": ("CONFIRMED", "PROPOSED"), "es": ("Confirmado", "Propuesto"),
         "de": ("Bestätigt", "Vorgeschlagen"), "fr": ("Confirmé", "Proposé")}


@pytest.mark.parametrize("lang", sorted(HEADS))
def test_rows_under_a_booking_heading_take_its_booking(alpha, tmp_path, lang):
    firm, soft = HEADS[lang]
    rows = [["Resource", "Project", "Jan 2027", "Feb 2027", "Mar 2027"], [firm],
            ["Ana Lopez", "ALPHA", 80, 80], [soft], ["Cy Tan", "ALPHA", 20, 20],
            ["Di Fox", "ALPHA", 10, None]]
    got = _bookings(alpha, write_book(tmp_path / "b.xlsx", {"Bookings": rows}))
    assert got == {("Ana Lopez", "2027-01"): "committed", ("Ana Lopez", "2027-02"): "committed",
                   ("Cy Tan", "2027-01"): "proposed", ("Cy Tan", "2027-02"): "proposed",
                   ("Di Fox", "2027-01"): "proposed"}


def test_a_heading_that_names_no_booking_ends_the_one_above(alpha, tmp_path):
    rows = [["Resource", "Project", "Jan 2027", "Feb 2027", "Mar 2027"], ["PROPOSED"],
            ["Cy Tan", "ALPHA", 20], ["Design team"], ["Ana Lopez", "ALPHA", 80]]
    got = _bookings(alpha, write_book(tmp_path / "b.xlsx", {"Bookings": rows}))
    assert got == {("Cy Tan", "2027-01"): "proposed", ("Ana Lopez", "2027-01"): None}


def test_a_booking_column_wins_over_the_heading(alpha, tmp_path):
    rows = [["Resource", "Project", "Booking", "Jan 2027", "Feb 2027", "Mar 2027"], ["PROPOSED"],
            ["Cy Tan", "ALPHA", "Confirmed", 20], ["Di Fox", "ALPHA", "Propuesto", 10]]
    got = _bookings(alpha, write_book(tmp_path / "b.xlsx", {"Bookings": rows}))
    assert got == {("Cy Tan", "2027-01"): "committed", ("Di Fox", "2027-01"): "proposed"}
