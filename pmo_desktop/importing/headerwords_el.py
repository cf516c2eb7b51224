"""The header words of Greek trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers and these words are compared normalised (``vocab.norm``), both the same way
(accents dropped: "Κατάσταση" is "κατασταση"). One language a speaker can review;
``ENTITY_WORDS`` holds the Greek names of the kinds of record.
"""

from __future__ import annotations

GREEK: dict[str, str] = {
    "raid,change_request,lesson: ref": "α/α|αα|κωδικος|αριθμος|α/α κινδυνου",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "εργο|εργο/εργασια|τιτλος εργου|κωδικος εργου"),
    "project: code": "κωδικος εργου|κωδικος|κωδ εργου|αριθμος εργου",
    "project: name": "τιτλος|τιτλος εργου|ονομασια εργου|εργο|περιγραφη εργου",
    "project: sponsor": "φορεας υλοποιησης|φορεας|κυριος του εργου|αναθετουσα αρχη",
    "project: manager": "υπευθυνος εργου|υπευθυνος|διαχειριστης εργου|επιβλεπων",
    "project: programme_id": "προγραμμα|προγραμμα χρηματοδοτησης",
    "project: stage": "φαση|σταδιο",
    "project: state": "κατασταση|κατασταση εργου",
    "project: start_baseline": "ημερομηνια εναρξης|εναρξη|ημ/νια εναρξης",
    "project: finish_baseline": "συμβατικη ληξη|ημερομηνια ληξης|ληξη|λήξη συμβασης",
    "project: finish_forecast": "αναθεωρημενη ληξη|εκτιμωμενη ληξη|προβλεπομενη ληξη",
    "project: finish_actual": "πραγματικη ληξη|ημερομηνια ολοκληρωσης",
    "project: bac": "προϋπολογισμος|προυπολογισμος|εγκεκριμενος προϋπολογισμος|συμβατικο ποσο",
    "project,milestone,task: pct_complete": (
        "φυσικο αντικειμενο|ποσοστο ολοκληρωσης|προοδος|ποσοστο υλοποιησης|pct ολοκληρωσης|ολοκληρωση|pct προοδου"),
    "project: summary": "παρατηρησεις|σχολια",
    "project,raid,change_request: description": "περιγραφη|λεπτομερειες",
    "raid,change_request,lesson: title": "τιτλος|κινδυνος|ζητημα|θεμα|αποφαση|ενεργεια|αλλαγη",
    "milestone,raid: owner": "υπευθυνος|ιδιοκτητης|αρμοδιος",
    "milestone,raid,change_request,lesson: status": "κατασταση",
    "milestone,raid: notes": "παρατηρησεις|σχολια",
    "raid,change_request: date_raised": "ημερομηνια καταγραφης|ημερομηνια εντοπισμου|ημερομηνια|"
                                        "ημ νια καταγραφης|ημ νια εντοπισμου|ημ νια αιτηματος|ημερομηνια αιτηματος",
    "raid: review_date": "επομενη αναθεωρηση|ημερομηνια αναθεωρησης|αναθεωρηση",
    "raid: due_date": "προθεσμια|ημερομηνια στοχος",
    "project,raid,change_request,lesson,task: priority": "προτεραιοτητα",
    "risk: probability": "πιθανοτητα",
    "risk,issue,assumption,dependency: impact": "επιπτωση|συνεπειες|αντικτυπος",
    "risk: response_actions": "μετρα|μετρα αντιμετωπισης|ενεργειες αντιμετωπισης",
    "risk,issue,lesson: category": "κατηγορια",
    "milestone: name": "οροσημο|ορόσημα",
    "task: name": "εργασια|δραστηριοτητα|ονομα εργασιας",
    # Microsoft Project's own Greek columns
    "task: ref": "αναγνωριστικο|α/α",
    "task: outline_level": "επιπεδο διαρθρωσης|επιπεδο",
    "task: duration_days": "διαρκεια|διαρκεια ημερες",
    "task: start_forecast": "εναρξη|ημερομηνια εναρξης",
    "task: finish_forecast": "ληξη|ημερομηνια ληξης|τελος",
    "task: start_actual": "πραγματικη εναρξη",
    "task: finish_actual": "πραγματικη ληξη",
    "task: start_baseline": "εναρξη γραμμης βασης|αρχικη εναρξη",
    "task: finish_baseline": "ληξη γραμμης βασης|αρχικη ληξη",
    "task: predecessors": "προκατοχοι|προαπαιτουμενες|εξαρτησεις",
    "task: resources": "ονοματα πορων|ποροι",
    "task: is_milestone": "οροσημο",
    "task: notes": "σημειωσεις|παρατηρησεις",
    "resource: name": "ονοματεπωνυμο|ονομα|στελεχος",
    "financial: planned": "προϋπολογισμος|προγραμματισμενο",
    "financial: actual": "πληρωμες|απολογιστικο|πραγματικο|δαπανες",
    "lesson: title": "τιτλος διδαγματος|διδαγμα|τιτλος",
    "lesson: event": "περιγραφη γεγονοτος|γεγονος|περιγραφη",
    "lesson: causes": "αιτιες|αιτια",
    "lesson: effect": "επιπτωση|επιπτωσεις|συνεπειες",
    "lesson: recommendations": "συστασεις|συσταση|προτασεις",
    "lesson: owner": "υπευθυνος ενεργειων|υπευθυνος",
    "lesson: logged_by": "καταχωρηθηκε απο|καταχωρητης",
    "lesson: date_logged": "ημερομηνια καταχωρισης|ημερομηνια καταγραφης",
    "lesson: effect_type": "τυπος|τυπος διδαγματος",
    "change_request: requester": "αιτων|αιτουσα|αιτουμενος|υποβληθηκε απο",
    "change_request: impact_cost": "κοστος|κοστος usd|κοστος ευρω|επιπτωση κοστους",
    "change_request: impact_schedule_days": "επιπτωση παραδοσης|επιπτωση παραδοσης ημερες|επιπτωση χρονου|καθυστερηση ημερες",
    "change_request: approver": "εγκριθηκε απο|εγκριση απο|εγκρινων",
    "change_request: decision_date": "ημ νια αποφασης|ημερομηνια αποφασης",
}

# The Greek names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("εργα", "εργων", "χαρτοφυλακιο", "πινακας εργων"),
    "risk": ("κινδυνοι", "μητρωο κινδυνων"),
    "issue": ("ζητηματα", "προβληματα"),
    "decision": ("αποφασεις",),
    "task": ("χρονοδιαγραμμα", "εργασιες", "πινακας εργασιων"),
    "financial": ("προυπολογισμος", "οικονομικα"),
    "lesson": ("διδαγματα", "διδαγματων", "μητρωο διδαγματων", "αποκτηθεισα εμπειρια"),
    # a shipyard's or a contract's modifications (changes to the order)
    "change_request": ("τροποποιησεις", "τροποποιηση", "μητρωο τροποποιησεων", "αλλαγες"),
}
