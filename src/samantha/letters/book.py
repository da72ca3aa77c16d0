"""The book: chosen letters, each with its client's consent, typeset as a PDF (Typst) and an EPUB 3 (written
directly: it is a zip of XHTML with a manifest, and writing it ourselves keeps every byte under our control).

Reproducible: the same letters make the same bytes. Typst is given a fixed timestamp; the EPUB's zip entries carry
a fixed date and a fixed order, and its `dcterms:modified` is that same date.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

FIXED = datetime(2000, 1, 1, tzinfo=UTC)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Chapter:
    title: str  # "For Chris, from Roberta"
    subtitle: str  # the occasion
    paragraphs: list[str]
    closing: list[str]  # "With all my love," / "Roberta"


class BookError(ValueError):
    pass


def typst_string(text: str) -> str:
    """A Typst string literal: shown as plain text, never read as markup (a letter may hold # * _ [ ] $ @)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def typst_source(title: str, author: str, chapters: list[Chapter]) -> str:
    parts = [
        f"#set document(title: {typst_string(title)}, author: {typst_string(author)})",
        '#set page(paper: "a5", margin: (inside: 22mm, outside: 18mm, top: 20mm, bottom: 22mm),'
        ' numbering: "1", number-align: center)',
        '#set text(font: "Libertinus Serif", size: 10.5pt, lang: "en", hyphenate: true)',
        "#set par(justify: true, leading: 0.72em, first-line-indent: 1.2em, spacing: 0.72em)",
        "#show heading.where(level: 1, outlined: true): it => { pagebreak(weak: true); v(18%); "
        'align(center, text(size: 17pt, weight: "regular", style: "italic", it.body)); v(1.2em) }',
        "#page(numbering: none)[",
        "  #v(30%)",
        f'  #align(center, text(size: 26pt, style: "italic", {typst_string(title)}))',
        "  #v(1em)",
        f"  #align(center, text(size: 12pt, {typst_string(author)}))",
        "]",
        "#page(numbering: none)[",
        "  #v(18%)",
        '  #align(center, text(size: 17pt, style: "italic", "Contents"))',
        "  #v(1.2em)",
        "  #outline(title: none, indent: auto)",
        "]",
        "#counter(page).update(1)",
    ]
    for chapter in chapters:
        parts.append(f"= #{typst_string(chapter.title)}")
        if chapter.subtitle:
            parts.append(f'#align(center, text(style: "italic", size: 10pt, {typst_string(chapter.subtitle)}))')
            parts.append("#v(1em)")
        for n, paragraph in enumerate(chapter.paragraphs):
            if n == 0 and len(paragraph) < 60 and paragraph.rstrip().endswith((",", ":")):
                # the salutation stands alone, and the letter's first paragraph after it is not indented
                parts.append(f"#block(below: 0.9em)[#{typst_string(paragraph)}]")
                continue
            parts.append(f"#{typst_string(paragraph)}")
            parts.append("")
        if chapter.closing:
            lines = " + linebreak() + ".join(typst_string(x) for x in chapter.closing)
            parts.append(f"#v(0.8em)\n#align(right, par(first-line-indent: 0pt)[#({lines})])")
    return "\n".join(parts) + "\n"


def write_pdf(title: str, author: str, chapters: list[Chapter], out: Path) -> Path:
    import typst

    if not chapters:
        raise BookError("a book needs at least one letter")
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf = typst.compile(typst_source(title, author, chapters).encode(), format="pdf", timestamp=int(FIXED.timestamp()))
    out.write_bytes(pdf)
    return out


def xhtml(title: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" '
        'xml:lang="en">\n'
        f'<head><meta charset="utf-8"/><title>{html.escape(title)}</title>'
        '<link rel="stylesheet" type="text/css" href="style.css"/></head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    )


CSS = """body { font-family: serif; line-height: 1.45; margin: 0 5%; }
h1 { font-style: italic; font-weight: normal; text-align: center; margin-top: 3em; }
p { text-indent: 1.2em; margin: 0; text-align: justify; }
p.occasion { font-style: italic; text-align: center; text-indent: 0; margin-bottom: 1.5em; }
p.closing { text-align: right; text-indent: 0; margin-top: 1em; }
.title { text-align: center; margin-top: 30%; font-size: 2em; font-style: italic; }
.author { text-align: center; text-indent: 0; }
"""


def write_epub(title: str, author: str, chapters: list[Chapter], out: Path, identifier: str) -> Path:
    if not chapters:
        raise BookError("a book needs at least one letter")
    modified = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    files: list[tuple[str, str]] = [
        (
            "META-INF/container.xml",
            '<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n<rootfiles><rootfile '
            'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>\n</container>\n',
        ),
        ("OEBPS/style.css", CSS),
        (
            "OEBPS/title.xhtml",
            xhtml(title, f'<p class="title">{html.escape(title)}</p>\n<p class="author">{html.escape(author)}</p>'),
        ),
    ]
    toc = []
    for n, chapter in enumerate(chapters, 1):
        body = [f"<h1>{html.escape(chapter.title)}</h1>"]
        if chapter.subtitle:
            body.append(f'<p class="occasion">{html.escape(chapter.subtitle)}</p>')
        body += [f"<p>{html.escape(p)}</p>" for p in chapter.paragraphs]
        if chapter.closing:
            body.append('<p class="closing">' + "<br/>".join(html.escape(x) for x in chapter.closing) + "</p>")
        files.append((f"OEBPS/letter-{n}.xhtml", xhtml(chapter.title, "\n".join(body))))
        toc.append(f'<li><a href="letter-{n}.xhtml">{html.escape(chapter.title)}</a></li>')
    files.append(
        (
            "OEBPS/nav.xhtml",
            xhtml(
                "Contents",
                '<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>\n' + "\n".join(toc) + "\n</ol></nav>",
            ),
        )
    )
    manifest = [
        '<item id="css" href="style.css" media-type="text/css"/>',
        '<item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>',
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    ] + [
        f'<item id="letter-{n}" href="letter-{n}.xhtml" media-type="application/xhtml+xml"/>'
        for n in range(1, len(chapters) + 1)
    ]
    spine = ['<itemref idref="title"/>', '<itemref idref="nav"/>'] + [
        f'<itemref idref="letter-{n}"/>' for n in range(1, len(chapters) + 1)
    ]
    files.append(
        (
            "OEBPS/content.opf",
            '<?xml version="1.0" encoding="utf-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
            'unique-identifier="bookid" xml:lang="en">\n<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            f'<dc:identifier id="bookid">{html.escape(identifier)}</dc:identifier>\n'
            f"<dc:title>{html.escape(title)}</dc:title>\n<dc:creator>{html.escape(author)}</dc:creator>\n"
            f'<dc:language>en</dc:language>\n<meta property="dcterms:modified">{modified}</meta>\n</metadata>\n'
            "<manifest>\n" + "\n".join(manifest) + "\n</manifest>\n<spine>\n" + "\n".join(spine) + "\n</spine>\n"
            "</package>\n",
        )
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w") as z:
        mimetype = zipfile.ZipInfo("mimetype", ZIP_DATE)  # first and uncompressed, as EPUB requires
        z.writestr(mimetype, "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, text in files:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    tmp.replace(out)
    return out


def check_epub(path: Path) -> list[str]:
    """The structural checks EPUBCheck makes first (or EPUBCheck itself, when it is installed). Empty: valid."""
    if shutil.which("epubcheck"):
        done = subprocess.run(["epubcheck", "-q", str(path)], capture_output=True, text=True, timeout=300)
        return [] if done.returncode == 0 else [line for line in done.stdout.splitlines() if line.strip()]
    problems = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        first = z.infolist()[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
            problems.append("mimetype is not the first entry, stored uncompressed")
        elif z.read("mimetype") != b"application/epub+zip":
            problems.append("mimetype does not say application/epub+zip")
        try:
            container = ElementTree.fromstring(z.read("META-INF/container.xml"))
        except (KeyError, ElementTree.ParseError) as exc:
            return [*problems, f"META-INF/container.xml: {exc}"]
        rootfile = container.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile")
        opf_path = rootfile.get("full-path") if rootfile is not None else None
        if opf_path not in names:
            return [*problems, f"the package document {opf_path} is missing"]
        opf = ElementTree.fromstring(z.read(opf_path))
        ns = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
        for field in ("dc:identifier", "dc:title", "dc:language"):
            if opf.find(f".//{field}", ns) is None:
                problems.append(f"metadata has no {field}")
        if not any(m.get("property") == "dcterms:modified" for m in opf.iterfind(".//opf:meta", ns)):
            problems.append("metadata has no dcterms:modified")
        base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
        items = {i.get("id"): i for i in opf.iterfind(".//opf:item", ns)}
        if not any("nav" in (i.get("properties") or "") for i in items.values()):
            problems.append('no navigation document (an item with properties="nav")')
        for item in items.values():
            href = base + item.get("href", "")
            if href not in names:
                problems.append(f"manifest item {href} is not in the container")
            elif item.get("media-type") == "application/xhtml+xml":
                try:
                    ElementTree.fromstring(z.read(href))
                except ElementTree.ParseError as exc:
                    problems.append(f"{href} is not well-formed XHTML: {exc}")
        for ref in opf.iterfind(".//opf:itemref", ns):
            if ref.get("idref") not in items:
                problems.append(f"spine refers to {ref.get('idref')}, not in the manifest")
    return problems


def check_pdf(path: Path) -> dict:
    """Pages, title and the text of the first pages, read back with pypdf (as `pdfinfo` would)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join((page.extract_text() or "") for page in reader.pages[:4])
    return {
        "pages": len(reader.pages),
        "title": (reader.metadata or {}).get("/Title"),
        "text": re.sub(r"\s+", " ", text),
    }
