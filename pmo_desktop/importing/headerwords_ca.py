"""The header words of Catalan trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): accents and the cedilla dropped, the
apostrophe and the middle dot read as a space ("Data d'inici" is "data d inici",
"Sol·licitant" is "sol licitant", "Avanç" is "avanc"), "Núm." read as "no" as "Nº" is;
the words below are written so (with "sollicitant", as it is often typed, beside the
normalised "sol licitant"). One language a speaker can review; ``ENTITY_WORDS`` holds the
Catalan names of the kinds of record (sheet and title words); ``STATUS_WORDS``,
``PRIORITY_WORDS`` and ``RAG_WORDS`` the words of their cells; ``MONTHS`` the month names.
"""

from __future__ import annotations

CATALAN: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "id|no|numero|ref|referencia|codi|identificador|no risc|no de risc|codi del risc|"
        "id risc|id del risc|no incidencia|id incidencia|no accio|no decisio|no canvi|"
        "no de canvi|id canvi|codi de la incidencia|no de registre"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projecte|nom del projecte|nom projecte|codi del projecte|codi projecte"),
    "project: code": (
        "codi del projecte|codi projecte|codi|no de projecte|no projecte|numero de projecte|"
        "referencia del projecte|id projecte|expedient|no d expedient"),
    "project: name": (
        "nom del projecte|nom projecte|projecte|nom|titol del projecte|titol|denominacio"),
    "project: programme_id": "programa|nom del programa",
    "project: sponsor": (
        "patrocinador|patrocinadora|sponsor|promotor|promotora|propietari del projecte|"
        "impulsor|client intern"),
    "project: manager": (
        "cap de projecte|cap del projecte|director de projecte|directora de projecte|"
        "director del projecte|gestor del projecte|gestora del projecte|"
        "responsable del projecte|responsable de projecte|coordinador del projecte|"
        "coordinadora del projecte|responsable|pm"),
    "project: stage": "fase|etapa|fase del projecte|fase actual|estadi",
    "project: state": "estat|estat actual|estat del projecte|situacio del projecte",
    "project: department": (
        "departament|area|unitat|direccio|divisio|servei|unitat de negoci|area de negoci|"
        "ambit"),
    "project: start_baseline": (
        "inici|data d inici|data inici|inici previst|inici planificat|data d inici prevista|"
        "data inici prevista|data d inici planificada|comencament"),
    "project: finish_baseline": (
        "fi|final|data de fi|data fi|data final|data de finalitzacio|finalitzacio|"
        "fi planificada|data de fi planificada|data fi planificada|data de fi inicial"),
    "project: finish_forecast": (
        "data prevista|fi prevista|data de fi prevista|data fi prevista|data final prevista|"
        "data de finalitzacio prevista|previsio de fi|data estimada de fi|nova data de fi"),
    "project: start_actual": "inici real|data d inici real|data inici real",
    "project: finish_actual": (
        "fi real|data de fi real|data fi real|data final real|data de finalitzacio real|"
        "data de tancament"),
    "project: bac": (
        "pressupost|pressupost total|pressupost aprovat|pressupost del projecte|"
        "pressupost inicial|import total|import del projecte|import adjudicat|"
        "valor del contracte|import de licitacio"),
    "project: eac": (
        "cost estimat|cost total estimat|cost previst|cost final previst|previsio de cost|"
        "estimacio de cost|estimacio al final|previsio de tancament"),
    "project,milestone,task: pct_complete": (
        "pct complet|pct completat|pct d avanc|pct avanc|avanc|percentatge d avanc|"
        "percentatge completat|grau d avanc|progres|pct execucio|pct d execucio|pct realitzat|"
        "grau d execucio"),
    "project: rag_overall": (
        "semafor|semafor general|estat general|estat global|estat rag|salut del projecte|"
        "valoracio global|situacio general"),
    "project: rag_schedule": (
        "terminis|calendari|planificacio|cronograma|estat del calendari|semafor de terminis"),
    "project: rag_cost": (
        "costos|costs|cost|estat del pressupost|estat economic|finances|semafor de cost"),
    "project: rag_scope": "abast|estat de l abast|qualitat|perimetre",
    "project: rag_risk": "riscos|estat dels riscos|riscos i incidencies",
    "project: rag_resource": "recursos|persones|estat dels recursos",
    "project: summary": (
        "comentaris|comentari|observacions|notes|resum|resum de l estat|fites assolides|"
        "fets destacats|actualitzacio|situacio actual|avencos del periode"),
    "project: next_steps": (
        "propers passos|seguents passos|properes accions|accions seguents|"
        "pla per al proper periode|previsio proper periode"),
    "project: status_date": "data de l informe|data informe|data de seguiment|a data de|data de l estat",
    "project,raid,change_request: description": (
        "descripcio|detall|detalls|descripcio detallada|descripcio del risc|"
        "descripcio de la incidencia|descripcio del problema|descripcio de l accio"),
    "raid,change_request,lesson: title": (
        "titol|nom|assumpte|tema|risc|incidencia|problema|suposit|hipotesi|premissa|"
        "dependencia|decisio|accio|tasca|canvi|leccio|llico apresa|leccio apresa|"
        "nom del risc|titol del risc|titol de la incidencia"),
    # -- people, dates, states --------------------------------------------------------
    # (one line for the owner, state and notes of every log, plan and register)
    "milestone,raid,task,lesson,benefit: owner": (
        "responsable|responsables|propietari|propietaria|assignat a|assignada a|encarregat|"
        "encarregada|qui|titular|responsable de l accio|propietari del risc|"
        "responsable del benefici"),
    "milestone,raid,change_request,lesson,task,benefit: status": (
        "estat|situacio|estat actual"),
    "milestone,raid,task: notes": "notes|nota|observacions|comentaris|comentari",
    "raid,change_request: raised_by": (
        "identificat per|detectat per|reportat per|informat per|comunicat per|creat per|"
        "registrat per|obert per|autor|autora|sol licitant|sollicitant"),
    "raid,change_request: date_raised": (
        "data d alta|data de registre|data d identificacio|data de deteccio|"
        "data d obertura|data de creacio|data de comunicacio|data de sol licitud|"
        "data sol licitud|data de sollicitud|data"),
    "raid: due_date": (
        "data limit|data prevista|termini|data objectiu|data compromis|venciment|"
        "data de venciment|data prevista de resolucio|data de resolucio prevista|"
        "data de tancament prevista|data prevista de tancament"),
    "raid: review_date": (
        "data de revisio|darrera revisio|ultima revisio|darrera actualitzacio|"
        "ultima actualitzacio|data d actualitzacio|propera revisio"),
    "raid: closed_date": (
        "data de tancament|data tancament|data de resolucio|data resolucio|tancat el|"
        "resolt el|data de tancament real|data real de tancament"),
    "raid: severity": "gravetat|severitat|criticitat",
    "project,raid,change_request,lesson,task: priority": "prioritat|urgencia|importancia",
    "risk,issue,lesson: category": "categoria|tipus|area|ambit|classificacio|tipologia",
    # -- risks ------------------------------------------------------------------------
    "risk: probability": (
        "probabilitat|probabilitat d ocurrencia|probabilitat de materialitzacio|versemblanca"),
    "risk,issue,assumption,dependency: impact": (
        "impacte|consequencia|consequencies|efecte|impacte del risc|nivell d impacte|"
        "gravetat de l impacte"),
    "risk: expected_value": "exposicio|exposicio al risc|puntuacio del risc|valor del risc",
    "risk: response": (
        "estrategia|estrategia de resposta|resposta|resposta al risc|tractament|"
        "tipus de resposta"),
    "risk: response_actions": (
        "mesures de mitigacio|mitigacio|pla de mitigacio|accions de mitigacio|pla d accio|"
        "pla d accions|pla de resposta|accions de resposta|pla de tractament|accions|mesures|"
        "mesures correctores|accions preventives"),
    "risk: trigger": "desencadenant|disparador|senyal d alerta|alerta primerenca|indicador",
    "risk: contingency": (
        "pla de contingencia|contingencia|mesures de contingencia|pla b|pla alternatiu"),
    "risk,issue: impact_cost": (
        "impacte economic|impacte en cost|impacte en el cost|impacte financer|cost estimat"),
    # -- issues, decisions, dependencies ----------------------------------------------
    "issue: resolution": (
        "resolucio|solucio|solucio adoptada|accio correctora|accions correctores|"
        "accio presa|accions realitzades"),
    "issue,change_request: decision": "decisio|decisio presa|decisio adoptada|resultat|acord",
    "issue,decision: decided_by": (
        "decidit per|aprovat per|qui decideix|decisor|organ de decisio|aprovador"),
    "issue,decision,change_request: decision_date": (
        "data de decisio|data decisio|data de l acord|data d aprovacio|data aprovacio"),
    "decision: decision": "decisio presa|decisio adoptada|acord|resultat",
    "dependency,decision: rationale": "justificacio|motiu|motivacio|raonament",
    "dependency: counterparty": (
        "depen de|proveidor|subministrador|projecte relacionat|projecte vinculat|altra part|"
        "part externa|equip responsable"),
    "dependency: need_by_date": "necessari per a|data necessaria|data requerida|necessari el",
    # -- change requests --------------------------------------------------------------
    "change_request: cr_type": "tipus de canvi|tipus canvi",
    "change_request: title": (
        "descripcio del canvi|descripcio de la sol licitud|titol del canvi|"
        "sol licitud de canvi|peticio de canvi"),
    "change_request: requester": (
        "sol licitant|sollicitant|peticionari|peticionaria|sol licitat per|demanat per"),
    "change_request: impact_cost": (
        "impacte en cost|impacte en el cost|impacte economic|impacte en pressupost|"
        "cost addicional|cost del canvi"),
    "change_request: impact_schedule_days": (
        "impacte en terminis|impacte en el termini|impacte en calendari|"
        "impacte en la planificacio|impacte en dies|retard|dies de retard|retard en dies"),
    "change_request: impact_scope": "impacte en l abast|impacte en abast",
    "change_request: approver": "aprovat per|aprovador|aprovadora|qui aprova",
    # -- lessons ----------------------------------------------------------------------
    "lesson: event": (
        "que ha passat|que va passar|situacio|esdeveniment|que ha anat be|que va anar be|"
        "que ha anat malament|que va anar malament|que es pot millorar|observacio|fet|"
        "descripcio de la leccio"),
    "lesson: effect": "efecte|impacte|consequencia|impacte en el projecte",
    "lesson: causes": "causa|causes|causa arrel|origen",
    "lesson: recommendations": (
        "recomanacio|recomanacions|que farem diferent|que fer diferent|millora proposada|"
        "accio de millora|llicons apreses|leccions apreses"),
    "lesson: effect_type": "tipus|positiu negatiu|positiva negativa|tipus de leccio",
    "lesson: logged_by": "autor|autora|registrat per|identificat per|reportat per",
    "lesson: date_logged": "data|data de registre|data d alta",
    # -- milestones and plans ---------------------------------------------------------
    "milestone: name": (
        "fita|fites|nom de la fita|descripcio de la fita|punt de control|lliurable|"
        "lliurament|entregable|tasca|nom de la tasca|activitat"),
    "milestone: baseline_date": (
        "data planificada|data base|data original|data inicial|data de referencia|"
        "linia base|data prevista inicial"),
    "milestone: forecast_date": (
        "data prevista|data|data objectiu|data estimada|data limit|data de lliurament|"
        "data de fi|data fi|previsio|nova data|termini"),
    "milestone: actual_date": (
        "data real|data de fi real|data assolida|data d assoliment|assolida|"
        "data de lliurament real|data de compliment"),
    # (Microsoft Project's Catalan field names among them: "Nom de la tasca", "Durada",
    # "Començament", "Final", "Predecessores", "Noms dels recursos", "% completat",
    # "Començament previst" and "Final previst" (the baseline), "Nivell d'esquema")
    "task: ref": "id|no|numero|identificador unic|id unic",
    "task: wbs": "wbs|edt|codi edt|codi wbs|estructura de descomposicio del treball",
    "task: name": (
        "tasca|nom de la tasca|activitat|nom de l activitat|descripcio de la tasca|"
        "paquet de treball|nom"),
    "task: start_forecast": (
        "inici|data d inici|data inici|comencament|inici previst|inici planificat"),
    "task: finish_forecast": (
        "fi|final|data de fi|data fi|data final|data de finalitzacio|data prevista|"
        "fi prevista|data limit|venciment|termini"),
    "task: start_baseline": (
        "comencament previst|inici de la linia base|inici linia base|inici inicial"),
    "task: finish_baseline": "final previst|fi de la linia base|fi linia base|fi inicial",
    "task: start_actual": "inici real|comencament real|data d inici real",
    "task: finish_actual": "fi real|final real|data de fi real|data final real",
    "task: duration_days": "durada|durada dies|durada en dies|dies|dies laborables",
    "task: resources": "recursos|noms dels recursos|nom del recurs|recursos assignats",
    "task: predecessors": (
        "predecessores|predecessors|predecessora|antecessores|dependencies|depen de"),
    "task: outline_level": "nivell|nivell d esquema",
    # -- money ------------------------------------------------------------------------
    "financial,allocation: period": "periode|mes|trimestre|setmana|exercici",
    "financial: planned": (
        "pressupost|pressupostat|previst|planificat|pla|import previst|import pressupostat"),
    "financial: actual": (
        "real|executat|despesa|despesa real|cost real|import real|import executat|gastat|"
        "pagat|facturat|realitzat"),
    "financial: forecast": "previsio|estimat|estimacio|projeccio",
    "financial: category": (
        "partida|partida pressupostaria|concepte|tipus de cost|tipus de despesa|"
        "categoria de cost|centre de cost|linia de cost|capitol"),
    # -- people -----------------------------------------------------------------------
    "resource: name": (
        "nom|nom i cognoms|cognoms i nom|recurs|persona|treballador|treballadora|empleat|"
        "empleada|membre de l equip|professional|col laborador|collaborador|nom del recurs"),
    "allocation: resource_id": (
        "nom i cognoms|cognoms i nom|recurs|persona|treballador|empleat|membre de l equip|"
        "professional|col laborador|collaborador|nom del recurs"),
    "resource: email": (
        "correu|correu electronic|adreca electronica|adreca de correu|e mail|email"),
    "resource,allocation: role_id": (
        "rol|carrec|perfil|funcio|lloc de treball|categoria professional|rol en el projecte"),
    "resource: team": "equip|departament|area|unitat|grup|servei",
    "resource: cost_rate": (
        "tarifa|tarifa horaria|tarifa diaria|cost hora|cost per hora|preu hora|"
        "preu per hora|cost diari"),
    "resource: fte": (
        "fte|dedicacio|pct dedicacio|pct de dedicacio|disponibilitat|jornada|"
        "equivalent a temps complet"),
    "resource: hours_per_day": (
        "hores per dia|hores diaries|hores al dia|hores setmanals|hores per setmana|"
        "hores a la setmana|jornada laboral"),
    "resource: manager": (
        "responsable directe|cap|cap directe|superior|responsable jerarquic|supervisor"),
    "allocation: hours": (
        "hores|hores assignades|hores planificades|hores previstes|esforc|jornades"),
    # -- benefits ---------------------------------------------------------------------
    "benefit: title": "benefici|nom del benefici|benefici esperat|descripcio del benefici",
    "benefit: benefit_type": "tipus de benefici|financer no financer",
    "benefit: measure": (
        "indicador|mesura|kpi|metrica|indicador clau|indicador de rendiment"),
    "benefit: baseline_value": "valor inicial|valor de referencia|valor base|valor actual",
    "benefit: target_value": "valor objectiu|objectiu|valor meta|meta",
    "benefit: target_date": (
        "data objectiu|data d assoliment|data prevista d assoliment|termini"),
}

# The Catalan names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projectes", "llista de projectes", "cartera de projectes", "cartera",
                "portafoli", "quadre de comandament", "estat dels projectes"),
    "risk": ("riscos", "risc", "registre de riscos", "llistat de riscos", "matriu de riscos"),
    "issue": ("incidencies", "incidencia", "registre d incidencies", "problemes",
              "registre de problemes", "questions obertes"),
    "assumption": ("suposits", "hipotesis", "premisses", "registre de suposits"),
    "dependency": ("dependencies", "registre de dependencies"),
    "decision": ("decisions", "registre de decisions", "acords"),
    "action": ("accions", "llista d accions", "pla d accio", "pla d accions",
               "seguiment d accions"),
    "change_request": ("canvis", "sol licituds de canvi", "peticions de canvi",
                       "registre de canvis", "control de canvis", "gestio de canvis"),
    "lesson": ("llicons apreses", "leccions apreses", "llicons", "leccions"),
    "milestone": ("fites", "calendari", "cronograma", "planificacio"),
    "task": ("tasques", "planificacio", "cronograma", "pla de treball", "pla del projecte",
             "calendari", "diagrama de gantt"),
    "financial": ("pressupost", "costos", "despeses", "seguiment economic",
                  "control pressupostari"),
    "resource": ("recursos", "equip del projecte", "personal", "plantilla"),
    "allocation": ("assignacio de recursos", "assignacions", "pla de recursos",
                   "planificacio de recursos", "dedicacions"),
    "benefit": ("beneficis", "registre de beneficis", "beneficis esperats"),
}

# Status words of the cells, as written → the importer's status.
STATUS_WORDS: dict[str, str] = {
    "obert": "open", "oberta": "open", "nou": "open", "nova": "open", "no iniciat": "open",
    "no iniciada": "open", "sense iniciar": "open", "per iniciar": "open", "per fer": "open",
    "en curs": "in_progress", "en progres": "in_progress", "en execucio": "in_progress",
    "en proces": "in_progress", "en marxa": "in_progress", "en tractament": "in_progress",
    "iniciat": "in_progress", "iniciada": "in_progress", "completat": "closed",
    "completada": "closed", "finalitzat": "done", "finalitzada": "done", "acabat": "done",
    "acabada": "done", "fet": "done", "feta": "done", "realitzat": "done",
    "realitzada": "done", "executat": "done", "executada": "done", "assolit": "done",
    "assolida": "done", "tancat": "closed", "tancada": "closed",
    "segons el pla": "on_track", "segons pla": "on_track", "en termini": "on_track",
    "dins de termini": "on_track", "a temps": "on_track", "en risc": "at_risk",
    "amb risc": "at_risk", "endarrerit": "overdue", "endarrerida": "overdue",
    "amb retard": "overdue", "retardat": "overdue", "vencut": "overdue", "vencuda": "overdue",
    "fora de termini": "overdue", "ajornat": "deferred", "ajornada": "deferred",
    "posposat": "deferred", "suspes": "deferred", "suspesa": "deferred", "aturat": "deferred",
    "pendent": "pending", "en espera": "pending", "a l espera": "pending",
    "cancel lat": "cancelled", "cancel lada": "cancelled", "cancellat": "cancelled",
    "cancellada": "cancelled", "anul lat": "cancelled", "anul lada": "cancelled",
    "aprovat": "approved", "aprovada": "approved", "acceptat": "approved",
    "acceptada": "approved", "rebutjat": "rejected", "rebutjada": "rejected",
    "denegat": "rejected", "desestimat": "rejected", "proposat": "proposed",
    "proposada": "proposed", "proposta": "proposed", "escalat": "escalated",
    "resolt": "resolved", "resolta": "resolved", "solucionat": "resolved",
    "solucionada": "resolved", "en seguiment": "monitoring", "monitoritzat": "monitoring",
    "en observacio": "monitoring", "materialitzat": "materialised",
    "materialitzada": "materialised", "lliurat": "delivered", "lliurada": "delivered",
    "validat": "validated", "validada": "validated", "confirmat": "validated",
    "confirmada": "validated", "no valid": "invalid", "invalidat": "invalid",
    "retirat": "withdrawn", "retirada": "withdrawn", "en analisi": "under_assessment",
    "en avaluacio": "under_assessment", "en revisio": "under_assessment",
    "en estudi": "under_assessment", "pendent d aprovacio": "awaiting_decision",
    "pendent de decisio": "awaiting_decision", "per aprovar": "awaiting_decision",
    "implementat": "implemented", "implementada": "implemented", "implantat": "implemented",
    "implantada": "implemented",
}

PRIORITY_WORDS: dict[str, str] = {
    "molt baixa": "low", "molt baix": "low", "baixa": "low", "baix": "low",
    "insignificant": "low", "minima": "low", "mitjana": "medium", "mitja": "medium",
    "moderat": "medium", "moderada": "medium", "normal": "medium", "alta": "high",
    "alt": "high", "elevat": "high", "elevada": "high", "molt alta": "critical",
    "molt alt": "critical", "critica": "critical", "critic": "critical",
    "urgent": "critical", "maxima": "critical",
}

RAG_WORDS: dict[str, str] = {
    "verd": "green", "verda": "green", "groc": "amber", "groga": "amber", "ambre": "amber",
    "taronja": "amber", "vermell": "red", "vermella": "red", "roig": "red", "roja": "red",
}

# "15 d'agost" normalises to "15 d agost" and "de gener" to "de gener": the month is read
# from its own word ("agost", "gener"); "dabril", "dagost" and "doctubre" are the elided
# forms written without the apostrophe. "des." (a header's "Descripció") and "ag." are
# left out of the short forms.
MONTHS: tuple[str, ...] = (
    "gener gen",
    "febrer febr feb",
    "marc",
    "abril abr dabril",
    "maig",
    "juny",
    "juliol jul",
    "agost dagost",
    "setembre set",
    "octubre oct doctubre",
    "novembre nov",
    "desembre",
)

TOTAL_WORDS: tuple[str, ...] = (
    "total", "totals", "subtotal", "total general", "suma", "suma total", "import total",
)
