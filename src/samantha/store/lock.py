"""One process writes to a home at a time.

Two processes on one home were not correct: opening marked the other's live turn "interrupted", and each kept its
own vector index, stale to the other's writes. Rather than make every cache cross-process, a home is held by one
process: an exclusive `flock` on `samantha.lock` in the home. The kernel lets go when the process ends, however it
ends (kill -9 included), so a lock is never stale and never needs cleaning up.

Inside one process the lock is shared and counted: a Companion and a CLI command (or a test) may open the same
home together, since they share one interpreter and cannot race each other's caches across processes.

The file says who holds it (pid, program, since) so the message can name the other process. It never holds the
command's arguments: `forget --matching WORD` must not leave WORD behind in the home.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; a home there is not guarded (README says so)
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "samantha.lock"


class HomeInUse(RuntimeError):
    """Another process has this home open; the message names it."""


@dataclass
class _Held:
    fd: int
    count: int


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def acquire(home: Path) -> None:
    """Hold `home` for this process (counted: every acquire needs its release). Raises HomeInUse."""
    if fcntl is None:
        return
    key = str(home.resolve())
    with _guard:
        if key in _held:
            _held[key].count += 1
            return
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(home / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _read(fd)
            os.close(fd)
            raise HomeInUse(_message(home, holder)) from None
        program = Path(sys.argv[0]).name if sys.argv and sys.argv[0][:1] not in ("", "-") else "python"
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps({"pid": os.getpid(), "program": program, "since": _now()}).encode(), 0)
        except OSError:  # a full disk: the lock holds without its note; the message will just be vaguer
            pass
        _held[key] = _Held(fd, 1)


@contextmanager
def held(home: Path) -> Iterator[None]:
    """The home held for the length of a `with` (a conversion, a restore). Raises HomeInUse."""
    acquire(home)
    try:
        yield
    finally:
        release(home)


def release(home: Path) -> None:
    if fcntl is None:
        return
    key = str(home.resolve())
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count == 0:
            del _held[key]
            os.close(held.fd)  # closing the only descriptor drops the flock


def _read(fd: int) -> dict:
    try:
        return json.loads(os.pread(fd, 4096, 0).decode() or "{}")
    except (OSError, ValueError):
        return {}


def _message(home: Path, holder: dict) -> str:
    who = f"process {holder['pid']}" if holder.get("pid") else "another process"
    if holder.get("program"):
        who += f" ({holder['program']}"
        who += f", since {holder['since']})" if holder.get("since") else ")"
    return (
        f"this home ({home}) is open in {who}: one program at a time can use a home, so close that one "
        "(end the chat or talk) and try again, or use another --home"
    )


def _now() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
