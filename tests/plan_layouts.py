"""Test documents in the layouts offices really receive, built from text written for the tests.

Each layout is a document (a .docx, .xlsx, .xls, .csv, PDF, .doc or text) built here from the
rows below; `tests/plan_documents/layouts/<layout>.json` holds the findings a person reading
the document would record, checked by hand (number, title, units, deadlines, number of
measures, done or not, section). The rows are modelled on the usual columns of public
整改任务清单 and 整改完成情况公示; the wording is our own, the unit names realistic.
`score_layout` compares what the parser reads with the JSON, field by field.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_BREAK

LAYOUT_DIR = Path(__file__).parent / "plan_documents" / "layouts"

# --- content -------------------------------------------------------------------------------------

# A county task list with a status column (set A): 序号, 反馈问题 … 是否完成, with group rows.
HEADER_A = [
    "序号",
    "反馈问题",
    "整改目标",
    "整改措施",
    "牵头单位",
    "配合单位",
    "责任领导",
    "整改时限",
    "整改进展",
    "是否完成",
]
ROWS_A: list[str | list[str]] = [
    "一、水污染防治",
    [
        "1",
        "县城生活污水处理厂长期超负荷运行，雨季溢流直排澧水。",
        "污水处理能力满足需求，出水稳定达标。",
        "1.启动污水处理厂二期扩建工程。\n2.完成老城区雨污分流改造12公里。\n3.建立进水浓度月度分析制度。",
        "县住房和城乡建设局",
        "县发展和改革局、县财政局",
        "王建国",
        "2025年12月底前",
        "二期工程已投入试运行，出水稳定达到一级A标准。",
        "是",
    ],
    [
        "2",
        "道水河部分支流黑臭，沿岸生活垃圾随意堆放。",
        "消除黑臭水体。",
        "1.开展支流清淤疏浚。\n2.建立河长巡河制度。",
        "县水利局",
        "县城市管理和综合执法局",
        "李明",
        "2024年6月30日",
        "正在推进清淤，已完成总工程量的60%。",
        "否",
    ],
    "二、固体废物污染防治",
    [
        "3",
        "县垃圾填埋场渗滤液处理设施不正常运行。",
        "渗滤液全部收集处理达标排放。",
        "1.更换渗滤液处理膜组件。\n2.安装在线监控并与生态环境部门联网。\n3.委托第三方专业机构运营。",
        "县城市管理和综合执法局",
        "市生态环境局临澧分局",
        "张伟",
        "立行立改",
        "膜组件已更换，在线监控已联网。",
        "是",
    ],
    [
        "4",
        "部分医疗机构医疗废物暂存不规范。",
        "医疗废物规范收集、转运和处置。",
        "1.开展医疗机构医疗废物专项检查。",
        "县卫生健康局",
        "市生态环境局临澧分局",
        "张伟",
        "长期坚持",
        "已检查医疗机构46家，督促整改11家。",
        "否",
    ],
    "三、农业农村污染治理",
    [
        "5",
        "畜禽养殖粪污资源化利用率偏低，部分养殖场粪污直排。",
        "规模养殖场粪污处理设施装备配套率达到100%。",
        "1.依法关停禁养区内养殖场。\n2.配套建设粪污处理设施。",
        "县农业农村局",
        "各乡镇人民政府",
        "刘洋",
        "2026年10月底前",
        "已配套粪污处理设施31家。",
        "否",
    ],
]
TEXT_BEFORE_A = [
    "附件1",
    "临澧县第二轮省生态环境保护督察反馈问题整改任务清单",
    "（按问题类别排列，共5项）",
]
TEXT_AFTER_A = [
    "注：整改进展截至2025年10月底，由县督察整改办汇总。",
    "临澧县生态环境保护委员会办公室 2025年11月5日印",
]

# A second county's list (set B): other column names, unknown columns, units in one column
# split over two header lines, a lead unit merged down over two rows.
HEADER_B_TOP = [
    "序号",
    "省份",
    "所在地",
    "问题类型",
    "交办问题基本情况",
    "具体整治措施",
    "责任单位",
    "责任单位",
    "计划完成整治时间",
    "整治进展情况",
    "备注",
]
HEADER_B_BOTTOM = [
    "序号",
    "省份",
    "所在地",
    "问题类型",
    "交办问题基本情况",
    "具体整治措施",
    "牵头单位",
    "配合单位",
    "计划完成整治时间",
    "整治进展情况",
    "备注",
]
ROWS_B: list[list[str]] = [
    [
        "1",
        "湖南省",
        "石门县",
        "大气",
        "部分砂石加工企业扬尘污染问题突出，周边群众反映强烈。",
        "1.全面排查砂石加工企业。\n2.落实围挡、喷淋、道路硬化措施。",
        "县自然资源局",
        "县生态环境分局",
        "2025年9月30日",
        "已完成整改",
        "",
    ],
    [
        "2",
        "湖南省",
        "石门县",
        "水",
        "皂市水库饮用水水源保护区内存在违规经营的农家乐。",
        "1.依法拆除保护区内违规建筑。\n2.开展水源地环境风险排查。\n3.设置隔离防护设施。",
        "皂市镇人民政府",
        "县水利局、县生态环境分局",
        "2025年6月底前",
        "已拆除违规建筑3处，隔离设施正在建设。",
        "群众信访",
    ],
    [
        "3",
        "湖南省",
        "石门县",
        "生态",
        "壶瓶山自然保护区内部分小水电站未按要求下泄生态流量。",
        "1.安装生态流量泄放设施。\n2.接入在线监控平台。",
        "县水利局",
        "县林业局",
        "2026年12月31日",
        "完成泄放设施安装8座。",
        "",
    ],
    [
        "4",
        "湖南省",
        "石门县",
        "生态",
        "废弃矿山生态修复进度滞后。",
        "1.编制废弃矿山生态修复实施方案。\n2.分年度推进复绿。",
        "县自然资源局",
        "县林业局、相关乡镇人民政府",
        "2027年6月底前",
        "实施方案已编制完成。",
        "",
    ],
    [
        "5",
        "湖南省",
        "石门县",
        "固废",
        "工业园区一般工业固体废物堆场未落实防渗措施。",
        "1.对堆场进行防渗改造。\n2.建立固体废物管理台账。",
        "县自然资源局",
        "石门经济开发区管委会",
        "2025年12月31日",
        "防渗改造已完工，已通过验收销号。",
        "",
    ],
    [
        "6",
        "湖南省",
        "石门县",
        "水",
        "部分乡镇污水处理设施建成后未正常运行。",
        "1.逐一排查乡镇污水处理设施运行情况。\n2.落实运维资金和专业运维队伍。",
        "县住房和城乡建设局",
        "县财政局",
        "持续推进",
        "已排查乡镇污水处理设施21座。",
        "",
    ],
]

# A task list pasted as text (set C): units with （牵头）, measures on one line.
HEADER_C = ["序号", "存在问题", "整改措施", "责任单位", "完成时限", "整改情况"]
ROWS_C: list[list[str]] = [
    [
        "1",
        "城区建筑工地扬尘管控不到位",
        "1.落实工地“六个百分之百”要求；2.加强渣土车辆密闭运输执法",
        "县住建局（牵头）、县城管局",
        "2025年8月31日",
        "已完成整改",
    ],
    [
        "2",
        "县城集中式饮用水水源地一级保护区内有垂钓活动",
        "1.设置警示标志和隔离网；2.开展日常巡查",
        "县水利局（牵头）、县公安局",
        "立行立改",
        "已设置隔离网3.2公里，巡查常态化开展",
    ],
    [
        "3",
        "加油站油气回收装置未正常使用",
        "1.开展加油站油气回收专项检查；2.督促安装在线监控；3.依法查处违法行为",
        "县商务局（牵头）、县市场监管局",
        "2025年12月底前",
        "已检查加油站27座",
    ],
    [
        "4",
        "农村生活垃圾收运体系不健全",
        "1.完善村收集、镇转运、县处理体系",
        "县城管局（牵头）、各乡镇人民政府",
        "2026年6月30日",
        "正在推进",
    ],
]

NOTICE = """关于临澧县第二轮中央生态环境保护督察反馈问题整改完成情况的公示

根据中央生态环境保护督察整改工作有关要求，现将我县一项反馈问题整改完成情况予以公示，接受社会监督。

一、任务名称
县城生活污水处理厂长期超负荷运行，雨季溢流直排澧水。
二、整改目标
污水处理能力满足需求，出水稳定达标。
三、责任单位
县住房和城乡建设局（牵头），县发展和改革局、县财政局
四、整改时限
2025年12月底前
五、整改措施
1.启动污水处理厂二期扩建工程。
2.完成老城区雨污分流改造12公里。
3.建立进水浓度月度分析制度。
六、整改完成情况
二期扩建工程于2025年9月建成投入运行，日处理能力由2万吨提升至4万吨，老城区雨污分流改造全部完成，经第三方监测出水稳定达标，已完成整改，符合销号条件。

公示时间：2025年11月3日至2025年11月9日（5个工作日）。
公示期间如有异议，请通过以下方式反映：
监督电话：0736-5812345
特此公示。

临澧县生态环境保护督察整改工作领导小组办公室
2025年11月3日
"""

BLOCKS = """石门县省生态环境保护督察反馈问题整改完成情况

（一）任务名称：壶瓶山自然保护区内部分小水电站未按要求下泄生态流量
整改目标：全部电站落实生态流量下泄。
责任单位：县水利局（牵头）、县林业局
整改时限：2026年12月31日
整改措施：
1.安装生态流量泄放设施。
2.接入在线监控平台。
整改完成情况：完成泄放设施安装8座，其余电站正在施工。
下一步工作：加快剩余电站泄放设施建设。

（二）任务名称：工业园区一般工业固体废物堆场未落实防渗措施
整改目标：堆场防渗满足规范要求。
责任单位：石门经济开发区管委会
整改时限：2025年12月31日
整改措施：
1.对堆场进行防渗改造。
2.建立固体废物管理台账。
整改完成情况：防渗改造已完工，已完成整改。
下一步工作：加强日常监管，防止问题反弹。
"""


# --- builders ------------------------------------------------------------------------------------


def _docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _fill(row, values: list[str]) -> None:
    for cell, value in zip(row.cells, values, strict=True):
        lines = value.split("\n")
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def docx_table() -> bytes:
    """Set A: text before and after, a header, group rows merged across the table."""
    document = docx.Document()
    for line in TEXT_BEFORE_A:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(HEADER_A))
    _fill(table.add_row(), HEADER_A)
    for row in ROWS_A:
        if isinstance(row, str):
            cells = table.add_row().cells
            cells[0].merge(cells[-1]).text = row
        else:
            _fill(table.add_row(), row)
    for line in TEXT_AFTER_A:
        document.add_paragraph(line)
    return _docx_bytes(document)


def docx_merged() -> bytes:
    """Set B: a header over two lines, unknown columns, a merged unit, split over pages.

    Rows 1–3 in the first table; the header repeated on the next page with rows 4–5 (row 4's
    lead unit merged down into row 5); row 6 in a continuation table without a header.
    """
    document = docx.Document()
    document.add_paragraph("石门县第三轮省级生态环境保护督察交办问题整治情况表")

    def header(table) -> None:
        top = table.add_row().cells
        bottom = table.add_row().cells
        for k, (above, below) in enumerate(zip(HEADER_B_TOP, HEADER_B_BOTTOM, strict=True)):
            if above == below:
                top[k].merge(bottom[k]).text = above
            else:
                top[k].text, bottom[k].text = above, below
        top[6].merge(top[7]).text = "责任单位"

    first = document.add_table(rows=0, cols=len(HEADER_B_TOP))
    header(first)
    for row in ROWS_B[:3]:
        _fill(first.add_row(), row)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = document.add_table(rows=0, cols=len(HEADER_B_TOP))
    header(second)
    for row in ROWS_B[3:5]:
        _fill(second.add_row(), row)
    fourth, fifth = second.rows[-2].cells, second.rows[-1].cells
    fourth[6].merge(fifth[6]).text = "县自然资源局"
    document.add_paragraph("")
    third = document.add_table(rows=0, cols=len(HEADER_B_TOP))
    _fill(third.add_row(), ROWS_B[5])
    document.add_paragraph("填报单位：石门县生态环境保护委员会办公室")
    return _docx_bytes(document)


def docx_two_tables() -> bytes:
    """Two tables in one document, each with its title; the second starts again at 1."""
    document = docx.Document()
    document.add_paragraph("临澧县环境问题整改任务清单")
    document.add_paragraph("一、中央督察反馈问题")
    first = document.add_table(rows=0, cols=len(HEADER_C))
    _fill(first.add_row(), HEADER_C)
    for row in ROWS_C[:2]:
        _fill(first.add_row(), row)
    document.add_paragraph("二、群众信访投诉问题")
    document.add_paragraph("临澧县信访投诉问题整改任务清单")
    second = document.add_table(rows=0, cols=len(HEADER_C))
    _fill(second.add_row(), HEADER_C)
    for k, row in enumerate(ROWS_C[2:], start=1):
        _fill(second.add_row(), [str(k), *row[1:]])
    return _docx_bytes(document)


# A task list broken down by measure (set D): a group's number in the 序号 column and its name
# merged across the rest; a task merged down over one row per measure, each row with its unit
# and time limit (序号 merged down too).
HEADER_D = ["序号", "主要任务", "任务分解及实施进度", "责任单位", "完成时限", "完成情况"]
ROWS_D: list[tuple[str, str] | list[list[str]]] = [
    ("一", "土壤污染防治基础能力建设"),
    [
        [
            "1",
            "完善土壤环境质量监测网络",
            "新增土壤环境质量监测点位15个",
            "市生态环境局临澧分局",
            "2025年6月底前",
            "已完成",
        ],
        [
            "1",
            "完善土壤环境质量监测网络",
            "建立监测数据共享机制",
            "县自然资源局",
            "2025年12月底前",
            "正在推进",
        ],
    ],
    [
        [
            "2",
            "开展耕地土壤污染状况详查",
            "完成全县耕地土壤污染状况详查",
            "县农业农村局",
            "2024年12月31日",
            "已完成整改",
        ]
    ],
    ("二", "污染地块安全利用"),
    [
        [
            "3",
            "加强建设用地准入管理",
            "建立疑似污染地块名单",
            "市生态环境局临澧分局",
            "2025年3月底前",
            "已建立名单",
        ],
        ["3", "加强建设用地准入管理", "落实土壤污染状况调查评估制度", "县自然资源局", "持续推进", ""],
        ["3", "加强建设用地准入管理", "将地块安全利用要求纳入土地供应", "县自然资源局", "长期坚持", ""],
    ],
    [
        [
            "4",
            "关停搬迁企业遗留地块风险管控",
            "对遗留地块开展风险管控",
            "县工业和信息化局",
            "2026年12月底前",
            "",
        ]
    ],
]


def docx_task_split() -> bytes:
    document = docx.Document()
    document.add_paragraph("临澧县土壤污染防治工作任务分解表")
    table = document.add_table(rows=0, cols=len(HEADER_D))
    _fill(table.add_row(), HEADER_D)
    for item in ROWS_D:
        if isinstance(item, tuple):
            cells = table.add_row().cells
            cells[0].text = item[0]
            cells[1].merge(cells[-1]).text = item[1]
            continue
        rows = [table.add_row() for _ in item]
        for row, values in zip(rows, item, strict=True):
            _fill(row, values)
        if len(rows) > 1:
            for k in (0, 1):  # 序号 and the task merged down
                top, bottom = rows[0].cells[k], rows[-1].cells[k]
                top.merge(bottom).text = item[0][k]
    return _docx_bytes(document)


def _rows_c(separator: str) -> str:
    lines = ["临澧县大气和水环境问题整改任务清单", separator.join(HEADER_C)]
    lines += [separator.join(row) for row in ROWS_C]
    return "\n".join([*lines, "", "（以上事项由县督察整改办调度）"]) + "\n"


def text_pipes() -> bytes:
    return ("\n".join(f"| {line} |" if "|" in line else line for line in _rows_c(" | ").split("\n"))).encode()


def text_tabs() -> bytes:
    return _rows_c("\t").encode()


def text_spaces() -> bytes:
    return _rows_c("    ").encode("gb18030")  # a GBK text file, as older Windows tools save


def text_cell_per_line() -> bytes:
    lines = ["临澧县大气和水环境问题整改任务清单", *HEADER_C]
    for row in ROWS_C:
        lines += row
    return "\n".join(lines).encode()


def notice() -> bytes:
    return NOTICE.encode()


def blocks() -> bytes:
    return BLOCKS.encode()


def xlsx_table() -> bytes:
    """Set A in a workbook: a title row merged across, then the header, group rows merged."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "整改任务清单"
    sheet.append([TEXT_BEFORE_A[1]])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER_A))
    sheet.append(HEADER_A)
    for row in ROWS_A:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(HEADER_A)
            )
        else:
            sheet.append([int(row[0]), *row[1:]])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_table() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER_C)
    writer.writerows(ROWS_C)
    return buffer.getvalue().encode("gb18030")


def pdf_table() -> bytes:
    """Set C as a PDF table (fpdf2, a CJK font subset), the way a county publishes its list."""
    from fpdf import FPDF

    from reports.fonts import find_cjk_fonts, truetype_subset

    text = "".join(
        [*HEADER_C, *(cell for row in ROWS_C for cell in row), "临澧县大气和水环境问题整改任务清单"]
    )
    font, _ = truetype_subset(find_cjk_fonts()["sans"], text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cjk.ttf"
        path.write_bytes(font)
        pdf = FPDF(orientation="L")
        pdf.add_page()
        pdf.add_font("cjk", fname=str(path))
        pdf.set_font("cjk", size=9)
        pdf.cell(0, 10, "临澧县大气和水环境问题整改任务清单", new_x="LMARGIN", new_y="NEXT", align="C")
        with pdf.table(
            col_widths=(8, 50, 80, 45, 28, 45), text_align="LEFT", first_row_as_headings=False
        ) as table:
            for values in [HEADER_C, *ROWS_C]:
                row = table.row()
                for value in values:
                    row.cell(value)
        return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A PDF with an image and no text layer, as a scanner makes."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 150, 200, style="F")
    return bytes(pdf.output())


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(data: bytes, source_suffix: str, target: str) -> bytes:
    """A file converted by LibreOffice (to build the .doc and .xls test files)."""
    office = soffice()
    assert office is not None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"in{source_suffix}"
        source.write_bytes(data)
        profile = (Path(folder) / "profile").as_uri()
        subprocess.run(
            [
                office,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                folder,
                str(source),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
        return source.with_suffix("." + target.split(":")[0]).read_bytes()


def doc_table() -> bytes:
    return _convert(docx_table(), ".docx", "doc")


def xls_table() -> bytes:
    """Set A in an old .xls workbook (xlwt), group rows merged across."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("整改任务清单")
    sheet.write_merge(0, 0, 0, len(HEADER_A) - 1, TEXT_BEFORE_A[1])
    for k, value in enumerate(HEADER_A):
        sheet.write(1, k, value)
    for r, row in enumerate(ROWS_A, start=2):
        if isinstance(row, str):
            sheet.write_merge(r, r, 0, len(HEADER_A) - 1, row)
        else:
            sheet.write(r, 0, int(row[0]))
            for k, value in enumerate(row[1:], start=1):
                sheet.write(r, k, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# layout → (file name, builder, needs LibreOffice to build)
LAYOUTS: dict[str, tuple[str, Callable[[], bytes], bool]] = {
    "docx_table": ("任务清单.docx", docx_table, False),
    "docx_merged": ("整治情况表.docx", docx_merged, False),
    "docx_two_tables": ("两张清单.docx", docx_two_tables, False),
    "docx_task_split": ("任务分解表.docx", docx_task_split, False),
    "text_pipes": ("粘贴表格.txt", text_pipes, False),
    "text_tabs": ("制表符表格.txt", text_tabs, False),
    "text_spaces": ("空格对齐表格.txt", text_spaces, False),
    "text_cell_per_line": ("网页复制表格.txt", text_cell_per_line, False),
    "notice": ("整改完成情况公示.txt", notice, False),
    "blocks": ("整改完成情况.txt", blocks, False),
    "xlsx_table": ("任务清单.xlsx", xlsx_table, False),
    "csv_table": ("任务清单.csv", csv_table, False),
    "pdf_table": ("任务清单.pdf", pdf_table, False),
    "doc_table": ("任务清单.doc", doc_table, True),
    # Real WPS Office .wps files are either a Word 97 compound file (the .doc's streams) or an
    # OOXML package under the .wps name (tests/fixtures/real_layouts/SOURCES.md).
    "wps_table": ("任务清单.wps", doc_table, True),
    "wps_ooxml": ("任务清单.wps", docx_table, False),
    "xls_table": ("任务清单.xls", xls_table, False),
}


# --- scoring -------------------------------------------------------------------------------------

FIELDS = (
    "number",
    "title",
    "lead_units",
    "cooperating_units",
    "deadlines",
    "measures",
    "completed",
    "section",
)


def expected(layout: str) -> dict:
    return json.loads((LAYOUT_DIR / f"{layout}.json").read_text(encoding="utf-8"))


def actual(finding) -> dict:
    """The compared fields of a parsed finding, in the JSON's terms."""
    return {
        "part": finding.part,
        "number": finding.number,
        "title": finding.title,
        "lead_units": finding.lead_units,
        "cooperating_units": finding.cooperating_units,
        "deadlines": [d.date.isoformat() if d.date else d.kind for d in finding.deadlines],
        "measures": len(finding.measures),
        "completed": finding.status == "completed",
        "section": finding.section,
    }


def score(findings: list, want: dict) -> tuple[int, int, list[str]]:
    """(fields right, fields compared, differences): a missing finding counts all its fields wrong."""
    right = total = 0
    differences: list[str] = []
    for k, item in enumerate(want["findings"]):
        got = actual(findings[k]) if k < len(findings) else None
        for name in FIELDS:
            if name not in item:
                continue
            total += 1
            if got is not None and got[name] == item[name] and got["part"] == item.get("part", 1):
                right += 1
            else:
                differences.append(
                    f"#{k + 1} {name}: want {item[name]!r}, got {got[name] if got else None!r}"
                )
    extra = len(findings) - len(want["findings"])
    if extra > 0:
        total += extra * len(FIELDS)
        differences.append(f"{extra} finding(s) more than expected")
    return right, total, differences
