"""The header words of Italian trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``; accents are dropped when headers are compared).

The other languages' words live in ``headerwords``; Italian has its own module so that the
vocabulary of a language can be read, and reviewed by a speaker, in one place.
``ENTITY_WORDS`` holds the Italian names of the kinds of record (sheet and title words)."""

from __future__ import annotations

ITALIAN: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": "codice|numero|n|nr|cod|id rischio|id problema",
    "milestone,financial,allocation,raid,change_request,lesson: project_id": (
        "progetto|nome progetto|codice progetto"),
    "project: code": "codice progetto|codice|sigla|cup|codice cup|cig",
    "project: name": "progetto|nome progetto|titolo progetto|nome|intervento|opera|denominazione intervento|titolo intervento",
    "project: sponsor": "sponsor|committente",
    "project: manager": "project manager|capo progetto|responsabile progetto|responsabile|rup|responsabile unico del procedimento|responsabile del procedimento|r u p",
    "project: stage": "fase|fase progetto",
    "project: bac": "budget|budget approvato|costo previsto|budget totale|totale qe|totale quadro economico|quadro economico|importo complessivo|importo totale",
    "project: eac": "costo stimato a finire|stima a finire|costo finale previsto",
    "project,milestone,task: pct_complete": (
        "% completamento|percentuale completamento|avanzamento|% avanzamento|completamento|avanzamento attuale|avanzamento attuale pct|avanzamento pct"),
    "project,raid,change_request: description": "descrizione|dettagli|dettaglio",
    "raid,change_request,lesson: title": (
        "titolo|rischio|problema|oggetto|descrizione del rischio|descrizione rischio|"
        "descrizione del problema|rischio identificato"),
    # each kind's own name is its title only there ("Azione" on a risk is its response)
    "decision: title": "decisione|tema|argomento",
    "decision: decision": (
        "decisione presa|decisione adottata|esito|esito della decisione|delibera|decisione assunta"),
    "action: title": "azione|azione da intraprendere|attivita da svolgere",
    "change_request: title": "modifica|richiesta di modifica|titolo della modifica",
    "assumption: title": "ipotesi",
    "dependency: title": "dipendenza",
    "lesson: title": "lezione|lezione appresa",
    # -- dates, people, states --------------------------------------------------------
    "milestone: name": "milestone|traguardo|consegna|deliverable",
    "milestone: forecast_date": "data prevista|data pianificata|scadenza prevista",
    "milestone: baseline_date": "data baseline|data originale|data di riferimento",
    "milestone: actual_date": "data effettiva|data reale|data di completamento",
    "milestone,raid: owner": (
        "responsabile|responsabili|proprietario|assegnatario|assegnato a|referente|owner"),
    "milestone,raid,change_request,lesson: status": "stato|stato attuale|situazione",
    "raid: due_date": "scadenza|data scadenza|entro il|data prevista chiusura|termine",
    "raid,change_request: date_raised": (
        "data apertura|data rilevazione|data identificazione|data|data inserimento"),
    "raid: closed_date": "data chiusura",
    "raid,change_request: raised_by": (
        "segnalato da|rilevato da|aperto da|proposta da|proposto da|proponente|"
        "richiesto da|inserito da"),
    "raid: notes": "note|commenti|osservazioni",
    # -- risks ------------------------------------------------------------------------
    "risk,issue,lesson: category": "categoria|tipologia|tipo|area|classe",
    "risk: probability": "probabilita|probabilita di accadimento|verosimiglianza",
    "risk,issue,assumption,dependency: impact": "impatto|gravita|conseguenza",
    "risk: response": "azione|strategia|risposta|strategia di risposta|trattamento",
    "risk: response_actions": (
        "azioni|attivita|azioni di mitigazione|piano di mitigazione|mitigazione|"
        "contromisure|piano di risposta|misure di mitigazione|misure|misure correttive"),
    "raid: review_date": "prossima revisione|data prossima revisione|data revisione|"
                         "prossimo riesame|data riesame|revisione",
    "risk: contingency": "piano di contingenza|contingenza",
    "risk,issue: impact_cost": "costo|costi|impatto economico|impatto sui costi|costo stimato",
    "issue: resolution": "soluzione|risoluzione",
    # -- decisions, actions, changes ----------------------------------------------------
    "issue,decision: decided_by": "decisore|deciso da|approvato da|organo decisionale",
    "issue,decision,change_request: decision_date": (
        "data decisione|data della decisione|data approvazione|deciso il"),
    "decision: impact_summary": (
        "impatto|impatti|impatto su tempi costi|impatto su tempi e costi|conseguenze"),
    "dependency,decision: rationale": (
        "motivazione|contesto|contesto motivazione|razionale|giustificazione"),
    "decision,change_request: options": (
        "alternative|alternative valutate|opzioni|opzioni valutate|opzioni considerate|"
        "alternative considerate|opzioni esaminate|alternative esaminate"),
    "change_request: requester": "richiedente|richiesto da",
    "change_request: impact_cost": "impatto sui costi|impatto costo|costo aggiuntivo|importo concordato|importo approvato|importo riconosciuto|importo variante|impatto economico|impatto costi|variazione di costo|variazione costi",
    "change_request: impact_schedule_days": "impatto sui tempi|impatto tempi|ritardo|giorni di ritardo|giorni concessi|proroga concessa|giorni di proroga|proroga giorni",
    "change_request: impact_scope": "impatto sull ambito|impatto ambito",
    "change_request: approver": "approvato da|approvatore",
    # -- tasks ------------------------------------------------------------------------
    "task: name": "attivita|compito|nome attivita|descrizione attivita|lavorazione|lavorazioni|descrizione lavorazione|descrizione lavorazioni|voce di lavoro",
    "task: start_forecast": "inizio|data inizio|inizio previsto",
    "task: finish_forecast": "fine|data fine|fine prevista|scadenza|data di scadenza|data limite",
    "task: duration_days": "durata|durata giorni|giorni",
    "task: predecessors": "predecessori|dipendenze",
    "task: owner": "responsabile|risorsa|assegnatario",
    "project,raid,change_request,lesson,task: priority": "priorita",
    "project: location": "luogo|sede|ubicazione|localita|citta|indirizzo|sito",
    "resource: hours_per_day": "ore al giorno|ore settimanali|ore a settimana|ore per settimana",
    "resource: name": "risorsa|nome risorsa|persona|dipendente|collaboratore|nominativo",
    "allocation: resource_id": "risorsa|nome risorsa|persona|dipendente|collaboratore|nominativo",
    "resource,allocation: role_id": "ruolo|profilo|mansione|qualifica",
    "resource: team": "team|gruppo|reparto|ufficio|area",
    "resource: cost_rate": "tariffa|tariffa giornaliera|costo giornaliero|costo orario",
    "allocation: hours": "ore|ore pianificate|ore previste",
    # -- lessons ----------------------------------------------------------------------
    "lesson: recommendations": "raccomandazioni|raccomandazione|suggerimenti|azioni future",
    "lesson: event": "lezione appresa|lezioni apprese|cosa e successo|evento",
    "lesson: effect": "impatto|effetto|conseguenza|impatto sul progetto|effetto sul progetto",
    "change_request: decision": "esito|esito ccb|esito cab|esito valutazione|esito della richiesta",
    "lesson: owner": "responsabile|assegnatario|referente",
    "task: finish_actual": "fine effettiva|data fine effettiva|fine reale",
    "task: start_actual": "inizio effettivo|data inizio effettiva|inizio reale",
    "task: status": "stato|stato attivita",
    "project: rag_overall": "rag complessivo|stato complessivo|semaforo complessivo|rag generale|stato rag|semaforo generale",
    "project: state": "stato|stato progetto|stato del progetto",
    "project: department": "direzione|dipartimento|divisione|unita organizzativa|funzione aziendale|area aziendale",
    "project: start_baseline": "data inizio|inizio|data di inizio|inizio previsto",
    "project: summary": "note|commenti|commento|sintesi|osservazioni",
    "change_request: cr_type": "tipologia|tipo modifica|tipo di modifica|tipologia modifica",
}


# The Italian names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "risk": ("rischio", "rischi", "registro rischi", "registro dei rischi"),
    "issue": ("problemi", "criticita", "registro problemi"),
    "assumption": ("ipotesi", "assunzioni"),
    "dependency": ("dipendenza", "dipendenze"),
    "decision": ("decisione", "decisioni", "registro decisioni"),
    "action": ("azione", "azioni", "registro azioni"),
    "change_request": ("modifica", "modifiche", "richieste di modifica", "varianti", "rdm",
                       "registro rdm", "registro modifiche", "richieste di variante"),
    "lesson": ("lezione", "lezioni", "lezioni apprese"),
    "milestone": ("traguardi", "milestone", "cronoprogramma"),
    "financial": ("costi", "budget"),
    "project": ("progetti", "portafoglio"),
    "task": ("attivita", "cronoprogramma", "piano di lavoro"),
    "resource": ("risorse",),
    "allocation": ("allocazione", "allocazioni", "assegnazioni"),
}
