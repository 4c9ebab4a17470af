"""An OFD file (版式文件, GB/T 33190, the fixed layout of China's e-government documents): its
text and ruled tables, read by the PDF reader.

An OFD is a zip of XML: each page lists text objects (characters with their positions, in mm
from the page's top left) and path objects (the rules of a table among them), as a PDF page does.
So each page is redrawn as a PDF page — every character where the OFD puts it, every path as the
lines it draws — and `document_pdf` reads it: its tables cell by cell, rows broken across pages
joined, tables without rules by their columns (docs/decisions.md, “Other files offices keep and
receive”). Glyphs are not needed: the PDF's font only says which character each code is and how
wide it is.
"""

from __future__ import annotations

import io
import math
import posixpath
import unicodedata
import zipfile

from intake.document_common import MAX_UNPACKED_BYTES, PlanFileError
from intake.document_pdf import MAX_PDF_PAGES, read_pdf

_POINTS_PER_MM = 72 / 25.4
# An OFD is a copy for reading: what to ask for instead when it cannot be read
HOW_TO_RESAVE = "请向发文单位索取 Word 或 PDF 版本，或在 OFD 阅读器中复制全文后使用“粘贴文本”。"


def read_ofd(data: bytes, name: str) -> str:
    pages = _ofd_pages(data, name)
    if sum(len(page.characters) for page in pages) < 10:
        raise PlanFileError(
            f"文件“{name}”是扫描件或图片 OFD，没有文字层，无法识别文字。"
            "请使用原始的 Word 文件，或先用 OCR 软件转成文字后再导入。"
        )
    return read_pdf(_pdf_of(pages), name)


class _Page:
    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.characters: list[tuple[float, float, float, str]] = []  # x, baseline y, size (mm), text
        self.paths: list[tuple[list[list[tuple[float, float]]], bool, bool, float]] = []
        # how far each character moved the pen, in its size: what its width in the PDF will be
        self.advances: dict[str, list[float]] = {}


# --- the OFD package -----------------------------------------------------------------------------


def _ofd_pages(data: bytes, name: str) -> list[_Page]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise PlanFileError(f"文件“{name}”不完整或已损坏，无法作为 OFD 打开。{HOW_TO_RESAVE}") from error
    with archive:
        if sum(item.file_size for item in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise PlanFileError(f"文件“{name}”解压后过大，不像是整改方案。")
        parts = {item.filename.lstrip("/"): item for item in archive.infolist()}

        def xml(path: str):
            item = parts.get(path.lstrip("/"))
            if item is None:
                raise PlanFileError(f"文件“{name}”不是完整的 OFD 文件（缺少 {path}）。{HOW_TO_RESAVE}")
            return _parse_xml(archive.read(item), name)

        try:
            root = xml("OFD.xml")
            document_path = _text_of(_first(root, "DocRoot"))
            if not document_path:
                raise PlanFileError(f"文件“{name}”不是完整的 OFD 文件（没有 DocRoot）。{HOW_TO_RESAVE}")
            document_path = document_path.lstrip("/")
            document = xml(document_path)
            folder = posixpath.dirname(document_path)
            box = _numbers(_text_of(_first(document, "PhysicalBox"))) or [0, 0, 210, 297]
            templates = {
                element.get("ID"): element.get("BaseLoc")
                for element in document.iter()
                if _local(element.tag) == "TemplatePage"
            }
            page_entries = [element for element in document.iter() if _local(element.tag) == "Page"]
            if len(page_entries) > MAX_PDF_PAGES:
                raise PlanFileError(
                    f"文件“{name}”有 {len(page_entries)} 页，超过 {MAX_PDF_PAGES} 页，不像是整改方案。"
                )
            pages = []
            for entry in page_entries:
                content = xml(_resolve(folder, entry.get("BaseLoc") or ""))
                page_box = _numbers(_text_of(_first(content, "PhysicalBox"))) or box
                page = _Page(page_box[2], page_box[3])
                for used in (element for element in content if _local(element.tag) == "Template"):
                    # the page's template (a letterhead, a form's fixed labels) under its content
                    location = templates.get(used.get("TemplateID"))
                    if location:
                        _draw(xml(_resolve(folder, location)), page)
                _draw(content, page)
                pages.append(page)
        except PlanFileError:
            raise
        except (KeyError, ValueError, zipfile.BadZipFile, OSError, EOFError) as error:
            raise PlanFileError(
                f"文件“{name}”OFD 内容已损坏，无法读取（{type(error).__name__}）。{HOW_TO_RESAVE}"
            ) from error
    return pages


def _parse_xml(data: bytes, name: str):
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        return lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as error:
        raise PlanFileError(f"文件“{name}”OFD 内容已损坏，无法读取（XML 有误）。{HOW_TO_RESAVE}") from error


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _first(element, name: str):
    return next((found for found in element.iter() if _local(found.tag) == name), None)


def _text_of(element) -> str:
    return (element.text or "").strip() if element is not None else ""


def _resolve(folder: str, location: str) -> str:
    """A part's path: from the package's root when it starts with /, else from the document's folder."""
    if location.startswith("/"):
        return location.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, location))


def _numbers(text: str | None) -> list[float]:
    """“1 2.5 g 3 4” → [1, 2.5, 4, 4, 4]: OFD's number lists, “g N x” repeating x N times."""
    values: list[float] = []
    tokens = (text or "").split()
    index = 0
    while index < len(tokens):
        if tokens[index] == "g" and index + 2 < len(tokens):
            values.extend([float(tokens[index + 2])] * min(int(float(tokens[index + 1])), 10_000))
            index += 3
        else:
            values.append(float(tokens[index]))
            index += 1
    return values


# --- a page's objects ----------------------------------------------------------------------------

_Matrix = tuple[float, float, float, float, float, float]


def _apply(matrix: _Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _draw(content, page: _Page) -> None:
    """The text and path objects of a page (in layers and blocks, at any depth) onto `page`."""
    for element in content.iter():
        kind = _local(element.tag)
        if kind not in ("TextObject", "PathObject"):
            continue
        boundary = [*_numbers(element.get("Boundary")), 0, 0]
        ctm = _numbers(element.get("CTM"))
        matrix: _Matrix = tuple(ctm) if len(ctm) == 6 else (1, 0, 0, 1, 0, 0)  # type: ignore[assignment]

        def place(x: float, y: float, matrix: _Matrix = matrix, boundary: list[float] = boundary):
            x, y = _apply(matrix, x, y)
            return x + boundary[0], y + boundary[1]

        if kind == "TextObject":
            # Size is before the CTM (some converters write Size 1 and scale by the matrix)
            own_size = float(element.get("Size") or 3.5)
            size = own_size * math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]))
            x = y = 0.0
            for code in (child for child in element if _local(child.tag) == "TextCode"):
                x = float(code.get("X", x))
                y = float(code.get("Y", y))
                dx, dy = _numbers(code.get("DeltaX")), _numbers(code.get("DeltaY"))
                for index, char in enumerate(code.text or ""):
                    step = dx[index] if index < len(dx) else None
                    if char.strip():
                        page.characters.append((*place(x, y), size, char))
                        if step is not None and step > 0 and not (index < len(dy) and dy[index]):
                            page.advances.setdefault(char, []).append(step / own_size)
                    x += step if step is not None else _advance(char, own_size)
                    y += dy[index] if index < len(dy) else 0.0
        else:
            stroke = element.get("Stroke", "true") != "false"
            fill = element.get("Fill", "false") == "true"
            width = float(element.get("LineWidth") or 0.353)
            shapes = [
                [place(x, y) for x, y in shape]
                for shape in _path_points(_text_of(_first(element, "AbbreviatedData")))
            ]
            if shapes:
                page.paths.append((shapes, stroke, fill, width))


def _advance(char: str, size: float) -> float:
    """How far a character moves the pen when the OFD gives no advance: a full width for
    Chinese and full-width forms, half for the rest."""
    return size if unicodedata.east_asian_width(char) in "WF" else size / 2


def _path_points(data: str) -> list[list[tuple[float, float]]]:
    """The straight pieces of a path (“M 0 0 L 156 0 C”): curves go straight to their end, as
    a table's rules and a letterhead's line are straight anyway."""
    tokens = data.split()
    shapes: list[list[tuple[float, float]]] = []
    arguments = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
    index = 0
    while index < len(tokens):
        command = tokens[index]
        count = arguments.get(command)
        if count is None:
            index += 1
            continue
        values = [float(value) for value in tokens[index + 1 : index + 1 + count]]
        index += 1 + count
        if len(values) < count:
            break
        if command in ("S", "M"):
            shapes.append([(values[0], values[1])])
        elif command == "C":
            if shapes and len(shapes[-1]) > 1:
                shapes[-1].append(shapes[-1][0])
        elif shapes:
            shapes[-1].append((values[-2], values[-1]))
    return [shape for shape in shapes if len(shape) > 1]


# --- the PDF that says the same --------------------------------------------------------------------


def _pdf_of(pages: list[_Page]) -> bytes:
    """A PDF of the pages: each character drawn alone where it stands (one font whose codes are
    the characters' numbers in a table of its own, with a ToUnicode map and widths), each path's
    straight pieces stroked or filled."""
    characters = sorted({char for page in pages for *_, char in page.characters})
    code_of = {char: index + 1 for index, char in enumerate(characters)}
    advances: dict[str, list[float]] = {}
    for page in pages:
        for char, steps in page.advances.items():
            advances.setdefault(char, []).extend(steps)
    widths = " ".join(f"{code} [{_width(char, advances.get(char))}]" for char, code in code_of.items())
    to_unicode = _to_unicode(code_of)
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_id = add(b"")
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /OFDText /Flags 4 /FontBBox [0 -120 1000 880]"
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
    )
    cid_font = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /OFDText /CIDToGIDMap /Identity"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        + f" /FontDescriptor {descriptor} 0 R /DW 1000 /W [{widths}] >>".encode()
    )
    unicode_map = add(_stream(to_unicode))
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /OFDText /Encoding /Identity-H"
        f" /DescendantFonts [{cid_font} 0 R] /ToUnicode {unicode_map} 0 R >>".encode()
    )
    kids = []
    for page in pages:
        height = page.height * _POINTS_PER_MM
        commands = []
        for shapes, stroke, fill, width in page.paths:
            commands.append(f"{max(width, 0.1) * _POINTS_PER_MM:.3f} w")
            for shape in shapes:
                points = [(x * _POINTS_PER_MM, height - y * _POINTS_PER_MM) for x, y in shape]
                commands.append(f"{points[0][0]:.2f} {points[0][1]:.2f} m")
                commands.extend(f"{x:.2f} {y:.2f} l" for x, y in points[1:])
            commands.append("B" if fill and stroke else "f" if fill else "S")
        commands.append("BT")
        for x, y, size, char in page.characters:
            points = size * _POINTS_PER_MM
            commands.append(
                f"/F1 {points:.2f} Tf 1 0 0 1 {x * _POINTS_PER_MM:.2f} {height - y * _POINTS_PER_MM:.2f} Tm"
                f" <{code_of[char]:04X}> Tj"
            )
        commands.append("ET")
        content = add(_stream("\n".join(commands).encode()))
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R"
                f" /MediaBox [0 0 {page.width * _POINTS_PER_MM:.2f} {height:.2f}]"
                f" /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objects[pages_id - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{kid} 0 R' for kid in kids)}] /Count {len(kids)} >>".encode()
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _width(char: str, steps: list[float] | None) -> int:
    """A character's width in the PDF font (thousandths of its size); text extraction finds word
    gaps by it. A Chinese or full-width character is one size wide in every Chinese font; any
    other is as wide as the least it moved the pen in the OFD (a justified line adds room after
    characters, never takes any away), half a size where the OFD never said."""
    if unicodedata.east_asian_width(char) in "WF":
        return 1000
    least = min(steps) if steps else 0.5
    return round(1000 * min(max(least, 0.2), 1.0))


def _stream(data: bytes) -> bytes:
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def _to_unicode(code_of: dict[str, int]) -> bytes:
    """The CMap that names the character of each code (what text extraction gives back)."""
    lines = [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /OFDText-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    items = list(code_of.items())
    for start in range(0, len(items), 100):  # at most 100 entries a block
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{code:04X}> <{char.encode('utf-16-be').hex().upper()}>" for char, code in chunk)
        lines.append("endbfchar")
    lines.append("endcmap CMapName currentdict /CMap defineresource pop end end")
    return "\n".join(lines).encode()
