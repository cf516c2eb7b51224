"""Layouts from a twelfth round of trackers the importer had never seen: Asia-Pacific
PMOs (a Thai risk register in the Buddhist Era, a Taiwanese milestone tracker in Minguo
years, a mainland Chinese plan) and a Western European group's business units (an
Italian SAL, a Clarity export, a Jira Align epic export, an Austrian milestone plan, a
Swiss stakeholder matrix), with money from Nigeria to Ukraine.

Each test is a rule, not a file."""

from __future__ import annotations

import csv

from pmo_desktop.importing.values import parse_date, parse_days, parse_money

from .conftest import best_field, dry_run_tables, fields_of, write_book as _book

PROJECT = "TWL"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def test_a_thai_risk_register_with_buddhist_era_dates(store, tmp_path):
    """Thai headers (norm drops the vowel and tone marks, both sides alike) and dates of
    the Buddhist Era, 543 years ahead: 15/01/2568 is 15 January 2025."""
    path = _book(tmp_path / "risks_th.xlsx", {"ทะเบียนความเสี่ยง": [
        ["รหัส", "รายละเอียดความเสี่ยง", "ประเภท", "โอกาสเกิด (1-5)", "ผลกระทบ (1-5)",
         "ระดับความเสี่ยง", "แนวทางการจัดการ", "ผู้รับผิดชอบ", "วันที่ระบุ", "สถานะ"],
        *[[f"RSK-00{i}", f"บุคลากรไม่เพียงพอ {i}", "ด้านบุคลากร", 3, 4,
           ["สูงมาก", "สูง", "ปานกลาง"][i % 3], "จัดอบรมเชิงปฏิบัติการ", "นายธนากร วงศ์สวัสดิ์",
           f"1{i}/01/2568", ["เปิด", "ปิด", "เฝ้าระวัง"][i % 3]] for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    fields = fields_of(table)
    assert [fields[h] for h in ("รายละเอียดความเสี่ยง", "ประเภท", "โอกาสเกิด (1-5)",
                                "ผู้รับผิดชอบ", "วันที่ระบุ", "สถานะ")] == [
        "title", "category", "probability", "owner", "date_raised", "status"]
    first = table["records"][0]["values"]
    assert (first["date_raised"], first["status"]) == ("2025-01-11", "closed")


def test_a_taiwanese_milestone_tracker_in_minguo_years(store, tmp_path):
    """Traditional Chinese headers (里程碑名稱, 預定/預估/實際完成日, 是否為關鍵里程碑 of
    是/否) and Minguo dates: 113/09/02 is 2 September 2024."""
    path = _book(tmp_path / "milestones_tw.xlsx", {"里程碑追蹤": [
        ["項次", "里程碑編號", "里程碑名稱", "負責人", "預定完成日", "預估完成日", "實際完成日",
         "完成率", "狀態", "是否為關鍵里程碑", "備註"],
        *[[i, f"M0{i}", f"工作計畫書核定 {i}", "陳志明", f"113/1{i - 1}/02", f"113/1{i - 1}/15",
           None, 0.5, ["已完成", "進行中", "延遲"][i % 3], ["是", "否"][i % 2], ""]
          for i in range(1, 4)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "milestone"
    fields = fields_of(table)
    assert [fields[h] for h in ("里程碑編號", "里程碑名稱", "負責人", "預定完成日", "預估完成日",
                                "實際完成日", "是否為關鍵里程碑")] == [
        "ref", "name", "owner", "baseline_date", "forecast_date", "actual_date", "critical"]
    first = table["records"][0]["values"]
    assert (first["baseline_date"], first["critical"]) == ("2024-10-02", 0)
    assert parse_date("民國114年3月15日").isoformat() == "2025-03-15"


def test_chinese_working_days_and_lags_and_currencies_of_africa_and_asia():
    """"10 个工作日" is ten working days, "18SS+15 个工作日" a lag of fifteen; naira,
    hryvnia, cedi, baht and roubles written after the amount are money."""
    from pmo_desktop.importing.predecessors import parse_links

    assert (parse_days("10 个工作日"), parse_days("5 個工作天")) == (10, 5)
    [link] = parse_links("18SS+15 个工作日")
    assert (link.ref, link.type, link.lag) == ("18", "SS", 15.0)
    assert [parse_money(v) for v in ("₦1,240,000,000", "₴1 000", "₵500", "฿ 25,000",
                                      "3 850 000,00 руб.", "KSh 12,000")] == [
        1240000000.0, 1000.0, 500.0, 25000.0, 3850000.0, 12000.0]


def test_last_period_s_figure_gives_way_to_this_period_s(store, tmp_path):
    """An Italian SAL (progress report): "Avanz. prec. %" (last period's progress) beside
    "Avanz. attuale %": the current one is the task's % complete; "Descrizione
    lavorazione" names the work items."""
    path = _book(tmp_path / "sal.xlsx", {"SAL n.4": [
        ["Cod. WBS", "Descrizione lavorazione", "Responsabile", "Avanz. prec. %",
         "Avanz. attuale %", "Data inizio", "Data fine prevista", "Stato"],
        *[[f"1.{i}", f"Scavi e movimenti terra {i}", "Colombo, Luca", 0.4, 0.72,
           "2024-11-04", "2025-01-03", "In corso"] for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert (fields["Descrizione lavorazione"], fields["Avanz. attuale %"]) == (
        "name", "pct_complete")
    assert fields["Avanz. prec. %"] != "pct_complete"
    assert table["records"][0]["values"]["pct_complete"] == 0.72


def test_a_bare_start_beside_a_baseline_start_is_the_current_date(store, tmp_path):
    """A Clarity investment export: "Baseline Start" / "Baseline Finish" and bare "Start"
    / "Finish". The baseline columns are the baseline (they had been left out: the bare
    words took it), the bare ones the forecast."""
    path = _book(tmp_path / "clarity.xlsx", {"Projects": [
        ["Investment ID", "Investment Name", "Manager", "Baseline Start", "Baseline Finish",
         "Start", "Finish", "Status"],
        *[[f"PRJ-{i:04d}", f"ERP rollout wave {i}", "Keller, Anna", f"2025-0{i}-01",
           f"2025-1{i - 1}-30", f"2025-0{i}-15", f"2026-0{i}-28", "Active"]
          for i in range(1, 5)]]})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert [fields[h] for h in ("Baseline Start", "Baseline Finish", "Start", "Finish")] == [
        "start_baseline", "finish_baseline", "start_forecast", "finish_forecast"]


def test_a_jira_align_epic_export_reads_its_state_and_kanban_step(store, tmp_path):
    """SAFe's epic states (Not Started, In Progress, Ready to Accept, Accepted) are a
    project's state; its portfolio Kanban's "Process Step" (Funnel … Implementing) is
    its stage."""
    path = tmp_path / "epics.csv"
    states = ["In Progress", "Not Started", "Accepted", "Ready to Accept", "In Progress"]
    steps = ["Implementing", "Funnel", "Done", "Reviewing", "Analyzing"]
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["ID", "Epic Name", "State", "Process Step", "Epic Owner", "Health"])
        for i, (state, step) in enumerate(zip(states, steps), 1):
            w.writerow([f"E-{100 + i}", f"Open banking APIs {i}", state, step, "Novak, Jan",
                        "On Track"])
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert (fields["State"], fields["Process Step"]) == ("state", "stage")
    values = [(r["values"]["state"], r["values"]["stage"]) for r in table["records"]]
    assert values == [("active", "delivery"), ("proposed", "idea"), ("completed", "closed"),
                      ("active", "idea"), ("active", "initiation")]


def test_words_of_an_austrian_plan_and_a_swiss_stakeholder_matrix():
    """"Basis-Termin" is the baseline; "Haltung heute" / "Haltung Soll" the stakeholder's
    current and desired attitude; "Beslist door" who decided."""
    from pmo_desktop.domain.governance import ENGAGEMENT_LEVELS
    from pmo_desktop.importing.choices import enum_parser

    assert best_field("Basis-Termin", "milestone") == "baseline_date"
    assert best_field("Haltung heute", "stakeholder") == "current_engagement"
    assert best_field("Haltung Soll", "stakeholder") == "desired_engagement"
    assert best_field("Beslist door", "decision") == "decided_by"
    level = enum_parser(ENGAGEMENT_LEVELS, "current_engagement", "stakeholder")
    assert (level("kritisch"), level("fördernd")) == ("resistant", "leading")


def test_a_gateway_review_s_recommendations_are_actions(store, tmp_path):
    """An assurance review's recommendations, each numbered ("Rec No."), owned and due, are
    actions to take (they had been read as lessons, a lesson's "recommendations" with no
    event); "Risk Level" of a risk is its severity, "Extreme" the highest."""
    path = _book(tmp_path / "gateway.xlsx", {"Gateway Recs": [
        ["Gateway Review 3 – Recommendations"], [],
        ["Rec No.", "Recommendation", "Urgency", "Action Owner", "Target Date", "Status"],
        *[[f"G3-{i:02d}", f"Confirm the benefits baseline with Treasury {i}",
           ["Critical", "Essential", "Recommended"][i % 3], "Nguyen, Tran",
           f"2025-0{i + 3}-30", ["Open", "Closed"][i % 2]] for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "action"
    fields = fields_of(table)
    assert (fields["Rec No."], fields["Recommendation"]) == ("ref", "title")
    assert best_field("Risk Level", "risk") == "severity"
    assert best_field("Completed At", "task") == "finish_actual"
