"""The header words of Russian and Ukrainian trackers, read as ``headerwords.FIELDS`` is
(each line ``"scopes: field": "synonym|synonym|…"``).

Headers and these words are compared normalised (``vocab.norm``), both the same way
("Ймовірність" and "ймовірність" read alike). The two languages share most of a
tracker's words' shapes, so they live in one module, Russian first on each line;
``ENTITY_WORDS`` holds the names of the kinds of record.
"""

from __future__ import annotations

EAST_SLAVIC: dict[str, str] = {
    "raid,change_request,lesson: ref": "№|no|номер|код|ид|идентификатор|п/п|№ п/п|ред бр|р бр|бр|број",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "проект|название проекта|код проекта|проєкт|назва проєкту|код проєкту"),
    "project: code": "код проекта|код|шифр|код проєкту",
    "project: name": "название проекта|наименование проекта|проект|назва проєкту|проєкт|назва",
    "project: sponsor": "заказчик|спонсор|замовник",
    "project: manager": "руководитель проекта|менеджер проекта|керівник проєкту|менеджер проєкту",
    "project: stage": "этап|фаза|стадия|етап",
    "project: state": "состояние|стан",
    "project: start_baseline": "дата начала|начало|дата початку|початок",
    "project: finish_baseline": "дата окончания|окончание|срок окончания|дата завершення|завершення",
    "project: bac": "бюджет|стоимость|кошторис|вартість",
    "project,milestone,task: pct_complete": "процент выполнения|готовность|прогресс|виконання|прогрес",
    "project: summary": "комментарий|примечание|коментар|примітка",
    "project,raid,change_request: description": "описание|опис",
    "raid,change_request,lesson: title": (
        "риск|название риска|наименование|проблема|допущение|зависимость|действие|"
        "изменение|ризик|назва ризику|наименування|припущення|залежність|дія|зміна|акција|активност|мера|задатак|назив"),
    "decision: title": "решение|рішення",
    # an issue's "Рішення": how it was resolved
    "issue: resolution": "решение|рішення|способ решения|спосіб вирішення|принятые меры|вжиті заходи",
    "raid: closed_date": "дата закрытия|дата закриття|датум затварања|датум завршетка",
    "milestone,raid: owner": "ответственный|владелец|відповідальний|власник|носилац|одговорно лице|задужен|одговоран",
    "milestone,raid,change_request,lesson: status": "статус|состояние|стан",
    "milestone,raid: notes": "примечание|комментарий|примітка|коментар|напомена|напомене",
    "raid,change_request: raised_by": "автор|кем выявлен|ким виявлено|инициатор|ініціатор|задужио|подносилац|покренуо",
    "raid,change_request: date_raised": "дата выявления|дата регистрации|дата виявлення|дата реєстрації|дата|датум отварања|датум уноса|датум покретања",
    "raid: due_date": "срок|крайний срок|срок исполнения|термін|кінцевий термін|термін виконання|рок|рок за реализацију|крајњи рок",
    "project,raid,change_request,lesson,task: priority": "приоритет|пріоритет",
    "risk: probability": "вероятность|ймовірність",
    "risk,issue,assumption,dependency: impact": "влияние|последствия|вплив|наслідки",
    "risk: response_actions": (
        "меры реагирования|меры|мероприятия|план реагирования|заходи реагування|заходи"),
    "risk: description": "причина|причина триггер|причина / тригер|тригер|триггер",
    "risk,issue,lesson: category": "категория|тип|категорія",
    "milestone: name": "веха|контрольная точка|віха|контрольна точка",
    "task: name": "задача|работа|название задачи|завдання|робота|назва завдання",
    "task: start_forecast": "начало|початок",
    "task: finish_forecast": "окончание|завершення",
    "task: duration_days": "длительность|тривалість",
    # a register of permits and approvals: what the work waits for, from whom, by when
    "dependency: title": "разрешение|согласование|дозвол|дозвіл|погодження",
    "dependency: counterparty": (
        "орган|выдающий орган|орган выдающий|контрагент|поставщик|от кого|"
        "орган що видає|постачальник|від кого"),
    "dependency: dependency_type": "тип зависимости|тип залежності|вид зависимости",
    "dependency: need_by_date": (
        "требуется к|требуется до|нужно к|необходимо к|потрібно до|потрібно к|"
        "необхідно до|дата потребности"),
    "dependency: due_date": "плановая дата получения|плановая дата|планова дата отримання|планова дата",
    "dependency: closed_date": (
        "фактическая дата получения|фактическая дата|фактична дата отримання|фактична дата"),
    "raid,change_request: impact_cost": (
        "затраты|стоимость|госпошлина|госпошлина и затраты|витрати|вартість|держмито|"
        "вплив на вартість|влияние на стоимость"),
    "resource: name": "фио|сотрудник|исполнитель|піб|працівник|виконавець",
    "financial: planned": "план|плановые затраты|план витрат",
    "financial: actual": "факт|фактические затраты|фактичні витрати",
}

# The names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("проекты", "реестр проектов", "портфель", "проєкти", "реєстр проєктів"),
    "risk": ("риски", "реестр рисков", "ризики", "реєстр ризиків"),
    "issue": ("проблемы", "реестр проблем", "проблеми"),
    "decision": ("решения", "рішення"),
    "task": ("план работ", "график", "план робіт", "графік"),
    "financial": ("бюджет",),
    # (Serbian Cyrillic's action plans too: "Акциони план", "Акција")
    "action": ("деиствия", "мероприятия", "план мероприятии", "діі", "заходи", "акције", "акциони план", "акција", "план мера"),
}
