"""More header words of French trackers (France, Belgium, Switzerland, Québec), read as
``headerwords.FIELDS`` is (each line ``"scopes: field": "synonym|synonym|…"``). The first
French words live in ``headerwords``; these are the ones portfolio reports, risk and issue
registers, decision and action logs, milestone tables ("tableau des jalons"), schedules
(MS Project in French), budget follow-ups ("suivi budgétaire") and resource plans add.

Headers are compared normalised (``vocab.norm``): accents dropped ("Échéance" is
"echeance"), "%" read as "pct", "N°" as "no", apostrophes as spaces ("d'avancement" is
"d avancement"); the words below are written so. ``ENTITY_WORDS`` holds the French names
of the kinds of record.
"""

from __future__ import annotations

FRENCH: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "no du risque|no risque|id du risque|ref risque|reference du risque|no de l action|"
        "no action|id action|no du probleme|id probleme|no de la decision|no decision|"
        "id decision|no de la demande|no demande|no dependance|no de la lecon|code"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "nom du projet|code projet|code du projet|projet concerne|no projet|no du projet|"
        "numero de projet|numero du projet|n projet"),
    "project: name": (
        "intitule du projet|titre du projet|nom projet|libelle du projet|"
        # a French local authority's works programme: each project an "opération"
        "intitule de l operation|libelle de l operation|nom de l operation|operation|"
        "intitule operation|designation de l operation"),
    "project: code": (
        "n operation|no operation|no de l operation|numero d operation|numero de l operation|"
        "code operation|ref operation|reference operation"),
    "project: manager": (
        "chef de projet|cheffe de projet|responsable du projet|responsable de projet|"
        "pilote du projet|gestionnaire du projet|directeur du projet|coordonnateur du projet|"
        "coordonnatrice du projet|coordinateur du projet|charge de projet|charge e|charge|chargee|charge d operation|charge d operations|chargee d operation|charge e d operation"),
    "project: sponsor": (
        "sponsor du projet|sponsor|commanditaire du projet|mandant|proprietaire du projet|"
        "elu referent|elu referente|elu en charge|maitre d ouvrage"),
    "project: stage": "phase actuelle|etape|etape du projet|phase en cours|phase du cycle de vie|phase du cycle|phase projet",
    "project: state": "etat du projet|statut du projet|situation du projet",
    "project: start_baseline": (
        "debut prevu|date de debut prevue|debut planifie|date de debut planifiee|"
        "debut initial|date de debut initiale|debut de reference"),
    "project: finish_baseline": (
        "fin planifiee|date de fin planifiee|fin initiale|date de fin initiale|"
        "fin de reference|date de fin de reference|echeance initiale|livraison initiale|"
        "date de livraison initiale|livraison prevue initialement"),
    "project: finish_forecast": (
        "fin revisee|date de fin revisee|fin estimee|date de fin estimee|fin projetee|"
        "nouvelle echeance|echeance revisee|date de fin previsionnelle|fin previsionnelle|"
        "livraison previsionnelle|date de livraison previsionnelle|livraison prevue|"
        "livraison revue|livraison actualisee"),
    "project: start_actual": "debut reel|date de debut reelle|demarre le",
    "project: finish_actual": "fin reelle|date de fin reelle|termine le|cloture le",
    "project: bac": (
        "budget approuve|budget autorise|budget initial|budget alloue|budget vote|"
        "enveloppe|enveloppe budgetaire|budget global|montant du marche|budget de reference|"
        # a public body's authorisation for the programme (AP, autorisation de programme)
        "ap votee|ap|autorisation de programme|montant ap|ap initiale|prix de revient|cout de revient|prix de revient previsionnel"),
    "project: eac": (
        "cout estime a terminaison|estimation a l achevement|estimation a terminaison|"
        "cout final prevu|cout final estime|prevision a terminaison|cout a terminaison|cout prevu a la fin|cout prevu a l achevement|cout prevu final|cout projete a la fin|"
        "cout previsionnel actualise|cout previsionnel|cout actualise|cout d objectif actualise"),
    "project,milestone,task: pct_complete": (
        "pct acheve|pct d achevement|avancement physique|taux d avancement|pct avancement|"
        "avancement pct|taux de realisation|pct realisation"),
    "project: rag_overall": (
        "etat global|statut global|meteo globale|meteo generale|meteo du projet|"
        "indicateur global|tendance globale|sante du projet|feu global|couleur"),
    "project: rag_schedule": "meteo delais|meteo planning|statut delais|respect des delais",
    "project: rag_cost": "meteo couts|meteo budget|statut budget|respect du budget",
    "project: rag_scope": "meteo perimetre|meteo qualite|statut perimetre",
    "project: rag_risk": "meteo risques|statut risques",
    "project: summary": (
        "commentaire|faits marquants|points d attention|synthese|situation actuelle|"
        "etat d avancement|avancement du mois"),
    "project: next_steps": "prochaines actions|actions a venir|suite|etapes suivantes",
    "project: status_date": "date de mise a jour|mise a jour|date du rapport|situation au",
    "project: department": (
        "direction|service|departement|entite|pole|unite|direction metier|business unit"),
    # -- RAID, changes, lessons -------------------------------------------------------
    "raid,change_request,lesson: title": (
        "titre du probleme|intitule du probleme|libelle de l action|sujet|"
        "evenement redoute|description courte"),
    "action: title": (
        "action|action a mener|point d action|points d action|point d action a suivre|action a realiser|description de l action|intitule de l action|"
        "libelle action|tache|activite"),
    "decision: title": "decision|objet de la decision|sujet de la decision",
    "milestone,raid: owner": (
        "responsable de l action|responsable du risque|proprietaire du risque|porteur du risque|"
        "pilote de l action|porteur de l action|assigne a|attribue a|qui|personne responsable|"
        "personne responsable du suivi|responsable du suivi|charge du suivi|"
        # a snag list's contractor, who must lift (lever) each reserve
        "entreprise|entreprise concernee|entreprise titulaire|titulaire du lot"),
    "raid,change_request: date_raised": (
        "date d identification|date de creation|date d ouverture|date de la reunion|"
        "date de reunion|date d emission|date de signalement|identifie le|ouvert le|"
        "cree le|date d enregistrement|date signalee|signale le|date de signalement|date du signalement|"
        "date du constat|date de constat|constate le|date de constatation"),
    "raid,change_request: raised_by": (
        "identifie par|cree par|signale par|emis par|ouvert par|demande par|initiateur"),
    "raid: due_date": (
        "echeance|echeance prevue|date d echeance|date butoir|delai|date prevue|"
        "date de realisation prevue|pour le|a realiser pour le|date limite de resolution"),
    "raid: closed_date": (
        "date de cloture|date de realisation|date de fin reelle|realise le|cloture le|"
        "ferme le|date de fermeture|date de resolution|date de levee|levee le|leve le"),
    "raid: review_date": "derniere mise a jour|date de mise a jour|date de revue|derniere revue|date de revision|revise le|derniere revision|date de la derniere revision",
    "assumption: impact_if_false": "impact si fausse|impact si invalide|consequence si fausse|impact si l hypothese est fausse",
    "raid: notes": "commentaire|observations|remarque|suivi|notes",
    "risk,issue,lesson: category": (
        "categorie du risque|type de risque|nature|nature du risque|domaine|axe|famille|"
        "origine du risque|source du risque"),
    "risk: probability": "probabilite d occurrence|niveau de probabilite|frequence|occurrence",
    "risk,issue,assumption,dependency: impact": (
        "gravite|niveau d impact|consequence|consequences|severite"),
    "risk: response": "strategie de reponse|type de reponse|type de traitement|traitement",
    "risk: response_actions": (
        "plan de traitement|actions de traitement|mesures|mesures de mitigation|"
        "actions preventives|mesures preventives|plan de mitigation|actions de mitigation|"
        "actions correctives prevues"),
    "risk: contingency": "plan de contingence|plan de repli|contingence",
    "risk,issue: impact_cost": (
        "impact financier estime|exposition|exposition financiere|cout potentiel|"
        "montant estime|impact budgetaire"),
    "issue: resolution": (
        "resolution|solution|action corrective|actions correctives|mesures prises|"
        "solution apportee|traitement"),
    "issue,decision: decided_by": (
        "decideur|decide par|instance|instance de decision|valide par|approuve par|arbitre par"),
    "issue,decision,change_request: decision_date": (
        "date de la decision|date d arbitrage|date de validation|date d approbation"),
    "dependency,decision: rationale": "justification|motif|motivation|raison|argumentaire",
    "decision,change_request: options": "options|options etudiees|alternatives|scenarios envisages|options examinees|options envisagees|options etudiees",
    "decision: decision": "decision prise|decision retenue|arbitrage",
    "decision: impact_summary": "impact|impacts|consequences|impact de la decision",
    "decision: raised_by": "propose par|proposition de|porteur",
    "change_request: title": "objet de la demande|titre de la demande|intitule du changement",
    "change_request: cr_type": "type de demande|type de changement|type de modification",
    "change_request: requester": "demandeur|demande par|emetteur",
    "change_request: approver": "valide par|approuve par|arbitre par|decideur|approbateur|"
                                "approbatrice|valideur",
    "change_request: impact_scope": "impact perimetre|impact sur le perimetre",
    "change_request: recommendation": "avis moe|avis|avis technique|recommandation",
    "change_request: impact_schedule_days": "impact delai jours|impact sur les delais|decalage jours|impact sur l echeancier|impact sur le calendrier|impact delai|impact sur l echeance|impact echeancier",
    "change_request: implemented_date": "date de mise en oeuvre|mis en oeuvre le",
    "dependency: counterparty": (
        "depend de|fournisseur|entite externe|partie prenante|equipe fournisseuse|"
        "projet fournisseur"),
    "dependency: direction": "sens de la dependance|entrante sortante",
    "dependency: need_by_date": "date requise|date de besoin|date souhaitee|requis le",
    "dependency: committed_date": "date engagee|date promise|date convenue",
    "lesson: event": (
        "ce qui s est passe|description|constat|situation|evenement|lecon apprise|"
        "lecons apprises|ce qui a bien fonctionne|ce qui a moins bien fonctionne|"
        "points positifs|points a ameliorer|description de l evenement|"
        "description de l evenement survenu|evenement survenu|description du constat"),
    "lesson: recommendations": "recommandation|recommandations|action recommandee|preconisation",
    "lesson: effect": "effet|impact|impact sur le projet|consequence|consequences|effets|impacts",
    "lesson: causes": "cause|causes|cause racine|causes profondes",
    "lesson: logged_by": "redige par|auteur|saisi par|signale par|soumis par|transmis par",
    "lesson: category": "discipline|domaine|specialite|lot|corps de metier",
    # -- milestone tables and plans (and MS Project in French) ------------------------------
    "milestone: name": (
        "jalon|jalons|nom du jalon|intitule du jalon|libelle du jalon|jalon etape|livrable"),
    "milestone: baseline_date": (
        "date de reference|date initiale|date planifiee|date prevue initiale|date cible initiale|"
        "date contractuelle|date de base|echeance initiale|echeance contractuelle|"
        "echeance de reference"),
    "milestone: forecast_date": (
        "date prevue|date prevue revisee|date revisee|date prevision|nouvelle date|"
        "date projetee|date estimee|echeance revue|echeance revisee|nouvelle echeance|"
        "echeance actualisee|echeance prevue"),
    "milestone: actual_date": (
        "date reelle|date atteinte|atteint le|date de realisation|realise le|date effective|date realisee|realise le|date de realisation|date effective"),
    "milestone: critical": "jalon critique|critique|chemin critique",
    "task: name": "nom de la tache|tache|activite|libelle|intitule",
    "task: start_forecast": "debut|date de debut|debut prevu",
    "task: finish_forecast": "fin|date de fin|fin prevue|echeance|date limite|date d echeance|fin revisee|fin prevue revisee|fin replanifiee",
    "task: start_baseline": "debut planifie|debut de reference|debut initial",
    "task: finish_baseline": "fin planifiee|fin de reference|fin initiale",
    "task: start_actual": "debut reel",
    "task: finish_actual": "fin reelle",
    "task: duration_days": "duree|duree jours|charge jours",
    "task: predecessors": "predecesseurs|antecedents|taches precedentes",
    "task: resources": "noms ressources|noms des ressources|ressources",
    "task: outline_level": "niveau hierarchique|niveau",
    "task: wbs": "wbs|code wbs|no hierarchique|code edt|edt",
    # "N°" reads "n" (the degree sign is not a letter)
    "milestone,task: ref": "n|no du jalon|no de tache|id du jalon|id tache",
    "task: is_milestone": "jalon",
    "task: is_summary": "recapitulative|tache recapitulative",
    "task: critical": "critique",
    # -- money, people ----------------------------------------------------------------
    "financial: category": (
        "poste budgetaire|poste|poste de depense|ligne budgetaire|rubrique budgetaire|"
        "nature de depense|nature des depenses|categorie de depense|centre de cout|compte|"
        "libelle|article budgetaire"),
    "financial: planned": (
        "prevu|budget annuel|budget initial|budget prevu|montant prevu|budgete|planifie|"
        "budget alloue|budget vote|budget primitif|credits ouverts|budget revise|"
        "budget rectifie"),
    "financial: actual": "realise|depenses reelles|consomme|montant realise|impute|paye",
    "financial: forecast": (
        "prevision|reprevision|estime|atterrissage|projection|atterrissage previsionnel|"
        "atterrissage prevu|prevision de fin d annee|estime a fin d annee"),
    "resource: name": (
        "nom|nom et prenom|nom prenom|prenom nom|collaborateur|collaboratrice|ressource|"
        "personne|employe|membre de l equipe|intervenant"),
    "allocation: resource_id": (
        "collaborateur|ressource|personne|intervenant|nom|charge e de projets|"
        "charge de projets|chargee de projets|charge e de projet"),
    "resource,allocation: role_id": (
        "fonction|role|poste|profil|metier|titre d emploi|titre du poste|emploi|poste occupe"),
    "resource: team": "equipe|service|departement|direction|pole",
    "resource: cost_rate": (
        "taux journalier|tjm|cout journalier|taux horaire|cout horaire|tarif journalier|"
        "tarif horaire|tarif|cout mensuel"),
    "resource: location": (
        "bureau|site|lieu de travail|implantation|localisation|lieu d affectation"),
    "allocation: project_id": "client projet|client|mission|client mission",
    "resource: fte": "etp|taux d occupation|quotite|disponibilite",
    "resource: manager": "responsable hierarchique|manager|superieur|gestionnaire|gestionnaire direct|superieur immediat|chef d equipe",
    "resource: email": "courriel|adresse courriel|e mail",
    "allocation: hours": "jours|jours homme|jh|charge|heures prevues",
    "change_request: impact_cost": (
        "impact sur les couts|impact sur le cout|impact financier|impact cout|montant estime|"
        "montant|montant de la modification|cout estime|estimation du cout"),
    "project: location": "municipalite|ville|commune|localite|lieu|region|arrondissement",
    "raid: severity": "criticite|niveau de criticite",
    "lesson: owner": "emetteur|auteur du rex|redacteur",
}

# The French names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("portefeuille", "portefeuille de projets", "tableau de bord des projets",
                "liste des projets"),
    "risk": ("registre des risques", "matrice des risques", "cartographie des risques",
             "risques"),
    "issue": ("registre des problemes", "problemes", "registre des incidents",
              "points ouverts", "suivi des problemes",
              # a building's snags at handover (OPR) and in its year of guarantee (GPA)
              "reserves", "liste des reserves", "levee des reserves", "suivi des reserves"),
    "assumption": ("hypotheses", "registre des hypotheses"),
    "dependency": ("dependances", "registre des dependances"),
    "decision": ("registre des decisions", "journal des decisions", "decisions", "arbitrages"),
    "action": ("plan d actions", "suivi des actions", "registre des actions", "actions"),
    "change_request": ("demandes de changement", "registre des changements",
                       "registre dm", "registre des dm",
                       "demandes de modification", "gestion des changements"),
    "lesson": ("lecons apprises", "retour d experience", "registre des lecons apprises",
               "retex"),
    "milestone": ("jalons", "tableau des jalons", "tableau de bord des jalons",
                  "suivi des jalons", "echeancier", "calendrier des jalons"),
    "task": ("planning", "echeancier", "retroplanning", "plan de travail", "taches"),
    "financial": ("suivi budgetaire", "budget", "suivi financier", "depenses",
                  "tableau budgetaire"),
    "resource": ("ressources", "equipe projet", "collaborateurs", "effectifs"),
    "allocation": ("plan de charge", "planification des ressources", "affectations",
                   "capacite"),
}
