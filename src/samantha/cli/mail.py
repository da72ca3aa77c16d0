"""`samantha mail [connect|triage|read|draft|send|disconnect] [--json]`: her person's mail, without the brain.

Reading, triage and drafts change nothing anyone else sees. `send` shows the mail and asks for a yes for that one
mail (`--yes` is that yes, given on the command line); every draft and send goes to `samantha audit`.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import typer
from rich.markup import escape

from samantha.cli.ui import existing_store, fail, out
from samantha.skills.consent import STOPPED, paused
from samantha.skills.mail.account import Mailbox, connect, connected, disconnect
from samantha.skills.mail.messages import MailError
from samantha.skills.mail.speech import read_aloud, triaged
from samantha.skills.mail.triage import LABELS

app = typer.Typer(help="The mail she reads: connect a mailbox, triage it, read a mail, draft and send.")
JSON = typer.Option(False, "--json", help="Machine-readable output.")


def _mailbox(ctx: typer.Context):
    store = existing_store(ctx.obj.home)
    try:
        box = connected(store)
    except MailError as exc:
        fail(str(exc))
        raise typer.Exit(1) from exc
    if box is None:
        fail("no mailbox is connected: `samantha mail connect imap.example.org --user me@example.org` or a Maildir")
        raise typer.Exit(1)
    return store, box


def _recent(box: Mailbox, limit: int):
    try:
        return box.source.recent(limit)
    except MailError as exc:
        fail(str(exc))
        raise typer.Exit(1) from exc


@app.command("connect")
def connect_command(
    ctx: typer.Context,
    target: str = typer.Argument(..., help="The IMAP server's host name, or a Maildir folder."),
    user: str = typer.Option("", "--user", "-u", help="IMAP/SMTP user name."),
    address: str = typer.Option("", "--address", help="Your address (default: the user name, if it is one)."),
    port: int = typer.Option(993, "--port", help="IMAP port."),
    security: str = typer.Option("ssl", "--security", help="IMAP: ssl, starttls or none (loopback only)."),
    smtp_host: str = typer.Option("", "--smtp", help="SMTP host (default: the IMAP host; '-' for none)."),
    smtp_port: int = typer.Option(587, "--smtp-port"),
    smtp_security: str = typer.Option("starttls", "--smtp-security", help="ssl, starttls or none."),
) -> None:
    """Connect a mailbox. The password is asked for (or read from SAMANTHA_MAIL_PASSWORD) and kept in the OS keyring,
    or in the encrypted home when there is no keyring; never in config.toml."""
    store = existing_store(ctx.obj.home)
    password = ""
    if "/" not in target and not os.path.exists(target):
        password = os.environ.get("SAMANTHA_MAIL_PASSWORD") or typer.prompt(
            "Password (or app password)", hide_input=True, default="", show_default=False
        )
    try:
        box = connect(
            store,
            target,
            datetime.now(UTC),
            user=user,
            password=password,
            address=address,
            imap_port=port,
            imap_security=security,
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_security=smtp_security,
        )
    except MailError as exc:
        fail(f"not connected: {exc}")
        raise typer.Exit(1) from exc
    out.print(f'Connected: {escape(box.source.where)}. Ask her "anything important in my mail?"', highlight=False)


@app.command("disconnect")
def disconnect_command(ctx: typer.Context) -> None:
    """Forget the connection and its password (the mailbox itself is untouched)."""
    out.print("Disconnected." if disconnect(existing_store(ctx.obj.home)) else "No mailbox was connected.")


@app.command("triage")
def triage_command(
    ctx: typer.Context, as_json: bool = JSON, limit: int = typer.Option(50, "--limit", "-n", min=1)
) -> None:
    """The newest mails sorted into important / needs a reply / can wait / suspicious, each with a reason."""
    store, box = _mailbox(ctx)
    from samantha.memory.answers import people_from

    people = {p.name.lower(): p.relation for p in people_from([f.text for f in store.current_facts("relation")])}
    rows = triaged(_recent(box, limit), {box.address} - {""}, people)
    if as_json:
        records = [{**m.as_record(), "label": v.label, "reason": v.reason} for m, v in rows]
        out.print_json(json.dumps(records))
        return
    for label in LABELS:
        found = [(m, v) for m, v in rows if v.label == label]
        if found:
            out.print(f"[bold]{label}[/] ({len(found)})")
            for m, v in found:
                out.print(f"  #{m.uid} {escape(m.who)}: {escape(m.subject)} [dim]· {escape(v.reason)}[/]")


@app.command("read")
def read_command(
    ctx: typer.Context, uid: str = typer.Argument(..., help="The mail's number (#N in triage)."), as_json: bool = JSON
) -> None:
    """One mail: who, when, what it says (nothing is marked read on the server)."""
    _, box = _mailbox(ctx)
    mail = next((m for m in _recent(box, 1000) if m.uid == uid), None)
    if mail is None:
        fail(f"no mail #{uid} among the newest 1,000 (`samantha mail triage` lists them)")
        raise typer.Exit(1)
    if as_json:
        out.print_json(json.dumps({**mail.as_record(), "body": mail.body}))
        return
    out.print(escape(read_aloud(mail, datetime.now(UTC))), highlight=False)


def _message(box: Mailbox, to: str, subject: str, body: str) -> EmailMessage:
    if "@" not in to or not body.strip():
        fail("a mail needs an address (--to) and some words (--body)")
        raise typer.Exit(1)
    message = EmailMessage()
    message["From"] = box.address or box.source.where
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid()
    message.set_content(body)
    return message


TO = typer.Option(..., "--to", help="The address.")
SUBJECT = typer.Option("", "--subject", "-s")
BODY = typer.Option(..., "--body", "-b", help="What it says.")


@app.command("draft")
def draft_command(ctx: typer.Context, to: str = TO, subject: str = SUBJECT, body: str = BODY) -> None:
    """Save a draft in the mailbox's Drafts (nothing is sent)."""
    store, box = _mailbox(ctx)
    message = _message(box, to, subject, body)
    try:
        box.source.save_draft(message)
    except MailError as exc:
        fail(f"no draft saved: {exc}")
        raise typer.Exit(1) from exc
    with store.transaction() as db:
        store.audit(db, datetime.now(UTC), "mail", "draft", f"draft to {to}: {subject}", "samantha mail draft", "done")
    out.print(f"Draft saved to {escape(to)}.", highlight=False)


@app.command("send")
def send_command(
    ctx: typer.Context,
    to: str = TO,
    subject: str = SUBJECT,
    body: str = BODY,
    yes: bool = typer.Option(False, "--yes", "-y", help="Your yes for this one mail (otherwise she asks)."),
) -> None:
    """Send one mail, after your yes for it. A copy goes to Sent."""
    store, box = _mailbox(ctx)
    message = _message(box, to, subject, body)
    if box.smtp is None:
        fail("this mailbox has no SMTP server to send with (connect with --smtp HOST)")
        raise typer.Exit(1)
    if paused(store):
        fail(STOPPED)
        raise typer.Exit(1)
    question = f"Send this to {to}? “{subject}”: {body[:200]}"
    if not yes and not typer.confirm(question, default=False):
        out.print("Not sent.")
        return
    status = "done"
    try:
        box.smtp.send(message)
    except MailError as exc:
        status = "failed"
        fail(f"not sent: {exc}")
    with store.transaction() as db:
        store.audit(db, datetime.now(UTC), "mail", "send", f"send to {to}: {subject}", "samantha mail send", status)
    if status != "done":
        raise typer.Exit(1)
    try:
        box.source.keep_sent(message)
    except MailError as exc:
        out.print(f"Sent, but no copy in Sent: {escape(str(exc))}")
        return
    out.print(f"Sent to {escape(to)}.", highlight=False)
