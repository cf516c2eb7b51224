"""Microsoft Project ``.mpp`` plans through MPXJ: read as their XML export reads, told apart
from Excel's ``.xls`` (OLE files both), refused in one sentence when damaged or when Java is
missing, and converted in one JVM per process that a deadline, a crash or a cancel ends."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pmo_desktop.importing import mpp, mppjava
from pmo_desktop.importing.api import ImportCancelled, read_and_detect
from pmo_desktop.importing.mspdi import mspdi_rows
from pmo_desktop.importing.read import ReadError, read_workbook
from pmo_desktop.operations.imports import import_files

from .conftest import FIXTURES, file_digest

ROOT = Path(__file__).resolve().parents[2]
C38 = FIXTURES / "more" / "C38_hr_portal_status.mpp"
PHASES = ["Project Management", "Definition", "Analysis & Design", "Realization",
          "Transition", "Operation"]


@pytest.fixture(scope="module")
def c38() -> bytes:
    assert C38.is_file(), f"{C38} is missing: the tests need ../shared/fixtures"
    return C38.read_bytes()


def _one_sentence(message: str, name: str) -> None:
    assert name in message and message.endswith(".") and ". " not in message, message
    assert "\n" not in message and "Traceback" not in message, message


def _refused(store, tmp_path: Path, path: Path) -> str:
    """The import refuses ``path`` in one sentence naming it, and writes nothing."""
    db = Path(store.path)
    before = file_digest(db)
    result = import_files(store, [str(path)], dry_run=False, project_code="HRP",
                          create_projects=True).value
    assert result.exit_code == 2
    error = result.to_json()["files"][0]["error"]
    _one_sentence(error, path.name)
    assert file_digest(db) == before and store.list_batches() == []
    return error


# -- reading C38 -------------------------------------------------------------------------

def test_c38_reads_its_title_phases_tasks_and_milestones():
    wb = read_workbook(C38)
    assert wb.kind == "mpp"
    (sheet,) = wb.sheets
    assert sheet.name == "HR Portal"
    assert sheet.rows[0][0] == "Project plan: HR Portal"
    assert all(v is None for v in sheet.rows[0][1:])
    header, tasks = sheet.rows[2], sheet.rows[3:]
    assert header[:4] == ["ID", "WBS", "Task Name", "Outline Level"]
    assert [t[2] for t in tasks if t[3] == 1] == PHASES
    assert len(tasks) == 135 and tasks[0][:5] == ["1", "1", "Project Management", 1, "Yes"]
    by_name = {t[2]: dict(zip(header, t)) for t in tasks}
    started = by_name["Project Started"]
    assert (started["Milestone"], started["Outline Level"], str(started["Finish"])) == (
        "Yes", 3, "2019-12-04")
    approved = by_name["Project Plan Approved"]  # slipped: its baseline stays behind
    assert (str(approved["Baseline Finish"]), str(approved["Finish"])) == ("2019-12-11",
                                                                           "2019-12-17")


def test_the_mpp_and_the_xml_mpxj_writes_for_it_give_the_same_rows(tmp_path, c38):
    xml = tmp_path / "HR Portal.xml"
    done = subprocess.run([sys.executable, "-m", "pmo_desktop.importing.mpp", str(C38),
                           str(xml)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert xml.read_bytes().lstrip().startswith(b"<?xml")
    from_xml = read_workbook(xml)
    assert from_xml.kind == "mspdi"
    assert [(s.name, s.rows) for s in from_xml.sheets] == [
        (s.name, s.rows) for s in read_workbook(C38).sheets]
    assert mspdi_rows(xml.name, xml.read_bytes()) == mpp.mpp_rows(C38.name, c38)


def test_importing_c38_plans_its_milestones(store):
    result = import_files(store, [str(C38)], dry_run=True, project_code="HRP",
                          create_projects=True).value
    assert result.exit_code == 0
    tasks, table = result.to_json()["files"][0]["tables"]
    assert tasks["entity"] == "task" and tasks["rows"] == 135
    assert table["entity"] == "milestone" and table["sheet"] == "HR Portal"
    names = {r["values"]["name"] for r in table["records"]}
    assert {"Project Started", "Project Plan Approved", "Acceptance Tests Approved"} <= names


def test_the_jvm_starts_once_per_process(c38):
    mpp.mpp_to_mspdi(C38.name, c38)
    pid = mppjava.CONVERTER.pid
    assert pid is not None and pid != os.getpid()
    read_workbook(C38)
    assert mppjava.CONVERTER.pid == pid


# -- an .xls is not an .mpp ---------------------------------------------------------------

XLS_WRITER = """
import sys, jpype, mpxj
from pmo_desktop.importing.mpp import find_jvm
jpype.startJVM(find_jvm(), convertStrings=False)
from org.apache.poi.hssf.usermodel import HSSFWorkbook
from java.io import FileOutputStream
book = HSSFWorkbook()
sheet = book.createSheet("Risks")
for r, values in enumerate([["ID", "Risk", "Owner"], ["R-001", "Supplier late", "Ana"]]):
    row = sheet.createRow(r)
    for c, value in enumerate(values):
        row.createCell(c).setCellValue(value)
out = FileOutputStream(sys.argv[1])
book.write(out)
out.close()
"""


@pytest.fixture(scope="module")
def xls(tmp_path_factory) -> Path:
    """A real Excel 97–2003 workbook (BIFF8 in an OLE file), written by Apache POI (MPXJ's)."""
    path = tmp_path_factory.mktemp("xls") / "risks.xls"
    done = subprocess.run([sys.executable, "-c", XLS_WRITER, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and path.is_file(), done.stderr
    return path


def test_an_xls_workbook_is_read_as_excel_not_as_a_plan(xls):
    data = xls.read_bytes()
    assert data[:8] == mpp.OLE_MAGIC and "Workbook" in mpp.ole_entry_names(data)
    assert not mpp.is_project_file(data)
    wb = read_workbook(xls)
    assert wb.kind == "xls"
    assert wb.sheets[0].rows == [["ID", "Risk", "Owner"], ["R-001", "Supplier late", "Ana"]]


def test_a_plan_under_another_name_is_known_by_its_storage(tmp_path, c38):
    assert mpp.is_project_file(c38) and "   114" in mpp.ole_entry_names(c38)
    renamed = tmp_path / "status.xls"
    renamed.write_bytes(c38)
    wb = read_workbook(renamed)
    assert (wb.kind, wb.sheets[0].name) == ("mpp", "HR Portal")


def test_a_workbook_saved_under_a_project_name_is_refused_as_one(store, tmp_path, xls):
    wrong = tmp_path / "plan.mpp"
    wrong.write_bytes(xls.read_bytes())
    error = _refused(store, tmp_path, wrong)
    assert "not a Microsoft Project plan (it is an Excel workbook)" in error


# -- damaged and hostile files --------------------------------------------------------------

@pytest.mark.parametrize("cut", [0.5, 0.95])
def test_a_truncated_plan_is_refused_in_one_sentence(store, tmp_path, c38, cut):
    path = tmp_path / "truncated.mpp"
    path.write_bytes(c38[:int(len(c38) * cut)])
    assert "damaged or incomplete" in _refused(store, tmp_path, path)


def test_random_bytes_behind_the_ole_signature_are_refused(store, tmp_path):
    path = tmp_path / "random.mpp"
    path.write_bytes(mpp.OLE_MAGIC + os.urandom(64 * 1024))
    assert "damaged or incomplete" in _refused(store, tmp_path, path)


def test_a_plan_with_a_corrupt_directory_is_refused_by_mpxj_in_one_sentence(store, tmp_path,
                                                                          c38):
    # the OLE directory is intact (so it is a plan), MPXJ's own streams are not
    data = bytearray(c38)
    for at in range(8 * 1024, len(data), 3 * 1024):
        data[at:at + 64] = bytes(range(64))
    path = tmp_path / "corrupt.mpp"
    path.write_bytes(bytes(data))
    assert mpp.is_project_file(bytes(data))
    _refused(store, tmp_path, path)


def test_a_directory_chain_that_loops_ends_the_walk():
    header = bytearray(512)
    header[:8] = mpp.OLE_MAGIC
    struct.pack_into("<HII", header, 30, 9, 0, 0)
    struct.pack_into("<II", header, 44, 1, 0)  # one FAT sector; the directory starts at 0
    struct.pack_into("<II", header, 68, 0xFFFFFFFE, 0)
    struct.pack_into("<109I", header, 76, 1, *[0xFFFFFFFF] * 108)
    directory = bytearray(512)
    fat = struct.pack("<128I", 0, *[0xFFFFFFFF] * 127)  # sector 0 is followed by itself
    assert mpp.ole_entry_names(bytes(header + directory + fat)) is None


@settings(max_examples=300, deadline=1000)
@given(st.binary(min_size=0, max_size=4096))
def test_no_bytes_after_the_ole_signature_break_the_directory_walk(tail):
    names = mpp.ole_entry_names(mpp.OLE_MAGIC + tail)
    assert names is None or all(isinstance(n, str) for n in names)


def test_a_plan_over_the_size_limit_is_refused_before_java():
    with pytest.raises(mpp.MppError) as caught:
        mpp.mpp_to_mspdi("huge.mpp", mpp.OLE_MAGIC + bytes(mpp.MAX_MPP_BYTES))
    assert "over the 64 MB limit for a Microsoft Project plan" in str(caught.value)


def test_a_plan_over_the_task_limit_is_refused(c38):
    with pytest.raises(mpp.MppError) as caught:
        mppjava.CONVERTER.convert(C38.name, c38, mppjava.find_jvm(), max_tasks=100)
    _one_sentence(str(caught.value), C38.name)
    assert "has 136 tasks, over the limit of 100" in str(caught.value)


# -- the converter: deadline, crash, cancel --------------------------------------------------

def test_a_conversion_past_its_deadline_is_given_up_and_the_next_one_works(c38):
    mpp.mpp_to_mspdi(C38.name, c38)  # started and ready: the deadline is the conversion's
    slow = mppjava.CONVERTER.process
    assert slow is not None
    with pytest.raises(mpp.MppError) as caught:
        mpp.mpp_to_mspdi(C38.name, c38, timeout=0.01)
    _one_sentence(str(caught.value), C38.name)
    assert "took longer than 0.01 seconds" in str(caught.value)
    assert mppjava.CONVERTER.pid is None and slow.poll() is not None  # killed, not left
    assert mpp.mpp_rows(C38.name, c38)[0] == "HR Portal"
    assert mppjava.CONVERTER.pid not in (None, slow.pid)


def test_a_converter_that_dies_is_one_sentence(c38):
    mppjava.CONVERTER.stop()  # a cold start: the wait is long enough to kill it during
    killed: list[subprocess.Popen] = []

    def kill() -> None:
        process = mppjava.CONVERTER.process
        if not killed and process is not None:
            killed.append(process)
            process.terminate()  # from outside, as a crash of the JVM would end it

    with pytest.raises(mpp.MppError) as caught:
        mpp.mpp_to_mspdi(C38.name, c38, on_wait=kill)
    _one_sentence(str(caught.value), C38.name)
    assert "stopped unexpectedly" in str(caught.value) and killed
    assert mppjava.CONVERTER.pid is None  # the next plan starts a new one (as after a deadline)


def test_cancelling_the_import_stops_the_conversion(c38):
    mppjava.CONVERTER.stop()
    asked: list[subprocess.Popen | None] = []

    def cancelled() -> bool:
        asked.append(mppjava.CONVERTER.process)
        return len(asked) > 2  # past the first checks: while the converter works

    with pytest.raises(ImportCancelled):
        read_and_detect(str(C38), cancelled=cancelled)
    working = asked[-1]  # the converter the cancel found at work: stopped with the import
    assert working is not None and working.poll() is not None
    assert mppjava.CONVERTER.process is None


# -- without Java ----------------------------------------------------------------------------

def test_without_java_the_plan_is_refused_with_how_to_enable_it(tmp_path):
    db = tmp_path / "p.pmo"
    cli = [sys.executable, "main.py"]
    assert subprocess.run(cli + ["new", "--db", str(db)], cwd=ROOT, capture_output=True,
                          timeout=120).returncode == 0
    before = file_digest(db)
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    env["PATH"] = str(tmp_path / "nowhere")
    done = subprocess.run(cli + ["import", "--db", str(db), str(C38), "--project", "HRP",
                                 "--create-projects"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    message = line.split(": ", 1)[1]
    _one_sentence(message, C38.name)
    assert "needs a Java runtime" in message and "default-jre-headless" in message
    assert "File ▸ Save As ▸ XML" in message
    assert file_digest(db) == before
    # the same sentence from the reader itself, as the app shows it
    done = subprocess.run([sys.executable, "-c", (
        "import sys\nfrom pmo_desktop.importing.read import ReadError, read_workbook\n"
        "try:\n    read_workbook(sys.argv[1])\nexcept ReadError as e:\n    print(e)\n"),
        str(C38)], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert done.stdout.strip() == message


def test_a_java_home_that_holds_no_java_is_as_good_as_none(tmp_path):
    (tmp_path / "jdk" / "bin").mkdir(parents=True)
    assert mppjava.find_jvm({"JAVA_HOME": str(tmp_path / "jdk"), "PATH": os.environ["PATH"]}) is None
    assert mppjava.find_jvm({"PATH": os.environ["PATH"]}) is not None  # this machine's java
    message = mppjava.unavailable("plan.mpp", {"JAVA_HOME": str(tmp_path / "jdk")})
    assert message is not None and "none was found" in message


def test_read_error_for_an_mpp_is_a_read_error(tmp_path):
    path = tmp_path / "empty-ish.mpp"
    path.write_bytes(mpp.OLE_MAGIC + bytes(100))
    with pytest.raises(ReadError) as caught:
        read_workbook(path)
    _one_sentence(str(caught.value), path.name)
