"""The words of stakeholder registers (DOMAIN §7.4): one row per person or organisation,
who they are, how much power and interest they have, how engaged they are and should be,
and who keeps the relationship.

``STAKEHOLDER`` is read as ``headerwords.FIELDS`` is (``"scopes: field": "synonym|…"``, EN,
FR, DE, ES, IT, PT, NL and the Nordic languages; accents are dropped when headers are
compared). ``ENTITY_WORDS`` are the words of sheet names and titles that call the rows
stakeholders. A table is read as stakeholders only with a name and a field only a
stakeholder has (power, interest, engagement, role in the project, relationship owner:
``columns.IDENTITY``), so a contact list or a team list stays what it is.
"""

from __future__ import annotations

STAKEHOLDER: dict[str, str] = {
    "stakeholder: name": (
        "stakeholder|stakeholder name|name|full name|contact name|person|stakeholder group|"
        "partie prenante|nom|nom de la partie prenante|interessengruppe|stakeholdername|"
        "name des stakeholders|parte interesada|nombre|interesado|parte interessada|"
        "nome|portatore di interesse|stakeholder naam|naam|intressent|interessent|"
        "interessent navn|intressentens namn|navn|namn|fulde navn|fullt navn|jmeno|jmeno a prijmeni|zainteresovana strana|"
        "meno|imie i nazwisko|interesariusz|nazwa|contact person|key contact|"
        "ansprechperson|ansprechpartner|ansprechpartnerin|kontaktperson|persona de contacto|"
        "interlocuteur|personne de contact|contactpersoon|persona di contatto|이해관계자|이해관계자명|성명"),
    "stakeholder: organisation": (
        "organisation|organization|org|company|agency|body|department|employer|"
        "organisationseinheit|organisationseinheit oe|oe|"
        "organisme|entreprise|societe|organisation stakeholder|unternehmen|firma|"
        "institution|organisacion|organizacion|empresa|entidad|organizacao|orgao|"
        "organizzazione|ente|societa|organisatie|bedrijf|organisasjon|organisation|virksomhed|"
        "organizace|instituce|organizacia|organizacja|instytucja|college|college unit|faculty|school unit|소속 기관|소속|기관|소속기관"),
    "stakeholder: position": (
        "position|job title|title role|job role|designation|post|rank|fonction|poste|titre|"
        "funktion|stelle|position im unternehmen|cargo|puesto|funcao|ruolo aziendale|"
        "qualifica|functie|stilling|befattning|titel|funkce|pozice|funkcia|stanowisko|title|직책|직위"),
    "stakeholder: side": (
        "internal external|internal or external|int ext|int/ext|type|stakeholder type|"
        "interne externe|intern extern|interno externo|interno esterno|intern extern|"
        "intern ekstern"),
    "stakeholder: contact": (
        "contact|contact details|email|e mail|email address|phone|telephone|contact info|"
        "coordonnees|courriel|kontakt|kontaktdaten|telefon|contacto|correo|contato|"
        "contatto|telefono|contactgegevens|kontaktuppgifter|kontaktinfo|kontaktni udaje|"
        "dane kontaktowe"),
    "stakeholder: role_in_project": (
        "role in project|project role|role|role on project|raci|raci role|interest in project|"
        "role dans le projet|role projet|rolle im projekt|projektrolle|rol en el proyecto|"
        "papel no projeto|ruolo nel progetto|rol in project|rolle i prosjektet|roll i projektet|"
        "rolle i projektet|role v projektu|rola v projekte|rola w projekcie"),
    "stakeholder: projects": (
        "projects|project|related projects|linked projects|projets|projekte|proyectos|"
        "projetos|progetti|projecten|projekter|projekt"),
    "stakeholder: requirements": (
        "requirements|key requirements|expectations|needs|key interests|concerns|"
        "issues concerns|what they want|attentes|besoins|erwartungen|anforderungen|"
        "expectativas|necesidades|expectativas|necessidades|aspettative|esigenze|"
        "verwachtingen|behoeften|forventninger|forvantningar"),
    "stakeholder: power": (
        "power|influence|power influence|influence level|authority|level of influence|"
        "pouvoir|influence|einfluss|macht|poder|influencia|potere|influenza|macht invloed|"
        "invloed|magt|makt|innflytelse|inflytande|vliv|moc|vplyv|wplyw|paverkan|paverkansgrad|"
        "indflydelse|영향력"),
    "stakeholder: interest": (
        "interest|level of interest|interest level|impact on them|interet|niveau d interet|"
        "interesse|interes|nivel de interes|interesse|interesse livello|belang|interesse niveau|"
        "intresse|zajem|zaujem|zainteresowanie|impact|level of impact|impact level|"
        "impact on stakeholder|관심도"),
    "stakeholder: current_engagement": (
        "current engagement|engagement current|current|current level|current state|"
        "stance|current stance|stance now|"
        "current attitude|current support|attitude|current position|engagement actuel|"
        "niveau actuel|aktuelles engagement|aktuelle haltung|compromiso actual|"
        "engajamento atual|coinvolgimento attuale|huidige betrokkenheid|"
        "nuvaerende engagement|nuvarande engagemang|naverende engasjement|soucasny postoj|"
        "aktualni postoj|sucasny postoj|obecne zaangazowanie|obecna postawa|nuvarande installning|"
        "nuvarande|nuvaerende holdning|navaerende holdning|haltung heute|haltung ist|ist haltung|haltung aktuell|einstellung heute|aktuelle einstellung|houding nu|huidige houding|engagement ist|ist engagement|"
        "ist einbindung|einbindung ist|aktuelle einbindung|"
        "posicion actual|postura actual|actitud actual|position actuelle|posicao atual|"
        "postura atual|posizione attuale|where they are now|where they are|now|as is|today|apoyo actual|nivel de apoyo actual|soutien actuel|unterstutzung ist|현재 참여수준|현재 참여 수준|현재 수준"),
    "stakeholder: desired_engagement": (
        "desired engagement|engagement desired|target engagement|desired|desired level|"
        "target stance|desired stance|stance target|"
        "target level|required engagement|desired state|desired support|engagement souhaite|"
        "niveau souhaite|gewunschtes engagement|ziel engagement|compromiso deseado|"
        "engajamento desejado|coinvolgimento desiderato|gewenste betrokkenheid|"
        "onsket engagement|onskat engagemang|onsket engasjement|pozadovany postoj|"
        "cilovy postoj|pozadovany postoj|oczekiwane zaangazowanie|pozadana postawa|onskad installning|"
        "soll einbindung|einbindung soll|angestrebte einbindung|"
        "onskad|onsket holdning|haltung soll|soll haltung|zielhaltung|angestrebte haltung|haltung ziel|gewunschte haltung|gewenste houding|houding gewenst|engagement soll|soll engagement|"
        "desired position|target position|posicion deseada|postura deseada|actitud deseada|"
        "position souhaitee|position visee|posicao desejada|postura desejada|"
        "posizione desiderata|where we need them|where we need them to be|where they need to be|to be|needed|apoyo deseado|nivel de apoyo deseado|soutien souhaite|unterstutzung soll|목표 참여수준|목표 참여 수준|목표 수준"),
    "stakeholder: relationship_owner": (
        "relationship owner|owner|relationship manager|account owner|lead contact|"
        "engagement lead|managed by|responsible|proprietaire de la relation|responsable|"
        "beziehungsverantwortlicher|verantwortlich|responsable de la relacion|"
        "responsavel|responsabile|relatiebeheerder|eigenaar|ansvarlig|ansvarig|"
        "odpovedna osoba|zodpovedna osoba|osoba odpowiedzialna|wlasciciel relacji|"
        "relationsansvarig|relationsansvarlig|kontaktansvarig|beziehungsverantwortung|"
        "beziehungsverantwortliche|ansprechpartner programm|ansprechpartner projekt|"
        "betreuer|betreut durch|zustandig intern|team contact|internal contact|our contact|relatiehouder|relatiebeheerder|accounthouder|relationship lead|relationship manager|account lead|관계 담당자|관계담당자"),
    "stakeholder: channel": (
        "channel|comms channel|communication channel|communication method|method|"
        "engagement method|how|format|canal|canal de communication|kanal|"
        "kommunikationskanal|medio|canal de comunicacion|canale|kanaal|communicatiekanaal|"
        "kommunikationsweg|kommunikationsform|kommunikationsmittel|"
        "komunikacni kanal|komunikacny kanal|kanal komunikacji|소통 방식|소통 채널|소통방식"),
    "stakeholder: frequency": (
        "frequency|comms frequency|communication frequency|how often|cadence|frequence|"
        "haufigkeit|frecuencia|frequencia|frequenza|frequentie|frekvens|frekvence|frekvencia|"
        "turnus|rhythmus|intervall|"
        "hyppighed|hyppighet|"
        "czestotliwosc|소통 주기|소통주기"),
    "stakeholder: last_contact": (
        "last contact|last contacted|last engagement|last meeting|date of last contact|"
        "dernier contact|letzter kontakt|ultimo contacto|ultimo contato|ultimo contatto|"
        "laatste contact|sidste kontakt|senaste kontakt|siste kontakt"),
    "stakeholder: notes": (
        "notes|comments|remarks|engagement strategy|strategy|approach|actions|"
        "engagement approach|management strategy|commentaires|strategie|bemerkungen|"
        "strategie|comentarios|estrategia|observacoes|estrategia|note|strategia|"
        "opmerkingen|aanpak|kommentarer|strategi|anmerkninger|remarques|observations|"
        "anmerkungen|observaciones|osservazioni|poznamka|poznamky|uwagi|kommentar|comment|"
        "bemaerkninger|bemerkninger|anmarkningar"),
}

ENTITY_WORDS: tuple[str, ...] = (
    "stakeholder", "stakeholders", "stakeholder register", "stakeholder map",
    "stakeholder analysis", "stakeholder matrix", "stakeholder log", "stakeholder list",
    "stakeholder engagement", "parties prenantes", "partie prenante",
    "stakeholderanalyse", "interessengruppen", "interesados", "partes interesadas",
    "partes interessadas", "portatori di interesse", "registro stakeholder",
    "belanghebbenden", "interessenter", "intressenter", "intressentanalys",
    "interessentregister", "intressentregister", "interessentanalyse", "interessentkort",
    "zainteresovane strany", "mapa zainteresovanych stran", "interesariusze",
    "ステークホルダー", "ステークホルダー登録簿", "利害関係者", "利害関係者一覧",
)
