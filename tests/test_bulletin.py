"""The bulletin files read back (python-docx, openpyxl, pypdf) and compared with the page."""

from __future__ import annotations

import io
import os
from datetime import date

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from openpyxl import load_workbook
from pypdf import PdfReader

import manage
from data_access.dispatch import monthly_dispatch
from data_access.metrics import FindingFilters
from reports import fonts
from reports.bulletin import bulletin_tables, issue_label, make_bulletin, table_frame
from reports.formats import build_bulletin
from reports.linebreak import WORD_JOINER
from tests.app_helper import new_app
from tests.dispatch_fixture import MONTH, add_dispatch_findings
from tests.fixture_data import TODAY

EDITED = "本月调度摘要经办公室修改：市环保局完成率提升明显。\n请各单位抓紧推进。"

needs_cjk_font = pytest.mark.skipif(
    not fonts.cjk_font_available() and os.environ.get("CI") != "true",
    reason="no Chinese font on this machine (apt-get install fonts-noto-cjk); CI installs one",
)


@pytest.fixture
def dispatch_db(engine, fixture_ids) -> dict[str, int]:
    return add_dispatch_findings(engine)


@pytest.fixture
def bulletin(engine, dispatch_db):
    dispatch = monthly_dispatch(engine, filters=FindingFilters(), month=MONTH, today=TODAY)
    return make_bulletin(dispatch, issued_on=date(2026, 11, 5), scope="地区：全部", narrative=EDITED)


@pytest.fixture
def page_tables(app_env, dispatch_db):
    """The tables the dispatch page shows for October (its default month), by heading."""
    at = new_app()
    at.run()
    at.switch_page("pages/dispatch.py").run()
    assert not at.exception, [e.value for e in at.exception]
    frames = {}
    for frame in (element.value for element in at.dataframe):
        if "名次变化" in frame.columns:
            frames["ranking"] = frame
        elif "逾期问题数" in frame.columns:
            frames["overdue"] = frame
        elif "最长逾期天数" in frame.columns:
            frames["late"] = frame
    metrics = {metric.label: metric.value for metric in at.metric}
    return frames, metrics


def test_issue_number_and_defaults(bulletin, monkeypatch):
    assert issue_label(date(2024, 3, 1)) == "2024年第3期"
    assert bulletin.full_title == "突出生态环境问题整改调度通报（2026年第10期）"
    # Never a placeholder issuer: the region's office, or the office without a region.
    assert bulletin.office == "突出生态环境问题整改工作领导小组办公室"
    assert "XX" not in bulletin.office
    assert make_bulletin(bulletin.dispatch, issued_on=TODAY, region_name="湘潭市").office == (
        "湘潭市突出生态环境问题整改工作领导小组办公室"
    )
    assert bulletin.doc_number == "整改办〔2026〕10号"
    assert bulletin.recipients_line == "各牵头单位，领导小组各成员单位："
    assert bulletin.cc_line == "抄送：领导小组组长、副组长。"
    monkeypatch.setenv("DASHBOARD_BULLETIN_OFFICE", "湘潭市生态环境保护督察整改工作领导小组办公室")
    other = make_bulletin(bulletin.dispatch, issued_on=TODAY)
    assert other.office == "湘潭市生态环境保护督察整改工作领导小组办公室"
    assert other.narrative.startswith("截至2026年10月31日")  # generated when not edited
    monkeypatch.setenv("DASHBOARD_ISSUER", "湖南省生态环境保护督察整改工作领导小组办公室")
    monkeypatch.setenv("DASHBOARD_DOC_NUMBER_PATTERN", "湘环督整办〔{year}〕{number}号")
    monkeypatch.setenv("DASHBOARD_RECIPIENTS", "各市州人民政府，省直有关单位")
    monkeypatch.setenv("DASHBOARD_CC", "省委办公厅，省政府办公厅")
    configured = make_bulletin(bulletin.dispatch, issued_on=date(2026, 12, 4), region_name="湘潭市")
    assert configured.office == "湖南省生态环境保护督察整改工作领导小组办公室"
    assert configured.doc_number == "湘环督整办〔2026〕10号"
    assert configured.recipients_line == "各市州人民政府，省直有关单位："
    assert configured.cc_line == "抄送：省委办公厅，省政府办公厅。"
    edited = make_bulletin(bulletin.dispatch, issued_on=TODAY, number="湘环督整办〔2026〕12号", cc="")
    assert edited.doc_number == "湘环督整办〔2026〕12号"
    assert edited.cc_line == ""


def test_word_file(bulletin, page_tables):
    frames, _metrics = page_tables
    document = Document(io.BytesIO(build_bulletin(bulletin, "docx")))
    # Word joiners keep numbers whole (reports/linebreak.py); they are not part of the text.
    texts = [p.text.replace(WORD_JOINER, "") for p in document.paragraphs]
    filled = [t for t in texts if t]
    # The official layout in order: mark, number, title, issue, 主送 … signature, date.
    assert filled[:5] == [
        "突出生态环境问题整改工作领导小组办公室",
        "整改办〔2026〕10号",
        "突出生态环境问题整改调度通报",
        "（2026年第10期）",
        "各牵头单位，领导小组各成员单位：",
    ]
    signature = texts.index("2026年11月5日")
    assert texts[signature - 1] == "突出生态环境问题整改工作领导小组办公室"
    assert filled[-2:] == ["附件", "逾期未完成问题清单"]  # the annex's heading, then its table
    # 版记: 抄送 and 印发 in one text box whose foot is the foot of the text area (29.7 cm less
    # the 3.5 cm margin), on a back page of its own that starts on an even page (封四), without
    # a page number (where LibreOffice puts it: tests/test_bulletin_layout.py).
    (box,) = document.element.body.findall(".//" + qn("wp:anchor"))
    position = box.find(qn("wp:positionV"))
    assert position.get("relativeFrom") == "page"
    box_foot = int(position.find(qn("wp:posOffset")).text) + int(box.find(qn("wp:extent")).get("cy"))
    assert abs(box_foot - (29.7 - 3.5) * 360000) < 12700  # EMU: within a point
    back = document.sections[-1]
    assert len(document.sections) == 2 and back.start_type == WD_SECTION.EVEN_PAGE
    assert "PAGE" not in back.footer._element.xml and "PAGE" not in back.even_page_footer._element.xml
    assert "PAGE" in document.sections[0].footer._element.xml

    def run_text(paragraph) -> str:  # w:t and w:tab of the runs (not the tab stops)
        parts = paragraph.iter(qn("w:t"), qn("w:tab"))
        return "".join(
            t.text if t.tag == qn("w:t") else "\t" for t in parts if t.getparent().tag == qn("w:r")
        )

    imprint = [run_text(p) for p in box.iter(qn("w:p"))]
    assert [t.replace(WORD_JOINER, "") for t in imprint] == [
        "抄送：领导小组组长、副组长。",
        "突出生态环境问题整改工作领导小组办公室\t2026年11月5日印发",
    ]
    # The office's edited summary, not the generated one.
    assert "本月调度摘要经办公室修改：市环保局完成率提升明显。" in texts
    assert "请各单位抓紧推进。" in texts
    assert not any(t.startswith("截至2026年10月31日") for t in texts)
    assert any(t.startswith("附件：逾期未完成问题清单") for t in texts)
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    ranking = next(t for header, t in tables.items() if "名次变化" in header)
    rows = [[c.text for c in row.cells] for row in ranking.rows[1:]]
    assert rows == frames["ranking"].values.tolist()  # the page's numbers, cell for cell
    late = next(t for header, t in tables.items() if "最长逾期天数" in header)
    assert [[c.text for c in row.cells] for row in late.rows[1:]] == frames["late"].values.tolist()
    annex = next(t for header, t in tables.items() if "序号" in header)
    assert [[row.cells[1].text, row.cells[6].text] for row in annex.rows[1:]] == [
        ["测试问题B3", "31"],
        ["测试问题D7", "11"],
    ]
    # Chinese fonts set for East Asian text, as Word and WPS need.
    title = document.paragraphs[texts.index("突出生态环境问题整改调度通报")]
    assert title.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"
    mark = document.paragraphs[0].runs[0]
    assert str(mark.font.color.rgb) == "E60012"  # the red issuing-office mark
    body = document.paragraphs[texts.index("请各单位抓紧推进。")]
    assert body.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    heading = next(p for p in document.paragraphs if p.text == "一、总体情况")
    assert heading.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "仿宋"


def test_excel_file(bulletin, page_tables):
    frames, metrics = page_tables
    workbook = load_workbook(io.BytesIO(build_bulletin(bulletin, "xlsx")))
    assert workbook.sheetnames == [
        "说明",
        "总体情况",
        "完成率排名",
        "逾期排名",
        "月调度报送",
        "未按时报送明细",
        "本月变化",
        "指标进展",  # issue 21: targets not met and behind
        "逾期问题清单",
        "佐证材料",  # issue 16: the month's evidence files (Excel only)
    ]
    cover = {row[0]: row[1] for row in workbook["说明"].iter_rows(values_only=True)}
    assert cover["标题"] == "突出生态环境问题整改调度通报（2026年第10期）"
    assert cover["筛选条件"] == "地区：全部"
    assert cover["本月统计截至"] == "2026年10月31日"
    assert cover["摘要"] == EDITED
    summary = {row[0]: row[1:] for row in workbook["总体情况"].iter_rows(min_row=4, values_only=True)}
    assert summary["问题总数"] == (21, 20, 1)
    assert f"{summary['完成率'][0] * 100:.1f}%" == metrics["完成率"]
    sheet = workbook["完成率排名"]
    header = [c.value for c in sheet[3]]
    assert header == frames["ranking"].columns.tolist()
    page = frames["ranking"].set_index("牵头单位")
    for row in sheet.iter_rows(min_row=4, values_only=True):
        values = dict(zip(header, row, strict=True))
        shown = page.loc[values["牵头单位"]]
        assert f"{values['完成率'] * 100:.1f}%" == shown["完成率"]
        assert str(values["问题数"]) == shown["问题数"]
        assert f"{values['较上月（百分点）']:+.1f}".replace("+0.0", "0.0") == shown["较上月（百分点）"]
    assert sheet["E4"].number_format == "0.0%"
    changes = list(workbook["本月变化"].iter_rows(min_row=4, values_only=True))
    kinds = sorted(row[0] for row in changes)
    assert kinds == sorted(
        ["新完成", "新完成", "新销号", "新销号", "新增逾期", "新增逾期", "调整时限", "状态倒退", "反弹重办"]
    )


@needs_cjk_font
def test_pdf_file(bulletin, page_tables):
    frames, metrics = page_tables
    reader = PdfReader(io.BytesIO(build_bulletin(bulletin, "pdf")))
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = text.replace("\n", "")
    for expected in (
        "突出生态环境问题整改调度通报",
        "（2026年第10期）",
        "突出生态环境问题整改工作领导小组办公室",
        "整改办〔2026〕10号",
        "各牵头单位，领导小组各成员单位：",
        "2026年11月5日",
        "抄送：领导小组组长、副组长。",
        "2026年11月5日印发",
        "一、总体情况",
        "附件",
        "逾期未完成问题清单",
        metrics["完成率"],
    ):
        assert expected in flat, expected
    # The edited summary, every character of it (no glyph lost).
    assert EDITED.replace("\n", "") in flat
    for row in frames["ranking"].itertuples(index=False):
        assert row.牵头单位 in flat
        assert row.完成率 in flat
    # Every font is embedded (TrueType subsets), so nothing depends on the reader's fonts.
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_tables_match_between_formats(bulletin):
    """Word prints table_frame's text; Excel holds the same numbers."""
    tables = {t.sheet: t for t in bulletin_tables(bulletin.dispatch)}
    frame = table_frame(tables["月调度报送"]).set_index("牵头单位")
    assert frame.loc["县住建局", "未报送"] == "1"
    assert frame.loc["市环保局", "最长逾期天数"] == "2"


def test_command_line_writes_each_format(app_env, dispatch_db, tmp_path, capsys):
    formats = ["docx", "xlsx"] + (["pdf"] if fonts.cjk_font_available() else [])
    for fmt in formats:
        output = tmp_path / f"bulletin.{fmt}"
        code = manage.main(["bulletin", "--month", "2026-10", "--format", fmt, "-o", str(output)])
        assert code == 0, capsys.readouterr().err
        assert output.stat().st_size > 1000
    assert "已生成突出生态环境问题整改调度通报（2026年第10期）" in capsys.readouterr().out
    output = tmp_path / "xiangxiang.xlsx"
    code = manage.main(
        ["bulletin", "--month", "2026-10", "-o", str(output), "--region", "湘乡市", "--date", "2026-11-05"]
    )
    assert code == 0
    workbook = load_workbook(output)
    cover = {row[0]: row[1] for row in workbook["说明"].iter_rows(values_only=True)}
    assert cover["筛选条件"] == "地区：湘乡市"
    assert cover["发文日期"] == "2026年11月5日"
    summary = {row[0]: row[1:] for row in workbook["总体情况"].iter_rows(min_row=4, values_only=True)}
    assert summary["问题总数"][0] == 4


def test_command_line_reports_bad_input_in_chinese(app_env, tmp_path, capsys):
    assert manage.main(["bulletin", "--month", "2026-13", "-o", str(tmp_path / "a.docx")]) == 1
    assert "月份格式应为 YYYY-MM" in capsys.readouterr().err
    assert (
        manage.main(["bulletin", "--month", "2026-10", "-o", str(tmp_path / "a.docx"), "--region", "火星"])
        == 1
    )
    assert "未知的地区：火星" in capsys.readouterr().err
    assert manage.main(["bulletin", "--month", "2027-01", "-o", str(tmp_path / "a.docx")]) == 1
    assert "晚于今天" in capsys.readouterr().err
    assert manage.main(["bulletin", "--month", "2026-10", "-o", str(tmp_path / "a.txt")]) == 1
    assert not (tmp_path / "a.docx").exists()


def test_missing_font_gives_a_chinese_message(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "CANDIDATES", {role: () for role in fonts.ROLES})
    monkeypatch.setattr(fonts, "_fontconfig_files", list)
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    fonts._find_cjk_fonts.cache_clear()
    try:
        with pytest.raises(fonts.FontNotFoundError, match="fonts-noto-cjk"):
            fonts.find_cjk_fonts()
        assert not fonts.cjk_font_available()
        bogus = tmp_path / "not-a-font.ttf"
        bogus.write_bytes(b"nothing")
        with pytest.raises(fonts.FontNotFoundError, match="不可用或不含中文字形"):
            fonts.find_cjk_fonts(str(bogus))
    finally:
        fonts._find_cjk_fonts.cache_clear()


@needs_cjk_font
def test_font_subset_has_every_glyph():
    faces = fonts.find_cjk_fonts()
    text = "突出生态环境问题整改调度通报（2024年第3期）回龙圩管理区 100.0% ↑↓"
    data, missing = fonts.truetype_subset(faces["serif"], text)
    assert missing == set()
    assert data[:4] == b"\x00\x01\x00\x00"  # TrueType outlines


@needs_cjk_font
def test_font_subset_reports_missing_characters_and_reuses_converted_glyphs():
    faces = fonts.find_cjk_fonts()
    first, missing = fonts.truetype_subset(faces["serif"], "整改\U00013000")  # an Egyptian hieroglyph
    assert missing == {"\U00013000"}
    again, _ = fonts.truetype_subset(faces["serif"], "整改")
    assert again == first  # the same glyphs, converted once, give the same font
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(first))
    assert {ord("整"), ord("改"), ord(" ")} <= set(font.getBestCmap())
    assert "glyf" in font and "CFF " not in font


@needs_cjk_font
def test_pdf_table_cells_wrap_whole_and_keep_chinese_line_rules(tmp_path):
    from fpdf import FPDF

    from reports.linebreak import NO_LINE_END, NO_LINE_START
    from reports.pdf import PADDING, _wrapped

    text = "河道（沟渠）两岸垃圾、建筑废料未清理，影响行洪安全；" * 4
    data, _ = fonts.truetype_subset(fonts.find_cjk_fonts()["serif"], text)
    (tmp_path / "serif.ttf").write_bytes(data)
    pdf = FPDF()
    pdf.add_font("serif", "", str(tmp_path / "serif.ttf"))
    pdf.set_font("serif", size=9)
    width = 30.0
    short, lines = _wrapped(pdf, ["整改", text], [width, width])
    assert short == ["整改"]
    assert "".join(lines) == text and len(lines) > 4
    for line in lines:
        assert pdf.get_string_width(line) <= width - 2 * PADDING + 0.5  # one character at most over
    assert not any(line[0] in NO_LINE_START for line in lines[1:])
    assert not any(line[-1] in NO_LINE_END for line in lines[:-1])


@needs_cjk_font
def test_pdf_prints_every_character_of_a_long_finding(bulletin, monkeypatch):
    """A title longer than its column is wrapped over several lines, none of it lost."""
    from reports import pdf as pdf_module

    long_title = "某工业园区污水集中处理设施长期超负荷运行、出水水质不稳定达标（含雨污分流改造滞后问题）"
    tables = bulletin_tables(bulletin.dispatch)
    annex = next(t for t in tables if t.sheet == "逾期问题清单")
    assert annex.rows, "the fixture has overdue findings"
    annex.rows[0][[c.label for c in annex.columns].index("问题")] = long_title
    monkeypatch.setattr(pdf_module, "bulletin_tables", lambda dispatch, **_: tables)
    reader = PdfReader(io.BytesIO(build_bulletin(bulletin, "pdf")))
    flat = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    assert long_title in flat
