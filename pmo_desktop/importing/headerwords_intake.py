"""The words of demand and intake lists (issue 17): one row per proposal, idea or request.

``INTAKE`` is read as ``headerwords.FIELDS`` is (``"scopes: field": "synonym|…"``, EN,
FR, DE, ES, IT, PT, NL; accents are dropped when headers are compared). ``_objectives``
is the importer's own role for a column naming the strategic objectives a proposal
serves (linked by ``intake``, not stored as text). ``ENTITY_WORDS`` are the words of
sheet names and titles that call the rows proposals ("Intake", "Demand pipeline",
"Ideas"). ``PIPELINE_WORDS`` read a cell of a status or stage column as one of the
pipeline's stages (``domain.governance.PROPOSAL_STATUSES``).
"""

from __future__ import annotations

INTAKE: dict[str, str] = {
    "proposal: code": (
        "id|ref|reference|no|number|key|code|proposal id|proposal no|proposal code|"
        "proposal ref|idea id|idea no|request id|request no|request number|demand id|"
        "demand no|intake id|intake no|ticket|ref no|id demande|no demande|"
        "numero de demande|id idee|antragsnummer|antrags nr|antrag nr|id solicitud|"
        "no solicitud|id propuesta|id richiesta|no richiesta|id proposta|id pedido|"
        "aanvraagnummer|aanvraag nr|site id|site ref|site no|site code|opportunity id|bid no|bid ref|bid id|bid number|capital bid no|bid"),
    "proposal: name": (
        "title|name|idea|idea name|idea title|proposal|proposal name|proposal title|"
        "request|request name|request title|demand|demand title|initiative|"
        "initiative name|project name|proposed project|project|project title|"
        "opportunity|titre|intitule|nom|nom du projet|idee|projet|titre de la demande|"
        "titel|vorhaben|projektidee|projektname|antrag|bezeichnung|titulo|nombre|"
        "propuesta|nombre del proyecto|iniciativa|titolo|nome|proposta|iniziativa|"
        "nome do projeto|ideia|naam|voorstel|projectnaam|initiatief|scheme|scheme name|scheme title|bid title|bid name"),
    "proposal: sponsor": (
        "sponsor|requested by|requester|requestor|submitted by|business sponsor|"
        "executive sponsor|proposed by|business owner|idea owner|owner|demandeur|porteur|"
        "commanditaire|auftraggeber|antragsteller|angefragt von|eingereicht von|"
        "solicitante|patrocinador|promotor|solicitado por|richiedente|proponente|"
        "committente|requerente|proposto por|aanvrager|opdrachtgever|ingediend door|"
        "applicant|applicant group|applicant organisation|applicant organization|applicant name|acquisition lead|development lead|land lead"),
    "proposal: department": (
        "business unit|department|division|unit|bu|directorate|function|"
        "business area|area|departement|direction|entite|abteilung|bereich|"
        "geschaftsbereich|geschaeftsbereich|departamento|unidad de negocio|unidad|"
        "area de negocio|unita|unita di business|divisione|funzione|unidade de negocio|"
        "afdeling|bedrijfsonderdeel"),
    "proposal: description": (
        "description|details|problem statement|business need|need|scope|"
        "descripcion|beschreibung|descricao|descrizione|omschrijving|besoin|bedarf|"
        "necesidad|esigenza|necessidade|behoefte"),
    "proposal: status": (
        "status|stage|pipeline stage|intake status|request status|proposal status|"
        "idea status|state|statut|etat|etape|stade|stand|estado|etapa|fase|stato|"
        "situacao|phase"),
    "proposal: estimated_cost": (
        "estimated cost|est cost|cost estimate|estimated budget|budget request|"
        # a bid's or a grant application's size: what the project would cost and bring in
        "estimated value|est value|value|bid value|proposal value|opportunity value|"
        "award value|award amount|grant value|grant amount|"
        "budget requested|requested budget|requested amount|requested funding|"
        "funding request|funding requested|estimated investment|investment|cost|"
        "amount sought|amount requested|grant sought|funding sought|grant requested|"
        "total cost|estimated total cost|indicative cost|rough cost|rom cost|budget|"
        "cout estime|budget demande|budget estime|cout|montant demande|investissement|"
        "geschatzte kosten|geschaetzte kosten|kosten|budgetantrag|beantragtes budget|"
        "investition|coste estimado|costo estimado|presupuesto solicitado|"
        "presupuesto estimado|costo|coste|costo stimato|budget richiesto|costo previsto|"
        "custo estimado|orcamento solicitado|orcamento estimado|custo|"
        "geschatte kosten|gevraagd budget|kosten"),
    "proposal: effort_by_role": (
        "effort by role|effort per role|resource needs|resources needed|"
        "resource requirement|resource requirements|roles needed|effort breakdown|"
        "charge par role|besoins en ressources|ressourcenbedarf|aufwand je rolle|"
        "esfuerzo por rol|necesidades de recursos|fabbisogno risorse|"
        "esforco por funcao|benodigde capaciteit"),
    "proposal: start_date": (
        "expected start|proposed start|target start|desired start|requested start|"
        "earliest start|debut souhaite|date de debut souhaitee|debut prevu|"
        "gewunschter start|gewuenschter start|geplanter start|inicio deseado|"
        "inicio previsto|inizio previsto|inizio desiderato|inicio desejado|"
        "gewenste start"),
    "proposal: end_date": (
        "expected end|expected finish|target end|target finish|proposed end|"
        "desired end|target completion|required by|needed by|fin souhaitee|"
        "date de fin souhaitee|gewunschtes ende|gewuenschtes ende|fin deseada|"
        "fine prevista|fim previsto|gewenst einde"),
    "proposal: expected_benefits": (
        "expected benefits|benefits|benefit|business benefits|anticipated benefits|"
        "benefits description|expected outcome|expected outcomes|benefices attendus|"
        "benefices|gains attendus|erwarteter nutzen|nutzen|beneficios esperados|"
        "beneficios|benefici attesi|benefici|verwachte baten|baten"),
    "proposal: submitted_date": (
        "submitted|submitted date|submitted on|date submitted|submission date|"
        "date received|received|request date|date of request|requested on|intake date|"
        "date soumis|date de soumission|date de la demande|date de demande|"
        "eingereicht am|eingangsdatum|antragsdatum|fecha de solicitud|fecha de envio|"
        "data di invio|data richiesta|data de submissao|data da solicitacao|"
        "ingediend op|datum aanvraag"),
    "proposal: decision_date": (
        "decision date|date of decision|decided on|approval date|date approved|"
        "date de decision|entscheidungsdatum|fecha de decision|data decisione|"
        "data da decisao|besluitdatum"),
    "proposal: decided_by": (
        "decided by|approved by|approver|decision maker|decision body|decide par|"
        "approuve par|entschieden von|genehmigt von|decidido por|aprobado por|"
        "approvato da|deciso da|aprovado por|besloten door"),
    "proposal: notes": (
        "notes|note|comments|comment|remarks|commentaires|remarques|bemerkungen|"
        "kommentar|comentarios|observaciones|commenti|note|observacoes|opmerkingen"),
    "proposal: _objectives": (
        "strategic objective|strategic objectives|objective|objectives|strategic goal|"
        "strategic goals|goal|goals|strategic theme|strategic themes|strategic driver|"
        "strategic drivers|objectives served|objectif|objectifs|objectif strategique|"
        "objectifs strategiques|axe strategique|axes strategiques|ziel|ziele|"
        "strategisches ziel|strategische ziele|objetivo|objetivos|objetivo estrategico|"
        "objetivos estrategicos|obiettivo|obiettivi|obiettivo strategico|"
        "obiettivi strategici|doel|doelen|strategisch doel|strategische doelen"),
}

ENTITY_WORDS: tuple[str, ...] = (
    "proposal", "proposals", "intake", "demand", "demands", "pipeline", "idea", "ideas",
    "proposition", "propositions", "idees", "demandes", "ideen", "antrage", "antraege",
    "vorschlage", "vorschlaege", "projektideen", "projektantrage", "propuestas",
    "solicitudes", "demanda", "idee", "proposte", "richieste", "ideias", "propostas",
    "solicitacoes", "ideeen", "voorstellen", "aanvragen",
    # a funder's applications (grants, funding calls): requests for a project's money
    "applications", "grant applications", "funding applications", "grants tracker",
)

# Sheet or title words that call the rows requests only when nothing speaks of changes
# (a change-request log is not an intake list).
REQUEST_WORDS = frozenset(("request", "requests", "requested"))
CHANGE_WORDS = frozenset(("change", "changes", "cr", "crs", "rfc", "changement",
                          "changements", "anderung", "aenderung", "anderungen",
                          "aenderungen", "cambio", "cambios", "modifica", "modifiche",
                          "mudanca", "mudancas", "alteracao", "alteracoes",
                          "wijziging", "wijzigingen"))

# A status or stage cell (normalised) → the pipeline's stage. Words that a change
# request, a risk or a task also uses ("approved", "open") are read here too; only
# ``OWN_STAGE_WORDS`` tell an intake list from other lists.
PIPELINE_WORDS: dict[str, str] = {}
for _stage, _words in {
    "idea": "idea|ideas|new idea|concept|draft|proposed|proposal|pipeline|backlog|"
            "idee|brouillon|entwurf|idea nueva|borrador|bozza|ideia|rascunho|concept idee|"
            "in preparation|concept note|identified|identification|capture",
    "submitted": "submitted|new|received|open|requested|logged|registered|soumis|soumise|"
                 "recu|recue|nouveau|nouvelle|eingereicht|eingegangen|neu|presentado|solicitud recibida|"
                 "presentada|recibido|nuevo|nueva|inviato|inviata|ricevuto|nuovo|nuova|"
                 "presentata|submetido|submetida|recebido|novo|nova|ingediend|ontvangen|"
                 "nieuw",
    "assessed": "assessed|under assessment|in assessment|assessment|being assessed|"
                "under review|in review|reviewed|evaluated|under evaluation|"
                "in evaluation|being evaluated|business case|analysis|in analysis|"
                "scoring|scored|evalue|evaluee|en evaluation|en cours d evaluation|"
                "en analyse|en instruction|en etude|a l etude|in bewertung|bewertet|"
                "in prufung|in pruefung|gepruft|geprueft|en evaluacion|evaluado|"
                "evaluada|en analisis|en revision|in valutazione|valutato|valutata|"
                "in analisi|em avaliacao|avaliado|avaliada|em analise|in beoordeling|"
                "beoordeeld|in analyse|shortlisted|under negotiation|in negotiation",
    "approved": "approved|accepted|go|funded|agreed|authorised|authorized|approuve|"
                "approuvee|valide|validee|accepte|acceptee|genehmigt|freigegeben|"
                "bewilligt|aprobado|aprobada|aceptado|aceptada|approvato|approvata|"
                "accettato|accettata|aprovado|aprovada|aceito|aceita|goedgekeurd|"
                "akkoord|geaccepteerd|awarded|won|contracted|grant awarded",
    "started": "started|in delivery|in progress|launched|kicked off|became a project|"
               "converted to project|demarre|demarree|lance|lancee|en cours|gestartet|"
               "in umsetzung|in bearbeitung|iniciado|iniciada|en curso|en ejecucion|"
               "avviato|avviata|in corso|em andamento|em execucao|gestart|in uitvoering|"
               "lopend",
    "rejected": "rejected|declined|refused|not approved|no go|turned down|rejete|"
                "rejetee|refuse|refusee|abgelehnt|rechazado|rechazada|denegado|"
                "respinto|respinta|rifiutato|rifiutata|rejeitado|rejeitada|recusado|"
                "recusada|afgewezen|geweigerd|not awarded|unsuccessful|lost|not funded",
    "deferred": "deferred|on hold|postponed|parked|paused|later|hold|differe|differee|"
                "reporte|reportee|en attente|suspendu|zuruckgestellt|zurueckgestellt|"
                "verschoben|pausiert|aplazado|aplazada|pospuesto|en espera|rinviato|"
                "rinviata|sospeso|sospesa|in attesa|adiado|adiada|em espera|suspenso|"
                "uitgesteld|geparkeerd|on hold gezet",
}.items():
    for _w in _words.split("|"):
        PIPELINE_WORDS.setdefault(_w, _stage)

# Stage words only an intake list uses: a status column mostly of these is evidence
# that its rows are proposals (approved, rejected and deferred are a change log's too).
OWN_STAGE_WORDS = frozenset(w for w, s in PIPELINE_WORDS.items()
                            if s in ("idea", "assessed")
                            and w not in ("under review", "in review", "reviewed",
                                          "draft", "brouillon", "entwurf", "borrador",
                                          "bozza", "rascunho", "en revision", "analysis",
                                          "backlog", "proposed", "in analysis"))

# Cost headers that say the money is asked for or estimated, not a budget held.
ESTIMATE_WORDS = frozenset(("estimated", "estimate", "est", "requested", "request",
                            "indicative", "rough", "rom", "estime", "estimee", "demande",
                            "geschatzte", "geschaetzte", "beantragtes", "estimado",
                            "solicitado", "stimato", "richiesto", "previsto", "geschatte",
                            "gevraagd", "funding", "investment", "investissement"))
