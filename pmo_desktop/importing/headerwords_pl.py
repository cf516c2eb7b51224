"""The header words of Polish trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): accents dropped and "ł" read as "l"
("Właściciel" is "wlasciciel"), "nr" as "no"; the words below are written so. Like the
other languages' modules, one a speaker can review; ``ENTITY_WORDS`` holds the Polish
names of the kinds of record (sheet and title words).
"""

from __future__ import annotations

POLISH: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "no|lp|numer|identyfikator|id ryzyka|no ryzyka|no problemu|no zmiany|no wniosku|"
        "no dzialania|no decyzji|sygnatura"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt|nazwa projektu|kod projektu"),
    "project: code": "kod projektu|numer projektu|no projektu|kod",
    "project: name": "nazwa projektu|projekt|nazwa|tytul projektu",
    "project: sponsor": "sponsor|wlasciciel biznesowy|zleceniodawca|sponsor projektu",
    "project: manager": "kierownik projektu|kierownik|project manager|pm",
    "project: stage": "faza|faza projektu|etap",
    "project: bac": "budzet|budzet zatwierdzony|budzet calkowity",
    "project,milestone,task: pct_complete": (
        "postep|stopien realizacji|procent wykonania|pct wykonania|zaawansowanie|"
        "zaawansowania|pct zaawansowania|stopien zaawansowania|procent zaawansowania"),
    "project: rag_overall": "status ogolny|ogolny status|status rag|ogolny|ogolna ocena",
    "project: rag_schedule": "harmonogram|terminy|status harmonogramu",
    "project: rag_cost": "koszt|koszty|status kosztow",
    "project: rag_scope": "zakres|status zakresu",
    "project: eac": (
        "prognoza kosztu|prognoza kosztow|prognozowany koszt|szacowany koszt calkowity|"
        "koszt prognozowany"),
    "project: start_baseline": "data rozpoczecia|planowany start|data startu",
    "project: finish_baseline": (
        "data zakonczenia|planowane zakonczenie|data otwarcia|data uruchomienia|"
        "termin zakonczenia"),
    "project: summary": "komentarz|komentarze|komentarz status|opis statusu|uwagi",
    "project: next_steps": "nastepne kroki|kolejne kroki|dalsze kroki|nastepne dzialania",
    "project,raid,change_request: description": "opis|szczegoly|opis szczegolowy",
    "raid,change_request,lesson: title": (
        "tytul|temat|nazwa|ryzyko|problem|zalozenie|zaleznosc|decyzja|dzialanie|zmiana|"
        "opis ryzyka|opis problemu|wniosek|tytul problemu|tytul ryzyka|nazwa ryzyka|"
        "nazwa problemu|opis zaleznosci|przedmiot|tytul zmiany"),
    # -- dates, people, states --------------------------------------------------------
    "milestone,raid: owner": (
        "wlasciciel|odpowiedzialny|osoba odpowiedzialna|odpowiedzialna|wykonawca"),
    "milestone,raid,change_request,lesson: status": "status|stan",
    "milestone,raid: notes": "uwagi|komentarz|komentarze|notatki",
    "raid,change_request: raised_by": "zglaszajacy|zgloszone przez|autor|wnioskodawca",
    "raid,change_request: date_raised": (
        "data zgloszenia|data identyfikacji|data utworzenia|data rejestracji|data|zgloszono|data zgloszenia|zgloszone"),
    "raid: due_date": (
        "termin|termin realizacji|data docelowa|do kiedy|planowany termin|"
        "planowany termin rozwiazania|planowana data rozwiazania|planowana data zamkniecia|"
        "termin rozwiazania|termin wykonania"),
    "raid: closed_date": (
        "data zamkniecia|data zakonczenia|data rozwiazania|data realizacji|zamknieto dnia|"
        "data wykonania"),
    "issue: resolution": (
        "sposob rozwiazania|sposob rozwiazania dzialania|rozwiazanie|dzialania naprawcze|"
        "podjete dzialania|dzialania korygujace"),
    "issue: impact_analysis": "wplyw na projekt|opis wplywu|analiza wplywu",
    "dependency: direction": "kierunek|kierunek zaleznosci|wejsciowa wyjsciowa",
    "dependency: dependency_type": "rodzaj zaleznosci|typ zaleznosci",
    "dependency: counterparty": (
        "podmiot|projekt powiazany|podmiot projekt powiazany|strona zaleznosci|"
        "dostawca|zalezny od|od kogo zalezy|jednostka zewnetrzna|partner"),
    "dependency: need_by_date": "data wymagana|wymagany termin|termin wymagany|potrzebne do",
    "dependency: committed_date": (
        "data uzgodniona|termin uzgodniony|data zadeklarowana|prognozowana data|"
        "data prognozowana|data prognozy"),
    "risk: response_actions": "dzialania|plan dzialan|dzialania zapobiegawcze|dzialania mitygujace",
    "risk: trigger": "wyzwalacz|sygnal ostrzegawczy",
    "risk: contingency": "plan awaryjny|dzialania awaryjne",
    "risk: trend": "trend|tendencja",
    "risk,issue: impact_cost": "wplyw finansowy|koszt|szacowany koszt|skutek finansowy",
    "issue,decision: decided_by": "decydent|decyzje podjal|zatwierdzajacy|zatwierdzil",
    "dependency,decision: rationale": "uzasadnienie|powod|przyczyna decyzji",
    "decision,change_request: options": "opcje|warianty|rozwazane opcje|alternatywy",
    "project,raid,change_request,lesson,task: priority": "priorytet|waznosc",
    "risk: probability": "prawdopodobienstwo",
    "risk,issue,assumption,dependency: impact": "wplyw|skutek|skutki",
    "risk: response": "dzialania zaradcze|plan reakcji|reakcja|mitygacja",
    "risk,issue,lesson: category": "kategoria|rodzaj|obszar",
    "issue,change_request: decision": "decyzja",
    "issue,decision,change_request: decision_date": "data decyzji",
    "change_request: impact_cost": "wplyw na koszt|wplyw na budzet|koszt zmiany",
    "change_request: impact_schedule_days": "wplyw na harmonogram|opoznienie dni",
    # -- lessons ----------------------------------------------------------------------
    "lesson: event": (
        "co poszlo dobrze|co poszlo zle|opis zdarzenia|sytuacja|co sie stalo|obserwacja|"
        "co sie wydarzylo|zdarzenie"),
    "lesson: recommendations": (
        "rekomendacja|rekomendacje|zalecenie|zalecenia|rekomendacja na przyszlosc|"
        "wnioski na przyszlosc"),
    "lesson: owner": "wlasciciel|odpowiedzialny",
    "lesson: causes": "przyczyna|przyczyny|przyczyna zrodlowa",
    "lesson: effect": "skutek|wplyw na projekt|konsekwencje",
    "lesson: date_logged": "data zgloszenia|data wpisu|data",
    "lesson: lesson_type": "typ|rodzaj wniosku|pozytywny negatywny",
    # -- plans, people ------------------------------------------------------------------
    "milestone: name": "kamien milowy|kamienie milowe|produkt|rezultat",
    "milestone: baseline_date": "data planowana|data bazowa|termin planowany",
    "milestone: forecast_date": "data prognozowana|prognoza|termin prognozowany",
    "milestone: actual_date": "data rzeczywista|data faktyczna|wykonano|data osiagniecia",
    "milestone: critical": "krytyczny|sciezka krytyczna",
    # (Microsoft Project's Polish field names among them: "Rozpoczęcie", "Zakończenie
    # według planu bazowego", "Rzeczywiste rozpoczęcie", "Procent ukończenia")
    "task: ref": "identyfikator|id|unikatowy identyfikator|lp|l p|liczba porzadkowa|nr",
    "task: name": "zadanie|nazwa zadania|czynnosc|nazwa|tytul|tytul elementu",
    "task: start_forecast": "poczatek|data rozpoczecia|start|rozpoczecie",
    "task: finish_forecast": "koniec|data zakonczenia|zakonczenie|data docelowa|termin",
    "task: duration_days": "czas trwania|dni",
    "task: resources": "nazwy zasobow|zasoby",
    "task: start_baseline": (
        "rozpoczecie wg planu bazowego|poczatek bazowy|rozpoczecie wedlug planu bazowego"),
    "task: finish_baseline": (
        "zakonczenie wg planu bazowego|koniec bazowy|zakonczenie wedlug planu bazowego"),
    "task: start_actual": "rzeczywiste rozpoczecie|faktyczne rozpoczecie",
    "task: finish_actual": "rzeczywiste zakonczenie|faktyczne zakonczenie",
    "task: pct_complete": "procent ukonczenia|procent zakonczenia|ukonczono",
    "task: is_summary": "sumaryczne|zadanie sumaryczne",
    "task: critical": "krytyczne|krytyczny",
    "task: notes": "uwagi|notatki",
    "task: outline_level": "poziom konspektu|poziom",
    "task: is_milestone": "kamien milowy",
    "financial: category": (
        "pozycja budzetowa|pozycja|kategoria kosztow|rodzaj kosztu|pozycja kosztowa|"
        "pozycja kosztow|rodzaj kosztow|kategoria"),
    "financial: planned": (
        "plan|planowane|budzet|zaplanowano|budzet zatwierdzony|budzet planowany|"
        "wartosc planowana"),
    "financial: actual": (
        "wykonanie|poniesione|koszty rzeczywiste|wydatki|wykonanie narastajaco|"
        "koszty poniesione|rzeczywiste"),
    "financial: forecast": "prognoza|prognoza calkowita|prognoza eac|prognoza do konca",
    "task: predecessors": "poprzedniki|poprzednik|zaleznosci",
    "resource: name": "pracownik|osoba|imie i nazwisko|zasob|nazwa|nazwa zasobu|imie",
    "resource: team": "grupa|zespol|dzial",
    "resource: fte": "maks jednostek|maksymalne jednostki|wymiar etatu|etat",
    "resource: cost_rate": "stawka standardowa|stawka|stawka godzinowa",
    "resource: email": "adres e mail|e mail|email",
    "resource: location": "lokalizacja|miejsce pracy|biuro",
    "resource: manager": "przelozony|przelozona|kierownik|bezposredni przelozony",
    "allocation: resource_id": "pracownik|osoba|imie i nazwisko|zasob|imie",
    "resource,allocation: role_id": "rola|stanowisko|funkcja",
    "lesson: logged_by": "zglaszajacy|zgloszone przez|autor|zglaszajaca",
    "lesson: effect_type": "rodzaj|rodzaj wniosku|typ wniosku",
    "task: status": "stan|status",
    "task: owner": "przypisane do|przypisany|odpowiedzialny|wykonawca|wlasciciel",
    "task: _kind": "typ elementu roboczego|typ elementu|typ",
    "raid: owner": "przypisane do",
    "raid: severity": "ocena|ocena ryzyka|poziom ryzyka|waga",
}

# The Polish names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projekty", "portfel", "portfel projektow"),
    "risk": ("ryzyka", "ryzyko", "rejestr ryzyk"),
    "issue": ("problemy", "rejestr problemow", "zagadnienia"),
    "decision": ("decyzje", "rejestr decyzji"),
    "dependency": ("zaleznosci", "rejestr zaleznosci", "lista zaleznosci"),
    "assumption": ("zalozenia", "rejestr zalozen"),
    "action": ("dzialania", "zadania do wykonania", "lista dzialan"),
    "change_request": ("zmiany", "rejestr zmian", "wnioski o zmiane"),
    "lesson": ("wnioski", "rejestr wnioskow", "lekcje", "doswiadczenia",
               "wnioski z projektu"),
    "milestone": ("kamienie milowe", "harmonogram"),
    "task": ("harmonogram", "zadania", "plan projektu"),
    "financial": ("budzet", "koszty"),
    "resource": ("zasoby", "pracownicy"),
}
