"""More header words of German-speaking trackers (Germany, Austria, Switzerland), read as
``headerwords.FIELDS`` is (each line ``"scopes: field": "synonym|synonym|…"``). The first
German words live in ``headerwords``; these are the ones pipeline lists, project
portfolios and status reports add.

Headers are compared normalised (``vocab.norm``): accents dropped, "ß" is "ss", and a
both-gender ending is dropped ("Projektleiter/in" is "projektleiter")."""

from __future__ import annotations

GERMAN: dict[str, str] = {
    # Jira in German: "Zusammenfassung" (summary), "Schlüssel" (key), "Bearbeiter"
    # (assignee), "Autor" (reporter), "Erstellt", "Erledigt", "Fälligkeitsdatum"
    "raid,change_request,lesson,task,milestone: ref": "schlussel|vorgangsschlussel|ticket nr|ticketnummer|lfd nr|laufende nr|laufende nummer",
    "raid: owner": "bearbeiter|bearbeiterin|zugewiesen an",
    "raid: closed_date": "erledigt|erledigt am|gelost am",
    "raid: due_date": "falligkeitsdatum|fallig am|falligkeit|fallig|zieltermin|zieldatum|soll termin|termin neu",
    "risk: response_actions": "massnahme|massnahmen|gegenmassnahme|gegenmassnahmen",
    "risk: severity": "risikokennzahl|risikowert|risikozahl|risikoprioritat",
    "issue,action: ref": "op nr|op nummer|offener punkt nr",
    "raid,change_request: raised_by": (
        "eingebracht von|eingereicht von|gemeldet von|erfasst von|angelegt von|erstellt von|"
        "aufgenommen von|melder"),
    "project: rag_overall": (
        "ampel gesamt|gesamtampel|ampel gesamtstatus|status gesamt|gesamtbewertung|"
        "ampel projekt|projektampel|gesundheit"),
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
    "project: name": "vorhaben|vorhabenname|name des vorhabens|bezeichnung des vorhabens",
    "project: stage": "phase|projektphase|stufe|pipeline stufe",
    "project: start_baseline": "start geplant|geplanter beginn|beginn geplant",
    "project: finish_baseline": "ende geplant|geplanter abschluss|ende plan",
    "project,proposal: description": "kurzbeschreibung|projektbeschreibung|beschreibung",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt nr|projektnummer|projekt no|projekt id|projektkennung|projekt kennung|"
        # a bank's or a ministry's "Vorhaben" (an undertaking) is its project
        "vorhaben|vorhabenname|vorhaben nr|vorhabennummer"),
    "milestone: baseline_date": (
        "plan datum|plandatum|geplantes datum|basisdatum|termin plan|plantermin|"
        "urspruenglicher termin|ursprunglicher termin|basistermin|"
        "solltermin|soll termin|termin soll|solldatum|soll datum|soll|plan ende|planende|ende plan"),
    "milestone: forecast_date": "prognose datum|prognosedatum|termin prognose|prognosetermin|plantermin aktuell|aktueller plantermin|termin aktuell|aktueller termin|neuer termin|prognose ende|ende prognose",
    "milestone: critical": "krit pfad|kritischer pfad|kritischer weg|krit weg",
    # "Soll" is what was planned, "Ist" what happened ("Soll-Termin", "Ist-Termin"); a
    # part's or a step's "Benennung" (designation) is its name
    "milestone,task: name": "bezeichnung|benennung",
    "project,milestone,task: pct_complete": (
        "erreicht pct|fertigstellungsgrad|fertigstellung pct|fertig pct|reifegrad"),
    "milestone: actual_date": "ist datum|istdatum|termin ist|isttermin|erreicht am",
    # -- change logs (Switzerland, Austria, Germany) -----------------------------------------
    "change_request: approver": (
        "entscheid durch|entschieden durch|entscheidung durch|freigabe durch|freigegeben durch|"
        "genehmigt durch|entscheider|entscheidungsgremium|genehmigt durch|genehmigt von|freigegeben durch"),
    "raid,change_request: date_raised": (
        "eingang|eingangsdatum|eingegangen am|eingereicht am|erfasst am|datum eingang|"
        "antragsdatum|gemeldet am|erfassungsdatum|erstellt|erstellt am|eingelangt am|eingelangt|"
        "eroffnet am|eroffnet|aufgenommen am|offen seit"),
    "issue,decision: decided_by": "entscheid durch|entschieden durch|entschieden von",
    # -- staff lists and capacity plans ------------------------------------------------------
    "resource: name": (
        "mitarbeiter|mitarbeitende|name|nachname|familienname|nachname vorname|"
        "name vorname|vor und nachname|person|ressource|mitarbeitername"),
    "allocation: resource_id": (
        "mitarbeiter|mitarbeitende|name|nachname vorname|name vorname|person|ressource|"
        "mitarbeitername"),
    "resource,allocation: role_id": (
        "rolle|funktion|position|stelle|berufsbild|qualifikation|funktion im projekt|"
        "rolle im projekt|projektfunktion"),
    "resource: team": "team|abteilung|organisationseinheit|gruppe|kostenstelle",
    "resource: location": "standort|dienstort|arbeitsort|niederlassung",
    "resource: email": "e mail|email|e mail adresse|mailadresse",
    "resource: fte": (
        "beschaftigungsausmass|beschaftigungsgrad|arbeitszeitanteil|pensum|"
        "teilzeitquote|beschaftigungsumfang|stellenanteil|vza|"
        "max einh|max einheiten|maximale einheiten"),  # (Microsoft Project's "Max. Einh.")
    "resource: manager": (
        "fuhrungskraft|vorgesetzte|vorgesetzter|linienvorgesetzter|disziplinarischer vorgesetzter|"
        "teamleitung"),
    "resource: hours_per_day": "wochenstunden|wochenarbeitszeit|sollstunden pro woche",
    "resource: cost_rate": (
        "tagessatz|tagessatz intern|interner tagessatz|stundensatz|stundensatz intern|"
        "verrechnungssatz|kostensatz|standardsatz"),
    "resource: start_date": "eintritt|eintrittsdatum|eintritt am",
    "resource: end_date": "austritt|austrittsdatum|austritt am",
    "allocation: hours": "personentage|pt|stunden|aufwand|aufwand pt|aufwand h",
    # Microsoft Project's German field names: "Geplanter Anfang" is the baseline's start,
    # "Aktueller Anfang" the actual one
    # (and a plan's "Soll" and "Ist" dates)
    "task: start_baseline": (
        "geplanter anfang|geplanter beginn|soll start|start soll|soll beginn|beginn soll"),
    "task: finish_baseline": "geplantes ende|solltermin|soll termin|termin soll|soll ende|ende soll|plan ende|planende",
    "task: start_actual": (
        "aktueller anfang|tatsachlicher anfang|tatsachlicher beginn|ist start|ist beginn|"
        "beginn ist"),
    "task: finish_actual": (
        "aktuelles ende|tatsachliches ende|isttermin|ist termin|termin ist|ist ende"),
    "task: finish_forecast": "prognose ende|ende prognose|prognose|prognostiziertes ende",
    "task: is_summary": "sammelvorgang",
    "task: notes": "notizen|bemerkungen|anmerkungen",
    # lessons learned registers ("Lessons-Learned-Register", "Erfahrungsspeicher")
    "lesson: event": (
        "beschreibung|was ist passiert|sachverhalt|beobachtung|ereignis|"
        "beschreibung was ist passiert"),
    "lesson: title": "erkenntnis|lernerfahrung|lernpunkt|kernaussage",
    "lesson: effect_type": (
        "was lief gut|was lief schlecht|was lief gut was lief schlecht|"
        "lief gut lief schlecht|positiv negativ|gut schlecht"),
    "lesson: status": "umsetzungsstatus|status der umsetzung|umsetzung",
    "lesson: logged_by": "erfasst von|erfasst durch|eingetragen von|erstellt von|verfasser",
    "lesson: date_logged": "erfasst am|erfassungsdatum|datum der erfassung",
    "lesson: recommendations": "empfehlung fur kunftige projekte|empfehlungen|massnahme",
    "decision: decision": (
        "entscheid|getroffener entscheid|entscheidung getroffen|beschluss|"
        "getroffene entscheidung|beschluss entscheidung"),
    # a board's decision papers (Entscheidungsvorlagen): their number, when each was put
    # to the board and decided
    "decision: ref": "ev nr|ev nummer|vorlage nr|vorlagen nr|beschluss nr|beschlussnummer",
    "decision: date_raised": "vorgelegt am|eingebracht am|vorlage am|datum vorlage",
    "decision: decision_date": (
        "datum entscheidung|entscheidungsdatum|entschieden am|beschlossen am|datum beschluss|"
        "beschlussdatum"),
    "change_request: ref": (
        "nt nr|nachtrag nr|nachtragsnummer|nachtrags nr|mkf nr|mkf nummer|mkf"),
    "change_request: impact_cost": (
        "angebotssumme|angebotssumme netto|geprufte summe|gepruefte summe|nachtragssumme|"
        "mehrkosten|beauftragte summe|betrag gepruft|betrag anerkannt|anerkannter betrag|"
        "gepruft|anerkannt|forderung|forderung an|nachtragsforderung|nachtragswert|angebot an|betrag|betrag eur|kostenauswirkung eur"),
    "change_request: impact_schedule_days": (
        "bauzeitverlangerung|bauzeitverlaengerung|terminverlangerung|mehrzeit|"
        "bauzeitverlangerung at|bauzeit|bauzeit kt|mehrbauzeit|bauzeit kalendertage|terminauswirkung|terminauswirkung tage|verzug tage"),
    "change_request: decision_date": (
        "entscheidung am|entschieden am|freigabe am|beauftragt am|datum entscheidung|entscheidung am|entschieden am|genehmigt am"),
    "change_request: decision": "entscheidung ag|entscheidung auftraggeber|entscheidung",
    "project: manager": "verantwortlicher|verantwortliche",
    "task: name": "thema|betreff|zusammenfassung",
    "raid,change_request,lesson: title": "thema|zusammenfassung|gegenstand",
    "task,milestone: owner": "zugewiesen an|zugewiesen|zustandig|bearbeiter|bearbeiterin|verantwortlich|verantw",
    "task: parent_ref": "ubergeordnetes arbeitspaket|ubergeordnetes element|ubergeordnet",
    "raid: review_date": "nachste uberprufung|naechste ueberpruefung|nachste prufung|nachstes review|uberprufung am|review termin",
    "issue: resolution": "abstellmassnahme|abstellmassnahmen|korrekturmassnahme|korrekturmassnahmen",
    "issue: severity": "klassif|klassifizierung|klassifikation|fehlerklasse",
    "change_request: requester": "beantragt von|antragsteller|beantragt durch",
    "change_request: title": "anderung|anderungstitel|anderungsbezeichnung|bezeichnung der anderung",
}

# Sheet and title words of German staff lists.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "resource": ("mitarbeiterstammdaten", "personalstammdaten", "mitarbeiterliste",
                 "personalliste", "stammdaten mitarbeiter"),
    # an open-points list (OPL): what is still to be cleared, each with an owner and a date
    "action": ("offene punkte", "offene punkte liste", "opl", "massnahmenliste",
               "massnahmenplan", "aufgabenliste", "todo liste"),
    "allocation": ("ressourcenplanung", "kapazitatsplanung", "einsatzplanung",
                   "personaleinsatzplanung", "ressourcenplan"),
    # a construction contract's change orders and claims ("Nachträge", VOB/B)
    "change_request": ("nachtrag", "nachtrage", "nachtragsmanagement", "nachtragsliste",
                       "nachtragsubersicht", "nachtragsverzeichnis",
                       # Austria (ÖNORM B 2110): a contractor's claims for extra cost
                       "mkf", "mkf register", "mehrkostenforderung", "mehrkostenforderungen",
                       "budgetanderungen", "budgetanderung", "anderungsantrage"),
}
