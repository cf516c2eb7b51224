"""Who has a portfolio open for editing: a lock file beside it (``file.pmo.lock``).

The app takes the lock when it opens a portfolio for editing and gives it back when it
closes it; a second app on the same file is told who holds it (and since when) and may
open it read-only. Writers that do not hold it (the command line) wait a few seconds
for it to go, then refuse naming the holder. The file holds JSON: user, host, pid,
since. It is stale — and taken over — when its process has ended on this host.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .db import LOCK_WAIT_SECONDS, StoreLocked

_POLL_SECONDS = 0.1


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment or passwd
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


@dataclass(frozen=True)
class Holder:
    """The program that holds a portfolio's lock file."""

    user: str
    host: str
    pid: int
    since: str  # ISO date and time

    @classmethod
    def me(cls) -> Holder:
        return cls(_user(), socket.gethostname(), os.getpid(),
                   datetime.now().isoformat(timespec="seconds"))

    @property
    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()

    @property
    def is_this_process(self) -> bool:
        return self.on_this_host and self.pid == os.getpid()

    @property
    def alive(self) -> bool:
        """False only when we can tell its process has ended (same host, pid gone)."""
        if not self.on_this_host:
            return True  # another machine's process: we cannot tell, so it holds
        return _pid_alive(self.pid)

    def describe(self) -> str:
        """``ann@pmo-laptop (pid 4242) since 09:14`` (with the date when not today)."""
        try:
            when = datetime.fromisoformat(self.since)
            since = (f"{when:%H:%M}" if when.date() == datetime.now().date()
                     else f"{when:%d %b %Y %H:%M}")
        except ValueError:
            since = self.since or "an unknown time"
        return f"{self.user}@{self.host} (pid {self.pid}) since {since}"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    except OSError:
        return False
    with contextlib.suppress(OSError, IndexError):  # a zombie has ended too
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat[stat.rindex(")") + 2] != "Z"
    return True


def read_holder(path: Path) -> Holder | None:
    """The holder of ``path``'s lock, or None (no lock file, unreadable, or stale)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        holder = Holder(str(data["user"]), str(data["host"]), int(data["pid"]),
                        str(data.get("since") or ""))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return holder if holder.alive else None


def other_holder(path: Path) -> Holder | None:
    """The holder of ``path``'s lock when it is another live process, else None."""
    holder = read_holder(path)
    return None if holder is None or holder.is_this_process else holder


def in_use(path: Path, holder: Holder) -> StoreLocked:
    error = StoreLocked(f"{path.name} is in use by {holder.describe()}; try again when "
                        "it is closed there.")
    error.holder = holder  # type: ignore[attr-defined]
    return error


def wait_until_free(path: Path, seconds: float = LOCK_WAIT_SECONDS) -> None:
    """Return once no other live process holds ``path``'s lock; after ``seconds``,
    raise ``StoreLocked`` naming the holder."""
    deadline = time.monotonic() + seconds
    while True:
        holder = other_holder(path)
        if holder is None:
            return
        if time.monotonic() >= deadline:
            raise in_use(path, holder)
        time.sleep(_POLL_SECONDS)


# Locks this process holds: resolved path → (how many stores hold it, its holder).
_HELD: dict[Path, tuple[int, Holder]] = {}
_HELD_LOCK = threading.Lock()


class PortfolioLock:
    """This process's hold on a portfolio's lock file (``acquire`` it; ``release`` once)."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._released = False

    @classmethod
    def acquire(cls, path: Path) -> PortfolioLock:
        """Take the lock, or raise ``StoreLocked`` naming its live holder. Several stores
        of one process on the same file share it."""
        lock = cls(path)
        with _HELD_LOCK:
            held = _HELD.get(lock.path)
            if held is not None:
                _HELD[lock.path] = (held[0] + 1, held[1])
                return lock
            holder = Holder.me()
            lock._create(holder)
            _HELD[lock.path] = (1, holder)
        return lock

    def _create(self, holder: Holder) -> None:
        target = lock_path(self.path)
        payload = json.dumps({"user": holder.user, "host": holder.host, "pid": holder.pid,
                              "since": holder.since}).encode()
        for _attempt in range(2):
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                other = read_holder(self.path)
                if other is not None and not other.is_this_process:
                    raise in_use(self.path, other) from None
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()  # stale: its process has ended
                continue
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            return
        other = read_holder(self.path)
        if other is not None:
            raise in_use(self.path, other)
        raise StoreLocked(f"{self.path.name} could not be locked for editing; try again.")

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _HELD_LOCK:
            held = _HELD.get(self.path)
            if held is None:
                return
            count, holder = held
            if count > 1:
                _HELD[self.path] = (count - 1, holder)
                return
            del _HELD[self.path]
            current = read_holder(self.path)
            if current is not None and current.pid == holder.pid and current.host == holder.host:
                with contextlib.suppress(OSError):
                    lock_path(self.path).unlink()
