"""The header words of Finnish trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): "ä" read as "a", "ö" as "o" ("Määräpäivä"
is "maarapaiva"); the words below are written so. One language a speaker can review;
``ENTITY_WORDS`` holds the Finnish names of the kinds of record.
"""

from __future__ import annotations

FINNISH: dict[str, str] = {
    "raid,change_request,lesson: ref": "nro|numero|tunnus|id|viite",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekti|projektin nimi|projektitunnus|hanke|hankkeen nimi"),
    "project: code": "projektitunnus|projektinumero|tunnus|hanke id|hanketunnus|hankenumero|hankkeen tunnus|projektin tunnus",
    "project: name": "projektin nimi|projekti|nimi",
    "project: sponsor": "omistaja|projektin omistaja|sponsori|tilaaja",
    "project: manager": "projektipaallikko|projektipaallikon nimi|vastuuhenkilo",
    "project: stage": "vaihe|projektin vaihe",
    "project: bac": "budjetti|hyvaksytty budjetti|kokonaisbudjetti",
    "project,milestone,task: pct_complete": "valmiusaste|edistyminen|valmiusaste pct",
    "project,raid,change_request: description": "kuvaus|selite|tarkempi kuvaus",
    "raid,change_request,lesson: title": (
        "otsikko|aihe|toimenpide|riski|ongelma|oletus|riippuvuus|paatos|muutos|havainto"),
    "milestone,raid: owner": "vastuuhenkilo|vastuussa|vastaava|omistaja|vastuu",
    "milestone,raid,change_request,lesson: status": "tila|tilanne|status",
    "milestone,raid: notes": "huomiot|huomautukset|kommentit|lisatiedot|muistiinpanot",
    "raid,change_request: raised_by": "kirjaaja|ilmoittaja|ehdottaja|pyytaja",
    "raid,change_request: date_raised": "kirjattu|kirjauspaiva|avattu|luotu|pvm|paivamaara",
    "raid: due_date": "maarapaiva|takaraja|eraantyy|valmis viimeistaan|tavoitepaiva",
    "raid: closed_date": "suljettu|sulkemispaiva|valmistunut",
    "project,raid,change_request,lesson,task: priority": "prioriteetti|kiireellisyys",
    "risk: probability": "todennakoisyys",
    "risk,issue,assumption,dependency: impact": "vaikutus|seuraus",
    "risk: response": "toimenpiteet|hallintakeino|vastatoimet",
    "risk: trend": "trendi|kehitys|suunta",
    "raid: review_date": (
        "seuraava tarkistus|tarkistuspaiva|seuraava katselmointi|katselmointi|tarkistetaan"),
    "issue: resolution": "ratkaisu|ratkaisun kuvaus|korjaava toimenpide|korjaustoimenpide",
    "assumption: impact_if_false": (
        "vaikutus jos ei pida|vaikutus jos oletus ei pida|vaikutus jos vaara"),
    "assumption: validate_by": (
        "validoitava mennessa|validoitava|vahvistettava mennessa|varmistettava mennessa"),
    "dependency: direction": "suunta",
    "dependency: counterparty": (
        "toimittaja / vastaanottaja|toimittaja vastaanottaja|toimittaja|vastaanottaja|"
        "osapuoli|riippuvuuden osapuoli"),
    "dependency: need_by_date": "tarvitaan viimeistaan|tarvitaan|tarvepaiva",
    "dependency,decision: rationale": "perustelu|perustelut",
    "issue,decision: decided_by": "paattaja|paatoksentekija|paattanyt|hyvaksyja",
    "issue,decision,change_request: decision_date": "paatospaiva|paatoksen paivamaara",
    "decision,change_request: options": "vaihtoehdot|harkitut vaihtoehdot",
    "risk,issue,lesson: category": "luokka|kategoria|tyyppi",
    "lesson: recommendations": "suositus|suositukset|opit|suositus jatkoon|suositus jatkossa|jatkosuositus",
    "milestone: name": "virstanpylvas|virstanpylvaat|valitavoite",
    "task: name": "tehtava|tehtavan nimi|tyovaihe",
    "task: start_forecast": "alku|aloitus|alkupaiva",
    "task: finish_forecast": "loppu|lopetus|loppupaiva",
    "task: duration_days": "kesto|kesto paivaa",
    "resource: name": "henkilo|nimi|resurssi|tyontekija",
    "allocation: resource_id": "henkilo|resurssi|tyontekija",
    "resource,allocation: role_id": "rooli|tehtavanimike",
    "resource: location": "sijainti|toimipaikka|paikkakunta|tyopiste",
    "resource: email": "sahkoposti|sahkopostiosoite|email",
    "resource: cost_rate": "tuntihinta|paivahinta|hinta|tuntiveloitus",
    "resource: manager": "esihenkilo|esimies|lahiesihenkilo",
    # working time as person-years (henkilötyövuosi, HTV): an FTE
    "resource: fte": "tyoaika|htv|henkilotyovuosi|tyoaikaprosentti",
    "lesson: event": "mita tapahtui|tapahtuma|mita tapahtu",
    "lesson: causes": "syy|syyt|juurisyy|perimmainen syy",
    "lesson: effect": "vaikutus|vaikutukset",
    "lesson: logged_by": "kirjaaja|kirjannut",
    "lesson: date_logged": "kirjattu|kirjauspaiva|kirjattu pvm|pvm|paivamaara",
    "lesson: owner": "vastuuhenkilo",
    "lesson: effect_type": "tyyppi|opin tyyppi",
    "project: department": "yksikko|osasto|tulosyksikko|vastuuyksikko",
    "project: rag_overall": "kokonaistila|tila yhteensa|kokonaistilanne",
    "project: rag_schedule": "aikataulu|aikataulutilanne",
    "project: rag_cost": "kustannukset|kustannustilanne|budjettitilanne",
    "project: eac": "ennuste|kustannusennuste|ennuste valmistuessa",
    "project: start_baseline": "alkaa|aloitus|alkupaiva|aloituspaiva",
    "project: finish_baseline": "paattyy|paattymispaiva|valmistuu|loppupaiva",
    "project: next_steps": "seuraavat toimenpiteet|seuraavat askeleet|jatkotoimenpiteet",
}

# The Finnish names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projektit", "salkku", "projektisalkku"),
    "risk": ("riskit", "riskirekisteri", "riskiloki"),
    "issue": ("ongelmat", "poikkeamat"),
    "decision": ("paatokset", "paatosloki"),
    "assumption": ("oletukset", "olettamukset"),
    "dependency": ("riippuvuudet",),
    "action": ("toimenpiteet", "toimenpideloki", "tehtavalista"),
    "change_request": ("muutokset", "muutospyynnot", "muutosloki"),
    "lesson": ("opit", "opitut asiat", "kokemukset"),
    "milestone": ("virstanpylvaat", "aikataulu"),
    "task": ("tehtavat", "aikataulu", "projektisuunnitelma"),
    "financial": ("budjetti", "kustannukset"),
    "resource": ("resurssit", "henkilosto"),
}
