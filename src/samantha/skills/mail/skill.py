"""The mail skill: triage and reading are free once a mailbox is connected; a draft is saved to Drafts (free, it
changes nothing anyone else sees); sending needs the person's yes for that one mail, shown as what will happen.

Nothing a mail says can lead to an action: every action here starts from the person's own message (asks.py reads
only `turn.user_text`), and mail text reaches her answers only as quoted data (a subject, a sender, lines of a
body), never the brain's instructions. A mail that tries to steer her is named as suspicious in triage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from samantha.skills.capabilities import Skill
from samantha.skills.consent import STOPPED, answer, paused, propose, settle
from samantha.skills.mail.account import Mailbox, connected
from samantha.skills.mail.asks import MailAsk, read_mail_ask
from samantha.skills.mail.habits import Habits, compose, habits
from samantha.skills.mail.invitations import read_invitation, reply
from samantha.skills.mail.messages import Mail, MailError
from samantha.skills.mail.sources import ImapSource
from samantha.skills.mail.speech import read_aloud, triage_summary
from samantha.skills.mail.summary import Brain, summarise, thread_of
from samantha.store import Store
from samantha.turn import Turn

DESCRIPTION = (
    "look through their mail and say what matters; read or sum up a mail; draft replies; send one once they say yes"
)
HOW_TO_ASK = (
    'Ask me "anything important in my mail?" or "reply to Amy saying I\'ll be there at 8", and I\'ll check with '
    "you before anything is sent."
)
NOT_CONNECTED = (
    "I can't see your mail yet: no mailbox is connected. You can connect one with `samantha mail connect` (an "
    "IMAP account, or a Maildir folder)."
)


@dataclass
class Draft:
    turn_id: int | None
    audit_id: int
    message: EmailMessage
    to_name: str
    action: str = "send"  # send | accept | decline (what the audit calls it)
    done: str = ""  # what she says once it is sent ("Sent to Amy." when empty)
    kept: str = "Okay, I haven't sent it. It's in your Drafts."  # … and on a no


@dataclass
class FileAway:
    turn_id: int | None
    audit_id: int
    mail: Mail
    folder: str  # Trash | Archive


class MailSkill:
    def __init__(
        self,
        store: Store,
        clock: Callable[[], datetime],
        user_name: Callable[[], str | None],
        brain: Brain | None = None,
    ):
        self.store, self.clock, self.user_name, self.brain = store, clock, user_name, brain
        self.pending: Draft | FileAway | None = None
        self.last_sent: datetime | None = None

    def skill(self) -> Skill:
        return Skill(
            "mail", DESCRIPTION, self.handle, follow_up=self.follow_up, backs=self.just_sent, how_to_ask=HOW_TO_ASK
        )

    def just_sent(self, sentence: str) -> bool:
        return self.last_sent is not None and self.clock() - self.last_sent <= timedelta(minutes=2)

    def _mailbox(self) -> Mailbox | str:
        try:
            return connected(self.store) or NOT_CONNECTED
        except MailError as exc:
            return f"I couldn't open your mailbox: {exc}."

    def handle(self, turn: Turn, kind: str) -> str:
        self._lapse()
        box = self._mailbox()
        if isinstance(box, str):
            return box
        ask = read_mail_ask(turn.user_text or "")
        try:
            mails = box.source.recent()
        except MailError as exc:
            return f"I couldn't reach your mail: {exc}."
        if ask.action == "triage":
            return triage_summary(mails, {box.address} - {""}, self._people())
        if ask.action == "summary":
            found = self._from(mails, ask.who)
            if found is None:
                return f"I don't see a mail from {ask.who} among your latest."
            thread = thread_of(mails, found)
            said = summarise(self.brain, thread, self.user_name())
            if said is None:  # no brain, a suspicious mail, or a summary that failed its checks: read the newest
                return read_aloud(found, self.clock())
            return f"{said} ({len(thread)} mail{'s' if len(thread) != 1 else ''}; ask me to read the latest.)"
        if ask.action in ("delete", "archive"):
            return self._propose_file_away(turn, ask, mails, box)
        if ask.action in ("accept", "decline"):
            return self._propose_answer(turn, ask, mails, box)
        if ask.action == "read":
            found = self._from(mails, ask.who) if ask.who else (mails[:1] or [None])[0]
            if found is None:
                return f"I don't see a mail from {ask.who} among your latest." if ask.who else "Your inbox is empty."
            return read_aloud(found, self.clock())
        return self._draft(turn, ask, mails, box)

    def _people(self) -> dict[str, str]:
        from samantha.memory.answers import people_from

        return {p.name.lower(): p.relation for p in people_from([f.text for f in self.store.current_facts("relation")])}

    @staticmethod
    def _from(mails: list[Mail], who: str) -> Mail | None:
        who = who.lower()
        for mail in mails:  # newest first
            first = (mail.sender_name.split() or [""])[0].lower()
            if who in (mail.sender, first) or (mail.sender.split("@")[0].startswith(who) and "@" not in who):
                return mail
        return None

    def _draft(self, turn: Turn, ask: MailAsk, mails: list[Mail], box: Mailbox) -> str:
        if not ask.what:
            return (
                f'What should I say to {ask.who}? Tell me whole, like "reply to {ask.who} saying I\'ll be there at 8".'
            )
        original = self._from(mails, ask.who)
        address = ask.who if "@" in ask.who else (original.sender if original else "")
        if not address:
            return (
                f"I don't have an address for {ask.who}: I only know the people who wrote to you lately. "
                f'Tell me it, like "email {ask.who.lower()}@example.org saying …".'
            )
        name = ask.who.split("@")[0].capitalize() if "@" in ask.who else ask.who
        if original and "@" not in ask.who:
            name = (original.sender_name.split() or [name])[0]
        message = EmailMessage()
        message["From"] = box.address or box.source.where
        message["To"] = address
        subject = original.subject if original else ask.what.rstrip(".!?")[:60]
        message["Subject"] = subject if subject.lower().startswith("re:") or not original else f"Re: {subject}"
        message["Date"] = format_datetime(self.clock())
        message["Message-ID"] = make_msgid()
        if original and original.message_id:
            message["In-Reply-To"] = original.message_id
            message["References"] = f"{original.references} {original.message_id}".strip()
        try:
            theirs = habits(box.source.sent(), address)  # how they write: greeting, sign-off (mail/habits.py)
        except MailError:
            theirs = Habits()
        message.set_content(compose(theirs, name, ask.what, self.user_name() or ""))
        try:
            box.source.save_draft(message)
        except MailError as exc:
            return f"I couldn't save the draft: {exc}."
        read = f"their words: {turn.user_text}" + (
            f"; replying to “{original.subject}” from {original.sender}" if original else ""
        )
        with self.store.transaction() as db:
            self.store.audit(
                db,
                self.clock(),
                "mail",
                "draft",
                f"draft to {address}: {ask.what}",
                "you asked",
                "done",
                read=read,
                turn_id=turn.id,
            )
        if not box.can_send:
            return (
                f"I've saved a draft to {name} in your Drafts: “{ask.what}” This mailbox has no way to send, so "
                "send it from your mail app."
            )
        audit_id = propose(
            self.store, self.clock, "mail", "send", f"send to {address}: {ask.what}", read=read, turn_id=turn.id
        )
        self.pending = Draft(turn.id, audit_id, message, name)
        return (
            f"Here's the draft to {name} <{address}>: “{ask.what}” Send it? Yes or no. (It's saved in your Drafts "
            "either way.)"
        )

    def _propose_file_away(self, turn: Turn, ask: MailAsk, mails: list[Mail], box: Mailbox) -> str:
        if not isinstance(box.source, ImapSource):
            return "I can only read and draft in a Maildir; delete or archive it in your mail app."
        found = self._from(mails, ask.who) if ask.who else None
        if found is None:
            return (
                f"I don't see a mail from {ask.who} among your latest." if ask.who else "Which mail? Say who it's from."
            )
        folder = "Trash" if ask.action == "delete" else "Archive"
        detail = f"move “{found.subject}” from {found.sender} to {folder}"
        audit_id = propose(
            self.store, self.clock, "mail", ask.action, detail, read=turn.user_text or "", turn_id=turn.id
        )
        self.pending = FileAway(turn.id, audit_id, found, folder)
        return f"Shall I move “{found.subject}” from {found.who} to your {folder}? Yes or no."

    def _propose_answer(self, turn: Turn, ask: MailAsk, mails: list[Mail], box: Mailbox) -> str:
        """ "Accept Amy's invitation": the iTIP reply is made, shown as what will happen, and sent on a yes."""
        invitations = {m.uid: i for m in mails if (i := read_invitation(m)) is not None}  # each read once
        invited = [m for m in mails if m.uid in invitations]
        found = self._from(invited, ask.who) if ask.who else (invited[:1] or [None])[0]
        if found is None:
            whose = f" from {ask.who}" if ask.who else ""
            return f"I don't see an invitation{whose} among your latest mails."
        invitation = invitations[found.uid]
        accept = ask.action == "accept"
        if not box.can_send:
            return f"I can read “{invitation.summary}”, but this mailbox can't send: answer it from your mail app."
        name = (found.sender_name.split() or [invitation.organizer])[0]
        me = box.address or box.source.where
        message = reply(invitation, me, accept, found, self.clock(), self.user_name() or "")
        answer_word = "yes" if accept else "no"
        when = _when(invitation.start)
        to = invitation.organizer
        detail = f"{ask.action} “{invitation.summary}”{when} from {found.sender}: send {to} a {answer_word}"
        audit_id = propose(
            self.store, self.clock, "mail", ask.action, detail, read=turn.user_text or "", turn_id=turn.id
        )
        self.pending = Draft(
            turn.id,
            audit_id,
            message,
            name,
            action=ask.action,
            done=f"Done: I've sent {name} your {answer_word} to “{invitation.summary}”.",
            kept="Okay, I haven't answered it.",
        )
        return (
            f"Shall I {ask.action} {name}'s invitation to “{invitation.summary}”{when}? I'd send "
            f"{invitation.organizer} your {answer_word}. Yes or no."
        )

    def _file_away(self, pending: FileAway, turn: Turn) -> str:
        box = self._mailbox()
        if isinstance(box, str) or not isinstance(box.source, ImapSource):
            settle(self.store, pending.audit_id, "failed")
            return box if isinstance(box, str) else "That mailbox can't move mail."
        try:
            folder = box.source.move(pending.mail.uid, pending.folder)
            status, said = "done", f"Done: it's in your {folder}."
            undo = {"mail_back": pending.mail.message_id, "folder": folder}
        except MailError as exc:
            status, said, undo = "failed", f"I couldn't move it: {exc}. Nothing changed.", None
        with self.store.transaction() as db:
            self.store.set_audit_status(db, pending.audit_id, status)
            action = "delete" if pending.folder == "Trash" else "archive"
            detail = f"move “{pending.mail.subject}” to {pending.folder}"
            self.store.audit(
                db, self.clock(), "mail", action, detail, "you said yes", status, undo=undo, turn_id=turn.id
            )
        return said

    def _lapse(self) -> None:
        if self.pending is not None:
            settle(self.store, self.pending.audit_id, "declined")
            self.pending = None

    def follow_up(self, turn: Turn, previous_turn_id: int | None) -> str | None:
        pending = self.pending
        if pending is None or previous_turn_id is None or pending.turn_id != previous_turn_id:
            return None
        said = answer(turn.user_text or "")
        if said != "yes":
            self._lapse()
            if said != "no":
                return None
            return pending.kept if isinstance(pending, Draft) else "Okay, I've left it."
        self.pending = None
        if paused(self.store):
            settle(self.store, pending.audit_id, "declined")
            return STOPPED
        return self._send(pending, turn) if isinstance(pending, Draft) else self._file_away(pending, turn)

    def _send(self, draft: Draft, turn: Turn) -> str:
        box = self._mailbox()
        if isinstance(box, str):
            settle(self.store, draft.audit_id, "failed")
            return box
        try:
            assert box.smtp is not None
            box.smtp.send(draft.message)
            status, said = "done", draft.done or f"Sent to {draft.to_name}."
        except (MailError, AssertionError) as exc:
            status, said = "failed", f"It wasn't sent: {exc}. It's still in your Drafts."
        if status == "done":
            try:
                box.source.keep_sent(draft.message)
            except MailError:
                said += " (I couldn't put a copy in your Sent folder.)"
            self.last_sent = self.clock()
        with self.store.transaction() as db:
            self.store.set_audit_status(db, draft.audit_id, status)
            self.store.audit(
                db,
                self.clock(),
                "mail",
                draft.action,
                f"{draft.action} to {draft.message['To']}: {draft.message['Subject']}",
                "you said yes",
                status,
                turn_id=turn.id,
            )
        return said


def _when(start) -> str:
    if isinstance(start, datetime):
        return f" on {start:%A %-d %B at %H:%M}"
    return f" on {start:%A %-d %B}" if start is not None else ""


def undo(box: Mailbox, how: dict) -> str:
    """Undo a delete or an archive from its audit record: the mail goes back to the inbox."""
    if not isinstance(box.source, ImapSource):
        raise MailError("this mailbox can't move mail")
    box.source.move_back(how["mail_back"], how["folder"])
    return "the mail is back in your inbox"
