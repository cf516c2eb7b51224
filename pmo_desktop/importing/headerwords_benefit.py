"""The words of benefits registers (DOMAIN §7.2): one row per benefit, its measure, its
baseline and target, who owns it and which projects enable it.

``BENEFIT`` is read as ``headerwords.FIELDS`` is (``"scopes: field": "synonym|…"``, EN,
FR, DE, ES, IT, PT, NL and the Nordic languages; accents are dropped when headers are
compared). ``ENTITY_WORDS`` are the words of sheet names and titles that call the rows
benefits. A table is read as benefits only with fields a benefit has and a risk or a
project has not (its measure, baseline, target, type or realisation dates:
``columns.IDENTITY``), so a project list with a "Benefits" column stays a project list.
"""

from __future__ import annotations

BENEFIT: dict[str, str] = {
    "benefit: ref": (
        "benefit id|benefit ref|benefit no|benefit number|benefit code|id|ref|reference|"
        "ref no|no|number|code|id beneficio|no beneficio|nutzen id|id benefice|id beneficio|"
        "id baat|baat nr|gevinst id|gevinstnummer|gevinst no|nytta id|nyttonummer|"
        "id korzysci|nr korzysci|id prinosu|hyodyn tunnus|fayda no|効果番号|codigo|cod|codice"),
    "benefit: title": (
        "benefit|benefit title|benefit name|title|name|benefit statement|expected benefit|"
        "dis benefit|disbenefit|dis benefits|disbenefits|key result|key results|"
        "beneficio|titulo|nombre del beneficio|benefice|titre|intitule|nutzen|titel|"
        "bezeichnung|beneficio atteso|titolo|beneficio esperado|baat|naam|gevinst|nytta|"
        "gevinst kortnavn|kortnavn|gevinstnavn|gevinstbeskrivelse kort|nyttans namn|"
        "beneficio esperado|beneficio previsto|benefice attendu|"
        "korzysc|nazwa korzysci|prinos|nazev prinosu|hyoty|hyodyn nimi|haszon|elony|fayda|fayda adi|beneficiu|denumire beneficiu|効果|便益|効果名|key result|key results|kr|okr|key result kr"),
    "benefit: description": (
        "description|benefit description|details|descripcion|beschreibung|descrizione|"
        "descricao|omschrijving|beskrivelse|beskrivning|"
        "opis|opis korzysci|popis|kuvaus|leiras|aciklama|descriere|説明"),
    "benefit: benefit_type": (
        "benefit type|type|classification|benefit class|financial or non financial|"
        "cashable|cash releasing|tipo de beneficio|tipo|nutzenart|art|type de benefice|"
        "tipo di beneficio|soort baat|type baat|gevinsttype|gevinstype|type gevinst|nyttotyp|"
        "typ av nytta|tipo de beneficio esperado|tipologia|tipologia di beneficio|"
        "typ korzysci|rodzaj korzysci|typ prinosu|hyodyn tyyppi|haszon tipusa|fayda turu|tip beneficiu|効果種別"),
    "benefit: category": (
        "category|benefit category|area|theme|benefit area|categoria|kategorie|categorie|"
        "kategori|"
        "kategoria|kategorie|luokka|kategori|categorie|カテゴリ"),
    "benefit: owner": (
        "benefit owner|owner|responsible|accountable|benefit lead|bo|propietario|"
        "responsable|verantwortlich|nutzenverantwortlicher|proprietaire|responsabile|"
        "dono|eigenaar|ejer|agare|gevinsteier|gevinstejer|gevinstansvarlig|nyttoagare|"
        "baateigenaar|baathouder|eigenaar baat|"
        "nyttoansvarig|eier|ansvarlig|ansvarig|responsavel pelo beneficio|dono do beneficio|"
        "wlasciciel korzysci|wlasciciel|vlastnik prinosu|hyodyn omistaja|haszon gazdaja|fayda sahibi|responsabil beneficiu|効果オーナー"),
    "benefit: measure": (
        "measure|kpi|metric|measure kpi|indicator|key performance indicator|how measured|"
        "how we will measure it|how it will be measured|how will it be measured|measured by|"
        "performance indicator|measure of success|indicador|medida|kennzahl|messgrosse|"
        "indicateur|mesure|indicatore|metrica|indicador de desempenho|indicator|maatstaf|"
        "nyckeltal|malepunkt|maleindikator|indikator|maleparameter|nokkeltall|nogletal|"
        "malestorrelse|indicador de desempenho|indicateur de performance|"
        "miernik|wskaznik|ukazatel|mittari|mutato|gosterge|indicator de performanta|効果指標|評価指標|"
        "indicateurs|indicateurs objectivement verifiables|iov|indicators|objectively verifiable indicators|ovi|indicadores|indicadores objetivamente verificables"),
    "benefit: measurement_method": (
        "measurement method|method|data source|source of data|source|how measured method|"
        "metodo de medicion|messmethode|methode de mesure|metodo di misura|meetmethode|"
        "malemetode|matmetod|datakilde|datakalla|kilde|"
        "zrodlo danych|metoda pomiaru|zdroj dat|tietolahde|adatforras|veri kaynagi|sursa datelor|"
        "sources de verification|source de verification|moyens de verification|means of verification|mov|medios de verificacion|fuentes de verificacion|measured via|measured by|how measured|measured through"),
    "benefit: frequency": (
        "frequency|measurement frequency|reporting frequency|review frequency|frecuencia|"
        "haufigkeit|frequence|frequenza|frequencia|frequentie|malefrekvens|hyppighet|"
        "frekvens|matfrekvens|"
        "czestotliwosc pomiaru|czestotliwosc|cetnost mereni|mittaustiheys|meresi gyakorisag"),
    "benefit: baseline_value": (
        "baseline|baseline value|current baseline|as is|as is value|starting value|"
        "linea base|valor base|valor inicial|ausgangswert|basiswert|valeur de reference|"
        "valeur initiale|valore base|valore di partenza|linha de base|nulmeting|basislijn|"
        "utgangsvarde|udgangspunkt|nullpunkt|nullpunktsmaling|nulpunkt|nulpunktsmaling|"
        "utgangsverdi|udgangsvaerdi|basisverdi|startverdi|nollvarde|nollmatning|"
        "wartosc bazowa|wartosc poczatkowa|vychozi hodnota|lahtotaso|kiindulo ertek|baslangic degeri|valoare de referinta|基準値|"
        "situation de reference|situation initiale"),
    "benefit: baseline_date": (
        "baseline date|date of baseline|baseline measured|fecha linea base|"
        "datum ausgangswert|date de reference|data baseline"),
    "benefit: target_value": (
        "target|target value|to be|to be value|expected value|planned value|goal value|"
        "meta|valor objetivo|objetivo|zielwert|ziel|valeur cible|cible|valore obiettivo|"
        "obiettivo|valor alvo|alvo|streefwaarde|doel|malvarde|malvaerdi|malverdi|"
        "forventet verdi|forventet vaerdi|"
        "wartosc docelowa|cilova hodnota|tavoitearvo|celertek|hedef deger|valoare tinta|目標値|"
        "cibles|cible finale|cible fin de projet|end of project target|eop target|final target|meta final|metas|meta final del proyecto"),
    "benefit: target_date": (
        "target date|target realisation date|target realization date|realisation date|"
        "realization date|expected by|by when|date expected|benefit date|due date|due|deadline|"
        "fecha objetivo|fecha de realizacion|zieldatum|zieltermin|realisierungsdatum|date cible|"
        "date de realisation|data obiettivo|data prevista|data alvo|streefdatum|"
        "maletidspunkt|maledato|realiseringsdato|realiseres innen|tidspunkt for maling|"
        "matdatum|tidpunkt for matning|realiseringstidpunkt|echeance|echeance visee|"
        "date visee|scadenza|data di scadenza|fecha limite|plazo|prazo|frist|termin|"
        "termin osiagniecia|data osiagniecia|termin dosazeni|tavoiteaika|celdatum|hedef tarih|termen de realizare|目標日|達成時期|fecha meta|fecha objetivo|data meta"),
    "benefit: threshold": (
        "threshold|tolerance|minimum acceptable|minimum|floor|umbral|schwellenwert|seuil|"
        "soglia|limiar|drempelwaarde"),
    "benefit: linked_projects": (
        "enabling project|enabling projects|project|projects|linked project|"
        "linked projects|contributing projects|contributing project|delivered by|"
        "enabler|enablers|source project|proyecto|proyectos|projekt|projekte|projet|"
        "projets|progetto|progetti|projeto|projetos|projecten|projet source|"
        "projet d origine|proyecto origen|projeto de origem|progetto di origine|"
        "projet porteur|projets porteurs"),
    "benefit: objective": (
        "objective|strategic objective|strategic aim|goal|strategic goal|objetivo estrategico|"
        "strategisches ziel|objectif strategique|obiettivo strategico|strategisch doel|"
        # a logframe's first column: the objective or result the indicators measure
        "intervention logic|logique d intervention|narrative summary|resumen narrativo|"
        "logica de intervencion|logica de intervencao"),
    "benefit: realisation_start": (
        "realisation start|realization start|benefits start|start of realisation|"
        "realisation from|inicio de realizacion|realisierung ab|debut de realisation"),
    "benefit: realisation_end": (
        "realisation end|realization end|end of realisation|realisation to|"
        "fin de realizacion|realisierung bis|fin de realisation|full realisation by|"
        "full realization by|fully realised by|fully realized by|full realisation|"
        "full realization"),
    "benefit: status": (
        "status|benefit status|realisation status|realization status|confidence|okr status|estado|zustand|"
        "statut|stato|situacao|toestand|realiseringsstatus|gevinststatus"),
}

# Sheet and title words that call the rows benefits.
ENTITY_WORDS: tuple[str, ...] = (
    "dis benefits", "disbenefits", "dis benefit", "disbenefit",
    # objectives and key results: each key result a measure with its baseline and target
    "okr", "okrs", "key results", "objectives and key results",
    # an acquisition's synergies: the savings and revenue the deal is to bring
    "synergy", "synergies", "synergy tracker", "synergy register", "synergy plan",
    "benefit", "benefits", "benefits register", "benefit register", "benefits log",
    "benefits realisation", "benefits realization", "benefits tracker", "beneficios",
    "registro de beneficios", "nutzen", "nutzenregister", "benefices",
    "registre des benefices", "benefici", "registro benefici", "beneficios esperados",
    "baten", "batenregister", "gevinster", "nyttor", "gevinstrealiseringsplan", "gevinstplan", "gevinstregister",
    "gevinstoversikt", "gevinstrealisering", "nyttorealisering", "nyttoregister",
    "gevinstrealiseringsplanen", "beneficios esperados do projeto", "registo de beneficios",
    "registro de beneficios do projeto", "plano de realizacao de beneficios",
    "plan de realisation des benefices", "korzysci", "rejestr korzysci", "prinosy",
    "registr prinosu", "hyodyt", "hyotyrekisteri", "hasznok", "elonyok", "faydalar",
    "beneficii", "registrul beneficiilor", "効果", "便益",
    # a development programme's logical framework: its outcomes, each with an indicator,
    # a baseline and targets
    "logframe", "log frame", "logical framework", "results framework", "kerangka logis",
    "marco logico", "cadre logique", "quadro logico", "lograhmen", "matriz de marco logico",
)
