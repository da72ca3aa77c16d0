"""`samantha letters …`: the letter studio. Clients and what their relationships are made of, drafts in the
client's voice from notes, revisions with diffs, proofreading he accepts or rejects, a letter set in a hand, and
the book.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import typer
from rich.markup import escape

from samantha.cli.ui import err, existing_store, fail, note, out
from samantha.letters.book import BookError
from samantha.letters.draft import DraftError
from samantha.letters.hand import HANDS, PAPER, HandMissing
from samantha.letters.studio import Result, Studio, StudioError

app = typer.Typer(help="The letter studio: clients, drafts in their voice, proofreading, a hand, a book.")
JSON = typer.Option(False, "--json", help="Machine-readable output.")


def _studio(ctx: typer.Context, brain: bool = False) -> Studio:
    store = existing_store(ctx.obj.home)
    think = None
    if brain:
        from samantha.cli.ui import ensure_model
        from samantha.config import Settings
        from samantha.llm.resolve import load_model

        settings = Settings.load(ctx.obj.home, model=ctx.obj.model)
        ensure_model(settings.model, read_emotions=False)
        with err.status(f"Loading the brain ({settings.model})…", spinner="dots"):
            model = load_model(settings)
        ctx.call_on_close(model.close)  # closed before exit, not by the interpreter's teardown
        think = lambda messages, generation: "".join(model.stream(messages, generation))  # noqa: E731
    return Studio(store, lambda: datetime.now(UTC), think)


def _run(action):
    try:
        return action()
    except (StudioError, DraftError, BookError, HandMissing, ValueError) as exc:
        fail(str(exc))
        raise typer.Exit(1) from exc


def _read(text: str | None, file: Path | None, what: str) -> str:
    if file is not None:
        try:
            raw = file.read_bytes()
        except OSError as exc:
            fail(f"cannot read {file}: {exc.strerror or exc}")
            raise typer.Exit(1) from exc
        if b"\x00" in raw[:4096]:
            fail(f"{file} looks like a binary file, not {what}")
            raise typer.Exit(1)
        return raw.decode("utf-8", errors="replace")
    if text == "-":
        return sys.stdin.read()
    return text or ""


def _show(result: Result, as_json: bool) -> None:
    if as_json:
        out.print_json(json.dumps(result.as_record()))
        return
    for worry in result.concerns:
        note(worry)
    out.print(escape(result.text), soft_wrap=True)
    err.print(f"[dim]letter {result.letter_id}, version {result.version}[/dim]")
    if result.diff:
        err.print("[dim]changes: " + escape(result.diff[:1500]) + "[/dim]")
    if result.cut:
        note("I left out what the notes don't say: " + " / ".join(result.cut))
    if result.voice:
        tries = f" (the best of {result.drafts_written} drafts)" if result.drafts_written > 1 else ""
        err.print(f"[dim]voice: {escape(result.voice.summary())}{tries}[/dim]")
        for line in result.voice.notes:
            err.print(f"[dim]  {escape(line)}[/dim]")


@app.command("client")
def client_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The client's name."),
    sample: Path | None = typer.Option(None, "--sample", help="A file of their own writing (their voice)."),
    fact: list[str] = typer.Option([], "--fact", help="A fact of a relationship (repeatable)."),
    to: str | None = typer.Option(None, "--to", help="Whom the facts are about."),
    relation: str = typer.Option("", "--relation", help="What --to is to them: husband, daughter, old friend."),
    kind: str = typer.Option("fact", "--kind", help="fact | history | words | occasion"),
) -> None:
    """Add a client (or add to one): samples of their writing, and what a relationship is made of."""
    studio = _studio(ctx)
    client = _run(lambda: studio.client(name))
    if to:
        _run(lambda: studio.recipient(client, to, relation))
    if sample is not None:
        _, cut = _run(lambda: studio.add_sample(client.name, _read(None, sample, "writing")))
        note(f"kept a sample of {client.name}'s writing" + (" (its first 20,000 characters)" if cut else ""))
    for text in fact:
        _run(lambda text=text: studio.add_fact(client.name, text, to, kind))
    out.print(
        f"{escape(client.name)}: {len(studio.store.voice_samples(client.id))} samples, "
        f"{len(studio.store.letter_facts(client.id))} facts, {len(studio.store.letters(client.id))} letters"
    )


@app.command("list")
def list_command(ctx: typer.Context, as_json: bool = JSON) -> None:
    """Clients and their letters."""
    studio = _studio(ctx)
    rows = []
    for client in studio.store.clients():
        for letter in studio.store.letters(client.id):
            recipient = studio.store.recipient(letter.recipient_id)
            rows.append(
                {
                    "id": letter.id,
                    "client": client.name,
                    "to": recipient.name if recipient else "",
                    "occasion": letter.occasion,
                    "status": letter.status,
                    "versions": len(studio.store.versions(letter.id)),
                    "consent": letter.consent_at.isoformat() if letter.consent_at else None,
                }
            )
    if as_json:
        out.print_json(json.dumps({"clients": [c.name for c in studio.store.clients()], "letters": rows}))
        return
    if not rows:
        out.print('No letters yet. `samantha letters draft --client NAME --to NAME --notes "…"` starts one.')
    for r in rows:
        out.print(
            f"{r['id']:>3}  {escape(r['client'])} → {escape(r['to'])}  {escape(r['occasion'])}  "
            f"({r['status']}, {r['versions']} versions{', consent given' if r['consent'] else ''})"
        )


@app.command("draft")
def draft_command(
    ctx: typer.Context,
    client: str = typer.Option(..., "--client", help="Who the letter is from."),
    to: str = typer.Option(..., "--to", help="Who it is for."),
    occasion: str = typer.Option("", "--occasion"),
    notes: str = typer.Option("", "--notes", help="What to say: the particulars ('-' reads stdin)."),
    notes_file: Path | None = typer.Option(None, "--notes-file"),
    relation: str = typer.Option("", "--relation", help="What they are to the client."),
    anyway: bool = typer.Option(False, "--anyway", help="Write it even though she has a concern about the notes."),
    as_json: bool = JSON,
) -> None:
    """Draft a letter in the client's voice from notes. Nothing in it that the notes don't say."""
    text = _read(notes, notes_file, "notes")
    studio = _studio(ctx, brain=True)
    with err.status("Writing…", spinner="dots"):
        result = _run(lambda: studio.draft(client, to, occasion, text, relation, anyway))
    _show(result, as_json)


@app.command("revise")
def revise_command(
    ctx: typer.Context,
    letter: int = typer.Argument(...),
    ask: str = typer.Argument(..., help="warmer, shorter, less formal, mention the lake, end with the line about…"),
    as_json: bool = JSON,
) -> None:
    """A new version, as asked; its changes shown word by word."""
    studio = _studio(ctx, brain=not ask.lower().startswith("end with"))
    with err.status("Rewriting…", spinner="dots"):
        result = _run(lambda: studio.revise(letter, ask))
    _show(result, as_json)


@app.command("show")
def show_command(
    ctx: typer.Context,
    letter: int = typer.Argument(...),
    version: int | None = typer.Option(None, "--version", "-v"),
    diff: str | None = typer.Option(None, "--diff", help="Two versions, as 1:3: what changed between them."),
    as_json: bool = JSON,
) -> None:
    """A letter (its latest version, or one), its versions, or the changes between two."""
    studio = _studio(ctx)
    if diff:
        try:
            a, b = (int(x) for x in diff.split(":"))
        except ValueError as exc:
            fail("--diff takes two version numbers, as 1:3")
            raise typer.Exit(1) from exc
        out.print(escape(_run(lambda: studio.diff(letter, a, b))), soft_wrap=True)
        return
    text = _run(lambda: studio.text(letter, version))
    if as_json:
        versions = [
            {"version": v.number, "asked": v.asked, "at": v.created_at.isoformat()}
            for v in studio.store.versions(letter)
        ]
        out.print_json(json.dumps({"letter": letter, "text": text, "versions": versions}))
        return
    out.print(escape(text), soft_wrap=True)
    for v in studio.store.versions(letter):
        err.print(f"[dim]  version {v.number}: {escape(v.asked)}[/dim]")


@app.command("proofread")
def proofread_command(
    ctx: typer.Context,
    letter: int = typer.Argument(...),
    accept: str = typer.Option("", "--accept", help="Numbers of the suggestions to take (1,3), or 'all'."),
    reject: str = typer.Option("", "--reject", help="Numbers to refuse (she learns from it)."),
    as_json: bool = JSON,
) -> None:
    """Spelling, grammar and style, as numbered suggestions. Nothing changes until you accept."""
    studio = _studio(ctx)
    found = _run(lambda: studio.proofread(letter))
    if not accept and not reject:
        if as_json:
            out.print_json(json.dumps([s.as_record() for s in found]))
            return
        if not found:
            out.print("Nothing to suggest.")
        for n, s in enumerate(found, 1):
            out.print(f"{n:>3}. [{s.kind}] {escape(s.shown())}", soft_wrap=True)
        if found:
            err.print("[dim]--accept 1,3 takes those; --reject 2 refuses (and I'll learn).[/dim]")
        return

    def numbers(spec: str) -> set[int]:
        if spec.strip() == "all":
            return set(range(1, len(found) + 1))
        try:
            return {int(x) for x in spec.split(",") if x.strip()}
        except ValueError as exc:
            fail("--accept and --reject take numbers, as 1,3")
            raise typer.Exit(1) from exc

    yes, no = numbers(accept), numbers(reject)
    chosen = [(s, n in yes) for n, s in enumerate(found, 1) if n in yes | no]
    result = _run(lambda: studio.answer(letter, [s for s, _ in chosen], [a for _, a in chosen]))
    if result is None:
        out.print("Noted.")
    else:
        _show(result, as_json)


@app.command("accept")
def accept_command(ctx: typer.Context, letter: int = typer.Argument(...)) -> None:
    """The client took this letter: it becomes part of how they write."""
    _run(lambda: _studio(ctx).accept(letter))
    out.print(f"Letter {letter} accepted.")


@app.command("consent")
def consent_command(
    ctx: typer.Context,
    letter: int = typer.Argument(...),
    withdraw: bool = typer.Option(False, "--withdraw", help="The client took their consent back."),
) -> None:
    """Record the client's consent to publish this letter in a book (dated), or its withdrawal."""
    _run(lambda: _studio(ctx).consent(letter, not withdraw))
    out.print(f"Letter {letter}: consent {'withdrawn' if withdraw else 'recorded'}.")


@app.command("render")
def render_command(
    ctx: typer.Context,
    letter: int = typer.Argument(...),
    pdf: Path | None = typer.Option(None, "--pdf"),
    png: Path | None = typer.Option(None, "--png", help="Page 1; pages after it are NAME-2.png, NAME-3.png…"),
    hand: str = typer.Option("script", "--hand", help=f"One of: {', '.join(HANDS)}."),
    paper: str = typer.Option("a4", "--paper", help=f"One of: {', '.join(PAPER)}."),
) -> None:
    """The letter set in a hand, as PDF and/or PNG."""
    if pdf is None and png is None:
        fail("say where: --pdf letter.pdf and/or --png letter.png")
        raise typer.Exit(1)
    written = _run(lambda: _studio(ctx).render(letter, pdf, png, hand, paper))
    for path in written:
        out.print(str(path))


@app.command("book")
def book_command(
    ctx: typer.Context,
    select: str = typer.Option(..., "--select", help="Letter numbers, in order: 3,1,7."),
    title: str = typer.Option(..., "--title"),
    author: str = typer.Option("", "--author", help="Whose book it is (default: your name, if she knows it)."),
    pdf: Path | None = typer.Option(None, "--pdf"),
    epub: Path | None = typer.Option(None, "--epub"),
) -> None:
    """The chosen letters as a book (PDF and/or EPUB). Every letter needs its client's recorded consent."""
    if pdf is None and epub is None:
        fail("say where: --pdf book.pdf and/or --epub book.epub")
        raise typer.Exit(1)
    try:
        ids = [int(x) for x in select.split(",") if x.strip()]
    except ValueError as exc:
        fail("--select takes letter numbers, as 3,1,7")
        raise typer.Exit(1) from exc
    studio = _studio(ctx)
    author = author or studio.store.profile().get("name", "")
    for path in _run(lambda: studio.book(ids, title, author, pdf, epub)):
        out.print(str(path))


@app.command("forget")
def forget_command(ctx: typer.Context, client: str = typer.Argument(...)) -> None:
    """Forget a client: their samples, facts, recipients and every letter and version, for real."""
    if _studio(ctx).forget_client(client):
        out.print(f"Forgot {escape(client)} and every letter for them.")
    else:
        fail(f"no client called {client!r}")
        raise typer.Exit(1)
