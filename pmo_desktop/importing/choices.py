"""Step 4, enumerations: a cell onto one of a field's choices (statuses, stages, …) by
exact word, synonym in several languages, leading word, then nearest spelling."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Sequence

from .cellvalue import ValueProblem, is_empty, problems_only, text
from .fuzzy import close_matches
from .languages import PRIORITY_WORDS as LANGUAGE_PRIORITY_WORDS
from .languages import STATUS_WORDS as LANGUAGE_STATUS_WORDS
from .vocab import norm


# -- enumerations --------------------------------------------------------------------------

ENUM_SYNONYMS: dict[str, dict[str, str]] = {
    "status": {
        "active": "open", "new": "open", "raised": "open", "identified": "open", "abierto": "open",
        "abierta": "open", "offen": "open", "ouvert": "open", "aberto": "open", "not started": "open",
        "live": "open", "in progress": "in_progress", "ongoing": "in_progress", "wip": "in_progress",
        "en curso": "in_progress", "en progreso": "in_progress", "in bearbeitung": "in_progress",
        "in umsetzung": "in_progress", "in uitvoering": "in_progress",
        "in realizzazione": "in_progress", "en ejecucion": "in_progress",
        "en cours": "in_progress", "em andamento": "in_progress", "working": "in_progress",
        "resuelto": "resolved", "resuelta": "resolved", "geloest": "resolved", "gelost": "resolved",
        "resolu": "resolved", "resolvido": "resolved", "fixed": "resolved", "solved": "resolved", "complete": "closed",
        "completed": "closed", "done": "closed", "cerrado": "closed", "cerrada": "closed",
        "geschlossen": "closed", "erledigt": "closed", "ferme": "closed", "fechado": "closed",
        "finished": "closed", "realised": "materialised", "realized": "materialised",
        "occurred": "materialised", "monitor": "monitoring", "watch": "monitoring",
        # a risk being treated is open; one tolerated (accepted, kept in view) is watched
        "mitigating": "open", "in mitigation": "open", "being mitigated": "open",
        "treating": "open", "in treatment": "open", "under treatment": "open",
        "tolerated": "monitoring", "tolerate": "monitoring",
        # a risk mitigated: its response done, the risk closed
        "mitigated": "closed", "mitigado": "closed", "mitigada": "closed",
        "mitigiert": "closed", "mitige": "closed", "mitigato": "closed",
        "gemitigeerd": "closed",
        "opgetreden": "materialised", "eingetreten": "materialised", "ocurrido": "materialised",
        "survenu": "materialised", "ocorrido": "materialised", "verificato": "materialised",
        "escalate": "escalated", "confirmed": "validated", "valid": "validated",
        "proven": "validated", "false": "invalid", "invalidated": "invalid", "pending": "pending",
        "awaiting": "pending", "approve": "approved", "accepted": "approved", "aprobado": "approved",
        "genehmigt": "approved", "declined": "rejected", "rechazado": "rejected",
        "on hold": "deferred", "postponed": "deferred", "overdue": "overdue", "late": "overdue",
        "cancelled": "cancelled", "canceled": "cancelled", "withdrawn": "withdrawn",
        "closed": "closed", "open": "open", "delivered": "delivered", "on track": "on_track",
        "at risk": "at_risk", "planned": "on_track",
        # change requests and other words teams use, EN/ES/DE/FR/PT
        # (a German construction contract's change orders: notified, priced, ordered)
        "beauftragt": "approved", "angebot angefordert": "under_assessment",
        "angezeigt": "submitted", "angemeldet": "submitted", "in verhandlung": "under_assessment",
        "under review": "under_assessment",
        "being assessed": "under_assessment", "impact assessment": "under_assessment",
        "en revision": "under_assessment", "en evaluacion": "under_assessment",
        "in pruefung": "under_assessment", "in prufung": "under_assessment",
        "en cours d evaluation": "under_assessment", "em analise": "under_assessment",
        "awaiting approval": "awaiting_decision", "awaiting cab": "awaiting_decision",
        "for decision": "awaiting_decision", "pendiente de aprobacion": "awaiting_decision",
        # ITIL's change states (ServiceNow): assess, authorise, schedule, implement, review
        "assess": "under_assessment", "authorize": "awaiting_decision",
        "authorise": "awaiting_decision",
        "retirado": "withdrawn", "retirada": "withdrawn", "zurueckgezogen": "withdrawn",
        "zuruckgezogen": "withdrawn", "retire": "withdrawn", "abgelehnt": "rejected",
        "rejete": "rejected", "rejeitado": "rejected", "umgesetzt": "implemented",
        "implementado": "implemented", "implemente": "implemented", "eingereicht": "submitted",
        "presentado": "submitted", "soumis": "submitted", "submetido": "submitted",
        "borrador": "draft", "entwurf": "draft", "brouillon": "draft", "rascunho": "draft",
        "aplazado": "deferred", "zurueckgestellt": "deferred", "zuruckgestellt": "deferred",
        "reporte": "deferred", "adiado": "deferred", "aprovado": "approved",
        "approuve": "approved", "cerrado definitivamente": "closed",
        "to do": "open", "todo": "open", "backlog": "open", "selected for development": "open",
        "nao iniciado": "open", "nicht begonnen": "open", "no iniciado": "open",
        "non demarre": "open", "em progresso": "in_progress", "concluido": "closed",
        "concluida": "closed", "abgeschlossen": "closed", "termine": "closed",
        "terminado": "closed", "in test": "in_progress", "in qa": "in_progress",
        # Italian
        "aperto": "open", "aperta": "open", "nuovo": "open", "in corso": "in_progress",
        "in lavorazione": "in_progress", "in risoluzione": "in_progress",
        "in istruttoria": "under_assessment", "in esame": "under_assessment",
        "risolto": "resolved", "risolta": "resolved", "chiuso": "closed", "chiusa": "closed",
        "completato": "closed", "concluso": "closed", "sospeso": "deferred",
        "approvato": "approved", "respinto": "rejected", "rifiutato": "rejected",
        "annullato": "cancelled", "monitoraggio": "monitoring", "in monitoraggio": "monitoring",
        "completata": "closed", "completati": "closed", "annullata": "cancelled",
        "in ritardo": "overdue", "in tempo": "on_track", "a rischio": "at_risk",
        "approvata": "approved", "respinta": "rejected", "confermato": "validated",
        "confermata": "validated", "in attesa": "pending",
        "sospesa": "deferred", "superata": "superseded", "superato": "superseded",
        # French, Spanish, Portuguese, German words not above
        "en retard": "overdue", "annule": "cancelled", "annulee": "cancelled",
        "fait": "done", "faite": "done", "non fait": "open", "pas fait": "open",
        # a field issue answered by its party, or contested by it (Aconex Field)
        "responded": "in_progress", "disputed": "escalated", "work completed": "resolved",
        # a French snag list's reserves: to lift, lifted, contested
        "a lever": "open", "levee": "resolved", "leve": "resolved", "contestee": "escalated",
        "conteste": "escalated",
        # done in part: still going
        "realise partiellement": "in_progress", "partiellement realise": "in_progress",
        "partiellement fait": "in_progress", "partially completed": "in_progress",
        "partially complete": "in_progress", "partially done": "in_progress",
        "parcialmente realizado": "in_progress", "parcialmente completado": "in_progress",
        "parcialmente concluido": "in_progress", "teilweise erledigt": "in_progress",
        "teilweise abgeschlossen": "in_progress",
        "a l heure": "on_track", "dans les temps": "on_track", "a risque": "at_risk",
        "en attente": "pending", "confirme": "validated", "confirmee": "validated",
        "en seguimiento": "monitoring", "en riesgo": "at_risk", "retrasado": "overdue",
        "retrasada": "overdue", "cancelado": "cancelled", "cancelada": "cancelled",
        "confirmado": "validated", "atrasado": "overdue", "atrasada": "overdue",
        "em risco": "at_risk", "bestatigt": "validated", "widerlegt": "invalid",
        "im plan": "on_track", "planmassig": "on_track", "gefahrdet": "at_risk", "verzogert": "overdue",
        "verspatet": "overdue", "uberfallig": "overdue", "abgebrochen": "cancelled",
        "storniert": "cancelled", "offen gehalten": "pending", "ausstehend": "pending",
        "en plazo": "on_track", "a tiempo": "on_track",
        "dentro do prazo": "on_track", "no prazo": "on_track", "surveille": "monitoring",
        "surveillee": "monitoring", "sous surveillance": "monitoring",
        "sostituita": "superseded", "sostituito": "superseded", "superada": "superseded",
        "reemplazada": "superseded", "substituida": "superseded", "remplacee": "superseded",
        "ersetzt": "superseded", "vervangen": "superseded",
        # a milestone met after its date
        "completed late": "complete_late", "complete late": "complete_late",
        "done late": "complete_late", "delivered late": "complete_late",
        "completata in ritardo": "complete_late", "termine en retard": "complete_late",
        "terminee en retard": "complete_late", "completado con retraso": "complete_late",
        "concluido com atraso": "complete_late", "verspatet abgeschlossen": "complete_late",
        "te laat afgerond": "complete_late",
        # Dutch
        "nieuw": "open", "in behandeling": "in_progress", "lopend": "in_progress",
        "loopt": "in_progress",
        "opgelost": "resolved", "gesloten": "closed", "afgerond": "closed", "gereed": "closed",
        "voltooid": "closed", "wordt uitgevoerd": "in_progress",
        "niet begonnen": "open", "goedgekeurd": "approved", "afgewezen": "rejected", "ingediend": "submitted",
        "afgekeurd": "rejected",
        "uitgesteld": "deferred", "geannuleerd": "cancelled", "vertraagd": "overdue",
        "te laat": "overdue", "op schema": "on_track", "in gevaar": "at_risk",
        "bevestigd": "validated", "in afwachting": "pending", "ingetrokken": "withdrawn",
        "in beoordeling": "under_assessment", "geimplementeerd": "implemented",
        "aangehouden": "deferred", "verworpen": "rejected", "vervallen": "cancelled",
        # Greek (as ``norm`` writes them: no accents)
        "ανοιχτος": "open", "ανοιχτο": "open", "ανοικτος": "open", "ανοικτο": "open",
        "υπο παρακολουθηση": "in_progress", "σε εξελιξη": "in_progress",
        "κλειστος": "closed", "κλειστο": "closed", "εκλεισε": "closed",
        # Polish
        "otwarty": "open", "otwarte": "open", "nowy": "open", "w toku": "in_progress",
        "nierozpoczete": "open", "nierozpoczety": "open", "nierozpoczeta": "open",
        "w trakcie": "in_progress", "w realizacji": "in_progress", "zamkniety": "closed",
        "zamkniete": "closed", "zakonczony": "closed", "zakonczone": "closed",
        "rozwiazany": "resolved", "zatwierdzony": "approved", "zatwierdzona": "approved",
        "odrzucony": "rejected", "odrzucona": "rejected", "wstrzymany": "deferred",
        "opozniony": "overdue", "opoznione": "overdue", "anulowany": "cancelled",
        "zrealizowany": "done", "zrealizowane": "done", "wykonane": "done",
        "wdrozony": "implemented", "wdrozona": "implemented", "oczekuje": "pending",
        # Czech
        "otevreny": "open", "otevreno": "open", "novy": "open", "v reseni": "in_progress",
        "probiha": "in_progress", "uzavreno": "closed", "uzavreny": "closed",
        "vyreseno": "resolved", "vyreseny": "resolved", "pozastaveno": "on_hold",
        "schvaleno": "approved", "zamitnuto": "rejected", "zruseno": "cancelled",
        "splneno": "done", "hotovo": "done", "zpozdeno": "overdue",
        # Finnish
        "avoin": "open", "uusi": "open", "kaynnissa": "in_progress", "tyon alla": "in_progress",
        "kesken": "in_progress", "kasittelyssa": "in_progress", "valmis": "done", "tehty": "done", "suljettu": "closed",
        "myohassa": "overdue", "peruttu": "cancelled", "odottaa": "pending",
        "hyvaksytty": "approved", "hylatty": "rejected", "siirretty": "deferred",
        "seurannassa": "monitoring", "toteutunut": "materialised", "eskaloitu": "escalated",
        "validoitu": "validated", "vahvistettu": "validated", "validoimatta": "open",
        "ei pida": "invalid", "aikataulussa": "on_track", "riskissa": "at_risk",
        "toimitettu": "done", "ratkaistu": "resolved",
        # Japanese and Chinese, and the marks Japanese trackers use (◎ done, ○ as
        # planned, △ needs attention, × late)
        "完了": "done", "済": "done", "対応中": "in_progress", "進行中": "in_progress",
        "未着手": "open", "未対応": "open", "保留": "deferred", "中止": "cancelled",
        "遅延": "overdue", "予定通り": "on_track", "要注意": "at_risk",
        "已完成": "done", "完成": "done", "进行中": "in_progress", "未开始": "open",
        "已关闭": "closed", "关闭": "closed", "延期": "overdue", "暂停": "deferred",
        "◎": "done", "○": "on_track", "〇": "on_track", "△": "at_risk", "×": "overdue",
        "－": "open", "監視中": "monitoring", "経過観察": "monitoring", "监控中": "monitoring",
        "观察中": "monitoring",
        # Russian and Ukrainian
        "открыт": "open", "открыто": "open", "открытый": "open", "новый": "open",
        "відкритий": "open", "відкрито": "open", "новий": "open", "закрыт": "closed",
        "закрыто": "closed", "закрытый": "closed", "закритий": "closed", "закрито": "closed",
        "в работе": "in_progress", "в процессе": "in_progress", "в роботі": "in_progress",
        "под контролем": "monitoring", "під контролем": "monitoring", "выполнено": "done",
        "виконано": "done", "просрочено": "overdue", "прострочено": "overdue",
        "реализовался": "materialised", "реалізувався": "materialised",
        "отменено": "cancelled", "скасовано": "cancelled",
        "получено": "delivered", "получено с опозданием": "delivered", "отримано": "delivered",
        "отримано із запізненням": "delivered", "поставлено": "delivered",
        "на рассмотрении": "pending", "на розгляді": "pending", "ожидает": "pending",
        "очікує": "pending", "не подано": "open", "не начато": "open",
        "не розпочато": "open", "не подано заявку": "open",
        "одобрено": "approved", "согласовано": "approved", "погоджено": "approved",
        "схвалено": "approved", "отклонено": "rejected", "відхилено": "rejected",
        "отложено": "deferred", "відкладено": "deferred", "завершено": "closed",
        "решено": "resolved", "вирішено": "resolved", "в срок": "on_track",
        "по плану": "on_track", "за планом": "on_track", "под угрозой": "at_risk",
        "під загрозою": "at_risk", "с задержкой": "overdue", "із затримкою": "overdue",
        # Romanian
        "deschis": "open", "deschisa": "open", "neinceput": "open",
        "in desfasurare": "in_progress",
        "in curs": "in_progress", "in lucru": "in_progress", "finalizat": "closed",
        "finalizata": "closed", "inchis": "closed", "inchisa": "closed", "realizat": "closed",
        "rezolvat": "resolved", "intarziat": "overdue", "intarziata": "overdue",
        "aprobat": "approved", "aprobata": "approved", "respins": "rejected",
        "respinsa": "rejected", "anulat": "cancelled", "anulata": "cancelled",
        "amanat": "deferred", "amanata": "deferred", "in asteptare": "pending",
        # Hungarian
        "nyitott": "open", "uj": "open", "folyamatban": "in_progress", "lezart": "closed",
        "lezarva": "closed", "megoldva": "resolved", "megoldott": "resolved",
        "kesesben": "overdue", "kesik": "overdue", "jovahagyva": "approved",
        "jovahagyott": "approved", "elutasitva": "rejected", "fuggoben": "pending",
        "bekovetkezett": "materialised", "figyeles alatt": "monitoring",
        "varakozik": "pending", "varakozo": "pending", "elvegezve": "closed",
        "befejezve": "closed",
        "megfigyeles alatt": "monitoring", "teljesitve": "done", "kesz": "done",
        "torolve": "cancelled", "visszavonva": "withdrawn",
        # Turkish
        "acik": "open", "yeni": "open", "devam ediyor": "in_progress",
        "tamamlandi": "done", "kapali": "closed", "kapandi": "closed",
        "cozuldu": "resolved", "beklemede": "pending", "gecikmede": "overdue",
        "iptal": "cancelled", "iptal edildi": "cancelled", "onaylandi": "approved",
        "reddedildi": "rejected",
        # Danish, Swedish, Norwegian
        "bekraeftet": "validated", "bekraftad": "validated", "bekreftet": "validated",
        "afkraeftet": "invalid", "vederlagd": "invalid", "avkreftet": "invalid",
        "ikke valideret": "open", "ej validerad": "open", "ikke validert": "open",
        "ny": "open", "aben": "open", "oppen": "open", "apen": "open", "igang": "in_progress",
        "i gang": "in_progress", "pagaende": "in_progress", "under behandling": "under_assessment",
        "under vurdering": "under_assessment",
        "under oppfolging": "monitoring", "under uppfoljning": "monitoring",
        "under opfolgning": "monitoring", "overvakes": "monitoring",
        "godkendt": "approved", "godkand": "approved", "godkjent": "approved",
        "afvist": "rejected", "avvisad": "rejected", "avvist": "rejected", "afventer": "pending",
        "avvaktar": "pending", "venter": "pending", "udsat": "deferred", "uppskjuten": "deferred",
        "utsatt": "deferred", "implementeret": "implemented", "genomford": "implemented",
        "gennemfort": "implemented", "lukket": "closed", "stangd": "closed", "avslutad": "closed",
        "afsluttet": "closed", "avsluttet": "closed",
        "trukket tilbage": "withdrawn", "tilbagetrukket": "withdrawn", "aterkallad": "withdrawn",
        "forsinket": "overdue", "forsenad": "overdue", "klar": "done", "faerdig": "done",
        "fardig": "done", "ferdig": "done", "fullfort": "done", "fullford": "done",
        "i fare": "at_risk", "i risk": "at_risk", "risiko": "at_risk", "i rute": "on_track",
        "i tid": "on_track", "enligt plan": "on_track", "ikke startet": "open",
        "toegezegd": "on_track", "nog geen toezegging": "at_risk", "geleverd": "delivered",
        "realising": "on_track", "realizing": "on_track",
        "pa sporet": "on_track", "leveret": "delivered", "levert": "delivered",
        "levererad": "delivered", "under observation": "monitoring", "overvages": "monitoring",
        "overvakas": "monitoring", "folges": "monitoring",
        "indtruffet": "materialised", "inntruffet": "materialised", "intraffad": "materialised",
        # work done, delivered, kept for the record, watched, put off or dropped: words
        # of several languages' logs that are read the same whatever the kind
        "actioned": "done", "embedded": "done", "met": "delivered", "erfullt": "delivered",
        "entregue": "delivered", "entregado": "delivered", "entregada": "delivered",
        "consegnato": "delivered", "geliefert": "delivered", "opgeleverd": "delivered",
        "livre": "delivered", "erreicht": "done", "bereikt": "done", "raggiunto": "done",
        "alcanzado": "done", "atingido": "done", "delayed": "overdue",
        "geplant": "on_track", "gepland": "on_track", "aandachtspunt": "at_risk",
        "archived": "closed", "archiviert": "closed", "archivado": "closed",
        "arquivado": "closed", "arquivada": "closed", "archive": "closed",
        "archiviato": "closed", "gearchiveerd": "closed", "expired": "closed",
        "abgelaufen": "closed", "em acompanhamento": "monitoring",
        "unter beobachtung": "monitoring",
        "verworfen": "rejected", "verschoben": "deferred", "verschoven": "deferred",
        "dropped": "cancelled", "superseded": "cancelled", "vorgeschlagen": "proposed",
        "propuesto": "proposed", "proposto": "proposed", "propose": "proposed",
        "proposed": "proposed",
        "ej startad": "open", "ikke pabegyndt": "open",
        "voorgesteld": "proposed",
        # Spanish, Portuguese, French, Dutch, Nordic and Polish words not above
        "en tratamiento": "in_progress",
        "en analisis": "under_assessment", "materializado": "materialised",
        "materializada": "materialised", "pendiente": "pending", "escalado": "escalated",
        "escalada": "escalated", "aprobada": "approved", "rechazada": "rejected",
        "finalizado": "closed", "finalizada": "closed", "completado": "closed",
        "completada": "closed", "vencido": "overdue", "vencida": "overdue",
        "suspendido": "deferred", "suspendida": "deferred", "cumplido": "done",
        "cumplida": "done", "nuevo": "open", "nueva": "open",
        "implementada": "implemented", "en monitoreo": "monitoring",
        "en espera": "pending", "por iniciar": "open", "sin iniciar": "open",
        "em tratamento": "in_progress", "encerrado": "closed", "encerrada": "closed",
        "em curso": "in_progress", "em execucao": "in_progress", "aguardando": "pending",
        "pendente": "pending", "em aberto": "open", "aberta": "open",
        "resolvida": "resolved", "suspenso": "deferred", "suspensa": "deferred",
        "aprovada": "approved", "rejeitada": "rejected", "reprovado": "rejected",
        "reprovada": "rejected", "em avaliacao": "under_assessment", "executado": "done",
        "executada": "done", "realizado": "done", "realizada": "done", "fechada": "closed",
        "em monitoramento": "monitoring", "em monitorizacao": "monitoring",
        "nao iniciada": "open", "atteint": "done", "atteinte": "done",
        "en voie": "on_track", "en bonne voie": "on_track", "non amorce": "open",
        "non amorcee": "open", "a venir": "open", "a faire": "open", "realise": "done",
        "realisee": "done", "completee": "closed", "acheve": "done", "achevee": "done",
        "a lancer": "open", "a planifier": "open", "a demarrer": "open", "soldee": "done",
        "ratified": "approved", "geborgd": "done", "awaiting vendor": "pending",
        "solde": "done", "abandonnee": "cancelled",
        "cloture": "closed", "cloturee": "closed", "suspendu": "deferred",
        "suspendue": "deferred", "refuse": "rejected", "refusee": "rejected",
        "accepte": "approved", "acceptee": "approved", "en analyse": "under_assessment",
        "a l etude": "under_assessment", "escalade": "escalated", "ouverte": "open",
        "fermee": "closed", "resolue": "resolved", "en traitement": "in_progress",
        "gerealiseerd": "done", "uitgevoerd": "done",
        "in analyse": "under_assessment", "ter besluitvorming": "awaiting_decision",
        "geescaleerd": "escalated", "niet gestart": "open", "sen": "overdue",
        "enligt schema": "on_track", "slutford": "done", "slutfort": "done",
        "pagar": "in_progress", "ej paborjad": "open", "eskalerad": "escalated",
        "eskaleret": "escalated", "eskalert": "escalated", "under arbejde": "in_progress",
        "under arbeid": "in_progress", "abnet": "open", "abent": "open", "apnet": "open",
        "eskalowany": "escalated", "eskalowana": "escalated", "zrealizowana": "done",
        "opozniona": "overdue", "zagrozony": "at_risk", "zagrozona": "at_risk",
        "zgodnie z planem": "on_track", "rozwiazana": "resolved", "zamknieta": "closed",
        "nowa": "open", "otwarta": "open", "w trakcie realizacji": "in_progress",
        # tracker workflows (Jira, Azure DevOps, monday.com, Planner): a fix being tested
        # is under way; "stuck" work is held
        "ready for retest": "in_progress", "ready for test": "in_progress",
        "ready for testing": "in_progress", "ready for qa": "in_progress",
        "in testing": "in_progress",
        "under test": "in_progress", "retest": "in_progress", "in review": "in_progress",
        "code review": "in_progress", "awaiting deployment": "in_progress",
        "reopened": "open", "re opened": "open", "working on it": "in_progress",
        "stuck": "deferred", "blocked": "deferred",
        # monday.com's labels as its Spanish, Portuguese, French, Italian, German boards
        # write them (Done, Working on it, Stuck, Not started)
        "listo": "done", "lista": "done", "hecho": "done", "feito": "done", "fatto": "done",
        "trabajando en ello": "in_progress", "trabalhando nisso": "in_progress",
        "en cours de traitement": "in_progress", "ci sto lavorando": "in_progress",
        "detenido": "deferred", "atascado": "deferred",
        "bloqueado": "deferred", "bloqueada": "deferred", "parado": "deferred",
        "bloque": "deferred", "bloccato": "deferred", "blockiert": "deferred",
        "sin empezar": "open", "sin comenzar": "open",
        "non iniziato": "open", "nicht gestartet": "open",
    },
}
# Per entity: statuses outside the entity's own list fold onto the nearest of it.
STATUS_FOLD: dict[str, dict[str, str]] = {
    "risk": {"in_progress": "open", "resolved": "closed", "pending": "open", "planned": "open",
             "done": "closed", "escalated": "open", "on_track": "open", "overdue": "open",
             "validated": "closed", "delivered": "closed", "approved": "closed",
             "deferred": "open", "cancelled": "closed", "rejected": "closed",
             "proposed": "draft", "under_assessment": "open"},
    "issue": {"monitoring": "in_progress", "pending": "open", "done": "closed",
              "under_assessment": "open",
              "materialised": "open", "overdue": "open", "on_track": "in_progress",
              "delivered": "resolved", "validated": "resolved", "approved": "resolved",
              "deferred": "open", "cancelled": "closed", "rejected": "closed",
              "proposed": "open"},
    "assumption": {"in_progress": "open", "pending": "open", "resolved": "closed",
                   "done": "closed", "monitoring": "open", "on_track": "open",
                   "approved": "validated", "rejected": "invalid", "cancelled": "closed"},
    "dependency": {"open": "on_track", "in_progress": "on_track", "pending": "on_track",
                   "closed": "delivered", "resolved": "delivered", "done": "delivered",
                   "overdue": "late", "monitoring": "on_track", "escalated": "at_risk",
                   "validated": "delivered", "approved": "delivered"},
    "decision": {"open": "pending", "in_progress": "pending", "closed": "approved",
                 "under_assessment": "pending",
                 "done": "approved", "resolved": "approved", "on_track": "pending"},
    "action": {"in_progress": "open", "pending": "open", "closed": "done", "resolved": "done",
               "on_track": "open", "approved": "done", "delivered": "done", "late": "overdue",
               "deferred": "open", "under_assessment": "open"},
    "change_request": {"open": "submitted", "pending": "awaiting_decision",
                       "cancelled": "withdrawn",
                       "in_progress": "under_assessment", "done": "implemented",
                       "resolved": "closed", "on_track": "submitted"},
    "lesson": {"resolved": "closed", "done": "closed", "delivered": "closed",
               "implemented": "closed", "approved": "closed", "in_progress": "open",
               "pending": "open", "monitoring": "open", "on_track": "open",
               "under_assessment": "open", "cancelled": "closed", "rejected": "closed",
               "deferred": "open", "proposed": "open"},
    "task": {"open": "not_started", "closed": "complete", "resolved": "complete",
             "done": "complete", "pending": "not_started", "on_track": "in_progress",
             "deferred": "on_hold", "delivered": "complete", "approved": "complete",
             "at_risk": "in_progress", "overdue": "in_progress", "draft": "not_started",
             "submitted": "not_started", "withdrawn": "cancelled", "rejected": "cancelled",
             "under_assessment": "in_progress", "implemented": "complete",
             "escalated": "in_progress", "monitoring": "in_progress",
             "proposed": "not_started"},
    "milestone": {"closed": "complete_on_time", "done": "complete_on_time",
                  "resolved": "complete_on_time", "open": "not_due", "in_progress": "not_due",
                  "pending": "not_due", "on_track": "not_due", "at_risk": "forecast_late",
                  "overdue": "missed", "late": "forecast_late", "delivered": "complete_on_time",
                  "approved": "complete_on_time"},
    "benefit": {"monitoring": "on_track", "open": "planned", "in_progress": "on_track",
                "done": "realised", "delivered": "realised", "overdue": "at_risk",
                "deferred": "planned", "proposed": "planned", "closed": "realised"},
}
# Per entity: words whose meaning depends on what is tracked ("Active" work is under way;
# an "Active" risk is open), read before the words above.
STATUS_WORDS_OF: dict[str, dict[str, str]] = {
    "benefit": {"realised": "realised", "realized": "realised", "achieved": "realised",
                "delivered": "realised", "partially realised": "partially_realised",
                "partially realized": "partially_realised", "partially achieved":
                "partially_realised", "not realised": "not_realised",
                "not realized": "not_realised", "not achieved": "not_realised",
                "missed": "not_realised", "not started": "planned", "planned": "planned",
                "forecast": "planned", "pending": "planned", "open": "planned",
                "in progress": "on_track", "tracking": "on_track", "off track": "at_risk",
                "behind": "at_risk", "cancelled": "cancelled", "withdrawn": "cancelled",
                # Nordic, Dutch, Spanish, Portuguese, French, German
                "under realisering": "on_track", "realiseres": "on_track",
                "realisert": "realised", "realiseret": "realised", "realiserad": "realised",
                "delvis realisert": "partially_realised", "delvis realiseret":
                "partially_realised", "ikke realisert": "not_realised",
                "ikke realiseret": "not_realised", "planlagt": "planned",
                "forsinket": "at_risk", "forsenad": "at_risk", "gerealiseerd": "realised",
                "gedeeltelijk gerealiseerd": "partially_realised", "realizado": "realised",
                "parcialmente realizado": "partially_realised", "no realizado": "not_realised",
                "em realizacao": "on_track", "en realizacion": "on_track",
                "realise": "realised", "partiellement realise": "partially_realised",
                "en cours de realisation": "on_track", "realisiert": "realised",
                "teilweise realisiert": "partially_realised", "nicht realisiert": "not_realised",
                # a benefit's lifecycle before it is realised: identified, validated
                # (agreed with its owner); and dropped
                "identified": "planned", "validated": "planned", "agreed": "planned",
                "approved": "planned", "late": "at_risk", "delayed": "at_risk",
                "abandoned": "cancelled", "dropped": "cancelled", "baselined": "planned",
                "in realisation": "on_track", "in realization": "on_track",
                "being realised": "on_track", "monitoring": "on_track",
                "identifie": "planned", "valide": "planned", "abandonne": "cancelled",
                "en retard": "at_risk", "identifiziert": "planned", "validiert": "planned",
                "aufgegeben": "cancelled", "verzogert": "at_risk", "identificado": "planned",
                "validado": "planned", "abandonado": "cancelled", "retrasado": "at_risk",
                "identificato": "planned", "validato": "planned", "abbandonato": "cancelled",
                "in ritardo": "at_risk", "geidentificeerd": "planned",
                "osiagnieta": "realised", "osiagniety": "realised", "osiagniete": "realised",
                "czesciowo osiagnieta": "partially_realised",
                "czesciowo osiagniety": "partially_realised", "planowana": "planned",
                "planowany": "planned", "w realizacji": "on_track", "zagrozona": "at_risk",
                "zagrozony": "at_risk", "wycofana": "cancelled", "wycofany": "cancelled",
                "nieosiagnieta": "not_realised", "nieosiagniety": "not_realised",
                "gevalideerd": "planned", "vervallen": "cancelled", "vertraagd": "at_risk",
                "not yet due": "planned", "not yet measurable": "planned",
                "ikke startet": "planned", "ej startad": "planned", "ikke pabegynt": "planned",
                "niet gestart": "planned", "erreicht": "realised", "bereikt": "realised",
                "alcanzado": "realised", "atingido": "realised", "atteint": "realised",
                "raggiunto": "realised", "em acompanhamento": "on_track"},
    # a change being carried out was approved
    "change_request": {"under implementering": "approved", "in implementation": "approved",
                       "being implemented": "approved", "en implementacion": "approved",
                       "in uitvoering": "approved", "en ejecucion": "approved",
                       "em execucao": "approved", "em implementacao": "approved",
                       "en cours de mise en oeuvre": "approved", "in umsetzung": "approved",
                       "in attuazione": "approved", "w realizacji": "approved",
                       "validee": "approved", "valide": "approved", "acceptee": "approved",
                       "refusee": "rejected", "rejetee": "rejected"},
    # a decision "taken" is made: approved, in the log's words
    "decision": {"implemented": "approved", "actioned": "approved", "enacted": "approved",
                 "attuata": "approved", "attuato": "approved", "implementada": "approved",
                 "umgesetzt": "approved", "geimplementeerd": "approved",
                 "in attesa di ratifica": "pending", "da ratificare": "pending",
                 # a decision no longer in force: replaced, rescinded, revoked
                 "rescinded": "superseded", "revoked": "superseded", "overturned": "superseded",
                 "aufgehoben": "superseded", "widerrufen": "superseded",
                 "revocada": "superseded", "revogada": "superseded", "revoquee": "superseded",
                 "ingetrokken": "superseded", "revocata": "superseded",
                 "taken": "approved", "made": "approved", "agreed": "approved",
                 "decided": "approved", "genomen": "approved", "tomada": "approved",
                 "prise": "approved", "getroffen": "approved", "presa": "approved",
                 "adoptada": "approved", "vastgesteld": "approved", "beschlossen": "approved",
                 "open": "pending", "to decide": "pending", "validee": "approved",
                 "valide": "approved", "validada": "approved", "convalidata": "approved",
                 "en attente": "pending", "a decider": "pending", "annulee": "superseded",
                 "annule": "superseded", "remplacee": "superseded", "rejetee": "rejected",
                 "reportee": "deferred", "ajournee": "deferred", "final": "approved",
                 "endgultig": "approved", "definitivo": "approved", "definitiva": "approved"},
    "task": {"active": "in_progress", "committed": "in_progress", "doing": "in_progress",
             "blocked": "on_hold", "impeded": "on_hold", "removed": "cancelled",
             "new": "not_started", "proposed": "not_started", "ready": "not_started",
             "planned": "not_started", "geplant": "not_started", "gepland": "not_started",
             # work waiting on something is held, not yet to start
             "waiting": "on_hold", "en attente": "on_hold", "en espera": "on_hold",
             "em espera": "on_hold", "in attesa": "on_hold", "wartend": "on_hold",
             "wachtend": "on_hold",
             # a runbook's marks: ticked done, playing, paused, crossed out
             "✔": "complete", "✓": "complete", "✅": "complete", "☑": "complete",
             "▶": "in_progress", "►": "in_progress", "⏵": "in_progress", "⏸": "on_hold",
             "✖": "cancelled", "✗": "cancelled", "✘": "cancelled"},
    # a lesson passed on to the PMO or shared with others is done with
    "lesson": {"shared": "closed", "shared with pmo": "closed", "referred": "closed",
               "disseminated": "closed", "with pmo": "open"},
    # a dependency the provider has agreed to meet is on track; one not agreed is at risk
    "dependency": {"agreed": "on_track", "committed": "on_track", "accepted": "on_track",
                   "not agreed": "at_risk", "not committed": "at_risk",
                   "unconfirmed": "at_risk", "not confirmed": "at_risk",
                   # a long-lead item on its way: ordered, made, shipped; then on site
                   "po placed": "on_track", "ordered": "on_track", "in manufacture": "on_track",
                   "in production": "on_track", "manufacturing": "on_track",
                   "in fabrication": "on_track", "fabrication": "on_track",
                   "in transit": "on_track", "shipped": "on_track", "dispatched": "on_track",
                   "on site": "delivered", "received": "delivered", "delayed": "late",
                   "awaiting po": "at_risk", "not ordered": "at_risk"},
    "milestone": {"late": "forecast_late", "behind": "forecast_late",
                  "intarziat": "forecast_late", "intarziata": "forecast_late",
                  "kesesben": "forecast_late",
                  "slipping": "forecast_late", "遅延": "forecast_late",
                  "遅れ": "forecast_late", "delayed": "forecast_late", "verzogert": "forecast_late",
                  "vertraagd": "forecast_late", "retrasado": "forecast_late",
                  "atrasado": "forecast_late", "en retard": "forecast_late",
                  "in ritardo": "forecast_late",
                  # a milestone's RAG in its status column ("RAG / Status": Complete, Green,
                  # Amber, Red): green is on course, amber and red forecast late
                  "green": "not_due", "amber": "forecast_late", "red": "forecast_late",
                  "vert": "not_due", "verde": "not_due", "grun": "not_due", "groen": "not_due",
                  "orange": "forecast_late", "ambar": "forecast_late", "gelb": "forecast_late",
                  "rouge": "forecast_late", "rojo": "forecast_late", "rot": "forecast_late",
                  "rood": "forecast_late", "rosso": "forecast_late",
                  "vermelho": "forecast_late",
                  # a gate review booked, held and passed (or not)
                  "scheduled": "not_due", "planned": "not_due", "booked": "not_due",
                  "passed": "complete_on_time", "conditional pass": "complete_on_time",
                  "passed with conditions": "complete_on_time", "met": "complete_on_time",
                  "not met": "missed", "failed": "missed"},
}
_GENERIC: dict[str, dict[str, str]] = {
    # a lesson from what went well, or from what is to improve (retrospectives' columns)
    "effect_type": {
        "went well": "went_well", "what went well": "went_well", "positive": "went_well",
        # a retrospective's "continue doing", "do differently", "start doing"
        "continue doing": "went_well", "do differently": "to_improve",
        "start doing": "to_improve",
        "+": "went_well", "-": "to_improve", "–": "to_improve",  # a sign alone
        "onnistuminen": "went_well", "kehityskohde": "to_improve",  # Finnish
        "θετικο": "went_well", "αρνητικο": "to_improve",  # Greek (as ``norm`` writes them)
        "pozytywne": "went_well", "pozytywna": "went_well", "negatywne": "to_improve",
        "negatywna": "to_improve",  # Polish
        "parannettavaa": "to_improve",
        "success": "went_well", "successes": "went_well", "strength": "went_well",
        "good": "went_well", "good practice": "went_well", "worked well": "went_well",
        "keep": "went_well", "keep doing": "went_well", "well": "went_well",
        "to improve": "to_improve", "improve": "to_improve", "improvement": "to_improve",
        "could improve": "to_improve", "could be improved": "to_improve",
        "even better if": "to_improve", "ebi": "to_improve", "went wrong": "to_improve",
        "what went wrong": "to_improve", "did not go well": "to_improve",
        "didn t go well": "to_improve", "negative": "to_improve", "weakness": "to_improve",
        "problem": "to_improve", "issue": "to_improve", "challenge": "to_improve",
        "stop doing": "to_improve", "lesson to learn": "to_improve",
        "area for improvement": "to_improve", "opportunity for improvement": "to_improve",
        # Nordic, German, Dutch, French, Spanish, Portuguese, Italian, Polish
        "gik godt": "went_well", "gick bra": "went_well", "gikk bra": "went_well",
        "kan forbedres": "to_improve", "kan forbattras": "to_improve",
        "forbedring": "to_improve", "forbattring": "to_improve",
        "lief gut": "went_well", "positiv": "went_well", "gut": "went_well",
        "lief schlecht": "to_improve", "schlecht": "to_improve",
        "verbesserung": "to_improve", "verbesserungspotenzial": "to_improve",
        "negativ": "to_improve", "ging goed": "went_well", "goed": "went_well",
        "kan beter": "to_improve", "verbeterpunt": "to_improve", "positief": "went_well",
        "negatief": "to_improve", "positif": "went_well", "a ameliorer": "to_improve",
        "point fort": "went_well", "point a ameliorer": "to_improve", "negatif": "to_improve",
        "salio bien": "went_well", "positivo": "went_well", "a mejorar": "to_improve",
        "mejora": "to_improve", "negativo": "to_improve", "correu bem": "went_well",
        "a melhorar": "to_improve", "melhoria": "to_improve", "ha funzionato": "went_well",
        "da migliorare": "to_improve", "miglioramento": "to_improve",
        "pozytywny": "went_well", "negatywny": "to_improve", "do poprawy": "to_improve"},
    # a stakeholder's engagement (DOMAIN §7.4) in the words registers use
    "current_engagement": (_ENGAGEMENT := {w: level for level, ws in {
        "unaware": "not aware|nevedomy|neinformovany|nieswiadomy|ignorant|inconscient|non informe|pas informe|nicht informiert|"
                   "ahnungslos|unwissend|desconocedor|no informado|desinformado|"
                   "desconhecedor|nao informado|inconsapevole|non informato|onbewust|"
                   "niet op de hoogte|uvidende|omedveten|uvitende|無関心|認識なし|未認知|不認識|"
                   "hana habari|hajui|غير مدرك|غير مطلع|غير واع",
        "resistant": "resistent|odporujici|odmitavy|odporujuci|oporny|przeciwny|opposed|blocker|resistente|oppose|opposant|ablehnend|kritisch|critical|kritisk|"
                     "widerstand|gegner|opositor|contrario|tegenstander|weerstand|"
                     "modstander|motstandare|motstander|negative|negatief|抵抗|反対|anapinga|"
                     "sceptic|skeptic|sceptical|skeptical|معارض|مقاوم|رافض|reticente|reticent|reluctant|"
                     "riluttante|relutante|reacio|zuruckhaltend|terughoudend",
        "neutral": "neutre|neutro|neutraal|indifferent|neutralni|neutralny|中立|hana upande|"
                   "hana msimamo|hajaamua|محايد",
        "supportive": "supporter|podporujici|podporujuci|wspierajacy|support|favorable|favourable|soutien|unterstutzend|"
                      "unterstutzer|befurworter|partidario|apoyo|apoiador|favoravel|"
                      "favorevole|sostenitore|ondersteunend|voorstander|positiv|"
                      "stottande|stottende|positive|positief|支援|支持|協力|anaunga mkono|"
                      "داعم|مويد|مساند",
        "leading": "leader|vedouci|veduci|prowadzacy|lider zmiany|champion|lead|moteur|meneur|fuhrend|treiber|lider|liderando|fordernd|aktiv fordernd|"
                   "promotor|trainante|guida|leidend|trekker|ledende|drivande|"
                   "ambassador|ambassadeur|主導|推進|anaongoza|kinara|قيادي|قايد|رايد|مناصر"}.items()
        for w in ws.split("|")}),
    "desired_engagement": _ENGAGEMENT,
    "side": {"int": "internal", "interne": "internal", "intern": "internal",
             "interno": "internal", "interna": "internal", "ext": "external",
             "externe": "external", "extern": "external", "externo": "external",
             "esterno": "external", "externa": "external", "esterna": "external"},
    # benefit types (DOMAIN §7.2) in the words registers use
    "benefit_type": {"cashable": "cash_releasing", "cash": "cash_releasing",
                     "financial cashable": "cash_releasing", "cash releasing": "cash_releasing",
                     "non cashable": "non_cash_releasing", "noncashable": "non_cash_releasing",
                     "non financial quantifiable": "quantifiable_non_financial",
                     "non financial qualitative": "qualitative",
                     "non cash": "non_cash_releasing", "financial non cashable":
                     "non_cash_releasing", "non cash releasing": "non_cash_releasing",
                     "efficiency": "non_cash_releasing",
                     "non financial": "quantifiable_non_financial",
                     "nao financeiro": "quantifiable_non_financial",
                     "no financiero": "quantifiable_non_financial",
                     "non financier": "quantifiable_non_financial",
                     "nicht finanziell": "quantifiable_non_financial",
                     "niet financieel": "quantifiable_non_financial",
                     "non finanziario": "quantifiable_non_financial",
                     "quantifiable": "quantifiable_non_financial",
                     "measurable": "quantifiable_non_financial",
                     "quantitative": "quantifiable_non_financial",
                     "qualitative": "qualitative", "non quantifiable": "qualitative",
                     "intangible": "qualitative", "dis benefit": "disbenefit",
                     "disbenefit": "disbenefit", "negative": "disbenefit",
                     # Polish, Czech (financial, measurable non-financial, qualitative)
                     "finansowa": "cash_releasing", "finansowa wymierna": "cash_releasing",
                     "niefinansowa wymierna": "quantifiable_non_financial",
                     "niefinansowa": "quantifiable_non_financial",
                     "niewymierna": "qualitative", "jakosciowa": "qualitative",
                     "financni": "cash_releasing", "nefinancni": "quantifiable_non_financial",
                     "kvalitativni": "qualitative"},
    # what a change touches, in the words change logs use (EN/ES/PT/FR/DE/IT/NL)
    "cr_type": {"time": "schedule", "timeline": "schedule", "programme": "schedule",
                # a change to the solution's design is one to what is delivered; a
                # commercial or contractual one changes the price; a rule's, none of ours
                "technical": "scope", "technique": "scope", "tecnica": "scope",
                "tecnico": "scope", "technik": "scope", "technisch": "scope",
                "design": "scope", "specification": "scope", "requirements": "scope",
                "functional": "scope", "commercial": "cost", "contractual": "cost",
                "financial": "cost", "regulatory": "other", "compliance": "other",
                "legal": "other", "policy": "other", "normativo": "other",
                "normativa": "other", "regulatorio": "other", "reglementaire": "other",
                "costs": "cost", "budget": "cost", "resources": "resource",
                "staffing": "resource", "benefit": "benefits",
                "alcance": "scope", "cronograma": "schedule", "plazo": "schedule",
                "costo": "cost", "coste": "cost", "costos": "cost", "presupuesto": "cost",
                "calidad": "quality", "recursos": "resource", "recurso": "resource",
                "beneficios": "benefits", "otro": "other", "otros": "other",
                "escopo": "scope", "prazo": "schedule", "custo": "cost",
                "qualidade": "quality", "outro": "other",
                "perimetre": "scope", "portee": "scope", "delai": "schedule",
                "delais": "schedule", "planning": "schedule", "cout": "cost", "couts": "cost",
                "qualite": "quality", "ressources": "resource", "benefices": "benefits",
                "autre": "other", "umfang": "scope", "termin": "schedule",
                "zeitplan": "schedule", "kosten": "cost", "qualitat": "quality",
                "ressourcen": "resource", "nutzen": "benefits", "sonstiges": "other",
                "ambito": "scope", "tempi": "schedule", "costi": "cost", "qualita": "quality",
                "risorse": "resource", "benefici": "benefits", "altro": "other",
                "scope wijziging": "scope", "tijd": "schedule", "kwaliteit": "quality",
                "middelen": "resource", "baten": "benefits", "overig": "other"},
    "priority": {"very high": "critical", "urgent": "critical", "highest": "critical",
                 "hochste": "critical",
                 # an engineering change's priority: emergency, urgent, routine
                 "emergency": "critical", "routine": "medium",
                 "important": "high", "normal": "medium", "normaal": "medium",
                 "normale": "medium", "normalny": "medium", "normalna": "medium",
                 "p1": "critical", "p2": "high", "p3": "medium", "p4": "low", "h": "high",
                 # an A-B-C priority: A is the most pressing
                 "a": "high", "b": "medium", "c": "low", "prio a": "high",
                 "prio b": "medium", "prio c": "low",
                 # Japanese and Chinese: high, medium, low (and large, small)
                 "高": "high", "中": "medium", "低": "low", "大": "high", "小": "low",
                 "最高": "critical", "緊急": "critical", "紧急": "critical",
                 # Hungarian
                 "legmagasabb": "critical", "kritikus": "critical", "magas": "high",
                 # Russian and Ukrainian (each form a level takes)
                 "критический": "critical", "критическая": "critical",
                 "критичний": "critical", "критична": "critical", "высокий": "high",
                 "высокая": "high", "високий": "high", "висока": "high",
                 "средний": "medium", "средняя": "medium", "середній": "medium",
                 "середня": "medium", "низкий": "low", "низкая": "low", "низький": "low",
                 "низька": "low",
                 # Romanian
                 "ridicata": "high", "ridicat": "high", "medie": "medium",
                 "mediu": "medium", "scazuta": "low", "scazut": "low",
                 "kozepes": "medium", "alacsony": "low", "legalacsonyabb": "low",
                 "m": "medium", "med": "medium", "l": "low", "very low": "low", "lowest": "low",
                 "alta": "high", "alto": "high", "media": "medium", "medio": "medium",
                 "baja": "low", "bajo": "low", "baixa": "low", "bassa": "low",
                 "urgente": "critical", "hoch": "high", "mittel": "medium", "tief": "low",
                 "kriticka": "critical", "kriticky": "critical", "vysoka": "high",
                 "vysoky": "high", "stredni": "medium", "nizka": "low", "nizky": "low",
                 "hoj": "high", "hog": "high", "mellem": "medium", "medel": "medium",
                 "middels": "medium", "lav": "low", "lag": "low", "kritisk": "critical",
                 "meget hoj": "critical", "mycket hog": "critical",
                 "niedrig": "low", "haute": "high", "elevee": "high", "moyenne": "medium",
                 "faible": "low", "basse": "low", "muy alta": "critical", "critica": "critical",
                 "must": "critical", "should": "high", "could": "medium", "wont": "low",
                 "must have": "critical", "should have": "high", "could have": "medium",
                 # Spanish, Portuguese, French, Dutch, Italian, German, Polish, Nordic
                 "muy alto": "critical", "critico": "critical", "muito alta": "critical",
                 "blocker": "critical", "blocking": "critical", "showstopper": "critical",
                 "bloccante": "critical", "bloqueante": "critical", "bloquant": "critical",
                 "blockierend": "critical",
                 "muito alto": "critical", "critique": "critical",
                 "tres haute": "critical", "tres elevee": "critical", "moyen": "medium",
                 "bas": "low", "tres faible": "low", "hoog": "high", "middel": "medium",
                 "laag": "low", "kritiek": "critical", "zeer hoog": "critical",
                 "molto alta": "critical", "kritisch": "critical", "sehr hoch": "critical",
                 "krytyczny": "critical", "krytyczna": "critical", "wysoki": "high",
                 "wysoka": "high", "sredni": "medium", "srednia": "medium", "niski": "low",
                 "niska": "low", "bardzo wysoki": "critical", "hoy": "high",
                 "hoeg": "high", "kritiskt": "critical", "baixo": "low", "muy baja": "low",
                 "muito baixa": "low", "kriittinen": "critical", "erittain korkea": "critical",
                 "korkea": "high", "keskitaso": "medium", "keskisuuri": "medium",
                 "yuksek": "high", "orta": "medium", "dusuk": "low", "kritik": "critical",
                 "cok yuksek": "critical", "acil": "critical",
                 "keskitasoinen": "medium", "matala": "low", "alhainen": "low",
                 "1": "critical", "2": "high", "3": "medium", "4": "low"},
    "severity": {"extreme": "critical", "minor": "low", "major": "high", "moderate": "medium", "significant": "high",
                 "severe": "critical", "catastrophic": "critical", "very high": "critical",
                 "very low": "low", "h": "high", "m": "medium", "l": "low", "med": "medium",
                 "alta": "high", "media": "medium", "baja": "low", "hoch": "high",
                 "mittel": "medium", "niedrig": "low"},
    "response": {"mitigate": "reduce", "mitigation": "reduce", "reduction": "reduce",
                 "avoidance": "avoid", "acceptance": "accept", "accepted": "accept",
                 "transference": "transfer", "transferred": "transfer", "contingency": "fallback",
                 "sharing": "share", "exploitation": "exploit", "enhancement": "enhance",
                 "escalation": "escalate", "mitigar": "reduce", "evitar": "avoid",
                 "aceptar": "accept", "transferir": "transfer", "vermeiden": "avoid",
                 "vermindern": "reduce", "akzeptieren": "accept", "uebertragen": "transfer",
                 "attenuer": "reduce", "eviter": "avoid", "accepter": "accept",
                 "transferer": "transfer", "monitor": "accept", "tolerate": "accept",
                 "treat": "reduce", "terminate": "avoid",
                 # Italian
                 "mitigazione": "reduce", "mitigare": "reduce", "ridurre": "reduce",
                 "riduzione": "reduce", "evitare": "avoid", "eliminazione": "avoid",
                 "accettazione": "accept", "accettare": "accept", "trasferimento": "transfer",
                 "trasferire": "transfer", "condivisione": "share",
                 # Spanish, Portuguese, French, Dutch, Nordic, Polish
                 "reducir": "reduce", "compartir": "share", "explotar": "exploit",
                 "mejorar": "enhance", "mitigacion": "reduce", "aceitar": "accept",
                 "reduzir": "reduce", "compartilhar": "share", "partilhar": "share",
                 "explorar": "exploit", "melhorar": "enhance", "mitigacao": "reduce",
                 "transferencia": "transfer", "aceitacao": "accept", "reduire": "reduce",
                 "partager": "share", "exploiter": "exploit", "ameliorer": "enhance",
                 "attenuation": "reduce", "vermijden": "avoid", "verminderen": "reduce",
                 "beperken": "reduce", "beheersen": "reduce", "accepteren": "accept", "overdragen": "transfer",
                 "undga": "avoid", "undvika": "avoid", "unnga": "avoid",
                 "reducere": "reduce", "reducera": "reduce", "redusere": "reduce",
                 "acceptere": "accept", "acceptera": "accept", "akseptere": "accept",
                 "overfore": "transfer", "overfora": "transfer", "unikanie": "avoid",
                 "unikac": "avoid", "lagodzenie": "reduce", "ograniczenie": "reduce",
                 "redukcja": "reduce", "akceptacja": "accept", "przeniesienie": "transfer",
                 # Hungarian, Czech, Finnish, Turkish
                 "csokkentes": "reduce", "mersekles": "reduce",
                 "atharitas": "transfer", "elfogadas": "accept", "elkerules": "avoid",
                 "snizeni": "reduce", "zmirneni": "reduce", "prenos": "transfer",
                 "prijeti": "accept", "vyhnuti": "avoid", "vahentaminen": "reduce",
                 "siirtaminen": "transfer", "hyvaksyminen": "accept", "valttaminen": "avoid",
                 "azaltma": "reduce", "transfer etme": "transfer", "kabul": "accept",
                 "kacinma": "avoid",
                 # Korean, Japanese, Chinese (traditional read as simplified)
                 "완화": "reduce", "감소": "reduce", "경감": "reduce", "회피": "avoid",
                 "전가": "transfer", "이전": "transfer", "수용": "accept",
                 "軽減": "reduce", "低減": "reduce", "回避": "avoid", "転嫁": "transfer",
                 "移転": "transfer", "受容": "accept", "保有": "accept",
                 "减轻": "reduce", "降低": "reduce", "缓解": "reduce", "规避": "avoid",
                 "避免": "avoid", "转移": "transfer", "转嫁": "transfer", "接受": "accept"},
    "threat_or_opportunity": {"t": "threat", "o": "opportunity", "risk": "threat",
                              "negative": "threat", "positive": "opportunity",
                              "amenaza": "threat", "oportunidad": "opportunity",
                              "bedrohung": "threat", "chance": "opportunity",
                              "menace": "threat", "opportunite": "opportunity"},
    "proximity": {"this month": "imminent", "now": "imminent", "immediate": "imminent",
                  "next month": "imminent", "next 3 months": "within_stage",
                  "this quarter": "within_stage", "next quarter": "within_stage",
                  "this stage": "within_stage", "next 6 months": "within_project",
                  "this year": "within_project", "this project": "within_project",
                  "far away": "beyond_project", "next year": "beyond_project",
                  "long term": "beyond_project", "after project": "beyond_project"},
    "trend": {"up": "increasing", "rising": "increasing", "worsening": "increasing",
              "worse": "increasing", "down": "decreasing", "falling": "decreasing",
              "improving": "decreasing", "better": "decreasing", "same": "stable",
              "unchanged": "stable", "flat": "stable", "no change": "stable",
              "↑": "increasing", "↓": "decreasing", "→": "stable", "↔": "stable",
              "=": "stable", "↗": "increasing", "↘": "decreasing", "⬆": "increasing",
              "⬇": "decreasing", "➡": "stable",
              # Spanish, Portuguese, French, German, Dutch, Nordic, Polish
              "estable": "stable", "estavel": "stable", "sin cambios": "stable",
              "sem alteracao": "stable", "inchange": "stable", "gleich": "stable",
              "gleichbleibend": "stable", "stabiel": "stable", "stabil": "stable",
              "stabilny": "stable", "aumentando": "increasing", "en aumento": "increasing",
              "creciente": "increasing", "a subir": "increasing",
              "en hausse": "increasing", "steigend": "increasing",
              "stijgend": "increasing", "okande": "increasing", "stigende": "increasing",
              "rosnacy": "increasing", "disminuyendo": "decreasing",
              "en descenso": "decreasing", "diminuindo": "decreasing",
              "a descer": "decreasing", "en baisse": "decreasing", "fallend": "decreasing",
              "sinkend": "decreasing", "dalend": "decreasing", "minskande": "decreasing",
              "faldende": "decreasing", "synkende": "decreasing", "malejacy": "decreasing",
              "kasvava": "increasing", "nouseva": "increasing", "laskeva": "decreasing",
              "vakaa": "stable", "ennallaan": "stable"},
    "stage": {"concept": "idea", "proposal": "idea", "pipeline": "idea", "start up": "initiation",
              # a French public works project's phases (loi MOP): programme, studies,
              # tender, works, handover and the year of guarantee (GPA)
              "programmation": "initiation", "etudes": "planning", "esquisse": "planning",
              "aps": "planning", "apd": "planning", "dce": "planning",
              "consultation": "planning", "chantier": "delivery",
              "reception": "closing", "gpa": "closing", "parfait achevement": "closing",
              "livre": "closed", "livree": "closed",
              # Thai: permits, design, construction, testing and handover
              "ขออนุญาต": "planning", "ออกแบบ": "planning", "ก่อสร้าง": "delivery",
              "ทดสอบ/ส่งมอบ": "closing", "ส่งมอบ": "closing", "ทดสอบ": "delivery",
              "สำรวจ": "planning", "สำรวจ/ออกแบบ": "planning",
              # a new product's gates in manufacturing (APQP, VDA maturity levels): concept,
              # design freeze, prototypes, tooling, PPAP and pre-series, start of production,
              # series production
              "concept freeze": "planning", "design freeze": "planning",
              "prototype": "planning", "prototypes": "planning", "tool release": "delivery",
              "tooling": "delivery", "tool kick off": "delivery", "ppap": "delivery",
              "pre series": "delivery", "preseries": "delivery", "nullserie": "delivery",
              "vorserie": "delivery", "sop": "closing", "start of production": "closing",
              "safe launch": "closing", "series production": "closed", "serie": "closed",
              "serienproduktion": "closed",
              # capital projects' stage gates (front-end loading): concept, pre-feasibility,
              # feasibility (definition), execution, commissioning, close-out
              "pre feasibility": "initiation", "prefeasibility": "initiation",
              "feasibility": "planning", "definition": "planning", "commissioning": "delivery",
              # a SAFe portfolio Kanban's steps (Jira Align's "Process Step")
              "funnel": "idea", "reviewing": "idea", "analyzing": "initiation",
              "analysing": "initiation", "implementing": "delivery", "portfolio backlog":
              "planning", "done": "closed",
              "prefactibilidad": "initiation", "pre factibilidad": "initiation",
              "prefactibilite": "initiation", "pre viabilidade": "initiation",
              "factibilidad": "planning", "viabilidad": "planning", "faisabilite": "planning",
              "viabilidade": "planning", "decision de inversion": "planning",
              "final investment decision": "planning", "fid": "planning",
              "puesta en marcha": "delivery", "comisionamiento": "delivery",
              "close out": "closing", "closeout": "closing", "handover": "closing",
              "startup": "initiation", "initiate": "initiation", "define": "planning",
              "design": "planning", "plan": "planning", "execution": "delivery",
              # PMI's process groups; the Green Book's business cases (UK public sector)
              "monitor and control": "delivery", "monitoring and controlling": "delivery",
              "executing": "delivery", "strategic outline case": "idea",
              "strategic outline": "idea", "outline business case": "initiation",
              "full business case": "planning", "finalizat": "closed",
              "in achizitii publice": "planning", "achizitii": "planning",
              "execute": "delivery", "build": "delivery", "implementation": "delivery",
              "deliver": "delivery", "in flight": "delivery", "close": "closing",
              "closure": "closing", "complete": "closed", "completed": "closed",
              "testing": "delivery", "uat": "delivery", "go live": "delivery",
              "hypercare": "closing", "test": "delivery", "tests": "delivery",
              "pilot": "delivery", "rollout": "delivery", "roll out": "delivery",
              "tender": "planning", "tendering": "planning", "procurement": "planning",
              "ausschreibung": "planning", "vergabe": "planning", "einfuhrung": "delivery",
              "inbetriebnahme": "delivery", "aanbesteding": "planning",
              "licitacion": "planning", "appel d offres": "planning", "gara": "planning",
              # the lifecycle's phases in Dutch, German, French, Spanish, Portuguese, Italian
              "idee": "idea", "initiatie": "initiation", "ontwerp": "planning",
              "voorbereiding": "planning", "realisatie": "delivery", "uitvoering": "delivery",
              "implementatie": "delivery", "afsluiting": "closing", "nazorg": "closing",
              "afgesloten": "closed", "initiierung": "initiation", "konzeption": "planning",
              "planung": "planning", "umsetzung": "delivery", "realisierung": "delivery",
              "durchfuhrung": "delivery", "abschluss": "closing", "abgeschlossen": "closed",
              "cadrage": "initiation", "lancement": "initiation", "conception": "planning",
              "planification": "planning", "realisation": "delivery", "deploiement": "delivery",
              "cloture": "closing", "termine": "closed", "iniciacion": "initiation",
              "planificacion": "planning", "diseno": "planning", "ejecucion": "delivery",
              "implantacion": "delivery", "cierre": "closing", "cerrado": "closed",
              "iniciacao": "initiation", "planeamento": "planning", "planejamento": "planning",
              "execucao": "delivery", "implementacao": "delivery", "encerramento": "closing",
              "encerrado": "closed", "avvio": "initiation", "pianificazione": "planning",
              "progettazione": "planning", "esecuzione": "delivery",
              "realizzazione": "delivery", "chiusura": "closing",
              # testing and acceptance are delivery's last steps: "Collaudo", "Pruebas", "UAT"
              "collaudo": "delivery", "pruebas": "delivery", "testes": "delivery",
              # a capital project's phases: design, mobilisation, construction (works)
              "construction": "delivery", "works": "delivery", "detailed design": "planning",
              "mobilisation": "delivery", "mobilization": "delivery",
              "construccion": "delivery", "obra": "delivery", "obras": "delivery",
              "travaux": "delivery", "bau": "delivery", "bauphase": "delivery",
              "costruzione": "delivery", "lavori": "delivery",
              "abnahme": "delivery", "recette": "delivery",
              # a public works contract's steps in Portuguese and Spanish: the design,
              # the tender, the works, provisional and final acceptance
              "projeto": "planning", "projecto": "planning", "concurso": "planning",
              "licitacao": "planning",
              "rececao provisoria": "closing", "recepcao provisoria": "closing",
              "recepcion provisional": "closing", "rececao definitiva": "closed",
              "recepcao definitiva": "closed", "recepcion definitiva": "closed",
              "concluida": "closed",
              # the RIBA Plan of Work's stages (UK architects): 0–1 brief, 2–4 design,
              # 5 construction, 6 handover, 7 in use
              "strategic definition": "idea", "preparation and briefing": "initiation",
              "preparation and brief": "initiation", "prep and brief": "initiation",
              "concept design": "planning", "spatial coordination": "planning",
              "developed design": "planning", "technical design": "planning",
              "manufacturing and construction": "delivery", "in use": "closed", "use": "closed",
              # Finnish: pre-study, planning, execution, deployment, closing, closed
              "esiselvitys": "initiation", "suunnittelu": "planning", "toteutus": "delivery",
              "kayttoonotto": "delivery", "paattaminen": "closing", "paattynyt": "closed",
              # a developer's pipeline of sites: early, mid and late-stage development
              # (to the notice to proceed), construction, then operating
              "early dev": "initiation", "early development": "initiation",
              "early stage": "initiation", "mid stage": "planning",
              "mid stage development": "planning", "mid stage dev": "planning",
              "late stage": "planning", "late stage development": "planning",
              "pre ntp": "planning", "under construction": "delivery",
              "in construction": "delivery", "operating": "closed", "operational": "closed",
              "in operation": "closed", "in service": "closed",
              # a digital service's phases (discovery, alpha, beta, live), and a product's
              "discovery": "initiation", "alpha": "planning", "beta": "delivery",
              "private beta": "delivery", "public beta": "delivery",
              "live": "closing",
              # Korean: launch, analysis, design, build, test, cut-over, stabilisation
              "착수": "initiation", "계획": "planning", "분석": "planning", "설계": "planning",
              "구축": "delivery", "개발": "delivery", "테스트": "delivery",
              "이행": "delivery", "안정화": "closing",
              # Swedish, Danish, Norwegian
              "forstudie": "initiation", "idefase": "idea", "initiering": "initiation",
              "planering": "planning", "planlaegning": "planning", "planlegging": "planning",
              "genomforande": "delivery", "gennemforelse": "delivery",
              "gjennomforing": "delivery", "implementering": "delivery",
              "avslut": "closing", "afslutning": "closing", "avslutning": "closing",
              "avslutad": "closed", "afsluttet": "closed", "avsluttet": "closed",
              # a building project's phases: feasibility, design, tender, works, handover
              "forundersogelse": "initiation", "forundersokelse": "initiation",
              "projektering": "planning", "prosjektering": "planning", "udbud": "planning",
              "upphandling": "planning", "anbud": "planning", "anbudsfase": "planning",
              "udforelse": "delivery", "utforande": "delivery", "utforelse": "delivery",
              "byggefase": "delivery", "byggfas": "delivery", "aflevering": "closing",
              "overlamning": "closing", "overlevering": "closing", "overdragelse": "closing",
              # Polish and Czech
              "koncepcja": "idea", "inicjacja": "initiation", "inicjowanie": "initiation",
              "planowanie": "planning", "projektowanie": "planning", "realizacja": "delivery",
              "budowa": "delivery", "wdrozenie": "delivery", "wykonanie": "delivery",
              "odbior": "closing", "odbiory": "closing", "zamkniecie": "closing",
              "zakonczenie": "closing", "zakonczony": "closed", "zamer": "idea",
              "priprava": "planning", "projektova priprava": "planning",
              "realizace": "delivery", "uzavreni": "closing", "ukonceno": "closed"},
    "state": {"open": "active", "in progress": "active", "live": "active", "green": "active",
              "ongoing": "active", "on going": "active",
              # French (Québec) boards: blocked, to do, tendering, design, snagging
              "bloque": "on_hold", "bloquee": "on_hold", "a faire": "proposed",
              "appel d offres": "active", "plans et devis": "active", "deficiences": "active",
              "in implementation": "active", "in execution": "active",
              "working on it": "active", "stuck": "on_hold", "blocked": "on_hold",
              "business case": "proposed", "discovery": "proposed",
              "not started": "proposed", "ready to accept": "active",
              "in bearbeitung": "active", "in arbeit": "active",
              "pagar": "active", "ej startad": "proposed", "ej paborjad": "proposed",
              "planifie": "proposed", "planifiee": "proposed",
              "accepted": "completed",
              # a request's decision: approved goes ahead, rejected does not, one under
              # review is still proposed (a capex or intake list's "Estatus")
              "approved": "active", "aprobado": "active", "aprobada": "active",
              "aprovado": "active", "genehmigt": "active", "approuve": "active",
              "rejected": "cancelled", "rechazado": "cancelled", "rechazada": "cancelled",
              "rejeitado": "cancelled", "abgelehnt": "cancelled", "rejete": "cancelled",
              "under review": "proposed", "in review": "proposed", "en revision": "proposed",
              "em revisao": "proposed", "in prufung": "proposed", "en cours d examen": "proposed",
              "pending approval": "proposed",
              # a demand's steps before it is approved (ServiceNow: draft, submitted,
              # screening, qualified)
              "draft": "proposed", "submitted": "proposed", "screening": "proposed",
              "qualified": "proposed",
              # winding down, not yet done: still active
              "closing": "active", "in closure": "active", "close out": "active",
              "closeout": "active",
              # weighed, not yet started: ServiceNow's "Pending", "En evaluación"
              "pending": "proposed", "under evaluation": "proposed",
              "in evaluation": "proposed", "en evaluacion": "proposed",
              "em avaliacao": "proposed", "en evaluation": "proposed",
              "hold": "on_hold", "paused": "on_hold", "done": "completed", "complete": "completed",
              "closed": "completed", "canceled": "cancelled", "stopped": "cancelled",
              "pipeline": "proposed", "planned": "proposed",
              # Spanish, Portuguese, French, Italian, German, Dutch, Nordic, Polish
              "en ejecucion": "active", "en curso": "active", "activo": "active",
              "activa": "active", "en desarrollo": "active", "en marcha": "active",
              "en planificacion": "active", "en licitacion": "active",
              "en implementacion": "active", "suspendido": "on_hold", "suspendat": "on_hold",
              "reziliat": "cancelled",
              "suspendida": "on_hold", "paralizado": "on_hold", "paralizada": "on_hold",
              "detenido": "on_hold", "en pausa": "on_hold", "en espera": "on_hold",
              "cerrado": "completed", "finalizado": "completed", "terminado": "completed",
              "completado": "completed", "concluido": "completed",
              "cancelado": "cancelled", "anulado": "cancelled", "propuesto": "proposed",
              "por iniciar": "proposed", "no iniciado": "proposed",
              "em execucao": "active", "em andamento": "active", "em curso": "active",
              "ativo": "active", "em planeamento": "active", "em planejamento": "active",
              "suspenso": "on_hold", "paralisado": "on_hold", "parado": "on_hold",
              "em pausa": "on_hold", "encerrado": "completed", "proposto": "proposed",
              "nao iniciado": "proposed", "en cours": "active", "actif": "active",
              "en execution": "active", "en realisation": "active", "suspendu": "on_hold",
              "en pause": "on_hold", "en attente": "on_hold", "gele": "on_hold",
              "termine": "completed", "cloture": "completed", "acheve": "completed",
              "livre": "completed", "annule": "cancelled", "abandonne": "cancelled",
              "propose": "proposed", "a lancer": "proposed", "non demarre": "proposed",
              "in corso": "active", "attivo": "active", "in esecuzione": "active",
              "sospeso": "on_hold", "in pausa": "on_hold", "concluso": "completed",
              "completato": "completed", "chiuso": "completed", "annullato": "cancelled",
              "da avviare": "proposed", "laufend": "active", "aktiv": "active",
              "in umsetzung": "active", "in durchfuhrung": "active", "pausiert": "on_hold",
              "ruhend": "on_hold", "gestoppt": "cancelled", "zuruckgestellt": "on_hold",
              "abgeschlossen": "completed", "abgebrochen": "cancelled",
              "geplant": "proposed", "beantragt": "proposed", "lopend": "active",
              "actief": "active", "in uitvoering": "active", "gepauzeerd": "on_hold",
              "stilgelegd": "on_hold", "afgerond": "completed", "afgesloten": "completed",
              "gestopt": "cancelled", "geannuleerd": "cancelled", "gepland": "proposed",
              "voorgesteld": "proposed", "igang": "active", "i gang": "active",
              "pagaende": "active", "pauset": "on_hold", "pausad": "on_hold",
              "sat i bero": "on_hold", "stillet i bero": "on_hold",
              "afsluttet": "completed", "avslutad": "completed", "avsluttet": "completed",
              "aflyst": "cancelled", "avbruten": "cancelled", "avbrutt": "cancelled",
              "w realizacji": "active", "aktywny": "active", "w toku": "active",
              "wstrzymany": "on_hold", "zawieszony": "on_hold", "zakonczony": "completed",
              "zamkniety": "completed", "anulowany": "cancelled", "planowany": "proposed",
              # Greek
              "σε εξελιξη": "active", "ολοκληρωμενο": "completed", "ολοκληρωθηκε": "completed",
              "σε αναστολη": "on_hold", "σε δημοπρατηση": "active",
              "συμβασιοποιηση": "active", "σε ωριμανση": "proposed",
              "δεν εχει ξεκινησει": "proposed", "ακυρωθηκε": "cancelled",
              # Turkish
              "devam ediyor": "active", "yurutuluyor": "active", "aktif": "active",
              "surekli": "active", "tamamlandi": "completed", "kapandi": "completed",
              "planlandi": "proposed", "planlaniyor": "proposed", "beklemede": "on_hold",
              "askida": "on_hold", "iptal": "cancelled", "iptal edildi": "cancelled"},
    "direction": {"in": "inbound", "incoming": "inbound", "we need": "inbound",
                  # Chinese and Japanese: input (we receive), output (we deliver)
                  "输入": "inbound", "輸入": "inbound", "输出": "outbound", "輸出": "outbound",
                  "入力": "inbound", "出力": "outbound",
                  "受入": "inbound", "受け入れ": "inbound", "提供": "outbound",
                  # Swahili: we receive, we give
                  "tunapokea": "inbound", "tunatoa": "outbound",
                  # Indonesian and Malay: in, out
                  "masuk": "inbound", "keluar": "outbound",
                  # Korean: received, sent (given)
                  "수신": "inbound", "입고": "inbound", "송신": "outbound", "제공": "outbound",
                  "출고": "outbound",
                  "out": "outbound", "outgoing": "outbound", "they need": "outbound",
                  "we re waiting on them": "inbound", "waiting on them": "inbound",
                  "we are waiting on them": "inbound", "they re waiting on us": "outbound",
                  "waiting on us": "outbound", "they are waiting on us": "outbound",
                  "entrante": "inbound", "saliente": "outbound", "eingehend": "inbound",
                  "ausgehend": "outbound", "entrant": "inbound", "sortant": "outbound",
                  "in entrata": "inbound", "in uscita": "outbound", "inkomend": "inbound",
                  "uitgaand": "outbound", "de entrada": "inbound", "de saida": "outbound",
                  # Polish, Nordic, Spanish, Portuguese, French
                  "wejsciowa": "inbound", "wejsciowy": "inbound", "wyjsciowa": "outbound",
                  "wyjsciowy": "outbound", "indgaende": "inbound", "ingaende": "inbound",
                  "inngaende": "inbound", "udgaende": "outbound", "utgaende": "outbound",
                  "entrada": "inbound", "saida": "outbound", "salida": "outbound",
                  "sortante": "outbound", "saapuva": "inbound", "lahteva": "outbound"},
    "dependency_type": {"int": "internal", "ext": "external", "third party": "external",
                        "interna": "internal", "externa": "external", "intern": "internal",
                        "extern": "external",
                        # Polish, Nordic, Spanish, Portuguese, French
                        "wewnetrzna": "internal", "wewnetrzny": "internal",
                        "zewnetrzna": "external", "zewnetrzny": "external",
                        "ekstern": "external", "externo": "external",
                        "interno": "internal", "interne": "internal",
                        "externe": "external"},
    "issue_type": {"rfc": "request_for_change", "change": "request_for_change",
                   "change request": "request_for_change", "request for change": "request_for_change",
                   "off spec": "off_specification", "off specification": "off_specification",
                   "problem": "problem_concern", "concern": "problem_concern",
                   "problem concern": "problem_concern"},
    "lesson_type": {"corporate": "corporate_or_programme", "programme": "corporate_or_programme",
                    "program": "corporate_or_programme", "organisation": "corporate_or_programme",
                    "organization": "corporate_or_programme", "corporativo": "corporate_or_programme",
                    "proyecto": "project", "projet": "project", "projekt": "project",
                    "progetto": "project", "projeto": "project", "ambos": "both", "beide": "both",
                    "les deux": "both", "entrambi": "both"},
    "booking": {
        **dict.fromkeys((
            "soft", "tentative", "pencilled", "propuesto", "propuesta", "provisional",
            "tentativo", "propose", "proposee", "provisoire", "proposto", "provvisorio",
            "provisorio", "vorgeschlagen", "vorlaufig", "vorlaeufig", "voorgesteld",
            "voorlopig"), "proposed"),
        **dict.fromkeys((
            "hard", "confirmed", "firm", "confirmado", "confirme", "confirmee", "confermato",
            "bestatigt", "bestaetigt", "fest", "bevestigd", "comprometido", "engage"),
            "committed")},
    "escalation": {"no": "none", "n a": "none", "program": "programme",
                   "yes": "programme", "steerco": "board", "steering committee": "board",
                   "exec": "board", "executive": "board"},
}


_CODE_THEN = re.compile(r"^\s*([^\s:–—-]{1,6}(?:\s?\d{1,2})?)\s*(?:\s[–—-]\s|:\s)\s*(\S.*)$")


# a gate's or stage's short code before its name, with no separator: "G4", "DG3", "TG2"
_GATE_CODE = re.compile(r"^[a-z]{1,3}\d{1,2}$")


def _after_code(raw: str, resolve: Callable[[str], str | None]) -> str | None:
    """"FEL 2 – Pre-feasibility", "G3: Execute", "P1 - Critical": a short code with a
    number, then the words that say what it is; the words decide."""
    m = _CODE_THEN.match(raw)
    if m is None or not any(ch.isdigit() for ch in m.group(1)):
        return None
    return resolve(norm(m.group(2)))


def exact_choice(choices: Sequence[str], kind: str, value: Any) -> str | None:
    """The choice ``value`` names outright (its word or a synonym of it), else None: no
    nearest spelling, for text that may not be a value at all (a section's heading)."""
    t = norm(text(value) or "")
    canon = {norm(c.replace("_", " ")): c for c in choices}
    target = canon.get(t) or ENUM_SYNONYMS.get(kind, {}).get(t) or \
        _GENERIC.get(kind, {}).get(t)
    return target if target in choices else None


# kinds of choice on the same scale as another's (low, medium, high, critical)
_SAME_SCALE = {"severity": "priority"}

# a priority's codes and MoSCoW words, which rate no likelihood or impact
_PRIORITY_ONLY = re.compile(r"^(?:p\d|prio\b|must|should|could|wont|[a-z]{1,2}$)")


def level_words() -> dict[str, str]:
    """The words of a priority's levels (low, medium, high, critical) in every language
    the importer knows, but for its codes ("P1", "A") and MoSCoW words: the words teams
    rate a likelihood or an impact with too ("Hoog", "Middel", "Laag"; "Yüksek")."""
    words = {**_GENERIC["priority"], **LANGUAGE_PRIORITY_WORDS}
    return {n: level for w, level in words.items()
            if (n := norm(w)) and not _PRIORITY_ONLY.match(n)}
# the words of the languages kept one module each (``languages``)
_LANGUAGE_WORDS = {"status": LANGUAGE_STATUS_WORDS, "priority": LANGUAGE_PRIORITY_WORDS}


def _with_normed(words: dict[str, str]) -> dict[str, str]:
    """``words`` with each also as values are compared ("відкритий" is read "відкритии",
    "Σε εξέλιξη" "σε εξελιξη"); a word of marks alone ("◎") as written."""
    out = dict(words)
    for k, v in words.items():
        n = norm(k)
        if n and n != k:
            out[n] = v
    return out


@lru_cache(maxsize=None)
def _kind_words(kind: str) -> dict[str, str]:
    """The older lists' words for a choice of ``kind``, normalised once per kind."""
    words = dict(ENUM_SYNONYMS.get(kind, {}))
    if kind in _SAME_SCALE:  # a severity is written in a priority's words ("Baixa")
        words.update(_GENERIC.get(_SAME_SCALE[kind], {}))
    words.update(_GENERIC.get(kind, {}))
    return _with_normed(words)


@lru_cache(maxsize=None)
def _synonyms(kind: str, entity: str) -> dict[str, str]:
    """The words a choice of ``kind`` may be written as (for ``entity``'s statuses),
    merged once for every column that asks: the languages kept one module each (written
    normalised), then the generic ones and the kind's, then the entity's own."""
    syn = dict(_LANGUAGE_WORDS.get(kind, {}))
    if kind in _SAME_SCALE:
        syn.update(_LANGUAGE_WORDS.get(_SAME_SCALE[kind], {}))
    syn.update(_kind_words(kind))
    if kind == "status":
        syn.update(_with_normed(STATUS_WORDS_OF.get(entity, {})))
    return syn


_NEGATIONS = frozenset({"not", "no", "non", "nicht", "kein", "keine", "nao", "pas", "niet",
                        "geen", "nie", "ej", "ikke", "ei", "nem", "ne"})


def _negated(t: str) -> bool:
    return t.split(" ", 1)[0] in _NEGATIONS


# Stage schemes that number their stages: Network Rail's GRIP 1–8 and PACE phases 1–3,
# the RIBA Plan of Work's stages 0–7, front-end loading's FEL 1–3 (capital projects);
# each number read onto the portfolio's lifecycle
_NUMBERED_STAGES = re.compile(r"^(grip|pace|riba|fel)\s*(?:stage|phase|ph|gate)?\s*(\d)\b")
_SCHEME_STAGES = {
    "grip": ("", "initiation", "initiation", "planning", "planning", "delivery", "delivery",
             "closing", "closing"),
    "pace": ("", "initiation", "planning", "delivery"),
    "riba": ("idea", "initiation", "planning", "planning", "planning", "delivery", "closing",
             "closed"),
    "fel": ("", "idea", "initiation", "planning"),
}


def scheme_stage_parser(header: str, parse: Callable[[Any], str | None]
                        ) -> Callable[[Any], str | None]:
    """``parse`` for a stage column whose header names its numbered scheme ("RIBA Stage",
    "GRIP stage") and whose cells give the number alone ("Stage 5", "4"): each read in
    that scheme; other words as ``parse`` reads them."""
    scheme = next((w for w in norm(header).split() if w in _SCHEME_STAGES), None)
    if scheme is None:
        return parse

    def in_scheme(value: Any) -> str | None:
        t = norm(text(value) or "")
        if _STAGE_NUMBER.match(t):
            found = _scheme_stage(f"{scheme} {t}")
            if found is not None:
                return found
        return parse(value)
    return in_scheme


# a stage's number alone, or after its word: "5", "Stage 5", "Stage 4 – Technical design"
_STAGE_NUMBER = re.compile(r"^(?:stage|phase|ph|gate)?\s*\d\b")


def _scheme_stage(t: str) -> str | None:
    m = _NUMBERED_STAGES.match(t)
    if m is None:
        return None
    stages = _SCHEME_STAGES[m.group(1)]
    n = int(m.group(2))
    return stages[n] or None if n < len(stages) else None


def enum_parser(choices: Sequence[str], kind: str, entity: str | None = None) -> Callable[[Any], str | None]:
    """A parser onto ``choices``: exact, synonyms, leading word, then nearest by spelling."""
    canon = {norm(c.replace("_", " ")): c for c in choices}
    syn = _synonyms(kind, entity or "")
    fold = STATUS_FOLD.get(entity or "", {}) if kind == "status" else {}
    cache: dict[str, str | None] = {}

    def exact(t: str) -> str | None:
        if t in canon:
            return canon[t]
        target = syn.get(t) or (t.replace(" ", "_") if t.replace(" ", "_") in fold else None)
        if target is not None:  # (a status another kind has, "Deferred", folds too)
            target = fold.get(target, target)
            if target in choices:
                return target
        return None

    def resolve(t: str) -> str | None:
        found = exact(t)
        if found is not None:
            return found
        close = close_matches(t, list(canon) + list(syn), n=1, cutoff=0.75)
        if close and _negated(t) != _negated(close[0]):
            return None  # "Not delivered" is no misspelt "Delivered", nor "Financial
            # cash releasing" a misspelt "Non cash releasing"
        if close:
            hit = close[0]
            if hit in canon:
                return canon[hit]
            target = fold.get(syn[hit], syn[hit])
            return target if target in choices else None
        return None

    def parse(value: Any) -> str | None:
        if is_empty(value):
            return None
        raw = text(value) or ""
        t = norm(raw) or raw.strip()  # "↑" is a word of its own
        if t not in cache:
            found = _scheme_stage(t) if kind == "stage" else None
            if found is not None and found not in choices:
                found = None
            found = found if found is not None else _after_code(raw, resolve)
            if found is None and raw.rstrip().endswith(")") and "(" in raw:
                # "Financial (cash-releasing)": the brackets name the choice outright
                # when the words before them do not ("Open (monitoring)" stays open)
                cut = raw.rfind("(")
                found = exact(norm(raw[:cut])) or exact(norm(raw[cut + 1:]))
            found = found if found is not None else resolve(t)
            if found is None and t:
                words = t.split()
                for n in (2, 1):  # "Acceptance - 3 week slip" → accept
                    if len(words) > n and not (n == 1 and _negated(t)):
                        found = resolve(" ".join(words[:n]))
                        if found:
                            break
            if found is None and len(words := t.split()) > 1 and _GATE_CODE.match(words[0]):
                found = resolve(" ".join(words[1:]))  # "G4 PPAP", "DG3 Execute": the words
            if found is None and " / " in raw:  # "प्रगति पर / In Progress": one language's
                found = next((f for part in raw.split(" / ")  # word or the other's
                              if (f := resolve(norm(part) or part.strip())) is not None), None)
            cache[t] = found
        if cache[t] is None:
            shown = ", ".join(c.replace("_", " ") for c in choices)
            raise ValueProblem(f"'{raw}' is not one of: {shown}")
        return cache[t]

    return problems_only(parse)
