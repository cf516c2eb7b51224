"""More header words of German-speaking trackers (Germany, Austria, Switzerland), read as
``headerwords.FIELDS`` is (each line ``"scopes: field": "synonym|synonym|…"``). The first
German words live in ``headerwords``; these are the ones pipeline lists, project
portfolios and status reports add.

Headers are compared normalised (``vocab.norm``): accents dropped, "ß" is "ss", and a
both-gender ending is dropped ("Projektleiter/in" is "projektleiter")."""

from __future__ import annotations

GERMAN: dict[str, str] = {
    "project: rag_overall": (
        "ampel gesamt|gesamtampel|ampel gesamtstatus|status gesamt|gesamtbewertung|"
        "ampel projekt|projektampel"),
    "project: summary": (
        "statuskommentar|status kommentar|kommentar zum status|statusbeschreibung|"
        "statusbericht|lagebericht|aktueller stand|sachstand"),
    "project: finish_actual": (
        "abschluss am|abgeschlossen am|abschlussdatum|ende ist|ist ende|tatsachliches ende"),
    "project: start_actual": "start ist|ist start|tatsachlicher start|begonnen am",
    "project: bac": (
        "budget genehmigt|genehmigtes budget|budget freigegeben|freigegebenes budget|"
        "projektbudget|gesamtbudget|budget gesamt"),
    "project,proposal: department": (
        "fachbereich|abteilung|bereich|organisationseinheit|geschaftsbereich|ressort"),
    "project,proposal: sponsor": "antragsteller|auftraggeber|projektauftraggeber|projektsponsor",
    "project: stage": "phase|projektphase|stufe|pipeline stufe",
    "project: start_baseline": "start geplant|geplanter beginn|beginn geplant",
    "project: finish_baseline": "ende geplant|geplanter abschluss|ende plan",
    "project,proposal: description": "kurzbeschreibung|projektbeschreibung|beschreibung",
}
