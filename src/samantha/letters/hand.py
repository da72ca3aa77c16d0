"""A letter laid out as if written by hand: where every glyph goes, at what size and angle, on which page.

One layout, two renderers (render.py: PNG through Pillow, PDF through fpdf2), so the picture and the PDF are the
same letter. What makes it look written rather than typed, each small and each seeded (the same letter in the same
hand comes out the same every time):
- every glyph moves a little (position ±2 % of the size, size ±4 %, rotation ±2.5°);
- each line's baseline drifts as a slow random walk and slopes a little, as a line on unruled paper does;
- the left margin wanders by a millimetre or two from line to line;
- line spacing breathes (±5 %), and a paragraph starts with an indent of its own width.
The page is a real letter's: A4 or US Letter, margins of 25 mm, the date at the top right, the salutation at the
left, the closing and signature towards the right; a letter too long for one page flows onto the next.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path

HANDS = {
    "script": "DancingScript-Regular.otf",
    "informal": "breipfont.ttf",
    "print": "ComicNeue-Regular.otf",
}
PAPER = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}  # mm
PT = 25.4 / 72  # one typographic point in mm


class HandMissing(ValueError):
    """No hand of that name, or its font file is gone."""


def hand_path(name: str) -> Path:
    if name not in HANDS:
        raise HandMissing(f"no hand called {name!r}: the hands are {', '.join(HANDS)}")
    path = Path(str(files("samantha.assets").joinpath("hands", HANDS[name])))
    if not path.exists():
        raise HandMissing(f"the font for the {name!r} hand is missing ({path}); reinstall samantha")
    return path


@cache
def measure(hand: str):
    """A width function for the hand: text → width in mm at 1 pt (scale by the size)."""
    from PIL import ImageFont

    font = ImageFont.truetype(str(hand_path(hand)), 100)
    return lambda text: font.getlength(text) / 100 * PT


# What a hand without the character writes instead (the informal hand has no "…" or "—"; restyle.py writes both).
FALLBACK = {"…": "...", "—": "-", "–": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "}


@cache
def characters(hand: str) -> frozenset[int]:
    """The code points the hand's font can draw."""
    from fontTools.ttLib import TTFont

    with TTFont(str(hand_path(hand)), lazy=True) as font:
        return frozenset(font.getBestCmap())


def drawable(text: str, hand: str) -> str:
    """The text with each character the hand lacks replaced by what a writer would put (or left out)."""
    has = characters(hand)
    out = []
    for ch in text:
        if ord(ch) in has or ch in "\n ":
            out.append(ch)
            continue
        instead = FALLBACK.get(ch, "")
        out.append(instead if all(ord(c) in has for c in instead) else "")
    return "".join(out)


@dataclass(frozen=True)
class Glyph:
    char: str
    x: float  # mm from the page's left edge
    y: float  # mm from the top: the baseline
    size: float  # pt
    angle: float  # degrees, counter-clockwise


@dataclass
class Layout:
    hand: str
    paper: str
    width: float
    height: float
    pages: list[list[Glyph]] = field(default_factory=list)


@dataclass(frozen=True)
class Letter:
    body: str  # paragraphs separated by blank lines; the first may be the salutation, the last the closing
    signature: str = ""
    dated: date | None = None


def split_letter(text: str) -> tuple[str, list[str], list[str]]:
    """Salutation, body paragraphs and closing lines ("With love," / "Roberta") of a letter's text."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    salutation = ""
    if paragraphs and len(paragraphs[0]) < 60 and paragraphs[0].rstrip().endswith((",", ":")):
        salutation = paragraphs.pop(0)
    elif paragraphs and "\n" not in paragraphs[0][:60]:
        first, _, rest = paragraphs[0].partition(",")
        if first.lower().startswith(("dear ", "my dear", "dearest", "hi ", "hello ")) and len(first) < 40:
            salutation, paragraphs[0] = first + ",", rest.strip()
            if not paragraphs[0]:
                paragraphs.pop(0)
    closing: list[str] = []
    if paragraphs:
        last_lines = paragraphs[-1].split("\n")
        if len(last_lines) <= 3 and all(len(x) < 40 for x in last_lines) and len(paragraphs) > 1:
            closing = [x.strip() for x in last_lines]
            paragraphs.pop()
    return salutation, [" ".join(p.split()) for p in paragraphs], closing


def layout(letter: Letter, hand: str = "script", paper: str = "a4", size: float = 15.0, seed: int = 0) -> Layout:
    if paper not in PAPER:
        raise ValueError(f"paper must be one of {', '.join(PAPER)}")
    width_mm, height_mm = PAPER[paper]
    width = measure(hand)
    rng = random.Random(zlib.crc32(f"{letter.body}|{hand}|{seed}".encode()))
    out = Layout(hand, paper, width_mm, height_mm, pages=[[]])
    left, right, top, bottom = 25.0, width_mm - 22.0, 28.0, height_mm - 25.0
    leading = size * PT * 1.75
    y = top

    def new_page() -> None:
        nonlocal y
        out.pages.append([])
        y = top

    def write_line(text: str, x0: float, scale: float = 1.0) -> None:
        nonlocal y
        if y > bottom:
            new_page()
        slope = rng.uniform(-0.6, 0.6)  # degrees: the whole line leans a little
        drift = 0.0
        x = x0 + rng.uniform(-1.2, 1.2)
        glyph_size = size * scale
        for ch in text:
            drift += rng.gauss(0, 0.04) - drift * 0.08  # a slow random walk, pulled back towards the line
            s = glyph_size * (1 + rng.uniform(-0.04, 0.04))
            dy = (x - x0) * -slope * 0.01745 + drift + rng.uniform(-0.02, 0.02) * s * PT
            if not ch.isspace():
                out.pages[-1].append(
                    Glyph(
                        ch,
                        round(x + rng.uniform(-0.02, 0.02) * s * PT, 3),
                        round(y + dy, 3),
                        round(s, 2),
                        round(rng.uniform(-2.5, 2.5) + slope, 2),
                    )
                )
            x += width(ch) * s * (1 + rng.uniform(-0.03, 0.05))
        y += leading * (1 + rng.uniform(-0.05, 0.05)) * scale

    def wrap(text: str, first_indent: float, x0: float) -> None:
        words, line, indent = text.split(), "", first_indent
        for word in words:
            trial = f"{line} {word}".strip()
            if line and x0 + indent + width(trial) * size * 1.02 > right:
                write_line(line, x0 + indent)
                line, indent = word, 0.0
            else:
                line = trial
        if line:
            write_line(line, x0 + indent)

    salutation, paragraphs, closing = split_letter(drawable(letter.body, hand))
    if letter.dated:
        when = f"{letter.dated.day} {letter.dated.strftime('%B %Y')}"
        write_line(when, right - width(when) * size * 1.02)
        y += leading * 0.4
    if salutation:
        write_line(salutation, left)
        y += leading * 0.2
    for paragraph in paragraphs:
        wrap(paragraph, 10.0, left)
        y += leading * rng.uniform(0.25, 0.45)
    signature = drawable(letter.signature, hand)
    tail = closing + ([signature] if signature and signature not in closing else [])
    if tail:
        y += leading * 0.3
        if y + leading * len(tail) > bottom:
            new_page()
        x_close = left + (right - left) * 0.5
        for i, line in enumerate(tail):
            write_line(line, x_close, scale=1.3 if i == len(tail) - 1 and len(tail) > 1 else 1.0)
    return out
