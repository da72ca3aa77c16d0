"""Connecting her to a mailbox: an IMAP account with its SMTP server, or a local Maildir.

`samantha mail connect` checks that the mailbox opens before anything is saved. The password is kept as the
calendar's is (skills/secrets.py): the OS keyring, else an encrypted home; never config.toml, never an export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from samantha.skills import secrets
from samantha.skills.mail.messages import MailError
from samantha.skills.mail.sources import ImapSource, MaildirSource, Smtp
from samantha.store import Store

KIND = "mail"
SECURITY = ("ssl", "starttls", "none")


@dataclass
class Mailbox:
    source: ImapSource | MaildirSource
    smtp: Smtp | None  # None: a Maildir with nowhere to send from (drafts only)
    address: str  # their own address: the From of what she drafts, and how triage knows mail is to them

    @property
    def can_send(self) -> bool:
        return self.smtp is not None


def connect(
    store: Store,
    target: str,
    now: datetime,
    *,
    user: str = "",
    password: str = "",
    address: str = "",
    imap_port: int = 993,
    imap_security: str = "ssl",
    smtp_host: str = "",
    smtp_port: int = 587,
    smtp_security: str = "starttls",
) -> Mailbox:
    """`target`: an IMAP host name, or a Maildir folder. Opens it once, then remembers it for this home."""
    for security in (imap_security, smtp_security):
        if security not in SECURITY:
            raise MailError(f"security must be one of {', '.join(SECURITY)}, not {security!r}")
    path = Path(target).expanduser()
    if path.exists() or "/" in target:
        box = Mailbox(MaildirSource(path.resolve()), None, address.lower())
        settings: dict = {"type": "maildir", "path": str(path.resolve()), "address": address.lower()}
        password = ""
    else:
        if not user:
            raise MailError("an IMAP account needs a user name (--user)")
        smtp = Smtp(smtp_host or target, smtp_port, user, password, smtp_security) if smtp_host != "-" else None
        box = Mailbox(ImapSource(target, imap_port, user, password, security=imap_security), smtp, address.lower())
        settings = {
            "type": "imap",
            "host": target,
            "port": imap_port,
            "security": imap_security,
            "user": user,
            "address": (address or (user if "@" in user else "")).lower(),
            "smtp_host": "" if smtp is None else smtp.host,
            "smtp_port": smtp_port,
            "smtp_security": smtp_security,
        }
        box.address = settings["address"]
    box.source.check()
    try:
        secret = secrets.keep(store, KIND, password)
    except secrets.NoSafePlace as exc:
        raise MailError(str(exc)) from exc
    with store.transaction() as db:
        store.save_account(db, KIND, settings, secret, now)
    return box


def connected(store: Store) -> Mailbox | None:
    found = store.account(KIND)
    if found is None:
        return None
    settings, secret = found
    if settings.get("type") == "maildir":
        return Mailbox(MaildirSource(Path(settings["path"])), None, settings.get("address", ""))
    password = secrets.recall(store, KIND, secret)
    source = ImapSource(
        settings["host"], int(settings["port"]), settings["user"], password, security=settings.get("security", "ssl")
    )
    smtp = (
        Smtp(settings["smtp_host"], int(settings["smtp_port"]), settings["user"], password, settings["smtp_security"])
        if settings.get("smtp_host")
        else None
    )
    return Mailbox(source, smtp, settings.get("address", ""))


def disconnect(store: Store) -> bool:
    secrets.drop(store, KIND)
    with store.transaction() as db:
        return store.remove_account(db, KIND)
