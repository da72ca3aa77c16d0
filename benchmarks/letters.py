"""The letter studio, measured (issue 16).

    .venv/bin/python benchmarks/letters.py [--brain default] [--no-drafts]
    .venv/bin/python benchmarks/letters.py --replay tests/data/letters/logged_drafts.json   # no brain, seconds

Prints:
- voice match on the ten written client voices (tests/data/letters/voices.json): each held-out letter against
  its own client's samples and every other client's;
- drafts with the brain, one per brief (tests/data/letters/briefs.json): the share whose final text has zero
  particulars the notes don't back, the share whose raw brain output had none (before the check cut any), the
  share closer to their own client's voice than to any other's, and draft and revision ("warmer") times;
- proofreading precision, recall and F0.5 on tests/data/letters/proofread.txt (written beside the rules) and
  proofread2.txt (written after them: its first-sight score is in RESULTS.md);
- render time per letter and hand (PNG + PDF), and the book's build time, pages, EPUB check and reproducibility.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from samantha.config import DB_FILE
from samantha.letters.book import check_epub, check_pdf
from samantha.letters.draft import DraftError
from samantha.letters.hand import HANDS
from samantha.letters.particulars import unsupported
from samantha.letters.perspective import first_person
from samantha.letters.proofread import proofread
from samantha.letters.proofset import Score, read
from samantha.letters.shape import prose
from samantha.letters.studio import DRAFTS_AT_MOST, Studio
from samantha.letters.voice import match
from samantha.store import Store

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "letters"


def voices() -> dict:
    return json.loads((DATA / "voices.json").read_text())["clients"]


def voice_match() -> None:
    clients = voices()
    samples = {n: c["samples"] for n, c in clients.items()}
    right, margins = 0, []
    for name, client in clients.items():
        result = match(client["held_out"], samples[name], {n: s for n, s in samples.items() if n != name})
        right += result.closest_is_own
        margins.append(min(result.others.values()) - result.own)
    print(
        f"voice, held-out letters by the clients themselves: closest to their own samples {right}/{len(clients)}"
        f" (margin to the nearest other client: median {statistics.median(margins):.2f})"
    )


def proofreading() -> None:
    for name in ("proofread", "proofread2"):
        paragraphs = read(DATA / f"{name}.txt")
        score = Score()
        start = time.perf_counter()
        for p in paragraphs:
            score.add(p.text, proofread(p.text, notes=False), p.gold)
        ms = (time.perf_counter() - start) * 1000 / len(paragraphs)
        print(f"proofreading {name}.txt ({len(paragraphs)} paragraphs): {score.line()}, {ms:.1f} ms a paragraph")


def brain_for(spec: str):
    from samantha.config import Settings
    from samantha.llm.resolve import load_model

    with tempfile.TemporaryDirectory() as tmp:
        model = load_model(Settings.load(Path(tmp), model=spec))
    return model, lambda messages, generation: "".join(model.stream(messages, generation))


def drafts(spec: str, studio_home: Path) -> list[int]:
    model, brain = brain_for(spec)
    store = Store(studio_home / DB_FILE)
    studio = Studio(store, lambda: datetime.now(UTC), brain)
    clients = voices()
    for name, client in clients.items():
        studio.add_sample(name, "\n\n".join(client["samples"]))
    briefs = json.loads((DATA / "briefs.json").read_text())["briefs"]
    grounded = raw_clean = own_voice = own_letter = refused = 0
    written: list[int] = []
    draft_s, revise_s, ids = [], [], []
    for n, brief in enumerate(briefs, 1):
        start = time.perf_counter()
        result = studio.draft(brief["client"], brief["to"], brief["occasion"], brief["notes"], brief["relation"])
        draft_s.append(time.perf_counter() - start)
        ids.append(result.letter_id)
        body = "\n".join(result.text.split("\n")[1:-1])
        sources = [
            brief["notes"],
            first_person(brief["notes"], brief["relation"]),
            brief["occasion"],
            brief["relation"],
        ]
        left = unsupported(body, sources, {brief["client"], brief["to"], *brief["to"].split()})
        grounded += not left
        raw_clean += not result.cut
        own_voice += bool(result.voice and result.voice.closest_is_own)
        own_letter += own_held_out_letter(brief["client"], result.text)
        written.append(result.drafts_written)
        print(
            f"\n### {n}. {brief['client']} to {brief['to']} ({draft_s[-1]:.0f} s; drafts {result.drafts_written}; "
            f"cut {len(result.cut)}; "
            f"{result.voice.summary() if result.voice else ''})\n\n{result.text}"
        )
        if left:
            print(f"(unbacked after the check: {sorted(left)})")
        if n <= 5:
            start = time.perf_counter()
            try:
                warmer = studio.revise(result.letter_id, "warmer")
                print(f"\n(warmer, {time.perf_counter() - start:.0f} s: {warmer.diff[-300:]})")
            except DraftError as exc:  # every new sentence said something the notes don't: the letter stays
                refused += 1
                print(f"\n(warmer refused: {exc})")
            revise_s.append(time.perf_counter() - start)
    k = len(briefs)
    print(f"\ndrafts with zero unbacked particulars (final text): {grounded}/{k}")
    print(f"drafts whose raw brain output needed no cut: {raw_clean}/{k}")
    print(f"drafts closer to their own client's voice than to any other's: {own_voice}/{k}")
    print(
        f"drafts closer to their own client's held-out letter than to any other's (unseen by the studio): "
        f"{own_letter}/{k}"
    )
    print(f"drafts written per letter (best of up to {DRAFTS_AT_MOST} by voice): {statistics.mean(written):.1f}")
    print(
        f"draft time with {spec}: median {statistics.median(draft_s):.1f} s, max {max(draft_s):.1f} s; "
        f"revision ('warmer'): median {statistics.median(revise_s):.1f} s"
    )
    model.close()
    store.close()
    return ids


def render_and_book(studio_home: Path, ids: list[int]) -> None:
    store = Store(studio_home / DB_FILE)
    studio = Studio(store, lambda: datetime.now(UTC))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for hand in HANDS:
            times = []
            for letter_id in ids:
                start = time.perf_counter()
                studio.render(letter_id, out / f"{letter_id}-{hand}.pdf", out / f"{letter_id}-{hand}.png", hand=hand)
                times.append(time.perf_counter() - start)
            print(
                f"render ({hand}, PNG 150 dpi + PDF): median {statistics.median(times):.2f} s, "
                f"max {max(times):.2f} s over {len(ids)} letters"
            )
        for letter_id in ids:
            studio.consent(letter_id)
        start = time.perf_counter()
        studio.book(ids, "Letters for Other People", "Theodore Twombly", out / "book.pdf", out / "book.epub")
        took = time.perf_counter() - start
        first = [hashlib.sha256((out / f).read_bytes()).hexdigest() for f in ("book.pdf", "book.epub")]
        studio.book(ids, "Letters for Other People", "Theodore Twombly", out / "book.pdf", out / "book.epub")
        again = [hashlib.sha256((out / f).read_bytes()).hexdigest() for f in ("book.pdf", "book.epub")]
        pdf = check_pdf(out / "book.pdf")
        print(
            f"book of {len(ids)} letters (PDF by Typst + EPUB): {took:.2f} s; {pdf['pages']} pages; "
            f"EPUB check: {check_epub(out / 'book.epub') or 'valid'}; same bytes on a rebuild: {first == again}"
        )
    store.close()


def replay(path: Path) -> None:
    """Logged drafts (the brain's cleaned and checked text) put through everything after the brain again: restyle,
    the notes put back, the voice measure. Seconds, no brain: what code does to voice, on the same texts each time."""
    logged = json.loads(path.read_text())["drafts"]
    briefs = {b["client"]: b for b in json.loads((DATA / "briefs.json").read_text())["briefs"]}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / DB_FILE)
        for name, client in voices().items():
            Studio(store, lambda: datetime.now(UTC)).add_sample(name, "\n\n".join(client["samples"]))
        counts: dict[str, list[tuple[bool, bool]]] = {}
        written = []
        for n, entry in enumerate(logged):
            brief = briefs[entry["client"]]
            # the brain "writes again" with the same client's next logged drafts of the same set, as live
            same = [e["text"] for e in logged[n:] + logged[:n] if e["client"] == entry["client"] and e.get("set") ==
                    entry.get("set")]  # fmt: skip
            studio = Studio(
                store, lambda: datetime.now(UTC), lambda messages, generation, t=itertools.cycle(same): next(t)
            )
            result = studio.draft(brief["client"], brief["to"], brief["occasion"], brief["notes"], brief["relation"])
            written.append(result.drafts_written)
            counts.setdefault(entry.get("set", "all"), []).append(
                (bool(result.voice and result.voice.closest_is_own), own_held_out_letter(brief["client"], result.text))
            )
        store.close()
    for name, hits in counts.items():
        print(
            f"replayed '{name}' drafts ({path.name}): closer to their own client's voice {sum(h for h, _ in hits)}/"
            f"{len(hits)}; to their own held-out letter than to any other's {sum(h for _, h in hits)}/{len(hits)}"
        )
    print(f"drafts written per letter (best of up to {DRAFTS_AT_MOST} by voice): {statistics.mean(written):.1f}")


def own_held_out_letter(client: str, text: str) -> bool:
    """Is the draft closer to the client's held-out letter (never given to the studio) than to any other client's?
    A check of the studio's choice by voice that the choice itself did not see."""
    held = {name: [c["held_out"]] for name, c in voices().items()}
    return match(prose(text), held[client], {n: h for n, h in held.items() if n != client}).closest_is_own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--brain", default="default")
    parser.add_argument("--no-drafts", action="store_true", help="skip the brain (voice, proofreading, paper only)")
    parser.add_argument("--replay", type=Path, help="only replay logged drafts (tests/data/letters/logged_drafts.json)")
    args = parser.parse_args()
    if args.replay:
        replay(args.replay)
        return
    voice_match()
    proofreading()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        if args.no_drafts:
            store = Store(home / DB_FILE)
            studio = Studio(store, lambda: datetime.now(UTC))
            for brief in json.loads((DATA / "briefs.json").read_text())["briefs"]:  # the notes as a letter
                text = f"Dear {brief['to']},\n\n{first_person(brief['notes'], brief['relation'])}\n\n{brief['client']}"
                studio.edit(
                    studio.store.add_letter(
                        store.db,
                        studio.client(brief["client"]).id,
                        studio.recipient(studio.client(brief["client"]), brief["to"]).id,
                        brief["occasion"],
                        brief["notes"],
                        datetime.now(UTC),
                    ),
                    text,
                )
            ids = [x.id for x in store.letters()]
            store.close()
        else:
            ids = drafts(args.brain, home)
        render_and_book(home, ids)


if __name__ == "__main__":
    main()
