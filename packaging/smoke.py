"""Smoke test of a built app: ``python packaging/smoke.py DIST_DIR [--seconds N]``.

Runs the frozen executable in DIST_DIR (what ``packaging/build.sh`` made) as a person would,
each step printed with its time, and exits 1 at the first failure:

1. ``--help`` and ``--version``;
2. ``demo`` into a folder whose path has spaces and non-ASCII letters;
3. ``import`` of real trackers from the fixtures (an Excel risk register, and a Microsoft
   Project ``.mpp`` plan through the converter process, which must start from the frozen
   executable), then ``import`` of the ``.mpp`` with no Java on the machine: one line, no
   traceback, exit 2 (or, when the build bundles its own Java runtime, the plan read by it);
4. ``report`` to a PDF;
5. the window, offscreen, for N seconds (default 6): it must still be running, and neither
   its output nor its log may hold a Qt warning, an error or a traceback; then once more
   until the portfolio view is painted with its rows (``PMO_DESKTOP_BENCH``);
6. a read-only install folder: run as an unprivileged user (when this runs as root),
   ``info`` and the window again;
7. a portable build (DIST_DIR ending in ``-portable``): its portfolio and settings are in
   ``profile/`` beside the executable.

Uses only the standard library: it runs with any Python 3.11, not the app's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# the design folder's real trackers, beside the checkout (as the tests find them)
FIXTURES = Path(os.environ.get("PMO_FIXTURES")
                or Path(__file__).resolve().parents[2] / "shared" / "fixtures")
RISKS = FIXTURES / "S02_risk_register.xlsx"
PLAN = FIXTURES / "more" / "C38_hr_portal_status.mpp"
# Lines that mean something went wrong, in the output or the app's log.
BAD = re.compile(r"Traceback|Error|WARNING|CRITICAL|^qt\.|QWidget|QPainter|QObject|"
                 r"QFont|QPixmap|QLayout|Could not|Cannot|cannot|failed", re.MULTILINE)
# WORKAROUND: the offscreen platform says this of every shown window (as pyproject.toml's
# qt_log_ignore); it says nothing about the app.
HARMLESS = ("propagateSizeHints",)


class Failed(Exception):
    pass


def step(title: str) -> float:
    print(f"\n== {title}", flush=True)
    return time.monotonic()


def ok(start: float, what: str) -> None:
    print(f"   ok ({time.monotonic() - start:.1f} s): {what}", flush=True)


def bad_lines(text: str) -> list[str]:
    return [line for line in text.splitlines()
            if BAD.search(line) and not any(h in line for h in HARMLESS)]


def run(cmd: list[str], *, env: dict[str, str], code: int = 0, user: str | None = None,
        cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    full = (["runuser", "-u", user, "--", "env", f"HOME={env['HOME']}"] + cmd) if user else cmd
    print("   $ " + " ".join(f'"{c}"' if " " in c else c for c in cmd), flush=True)
    done = subprocess.run(full, capture_output=True, text=True, env=env, timeout=300, cwd=cwd)
    if done.returncode != code:
        raise Failed(f"exit code {done.returncode}, expected {code}\nstdout: "
                     f"{done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}")
    if "Traceback" in done.stdout + done.stderr:
        raise Failed(f"a traceback:\n{done.stderr[-3000:]}")
    return done


def window(exe: Path, db: Path, profile: Path, seconds: float, env: dict[str, str],
           user: str | None = None, pass_profile: bool = True) -> str:
    """Run the window offscreen for ``seconds``; its output and log (in ``profile``, passed
    as ``--profile`` unless the portable build finds it itself) must be clean."""
    cmd = [str(exe)] + (["--profile", str(profile)] if pass_profile else []) + ["--db", str(db)]
    print("   $ " + " ".join(f'"{c}"' if " " in c else c for c in cmd), flush=True)
    full = (["runuser", "-u", user, "--", "env", f"HOME={env['HOME']}"] + cmd) if user else cmd
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen(full, stdout=out, stderr=subprocess.STDOUT, text=True,
                                env=dict(env, QT_QPA_PLATFORM="offscreen"))
        time.sleep(seconds)
        alive = proc.poll() is None
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        out.seek(0)
        output = out.read()
    if not alive:
        raise Failed(f"the window closed by itself (exit code {proc.returncode}):\n{output}")
    logs = sorted((profile / "logs").glob("*.log"))
    log_text = "\n".join(p.read_text("utf-8", "replace") for p in logs)
    crashes = [p.name for p in logs if p.name.startswith("crash")]
    problems = bad_lines(output) + bad_lines(log_text) + crashes
    if problems:
        raise Failed("Qt warnings or errors:\n" + "\n".join(problems))
    if not logs:
        raise Failed(f"no log was written under {profile / 'logs'}")
    shown = [line for line in output.splitlines() if line.strip()]
    return (f"running after {seconds:g} s, {len(shown)} line(s) of output "
            f"({'; '.join(shown)[:200] or 'none'}), log {logs[0].name}: "
            f"{len(log_text.splitlines())} lines, none a warning")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="the built app's folder")
    parser.add_argument("--seconds", type=float, default=6.0)
    args = parser.parse_args()
    dist = args.dist.resolve()
    exe = next((dist / n for n in ("pmo-desktop-cli.exe", "pmo-desktop.exe", "pmo-desktop")
                if (dist / n).exists()), None)
    gui = next((dist / n for n in ("pmo-desktop.exe", "pmo-desktop") if (dist / n).exists()),
               None)
    if exe is None or gui is None:
        print(f"no pmo-desktop executable in {dist}", file=sys.stderr)
        return 1
    portable = dist.name.endswith("-portable")
    bundled_jre = (dist / "_internal" / "jre").is_dir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    work = Path(tempfile.mkdtemp(prefix="pmo smoke "))
    folder = work / "Portföy – Ünïcödé files"  # spaces, a dash and non-ASCII letters
    folder.mkdir()
    db = folder / "Démo portfolio.pmo"
    print(f"Smoke test of {dist} ({'portable' if portable else 'installed'} build, Java "
          f"{'bundled' if bundled_jre else 'from the machine'}), work folder {folder}")
    began = time.monotonic()
    try:
        t = step("1. --help and --version")
        done = run([str(exe), "--help"], env=env)
        if "usage: pmo-desktop" not in done.stdout or "demo" not in done.stdout:
            raise Failed(f"--help does not list the commands:\n{done.stdout}")
        version = run([str(exe), "--version"], env=env).stdout.strip()
        ok(t, f"--help lists {len(re.findall(r'^    [a-z-]+', done.stdout, re.M))} commands; "
              f"--version says {version!r}")

        t = step("2. demo into a path with spaces and non-ASCII letters")
        done = run([str(exe), "demo", "--db", str(db), "--as-of", "2026-11-30"], env=env)
        if done.stderr.strip() or not db.exists():
            raise Failed(f"demo wrote to stderr or no file:\n{done.stderr}")
        info = json.loads(run([str(exe), "info", "--db", str(db), "--json"], env=env).stdout)
        ok(t, f"{done.stdout.strip()} info --json: {json.dumps(info)[:160]}")

        t = step("3a. import an Excel risk register (fixture)")
        done = run([str(exe), "import", "--db", str(db), str(RISKS), "--project", "DCX-101",
                    "--json"], env=env)
        result = json.loads(done.stdout)
        ok(t, f"{RISKS.name}: {json.dumps(result)[:300]}")

        t = step("3b. import a Microsoft Project .mpp plan (the converter process)")
        java = shutil.which("java") or os.environ.get("JAVA_HOME")
        if java or bundled_jre:
            done = run([str(exe), "import", "--db", str(db), str(PLAN), "--project", "DCX-102",
                        "--json"], env=env)
            ok(t, f"{PLAN.name}: {json.dumps(json.loads(done.stdout))[:300]}")
        else:
            ok(t, "no Java on this machine: the .mpp import is checked in 3c only")

        t = step("3c. import the .mpp with no Java on the machine")
        no_java = {k: v for k, v in env.items() if k != "JAVA_HOME"}
        no_java["PATH"] = str(work / "empty")
        if bundled_jre:  # the build's own runtime reads it
            done = run([str(exe), "import", "--db", str(db), str(PLAN), "--project", "DCX-103",
                        "--json"], env=no_java)
            tables = json.loads(done.stdout)["files"][0]["tables"]
            ok(t, f"read with the bundled Java: {sum(int(tb.get('rows') or 0) for tb in tables)} "
                  f"rows in {len(tables)} table(s)")
        else:
            done = run([str(exe), "import", "--db", str(db), str(PLAN), "--project", "DCX-102"],
                       env=no_java, code=2)
            message = done.stderr.strip()
            if len(message.splitlines()) != 1 or "Java" not in message:
                raise Failed(f"not one line naming Java:\n{message}")
            ok(t, f"exit 2, one line: {message}")

        t = step("4. report to a PDF")
        pdf = folder / "Board pack – Nov.pdf"
        done = run([str(exe), "report", "--db", str(db), "--out", str(pdf)], env=env)
        head = pdf.read_bytes()[:5] if pdf.exists() else b""
        if head != b"%PDF-":
            raise Failed(f"no PDF at {pdf}: {done.stdout}{done.stderr}")
        ok(t, f"{pdf.name}: {pdf.stat().st_size:,} bytes; {done.stdout.strip()[:200]}")

        t = step(f"5. the window, offscreen, for {args.seconds:g} s")
        profile = folder / "Profil ü"
        said = window(gui, db, profile, args.seconds, env)
        # PMO_DESKTOP_BENCH: one JSON line once the portfolio view is painted with its rows
        bench = run([str(exe), "--profile", str(profile), "--db", str(db)],
                    env=dict(env, QT_QPA_PLATFORM="offscreen", PMO_DESKTOP_BENCH="1"))
        shown = json.loads(bench.stdout.strip().splitlines()[-1])
        if not shown.get("rows"):
            raise Failed(f"the portfolio view showed no rows: {bench.stdout}")
        ok(t, f"{said}; the portfolio view was painted with {shown['rows']} rows")

        t = step("6. a read-only install folder (run as an unprivileged user)")
        as_nobody = hasattr(os, "geteuid") and os.geteuid() == 0 and bool(shutil.which("runuser"))
        user_home = work / "home"
        user_env = dict(env, HOME=str(user_home), XDG_RUNTIME_DIR=str(user_home))
        if as_nobody:
            user_home.mkdir()
            shared = work / "shared db"
            shared.mkdir()
            ro_db = shared / "Nur lesen – Portfölio.pmo"
            shutil.copy(db, ro_db)
            for path in (work, user_home, shared, ro_db):
                shutil.chown(path, "nobody")
            os.chmod(work, 0o755)
            before = {p: p.lstat().st_mtime_ns for p in dist.rglob("*")}
            probe = run(["sh", "-c", f'touch "{dist}/probe" 2>&1; echo $?'], env=user_env,
                        user="nobody")
            if probe.stdout.strip().endswith("0"):
                raise Failed(f"{dist} is writable by nobody: not a read-only test")
            run([str(exe), "info", "--db", str(ro_db)], env=user_env, user="nobody")
            said = window(gui, ro_db, user_home / "profile", args.seconds, user_env,
                          user="nobody")
            after = {p: p.lstat().st_mtime_ns for p in dist.rglob("*")}
            written = sorted(str(p.relative_to(dist)) for p in after
                             if before.get(p) != after[p] and p.parts[len(dist.parts)] != "profile")
            if written:
                raise Failed(f"the app wrote into its install folder: {written}")
            ok(t, f"nobody cannot write to {dist}; info and the window work: {said}")
        else:
            ok(t, "not root here: run this step as a user who cannot write the install folder")

        t = step("7. portable mode")
        if portable:
            beside = dist / "profile"
            before = set(beside.rglob("*")) if beside.exists() else set()
            run([str(gui), "--version"], env=env)
            said = window(gui, db, beside, args.seconds, env, pass_profile=False)
            after = set(beside.rglob("*"))
            if not (beside / "pmo-desktop.ini").exists() or not (beside / "logs").is_dir():
                raise Failed(f"no settings or logs in {beside}: {sorted(map(str, after))}")
            ok(t, f"settings and logs beside the executable ({len(after - before)} new "
                  f"files in {beside}); {said}")
            if as_nobody:  # a copy whose folder its user cannot write: the user's folders
                t = step("7b. the portable copy run by a user who cannot write its folder")
                data = user_home / ".local" / "share" / "PMO Desktop" / "PMO Desktop"
                said = window(gui, ro_db, data, args.seconds, user_env, user="nobody",
                              pass_profile=False)
                ok(t, f"it keeps its data in {data} instead: {said}")
        else:
            ok(t, "not a portable build (build it with `-- --portable` to test this)")
    except Failed as exc:
        print(f"\nSMOKE TEST FAILED: {exc}", flush=True)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nSmoke test passed: {dist} in {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
