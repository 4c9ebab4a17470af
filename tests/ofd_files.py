"""OFD test files (版式文件), written the way an OFD converter or virtual printer writes them.

`ofd_of_pdf` turns a printed PDF into an OFD page by page: one text object per line of text (its
characters' advances in DeltaX, runs of equal ones packed as “g N x” as converters do, every
other line sized through a CTM instead of Size), one path object per rule or box. `ofd_package`
packs hand-written page contents with the package's own files (OFD.xml, Document.xml).
"""

from __future__ import annotations

import io
import itertools
import zipfile
from xml.sax.saxutils import escape

MM_PER_POINT = 25.4 / 72
NAMESPACE = "http://www.ofdspec.org/2016"


def ofd_package(
    pages: list[str],
    *,
    size: tuple[float, float] = (210.0, 297.0),
    template: str | None = None,
    absolute_paths: bool = False,
) -> bytes:
    """An OFD whose pages hold the given layer contents (TextObject / PathObject elements)."""
    buffer = io.BytesIO()
    root = "/Doc_0/" if absolute_paths else ""
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NAMESPACE}" Version="1.0" '
            'DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>'
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        template_entry = (
            f'<ofd:TemplatePage ID="2" BaseLoc="{root}Tpls/Tpl_0/Content.xml"/>'
            if template is not None
            else ""
        )
        page_entries = "".join(
            f'<ofd:Page ID="{10 + number}" BaseLoc="{root}Pages/Page_{number}/Content.xml"/>'
            for number in range(len(pages))
        )
        archive.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NAMESPACE}"><ofd:CommonData>'
            f"<ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {size[0]} {size[1]}"
            f"</ofd:PhysicalBox></ofd:PageArea>{template_entry}</ofd:CommonData>"
            f"<ofd:Pages>{page_entries}</ofd:Pages></ofd:Document>",
        )
        if template is not None:
            archive.writestr("Doc_0/Tpls/Tpl_0/Content.xml", _page_xml(template, None))
        for number, content in enumerate(pages):
            archive.writestr(
                f"Doc_0/Pages/Page_{number}/Content.xml",
                _page_xml(content, "2" if template is not None else None),
            )
    return buffer.getvalue()


def _page_xml(content: str, template_id: str | None) -> str:
    template = f'<ofd:Template TemplateID="{template_id}" ZOrder="Background"/>' if template_id else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NAMESPACE}">{template}'
        f'<ofd:Content><ofd:Layer ID="1">{content}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def text_object(x: float, y: float, text: str, size: float = 4.0, *, ctm: bool = False) -> str:
    """A line of text at (x, y) mm (its top left), full-width characters one size apart."""
    advances = [size if ord(char) > 0x2E80 else size / 2 for char in text[:-1]]
    if ctm:  # sized by the CTM, as some converters write: Size 1, scaled by the matrix
        return (
            f'<ofd:TextObject ID="1" Boundary="{x:.3f} {y:.3f} {len(text) * size:.3f} {size * 1.2:.3f}" '
            f'Font="1" Size="1" CTM="{size} 0 0 {size} 0 0"><ofd:TextCode X="0" Y="{0.9:.3f}" '
            f'DeltaX="{_packed([a / size for a in advances])}">{escape(text)}</ofd:TextCode></ofd:TextObject>'
        )
    return (
        f'<ofd:TextObject ID="1" Boundary="{x:.3f} {y:.3f} {len(text) * size:.3f} {size * 1.2:.3f}" '
        f'Font="1" Size="{size:.3f}"><ofd:TextCode X="0" Y="{size * 0.9:.3f}" '
        f'DeltaX="{_packed(advances)}">{escape(text)}</ofd:TextCode></ofd:TextObject>'
    )


def rule(x0: float, y0: float, x1: float, y1: float) -> str:
    """A straight rule from (x0, y0) to (x1, y1) mm, as a table's border is written."""
    left, top = min(x0, x1), min(y0, y1)
    return (
        f'<ofd:PathObject ID="1" Boundary="{left:.3f} {top:.3f} '
        f'{abs(x1 - x0) + 0.1:.3f} {abs(y1 - y0) + 0.1:.3f}" '
        f'LineWidth="0.25"><ofd:AbbreviatedData>M {x0 - left:.3f} {y0 - top:.3f} '
        f"L {x1 - left:.3f} {y1 - top:.3f}</ofd:AbbreviatedData></ofd:PathObject>"
    )


def _packed(values: list[float]) -> str:
    """Advances as OFD writes them: a run of equal ones as “g N x”."""
    parts = []
    for value, run in itertools.groupby(f"{v:.3f}" for v in values):
        count = len(list(run))
        parts.append(f"g {count} {value}" if count > 2 else " ".join([value] * count))
    return " ".join(parts)


def ofd_of_pdf(pdf_bytes: bytes) -> bytes:
    """The PDF's pages as OFD pages: its text lines and its rules and boxes at the same places."""
    import pdfplumber

    pages = []
    size = (210.0, 297.0)
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            size = (page.width * MM_PER_POINT, page.height * MM_PER_POINT)
            objects = []
            for number, line in enumerate(page.extract_text_lines(return_chars=True)):
                # a glyph of two characters (“——”) is listed once per character: keep it once
                glyphs = [c for k, c in enumerate(line["chars"]) if k == 0 or c is not line["chars"][k - 1]]
                chars = [part for c in glyphs if c["text"].strip() for part in _code_points(c)]
                if chars:
                    objects.append(_line_object(chars, ctm=number % 2 == 1))
            for edge in page.lines:
                objects.append(
                    rule(*(v * MM_PER_POINT for v in (edge["x0"], edge["top"], edge["x1"], edge["bottom"])))
                )
            for box in page.rects:
                x0, top, x1, bottom = (
                    v * MM_PER_POINT for v in (box["x0"], box["top"], box["x1"], box["bottom"])
                )
                # a Word table's border: a thin filled box, or a box whose four sides are its rules
                objects.append(
                    f'<ofd:PathObject ID="1" Boundary="{x0:.3f} {top:.3f} {x1 - x0:.3f} {bottom - top:.3f}" '
                    f'Fill="{str(bool(box.get("fill"))).lower()}" '
                    f'Stroke="{str(bool(box.get("stroke"))).lower()}">'
                    f"<ofd:AbbreviatedData>M 0 0 L {x1 - x0:.3f} 0 L {x1 - x0:.3f} {bottom - top:.3f} "
                    f"L 0 {bottom - top:.3f} C</ofd:AbbreviatedData></ofd:PathObject>"
                )
            pages.append("".join(objects))
    return ofd_package(pages, size=size)


def _code_points(char: dict) -> list[dict]:
    """A PDF glyph as the characters an OFD's TextCode holds, one advance each: a font may draw
    “——” as one glyph, and an OFD's DeltaX counts code points, so one glyph of two characters
    would shift every advance after it."""
    text = char["text"]
    if len(text) == 1:
        return [char]
    step = (char["x1"] - char["x0"]) / len(text)
    return [
        {**char, "text": part, "x0": char["x0"] + index * step, "x1": char["x0"] + (index + 1) * step}
        for index, part in enumerate(text)
    ]


def _line_object(chars: list[dict], *, ctm: bool) -> str:
    size = max(c["size"] for c in chars) * MM_PER_POINT
    left = chars[0]["x0"] * MM_PER_POINT
    top = min(c["top"] for c in chars) * MM_PER_POINT
    baseline = max(c["bottom"] for c in chars) * MM_PER_POINT - 0.12 * size - top
    advances = [(b["x0"] - a["x0"]) * MM_PER_POINT for a, b in itertools.pairwise(chars)]
    text = escape("".join(c["text"] for c in chars))
    width = (chars[-1]["x1"] - chars[0]["x0"]) * MM_PER_POINT
    if ctm:
        return (
            f'<ofd:TextObject ID="1" Boundary="{left:.3f} {top:.3f} {width:.3f} {size * 1.3:.3f}" Font="1" '
            f'Size="1" CTM="{size:.4f} 0 0 {size:.4f} 0 0"><ofd:TextCode X="0" Y="{baseline / size:.4f}" '
            f'DeltaX="{_packed([a / size for a in advances])}">{text}</ofd:TextCode></ofd:TextObject>'
        )
    return (
        f'<ofd:TextObject ID="1" Boundary="{left:.3f} {top:.3f} {width:.3f} {size * 1.3:.3f}" Font="1" '
        f'Size="{size:.3f}"><ofd:TextCode X="0" Y="{baseline:.3f}" DeltaX="{_packed(advances)}">{text}'
        f"</ofd:TextCode></ofd:TextObject>"
    )
