"""The header words of Bengali trackers (Bangladesh's garment and textile factories, NGOs
and public programmes), read as ``headerwords.FIELDS`` is (each line ``"scopes: field":
"synonym|synonym|…"``).

Bengali headers are compared as ``vocab.norm`` leaves them, their vowel signs dropped
("নাম", name, is "ন ম"): the words below are written so, each generated from the word as
written (in the comment beside its field). ``ENTITY_WORDS`` holds the Bengali names of the
kinds of record, for sheet names and titles."""

from __future__ import annotations

BENGALI: dict[str, str] = {
    # ক্রম|ক্রমিক নং|ক্রমিক|নং|আইডি
    "raid,change_request,lesson: ref": "করম|করম ক ন|করম ক|আইড",
    # প্রকল্প কোড|কোড|প্রকল্প নং
    "project: code": "পরকলপ ক ড|ক ড|পরকলপ ন",
    # প্রকল্পের নাম|প্রকল্প
    "project: name": "পরকলপ র ন ম|পরকলপ",
    # প্রকল্প ব্যবস্থাপক|প্রকল্প পরিচালক|ব্যবস্থাপক
    "project: manager": "পরকলপ বযবসথ পক|পরকলপ পর চ লক|বযবসথ পক",
    # বাজেট|অনুমোদিত বাজেট|মোট বাজেট
    "project: bac": "ব জ ট|অন ম দ ত ব জ ট|ম ট ব জ ট",
    # ঝুঁকি|সমস্যা|বিষয়|শিরোনাম|কার্যক্রম|সিদ্ধান্ত
    "raid,change_request,lesson: title": "ঝ ক|সমসয|ব ষয|শ র ন ম|ক রযকরম|স দধ নত",
    # বিবরণ|বর্ণনা
    "raid,change_request: description": "ব বরণ|বরণন",
    # দায়িত্বপ্রাপ্ত|দায়িত্বপ্রাপ্ত ব্যক্তি|দায়িত্বপ্রাপ্ত কর্মকর্তা|দায়িত্ব
    "milestone,raid,task: owner": "দ য তবপর পত|দ য তবপর পত বযকত|দ য তবপর পত করমকরত|দ য তব",
    # অবস্থা|বর্তমান অবস্থা|স্ট্যাটাস
    "milestone,raid,change_request,lesson,task: status": "অবসথ|বরতম ন অবসথ|সটয ট স",
    # মন্তব্য|টীকা
    "milestone,raid,task: notes": "মনতবয|ট ক",
    # নির্ধারিত তারিখ|শেষ তারিখ|সময়সীমা
    "raid: due_date": "ন রধ র ত ত র খ|শ ষ ত র খ|সমযস ম",
    # তারিখ|উত্থাপনের তারিখ
    "raid,change_request: date_raised": "ত র খ|উতথ পন র ত র খ",
    # সম্ভাবনা
    "risk: probability": "সমভ বন",
    # প্রভাব
    "risk,issue: impact": "পরভ ব",
    # অগ্রাধিকার
    "project,raid,change_request,lesson,task: priority": "অগর ধ ক র",
    # নাম|স্টেকহোল্ডার|অংশীজন|অংশীজনের নাম
    "stakeholder: name": "ন ম|সট কহ লড র|অ শ জন|অ শ জন র ন ম",
    # পদবি|পদবী|পদ
    "stakeholder: position": "পদব|পদ",
    # প্রতিষ্ঠান|সংস্থা|প্রতিষ্ঠানের নাম
    "stakeholder: organisation": "পরত ষঠ ন|স সথ|পরত ষঠ ন র ন ম",
    # ক্ষমতা|প্রভাব
    "stakeholder: power": "কষমত|পরভ ব",
    # আগ্রহ
    "stakeholder: interest": "আগরহ",
    # বর্তমান সম্পৃক্ততা|বর্তমান অবস্থান
    "stakeholder: current_engagement": "বরতম ন সমপ কতত|বরতম ন অবসথ ন",
    # কাঙ্ক্ষিত সম্পৃক্ততা|কাঙ্ক্ষিত অবস্থান
    "stakeholder: desired_engagement": "ক ঙকষ ত সমপ কতত|ক ঙকষ ত অবসথ ন",
    # দায়িত্বপ্রাপ্ত কর্মকর্তা|যোগাযোগকারী
    "stakeholder: relationship_owner": "দ য তবপর পত করমকরত|য গ য গক র",
    # যোগাযোগ মাধ্যম|মাধ্যম
    "stakeholder: channel": "য গ য গ ম ধযম|ম ধযম",
    # যোগাযোগের সময়সূচি|যোগাযোগের হার|সময়সূচি
    "stakeholder: frequency": "য গ য গ র সমযস চ|য গ য গ র হ র|সমযস চ",
    # নাম|কর্মীর নাম
    "resource: name": "ন ম|করম র ন ম",
    # পদবি|ভূমিকা
    "resource,allocation: role_id": "পদব|ভ ম ক",
    # বিভাগ|দল
    "resource: team": "ব ভ গ|দল",
}

# The names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "stakeholder": ("সট কহ লড র র জ সট র", "অ শ জন", "সট কহ লড র", "অ শ জন ত ল ক",),
    "risk": ("ঝ ক", "ঝ ক র জ সট র",),
    "issue": ("সমসয", "সমসয ত ল ক",),
    "project": ("পরকলপ", "পরকলপ ত ল ক",),
}

# Status, priority and RAG words of the cells: the English ones serve (written in English
# by the trackers read so far).
STATUS_WORDS: dict[str, str] = {}
PRIORITY_WORDS: dict[str, str] = {}
RAG_WORDS: dict[str, str] = {}
# Month names and total words lose their vowel signs as they are compared and become
# single letters ("মে", May, is "ম"; "মোট", total, "ম ট"): too short to tell apart, so
# none are read (dates and totals in Bengali trackers are written in figures and English).
MONTHS: tuple[str, ...] = ("",) * 12
TOTAL_WORDS: tuple[str, ...] = ()
