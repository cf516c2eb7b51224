"""The header words of real trackers (EN/ES/DE/FR/PT), as data: each line reads
``"scopes: field": "synonym|synonym|…"`` where a scope is an entity name, ``raid`` (all
six RAID kinds) or ``*``. ``vocab`` builds ``SYNONYMS`` from it."""

from __future__ import annotations


FIELDS: dict[str, str] = {
    # -- shared keys ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "id|ref|reference|no|number|key|item id|item no|item|log id|log no|risk id|risk no|"
        "risk number|risk ref|issue id|issue no|issue number|issue ref|assumption id|"
        "dependency id|decision id|decision no|decision number|action id|action no|raid id|raid ref|cr id|cr no|"
        "cr number|change id|change no|rfc id|rfc no|lesson id|lesson no|identifier|"
        "vo no|vo ref|vo number|variation no|variation order no|variation ref|"
        # a document system's register (Aconex mail): each mail's number is its key
        "mail no|mail number|correspondence no|correspondence number|"
        "identificador|referencia|codigo|id riesgo|id problema|referenz|kennung|nummer|"
        "identifiant|numero|n|sl no|s no|sr no|serial no|serial number|id do risco|dep id|dep no|dep ref|dependency no|dependency ref|dec id|dec no|act id|act no|ll id|ll no|ref no|ref id|raid no|id cambio|id del cambio|no cambio|numero de cambio|id solicitud|aenderungs nr|anderungs nr|cr nr|id changement|id mudanca|massnahme nr|massnahmen nr|lfd nr|laufende nummer|ncr nr|ncr no|ncr number|ncr ref|cc nr|cc no|cc nummer|capa nr|capa no|n capa|issue key|jira key|work item key|entry no|entry number|entry id|entry ref|log ref|log entry no"),
    "milestone: ref": "id|ref|wbs|wbs id|milestone id|milestone no|no|task id|hito id",
    "milestone,financial,allocation,raid,change_request,lesson: project_id": (
        "project|project code|project id|project name|project program|project programme|"
        "programme project|program project|proyecto|projekt|projet|projeto|codigo proyecto|"
        "cod proyecto|cod del proyecto|cod progetto|cod projeto|cod projet|"
        "project ref|workstream project|work id|work code|work item id|codice progetto|"
        # UK public sector: a capital "scheme" is a project; a clinical "study" is one;
        # an IT services firm books people to a project or statement of work (SOW)
        "scheme|scheme ref|scheme code|scheme no|scheme id|scheme name|scheme description|"
        "study|study code|study id|study no|protocol no|protocol number|project sow|"
        # an NGO's or a research office's funded projects are its grants (awards)
        "grant code|grant no|grant number|grant ref|grant id|award no|award number|"
        "award code|award id|"
        "sow|sow no|sow id|matter no|matter number|matter ref|client matter|"
        "project no|project number|proj no|proj id|proj code|proj ref|project nr"),
    # -- project ---------------------------------------------------------------------
    "project: code": (
        "project code|code|project id|id|project ref|ref|project no|project number|"
        # a clinical portfolio's projects are its studies, named by protocol
        "study id|study code|study no|study number|protocol|protocol no|protocol number|"
        "protocol id|trial id|trial code|grant code|grant no|grant number|grant ref|grant id|"
        "codigo|codigo de proyecto|id proyecto|projektnummer|projekt nr|projekt id|"
        "code projet|code du projet|codigo do projeto|key|numero de projet|numero du projet|"
        "no de projet|no du projet|no projet|numero projet|"
        "scheme ref|scheme code|scheme no|scheme id|scheme reference|scheme number|"
        # a law firm's projects are its matters
        "matter no|matter number|matter ref|matter id|matter code|award no|award number|grant no|grant number|grant id|award id|investment id|investment code|investment key|job|job no|job number|job ref|"
        # a procurement pipeline's projects are its tenders (solicitations)
        "solicitation no|solicitation number|solicitation id|solicitation ref|tender no|"
        "tender number|tender ref|tender id|procurement ref|procurement no|procurement id"),
    "project: name": (
        "project|project name|name|project title|title|initiative|projet|nom du projet|"
        "proyecto|nombre del proyecto|nombre|projekt|projektname|projektbezeichnung|"
        "projeto|nome do projeto|nome|"
        "scheme|scheme name|scheme title|scheme description|"
        "matter|matter name|matter title|matter description|short description|grant title|grant name|award title|"
        # an infrastructure programme's contract packages, each run as a project
        "package name|contract package|contract package name|package title|package description|"
        "study title|study name|study|trial title|trial name|study title indication"),
    "project: programme_id": "programme|program|programa|programm|programme name|program name|workstream|work stream|workstream name|stream",
    "project: sponsor": (
        "sponsor|sro|executive sponsor|business sponsor|senior responsible owner|"
        "patrocinador|auftraggeber|sponsor du projet|commanditaire|parrain|repondant|"
        "repondant parrain|promoteur|maitre d ouvrage|funder|donor|funding agency|funded by|funding body|business owner|business sponsor owner|exec sponsor|director in charge|partner in charge|project director"),
    "project: manager": (
        "project manager|pm|manager|owner|project owner|lead|project lead|delivery lead|"
        "project executive|px|"
        "focal point|project focal point|point focal|punto focal|ponto focal|"
        "programme officer|program officer|grant officer|grant manager|"
        "responsible|responsable|jefe de proyecto|gerente de proyecto|gerente|"
        "projektleiter|projektleitung|verantwortlich|chef de projet|gerente do projeto|"
        "responsavel|charge de projet|chargee de projet|charge e de projet|"
        "gestionnaire de projet|directeur de projet|directrice de projet|matter manager|"
        "matter lead|fee earner|responsible partner|matter partner|principal investigator|lead investigator|pi name|lead pi|project architect|job architect|project engineer|"
        "in charge|incharge|package in charge|officer in charge|engineer in charge|project in charge|"
        "project director|programme director|program director|programme manager|program manager|"
        "programme lead|program lead|programmleiter|programmleitung|programmverantwortlicher|"
        "responsable du programme|directeur de programme|responsabile del programma|"
        "programmamanager|programmaleider|"
        "procurement officer|procurement lead|procurement manager|contracting officer|chief investigator|lead chief investigator|acquisition lead|development lead"),
    "project: stage": (
        "stage|phase|lifecycle stage|project stage|fase|etapa|projektphase|phase du projet|"
        "gate|stage gate|current gate|compuerta|compuerta actual|porton|gate actual|porta|portao|porta atual|process step|portfolio kanban step|kanban step|current stage|current riba stage|riba stage"),
    "project: state": "state|project state|lifecycle status|estado del proyecto|projektstatus",
    "project,raid,change_request,lesson,task: priority": (
        "priority|prioridad|prioritat|prioritaet|priorite|prioridade|prio|importance|"
        "urgency|rank|ranking"),
    "project: tier": "tier|size|category tier|nivel",
    "project: start_baseline": (
        "start|start date|baseline start|planned start|plan start|inicio|fecha de inicio|"
        "fecha inicio|startdatum|start datum|beginn|date de debut|debut|data de inicio"),
    "project: finish_baseline": (
        "finish|end|end date|finish date|baseline finish|baseline end|planned finish|"
        "planned end|go live|go live date|due date|fecha fin|fecha de fin|fecha de termino|"
        "enddatum|ende|date de fin|fin|data de termino|data fim|approved completion|"
        "approved finish|approved end|approved end date|approved completion date|"
        "target completion|target completion date|target end|target end date|target finish|"
        "baseline completion|baseline completion date|planned completion|"
        "planned completion date|original completion|contract completion|"
        "contractual completion|launch|launch date|target launch|planned launch|target go live|target go live date"),
    "project: start_forecast": (
        "forecast start|expected start|revised start|fcst start|fcst start date|construction start|start of construction|construction start date"),
    "project: finish_forecast": (
        "forecast finish|forecast end|forecast end date|forecast completion|expected finish|"
        "expected end|estimated completion|eta|revised end|revised end date|fecha prevista|"
        "prognose ende|date de mise en service prevue|mise en service prevue|"
        "date de mise en service|date de fin prevue|fin prevue|go live prevu|forecast pc|"
        "pc date|forecast practical completion|practical completion|forecast completion date|"
        "fcst end|fcst finish|fcst end date|fcst completion|substantial completion|substantial completion date|practical completion date|completion date|project completion|target cod|cod|commercial operation date|target commercial operation date|target pc|target practical completion|"
        # when a tender's contract is to be awarded
        "target award|target award date|award date|contract award date|forecast go live|forecast go live date|revised go live|revised go live date|forecast launch|revised launch"),
    "project: start_actual": (
        "actual start|actual start date|inicio real|ist start|opened|date opened|opened on"),
    "project: finish_actual": (
        "actual finish|actual end|actual end date|completed on|fin real|ist ende|closed on|"
        "date closed|closed|closure date|date completed|actual completion|"
        "actual completion date|closed date|close date"),
    "project: bac": (
        "budget|bac|approved budget|total budget|budget at completion|baseline budget|"
        "presupuesto|presupuesto total|budget total|orcamento|projektbudget|budget du projet|"
        "tcv|contract value|total contract value|cost baseline|planned budget|fee estimate|"
        "agreed fee|fee budget|estimated fees|total project cost|total cost|project cost|total award|award amount|award value|grant amount|grant value|total grant|amount awarded|planned cost|planned costs|total planned cost|capex|capex budget|total capex|capital cost|capex estimate|capital budget|fee|total fee|fees|"
        "sanctioned cost|sanctioned budget|sanctioned amount|approved cost|authorised cost|"
        "authorized cost|authority|funding authority|approved funding|"
        # a tender's estimated value
        "est value|estimated value|estimated contract value|est contract value|programmed amount|programmed budget|programmed cost"),
    "project: eac": (
        "eac|estimate at completion|forecast cost|forecast at completion|fac|forecast spend|"
        "total forecast|estimated cost|outturn|forecast outturn|anticipated final cost|"
        "forecast|forecast total|total forecast cost|projected cost|prevision|prognose|"
        "final cost|final outturn|outturn cost|actual final cost|final account|"
        "cost at completion|final costs|anticipated cost|anticipated final cost afc|afc|"
        "anticipated outturn|anticipated outturn cost|aoc|revised cost|revised estimate|"
        "current estimate|current cost estimate|latest estimate|latest cost estimate"),
    "project,milestone,task: pct_complete": (
        "pct complete|percent complete|pct done|complete|completion|completion pct|progress|"
        "pct comp|pct compl|comp pct|"
        "progress pct|pct progress|pct|percentage complete|avance|pct avance|"
        "porcentaje de avance|porcentaje completado|progreso|fortschritt|pct abgeschlossen|"
        "fertigstellungsgrad|erledigt pct|avancement|pct d avancement|pct realise|"
        "conclusao|pct conclusao|percentual concluido|progresso|done pct|pct completed|"
        "percent completed"),
    "project: rag_overall": (
        "rag|overall rag|rag status|status rag|overall status|status|health|overall health|"
        "project health|overall|ampel|ampelstatus|gesamtstatus|semaforo|estado|estado general|"
        "etat|statut|meteo|farol|situacao|status colour|status color|colour|color|brag|estatus"),
    "project: rag_schedule": (
        "schedule|schedule rag|schedule status|time|timeline|timescales|cronograma|plazo|"
        "zeitplan|termine|planning|delais|calendrier|prazo|echeancier|echeances|sched|sched rag"),
    "project: rag_cost": (
        "cost rag|cost status|budget rag|budget status|cost|costs|finance|financials|"
        "financial|costo|coste|kosten|cout|couts|custo|custos"),
    "project: rag_scope": (
        "scope|scope rag|scope status|quality|alcance|umfang|perimetre|escopo|portee|"
        "contenu|perimetre et qualite"),
    "project: rag_risk": (
        "risk|risks|risk rag|risk status|risk level|risks and issues|riesgo|riesgos|"
        "risiko|risiken|risque|risques|risco|riscos"),
    "project: rag_resource": (
        "resource|resources|resourcing|resource rag|people|staffing|recursos|ressourcen|"
        "ressources|pessoas"),
    "project: rag_benefits": "benefits rag|benefits status|benefit rag",
    "project: rag_justification": (
        "rag justification|rag comment|rag comments|rag rationale|status comment|"
        "status comments|justification|reason for rag|path to green"),
    "project: summary": (
        "summary|status summary|commentary|comments|comment|highlights|update|status update|"
        "progress summary|key messages|notes|remarks|resumen|comentarios|observaciones|"
        "zusammenfassung|kommentar|bemerkungen|resume|commentaires|resumo|observacoes|key updates|updates|key update|progress update|progress this period|this period|latest update|headline|faits saillants|faits saillants du mois|points saillants|"
        "realisations du mois|hechos destacados|destaques do mes|accomplishments|key accomplishments|achievements|key achievements"),
    "project: next_steps": (
        "next steps|next period|next actions|planned next period|proximos pasos|"
        "naechste schritte|nachste schritte|prochaines etapes|proximos passos|next quarter focus|focus next quarter|next period focus|focus for next period|next quarter priorities|priorities next quarter"),
    "project: status_date": "status date|as of|as at|reporting date|report date|stichtag|fecha de estado",
    "project: dca_rating": "dca|delivery confidence|delivery confidence assessment|confidence",
    "project: tolerance_cost_pct": "cost tolerance|budget tolerance|tolerance pct",
    "project: tolerance_time_days": "time tolerance|schedule tolerance|tolerance days",
    "project,raid,change_request: description": (
        "description|details|detail|detailed description|descripcion|beschreibung|"
        "description detaillee|descricao|narrative|context|description of matter"),
    "project: benefits": "benefits|expected benefits|beneficios|nutzen|benefices",
    "project: location": (
        "location|project location|site|project site|site name|site location|address|"
        "project address|city|town|country|place|ubicacion|localizacion|lugar|sitio|"
        "direccion|ciudad|pais|ubicacion del proyecto|standort|ort|adresse|stadt|land|"
        "lieu|localisation|ville|pays|emplacement|localizacao|local|endereco|cidade|plant|planta|fabrica|werk|usine|stabilimento|fabriek"),
    "project: department": (
        "department|business unit|division|directorate|unit|area|departamento|abteilung|"
        "bereich|departement|service"),
    # -- milestone -----------------------------------------------------------------
    "milestone: name": (
        "milestone|milestone name|milestones|key milestone|name|task|task name|activity|"
        "activity name|deliverable|description|title|hito|hitos|meilenstein|vorgang|"
        "aufgabe|aufgabenname|vorgangsname|jalon|tache|nom de la tache|marco|tarea|"
        "nombre de tarea|actividad|tarefa|nome da tarefa|atividade|work item|item|short description|deadline|deadline event|key date|key event|"
        "event|milestone event|event name|milestone event description"),
    "milestone: forecast_date": (
        "due date|due|date|end date|end|finish|finish date|forecast|forecast date|"
        "forecast finish|expected date|estimated date|target date|deadline|delivery date|"
        "completion date|planned date|fecha|fecha fin|fecha de fin|fecha limite|"
        "fecha de entrega|fecha de termino|fecha objetivo|enddatum|ende|termin|"
        "faelligkeit|fallig|date de fin|fin|echeance|date prevue|data|data fim|"
        "data de termino|prazo|data limite|due by|date previsionnelle|date prevue|date prevue de fin|"
        "fecha prevista|fecha estimada|fecha de prevision|data prevista|data estimada|"
        "date estimee|prognose|prognosedatum|voraussichtlich|plantermin|current forecast|"
        "latest forecast|forecast current|current forecast date|latest forecast date|revised date|revised target date|revised completion date|revised forecast date|revised|revised go live|revised go live date|revised launch|revised launch date|forecast go live|forecast launch|go live date|go live|launch date|target go live|target launch"),
    "milestone: baseline_date": (
        "baseline|baseline date|baseline finish|original date|original due date|"
        "original plan|fecha base|fecha planificada original|basisplan|basistermin|"
        "date de reference|data base|contract date|contractual date|contract key date|"
        "contract completion date|contractual completion date|contract milestone date"),
    "milestone: actual_date": (
        "actual|actual date|actual finish|actual end|date achieved|achieved|completed on|"
        "date completed|fecha real|ist termin|ist datum|date reelle|data real|achieved on|actual achieved|live date|date live|went live|went live on|live on|launched on|launch date actual"),
    "milestone: _start": "start|start date|begin|inicio|fecha de inicio|anfang|start datum|startdatum|debut|date de debut|data de inicio",
    "milestone: _duration": "duration|days|work days|dauer|duracion|duree|duracao",
    "milestone: _flag": "milestone|is milestone|milestone flag|milestone yes no|hito s n",
    "milestone: _summary": "summary|summary task|is summary|resumen",
    "milestone: critical": (
        "critical|critical path|key|on critical path|critico|kritisch|critique|cp"),
    "milestone,raid,change_request,lesson: status": (
        "status|state|estado|estatus|situacion|situacao|stand|zustand|statut|etat|"
        "current status|progress status|open closed|open/closed|rag status|current state"),
    # a stage gate's decision-maker owns it
    "milestone: owner": "gatekeeper|gate keeper|gate owner",
    "milestone,raid: owner": (
        "owner|responsible|responsable|accountable|assigned to|assignee|actionee|"
        "risk owner|issue owner|action owner|item owner|owned by|lead|who|"
        "verantwortlich|verantwortlicher|zustaendig|zustandig|proprietaire|resourcing|responsables|"
        "resource|resources|assigned|"
        "responsavel|dueno|propietario|encargado|asignado a|person responsible|poc|dri|porteur|porteuse|pilote|risikoeigner|risikoverantwortlicher|risikoeigentumer|risikoverantwortung"),
    "milestone,raid: notes": (
        "notes|note|comments|comment|remarks|update|latest update|status update|"
        "commentary|comentarios|comentario|observaciones|notas|bemerkungen|kommentar|"
        "anmerkungen|commentaires|remarques|observacoes|obs"),
    # -- financial -------------------------------------------------------------------
    "financial,allocation: period": (
        "period|month|date|fiscal period|month ending|period ending|mes|periodo|monat|"
        "zeitraum|mois|periode|week|semana|woche|semaine|quarter|qtr|quarter ending|"
        "mese|maand|maned|manad|kuukausi|miesiac|mesic|mes de referencia|mese di riferimento|"
        "trimestre|quartal|kwartaal"),
    # an ERP's postings: the month's number ("Period" 1–12) and its year in a column of
    # its own ("Fiscal Year", SAP's "Geschäftsjahr")
    "financial: _year": (
        "fiscal year|year|financial year|fy|geschaftsjahr|jahr|gj|ano|ano fiscal|ejercicio|"
        "exercice|annee|anno|esercizio|boekjaar|jaar|rok|rok obrotowy|vuosi|ar|aar"),
    "financial: planned": (
        "planned|plan|budget|pv|planned value|planned cost|planned spend|budgeted|projected|"
        "projected cost|projected weekly cost|projected monthly cost|estimated cost|"
        "presupuesto|presupuestado|planificado|geplant|soll|plankosten|prevu|budget prevu|"
        "planejado|orcado|revised budget|current budget|approved budget|"
        "current approved budget|budget revised|bcws|budgeted cost of work scheduled|pmb|"
        "performance measurement baseline|be|budget estimate|budget estimates|original estimate|"
        "allocation|budget allocation|allocated budget|allocated|grant allocation|"
        # a consultant's appointment: the fee agreed, as varied
        "current fee|agreed fee|fee|fee budget|appointment fee|contract sum|contract value"),
    "financial: actual": (
        "actual|actuals|ac|actual cost|actual costs|actual spend|spend|spent|cost|costs|"
        "expenditure|actual weekly cost|actual monthly cost|amount|gasto|gasto real|"
        "costo real|coste real|ist|istkosten|kosten|reel|depense|depenses|custo real|"
        "realizado|executado|real|ejecutado|consuntivo|speso|uitgegeven|werkelijk|utfall|"
        "forbrug|toteutunut|certified to date|cost to date|costs to date|spend to date|"
        "spent to date|actual to date|actuals to date|paid to date|invoiced to date|"
        "incurred to date|cost incurred|expenditure to date|ytd actual|actual ytd|"
        "actual spend to date|acwp|actual cost of work performed|invoiced|amount invoiced|"
        "invoice amount|net amount|net invoice amount"),
    "financial: forecast": (
        "forecast|fcst|etc|projection|estimate|outturn|pronostico|prevision|prognose|"
        "full year forecast|fy forecast|year end forecast|annual forecast|forecast full year|"
        "re|revised estimate|revised estimates|re projection|"
        "previsao|forecast cost|forecast final cost|anticipated final cost|"
        "estimated final cost|forecast outturn|projected outturn|efc|afc|"
        "forecast at completion|forecast final fee|ffc|anticipated final fee"),
    "financial: earned": (
        "earned|ev|earned value|valor ganado|fertigstellungswert|valeur acquise|bcwp|"
        "budgeted cost of work performed"),
    "financial: category": (
        "category|cost category|cost type|type|item|line item|cost item|cost line|discipline|"
        "budget line|cost element|cost centre|cost center|expense|expense type|categoria|"
        "kategorie|categorie|rubrique|tipo de gasto|concepto|voce di spesa|voce di costo|"
        "voce|kostenart|kostenposition|kostenpost|kostensoort|partida|kostnadsslag|"
        "kostnadstyp|omkostningstype|kustannuslaji|rodzaj kosztu|nakladova polozka|"
        "classifier|budget code|budget line code|account code|cost code|clasificador|"
        "partida presupuestaria|descripcion|budget head|cost head|head of account|account head|"
        "head of expenditure|expenditure head|sub head|budget category|vote|account description|cost element description"),
    # -- resource / allocation ---------------------------------------------------------
    "resource: name": (
        "name|resource|resource name|person|employee|staff|team member|member|full name|"
        "consultant|consultant name|staff member|employee name|engineer|engineer name|"
        "technician|specialist|analyst|developer|name and surname|surname and name|"
        "first name and surname|names and surnames|"
        "nombre|recurso|colaborador|mitarbeiter|name mitarbeiter|ressource|nom|nome|researcher|investigator|pesquisador|pesquisadora|investigador|investigadora|forscher|forscherin|chercheur|chercheuse|ricercatore|ricercatrice|onderzoeker|forskare|forsker|tutkija|badacz"),
    "resource: email": "email|e mail|mail|email address|correo|correo electronico|adresse mail",
    "resource,allocation: role_id": (
        "role|designation|job designation|job title|position|title|rol|puesto|cargo|rolle|"
        "funktion|fonction|funcao|skill|grade|job grade|band|level|seniority|role on project|"
        "position title|post title|job position|"
        "project role|role in project|labor category|labour category|lcat|labor cat|craft|trade|discipline|craft trade|trade discipline|craft discipline|"
        "competence|primary competence|competency|primary skill|classification|job classification|group and level|grade level"),
    "resource: team": (
        "team|department|group|squad|practice|practice area|service line|capability|equipo|"
        "grupo|abteilung|equipe|departamento|function|business function|functional area|"
        "business unit|division|workstream|work stream|desk|gang|crew|shift team"),
    "resource: cost_rate": (
        "rate|cost rate|day rate|daily rate|hourly rate|rate per day|rate per hour|tarifa|"
        "coste hora|stundensatz|tagessatz|taux|taux journalier|valor hora|taux jour|tjm|"
        "taux horaire|monthly cost|monthly rate|cost per month|rate per month|monthly salary"),
    "resource: fte": "fte|availability|capacity fte|dedicacion|vza|etp|max units|maximum units",
    "resource: hours_per_day": (
        "hours per day|hours day|daily hours|horas por dia|stunden pro tag|"
        # a week's hours, read as a day's (importing.fields: per_week)
        "hours per week|hours week|weekly hours|hours a week|hrs per week|hrs week|"
        "horas por semana|horas semanales|horas semanais|stunden pro woche|"
        "wochenstunden|heures par semaine|heures hebdomadaires"),
    "resource: location": (
        "location|site|office|city|ubicacion|standort|lieu|localizacao|duty station|"
        "work location|based at|base location|depot|home depot|base depot|home base|base"),
    "allocation: project_id": (
        "client project|client engagement|engagement|client|primary engagement|assignment|"
        "current engagement|engagement code|engagement id|engagement no|job code|job number|"
        "charge code|affaire|code affaire|no affaire|"
        # in a plan of people's time, what a person is given to is a project
        "assigned to|allocated to|deployed to|booked to|booked on"),
    # a services firm's revenue and billing by engagement (its projects)
    "financial,milestone: project_id": (
        "engagement|client engagement|engagement code|engagement id|engagement no|eng id|"
        "engagement name|sow|sow no|sow id|"
        # SAP's project system: the project's "Project Definition" (P.2611)
        "project definition|projektdefinition|definicion de proyecto|definition de projet"),
    "resource: manager": "line manager|manager|reports to|jefe|vorgesetzter|responsable hierarchique",
    "resource: start_date": "start date|start|joined|fecha de alta|eintritt",
    "resource: end_date": "end date|end|leaving date|fecha de baja|austritt",
    "allocation: resource_id": (
        "resource|resource name|name|person|employee|staff|team member|recurso|nombre|"
        "consultant|consultant name|staff member|employee name|engineer|engineer name|"
        "name and surname|surname and name|first name and surname|names and surnames|"
        "field engineer|technician|specialist|analyst|developer|tester|test analyst|"
        "operative|operator|worker|labourer|laborer|tradesperson|"
        "designer|architect|crew|gang|crew gang|"
        "crew name|gang name|crew id|"
        "mitarbeiter|ressource|nom|colaborador|researcher|researchers|investigator|pesquisador|pesquisadora|investigador|investigadora|forscher|forscherin|chercheur|chercheuse|ricercatore|ricercatrice|onderzoeker|forskare|forsker|tutkija|badacz|"
        # a plan of trainers' days: the trainer
        "trainer|formateur|formatrice|formador|formadora|formatore|formatrice|ausbilder|"
        "ausbilderin|instructor|instructeur|istruttore|docente|tutor"),
    "allocation: hours": "hours|effort|hrs|effort hours|horas|stunden|heures|horas planejadas",
    "allocation: booking": "booking|booking type|proposed committed|soft hard|reserva|buchung",
    "allocation: notes": "notes|comments|comentarios|bemerkungen",
    # -- RAID ----------------------------------------------------------------------------
    "raid,change_request,lesson: title": (
        "title|summary|subject|name|item|headline|short description|titulo|asunto|"
        "titel|betreff|bezeichnung|kurzbezeichnung|titre|sujet|assunto|risk|risk name|risk title|risk statement|"
        "risk event|issue|issue name|issue title|problem|assumption|dependency|decision|"
        "action|action item|change|change request|change title|lesson|lesson learned|decision required|decision needed|decision to be made|decision requested|decision requerida|decision necesaria|decision a tomar|decision requise|decisao necessaria|"
        "lessons learned|riesgo|problema|supuesto|dependencia|decision tomada|accion|"
        "risiko|problem|annahme|abhangigkeit|entscheidung|massnahme|risque|probleme|"
        "hypothese|dependance|risco|premissa|dependencia|decisao|acao|problematica|intitule|intitule du risque|libelle|libelle du risque|titre du risque|objet|descricao do risco|descricao do problema|description du risque|descripcion del riesgo|risk description|issue description|identificacion de riesgos|"
        "identificacion del riesgo|identificacion de riesgo|riesgo identificado|riesgos identificados|early warning matter|matter|subject matter|"
        "risque identifie|risques identifies|identified risk|risk identified|rischio identificato|"
        "risco identificado|identifiziertes risiko|geidentificeerd risico"),
    "raid: _type": (
        "type|item type|raid type|category type|kind|tipo|typ|art|categorie|"
        # Jira's "Issue Type" in German, French, Spanish, Italian and Dutch
        "vorgangstyp|type de ticket|tipo di ticket|issuetype"),
    "risk,issue,lesson: category": (
        "category|type|risk type|risk category|issue category|classification|area|theme|"
        "workstream|categoria|tipo|kategorie|typ|art|categorie|classificacao"),
    "raid,change_request: raised_by": (
        "raised by|reported by|author|reporter|submitted by|identified by|logged by|"
        "opened by|requested by|requester|requestor|originator|created by|reportado por|"
        "levantado por|identificado por|registrado por|gemeldet von|erfasst von|autor|"
        "signale par|rapporte par|auteur|relatado por|informado por|notified by|caller|caller id"),
    "raid,change_request: date_raised": (
        "date raised|raised date|raised on|date opened|opened|open date|date identified|"
        "identified|date logged|logged|logged on|logged date|opened on|created on|"
        "date created|created|date registered|registered|"
        "date added|date reported|reported on|date|fecha|fecha de registro|"
        "fecha de alta|fecha de apertura|fecha identificacion|datum|erfasst am|"
        "erstellt am|date de creation|date d ouverture|data de registro|data de abertura|"
        "date submitted|date requested|requested date|submitted|raised|date de detection|data de identificacao|fecha de deteccion|fecha de solicitud|fecha solicitud|beantragt am|eingereicht am|date de demande|data da solicitacao|data de solicitacao|date of request|request date|data de submissao|data de pedido|data do pedido|date de soumission|"
        "date d identification|date identification|identifie le|date de saisie|date d ouverture|"
        "fecha de identificacion|datum der identifikation|identifiziert am|date notified|"
        "notified on|notification date|opened at"),
    "raid: due_date": (
        "due date|due|target date|deadline|target resolution date|resolve by|by when|"
        "target closure date|target close date|target closure|"
        "target|needed by date|completion date|fecha estimada de resolucion|fecha limite|"
        "fecha compromiso|fecha objetivo|fecha estimada|faellig am|fallig am|"
        "faelligkeitsdatum|termin|zieldatum|echeance|date cible|date limite|prazo|"
        "data limite|data alvo|date d echeance|echeance|date limite|action due|action due date|actions due|response required by|response req d by|response due|response due date|reply required by|reply by"),
    "raid: review_date": (
        "review date|last review|last reviewed|next review|last update|last updated|"
        "updated|date updated|fecha de revision|ultima actualizacion|letzte aktualisierung|"
        "date de revue|data de revisao|wiedervorlage|wiedervorlage am|termin wiedervorlage"),
    "raid: closed_date": (
        "closure date|closed date|date closed|closed on|close date|resolved date|"
        "date resolved|resolution date|actual resolution date|fecha de cierre|"
        "fecha actual de resolucion|fecha real de resolucion|fecha de resolucion|"
        "abgeschlossen am|erledigt am|geschlossen am|date de cloture|date de resolution|"
        "data de encerramento|data de resolucao|closed|date of closure|completed on|date completed|completion date actual|date responded|responded on|response date|date answered|answered on|resolved at|closed at|resolved on"),
    "raid: severity": (
        "severity|severidad|gravedad|schweregrad|gravite|gravidade|criticality|kritikalitat|"
        "criticite|criticidad|criticidade|criticita|kritikalitet"),
    "raid: escalation": "escalation|escalate|escalated|escalated to|escalation level|escalar|eskalation|escalade",
    "raid: next_action": (
        "next action|next actions|next step|next steps|action|actions|action plan|"
        "actions arising|action items|follow up actions|follow up|"
        "acciones|accion|siguiente paso|proximos pasos|massnahmen|naechste schritte|"
        "actions a mener|prochaine action|acoes|proxima acao|proximos passos"),
    "risk: threat_or_opportunity": (
        "threat or opportunity|threat opportunity|t o|risk or opportunity|"
        "amenaza oportunidad|bedrohung chance|menace opportunite|ameaca oportunidade"),
    "risk: probability": (
        "probability|likelihood|prob|chance|likelihood of occurrence|probability of occurrence|"
        "probabilidad|probabilidad de ocurrencia|vulnerabilidad|wahrscheinlichkeit|"
        "eintrittswahrscheinlichkeit|probabilite|vraisemblance|probabilidade|p|l|inherent p|gross p|inherent probability|gross probability|gross likelihood|inherent likelihood|pre mitigation probability|pre mitigation likelihood|pre mitigation p|before mitigation probability|evaluacion inherente probabilidad|probabilidad inherente|probabilite inherente|inharente wahrscheinlichkeit|ew|ew brutto"),
    "risk,issue,assumption,dependency: impact": (
        "impact|impact level|impact rating|impact score|consequence|consequences|"
        "severity of impact|impacto|auswirkung|auswirkungen|tragweite|schadensausmass|"
        "impact monetary|i|gravite de l impact|inherent i|gross i|inherent impact|gross impact|pre mitigation impact|pre mitigation i|before mitigation impact|evaluacion inherente impacto|impacto inherente|impact inherent|sm|schadensmass|schadenshohe"),
    "risk: residual_probability": (
        "residual probability|residual likelihood|post mitigation probability|"
        "post mitigation likelihood|target probability|probabilidad residual|"
        "restwahrscheinlichkeit|probabilite residuelle|residual p|net p|net probability|net likelihood|residual likelihood|post mitigation probability|post mitigation likelihood|post mitigation p|target probability|after mitigation probability"),
    "risk: residual_impact": (
        "residual impact|post mitigation impact|target impact|impacto residual|"
        "restauswirkung|impact residuel|residual i|net i|net impact|post mitigation impact|post mitigation i|target impact|after mitigation impact"),
    "risk: proximity": "proximity|timeframe|time frame|when|proximidad|naehe|proximite|proximidade",
    "risk: response": (
        "response|response strategy|strategy|risk response|response type|treatment|"
        "risk treatment|response category|estrategia|estrategia de respuesta|tratamiento|"
        "strategie|reaktion|behandlung|traitement|resposta|estrategia de resposta|responses|"
        "respuesta|reponse|tratamento"),
    "risk: response_actions": (
        "response actions|response description|mitigation|mitigation plan|mitigation actions|"
        "mitigation strategy|mitigating actions|mitigation measures|countermeasures|"
        "controls|response plan|plan de mitigacion|mitigacion|medidas de mitigacion|"
        "plan de respuesta|plan de accion|plano de resposta|plano de acao|plan de reponse|"
        "treatment|treatment plan|risk treatment|treatment actions|resposta|resposta acao|"
        "acao de resposta|"
        "piano di risposta|reaktionsplan|massnahmenplan|"
        "gegenmassnahmen|massnahmen|mesures d attenuation|attenuation|plano de mitigacao|"
        "mitigacao|actions|acoes de mitigacao|acoes de resposta|plan d action|plan d actions|actions d attenuation|acciones de mitigacion|plan de accion|plano de acao|acciones|acciones de respuesta|"
        "acciones correctivas|tratamiento de los riesgos|actions agreed|agreed actions|agreed action|action agreed"),
    "risk: actionee": "actionee|action owner|assigned to|assignee",
    # a register written cause - event - effect: the cause opens the risk's description
    "risk: description": "cause|causes|root cause|causa|causas|cause du risque|ursache|ursachen|oorzaak|oorzaken|przyczyna|orsak",
    "risk: trigger": "trigger|triggers|early warning|early warning indicator|disparador|ausloser|declencheur|gatilho",
    "risk: contingency": (
        "contingency|contingency plan|fallback|fallback plan|plan b|plan de contingencia|"
        "notfallplan|plan de secours|plano de contingencia"),
    "risk: trend": "trend|tendency|direction of travel|tendencia|tendenz|tendance",
    "risk: expected_value": (
        "ev|expected value|emv|expected monetary value|exposure|risk exposure|valor esperado|"
        "erwartungswert|valeur attendue"),
    "risk,issue: impact_cost": (
        "cost impact|impact cost|cost|costs|financial impact|monetary impact|budget impact|"
        "cost of impact|impact on cost|estimated cost|cost estimate|impacto en costo|"
        "impacto en costos|impacto en el costo|impacto economico|impacto financiero|"
        "costo|coste|costo estimado|coste estimado|kosten|kostenauswirkung|"
        "finanzielle auswirkung|geschatzte kosten|cout|couts|impact financier|"
        "impact sur les couts|cout estime|custo|custos|impacto financeiro|"
        "impacto no custo|custo estimado|potential impact cost|potential cost impact|"
        "potential impact cost cad|potential impact cost aud|cost implication|cost implications|financial implication|financial implications"),
    "issue: issue_type": "type|issue type|type of issue|tipo de problema|tipo de incidencia|type d incident|type",
    "issue: impact_analysis": "impact analysis|impact description|impact on project|analisis de impacto|auswirkungsanalyse",
    "issue: resolution": (
        "resolution|solution|fix|workaround|resolucion|solucion|loesung|losung|resolution "
        "description|solution retenue|resolucao|solucao|action taken|actions taken|"
        "remarks action taken|corrective action|action corrective|accion correctiva|"
        "acao corretiva|korrekturmassnahme|megoldas|response summary|response|reply|answer|response given|"
        "management response|management action plan|agreed action|agreed management action"),
    "issue,change_request: decision": (
        "decision|outcome|decision taken|decision made|decision outcome|decision tomada|"
        "entscheidung|decisao|ccb decision|cab decision|decision of the ccb|decisao do ccb|"
        "decisao ccb|decision del ccb|decision ccb|decision du ccb|entscheidung ccb|"
        "decisione ccb|besluit ccb"),
    "issue,decision: decided_by": (
        "decided by|decision maker|decision owner|approver|approved by|forum|decidido por|"
        "entschieden von|decide par|decidido por|decideur|decideurs|decisore|entscheider|"
        "instance decisionnelle|organe de decision"),
    "issue,decision,change_request: decision_date": (
        "decision date|date of decision|date decided|decided on|fecha de decision|"
        "entscheidungsdatum|date de decision|data da decisao|data de decisao|fecha decision|"
        "fecha de resolucion|fecha resolucion|date de resolution|data de resolucao|date agreed|agreed on|agreed date|date approved|approved on"),
    "assumption: impact_if_false": "impact if false|impact if wrong|impact if invalid|consequence if false|impacto si es falso|auswirkung falls falsch|auswirkung wenn falsch|impact si faux|impacto si falso|impact if incorrect|impact if not true|impact if untrue",
    "assumption: validation_method": (
        "validation method|validation|how to validate|verification|verification method|"
        "metodo de validacion|validierung|methode de validation|metodo de validacao"),
    "assumption: validate_by": "validate by|validation date|confirm by|fecha de validacion|validieren bis|"
                               "validation due|validate before|to be validated by",
    "dependency: direction": (
        "direction|inbound outbound|in out|direccion|richtung|sens|which way|who waits|"
        "who is waiting|incoming outgoing|inbound or outbound"),
    "dependency: dependency_type": "dependency type|internal external|int ext|tipo de dependencia|abhangigkeitstyp|art|art der abhangigkeit",
    "dependency: counterparty": (
        "counterparty|dependent on|depends on|provider|supplier|third party|other party|party|"
        "partij|partei|partie|parte|"
        "external party|from|to|delivering team|institution|lending institution|lender|provider app|provider application|provider system|providing system|upstream system|source system|proveedor|lieferant|fournisseur|fornecedor|counterparty project|counterparty team|other project|dependent project|related project|providing project|receiving project|from project|to project|partner|interface|external project|team or project|proyecto relacionado|gegenpartei|gegenseite|liefernde partei|partie prenante|contrepartie|"
        "projet entite liee|entite liee|projet lie|projet concerne|linked project|related entity|"
        "linked entity|entidad relacionada|proyecto vinculado|projeto relacionado|"
        "liefernde stelle|liefernde stelle projekt|progetto collegato|providing programme|providing program|provider programme|delivering programme|delivering project|supplying programme|providing workstream|upstream programme|upstream project|provided by|vendor|vendor third party|third party vendor|vendor name"),
    "dependency: need_by_date": (
        "need by|need by date|needed by|required by|required date|fecha requerida|benoetigt bis|"
        "date requise|date de besoin|requis pour|requis le|data necessaria|data richiesta|"
        "fecha necesaria|benodigd op|nodig op|required on site|ros|required on site date|ros date|required on site ros|date required"),
    "dependency: committed_date": "committed date|commit date|promised date|delivery date|fecha comprometida|zugesagt|zugesagt fur|zugesagt bis|zugesagter termin|date engagee|date promise|forecast delivery|forecast delivery date|expected delivery|expected delivery date|eta|delivery forecast",
    "dependency,decision: rationale": (
        "rationale|reason|reasoning|justification|why|why it s needed|why needed|"
        "justificacion|begruendung|justificatif|justificativa|alasan|dasar keputusan|pertimbangan"),
    "decision,change_request: options": "options|options considered|alternatives|opciones|optionen|alternatives envisagees|opciones evaluadas|opciones consideradas|options envisagees|opcoes avaliadas|betrachtete alternativen|alternativen|gepruefte alternativen|geprufte alternativen|alternativas consideradas|alternatives considerees|overwogen alternatieven|alternatieven",
    # a decision log's answer ("Decision made: approved, phase 2"): the decision itself
    "decision: title": "topic|decision topic|agenda item|item for decision",
    "decision: decision": (
        "decision made|decision taken|outcome|decision outcome|resolution|decision tomada|"
        "decision adoptada|decision prise|entscheidung getroffen|decisao tomada|besluit genomen|"
        "what was decided|what we decided"),
    "decision: impact_summary": "impact summary|impact of decision|impact|impacts|implications|consequences|impacto|auswirkung|dampak|dampak terhadap|dampak keputusan|auswirkung auf|etki|etkisi",
    # -- change requests -------------------------------------------------------------------
    "change_request: cr_type": "change type|cr type|type|type of change|tipo de cambio|aenderungsart|klassifizierung|klassifikation|anderungsklasse|change class|classification",
    # a change log whose only text is the change described: that is its title
    "change_request: title": (
        "description of change|description of the change|change description|"
        "descripcion del cambio|descripcion de la solicitud|descripcion de la sc|"
        "descricao da mudanca|descricao da alteracao|description du changement|"
        "description de la modification|beschreibung der anderung|anderungsbeschreibung|"
        "descrizione della modifica|omschrijving wijziging|what change is being asked for|what is being asked for|change requested|requested change|change being requested|what is the change|proposed change|change proposed"),
    "change_request: requester": "requester|requested by|raised by|solicitante|antragsteller|demandeur|requerente|solicitado por|pedido por|requerido por|demande par|beantragt von",
    "change_request: impact_cost": (
        "cost impact|impact cost|additional cost|budget impact|cost|costo|coste|custo|"
        "impacto en costo|kostenauswirkung|impacto no custo|impacto nos custos|"
        "impacto en coste|impacto en costos|impact sur le cout|impact cout|mehrkosten|"
        "impacto economico|geschatzte kosten|geschaetzte kosten|kostenschatzung|estimated cost|cost estimate|cost implication|cost implications|financial implication|financial implications|budget change|change in budget|cost change|"
        # a contract's variation orders: the value agreed (what was claimed is not the
        # change's cost once agreed: "Submitted Value" beside it is left out)
        "approved value|agreed value|certified value|approved amount|vo value|"
        "variation value|estimated value|est value|value of change|change value|assessed|assessed value|assessed amount|value assessed|determined value"),
    "change_request: impact_schedule_days": (
        "schedule impact|schedule impact days|timing impact|impact on timing|delay|"
        "eot|eot granted|eot days|extension of time|time extension|"
        "delay days|days|tiempo|tiempo dias|dias|"
        "impacto en tiempo|impacto en dias|impacto en cronograma|terminauswirkung|"
        "impacto no prazo|impacto no cronograma|impacto en plazo|impacto en el plazo|"
        "impact sur le delai|impact delai|impact planning|verzogerung|time|time impact|"
        "time wks|time weeks|time days|timescale impact|impact on timescale|timescales impact|extension requested|extension requested days|time extension|extension of time|eot granted|days extension|timeline impact|timeline impact days|programme impact|program impact|programme impact days"),
    "change_request: impact_scope": "scope impact|impact on scope|impacto no ambito|impacto no escopo|impacto en alcance|impacto en el alcance|impact sur le perimetre|auswirkung auf umfang|umfangsauswirkung",
    "change_request: impact_benefits": "benefits impact|impact on benefits",
    # (a service desk's change record rates the change's own risk: "Risk" of Low, High)
    "change_request: impact_risk": "risk impact|impact on risk|risk|change risk|risk level|risk rating",
    "change_request: authority_level": "authority|authority level|approval level|decision level",
    "change_request: funding_source": "funding|funding source|fuente de financiacion",
    "change_request: approver": "approver|approved by|decided by|aprobador|genehmiger|decidido por|aprovado por|aprobado por|approuve par|decide par|genehmigt von|technical authority|approving authority|approval authority|assessed by|determined by",
    "change_request: recommendation": "recommendation|recommended option|recomendacion|empfehlung",
    "change_request: implemented_date": "implemented|implemented date|implementation date|date implemented",
    # -- lessons ------------------------------------------------------------------------
    "lesson: lesson_type": "lesson type|type of lesson",
    # went well or to improve: a log's "Type" when its values say so (the choices decide)
    "lesson: effect_type": (
        "type|went well improvement|what went well improvement|went well to improve|"
        "went well or to improve|positive negative|positive or negative|good bad|"
        "went well even better if|well improve|classification|lesson classification|"
        "tipo|typ|type de lecon|art|soort|gik godt kan forbedres|gick bra kan forbattras|"
        "gikk bra kan forbedres|positivo negativo|positif negatif|positiv negativ"),
    "lesson: event": "event|what happened|situation|evento|ereignis|evenement|what went well|what went wrong|what could be improved|what could have gone better|observation|lesson description|description|finding|what worked|what did not work|description of lesson|what didn t|what didn t go well|what did not go well|what didnt go well|what went badly|what didn t work",
    "lesson: effect": (
        "effect|impact|impact on project|impact on the project|consequence|efecto|auswirkung|"
        "effet|consequences|effects|impacts|what was the impact|what was the effect|impact on the project"),
    "lesson: causes": "cause|causes|root cause|causa|ursache|cause racine|oorzaak|oorzaken|"
                     "why did it happen|why it happened|why",
    "lesson: early_warning": "early warning|warning signs|indicators|early warning indicators",
    "lesson: recommendations": "recommendation|recommendations|what to do differently|what we will do differently|what will we do differently|do differently|recomendacion|empfehlung|recommandation|actions|actions agreed|improvement actions|action|what would we do differently|what we would do differently",
    "lesson: date_logged": (
        "date|date logged|logged|date raised|raised on|date recorded|date identified|fecha|datum|date de saisie|saisi le|date d enregistrement|fecha de registro|data de registo|data de registro|created|created on|created date"),
    "lesson: logged_by": (
        "logged by|author|raised by|submitted by|reported by|autor|auteur|captured by|"
        "recorded by|identified by|entered by|created by"),
    # who acts on the lesson, not who logged it
    "lesson: owner": (
        "owner|lesson owner|action owner|responsible|person responsible|accountable|"
        "assigned to|assignee|actionee|who|responsable|responsables|encargado|dueno|"
        "propietario|asignado a|verantwortlich|verantwortlicher|zustandig|zustaendig|"
        "proprietaire|porteur|pilote|responsavel|atribuido a"),
    # -- tasks of a plan (an Excel plan, MS Project, a tracker export) ------------------
    "task: ref": (
        "id|task id|key|issue key|item key|no|ref|number|serial no|serial number|sl no|s no|"
        "sr no|task no|task number|activity id|unique id|nr|nummer|vorgangsnummer|numero|"
        "item no|item id|line|line no|task code|activity code|task id code|card no|card number|step id|step no|step number|step ref"),
    "task: wbs": (
        "wbs|wbs code|wbs no|wbs id|wbs number|outline number|psp|psp code|psp nr|psp element|"
        "edt|eap|code wbs|structure code|wbs path|pbs|pbs id|pbs code|pbs no|product id"),
    "task: name": (
        "task|task name|name|activity|activity name|summary|title|deliverable|work item|"
        "item|description|milestone|milestone name|work package|phase|phases|les phases|"
        "vorgang|vorgangsname|aufgabe|aufgabenname|arbeitspaket|tache|taches|"
        "nom de la tache|tarea|nombre de tarea|actividad|tarefa|nome da tarefa|atividade|"
        "attivita|descrizione attivita|titre|intitule|titulo|titolo|titel|short description|card name|card title|card|product|product name|product title|deliverable name"),
    "task: outline_level": (
        "outline level|outline|indent|indent level|ebene|gliederungsebene|nivel|niveau"),
    "task: parent_ref": (
        "parent key|parent|parent task|parent issue|parent ref|epic link|parent wbs|"
        "parent id|summary task|tache parente|tache mere|tarea padre|tarea principal|tarefa pai|tarefa principal|ubergeordnete aufgabe|uebergeordnete aufgabe|ubergeordneter vorgang|bovenliggende taak|attivita padre|attivita principale|overordnet oppgave|overordnad uppgift"),
    "task: start_forecast": (
        "start|start date|begin|planned start|target start|target start date|forecast start|"
        "scheduled start|estimated start|expected start|inicio|fecha de inicio|fecha inicio|"
        "anfang|beginn|start datum|startdatum|debut|date de debut|data de inicio|data inicio|"
        "inicio previsto|start on|timeline start|timeline from|timeline begin|early start|planned start date"),
    "task: finish_forecast": (
        "finish|finish date|end|end date|due|due date|target end|target end date|"
        "target finish|planned finish|planned end|forecast finish|forecast end|"
        "scheduled finish|estimated finish|deadline|fin|fecha fin|fecha de fin|"
        "fecha de termino|termino|ende|enddatum|endtermin|date de fin|echeance|data fim|"
        "data de termino|data final|target date|due by|completion date|target completion|"
        "target completion date|planned completion|planned completion date|"
        "scheduled completion|estimated completion|estimated completion date|end on|"
        "forecast completion|forecast completion date|expected completion|timeline end|"
        "timeline to|timeline finish|early finish|planned finish date"),
    "task: start_baseline": (
        "baseline start|original start|planned start baseline|basisplan anfang|"
        "debut de reference|inicio de linea base|inicio linea base|inicio lb|inicio da linha de base|"
        "inicio linha de base|inicio bl|start bl|bl start|anfang basisplan|inizio baseline"),
    "task: finish_baseline": (
        "baseline finish|baseline end|original finish|original end|original due date|"
        "basisplan ende|fin de reference|fin de linea base|baseline|termino lb|fim lb|"
        "termino da linha de base|termino linha de base|fim da linha de base|fin lb|"
        "finish bl|bl finish|ende basisplan|fine baseline|baseline completion|"
        "original completion"),
    "task: start_actual": (
        "actual start|actual start date|started on|ist anfang|ist start|debut reel|"
        "inicio real|data de inicio real|act start date"),
    "task: finish_actual": (
        "actual finish|actual end|actual end date|actual finish date|completed on|"
        "date completed|ist ende|fin reelle|fin real|data de termino real|actual completion|"
        "actual completion date|completed date|completion date|date of completion|act end date|completed at"),
    "task: duration_days": (
        "duration|duration days|days|work days|working days|duration in days|dauer|duracion|"
        "duree|duracao|tempo de execucao|dias uteis|arbeitstage|jours|dias|dur|dur days|"
        "dur d|durn|duration d|est d|est days|estimate d|estimate days|est duration|original duration|orig dur|planned duration|at completion duration|remaining duration|target drtn hr cnt"),
    "task: status": (
        "status|state|task status|estado|estatus|stand|zustand|statut|etat|situacao|"
        "current status|progress|task progress|progreso|fortschritt|voortgang|activity status|status code|list|list name"),
    "task: owner": (
        "owner|assignee|assigned to|responsible|task owner|lead|who|responsable|"
        "verantwortlich|zustandig|responsavel|atribuido para|atribuido a|asignado a|"
        "proprietaire|encargado|dri|person responsible|accountable|person|people|persons|"
        "assignees|members|card members|producer"),
    "task: resources": (
        "resources|resource names|resource name|resource|assigned resources|ressourcen|"
        "recursos|ressources|risorse|ressourcennamen|noms des ressources|nombres de recursos|"
        "nomi risorse|crew|crews|trade|gang|team|teams"),
    "task: predecessors": (
        "predecessors|predecessor|dependencies|dependency|depends on|task dependencies|"
        "vorganger|vorgaenger|abhangigkeiten|predecesseurs|antecedentes|predecessoras|"
        "predecesoras|dependencias|anteriores"),
    "task: critical": "critical|critical path|on critical path|kritisch|critico|critique",
    "task: notes": (
        "notes|note|task description|activity description|task details|details|detail|"
        "comments|comment|remarks|bemerkungen|kommentar|commentaires|notas|"
        "observacoes|observaciones|anmerkungen|description|issue description"),
    "task: is_summary": "summary task|is summary|summary flag",
    "task: pct_complete": "ticked|completion status|task completion|progresso|avancement|activity pct complete|complete pct|phys complete pct|physical pct complete|duration pct complete|performance pct complete",
    # (a second line of the same scopes, written in their other order: a dict key once)
    "task,milestone,project: pct_complete": (
        "pct concluida|pct concluido|pct concluido|concluida|pct completada|pct completado|"
        "pct realizado|pct executado|pct termine|pct achevement|pct erledigt|pct fertig|"
        "pct completato|pct gereed"),
    "task: is_milestone": "milestone flag|is milestone|milestone yes no|milestone|meilenstein",
    "task: _kind": "issue type|type|task type|item type|work type|work item type|tipo|typ",
    "task: _phase": "phase|stage|workstream|work stream|fase|etapa|projektphase|phase du projet",
    "decision: decided_by": "made by|decision made by|decision maker|decision makers|taken by",
    "resource,allocation: hours_per_day": (
        "std hrs day|standard hours per day|std hours per day|hrs day|hrs per day|hours day|"
        "working hours per day"),
    "change_request: decision_date": "ccb date|cab date|board date|date of decision|decision on|freigabedatum|freigegeben am|datum freigabe|approval date|date approved|approved on|approved date|date of approval|approval set|approval_set|approved at|determination date|date of determination|date determined|assessment date",
    "raid: owner": (
        "action party|action by|action owner|expeditor|expediter|buyer|procurement lead|"
        "assigned user|assigned to user|assignee user|assigned person|"
        # a construction RFI or submittal log: whose move it is
        "ball in court|ball in court with|bic"),
    "action: title": "corrective action|corrective actions|preventive action|corrective preventive action|mesure corrective|mesures correctives|action corrective|actions correctives|accion correctiva|acciones correctivas|acao corretiva|korrekturmassnahme|korrekturmassnahmen|azione correttiva|corrigerende maatregel|action required|required action|action to be taken|key action|key actions|agreed action|agreed actions|recommendation|review recommendation|audit recommendation|gateway recommendation",
    "change_request: date_raised": "eroffnet am|eroeffnet am|eroffnungsdatum|geoffnet am|date rec d|date recd|date received|received on|received",
    "issue: severity": "ernst|ernst afwijking|ernstcategorie|risk rating|observation rating|"
                       "finding rating|rating|audit rating|issue rating",
    "issue: impact_cost": "herstelkosten|reparatiekosten|repair cost|rework cost|cost of rework",
    "raid: description": "description de l ecart|omschrijving afwijking|beschreibung der abweichung|descripcion de la desviacion",
    "dependency: status": "expediting status|delivery status|procurement status|supply status",
    "change_request: decision": (
        "approval|approval status|approval state|engineer s decision|engineers decision|"
        "employer s decision|client s decision|client decision|ccb decision|cab decision|ccb disposition|disposition|board disposition|crb disposition"),
    "action,dependency,assumption,decision: impact_cost": "cost implication|cost implications|financial implication|financial implications|cost impact",
    "risk,issue: severity": "risk level|level of risk|risk grade",
    # an audit's findings (observations) are issues raised on the project, rated
    "issue: title": "observation|finding|audit finding|audit observation|observation title|"
                    "finding title",
    "action: ref": "rec no|rec ref|rec id|recommendation no|recommendation ref|recommendation id|rec number",
    "action: category": "action category|category of action|action type",
    "action: due_date": "time frame|timeframe|time frame for completion|completion timeframe",
    "issue: description": "question|query|question issue|question / issue|observation|"
                          "audit observation|condition|finding detail|finding details",
    "issue: date_raised": "report issued|report date|date of report|report issue date|"
                          "date reported|audit report date",
    "lesson: category": "topic|theme",
    "decision: decision_date": "date of meeting|meeting date|board date|date of board|meeting|"
                               "steerco date|steering committee date|steering group date|"
                               "sc date|committee date|ccb date|forum date|"
                               "sitzung|sitzungsdatum|"
                               "datum sg|datum stuurgroep|stuurgroepdatum|datum besluit|"
                               "datum vergadering|vergaderdatum",
    "decision: options": "overwogen opties|opties|alternatieven|overwogen alternatieven",
    "dependency: title": "what we need|what is needed|what we need from them|deliverable needed|item needed|required deliverable",
}
