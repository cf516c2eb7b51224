"""The pack's options other than its scope: period, forum, meeting date, version,
marking, paper, orientation and sections (``PackForm``).

The dialog lays out the two group boxes; ``values()`` reads the widgets into the
keyword arguments of ``PackOptions`` and ``apply()`` shows a preset.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLineEdit, QRadioButton, QWidget,
)

from pmo_desktop.reports.catalogue import SECTIONS

from ..viewkit.i18n import tr

MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE", "CONFIDENTIAL", "INTERNAL", "RESTRICTED")
FORUM = "Portfolio Steering Committee"


class PackForm:
    """The option widgets (children of ``parent``), with the meeting date ``meeting_day``."""

    def __init__(self, parent: QWidget, meeting_day: date) -> None:
        self.options_box = QGroupBox(tr("Pack"), parent)
        box = self.options_box
        self.period = QComboBox(box)
        self.period.setObjectName("report_period")
        self.period.addItem(tr("Now (compared with the last closed period)"), None)
        self.forum = QLineEdit(FORUM, box)
        self.forum.setObjectName("report_forum")
        self.meeting = QDateEdit(box)
        self.meeting.setObjectName("report_meeting")
        self.meeting.setCalendarPopup(True)
        self.meeting.setDisplayFormat("d MMM yyyy")
        self.meeting.setDate(QDate(meeting_day.year, meeting_day.month, meeting_day.day))
        self.version = QLineEdit("1.0", box)
        self.version.setObjectName("report_version")
        self.marking = QComboBox(box)
        self.marking.setObjectName("report_marking")
        self.marking.setEditable(True)
        self.marking.addItems(MARKINGS)
        self.marking.setCurrentText("OFFICIAL-SENSITIVE")
        self.paper = QComboBox(box)
        self.paper.setObjectName("report_paper")
        self.paper.addItems(["A4", "Letter"])
        self.portrait = QRadioButton(tr("Portrait"), box)
        self.portrait.setObjectName("report_portrait")
        self.landscape = QRadioButton(tr("Landscape"), box)
        self.landscape.setObjectName("report_landscape")
        self.portrait.setChecked(True)
        orientation = QHBoxLayout()
        orientation.addWidget(self.portrait)
        orientation.addWidget(self.landscape)
        form = QFormLayout(box)
        form.addRow(tr("Period"), self.period)
        form.addRow(tr("Forum"), self.forum)
        form.addRow(tr("Meeting date"), self.meeting)
        form.addRow(tr("Version"), self.version)
        form.addRow(tr("Marking"), self.marking)
        form.addRow(tr("Paper"), self.paper)
        form.addRow(tr("Orientation"), orientation)

        self.sections_box = QGroupBox(tr("Sections"), parent)
        grid = QGridLayout(self.sections_box)
        self.sections: dict[str, QCheckBox] = {}
        for row, (key, title) in enumerate(SECTIONS):
            check = QCheckBox(title, self.sections_box)
            check.setObjectName(f"report_section_{key}")
            check.setChecked(True)
            self.sections[key] = check
            grid.addWidget(check, row, 0)

    def add_periods(self, periods: list[tuple[date, str]]) -> None:
        """Offer the closed periods (newest first) after "Now"."""
        for day, label in periods:
            self.period.addItem(f"{label} ({day.isoformat()})", day.isoformat())

    def values(self) -> dict[str, Any]:
        """``PackOptions`` keyword arguments for everything but the scope."""
        period = self.period.currentData()
        sections = [k for k, c in self.sections.items() if c.isChecked()]
        return {
            "period": date.fromisoformat(period) if period else None,
            "sections": None if len(sections) == len(SECTIONS) else sections,
            "paper": self.paper.currentText(), "landscape": self.landscape.isChecked(),
            "marking": self.marking.currentText().strip(),
            "forum": self.forum.text().strip() or FORUM,
            "meeting_date": self.meeting.date().toPython(),
            "version": self.version.text().strip() or "1.0",
        }

    def apply(self, values: dict[str, Any]) -> None:
        """Show a preset's options (a dict as written by ``PackOptions.as_dict``)."""
        index = self.period.findData(values.get("period")) if values.get("period") else 0
        self.period.setCurrentIndex(max(0, index))
        self.forum.setText(values.get("forum") or self.forum.text())
        self.version.setText(values.get("version") or self.version.text())
        if values.get("marking"):
            self.marking.setCurrentText(values["marking"])
        self.paper.setCurrentText(values.get("paper") or "A4")
        (self.landscape if values.get("landscape") else self.portrait).setChecked(True)
        wanted = values.get("sections")
        for key, check in self.sections.items():
            check.setChecked(wanted is None or key in wanted)


__all__ = ["FORUM", "MARKINGS", "PackForm"]
