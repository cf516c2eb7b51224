"""The header words of Turkish trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): accents and cedillas dropped and the
dotless "ı" read as "i" ("Başlangıç" is "baslangic", "Proje Adı" is "proje adi"); the words
below are written so. One language a speaker can review; ``ENTITY_WORDS`` holds the
Turkish names of the kinds of record (sheet and title words).
"""

from __future__ import annotations

TURKISH: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": "no|sira no|kayit no|kimlik|risk no|sorun no|karar no|talep no|talep numarasi|degisiklik no",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "proje|proje kodu|proje adi"),
    "project: code": "proje kodu|proje no|proje numarasi|kod",
    "project: name": "proje adi|proje|proje ismi|ad",
    "project: sponsor": "sponsor|proje sponsoru|is sahibi",
    "project: manager": "proje yoneticisi|proje muduru|yonetici|pm",
    "project: stage": "asama|evre|faz|proje asamasi",
    "project: state": "durum|proje durumu",
    "project: start_baseline": "baslangic|baslangic tarihi|planlanan baslangic",
    "project: finish_baseline": "bitis|bitis tarihi|planlanan bitis",
    "project: finish_forecast": "tahmini bitis|ongorulen bitis",
    "project: bac": "butce|onaylanan butce|toplam butce|proje butcesi",
    "project: eac": "tahmini maliyet|tahmini toplam maliyet|ongorulen maliyet",
    "project,milestone,task: pct_complete": "tamamlanma|tamamlanma orani|ilerleme|ilerleme orani",
    "project: rag_overall": "genel durum|rag|saglik|proje sagligi",
    "project: summary": "yorum|yorumlar|notlar|aciklamalar",
    "project: next_steps": "sonraki adimlar|sonraki adim",
    "project,raid,change_request: description": "aciklama|detay|tanim",
    "raid,change_request,lesson: title": "baslik|konu|risk|sorun|karar|aksiyon|degisiklik|risk tanimi|tanim|sorun tanimi|risk adi|talep basligi|degisiklik basligi|talep konusu|bulgu|bulgu aciklamasi|uygunsuzluk",
    # -- dates, people, states --------------------------------------------------------
    "milestone,raid,lesson: owner": "sorumlu|sahibi|risk sahibi|sorumlu kisi",
    "milestone,raid,change_request,lesson: status": "durum",
    "milestone,raid: notes": "notlar|yorum|yorumlar|not|aciklamalar|notlar ve yorumlar",
    "raid,change_request: raised_by": "bildiren|talep eden|kaydeden",
    "raid,change_request: date_raised": "kayit tarihi|acilis tarihi|tarih|tespit tarihi|belirlenme tarihi|tanimlanma tarihi|denetim tarihi|tespit tarihi|bulgu tarihi",
    "raid: due_date": (
        "hedef tarih|termin|son tarih|bitis tarihi|hedef kapanis|hedef kapanis tarihi|"
        "planlanan kapanis"),
    "project,raid,change_request,lesson,task: priority": "oncelik",
    "risk: probability": "olasilik",
    "risk,issue,assumption,dependency: impact": "etki",
    "risk: response_actions": "onlem|onlemler|aksiyonlar|azaltma plani|eylem plani",
    "risk,issue,lesson: category": "kategori|tur",
    "lesson: recommendations": "oneri|oneriler|ogrenilen ders",
    # an 8D report's lessons: what happened, its effect and the root cause
    "lesson: event": "ne oldu|olay",
    "lesson: effect": "etkisi|etki",
    "lesson: causes": "kok neden|kok nedenler|neden",
    "lesson: date_logged": "acilis tarihi|kayit tarihi",
    "milestone: name": "kilometre tasi|donum noktasi",
    "task: name": "gorev|gorev adi|faaliyet|aktivite|is",
    "task: start_forecast": "baslangic|baslangic tarihi",
    "task: finish_forecast": "bitis|bitis tarihi",
    "task: duration_days": "sure|sure gun",
    # -- people and money -------------------------------------------------------------
    "resource: name": "ad soyad|adi soyadi|personel|calisan|isim|kaynak",
    "allocation: resource_id": "ad soyad|adi soyadi|personel|calisan|kaynak",
    "resource,allocation: role_id": "unvan|rol|gorev unvani|pozisyon|gorev|kadro unvani",
    "resource: team": "departman|ekip|birim|bolum",
    "resource: email": "e posta|eposta|e posta adresi",
    "resource: cost_rate": "saatlik ucret|birim maliyet|saat ucreti|aylik brut maliyet|aylik maliyet",
    "financial: planned": "planlanan|plan|butce",
    "financial: actual": "gerceklesen|fiili|harcanan|harcama",
    "financial: forecast": "tahmin|tahmini",
    "financial: category": "kalem|maliyet kalemi|gider turu|gider kalemi",
    "raid: closed_date": "kapanis tarihi|kapanis|kapatilma tarihi|gerceklesen kapanis",
    "raid: resolution": "cozum|cozum yapilan islem|yapilan islem|alinan aksiyon",
    "raid: linked_ref": "ilgili sorun|ilgili risk|ilgili kayit|baglantili kayit",
    "resource: manager": "yonetici|bagli oldugu yonetici|amir",
    "resource: location": "lokasyon|konum|sehir|ofis|lokasyonu",
    "risk,issue: severity": "risk seviyesi|seviye|onem derecesi",
    "risk: response": "mudahale stratejisi|strateji|yanit stratejisi",
    "change_request: requester": "talep eden|talep sahibi|talepte bulunan",
    "change_request: date_raised": "talep tarihi|basvuru tarihi",
    "change_request: cr_type": "degisiklik turu|talep turu",
    "change_request: impact_cost": "maliyet etkisi|mali etki",
    "change_request: impact_schedule_days": "takvim etkisi|takvim etkisi gun|sure etkisi",
    "change_request: impact_scope": "kapsam etkisi",
    "change_request: approver": "degerlendiren|onaylayan",
    "change_request: decision": "karar",
    "change_request: decision_date": "karar tarihi",
}

# The Turkish names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projeler", "proje listesi", "proje portfoyu", "portfoy"),
    "risk": ("riskler", "risk kaydi", "risk listesi"),
    "issue": ("sorunlar", "sorun listesi"),
    "decision": ("kararlar",),
    "action": ("aksiyonlar", "aksiyon listesi"),
    "change_request": ("degisiklikler", "degisiklik talepleri"),
    "lesson": ("dersler", "ogrenilen dersler", "ders", "ders kaydi"),
    "milestone": ("kilometre taslari",),
    "task": ("gorevler", "is plani", "proje plani"),
    "financial": ("butce", "maliyetler"),
    "resource": ("kaynaklar", "personel listesi"),
    "allocation": ("kaynak plani", "kaynak planlamasi", "kapasite plani"),
}
