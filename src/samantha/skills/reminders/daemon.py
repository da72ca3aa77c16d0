"""`samantha daemon`: the always-on process that says reminders when no conversation is open.

Every `every` seconds it opens the home for a moment. When a conversation holds the home (`samantha chat` or
`talk`: the one-process lock, store/lock.py), it leaves the reminders to her there. Otherwise it shows each due
reminder as a desktop notification (`notify-send`) and marks it said. Where there is no notification service it
leaves them due, and she says them, with how late, at the start of the next conversation. It never speaks for her
beyond the reminder itself, and nothing leaves the machine.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from samantha.config import DB_FILE, Settings
from samantha.skills.reminders.skill import Reminders
from samantha.store import Store, lock
from samantha.store.lock import HomeInUse

TITLE = "Samantha"


def notifier() -> Callable[[str], bool] | None:
    """A function that shows one notification and says whether it did, or None where there is no notify-send."""
    command = shutil.which("notify-send")
    if command is None:
        return None

    def show(text: str) -> bool:
        try:
            return subprocess.run([command, "--app-name", TITLE, TITLE, text], timeout=10).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            return False

    return show


def check_once(home: Path, now: Callable[[], datetime], show: Callable[[str], bool] | None) -> list[str]:
    """Say what is due now, once. Returns what was shown ([] when the home is open elsewhere or nothing is due)."""
    if show is None or not (home / DB_FILE).exists():
        return []
    try:
        lock.acquire(home)  # held first, so that a home in use is a quiet "not now", not an error
    except HomeInUse:
        return []  # a conversation is open: she says them there
    store = None
    try:
        store = Store(home / DB_FILE)
        reminders = Reminders(store, now, Settings.load(home).zone())
        shown = []
        for row in store.due_reminders(now()):
            text = f"Time to {row.text}."
            if show(text):  # only what was really shown is marked said; the rest waits for her greeting
                reminders.mark_said(row, now())
                shown.append(text)
        return shown
    finally:
        if store is not None:
            store.close()
        lock.release(home)


def run(home: Path, every: float, log: Callable[[str], None]) -> None:
    show = notifier()
    if show is None:
        log("No desktop notifications here (notify-send is missing): reminders wait for your next conversation.")
    log(f"Watching {home} for reminders every {every:g} s. Ctrl-C to stop.")
    while True:
        for text in check_once(home, lambda: datetime.now(UTC), show):
            log(f"shown: {text}")
        time.sleep(every)
