"""The bulletin as printed: every page of the PDF, and of the Word file as LibreOffice lays it
out, rendered to images (test-artifacts/bulletin/) and read back line by line
(`pdftotext -layout`), checked against the document model: the parts of an official
document in their order, page numbers, no line starting with closing punctuation, no number
split across lines."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import pandas as pd
import pytest

from data_access.dispatch import monthly_dispatch
from data_access.metrics import FindingFilters
from reports import fonts
from reports.bulletin import Bulletin, make_bulletin
from reports.formats import build_bulletin
from reports.linebreak import NO_LINE_END, NO_LINE_START, WORD_JOINER, units
from reports.narrative import dispatch_narrative
from tests.dispatch_fixture import MONTH, add_dispatch_findings
from tests.fixture_data import TODAY

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "bulletin"
IN_CI = os.environ.get("CI") == "true"
OFFICE = "湘潭市突出生态环境问题整改工作领导小组办公室"
NUMBER = "湘环督整办〔2026〕12号"
ISSUED = "2026年11月5日"
CC = "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。"
# A number at every position of a line: one of these paragraphs puts each character of the
# sentence at the end of a line somewhere, so a breaker that splits numbers is caught.
NUMBERS = "截至2023年6月30日完成11个（100.0%），较上月上升12.5个百分点，逾期365天，第10期。"
PARAGRAPHS = ["甲" * shift + NUMBERS for shift in range(0, 30)]
PAGE_NUMBER = re.compile(r"^—\s*(\d+)\s*—$")
# A line ending in a digit and the next starting with what belongs to the number.
NUMBER_CONTINUES = set("0123456789年月日%％个项天.")

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")) and not IN_CI,
    reason="poppler-utils (pdftotext, pdftoppm) not installed; CI installs it (scripts/test.sh)",
)
needs_cjk_font = pytest.mark.skipif(
    not fonts.cjk_font_available() and not IN_CI,
    reason="no Chinese font on this machine (apt-get install fonts-noto-cjk); CI installs one",
)
needs_libreoffice = pytest.mark.skipif(
    not shutil.which("soffice") and not IN_CI,
    reason="LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui; "
    "CI installs it (scripts/test.sh)",
)


@pytest.fixture
def bulletin(engine, fixture_ids) -> Bulletin:
    add_dispatch_findings(engine)
    dispatch = monthly_dispatch(engine, filters=FindingFilters(), month=MONTH, today=TODAY)
    narrative = "\n".join([dispatch_narrative(dispatch), *PARAGRAPHS])
    return make_bulletin(
        dispatch,
        issued_on=date(2026, 11, 5),
        scope="地区：全部",
        narrative=narrative,
        office=OFFICE,
        number=NUMBER,
        cc="市委办公室，市人大常委会办公室，市政府办公室，市政协办公室",
    )


@dataclass
class Printed:
    """The text of a printed document: its lines per page, as pdftotext lays them out."""

    pages: list[list[str]]

    @property
    def lines(self) -> list[str]:
        """Every non-empty line without its whitespace (justified and spaced Chinese gets
        spaces from pdftotext) and without page numbers, in reading order."""
        out = []
        for page in self.pages:
            for line in page:
                flat = _flat(line)
                if flat and not PAGE_NUMBER.match(line.strip()):
                    out.append(flat)
        return out


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text.replace(WORD_JOINER, ""))


def _render(pdf: Path, prefix: str) -> Printed:
    """Page images into test-artifacts/bulletin/ and the text of each page."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{prefix}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", "70", "-png", str(pdf), str(ARTIFACTS / prefix)], check=True, timeout=120
    )
    images = sorted(ARTIFACTS.glob(f"{prefix}-*.png"))
    pages = []
    for number in range(1, len(images) + 1):
        text = subprocess.run(
            ["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        pages.append(text.splitlines())
    assert pages, "no page rendered"
    return Printed(pages)


def _check_layout(printed: Printed, bulletin: Bulletin) -> None:
    lines = printed.lines
    # The parts of an official document, in order (GB/T 9704-2012).
    expected = [
        OFFICE,  # 发文机关标志
        NUMBER,  # 发文字号
        bulletin.title,
        f"（{bulletin.issue}）",
        bulletin.recipients_line,  # 主送机关
        "一、总体情况",
        "附件：逾期未完成问题清单",  # 附件说明
        OFFICE,  # 发文机关署名
        ISSUED,  # 成文日期
        "附件",
        CC,  # 版记: 抄送
        f"{OFFICE}{ISSUED}印发",  # 版记: 印发机关和印发日期
    ]
    at = -1
    for part in expected:
        found = _find(lines, _flat(part), at + 1)
        assert found is not None, f"“{part}” not found after line {at}: {lines[at : at + 5]}"
        at = found
    _assert_even_pages_numbered(printed)
    # No line starts with closing punctuation (table cells included: each column's text).
    for line in (raw for page in printed.pages for raw in page):
        for chunk in re.split(r"\s{2,}", line.strip()):
            assert not chunk or chunk[0] not in NO_LINE_START, line
    # No number split over two lines of running text (lines without column gaps).
    prose = [
        line.strip().replace(WORD_JOINER, "")
        for page in printed.pages
        for line in page
        if line.strip() and not re.search(r"\S\s{2,}\S", line.strip()) and not PAGE_NUMBER.match(line.strip())
    ]
    for before, after in pairwise(prose):
        assert not (before[-1].isdigit() and after[0] in NUMBER_CONTINUES), (before, after)
    # Each paragraph of the summary, found line by line: every line break falls between two
    # units of the model (reports.linebreak.units), never inside a number, never before a
    # closing mark nor after an opening one.
    for paragraph in bulletin.paragraphs:
        breaks = _breaks(lines, _flat(paragraph))
        boundaries = _unit_boundaries(_flat(paragraph))
        for cut in breaks:
            text = _flat(paragraph)
            assert cut in boundaries, f"number split: {text[max(cut - 8, 0) : cut]}|{text[cut : cut + 8]}"
            assert text[cut] not in NO_LINE_START and text[cut - 1] not in NO_LINE_END, text[
                cut - 3 : cut + 3
            ]


def _assert_even_pages_numbered(printed: Printed) -> None:
    """Printed back to back, the document ends on an even page with the 版记 (封四); page
    numbers “— 1 —”, one per page, in order, except (GB/T 9704 7.5) on a blank page left before
    the 版记's page and then on the 版记's page too. The 版记's page may go unnumbered (Word's
    layout: a page of its own, see reports/word.py `_back_page`)."""
    pages = printed.pages
    assert len(pages) % 2 == 0, f"{len(pages)} pages: the last page (封四) must be even"
    assert any("印发" in line for line in pages[-1]), "the 版记 is not on the last page"
    texts = [
        [_flat(line) for line in page if _flat(line) and not PAGE_NUMBER.match(line.strip())]
        for page in pages
    ]
    numbers = [[int(m.group(1)) for line in page if (m := PAGE_NUMBER.match(line.strip()))] for page in pages]
    blank_before = len(pages) >= 2 and not texts[-2]
    for index, (text, found) in enumerate(zip(texts, numbers, strict=True)):
        number = index + 1
        if not text:  # a blank page: only right before the 版记's, and unnumbered
            assert number == len(pages) - 1 and found == [], (number, found)
        elif number == len(pages):
            assert found == [] if blank_before else found in ([], [number]), (number, found)
        else:
            assert found == [number], (number, pages[index][-5:])


BOTTOM_MARGIN_PT = 35 / 25.4 * 72  # GB/T 9704: 35 mm below the text area (both writers)


def _assert_imprint_at_foot(pdf: Path) -> None:
    """The 版记 sits at the foot of the last page's text area, as official documents print it:
    印发 the lowest line of text above the page number, within a line of the bottom margin, and
    抄送 right above it (positions read with pdfplumber)."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        last = document.pages[-1]
        lines = [line for line in last.extract_text_lines() if not PAGE_NUMBER.match(line["text"].strip())]
        foot = float(last.height) - BOTTOM_MARGIN_PT
    printed = max(lines, key=lambda line: line["bottom"])
    assert _flat(printed["text"]) == _flat(f"{OFFICE}{ISSUED}印发"), printed["text"]
    assert foot - 28 <= printed["bottom"] <= foot + 2, (printed["bottom"], foot)
    above = [line for line in lines if line["bottom"] < printed["top"]]
    cc = max(above, key=lambda line: line["bottom"])
    assert _flat(cc["text"]).startswith("抄送：") or _flat(cc["text"]) in _flat(CC), cc["text"]
    assert printed["top"] - cc["bottom"] < 40, (cc, printed)  # one block, no gap between


def _find(lines: list[str], part: str, start: int) -> int | None:
    """The index of the last line of the first run of lines (at most three: 抄送 may take
    two) that reads `part`, at or after `start`."""
    for index in range(start, len(lines)):
        for count in (1, 2, 3):
            if "".join(lines[index : index + count]) == part:
                return index + count - 1
    return None


def _breaks(lines: list[str], paragraph: str) -> list[int]:
    """Where the printed lines break the paragraph (offsets into it)."""
    for start, line in enumerate(lines):
        if len(line) < 2 or not paragraph.startswith(line):
            continue
        cuts, used = [], len(line)
        index = start + 1
        while used < len(paragraph) and index < len(lines) and paragraph.startswith(lines[index], used):
            cuts.append(used)
            used += len(lines[index])
            index += 1
        if used == len(paragraph):
            return cuts
    raise AssertionError(f"paragraph not printed whole: {paragraph[:30]}…")


def _unit_boundaries(text: str) -> set[int]:
    offsets, position = set(), 0
    for unit in units(text):
        position += len(unit)
        offsets.add(position)
    return offsets


@needs_poppler
@needs_cjk_font
def test_pdf_pages_follow_the_official_layout(bulletin, tmp_path):
    pdf = tmp_path / "bulletin.pdf"
    pdf.write_bytes(build_bulletin(bulletin, "pdf"))
    printed = _render(pdf, "pdf-page")
    assert len(printed.pages) >= 3
    _check_layout(printed, bulletin)
    _assert_imprint_at_foot(pdf)


# As Word prints: LibreOffice's PDF export leaves out the blank pages it inserts before a
# section that must start on an even page, unless told to keep them.
LIBREOFFICE_PDF = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'


def _word_to_pdf(docx: Path, folder: Path) -> Path:
    """The Word file laid out by LibreOffice (headless) into `folder` as a PDF of the same name."""
    profile = folder / "lo-profile"  # its own profile: no clash with another soffice
    subprocess.run(
        [
            shutil.which("soffice") or "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            LIBREOFFICE_PDF,
            "--outdir",
            str(folder),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return folder / f"{docx.stem}.pdf"


@needs_poppler
@needs_libreoffice
def test_word_pages_follow_the_official_layout(bulletin, tmp_path):
    """The Word file as LibreOffice lays it out (Word's own rules are the same East Asian
    ones: w:kinsoku, the no-break lists, word joiners)."""
    docx = tmp_path / "bulletin.docx"
    docx.write_bytes(build_bulletin(bulletin, "docx"))
    _word_to_pdf(docx, tmp_path)
    printed = _render(tmp_path / "bulletin.pdf", "word-page")
    assert len(printed.pages) >= 3
    _check_layout(printed, bulletin)
    _assert_imprint_at_foot(tmp_path / "bulletin.pdf")


def _pages_text(pdf: Path) -> Printed:
    pages = []
    count = len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
    for number in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        pages.append(text.splitlines())
    return Printed(pages)


def _back_page_kind(printed: Printed) -> str:
    """Where the 版记 went: “shared” (the text's last page, even), “own” (the page after the
    text's odd last page) or “after blank” (a blank page between)."""
    texts = [
        [_flat(line) for line in page if _flat(line) and not PAGE_NUMBER.match(line.strip())]
        for page in printed.pages
    ]
    last = [
        line
        for line in texts[-1]
        if "印发" not in line and not _flat(CC).startswith(line) and line not in _flat(CC)
    ]
    if not texts[-2]:
        return "after blank"
    return "shared" if last else "own"


def _annex_of_length(bulletin: Bulletin, rows: int) -> Bulletin:
    """The bulletin with `rows` rows in its annex (the overdue list, its rows repeated): the
    document's end moves down the pages row by row."""
    overdue = bulletin.dispatch.overdue_list
    longer = pd.concat([overdue] * (rows // max(len(overdue), 1) + 1), ignore_index=True).head(rows)
    return replace(bulletin, dispatch=replace(bulletin.dispatch, overdue_list=longer))


@needs_poppler
@needs_cjk_font
def test_pdf_ends_on_an_even_page_whatever_the_text_s_length(bulletin, tmp_path):
    """Issue 15: printed back to back, the bulletin ends on an even page (封四) with the 版记 at
    its foot, for texts ending on an odd page, on an even page with room, and on an even page
    without room (a blank page first; neither numbered)."""
    kinds = {}
    for extra in range(0, 40, 2):
        longer = _annex_of_length(bulletin, extra)
        pdf = tmp_path / f"bulletin-{extra}.pdf"
        pdf.write_bytes(build_bulletin(longer, "pdf"))
        printed = _pages_text(pdf)
        _assert_even_pages_numbered(printed)
        _assert_imprint_at_foot(pdf)
        kinds.setdefault(_back_page_kind(printed), extra)
    assert set(kinds) == {"shared", "own", "after blank"}, kinds


@needs_poppler
@needs_libreoffice
@pytest.mark.parametrize("extra", [2, 20])
def test_word_ends_on_an_even_page_whatever_the_text_s_length(bulletin, tmp_path, extra):
    """The Word file as LibreOffice lays it out: the 版记 on a back page of its own, even, at
    its foot; a blank page before it when the text ends on an even page."""
    longer = _annex_of_length(bulletin, extra)
    docx = tmp_path / "bulletin.docx"
    docx.write_bytes(build_bulletin(longer, "docx"))
    _word_to_pdf(docx, tmp_path)
    printed = _pages_text(tmp_path / "bulletin.pdf")
    _assert_even_pages_numbered(printed)
    _assert_imprint_at_foot(tmp_path / "bulletin.pdf")
    assert _back_page_kind(printed) == ("own" if extra == 2 else "after blank")
