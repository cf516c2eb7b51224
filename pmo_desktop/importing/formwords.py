"""The words of status reports laid out as a form (EN/FR/DE/ES/IT/PT/NL), as data: what
a label says beside or above its value, where the table vocabulary (``headerwords``)
has no word for it. A form's label is looked up here *and* in the table vocabulary;
its value decides between the fields a word may mean ("Budget" over 450 is the budget,
over "Green" the cost RAG of a RAG-by-dimension block).

Kept apart from the table vocabulary on purpose: a word here ("Planning", "Budget" as a
RAG dimension) is only read as a label when a value beside or beneath it fits."""

from __future__ import annotations

FORM_WORDS: dict[str, str] = {
    "name": (
        "project|project name|projekt|projektname|projet|nom du projet|intitule du projet|"
        "proyecto|nombre del proyecto|progetto|nome progetto|nome del progetto|projeto|"
        "nome do projeto|project naam|projectnaam|naam van het project|initiative"),
    "code": "project code|project id|project ref|project number|code projet|projektnummer|"
            "codigo del proyecto|codice progetto|codigo do projeto|projectcode|projectnummer",
    "manager": (
        "project manager|pm|chef de projet|responsable du projet|responsable projet|"
        "projektleiter|projektleiterin|projektleitung|jefe de proyecto|director del proyecto|"
        "responsable del proyecto|capo progetto|responsabile del progetto|project leader|"
        "gerente do projeto|gestor do projeto|projectleider|projectmanager|delivery lead"),
    "sponsor": "sponsor|executive sponsor|sro|commanditaire|auftraggeber|patrocinador|"
               "committente|opdrachtgever",
    "rag_overall": (
        "overall status|overall rag|overall rag status|rag status|status|overall|"
        "statut global|statut|etat global|meteo|meteo globale|meteo du projet|"
        "gesamtstatus|gesamtampel|projektampel|ampel|status gesamt|estado global|"
        "estado general|semaforo|stato generale|stato complessivo|semaforo generale|"
        "status geral|estado geral|farol|algemene status|totaalstatus|status overall"),
    "rag_schedule": (
        "schedule|time|timeline|timescales|planning|delais|calendrier|zeitplan|termine|"
        "zeit|plazo|plazos|cronograma|tempi|tempistica|pianificazione|prazo|prazos|tijd|"
        "tijdsplanning"),
    "rag_cost": (
        "cost|costs|budget|finance|financials|cout|couts|kosten|budget rag|costo|costos|"
        "coste|costes|presupuesto|costi|custo|custos|orcamento|begroting|financien"),
    "rag_scope": (
        "scope|quality|perimetre|qualite|umfang|leistungsumfang|qualitat|alcance|calidad|"
        "ambito|perimetro|qualita|escopo|qualidade|reikwijdte|kwaliteit"),
    "rag_risk": (
        "risk|risks|risques|risque|risiken|risiko|riesgos|riesgo|rischi|rischio|riscos|"
        "risco|risico|risicos|risks and issues"),
    "rag_resource": (
        "resource|resources|resourcing|staffing|people|team|ressources|equipe|"
        "ressourcen|personal|recursos|equipo|risorse|pessoas|middelen|capaciteit"),
    "rag_benefits": "benefits|benefices|avantages|nutzen|beneficios|benefici|baten",
    "status_date": (
        "reporting date|report date|status date|as of|as at|date|date du rapport|"
        "date de reporting|date du point|date du statut|berichtsdatum|stichtag|stand|"
        "datum|fecha|fecha del informe|fecha de reporte|fecha de corte|data|"
        "data del report|data di riferimento|data do relatorio|data de referencia|"
        "rapportagedatum|peildatum|reporting period end|period end|period ending|"
        "week ending|month ending|fin de periode|periodenende|fin del periodo|fine periodo|"
        "fim do periodo|einde periode"),
    "pct_complete": (
        "pct complete|percent complete|progress|avancement|pct d avancement|"
        "fertigstellungsgrad|fortschritt|avance|pct de avance|avanzamento|"
        "pct completamento|progresso|pct concluido|voortgang|pct gereed"),
    "bac": (
        "budget|approved budget|total budget|budget approuve|budget total|projektbudget|"
        "gesamtbudget|presupuesto|presupuesto aprobado|budget approvato|budget totale|"
        "orcamento|orcamento aprovado|begroting|totaal budget"),
    "eac": (
        "forecast|forecast at completion|eac|estimate at completion|forecast cost|"
        "prevision|prevision a terminaison|reste a faire|prognose|kostenprognose|"
        "prevision final|costo previsto a finire|stima a finire|previsao|"
        "prognose eindkosten"),
    "finish_forecast": (
        "forecast end|forecast finish|expected go live|forecast go live|date de fin prevue|"
        "fin prevue|geplantes ende|voraussichtliches ende|fin prevista|"
        "fine prevista|termino previsto|verwachte einddatum"),
    "finish_baseline": (
        "planned end|go live|end date|date de fin|enddatum|fecha de fin|data di fine|"
        "data de termino|einddatum"),
    "start_baseline": "start date|date de debut|startdatum|fecha de inicio|data di inizio|"
                      "data de inicio|begindatum",
    "stage": "phase|stage|phase du projet|projektphase|fase|fase del proyecto|fase del progetto|"
             "fase do projeto|projectfase",
    "summary": (
        "summary|executive summary|key achievements|achievements|accomplishments|"
        "highlights|progress this period|resume|synthese|faits marquants|realisations|"
        "zusammenfassung|erfolge|ergebnisse|erreichte ergebnisse|resumen|logros|"
        "sintesi|risultati|risultati raggiunti|resumo|realizacoes|samenvatting|"
        "resultaten|behaalde resultaten"),
    "next_steps": (
        "next steps|next period|prochaines etapes|actions a venir|naechste schritte|"
        "nachste schritte|proximos pasos|prossimi passi|proximos passos|volgende stappen"),
    "rag_justification": (
        "comment|comments|commentary|rag justification|justification|commentaire|"
        "commentaires|kommentar|bemerkungen|comentario|comentarios|commento|commenti|"
        "comentario|observacoes|toelichting|opmerkingen|path to green"),
    "dca_rating": "delivery confidence|dca|confidence",
}
"""Field → the labels a form writes for it (normalised with ``vocab.norm``)."""

REPORT_WORDS = frozenset((
    "status", "report", "reporting", "update", "highlight", "flash", "dashboard", "rapport",
    "statut", "point", "meteo", "bericht", "statusbericht", "projektstatus",
    "projektstatusbericht", "informe", "estado", "reporte", "rapporto", "stato",
    "relatorio", "situacao", "verslag", "voortgangsrapportage", "rapportage", "weekly",
    "monthly", "hebdomadaire", "mensuel", "wochenbericht", "monatsbericht", "semanal",
    "mensual", "settimanale", "mensile", "wekelijks", "maandelijks", "project", "projet",
    "projekt", "proyecto", "progetto", "projeto", "de", "du", "del", "do", "di", "der",
    "des", "la", "le", "of", "the", "van", "het", "avancement", "d", "sur",
))
"""Words of a report's title that do not name its project ("Project status report")."""

TEXT_FIELDS = ("summary", "next_steps", "rag_justification", "description", "benefits")
"""Fields a heading alone on its row may hold as the lines of text beneath it."""
