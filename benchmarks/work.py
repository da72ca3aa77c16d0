"""Her work, measured (issue 15): requests understood exactly, triage agreement, per-action latency, and the time to
triage 1,000 mails in a Maildir. No brain is involved: all of it is rules and real servers.

    .venv/bin/python benchmarks/work.py            # everything (starts pymap and aiosmtpd on loopback)
    .venv/bin/python benchmarks/work.py --misses   # also print every request and mail it got wrong

Sets (written by the team, tests/data/): work/requests.tsv (211 requests said on Thursday 3 December 2026 at 14:30
in London: skill, time and recurrence), mail/triage.jsonl (104 labelled mails), mail/hostile*.jsonl (80 hostile
mails: their share triaged as suspicious).
"""

from __future__ import annotations

import argparse
import json
import mailbox
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from samantha.skills.calendar.asks import read_ask
from samantha.skills.mail.asks import read_mail_ask
from samantha.skills.mail.habits import habits
from samantha.skills.mail.messages import parse_mail
from samantha.skills.mail.sources import ImapSource, MaildirSource, Smtp
from samantha.skills.mail.triage import SUSPICIOUS, triage
from samantha.skills.reminders.when import read_when
from samantha.skills.requests import find_request

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 3, 14, 30, tzinfo=LONDON)
ME = "theo@example.org"
PEOPLE = {"annie": "sister", "catherine": "wife", "paul": "friend"}


def understood(text: str) -> tuple[str, str, str]:
    """(skill, when, detail) as she reads `text`, in the set's notation."""
    request = find_request(text)
    kind = request.kind if request else "none"
    if kind in ("reminders", "alarms"):
        when = read_when(text, NOW, LONDON, waking=kind == "alarms")
        if when is None:
            return kind, "-", "-"
        return kind, f"{when.due:%Y-%m-%d %H:%M}", _rule(when.rrule, when.due)
    if kind == "calendar":
        ask = read_ask(text, NOW, LONDON)
        if ask.action == "agenda":
            return kind, f"{ask.start:%Y-%m-%d}", f"days={(ask.end - ask.start).days}"
        return kind, f"{ask.start:%Y-%m-%d %H:%M}" if ask.start else "-", "-"
    if kind == "mail":
        ask = read_mail_ask(text)
        return kind, "-", ask.action if ask.action == "triage" else f"{ask.action}:{ask.who or '-'}"
    return kind, "-", "-"


def _rule(rrule: str | None, due: datetime) -> str:
    if not rrule:
        return "-"
    parts = dict(p.split("=", 1) for p in rrule.split(";"))
    if "INTERVAL" in parts:  # "every 2 hours": HOURLY2
        return f"{parts['FREQ']}{parts['INTERVAL']};-;-"
    return f"{parts['FREQ']};{parts.get('BYDAY', '-')};{due:%H:%M}"


def requests(name: str, show_misses: bool) -> None:
    rows = [line.split("\t") for line in (DATA / "work" / name).read_text().splitlines()]
    rows = [r for r in rows if r and not r[0].startswith("#")]
    right, by_skill, skill_right = 0, Counter(), Counter()
    for text, skill, when, detail in rows:
        got = understood(text)
        by_skill[skill] += 1
        skill_right[skill] += got[0] == skill
        if got == (skill, when, detail):
            right += 1
        elif show_misses:
            print(f"  miss: {text!r}: wanted {(skill, when, detail)}, read {got}")
    print(f"{name}: understood exactly (skill, time, recurrence): {right}/{len(rows)} = {right / len(rows):.1%}")
    print("  right skill, by skill: " + ", ".join(f"{s} {skill_right[s]}/{n}" for s, n in sorted(by_skill.items())))


def as_mail(row: dict, n: int) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = row["from"] or "someone@example.org", ME, row["subject"]
    message["Date"] = format_datetime(NOW - timedelta(minutes=n))
    message["Message-ID"] = f"<bench-{n}@example.org>"
    if row.get("bulk"):
        message["List-Unsubscribe"] = "<mailto:unsubscribe@example.org>"
    message.set_content(row["body"], subtype="html" if row.get("html") else "plain")
    return message.as_bytes()


def _jsonl(name: str) -> list[dict]:
    return [r for r in map(json.loads, (DATA / "mail" / name).read_text().splitlines()) if "_" not in r]


def triage_agreement(show_misses: bool) -> None:
    rows = _jsonl("triage.jsonl")
    agree = 0
    for i, row in enumerate(rows):
        verdict = triage(parse_mail(as_mail(row, i)), {ME}, PEOPLE)
        agree += verdict.label == row["label"]
        if verdict.label != row["label"] and show_misses:
            print(f"  miss: {row['subject']!r}: labelled {row['label']}, triaged {verdict.label} ({verdict.reason})")
    print(f"triage agreement on labelled mails: {agree}/{len(rows)} = {agree / len(rows):.1%}")
    hostile = [r for name in ("hostile.jsonl", "hostile2.jsonl") for r in _jsonl(name) if r["kind"] == "mail"]
    flagged = sum(triage(parse_mail(as_mail(r, i)), {ME}).label == SUSPICIOUS for i, r in enumerate(hostile))
    print(f"hostile mails triaged as suspicious: {flagged}/{len(hostile)} (the rules were written from these)")


def thousand_in_a_maildir() -> None:
    rows = _jsonl("triage.jsonl") + [r for r in _jsonl("hostile.jsonl") if r["kind"] == "mail"]
    with tempfile.TemporaryDirectory() as folder:
        box = mailbox.Maildir(Path(folder) / "Mail", create=True)
        for i in range(1000):
            box.add(mailbox.MaildirMessage(as_mail(rows[i % len(rows)], i)))
        start = time.perf_counter()
        mails = MaildirSource(Path(folder) / "Mail").recent(1000)
        read = time.perf_counter() - start
        labels = Counter(triage(m, {ME}, PEOPLE).label for m in mails)
        total = time.perf_counter() - start
    print(
        f"1,000 mails in a Maildir: read {read:.2f} s, read and triaged {total:.2f} s "
        f"({', '.join(f'{k} {v}' for k, v in labels.most_common())})"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(action, repeat: int = 20) -> str:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return f"median {statistics.median(times):.1f} ms, p90 {times[int(0.9 * len(times))]:.1f} ms"


def latency() -> None:
    """Each action against a real server on loopback (what a network adds on top is the network's)."""
    from aiosmtpd.controller import Controller

    class Sink:
        async def handle_DATA(self, server, session, envelope):  # aiosmtpd's hook name
            return "250 OK"

    imap_port, smtp_port = free_port(), free_port()
    pymap = Path(sys.executable).parent / "pymap"
    server = subprocess.Popen(
        [
            str(pymap),
            "--host",
            "127.0.0.1",
            "--port",
            str(imap_port),
            "--no-tls",
            "--no-service",
            "admin",
            "dict",
            "--demo-data",
            "--demo-user",
            ME,
            "--demo-password",
            "pw",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    controller = Controller(Sink(), hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", imap_port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.1)
        source = ImapSource("127.0.0.1", imap_port, ME, "pw", security="none")
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=imap_port, ssl=False)
        client.login(ME, "pw")
        for i, row in enumerate(_jsonl("triage.jsonl")[:50]):
            client.append("INBOX", as_mail(row, i))
            client.append("Sent", as_mail(row, i))  # stands in for his sent mail: habits read the same way
        client.logout()
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = ME, "amy@example.org", "Friday"
        message.set_content("See you at 8.")
        smtp = Smtp("127.0.0.1", smtp_port, "", "", "none")
        print("per action, real servers on loopback:")
        fetch_and_triage = timed(lambda: [triage(m, {ME}) for m in source.recent(50)], 10)
        print(f"  IMAP: fetch and triage the newest 50 mails: {fetch_and_triage}")
        print(f"  IMAP: save a draft: {timed(lambda: source.save_draft(message), 10)}")
        read_habits = timed(lambda: habits(source.sent(), "amy@example.org"), 10)
        print(f"  IMAP: read the newest 50 sent mails for how he writes (a draft in chat does this): {read_habits}")
        print(f"  SMTP: send one mail: {timed(lambda: smtp.send(message), 10)}")
    finally:
        controller.stop()
        server.terminate()
        server.wait(timeout=10)
    print(f"  reading a request (rules): {timed(lambda: understood('Remind me to call Annie tomorrow at 10'), 200)}")


def cpu() -> str:
    """The CPU's name, cores and widest vector unit (machines differ 3x between AVX2 and AVX-512)."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.machine()
    name = next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name")), "")
    flags = next((line for line in info.splitlines() if line.startswith("flags")), "")
    vector = "AVX-512" if "avx512f" in flags else "AVX2" if "avx2" in flags else "no AVX2"
    return f"{name}, {os.cpu_count()} cores, {vector}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--held-out", action="store_true", help="also score requests2.tsv (scored once per session)")
    args = parser.parse_args()
    print(f"# {datetime.now(UTC):%Y-%m-%d}, {cpu()}, python {platform.python_version()}")
    requests("requests.tsv", args.misses)
    if args.held_out:
        requests("requests2.tsv", args.misses)
    triage_agreement(args.misses)
    thousand_in_a_maildir()
    latency()


if __name__ == "__main__":
    main()
