"""A laid-out letter (hand.py) drawn as PNG pages (Pillow) and as a PDF (fpdf2, the hand's font embedded, so the
words stay text a reader can select and search)."""

from __future__ import annotations

from pathlib import Path

from samantha.letters.hand import PT, Layout, hand_path

INK = (27, 42, 73)  # a blue-black fountain-pen ink
PAPER_TONE = (250, 247, 240)


def png_paths(out: Path, pages: int) -> list[Path]:
    """out.png for the first page, out-2.png, out-3.png… for the next ones."""
    return [out if n == 1 else out.with_name(f"{out.stem}-{n}{out.suffix}") for n in range(1, pages + 1)]


def to_png(page_layout: Layout, out: Path, dpi: int = 150) -> list[Path]:
    from PIL import Image, ImageDraw, ImageFont

    px = dpi / 25.4
    size = (round(page_layout.width * px), round(page_layout.height * px))
    fonts: dict[int, ImageFont.FreeTypeFont] = {}
    written = []
    for path, glyphs in zip(png_paths(out, len(page_layout.pages)), page_layout.pages, strict=True):
        page = Image.new("RGB", size, PAPER_TONE)
        for g in glyphs:
            pixels = max(4, round(g.size * PT * px))
            font = fonts.get(pixels) or fonts.setdefault(
                pixels, ImageFont.truetype(str(hand_path(page_layout.hand)), pixels)
            )
            box = Image.new("L", (pixels * 2, pixels * 2), 0)
            ImageDraw.Draw(box).text((pixels // 2, pixels), g.char, font=font, fill=255, anchor="ls")
            box = box.rotate(g.angle, resample=Image.BICUBIC, center=(pixels // 2, pixels))
            ink = Image.new("RGB", box.size, INK)
            page.paste(ink, (round(g.x * px) - pixels // 2, round(g.y * px) - pixels), box)
        path.parent.mkdir(parents=True, exist_ok=True)
        page.save(path, dpi=(dpi, dpi), optimize=True)
        written.append(path)
    return written


def to_pdf(page_layout: Layout, out: Path, title: str = "") -> Path:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format=(page_layout.width, page_layout.height))
    pdf.set_creation_date(FIXED_DATE)  # the same letter makes the same bytes
    pdf.set_title(title or "A letter")
    pdf.set_creator("Samantha")
    pdf.set_auto_page_break(False)
    pdf.add_font("hand", fname=str(hand_path(page_layout.hand)))
    pdf.set_text_color(*INK)
    for glyphs in page_layout.pages:
        pdf.add_page()
        pdf.set_fill_color(*PAPER_TONE)
        pdf.rect(0, 0, page_layout.width, page_layout.height, style="F")
        for g in glyphs:
            pdf.set_font("hand", size=g.size)
            with pdf.rotation(g.angle, x=g.x, y=g.y):
                pdf.text(g.x, g.y, g.char)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def _fixed_date():
    from datetime import UTC, datetime

    return datetime(2000, 1, 1, tzinfo=UTC)


FIXED_DATE = _fixed_date()
