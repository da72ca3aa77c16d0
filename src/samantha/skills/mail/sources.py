"""Where mail comes from and goes: an IMAP account (imapclient) with SMTP for sending, or a local Maildir.

Reading never changes the mailbox (BODY.PEEK: nothing is marked read). Drafts are saved to the account's Drafts
folder (or the Maildir's `.Drafts`). Sending goes through SMTP and then a copy to Sent; the skill calls it only
after the person's yes for that one mail. Every server failure becomes a `MailError` in one line.
"""

from __future__ import annotations

import contextlib
import mailbox
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from samantha.skills.mail.messages import Mail, MailError, parse_mail

TIMEOUT_S = 20
RECENT = 200  # how many of the newest mails triage looks at
SENT = 50  # how many of their sent mails show how they write


class Source(Protocol):
    where: str

    def recent(self, limit: int = RECENT) -> list[Mail]: ...

    def sent(self, limit: int = SENT) -> list[Mail]: ...

    def save_draft(self, message: EmailMessage) -> None: ...


@dataclass
class Smtp:
    host: str
    port: int
    user: str
    password: str
    security: str = "starttls"  # starttls | ssl | none (loopback tests only)

    def send(self, message: EmailMessage) -> None:
        try:
            if self.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=TIMEOUT_S, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=TIMEOUT_S)
            with client:
                if self.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if self.user and self.password:
                    client.login(self.user, self.password)
                refused = client.send_message(message)
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError("the mail server refused the user name or password") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise MailError(f"the mail couldn't be sent ({_short(exc)})") from exc
        if refused:
            raise MailError(f"the server refused {', '.join(refused)}")


class ImapSource:
    def __init__(self, host: str, port: int, user: str, password: str, *, security: str = "ssl"):
        self.host, self.port, self.user, self.password, self.security = host, port, user, password, security
        self.where = f"{user}@{host}:{port}"

    def _client(self) -> IMAPClient:
        try:
            client = IMAPClient(self.host, port=self.port, ssl=self.security == "ssl", timeout=TIMEOUT_S)
            if self.security == "starttls":
                client.starttls(ssl.create_default_context())
            client.login(self.user, self.password)
            return client
        except LoginError as exc:
            raise MailError("the mail server refused the user name or password") from exc
        except (TimeoutError, IMAPClientError, OSError, ssl.SSLError) as exc:
            raise MailError(f"couldn't reach the mail server at {self.host}:{self.port} ({_short(exc)})") from exc

    def check(self) -> None:
        client = self._client()
        with _closing(client):
            client.select_folder("INBOX", readonly=True)

    def recent(self, limit: int = RECENT) -> list[Mail]:
        client = self._client()
        with _closing(client):
            try:
                client.select_folder("INBOX", readonly=True)
                uids = sorted(client.search("ALL"))[-limit:]
                fetched = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
            except (IMAPClientError, OSError) as exc:
                raise MailError(f"the mail server stopped answering ({_short(exc)})") from exc
        mails = [
            parse_mail(data.get(b"BODY[]", b""), str(uid), seen=b"\\Seen" in data.get(b"FLAGS", ()))
            for uid, data in fetched.items()
        ]
        return sorted(mails, key=lambda m: int(m.uid), reverse=True)

    def sent(self, limit: int = SENT) -> list[Mail]:
        """Their newest sent mails (how they write: skills/mail/habits.py); none when the account keeps none."""
        client = self._client()
        with _closing(client):
            try:
                folder = self._folder(client, "Sent", make=False)
                if folder is None:
                    return []
                client.select_folder(folder, readonly=True)
                uids = sorted(client.search("ALL"))[-limit:]
                fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            except (IMAPClientError, OSError) as exc:
                raise MailError(f"the mail server stopped answering ({_short(exc)})") from exc
        return [parse_mail(data.get(b"BODY[]", b""), str(uid), seen=True) for uid, data in fetched.items()]

    def _folder(self, client: IMAPClient, wanted: str, make: bool = True) -> str | None:
        """The account's folder for drafts or sent mail: by its special-use flag, else by name, else made."""
        flag = {"Drafts": b"\\Drafts", "Sent": b"\\Sent", "Trash": b"\\Trash", "Archive": b"\\Archive"}[wanted]
        folders = client.list_folders()
        for flags, _, name in folders:
            if flag in flags:
                return name
        for _, _, name in folders:
            if name.lower().endswith(wanted.lower()):
                return name
        if not make:
            return None
        client.create_folder(wanted)
        return wanted

    def save_draft(self, message: EmailMessage) -> None:
        self._append("Drafts", message, (b"\\Draft",))

    def move(self, uid: str, wanted: str) -> str:
        """Move one INBOX mail to the account's Trash or Archive; returns the folder's name (for undo)."""
        client = self._client()
        with _closing(client):
            try:
                folder = self._folder(client, wanted)
                client.select_folder("INBOX")
                if not client.search(["UID", uid]):
                    raise MailError("that mail is no longer in your inbox")
                client.move([int(uid)], folder)
                return folder
            except (IMAPClientError, OSError) as exc:
                raise MailError(f"couldn't move it ({_short(exc)})") from exc

    def move_back(self, message_id: str, folder: str) -> None:
        """Undo a move: the mail with this Message-ID goes from `folder` back to INBOX."""
        client = self._client()
        with _closing(client):
            try:
                client.select_folder(folder)
                found = client.search(["HEADER", "Message-ID", message_id])
                if not found:
                    raise MailError(f"it is no longer in {folder}")
                client.move(found[:1], "INBOX")
            except (IMAPClientError, OSError) as exc:
                raise MailError(f"couldn't move it back ({_short(exc)})") from exc

    def keep_sent(self, message: EmailMessage) -> None:
        self._append("Sent", message, (b"\\Seen",))

    def _append(self, wanted: str, message: EmailMessage, flags: tuple) -> None:
        client = self._client()
        with _closing(client):
            try:
                client.append(self._folder(client, wanted), message.as_bytes(), flags=flags)
            except (IMAPClientError, OSError) as exc:
                raise MailError(f"couldn't save to {wanted} ({_short(exc)})") from exc


class MaildirSource:
    """A local Maildir (the one fetchmail, mbsync or offlineimap keep): read from new/ and cur/, drafts into the
    `.Drafts` folder as Maildir++ does."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.where = str(self.path)

    def check(self) -> None:
        if not (self.path / "cur").is_dir() and not (self.path / "new").is_dir():
            raise MailError(f"{self.path} is not a Maildir (it has no cur/ or new/)")

    def recent(self, limit: int = RECENT) -> list[Mail]:
        """The newest mails of new/ and cur/ by the file's time (Maildir names carry no date we can trust)."""
        self.check()
        return self._newest(self.path, limit)

    def sent(self, limit: int = SENT) -> list[Mail]:
        """Their newest sent mails, from the Maildir++ `.Sent` folder (none when there is no such folder)."""
        self.check()
        return self._newest(self.path / ".Sent", limit)

    @staticmethod
    def _newest(path: Path, limit: int) -> list[Mail]:
        found = []
        for folder in ("new", "cur"):
            with contextlib.suppress(OSError):
                found += [(e.stat().st_mtime, e.path) for e in os.scandir(path / folder) if e.is_file()]
        mails = []
        for _, path in sorted(found, reverse=True)[:limit]:
            try:
                with open(path, "rb") as f:
                    raw = f.read(50 * 1024 * 1024)
            except OSError:  # gone since listing (another program moved it)
                continue
            name = os.path.basename(path)
            key, _, info = name.partition(":")
            mails.append(parse_mail(raw, key, seen="S" in info.partition(",")[2]))
        return mails

    def save_draft(self, message: EmailMessage) -> None:
        box = mailbox.Maildir(self.path, create=False)
        drafts = box.add_folder("Drafts") if "Drafts" not in box.list_folders() else box.get_folder("Drafts")
        entry = mailbox.MaildirMessage(message.as_bytes())
        entry.set_flags("D")
        drafts.add(entry)

    def keep_sent(self, message: EmailMessage) -> None:
        box = mailbox.Maildir(self.path, create=False)
        sent = box.add_folder("Sent") if "Sent" not in box.list_folders() else box.get_folder("Sent")
        entry = mailbox.MaildirMessage(message.as_bytes())
        entry.set_flags("S")
        sent.add(entry)


class _closing:
    def __init__(self, client: IMAPClient):
        self.client = client

    def __enter__(self) -> IMAPClient:
        return self.client

    def __exit__(self, *exc) -> None:
        with contextlib.suppress(Exception):  # the server already gone: nothing to close politely
            self.client.logout()


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:120]
