"""Every field of every entity has a human label, from one table."""

from __future__ import annotations

import re

from pmo_desktop.store.labels import FIELD_LABELS, field_label
from pmo_desktop.store.schema import ENTITIES

# Words that are abbreviations: a label shows them in capitals ("DCA", not "Dca").
ACRONYMS = ("bac", "eac", "rag", "dca", "sro", "fte", "cr", "pct", "id", "ac", "vac")


def _all_fields() -> list[tuple[str, str]]:
    return [(e.name, f) for e in ENTITIES.values() for f in dict.fromkeys(e.key + e.fields)]


def test_every_field_of_every_entity_has_an_entry():
    missing = sorted({f for _e, f in _all_fields() if f not in FIELD_LABELS})
    assert missing == []


def test_no_label_is_a_raw_or_title_cased_field_name():
    bad = []
    for entity, field in _all_fields():
        text = field_label(field, entity)
        words = re.findall(r"[A-Za-z]+", text)
        if "_" in text or text != text.strip() or text[:1].islower():
            bad.append((entity, field, text))
        # an abbreviation written as a word ("Dca rating", "Rag justification")
        if any(w.lower() in ACRONYMS and w != w.upper() for w in words):
            bad.append((entity, field, text))
    assert bad == []


def test_labels_say_what_the_field_is():
    assert field_label("dca_rating") == "Delivery confidence (DCA)"
    assert field_label("rag_justification") == "RAG justification"
    assert field_label("impact_schedule_days", "change_request") == "Time impact"
    assert field_label("name", "milestone") == "Milestone"
    assert field_label("name", "project") == "Project name"
    assert field_label("hours", "capacity") != field_label("hours", "allocation")


def test_a_name_outside_the_table_is_humanised_not_raw():
    assert field_label("some_new_field") == "Some new field"
    assert field_label("_type") == "Type"


def test_counts_read_in_the_right_number():
    from pmo_desktop.store.labels import plural

    assert plural(1, "file") == "1 file"
    assert plural(3, "file") == "3 files"
    assert plural(0, "project") == "0 projects"
    assert plural(1, "person", "people") == "1 person"
    assert plural(1200, "person", "people") == "1,200 people"
