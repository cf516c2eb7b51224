"""Layouts from a fifteenth round of trackers the importer had never seen: construction
and public works (snag lists, RFI logs, early warnings, Latin American "adicionales"),
and non-profits, universities and development programmes (grant portfolios and their
amendments, a logical framework, a Japanese lab's risk sheet, a German stakeholder
matrix).

Each test is a rule, not a file."""

from __future__ import annotations

from .conftest import dry_run_tables, fields_of, write_book as _book

PROJECT = "FFT"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def test_a_snag_list_and_an_rfi_log_are_issue_logs(store, tmp_path):
    """A building's snags (defects before handover) and its requests for information to
    the designer are tracked as issues: "Snag No.", "Description of Defect"; "RFI No.",
    "Question / Issue", "Response Req'd By", "Date Responded", "Response Summary". Both
    had been left unread or taken for lessons."""
    path = _book(tmp_path / "site.xlsx", {
        "Snag List": [
            ["Snag No.", "Date Identified", "Block / Floor / Unit", "Description of Defect",
             "Trade", "Responsible", "Priority", "Target Date", "Status", "Date Closed"],
            *[[f"SN-00{i}", "14/07/2025", f"A/G/A-G0{i}", f"Grout missing in shower {i}",
               "Tiling", "Nyali Tiles", "B - Before handover", "24/07/2025", "Open", None]
              for i in range(1, 6)]],
        "RFI Log": [
            ["RFI No.", "Discipline", "Subject", "Question / Issue", "Raised By",
             "Date Submitted", "Response Req'd By", "Date Responded", "Response Summary",
             "Status"],
            *[[f"T3-RFI-00{i}", "STR", f"Transfer beam {i}", "Bar spacing at the beam?",
               "Haddad, Omar", "2025-01-06", "2025-01-20", "2025-01-11",
               "Refer SK-300; spacing 150", "Closed"] for i in range(1, 6)]]})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    snags, rfis = tables["Snag List"], tables["RFI Log"]
    assert (snags["entity"], rfis["entity"]) == ("issue", "issue")
    fields = fields_of(snags)
    assert (fields["Snag No."], fields["Description of Defect"]) == ("ref", "title")
    fields = fields_of(rfis)
    assert [fields[h] for h in ("RFI No.", "Question / Issue", "Response Req'd By",
                                "Date Responded", "Response Summary")] == [
        "ref", "description", "due_date", "closed_date", "resolution"]


def test_a_field_s_word_before_of_names_the_field(store, tmp_path):
    """"Description of Works", "Descripción del hallazgo": the head noun before "of"
    (de, du, del …) names the field, when the vocabulary holds no more of the header."""
    path = _book(tmp_path / "log.xlsx", {"Issue Log": [
        ["Issue ID", "Issue", "Description of Works", "Owner", "Status"],
        *[[f"I-0{i}", f"Scaffold access {i}", "Scaffold blocks the east stair", "Lee, Ana",
           "Open"] for i in range(1, 5)]]})
    [table] = _tables(store, path)
    assert fields_of(table)["Description of Works"] == "description"


def test_variations_adicionales_and_grant_amendments_are_change_requests(store, tmp_path):
    """A Peruvian works contract's "Registro de Adicionales" (its extra works, numbered
    "N° Adicional") and a grant's amendment log are change logs. They had been read as
    an issue log and a decision log."""
    path = _book(tmp_path / "changes.xlsx", {
        "Registro Adicionales": [
            ["N° Adicional", "Fecha de solicitud", "Descripción", "Solicitado por", "Tipo",
             "Estado", "Fecha de aprobación", "Observaciones"],
            *[[f"ADI-0{i}", "02/09/2024", f"Refuerzo de cimentación {i}", "Contratista",
               "Adicional", "Aprobado", "21/09/2024", ""] for i in range(1, 6)]],
        "Amendment Log": [
            ["Amend. No.", "Award", "Description / justification", "Requested by",
             "Date submitted", "Budget change", "Recommendation", "Funder decision",
             "Decision date", "Approved by", "Status"],
            *[[f"AM-0{i}", "NIH R01", f"Move funds to travel {i}", "Alvarez, Tom",
               "2023-11-06", 38400, "Approve", "Approved", "2023-12-01", "Brooks, Dana",
               "Closed"] for i in range(1, 6)]]})
    tables = {t["sheet"]: t for t in _tables(store, path, create=True)}
    assert tables["Registro Adicionales"]["entity"] == "change_request"
    assert fields_of(tables["Registro Adicionales"])["N° Adicional"] == "ref"
    assert tables["Amendment Log"]["entity"] == "change_request"
    fields = fields_of(tables["Amendment Log"])
    assert (fields["Amend. No."], fields["Budget change"]) == ("ref", "impact_cost")


def test_a_japanese_risk_sheet_names_its_kind_inside_its_name(store, tmp_path):
    """"リスク評価表" (the risk assessment sheet) holds "リスク" with no space around
    it: Chinese and Japanese names are searched inside. Its item, event, level and
    measures are the risk's title, description, severity and response actions."""
    path = _book(tmp_path / "risks.xlsx", {"リスク評価表": [
        ["No.", "リスク項目", "内容・想定される事象", "区分", "発生可能性\n(1-5)",
         "影響度\n(1-5)", "リスクレベル", "対策・低減策", "担当者", "対応期限", "状態"],
        *[[i, f"有機溶媒の火災 {i}", "ドラフト内でのアセトン", "安全衛生", 2, 4, "中",
           "消火器配置確認", "鈴木 美咲", "2025-06-30", "対応中"] for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    fields = fields_of(table)
    assert [fields[h] for h in ("リスク項目", "内容・想定される事象", "対策・低減策")] == [
        "title", "description", "response_actions"]


def test_a_stakeholder_matrix_names_its_contact_person(store, tmp_path):
    path = _book(tmp_path / "stakeholder.xlsx", {"Stakeholder-Matrix": [
        ["Nr.", "Organisation", "Ansprechperson", "Funktion", "Einfluss (1-5)",
         "Interesse (1-5)", "Aktuelle Haltung", "Angestrebte Haltung"],
        *[[i, f"Stiftung {i}", f"Vogel, Sabine {i}", "Programmleitung", 4, 4, "Neutral",
           "Unterstützend"] for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "stakeholder"
    assert fields_of(table)["Ansprechperson"] == "name"


def test_a_logical_framework_is_a_benefits_register(store, tmp_path):
    """An Indonesian programme's "Kerangka Logis" (logframe): each result ("Uraian
    Hasil") with its code, indicator, baseline and target. It had been read as risks."""
    path = _book(tmp_path / "logframe.xlsx", {"Kerangka Logis": [
        ["KERANGKA LOGIS – Program Ketahanan Pangan"],
        [],
        ["Kode", "Uraian Hasil", "Indikator", "Satuan", "Baseline", "Target",
         "Penanggung Jawab", "Status Capaian"],
        *[[f"H1.{i}", f"Produksi padi meningkat {i}", "Rata-rata produktivitas", "ton/ha",
           2.1, 3.2, "Lado, Yohanes", "Sesuai Rencana"] for i in range(1, 6)]]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "benefit"
    fields = fields_of(table)
    assert (fields["Kode"], fields["Uraian Hasil"], fields["Indikator"]) == (
        "ref", "title", "measure")


def test_grant_and_capital_portfolios_are_project_lists(store, tmp_path):
    """A university's grants (the award's number, title, funder, principal investigator
    and total award) and its capital projects (construction start, substantial
    completion baseline and forecast); a Québec road authority's list ("N° projet",
    "Municipalité", "Coût prévu à la fin")."""
    path = _book(tmp_path / "portfolios.xlsx", {
        "FY25 Portfolio": [
            ["Award #", "Grant Title", "Funder", "Principal Investigator", "Department",
             "Total Award", "Start", "End", "Status"],
            *[[f"R01-2400{i}", f"Malaria vaccine trial {i}", "NIH/NIAID", "Okafor, Chidi",
               "Epidemiology", 3480000, "2020-01-01", "2025-12-31", "Active"]
              for i in range(1, 6)]],
        "Capital Program": [
            ["Proj #", "Project Name", "Project Manager", "Approved Budget",
             "Construction Start", "Substantial Completion (Baseline)",
             "Substantial Completion (Forecast)"],
            *[[f"CP-21-00{i}", f"Science building {i}", "Harper, Nadia", 84500,
               "2023-05-01", "2025-08-15", "2025-12-19"] for i in range(1, 6)]],
        "Projets": [
            ["N° projet", "Nom du projet", "Municipalité", "Chargé(e) de projet",
             "Budget autorisé", "Coût prévu à la fin"],
            *[[f"154-2{i}-0412", f"Réfection route 155 {i}", "La Tuque", "Gagnon, Julie",
               4200000, 4450000] for i in range(1, 6)]]})
    tables = {t["sheet"]: t for t in _tables(store, path, create=True)}
    grants = fields_of(tables["FY25 Portfolio"])
    assert [grants[h] for h in ("Award #", "Grant Title", "Funder",
                                "Principal Investigator", "Total Award")] == [
        "code", "name", "sponsor", "manager", "bac"]
    capital = fields_of(tables["Capital Program"])
    assert [capital[h] for h in ("Construction Start", "Substantial Completion (Baseline)",
                                 "Substantial Completion (Forecast)")] == [
        "start_forecast", "finish_baseline", "finish_forecast"]
    roads = fields_of(tables["Projets"])
    assert [roads[h] for h in ("N° projet", "Municipalité", "Coût prévu à la fin")] == [
        "code", "location", "eac"]


def test_a_milestone_s_rag_in_its_status_column_is_read(store, tmp_path):
    """A highlight report's key milestones under "RAG / Status": Complete, Green, Amber,
    Red. The column had been left out (a RAG word is no milestone state): green is on
    course, amber and red forecast late."""
    path = _book(tmp_path / "highlight.xlsx", {"WS2 Reg Reporting": [
        ["Key Milestones"],
        ["Ref", "Milestone", "Owner", "Baseline Date", "Forecast Date", "Actual Date",
         "RAG / Status"],
        ["RR-M01", "COREP return filed", "Nwosu, Dan", "2024-12-20", "2024-12-20",
         "2025-01-10", "Complete"],
        ["RR-M02", "Vendor taxonomy drop", "Nwosu, Dan", "2025-02-07", "2025-03-28", None, "Red"],
        ["RR-M03", "XBRL validation", "Nwosu, Dan", "2025-04-11", "2025-05-23", None, "Red"],
        ["RR-M04", "Dry-run submission", "Nwosu, Dan", "2025-07-31", "2025-08-29", None, "Amber"],
        ["RR-M05", "Pillar 3 disclosures", "Nwosu, Dan", "2025-10-31", "2025-10-31", None,
         "Green"]]})
    [table] = _tables(store, path)
    assert table["entity"] == "milestone"
    assert fields_of(table)["RAG / Status"] == "status"
    status = {r["values"]["name"]: r["values"].get("status") for r in table["records"]}
    assert status["Vendor taxonomy drop"] == "forecast_late"
    assert status["Pillar 3 disclosures"] == "not_due"
