"""Her words about mail: a triage said in a few sentences, and one mail read aloud as quoted material."""

from __future__ import annotations

import re
from datetime import datetime

from samantha.skills.mail.messages import Mail
from samantha.skills.mail.triage import IMPORTANT, REPLY, SUSPICIOUS, WAIT, Verdict, triage

SAY_AT_MOST = 3  # mails named per label; the rest are counted
READ_CHARS = 600


def triaged(mails: list[Mail], me: set[str], people: dict[str, str]) -> list[tuple[Mail, Verdict]]:
    return [(m, triage(m, me, people)) for m in mails]


def triage_summary(mails: list[Mail], me: set[str], people: dict[str, str], *, unread_only: bool = True) -> str:
    looked = [m for m in mails if not m.seen] if unread_only and any(not m.seen for m in mails) else mails
    if not looked:
        return "Your inbox is empty."
    groups: dict[str, list[tuple[Mail, Verdict]]] = {}
    for mail, verdict in triaged(looked, me, people):
        groups.setdefault(verdict.label, []).append((mail, verdict))
    parts = []
    kind = "unread mails" if looked is not mails else "latest mails"
    for label, lead in ((IMPORTANT, "Important"), (REPLY, "Waiting for a reply")):
        found = groups.get(label, [])
        if found:
            named = "; ".join(f"{_title(m)}, because {v.reason}" for m, v in found[:SAY_AT_MOST])
            more = f" (and {len(found) - SAY_AT_MOST} more)" if len(found) > SAY_AT_MOST else ""
            parts.append(f"{lead}: {named}{more}.")
    if bad := groups.get(SUSPICIOUS, []):
        named = "; ".join(_title(m) for m, _ in bad[:SAY_AT_MOST])
        parts.append(
            f"{'One looks' if len(bad) == 1 else f'{len(bad)} look'} suspicious: {named}. "
            "It tries to give me orders or asks for a password; I haven't done anything it says, and I won't."
        )
    waiting = len(groups.get(WAIT, []))
    if waiting:
        parts.append(f"{waiting} can wait (newsletters, receipts, nothing asked of you).")
    if not (groups.get(IMPORTANT) or groups.get(REPLY) or bad):
        return f"Nothing needs you in your {len(looked)} {kind}: they can wait (nothing in them asks anything of you)."
    return f"I looked through your {len(looked)} {kind}. " + " ".join(parts)


def _title(mail: Mail) -> str:
    subject = re.sub(r"\s+", " ", mail.subject).strip() or "(no subject)"
    return f"{mail.who}, “{subject[:80]}”"


def read_aloud(mail: Mail, now: datetime) -> str:
    when = _when(mail.date, now)
    body = re.sub(r"\n{2,}", "\n", mail.body).strip()
    body = _without_quoted_reply(body)
    clipped = body[:READ_CHARS] + ("…" if len(body) > READ_CHARS else "")
    files = (
        f" It has {len(mail.attachments)} attachment{'s' if len(mail.attachments) != 1 else ''}."
        if mail.attachments
        else ""
    )
    return f"{mail.who} wrote {when}, “{mail.subject or '(no subject)'}”: “{clipped}”{files}"


def _without_quoted_reply(body: str) -> str:
    """The new words of a reply, without the quoted thread below them ("On Tue, Amy wrote:", "> …")."""
    lines = []
    for line in body.splitlines():
        if line.startswith(">") or re.match(r"^On .{5,80} wrote:\s*$", line):
            break
        lines.append(line)
    return "\n".join(lines).strip() or body


def _when(date: datetime | None, now: datetime) -> str:
    if date is None:
        return "at some point"
    days = (now.date() - date.astimezone(now.tzinfo).date()).days if now.tzinfo else 0
    if days <= 0:
        return f"today at {date.astimezone(now.tzinfo):%-H:%M}" if now.tzinfo else "today"
    if days == 1:
        return "yesterday"
    return f"on {date:%A %-d %B}"
