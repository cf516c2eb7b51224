"""The header words of Thai trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``), which drops Thai's vowel and tone marks
(combining characters) and so splits a word where one stood ("ผู้รับผิดชอบ" is read
"ผร บผ ดชอบ"): the words below are written as norm gives them; compare them with
``norm(text)``. Thai government and hospital registers (ทะเบียนความเสี่ยง with โอกาสเกิด
and ผลกระทบ, แนวทางการจัดการ), project lists, plans and action logs are covered; dates in
the Buddhist Era (15/01/2568) are read by ``dates``. ``ENTITY_WORDS`` holds the names of
the kinds of record; ``STATUS_WORDS``, ``PRIORITY_WORDS`` and ``RAG_WORDS`` the words of
their cells; ``MONTHS`` the months' full names.
"""

from __future__ import annotations

THAI: dict[str, str] = {
    "raid,change_request,lesson: ref": "รห ส|ล าด บ|ล าด บท|เลขท|รห สความเส ยง|รห สประเด น",
    "milestone,task: ref": "รห ส|ล าด บ|ล าด บท|รห สงาน",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": "โครงการ|ช อโครงการ|รห สโครงการ",
    "project: code": "รห สโครงการ|รห ส",
    "project: name": "ช อโครงการ|โครงการ|ช อ",
    "project: manager": "ผจ ดการโครงการ|ผร บผ ดชอบโครงการ|ห วหนาโครงการ",
    "project: sponsor": "ผสน บสนนโครงการ|เจาของโครงการ|หนวยงานเจาของ",
    "project: department": "หนวยงาน|ฝาย|กอง",
    "project: stage": "ระยะ|ข นตอน|ระยะโครงการ",
    "project: bac": "งบประมาณ|งบประมาณโครงการ|วงเง น",
    "project: start_baseline": "ว นเร มตน|ว นท เร มตน|ว นเร ม|ว นเร มโครงการ",
    "project: finish_baseline": "ว นส นสด|ว นท ส นสด|ก าหนดแลวเสร จ|ก าหนดเสร จ แผน|ก าหนดเสร จ",
    "project: finish_forecast": "ก าหนดเสร จ คาดการณ|คาดการณ แลวเสร จ|คาดวาจะแลวเสร จ",
    "project: eac": "ประมาณการ ณ ส นสด|ประมาณการ ณ ส นสด eac|ประมาณการ",
    "project: rag_overall": "สถานะ|สถานะ rag|สถานะโครงการ",
    "project: summary": "หมายเหต|หมายเหต ประเด นส าค ญ|ประเด นส าค ญ",
    "project: location": "จ งหว ด|พ นท",
    "project,milestone,task: pct_complete": "ความค บหนา|รอยละความค บหนา|ความกาวหนา|ผลการด าเน นงาน",
    "raid,change_request,lesson: title": "ความเส ยง|ช อความเส ยง|ประเด น|ประเด นป ญหา|ห วขอ|เร อง|ป ญหา",
    "raid,change_request: description": "รายละเอ ยด|รายละเอ ยดความเส ยง|ค าอธ บาย|รายละเอ ยดป ญหา",
    "risk,issue,lesson: category": "ประเภท|หมวดหม|ดาน|ประเภทความเส ยง",
    "risk: probability": "โอกาสเก ด|โอกาสท จะเก ด|ความนาจะเป น|โอกาส",
    "risk,issue: impact": "ผลกระทบ|ระด บผลกระทบ",
    "risk,issue: severity": "ระด บความเส ยง|ระด บความรนแรง|ความรนแรง",
    "risk: response_actions": "แนวทางการจ ดการ|มาตรการ|แผนรองร บ|มาตรการควบคม|แนวทางแกไข|การจ ดการความเส ยง",
    "milestone,raid,task,lesson: owner": "ผร บผ ดชอบ|ผด าเน นการ",
    "raid,change_request: raised_by": "ผรายงาน|ผแจง|ผบ นท ก",
    "raid,change_request: date_raised": "ว นท ระบ|ว นท บ นท ก|ว นท พบ|ว นท แจง",
    "raid: review_date": "ก าหนดทบทวน|ว นท ทบทวน",
    "raid: due_date": "ก าหนดเสร จ|ว นครบก าหนด|ก าหนดแลวเสร จ|ก าหนดสง",
    "raid: closed_date": "ว นท ป ด|ว นท แลวเสร จ",
    "milestone,raid,change_request,lesson,task: status": "สถานะ|สถานะการด าเน นงาน",
    "milestone,raid,task: notes": "หมายเหต|ขอส งเกต",
    "project,raid,change_request,task: priority": "ความส าค ญ|ล าด บความส าค ญ",
    "milestone: name": "หล กไมล|ช อหล กไมล|งวดงาน|เหตการณ ส าค ญ",
    "milestone: baseline_date": "ว นท ก าหนด|ก าหนดการ|ว นท ตามแผน",
    "milestone: forecast_date": "ว นท คาดการณ|คาดวาจะแลวเสร จ",
    "milestone: actual_date": "ว นท แลวเสร จจร ง|ว นท เสร จจร ง",
    "task: name": "ช องาน|ก จกรรม|งาน|รายการงาน",
    "task: start_forecast": "ว นเร ม|ว นท เร ม|เร ม",
    "task: finish_forecast": "ว นส นสด|ว นท เสร จ|ส นสด",
    "task: duration_days": "ระยะเวลา|ระยะเวลา ว น",
    "task: predecessors": "งานกอนหนา",
    "lesson: title": "ห วขอบทเร ยน|ห วขอ|ช อบทเร ยน",
    "lesson: event": "เหตการณ|ส งท เก ดข น",
    "lesson: effect": "ผลกระทบ",
    "lesson: causes": "สาเหต|สาเหตหล ก|ตนเหต",
    "lesson: date_logged": "ว นท บ นท ก|ว นท",
    "lesson: recommendations": "ขอเสนอแนะ|บทเร ยนท ไดร บ",
    "resource: name": "ช อ สกล|ช อ นามสกล|เจาหนาท|บคลากร",
    "resource,allocation: role_id": "ต าแหนง|บทบาท",
    "resource: team": "ท ม|ท มงาน|ฝาย|แผนก|ส งก ด",
    "resource: email": "อ เมล|e mail",
    "resource: cost_rate": "อ ตรา|อ ตราคาจาง|คาแรง|อ ตรารายว น",
    "resource: manager": "ห วหนางาน|ห วหนา|ผบ งค บบ ญชา",
    "resource: location": "สถานท ท างาน|สถานท|ท ต ง",
    "allocation: resource_id": "ช อ|ช อ นามสกล|พน กงาน",
    "allocation: project_id": "โครงการยอย|โครงการ|ช อโครงการ",
}

# The names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("โครงการ", "ทะเบ ยนโครงการ", "รายการโครงการ",),
    "risk": ("ความเส ยง", "ทะเบ ยนความเส ยง", "บร หารความเส ยง",),
    "issue": ("ประเด นป ญหา", "ป ญหา", "ทะเบ ยนป ญหา",),
    "action": ("รายการต ดตาม", "ต ดตามงาน",),
    "milestone": ("หล กไมล", "งวดงาน",),
    "task": ("แผนงาน", "ตารางงาน", "แผนการด าเน นงาน",),
    "lesson": ("บทเร ยน", "บทเร ยนท ไดร บ",),
    "financial": ("งบประมาณ",),
}

# Status words of the cells → the importer's status.
STATUS_WORDS: dict[str, str] = {
    "เป ด": "open",
    "ป ด": "closed",
    "ก าล งด าเน นการ": "in_progress",
    "อยระหวางด าเน นการ": "in_progress",
    "เฝาระว ง": "monitoring",
    "เสร จส น": "done",
    "แลวเสร จ": "done",
    "ด าเน นการแลว": "done",
    "ย งไมเร ม": "open",
    "ย งไมด าเน นการ": "open",
    "ลาชา": "overdue",
    "ยกเล ก": "cancelled",
    "อนม ต": "approved",
    "ไมอนม ต": "rejected",
    "รอด าเน นการ": "pending",
    "รอพ จารณา": "pending",
    "ตามแผน": "on_track",
    "เป นไปตามแผน": "on_track",
    "เล อน": "deferred",
    "ระง บ": "deferred",
    "แกไขแลว": "resolved",
    "เก ดข นแลว": "materialised",
}

# Levels of a priority, a likelihood or an impact.
PRIORITY_WORDS: dict[str, str] = {
    "สงมาก": "critical",
    "ว กฤต": "critical",
    "สง": "high",
    "ปานกลาง": "medium",
    "กลาง": "medium",
    "ต า": "low",
    "ต ามาก": "low",
    "นอย": "low",
    "มาก": "high",
}

# RAG colours.
RAG_WORDS: dict[str, str] = {
    "เข ยว": "green",
    "เหล อง": "amber",
    "แดง": "red",
    "สม": "amber",
}

# The months, January first (each string the forms of one month).
MONTHS: tuple[str, ...] = (
    "มกราคม",
    "กมภาพ นธ",
    "ม นาคม",
    "เมษายน",
    "พฤษภาคม",
    "ม ถนายน",
    "กรกฎาคม",
    "ส งหาคม",
    "ก นยายน",
    "ตลาคม",
    "พฤศจ กายน",
    "ธ นวาคม",
)

# What a total row's label begins with.
TOTAL_WORDS: tuple[str, ...] = ("รวม", "รวมท งส น", "ยอดรวม",)
