"""The lessons register's columns (DOMAIN §7.3: the PRINCE2 lessons log)."""

from __future__ import annotations

from typing import Any

from pmo_desktop.store.labels import field_label

from ..viewkit.fmt import date_key, fmt_date, label, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.models import Column

__all__ = ["DETAIL_FIELDS", "Lesson", "lesson_columns"]

Lesson = dict[str, Any]

# The paragraphs of a lesson, shown in full under the register.
DETAIL_FIELDS = ("event", "effect", "causes", "early_warning", "recommendations")
_PRIORITY = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def _one_line(value: Any) -> str:
    return " ".join(str(value).split()) if value else text_or_dash(value)


def _text(name: str, width: int, fill: bool = False) -> Column[Lesson]:
    return Column(field_label(name, "lesson"), lambda r: _one_line(r[name]), width=width,
                  fill=fill, tooltip=lambda r: r[name] or None)


def lesson_columns(with_project: bool = True) -> list[Column[Lesson]]:
    project: list[Column[Lesson]] = []
    if with_project:
        project.append(Column(tr("Project"), lambda r: r["project_code"], width=76,
                              tooltip=lambda r: r["project_name"]))
    return [
        *project,
        Column(field_label("ref"), lambda r: text_or_dash(r["ref"]), width=52),
        Column(field_label("title", "lesson"), lambda r: r["title"] or "", width=230,
               tooltip=lambda r: r["title"]),
        Column(tr("Type"), lambda r: label(r["lesson_type"]), width=110,
               tooltip=lambda r: label(r["lesson_type"])),
        Column(tr("Went well / improve"), lambda r: label(r["effect_type"]), width=110,
               tooltip=lambda r: field_label("effect_type", "lesson")),
        Column(field_label("category", "lesson"), lambda r: text_or_dash(r["category"]),
               width=84),
        Column(field_label("priority", "lesson"), lambda r: label(r["priority"]),
               key=lambda r: _PRIORITY.get(r["priority"] or "", 9), width=66),
        Column(field_label("status", "lesson"), lambda r: label(r["status"] or "open"),
               width=60),
        Column(field_label("date_logged", "lesson"), lambda r: fmt_date(r["date_logged"]),
               key=lambda r: date_key(r["date_logged"]), width=92),
        Column(field_label("logged_by", "lesson"), lambda r: text_or_dash(r["logged_by"]),
               width=116),
        Column(field_label("owner", "lesson"), lambda r: text_or_dash(r["owner"]),
               width=116),
        _text("event", 150),
        _text("recommendations", 200, fill=True),
    ]
