"""The plan import on the file-structure quirks of real government Word and Excel files.

Documents saved by Word from a converted .doc, edited with tracked changes or laid out by an
office template hold XML that python-docx's and openpyxl's own builders never write: smart
tags around dates, tracked insertions and deletions, fields, content controls, text boxes
with a fallback copy, vertical merges, rows starting after the first grid column, a task
table inside a one-cell frame table. Each test builds a real .docx or .xlsx with that XML
(python-docx / openpyxl documents with the elements put in) and checks what a user would
read in the preview: titles, units, deadlines, numbers.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

import docx
import openpyxl
import pytest
from docx.oxml import parse_xml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.plan_document import PlanFileError, read_plan_bytes
from intake.plan_parser import PlanParseError, parse_plan_text

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:st1="urn:schemas-microsoft-com:office:smarttags"'
)


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*inline: str) -> str:
    return "<w:p>" + "".join(r(part) if not part.startswith("<") else part for part in inline) + "</w:p>"


def smart_date(year: int, month: int, day: int) -> str:
    """A date as Word 2003 tagged it (the tag survives conversion from .doc), one run per part."""
    runs = "".join(r(part) for part in (str(year), "年", str(month), "月", str(day), "日"))
    return (
        f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
        f'<w:smartTagPr><w:attr w:name="Year" w:val="{year}"/></w:smartTagPr>{runs}</w:smartTag>'
    )


def ins(text: str) -> str:
    return f'<w:ins w:id="1" w:author="县委办" w:date="2020-01-01T00:00:00Z">{r(text)}</w:ins>'


def deleted(text: str) -> str:
    return (
        f'<w:del w:id="2" w:author="县委办" w:date="2020-01-01T00:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def field(instruction: str, result: str) -> str:
    """A complex field: the instruction is code, only the result is shown."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def tc(*paragraphs: str, span: int = 1, vmerge: str | None = None) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    # a block as XML, or plain text: one paragraph per line
    body = "".join(
        x if x.startswith(("<w:p", "<w:tbl", "<w:sdt")) else "".join(p(line) for line in x.split("\n"))
        for x in paragraphs
    )
    body = body or "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def tr(*cells: str, header: bool = False, before: int = 0) -> str:
    props = ("<w:tblHeader/>" if header else "") + (f'<w:gridBefore w:val="{before}"/>' if before else "")
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def tbl(columns: int | list[int], *rows: str) -> str:
    """A table on a grid of `columns` equal columns, or of these widths (twips)."""
    widths = [1200] * columns if isinstance(columns, int) else columns
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    props = '<w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def build_docx(*blocks: str) -> bytes:
    """A python-docx document whose body holds these XML blocks (paragraphs, tables)."""
    document = docx.Document()
    body = document.element.body
    section = body[-1]
    wrapper = parse_xml(f"<w:body {_NS}>{''.join(blocks)}</w:body>")
    for block in list(wrapper):
        section.addprevious(block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read(data: bytes, name: str = "整改任务清单.docx"):
    text = read_plan_bytes(data, name)
    return text, parse_plan_text(text).findings


def header(*names: str) -> str:
    return tr(*(tc(name) for name in names), header=True)


# --- Word: text inside wrappers ------------------------------------------------------------------


def test_dates_in_smart_tags_inserted_units_and_field_results_are_read_deleted_text_is_not():
    data = build_docx(
        p("附件1"),
        p("XX县中央生态环境保护督察反馈问题整改任务清单"),
        tbl(
            5,
            header("序号", "反馈问题", "整改措施", "责任单位", "整改时限"),
            tr(
                tc("1"),
                tc(p("县污水处理厂", ins("出水氨氮"), "超标排放")),
                tc(p("实施提标改造，", field('HYPERLINK "http://x.gov.cn"', "达到一级A标准"), "。")),
                tc(p(deleted("县环保局"), ins("县住建局"))),
                tc(p(smart_date(2019, 6, 30), "前")),
            ),
            tr(
                tc("2"),
                tc(p('<w:customXml w:element="问题">' + r("城区黑臭水体反弹") + "</w:customXml>")),
                tc(p('<w:fldSimple w:instr=" MERGEFIELD 措施 ">' + r("开展清淤疏浚") + "</w:fldSimple>")),
                tc(
                    p(
                        '<w:hyperlink r:id="" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                        + r("县城管局")
                        + "</w:hyperlink>"
                    )
                ),
                tc(p(smart_date(2020, 12, 31))),
            ),
        ),
    )
    text, findings = read(data)
    assert "县环保局" not in text and "HYPERLINK" not in text and "MERGEFIELD" not in text
    first, second = findings
    assert first.title == "县污水处理厂出水氨氮超标排放"
    assert first.lead_units == ["县住建局"]
    assert [d.date for d in first.deadlines] == [date(2019, 6, 30)]
    assert "达到一级A标准" in first.measures[0].text
    assert (second.title, second.lead_units) == ("城区黑臭水体反弹", ["县城管局"])
    assert [d.date for d in second.deadlines] == [date(2020, 12, 31)]
    assert second.measures[0].text.startswith("开展清淤疏浚")


def test_labelled_notice_with_smart_tag_dates_tabs_and_breaks():
    data = build_docx(
        p("关于XX县反馈问题整改完成情况的公示"),
        p("一、整改任务：", "矿山生态修复进展滞后"),
        p("二、整改时限：", smart_date(2021, 12, 31), "前"),
        p("三、责任单位：", ins("县自然资源局"), deleted("县林业局")),
        p("四、整改措施：", "<w:r><w:t>1.复绿治理</w:t><w:br/><w:t>2.加强巡查</w:t></w:r>"),
        p("五、整改完成情况：", "已完成整改，通过核查验收。"),
    )
    text, findings = read(data)
    assert "县林业局" not in text
    (finding,) = findings
    assert finding.title == "矿山生态修复进展滞后"
    assert [d.date for d in finding.deadlines] == [date(2021, 12, 31)]
    assert finding.lead_units == ["县自然资源局"]
    assert finding.status == "completed"


def test_a_text_box_is_read_once_not_twice_from_its_fallback_copy():
    box_text = "".join(
        p(line) for line in ("一、反馈问题：饮用水水源地保护区内存在违建", "责任单位：县水利局")
    )
    choice = (
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{box_text}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box_text}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
    )
    data = build_docx(p("附件"), f"<w:p><w:r>{choice}</w:r></w:p>", p("整改时限：2022年6月底前"))
    text = read_plan_bytes(data, "文本框.docx")
    assert text.count("饮用水水源地保护区内存在违建") == 1
    assert text.count("县水利局") == 1
    (finding,) = parse_plan_text(text).findings
    assert finding.lead_units == ["县水利局"]
    assert finding.deadlines[0].date == date(2022, 6, 30)


# --- Word: table structure ------------------------------------------------------------------------


def test_a_lead_unit_and_deadline_merged_down_go_to_every_row_they_cover():
    data = build_docx(
        tbl(
            5,
            header("序　号", "存在问题", "整改措施", "责 任 单 位", "完成\n时限"),
            tr(
                tc("1"),
                tc("河道采砂管理不规范"),
                tc("开展专项整治"),
                tc("县水利局", vmerge="restart"),
                tc("2020年6月底", vmerge="restart"),
            ),
            tr(tc("2"), tc("河道两岸垃圾堆放"), tc("清理垃圾"), tc(vmerge="continue"), tc(vmerge="continue")),
            tr(tc("3"), tc("入河排污口未登记"), tc("排查登记"), tc(vmerge="continue"), tc("2020年12月底")),
        )
    )
    _, findings = read(data)
    assert [f.title for f in findings] == ["河道采砂管理不规范", "河道两岸垃圾堆放", "入河排污口未登记"]
    assert [f.lead_units for f in findings] == [["县水利局"]] * 3
    assert [f.deadlines[0].date for f in findings] == [
        date(2020, 6, 30),
        date(2020, 6, 30),
        date(2020, 12, 31),
    ]


def test_a_merge_continued_in_the_first_row_or_under_no_cell_does_not_reject_the_document():
    # Documents converted from .doc carry merges python-docx cannot follow (it raises).
    data = build_docx(
        tbl(
            4,
            tr(tc("序号", vmerge="continue"), tc("问题"), tc("整改措施"), tc("责任单位")),
            tr(tc("1"), tc("秸秆露天焚烧"), tc("加强巡查"), tc("县农业农村局")),
            tr(tc("2"), tc("畜禽粪污直排"), tc("建设处理设施")),  # a row ending early
            tr(tc("3"), tc("农膜回收率低"), tc("建立回收网点"), tc("县供销社", vmerge="continue")),
        )
    )
    _, findings = read(data)
    assert [(f.number, f.title) for f in findings] == [
        (1, "秸秆露天焚烧"),
        (2, "畜禽粪污直排"),
        (3, "农膜回收率低"),
    ]
    # The row ending early has a blank lead under a named one: taken as a lead merged down whose
    # merge was lost, as in a .csv (blind set 29's rule), since the Word reader fills every column.
    assert [f.lead_units for f in findings] == [["县农业农村局"], ["县农业农村局"], ["县供销社"]]


def test_two_row_header_with_spanned_and_merged_cells_title_row_and_note_row():
    data = build_docx(
        p("XX县贯彻落实省生态环境保护督察反馈意见整改方案"),
        tbl(
            5,
            tr(tc("附件1  XX县整改任务清单", span=5)),
            tr(
                tc("序号", vmerge="restart"),
                tc("反馈问题", vmerge="restart"),
                tc("整改措施", span=2),
                tc("牵头单位", vmerge="restart"),
                header=True,
            ),
            tr(
                tc(vmerge="continue"),
                tc(vmerge="continue"),
                tc("具体措施"),
                tc("完成时限"),
                tc(vmerge="continue"),
                header=True,
            ),
            tr(tc("一、大气污染防治", span=5)),
            tr(
                tc("1"),
                tc("工业园区VOCs治理滞后"),
                tc("1.安装在线监测\n2.完成治理"),
                tc("2021年底前"),
                tc("县生态环境分局"),
            ),
            tr(tc("二、水污染防治", span=5)),
            tr(
                tc("2"),
                tc("乡镇污水处理设施运行不正常"),
                tc("完成设施改造"),
                tc(p(smart_date(2022, 3, 31))),
                tc("县住建局"),
            ),
            tr(tc("注：1.本表由县整改办汇总；2.完成时限为最迟时限。", span=5)),
        ),
        p("抄送：市整改办。"),
    )
    _, findings = read(data)
    assert [(f.number, f.title) for f in findings] == [
        (1, "工业园区VOCs治理滞后"),
        (2, "乡镇污水处理设施运行不正常"),
    ]
    first, second = findings
    assert first.section == "一、大气污染防治" and second.section == "二、水污染防治"
    assert [d.date for d in first.deadlines] == [date(2021, 12, 31)]
    assert [d.date for d in second.deadlines] == [date(2022, 3, 31)]
    assert len(first.measures) == 2
    assert first.lead_units == ["县生态环境分局"] and second.lead_units == ["县住建局"]


def test_a_table_split_over_pages_with_a_repeated_header_and_a_continuation_table():
    head = header("序号", "问题", "整改措施", "责任单位", "整改时限")
    rows = [
        tr(tc(str(n)), tc(f"第{n}号问题：尾矿库渗漏"), tc("封场治理"), tc("县应急局"), tc("2021年6月30日"))
        for n in range(1, 5)
    ]
    data = build_docx(
        tbl(5, head, rows[0], rows[1]),
        p(""),
        tbl(5, head, rows[2]),  # the header repeated on the next page
        tbl(5, rows[3]),  # and a continuation without one
    )
    _, findings = read(data)
    assert [f.number for f in findings] == [1, 2, 3, 4]
    assert all(f.lead_units == ["县应急局"] for f in findings)


def test_an_empty_first_column_and_rows_starting_after_the_first_grid_column():
    data = build_docx(
        tbl(
            5,
            tr(tc(""), tc("序号"), tc("问题描述"), tc("整改措施"), tc("责任单位")),
            tr(tc("1"), tc("工地扬尘防控不到位"), tc("落实六个百分百"), tc("县住建局"), before=1),
            tr(tc(""), tc("2"), tc("渣土车未密闭运输"), tc("严查违规车辆"), tc("县交警大队")),
        )
    )
    _, findings = read(data)
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "工地扬尘防控不到位", ["县住建局"]),
        (2, "渣土车未密闭运输", ["县交警大队"]),
    ]


def test_a_task_table_inside_a_one_cell_frame_table_and_a_landscape_section():
    inner = tbl(
        4,
        header("序号", "反馈问题", "整改措施", "责任单位"),
        tr(tc("1"), tc("自然保护区内违规建设"), tc("拆除违建，恢复植被"), tc("县林业局")),
        tr(tc("2"), tc("固废堆场未防渗"), tc("建设防渗设施"), tc("县生态环境分局")),
    )
    page = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    landscape = f"<w:p><w:pPr><w:sectPr>{page}</w:sectPr></w:pPr></w:p>"
    frame = tbl(3, tr(tc(""), tc(p("整改任务清单"), inner), tc("")))  # margins either side
    data = build_docx(p("附件2"), landscape, frame)
    _, findings = read(data)
    assert [(f.title, f.lead_units) for f in findings] == [
        ("自然保护区内违规建设", ["县林业局"]),
        ("固废堆场未防渗", ["县生态环境分局"]),
    ]


def test_rows_and_cells_inside_content_controls_are_read():
    sdt_row = (
        "<w:sdt><w:sdtPr><w:alias w:val='行'/></w:sdtPr><w:sdtContent>"
        + tr(
            tc("2"),
            tc("餐饮油烟扰民"),
            tc("安装油烟净化器"),
            tc("<w:sdt><w:sdtContent>" + p("县市场监管局") + "</w:sdtContent></w:sdt>"),
        )
        + "</w:sdtContent></w:sdt>"
    )
    data = build_docx(
        tbl(
            4,
            header("序号", "问题", "整改措施", "责任单位"),
            tr(tc("1"), tc("夜间施工噪声扰民"), tc("严格夜间施工审批"), tc("县住建局")),
            sdt_row,
        )
    )
    _, findings = read(data)
    assert [(f.title, f.lead_units) for f in findings] == [
        ("夜间施工噪声扰民", ["县住建局"]),
        ("餐饮油烟扰民", ["县市场监管局"]),
    ]


def test_a_sequence_column_numbered_by_word_list_numbering_and_a_column_number_row():
    numbering = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    document = docx.Document()
    numbering_part = document.part.numbering_part.element
    numbering_part.append(
        parse_xml(
            f'<w:abstractNum {_NS} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'
        )
    )
    numbering_part.append(parse_xml(f'<w:num {_NS} w:numId="1"><w:abstractNumId w:val="90"/></w:num>'))
    table = tbl(
        4,
        header("序号", "问题", "整改措施", "责任单位"),
        tr(tc("(1)"), tc("(2)"), tc("(3)"), tc("(4)")),
        tr(tc(f"<w:p>{numbering}</w:p>"), tc("城区内涝点未消除"), tc("改造排水管网"), tc("县住建局")),
        tr(
            tc(f"<w:p>{numbering}</w:p>"),
            tc("集中式饮用水源地未划定"),
            tc("划定保护区"),
            tc("县生态环境分局"),
        ),
    )
    body = document.element.body
    for block in parse_xml(f"<w:body {_NS}>{table}</w:body>"):
        body[-1].addprevious(block)
    buffer = io.BytesIO()
    document.save(buffer)
    _, findings = read(buffer.getvalue())
    assert [(f.number, f.title) for f in findings] == [(1, "城区内涝点未消除"), (2, "集中式饮用水源地未划定")]
    assert findings[1].lead_units == ["县生态环境分局"]


# --- Excel -----------------------------------------------------------------------------------------


def _xlsx(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _as_chinese_builtin_date_format(data: bytes) -> bytes:
    """The workbook as Chinese Excel saves a 2019年6月30日 date: built-in format 31, no format code."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/styles.xml":
                xml = content.decode("utf-8")
                custom = re.search(r'<numFmt numFmtId="(\d+)" formatCode="yyyy&quot;年[^"]*"\s*/>', xml)
                assert custom is not None
                xml = xml.replace(custom.group(0), "").replace(
                    f'numFmtId="{custom.group(1)}"', 'numFmtId="31"'
                )
                content = xml.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


def test_a_county_workbook_with_title_rows_merged_units_dates_and_hidden_parts():
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填报说明"
    notes["A1"] = "填报说明：1.每个问题一行；2.完成时限填写具体日期。"
    sheet = book.create_sheet("XX县")
    sheet.merge_cells("A1:G1")
    sheet["A1"] = "XX县中央生态环境保护督察反馈问题整改任务清单"
    sheet["A2"] = "填报单位：XX县整改办"
    sheet["E2"] = "填报日期：2020年3月1日"
    for col, name in enumerate(
        ["序号", "内部编号", "反馈问题", "整改措施", "牵头单位", "完成时限", "完成进度"], 1
    ):
        sheet.cell(3, col, name)
    sheet.column_dimensions["B"].hidden = True  # an internal code column nobody sees
    rows = [
        (1.0, "N-001", "城区餐饮油烟直排", "安装油烟净化设施", "县市场监管局", datetime(2019, 6, 30), 1),
        (2.0, "N-002", "建筑工地扬尘", "落实围挡和喷淋", None, 44196, 0.6),
        (3.0, "N-003", "露天烧烤屡禁不止", "划定禁烧区域", None, datetime(2020, 9, 30), 1),
        ("模板", "", "（示例行，请勿删除）", "", "", "", ""),
        (4.0, "N-004", "黑臭水体治理滞后", "截污清淤", "县住建局", 43830, 0.3),
        (5.0, "N-005", "港口码头粉尘污染", "建设防风抑尘网", "县交通局", 2020.1, 0.5),  # typed 2020.10
    ]
    for r_index, values in enumerate(rows, start=4):
        for col, value in enumerate(values, 1):
            sheet.cell(r_index, col, value)
        sheet.cell(r_index, 7).number_format = "0%"
    sheet.cell(4, 6).number_format = 'yyyy"年"m"月"d"日"'  # saved below as Chinese built-in format 31
    sheet.cell(9, 6).number_format = "0.00"
    sheet.merge_cells("E4:E6")  # one lead unit for three tasks
    sheet.row_dimensions[7].hidden = True  # the template row, hidden
    sheet["A10"] = "注：完成时限以市整改办审定为准。"
    hidden = book.create_sheet("历史数据")
    hidden.sheet_state = "hidden"
    for col, name in enumerate(["序号", "问题", "整改措施", "责任单位"], 1):
        hidden.cell(1, col, name)
        hidden.cell(2, col, f"旧{name}")
    sheet.cell(1048000, 1).number_format = "@"  # formatted far down, as sheets often are

    text, findings = read(_as_chinese_builtin_date_format(_xlsx(book)), "整改任务清单.xlsx")
    assert "N-001" not in text and "示例行" not in text and "旧问题" not in text
    assert [(f.number, f.title) for f in findings] == [
        (1, "城区餐饮油烟直排"),
        (2, "建筑工地扬尘"),
        (3, "露天烧烤屡禁不止"),
        (4, "黑臭水体治理滞后"),
        (5, "港口码头粉尘污染"),
    ]
    assert [f.lead_units for f in findings] == [["县市场监管局"]] * 3 + [["县住建局"], ["县交通局"]]
    assert [f.deadlines[0].date for f in findings] == [
        date(2019, 6, 30),
        date(2020, 12, 31),
        date(2020, 9, 30),
        date(2019, 12, 31),
        date(2020, 10, 31),
    ]
    assert "100%" in (findings[0].progress or "")
    assert "60%" in (findings[1].progress or "")


def test_one_sheet_per_county_with_a_two_row_merged_header():
    book = openpyxl.Workbook()
    book.remove(book.active)
    for county, unit in (("甲县", "甲县水利局"), ("乙县", "乙县水利局")):
        sheet = book.create_sheet(county)
        sheet.merge_cells("A1:E1")
        sheet["A1"] = f"{county}河湖问题整改清单"
        sheet.merge_cells("A2:A3")
        sheet["A2"] = "序号"
        sheet.merge_cells("B2:B3")
        sheet["B2"] = "存在问题"
        sheet.merge_cells("C2:D2")
        sheet["C2"] = "整改措施"
        sheet["C3"] = "具体措施"
        sheet["D3"] = "完成时限"
        sheet.merge_cells("E2:E3")
        sheet["E2"] = "责任单位"
        sheet.append([1, f"{county}河道乱占", "清理违建", datetime(2021, 6, 30), unit])
        sheet.append([2, f"{county}河道乱堆", "清运垃圾", "2021年底前", unit])
    text, findings = read(_xlsx(book), "河湖问题.xlsx")
    # each sheet's merged title row names its part, as the title above a Word table does
    assert parse_plan_text(text).part_titles == {1: "甲县河湖问题整改清单", 2: "乙县河湖问题整改清单"}
    assert [(f.title, f.lead_units) for f in findings] == [
        ("甲县河道乱占", ["甲县水利局"]),
        ("甲县河道乱堆", ["甲县水利局"]),
        ("乙县河道乱占", ["乙县水利局"]),
        ("乙县河道乱堆", ["乙县水利局"]),
    ]
    assert [f.deadlines[0].date for f in findings] == [date(2021, 6, 30), date(2021, 12, 31)] * 2
    assert findings[0].measures[0].text.startswith("清理违建")


def test_a_document_declaring_a_picture_it_does_not_hold_is_read():
    data = build_docx(
        tbl(
            4,
            header("序号", "问题", "整改措施", "责任单位"),
            tr(tc("1"), tc("养殖场粪污直排"), tc("建设粪污处理设施"), tc("县农业农村局")),
        )
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:  # as some generators write: a relationship, no part
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId99" Target="media/image9.png" Type="http://schemas.openxmlformats.org'
                    b'/officeDocument/2006/relationships/image"/></Relationships>',
                )
            target.writestr(item, content)
    _, findings = read(out.getvalue())
    assert [(f.title, f.lead_units) for f in findings] == [("养殖场粪污直排", ["县农业农村局"])]


def test_ticks_inserted_as_symbols_and_a_template_saved_as_docx():
    tick = '<w:r><w:sym w:font="Wingdings 2" w:char="F050"/></w:r>'
    data = build_docx(
        tbl(
            5,
            header("序号", "问题", "整改措施", "责任单位", "是否完成"),
            tr(tc("1"), tc("垃圾填埋场渗滤液超标"), tc("扩建处理站"), tc("县城管局"), tc(p(tick))),
            tr(tc("2"), tc("医疗废物暂存不规范"), tc("规范暂存间"), tc("县卫健局"), tc("")),
        )
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:  # as Word saves a .dotx
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = re.sub(
                    rb"wordprocessingml\.document\.main", b"wordprocessingml.template.main", content
                )
            target.writestr(item, content)
    text, findings = read(out.getvalue())
    assert "✓" in text
    assert [(f.title, f.status) for f in findings] == [
        ("垃圾填埋场渗滤液超标", "completed"),
        ("医疗废物暂存不规范", None),
    ]


# --- any structure: no crash ------------------------------------------------------------------------

_CELL_TEXT = st.sampled_from(
    ["序号", "问题", "整改措施", "责任单位", "整改时限", "1", "县水利局", "2021年底前", ""]
)
_CELL = st.tuples(
    _CELL_TEXT,
    st.integers(min_value=0, max_value=70),  # gridSpan, including nonsense values
    st.sampled_from([None, "restart", "continue", "bogus"]),
    st.booleans(),  # wrapped in a content control
    st.booleans(),  # an old-style merge across (hMerge continue)
)
_ROW = st.tuples(st.lists(_CELL, max_size=6), st.integers(min_value=0, max_value=80), st.booleans())


def _fuzz_cell(text: str, span: int, vmerge: str | None, wrapped: bool, hmerge: bool) -> str:
    props = f'<w:gridSpan w:val="{span}"/>' + (f'<w:vMerge w:val="{vmerge}"/>' if vmerge else "")
    props += '<w:hMerge w:val="continue"/>' if hmerge else ""
    cell = f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text)}</w:tc>"
    return f"<w:sdt><w:sdtContent>{cell}</w:sdtContent></w:sdt>" if wrapped else cell


@settings(max_examples=60, deadline=5000, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ROW, min_size=1, max_size=6), st.booleans())
def test_any_merge_span_and_wrapper_structure_reads_or_says_why(rows, framed):
    xml_rows = [
        tr(*(_fuzz_cell(*cell) for cell in cells), before=before, header=header)
        for cells, before, header in rows
    ]
    table = tbl(5, *xml_rows)
    data = build_docx(tbl(1, tr(tc(table))) if framed else table)
    try:
        text = read_plan_bytes(data, "结构.docx")
    except PlanFileError as error:  # a valid document: only “no text” may be said of it
        assert "没有文字" in str(error), str(error)
        return
    try:
        parse_plan_text(text)
    except PlanParseError as error:
        assert re.search(r"[\u4e00-\u9fff]", str(error))


def test_an_old_xls_with_a_hidden_sheet_row_and_column():
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("整改清单")
    dated = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for col, name in enumerate(["序号", "编码", "问题", "整改措施", "责任单位", "整改时限"]):
        sheet.write(0, col, name)
    rows = [
        (1, "X1", "饮用水源地一级保护区有排污口", "取缔排污口", "县水利局", datetime(2019, 6, 30)),
        (2, "X2", "（模板行）", "", "", ""),
        (3, "X3", "工业固废堆存不规范", "建设规范堆场", "县工信局", datetime(2019, 12, 31)),
    ]
    for r_index, values in enumerate(rows, start=1):
        for col, value in enumerate(values):
            sheet.write(
                r_index, col, value, dated if isinstance(value, datetime) else xlwt.Style.default_style
            )
    sheet.row(2).hidden = True
    sheet.col(1).hidden = True
    old = book.add_sheet("旧表")
    old.write(0, 0, "序号")
    old.write(0, 1, "问题")
    old.write(0, 2, "责任单位")
    old.write(1, 0, 9)
    old.write(1, 1, "已撤销的旧问题")
    old.write(1, 2, "旧单位")
    old.visibility = 1  # hidden
    buffer = io.BytesIO()
    book.save(buffer)
    text, findings = read(buffer.getvalue(), "清单.xls")
    assert "X1" not in text and "模板行" not in text and "旧问题" not in text
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "饮用水源地一级保护区有排污口", ["县水利局"]),
        (3, "工业固废堆存不规范", ["县工信局"]),
    ]
    assert [f.deadlines[0].date for f in findings] == [date(2019, 6, 30), date(2019, 12, 31)]


def test_borders_a_little_off_between_rows_keep_the_cells_under_their_header():
    # Borders dragged in one row split the grid into slivers 40 twips wide: the header's cells and
    # the rows' cells start at different grid columns of what the reader sees as one column.
    data = build_docx(
        tbl(
            [600, 40, 2960, 40, 2960, 1500, 0],
            tr(tc("序号", span=2), tc("问题", span=2), tc("整改措施"), tc("责任单位", span=2)),
            tr(
                tc("1"),
                tc("污水管网雨污混接", span=2),
                tc("实施雨污分流改造", span=2),
                tc("县住建局", span=2),
            ),
            tr(tc("2", span=2), tc("污泥处置不规范", span=2), tc("规范污泥转运"), tc("县城管局")),
        )
    )
    _, findings = read(data)
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "污水管网雨污混接", ["县住建局"]),
        (2, "污泥处置不规范", ["县城管局"]),
    ]
    assert findings[0].measures[0].text.startswith("实施雨污分流改造")


def test_note_total_and_sign_off_rows_under_the_table_are_not_findings():
    data = build_docx(
        tbl(
            5,
            header("序号", "问题", "整改措施", "责任单位", "整改时限"),
            tr(tc("1"), tc("垃圾填埋场渗滤液超标"), tc("扩建处理站"), tc("县城管局"), tc("2020年底")),
            tr(tc("2"), tc("医疗废物暂存不规范"), tc("规范暂存间"), tc("县卫健局"), tc("2021年6月")),
            tr(tc("合计"), tc("2个问题"), tc(""), tc(""), tc("")),
            tr(tc("注：完成时限为最迟时限", span=5)),
            tr(tc("填报人：张三", span=2), tc("审核人：李四", span=2), tc("填报日期：2020年1月1日")),
        )
    )
    _, findings = read(data)
    assert [(f.number, f.title, f.section) for f in findings] == [
        (1, "垃圾填埋场渗滤液超标", None),
        (2, "医疗废物暂存不规范", None),
    ]
    assert [f.deadlines[0].date for f in findings] == [date(2020, 12, 31), date(2021, 6, 30)]


# --- web pages saved as .doc / .xls ---------------------------------------------------------------

_WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><title>清单</title>
<style>p.MsoNormal {font-size:10.5pt}</style>
<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
</head><body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal>附件<o:p></o:p></p>
<p class=MsoNormal align=center>XX县突出环境问题整改
任务清单</p>
<table class=MsoTableGrid border=1>
<tr><td colspan=5><p>（截至2020年6月）</p></td></tr>
<tr><td><p>序&nbsp;号</p></td><td><p>问题</p></td><td><p>整改措施</p></td><td><p>责任<br>单位</p></td>
<td><p>整改时限</p></td></tr>
<tr><td>1</td><td><p>城区建筑工地
扬尘污染</p></td><td><p>1.落实围挡</p><p>2.道路洒水</p></td><td rowspan=2>县住建局</td>
<td>2020年6月30日</td></tr>
<tr><td>2</td><td>渣土运输抛洒</td><td>查处违规车辆</td><td>2020年9月底</td></tr>
</table>
<p class=MsoNormal>注：本表由县整改办汇总。</p></div></body></html>"""


def test_a_word_web_page_saved_as_doc_and_as_mht():
    page = _WORD_HTML.encode("gb18030")
    for data, name in (
        (page, "任务清单.doc"),
        (_mht(page), "任务清单.mht"),
    ):
        _, findings = read(data, name)
        assert [(f.number, f.title, f.lead_units) for f in findings] == [
            (1, "城区建筑工地扬尘污染", ["县住建局"]),
            (2, "渣土运输抛洒", ["县住建局"]),
        ], name
        assert [f.deadlines[0].date for f in findings] == [date(2020, 6, 30), date(2020, 9, 30)]
        assert len(findings[0].measures) == 2


def _mht(page: bytes) -> bytes:
    import base64

    body = base64.encodebytes(page).decode("ascii")
    return (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_NextPart_01D"\r\n\r\n'
        "------=_NextPart_01D\r\n"
        "Content-Location: file:///C:/清单.htm\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        f"{body}\r\n"
        "------=_NextPart_01D--\r\n"
    ).encode()


def test_a_system_export_saved_as_xls_that_is_a_web_page_in_a_layout_table():
    page = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head>
    <body><table width="100%"><tr><td>
    <table border="1"><thead><tr><th>序号</th><th>交办问题基本情况</th><th>整改措施</th><th>牵头单位</th>
    <th>计划完成时间</th><th>是否完成</th></tr></thead>
    <tbody><tr><td>1</td><td>饮用水水源保护区内有违规建筑</td><td>拆除违建</td><td>县水利局</td>
    <td>2021-12-31</td><td>是</td></tr>
    <tr><td>2</td><td>工业园区污水管网破损</td><td>修复管网</td><td>县工业园区管委会</td>
    <td>2022-06-30</td><td>否</td></tr></tbody></table>
    </td></tr></table></body></html>"""
    _, findings = read(page.encode("utf-8"), "导出数据.xls")
    assert [(f.title, f.lead_units, f.status) for f in findings] == [
        ("饮用水水源保护区内有违规建筑", ["县水利局"], "completed"),
        ("工业园区污水管网破损", ["县工业园区管委会"], None),
    ]
    assert [f.deadlines[0].date for f in findings] == [date(2021, 12, 31), date(2022, 6, 30)]


def test_a_word_file_whose_body_is_an_imported_web_page_chunk():
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("XX县整改任务清单（系统导出）")
    chunk = Part(
        PackURI("/word/afchunk.htm"), "text/html", _WORD_HTML.encode("gb18030"), document.part.package
    )
    relation = document.part.relate_to(chunk, RELATIONSHIP_TYPE.A_F_CHUNK)
    body = document.element.body
    body[-1].addprevious(parse_xml(f'<w:altChunk {_NS} xmlns:r="{_R}" r:id="{relation}"/>'))
    buffer = io.BytesIO()
    document.save(buffer)
    _, findings = read(buffer.getvalue())
    assert [(f.title, f.lead_units) for f in findings] == [
        ("城区建筑工地扬尘污染", ["县住建局"]),
        ("渣土运输抛洒", ["县住建局"]),
    ]


_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


_HTML_CELL = st.tuples(
    _CELL_TEXT,
    st.sampled_from(["", ' colspan="2"', ' rowspan="3"', ' rowspan="0"', ' colspan="x9"', ' rowspan="999"']),
    st.booleans(),  # a table inside the cell
)


@settings(max_examples=60, deadline=5000, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_HTML_CELL, max_size=6), min_size=1, max_size=6), st.sampled_from([".doc", ".xls"]))
def test_any_web_page_table_reads_or_says_why(rows, suffix):
    def cell(text: str, span: str, nested: bool) -> str:
        inner = "<table><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr></table>" if nested else ""
        return f"<td{span}>{text}{inner}</td>"

    body = "".join("<tr>" + "".join(cell(*c) for c in row) + "</tr>" for row in rows)
    page = f"<html><body><p>清单</p><table>{body}</table></body></html>".encode()
    try:
        text = read_plan_bytes(page, "导出" + suffix)
        parse_plan_text(text)
    except (PlanFileError, PlanParseError) as error:
        assert re.search(r"[\u4e00-\u9fff]", str(error))


def test_an_excel_2003_xml_export_saved_as_xls():
    page = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:x="urn:schemas-microsoft-com:office:excel">
 <Worksheet ss:Name="问题清单"><Table>
  <Column ss:Width="30"/><Column ss:Hidden="1"/>
  <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">XX市信访件办理情况</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">序号</Data></Cell><Cell><Data ss:Type="String">ID</Data></Cell>
   <Cell><Data ss:Type="String">交办内容</Data></Cell><Cell><Data ss:Type="String">责任单位</Data></Cell>
   <Cell><Data ss:Type="String">办结时限</Data></Cell>
   <Cell><Data ss:Type="String">处理和整改情况</Data></Cell></Row>
  <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">D0001</Data></Cell>
   <Cell><Data ss:Type="String">某砖厂夜间粉尘扰民</Data></Cell>
   <Cell ss:MergeDown="2"><Data ss:Type="String">区生态环境分局</Data></Cell>
   <Cell><Data ss:Type="DateTime">2019-06-30T00:00:00.000</Data></Cell>
   <Cell><Data ss:Type="String">已办结</Data></Cell></Row>
  <Row ss:Hidden="1"><Cell><Data ss:Type="String">隐藏的旧记录</Data></Cell></Row>
  <Row><Cell><Data ss:Type="Number">2</Data></Cell>
   <Cell ss:Index="3"><Data ss:Type="String">河道倾倒建筑垃圾</Data></Cell>
   <Cell ss:Index="5"><Data ss:Type="DateTime">2019-09-30T00:00:00.000</Data></Cell></Row>
 </Table></Worksheet>
</Workbook>"""
    text, findings = read(page.encode("utf-8"), "信访件.xls")
    assert "D0001" not in text and "隐藏的旧记录" not in text
    assert [(f.number, f.title, f.lead_units, f.status) for f in findings] == [
        (1, "某砖厂夜间粉尘扰民", ["区生态环境分局"], "completed"),
        (2, "河道倾倒建筑垃圾", ["区生态环境分局"], None),
    ]
    assert [f.deadlines[0].date for f in findings] == [date(2019, 6, 30), date(2019, 9, 30)]


def test_a_word_2003_xml_document_is_converted_and_read():
    """Word 2003 XML (“Word XML 文档”), as older office systems export it under a .doc name:
    written by LibreOffice's own Word 2003 XML export from a Word task table."""
    from tests.plan_layouts import _convert, soffice
    from tests.real_layouts import _docx

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    data = _docx(
        ["某县环境问题整改任务清单"],
        ["序号", "存在问题", "整改措施", "责任单位", "整改时限"],
        [
            ["1", "城区餐饮油烟直排", "安装油烟净化设施", "县市场监管局", "2021年6月底前"],
            ["2", "河道两岸垃圾堆放", "清理并建立巡河制度", "县水利局", "长期坚持"],
        ],
    )
    word_xml = _convert(data, ".docx", "xml:MS Word 2003 XML")
    assert b"schemas.microsoft.com/office/word/2003/wordml" in word_xml[:4096]
    _, findings = read(word_xml, "系统导出.doc")
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "城区餐饮油烟直排", ["县市场监管局"]),
        (2, "河道两岸垃圾堆放", ["县水利局"]),
    ]
    assert findings[0].deadlines[0].date == date(2021, 6, 30)
    assert findings[1].deadlines[0].kind == "long_term"


def test_a_word_2003_xml_document_without_libreoffice_says_what_to_do(monkeypatch):
    from intake import plan_document

    monkeypatch.setattr(plan_document.shutil, "which", lambda name: None)
    page = (
        '<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
        "<w:p><w:r><w:t>整改方案</w:t></w:r></w:p></w:body></w:wordDocument>"
    )
    with pytest.raises(PlanFileError, match="Word 2003 XML 文档，需要 LibreOffice"):
        read_plan_bytes(page.encode("utf-8"), "方案.doc")


def test_a_date_wrapped_by_hand_in_a_narrow_deadline_column():
    data = build_docx(
        tbl(
            5,
            header("序号", "问题", "整改措施", "责任单位", "完成\n时限"),
            tr(tc("1"), tc("垃圾填埋场渗滤液超标"), tc("扩建处理站"), tc("县城管局"), tc("2020年\n6月底前")),
            tr(tc("2"), tc("医疗废物暂存不规范"), tc("规范暂存间"), tc("县卫健局"), tc("2021年6\n月30日")),
            tr(
                tc("3"),
                tc("饮用水源地标志缺失"),
                tc("1.设立标志\n2.建设隔离网"),
                tc("县水利局"),
                tc("2020年6月\n2021年底"),
            ),
        )
    )
    _, findings = read(data)
    assert [[d.date for d in f.deadlines] for f in findings] == [
        [date(2020, 6, 30)],
        [date(2021, 6, 30)],
        [date(2020, 6, 30), date(2021, 12, 31)],
    ]


def test_a_task_table_pasted_into_word_as_an_embedded_excel_worksheet():
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "反馈问题", "整改措施", "牵头单位", "整改时限"])
    sheet.append([1, "矿山开采破坏植被", "复绿治理", "县自然资源局", datetime(2021, 10, 31)])
    sheet.append([2, "石材加工废水直排", "建设沉淀池", "县生态环境分局", "2021年12月底"])
    document = docx.Document()
    document.add_paragraph("附件：整改任务清单")
    embedded = Part(
        PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _xlsx(book),
        document.part.package,
    )
    relation = document.part.relate_to(embedded, RELATIONSHIP_TYPE.PACKAGE)
    shown = (
        f'<w:p {_NS} xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{_R}"><w:r><w:object>'
        '<v:shape id="_x0000_i1025" style="width:400pt;height:80pt"/>'
        f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" r:id="{relation}"/>'
        "</w:object></w:r></w:p>"
    )
    document.element.body[-1].addprevious(parse_xml(shown))
    buffer = io.BytesIO()
    document.save(buffer)
    _, findings = read(buffer.getvalue())
    assert [(f.title, f.lead_units) for f in findings] == [
        ("矿山开采破坏植被", ["县自然资源局"]),
        ("石材加工废水直排", ["县生态环境分局"]),
    ]
    assert [f.deadlines[0].date for f in findings] == [date(2021, 10, 31), date(2021, 12, 31)]


_XML_CELL = st.tuples(
    _CELL_TEXT,
    st.sampled_from(["", ' ss:MergeAcross="2"', ' ss:MergeDown="5"', ' ss:Index="9"', ' ss:MergeDown="x"']),
    st.sampled_from(["String", "Number", "DateTime", "Boolean"]),
)


@settings(max_examples=40, deadline=5000, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.lists(_XML_CELL, max_size=6), st.booleans()), min_size=1, max_size=6))
def test_any_excel_2003_xml_sheet_reads_or_says_why(rows):
    body = "".join(
        ('<Row ss:Hidden="1">' if hidden else "<Row>")
        + "".join(f'<Cell{attrs}><Data ss:Type="{kind}">{text}</Data></Cell>' for text, attrs, kind in cells)
        + "</Row>"
        for cells, hidden in rows
    )
    page = (
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        f'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="表"><Table>{body}'
        "</Table></Worksheet></Workbook>"
    )
    try:
        parse_plan_text(read_plan_bytes(page.encode("utf-8"), "导出.xls"))
    except (PlanFileError, PlanParseError) as error:
        assert re.search(r"[\u4e00-\u9fff]", str(error))


def test_a_wps_workbook_with_styles_openpyxl_refuses_and_a_missing_drawing():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "问题", "整改措施", "责任单位", "完成时限"])
    sheet.append([1, "城市建成区违规燃煤", "取缔散煤销售点", "县市场监管局", datetime(2020, 10, 31)])
    sheet["E2"].number_format = "yyyy/m/d"
    source = zipfile.ZipFile(io.BytesIO(_xlsx(book)))
    out = io.BytesIO()
    drawing = b'<drawing r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/styles.xml":  # a font family above 14, as WPS writes
                content = re.sub(rb'<family val="\d+"\s*/>', b'<family val="34"/>', content)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"</worksheet>", drawing + b"</worksheet>")
            target.writestr(item, content)
        target.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"'
            ' Target="../drawings/drawing1.xml"/></Relationships>',
        )
    _, findings = read(out.getvalue(), "清单.xlsx")
    assert [(f.title, f.lead_units) for f in findings] == [("城市建成区违规燃煤", ["县市场监管局"])]
    assert findings[0].deadlines[0].date == date(2020, 10, 31)


def test_a_row_deleted_and_text_moved_in_tracked_changes_are_read_as_accepted():
    deleted_row = (
        '<w:tr><w:trPr><w:del w:id="7" w:author="县委办" w:date="2020-01-01T00:00:00Z"/></w:trPr>'
        + tc("2")
        + tc(p(deleted("已删除的问题")))
        + tc(p(deleted("删除的措施")))
        + tc(p(deleted("县旧单位")))
        + "</w:tr>"
    )
    moved_from = (
        f'<w:moveFrom w:id="8" w:author="a" w:date="2020-01-01T00:00:00Z">{r("（牵头）")}</w:moveFrom>'
    )
    moved_to = f'<w:moveTo w:id="9" w:author="a" w:date="2020-01-01T00:00:00Z">{r("（牵头）")}</w:moveTo>'
    data = build_docx(
        tbl(
            4,
            header("序号", "问题", "整改措施", "责任单位"),
            tr(
                tc("1"),
                tc("河道非法采砂"),
                tc("开展联合执法"),
                tc(p(moved_from, "县水利局", moved_to, "、县公安局")),
            ),
            deleted_row,
            tr(tc("3"), tc("尾矿库未闭库"), tc("完成闭库治理"), tc("县应急局")),
        )
    )
    text, findings = read(data)
    assert "已删除的问题" not in text and text.count("（牵头）") == 1
    assert [(f.number, f.title) for f in findings] == [(1, "河道非法采砂"), (3, "尾矿库未闭库")]
    assert (findings[0].lead_units, findings[0].cooperating_units) == (["县水利局"], ["县公安局"])


def test_a_two_row_header_whose_rows_are_no_header_alone_repeated_on_a_continuation_table():
    upper = tr(tc("序号"), tc("存在问题"), tc("整改", span=3))
    lower = tr(tc(""), tc(""), tc("措施"), tc("责任单位"), tc("时限"))
    data = build_docx(
        tbl(5, upper, lower, tr(tc("1"), tc("河道非法采砂"), tc("联合执法"), tc("县水利局"), tc("2020年底"))),
        tbl(5, upper, lower, tr(tc("2"), tc("尾矿库未闭库"), tc("闭库治理"), tc("县应急局"), tc("2021年底"))),
    )
    _, findings = read(data)
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "河道非法采砂", ["县水利局"]),
        (2, "尾矿库未闭库", ["县应急局"]),
    ]
    assert [f.measures[0].text for f in findings] == ["联合执法", "闭库治理"]


def _rtf(text: str) -> str:
    return "".join(
        ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text
    )


def test_rich_text_saved_as_doc_is_converted_and_read():
    from tests.plan_layouts import soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    header_row = ["序号", "问题", "整改措施", "责任单位", "整改时限"]
    rows = [
        ["1", "城区噪声扰民", "开展夜间巡查", "县公安局", "2020年12月底"],
        ["2", "餐饮油烟直排", "安装净化设备", "县市场监管局", "2021年6月底"],
    ]
    edges = "".join(f"\\cellx{1800 * (k + 1)}" for k in range(5))
    table = "".join(
        f"\\trowd{edges}" + "".join(f"\\pard\\intbl {_rtf(cell)}\\cell" for cell in row) + "\\row"
        for row in [header_row, *rows]
    )
    document = (
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\pard " + _rtf("整改任务清单") + "\\par " + table + "}"
    )
    _, findings = read(document.encode("ascii"), "系统导出.doc")
    assert [(f.number, f.title, f.lead_units) for f in findings] == [
        (1, "城区噪声扰民", ["县公安局"]),
        (2, "餐饮油烟直排", ["县市场监管局"]),
    ]
    assert [f.deadlines[0].date for f in findings] == [date(2020, 12, 31), date(2021, 6, 30)]


def _checkbox(checked: bool) -> str:
    """A Word 2010 check box content control, as a form's 是/否 choice holds it: the glyph shown
    (☒ or ☐ in MS Gothic) is the control's content."""
    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    return (
        f'<w:sdt {w14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f"<w:sdtContent>{r('☒' if checked else '☐')}</w:sdtContent></w:sdt>"
    )


def test_a_closure_form_with_check_box_controls():
    """A 销号 form whose 是否完成整改 cell holds two check box controls, 是 ticked."""

    def form(done: bool) -> bytes:
        choice = p(_checkbox(done), r("是 "), _checkbox(not done), r("否"))
        return build_docx(
            p("问题整改情况登记表"),
            tbl(
                [1800, 6000],
                tr(tc("问题名称"), tc("县城污水处理厂出水超标")),
                tr(tc("责任单位"), tc("县住建局")),
                tr(tc("整改时限"), tc("2024年12月底前")),
                tr(tc("是否完成整改"), tc(choice)),
            ),
        )

    text, (finding,) = read(form(True), "登记表.docx")
    assert "☒是 ☐否" in text
    assert (finding.title, finding.lead_units, finding.status) == (
        "县城污水处理厂出水超标",
        ["县住建局"],
        "completed",
    )
    _, (finding,) = read(form(False), "登记表.docx")
    assert finding.status is None
