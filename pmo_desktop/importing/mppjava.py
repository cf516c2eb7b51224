"""The converter of Microsoft Project ``.mpp`` plans: MPXJ, in the JVM of its own process.

Java runs in a converter process (``python -m pmo_desktop.importing.mppjava --serve JVM``),
not in the app: a damaged or hostile file that hangs MPXJ is killed at the deadline (a Java
thread cannot be stopped), one that crashes the JVM or fills its heap takes only the
converter down, and the JVM's memory goes back when the converter stops. The converter is
started at the first ``.mpp`` and kept for the next ones, so the JVM starts once per process
(JPype can start it only once anyway); it leaves after ``IDLE_SECONDS`` without work, and
with the app. Calls come from the import, which runs off the GUI thread; they wait in turn.

Java is JAVA_HOME's when it is set, else that of ``java`` on the PATH (``find_jvm``); when it
or MPXJ is missing, ``unavailable`` words the refusal.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

MAX_TASKS = 20_000  # per plan
HEAP = "1g"  # the converter's Java heap: a plan past it is refused, the machine is spared
START_SECONDS = 90.0  # to start Python, the JVM and MPXJ's classes (3 s idle, 9 s on a busy PC)
TIMEOUT_SECONDS = 120.0  # to convert one plan, once the converter is ready
IDLE_SECONDS = 600.0
POLL_SECONDS = 0.25  # how often a wait asks whether the import was cancelled

EXTRA = 'pip install "pmo-desktop[mpp]"'
AS_XML = "or save the plan as XML in Project (File ▸ Save As ▸ XML) and import that"


class MppError(ValueError):
    """The plan cannot be read; the message is one sentence naming the file."""


# -- Java and MPXJ: there or not ---------------------------------------------------------

JVM_LIBRARIES = ("lib/server/libjvm.so", "jre/lib/*/server/libjvm.so", "lib/*/server/libjvm.so",
                 "bin/server/jvm.dll", "jre/bin/server/jvm.dll", "lib/libjli.dylib",
                 "lib/jli/libjli.dylib", "lib/server/libjvm.dylib", "jre/lib/server/libjvm.dylib")


def _jvm_in(home: Path) -> str | None:
    for pattern in JVM_LIBRARIES:
        found = sorted(home.glob(pattern))
        if found:
            return str(found[0])
    return None


def bundled_jre() -> Path | None:
    """The Java runtime a built app carries (``jre/`` in its bundle, made by
    ``packaging/jlink_jre.sh``), or None."""
    bundle = getattr(sys, "_MEIPASS", None)
    home = Path(bundle) / "jre" if bundle else None
    return home if home is not None and home.is_dir() else None


def find_jvm(environ: Mapping[str, str] | None = None) -> str | None:
    """The Java runtime's library to start: the built app's own when it carries one, else
    JAVA_HOME's when it is set, else that of ``java`` on the PATH (None when none holds one).

    ``java`` is followed through its links (Debian's alternatives); where it is a launcher
    elsewhere (macOS's /usr/bin/java), the runtime is asked for its home.
    """
    bundled = bundled_jre()
    if bundled is not None and _jvm_in(bundled):
        return _jvm_in(bundled)
    env = os.environ if environ is None else environ
    if env.get("JAVA_HOME"):
        return _jvm_in(Path(env["JAVA_HOME"]))
    java = shutil.which("java", path=env.get("PATH", os.defpath))
    if java is None:
        return None
    found = _jvm_in(Path(os.path.realpath(java)).parent.parent)
    if found is not None:
        return found
    try:
        done = subprocess.run([java, "-XshowSettings:properties", "-version"], timeout=30,
                              capture_output=True, text=True, check=False, env=dict(env))
    except (OSError, subprocess.SubprocessError):
        return None
    home = re.search(r"^\s*java\.home = (.+)$", done.stderr, re.MULTILINE)
    return _jvm_in(Path(home.group(1).strip())) if home else None


def _has_mpxj() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("mpxj", "jpype"))


def unavailable(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The sentence refusing ``name`` when MPXJ or Java is missing here (None: both are here)."""
    library, jvm = _has_mpxj(), find_jvm(environ)
    if library and jvm:
        return None
    if not library and not jvm:
        need = f"Java and the mpp extra: install a Java runtime and run {EXTRA}"
    elif not library:
        need = f"the mpp extra (MPXJ), which is not installed: run {EXTRA}"
    else:
        need = ("a Java runtime and none was found (JAVA_HOME, or java on the PATH): install "
                "one (on Debian: sudo apt-get install default-jre-headless; elsewhere a JRE "
                "from Adoptium)")
    return f"{name} is a Microsoft Project plan, which needs {need}, {AS_XML}."


# -- the app's side: one converter process, asked in turn --------------------------------

def refusal(name: str, kind: str, detail: str) -> str:
    """The sentence for a refusal the converter sent back (``kind``, ``detail``)."""
    if kind == "password":
        return (f"{name} is password-protected; save it without a password in Project and "
                "import it again.")
    if kind == "tasks":
        count, limit = (int(n) for n in detail.split())
        return f"{name} has {count:,} tasks, over the limit of {limit:,} for an import."
    if kind == "memory":
        return (f"{name} is too large to read: the Project converter ran out of its {HEAP}B "
                f"of memory, {AS_XML}.")
    if kind == "java":
        return f"{name} cannot be read: Java did not start ({detail})."
    return (f"{name} is damaged or incomplete and cannot be read as a Microsoft Project plan "
            f"({detail}).")


class Converter:
    """The converter process: started when first needed, killed at a deadline or a crash
    (and started again for the next plan), stopped with the app."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._ready = False
        self._last = 0.0

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The converter process while it runs (diagnostics and tests)."""
        proc = self._proc
        return proc if proc is not None and proc.poll() is None else None

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    pipe.close()

    def convert(self, name: str, data: bytes, jvm: str, *, max_tasks: int = MAX_TASKS,
                timeout: float = TIMEOUT_SECONDS,
                on_wait: Callable[[], None] | None = None) -> bytes:
        """The MSPDI XML of the ``.mpp`` in ``data``, or ``MppError``; ``on_wait`` is called
        every ``POLL_SECONDS`` while waiting, and whatever it raises (a cancellation) stops
        the converter and ends the wait."""
        with self._lock:
            proc = self._proc
            if proc is not None and (proc.poll() is not None
                                     or time.monotonic() - self._last > IDLE_SECONDS - 30):
                self.stop()  # gone, or about to leave on its own: a new one answers for sure
            if self._proc is None:
                self._start(jvm)
            deadline = timeout + (0.0 if self._ready else START_SECONDS)
            try:
                reply = self._exchange(f"{max_tasks} {len(data)}\n".encode() + data, deadline,
                                       on_wait)
            except BaseException:  # a cancellation: the converter's work is dropped with it
                self.stop()
                raise
            finally:
                self._last = time.monotonic()
            tag, payload = reply
            if tag == "TIMEOUT":
                self.stop()
                raise MppError(f"{name} took longer than {timeout:g} seconds to read and was "
                               f"given up (it may be damaged), {AS_XML}.")
            if tag == "GONE":
                code = self._exit_code()
                self.stop()
                raise MppError(f"{name} could not be read: the Project converter stopped "
                               f"unexpectedly (exit code {code}), {AS_XML}.")
            if tag == "OK":
                return payload
            kind, _, detail = payload.decode("utf-8", "replace").partition("\n")
            if kind in ("java", "memory", "fatal"):
                self.stop()  # the converter leaves after these; it is not asked again
            raise MppError(refusal(name, kind, detail))

    def _exit_code(self) -> int | None:
        """The converter's exit code once it has closed its end (None: it did not exit)."""
        try:
            return self._proc.wait(timeout=5) if self._proc is not None else None
        except subprocess.TimeoutExpired:
            return None

    def _start(self, jvm: str) -> None:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows
        # this very package, whatever the current folder holds (-P: not put on the path)
        root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [root] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
        self._proc = subprocess.Popen(
            converter_command(jvm), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=env, creationflags=flags)
        self._ready = False

    def _exchange(self, request: bytes, seconds: float,
                  on_wait: Callable[[], None] | None) -> tuple[str, bytes]:
        """Send ``request`` and wait for the reply (tag ``TIMEOUT`` when the deadline passed,
        ``GONE`` when the converter died), in a thread: the wait has a deadline and is
        cancelled."""
        proc = self._proc
        assert proc is not None and proc.stdin is not None and proc.stdout is not None
        replies: queue.Queue[tuple[str, bytes]] = queue.Queue()
        ready = self._ready

        def talk(inp: IO[bytes], out: IO[bytes]) -> None:
            try:
                if not ready:
                    first = _read_reply(out)
                    if first[0] != "READY":
                        replies.put(first)
                        return
                    if self._proc is proc:  # not one stopped (and replaced) meanwhile
                        self._ready = True
                inp.write(request)
                inp.flush()
                replies.put(_read_reply(out))
            except (OSError, ValueError):  # a broken pipe: the converter died
                replies.put(("GONE", b""))

        threading.Thread(target=talk, args=(proc.stdin, proc.stdout), daemon=True,
                         name="mpp-converter").start()
        deadline = time.monotonic() + seconds
        while True:
            try:
                return replies.get(timeout=max(0.0, min(POLL_SECONDS,
                                                        deadline - time.monotonic())))
            except queue.Empty:
                if time.monotonic() >= deadline:
                    return ("TIMEOUT", b"")
                if on_wait is not None:
                    on_wait()


SERVE_FLAG = "--mpp-converter"  # a built app's executable, run as the converter (main.py)


def converter_command(jvm: str) -> list[str]:
    """The converter's command line: this Python running this module; in a built app, which
    has no Python to run, its own executable with ``SERVE_FLAG`` (on Windows the console
    one beside the windowed app, whose standard streams are the converter's channel)."""
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-P", "-m", "pmo_desktop.importing.mppjava", "--serve", jvm]
    exe = Path(sys.executable)
    console = exe.with_name(f"{exe.stem}-cli{exe.suffix}")
    return [str(console if exe.suffix.lower() == ".exe" and console.exists() else exe),
            SERVE_FLAG, jvm]


def _read_reply(out: IO[bytes]) -> tuple[str, bytes]:
    """``(tag, payload)`` from the converter; ``("GONE", b"")`` when it closed its end."""
    head = out.readline().split()
    if len(head) != 2 or not head[1].isdigit():
        return ("GONE", b"")
    payload = out.read(int(head[1]))
    return (head[0].decode("ascii", "replace"), payload) if len(payload) == int(head[1]) \
        else ("GONE", b"")


CONVERTER = Converter()
atexit.register(CONVERTER.stop)


# -- the converter's side: Java, in its own process --------------------------------------

class Refused(Exception):
    """A plan the converter will not turn into XML: ``kind`` (see ``refusal``) and detail."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}\n{detail}")
        self.kind, self.detail = kind, detail


def start_mpxj(jvm: str) -> Callable[[bytes, int], bytes]:
    """Start the JVM with MPXJ (once: JPype cannot start it again) and return the function
    that turns an ``.mpp``'s bytes into MSPDI XML, refusing a plan of more than N tasks."""
    import jpype
    import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

    jpype.startJVM(jvm, f"-Xmx{HEAP}", "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                   f"-XX:ErrorFile={tempfile.gettempdir()}/pmo-mpp-java-error-%p.log",
                   convertStrings=False)
    from java.io import ByteArrayInputStream, ByteArrayOutputStream  # type: ignore
    from org.mpxj.mpp import MPPReader  # type: ignore
    from org.mpxj.mspdi import MSPDIWriter  # type: ignore

    def convert(data: bytes, max_tasks: int) -> bytes:
        try:
            project = MPPReader().read(ByteArrayInputStream(data))
            count = int(project.getTasks().size())
            if count > max_tasks:
                raise Refused("tasks", f"{count} {max_tasks}")
            xml = ByteArrayOutputStream()
            MSPDIWriter().write(project, xml)
            return bytes(xml.toByteArray())
        except jpype.JException as exc:
            raise _java_refusal(exc) from None

    return convert


def _java_refusal(exc: Any) -> Exception:
    text = str(exc.getMessage() or "")
    kind = str(exc.getClass().getName())
    if "OutOfMemoryError" in kind:
        return Refused("memory")
    if "password" in text.lower():
        return Refused("password")
    short = kind.rsplit(".", 1)[-1] + (f": {text.splitlines()[0][:120]}" if text.strip() else "")
    if kind.startswith("java.lang.") and kind.endswith("Error"):
        return Refused("fatal", short)  # the JVM is not to be trusted after an Error
    return Refused("damaged", short)


def _send(out: IO[bytes], tag: str, payload: bytes) -> None:
    out.write(f"{tag} {len(payload)}\n".encode("ascii") + payload)
    out.flush()


def serve(jvm: str) -> int:
    """The converter: ``<max tasks> <size>\\n<bytes>`` in, ``OK|ERR <size>\\n<bytes>`` out."""
    out = os.fdopen(os.dup(1), "wb")  # the replies' own channel: what Java prints to
    os.dup2(2, 1)                     # standard output cannot mix with them
    inp = sys.stdin.buffer
    try:
        convert = start_mpxj(jvm)
    except Exception as exc:  # noqa: BLE001  (any failure to start is said, in one line)
        _send(out, "ERR", f"java\n{str(exc).splitlines()[0][:160] if str(exc) else exc!r}"
              .encode())
        return 1
    _send(out, "READY", b"")
    last = [time.monotonic()]

    def leave_when_idle() -> None:
        while time.monotonic() - last[0] < IDLE_SECONDS:
            time.sleep(5)
        os._exit(0)

    threading.Thread(target=leave_when_idle, daemon=True).start()
    while True:
        head = inp.readline().split()
        if len(head) != 2:
            return 0  # the app closed the pipe (or left)
        data = inp.read(int(head[1]))
        last[0] = time.monotonic()
        try:
            _send(out, "OK", convert(data, int(head[0])))
        except Refused as refused:
            _send(out, "ERR", str(refused).encode())
            if refused.kind in ("memory", "fatal"):
                return 1
        last[0] = time.monotonic()


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "--serve":
        print("usage: python -m pmo_desktop.importing.mppjava --serve JVM", file=sys.stderr)
        sys.exit(2)
    sys.exit(serve(sys.argv[2]))
