"""Invitations that come by mail (iMIP, RFC 6047): read what is proposed, and answer yes or no to the organiser.

An invitation is a mail with a text/calendar part whose METHOD is REQUEST. Its title and times are data like the
rest of the mail: she reads them out, she never acts on them. Answering is an iTIP REPLY (RFC 5546 §3.2.3): the
same event UID and SEQUENCE, the person as the one ATTENDEE with PARTSTAT ACCEPTED or DECLINED, sent to the
ORGANIZER. Sending it changes the world, so it goes out only after the person's yes for that one answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import icalendar

from samantha.skills.mail.messages import Mail

PRODID = "-//Samantha//invitation reply//EN"
MAX_CALENDAR = 1024 * 1024


@dataclass(frozen=True)
class Invitation:
    uid: str
    summary: str
    start: datetime | date | None
    end: datetime | date | None
    organizer: str  # the address her answer goes to
    sequence: int
    location: str = ""


def read_invitation(mail: Mail) -> Invitation | None:
    """The event a mail invites to, or None (no calendar part, not a REQUEST, or a broken one)."""
    if not mail.calendar:
        return None
    try:
        calendar = icalendar.Calendar.from_ical(mail.calendar[:MAX_CALENDAR])
    except (ValueError, IndexError, KeyError, TypeError):
        return None
    if str(calendar.get("METHOD", "")).upper() != "REQUEST":
        return None
    event = next(iter(calendar.walk("VEVENT")), None)
    if event is None or not event.get("UID"):
        return None
    organizer = str(event.get("ORGANIZER", "")).removeprefix("mailto:").removeprefix("MAILTO:").strip()
    try:
        start = event.decoded("DTSTART") if "DTSTART" in event else None
        end = event.decoded("DTEND") if "DTEND" in event else None
        sequence = int(event.get("SEQUENCE", 0))
    except (ValueError, TypeError, KeyError):
        return None
    return Invitation(
        uid=str(event.get("UID")),
        summary=str(event.get("SUMMARY", "") or "an event")[:200],
        start=start,
        end=end,
        organizer=(organizer or mail.sender).lower(),
        sequence=sequence,
        location=str(event.get("LOCATION", ""))[:200],
    )


def reply(invitation: Invitation, me: str, accept: bool, mail: Mail, now: datetime, name: str = "") -> EmailMessage:
    """The answer to send the organiser: a short line for people, and the iTIP REPLY for their calendar."""
    status = "ACCEPTED" if accept else "DECLINED"
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("METHOD", "REPLY")
    event = icalendar.Event()
    event.add("UID", invitation.uid)
    event.add("DTSTAMP", now.astimezone(UTC))
    if invitation.start is not None:
        event.add("DTSTART", invitation.start)
    event.add("SEQUENCE", invitation.sequence)
    event.add("SUMMARY", invitation.summary)
    event.add("ORGANIZER", f"mailto:{invitation.organizer}")
    attendee = icalendar.vCalAddress(f"mailto:{me}")
    attendee.params["PARTSTAT"] = status
    if name:
        attendee.params["CN"] = name
    event.add("ATTENDEE", attendee)
    calendar.add_component(event)

    message = EmailMessage()
    message["From"] = me
    message["To"] = invitation.organizer
    message["Subject"] = f"{'Accepted' if accept else 'Declined'}: {invitation.summary}"
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid()
    if mail.message_id:
        message["In-Reply-To"] = mail.message_id
    who = name or me
    message.set_content(f"{who} has {'accepted' if accept else 'declined'}: {invitation.summary}\n")
    message.add_alternative(calendar.to_ical(), maintype="text", subtype="calendar", params={"method": "REPLY"})
    return message
