"""The header words of Indonesian and Malay trackers, read as ``headerwords.FIELDS`` is
(each line ``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): lower case, punctuation dropped ("Tgl.
Mulai" is "tgl mulai", "No." is "no", "% Progres" is "pct progres"); the words below are
written so. Indonesian (proyek, tanggal, jadwal, anggaran, realisasi, penanggung jawab,
PIC, kendala, keterangan; government forms: pagu, RAB, satuan kerja, realisasi fisik) and
Malay (projek, tarikh, jadual, kos, peruntukan, pegawai bertanggungjawab, Bil., catatan,
ulasan) sit side by side. Where the two disagree the scope decides: "jabatan" is a
department in Malaysia (project department) and a position in Indonesia (resource role).
``ENTITY_WORDS`` holds the names of the kinds of record (sheet and title words);
``STATUS_WORDS``, ``PRIORITY_WORDS`` and ``RAG_WORDS`` the words of their cells;
``MONTHS`` the month names (Indonesian "Maret", "Agustus", "Desember"; Malay "Mac",
"Julai", "Ogos", "Disember") and their short forms.
"""

from __future__ import annotations

INDONESIAN: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "no urut|nomor|nomor urut|nombor|bil|kode|kod|no risiko|nomor risiko|kode risiko|"
        "id risiko|kod risiko|no isu|nomor isu|kode isu|no masalah|no keputusan|"
        "no tindakan|no perubahan|nomor perubahan|no permintaan|no rujukan|rujukan|"
        "referensi|no ref"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "proyek|projek|nama proyek|nama projek|kode proyek|kod projek|no proyek|"
        "nama kegiatan|kegiatan|nama paket|paket pekerjaan"),
    "project: code": (
        "kode proyek|kod projek|no proyek|nomor proyek|no projek|kode|kod|kode kegiatan|"
        "kode paket|id proyek"),
    "project: name": (
        "nama proyek|nama projek|proyek|projek|judul proyek|tajuk projek|nama kegiatan|"
        "nama paket|nama paket pekerjaan|nama pekerjaan|kegiatan|nama program kegiatan"),
    "project: programme_id": "program|nama program|program kerja|portofolio",
    "project: sponsor": (
        "sponsor|pemilik proyek|pemilik projek|penaja|pemberi kerja|pengguna jasa|klien|"
        "pemrakarsa|pemilik|instansi pemilik|agensi pelaksana|kementerian"),
    "project: manager": (
        "manajer proyek|pengurus projek|pengurus|manajer|pimpinan proyek|pimpro|"
        "kepala proyek|ketua projek|ketua proyek|pic|penanggung jawab|penanggungjawab|"
        "pegawai projek|pengelola proyek|pejabat pembuat komitmen|ppk|project manager"),
    "project: stage": "tahap|tahapan|fase|tahap proyek|tahapan proyek|peringkat|fasa",
    "project: state": "status|status proyek|status projek|keadaan|kondisi",
    "project: department": (
        "departemen|divisi|bagian|unit|unit kerja|satuan kerja|satker|jabatan|bahagian|"
        "direktorat|biro|instansi|unit pelaksana|agensi|dinas|opd|skpd"),
    "project: start_baseline": (
        "tanggal mulai|tgl mulai|mulai|tarikh mula|mula|rencana mulai|"
        "tanggal mulai rencana|waktu mulai|tanggal kontrak|tgl kontrak|tanggal spmk"),
    "project: finish_baseline": (
        "tanggal selesai|tgl selesai|selesai|tarikh siap|tarikh tamat|siap|tamat|"
        "rencana selesai|target selesai|batas waktu|waktu selesai|tanggal berakhir|"
        "akhir kontrak|tanggal akhir kontrak|tarikh siap asal"),
    "project: finish_forecast": (
        "perkiraan selesai|prakiraan selesai|estimasi selesai|jangkaan siap|"
        "tarikh jangkaan siap|tarikh siap dijangka|proyeksi selesai|tarikh siap lanjutan"),
    "project,task: start_actual": (
        "mulai aktual|tanggal mulai aktual|realisasi mulai|tarikh mula sebenar|"
        "aktual mulai"),
    "project,task: finish_actual": (
        "selesai aktual|tanggal selesai aktual|realisasi selesai|tarikh siap sebenar|"
        "tanggal serah terima|tanggal pho|tarikh cpc|aktual selesai"),
    "project: bac": (
        "anggaran|total anggaran|jumlah anggaran|nilai kontrak|pagu|pagu anggaran|"
        "nilai proyek|nilai projek|belanjawan|peruntukan|kos projek|rab|anggaran biaya|"
        "anggaran proyek|nilai pagu|harga kontrak|kos keseluruhan|jumlah peruntukan"),
    "project: eac": (
        "perkiraan biaya akhir|estimasi biaya|prakiraan biaya|proyeksi biaya|"
        "perkiraan biaya|anggaran dijangka|unjuran kos|kos dijangka"),
    "project,milestone,task: pct_complete": (
        "progres|pct progres|progress pct|persentase|persen selesai|pct selesai|kemajuan|"
        "pct kemajuan|peratus siap|pct siap|peratus kemajuan|realisasi fisik|"
        "progres fisik|pct fisik|fisik pct|capaian|pct capaian|pct penyelesaian|"
        "persentase penyelesaian|bobot selesai|kemajuan fizikal|pct fizikal|"
        "prestasi fizikal"),
    "project: rag_overall": (
        "status keseluruhan|status umum|kesehatan proyek|status rag|"
        "penilaian keseluruhan|kondisi umum|status semasa|indikator"),
    "project: rag_schedule": (
        "jadwal|jadual|waktu|status jadwal|status jadual|ketepatan waktu"),
    "project: rag_cost": "biaya|kos|keuangan|kewangan|status anggaran|status biaya",
    "project: rag_scope": "ruang lingkup|lingkup|skop|kualitas|kualiti|mutu",
    "project: rag_risk": "risiko|status risiko|risiko dan isu",
    "project: rag_resource": "sumber daya|sdm|sumber manusia|tenaga kerja|status sdm",
    "project: summary": (
        "keterangan|ket|catatan|komentar|ringkasan|ulasan|perkembangan|update|"
        "status terkini|pencapaian|hasil|uraian|progres minggu ini|kemajuan semasa|"
        "laporan kemajuan|hasil yang dicapai|capaian minggu ini|kegiatan minggu ini|"
        "kendala|permasalahan|isu"),
    "project: next_steps": (
        "langkah selanjutnya|rencana selanjutnya|tindak lanjut|rencana minggu depan|"
        "langkah seterusnya|tindakan seterusnya|rencana tindak lanjut|"
        "rencana kerja berikutnya|rencana bulan depan|perancangan seterusnya|"
        "rencana minggu berikutnya"),
    "project,raid,change_request: description": (
        "deskripsi|uraian|penjelasan|huraian|perincian|rincian|detail|keterangan rinci|"
        "uraian rinci"),
    "raid,change_request,lesson: title": (
        "judul|tajuk|nama|risiko|isu|masalah|permasalahan|kendala|keputusan|tindakan|"
        "aksi|perubahan|asumsi|andaian|ketergantungan|uraian risiko|deskripsi risiko|"
        "nama risiko|perihal|pokok masalah|uraian masalah|uraian isu|pernyataan risiko|"
        "pelajaran|deskripsi perubahan|uraian perubahan|perubahan yang diminta|"
        "perihal perubahan|keterangan perubahan|butiran perubahan"),
    # -- people, dates, states --------------------------------------------------------
    "milestone,raid,task,benefit: owner": (
        "pemilik|penanggung jawab|penanggungjawab|pic|pic internal|pemilik risiko|pelaksana|"
        "ditugaskan kepada|tanggung jawab|pegawai bertanggungjawab|"
        "pegawai bertanggung jawab|pegawai|tindakan oleh|pihak bertanggungjawab|"
        "unit penanggung jawab|penanggung jawab tindak lanjut|pemilik manfaat|"
        "penanggung jawab manfaat|pemilik faedah"),
    "milestone,raid,change_request,lesson,task,benefit: status": (
        "status|keadaan|status tindak lanjut|status penyelesaian|status tindakan|"
        "status manfaat|status capaian|status pencapaian"),
    "milestone,raid: notes": "catatan|keterangan|komentar|ket|ulasan|catatan tambahan|nota",
    "raid,change_request: raised_by": (
        "dilaporkan oleh|diajukan oleh|pelapor|pengusul|dibangkitkan oleh|pemohon|"
        "dibuat oleh|dicatat oleh|diidentifikasi oleh|dikenal pasti oleh"),
    "raid,change_request: date_raised": (
        "tanggal|tgl|tanggal lapor|tanggal dilaporkan|tanggal identifikasi|"
        "tanggal teridentifikasi|tanggal dibuat|tarikh|tarikh dilaporkan|"
        "tarikh dikenal pasti|tanggal pengajuan|tanggal kejadian|tanggal temuan|"
        "tanggal dicatat|tarikh dibangkitkan|tarikh direkod"),
    "raid: due_date": (
        "batas waktu|tenggat|tenggat waktu|target waktu|target tanggal|tanggal target|"
        "jatuh tempo|tarikh akhir|tarikh sasaran|target penyelesaian|tanggal jatuh tempo|"
        "batas akhir|waktu penyelesaian|tarikh siap|target"),
    "raid: review_date": (
        "tanggal review|tanggal tinjauan|tanggal pembaruan|terakhir diperbarui|"
        "tarikh kemas kini|tarikh semakan|tanggal update|update terakhir"),
    "raid: closed_date": (
        "tanggal ditutup|tanggal penutupan|tanggal selesai|tanggal penyelesaian|"
        "tarikh ditutup|tarikh selesai|tgl selesai|tarikh diselesaikan"),
    "project,raid,change_request,lesson,task: priority": (
        "prioritas|keutamaan|tingkat prioritas|urgensi|skala prioritas"),
    "raid: severity": (
        "tingkat keparahan|keparahan|tahap keterukan|keterukan|tingkat risiko|"
        "level risiko|skor risiko|nilai risiko|tahap risiko|besaran risiko|"
        "peringkat risiko|skor"),
    "raid: next_action": (
        "tindak lanjut|tindakan|rencana tindakan|rencana aksi|langkah tindak lanjut|"
        "tindakan susulan|rencana tindak lanjut|tindakan diperlukan|rekomendasi"),
    "risk: probability": (
        "kemungkinan|probabilitas|peluang|kebarangkalian|kemungkinan terjadi|"
        "tingkat kemungkinan|level kemungkinan|kekerapan"),
    "risk,issue,assumption,dependency: impact": (
        "dampak|kesan|tingkat dampak|impak|besaran dampak|level dampak|akibat"),
    "risk: response": (
        "strategi|strategi respons|respon risiko|respons risiko|jenis respons|"
        "strategi penanganan|opsi penanganan|jenis penanganan"),
    "risk: response_actions": (
        "mitigasi|rencana mitigasi|tindakan mitigasi|langkah mitigasi|penanganan|"
        "rencana penanganan|penanganan risiko|pengendalian|tindakan pengurangan|"
        "pelan mitigasi|langkah pengurangan|upaya mitigasi|rencana pengendalian|"
        "kegiatan pengendalian|rencana tindak pengendalian|langkah kawalan|kawalan"),
    "risk: trigger": "pemicu|indikator risiko|tanda peringatan|tanda awal|pencetus",
    "risk: contingency": (
        "rencana kontinjensi|rencana darurat|pelan kontingensi|kontinjensi|"
        "rencana cadangan|rencana kontingensi|pelan luar jangka"),
    "risk,issue,lesson: category": (
        "kategori|jenis|klasifikasi|jenis risiko|kategori risiko|kategori isu|jenis isu|"
        "bidang|area|aspek"),
    "issue: resolution": (
        "penyelesaian|solusi|resolusi|penyelesaian masalah|tindakan yang diambil|"
        "penyelesaian isu|cara penyelesaian|tindakan diambil|jalan keluar|"
        "upaya penyelesaian"),
    "issue,change_request,decision: decision": (
        "keputusan|hasil keputusan|persetujuan|hasil|keputusan diambil|"
        "keputusan yang diambil"),
    "issue,decision: decided_by": (
        "diputuskan oleh|pengambil keputusan|disetujui oleh|pembuat keputusan|"
        "diluluskan oleh|pihak berwenang"),
    "issue,decision,change_request: decision_date": (
        "tanggal keputusan|tarikh keputusan|tanggal persetujuan|tarikh kelulusan|"
        "tanggal disetujui"),
    # -- change requests and lessons --------------------------------------------------
    "change_request: requester": "pemohon|diminta oleh|pengaju|peminta|diajukan oleh",
    "change_request: impact_cost": (
        "dampak biaya|kesan kos|tambahan biaya|biaya tambahan|kos tambahan|"
        "perubahan biaya|nilai perubahan"),
    "change_request: impact_schedule_days": (
        "dampak jadwal|dampak waktu|kesan jadual|tambahan hari|keterlambatan hari|"
        "tambahan waktu|perpanjangan waktu|lanjutan masa|hari"),
    "change_request: impact_scope": "dampak lingkup|dampak ruang lingkup|kesan skop",
    "change_request: approver": (
        "disetujui oleh|penyetuju|diluluskan oleh|pemberi persetujuan|pelulus"),
    "lesson: event": (
        "kejadian|peristiwa|situasi|apa yang terjadi|apa yang berlaku|yang berjalan baik|"
        "yang perlu diperbaiki|masalah|uraian kejadian|deskripsi"),
    "lesson: effect": "dampak|akibat|kesan",
    "lesson: causes": "penyebab|akar masalah|punca|punca masalah|sebab|akar penyebab",
    "lesson: recommendations": (
        "rekomendasi|saran|cadangan|pelajaran|pelajaran yang dipetik|usulan perbaikan|"
        "pengajaran|perbaikan|tindakan perbaikan|cadangan penambahbaikan"),
    "lesson: effect_type": "jenis|positif negatif|kategori",
    "lesson: logged_by": "dicatat oleh|penulis|pelapor|direkod oleh",
    # a dependency register ("Daftar Ketergantungan"): the other party, which way, when
    "dependency: counterparty": "pihak terkait|pihak|mitra|instansi terkait|penyedia|pemasok",
    "dependency: direction": "arah|arah ketergantungan",
    "dependency: need_by_date": "dibutuhkan|tanggal dibutuhkan|tgl dibutuhkan|dibutuhkan pada",
    # Malay (Malaysia) beside Indonesian: "Pemilik" (owner), "Tarikh Direkod" (date logged)
    "lesson: owner": "pemilik|pemilik tindakan|penanggung jawab|pegawai bertanggungjawab",
    "lesson: date_logged": "tarikh direkod|tarikh|tanggal dicatat|tanggal",
    # -- plans ------------------------------------------------------------------------
    "milestone: name": (
        "milestone|tonggak|tonggak pencapaian|nama milestone|tahapan|kegiatan utama|"
        "pencapaian utama|titik kendali|batu tanda"),
    "milestone: baseline_date": (
        "tanggal rencana|rencana|tanggal baseline|tarikh asal|tarikh dirancang|"
        "rencana awal|jadwal rencana|target awal"),
    "milestone: forecast_date": (
        "tanggal perkiraan|perkiraan|estimasi|tanggal target|target|tarikh jangkaan|"
        "tarikh sasaran|prakiraan"),
    "milestone: actual_date": (
        "tanggal aktual|aktual|realisasi|tanggal realisasi|tarikh sebenar|sebenar|"
        "tanggal tercapai"),
    "task: wbs": "wbs|kode wbs|no wbs",
    "task: name": (
        "tugas|nama tugas|kegiatan|aktivitas|pekerjaan|uraian pekerjaan|uraian kegiatan|"
        "nama kegiatan|item pekerjaan|aktiviti|tugasan|item kerja|jenis pekerjaan|"
        "nama aktiviti|butiran kerja"),
    "task: outline_level": "level|tingkat|tingkat outline",
    "task: start_forecast": (
        "mulai|tanggal mulai|tgl mulai|mula|tarikh mula|rencana mulai|waktu mulai|"
        "rencana tanggal mulai"),
    "task: finish_forecast": (
        "selesai|tanggal selesai|tgl selesai|siap|tarikh siap|tarikh tamat|"
        "rencana selesai|waktu selesai|tamat|batas waktu|tenggat"),
    "task: start_baseline": "mulai baseline|baseline mulai|mulai awal|tarikh mula asal",
    "task: finish_baseline": (
        "selesai baseline|baseline selesai|selesai awal|tarikh siap asal"),
    "task: duration_days": (
        "durasi|durasi hari|lama|lama hari|tempoh|jangka waktu|waktu pelaksanaan|"
        "hari kerja|jumlah hari|tempoh hari|durasi pelaksanaan"),
    "task: predecessors": (
        "pendahulu|predecessor|tugas pendahulu|ketergantungan|kebergantungan|"
        "kegiatan pendahulu|aktiviti terdahulu"),
    "task: resources": (
        "sumber daya|pelaksana|nama sumber daya|sumber|tenaga|pihak pelaksana"),
    # -- people and money -------------------------------------------------------------
    "resource: name": (
        "nama|nama lengkap|nama karyawan|nama pegawai|karyawan|pegawai|staf|anggota tim|"
        "nama staf|kakitangan|nama kakitangan|personel|tenaga ahli|nama personel|"
        "nama tenaga ahli"),
    "allocation: resource_id": (
        "nama|nama karyawan|nama pegawai|personel|tenaga ahli|kakitangan|nama personel|"
        "nama staf"),
    "resource,allocation: role_id": (
        "peran|jabatan|posisi|jawatan|peranan|gred|golongan|kualifikasi|keahlian|"
        "posisi dalam tim|peran dalam proyek"),
    "resource: team": (
        "tim|bagian|divisi|unit|unit kerja|departemen|pasukan|bahagian|kumpulan|seksyen"),
    "resource: email": "email|surel|e mel|emel|alamat email|alamat emel|surat elektronik",
    "resource: cost_rate": (
        "tarif|tarif harian|tarif per jam|gaji per jam|biaya per jam|kadar|kadar sejam|"
        "kadar harian|billing rate|biaya personil|harga satuan|tarif bulanan"),
    "resource: fte": (
        "fte|alokasi|persentase alokasi|ketersediaan|pct alokasi|pct keterlibatan"),
    "resource: hours_per_day": (
        "jam per hari|jam kerja per hari|jam sehari|jam per minggu|jam seminggu|"
        "jam kerja per minggu"),
    "resource: manager": (
        "atasan|atasan langsung|manajer|penyelia|ketua|pengurus|pelapor kepada"),
    "allocation: hours": (
        "jam|jumlah jam|jam kerja|man hour|orang hari|orang bulan|hari orang"),
    "financial,allocation: period": (
        "bulan|periode|tempoh|tahun|triwulan|kuartal|suku tahun|bulan laporan|minggu|"
        "masa|tahun anggaran"),
    "financial: planned": (
        "rencana|anggaran|pagu|target|rencana anggaran|nilai rencana|peruntukan|"
        "belanjawan|dirancang|rab|pagu anggaran|alokasi anggaran|anggaran dirancang|"
        "rencana penarikan dana"),
    "financial: actual": (
        "realisasi|aktual|realisasi anggaran|pengeluaran|belanja|perbelanjaan|sebenar|"
        "kos sebenar|biaya aktual|serapan|penyerapan|serapan anggaran|realisasi keuangan|"
        "perbelanjaan sebenar|dibelanjakan|terpakai"),
    "financial: forecast": (
        "perkiraan|prakiraan|proyeksi|estimasi|ramalan|unjuran|prognosa|outlook"),
    "financial: category": (
        "kategori|uraian|mata anggaran|akun|kode akun|jenis biaya|komponen biaya|"
        "pos anggaran|item biaya|butir|jenis belanja|butiran|objek belanja|mata akun|"
        "komponen|rincian biaya|kod objek|jenis perbelanjaan|uraian biaya"),
    # -- benefits ---------------------------------------------------------------------
    "benefit: title": (
        "manfaat|manfaat yang diharapkan|faedah|nama manfaat|hasil yang diharapkan|"
        "outcome|dampak yang diharapkan|manfaat proyek|uraian hasil|hasil|uraian keluaran|keluaran|capaian hasil"),
    "benefit: benefit_type": "jenis manfaat|tipe manfaat|kategori manfaat|jenis faedah",
    "benefit: measure": (
        "indikator|indikator kinerja|kpi|iku|ukuran|petunjuk prestasi|"
        "ukuran keberhasilan|tolok ukur|indikator keberhasilan|ukuran prestasi"),
    "benefit: baseline_value": (
        "nilai dasar|nilai awal|baseline|kondisi awal|nilai asas|nilai semasa|"
        "kondisi saat ini"),
    "benefit: target_value": "target|nilai target|sasaran|nilai sasaran|target capaian",
    "benefit: target_date": (
        "tanggal target|target tanggal|tarikh sasaran|waktu pencapaian|target waktu"),
    "assumption: status": "status validasi|status verifikasi",
    "benefit: ref": "kode|kode indikator|no",
}

# The names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("proyek", "daftar proyek", "portofolio", "portofolio proyek", "projek",
                "senarai projek", "daftar kegiatan", "status proyek", "laporan kemajuan",
                "laporan progres", "rekapitulasi proyek"),
    "risk": ("risiko", "daftar risiko", "register risiko", "profil risiko",
             "senarai risiko", "pengurusan risiko", "manajemen risiko",
             "daftar risiko proyek", "daftar risiko projek", "peta risiko", "log risiko"),
    "issue": ("isu", "masalah", "daftar isu", "permasalahan", "kendala", "senarai isu",
              "log isu", "daftar masalah", "isu dan kendala"),
    "assumption": ("asumsi", "andaian", "daftar asumsi"),
    "dependency": ("ketergantungan", "kebergantungan", "dependensi",
                   "daftar ketergantungan"),
    "decision": ("keputusan", "log keputusan", "daftar keputusan", "senarai keputusan"),
    "action": ("tindakan", "tindak lanjut", "rencana aksi", "daftar tindakan", "aksi",
               "senarai tindakan", "rencana tindak lanjut", "daftar tindak lanjut"),
    "change_request": ("perubahan", "permintaan perubahan", "permohonan perubahan",
                       "log perubahan", "pengendalian perubahan", "daftar perubahan",
                       "addendum", "variasi", "perintah perubahan"),
    "lesson": ("pelajaran", "pembelajaran", "lesson learned", "pelajaran yang dipetik",
               "pengajaran", "pelajaran yang didapat"),
    "milestone": ("milestone", "tonggak", "tonggak pencapaian", "jadwal milestone"),
    "task": ("jadwal", "jadual", "jadwal pelaksanaan", "rencana kerja", "kurva s",
             "time schedule", "jadwal proyek", "rencana proyek", "jadual kerja",
             "jadual pelaksanaan", "rencana kegiatan", "daftar tugas"),
    "financial": ("anggaran", "biaya", "rab", "realisasi anggaran", "keuangan",
                  "belanjawan", "kos", "kewangan", "rencana anggaran biaya", "peruntukan",
                  "perbelanjaan"),
    "resource": ("sumber daya", "sdm", "daftar pegawai", "tenaga ahli", "kakitangan",
                 "personel", "daftar personel", "tim proyek", "senarai kakitangan",
                 "daftar karyawan"),
    "allocation": ("alokasi sumber daya", "rencana sumber daya", "alokasi", "penugasan",
                   "alokasi personel", "jadwal personel", "penempatan tenaga ahli",
                   "agihan sumber"),
    "benefit": ("manfaat", "faedah", "daftar manfaat", "realisasi manfaat"),
}

# Status words of the cells, as written → the importer's status.
STATUS_WORDS: dict[str, str] = {
    "terpenuhi": "done", "sudah terpenuhi": "done", "belum terpenuhi": "open",
    "baru": "open", "belum mulai": "open", "belum dimulai": "open", "belum bermula": "open",
    "terbuka": "open", "belum selesai": "open", "sedang berjalan": "in_progress",
    "berjalan": "in_progress", "dalam proses": "in_progress",
    "sedang dikerjakan": "in_progress", "proses": "in_progress",
    "dalam pelaksanaan": "in_progress", "dalam tindakan": "in_progress", "selesai": "done",
    "sudah selesai": "done", "siap": "done", "tuntas": "done", "ditutup": "closed",
    "tutup": "closed", "terselesaikan": "resolved", "sudah ditangani": "resolved",
    "diselesaikan": "resolved", "teratasi": "resolved", "terlambat": "overdue",
    "lewat": "overdue", "lewat jadual": "overdue", "sesuai jadwal": "on_track",
    "tepat waktu": "on_track", "mengikut jadual": "on_track", "berisiko": "at_risk",
    "beresiko": "at_risk", "ditunda": "deferred", "tertunda": "deferred",
    "ditangguhkan": "deferred", "dibatalkan": "cancelled", "batal": "cancelled",
    "disetujui": "approved", "diluluskan": "approved", "ditolak": "rejected",
    "menunggu": "pending", "diusulkan": "proposed", "dicadangkan": "proposed",
    "usulan": "proposed", "dieskalasi": "escalated", "dipantau": "monitoring",
    "pemantauan": "monitoring", "terjadi": "materialised", "diserahkan": "delivered",
    "divalidasi": "validated", "disahkan": "validated", "tidak valid": "invalid",
    "ditarik": "withdrawn", "dicabut": "withdrawn", "dalam kajian": "under_assessment",
    "sedang dievaluasi": "under_assessment", "dalam penilaian": "under_assessment",
    "menunggu persetujuan": "awaiting_decision", "menunggu keputusan": "awaiting_decision",
    "menunggu kelulusan": "awaiting_decision", "diimplementasikan": "implemented",
    "dilaksanakan": "implemented",
}

PRIORITY_WORDS: dict[str, str] = {
    "sangat rendah": "low", "amat rendah": "low", "rendah": "low", "kecil": "low",
    "sedang": "medium", "menengah": "medium", "sederhana": "medium", "normal": "medium",
    "tinggi": "high", "besar": "high", "sangat tinggi": "critical",
    "amat tinggi": "critical", "tinggi sekali": "critical", "kritis": "critical",
    "kritikal": "critical", "mendesak": "critical", "sangat besar": "critical",
    "ekstrem": "critical",
}

RAG_WORDS: dict[str, str] = {
    "hijau": "green", "kuning": "amber", "jingga": "amber", "oranye": "amber",
    "oren": "amber", "merah": "red",
}

# Indonesian and Malay names and short forms (Excel's id-ID and ms-MY).
MONTHS: tuple[str, ...] = (
    "januari jan", "februari pebruari feb", "maret mac mar", "april apr", "mei", "juni jun",
    "juli julai jul", "agustus agu agt ags ogos ogo", "september sep sept", "oktober okt",
    "november nopember nov nop", "desember disember des dis",
)

TOTAL_WORDS: tuple[str, ...] = (
    "jumlah", "total", "jumlah keseluruhan", "total keseluruhan", "subtotal", "sub total",
    "jumlah besar", "grand total", "jumlah seluruhnya", "sub jumlah", "jumlah kecil",
    "jumlah total",
)
