"""The header words of Vietnamese trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): tone marks and vowel marks dropped and
"đ" read as "d" ("Người phụ trách" is "nguoi phu trach", "Đơn vị tính" is "don vi tinh",
"% Hoàn thành" is "pct hoan thanh"); the words below are written so. Besides project
trackers (STT, tiến độ, người phụ trách, khó khăn vướng mắc) it holds the words of state
budget and public investment forms: dự toán, kế hoạch (vốn), thực hiện, ước thực hiện,
giải ngân, kinh phí, nội dung, thành tiền, tổng mức đầu tư, chủ đầu tư. ``ENTITY_WORDS``
holds the names of the kinds of record (sheet and title words); ``STATUS_WORDS``,
``PRIORITY_WORDS`` and ``RAG_WORDS`` the words of their cells; ``MONTHS`` the months
(written "Tháng 1" … "Tháng 12": the one-word forms "thang1", "thg1", "T1" are listed;
"Tháng 1" normalises to the two words "thang 1"). ``UNIT_WORDS`` are the headers of a
budget form's unit-of-measure column ("Đơn vị tính", "ĐVT"), which feeds no field.
"""

from __future__ import annotations

VIETNAMESE: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "stt|so tt|so thu tu|ma so|so hieu|ma rui ro|so rui ro|ma van de|so van de|"
        "ma quyet dinh|ma hanh dong|ma yeu cau|ma thay doi|so yeu cau|ma bai hoc|ma loi"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "du an|ten du an|ma du an|ten da|ma da|cong trinh|ten cong trinh|ma cong trinh"),
    "project: code": (
        "ma du an|ma da|ma so du an|so du an|ma cong trinh|ma so|ma du an dau tu"),
    "project: name": (
        "ten du an|du an|ten da|ten cong trinh|cong trinh|ten goi|ten du an cong trinh"),
    "project: programme_id": "chuong trinh|ten chuong trinh|thuoc chuong trinh",
    "project: sponsor": (
        "chu dau tu|nha tai tro|nguoi bao tro|cap quyet dinh dau tu|chu so huu du an|"
        "don vi chu tri|khach hang|ben moi thau"),
    "project: manager": (
        "quan ly du an|nguoi quan ly du an|giam doc du an|chu nhiem du an|truong du an|"
        "truong ban quan ly du an|pm|nguoi phu trach|phu trach|can bo phu trach|"
        "nguoi phu trach du an"),
    "project: stage": "giai doan|giai doan du an|giai doan hien tai|pha|buoc",
    "project: state": "trang thai|tinh trang|trang thai du an|tinh trang du an",
    "project: department": (
        "phong ban|don vi|bo phan|don vi thuc hien|don vi chu tri|khoi|phong|"
        "don vi quan ly|don vi phu trach|trung tam"),
    "project: start_baseline": (
        "ngay bat dau|bat dau|ngay khoi cong|thoi gian bat dau|ngay bat dau ke hoach|"
        "bat dau ke hoach|ngay bd|thoi gian khoi cong|khoi cong"),
    "project: finish_baseline": (
        "ngay ket thuc|ket thuc|ngay hoan thanh|hoan thanh|thoi gian ket thuc|"
        "thoi han hoan thanh|han hoan thanh|ngay kt|ngay hoan thanh ke hoach|"
        "hoan thanh ke hoach|ket thuc ke hoach|thoi gian hoan thanh"),
    "project: finish_forecast": (
        "ngay hoan thanh du kien|du kien hoan thanh|ngay ket thuc du kien|"
        "du kien ket thuc|thoi gian hoan thanh du kien"),
    "project,task: start_actual": "ngay bat dau thuc te|bat dau thuc te",
    "project,task: finish_actual": (
        "ngay hoan thanh thuc te|hoan thanh thuc te|ngay ket thuc thuc te|"
        "ket thuc thuc te|ngay nghiem thu|ngay ban giao"),
    "project: bac": (
        "ngan sach|tong ngan sach|ngan sach duoc duyet|ngan sach phe duyet|"
        "tong muc dau tu|tong von|tong von dau tu|von dau tu|gia tri hop dong|"
        "tong du toan|du toan duoc duyet|tong kinh phi|kinh phi|kinh phi duoc duyet|"
        "gia tri du an"),
    "project: eac": (
        "chi phi du kien|tong chi phi du kien|uoc tinh chi phi hoan thanh|du bao chi phi|"
        "uoc tinh chi phi|chi phi uoc tinh"),
    "project,milestone,task: pct_complete": (
        "pct hoan thanh|ty le hoan thanh|ti le hoan thanh|phan tram hoan thanh|tien do|"
        "tien do pct|pct tien do|pct thuc hien|ty le thuc hien|ti le thuc hien|"
        "muc do hoan thanh|pct da hoan thanh|khoi luong hoan thanh"),
    "project: rag_overall": (
        "tinh trang chung|danh gia chung|trang thai tong the|tinh trang tong the|"
        "danh gia tong the|tinh hinh chung|trang thai chung|rag"),
    "project: rag_schedule": "tien do|danh gia tien do|tinh trang tien do|thoi gian",
    "project: rag_cost": "chi phi|tinh trang chi phi|tai chinh|ngan sach",
    "project: rag_scope": "pham vi|chat luong|pham vi chat luong",
    "project: rag_risk": "rui ro|rui ro va van de|tinh trang rui ro",
    "project: rag_resource": "nguon luc|nhan su|nhan luc",
    "project: summary": (
        "ghi chu|nhan xet|tom tat|tinh hinh thuc hien|ket qua thuc hien|ket qua dat duoc|"
        "cap nhat|noi dung cap nhat|tom tat tinh hinh|cong viec da thuc hien|"
        "ket qua trong ky|ket qua trong tuan|tien do thuc hien|y kien|danh gia|"
        "kho khan vuong mac|kho khan|vuong mac"),
    "project: next_steps": (
        "ke hoach tiep theo|cong viec tiep theo|ke hoach tuan toi|ke hoach tuan sau|"
        "ke hoach ky toi|ke hoach thang toi|buoc tiep theo|nhiem vu tiep theo|"
        "ke hoach thoi gian toi|nhiem vu thoi gian toi"),
    "project,raid,change_request: description": (
        "mo ta|mo ta chi tiet|chi tiet|noi dung chi tiet|dien giai|thuyet minh"),
    "raid,change_request,lesson: title": (
        "tieu de|ten|noi dung|van de|rui ro|ten rui ro|ten van de|noi dung rui ro|"
        "noi dung van de|mo ta rui ro|mo ta van de|gia dinh|phu thuoc|quyet dinh|"
        "hanh dong|cong viec|noi dung cong viec|thay doi|bai hoc|kho khan vuong mac|"
        "vuong mac|ton tai|noi dung thay doi|mo ta thay doi|noi dung yeu cau|"
        "noi dung dieu chinh|noi dung yeu cau thay doi|mo ta loi|loi"),
    # -- people, dates, states --------------------------------------------------------
    "milestone,raid,task,benefit: owner": (
        "nguoi phu trach|phu trach|nguoi chiu trach nhiem|chiu trach nhiem|"
        "nguoi thuc hien|nguoi xu ly|chu so huu|chu so huu rui ro|nguoi duoc giao|"
        "dau moi|pic|don vi thuc hien|don vi chiu trach nhiem|don vi phu trach|"
        "can bo phu trach|nguoi chiu trach nhiem loi ich|chu so huu loi ich|"
        "nha thau phu trach|don vi khac phuc"),
    "milestone,raid,change_request,lesson,task,benefit: status": (
        "trang thai|tinh trang|tinh trang xu ly|trang thai xu ly|ket qua xu ly|muc do dat"),
    "milestone,raid: notes": "ghi chu|ghi chu them|nhan xet|y kien|luu y|chu thich",
    "raid,change_request: raised_by": (
        "nguoi de xuat|nguoi bao cao|nguoi phat hien|nguoi ghi nhan|nguoi tao|"
        "nguoi yeu cau|nguoi neu|nguoi lap|don vi de xuat|don vi bao cao"),
    "raid,change_request: date_raised": (
        "ngay phat hien|ngay ghi nhan|ngay tao|ngay bao cao|ngay de xuat|ngay phat sinh|"
        "ngay neu|ngay mo|ngay yeu cau|ngay lap|ngay"),
    "raid: due_date": (
        "han xu ly|thoi han|han chot|han hoan thanh|ngay het han|thoi han xu ly|"
        "thoi han hoan thanh|ngay hoan thanh du kien|han|ngay den han|thoi han giai quyet|"
        "han khac phuc"),
    "raid: review_date": (
        "ngay ra soat|ngay cap nhat|cap nhat lan cuoi|ngay xem xet|ngay danh gia lai"),
    "raid: closed_date": (
        "ngay dong|ngay giai quyet|ngay xu ly xong|ngay hoan thanh thuc te|ngay ket thuc|"
        "ngay khac phuc|ngay hoan thanh"),
    "project,raid,change_request,lesson,task: priority": (
        "muc do uu tien|uu tien|do uu tien|muc uu tien|thu tu uu tien"),
    "raid: severity": (
        "muc do nghiem trong|muc do|nghiem trong|diem rui ro|muc do rui ro|cap do rui ro|"
        "chi so rui ro|muc rui ro|diem danh gia"),
    "raid: next_action": (
        "hanh dong tiep theo|bien phap xu ly|huong xu ly|ke hoach hanh dong|hanh dong|"
        "de xuat xu ly|kien nghi|de xuat giai phap|giai phap de xuat"),
    "risk: probability": (
        "kha nang xay ra|xac suat|xac suat xay ra|kha nang|kha nang xuat hien|"
        "muc do kha nang xay ra"),
    "risk,issue,assumption,dependency: impact": (
        "muc do anh huong|anh huong|tac dong|muc do tac dong|hau qua"),
    "risk: response": "chien luoc ung pho|chien luoc|loai ung pho|chien luoc xu ly",
    "risk: response_actions": (
        "bien phap giam thieu|ke hoach giam thieu|giai phap|bien phap|"
        "bien phap phong ngua|bien phap ung pho|ke hoach ung pho|phuong an xu ly|"
        "bien phap kiem soat|hanh dong giam thieu|phuong an ung pho|bien phap khac phuc|"
        "ke hoach xu ly"),
    "risk: trigger": "dau hieu|dau hieu canh bao|dieu kien kich hoat|yeu to kich hoat",
    "risk: contingency": "ke hoach du phong|phuong an du phong|du phong",
    "risk,issue,lesson: category": (
        "phan loai|loai|nhom|danh muc|loai rui ro|nhom rui ro|loai van de|linh vuc"),
    "issue: resolution": (
        "cach giai quyet|huong giai quyet|ket qua giai quyet|ket qua xu ly|"
        "bien phap khac phuc|giai phap khac phuc|giai phap"),
    "issue,change_request,decision: decision": (
        "quyet dinh|ket qua phe duyet|ket luan|y kien phe duyet|noi dung quyet dinh|"
        "ket qua"),
    "issue,decision: decided_by": (
        "nguoi quyet dinh|nguoi phe duyet|cap phe duyet|cap quyet dinh|"
        "nguoi ra quyet dinh"),
    "issue,decision,change_request: decision_date": (
        "ngay quyet dinh|ngay phe duyet|ngay ra quyet dinh|ngay ky"),
    # -- change requests and lessons --------------------------------------------------
    "change_request: requester": "nguoi yeu cau|don vi yeu cau|ben yeu cau|nguoi de nghi",
    "change_request: impact_cost": (
        "anh huong chi phi|chi phi phat sinh|tac dong chi phi|chi phi bo sung|"
        "gia tri phat sinh|kinh phi phat sinh"),
    "change_request: impact_schedule_days": (
        "anh huong tien do|so ngay cham|tac dong tien do|thoi gian phat sinh|"
        "so ngay keo dai|thoi gian gia han"),
    "change_request: impact_scope": "anh huong pham vi|tac dong pham vi",
    "change_request: approver": "nguoi phe duyet|cap phe duyet|nguoi duyet",
    "lesson: event": (
        "su viec|tinh huong|noi dung|mo ta|dieu lam tot|dieu can cai thien|"
        "van de gap phai|mo ta su viec|thuc trang"),
    "lesson: effect": "anh huong|tac dong|hau qua|ket qua",
    "lesson: causes": "nguyen nhan|nguyen nhan goc|nguyen nhan goc re",
    "lesson: recommendations": (
        "khuyen nghi|de xuat|bai hoc|bai hoc kinh nghiem|de xuat cai tien|"
        "giai phap cai tien|kien nghi|de xuat cai thien"),
    "lesson: effect_type": "loai|tich cuc tieu cuc|phan loai",
    "lesson: logged_by": "nguoi ghi nhan|nguoi ghi|nguoi lap|nguoi de xuat",
    # -- plans ------------------------------------------------------------------------
    "milestone: name": (
        "moc|cot moc|moc tien do|ten moc|moc quan trong|cac moc|moc thoi gian|su kien"),
    "milestone: baseline_date": (
        "ngay ke hoach|ngay theo ke hoach|ke hoach|ngay co so|ngay ban dau|"
        "thoi gian theo ke hoach"),
    "milestone: forecast_date": (
        "ngay du kien|du kien|thoi gian du kien|ngay hoan thanh du kien"),
    "milestone: actual_date": (
        "ngay thuc te|thuc te|ngay hoan thanh thuc te|ngay dat duoc|thoi gian thuc te"),
    "task: wbs": "wbs|ma wbs|ma cong viec",
    "task: name": (
        "cong viec|ten cong viec|noi dung cong viec|hang muc|hang muc cong viec|nhiem vu|"
        "ten nhiem vu|hoat dong|ten hoat dong|dau viec|noi dung|noi dung thuc hien"),
    "task: outline_level": "cap|cap do|muc|cap cong viec",
    "task: start_forecast": (
        "bat dau|ngay bat dau|tu ngay|thoi gian bat dau|bat dau ke hoach|"
        "ngay bat dau ke hoach|ngay bat dau du kien"),
    "task: finish_forecast": (
        "ket thuc|ngay ket thuc|hoan thanh|ngay hoan thanh|den ngay|thoi gian ket thuc|"
        "thoi gian hoan thanh|ket thuc ke hoach|hoan thanh ke hoach|"
        "ngay ket thuc ke hoach|thoi han|thoi han hoan thanh"),
    "task: start_baseline": "bat dau co so|ngay bat dau ban dau|bat dau ban dau",
    "task: finish_baseline": "ket thuc co so|ngay ket thuc ban dau|ket thuc ban dau",
    "task: duration_days": (
        "thoi gian thuc hien|thoi gian|so ngay|thoi luong|so ngay thuc hien|"
        "thoi gian ngay|so ngay lam viec"),
    "task: predecessors": (
        "cong viec truoc|cong viec tien nhiem|cong viec phu thuoc|phu thuoc|"
        "cong viec lien quan truoc"),
    "task: resources": "nguon luc|nguoi thuc hien|nhan su|tai nguyen|nhan su thuc hien",
    # -- people and money -------------------------------------------------------------
    "resource: name": (
        "ho va ten|ho ten|ten nhan vien|nhan vien|nhan su|ten|ten nhan su|can bo|"
        "ho va ten nhan vien"),
    "allocation: resource_id": "ho va ten|ho ten|ten nhan vien|nhan vien|nhan su|can bo",
    "resource,allocation: role_id": (
        "vai tro|chuc vu|chuc danh|vi tri|cap bac|vi tri cong viec"),
    "resource: team": "phong ban|bo phan|nhom|don vi|phong|don vi cong tac",
    "resource: email": "email|thu dien tu|dia chi email|dia chi thu dien tu",
    "resource: cost_rate": (
        "don gia|don gia ngay cong|don gia gio|luong theo gio|chi phi theo gio|"
        "don gia nhan cong|don gia thang|chi phi ngay cong"),
    "resource: fte": "ty le tham gia|pct tham gia|muc do tham gia|fte|ty le phan bo",
    "resource: hours_per_day": (
        "so gio ngay|gio lam viec moi ngay|so gio lam viec|so gio moi tuan|so gio tuan"),
    "resource: manager": (
        "quan ly truc tiep|nguoi quan ly|cap tren|truong nhom|truong phong"),
    "allocation: hours": "so gio|gio cong|ngay cong|so ngay cong|so gio cong",
    "financial,allocation: period": (
        "thang|nam|quy|ky bao cao|thoi gian|thang nam|ky thuc hien"),
    # state budget forms: STT | Nội dung | Đơn vị tính | Số lượng | Đơn giá | Thành tiền
    "financial: planned": (
        "ke hoach|du toan|du toan duoc giao|du toan giao|du toan nam|ke hoach von|"
        "ke hoach nam|ngan sach|kinh phi|kinh phi duoc giao|kinh phi ke hoach|"
        "so ke hoach|thanh tien|gia tri ke hoach|von ke hoach|ke hoach von giao|"
        "du toan kinh phi"),
    "financial: actual": (
        "thuc hien|thuc te|da chi|so thuc hien|gia tri thuc hien|kinh phi thuc hien|"
        "giai ngan|da giai ngan|gia tri giai ngan|chi thuc te|quyet toan|so quyet toan|"
        "kinh phi da su dung|thuc chi|luy ke thuc hien|luy ke giai ngan"),
    "financial: forecast": (
        "du bao|uoc thuc hien|uoc tinh|du kien|uoc|uoc giai ngan|du kien giai ngan|"
        "uoc thuc hien ca nam"),
    "financial: category": (
        "noi dung|khoan muc|khoan muc chi phi|noi dung chi|hang muc|loai chi phi|muc chi|"
        "tieu muc|muc|noi dung chi phi|danh muc|hang muc chi phi|nguon von"),
    # -- benefits ---------------------------------------------------------------------
    "benefit: title": (
        "loi ich|loi ich mong doi|loi ich ky vong|hieu qua|ten loi ich|hieu qua du kien"),
    "benefit: benefit_type": "loai loi ich|phan loai loi ich|loai hieu qua",
    "benefit: measure": "chi so|chi tieu|chi so do luong|kpi|thuoc do|chi so danh gia",
    "benefit: baseline_value": "gia tri co so|gia tri hien tai|gia tri ban dau|hien trang",
    "benefit: target_value": "gia tri muc tieu|muc tieu|chi tieu muc tieu|gia tri ky vong",
    "benefit: target_date": "ngay dat muc tieu|thoi han dat|thoi diem dat|thoi gian dat",
    "risk: residual_probability": "kha nang con lai|xac suat con lai",
    "risk: residual_impact": "anh huong con lai|tac dong con lai|muc do anh huong con lai",
    "resource: location": "noi lam viec|dia diem lam viec|dia diem|noi cong tac",
}

# The names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("du an", "danh sach du an", "danh muc du an", "cac du an", "tong hop du an",
                "danh muc dau tu", "bao cao tinh hinh", "bao cao tien do"),
    "risk": ("rui ro", "danh sach rui ro", "so dang ky rui ro", "quan ly rui ro",
             "nhat ky rui ro", "bang rui ro", "danh muc rui ro"),
    "issue": ("van de", "danh sach van de", "nhat ky van de", "quan ly van de",
              "kho khan vuong mac", "vuong mac", "ton tai vuong mac",
              # a handover's defects (a snag list): "Danh sách lỗi bàn giao"
              "danh sach loi", "loi ban giao", "danh sach loi ban giao"),
    "assumption": ("gia dinh", "cac gia dinh", "gia thiet"),
    "dependency": ("phu thuoc", "su phu thuoc", "cac phu thuoc"),
    "decision": ("quyet dinh", "nhat ky quyet dinh", "cac quyet dinh"),
    "action": ("hanh dong", "danh sach hanh dong", "viec can lam", "cong viec can lam",
               "ke hoach hanh dong", "danh sach cong viec"),
    "change_request": ("yeu cau thay doi", "thay doi", "quan ly thay doi",
                       "nhat ky thay doi", "dieu chinh"),
    "lesson": ("bai hoc", "bai hoc kinh nghiem", "kinh nghiem"),
    "milestone": ("moc", "cot moc", "cac moc", "moc tien do", "moc quan trong"),
    "task": ("ke hoach", "tien do", "ke hoach thuc hien", "tien do thuc hien",
             "ke hoach chi tiet", "bang tien do", "ke hoach du an", "cong viec",
             "ke hoach trien khai"),
    "financial": ("ngan sach", "du toan", "chi phi", "kinh phi", "ke hoach von",
                  "giai ngan", "tai chinh", "quyet toan", "du toan kinh phi",
                  "du toan chi tiet"),
    "resource": ("nhan su", "danh sach nhan su", "nguon luc", "nhan luc",
                 "danh sach nhan vien"),
    "allocation": ("phan bo nguon luc", "ke hoach nhan su", "phan bo nhan su",
                   "ke hoach nguon luc", "bo tri nhan su"),
    "benefit": ("loi ich", "hieu qua", "loi ich du an", "hieu qua du an"),
}

# Status words of the cells, as written → the importer's status.
STATUS_WORDS: dict[str, str] = {
    "moi": "open", "chua bat dau": "open", "chua thuc hien": "open", "mo": "open",
    "dang mo": "open", "chua xu ly": "open", "dang thuc hien": "in_progress",
    "dang trien khai": "in_progress", "dang xu ly": "in_progress",
    "dang tien hanh": "in_progress", "hoan thanh": "done", "da hoan thanh": "done",
    "xong": "done", "da thuc hien": "done", "dong": "closed", "da dong": "closed",
    "da giai quyet": "resolved", "da xu ly": "resolved", "tre han": "overdue",
    "cham tien do": "overdue", "qua han": "overdue", "cham": "overdue",
    "dung tien do": "on_track", "dung han": "on_track", "theo ke hoach": "on_track",
    "dam bao tien do": "on_track", "co nguy co": "at_risk", "co rui ro": "at_risk",
    "nguy co cham": "at_risk", "tam dung": "deferred", "tam hoan": "deferred",
    "hoan": "deferred", "huy": "cancelled", "da huy": "cancelled", "phe duyet": "approved",
    "da phe duyet": "approved", "da duyet": "approved", "chap thuan": "approved",
    "tu choi": "rejected", "bi tu choi": "rejected", "khong duyet": "rejected",
    "cho": "pending", "cho xu ly": "pending", "de xuat": "proposed",
    "chuyen cap": "escalated", "theo doi": "monitoring", "dang theo doi": "monitoring",
    "da xay ra": "materialised", "da ban giao": "delivered", "ban giao": "delivered",
    "da nghiem thu": "delivered", "da xac nhan": "validated", "khong hop le": "invalid",
    "rut lai": "withdrawn", "dang danh gia": "under_assessment",
    "dang xem xet": "under_assessment", "cho phe duyet": "awaiting_decision",
    "cho quyet dinh": "awaiting_decision", "da trien khai": "implemented",
    "da ap dung": "implemented",
}

PRIORITY_WORDS: dict[str, str] = {
    "rat thap": "low", "thap": "low", "khong dang ke": "low", "nho": "low",
    "trung binh": "medium", "vua": "medium", "binh thuong": "medium", "cao": "high",
    "lon": "high", "quan trong": "high", "rat cao": "critical", "khan cap": "critical",
    "khan": "critical", "nghiem trong": "critical", "rat nghiem trong": "critical",
    "dac biet nghiem trong": "critical",
}

RAG_WORDS: dict[str, str] = {
    "xanh": "green", "xanh la": "green", "xanh la cay": "green", "mau xanh": "green",
    "vang": "amber", "mau vang": "amber", "cam": "amber", "da cam": "amber",
    "mau cam": "amber", "do": "red", "mau do": "red",
}

# "Tháng 1" … "Tháng 12" normalise to two words; the one-word forms are listed: "thang1",
# "thg1" (Excel's short month), "T1" (column headers of monthly budgets, "T1/2025"), and
# the old names of the first and twelfth months, "giêng" and "chạp".
MONTHS: tuple[str, ...] = (
    "thang1 thang01 thg1 thg01 t1 t01 gieng", "thang2 thang02 thg2 thg02 t2 t02",
    "thang3 thang03 thg3 thg03 t3 t03", "thang4 thang04 thg4 thg04 t4 t04",
    "thang5 thang05 thg5 thg05 t5 t05", "thang6 thang06 thg6 thg06 t6 t06",
    "thang7 thang07 thg7 thg07 t7 t07", "thang8 thang08 thg8 thg08 t8 t08",
    "thang9 thang09 thg9 thg09 t9 t09", "thang10 thg10 t10", "thang11 thg11 t11",
    "thang12 thg12 t12 chap",
)

# ("Tổng" and "Cộng" alone are left out: Công and Tống are people's names too)
TOTAL_WORDS: tuple[str, ...] = (
    "tong cong", "tong so", "tong cong chung", "cong chung", "tong so tien",
)

# The unit-of-measure column of a budget form (no field reads it).
UNIT_WORDS: tuple[str, ...] = (
    "don vi tinh", "dvt",
)
