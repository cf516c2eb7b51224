"""The header words of Swahili trackers (Kenyan and Tanzanian county and national
government, NGOs and donor-funded programmes), read as ``headerwords.FIELDS`` is (each
line ``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): "Kumb. Na." is "kumb na", "Na." is "na";
the words below are written so. Swahili names the thing first and what it belongs to
after "ya", "la", "wa" ("Jina la Mdau": the stakeholder's name; "Tarehe ya Mwisho": the
last date, the deadline). One language a speaker can review; ``ENTITY_WORDS`` holds the
Swahili names of the kinds of record (sheet and title words), then the status, priority
and RAG words, the months and the words of total rows.
"""

from __future__ import annotations

SWAHILI: dict[str, str] = {
    # -- keys and names ----------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "na|namba|nambari|kumb na|kumbukumbu na|kumbukumbu|namba ya kumbukumbu|"
        "namba ya hatari|namba ya suala|namba ya hatua|namba ya uamuzi"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "mradi|jina la mradi|namba ya mradi|msimbo wa mradi"),
    "project: code": "namba ya mradi|msimbo wa mradi|msimbo|kumb na",
    "project: name": "jina la mradi|mradi|jina",
    "project: manager": "msimamizi wa mradi|meneja wa mradi|msimamizi|afisa wa mradi",
    "project: sponsor": "mfadhili|mdhamini|mwenye mradi",
    "project: bac": "bajeti|bajeti iliyoidhinishwa|gharama ya mradi|gharama",
    "project: start_baseline": "tarehe ya kuanza|tarehe ya kuanza iliyopangwa|kuanza",
    "project: finish_baseline": (
        "tarehe ya kukamilika|tarehe ya kumaliza|tarehe ya kukamilisha|kukamilika"),
    "project,milestone,task: pct_complete": (
        "asilimia ya ukamilishaji|asilimia ya utekelezaji|maendeleo pct|ukamilishaji pct|"
        "asilimia"),
    "project: summary": "maelezo|maoni|hali ya sasa|muhtasari",
    "raid,change_request,lesson: title": (
        "hatari|suala|changamoto|hatua|uamuzi|maelezo ya hatari|maelezo ya suala|"
        "hatua inayochukuliwa|hatua zinazochukuliwa|hatua itakayochukuliwa|kichwa|somo"),
    "raid,change_request: description": (
        "maelezo|suala lililoibuliwa|masuala yaliyoibuliwa|maelezo zaidi"),
    "raid,lesson: owner": (
        "mhusika|mmiliki|afisa mhusika|anayehusika|mwajibikaji|mtekelezaji"),
    "raid,change_request: date_raised": (
        "tarehe ya kuibuliwa|tarehe iliyoibuliwa|tarehe ya mkutano|tarehe ya kuripotiwa|"
        "tarehe"),
    "raid: due_date": "tarehe ya mwisho|tarehe ya kukamilisha|muda wa mwisho",
    "milestone,raid,change_request,lesson: status": "hali|hali ya sasa|hali ya utekelezaji",
    "project,raid,change_request,task: priority": "kipaumbele|umuhimu",
    "risk: probability": "uwezekano|uwezekano wa kutokea",
    "risk,issue: impact": "athari|madhara|ukubwa wa athari",
    "risk: response_actions": (
        "hatua za kupunguza|hatua za kukabiliana|mikakati ya kupunguza|mkakati"),
    "lesson: recommendations": "mapendekezo|pendekezo|funzo|mafunzo",
    "milestone: name": "hatua muhimu|jina la hatua|shughuli",
    "milestone: forecast_date": "tarehe inayotarajiwa|tarehe ya utabiri",
    "milestone: actual_date": "tarehe halisi|tarehe ya kukamilika halisi",
    "task: name": "kazi|shughuli|jina la kazi|jina la shughuli",
    "task: start_forecast": "kuanza|tarehe ya kuanza",
    "task: finish_forecast": "kumaliza|tarehe ya kumaliza|tarehe ya kukamilika",
    "resource: name": "jina|jina la mfanyakazi|mfanyakazi|mtumishi",
    "allocation: resource_id": "jina la mfanyakazi|mfanyakazi|mtumishi",
    "resource,allocation: role_id": "wadhifa|cheo|nafasi|jukumu",
    # -- a dependency register ("Rejista ya Utegemezi") ---------------------------------
    "dependency: title": "utegemezi|jina la utegemezi|kitu kinachotegemewa",
    "dependency: counterparty": "mshirika|mshirika taasisi|taasisi husika|mtoa huduma|mshirika husika",
    "dependency: direction": "mwelekeo|mwelekeo wa utegemezi",
    "dependency: need_by_date": "tarehe inayohitajika|tarehe ya kuhitajika|inahitajika lini",
    "dependency: due_date": "tarehe iliyoahidiwa|tarehe ya ahadi",
    "dependency,risk,issue: impact": "athari|athari ikichelewa|madhara",
    "raid: next_action": "hatua inayofuata|hatua zinazofuata|maoni hatua inayofuata",
    # -- a stakeholder register ("Rejista ya Wadau") -------------------------------------
    "stakeholder: name": "jina la mdau|mdau|jina",
    "stakeholder: position": "wadhifa|cheo|nafasi",
    "stakeholder: organisation": "taasisi|kikundi|taasisi kikundi|shirika|idara",
    "stakeholder: power": "ushawishi|nguvu|mamlaka",
    "stakeholder: interest": "maslahi|hamu|nia",
    "stakeholder: current_engagement": "msimamo wa sasa|msimamo|ushiriki wa sasa",
    "stakeholder: desired_engagement": (
        "msimamo unaotarajiwa|msimamo unaohitajika|ushiriki unaotarajiwa"),
    "stakeholder: relationship_owner": "afisa mhusika|mhusika|afisa uhusiano",
    "stakeholder: channel": "njia ya mawasiliano|njia za mawasiliano|mawasiliano",
    "stakeholder: frequency": "mara kwa mara|marudio|mara ngapi",
    "stakeholder: last_contact": "mawasiliano ya mwisho|tarehe ya mawasiliano ya mwisho",
    "stakeholder: notes": "maoni|maelezo",
}

ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("miradi", "orodha ya miradi", "rejista ya miradi", "hali ya miradi",
                "ripoti ya maendeleo"),
    "risk": ("hatari", "rejista ya hatari", "orodha ya hatari"),
    "issue": ("masuala", "changamoto", "rejista ya masuala"),
    "dependency": ("utegemezi", "rejista ya utegemezi", "orodha ya utegemezi"),
    "decision": ("maamuzi", "rejista ya maamuzi"),
    "action": ("hatua", "mpango kazi", "hatua za kuchukuliwa", "mikutano na hatua"),
    "lesson": ("mafunzo", "mafunzo tuliyojifunza", "funzo"),
    "milestone": ("hatua muhimu", "ratiba ya utekelezaji"),
    "task": ("kazi", "mpango wa kazi", "ratiba ya kazi", "shughuli"),
    "financial": ("bajeti", "matumizi", "fedha"),
    "resource": ("wafanyakazi", "watumishi", "rasilimali watu"),
    "stakeholder": ("wadau", "rejista ya wadau", "orodha ya wadau", "ushiriki wa umma"),
}

# Swahili status words → the importer's status words.
STATUS_WORDS: dict[str, str] = {
    "wazi": "open", "haijaanza": "open", "bado": "open", "mpya": "open",
    "iko hatarini": "at_risk", "hatarini": "at_risk", "iko sawa": "on_track",
    "inaendelea": "in_progress", "inatekelezwa": "in_progress", "inafanyika": "in_progress",
    "imekamilika": "done", "imekamilishwa": "done", "imefanyika": "done",
    "imefungwa": "closed", "imechelewa": "overdue", "imesitishwa": "deferred",
    "imeahirishwa": "deferred", "imefutwa": "cancelled", "imeidhinishwa": "approved",
    "imekataliwa": "rejected", "inasubiri": "pending", "imetatuliwa": "resolved",
}

PRIORITY_WORDS: dict[str, str] = {
    "chini": "low", "wastani": "medium", "kati": "medium", "juu": "high",
    "juu sana": "critical",
}

RAG_WORDS: dict[str, str] = {"kijani": "green", "njano": "amber", "manjano": "amber",
                             "nyekundu": "red", "nyekundu sana": "red"}

MONTHS: tuple[str, ...] = (
    "januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti",
    "septemba", "oktoba", "novemba", "desemba")

TOTAL_WORDS: tuple[str, ...] = ("jumla", "jumla kuu", "jumla ndogo")
