"""Test documents that reproduce the layout of real public rectification documents.

Each document under `fixtures/real_layouts/` copies the STRUCTURE of one public document
listed in `fixtures/real_layouts/SOURCES.md` — header wording, column order, numbering,
labels, deadline wording, unit punctuation, footer — with its facts (units, numbers, dates)
as published and finding text written for the tests. `<name>.json` holds the findings a
person reading the document would record, checked by hand. Text documents are stored as
.txt; the Word tables are built here from the same rows.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
from fpdf import FPDF

FIXTURES = Path(__file__).parent / "fixtures" / "real_layouts"


def _tongcheng_table() -> bytes:
    """通城县's 整改情况 table as the county's Word attachment has it: notice text, then a table
    whose header cells break inside (责任/单位, 完成/时限) and whose number cell is 序号8(市序号9)."""
    document = docx.Document()
    for line in (
        "关于第二轮中央生态环境保护督察反馈问题整改完成情况的公示",
        "现将一些地方和部门对群众信访投诉重视不够问题的整改完成情况进行公示（见附件），接受社会监督。",
        "公示时间：2022年7月22日",
        "联系电话：4369477",
        "通城县突出环境问题整治工作指挥部办公室",
        "附件",
        "通城县贯彻落实第二轮中央生态环境保护督察反馈意见整改情况",
    ):
        document.add_paragraph(line)
    header = ["问题序号", "具体内容", "整改目标", "整改措施", "完成情况", "责任\n单位", "完成\n时限"]
    row = [
        "序号8(市序号9)",
        "部分地方和部门对群众信访投诉重视不够，办理不及时，问题长期存在。",
        "信访投诉件100%受理、100%处理。",
        "1、实行领导包案，明确任务、措施和时限。\n2、开展信访积案化解行动。\n3、每年至少开展一次现场核查和“回头看”。",
        "1、县领导包案办理重点信访件。\n2、信访积案已全部化解。\n3、现场核查未发现反弹，已完成整改。",
        "县生态环境分局、县信访局",
        "长期坚持",
    ]
    table = document.add_table(rows=2, cols=len(header))
    for cells, values in ((table.rows[0].cells, header), (table.rows[1].cells, row)):
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx(paragraphs: list[str], header: list[str], rows: list[list[str]]) -> bytes:
    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for cells, values in zip(table.rows, [header, *rows], strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_HENGYANG: tuple[list[str], list[str], list[list[str]]] = (
    [
        "关于2023年“绿盾”行动下发遥感监测问题线索销号的公示",
        "根据国规环生态〔2022〕1号和湘环发〔2023〕26号文件精神，我市已完成4个问题整改工作，现将整改情况公示如下：",
    ],
    [
        "序号",
        "县（市、区）",
        "问题编号",
        "保护地名称",
        "保护地级别",
        "问题所在功能区",
        "活动/设施类型",
        "问题来源",
        "问题描述",
        "整改成效",
        "整改完成情况",
    ],
    [
        [
            "1",
            "衡阳县",
            "202302-43-N1-007-MD-0018",
            "南岳衡山国家级自然保护区",
            "国家级",
            "实验区",
            "其他人类活动",
            "生态环境部2023年遥感监测问题线索",
            "界牌镇界牌村一处已复绿的油茶林地被村民堆放废矿渣。",
            "补种桂花和油茶复绿，长势良好",
            "完成整改",
        ],
        [
            "2",
            "南岳区",
            "202302-43-N1-007-RO-2373",
            "南岳衡山国家级自然保护区",
            "国家级",
            "实验区",
            "其他人工设施",
            "生态环境部2023年遥感监测问题线索",
            "寿岳乡龙凤村竹制品加工厂房建在保护区实验区内。",
            "1、已作行政处罚 2、已补办手续",
            "完成整改",
        ],
        [
            "3",
            "南岳区",
            "202302-43-N1-007-RO-0040",
            "南岳衡山国家级自然保护区",
            "国家级",
            "核心区",
            "居民点",
            "生态环境部2023年遥感监测问题线索",
            "南岳镇水濂村村民建房破坏林地。",
            "1、已作行政处罚 2、已开展生态修复",
            "完成整改",
        ],
    ],
)


def _hengyang_table() -> bytes:
    """衡阳市林业局's 绿盾 closure notice: eleven columns, most of them not fields of a finding
    (county, problem code, reserve, its level and zone, kind of activity, source)."""
    return _docx(*_HENGYANG)


def _hengyang_pdf() -> bytes:
    """The same 绿盾 notice as the PDF a bureau attaches: a landscape table, cells wrapping."""
    paragraphs, header, rows = _HENGYANG
    return _pdf_table(paragraphs, header, rows, widths=(8, 16, 34, 30, 14, 16, 18, 30, 48, 38, 18))


@contextlib.contextmanager
def _cjk_pdf(text: str, *, landscape: bool = True, size: int = 8) -> Iterator[FPDF]:
    """A one-page text PDF set in a subset of the system's CJK font covering `text`, ready for the
    caller's lines and table; the caller returns `bytes(pdf.output())` inside the block."""
    from reports.fonts import find_cjk_fonts, truetype_subset

    font, _ = truetype_subset(find_cjk_fonts()["sans"], text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cjk.ttf"
        path.write_bytes(font)
        pdf = FPDF(orientation="L" if landscape else "P")
        pdf.add_page()
        pdf.add_font("cjk", fname=str(path))
        pdf.set_font("cjk", size=size)
        yield pdf


def _cells_text(*parts: list[str], rows=()) -> str:
    return "".join([*(value for part in parts for value in part), *(cell for row in rows for cell in row)])


def _pdf_table(
    paragraphs: list[str],
    header: list[str],
    rows: list[list[str]],
    *,
    widths: tuple[int, ...],
    landscape: bool = True,
    size: int = 8,
) -> bytes:
    """A text PDF as offices attach it: the note's lines, then the table with wrapping cells."""
    with _cjk_pdf(_cells_text(paragraphs, header, rows=rows), landscape=landscape, size=size) as pdf:
        for line in paragraphs:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)
        return bytes(pdf.output())


def _qingshui_docx() -> bytes:
    """清水县's notice as the Word file a county office sends: one paragraph per line."""
    document = docx.Document()
    for line in (FIXTURES / "qingshui_2020_notice.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _text(name: str) -> Callable[[], bytes]:
    return lambda: (FIXTURES / f"{name}.txt").read_bytes()


# --- Word tables, workbooks and a PDF added for issue 14 (corpus of tables) --------------------
# Each copies one public table listed in SOURCES.md (rows marked “table corpus”); where the
# stored page names a table without showing its cells, SOURCES.md says which parts are ours.


def _form_table(document, rows: list[tuple[str, str]]) -> bytes:
    """A two-column 公示表 (label | value per row) appended to `document`, saved."""
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    return _save(document)


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _titled_sheet(sheet_name: str, title: str, header: list[str]):
    """A workbook whose sheet starts with the table's title merged across, then the header."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_name
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    return book, sheet


def _book_bytes(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _table_docx(paragraphs: list[str], header: list[str], rows: list[list[str] | str], after=()) -> bytes:
    """A Word table under `paragraphs`; a str row is a group row merged across the table."""
    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(header))
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        cell.text = value
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    for line in after:
        document.add_paragraph(line)
    return _save(document)


# 紫阳县 (陕西) 县政府常务会议确定事项落实情况: the 2024 list is an .xlsx attachment.
_ZIYANG_HEADER = ["序号", "确定事项", "责任单位", "落实情况", "办理状态"]
_ZIYANG_2024 = [
    [
        "1",
        "按计划推进全县重点项目前期工作，提高项目成熟度。",
        "县发改局",
        "民歌艺术中心、公共体育场等30个项目已完成前期论证，其余87个项目前期工作推进中。",
        "正在办理",
    ],
    [
        "2",
        "按6月底前开工、12月底前完工的节点推进超长期国债项目。",
        "县自然资源局、县水利局、县农业农村局",
        "县自然资源局负责的5个项目开工2个、未开工3个；县农业农村局负责的1个项目未开工。",
        "正在办理",
    ],
    [
        "3",
        "抓好汉江宿集紫阳茶宿项目建设。",
        "县文旅广电局",
        "18家茶宿中8家达到验收标准，11家正在建设。",
        "正在办理",
    ],
]


def _ziyang_2024_xlsx() -> bytes:
    """The 2024 workbook: a title row merged across, the header, one row per decided matter."""
    book, sheet = _titled_sheet("Sheet1", "2024年第五次县政府常务会议确定事项汇总表", _ZIYANG_HEADER)
    for row in _ZIYANG_2024:
        sheet.append([int(row[0]), *row[1:]])
    return _book_bytes(book)


def _ziyang_2022_table() -> bytes:
    """The 2022 通报 with its table: the five matters the notice names (第1、4、13、17、18件),
    the two of 县卫健局 with the unit cell merged down."""
    document = docx.Document()
    for line in (
        "2022年第八次县政府常务会议确定事项落实情况的通报",
        "近期，县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查，现通报如下。",
        "一、总体情况",
        "2022年第八次县政府常务会议确定事项22件，截至9月14日，已办结6件，占比27%；正在办理16件，占比73%（详见附件）。",
        "附件",
        "2022年第八次县政府常务会议确定事项落实情况",
    ):
        document.add_paragraph(line)
    rows = [
        [
            "1",
            "完善城乡低保对象动态管理，按季度开展核查。",
            "县民政局",
            "已完成第二季度核查，第三季度核查正在进行。",
            "正在办理",
        ],
        [
            "4",
            "加快重点项目入库和资金争取工作。",
            "县发改局",
            "已入库项目12个，资金争取工作持续推进。",
            "正在办理",
        ],
        ["13", "做好组合式税费支持政策落实。", "县税务局", "留抵退税正在分批办理。", "正在办理"],
        ["17", "推进县医院医技综合楼建设。", "县卫健局", "主体工程完成六层，正在进行七层施工。", "正在办理"],
        ["18", "落实基层医疗机构人员招聘计划。", "县卫健局", "招聘公告已发布，资格审查进行中。", "正在办理"],
    ]
    table = document.add_table(rows=1, cols=len(_ZIYANG_HEADER))
    for cell, value in zip(table.rows[0].cells, _ZIYANG_HEADER, strict=True):
        cell.text = value
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    upper, lower = table.rows[-2].cells[2], table.rows[-1].cells[2]
    upper.merge(lower).text = "县卫健局"
    document.add_paragraph("二、工作要求")
    document.add_paragraph("请以上责任单位加快工作节奏，全力推动确定事项落实。")
    return _save(document)


# 漳州市 (福建) 环保督察信访件汇总表: the columns of the workbook the city's system exports.
_ZHANGZHOU_HEADER = [
    "原始排序编码",
    "受理编号",
    "交办问题基本情况",
    "行政区域",
    "污染类型",
    "督察期间调查核实情况",
    "是否属实",
    "整改目标及整改措施",
    "督察期间处理情况",
    "最新整改情况",
    "办结状态",
    "责令整改（家次）",
    "罚款金额（万元）",
    "是否重点件",
    "挂钩省市县领导情况",
    "牵头责任单位",
    "联络人",
    "联系电话",
    "所属网格",
    "网格员",
    "网格员手机号码",
    "轮次",
    "是否重复",
    "重复关联件编号",
    "验收情况",
    "合并编号",
    "立案处罚（家次）",
    "立案侦查（件次）",
    "行政拘留（人次）",
    "刑事拘留（人次）",
    "约谈（人次）",
    "问责（人次）",
    "问责情况",
]


def _zhangzhou_row(values: dict[str, str]) -> list[str]:
    return [values.get(name, "") for name in _ZHANGZHOU_HEADER]


_ZHANGZHOU_ROWS = [
    {
        "原始排序编码": "1",
        "受理编号": "FJ-0112",
        "交办问题基本情况": "九龙江北溪沿岸一处养殖场废水未经处理排入江中，气味难闻。",
        "行政区域": "芗城区",
        "污染类型": "水,大气",
        "督察期间调查核实情况": "养殖场未建设废水处理设施，举报情况属实。",
        "是否属实": "属实",
        "整改目标及整改措施": "1.责令养殖场停止排放。\n2.拆除养殖设施并清理场地。\n3.对沿岸养殖场开展排查。",
        "督察期间处理情况": "已责令停止排放并立案调查。",
        "最新整改情况": "养殖设施已拆除，场地已清理复绿。",
        "办结状态": "已办结",
        "责令整改（家次）": "1",
        "罚款金额（万元）": "2",
        "是否重点件": "否",
        "牵头责任单位": "芗城区人民政府",
        "轮次": "第二轮",
        "是否重复": "否",
        "验收情况": "已验收",
        "立案处罚（家次）": "1",
    },
    {
        "原始排序编码": "2",
        "受理编号": "FJ-0137",
        "交办问题基本情况": "工业园区内一家石材加工企业夜间生产噪声扰民，粉尘较大。",
        "行政区域": "龙海市",
        "污染类型": "噪声,大气",
        "督察期间调查核实情况": "企业夜间生产，厂界噪声超标，举报部分属实。",
        "是否属实": "部分属实",
        "整改目标及整改措施": "1.责令企业夜间停产。\n2.加装隔音降噪和喷淋抑尘设施。",
        "督察期间处理情况": "已责令夜间停止生产。",
        "最新整改情况": "隔音设施正在安装，喷淋设施已建成。",
        "办结状态": "阶段性办结",
        "责令整改（家次）": "1",
        "是否重点件": "否",
        "牵头责任单位": "龙海市人民政府",
        "轮次": "第二轮",
        "是否重复": "否",
    },
    {
        "原始排序编码": "3",
        "受理编号": "FJ-0158",
        "交办问题基本情况": "某村道路旁长期堆放建筑垃圾，下雨时污水流入农田。",
        "行政区域": "龙文区",
        "污染类型": "土壤,其他",
        "督察期间调查核实情况": "现场有建筑垃圾约300立方米，举报情况属实。",
        "是否属实": "属实",
        "整改目标及整改措施": "1.清运建筑垃圾。\n2.设置围挡和警示牌。",
        "督察期间处理情况": "已组织清运。",
        "最新整改情况": "建筑垃圾已全部清运，场地已平整。",
        "办结状态": "已办结",
        "是否重点件": "否",
        "牵头责任单位": "龙文区人民政府",
        "轮次": "第二轮",
        "是否重复": "否",
        "验收情况": "已验收",
    },
]


def _zhangzhou_xlsx() -> bytes:
    """The export: the table's title in the first row, then 33 columns, most not a field."""
    book, sheet = _titled_sheet("信访件汇总", "漳州市环保督察信访件汇总表", _ZHANGZHOU_HEADER)
    for values in _ZHANGZHOU_ROWS:
        sheet.append(_zhangzhou_row(values))
    return _book_bytes(book)


def _changde_xihu_form() -> bytes:
    """常德市西湖管理区's notice as the two-column 公示表 (label | value) a county attaches."""
    document = docx.Document()
    for line in (
        "常德市西湖管理区关于第二轮中央生态环境保护督查问题整改情况公示",
        "根据《湖南省生态环境保护督察整改工作实施办法》（湘办〔2023〕12号）和《关于做好突出生态环境问题整改销号工作的通知》"
        "（湘突环改办函〔2019〕16号）等文件要求，现对老旧污水管网改造没有完成规划任务问题的整改任务、目标、措施、效果"
        "及整改销号意见对外进行公示。",
    ):
        document.add_paragraph(line)
    rows = [
        ("反馈问题", "“十三五”期间全省老旧污水管网改造没有完成规划任务，有关数据前后不一、工作不严不实。"),
        (
            "整改目标",
            "完成“十四五”污水管网建设改造任务，2025年12月31日前，市城区生活污水集中收集率达到70%。",
        ),
        (
            "整改措施",
            "1.完善配套污水管网，重点改造老旧管网，做好人口密集区截污。\n2.把管网提质改造作为长期工作持续推进。",
        ),
        ("整改实施主体", "常德市西湖管理区住房和城乡建设局"),
        ("牵头验收单位", "常德市住房和城乡建设局"),
        ("配合验收单位", "常德市西湖管理区住房和城乡建设局"),
        (
            "整改完成情况",
            "1.乡镇污水收集管网累计建成15.3公里，当年新建1公里。\n2.持续推进工作落实，问题已整改到位。",
        ),
    ]
    return _form_table(document, rows)


# 荆州市 (湖北) 大气污染防治突出问题清单, published weekly with the 指挥部's note.
_JINGZHOU_HEADER = ["序号", "责任单位", "问题描述", "整改情况"]


def _jingzhou_july_table() -> bytes:
    """Week of 7月1日至7日: the note, then the list with the done and the open problems as
    group rows merged across."""
    return _table_docx(
        [
            "7月1日至7月7日，市污染防治攻坚指挥部办公室采取无人机巡查和现场督查等方式，对市中心城区大气污染防治工作"
            "实施了督查，共发现大气污染防治突出问题65个，已完成整改52个，未完成整改13个（具体明细附后）。",
            "2019年7月1日至7月7日大气污染防治突出问题清单",
        ],
        _JINGZHOU_HEADER,
        [
            "一、已完成整改问题",
            ["1", "荆州区", "一处建筑工地裸土未覆盖，出入车辆未冲洗。", "已整改"],
            ["2", "开发区", "道路清扫后积尘较多，未及时洒水。", "已整改"],
            ["3", "市禁烧办", "城郊一处空地有焚烧垃圾痕迹。", "已整改"],
            "二、未完成整改问题",
            ["4", "沙市区", "一处拆迁工地未设置围挡，扬尘明显。", "未整改"],
            ["5", "市住建局", "一条在建道路未落实湿法作业。", "未整改"],
            ["6", "市城投公司", "一处渣土堆场未覆盖防尘网。", "未整改"],
        ],
    )


def _jingzhou_august_xlsx() -> bytes:
    """Week of 8月6日至11日, the same list kept in a workbook (status in its own column)."""
    book, sheet = _titled_sheet("问题清单", "2019年8月6日至8月11日大气污染防治突出问题清单", _JINGZHOU_HEADER)
    for row in (
        [1, "荆州区", "一处混凝土搅拌站物料露天堆放。", "已整改"],
        [2, "沙市区", "一处小区工地出入口路面泥土带出。", "已整改"],
        [3, "文旅区", "景区一处施工点未采取降尘措施。", "未整改"],
        [4, "市交管局", "渣土车未密闭运输、沿路抛洒。", "未整改"],
    ):
        sheet.append(row)
    return _book_bytes(book)


# 兴安盟 (内蒙古) 中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表.
_XINGAN_HEADER = [
    "序号",
    "受理编号",
    "交办问题基本情况",
    "行政区域",
    "污染类型",
    "调查核实情况",
    "是否属实",
    "处理和整改情况",
    "是否办结",
    "责任人被处理情况",
]
_XINGAN_26 = (
    [
        "按照中央第二生态环境保护督察组工作要求，7月2日，全盟已对中央督察组交办的第二十六批2件信访举报件进行调查处理，"
        "其中，已办结1件、阶段性办结1件。",
        "截至7月2日，全盟已对1-26批38件信访件进行调查处理，其中，已办结15件、阶段性办结23件。",
        "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第26批）",
    ],
    [
        [
            "1",
            "D3NM202507010021",
            "一处砂石料场破坏草原，开采后未恢复植被。",
            "科尔沁右翼前旗",
            "生态",
            "料场存在越界开采，开采区未按方案恢复植被。",
            "属实",
            "已责令停止开采，正在编制生态修复方案，计划植被恢复季完成复绿。",
            "阶段性办结",
            "无",
        ],
        [
            "2",
            "D3NM202507010034",
            "城区一家烧烤店油烟直排，影响楼上住户。",
            "乌兰浩特市",
            "大气",
            "该店油烟净化设施未正常使用，举报属实。",
            "属实",
            "已督促商户清洗并正常使用油烟净化设施，经检测达标。",
            "已办结",
            "无",
        ],
    ],
)
_XINGAN_10 = (
    [
        "按照中央第二生态环境保护督察组工作要求，6月16日，全盟已对中央督察组交办的第十批2件信访举报件进行调查处理，"
        "已办结2件。",
        "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第10批）",
    ],
    [
        [
            "1",
            "D3NM202506150008",
            "一处村屯边生活垃圾长期堆放未清运。",
            "扎赉特旗",
            "土壤,其他",
            "现场存在生活垃圾堆放点一处，举报属实。",
            "属实",
            "已全部清运，设置垃圾收集点并落实保洁人员。",
            "已办结",
            "无",
        ],
        [
            "2",
            "D3NM202506150015",
            "一家洗车店污水排入市政雨水管网。",
            "阿尔山市",
            "水",
            "洗车废水经沉淀后排入雨水井，举报属实。",
            "属实",
            "已完成污水管网接驳，废水排入市政污水管网。",
            "已办结",
            "无",
        ],
    ],
)


def _xingan_26_table() -> bytes:
    paragraphs, rows = _XINGAN_26
    return _table_docx(paragraphs, _XINGAN_HEADER, rows)


def _xingan_10_pdf() -> bytes:
    """The 10th batch as a landscape PDF table, cells wrapping."""
    paragraphs, rows = _XINGAN_10
    return _pdf_table(paragraphs, _XINGAN_HEADER, rows, widths=(8, 30, 40, 22, 16, 40, 14, 44, 18, 18))


# 内蒙古自治区 and 通辽市: the same 一览表 at region and city level (the region's with 盟市).
def _nmg_11_table() -> bytes:
    header = [*_XINGAN_HEADER[:3], "盟市", *_XINGAN_HEADER[3:]]
    return _table_docx(
        [
            "按照中央第二生态环境保护督察组工作要求，6月17日，全区已对中央督察组交办的第十一批27件信访举报件进行调查处理，"
            "其中，已办结7件、阶段性办结17件、未办结3件，责令整改3家，立案处罚8家，问责2人。",
            "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第十一批）",
        ],
        header,
        [
            [
                "1",
                "D3NM202506160041",
                "一家选矿厂尾矿库扬尘，周边农田落灰。",
                "包头市",
                "固阳县",
                "大气,土壤",
                "尾矿库干滩未全部覆盖，举报属实。",
                "属实",
                "已责令覆盖干滩并立案处罚，覆盖工程正在实施。",
                "阶段性办结",
                "无",
            ],
            [
                "2",
                "D3NM202506160057",
                "城郊一处养殖场粪污露天堆放，气味大。",
                "赤峰市",
                "松山区",
                "大气,水",
                "粪污未进入贮存设施，举报属实。",
                "属实",
                "粪污已清运还田，贮存设施已启用。",
                "已办结",
                "无",
            ],
            [
                "3",
                "D3NM202506160063",
                "一处河道内有砂石开采痕迹。",
                "鄂尔多斯市",
                "达拉特旗",
                "生态",
                "正在调取采砂许可和卫星影像资料。",
                "正在核实",
                "正在调查。",
                "未办结",
                "无",
            ],
        ],
    )


def _tongliao_33_table() -> bytes:
    return _table_docx(
        [
            "按照中央第二生态环境保护督察组工作要求，7月9日，通辽市已对中央督察组交办的第三十三批1件信访举报件进行调查处理，"
            "其中，已办结1件。",
            "截至7月9日，通辽市已对1—33批224件信访件进行调查处理，其中，已办结97件、阶段性办结83件、未办结44件。",
            "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第33批）",
        ],
        _XINGAN_HEADER,
        [
            [
                "1",
                "D3NM202507080019",
                "一家饭店后院锅炉冒黑烟。",
                "科尔沁区",
                "大气",
                "锅炉为燃煤小锅炉，未列入淘汰清单前已停用又复用，举报属实。",
                "属实",
                "锅炉已拆除，饭店改用电加热。",
                "已办结",
                "无",
            ],
        ],
        after=["相关案件将持续按照中央督察组边督边改工作要求推进查处整改工作。"],
    )


# 镇坪县 (陕西) 县政府确定事项完成情况: one table grouped by the kind of meeting.
def _zhenping_table() -> bytes:
    """Group rows for the three kinds of meeting; the meeting's cell merged down over its matters."""
    document = docx.Document()
    for line in (
        "关于2020年县政府党组会议、常务会议、县长办公会议确定事项完成情况的通报",
        "2020年县政府确定重要工作任务共579项，截至目前，已完成550项，正在办理29项，完成率95%。",
        "附件：2020年县政府会议确定事项完成情况表",
    ):
        document.add_paragraph(line)
    header = ["序号", "会议", "确定事项", "责任单位", "完成情况"]
    rows: list[list[str] | str] = [
        "一、县政府党组会议确定事项",
        ["1", "第二次党组会议", "制定县政府党组理论学习中心组年度学习计划。", "县政府办", "已完成"],
        "二、县政府常务会议确定事项",
        ["2", "第六次常务会", "推进城区污水管网改造项目前期工作。", "县住建局", "正在办理"],
        ["3", "第八次常务会", "完成农村饮水安全巩固提升工程建设。", "县水利局", "正在办理"],
        ["4", "第八次常务会", "做好冬春季森林防火准备工作。", "县林业局", "已完成"],
        "三、县长办公会议确定事项",
        ["5", "第八次县长办公会", "协调解决农贸市场搬迁中的摊位安置问题。", "县市场监管局", "正在办理"],
    ]
    table = document.add_table(rows=1, cols=len(header))
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        cell.text = value
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    upper, lower = table.rows[4].cells[1], table.rows[5].cells[1]
    upper.merge(lower).text = "第八次常务会"
    return _save(document)


# name → (upload file name, builder of its bytes)
DOCUMENTS: dict[str, tuple[str, Callable[[], bytes]]] = {
    path.stem: (path.name, _text(path.stem)) for path in sorted(FIXTURES.glob("*.txt"))
}
DOCUMENTS["tongcheng_2022_table"] = ("通城县整改情况.docx", _tongcheng_table)
DOCUMENTS["hengyang_lvdun_table"] = ("绿盾问题销号公示.docx", _hengyang_table)
DOCUMENTS["hengyang_lvdun_pdf"] = ("绿盾问题销号公示.pdf", _hengyang_pdf)
DOCUMENTS["qingshui_2020_docx"] = ("清水县第二十七项整改任务公示.docx", _qingshui_docx)

DOCUMENTS["ziyang_2024_meeting_xlsx"] = ("2024年第五次县政府常务会议确定事项汇总表.xlsx", _ziyang_2024_xlsx)
DOCUMENTS["ziyang_2022_meeting_table"] = ("确定事项落实情况的通报.docx", _ziyang_2022_table)
DOCUMENTS["zhangzhou_letters_xlsx"] = ("漳州市环保督察信访件汇总表.xlsx", _zhangzhou_xlsx)
DOCUMENTS["changde_xihu_2023_form_table"] = ("西湖管理区整改情况公示.docx", _changde_xihu_form)
DOCUMENTS["jingzhou_2019_july_table"] = ("大气污染防治突出问题清单.docx", _jingzhou_july_table)
DOCUMENTS["jingzhou_2019_august_xlsx"] = ("大气污染防治突出问题清单.xlsx", _jingzhou_august_xlsx)
DOCUMENTS["xingan_2025_batch26_table"] = ("边督边改公开情况一览表（第26批）.docx", _xingan_26_table)
DOCUMENTS["xingan_2025_batch10_pdf"] = ("边督边改公开情况一览表（第10批）.pdf", _xingan_10_pdf)
DOCUMENTS["nmg_2025_batch11_table"] = ("边督边改公开情况一览表（第十一批）.docx", _nmg_11_table)
DOCUMENTS["tongliao_2025_batch33_table"] = ("边督边改公开情况一览表（第33批）.docx", _tongliao_33_table)
DOCUMENTS["zhenping_2020_decisions_table"] = ("确定事项完成情况表.docx", _zhenping_table)


def expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


# --- blind set (issue 14, branch corpus-blind) ---------------------------------------------------
# Written with their expected JSON BEFORE the reader was run on them, to measure how the reader
# does on documents it was not tuned on (docs/decisions.md, “Blind set”). Sources in SOURCES.md.


def _yanfeng_table() -> bytes:
    """衡阳市雁峰区's closure notice: a two-column 公示表 whose last row names the offices to
    write to, with their telephone numbers run into the names."""
    document = docx.Document()
    document.add_paragraph("雁峰区省环保督察反馈问题整改销号公示")
    rows = [
        ("问题编号", "16"),
        (
            "反馈问题",
            "土壤重金属污染历史遗留多、问题突出：全市疑似污染地块311个，占全省13.72%，其中涉重金属的265个，"
            "分布在10个县市区",
        ),
        (
            "整改完成情况",
            "已对辖区疑似污染地块全面调查，出台管理制度；开发利用前依法开展土壤污染状况调查，"
            "并按调查结果实施风险管控或修复",
        ),
        ("拟办结销号时间", "2020年11月28日"),
        ("公示时间", "2020年11月30日-2020年12月5 日"),
        (
            "反馈部门",
            "雁峰区人民政府 衡阳市自然资源和规划局雁峰分局0734-8203486 衡阳市生态环境局雁峰分局0734-8799055",
        ),
    ]
    return _form_table(document, rows)


def _xinxiang_case(document, number: str, code: str, rows: list[tuple[str, str]]) -> None:
    """One case of the newspaper's 举报件信息公开: a four-cell first row (序号 | N | 受理编号 | code),
    then one label | value row per field, the value merged over the last three cells."""
    table = document.add_table(rows=1, cols=4)
    for cell, value in zip(table.rows[0].cells, ("序号", number, "受理编号", code), strict=True):
        cell.text = value
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].merge(cells[3]).text = value
    document.add_paragraph("")


def _xinxiang_tables() -> bytes:
    """新乡日报's page: the heading, then each case as its own table."""
    document = docx.Document()
    document.add_paragraph("中央第五环保督察组群众举报件信息公开")
    document.add_paragraph("（第29、30批 2021年5月10日）")
    _xinxiang_case(
        document,
        "1",
        "X2HA202105040031",
        [
            ("交办问题基本情况", "获嘉县一处养殖场粪污直排村边沟渠，臭味大。"),
            ("行政区域", "获嘉县"),
            ("污染类型", "水、大气"),
            (
                "调查核实情况",
                "（一）基本情况\n该养殖场存栏生猪约300头，建有化粪池一座。\n（二）现场核查情况\n"
                "化粪池满溢，粪水经暗管流入村边沟渠，举报属实。",
            ),
            ("是否属实", "属实"),
            (
                "处理和整改情况",
                "责令养殖场清理沟渠、封堵暗管，粪污交有机肥厂处理，问题已整改到位，该件已办结。",
            ),
            ("责任人被处理情况", "无"),
        ],
    )
    _xinxiang_case(
        document,
        "2",
        "X2HA202105050022",
        [
            (
                "交办问题基本情况",
                "卫辉市上乐村镇凡店村一家生物公司距村庄仅50米，跑冒滴漏，气味难闻。夜间偷排废水、倾倒化工废料，"
                "废酸水排入卫河。",
            ),
            ("行政区域", "卫辉市"),
            ("污染类型", "大气、水"),
            (
                "调查核实情况",
                "（一）企业基本情况\n该公司现名卫辉市鑫铭工贸有限公司，年产1000吨氯代特戊酰氯项目2016年11月备案，"
                "2017年12月取得排污许可证。\n（二）现场核查情况\n4月30日上午，新乡市生态环境局会同卫辉市分局现场检查，"
                "废气处理设施运行，厂区有异味；未发现偷排废水和倾倒化工废料。",
            ),
            ("是否属实", "部分属实"),
            ("处理和整改情况", "责令企业完善废气收集设施并开展泄漏检测，整改正在推进，该件阶段性办结。"),
            ("责任人被处理情况", "无"),
        ],
    )
    return _save(document)


def _xuancheng_docx() -> bytes:
    """宣城市's notice on the mines as the Word file a bureau sends: six numbered headings, each
    with its value on the next paragraph, then the objection line, telephone and signature."""
    document = docx.Document()
    for line in (
        "关于第二轮中央生态环境保护督察反馈宣城市矿山生态破坏问题整改完成情况的公示",
        "2021年第二轮中央生态环境保护督察反馈的11座矿山8座存在生态破坏问题已整改完成，并通过核查验收。"
        "根据《安徽省生态环境问题整改工作实施办法》要求，现将该问题整改完成情况公示如下：",
        "一、整改问题",
        "督察组抽查宣城市11座矿山，8座存在不同程度的生态破坏。宣州区狸桥三岔路采石场垂直采面未挂网喷浆修复，"
        "仅用绿色防尘网遮盖；广德市新杭洞口石灰石矿和保良矿业修复面积不到矿区的三分之一，水土流失和山体滑坡问题突出。",
        "二、整改实施主体",
        "宣城市委、市政府",
        "三、重点措施",
        "按照“一矿一策”科学制定8座矿山生态修复整改方案，2021年底完成三岔路采石厂修复，"
        "2022年底完成新杭洞口石灰石矿等7座矿山修复。",
        "四、目标任务",
        "完成“一矿一策”治理并通过验收。",
        "五、完成时限",
        "2022年底。",
        "六、整改完成情况",
        "三岔路采石厂、新杭洞口石灰石矿、保良矿业等8座矿山已按整改方案完成治理并通过专家验收，矿山生态破坏问题得到解决。",
        "如对该问题整改完成情况有异议，请在公示期间（2023年1月6日至2023年1月19日，共10个工作日）向安徽省自然资源厅反映。",
        "监督电话：0551-66181732",
        "宣城市自然资源和规划局",
        "2023年1月6日",
    ):
        document.add_paragraph(line)
    return _save(document)


DOCUMENTS["yanfeng_2020_soil_table"] = ("雁峰区整改销号公示.docx", _yanfeng_table)
DOCUMENTS["xinxiang_2021_petition_tables"] = ("群众举报件信息公开（第29、30批）.docx", _xinxiang_tables)
DOCUMENTS["xuancheng_2023_mines_docx"] = ("矿山生态破坏问题整改完成情况公示.docx", _xuancheng_docx)

# The blind set, for the figure recorded in docs/decisions.md.
BLIND = (
    "yanfeng_2020_soil_table",
    "xinxiang_2021_petition_tables",
    "xuancheng_2023_mines_docx",
    "ganzhou_2025_soil_notice",
    "xuanwei_2025_soil_report",
    "laibin_2020_road_report",
)


# --- blind set 2 (issue 14, branch corpus-blind2) ------------------------------------------------
# Written with their expected JSON BEFORE the reader was run on them (docs/decisions.md, “Blind
# set 2”). Sources in SOURCES.md, table “Blind set 2”.


def _suizhou_docx() -> bytes:
    """随州市水利和湖泊局's closure notice as the bureau's Word file: four numbered headings, each
    with its value in the next paragraph, the objection sentence with the telephone run into it,
    then the signature and date."""
    document = docx.Document()
    for line in (
        "随州市水利和湖泊局关于第一轮中央生态环境保护督察反馈意见（序号32）整改销号情况的公示",
        "根据中央、省、市关于环保督察反馈意见整改工作的相关要求，现将我局第一轮中央生态环境保护督察反馈意见"
        "（序号32）整改销号情况公示如下：",
        "一、反馈意见建议",
        "在固废清理和监管上存在部门重视不足、源头管控不紧、设施建设不齐、日常监管不严等问题。",
        "二、整改目标",
        "巩固“清废行动2018”和长江经济带固废大排查成果，建立固体废物污染防治长效机制。",
        "三、整改完成情况",
        "我局组织专班每季度暗访巡查全市10条市级河流及各县市区至少2条河流，除少量建筑垃圾外，未发现其他固废堆放。",
        "四、下一步持续深化整改措施",
        "按“长期坚持”的整改要求，结合河长制加强日常巡查和部门协作，对重点点位安排专人负责，发现固废堆放及时上报处理，防止反弹。",
        "如果公众对该问题整改公示有异议，请在公示期间（2021年11月19日-2021年11月25日）向随州市水利和湖泊局反映。"
        "联系电话：0722-3328670",
        "随州市水利和湖泊局",
        "2021年11月19日",
    ):
        document.add_paragraph(line)
    return _save(document)


def _liaoyang_table() -> bytes:
    """辽阳市's 整改任务清单 as a Word attachment: the city's note, then one table with a 责任领导
    column and group rows by field; no progress column (a plan, nothing done yet)."""
    paragraphs = [
        "辽阳市公开第二轮省级生态环境保护督察整改任务清单",
        "2021年10月26日至11月9日，辽宁省第三生态环境保护督察组对辽阳市开展了第二轮省级生态环境保护督察，"
        "并于2022年2月23日向辽阳市反馈了督察意见。针对督察反馈问题，统筹整合形成24项整改任务，"
        "2022年年底前完成21项，2023年年底前24项全部完成。",
        "附件：辽阳市2021年第二轮省级生态环境保护督察整改任务清单",
    ]
    header = ["序号", "督察反馈问题", "整改目标", "整改措施", "责任领导", "责任单位", "整改时限"]
    rows: list[list[str] | str] = [
        "一、水生态环境保护方面",
        [
            "1",
            "太子河辽阳段部分支流汛期水质超标，入河排口排查整治不彻底。",
            "支流断面水质稳定达到年度考核目标。",
            "1.开展入河排口溯源整治。\n2.推进城区雨污分流改造。\n3.建立支流水质周调度机制。",
            "分管副市长",
            "市生态环境局、市水务局、市住房城乡建设局",
            "2022年12月底前",
        ],
        [
            "2",
            "部分乡镇污水处理设施运行不正常，出水不能稳定达标。",
            "乡镇污水处理设施正常运行、达标排放。",
            "1.逐个排查乡镇污水处理设施运行情况。\n2.落实运维资金和专业运维单位。",
            "分管副市长",
            "市住房城乡建设局、辽阳县政府、灯塔市政府",
            "2023年12月底前",
        ],
        "二、大气污染防治方面",
        [
            "3",
            "中心城区部分建筑工地扬尘管控不到位，渣土车未密闭运输。",
            "建筑工地落实扬尘管控要求，渣土车辆全部密闭运输。",
            "1.开展建筑工地扬尘专项检查。\n2.渣土运输车辆全部密闭并安装定位装置。\n3.对违规工地和车辆依法处罚。",
            "分管副市长",
            "市住房城乡建设局、市城市管理综合行政执法局、市公安局",
            "2022年10月底前",
        ],
    ]
    return _table_docx(paragraphs, header, rows)


def _hainan_table() -> bytes:
    """海南省's 一览表 for the 23rd batch: the same national form with 市县 and 办结情况 columns,
    a case not borne out (不属实) closed as 已办结."""
    paragraphs = [
        "截至12月23日，针对中央第三生态环境保护督察组向我省转交的第二十三批84件群众信访举报件，"
        "各责任单位已按照要求上报调查处理情况，其中已办结56件。",
        "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第二十三批）",
    ]
    header = [
        "序号",
        "受理编号",
        "交办问题基本情况",
        "市县",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "办结情况",
        "责任人被处理情况",
    ]
    rows: list[list[str] | str] = [
        [
            "1",
            "D3HI202312200011",
            "一处建筑工地夜间施工，噪声扰民。",
            "海口市",
            "噪声",
            "该工地未办理夜间施工许可即夜间作业，举报属实。",
            "属实",
            "已责令停止夜间施工并立案处罚，问题已整改。",
            "已办结",
            "无",
        ],
        [
            "2",
            "D3HI202312200027",
            "一家养殖场废水流入附近河沟，气味大。",
            "文昌市",
            "水、大气",
            "养殖场粪污处理设施容量不足，雨天有废水外溢。",
            "部分属实",
            "已责令清理河沟，粪污处理设施正在扩建。",
            "阶段性办结",
            "无",
        ],
        [
            "3",
            "D3HI202312200045",
            "一处采石场粉尘大，运输车辆沿路抛洒。",
            "澄迈县",
            "大气",
            "该采石场已于2022年关闭，现场无生产活动，未发现抛洒。",
            "不属实",
            "经核查，反映问题不存在，已向举报人反馈。",
            "已办结",
            "无",
        ],
    ]
    return _table_docx(paragraphs, header, rows)


DOCUMENTS["suizhou_2021_waste_docx"] = ("整改销号情况的公示.docx", _suizhou_docx)
DOCUMENTS["liaoyang_2022_task_table"] = ("辽阳市第二轮省级督察整改任务清单.docx", _liaoyang_table)
DOCUMENTS["hainan_2023_batch23_table"] = ("边督边改公开情况一览表（第二十三批）.docx", _hainan_table)

# The second blind set, for the figure recorded in docs/decisions.md (“Blind set 2”).
BLIND_2 = (
    "yongxing_2020_tailings_notice",
    "mashan_2026_sewage_notice",
    "yueyang_2019_sewage_notice",
    "suizhou_2021_waste_docx",
    "liaoyang_2022_task_table",
    "hainan_2023_batch23_table",
)


# --- blind set 3 (issue 14, branch corpus-blind3) ------------------------------------------------
# Written with their expected JSON BEFORE the reader was run on them (docs/decisions.md, “Blind
# set 3”). Sources in SOURCES.md, table “Blind set 3”.


def _tongnan_form() -> bytes:
    """潼南区's 整改情况公示表 as a Word two-column form (label | value); the measures cell holds
    “整改措施：一是…六是…” and “整改成效：…” together; the contact person's name left out."""
    document = docx.Document()
    document.add_paragraph("潼南区中央生态环境保护督察整改任务公示表")
    rows = [
        ("整改任务概述", "部分区县生活垃圾及渗滤液处理能力不足。"),
        ("整改责任单位", "潼南区"),
        (
            "整改目标",
            "坚持问题导向，定任务、定时限、定责任，2020年底前完成生活垃圾填埋场扩容；加快生活垃圾资源化项目"
            "和渗滤液处理设施改造，确保2022年底生活垃圾及渗滤液得到有效处置。",
        ),
        (
            "整改措施及成效",
            "整改措施：一是覆膜填埋区和渗滤液调节池，修复雨污分流系统，减少雨水进入填埋场。"
            "二是实施填埋区应急加固工程，新增库容约70万立方米。"
            "三是扩建改造渗滤液处理设施，现有处理能力160m³/天，计划2022年初新添一台一体化处理设施。"
            "四是将生活垃圾处理费和渗滤液处理费纳入财政预算。"
            "五是2021年7月5日区政府召开专题会议，从源头减量、经费保障和部门职责上保障渗滤液处置。"
            "六是推进生活垃圾发电耦合制氢项目，按要求推进生活垃圾分类，减少填埋量。"
            "整改成效：渗滤液得到及时处置，两个渗滤液调节池处于安全水位。",
        ),
        ("整改时间", "2020年6月至2021年12月"),
        ("社会监督联系人及电话", "15310389382"),
    ]
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("备注：社会监督联系人须由区县或市级部门确定。")
    return _save(document)


_XIXIAN = (
    [
        "关于第十六项反馈问题整改情况的公示",
        "按照《关于印发西安市贯彻落实省大气污染治理专项督察报告整改方案的通知》（市字〔2023〕98号）要求，"
        "新区自然资源和规划局负责整改的第十六项聚家庄西侧空地扬尘反馈问题已完成整改，市级部门组织了验收，"
        "现予以公示。欢迎社会公众监督，如有异议，可在公示期间反映。",
        "公示期自2025年1月10日至2025年1月25日。联系电话：029-33186076",
    ],
    ["序号", "反馈问题", "整改措施"],
    [
        [
            "第十六项",
            "沣东新城三桥街办聚家庄西侧空地扬尘问题",
            "清运空地地表建筑垃圾，场地撒草籽绿化，交临时停车场管理并围挡防护，防止随意倾倒建筑垃圾。",
        ]
    ],
)


def _xixian_pdf() -> bytes:
    """西咸新区's notice as a text PDF: the note, then a three-column table (portrait)."""
    paragraphs, header, rows = _XIXIAN
    return _pdf_table(paragraphs, header, rows, widths=(20, 60, 100), landscape=False, size=9)


DOCUMENTS["tongnan_2022_landfill_form"] = ("潼南区整改任务公示表.docx", _tongnan_form)
DOCUMENTS["xixian_2025_dust_pdf"] = ("第十六项反馈问题整改情况公示.pdf", _xixian_pdf)

# The third blind set, for the figure recorded in docs/decisions.md (“Blind set 3”).
BLIND_3 = (
    "chengcheng_2021_landfill_notice",
    "daan_2019_water_source_notice",
    "dawa_2018_water_source_notice",
    "liaocheng_2020_mines_notice",
    "xingguo_2025_petition_notice",
    "tongnan_2022_landfill_form",
    "xixian_2025_dust_pdf",
)


# --- blind set 4 ---------------------------------------------------------------------------------


def _two_column_form(before: list[str], rows: list[tuple[str, str]], after: list[str]) -> bytes:
    """A Word two-column form (label | value) with paragraphs before and after it."""
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for line in after:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _yuanling_form() -> bytes:
    """沅陵县's web page is a two-column table from 任务名称 to 意见反馈渠道; the title line is ours."""
    return _two_column_form(
        ["沅陵县马底驿乡张清采石场生态修复"],
        [
            ("任务名称", "沅陵县马底驿乡张清采石场生态修复"),
            (
                "整改目标",
                "按2024年第二轮生态环境保护督察问题清单，该采石场生态修复不严不实，生产区和开采区修复标准不高，"
                "应按矿山生态修复要求整改。",
            ),
            (
                "整改措施",
                "针对督察指出的问题，对生产区完善截排水系统；对采场、废石堆等未整平复垦的区域整平复垦，恢复为林地。",
            ),
            (
                "整改完成情况",
                "采区场地已平整、覆土、植树种草、开挖排水沟，完成图斑生态修复，经自检，达到验收销号条件。",
            ),
            ("下一步工作", "落实生态环境和安全巡查制度，加强修复区域后期管护，巩固修复成效。"),
            ("公示时间", "2025年4月7日-2025年4月12日"),
            ("拟销号时间", "2025年4月21日"),
            ("意见反馈渠道", "沅陵县自然资源局\n联系电话：0745-4233768"),
        ],
        [],
    )


def _dongpo_form() -> bytes:
    """眉山市东坡区's 整改情况表: the seal line above the form, a 联系电话 row inside it before the
    target; the responsible person's name left out; the title line is ours."""
    return _two_column_form(
        ["省生态环境保护督察反馈问题整改情况表", "责任单位（盖章）：眉山市东坡生态环境局  2022年3月1日"],
        [
            ("反馈问题", "东坡区曾庙村、璧山村仍有秸秆焚烧现象。"),
            ("责任单位", "眉山市东坡生态环境局"),
            ("责任人", "（姓名略）"),
            ("联系电话", "38115049"),
            ("整改目标", "杜绝秸秆焚烧，辖区内做到“不见烟雾、不见火光、不见黑斑”。"),
            (
                "整改主要工作及成效",
                "1.制定秸秆禁烧和综合利用年度方案，落实镇（街道）、村（社）、组三级网格化监管责任，禁烧全域覆盖。\n"
                "2.建成秸秆禁烧蓝天卫士监控系统。\n"
                "3.广泛宣传禁烧，对违规焚烧加强惩戒和法治教育。\n"
                "4.压实属地监管责任，对禁烧落实不到位的单位通报批评，情节严重的追责问责。\n"
                "成效：截至目前东坡区曾庙村、璧山村秸秆焚烧现象已经完成整改。",
            ),
        ],
        [],
    )


def _zigong_form() -> bytes:
    """自贡市生态环境局's 验收公示: the note, the signature, then the attached 完成情况表 as a
    two-column form; the 核查完成情况 cell is cut in the stored page, its text is ours."""
    return _two_column_form(
        [
            "自贡市生态环境局关于省级生态环境保护督察整改任务整改验收的公示（第三轮第六项整改任务）",
            "第三轮省级生态环境保护督察第六项整改任务已整改完成，并通过验收，拟按程序实施销号。根据《自贡市生态环境"
            "保护督察问题整改销号办法（修订）》有关要求，现将该项问题整改验收情况予以公示，公示期为2024年12月10日至"
            "12月20日。公示期间如有异议，请实名书面向自贡市生态环境局提出。联系电话：0813—5509139。",
            "附件：第三轮省级生态环境保护督察第六项整改任务完成情况表",
            "自贡市生态环境局",
            "2024年12月10日",
            "附件",
            "第三轮省级生态环境保护督察第六项整改任务完成情况表",
        ],
        [
            (
                "整改任务",
                "第三轮省级生态环境保护督察第六项整改任务：沿滩区、富顺县秸秆禁烧和综合利用不到位，秸秆露天焚烧问题突出。",
            ),
            ("整改责任单位", "自贡市生态环境局"),
            ("整改目标", "进一步落实秸秆禁烧工作，推进秸秆综合利用"),
            (
                "整改措施",
                "1.加强宣传引导和日常巡查，用监控系统、无人机、社会监督员等方式巡查，重点巡查监控盲区和远郊乡镇。\n"
                "2.推进秸秆综合利用，富顺县和沿滩区各定年度利用方案，培育年利用秸秆500吨以上的利用主体，富顺县不少于2家，"
                "沿滩区不少于1家。\n"
                "3.强化考核，将露天焚烧纳入年度党政同责目标考评；因管控不到位造成大面积焚烧的，严肃追责问责。",
            ),
            ("地方上报完成情况", "已完成整改"),
            (
                "核查完成情况",
                "1.通过官微、融媒体、村村响、短信等推送禁烧信息，开展院坝宣传。\n"
                "2.两县区已制定年度秸秆利用方案，培育的规模化利用主体达到要求。\n"
                "3.露天焚烧已纳入年度目标考评。",
            ),
        ],
        [],
    )


DOCUMENTS["yuanling_2025_quarry_form"] = ("沅陵县采石场生态修复整改公示.docx", _yuanling_form)
DOCUMENTS["dongpo_2022_straw_form"] = ("东坡区秸秆焚烧问题整改情况表.docx", _dongpo_form)
DOCUMENTS["zigong_2024_straw_form"] = ("第六项整改任务完成情况表.docx", _zigong_form)

# The fourth blind set, for the figure recorded in docs/decisions.md (“Blind set 4”).
BLIND_4 = (
    "puyang_2023_black_water_notice",
    "dongguan_2021_livestock_notice",
    "chuxiong_2017_measures_list",
    "zhuzhou_2025_black_water_notice",
    "jiutai_2024_straw_notice",
    "yuanling_2025_quarry_form",
    "dongpo_2022_straw_form",
    "zigong_2024_straw_form",
)

# The fifth blind set, for the figure recorded in docs/decisions.md (“Blind set 5”).
BLIND_5 = (
    "wuhu_2025_wetland_notice",
    "sanshan_2025_wetland_notice",
    "xuancheng_2024_wetland_notice",
    "yandu_2025_wharf_notice",
    "weinan_2021_medical_waste_notice",
)

# --- blind set 6 (issue 14, branch corpus-blind6) ------------------------------------------------
# Multi-finding documents written with their expected JSON BEFORE the reader was run on them
# (docs/decisions.md, “Blind set 6”). Sources in SOURCES.md, table “Blind set 6”.


def _guangxi_plan_table() -> bytes:
    """广西's 整改方案 attachment: a 督查部门 column beside the units, group rows by aspect, the
    lead unit marked “（牵头）” in a comma-separated 责任单位 cell; the tasks are ours."""
    paragraphs = [
        "广西壮族自治区贯彻落实第二轮中央生态环境保护督察反馈意见整改方案",
        "2021年4月9日至5月9日，中央第七生态环境保护督察组对我区开展了第二轮生态环境保护督察，并于2021年7月16日"
        "反馈了督察情况。自治区将整改任务细化为39个问题、186条具体整改措施，逐一明确整改要求、整改措施、责任单位、"
        "督查部门和整改时限。",
        "附件：广西壮族自治区贯彻落实第二轮中央生态环境保护督察反馈意见整改任务清单",
    ]
    header = ["序号", "问题", "整改要求", "整改措施", "责任单位", "督查部门", "整改时限"]
    supervisors = "自治区党委督查室、自治区人民政府督查室"
    rows: list[list[str] | str] = [
        "一、贯彻落实新发展理念方面",
        [
            "1",
            "部分地方对生态环境保护重视不够，统筹发展与保护存在偏差。有的地方仍有重发展轻保护的倾向。",
            "切实扛起生态文明建设政治责任，推动形成绿色发展方式。",
            "1.把习近平生态文明思想纳入各级党委（党组）理论学习中心组学习内容。\n"
            "2.严格落实生态环境保护党政同责、一岗双责。\n3.将督察整改情况纳入年度绩效考评。",
            "自治区党委办公厅（牵头），自治区党委组织部，各设区市党委、政府",
            supervisors,
            "立行立改，长期坚持",
        ],
        [
            "2",
            "一些地方违规上马“两高”项目，能耗双控压力较大。",
            "坚决遏制“两高”项目盲目发展。",
            "1.开展“两高”项目清理排查，实行清单管理。\n2.对违规建设的项目依法依规处置。",
            "自治区发展改革委（牵头），自治区工业和信息化厅，自治区生态环境厅，各设区市人民政府",
            supervisors,
            "2022年12月底前",
        ],
        "二、水生态环境保护方面",
        [
            "3",
            "城镇污水收集处理设施建设滞后，部分污水处理厂进水浓度偏低。",
            "城市生活污水集中收集率明显提升。",
            "1.实施城镇污水处理提质增效三年行动。\n2.排查整治管网错接、混接、漏接。\n"
            "3.推进县城污水处理设施建设。\n4.建立污水处理厂进水浓度月度通报制度。",
            "自治区住房城乡建设厅（牵头），自治区生态环境厅，各设区市人民政府",
            supervisors,
            "2023年12月底前",
        ],
    ]
    return _table_docx(paragraphs, header, rows)


def _guizhou_progress_xlsx() -> bytes:
    """贵州's 整改落实情况 kept in a workbook: a status column (已完成 / 达到时序进度) beside the
    progress text, which for an open row also says “已完成…” of its yearly part; rows ours."""
    book, sheet = _titled_sheet(
        "整改落实情况",
        "贵州省中央生态环境保护督察“回头看”及长江流域生态问题专项督察反馈意见整改落实情况表（截至2020年8月底）",
        ["序号", "反馈问题", "责任单位", "整改时限", "整改进展情况", "整改状态"],
    )
    for row in (
        [
            1,
            "草海国家级自然保护区内违规建设问题整改不到位，保护区生态修复进展缓慢。",
            "毕节市人民政府、省林业局",
            "2020年6月底前",
            "保护区规划红线内违建房屋已拆除，退耕还湿还草工程已完成。",
            "已完成",
        ],
        [
            2,
            "乌江流域总磷污染问题仍然突出，部分磷化工企业渗漏问题未彻底解决。",
            "省生态环境厅、黔南州人民政府、贵阳市人民政府",
            "2020年底前",
            "已完成年度治理工程建设，乌江干流水质总体改善，个别断面总磷仍有波动，正在推进深度治理。",
            "达到时序进度",
        ],
        [
            3,
            "部分县城生活污水收集管网建设滞后，污水直排问题依然存在。",
            "省住房城乡建设厅，各市（州）人民政府",
            "立行立改，长期坚持",
            "已完成直排口排查整治，新建改造污水管网，建立管网日常巡查制度。",
            "已完成",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _qinghai_batch16_table() -> bytes:
    """青海's 一览表 for the 16th batch in the column order 青岛日报 printed the national form
    (受理方式 and 问责情况, no 办结 column): whether a case is done is said only in 处理和整改情况."""
    paragraphs = [
        "12月8日，中央第五生态环境保护督察组向我省交办了第十六批群众信访举报件共39件，均为来电件，涉及西宁市20件、"
        "海东市12件、海西蒙古族藏族自治州2件、海南藏族自治州4件、黄南藏族自治州1件。现将部分信访件办理情况公开如下。",
        "青海省中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第十六批）",
    ]
    header = [
        "序号",
        "受理编号",
        "受理方式",
        "交办问题基本情况",
        "行政区域",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "问责情况",
    ]
    rows: list[list[str] | str] = [
        [
            "1",
            "D5QH202312080006",
            "来电",
            "城区一家餐馆油烟直排，影响周边住户。",
            "西宁市",
            "大气",
            "该餐馆油烟净化设施损坏未及时维修，油烟经排气扇直排，举报属实。",
            "是",
            "已责令更换油烟净化设施并规范排放，经复查，目前已整改到位。",
            "无",
        ],
        [
            "2",
            "D5QH202312080019",
            "来电",
            "一处砂石加工点粉尘较大，运输车辆沿路撒漏。",
            "海东市",
            "大气",
            "加工点料堆未全部苫盖，出入口未设冲洗设施，举报属实。",
            "是",
            "已责令停产整改，正在建设封闭料棚和车辆冲洗设施，计划2024年3月底前完成。",
            "无",
        ],
        [
            "3",
            "D5QH202312080031",
            "来电",
            "村旁河道有生活垃圾堆放，雨季随水漂流。",
            "海南藏族自治州",
            "水、土壤",
            "河道管理范围内有零散生活垃圾，举报属实。",
            "是",
            "已清理河道垃圾并建立村级保洁制度，已完成整改。",
            "无",
        ],
    ]
    return _table_docx(paragraphs, header, rows)


def _grouped_pdf(
    paragraphs: list[str],
    header: list[str],
    rows: list[list[str] | tuple[str, str]],
    widths: tuple[int, ...] = (10, 30, 90, 30, 40, 45, 22),
) -> bytes:
    """A landscape text PDF table whose group rows keep their number in the first cell and span
    the name over the other columns (a tuple row), as a 行动计划's 附件 prints them."""
    with _cjk_pdf(_cells_text(paragraphs, header, rows=rows)) as pdf:
        for line in paragraphs:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as table:
            for values in [header, *rows]:
                row = table.row()
                if isinstance(values, tuple):
                    row.cell(values[0])
                    row.cell(values[1], colspan=len(header) - 1)
                    continue
                for value in values:
                    row.cell(value)
        return bytes(pdf.output())


def _beijing_air_pdf() -> bytes:
    """北京's 大气污染防治2021年行动计划 附件1: time limits “年底前” whose year is the plan's, a
    主责单位 column between lead and cooperating units, “…等部门”; task 3 is ours."""
    districts = "各区政府（含北京经济技术开发区管委会）"
    return _grouped_pdf(
        ["附件1", "大气污染防治2021年行动计划"],
        ["序号", "重点任务", "工作措施", "牵头部门", "主责单位", "协办单位", "完成时限"],
        [
            ("一", "空气质量目标"),
            [
                "1",
                "目标任务",
                "在完成国家下达目标的基础上，全市和各区力争空气质量继续改善，细颗粒物（PM2.5）浓度和重污染天数继续下降。",
                "市生态环境局",
                districts,
                "市交通委、市城市管理委、市经济和信息化局、市住房城乡建设委等部门",
                "年底前",
            ],
            ("二", "实施挥发性有机物（VOCs）专项治理行动"),
            [
                "2",
                "完善VOCs环境监测网络",
                "完善覆盖街道（乡镇）和主要工业园区的VOCs高密度监测网，用大数据分析和卫星遥感建设VOCs热点网格系统，识别高值区。",
                "市生态环境局",
                districts,
                "市经济和信息化局",
                "年底前",
            ],
            [
                "3",
                "强化汽修行业VOCs治理",
                "汽修企业喷漆作业全部在密闭喷烤漆房内进行，开展汽修行业专项执法检查。",
                "市交通委",
                districts,
                "市生态环境局、市市场监管局",
                "6月底前",
            ],
        ],
    )


DOCUMENTS["guangxi_2021_plan_table"] = ("整改任务清单.docx", _guangxi_plan_table)
DOCUMENTS["guizhou_2020_progress_xlsx"] = ("整改落实情况表.xlsx", _guizhou_progress_xlsx)
DOCUMENTS["qinghai_2023_batch16_table"] = ("边督边改公开情况一览表（第十六批）.docx", _qinghai_batch16_table)
DOCUMENTS["beijing_2021_air_plan_pdf"] = ("大气污染防治2021年行动计划.pdf", _beijing_air_pdf)

# The sixth blind set, for the figure recorded in docs/decisions.md (“Blind set 6”).
BLIND_6 = (
    "putuo_2018_task_list",
    "npc_2022_environment_law_opinions",
    "guangxi_2021_plan_table",
    "guizhou_2020_progress_xlsx",
    "qinghai_2023_batch16_table",
    "beijing_2021_air_plan_pdf",
)

# Every blind set by its number, as `plan_layouts_benchmark.py --blind N` and the blind-set test
# take them. A new set: its documents above, its tuple, then `BLIND_SETS[N] = BLIND_N`.
BLIND_SETS: dict[int, tuple[str, ...]] = {
    1: BLIND,
    2: BLIND_2,
    3: BLIND_3,
    4: BLIND_4,
    5: BLIND_5,
    6: BLIND_6,
}


# --- blind set 7 (issue 14, branch corpus-blind7) ------------------------------------------------
# Written with their expected JSON BEFORE the reader was run on them (docs/decisions.md, “Blind
# set 7”). Sources in SOURCES.md, table “Blind set 7”. Closure notices and progress reports.


def _hebei_two_zones_form() -> bytes:
    """河北省生态环境厅's 销号 notice: the note with 序号21, the signature, then the attached
    具体整改情况表 as a two-column form; the 整改措施 cell is cut in the stored page (its end and
    the 整改完成情况 row are ours); the e-mail left out; the title line is ours."""
    return _two_column_form(
        [
            "关于第二轮中央生态环境保护督察指出问题整改销号的公示",
            "第二轮中央生态环境保护督察指出的“‘两区’建设工作机制还不顺畅”问题（序号21）已完成整改，并通过验收，"
            "拟按程序实施销号。根据《中央生态环境保护督察整改工作办法》和《河北省生态环境保护督察整改工作办法》有关要求，"
            "现将问题整改情况予以公示，公示期为2025年5月21日至5月31日。",
            "如有异议，请通过电话或电子邮箱反馈。",
            "联系电话：0311-87803671，0311-87908302",
            "电子邮箱：（略）",
            "附件：具体整改情况表",
            "河北省生态环境厅",
            "2025年5月21日",
            "附件",
            "具体整改情况表",
        ],
        [
            (
                "整改任务",
                "“两区”建设工作机制不够顺畅，有关部门各管一摊，职能有交叉，没有形成合力。有关地区推进“两区”建设多停在"
                "规划上，落地的措施不多。",
            ),
            ("责任单位", "省生态环境厅"),
            (
                "整改目标",
                "完善张家口首都“两区”和京津冀生态环境支撑区建设工作体系，发挥有关部门作用，推动各项任务措施落地。",
            ),
            (
                "整改措施",
                "围绕京津冀生态环境支撑区建设，加强与省有关部门和各地的沟通衔接，加大统筹协调力度，推动问题整改。2022年10月"
                "整改方案印发后，每年年初牵头印发支撑区建设工作要点，明确年度目标、重点任务和分工，每季度调度进展，每年年初"
                "总结上一年工作并报告省政府。同时配合省发展改革委协调有关部门和各地推进整改，印发函件商请提供2024年前三季度"
                "进展和“两区”问题整改情况，要求加快完成整改并整理佐证材料；指导各地逐项核实整改措施落实情况，推进销号验收。",
            ),
            (
                "整改完成情况",
                "支撑区建设工作要点已连续三年印发，季度调度和年度总结报告机制运行正常，各项任务措施已落地实施，"
                "问题已完成整改。",
            ),
        ],
        [],
    )


_BINGTUAN12_HEADER = [
    "序号",
    "交办问题基本情况",
    "问题类型",
    "涉及团场及部门",
    "调查核实情况",
    "是否属实",
    "办结目标",
    "处理和整改情况",
    "问责情况",
    "备注",
]


def _bingtuan12_table() -> bytes:
    """第十二师 (新疆生产建设兵团)'s 第三批交办问题结果通报: the note, one table for the three cases,
    the 进驻 dates and the phone line (no number in the stored page) after it. Case 1 as published
    (paraphrased); cases 2–3 are ours in the same form, 团场 names of 十二师 real."""
    return _table_docx(
        [
            "截止2026年3月10日，兵团第三生态环境保护督察组交办涉及十二师市生态环境信访件3件，现将第三批交办问题结果通报如下："
            "（该表师市自行公示）",
        ],
        _BINGTUAN12_HEADER,
        [
            [
                "1",
                "受理编号十二师03号的环境信访问题为：投诉人对五一农场翰林院小区东侧、北侧的生活垃圾和建筑垃圾已清理表示满意，"
                "希望督促开发商补种小区绿化；反映小区临近东坪大道运输氧化铝粉的大车不盖篷布，污染路面和空气。",
                "扬尘",
                "五一农场、师交通运输局、住建局",
                "师住建局、五一农场城镇建设和生态保护中心现场核查，小区树木和草坪已种植完成；运输车辆未盖篷布污染路面的情况"
                "核查不属实。",
                "部分属实",
                "已办结",
                "五一农场已督促开发商和物业加强小区绿化日常养护。现场检查时该路段路面整洁，过往货车均已覆盖篷布；师交通运输局"
                "执法人员连续两天巡查，未发现抛洒。",
                "无",
                "",
            ],
            [
                "2",
                "受理编号十二师01号的环境信访问题为：投诉人反映三坪农场一处养殖场粪污露天堆放，雨后流入旁边排水渠，气味很大。",
                "水、大气",
                "三坪农场、师农业农村局",
                "现场核查，养殖场粪污暂存场所未做防渗防雨，雨后存在外溢。",
                "属实",
                "阶段性办结",
                "已责令养殖场清运露天堆放的粪污，正在建设防渗防雨的粪污贮存设施，计划2026年5月底前建成。",
                "无",
                "",
            ],
            [
                "3",
                "受理编号十二师02号的环境信访问题为：投诉人反映西山农牧场一家砂石料厂夜间作业噪声扰民。",
                "噪声",
                "西山农牧场、师生态环境局",
                "现场核查，该厂夜间有装载作业，厂界噪声超过夜间标准。",
                "属实",
                "已办结",
                "已责令该厂停止夜间作业并立案处罚，复测厂界噪声达标。",
                "无",
                "",
            ],
        ],
        after=("兵团第三生态环境保护督察组进驻十二师期间：2026年3月3日-3月22日", "投诉举报电话："),
    )


def _guanyun_quarter_table() -> bytes:
    """灌云县 (江苏 连云港)'s 三季度完成情况通报 with its attached table: the note as published
    (paraphrased), the table's cells ours from the items the note names (the attachment is not
    stored): 卫生县城创建 passed, 山前安置小区一期 and 妇幼保健院 behind schedule."""
    return _table_docx(
        [
            "2019年县政府工作报告三季度完成情况通报",
            "按照县政府《关于印发2019年〈政府工作报告〉重点任务分解落实方案的通知》（灌政发〔2019〕28号）要求，县政府督查室"
            "对《政府工作报告》分解的目标任务三季度完成情况进行了专项督查，现将有关情况通报如下。",
            "从督查情况看，大多数责任单位能加快任务进度。国家卫生县城和卫生乡镇创建已通过验收。督查中发现，山前安置小区一期"
            "项目、妇幼保健院建设等进展缓慢，均未达序时。",
            "下一步，各园区、各乡镇（街道）、各相关部门要倒排时间节点，冲刺全年目标任务。",
            "附件：2019年县政府工作报告三季度完成情况",
        ],
        ["序号", "目标任务", "责任单位", "三季度完成情况", "是否达序时"],
        [
            [
                "1",
                "创成国家卫生县城和卫生乡镇",
                "县卫健委",
                "国家卫生县城和卫生乡镇创建已通过验收。",
                "已完成",
            ],
            [
                "2",
                "推进山前安置小区一期项目建设",
                "县住建局、伊山镇",
                "主体工程完成约六成，进度滞后。",
                "未达序时",
            ],
            ["3", "加快县妇幼保健院建设", "县卫健委", "主体已封顶，内部装修尚未招标。", "未达序时"],
        ],
        after=("灌云县人民政府督查室", "2019年10月16日"),
    )


DOCUMENTS["hebei_2025_two_zones_form"] = ("具体整改情况表.docx", _hebei_two_zones_form)
DOCUMENTS["bingtuan12_2026_petition_table"] = ("第三批交办问题结果通报.docx", _bingtuan12_table)
DOCUMENTS["guanyun_2019_quarter_table"] = ("2019年县政府工作报告三季度完成情况.docx", _guanyun_quarter_table)


def _wuhai_19_pdf() -> bytes:
    """乌海市 (内蒙古)'s 第十九批 办理情况 as a text PDF: the paper's note as published; the two
    cases are ours (the paper prints them on a page not stored), 区 names of 乌海 real."""
    return _pdf_table(
        [
            "中央第二生态环境保护督察组交办内蒙古自治区第十九批涉及乌海市2件群众信访举报件办理情况",
            "按照中央第二生态环境保护督察组（以下简称“中央督察组”）工作要求，6月25日，全市已对中央督察组交办的第十九批2件"
            "信访举报件进行调查处理，其中，已办结1件、阶段性办结1件。",
            "截至6月25日，全市已对1—19批23件信访举报件进行调查处理，其中，已办结11件、阶段性办结7件、未办结5件，责令整改7家，"
            "约谈2人，问责1人。",
            "相关信访举报件将持续按照中央督察组边督边改工作要求推进查处整改工作。",
        ],
        _XINGAN_HEADER,
        [
            [
                "1",
                "D3NM202506240045",
                "海勃湾区一处小区地下车库旁的餐饮店油烟直排，影响楼上住户。",
                "海勃湾区",
                "大气",
                "该店油烟净化设施损坏未修，油烟经排风口直排，举报属实。",
                "属实",
                "已责令更换油烟净化设施并规范排放，复查已整改到位。",
                "已办结",
                "无",
            ],
            [
                "2",
                "D3NM202506240052",
                "乌达区一处废弃煤矸石堆场未覆盖，刮风时扬尘严重。",
                "乌达区",
                "大气,土壤",
                "堆场部分区域未苫盖，举报属实。",
                "属实",
                "已完成大部分区域苫盖，正在制定堆场综合治理方案。",
                "阶段性办结",
                "无",
            ],
        ],
        widths=(8, 30, 40, 18, 14, 40, 12, 48, 18, 18),
    )


DOCUMENTS["wuhai_2025_batch19_pdf"] = ("第十九批群众信访举报件办理情况.pdf", _wuhai_19_pdf)

# The seventh blind set, for the figure recorded in docs/decisions.md (“Blind set 7”).
BLIND_7 = (
    "hebei_2025_two_zones_form",
    "bingtuan12_2026_petition_table",
    "qingpu_2024_progress_report",
    "tianshui_2022_progress_report",
    "guanyun_2019_quarter_table",
    "wuhai_2025_batch19_pdf",
    # found after the fixes above, written before the reader ran on it (decisions.md, “Blind set 7”)
    "wenzhou_2025_dumping_notice",
)
BLIND_SETS[7] = BLIND_7


# --- blind set 8 ---------------------------------------------------------------------------
# Multi-finding task tables, problem lists and 交办 lists from places not yet in the corpus
# (江西 吉水 / 南昌青云谱 / 九江 / 瑞金, 湖北 黄州, 浙江 慈溪, 云南 保山); written with their
# expected JSON before the reader ran on them (docs/decisions.md, “Blind set 8”).


def _grid_docx(paragraphs: list[str], header: list[str], rows: list[list[str] | str], after=()) -> bytes:
    """`_table_docx` with the table ruled in Word's “Table Grid” style, as offices' tables are."""
    document = docx.Document(io.BytesIO(_table_docx(paragraphs, header, rows, after)))
    for table in document.tables:
        table.style = "Table Grid"
    return _save(document)


def _huangzhou_recheck_table() -> bytes:
    """黄州区 (湖北 黄冈) “双创”指挥部 问题清单“回头看”通报: note, counts and date as published;
    the list of points is not stored — its rows (街道 and 区城管局 real names) are ours."""
    return _grid_docx(
        [
            "“双创”曝光台|问题清单“回头看”篇",
            "9月25日，区“双创”指挥部分两个小组，对市指挥部8月4日《交办函》所列问题进行了“回头看”，现将检查情况通报如下：",
        ],
        ["序号", "问题点位", "存在问题", "责任单位", "“回头看”情况"],
        [
            [
                "1",
                "东湖街道八一路农贸市场",
                "市场周边占道经营，垃圾随意堆放。",
                "东湖街道、区市场监管局",
                "仍有占道经营，问题依然存在。",
            ],
            [
                "2",
                "赤壁街道胜利街背街小巷",
                "路面破损，污水外溢。",
                "赤壁街道、区住建局",
                "路面已修复，污水管道已疏通，已整改。",
            ],
            [
                "3",
                "西湖街道宝塔公园周边",
                "共享单车乱停乱放，绿化带内有建筑垃圾。",
                "西湖街道、区城管局",
                "建筑垃圾未清运，单车摆放仍然无序，未整改。",
            ],
            [
                "4",
                "南湖街道明珠大道公交站台",
                "站台广告牌破损，张贴小广告。",
                "南湖街道",
                "广告牌已更换，小广告已清除，已整改。",
            ],
        ],
        after=(
            "以上问题，是市“双创”指挥部8月4日向我区交办的问题清单，各地按规定时限作了整改回复，但50%以上的问题仍未整改到位，"
            "有的只是书面整改。各责任单位务必压实责任，立即整改，举一反三。",
            "2020年10月5日",
        ),
    )


def _jiujiang_audit_task_list() -> bytes:
    """九江市 (江西) 长江经济带生态环境保护审计 整改方案 (2018-09-05) with its 附件 任务清单: the
    notice and the 方案's frame as published (paraphrased); the list is not stored: rows ours."""
    return _grid_docx(
        [
            "九江市人民政府关于印发九江市贯彻落实长江经济带生态环境保护情况审计报告整改方案的通知",
            "各县（市、区）人民政府，市政府有关部门：",
            "《九江市贯彻落实长江经济带生态环境保护情况审计报告整改方案》已经市政府常务会议研究通过，现印发给你们，请认真抓好整改。",
            "根据《江西省长江经济带生态环境保护情况审计报告》反馈意见和整改要求，为抓好我市审计发现问题整改，制定本方案。",
            "附件",
            "九江市长江经济带生态环境保护审计发现问题整改任务清单",
        ],
        ["序号", "审计发现问题", "整改措施", "责任单位", "整改时限"],
        [
            "一、水污染防治方面",
            [
                "1",
                "部分城镇污水处理厂配套管网建设滞后，污水收集率偏低。",
                "1.排查城区污水管网空白区和雨污混接点。\n2.制定管网建设年度计划并组织实施。",
                "市住建局牵头，各县（市、区）人民政府落实",
                "2018年12月底前",
            ],
            [
                "2",
                "部分工业园区污水集中处理设施未建成或运行不正常。",
                "1.对园区污水处理设施逐一排查。\n2.未建成的加快建设。\n3.已建成的实施在线监控。",
                "市环保局、市工信委牵头，相关县（市、区）人民政府落实",
                "2019年6月底前",
            ],
            "二、岸线保护利用方面",
            [
                "3",
                "长江岸线部分非法码头和砂石堆场未彻底清理。",
                "1.开展岸线非法码头和堆场复查。\n2.对已取缔点位实施复绿。",
                "市交通运输局牵头，市水利局、沿江县（区）人民政府配合",
                "2020年底前",
            ],
        ],
    )


_RUIJIN_HEADER = ["序号", "问题类别", "审计查出问题", "整改责任单位", "整改情况", "整改结果"]


def _ruijin_audit_ledger_xlsx() -> bytes:
    """瑞金市 (江西) 2020年度本级预算执行审计查出问题整改台账 kept in a workbook: the counts (4个方面、
    50项, 已整改40项、正在整改10项; 财政部门 6项, 部分整改4、已整改2) as the report gives them; the
    rows are ours, a 问题类别 column naming the aspect of each row."""
    book, sheet = _titled_sheet(
        "整改台账",
        "瑞金市2020年度市本级预算执行和其他财政收支审计查出问题整改情况台账",
        _RUIJIN_HEADER,
    )
    for row in (
        [
            1,
            "财政部门预算执行问题",
            "部分预算单位结转结余资金未及时收回统筹。",
            "市财政局",
            "已收回统筹结转资金并盘活使用。",
            "已整改",
        ],
        [
            2,
            "财政部门预算执行问题",
            "部分土地出让收入未及时足额缴入国库。",
            "市自然资源局、市财政局",
            "已追缴部分出让收入，其余分期缴纳中。",
            "部分整改",
        ],
        [
            3,
            "部门预算执行问题",
            "个别部门无预算、超预算列支公用经费。",
            "市城管局",
            "已调整账目，修订内部财务制度。",
            "已整改",
        ],
        [
            4,
            "重点专项资金问题",
            "部分扶贫项目资金拨付滞后，资金闲置。",
            "市乡村振兴局",
            "已拨付大部分资金，剩余项目正在验收。",
            "正在整改",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _cixi_audit_task_pdf() -> bytes:
    """慈溪市 (浙江 宁波) 审计局 2017年度审计查出问题整改任务清单, printed from Word: the report names
    the list's contents (整改具体事项、责任单位和工作要求) and the units' acts (逍林镇 往来款项,
    胜山镇 议事决策制度, 市水务集团 工程转包); the list's cells are ours."""
    from tests.printed_pdf import printed

    return printed(
        _grid_docx(
            ["慈溪市2017年度本级预算执行和其他财政收支审计查出问题整改任务清单"],
            ["序号", "整改具体事项", "责任单位", "工作要求"],
            [
                [
                    "1",
                    "往来款项长期挂账未清理，金额较大。",
                    "逍林镇",
                    "逐笔核实清理，2018年12月31日前整改到位，报送整改结果。",
                ],
                ["2", "议事决策制度不健全，重大事项未经集体研究。", "胜山镇", "立即整改，出台议事决策制度。"],
                [
                    "3",
                    "部分工程项目存在转包、违法分包问题。",
                    "市水务集团",
                    "在全集团开展专项自查，2018年11月底前完成并报送自查结果。",
                ],
            ],
        )
    )


def _baoshan_batch5_table() -> bytes:
    """保山市 (云南) 中央第八督察组 第五批交办件 (3件: 隆阳区1、施甸县2; 共2批5件, 2021-04-11): note
    and counts as published; the cases and the 一览表's columns are ours."""
    return _grid_docx(
        [
            "保山市办理中央第八生态环境保护督察组交办第五批群众举报投诉生态环境问题情况一览表",
            "4月11日，中央第八生态环境保护督察组向保山市交办第五批群众举报投诉生态环境问题3件，涉及2个县区，隆阳区1件、施甸县2件。"
            "截至4月11日，督察组共向保山市交办2批5件。",
        ],
        [
            "序号",
            "交办编号",
            "所在县区",
            "反映问题",
            "办理单位",
            "调查核实情况",
            "处理和整改情况",
            "办理结果",
        ],
        [
            [
                "1",
                "D5YN202104110031",
                "隆阳区",
                "隆阳区一家石材加工厂切割粉尘大，废水排入农灌沟。",
                "隆阳区人民政府",
                "企业喷淋设施未运行，沉淀池容量不足，反映属实。",
                "已责令停产整改，喷淋设施恢复运行，沉淀池已扩建，废水循环使用不外排。",
                "已办结",
            ],
            [
                "2",
                "D5YN202104110047",
                "施甸县",
                "施甸县一处养猪场粪水直排河道，臭味扰民。",
                "施甸县人民政府",
                "养殖场粪污处理设施不完善，雨天有粪水溢流，反映部分属实。",
                "已清理沟渠粪污，正在建设粪污贮存池，计划2021年6月30日前完成。",
                "阶段性办结",
            ],
            [
                "3",
                "X5YN202104110012",
                "施甸县",
                "施甸县城区一家KTV夜间噪声扰民。",
                "施甸县人民政府",
                "经夜间监测，噪声超标，反映属实。",
                "已责令加装隔音设施并限定营业时间，复测达标。",
                "已办结",
            ],
        ],
    )


DOCUMENTS["huangzhou_2020_recheck_table"] = ("问题清单回头看通报.docx", _huangzhou_recheck_table)
DOCUMENTS["jiujiang_2018_audit_task_list"] = ("审计整改任务清单.docx", _jiujiang_audit_task_list)
DOCUMENTS["ruijin_2020_audit_ledger_xlsx"] = ("审计整改台账.xlsx", _ruijin_audit_ledger_xlsx)
DOCUMENTS["cixi_2018_audit_task_pdf"] = ("审计整改任务清单.pdf", _cixi_audit_task_pdf)
DOCUMENTS["baoshan_2021_batch5_table"] = ("第五批交办件办理情况.docx", _baoshan_batch5_table)

# The eighth blind set, for the figure recorded in docs/decisions.md (“Blind set 8”).
BLIND_8 = (
    "jishui_livelihood_task_table",
    "qingyunpu_2020_work_report_tasks",
    "huangzhou_2020_recheck_table",
    "jiujiang_2018_audit_task_list",
    "ruijin_2020_audit_ledger_xlsx",
    "cixi_2018_audit_task_pdf",
    "baoshan_2021_batch5_table",
)
BLIND_SETS[8] = BLIND_8

# --- blind set 9 (issue 14, branch corpus-blind9) ------------------------------------------------
# Written with their expected JSON BEFORE the reader was run on them (docs/decisions.md, “Blind
# set 9”). Sources in SOURCES.md, table “Blind set 9”. Assignment notices, reports on several
# problems, progress tables and a closure notice; two printed to PDF as official notices.


def _changshu_assignment_table() -> bytes:
    """常熟市 (江苏)'s 挂牌督办 notice (常政发〔2019〕11号): addressees, the note, signature, then the
    attached 突出环境问题清单 as a Word table with group rows by kind of problem and 指导单位 /
    责任单位 / 责任人 columns; the three rows are ours (the stored page stops before the list)."""
    return _table_docx(
        [
            "常熟市人民政府文件",
            "常政发〔2019〕11号",
            "市政府关于对我市52个突出环境问题（2019～2020）实施集中交办、挂牌督办的通知",
            "各镇人民政府，各街道办事处，常熟经济技术开发区、常熟高新技术产业开发区、常熟国家大学科技园、"
            "虞山高新区（筹）、虞山尚湖旅游度假区（虞山林场）、服装城管委会，市各委办局、直属单位（公司）：",
            "市污防攻坚办梳理形成的我市突出环境问题清单（2019～2020），经市政府第27次常务会议审议通过，共列入"
            "问题52个，其中产业结构调整11个、生态保护8个、水污染18个、大气污染7个、固体废物污染7个、环境能力"
            "建设1个。现将问题清单交办各地及各有关单位，实施挂牌督办、销号管理。",
            "各地、各有关单位要按照“一案一策”整改方案落实整改措施，以月保季、以季保年，按期完成整改并按程序销号。",
            "附件：常熟市突出环境问题清单（2019～2020）",
            "常熟市人民政府",
            "2019年3月5日",
            "常熟市突出环境问题清单（2019～2020）",
        ],
        ["序号", "问题名称", "指导单位", "责任单位", "责任人", "整改目标", "完成时限"],
        [
            "一、水污染",
            [
                "1",
                "望虞河支流部分河段总磷浓度时有超标，水质不稳定。",
                "市生态环境局",
                "海虞镇人民政府",
                "镇长",
                "支流断面水质稳定达到Ⅳ类。",
                "2020年12月31日",
            ],
            "二、大气污染",
            [
                "2",
                "部分化工企业挥发性有机物无组织排放明显。",
                "市生态环境局",
                "常熟经济技术开发区管委会",
                "管委会主任",
                "完成12家企业挥发性有机物深度治理。",
                "2019年10月31日",
            ],
            "三、固体废物污染",
            [
                "3",
                "一般工业固体废物处置能力不足，部分企业固废堆存超期。",
                "市城市管理局",
                "市工业和信息化局",
                "局长",
                "建成一般工业固废集中处置设施，超期堆存固废全部清运处置。",
                "2020年6月30日",
            ],
        ],
    )


_CIXI_REPORT = """关于2017年度本级预算执行和其他财政收支审计查出问题整改情况的报告
——2018年11月22日在慈溪市十七届人大常委会第十六次会议上
市审计局局长 俞金华
主任、各位副主任、各位委员：
我受市人民政府委托，向市人大常委会报告我市2017年度本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。
一、审计整改工作总体推进情况
市委市政府专题部署审计查出问题的整改工作，要求限时按项逐条落实；市审计局落实整改“挂销号”和整改结果公告制度，加强整改督查。
（一）落实整改主体责任，多措并举开展整改。市审计局向整改责任单位出具整改任务清单，明确整改事项、责任单位和要求；各责任单位制定整改台账，实行对账销号。
（二）强化跟踪督查，推动整改落实到位。市审计局对整改情况逐项核实，对整改进度滞后的单位发函督促。
二、审计查出问题的整改情况
（一）部分专项资金结存时间较长，未能及时发挥效益。
市财政局牵头，对结存两年以上的专项资金全面清理，收回结存资金1.2亿元统筹使用，并修订专项资金管理办法。该问题已整改。
（二）个别政府投资项目超概算，未履行调整审批程序。
市发改局牵头，市住建局配合，对超概算项目逐一核实，补办概算调整手续3项，建立投资项目概算动态监管制度。该问题已整改。
（三）部分镇（街道）往来款项长期挂账未清理。
市财政局牵头，各镇（街道）配合，已清理往来款项1.05亿元，其余款项涉及历史遗留问题，正在分类处理，计划于2019年6月底前清理完毕。该问题正在整改。
三、下一步工作
对尚未整改到位的问题，市审计局将持续跟踪，督促相关单位按期完成整改，并将整改情况纳入年度考核。"""


def _cixi_report_pdf() -> bytes:
    """慈溪市 (浙江)'s report to the people's congress on audit findings, printed to PDF as an
    official notice: the session line, the speaker, 一、总体推进情况 with its own （一）（二）, then
    二、 over three （一）（二）（三） problems (ours: the stored page stops in part 一)."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_CIXI_REPORT)


def _chongqing_progress_docx() -> bytes:
    """重庆市's 对外公开中央环境保护督察整改情况 as a Word document: the note as published (dates,
    35 meetings), then a 重点整改任务进展情况表 whose three rows are ours (not in the stored page)."""
    return _table_docx(
        [
            "重庆市对外公开中央环境保护督察整改情况",
            "2016年11月24日至12月24日，中央第五环境保护督察组对我市开展了环境保护督察工作；2017年4月12日，"
            "经党中央、国务院批准，督察组向我市反馈了督察意见。按照要求，现将督察反馈意见整改进展情况予以公开。",
            "一、整改工作总体情况",
            "市委、市政府把落实督察反馈意见作为重大政治责任，先后召开35次相关会议专题研究、专门部署整改工作。",
            "二、重点整改任务进展情况",
        ],
        ["序号", "整改任务", "责任单位", "整改时限", "进展情况"],
        [
            [
                "1",
                "自然保护区内矿业权未全部退出。",
                "市国土房管局、市环保局",
                "2018年12月底",
                "已退出矿业权46宗，剩余8宗正在办理退出手续。",
            ],
            [
                "2",
                "主城区部分次级河流水质黑臭。",
                "市城乡建委",
                "2017年12月底",
                "已完成截污和清淤，消除黑臭，已完成整改。",
            ],
            [
                "3",
                "部分区县城市污水处理厂长期超负荷运行。",
                "市城乡建委、市环保局",
                "2018年6月底",
                "新建扩建的8座污水处理厂已全部投运，已完成整改。",
            ],
        ],
        after=("中共重庆市委 重庆市人民政府", "2018年5月15日"),
    )


_YUNNAN_REPORT = """云南省贯彻落实中央环境保护督察“回头看”及高原湖泊环境问题专项督察反馈意见问题整改情况
2018年6月5日至7月5日，中央第六环境保护督察组对云南省开展了中央环境保护督察“回头看”及高原湖泊环境问题专项督察，2018年10月22日正式反馈了督察意见。截至2020年3月底，反馈的58个问题完成整改38个，正在整改20个。根据《中央生态环境保护督察工作规定》，现将整改情况公开如下。
一、主要做法
（一）认真履行政治责任，迅速部署安排整改工作。成立由省委、省政府主要负责同志任组长的整改工作领导小组，省委常委会会议17次、省政府常务会议25次研究部署整改工作。
（二）聚焦突出问题，推动九大高原湖泊保护治理。实行“一湖一策”，逐湖明确责任和时限。
二、典型问题整改情况
1.滇池流域部分入湖河道水质不达标。
整改进展：昆明市人民政府负责，实施入湖河道综合整治和截污管网完善工程，主要入湖河道水质达到考核要求。已完成整改。
2.洱海流域农业面源污染防控不力。
整改进展：大理州人民政府负责，推行化肥农药减量和畜禽粪污资源化利用，整改工作持续推进，计划2020年12月底前完成。
3.部分州（市）城市生活垃圾填埋场渗滤液处理不达标。
整改进展：省住房城乡建设厅牵头，各州（市）人民政府配合，完成12座填埋场渗滤液处理设施改造。已完成整改。
三、下一步工作
对正在整改的20个问题，逐一盯紧时间节点，确保按期完成整改。
中共云南省委 云南省人民政府
2020年4月27日"""


def _yunnan_report_pdf() -> bytes:
    """云南省's public report on the 回头看 findings, printed to PDF as an official notice: 一、主要做法
    with （一）（二）, then 二、 over three problems numbered 1. with 整改进展： (ours), signature."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_YUNNAN_REPORT)


DOCUMENTS["changshu_2019_assignment_table"] = ("挂牌督办通知.docx", _changshu_assignment_table)
DOCUMENTS["cixi_2018_audit_report_pdf"] = ("审计查出问题整改情况的报告.pdf", _cixi_report_pdf)
DOCUMENTS["chongqing_2018_progress_docx"] = ("中央环境保护督察整改情况.docx", _chongqing_progress_docx)
DOCUMENTS["yunnan_2020_lookback_report_pdf"] = ("回头看反馈意见问题整改情况.pdf", _yunnan_report_pdf)

# The ninth blind set, for the figure recorded in docs/decisions.md (“Blind set 9”).
BLIND_9 = (
    "changshu_2019_assignment_table",
    "cixi_2018_audit_report_pdf",
    "shenzhen_2023_audit_report",
    "chongqing_2018_progress_docx",
    "yunnan_2020_lookback_report_pdf",
    "cqgxq_2022_closure_notice",
    # found after the fixes above, written before the reader ran on it (decisions.md, “Blind set 9”)
    "liaoning_2018_progress_report",
)
BLIND_SETS[9] = BLIND_9


# --- blind set 11 (issue 14, branch corpus-blind11) -----------------------------------------------
# Written with their expected JSON BEFORE the reader was run on them (docs/decisions.md, “Blind
# set 11”). Sources in SOURCES.md, table “Blind set 11”. Documents an office receives one at a
# time: an inspection report, a 回头看 通报 with its table, an acceptance opinion, a petition table.

_LINYOU_REPORT = """麟游县环境保护局关于省委环保第二督察组检查发现问题整改落实情况的报告
县委、县政府：
2017年9月，省委环保第二督察组和省环保厅副厅长刘文亮一行先后来我县检查，重点检查了煤矿矿区环境保护治理和堆煤场取缔、畜禽养殖行业环保措施落实、油烟净化器安装、建筑工地扬尘治理、医疗废物处置、城市污水处理厂污泥处置等情况。我局及时召开重点环境问题整改领导小组专题会议，按照问题的轻重缓急列出问题清单，制定整改措施，明确责任单位，派人驻厂督促整改。现将整改落实情况报告如下：
问题一：部分煤矿矿区周边仍有露天堆煤场未取缔。
整改责任单位：县发改局、两亭镇人民政府
整改时限：2017年10月31日
整改落实情况：已取缔露天堆煤场4处，其余堆煤场全部完成封闭改造。已完成整改。
问题二：部分畜禽养殖场粪污处理设施不完善，雨污未分流。
整改责任单位：县农业局
整改时限：2017年12月31日
整改落实情况：已督促11家养殖场完成雨污分流改造，其余3家正在建设粪污贮存设施。
问题三：县城部分餐饮单位未安装油烟净化器。
整改责任单位：县城管执法局，县环保局配合
整改时限：2017年11月30日
整改落实情况：已督促52家餐饮单位安装油烟净化器并正常使用。已完成整改。
下一步，我局将于每月25日前将包抓领导对整改工作的批示、现场检查和督办情况汇总上报，对整改不到位的严格问责。
麟游县环境保护局
2017年9月28日"""


def _linyou_report_pdf() -> bytes:
    """麟游县 (陕西 宝鸡) 环保局's report on what the provincial inspection group found, printed to PDF
    as an official notice: the visit and what was checked as published (2017-09), then 问题一… in
    labelled blocks (整改责任单位 / 整改时限 / 整改落实情况), ours: the page names the checks only."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_LINYOU_REPORT)


def _qinghe_recheck_docx() -> bytes:
    """淮安市清河区's 督查通报 on the 昌盛路 clean-up “回头看” (2023-12-27) as a Word document: the
    notice as published, then the attached 问题点位整改对比表 whose three rows are ours (the page
    links a .docx of photos)."""
    return _table_docx(
        [
            "关于昌盛路环境整治工作“回头看”的通报",
            "5月10日，区委督查室及区政府督查室对我区昌盛路环境整治工作（5月4日《督查通报》第9期发现问题）"
            "整改落实情况进行了“回头看”，现将有关情况通报如下。",
            "此次督查重点结合5月4日督查中发现的问题及点位及区委、区政府领导批示指示精神进行“回头看”，相较5月4日，"
            "昌盛路环境得到初步改善，但仍存在个别“死角”未整改到位，商户门前台阶破损整改工作未启动，个别部门和单位没有"
            "落实整改工作。各相关职能部门和单位要进一步加大整改力度，同时不局限于“通报”中提出的问题，积极“举一反三”，"
            "抓好整改。本通报中没有开展整改的部门及整改不彻底的部门主要负责同志要向区委、区政府主要领导说明原因。",
            "附件：昌盛路问题点位整改工作对比表",
        ],
        ["序号", "问题点位", "存在问题", "责任单位", "整改情况"],
        [
            [
                "1",
                "昌盛路与健康西路交叉口东南侧",
                "绿化带内垃圾杂物堆积，存在卫生死角。",
                "清河街道",
                "垃圾杂物已全部清运，落实专人每日保洁，已整改到位。",
            ],
            [
                "2",
                "昌盛路北段沿街商铺",
                "商户门前台阶破损，影响行人通行。",
                "区住建局、清河街道",
                "整改工作未启动。",
            ],
            [
                "3",
                "昌盛路中段农贸市场周边",
                "店外占道经营、乱堆乱放现象反弹。",
                "区城管局",
                "已取缔占道经营点3处，正在持续巡查。",
            ],
        ],
        after=("中共淮安市清河区委督查室 淮安市清河区人民政府督查室", "2023年5月12日"),
    )


_LINGLING_OPINION = """零陵锰矿区山水林田湖草生态保护修复工程试点（自然资源部分）省级总体验收意见
2021年12月27日至30日，湖南省自然资源厅组织生态修复处、财务处以及林业、岩土、地质勘察、工程造价等方面专家组成验收组，对永州市零陵锰矿区山水林田湖草生态保护修复工程试点（自然资源部分）开展省级总体验收。验收组查阅了项目资料和资金管理使用情况，到项目区现场抽查了工程质量和生态修复效果，形成验收意见如下。
一、验收结论
项目基本达到既定绩效目标，同意通过省级总体验收。
二、存在问题
部分区域苗木补种补植不到位，项目资料和财务资料不完整，工程后期管护机制不健全。
三、整改要求
零陵区人民政府要对照专家指出的问题，按照现场、资料和财务分类，从工程合法合规性、绩效目标完成情况、苗木补种补植、项目资料整理完善、资金合法合理使用和审计、工程后期管护等方面自查自纠，于2022年3月前整改到位。永州市自然资源和规划局要加强问题整改督导。
省级总体验收组
2021年12月30日"""


def _lingling_opinion_pdf() -> bytes:
    """The 省级总体验收意见 on 零陵锰矿区's restoration pilot (湖南 永州, December 2021), printed to PDF
    as an official notice: the facts and the 2022年3月 deadline as published; the three headings
    and the sentence naming the problems are ours (the page is a news report of the opinion)."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_LINGLING_OPINION)


def _dingzhou_petition_docx() -> bytes:
    """定州市 (河北)'s public list of the petitions the first central inspection group passed on
    (April 2022) as a Word table in the usual columns of such 公示; the counts are as published,
    the two rows are ours (the page only says the list is on the city's site)."""
    return _table_docx(
        [
            "中央第一生态环境保护督察组转办定州市群众信访举报件办理情况公示",
            "截至4月24日，中央第一生态环境保护督察组通过省累计向我市转办信访件23件，其中重点关注案件3件，涉及9个乡镇、"
            "7个市直部门，所有信访举报件均于当日交办至相关责任乡镇及市直部门。现将已办理的信访举报件办理情况公示如下：",
        ],
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任人被处理情况",
        ],
        [
            [
                "1",
                "X13000020220419001",
                "反映东亭镇一砖厂生产时粉尘污染严重，影响周边村民生活。",
                "定州市",
                "大气",
                "经现场核查，该砖厂原料堆场未全部苫盖，破碎工序未密闭，群众反映问题属实。",
                "属实",
                "责令企业立即整改，已完成原料堆场全封闭改造，破碎工序加装集尘设施和喷淋装置。已办结。",
                "无",
            ],
            [
                "2",
                "D13000020220420015",
                "反映唐河定州段部分河道内倾倒生活垃圾和建筑垃圾。",
                "定州市",
                "生态",
                "经现场核查，唐河定州段两处河滩存在零散生活垃圾和建筑垃圾堆放。",
                "部分属实",
                "已组织清理垃圾约30吨，建立河道日常巡查保洁制度，河道两侧拦挡设施计划于2022年5月31日前建成。阶段性办结。",
                "无",
            ],
        ],
        after=("定州市生态环境保护督察协调联络组", "2022年4月25日"),
    )


DOCUMENTS["linyou_2017_inspection_report_pdf"] = (
    "督察组检查发现问题整改落实情况的报告.pdf",
    _linyou_report_pdf,
)
DOCUMENTS["qinghe_2023_recheck_docx"] = ("环境整治回头看通报.docx", _qinghe_recheck_docx)
DOCUMENTS["lingling_2022_acceptance_pdf"] = ("省级总体验收意见.pdf", _lingling_opinion_pdf)
DOCUMENTS["dingzhou_2022_petition_docx"] = ("信访举报件办理情况公示.docx", _dingzhou_petition_docx)

# The eleventh blind set, for the figure recorded in docs/decisions.md (“Blind set 11”).
BLIND_11 = (
    "wucheng_2023_inspection_notice",
    "linyou_2017_inspection_report_pdf",
    "qinghe_2023_recheck_docx",
    "lingling_2022_acceptance_pdf",
    "dingzhou_2022_petition_docx",
    "tianquan_2023_assignment_notice",
)
BLIND_SETS[11] = BLIND_11

# --- blind set 10 (issue 14, branch corpus-blind10) -----------------------------------------------
# Multi-finding task tables, progress lists and a 信访 一览表 from places not yet in the corpus
# (江苏 南通崇川, 辽宁 鞍山立山, 湖北 十堰郧阳 / 武汉蔡甸, 广东 云浮, 浙江 绍兴柯桥, 江西 会昌);
# written with their expected JSON before the reader ran on them (docs/decisions.md, “Blind set
# 10”). Sources in SOURCES.md, table “Blind set 10”.


def _yunyang_target_table() -> bytes:
    """郧阳区 (湖北 十堰) 2023年区政府工作目标任务落实责任分解表 (郧政发〔2023〕5号): notice, header,
    the first group row (with its 牵头领导) and row 1 as published; rows 2–4 and the 责任单位 and
    责任人 cells are ours, in the same form."""
    return _grid_docx(
        [
            "郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知",
            "郧政发〔2023〕5号",
            "各乡镇人民政府，区政府各部门：",
            "区十八届人大二次会议审议通过的《政府工作报告》对2023年区政府工作作了全面部署。经研究，现将2023年区政府工作"
            "目标任务分解下达给你们，请逐项列出工作清单，年度任务分解到季、阶段性任务分解到月，责任落实到人。多个单位共同"
            "落实的工作，各责任单位要主动与牵头单位沟通，及时报送进展。区政府办公室从2023年3月份起每季度通报推进落实情况。",
            "附件：2023年区政府工作目标任务落实责任分解表",
            "2023年1月30日",
            "附件",
            "2023年区政府工作目标任务落实责任分解表",
        ],
        ["序号", "目  标  任  务", "牵头单位", "责任单位", "责任人"],
        [
            "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标"
            "（牵头领导：成坤、柯相国、王俊）",
            ["1", "★地区生产总值增长15%。", "区发改局", "各乡镇人民政府、区直各部门", "区发改局主要负责人"],
            ["2", "★规模以上工业增加值增长18%。", "区经信局", "郧阳经济开发区", "区经信局主要负责人"],
            ["3", "地方一般公共预算收入增长10%。", "区财政局", "区税务局", "区财政局主要负责人"],
            [
                "4",
                "空气质量优良天数比例完成省、市下达目标。",
                "市生态环境局郧阳分局",
                "各乡镇人民政府",
                "市生态环境局郧阳分局主要负责人",
            ],
        ],
    )


def _yunfu_batch28_table() -> bytes:
    """云浮市 (广东) 群众信访举报转办和边督边改公开情况一览表（第二十八批 2021年9月30日): the note
    (4件, all 来信: 云城区3、郁南县1; 二十九批181件 so far) as published; the four cases are ours, in
    the province's usual columns."""
    return _grid_docx(
        [
            "9月30日，中央第四生态环境保护督察组向云浮市转办群众信访举报件4件（来信），其中云城区3件、郁南县1件。"
            "当日已交办各有关地方政府、部门加快办理，处理和整改情况及时向社会公开。",
            "截至9月30日，中央第四生态环境保护督察组共向云浮市交办群众信访举报件二十九批181件（来电63件，来信118件），"
            "列为重点关注举报件共13件。",
            "群众信访举报转办和边督边改公开情况一览表（第二十八批 2021年9月30日）",
        ],
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任人被处理情况",
        ],
        [
            [
                "1",
                "X4GD202109300031",
                "云城区河口街道一家石材加工场切割时粉尘大、噪声扰民，冲洗废水流入路边水沟。",
                "云城区",
                "大气、噪声、水",
                "现场检查时该加工场正在生产，湿法作业设施未开启，沉淀池破损，反映属实。",
                "属实",
                "已责令停产整改；该场修复沉淀池，加装喷淋和隔音设施，废水循环使用，复查未见外排。已办结。",
                "无",
            ],
            [
                "2",
                "X4GD202109300032",
                "云城区高峰街道某小区楼下餐饮店油烟直排，夜间抽风机噪声大。",
                "云城区",
                "大气、噪声",
                "该店油烟净化器未正常使用，风机未做减振处理，反映属实。",
                "属实",
                "已督促该店清洗并正常使用油烟净化器，风机加装减振垫，夜间噪声监测达标。已办结。",
                "无",
            ],
            [
                "3",
                "X4GD202109300033",
                "云城区腰古镇一处山地被挖山取土，植被破坏，雨天泥水流入农田。",
                "云城区",
                "生态",
                "该处为村民私自取土，破坏面积约1.2亩，反映属实。",
                "属实",
                "已制止取土行为并立案调查；编制复绿方案，计划2021年12月31日前完成复绿。阶段性办结。",
                "无",
            ],
            [
                "4",
                "X4GD202109300034",
                "郁南县都城镇一家养猪场粪污未经处理排入西江支流。",
                "郁南县",
                "水",
                "该养猪场已于2020年关停，现场无生猪，有少量残留粪污，反映部分属实。",
                "部分属实",
                "已清运残留粪污并对场地消毒，拆除排污管道。已办结。",
                "无",
            ],
        ],
    )


def _keqiao_q1_livelihood_table() -> bytes:
    """柯桥区 (浙江 绍兴) 2023年度省政府民生实事涉我区工作任务一季度进展情况: header and rows 1–3 as
    published (progress paraphrased), the first task on two rows with the other cells merged down."""
    document = docx.Document(
        io.BytesIO(
            _grid_docx(
                ["2023年度省政府民生实事涉我区工作任务一季度进展情况"],
                [
                    "序号",
                    "工作任务",
                    "责任单位",
                    "一季度目标",
                    "进展情况、存在问题及下一步打算",
                    "目标完成情况",
                ],
                [
                    [
                        "1",
                        "新改扩建公办中小学校1所",
                        "教体局",
                        "室内安装、装修及场外施工",
                        "进展情况：轻纺城第二小学（柯东小学）新建工程室内装修及安装约完成八成，场外工程约完成七成。"
                        "下步打算：场外工程增加施工人员，在保证质量和安全的前提下加快进度。",
                        "顺利推进",
                    ],
                    ["", "新增学位810个", "", "", "", ""],
                    [
                        "2",
                        "完成“县中崛起”一对一结对帮扶学校2所",
                        "教体局",
                        "互派人员到位，集体备课，集中教研，专家入校指导",
                        "进展情况：3月10日柯桥中学管理和教学团队赴江山中学，就学校管理、课程规划、教师考核等深入交流；"
                        "3月23日鳌江中学骨干教师到鲁迅中学交流研讨，两校互聘副校长。下步打算：按既定方案继续开展研讨交流。",
                        "顺利推进",
                    ],
                    [
                        "3",
                        "符合条件的义务教育段随迁子女在家长常住地100%保障入学",
                        "教体局",
                        "公布随迁子女入（转）学政策",
                        "进展情况：3月26日已公布随迁子女入（转）学政策。",
                        "顺利推进",
                    ],
                ],
            )
        )
    )
    table = document.tables[0]
    for column in (0, 2, 3, 4, 5):
        merged = table.cell(1, column).merge(table.cell(2, column))
        for paragraph in merged.paragraphs[1:]:  # the empty lower cell's paragraph, as Word drops it
            if not paragraph.text:
                paragraph._element.getparent().remove(paragraph._element)
    return _save(document)


_HUICHANG_HEADER = ["序号", "民生实事项目", "牵头单位", "责任单位", "10月份进展情况", "是否完成"]


def _huichang_livelihood_xlsx() -> bytes:
    """会昌县 (江西 赣州) 关于2023年10月份民生实事项目进展情况的通报, its 附件 kept as a workbook: the
    counts (65件, 已完成26件) are in the notice; the four rows are ours in the usual form."""
    book, sheet = _titled_sheet("10月", "会昌县2023年民生实事项目10月份进展情况表", _HUICHANG_HEADER)
    for row in (
        [
            1,
            "新建改扩建城区学校2所，新增学位1800个",
            "县教科体局",
            "县发改委、县住建局",
            "两所学校主体已封顶，正在室内装修。",
            "否",
        ],
        [2, "完成农村危房改造100户", "县住建局", "各乡镇人民政府", "100户已全部竣工并通过验收。", "是"],
        [3, "新建城区公共停车场3个", "县城管局", "县自然资源局", "2个已投入使用，1个正在施工。", "否"],
        [
            4,
            "为65岁以上老年人免费健康体检2万人次",
            "县卫健委",
            "各乡镇卫生院",
            "已体检2.1万人次，超额完成。",
            "是",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _caidian_task_division_pdf() -> bytes:
    """蔡甸区 (湖北 武汉) 蔡政办〔2023〕1号 with its 责任分解方案, printed from Word: the notice's three
    requirements (paraphrased) and the 方案's first three targets with their 责任单位 as published."""
    from tests.printed_pdf import printed

    document = docx.Document()
    for line in (
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知",
        "蔡政办〔2023〕1号",
        "各街道办事处、乡人民政府，区人民政府各部门、各直属机构：",
        "2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意，现印发给你们，并就有关事项通知如下：",
        "一、各责任单位要切实加强领导，对照目标任务制订工作方案，明确责任、措施和时间节点，于2023年1月15日前将工作方案报区人民政府办公室。",
        "二、区绩效考评机构要将重要目标任务纳入绩效管理考核范围，加强过程考核。",
        "三、从2023年第一季度开始，各责任单位在每季度最后一个月的30日前报送本季度进展情况，区人民政府办公室全程跟踪督办。",
        "蔡甸区人民政府办公室",
        "2023年1月3日",
        "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
        "一、2023年全区经济社会发展的主要预期目标",
        "（一）地区生产总值增长7%以上",
        "责任单位：区发展和改革局",
        "（二）规上工业增加值增长12%以上",
        "责任单位：区科技和经信局",
        "（三）固定资产投资增长10%以上",
        "责任单位：区发展和改革局",
    ):
        document.add_paragraph(line)
    return printed(_save(document))


DOCUMENTS["yunyang_2023_target_table"] = ("目标任务落实责任分解表.docx", _yunyang_target_table)
DOCUMENTS["yunfu_2021_batch28_table"] = ("边督边改公开情况一览表.docx", _yunfu_batch28_table)
DOCUMENTS["keqiao_2023_q1_livelihood_table"] = ("民生实事一季度进展情况.docx", _keqiao_q1_livelihood_table)
DOCUMENTS["huichang_2023_livelihood_xlsx"] = ("民生实事项目进展情况.xlsx", _huichang_livelihood_xlsx)
DOCUMENTS["caidian_2023_task_division_pdf"] = ("目标任务责任分解方案.pdf", _caidian_task_division_pdf)

# The tenth blind set, for the figure recorded in docs/decisions.md (“Blind set 10”).
BLIND_10 = (
    "chongchuan_2023_livelihood_progress",
    "lishan_2023_task_division",
    "yunyang_2023_target_table",
    "yunfu_2021_batch28_table",
    "keqiao_2023_q1_livelihood_table",
    "huichang_2023_livelihood_xlsx",
    "caidian_2023_task_division_pdf",
)
BLIND_SETS[10] = BLIND_10


# --- blind set 13 (issue 14, branch corpus-blind13) -----------------------------------------------
# Closure and completion notices of one to three findings from places not yet in the corpus (甘肃
# 兰州, 陕西 延安 / 杨陵, 河南 驻马店, 四川 攀枝花, 云南 昆明, 福建 福清); written with their expected
# JSON before the reader ran on them (docs/decisions.md, “Blind set 13”). Sources in SOURCES.md,
# table “Blind set 13”; the two web copies are .txt files.

_YANAN_PROGRESS = """延安市贯彻落实省委环保督察反馈意见具体问题整改进展情况
一、2014年至2016年，延安市政府常务会议总议题数263个，其中研究环保议题12个，占4.6%。延安市各级党委及有关部门环境保护工作职责落实仍不到位。
整改进展情况：已完成整改，长期坚持。
（一）市委、市政府把环境保护工作列入重要议事日程。2017年至2018年6月，市委常委会研究环保议题6个，市政府常务会研究环保议题7个、召开专题会议5次，形成了定期听取生态环保工作汇报、研究突出问题的常态机制。
（二）印发《延安市各级政府及部门环境保护工作责任规定（试行）》和《延安市各级党委、政府及有关部门环境保护工作职责（试行）》，进一步压实各级党委及有关部门环境保护职责。
二、2014、2015年黄陵县委常委会，2014年甘泉县委常委会均没有研究环保议题；2015、2016年宜川县委常委会研究环保议题均为1个。
整改进展情况：已完成整改，长期坚持。
省委督察反馈问题以来，各县区党委和政府已形成每季度至少研究一次环保议题的常态机制。2017年至2018年6月，黄陵县、甘泉县、宜川县召开涉及环保议题的常务会、常委会分别为18次、20次、20次。
三、延安市生态环境目标责任考核的“指挥棒”作用发挥不够明显，2014、2015年省上对延安市生态环境目标责任考核时分别扣分，而延安市对各县区考核时均为满分。
整改进展情况：已完成整改，长期坚持。
（一）考核办法重新修订。2017年修订县区生态环境目标责任考核办法，提高环境质量改善指标权重，实行扣分到项、排名通报。
（二）考核结果严格运用。2017年度考核中，对环境质量排名靠后的2个县区扣分并约谈政府主要负责人。"""


def _yanan_progress_doc() -> bytes:
    """延安市 (陕西) 贯彻落实省委环保督察反馈意见具体问题整改进展情况 (延安日报, 2018-08-31) as the old
    Word .doc an office forwards, converted by LibreOffice: problems 一、二 and the start of 三 as
    published (paraphrased), the rest of 三 ours."""
    from tests.plan_layouts import _convert

    document = docx.Document()
    for line in _YANAN_PROGRESS.splitlines():
        document.add_paragraph(line)
    return _convert(_save(document), ".docx", "doc")


def _panzhihua_closure_form() -> bytes:
    """攀枝花市 (四川) closure notice of 问题1 of its 第三轮省级督察整改任务清单 (2024-09-26), as the
    Word two-column 整改情况表 such notices attach: the list's labels (问题1：, 责任主体, 验收单位,
    整改时限, 整改目标) and values as published (the problem paraphrased); the notice text, the
    measures, the 整改完成情况 and the signature are ours."""
    return _two_column_form(
        [
            "攀枝花市第三轮省级生态环境保护督察整改任务销号公示",
            "经省委、省政府批准，2024年3月14日至3月28日，省生态环境保护督察组对我市开展了第三轮省级生态环境保护"
            "例行督察。《攀枝花市第三轮省级生态环境保护督察整改任务清单》问题1已完成整改，经市级验收合格，拟申请销号。"
            "现将整改情况予以公示，公示期为2025年4月7日至4月11日（5个工作日）。",
            "附件：整改情况表",
        ],
        [
            (
                "反馈问题",
                "问题1：贯彻落实习近平生态文明思想有差距。习近平总书记在全国生态环境保护大会上强调要加快推动发展方式"
                "绿色低碳转型，但攀枝花市认识不够到位、行动不够自觉，高质量发展的绿色底色仍然不足。",
            ),
            ("责任主体", "各县（区）党委、政府，钒钛高新区党工委、管委会，市直有关部门（单位）"),
            ("验收单位", "市委办公室、市政府办公室"),
            ("整改时限", "立行立改，长期坚持"),
            (
                "整改目标",
                "深入贯彻落实习近平生态文明思想，树立正确的发展观和政绩观，推动发展方式绿色低碳转型。",
            ),
            (
                "整改措施",
                "1.将习近平生态文明思想纳入市委理论学习中心组和各级党校学习培训重点内容。\n"
                "2.市委常委会、市政府常务会议每季度至少研究一次生态环境保护工作。\n"
                "3.将绿色低碳发展指标纳入县（区）和部门年度目标考核。",
            ),
            (
                "整改完成情况",
                "已完成整改。2024年市委理论学习中心组开展生态文明专题学习4次；市委常委会、市政府常务会议研究生态环境保护"
                "工作11次；绿色低碳发展指标已纳入2024年度目标考核。",
            ),
        ],
        [
            "如有异议，请在公示期内以书面形式向市生态环境保护督察整改工作领导小组办公室反映。",
            "攀枝花市生态环境保护督察整改工作领导小组办公室",
            "2025年4月7日",
        ],
    )


_KUNMING_OPINION = """安宁市金方街道思邑村钢渣堆存问题整改市级验收意见
2020年12月28日，昆明市生态环境局组织验收组，对国家交办的长江经济带生态环境问题“安宁市金方街道思邑村钢渣堆存”整改情况开展市级验收。验收组实地查看了整改现场，查阅了整改台账资料，召开验收工作会议，形成验收意见如下：
一、问题基本情况
安宁市金方街道思邑村一处空地堆存钢渣，未采取防扬散、防流失、防渗漏措施，雨季渗滤液流入周边沟渠。
二、整改责任单位
安宁市委、市政府
三、整改完成情况
1.堆存钢渣已全部清运至有资质的企业综合利用，清运台账完整。
2.场地已平整覆土并播撒草籽复绿，周边沟渠已清淤。
3.建立属地巡查制度，街道和村组每周巡查一次。
四、验收结论
安宁市委、市政府高度重视该问题整改，制定了整改方案，明确了责任领导，整改措施基本落实到位，整改台账符合“一问一档”要求。验收组同意该问题通过市级验收。
五、意见建议
进一步健全整改长效机制，开展整改“回头看”，持续巩固整改成果，防止问题反弹。
验收组组长：（签字）
2020年12月28日"""


def _kunming_opinion_pdf() -> bytes:
    """The 市级验收意见 on one of the 长江经济带 problems 昆明市 (云南) accepted in December 2020 (安宁市
    思邑村 steel slag; 昆明日报, 2021-01-06), printed to PDF as an official notice: what the group did,
    the 安宁市委、市政府 and the conclusion as reported; the headings, the problem's wording, the
    three completed items and the date are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_KUNMING_OPINION)


def _four_cell_rows(table, rows: list[tuple[str, ...]]) -> None:
    """Rows of a form four cells wide: two label | value pairs, or one label whose value spans
    the other three cells."""
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 2:
            cells[0].text = row[0]
            cells[1].merge(cells[3]).text = row[1]
        else:
            for cell, value in zip(cells, row, strict=True):
                cell.text = value


def _four_column_form(before: list[str], rows: list[tuple[str, ...]], after: list[str]) -> bytes:
    """A Word approval form four cells wide: a row of two label | value pairs, or one label whose
    value spans the other three cells."""
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    _four_cell_rows(document.add_table(rows=0, cols=4), rows)
    for line in after:
        document.add_paragraph(line)
    return _save(document)


def _yangling_approval_form() -> bytes:
    """杨陵区 (陕西 杨凌示范区) 中省环保督察反馈问题整改验收销号审批表: the district's units and its
    验收销号核查 (区政府专题会, 2025-01-03) as reported; the form, its problem and every cell are
    ours, in the four-column layout of such 审批表."""
    return _four_column_form(
        ["杨陵区中省环保督察反馈问题整改验收销号审批表"],
        [
            ("问题编号", "第12项", "问题来源", "第二轮中央生态环境保护督察"),
            ("问题名称", "渭河杨陵段部分河堤外侧堆放建筑垃圾和生活垃圾，雨季存在入河风险。"),
            ("整改责任单位", "区水务局", "配合单位", "五泉镇、大寨街道"),
            ("整改时限", "2024年12月底", "完成时间", "2024年11月20日"),
            (
                "整改措施",
                "1.对渭河杨陵段河堤两侧开展拉网式排查，建立垃圾点位台账。\n"
                "2.清运堆放垃圾，设置警示标牌和视频监控，落实河道日常保洁。",
            ),
            (
                "整改完成情况",
                "排查发现的6处垃圾点位已全部清运，共清运垃圾约850立方米；河堤两侧安装监控4处，保洁人员已落实。",
            ),
            ("责任单位意见", "已按要求完成整改，申请验收销号。（盖章）2024年11月25日"),
            ("区级验收意见", "经现场核查和资料审核，该问题已完成整改，同意验收销号。（盖章）2024年12月16日"),
            ("区政府意见", "同意销号。（盖章）2025年1月6日"),
        ],
        [],
    )


def _fuqing_closure_docx() -> bytes:
    """福清市 (福建) 中督信访件 回头看 closure notice as a Word file, one paragraph per line: the
    自查自纠 facts (267件, 10个督导组, the 养鳗场 and 化工 checks) as reported on 2020-11-27; the two
    cases' codes, wording, units and the footer are ours."""
    document = docx.Document()
    for line in (
        "福清市中央生态环境保护督察信访件整改情况“回头看”核查销号公示",
        "根据福清市两轮中央生态环保督察交办信访件办理情况“回头看”自查自纠专项行动安排，福清生态环境局组织10个现场"
        "督导组，对包片区域的267件中督信访件整改落实情况开展实地核查。现将已核查并达到销号条件的信访件整改情况公示如下：",
        "一、受理编号X2FJ201907240016",
        "反映问题：渔溪镇步上村一养鳗场擅自抽取地下水用于养殖，未办理取水许可。",
        "责任单位：渔溪镇人民政府",
        "配合单位：福清市水利局",
        "整改时限：2020年12月31日前",
        "整改情况：已封停取水井2口，养鳗场补办取水许可手续，改用地表水源。",
        "核查结论：已完成整改，同意销号。",
        "二、受理编号X2FJ201907290041",
        "反映问题：江阴工业集中区一化工企业夜间排放异味气体，影响周边居民休息。",
        "责任单位：江阴工业集中区管委会",
        "配合单位：福清生态环境局",
        "整改时限：立行立改",
        "整改情况：企业已对储罐区和污水站加盖密闭，新增废气收集处理设施，11月监测厂界臭气浓度达标。",
        "核查结论：已完成整改，同意销号。",
        "公示时间：2020年12月1日至2020年12月7日",
        "福清市中央生态环保督察信访件办理工作领导小组办公室",
        "2020年12月1日",
    ):
        document.add_paragraph(line)
    return _save(document)


DOCUMENTS["yanan_2018_progress_doc"] = ("具体问题整改进展情况.doc", _yanan_progress_doc)
DOCUMENTS["panzhihua_2025_closure_form"] = ("整改任务销号公示.docx", _panzhihua_closure_form)
DOCUMENTS["kunming_2020_acceptance_pdf"] = ("问题整改市级验收意见.pdf", _kunming_opinion_pdf)
DOCUMENTS["yangling_2024_approval_form"] = ("整改验收销号审批表.docx", _yangling_approval_form)
DOCUMENTS["fuqing_2020_petition_closure_docx"] = ("信访件核查销号公示.docx", _fuqing_closure_docx)

# The thirteenth blind set, for the figure recorded in docs/decisions.md (“Blind set 13”).
BLIND_13 = (
    "lanzhou_2022_petition_notice",
    "yanan_2018_progress_doc",
    "zhumadian_2018_lookback_cases",
    "panzhihua_2025_closure_form",
    "kunming_2020_acceptance_pdf",
    "yangling_2024_approval_form",
    "fuqing_2020_petition_closure_docx",
)
BLIND_SETS[13] = BLIND_13

# --- blind set 12 (issue 14, branch corpus-blind12) -----------------------------------------------
# Multi-finding rectification task tables from places not yet in the corpus (四川 泸州, 贵州 黔西南 /
# 六盘水, 黑龙江省, 宁夏 吴忠, 广西 柳州, 甘肃 白银): a header over two rows, leaders and time limits
# merged down, several tables in one document, extra columns (所在地, 问题类型, 核查标准, 备注) and a
# workbook with a merged 地区 column. Written with their expected JSON before the reader ran on them
# (docs/decisions.md, “Blind set 12”). Sources in SOURCES.md, table “Blind set 12”.


def _merge_down(table, column: int, first: int, last: int) -> None:
    """Merge rows first..last of a column as Word does: the top cell's text, no empty paragraphs."""
    for row in range(first + 1, last + 1):
        table.cell(row, column).text = ""
    merged = table.cell(first, column).merge(table.cell(last, column))
    for paragraph in merged.paragraphs[1:]:
        if not paragraph.text:
            paragraph._element.getparent().remove(paragraph._element)


def _ruled_table(document, header: list[str], rows: list[list[str] | str]):
    """A “Table Grid” table with one header row; a str row is a group row merged across."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        cell.text = value
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    return table


def _luzhou_task_list() -> bytes:
    """泸州市 (四川) 第三轮省级生态环境保护督察整改任务清单 (43项整改任务、141条整改措施, four aspects):
    the announcement as published (2024-03-25); the list is not in the stored page: a header over two
    rows (整改责任单位 over 牵头单位 / 配合单位), group rows by the published aspects, rows ours."""
    document = docx.Document()
    for line in (
        "中共泸州市委 泸州市人民政府关于公开第三轮省级生态环境保护督察整改任务清单的公告",
        "经省委、省政府批准，2023年10月16日至10月30日，省生态环境保护督察组对我市开展了第三轮省级生态环境保护"
        "例行督察。2023年12月25日，督察组向我市反馈了督察情况，指出我市在生态环境保护工作中存在4个方面的问题。",
        "我市制定了《泸州市第三轮省级生态环境保护督察整改任务清单》，包括43项整改任务、141条整改措施，并明确了"
        "整改目标、整改责任单位和整改时限。现向社会进行公开，接受公众监督。",
        "中共泸州市委 泸州市人民政府",
        "2024年3月25日",
        "附件",
        "泸州市第三轮省级生态环境保护督察整改任务清单",
    ):
        document.add_paragraph(line)
    header = ["序号", "督察反馈问题", "整改目标", "整改措施", "整改责任单位", "", "整改时限"]
    rows: list[list[str] | str] = [
        "一、贯彻落实习近平生态文明思想不深入",
        [
            "1",
            "部分区县和部门生态环境保护“党政同责、一岗双责”落实不到位，压力传导层层递减。",
            "生态环境保护责任体系全面压实。",
            "1.将习近平生态文明思想纳入各级党委（党组）理论学习中心组学习重点内容。\n"
            "2.修订市级部门生态环境保护责任清单。\n3.将督察整改纳入年度目标绩效考核。",
            "市委办公室、市政府办公室",
            "市委组织部、市生态环境局，各区县党委、政府",
            "立行立改，长期坚持",
        ],
        [
            "2",
            "“十四五”生态环境保护规划中期评估部分指标进度滞后。",
            "规划指标按期完成。",
            "1.开展规划实施情况年度评估。\n2.对滞后指标制定专项推进措施。",
            "市生态环境局",
            "市发展改革委",
            "2024年12月底前",
        ],
        "二、大气污染防治问题突出",
        [
            "3",
            "2023年中心城区PM2.5平均浓度同比上升，臭氧污染天数增加。",
            "2025年PM2.5年均浓度完成省下达目标。",
            "（1）实施工业企业挥发性有机物深度治理。\n（2）加强建筑工地和道路扬尘管控。\n（3）开展秸秆禁烧网格化巡查。",
            "市生态环境局",
            "市住房城乡建设局、市农业农村局，相关区县人民政府",
            "2025年12月底前",
        ],
        [
            "4",
            "部分企业污染防治设施运行不正常，超标排放问题时有发生。",
            "重点排污单位稳定达标排放。",
            "1.开展重点行业企业专项执法检查。\n2.推进重点排污单位自动监控全覆盖。",
            "市生态环境局",
            "市经济和信息化局",
            "2024年6月底前完成第1项，2024年12月底前完成第2项",
        ],
        "三、突出生态环境问题整改差距较大",
        [
            "5",
            "长江干流岸线部分已取缔码头复绿不到位。",
            "已取缔码头全部完成生态修复。",
            "1.对已取缔码头逐一复核。\n2.未复绿点位限期完成复绿。",
            "市交通运输局",
            "市水务局、市自然资源和规划局",
            "2024年9月30日前",
        ],
    ]
    table = _ruled_table(document, header, rows)
    # The header's second row: 牵头单位 / 配合单位 under 整改责任单位, the other cells merged down.
    second = table.add_row()
    second._tr.getparent().remove(second._tr)
    table.rows[0]._tr.addnext(second._tr)
    for column, value in enumerate(["", "", "", "", "牵头单位", "配合单位", ""]):
        table.cell(1, column).text = value
    for column in (0, 1, 2, 3, 6):
        _merge_down(table, column, 0, 1)
    table.cell(0, 4).merge(table.cell(0, 5)).text = "整改责任单位"
    return _save(document)


def _qianxinan_attack_table() -> bytes:
    """黔西南州 (贵州) 中央环保督察反馈问题整改百日攻坚 (4月至6月, 19个攻坚组, each problem with a 州级
    牵头领导 and 牵头部门; 攻坚方案 with 整改目标、整改措施、责任领导、责任单位和完成时限; done by the end
    of June, 长期坚持 where needed) as the news item gives it; the list's rows are ours, the 责任领导 and
    完成时限 cells merged down over the rows they cover."""
    document = docx.Document()
    for line in (
        "黔西南州中央环境保护督察反馈问题整改百日攻坚任务清单",
        "按照“统筹兼顾、突出重点”的原则，全州从4月至6月集中开展为期100天的督察整改攻坚战，对中央环保督察反馈问题和"
        "移交信访案件中的19个重点难点问题进行攻坚，每个问题明确一名州级牵头领导和牵头部门。",
    ):
        document.add_paragraph(line)
    header = ["序号", "攻坚问题", "整改目标", "整改措施", "责任领导", "责任单位", "完成时限"]
    rows: list[list[str] | str] = [
        [
            "1",
            "兴义市部分城市生活污水直排南盘江支流，污水处理厂进水浓度偏低。",
            "城区污水直排口全部截污纳管。",
            "1.排查城区排污口并建立台账。\n2.实施截污管网建设工程。\n3.污水处理厂进水浓度纳入月度调度。",
            "州委常委、副州长",
            "兴义市人民政府、州住房城乡建设局",
            "2018年6月底前",
        ],
        [
            "2",
            "万峰湖网箱养殖清理后仍有反弹。",
            "网箱养殖全部清理，不反弹。",
            "1.开展万峰湖网箱清理复查。\n2.建立沿湖县（市）联合巡查机制。",
            "",
            "州农业委员会、兴义市人民政府、安龙县人民政府",
            "",
        ],
        [
            "3",
            "部分煤矿矿井水未经处理直接外排。",
            "矿井水处理达标后排放。",
            "1.对全州煤矿矿井水处理设施逐一检查。\n2.对未建处理设施的煤矿责令停产整改。",
            "副州长",
            "州能源局、州环境保护局",
            "",
        ],
        [
            "4",
            "部分县城生活垃圾填埋场渗滤液处理设施不正常运行。",
            "渗滤液稳定达标处理。",
            "1.开展填埋场渗滤液处理设施专项检查。\n2.对不达标的填埋场实施改造。\n3.建立运行情况月报制度。",
            "",
            "州住房城乡建设局，各县（市）人民政府",
            "2018年6月底前，长期坚持",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _merge_down(table, 4, 1, 2)
    _merge_down(table, 4, 3, 4)
    _merge_down(table, 6, 1, 3)
    document.add_paragraph("个别整改事项需长期坚持的，由牵头部门制定工作计划，确保按要求整改到位。")
    return _save(document)


def _heilongjiang_plan_table() -> bytes:
    """黑龙江省's 中央环境保护督察反馈意见整改方案 (hljdep.gov.cn): each item 一、督察意见 / 责任单位 /
    整改时限 / 整改目标 / 整改措施 in that order, the time limit “立行立改、长期坚持” or “已完成整改。”.
    Items 一 and 二 as published (paraphrased); 三 ours. Built as the Word table such lists are
    attached as, the labels as columns in their order, the numbers 一、二、三 in the 序号 column."""
    document = docx.Document()
    for line in (
        "黑龙江省贯彻落实中央环境保护督察反馈意见整改方案",
        "附件",
        "中央环境保护督察反馈意见整改任务清单",
    ):
        document.add_paragraph(line)
    _ruled_table(
        document,
        ["序号", "督察意见", "责任单位", "整改时限", "整改目标", "整改措施"],
        [
            [
                "一",
                "全省相当一部分领导干部对环境保护认识不足、研究不够，工作部署上存在降低标准、放松要求的现象，有些方面抓得不紧。",
                "省直各有关部门，各市（地）党委、政府（行署）。",
                "立行立改、长期坚持。",
                "全面落实环境保护“党政同责”“一岗双责”要求，一级抓一级，层层传导压力。",
                "1.采取集中学习、培训、宣讲等形式，深入学习领会习近平总书记关于生态文明建设的重要论述。\n"
                "2.明确党委、政府及有关部门的环境保护责任，向社会公开，建立督办制度。\n"
                "3.建立健全问责机制，对抓生态环境保护工作不力、导致严重后果的，进行责任追究。\n"
                "4.各级党委常委会、政府常务会每年定期研究环境保护工作。",
            ],
            [
                "二",
                "《黑龙江省水污染防治工作方案》将国家要求的县城、城市污水处理率目标分别降低到80%、90%左右。",
                "省住建厅。",
                "已完成整改。",
                "严格按照国家要求，将县城、城市污水处理率目标分别调整为85%、95%左右。",
                "1.修订《黑龙江省水污染防治工作方案》相关指标。\n2.将调整后的指标分解落实到各市（地）。",
            ],
            [
                "三",
                "部分城市建成区黑臭水体整治进展缓慢，个别已整治水体返黑返臭。",
                "省住建厅，相关市（地）政府（行署）。",
                "2017年底前完成整治工程，2020年底前基本消除。",
                "地级城市建成区黑臭水体控制在10%以内，2020年底前基本消除。",
                "1.逐一制定黑臭水体整治方案。\n2.实施控源截污、内源治理工程。\n3.定期向社会公开整治进展。",
            ],
        ],
    )
    return _save(document)


def _liupanshui_supervision_xlsx() -> bytes:
    """六盘水市 (贵州) 督察反馈问题整改专项督查 (2021-05: 4个督查组 to 六枝特区、盘州市、水城区、钟山区
    and 六盘水高新区; 64 problems, 59 reported done, 5 in progress) kept as a workbook: a title row,
    a 地区 column merged down over each place's rows, a 问题类型 column (the list the problem came
    from); the rows are ours."""
    book, sheet = _titled_sheet(
        "督查问题清单",
        "六盘水市中央及省委生态环境保护督察反馈问题整改专项督查发现问题清单",
        ["序号", "地区", "问题类型", "存在问题", "责任单位", "整改时限", "整改情况", "备注"],
    )
    for row in (
        [
            1,
            "六枝特区",
            "中央督察反馈问题",
            "城区污水处理厂提标改造工程进度滞后。",
            "六枝特区住房城乡建设局",
            "2021年6月30日",
            "正在整改",
            None,
        ],
        [
            2,
            None,
            "省委督察反馈问题",
            "部分砂石加工点未落实扬尘防治措施。",
            "六枝特区自然资源局、市生态环境局六枝分局",
            "立行立改",
            "已整改完成",
            None,
        ],
        [
            3,
            "盘州市",
            "长江经济带警示片问题",
            "一处煤矸石堆场未完成覆土复绿。",
            "盘州市人民政府",
            "2021年12月31日",
            "基本整改完成",
            "需持续开展植被养护",
        ],
        [
            4,
            "水城区",
            "中央督察反馈问题",
            "部分乡镇集中式饮用水水源保护区内仍有农家乐经营。",
            "水城区人民政府",
            "2021年5月31日",
            "已整改完成",
            "已申请销号",
        ],
        [
            5,
            "钟山区",
            "省委督察反馈问题",
            "城中村生活垃圾收运不及时，局部有积存。",
            "钟山区城市管理局",
            "长期坚持",
            "已整改完成",
            None,
        ],
    ):
        sheet.append(row)
    sheet.merge_cells(start_row=3, start_column=2, end_row=4, end_column=2)
    return _book_bytes(book)


def _wuzhong_plan_tables() -> bytes:
    """吴忠市 (宁夏) 贯彻落实2021年自治区生态环境保护专项督察反馈意见整改方案 (2021-11-30, 自治区党委第二
    生态环境保护督察组; a leading group under the city's party secretary and mayor): the note as
    published; the 任务清单 is not stored — two tables (共性 / 个性问题, each numbered from 1) with a
    责任领导 cell merged down and 牵头单位 then 责任单位 columns, a closing line; rows ours."""
    document = docx.Document()
    for line in (
        "吴忠市贯彻落实2021年自治区生态环境保护专项督察反馈意见整改方案",
        "按照自治区党委第二生态环境保护督察组反馈意见，吴忠市成立由市委、市政府主要领导任组长，政府分管领导任副组长的"
        "整改工作领导小组，全面组织开展整改落实工作。",
        "附件：整改任务清单",
        "一、共性问题",
    ):
        document.add_paragraph(line)
    header = ["序号", "反馈问题", "整改措施", "责任领导", "牵头单位", "责任单位", "整改时限"]
    first = _ruled_table(
        document,
        header,
        [
            [
                "1",
                "部分县（市、区）生态环境保护“党政同责、一岗双责”落实不到位。",
                "1.修订市县两级生态环境保护工作职责清单。\n2.将生态环境保护纳入效能目标管理考核。",
                "市委、市政府主要领导",
                "市委办公室、市政府办公室",
                "各县（市、区）党委、政府",
                "立行立改，长期坚持",
            ],
            [
                "2",
                "部分企业环境风险隐患排查不彻底。",
                "1.开展重点企业环境风险隐患排查。\n2.建立隐患整改清单。\n3.完善突发环境事件应急预案。",
                "",
                "市生态环境局",
                "市应急管理局，各县（市、区）人民政府",
                "2021年12月31日前",
            ],
        ],
    )
    _merge_down(first, 3, 1, 2)
    document.add_paragraph("二、个性问题")
    _ruled_table(
        document,
        header,
        [
            [
                "1",
                "利通区金积工业园区污水处理厂出水总氮超标。",
                "1.实施污水处理厂提标改造。\n2.加强园区企业排水监管。",
                "分管副市长",
                "利通区人民政府",
                "市生态环境局利通区分局",
                "2022年6月",
            ],
            [
                "2",
                "青铜峡市部分黄河滩地违规种植问题清理不彻底。",
                "1.对黄河滩地违规种植逐一核查。\n2.依法清退并恢复植被。",
                "分管副市长",
                "青铜峡市人民政府",
                "市自然资源局、市水务局",
                "持续推进",
            ],
        ],
    )
    document.add_paragraph("各牵头单位于每月25日前将整改进展报送市生态环境保护督察整改工作领导小组办公室。")
    return _save(document)


def _liuzhou_plan_table() -> bytes:
    """柳州市 (广西) 贯彻落实第二轮自治区生态环境保护督察反馈意见整改方案 (桂环督察办函〔2023〕41号; 任务
    清单 with 核查标准, 逐项对账销号): the opening as published; the list's cells are ours — group rows
    （一）（二）, a 所在地 column, 市级责任领导, “X牵头，Y配合” units and a 核查标准 column last."""
    document = docx.Document()
    for line in (
        "柳州市贯彻落实第二轮自治区生态环境保护督察反馈意见整改方案",
        "根据《自治区生态环境保护督察办公室关于印发〈柳州市自治区生态环境保护督察报告〉的函》（桂环督察办函〔2023〕41号）"
        "的有关工作要求，建立任务清单，明确核查标准，紧盯时间节点，逐项对账销号。",
        "附件",
        "柳州市第二轮自治区生态环境保护督察反馈问题整改任务清单",
    ):
        document.add_paragraph(line)
    _ruled_table(
        document,
        [
            "序号",
            "所在地",
            "督察反馈问题",
            "整改目标",
            "整改措施",
            "市级责任领导",
            "责任单位",
            "整改时限",
            "核查标准",
        ],
        [
            "（一）大气污染防治方面",
            [
                "1",
                "柳北区",
                "部分工业企业无组织排放管控不到位，厂区周边异味明显。",
                "企业无组织排放得到有效管控，异味投诉明显下降。",
                "1.对涉气企业开展全面排查，建立问题清单。\n2.督促企业完成密闭收集改造。\n3.开展异味专项执法。",
                "分管副市长",
                "柳北区人民政府牵头，市生态环境局配合",
                "2024年6月底前",
                "企业完成整改，周边异味投诉较2022年下降50%以上。",
            ],
            [
                "2",
                "全市",
                "城市建成区施工工地扬尘“六个百分之百”落实不到位。",
                "建筑工地扬尘防治措施全面落实。",
                "1.建立在建工地扬尘管控清单。\n2.推进工地视频监控和扬尘在线监测联网。",
                "分管副市长",
                "市住房城乡建设局牵头，市城市管理行政执法局、各区人民政府配合",
                "立行立改，长期坚持",
                "在建工地扬尘防治措施落实率达到100%。",
            ],
            "（二）水污染防治方面",
            [
                "3",
                "柳江区",
                "部分镇级污水处理设施建成后长期低负荷运行。",
                "镇级污水处理设施进水负荷率达到60%以上。",
                "1.实施镇区配套管网建设。\n2.推行镇级污水处理设施第三方运维。",
                "分管副市长",
                "柳江区人民政府",
                "2025年底",
                "设施运行负荷率达到60%以上，出水稳定达标。",
            ],
            [
                "4",
                "鹿寨县",
                "洛清江部分河段入河排污口排查整治未完成。",
                "完成入河排污口分类整治。",
                "1.完成排污口监测溯源。\n2.按“一口一策”实施整治。",
                "分管副市长",
                "鹿寨县人民政府牵头，市生态环境局鹿寨分局配合",
                "2023年12月底前完成排查，2024年12月底前完成整治",
                "排污口整治台账完整，整治完成率100%。",
            ],
        ],
    )
    return _save(document)


def _baiyin_plan_table() -> bytes:
    """白银市 (甘肃) 贯彻落实省级生态环境保护督察反馈问题整改实施方案 (市委办发〔2022〕16号, 7月22日;
    甘肃省第一生态环境保护督察组; 市县领导分级分片分行业包抓督办, 县级承担具体问题整改): the notice as
    published; the list's cells are ours — a 县区 column, 市级包抓领导, 市级牵头部门 then 县级责任单位,
    a 备注 column that says when a problem is done."""
    document = docx.Document()
    for line in (
        "白银市贯彻落实省级生态环境保护督察反馈问题整改实施方案",
        "7月22日，《白银市贯彻落实省级生态环境保护督察反馈问题整改实施方案》（市委办发〔2022〕16号）经市委、市政府同意，"
        "印发各县区党委、人民政府，市委各部门，市级国家机关各部门结合实际组织实施。",
        "实行市县领导分级分片分行业包抓督办。县级承担督察反馈指出具体问题的整改和自查初验工作；市级行业部门承担本级"
        "督察反馈指出具体问题的整改工作。",
        "附件",
        "白银市省级生态环境保护督察反馈具体问题整改清单",
    ):
        document.add_paragraph(line)
    _ruled_table(
        document,
        [
            "序号",
            "县区",
            "反馈问题",
            "整改措施",
            "市级包抓领导",
            "市级牵头部门",
            "县级责任单位",
            "整改时限",
            "备注",
        ],
        [
            [
                "1",
                "白银区",
                "东大沟沿岸历史遗留工业固废堆存点未完成清理。",
                "1.完成固废堆存点排查登记。\n2.分类清运处置。\n3.对清理区域实施生态修复。",
                "分管副市长",
                "市生态环境局",
                "白银区人民政府",
                "2023年6月30日前",
                "",
            ],
            [
                "2",
                "平川区",
                "部分煤炭经营场所露天堆放，抑尘措施不到位。",
                "1.督促经营场所建设封闭储煤棚。\n2.未完成改造的依法关停。",
                "分管副市长",
                "市发展改革委",
                "平川区人民政府",
                "2022年12月底前",
                "已完成整改，待验收销号",
            ],
            [
                "3",
                "靖远县",
                "黄河干流岸线部分采砂点未按要求完成生态修复。",
                "1.核定采砂点修复范围。\n2.实施平整复绿工程。",
                "分管副市长",
                "市水务局",
                "靖远县人民政府",
                "2022年10月底前",
                "",
            ],
            [
                "4",
                "景泰县",
                "部分规模化养殖场粪污资源化利用设施配套不完善。",
                "1.开展规模养殖场粪污处理设施排查。\n2.督促配套建设贮存设施。\n3.建立粪污资源化利用台账。",
                "分管副市长",
                "市农业农村局",
                "景泰县人民政府",
                "2022年12月底前，长期坚持",
                "",
            ],
        ],
    )
    return _save(document)


DOCUMENTS["luzhou_2024_task_list"] = ("泸州市第三轮省级督察整改任务清单.docx", _luzhou_task_list)
DOCUMENTS["qianxinan_2018_attack_table"] = ("百日攻坚任务清单.docx", _qianxinan_attack_table)
DOCUMENTS["heilongjiang_2017_plan_table"] = ("整改任务清单.docx", _heilongjiang_plan_table)
DOCUMENTS["liupanshui_2021_supervision_xlsx"] = ("督查发现问题清单.xlsx", _liupanshui_supervision_xlsx)
DOCUMENTS["wuzhong_2021_plan_tables"] = ("吴忠市整改方案.docx", _wuzhong_plan_tables)
DOCUMENTS["liuzhou_2023_plan_table"] = ("柳州市整改方案.docx", _liuzhou_plan_table)
DOCUMENTS["baiyin_2022_plan_table"] = ("白银市整改实施方案.docx", _baiyin_plan_table)

# The twelfth blind set, for the figure recorded in docs/decisions.md (“Blind set 12”).
BLIND_12 = (
    "luzhou_2024_task_list",
    "qianxinan_2018_attack_table",
    "heilongjiang_2017_plan_table",
    "liupanshui_2021_supervision_xlsx",
    "wuzhong_2021_plan_tables",
    "liuzhou_2023_plan_table",
    "baiyin_2022_plan_table",
)
BLIND_SETS[12] = BLIND_12

# --- blind set 14 (issue 14, branch corpus-blind14) -----------------------------------------------
# Progress reports and assignment lists from places not yet in the corpus (宁夏, 四川 宜宾筠连,
# 山东 东营, 广东 河源紫金, 福建 莆田城厢, 江西 宜春袁州); written with their expected JSON before the
# reader ran on them (docs/decisions.md, “Blind set 14”). Sources in SOURCES.md, “Blind set 14”.


def _junlian_progress_docx() -> bytes:
    """筠连县 (四川 宜宾) 环境保护督察反馈意见整改推进情况: 一、整改推进情况 (84 problems, 58 done, by
    kind) 二、存在的主要问题 (横双公路) 三、下一步工作措施 一是…三是 as published (paraphrased); the
    attached list (its headings by kind, four problems with 责任单位 / 整改时限 / 整改进展) is ours."""
    document = docx.Document()
    for line in (
        "筠连县贯彻落实四川省环境保护督察组督察反馈意见整改推进情况",
        "一、整改推进情况",
        "为做好四川省环境保护督察组督察反馈意见整改工作，县成立了以县委、县政府主要领导为组长的筠连县环境保护督察整改落实"
        "工作领导小组，制定《筠连县贯彻落实四川省环境保护督察组督察反馈意见整改方案》，对照反馈的七大类问题、四项整改要求和"
        "交办涉及我县的22条问题线索，对84个具体问题分别制定整改清单，逐一明确整改要求、整改时限和整改措施，落实责任部门、"
        "责任领导和工作人员。截至目前，共完成问题整改58个，其中饮用水源整改项目4个、污水处理设施整改项目4个、固体废物污染"
        "整改项目8个、大气污染防治整改项目1个、违法违规建设项目清理整改项目25个、其他各类问题整改项目16个。",
        "二、存在的主要问题",
        "部分问题须按照法律程序、时限等要求整改，受项目招投标时限、环评公示时限、工程建设工期等因素影响，不能在短时间内完成"
        "整改任务，如筠连县横双公路建设工程项目等。",
        "三、下一步工作措施",
        "一是进一步加强领导，针对目前存在的问题，再细化分解，明确责任，实行挂账销账；",
        "二是强化督导、定期督办、严格问责，扎实推进整改工作，确保全面完成整改任务；",
        "三是对因客观原因确实不能按时完成的，提出具体整改计划，报县整改领导小组审定后严格实施。",
        "附件",
        "筠连县环境保护督察反馈问题整改推进情况清单（部分）",
        "一、饮用水水源保护",
        "1.高坎乡集中式饮用水水源保护区未设置界碑、警示标志，隔离防护设施缺失。",
        "责任单位：高坎乡人民政府、县环保局",
        "整改时限：2017年6月30日前",
        "整改进展：已设置界碑、警示牌，建成隔离防护网1.2公里，已完成整改。",
        "2.镇舟镇饮用水水源保护区内有生活污水直排。",
        "责任单位：镇舟镇人民政府",
        "整改时限：2017年6月30日前",
        "整改进展：已建设截污管网，生活污水引入场镇污水处理站处理，已完成整改。",
        "二、固体废物污染防治",
        "3.大雪山镇垃圾填埋场渗滤液收集处理设施不完善。",
        "责任单位：大雪山镇人民政府、县住建局",
        "整改时限：2017年5月31日前",
        "整改进展：已建成渗滤液收集池和导排系统，已完成整改。",
        "三、违法违规建设项目清理",
        "4.筠连县横双公路建设工程项目未批先建。",
        "责任单位：县交通运输局",
        "整改时限：2017年12月31日前",
        "整改进展：已补办环评手续，环评报告正在公示；受招投标时限和工程工期影响，正在整改。",
        "筠连县环境保护督察整改落实工作领导小组办公室",
    ):
        document.add_paragraph(line)
    return _save(document)


def _dongying_batch20_csv() -> bytes:
    """东营市 (山东) 中央第三环保督察组 第二十批信访件 (15件, 2017-08-31) 办理情况, as a sheet saved as
    CSV by Excel on a Chinese Windows (GBK): a title row, then the header; counts and 县区 as the news
    item publishes them; three of the cases, their codes and texts are ours."""
    import csv

    rows = [
        ["中央第三环境保护督察组交办第二十批信访件办理情况（2017年8月31日）"] + [""] * 10,
        [
            "序号",
            "交办编号",
            "县区",
            "被投诉对象",
            "举报内容",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任单位",
            "办结情况",
        ],
        [
            "1",
            "SD20170831-041",
            "东营区",
            "辛店街道某汽车修理厂",
            "东营区辛店街道一家汽修厂露天喷漆，无废气处理设施，异味扰民。",
            "大气",
            "该汽修厂在厂区内露天喷漆，未建设喷漆房及废气收集处理设施，反映属实。",
            "属实",
            "已责令停止喷漆作业，拆除露天喷漆设备，立案处罚1万元。",
            "东营区人民政府",
            "已办结",
        ],
        [
            "2",
            "SD20170831-047",
            "广饶县",
            "大王镇某化工企业",
            "广饶县大王镇一家化工企业夜间排放刺激性气体，厂区雨水沟有黑水外排。",
            "大气、水",
            "企业挥发性有机物收集系统存在泄漏点，厂区雨污分流不彻底，反映部分属实。",
            "部分属实",
            "已责令企业修复泄漏点，完善雨污分流设施，计划2017年10月31日前完成整改。",
            "广饶县人民政府",
            "阶段性办结",
        ],
        [
            "3",
            "SD20170831-052",
            "自然保护区",
            "黄河三角洲国家级自然保护区",
            "黄河三角洲自然保护区实验区内有养殖户违规扩建养殖池。",
            "生态",
            "经核查，实验区内有2处养殖池为2016年以后扩建，反映属实。",
            "属实",
            "已拆除违规扩建的养殖池围堰，恢复原地貌。",
            "黄河三角洲国家级自然保护区管理局",
            "已办结",
        ],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("gbk")


_ZIJIN_REPORT = """紫金县人民政府关于《河源市农村生活垃圾治理条例》执法检查审议意见整改落实情况的报告
县人大常委会：
2021年6月30日，紫金县第十六届人民代表大会常务委员会第六十八次会议听取和审议了县人大常委会执法检查组《关于检查〈河源市农村生活垃圾治理条例〉实施情况的报告》，形成审议意见，要求县人民政府于7月31日前报送整改方案，10月31日前报告办理情况。县政府高度重视，召开专题会议研究部署，制定整改方案，逐条明确责任单位和完成时限。现将整改落实情况报告如下：
一、审议意见提出问题的整改情况
（一）关于部分镇村垃圾收运设施配置不足的问题
责任单位：县住房和城乡建设局，各镇人民政府
整改情况：全县新增垃圾收集桶（箱）3200个、勾臂式垃圾车12辆，新建镇级垃圾转运站2座，行政村垃圾收运实现全覆盖。该问题已整改完成。
（二）关于农村生活垃圾分类减量推进缓慢的问题
责任单位：县住房和城乡建设局、县农业农村局
整改情况：已在紫城镇、龙窝镇开展农村生活垃圾分类试点，其余各镇正在推广，计划2021年12月底前实现各镇分类试点全覆盖。
（三）关于保洁经费保障不到位、长效管护机制不健全的问题
责任单位：县财政局、县住房和城乡建设局
整改情况：已将农村保洁经费纳入县级财政预算，出台农村生活垃圾治理考核办法，按季度考核拨付经费。已完成整改。
二、下一步工作打算
县政府将持续加大投入，健全长效管护机制，自觉接受县人大常委会监督，推动条例全面贯彻实施。
紫金县人民政府
2021年10月29日"""


def _zijin_npc_report_pdf() -> bytes:
    """紫金县 (广东 河源) 人民政府's report on the 审议意见 of the 河源市农村生活垃圾治理条例 执法检查,
    printed to PDF as an official notice: the session, dates and deadlines (7月31日, 10月31日) as the
    审议意见 publishes them; the three problems, units and progress are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_ZIJIN_REPORT)


DOCUMENTS["junlian_2017_progress_docx"] = ("整改推进情况.docx", _junlian_progress_docx)
DOCUMENTS["dongying_2017_batch20_csv"] = ("第二十批信访件办理情况.csv", _dongying_batch20_csv)
DOCUMENTS["zijin_2021_npc_opinion_pdf"] = ("审议意见整改落实情况的报告.pdf", _zijin_npc_report_pdf)


def _shouxian_half_year_table() -> bytes:
    """寿县 (安徽 淮南) 政务督查 第20期 (县政府督查室, 2022年8月19日): 关于印发2022年《政府工作报告》主要
    任务上半年落实情况的通报, as published (paraphrased), with its 附件 as a Word table; the attachment
    is not stored: its header, group rows and rows are ours (units named as 寿县 names them)."""
    return _grid_docx(
        [
            "寿县政务督查",
            "第20期",
            "寿县人民政府督查室 2022年8月19日",
            "关于印发2022年《政府工作报告》主要任务上半年落实情况的通报",
            "各乡镇人民政府，县政府各部门、各直属机构：",
            "根据县政府工作安排，县政府督查室对2022年县《政府工作报告》上半年落实情况进行了专项督查。1-6月，各责任单位紧紧围绕"
            "目标任务，明确责任分工，部分指标已完成年度目标任务，受疫情影响也有部分指标滞后序时，其余各项指标均序时推进。",
            "对未达到序时进度要求的目标任务，相关责任单位要认真组织整改，加大推进力度，确保按时完成。县政府督查室将对其进行重点"
            "督查，持续跟踪推进情况。",
            "附件：2022年《政府工作报告》主要任务上半年落实情况",
            "附件",
            "2022年《政府工作报告》主要任务上半年落实情况",
        ],
        ["序号", "主要任务", "牵头单位", "责任单位", "上半年落实情况", "进度评价"],
        [
            "一、主要预期目标",
            [
                "1",
                "地区生产总值增长8%左右。",
                "县发改委",
                "各乡镇人民政府、寿县新桥国际产业园",
                "上半年增长5.1%。",
                "滞后序时",
            ],
            [
                "2",
                "城镇新增就业5000人。",
                "县人社局",
                "各乡镇人民政府",
                "城镇新增就业3120人，完成年度目标的62.4%。",
                "达序时",
            ],
            "二、重点工作任务",
            [
                "3",
                "完成寿春镇2个老旧小区改造，惠及居民860户。",
                "县住建局",
                "寿春镇人民政府",
                "2个小区改造已全部完工，已完成年度任务。",
                "已完成",
            ],
            [
                "4",
                "6月底前建成县城区污水处理厂三期工程。",
                "县住建局",
                "县生态环境分局",
                "主体工程完工，设备安装调试中，未能按期建成。",
                "滞后序时",
            ],
        ],
    )


DOCUMENTS["shouxian_2022_half_year_table"] = ("主要任务上半年落实情况.docx", _shouxian_half_year_table)


# The fourteenth blind set, for the figure recorded in docs/decisions.md (“Blind set 14”).
BLIND_14 = (
    "ningxia_2017_progress_report",
    "junlian_2017_progress_docx",
    "dongying_2017_batch20_csv",
    "zijin_2021_npc_opinion_pdf",
    "chengxiang_2016_livelihood_progress",
    "yuanzhou_2023_livelihood_progress",
    "shouxian_2022_half_year_table",
)
BLIND_SETS[14] = BLIND_14
# --- blind set 15 (issue 14, branch corpus-blind15) -----------------------------------------------
# Tables and lists as users paste or save them: a GBK .csv exported from an Excel ledger, a whole
# web page saved as .html, and text copied out of web pages and a PDF (tabs, runs of spaces, one
# cell per line, a PDF's cells cut across lines). The .txt ones are picked up above; the two others
# are read from their files as an upload would be.


def _fixture(filename: str) -> Callable[[], bytes]:
    return lambda: (FIXTURES / filename).read_bytes()


DOCUMENTS["dongying_2017_batch9_csv"] = (
    "第九批交办信访件办理情况台账.csv",
    _fixture("dongying_2017_batch9_csv.csv"),
)
DOCUMENTS["chengxiang_2021_livelihood_page"] = (
    "为民办实事项目1-9月份进展情况.html",
    _fixture("chengxiang_2021_livelihood_page.html"),
)

# The fifteenth blind set, for the figure recorded in docs/decisions.md (“Blind set 15”).
BLIND_15 = (
    "dongying_2017_batch9_csv",
    "chengxiang_2021_livelihood_page",
    "binzhou_2018_batch1_web",
    "weixi_2020_inspection_pdf_copy",
    "harbin_2016_clues_cells",
    "hongsibu_2021_proposals_report",
    "datong_wenzheng_assignment_spaces",
    # found after the fixes, written with its JSON before the fixed reader ran on it
    "pidu_2018_supervision_pdf_copy",
)
BLIND_SETS[15] = BLIND_15

# --- blind set 17 (issue 14, branch corpus-blind17) -----------------------------------------------
# PDFs as government sites publish them, from places not yet in the corpus (广西 防城港, 重庆 奉节,
# 福建 福州 罗源, 辽宁 锦州, 湖北 宜昌): a landscape 整改落实情况 table printed from Word (ruled, rows
# running across pages, merged cells), a WPS sheet printed without gridlines, a closure notice set
# as an official document, a two-column 销号审批表 and a task table with a unit merged down, printed.
# Written with their expected JSON before the reader ran on them (docs/decisions.md, “Blind set 17”).


def _landscape(document) -> None:
    from docx.enum.section import WD_ORIENT

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def _fangchenggang_progress_pdf() -> bytes:
    """防城港市 (广西) 中央生态环境保护督察反馈意见整改落实情况, printed landscape from Word: the two
    places the 2023 督导 visited (茅岭镇污水处理厂 提标改造, 北仑河口保护区 红树林 / 违规养殖, 石角点)
    as published; the header, the other row, the measures and the progress are ours. The 责任单位 of
    the two 保护区 rows is one cell merged down, as such tables have it."""
    from tests.printed_pdf import printed

    document = docx.Document()
    _landscape(document)
    for line in (
        "防城港市贯彻落实第二轮中央生态环境保护督察反馈意见整改落实情况",
        "按照自治区整改工作领导小组要求，现将我市中央生态环境保护督察反馈意见整改落实情况公开如下，接受社会监督。"
        "各责任单位要对照整改方案不折不扣推进落实，对整改问题及时督办、提前预警，确保层层压实整改责任。",
        "防城港市生态环境保护督察整改工作领导小组办公室",
        "2023年10月20日",
        "附件",
        "防城港市中央生态环境保护督察反馈意见整改落实情况表",
    ):
        document.add_paragraph(line)
    table = _ruled_table(
        document,
        ["序号", "反馈问题", "整改目标", "整改措施", "责任单位", "整改时限", "整改落实情况"],
        [
            "一、城乡生活污水收集处理",
            [
                "1",
                "防城区茅岭镇污水处理厂出水不能稳定达标，提标改造进展滞后，部分生活污水未经有效处理排入茅岭江。",
                "完成茅岭镇污水处理厂提标改造，出水稳定达到一级A排放标准。",
                "1.编制提标改造实施方案，完成项目立项和资金筹措。\n"
                "2.新增深度处理单元，更换老化曝气设备和加药设备，改造出水在线监测设施。\n"
                "3.完善镇区配套管网，提高进水浓度和污水收集率。\n"
                "4.加强运行管理，按月通报进出水水质和运行负荷。",
                "防城区人民政府",
                "2023年12月31日前",
                "提标改造主体工程已完工，新增深度处理单元正在调试运行，出水水质逐步稳定，配套管网完成改造2.3公里。",
            ],
            [
                "2",
                "港口区部分片区雨污管网不完善，雨季生活污水溢流入海，沿岸排口整治不到位。",
                "完成片区雨污分流改造，入海排污口规范整治到位。",
                "1.全面排查片区雨污管网和入海排污口，建立问题清单。\n"
                "2.分期实施雨污分流改造，封堵非法和设置不合理排口。\n"
                "3.落实排口日常巡查和水质监测。",
                "港口区人民政府、市住房城乡建设局",
                "2024年6月30日前",
                "已完成片区管网和入海排污口排查，建立问题清单，雨污分流改造一期工程正在施工。",
            ],
            "二、海洋生态保护",
            [
                "3",
                "北仑河口国家级自然保护区内存在违规养殖设施，侵占红树林生境，保护区管理不到位。",
                "全面清理保护区内违规养殖设施，恢复红树林生境。",
                "1.开展保护区内养殖设施全面排查，逐一登记造册。\n"
                "2.依法清理违规养殖设施，对清理后的区域实施红树林补植。\n"
                "3.健全保护区联合巡护机制，防止违规养殖反弹。",
                "东兴市人民政府、防城区人民政府、北仑河口保护区管理站",
                "2023年9月30日前",
                "保护区内违规养殖设施已全部清理，完成红树林补植修复，联合巡护机制已建立，已完成整改。",
            ],
            [
                "4",
                "石角点周边岸线海漂垃圾清理不及时，保护区界碑和警示标志缺失。",
                "岸线垃圾及时清理，界碑和警示标志设置到位。",
                "1.建立岸线巡查保洁制度，落实保洁人员和经费。\n2.补设保护区界碑和警示标志。",
                "",
                "立行立改，长期坚持",
                "已落实专职保洁人员，补设界碑和警示标志12块，已完成整改。",
            ],
        ],
    )
    _merge_down(table, 4, 5, 6)
    document.add_paragraph("注：整改落实情况截至2023年10月15日。")
    return printed(_save(document))


def _fengjie_points_unruled_pdf() -> bytes:
    """奉节县 (重庆) 第二轮中央生态环境保护督察整改 跟踪调研点位 as a WPS sheet printed without
    gridlines: the 点位 and their 镇 as the 2022 调研 news names them; the problems, measures, units,
    deadlines and progress are ours."""
    from tests.printed_pdf import printed_unruled

    document = docx.Document()
    _landscape(document)
    document.add_paragraph("奉节县第二轮中央生态环境保护督察整改跟踪调研点位整改情况表")
    document.add_paragraph(
        "填报单位：奉节县生态环境局                                    填报时间：2022年6月20日"
    )
    table = document.add_table(rows=1, cols=8)
    rows = [
        ["序号", "乡镇", "点位名称", "问题描述", "整改措施", "责任单位", "整改时限", "整改进展"],
        [
            "1",
            "草堂镇",
            "久轩石料厂",
            "开采区边坡未按方案开展生态修复，裸露面积较大",
            "1.编制生态修复方案；2.分台阶覆土复绿",
            "县规划自然资源局",
            "2022年10月31日",
            "修复方案已通过评审，覆土复绿正在实施",
        ],
        [
            "2",
            "生态工业园区",
            "园区污水处理厂",
            "污泥暂存间未规范设置，污泥台账不完整",
            "1.规范建设污泥暂存间；2.建立污泥转运台账",
            "县经济信息委",
            "2022年6月30日",
            "已完成整改",
        ],
        [
            "3",
            "永乐镇",
            "金盆货运码头",
            "散货堆场抑尘设施不足，雨污未分流",
            "1.增设喷淋抑尘设施；2.建设雨污分流和初期雨水收集池；3.加强日常巡查",
            "县交通局",
            "2022年9月30日",
            "喷淋设施已安装，初期雨水收集池正在建设",
        ],
        [
            "4",
            "五马镇",
            "采石场",
            "已关闭矿山生态修复未完成",
            "1.清理废弃设施；2.实施植被恢复",
            "五马镇人民政府",
            "2022年12月31日",
            "废弃设施已清理，植被恢复待雨季实施",
        ],
    ]
    for _ in rows[1:]:
        table.add_row()
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    return printed_unruled(_save(document))


_LUOYUAN_NOTICE = """关于省环保督察组反馈第19项问题罗源县堆渣场整改完成情况的公示
根据《福州市落实中央环保督察问题整改交账销号工作实施方案》要求，2020年6月11日至12日，市应急管理局牵头对省环保督察组反馈第19项问题所涉及的罗源县五座堆渣场开展整改验收。经现场核查，该问题已完成整改，现将整改完成情况公示如下：
整改任务：罗源县部分堆渣场未落实安全和环保措施，渣土随意堆放，存在水土流失和垮塌隐患。
整改目标：五座堆渣场全部完成整治，达到安全和生态环境保护要求。
责任单位：罗源县人民政府
配合单位：市应急管理局、市生态环境局
整改时限：2020年6月30日前
整改措施：
1、对五座堆渣场逐个编制整治方案，明确责任乡镇和完成时间。
2、清理超高堆放渣土，修筑挡渣墙和截排水沟。
3、对已停用的堆渣场实施覆土复绿。
整改完成情况：五座堆渣场已按方案完成整治，挡渣墙和截排水沟已建成，停用堆渣场已复绿，已通过市级验收，已完成整改。
公示时间：2020年6月15日至2020年6月21日。公示期间如有异议，请向罗源县环保督察整改工作领导小组办公室反映。
罗源县环保督察整改工作领导小组办公室
2020年6月15日"""


def _luoyuan_slag_notice_pdf() -> bytes:
    """福州市罗源县 (福建) closure notice of 省环保督察组反馈第19项问题 (五座堆渣场), printed as an official
    document: the 方案, the 验收 (2020-06-11/12, 市应急管理局 牵头) as published; the task, target,
    measures, completion and the notice's dates are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_LUOYUAN_NOTICE)


def _jinzhou_ocean_approval_pdf() -> bytes:
    """锦州市 (辽宁) 海洋督察整改任务销号审批表, printed: the 2018 news names the list (21 tasks, 20 done)
    and the 销号 papers the units send up; the form's labels, the task and its values are ours."""
    from tests.printed_pdf import printed

    return printed(
        _two_column_form(
            [
                "锦州市海洋督察整改任务销号审批表",
                "填报单位（盖章）：锦州市海洋与渔业局          填报日期：2018年9月20日",
            ],
            [
                ("任务序号", "18"),
                ("反馈问题", "部分围填海项目未批先填，海域使用动态监管不到位。"),
                ("整改目标", "依法查处未批先填行为，健全海域使用动态监视监测体系。"),
                (
                    "整改措施",
                    "1.对未批先填项目逐宗立案查处。\n2.开展海域使用动态监视监测，按季度核查。\n3.建立围填海项目月巡查制度。",
                ),
                ("责任单位", "市海洋与渔业局"),
                ("配合单位", "市国土资源局、凌海市人民政府"),
                ("整改时限", "2018年9月30日前"),
                (
                    "整改完成情况",
                    "已对3宗未批先填项目立案查处，罚没款已全部缴纳；海域动态监视监测系统已投入运行；月巡查制度已建立并执行。"
                    "该任务已完成整改。",
                ),
                (
                    "责任单位意见",
                    "经单位集体研究，该任务已达到销号标准，申请销号。\n负责人（签字）：        （盖章）",
                ),
                ("领导小组办公室审核意见", "（盖章）\n年  月  日"),
            ],
            ["注：本表一式三份，附整改佐证材料。"],
        )
    )


def _yichang_acceptance_table_pdf() -> bytes:
    """宜昌市 (湖北) 中央生态环保督察反馈问题 整改集中期任务验收销号 (2021-07 会议: 集中期9项任务,
    市级验收 then 省级验收) as a Word table printed: the four rows (of nine), their units and dates
    are ours; the 牵头单位 of the first two rows is one cell merged down."""
    from tests.printed_pdf import printed

    document = docx.Document()
    for line in (
        "宜昌市中央生态环境保护督察反馈问题整改集中期任务验收销号情况表",
        "（截至2021年7月28日）",
    ):
        document.add_paragraph(line)
    table = _ruled_table(
        document,
        ["序号", "整改任务", "牵头单位", "责任单位", "完成时限", "验收销号情况"],
        [
            [
                "1",
                "中心城区部分污水管网破损渗漏，污水收集率偏低",
                "市住房和城乡建设局",
                "西陵区、伍家岗区人民政府",
                "2021年6月底",
                "已完成整改，通过市级验收，已提请省级验收",
            ],
            [
                "2",
                "部分乡镇污水处理厂运行不正常，进水浓度低",
                "",
                "夷陵区人民政府、枝江市人民政府",
                "2021年6月底",
                "正在整改，台账资料收集中",
            ],
            [
                "3",
                "长江岸线部分非法码头取缔后生态修复不到位",
                "市交通运输局",
                "市水利和湖泊局，宜都市人民政府",
                "2021年5月31日",
                "已完成整改，通过市级验收",
            ],
            [
                "4",
                "黄柏河流域部分磷矿企业废水处理设施不完善",
                "市生态环境局",
                "夷陵区人民政府、远安县人民政府",
                "2021年7月31日",
                "市级验收专班已组建，正在开展自行验收",
            ],
        ],
    )
    _merge_down(table, 2, 1, 2)
    document.add_paragraph("宜昌市生态环境保护督察整改工作领导小组办公室")
    return printed(_save(document))


DOCUMENTS["fangchenggang_2023_progress_pdf"] = ("整改落实情况表.pdf", _fangchenggang_progress_pdf)
DOCUMENTS["fengjie_2022_points_unruled_pdf"] = ("调研点位整改情况表.pdf", _fengjie_points_unruled_pdf)
DOCUMENTS["luoyuan_2020_slag_notice_pdf"] = ("整改完成情况的公示.pdf", _luoyuan_slag_notice_pdf)
DOCUMENTS["jinzhou_2018_ocean_approval_pdf"] = ("整改任务销号审批表.pdf", _jinzhou_ocean_approval_pdf)
DOCUMENTS["yichang_2021_acceptance_table_pdf"] = (
    "集中期任务验收销号情况表.pdf",
    _yichang_acceptance_table_pdf,
)

_QINZHOU_REPORT = """钦州市自然资源局关于第二轮自治区生态环境保护督察反馈问题整改情况的报告
一、整改问题
生态环境保护“一岗双责”落实不够到位。一些部门对本领域涉及的生态环境保护工作监管不到位，对矿山开采污染防治及生态修复工作抓得不严不实，全市现有有效采矿权的58座采砂采石矿山普遍存在露天低水平开采现象。督察组抽查的4座石场存在未按开采方案阶梯式开采、截洪沟和挡土墙缺失、沉砂池容量不足、边坡未修复、道路扬尘防治不到位等问题。
二、整改情况
（一）高度重视。局党组多次研究部署反馈问题整改工作，要求严格按照相关文件精神推进，并及时将整改进展报送市生态环境保护和督察工作领导小组办公室。
（二）认真整改。2024年3月，我局联合市生态环境局、市水利局印发露天矿山排查方案，各县（区）对辖区内有效采矿权采砂采石矿山开展全面排查，列出问题清单，制定整改措施，明确整改时限，督促矿山企业逐项落实。
（三）整改验收。各县（区）报告完成整改后，我局会同市生态环境局、市水利局组织现场核查，4座被抽查石场均已按要求完成整改。该问题已完成整改。
钦州市自然资源局
2024年9月30日"""


def _qinzhou_mines_report_pdf() -> bytes:
    """钦州市 (广西) 自然资源局's report on one problem of the 第二轮自治区生态环境保护督察 (一、整改问题
    二、整改情况 with （一）高度重视 （二）认真整改 （三）整改验收) printed as an official document: the
    structure, the 58 mines, the 2024-03 排查方案 as published (paraphrased); the closing verdict and
    the date are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_QINZHOU_REPORT)


def _qinzhou_lookback_unruled_pdf() -> bytes:
    """钦州市 (广西) 中央环保督察“回头看”边督边改 list as an Excel sheet printed without gridlines, its
    责任单位 split over two header rows (牵头单位 | 配合单位): the 24家“散乱污”小冶炼企业, 西干渠 and
    the 297件 (171件 办理完毕) as the 2018-07 news publishes them; units, measures and limits ours."""
    from tests.printed_pdf import printed_unruled

    document = docx.Document()
    _landscape(document)
    document.add_paragraph("钦州市中央环境保护督察“回头看”边督边改问题整改情况表")
    document.add_paragraph("（截至2018年7月3日）")
    table = document.add_table(rows=5, cols=7)
    rows = [
        ["序号", "问题", "整改措施", "责任单位", "", "整改时限", "整改进展"],
        ["", "", "", "牵头单位", "配合单位", "", ""],
        [
            "1",
            "部分地方“散乱污”小冶炼企业违法生产，铁合金小高炉未清理到位",
            "1.逐家排查登记；2.依法断水断电、拆除设备",
            "市工信委",
            "市生态环境局、各县区人民政府",
            "2018年7月31日前",
            "应拆除的24家小冶炼企业已全部拆除，已完成整改",
        ],
        [
            "2",
            "西干渠周边脏乱差，活禽屠宰摊点污水直排",
            "1.拆除违章搭建物和遮阳棚；2.取缔占道宰杀；3.清理垃圾杂物",
            "钦南区人民政府",
            "市城市管理局、市市场监督管理局",
            "立行立改",
            "违章搭建已全部拆除，占道宰杀已清理完毕，已完成整改",
        ],
        [
            "3",
            "督察组交办群众举报案件办理进度偏慢，部分案件未按期办结",
            "1.建立案件台账，逐件销号；2.每周调度通报",
            "市生态环境局",
            "各县区人民政府",
            "2018年9月30日前",
            "交办297件，已办理完毕171件，其余正在办理",
        ],
    ]
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    for column in (0, 1, 2, 5, 6):
        _merge_down(table, column, 0, 1)
    merged = table.cell(0, 3).merge(table.cell(0, 4))
    for paragraph in merged.paragraphs[1:]:
        if not paragraph.text:
            paragraph._element.getparent().remove(paragraph._element)
    return printed_unruled(_save(document))


DOCUMENTS["qinzhou_2024_mines_report_pdf"] = ("反馈问题整改情况的报告.pdf", _qinzhou_mines_report_pdf)
DOCUMENTS["qinzhou_2018_lookback_unruled_pdf"] = ("边督边改问题整改情况表.pdf", _qinzhou_lookback_unruled_pdf)


def _page_number_footer(document) -> None:
    """A centred “— N —” page number in the footer, as an official document's pages have."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(" —")


def _repeat_header_row(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _rikaze_remaining_tasks_pdf() -> bytes:
    """日喀则市 (西藏) 落实自治区环境保护督察反馈意见整改情况的报告 (2020-01-13: 94项 任务, 83项 完成, 11项
    推进中), its attached list printed from Word: the header row repeated on each page, “— N —” in
    the footer, rows running over the page break; the rows (six of the 94) are ours, with the
    lead unit marked （牵头） in one 责任单位 cell as such lists do."""
    from tests.printed_pdf import printed

    document = docx.Document()
    _page_number_footer(document)
    for line in (
        "日喀则市落实西藏自治区环境保护督察反馈意见整改任务推进情况表",
        "（截至2019年11月30日）",
    ):
        document.add_paragraph(line)
    long_progress = (
        "已完成排查并建立问题台账，制定分类整治方案；已完成整治的点位逐一复核，建立巡查制度，"
        "明确乡镇和村（居）两级巡查责任人，每月开展一次联合检查，发现问题即时交办、限期整改、跟踪销号。"
    )
    table = _ruled_table(
        document,
        ["序号", "整改任务", "责任单位", "整改时限", "整改进展", "完成情况"],
        [
            [
                "1",
                "桑珠孜区城区生活污水处理厂运行负荷偏低，配套管网覆盖不足，部分生活污水直排年楚河。",
                "桑珠孜区人民政府（牵头），市住房和城乡建设局",
                "2019年12月底前",
                "已新建配套管网18.6公里，污水处理厂运行负荷提高到75%；" + long_progress,
                "已完成",
            ],
            [
                "2",
                "部分县城生活垃圾填埋场防渗和渗滤液收集设施不完善。",
                "市住房和城乡建设局（牵头），市生态环境局，各县（区）人民政府",
                "2020年6月底前",
                "8座填埋场已完成渗滤液收集池改造，其余3座正在施工；" + long_progress,
                "推进中",
            ],
            [
                "3",
                "部分砂石料场未办理环评手续，扬尘和水土流失防治措施不落实。",
                "市自然资源局（牵头），市生态环境局，市水利局",
                "2019年12月底前",
                "已依法关停无证砂石料场23家，完成生态恢复；" + long_progress,
                "已完成",
            ],
            [
                "4",
                "珠峰自然保护区内部分旅游接待点垃圾收集转运不及时。",
                "定日县人民政府（牵头），市林业和草原局",
                "长期坚持",
                "已配置垃圾收集转运车辆，建立“户分类、村收集、乡转运”机制；" + long_progress,
                "已完成",
            ],
            [
                "5",
                "部分医疗机构医疗废物暂存不规范，转运台账不完整。",
                "市卫生健康委员会（牵头），市生态环境局",
                "2019年9月底前",
                "医疗废物暂存间已全部规范设置，转运联单制度已落实；" + long_progress,
                "已完成",
            ],
            [
                "6",
                "部分乡镇集中式饮用水水源保护区未完成划定，界标和警示标志缺失。",
                "市生态环境局（牵头），市水利局，各县（区）人民政府",
                "2020年12月底前",
                "已完成42个乡镇水源保护区划定方案编制，正在报批；" + long_progress,
                "推进中",
            ],
        ],
    )
    _repeat_header_row(table)
    return printed(_save(document))


DOCUMENTS["rikaze_2019_remaining_tasks_pdf"] = ("整改任务推进情况表.pdf", _rikaze_remaining_tasks_pdf)

# The seventeenth blind set, for the figure recorded in docs/decisions.md (“Blind set 17”).
BLIND_17 = (
    "fangchenggang_2023_progress_pdf",
    "fengjie_2022_points_unruled_pdf",
    "luoyuan_2020_slag_notice_pdf",
    "jinzhou_2018_ocean_approval_pdf",
    "yichang_2021_acceptance_table_pdf",
    "qinzhou_2024_mines_report_pdf",
    "qinzhou_2018_lookback_unruled_pdf",
    "rikaze_2019_remaining_tasks_pdf",
)
BLIND_SETS[17] = BLIND_17

# --- blind set 18: task tables and ledgers as offices exchange them in Excel ------------------
# Workbooks with a merged title, a 填报单位 / date row above a header over two rows (upper cells
# merged over 牵头单位/配合单位, 已完成/未完成, months), a 说明 sheet or one sheet per batch,
# hidden columns, date cells and text dates, numbers stored as floats, group rows, 是/否 and ☑
# columns, and the 填表人 / 审核人 / 联系电话 row at the bottom. Places and counts as published
# (tests/fixtures/real_layouts/SOURCES.md “Blind set 18”); the rows are ours.


def _merged_header(sheet, row: int, upper: list, lower: list) -> None:
    """A header over two rows: an upper cell alone merges down; a run of one upper label merges
    across the lower cells it covers (a None in `upper` continues the label on its left)."""
    for k, value in enumerate(upper, start=1):
        if value is not None:
            sheet.cell(row=row, column=k, value=value)
    k = 0
    while k < len(upper):
        end = k
        while end + 1 < len(upper) and upper[end + 1] is None:
            end += 1
        if end > k:
            sheet.merge_cells(start_row=row, start_column=k + 1, end_row=row, end_column=end + 1)
            for j in range(k, end + 1):
                sheet.cell(row=row + 1, column=j + 1, value=lower[j])
        else:
            sheet.merge_cells(start_row=row, start_column=k + 1, end_row=row + 1, end_column=k + 1)
        k = end + 1


def _chuzhou_task_ledger_xlsx() -> bytes:
    """滁州市 (安徽) 第三轮省生态环境保护督察 (2023-07-03…08-01, feedback 10-26; 4个方面17类56个
    问题, 45 due by the end of 2024) as the monthly 整改任务台账 an office returns: a 填报说明 sheet
    first, then the ledger with a hidden 省清单编号 column, 整改责任 over 牵头单位/配合单位,
    整改进展 over 已完成/未完成 marked √, group rows and a 填表人 row."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填报说明"
    for line in (
        "填报说明",
        "1.本台账每月5日前报送市生态环境保护委员会办公室，同时报送电子版。",
        "2.“整改进展”栏在“已完成”或“未完成”下划“√”。",
        "3.整改时限以市委、市政府印发的整改方案为准，不得擅自调整。",
    ):
        notes.append([line])
    sheet = book.create_sheet("整改任务台账")
    upper = [
        "序号",
        "省清单编号",
        "督察反馈问题",
        "整改目标",
        "整改措施",
        "整改责任",
        None,
        "整改时限",
        "整改进展",
        None,
        "备注",
    ]
    lower = [None, None, None, None, None, "牵头单位", "配合单位", None, "已完成", "未完成", None]
    sheet.append(["滁州市贯彻落实第三轮省生态环境保护督察报告整改任务台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
    sheet.append(
        [
            "填报单位：滁州市生态环境保护委员会办公室（盖章）",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "填报日期：2024年5月8日",
        ]
    )
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    sheet.merge_cells(start_row=2, start_column=9, end_row=2, end_column=11)
    _merged_header(sheet, 3, upper, lower)
    rows = [
        "一、贯彻落实生态环境保护决策部署方面",
        [
            1.0,
            "SDC-CZ-01",
            "部分县（市、区）和部门对“党政同责、一岗双责”认识不到位，压力传导层层递减。",
            "生态环境保护责任体系进一步健全。",
            "1.将督察整改纳入市委常委会会议、市政府常务会议定期调度；\n2.将整改情况纳入年度目标管理绩效考核。",
            "市委办公室、市政府办公室",
            "市委组织部、市生态环境局",
            "立行立改、长期坚持",
            "√",
            None,
            None,
        ],
        "二、大气污染防治方面",
        [
            2.0,
            "SDC-CZ-07",
            "2022年全市PM2.5平均浓度未完成省下达的年度目标。",
            "2024年PM2.5平均浓度完成省下达目标。",
            "1.实施重点行业超低排放改造；\n2.开展建筑工地扬尘专项整治；\n3.加强秸秆禁烧巡查。",
            "市生态环境局",
            "市住房城乡建设局、市农业农村局、各县（市、区）人民政府",
            datetime.datetime(2024, 12, 31),
            None,
            "√",
            None,
        ],
        "三、水生态环境保护方面",
        [
            3.0,
            "SDC-CZ-15",
            "来安县一处化工园区污水处理厂进水浓度偏低，园区管网雨污混接。",
            "完成园区雨污分流改造，进水浓度明显提高。",
            "1.排查园区管网错接混接点位；\n2.实施雨污分流改造。",
            "来安县人民政府",
            "市住房城乡建设局",
            "2025年6月底前",
            None,
            "√",
            "已完成排查",
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(upper)
            )
        else:
            sheet.append(row)
    sheet.cell(row=sheet.max_row - 2, column=8).number_format = 'yyyy"年"m"月"d"日"'
    sheet.column_dimensions["B"].hidden = True
    sheet.append([])
    sheet.append(["填表人：陈敏", None, None, "审核人：刘涛", None, None, "联系电话：0550-3022618"])
    return _book_bytes(book)


def _chizhou_petition_ledger_xlsx() -> bytes:
    """池州市 (安徽) 省第一生态环境保护督察组转办信访件 (5月30日 8件, 5月31日 23件; 贵池区、东至县、
    青阳县、九华山风景区) kept one sheet per batch: a title, a 填报单位 row, 办理情况 over 调查核实情况
    / 处理和整改情况, 是否办结 是/否, 序号 stored as floats, the 填报人 row at the bottom."""
    import openpyxl

    upper = ["序号", "受理编号", "所属区域", "举报内容", "污染类型", "办理情况", None, "责任单位", "是否办结"]
    lower = [None, None, None, None, None, "调查核实情况", "处理和整改情况", None, None]
    batches = (
        (
            "第一批",
            "2024年5月30日",
            [
                [
                    1.0,
                    "X340000202405300003",
                    "贵池区",
                    "贵池区梅村镇一家石料加工厂粉尘大，夜间运输车辆噪声扰民。",
                    "大气、噪音",
                    "基本属实。",
                    "责令企业停产整改，完善喷淋抑尘设施，禁止夜间运输。",
                    "贵池区人民政府",
                    "是",
                ],
                [
                    2.0,
                    "X340000202405300006",
                    "东至县",
                    "东至县经济开发区一家化工企业夜间异味扰民。",
                    "大气",
                    "属实。",
                    "已立案查处，督促企业改造废气收集系统，计划2024年7月底前完成。",
                    "东至县人民政府",
                    "否",
                ],
            ],
        ),
        (
            "第二批",
            "2024年5月31日",
            [
                [
                    1.0,
                    "D340000202405310011",
                    "九华山风景区、青阳县",
                    "九华山风景区一处农家乐生活污水直排山溪。",
                    "水",
                    "属实。",
                    "督促农家乐接入市政污水管网，对经营者立案调查。",
                    "九华山风景区管委会、青阳县人民政府",
                    "是",
                ],
                [
                    2.0,
                    "D340000202405310017",
                    "贵池区",
                    "贵池区秋浦街道一处建筑工地渣土车带泥上路。",
                    "大气",
                    "属实。",
                    "责令施工单位完善车辆冲洗设施，城管部门每日抽查渣土车。",
                    "贵池区人民政府",
                    "是",
                ],
            ],
        ),
    )
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, day, rows in batches:
        sheet = book.create_sheet(name)
        sheet.append([f"安徽省第一生态环境保护督察组转办信访件办理情况台账（{name}，{day}转办）"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
        sheet.append(
            [
                "填报单位：池州市生态环境保护督察协调联络组",
                None,
                None,
                None,
                None,
                None,
                "填报时间：2024年6月7日",
            ]
        )
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
        _merged_header(sheet, 3, upper, lower)
        for row in rows:
            sheet.append(row)
        sheet.append(["填报人：吴静", None, None, "审核人：汪海", None, "联系电话：0566-2021135"])
    return _book_bytes(book)


def _sanming_petition_ledger_xls() -> bytes:
    """三明市 (福建) 省生态环境保护例行督察 (2020-10-16 进驻; 截至10月26日 11批58件, 梅列区14件、
    大田县9件 …) as an old .xls 台账 (xlwt): text dates 2020.10.20, group rows by county merged
    across, 办理情况 over 是否属实 / 处理整改措施, 整改状态 已办结 / 阶段性办结."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("交办件台账")
    upper = [
        "序号",
        "交办批次",
        "交办时间",
        "被举报对象",
        "反映问题",
        "办理情况",
        None,
        "责任单位",
        "整改时限",
        "整改状态",
    ]
    lower = [None, None, None, None, None, "是否属实", "处理整改措施", None, None, None]
    width = len(upper)
    sheet.write_merge(0, 0, 0, width - 1, "福建省生态环境保护督察组交办信访件办理情况台账")
    sheet.write_merge(1, 1, 0, 5, "填报单位：三明市生态环境保护督察协调联络组")
    sheet.write_merge(1, 1, 6, width - 1, "截至2020年10月26日")
    k = 0
    while k < width:
        if k + 1 < width and upper[k + 1] is None:
            sheet.write_merge(2, 2, k, k + 1, upper[k])
            sheet.write(3, k, lower[k])
            sheet.write(3, k + 1, lower[k + 1])
            k += 2
        else:
            sheet.write_merge(2, 3, k, k, upper[k])
            k += 1
    rows = [
        "梅列区",
        [
            1.0,
            "第四批",
            "2020.10.20",
            "三明市某纸业有限公司",
            "厂区废水异味大，夜间排放黑水。",
            "属实",
            "1.责令企业停产整改；\n2.对超标排放行为立案处罚。",
            "梅列区人民政府",
            "2020.12.31",
            "阶段性办结",
        ],
        [
            2.0,
            "第五批",
            "2020.10.21",
            "列东街道一处小区底商餐饮店",
            "油烟直排，夜间噪声扰民。",
            "属实",
            "1.责令安装油烟净化设施；\n2.城管部门加强夜间巡查。",
            "梅列区人民政府",
            "立行立改",
            "已办结",
        ],
        "大田县",
        [
            3.0,
            "第六批",
            "2020.10.22",
            "大田县某石材加工点",
            "石材加工废水直排河道。",
            "部分属实",
            "1.取缔无证加工点；\n2.清理河道沉积石粉；\n3.开展全县石材加工行业排查。",
            "大田县人民政府",
            "2020.11.30",
            "已办结",
        ],
    ]
    r = 4
    for row in rows:
        if isinstance(row, str):
            sheet.write_merge(r, r, 0, width - 1, row)
        else:
            for k, value in enumerate(row):
                sheet.write(r, k, value)
        r += 1
    sheet.write_merge(r, r, 0, width - 1, "注：整改状态填写“已办结”“阶段性办结”或“未办结”。")
    sheet.write_merge(r + 1, r + 1, 0, 4, "填表人：林晓燕　　审核人：黄志坚")
    sheet.write_merge(r + 1, r + 1, 5, width - 1, "联系电话：0598-8223516")
    return _book_bytes(book)


def _nanping_case_list_xls() -> bytes:
    """南平市 (福建) 中央第五环境保护督察组交办信访件 (截至2017-05-23 二十九批203件, 延平区45件、
    建瓯市36件、浦城县32件 …, 已办结149件) as an .xls 整改清单 (xlwt): real date cells, a hidden
    联系人及电话 column, 整改状态 over 已办结 / 未办结 marked ☑ and □."""
    import datetime

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("整改清单")
    upper = [
        "序号",
        "交办编号",
        "县（市、区）",
        "反映问题",
        "整改措施",
        "责任单位",
        "联系人及电话",
        "整改时限",
        "整改状态",
        None,
    ]
    lower = [None] * 8 + ["已办结", "未办结"]
    width = len(upper)
    sheet.write_merge(0, 0, 0, width - 1, "南平市中央第五环境保护督察组交办信访件问题整改清单")
    sheet.write_merge(
        1,
        1,
        0,
        width - 1,
        "填报单位：南平市环境保护督察整改工作领导小组办公室　　　　　　填报日期：2017年5月24日",
    )
    k = 0
    while k < width:
        if k + 1 < width and upper[k + 1] is None:
            sheet.write_merge(2, 2, k, k + 1, upper[k])
            sheet.write(3, k, lower[k])
            sheet.write(3, k + 1, lower[k + 1])
            k += 2
        else:
            sheet.write_merge(2, 3, k, k, upper[k])
            k += 1
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    rows = [
        [
            1.0,
            "NP-05-003",
            "延平区",
            "延平区夏道镇一家养猪场粪污直排闽江支流。",
            "1.关停养殖场并拆除栏舍；\n2.清运场内存栏粪污。",
            "延平区人民政府",
            "郑某 0599-8851207",
            datetime.date(2017, 6, 30),
            "☑",
            "□",
        ],
        [
            2.0,
            "NP-07-012",
            "建瓯市",
            "建瓯市一家竹木加工厂锅炉冒黑烟。",
            "1.责令停用燃煤锅炉；\n2.改用生物质成型燃料并配套除尘设施。",
            "建瓯市人民政府",
            "叶某 0599-3822160",
            datetime.date(2017, 7, 31),
            "□",
            "☑",
        ],
        [
            3.0,
            "NP-11-020",
            "浦城县",
            "浦城县城区一家KTV夜间噪声扰民。",
            "1.责令限期完善隔音设施；\n2.公安部门加强夜间巡查。",
            "浦城县人民政府",
            "季某 0599-2832019",
            datetime.date(2017, 5, 31),
            "☑",
            "□",
        ],
    ]
    for r, row in enumerate(rows, start=4):
        for k, value in enumerate(row):
            if isinstance(value, datetime.date):
                sheet.write(r, k, value, dated)
            else:
                sheet.write(r, k, value)
    sheet.col(6).hidden = True
    r = 4 + len(rows)
    sheet.write_merge(r, r, 0, width - 1, "填表人：江丽　　审核人：魏建平　　联系电话：0599-8812345")
    return _book_bytes(book)


def _tieling_livelihood_progress_xlsx() -> bytes:
    """铁岭市 (辽宁) 重点民生项目问题整改 (2025-05-26 推进会: 问题—整改—验收—销号, 动态销号) as the
    progress table counties return: 整改责任 over 责任领导 / 责任单位 (a leader is a person, not a
    unit), 整改进展 over the months 5月 / 6月, 是否完成 是/否, a hidden 问题来源 column."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "进展表"
    upper = [
        "序号",
        "问题来源",
        "县（市、区）",
        "项目名称",
        "存在问题",
        "整改措施",
        "整改责任",
        None,
        "整改时限",
        "整改进展",
        None,
        "是否完成",
    ]
    lower = [None] * 6 + ["责任领导", "责任单位", None, "5月", "6月", None]
    sheet.append(["铁岭市重点民生项目问题整改进展表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
    sheet.append(["填报单位（盖章）：", None, None, None, None, None, None, None, "填报时间：2025年6月5日"])
    _merged_header(sheet, 3, upper, lower)
    for row in (
        [
            1.0,
            "省级排查",
            "昌图县",
            "农村供水保障工程",
            "部分村农村供水工程水质检测频次不足。",
            "1.委托第三方按月开展水质检测；\n2.建立水质检测台账。",
            "张伟（副县长）",
            "昌图县水利局",
            "2025年6月30日",
            "已完成第三方检测机构招标。",
            "已开展两轮水质检测。",
            "否",
        ],
        [
            2.0,
            "市级自查",
            "开原市",
            "农村公路建设项目",
            "部分农村公路养护不到位，路面破损。",
            "1.制定年度养护计划；\n2.对破损路段集中修补。",
            "李强（副市长）",
            "开原市交通运输局",
            datetime.datetime(2025, 8, 31),
            "已排查破损路段12处。",
            "已修补8处。",
            "否",
        ],
        [
            3.0,
            "省级排查",
            "西丰县",
            "农村人居环境整治项目",
            "部分村垃圾收集设施损坏未及时更换。",
            "1.更换损坏垃圾箱；\n2.落实村级保洁员管护责任。",
            "刘洋（副县长）",
            "西丰县农业农村局",
            "立行立改",
            "已更换垃圾箱46个。",
            "整改完成。",
            "是",
        ],
    ):
        sheet.append(row)
    sheet.cell(row=sheet.max_row - 1, column=9).number_format = "yyyy/m/d"
    sheet.column_dimensions["B"].hidden = True
    sheet.append(["填表人：", None, None, "审核人：", None, None, "联系电话："])
    return _book_bytes(book)


def _huangshan_progress_xls() -> bytes:
    """黄山市 (安徽) 2022年度“1+1+N”突出生态环境问题整改工作情况 (2022-12-30; 中央层面 32个问题:
    17 销号, 7 验收, 8 按时序整改 — the 立行立改、长期坚持 共性问题 among them; 祁门县雨污管网, 2个
    太平湖问题) with its attached 具体问题整改进展情况表 as an Excel 97 .xls (xlwt; LibreOffice here
    has no Calc to convert with): an “附件” cell, the title, a 截至 row, 整改情况 over 整改进展 /
    整改状态, group rows （一）（二）, two units in one cell on two lines."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    upper = ["序号", "县区", "问题内容", "整改时限", "责任单位", "整改情况", None]
    lower = [None] * 5 + ["整改进展", "整改状态"]
    width = len(upper)
    sheet.write(0, 0, "附件")
    sheet.write_merge(1, 1, 0, width - 1, "黄山市突出生态环境问题整改进展情况表")
    sheet.write_merge(2, 2, 5, 6, "截至2022年12月20日")
    for k, value in enumerate(upper):
        if k == 5:
            sheet.write_merge(3, 3, 5, 6, value)
        elif value is not None:
            sheet.write_merge(3, 4, k, k, value)
    sheet.write(4, 5, lower[5])
    sheet.write(4, 6, lower[6])
    wrapped = xlwt.easyxf("align: wrap on")
    r = 5
    for row in (
        "（一）中央生态环境保护督察反馈问题",
        [
            1,
            "全市",
            "思想认识尚不到位，部分地方和部门对生态环境保护工作重视不够。",
            "立行立改、长期坚持",
            "市直各有关单位、各区县人民政府",
            "定期调度，持续推进。",
            "按时序整改",
        ],
        [
            2,
            "祁门县",
            "祁门县城区雨污管网不完善，部分生活污水直排。",
            "2023年12月底",
            "祁门县人民政府",
            "已完成管网改造8.6公里，剩余路段正在施工。",
            "按时序整改",
        ],
        [
            3,
            "黄山区",
            "太平湖库区部分水域总磷浓度波动，水质不稳定。",
            "2024年12月底",
            "黄山区人民政府\n太平湖风景区管委会",
            "完成沿湖截污工程一期。",
            "按时序整改",
        ],
        "（二）长江经济带生态环境警示片披露问题",
        [
            4,
            "歙县",
            "歙县一处砂石码头违规占用河道岸线。",
            "2021年12月底",
            "歙县人民政府",
            "已拆除码头设施并完成复绿。",
            "已完成整改销号",
        ],
    ):
        if isinstance(row, str):
            sheet.write_merge(r, r, 0, width - 1, row)
        else:
            for k, value in enumerate(row):
                sheet.write(r, k, value, wrapped)
        r += 1
    return _book_bytes(book)


def _zhushan_inspection_list_xlsx() -> bytes:
    """珠山区 (江西 景德镇) “双创” 督导 (8月4日, 市委组织部部长 at 竟成镇樊家井村 and 樊家井仿古街区:
    户外水龙头、广告牌乱挂乱贴、路面积水、道路破损、排水井盖下未装防护网 …; 限期整改) as the town's
    问题整改清单: 整改责任 over 责任单位 / 责任人 (a person), 整改时限 typed as numbers in a “0.00”
    cell (2020.08; 2020.10 stored as 2020.1), a text date and 立即整改, 整改进展 over 8月 / 9月, one
    cell “☑是 □否”, an AutoFilter on the header; the year is not on the stored page (ours)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "问题清单"
    upper = [
        "序号",
        "问题点位",
        "问题描述",
        "整改措施",
        "整改责任",
        None,
        "整改时限",
        "整改进展",
        None,
        "是否整改到位",
        "备注",
    ]
    lower = [None] * 4 + ["责任单位", "责任人", None, "8月", "9月", None, None]
    sheet.append(["珠山区“双创”督导发现问题整改清单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
    sheet.append(
        ["填报单位：竟成镇人民政府（盖章）", None, None, None, None, None, "填报日期：2020年8月10日"]
    )
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    _merged_header(sheet, 3, upper, lower)
    for row in (
        [
            1,
            "樊家井村",
            "户外水龙头无人管理，长流水。",
            "1.加装节水龙头；\n2.明确村保洁员管护责任。",
            "竟成镇人民政府",
            "王某",
            2020.08,
            "已加装节水龙头。",
            None,
            "☑是 □否",
            None,
        ],
        [
            2,
            "樊家井仿古街区",
            "广告牌乱挂乱贴，影响街区风貌。",
            "1.拆除违规广告牌；\n2.建立店招店牌审批制度。",
            "珠山区城市管理局",
            "李某",
            "2020/8/31",
            "拆除广告牌37块。",
            "审批制度已印发。",
            "☑是 □否",
            None,
        ],
        [
            3,
            "樊家井村",
            "部分路面破损，雨后积水。",
            "1.修补破损路面；\n2.疏通路边排水沟。",
            "珠山区住房和城乡建设局",
            "程某",
            2020.1,
            "已完成路面勘测。",
            "修补完成60%。",
            "□是 ☑否",
            "雨季影响施工",
        ],
        [
            4,
            "樊家井仿古街区",
            "排水井盖下未装防护网。",
            "1.加装井盖防护网。",
            "珠山区住房和城乡建设局",
            "程某",
            "立即整改",
            "已加装防护网24个。",
            None,
            "☑是 □否",
            None,
        ],
    ):
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=7).number_format = "0.00"
    sheet.auto_filter.ref = f"A4:K{sheet.max_row}"
    sheet.append(["填表人：", None, None, "审核人：", None, None, "联系电话：0798-8223016"])
    return _book_bytes(book)


DOCUMENTS["chuzhou_2024_task_ledger_xlsx"] = (
    "第三轮省生态环境保护督察整改任务台账.xlsx",
    _chuzhou_task_ledger_xlsx,
)
DOCUMENTS["chizhou_2024_petition_ledger_xlsx"] = (
    "省督察转办信访件办理情况台账.xlsx",
    _chizhou_petition_ledger_xlsx,
)
DOCUMENTS["sanming_2020_petition_ledger_xls"] = ("交办信访件办理情况台账.xls", _sanming_petition_ledger_xls)
DOCUMENTS["nanping_2017_case_list_xls"] = ("交办信访件问题整改清单.xls", _nanping_case_list_xls)
DOCUMENTS["tieling_2025_livelihood_progress_xlsx"] = (
    "重点民生项目问题整改进展表.xlsx",
    _tieling_livelihood_progress_xlsx,
)
DOCUMENTS["huangshan_2022_progress_xls"] = ("突出生态环境问题整改进展情况表.xls", _huangshan_progress_xls)

DOCUMENTS["zhushan_2020_inspection_list_xlsx"] = ("督导发现问题整改清单.xlsx", _zhushan_inspection_list_xlsx)
# The eighteenth blind set, for the figure recorded in docs/decisions.md (“Blind set 18”).
BLIND_18 = (
    "chuzhou_2024_task_ledger_xlsx",
    "chizhou_2024_petition_ledger_xlsx",
    "sanming_2020_petition_ledger_xls",
    "nanping_2017_case_list_xls",
    "tieling_2025_livelihood_progress_xlsx",
    "huangshan_2022_progress_xls",
    # found after the fixes, written with its JSON before the fixed reader ran on it
    "zhushan_2020_inspection_list_xlsx",
)
BLIND_SETS[18] = BLIND_18

# --- blind set 16 (issue 14, branch corpus-blind16) -----------------------------------------------
# Rectification plans in the headings layout: one heading per problem, then labelled fields
# (整改目标, 整改措施 with numbered measures, 责任单位 / 牵头单位 / 配合单位, 责任领导, 整改时限),
# between an opening (指导思想, 基本原则, 工作目标) and a closing (保障措施) that are not findings.
# Two of the Word files number their measures with Word's automatic list numbering; one is the
# old .doc; the 惠济 plan is a .txt picked up above.


def _word_list_docx(blocks: list[str | tuple[str, list[str]]]) -> bytes:
    """A Word file of paragraphs where a (format, items) block is a list numbered by Word itself
    (w:numPr): the number is not in the text, only in the numbering part. Each list has its own
    abstract numbering so it starts again at 1, as Word does for a list restarted by hand."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    lists = 0
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        level_text, items = block
        lists += 1
        numbering.append(
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{160 + lists}"><w:lvl w:ilvl="0">'
                f'<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{level_text}"/>'
                '<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
            )
        )
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{160 + lists}">'
                f'<w:abstractNumId w:val="{160 + lists}"/></w:num>'
            )
        )
        for item in items:
            paragraph = document.add_paragraph(item)
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{160 + lists}"/></w:numPr>'
                )
            )
    return _save(document)


def _changzhi_plan_docx() -> bytes:
    """长治市 (山西) 贯彻落实省委、省政府环境保护督察“回头看”反馈意见整改方案 (2018-12-07): the
    督察 dates, the 指导思想 and 基本原则 as published (paraphrased); the 整改目标, the problems, their
    units, limits and measures ours. Measures numbered by Word's automatic list numbering."""
    return _word_list_docx(
        [
            "长治市贯彻落实省委、省政府环境保护督察“回头看”反馈意见整改方案",
            "2018年7月13日至28日，省委、省政府环境保护“回头看”督察组对我市开展了进驻督察，9月29日向我市反馈了意见。"
            "为把反馈意见落到实处，切实做好问题整改工作，特制定本整改方案。",
            "一、指导思想",
            "认真学习贯彻习近平新时代中国特色社会主义思想，全面落实全国、全省生态环境保护大会精神，以提高环境质量为核心，"
            "全力抓好督察“回头看”反馈问题整改，坚决打好污染防治攻坚战。",
            "二、基本原则",
            "坚持党政同责、一岗双责。各级党委、政府主要负责同志对本地区整改工作负总责，相关部门主要负责同志对本系统整改工作负责。",
            "坚持问题导向、彻底整改。逐项细化整改措施，逐件明确整改责任，明确责任单位、责任人、整改要求和完成时限。",
            "坚持突出重点、实事求是。能够立即解决的立行立改，需要一定时间解决的限期整改。",
            "三、整改任务",
            "（一）大气污染防治方面",
            "1.市区建成区仍有部分10蒸吨及以下燃煤锅炉未按期拆除。",
            "整改目标：市区建成区10蒸吨及以下燃煤锅炉全部拆除或实施清洁能源替代。",
            "责任单位：市住建局、市环保局，城区政府、郊区政府",
            "责任人：市住建局局长、市环保局局长，城区、郊区区长",
            "整改时限：2018年12月底前",
            "整改措施：",
            (
                "%1.",
                [
                    "对市区建成区燃煤锅炉逐台建立台账，明确拆改方式和时间节点。",
                    "结合集中供热管网延伸，对具备条件的锅炉实施并网拆除。",
                    "对逾期未拆改的锅炉依法责令停用，并实施断煤断电。",
                ],
            ),
            "2.部分企业无组织排放管控不到位，物料露天堆存。",
            "整改目标：重点行业企业物料全部封闭储存，无组织排放得到有效管控。",
            "责任单位：市环保局",
            "配合单位：市经信委，各县（市、区）政府",
            "责任人：市环保局局长",
            "整改时限：立行立改，长期坚持",
            "整改措施：",
            (
                "%1.",
                [
                    "开展无组织排放专项排查，建立问题清单。",
                    "督促企业建设封闭料棚，配套喷淋抑尘设施。",
                ],
            ),
            "（二）水污染防治方面",
            "3.浊漳河部分支流入河排污口排查整治不彻底。",
            "整改目标：完成入河排污口排查，非法排污口全部取缔，考核断面水质稳定达标。",
            "责任单位：市水务局、市环保局",
            "配合单位：沿河各县（市、区）政府",
            "责任人：市水务局局长、市环保局局长",
            "整改时限：2019年6月底前",
            "整改措施：",
            (
                "%1.",
                [
                    "对浊漳河支流沿线排污口开展拉网式排查，逐一登记。",
                    "对非法设置的排污口依法取缔，对保留的排污口规范设置标识。",
                    "加密断面水质监测，每月通报水质状况。",
                    "建立排污口日常巡查制度，防止问题反弹。",
                ],
            ),
            "四、保障措施",
            "（一）加强组织领导。成立由市委、市政府主要领导任组长的整改工作领导小组，统筹推进整改工作。",
            "（二）强化督查问责。市整改办每月调度整改进展，对整改不力的严肃追责问责。",
            "（三）及时公开信息。通过主要媒体公开整改方案和整改进展，接受社会监督。",
        ]
    )


def _miluo_plan_docx() -> bytes:
    """汨罗市 (湖南 岳阳) 市委关于省委巡视反馈意见的整改落实方案: the 巡视 (省委第一巡视组,
    2023-09-07 至 11-10, 反馈 2023-12-21) and its 一个问题、一个方案、一名牵头领导 scheme with 责任领导、
    牵头单位、完成时限 as published; the problems, units, measures and limits ours, typed numbers."""
    document = docx.Document()
    for line in (
        "中共汨罗市委关于省委第一巡视组巡视反馈意见的整改落实方案",
        "根据省委统一部署，2023年9月7日至11月10日，省委第一巡视组对汨罗市进行了巡视，2023年12月21日反馈了巡视意见。"
        "为切实抓好巡视整改，按照“一个问题、一个方案、一名牵头领导、一套整改班子、一抓到底”的要求，制定本方案。",
        "一、工作目标",
        "坚持问题导向，建立问题清单、任务清单、责任清单，确保2024年6月底前巡视反馈问题基本整改到位。",
        "二、整改任务",
        "（一）贯彻落实党中央决策部署和省委工作要求方面",
        "问题1：防范化解地方政府债务风险力度不够，部分隐性债务化解进度滞后。",
        "整改措施：①制定年度隐性债务化解计划，分解到项目和单位；②盘活存量资产资源，统筹资金按期化解；③建立债务风险月度监测预警机制。",
        "责任领导：市政府常务副市长",
        "牵头单位：市财政局",
        "责任单位：市发改局、市城发集团",
        "完成时限：2024年12月底前",
        "问题2：生态环境保护存在薄弱环节，汨罗江部分河段非法采砂禁而未绝。",
        "整改措施：①开展非法采砂专项整治，依法查处涉砂违法行为；②在重点河段安装视频监控，实行全天候巡查。",
        "责任领导：市委常委、副市长",
        "牵头单位：市水利局",
        "责任单位：市公安局、市交通运输局，沿江各镇",
        "完成时限：立行立改，持续推进",
        "（二）落实全面从严治党责任方面",
        "问题3：个别单位“三重一大”事项决策程序不规范。",
        "整改措施：①对全市党政机关“三重一大”决策制度执行情况开展专项检查；②督促各单位修订完善议事规则。",
        "责任领导：市纪委书记",
        "牵头单位：市纪委监委",
        "责任单位：市委办、市政府办",
        "完成时限：2024年5月31日前",
        "三、保障措施",
        "（一）强化组织领导。成立由市委书记任组长的整改工作领导小组，每月召开一次整改推进会。",
        "（二）严格督查问责。对整改不力、敷衍整改的，严肃追究相关人员责任。",
        "中共汨罗市委",
        "2024年1月20日",
    ):
        document.add_paragraph(line)
    return _save(document)


def _nanchang_plan_doc() -> bytes:
    """南昌市 (江西) 贯彻落实省生态环境保护督察反馈意见整改方案: the 督察 (省第一环境保护督察组,
    2018-11-27 至 12-21, 反馈 2019-04-29), 指导思想 and 基本原则 as published (paraphrased); the problems
    (反馈问题一、二), their units, 督办领导, limits and measures ours. The old .doc, converted by
    LibreOffice."""
    from tests.plan_layouts import _convert

    document = docx.Document()
    for line in (
        "南昌市贯彻落实省生态环境保护督察反馈意见整改方案",
        "2018年11月27日至12月21日，省第一环境保护督察组对我市开展了环境保护督察工作，2019年4月29日正式向我市反馈了"
        "督察意见。为切实抓好反馈意见整改落实，结合我市实际，制定本整改方案。",
        "一、指导思想",
        "以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平生态文明思想，进一步传导整改压力、明确责任分工、"
        "细化工作举措、强化督察落实，确保整改到位。",
        "二、基本原则",
        "（一）加强领导，压实责任。明确各级党委政府和有关部门是本地、本单位整改工作的责任主体，主要负责人是第一责任人。",
        "（二）建立清单，分类推进。对照督察反馈意见逐一建立问题清单，明确整改目标、整改时限、责任单位和责任人员。",
        "三、整改任务",
        "（一）水环境保护方面",
        "反馈问题一：城区部分排渍站旱季污水溢流，直排赣江支流。",
        "整改目标：排渍站旱季不向水体溢流污水，受纳水体水质明显改善。",
        "整改措施：",
        "（1）对城区排渍站逐一排查，查清旱季溢流原因。",
        "（2）实施截污纳管和雨污分流改造，提升污水收集能力。",
        "（3）建立排渍站运行调度制度，加强日常监管。",
        "牵头单位：市城管委",
        "配合单位：市水务局、市生态环境局，东湖区政府、西湖区政府、青山湖区政府",
        "督办领导：分管副市长",
        "整改时限：2019年12月底前完成，长期坚持",
        "反馈问题二：部分工业园区污水处理厂进水浓度偏低，配套管网不完善。",
        "整改目标：园区企业废水应收尽收，污水处理厂稳定达标运行。",
        "整改措施：",
        "（1）开展园区管网排查，修复破损和错接混接管网。",
        "（2）督促企业废水预处理达标后接管。",
        "牵头单位：市工信局",
        "配合单位：市生态环境局，相关县区政府、开发区管委会",
        "督办领导：分管副市长",
        "整改时限：2020年6月底前",
        "（二）固体废物污染防治方面",
        "反馈问题三：麦园垃圾填埋场渗滤液处理能力不足，存在积存。",
        "整改目标：渗滤液处理能力满足需要，积存渗滤液全部处理达标。",
        "整改措施：",
        "（1）扩建渗滤液处理设施，新增应急处理能力。",
        "（2）对积存渗滤液限期清运处置。",
        "牵头单位：市城管委",
        "配合单位：新建区政府",
        "督办领导：分管副市长",
        "整改时限：2019年10月底前",
        "四、保障措施",
        "（一）加强组织领导。市整改工作领导小组统筹调度全市整改工作。",
        "（二）实施台账管理。挂图作战，销号落实，严防敷衍应付、弄虚作假。",
        "（三）严肃责任追究。对整改不力的，依规依纪依法严肃问责。",
    ):
        document.add_paragraph(line)
    return _convert(_save(document), ".docx", "doc")


def _changfeng_reservoir_plan_docx() -> bytes:
    """长丰（双凤）经开区 (安徽 合肥) 大房郢水库市级河长制督查行动转办问题整改方案 (2024-02): the 督查
    行动, the 整改工作领导小组 and the 立行立改 / 定期跟踪 approach as reported; the problems, units and
    measures ours, in the 问题1：… layout with typed 1. 2. measures."""
    document = docx.Document()
    for line in (
        "长丰（双凤）经开区关于大房郢水库市级河长制督查行动转办问题的整改方案",
        "为扎实推进大房郢水库市级河长制督查行动转办问题整改，做到系统整治与点位整治、标本兼治和综合治理相结合，制定本方案。",
        "一、工作目标",
        "转办问题立行立改，复杂问题限期整改，2024年3月底前全部整改到位，建立长效管护机制。",
        "二、整改任务",
        "问题1：水库上游汇水区一处雨水排口晴天有污水排出。",
        "整改措施：",
        "1.对排口上游管网开展溯源排查，查清污水来源。",
        "2.对错接混接点位实施改造，污水接入市政污水管网。",
        "3.在排口设置监测点，每周开展水质检测。",
        "责任单位：经开区建设发展局",
        "配合单位：双墩镇人民政府、县城管执法局",
        "责任人：经开区建设发展局局长",
        "整改时限：2024年3月31日前",
        "问题2：库区周边部分区域存在垃圾堆放、岸坡杂乱现象。",
        "整改措施：",
        "1.组织人员对库区周边垃圾全面清理。",
        "2.落实保洁人员，实行日常巡查保洁。",
        "责任单位：双墩镇人民政府",
        "配合单位：经开区社会事业局",
        "责任人：双墩镇镇长",
        "整改时限：立行立改",
        "三、保障措施",
        "（一）加强领导、明确职责。成立以区党工委书记为组长的整改工作领导小组，压实主体责任。",
        "（二）定期跟踪、督促落实。区河长办定期跟踪整改情况，对进度缓慢的采取约谈、通报等措施。",
        "长丰（双凤）经开区河长制办公室",
        "2024年2月20日",
    ):
        document.add_paragraph(line)
    return _save(document)


def _ningbo_audit_plan_docx() -> bytes:
    """宁波市 (浙江) 2021年度市本级审计工作报告反映问题的整改方案 (市级牵头部门, 区（县、市）政府,
    具体实施单位 as the 2023-01-06 整改情况报告 names them); the problems, units, measures and limits
    ours. Measures numbered by Word's automatic list numbering in the form (1)."""
    return _word_list_docx(
        [
            "宁波市2021年度市本级审计工作报告反映问题整改方案",
            "为抓好2021年度市本级预算执行和全市其他财政收支审计工作报告反映问题的整改，明确市级牵头部门、区（县、市）政府"
            "和具体实施单位的责任，制定本方案。",
            "一、总体要求",
            "市级牵头部门履行牵头抓总责任，区（县、市）政府落实属地管理责任，具体实施单位细化整改计划，明确责任、标准和时限。",
            "二、整改事项",
            "（一）关于部分专项资金结余结转未及时盘活的问题",
            "牵头部门：市财政局",
            "责任单位：各区（县、市）政府，市级各预算单位",
            "整改措施：",
            (
                "（%1）",
                [
                    "全面清理结余结转资金，建立清单。",
                    "对两年以上结转资金按规定收回统筹使用。",
                    "将结余结转情况与下年度预算安排挂钩。",
                ],
            ),
            "整改时限：2022年12月31日前",
            "（二）关于部分政府投资项目未按期开工、资金闲置的问题",
            "牵头部门：市发展改革委",
            "责任单位：市住建局、市交通局",
            "整改措施：",
            (
                "（%1）",
                [
                    "逐个项目分析未开工原因，制定推进计划。",
                    "对确实无法实施的项目调整资金用途。",
                ],
            ),
            "整改时限：持续推进",
            "三、工作要求",
            "各责任单位于2022年11月30日前将整改情况报送市审计局，市审计局汇总后向市政府报告。",
        ]
    )


DOCUMENTS["changzhi_2018_inspection_plan"] = ("督察回头看反馈意见整改方案.docx", _changzhi_plan_docx)
DOCUMENTS["miluo_2023_inspection_plan"] = ("巡视反馈意见整改落实方案.docx", _miluo_plan_docx)
DOCUMENTS["nanchang_2019_inspection_plan_doc"] = ("督察反馈意见整改方案.doc", _nanchang_plan_doc)
DOCUMENTS["changfeng_2024_reservoir_plan"] = ("转办问题整改方案.docx", _changfeng_reservoir_plan_docx)
DOCUMENTS["ningbo_2022_audit_plan"] = ("审计反映问题整改方案.docx", _ningbo_audit_plan_docx)

# The sixteenth blind set, for the figure recorded in docs/decisions.md (“Blind set 16”).
BLIND_16 = (
    "changzhi_2018_inspection_plan",
    "miluo_2023_inspection_plan",
    "nanchang_2019_inspection_plan_doc",
    "huiji_2024_inspection_plan",
    "changfeng_2024_reservoir_plan",
    "ningbo_2022_audit_plan",
    # found after the fixes, written with its JSON before the fixed reader ran on it
    "loudi_2021_inspection_plan",
)
BLIND_SETS[16] = BLIND_16

# --- blind set 23 (issue 14, branch corpus-blind23) -----------------------------------------------
# Whole rectification plans (整改方案 / 整改工作方案) as offices receive them in older or converted
# formats: old Word .doc (built from a .docx by LibreOffice), PDFs printed from Word (set as an
# official notice, or with a ruled 整改任务清单 attached) and .txt copies. Each has its opening
# (指导思想, 工作目标 with dates and figures, 组织领导 with labelled lines), its problems with their
# labelled fields or a table, and a closing (保障措施, 工作要求) that is not a finding. Places new
# to the corpus: 商丘 (河南), 咸阳 / 铜川 (陕西), 徐州 / 连云港海州 (江苏), 德宏 / 丽江 (云南).
# Written with their expected JSON before the reader ran on them (docs/decisions.md “Blind set 23”).


def _paragraphs_docx(lines: list[str]):
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


def _shangqiu_lookback_plan_doc() -> bytes:
    """商丘市 (河南) 贯彻落实中央环境保护督察“回头看”及大气污染问题专项督察反馈意见整改方案
    (2019-04-03): the 35 problems, the 总体要求 and 整改原则 as published (paraphrased); the problems'
    wording, units with “（牵头）”, leaders, limits and measures ours. The old .doc."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "商丘市贯彻落实中央环境保护督察“回头看”及大气污染问题专项督察反馈意见整改方案",
            "根据中央第一环境保护督察组对河南省开展“回头看”及大气污染问题专项督察情况反馈意见，涉及商丘市问题共有35项。"
            "市委、市政府诚恳接受、全面认领、积极整改。为确保全面完成整改任务，特制定本方案。",
            "一、总体要求",
            "以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平生态文明思想，突出抓好反馈意见的全面整改，"
            "坚决打好污染防治攻坚战，不断提升人民群众的满意度和获得感。",
            "二、整改原则",
            "（一）坚持党政同责、一岗双责。全市各级党委、政府对本地整改工作负总责，主要负责同志为第一责任人。",
            "（二）坚持问题导向、精准施策。逐项明确整改目标、整改措施、责任领导、责任单位和整改时限。",
            "三、整改目标",
            "2019年底前，涉及我市的35项问题基本完成整改；2020年底前全面完成整改，全市PM2.5年均浓度较2018年下降10%以上。",
            "四、组织领导",
            "成立商丘市中央环境保护督察“回头看”整改工作领导小组，市委书记任组长，市长任常务副组长，"
            "领导小组办公室设在市生态环境局，负责整改工作的日常调度。",
            "五、整改任务",
            "（一）大气污染防治方面",
            "1.2018年1-5月全市PM10、PM2.5浓度不降反升，大气污染防治工作推进不力。",
            "整改目标：完成省下达的年度空气质量改善目标。",
            "责任领导：分管副市长",
            "责任单位：市大气污染防治攻坚办（牵头），市生态环境局、市住建局、市公安局，各县（市、区）政府",
            "整改时限：2019年12月底前",
            "整改措施：",
            "（1）制定年度大气污染防治攻坚方案，将目标任务分解到各县（市、区）。",
            "（2）强化扬尘、机动车和工业企业污染管控。",
            "（3）实行空气质量月排名、月通报、月奖惩制度。",
            "2.部分县区散煤治理不彻底，“双替代”改造进度滞后。",
            "整改目标：完成散煤清零，清洁取暖改造任务全部完成。",
            "责任领导：分管副市长",
            "责任单位：市发展改革委（牵头），市财政局、市住建局，各县（市、区）政府",
            "整改时限：2019年10月底前",
            "整改措施：",
            "（1）开展散煤复烧排查，对销售散煤的网点依法取缔。",
            "（2）加快“双替代”改造，按月通报进度。",
            "（二）水污染防治方面",
            "3.城市建成区部分黑臭水体整治不到位，存在反弹现象。",
            "整改目标：城市建成区黑臭水体消除比例达到90%以上，长制久清。",
            "责任领导：分管副市长",
            "责任单位：市住建局（牵头），市生态环境局，梁园区政府、睢阳区政府",
            "整改时限：2019年底前，长期坚持",
            "整改措施：",
            "（1）对已整治水体开展排查，查找反弹原因。",
            "（2）实施控源截污和清淤疏浚，完善沿河截污管网。",
            "（3）落实河长制，建立日常巡查和维护机制。",
            "六、保障措施",
            "（一）加强组织调度。领导小组办公室每月调度整改进展，对进展滞后的及时督办。",
            "（二）严格督导考核。将整改工作纳入年度目标考核，考核结果与评先评优挂钩。",
            "（三）严肃责任追究。对整改不力、敷衍整改的，依纪依法严肃追究责任。",
            "（四）加强信息公开。在市级主要媒体公开整改方案和整改进展，接受社会监督。",
        ]
    )
    return _convert(_save(document), ".docx", "doc")


def _xianyang_task_list_pdf() -> bytes:
    """咸阳市 (陕西) 贯彻落实第二轮中央生态环境保护督察报告整改方案 (2022-09-28): the opening, the
    陕字〔2022〕113号 reference and the 2025 targets as published (paraphrased); the attached 整改任务
    清单's groups, problems, units, leaders, limits and measures ours. Printed from Word, ruled."""
    from tests.printed_pdf import printed

    document = _paragraphs_docx(
        [
            "咸阳市贯彻落实第二轮中央生态环境保护督察报告整改方案",
            "为认真做好中央第三生态环境保护督察组对我省第二轮中央生态环境保护督察反馈问题整改工作，按照省委、省政府印发的"
            "《陕西省贯彻落实第二轮中央生态环境保护督察报告整改方案》（陕字〔2022〕113号）精神，制定如下整改方案。",
            "一、指导思想",
            "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平生态文明思想，以“降碳、减污、扩绿、增长”"
            "协同推进为总抓手，确保督察反馈问题全部整改到位。",
            "二、整改目标",
            "到2025年，主要污染物排放总量持续下降，空气质量优良天数达到254天，城市细颗粒物（PM2.5）平均浓度不高于45.5"
            "微克/立方米，重污染天数不多于6天；国考地表水断面水质优良比例达到77.8%以上。",
            "三、组织领导",
            "成立由市委书记、市长任组长的督察整改工作领导小组，领导小组办公室设在市生态环境局。各县市区、市级有关部门相应"
            "成立整改工作机构，明确专人负责。",
            "四、保障措施",
            "（一）压实整改责任。各责任单位主要负责同志是整改第一责任人，对照任务清单逐项推进。",
            "（二）强化督办问效。市整改办每月调度、每季度通报，对进展滞后的挂牌督办。",
            "（三）严肃追责问责。对整改不力、虚假整改的，依规依纪依法严肃问责。",
            "附件：咸阳市贯彻落实第二轮中央生态环境保护督察报告整改任务清单",
        ]
    )
    _ruled_table(
        document,
        ["序号", "问题", "整改目标", "整改措施", "责任单位", "责任领导", "整改时限"],
        [
            "一、结构性污染问题",
            [
                "1",
                "“两高”项目盲目上马问题依然存在，个别项目未批先建。",
                "坚决遏制“两高”项目盲目发展。",
                "1.全面排查在建、拟建“两高”项目，建立清单。\n2.对未批先建项目依法查处。\n3.严格落实产能、能耗等量减量替代。",
                "市发改委、市工信局、市生态环境局，各县市区政府",
                "市政府分管副市长",
                "2022年12月底前完成排查，长期坚持",
            ],
            [
                "2",
                "部分燃煤锅炉超低排放改造滞后。",
                "燃煤锅炉全部完成超低排放改造。",
                "1.逐台制定改造计划，明确完成时间。\n2.对逾期未完成改造的锅炉依法停用。",
                "市生态环境局，相关县市区政府",
                "市政府分管副市长",
                "2023年10月底前",
            ],
            "二、生态保护修复问题",
            [
                "3",
                "北山部分历史遗留矿山生态修复进展缓慢。",
                "完成历史遗留矿山修复治理任务。",
                "1.编制矿山生态修复总体方案。\n2.分年度实施修复治理工程。\n3.建立修复后管护机制。",
                "市自然资源局、市林业局，淳化县政府、旬邑县政府、永寿县政府",
                "市政府分管副市长",
                "2025年12月底前",
            ],
        ],
    )
    return printed(_save(document))


def _xuzhou_task_list_doc() -> bytes:
    """徐州市 (江苏) 贯彻落实省生态环境保护督察报告整改方案 (published 2023-11-20): the 督察 (2023年3月
    进驻, 7月底反馈), the 清单制 with 责任单位、验收单位、整改目标、整改时限和整改措施 and the four kinds of
    task as published; the opening's prose, the rows and their values ours. The old .doc with the
    attached table."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "徐州市贯彻落实省生态环境保护督察报告整改方案",
            "经省委、省政府批准，2023年3月，省生态环境保护督察组对我市开展了生态环境保护督察，2023年7月底反馈了督察报告。"
            "为扎实推进督察报告反馈问题整改，制定本方案。",
            "一、总体要求",
            "坚持以习近平生态文明思想为指导，按照可检查、可考核、可问责的思路，坚持拉条挂账、督办落实、办结销号。",
            "二、工作目标",
            "2023年底前完成整改任务12项，2024年底前累计完成30项，2025年底前全部44项整改任务完成整改。",
            "三、重点任务",
            "（一）推动经济绿色转型。严格落实“两高”项目准入要求，推进重点行业产业结构调整。",
            "（二）加强保护治理修复。深入打好蓝天、碧水、净土保卫战，推进采煤塌陷地生态修复。",
            "（三）完善环境基础设施。加快补齐污水收集处理、固体废物处置设施短板。",
            "（四）压实生态环境保护责任。落实党政同责、一岗双责，健全督察整改长效机制。",
            "四、保障措施",
            "市督察整改工作领导小组办公室负责统筹调度，实行整改任务清单化管理，验收单位按程序组织验收销号。",
            "附件：徐州市贯彻落实省生态环境保护督察报告整改任务清单",
        ]
    )
    _ruled_table(
        document,
        ["序号", "问题", "责任单位", "验收单位", "整改目标", "整改时限", "整改措施"],
        [
            [
                "1",
                "部分采煤塌陷地生态修复后管护不到位，存在垃圾倾倒现象。",
                "贾汪区政府、铜山区政府",
                "市自然资源和规划局",
                "已修复区域管护责任落实，垃圾全部清理。",
                "2024年6月底前",
                "1.清理塌陷地周边倾倒垃圾。\n2.落实管护主体和经费。",
            ],
            [
                "2",
                "部分乡镇污水处理设施运行不正常，出水超标。",
                "市水务局，各县（市）区政府",
                "市生态环境局",
                "乡镇污水处理设施稳定达标运行。",
                "2024年12月底前",
                "1.开展乡镇污水处理设施运行评估。\n2.实施提标改造和管网配套。\n3.推行第三方专业化运维。",
            ],
            [
                "3",
                "建筑垃圾资源化利用能力不足，部分建筑垃圾无序堆放。",
                "市城管局",
                "市住房城乡建设局",
                "建成建筑垃圾资源化利用项目，无序堆放问题全部整治。",
                "2025年12月底前",
                "1.新建建筑垃圾资源化利用项目。\n2.开展无序堆放点排查整治。",
            ],
        ],
    )
    # Word always keeps a paragraph mark after a table; without it LibreOffice's .doc export
    # drops the table's structure (its cells run together in one paragraph).
    document.add_paragraph("")
    return _convert(_save(document), ".docx", "doc")


_LIJIANG_PLAN = """\
丽江市贯彻落实省级生态环境保护督察“回头看”及旅游开发与生态环境保护协调发展问题专项督察反馈意见整改方案
2019年10月15日至10月24日，省委、省政府第三生态环境保护督察组对我市开展了省级生态环境保护督察“回头看”，同时针对旅游开发与生态环境保护协调发展问题开展了专项督察，2020年3月9日向我市反馈了督察意见。为切实抓好反馈问题整改，制定本方案。
一、指导思想
以习近平生态文明思想为指导，牢固树立“绿水青山就是金山银山”的理念，把督察反馈问题整改作为重大政治任务，全力推进整改落实。
二、工作目标
2020年12月底前，反馈的49个问题完成整改35个以上；2021年底前全部完成整改，程海、泸沽湖水质保持稳定。
三、整改任务
（一）程海湖水质pH和氟化物超标问题仍未有效解决。
整改目标：程海湖水质稳定保持现状，不出现恶化。
整改措施：
1.实施程海流域入湖河道综合治理，削减入湖污染负荷。
2.严格控制程海周边螺旋藻养殖规模，养殖废水全部处理回用。
3.加密程海水质监测，按月分析水质变化。
督办领导：市政府分管副市长
责任单位：永胜县人民政府
配合单位：市生态环境局、市水务局
完成时限：2020年12月31日前完成阶段性目标，长期坚持
（二）玉龙雪山景区部分旅游设施建设未批先建。
整改目标：违规建设问题依法查处到位，景区生态修复完成。
整改措施：
1.对景区内旅游设施开展全面排查，依法查处违规建设行为。
2.对违规建设造成的生态破坏实施修复。
督办领导：市政府分管副市长
责任单位：玉龙雪山省级旅游开发区管委会
配合单位：市自然资源和规划局、市林业和草原局
完成时限：2020年10月31日前
四、工作要求
（一）加强组织领导。市整改工作领导小组每月召开一次调度会，研究解决整改中的重大问题。
（二）严格验收销号。整改完成的问题，由责任单位提出申请，市整改办组织验收后销号。
中共丽江市委办公室
2020年5月20日"""


def _lijiang_lookback_plan_pdf() -> bytes:
    """丽江市 (云南) 省级生态环境保护督察“回头看”及旅游开发与生态环境保护协调发展问题专项督察反馈意见
    整改方案: the 督察 (2019-10-15 至 24, 反馈 2020-03-09, 49 problems) as published; the problems'
    wording, units, limits, measures and the sign-off ours. Printed as an official document."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_LIJIANG_PLAN)


_HAIZHOU_PLAN = """\
中共连云港市海州区委关于省委第三巡视组巡视反馈意见的整改工作方案
根据省委统一部署，2023年7月3日至8月31日，省委第三巡视组对海州区开展了巡视，并于10月11日反馈了巡视意见。为切实抓好巡视反馈意见整改落实，制定本方案。
一、指导思想
坚持以习近平新时代中国特色社会主义思想为指导，把巡视整改作为重大政治任务，以高标准、严要求、硬措施推动巡视反馈意见整改到位。
二、组织领导
成立省委第三巡视组反馈意见整改落实工作领导小组，区委书记任组长，领导班子其他成员为分管领域内问题整改牵头责任人。领导小组下设办公室和三个专项工作组：
综合办公室：设在区委办，负责统筹推进整改工作，督促相关单位抓好整改落实。
监督检查组：由区纪委监委牵头，负责整改情况的监督检查。
选人用人专项组：由区委组织部牵头，负责选人用人问题整改。
三、整改任务
（一）贯彻落实党中央决策部署方面
1.推动高质量发展办法不多，部分重点项目推进缓慢。
整改措施：（1）建立重点项目区领导挂钩联系制度；（2）实行重点项目月调度、季观摩；（3）对推进缓慢的项目逐个分析原因，限期解决。
牵头领导：区委常委、常务副区长
牵头单位：区发展改革委
责任单位：区工信局、区财政局
完成时限：2024年6月底前
2.防范化解风险不到位，部分镇街隐性债务化解进度滞后。
整改措施：（1）制定隐性债务化解年度计划；（2）建立债务风险监测预警机制。
牵头领导：区委常委、常务副区长
牵头单位：区财政局
责任单位：各镇（街道）
完成时限：2024年12月底前
（二）全面从严治党方面
3.个别部门“三重一大”决策制度执行不严格。
整改措施：（1）开展“三重一大”制度执行情况专项检查；（2）督促各部门修订完善议事规则。
牵头领导：区委常委、区纪委书记、区监委主任
牵头单位：区纪委监委
责任单位：区委办、区政府办
完成时限：立行立改，长期坚持
四、工作要求
（一）压实整改责任。各牵头领导、牵头单位要按照方案要求，逐项抓好整改落实。
（二）强化督查问效。对整改不力、敷衍整改的，严肃追究有关人员责任。
中共连云港市海州区委
2023年12月8日"""


def _haizhou_inspection_plan_pdf() -> bytes:
    """连云港市海州区 (江苏) 区委 省委巡视反馈意见整改工作方案: the 巡视 (省委第三巡视组, 2023-07-03 至
    08-31, 反馈 10-11), the 领导小组 with its 综合办公室 and 专项工作组 as published (paraphrased); the
    problems, units, leaders, limits and measures ours. Printed as an official document."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_HAIZHOU_PLAN)


DOCUMENTS["shangqiu_2019_lookback_plan_doc"] = ("督察回头看反馈意见整改方案.doc", _shangqiu_lookback_plan_doc)
DOCUMENTS["xianyang_2022_task_list_pdf"] = ("督察报告整改方案.pdf", _xianyang_task_list_pdf)
DOCUMENTS["xuzhou_2023_task_list_doc"] = ("省督察报告整改方案.doc", _xuzhou_task_list_doc)
DOCUMENTS["lijiang_2020_lookback_plan_pdf"] = ("督察回头看反馈意见整改方案.pdf", _lijiang_lookback_plan_pdf)
DOCUMENTS["haizhou_2023_inspection_plan_pdf"] = ("巡视反馈意见整改工作方案.pdf", _haizhou_inspection_plan_pdf)

# The twenty-third blind set, for the figure recorded in docs/decisions.md (“Blind set 23”).
BLIND_23 = (
    "shangqiu_2019_lookback_plan_doc",
    "xianyang_2022_task_list_pdf",
    "tongchuan_2018_inspection_plan",
    "xuzhou_2023_task_list_doc",
    "dehong_2020_lookback_plan",
    "lijiang_2020_lookback_plan_pdf",
    "haizhou_2023_inspection_plan_pdf",
)
BLIND_SETS[23] = BLIND_23

# --- blind set 19 (issue 14, branch corpus-blind19) -----------------------------------------------
# Closure notices of ONE finding each, as county and district offices publish them: web copies
# (.txt, one of them a web table copied with tabs), Word (labelled paragraphs; two-column forms with
# and without a 项目|内容 header) and a notice printed to PDF. Places new to the corpus: 长春南关区
# 富裕街道 (吉林), 乌拉特前旗 (内蒙古), 儋州 (海南), 镇远 (贵州), 延吉 (吉林 延边), 莲花 (江西 萍乡).
# Written with their expected JSON before the reader ran on them (docs/decisions.md, “Blind set
# 19”); sources in SOURCES.md, table “Blind set 19”.


def _fuyu_river_notice_docx() -> bytes:
    """长春市南关区富裕街道 (吉林) 完成中央环保督察反馈问题整改任务情况公示 (2018-06): the labels, their
    order, the “第十七项（69）” wording, the public period and the complaint line as published; the
    texts shortened."""
    document = docx.Document()
    for line in (
        "富裕街道完成中央环保督察反馈问题整改任务情况公示",
        "我单位所承担的中央环保督察反馈第十七项（69）问题的整改任务，现已完成整改并按要求通过了南关区督导组和本局的"
        "联合验收，达到整改目标。",
        "整改任务：伊通河流经长春市后，水质由Ⅲ类下降为劣Ⅴ类，是目前松花江流域污染最重的河流。",
        "整改目标：2020年全面达到上级考核要求。",
        "整改措施：全面落实“河长制”，加大对河的检查、看护力度，发现岸边垃圾和水体污染问题及时上报相关部门。",
        "整改效果（或整改完成情况）：全面落实“河长制”，加大辖区内河渠巡护力度。街河长每月巡查两次，村、社区河长每周"
        "巡河三次，并做巡河记录。",
        "现对以上整改内容予以公示，请社会各界监督。公示期为2018年6月7日至2018年6月13日。如有异议，请将投诉意见反馈至"
        "富裕街道办事处。投诉电话：0431-81313037",
        "富裕街道办事处",
        "2018年6月6日",
    ):
        document.add_paragraph(line)
    return _save(document)


def _zhenyuan_slag_form() -> bytes:
    """镇远县 (贵州 黔东南) 工业渣场 整改销号公示表: the 2018 州 督导 of the 镇远黔东 park and its 工业渣场
    as reported; the form (项目 | 内容), its number, units, measures and dates ours."""
    document = docx.Document()
    document.add_paragraph("镇远县中央环境保护督察反馈问题整改销号公示表")
    table = document.add_table(rows=0, cols=2)
    for label, value in (
        ("项目", "内容"),
        ("问题编号", "31"),
        ("问题名称", "镇远黔东工业渣场未按要求建设防渗和渗滤液收集设施，雨季渗滤液外溢。"),
        ("整改目标", "工业渣场按规范完成防渗、截洪和渗滤液收集处理，渗滤液不外排。"),
        (
            "整改措施",
            "（一）完成渣场防渗层和截洪沟建设。\n（二）建设渗滤液收集池并配套处理设施。\n（三）落实渣场日常巡查和监测制度。",
        ),
        ("责任单位", "镇远县工业园区管委会"),
        ("配合单位", "县环境保护局"),
        ("责任领导", "县人民政府分管副县长"),
        ("整改时限", "2018年10月31日前"),
        (
            "整改完成情况",
            "渣场防渗层、截洪沟和渗滤液收集池已建成并投入使用，渗滤液经处理后回用，经县级验收达到整改目标。",
        ),
        ("验收意见", "经县环保督察整改验收组现场核查，该问题已完成整改，同意销号。"),
        ("公示期", "2018年12月10日至12月16日"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("监督电话：0855-5721234")
    document.add_paragraph("镇远县环境保护督察整改工作领导小组办公室")
    document.add_paragraph("2018年12月10日")
    return _save(document)


def _yanji_water_source_form() -> bytes:
    """延吉市 (吉林 延边) 延河水库水源地一级保护区 (1户房屋, 畜禽养殖) as the 2025 督查 reported it; the
    closure notice, its number, units, measures and dates ours, as a Word two-column form."""
    return _two_column_form(
        ["延吉市第二轮中央生态环境保护督察反馈问题（第12项）整改验收销号公示"],
        [
            (
                "交办问题",
                "延河水库饮用水水源地一级保护区内仍有1户居民房屋，并存在畜禽散养，威胁水源水质安全。",
            ),
            ("整改目标", "清除一级保护区内与供水设施和保护水源无关的建筑物，取缔畜禽养殖。"),
            (
                "整改措施",
                "1.依法完成保护区内房屋征收补偿和拆除。\n2.清理畜禽养殖设施，对拆除区域复绿。\n"
                "3.设置隔离防护设施和警示标志，纳入水源地日常巡查。",
            ),
            ("责任单位", "延吉市水利局"),
            ("配合单位", "延吉市自然资源局、延边州生态环境局延吉市分局"),
            ("责任领导", "市政府分管副市长"),
            ("整改时限", "2025年6月30日前完成，长期坚持"),
            (
                "整改完成情况",
                "保护区内1户房屋已完成征收拆除并复绿，畜禽养殖已全部清理，隔离防护网和警示牌已设置到位。",
            ),
            ("验收意见", "经市级验收组现场核查，整改达到目标要求，同意验收销号。"),
        ],
        [
            "公示期：2025年9月15日—9月19日（5个工作日）",
            "监督电话：0433-2513456",
            "延吉市生态环境保护督察整改工作领导小组办公室",
            "2025年9月15日",
        ],
    )


_LIANHUA_NOTICE = """莲花县中央环保督察“回头看”交办信访件整改销号公示
根据全市环保督察整改工作要求，萍乡市莲花生态环境局会同有关单位对中央环保督察“回头看”交办我县的信访件开展了现场销号核查。经核查，下列信访件已整改到位，符合销号要求，现予以公示。
交办问题：莲花县一生猪养殖场养殖废水未经处理直排附近水渠，气味难闻。
转办批次：第十七批
责任单位：莲花县农业农村局
配合单位：萍乡市莲花生态环境局、琴亭镇人民政府
责任领导：县政府分管副县长
整改时限：2018年12月底前
整改措施：
1.责令养殖场立即停止直排，清理水渠积存粪污。
2.配套建设沼气池和干湿分离设施，养殖废水经处理后还田利用。
3.将养殖场纳入乡镇网格化日常巡查。
整改完成情况：养殖场已建成沼气池和干湿分离设施，粪污全部资源化利用，水渠已清淤，周边无异味。
核查结论：经现场核查，该信访件整改措施已落实到位，同意销号。
公示期：2020年7月21日至2020年7月27日。
监督电话：0799-7212345
莲花县环保督察整改工作领导小组办公室
2020年7月21日"""


def _lianhua_petition_closure_pdf() -> bytes:
    """莲花县 (江西 萍乡) 中央环保督察“回头看”交办信访件 销号核查 (2020-07; 9件, 养殖场 among them) as
    reported; the notice, its case, units, measures and dates ours, printed as an official notice."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_LIANHUA_NOTICE)


DOCUMENTS["fuyu_2018_river_notice_docx"] = ("整改任务情况公示.docx", _fuyu_river_notice_docx)
DOCUMENTS["zhenyuan_2018_slag_form"] = ("整改销号公示表.docx", _zhenyuan_slag_form)
DOCUMENTS["yanji_2025_water_source_form"] = ("整改验收销号公示.docx", _yanji_water_source_form)
DOCUMENTS["lianhua_2020_petition_closure_pdf"] = ("信访件整改销号公示.pdf", _lianhua_petition_closure_pdf)

# The nineteenth blind set, for the figure recorded in docs/decisions.md (“Blind set 19”).
BLIND_19 = (
    "fuyu_2018_river_notice_docx",
    "wulateqianqi_2025_sewage_notice",
    "danzhou_2024_outfall_web_table",
    "zhenyuan_2018_slag_form",
    "yanji_2025_water_source_form",
    "lianhua_2020_petition_closure_pdf",
    # found after the fixes, written with its JSON before the fixed reader ran on it
    "zhongshan_2018_petition_done_notice",
)
BLIND_SETS[19] = BLIND_19
# --- blind set 20 (issue 14, branch corpus-blind20) -----------------------------------------------
# Progress reports on rectification as web pages, copied as text or saved whole as .html, from
# places not yet in the corpus (甘肃 定西 / 酒泉, 河北 廊坊, 辽宁 抚顺新宾, 安徽 淮北, 福建 泉州洛江).
# Written with their expected JSON before the reader ran on them (docs/decisions.md, “Blind set 20”).
# The .txt ones are picked up above; the two pages are read from their files as an upload would be.

DOCUMENTS["xinbin_2020_task14_result"] = (
    "第十四项整改任务整改结果公示.html",
    _fixture("xinbin_2020_task14_result.html"),
)
DOCUMENTS["huaibei_2017_completed_problems"] = (
    "反馈问题整改完成情况公开.html",
    _fixture("huaibei_2017_completed_problems.html"),
)

# The twentieth blind set, for the figure recorded in docs/decisions.md (“Blind set 20”).
BLIND_20 = (
    "dingxi_2021_progress_report",
    "jiuquan_2018_stage_progress",
    "langfang_2022_lookback_progress",
    "xinbin_2020_task14_result",
    "huaibei_2017_completed_problems",
    "luojiang_2025_inspection_progress",
    # found after the fixes, written with its JSON before the fixed reader ran on it
    "jinzhong_2025_batch15_progress",
)
BLIND_SETS[20] = BLIND_20


# --- blind set 22 (issue 14, branch corpus-blind22) ----------------------------------------------
# Tables of the completion status of many findings at once (整改完成情况公示表, 整改进展情况表,
# 整改落实情况统计表, 整改任务完成情况一览表, 边督边改公开情况一览表) from places new to the corpus:
# 湖州 (浙江), 黄石 / 咸宁 / 荆门 (湖北), 天津, 万盛经开区 / 荣昌区 (重庆). Written with their expected
# JSON BEFORE the reader ran on them (docs/decisions.md, “Blind set 22”; SOURCES.md “Blind set 22”).


def _two_row_header_table(document, upper: list, lower: list, rows: list):
    """A ruled Word table whose header runs over two rows: an upper label alone merges down, a run
    of one upper label (None continues the label on its left) spans the lower labels it covers;
    a str row is a group row merged across."""
    width = len(upper)
    table = document.add_table(rows=2, cols=width)
    table.style = "Table Grid"
    k = 0
    while k < width:
        end = k
        while end + 1 < width and upper[end + 1] is None:
            end += 1
        if end > k:
            for j in range(k, end + 1):
                table.cell(1, j).text = lower[j]
            table.cell(0, k).merge(table.cell(0, end)).text = upper[k]
        else:
            table.cell(0, k).merge(table.cell(1, k)).text = upper[k]
        k = end + 1
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    return table


def _huzhou_completion_table() -> bytes:
    """湖州市 (浙江) 2023年省委生态环境保护督察反馈问题整改完成情况公示 (2025-01-24 至 02-12; 7个问题
    已完成整改): the notice, then the attached 公示表 whose columns run 问题编号 | 问题描述 | 完成时限 |
    整改目标 | 整改措施 | 整改完成情况 — no unit column, the number is the 督察报告's problem number.
    Problem 4's facts as published (paraphrased); problems 11 and 16 and all progress texts ours."""
    document = docx.Document()
    for line in (
        "关于2023年省委生态环境保护督察反馈问题整改完成情况的公示",
        "根据《中共浙江省委办公厅 浙江省人民政府办公厅关于贯彻落实"
        "〈中央生态环境保护督察整改工作办法〉的通知》"
        "（厅字〔2022〕27号）和《湖州市2023年省委生态环境保护督察报告反馈问题验收销号办法》等文件要求，"
        "2023年省委生态环境保护督察反馈的7个问题已完成整改，现对问题整改完成情况进行公示（见附件）。",
        "如有异议，请在公示期间以书面或电话形式反馈，并提供联系方式。邮寄的以邮戳日期为准，直接送达的以送达日期为准。",
        "公示时间：2025年1月24日-2025年2月12日。",
        "联系电话：0572-2668532。",
        "联系地址：湖州市吴兴区开元路100号201办公室。",
        "附件：2023年省委生态环境保护督察反馈问题整改完成情况公示表",
        "中央生态环境保护督察湖州市整改工作协调小组",
        "2025年1月24日",
        "附件",
        "2023年省委生态环境保护督察反馈问题整改完成情况公示表",
    ):
        document.add_paragraph(line)
    _ruled_table(
        document,
        ["问题编号", "问题描述", "完成时限", "整改目标", "整改措施", "整改完成情况"],
        [
            [
                "4",
                "“十四五”环境空气质量持续下滑。与2020年相比，2022年全市空气质量优良天数比率下降9.9个百分点，"
                "PM2.5、臭氧浓度分别上升11.5%和9.3%。2023年7月“绿剑2023”监督帮扶行动检查企业262家，"
                "发现问题134个，其中涉大气环境违法89个。",
                "2024年12月底",
                "持续深入打好蓝天保卫战，重点行业氮氧化物排放强度降低30%以上，以空气质量持续改善推动经济社会绿色转型。",
                "1.开展漆包线、印刷、印染、木制品、竹制品等行业废气深度治理；\n"
                "2.推进区域大气污染联防联控；\n3.加强涉气企业执法检查，严厉打击环境违法行为。",
                "2024年全市空气质量优良天数比率回升，PM2.5浓度同比下降；涉气重点行业企业整治全部完成。该问题已完成整改。",
            ],
            [
                "11",
                "部分城镇污水处理厂进水浓度偏低，污水管网收集效能不高。",
                "2024年6月底",
                "城镇污水处理厂进水化学需氧量浓度稳步提升。",
                "1.排查修复破损污水管网；\n2.推进老旧小区雨污分流改造。",
                "已完成管网排查修复和雨污分流改造，进水浓度达到目标要求。该问题已完成整改。",
            ],
            [
                "16",
                "部分废弃矿山生态修复进展缓慢，修复质量不高。",
                "2024年10月底",
                "完成废弃矿山生态修复，修复成效通过验收。",
                "1.制定废弃矿山治理计划；\n2.实施复绿工程并落实后期管护。",
                "已完成修复并通过市级验收。该问题已完成整改。",
            ],
        ],
    )
    return _save(document)


def _huangshi_progress_pdf() -> bytes:
    """黄石市 (湖北) 第一轮省生态环境保护督察“回头看”反馈意见整改进展情况 (2022-07-29; 督察 2020-12-21 至
    12-30, 反馈 2021-05-08; 截至2022年5月底 4个方面34项, 已完成16项, 18项加快整改) with its attached
    进展情况表 printed to PDF: a header over two rows (责任单位 over 牵头单位 / 配合单位), group rows by
    aspect, 整改状态 已完成 / 达到序时进度 / 正在推进 and a note under the table naming the three states.
    The rows, units and limits are ours."""
    from tests.printed_pdf import printed

    document = docx.Document()
    for line in (
        "附件",
        "黄石市第一轮省生态环境保护督察“回头看”反馈意见整改进展情况表",
        "（截至2022年5月底）",
    ):
        document.add_paragraph(line)
    _two_row_header_table(
        document,
        ["序号", "反馈问题", "整改目标", "责任单位", None, "整改时限", "整改进展情况", "整改状态"],
        [None, None, None, "牵头单位", "配合单位", None, None, None],
        [
            "一、思想认识和责任落实方面",
            [
                "1",
                "部分地方和部门对生态环境保护重要性认识不足，“重发展、轻保护”的现象仍然存在。",
                "牢固树立新发展理念，压实生态环境保护政治责任。",
                "市委办公室、市政府办公室",
                "各县（市、区）党委和政府",
                "立行立改、长期坚持",
                "市委常委会、市政府常务会议多次专题研究督察整改，将习近平生态文明思想纳入各级理论学习中心组学习内容。",
                "已完成",
            ],
            [
                "2",
                "部分县（市、区）生态环境保护“党政同责、一岗双责”落实不到位，考核机制不健全。",
                "建立完善生态环境保护责任考核机制。",
                "市委组织部",
                "市生态环境局",
                "2021年12月底前",
                "已修订生态环境保护责任考核办法，考核结果纳入领导班子综合考评。",
                "已完成",
            ],
            "二、城乡环境基础设施方面",
            [
                "3",
                "中心城区部分区域雨污管网不完善，生活污水直排磁湖。",
                "磁湖沿岸污水直排口全部消除。",
                "市住房和城乡建设局",
                "黄石港区人民政府、西塞山区人民政府",
                "2023年12月底前",
                "已完成管网改造12公里，雨污分流二期工程正在施工。",
                "达到序时进度",
            ],
            [
                "4",
                "大冶市、阳新县部分乡镇生活垃圾转运设施运行不正常。",
                "乡镇生活垃圾转运站全部正常运行。",
                "市城市管理执法委员会",
                "大冶市人民政府、阳新县人民政府",
                "2022年6月底前",
                "已完成12座转运站改造，剩余3座正在施工。",
                "正在推进",
            ],
        ],
    )
    document.add_paragraph("注：整改状态分为“已完成”“达到序时进度”“正在推进”三类。")
    return printed(_save(document))


def _tianjin_progress_xlsx() -> bytes:
    """天津市 中央环境保护督察 (2017-04-28 至 05-28, 反馈 07-29) 整改落实情况 (截至2018年8月底 49项任务:
    32项已完成整改并长期坚持, 17项按序时进度持续推进) as the 统计表 a 牵头单位 returns: title merged,
    a 填报单位 / 截至 row, 责任单位 over 牵头单位 / 配合单位, 整改完成情况 over 进展情况 / 整改状态 (the
    published wording), a date cell, the 填报人 / 审核人 / 联系电话 / 填报日期 row in separate cells.
    The four rows and their units are ours."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "统计表"
    upper = ["序号", "整改任务", "责任单位", None, "整改时限", "整改完成情况", None]
    lower = [None, None, "牵头单位", "配合单位", None, "进展情况", "整改状态"]
    sheet.append(["天津市中央环境保护督察反馈意见整改落实情况统计表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
    sheet.append(["填报单位：（盖章）", None, None, None, None, "截至2018年8月底"])
    _merged_header(sheet, 3, upper, lower)
    for row in (
        [
            1.0,
            "部分区、部门对环境保护工作认识不到位，压力传导层层递减。",
            "市委组织部",
            "市环保局、各区党委和政府",
            "长期坚持",
            "已将生态环境保护纳入各区和市级部门领导班子绩效考核。",
            "已完成并长期坚持",
        ],
        [
            2.0,
            "“散乱污”企业整治不彻底，部分区域死灰复燃。",
            "市工业和信息化委",
            "市环保局、市市场监管委",
            "2017年12月底前",
            "已完成“散乱污”企业分类整治，建立动态清零机制。",
            "已完成并长期坚持",
        ],
        [
            3.0,
            "部分河道水质超标，入河排污口整治滞后。",
            "市水务局",
            "市环保局",
            "2020年12月底前",
            "已完成入河排污口排查，整治工作按计划推进。",
            "按序时进度持续推进",
        ],
        [
            4.0,
            "北大港湿地自然保护区内违规建设项目清理不到位。",
            "滨海新区人民政府",
            "市规划局、市国土房管局",
            datetime.datetime(2019, 12, 31),
            "已拆除保护区内违规建筑12处，剩余项目正在清理。",
            "按序时进度持续推进",
        ],
    ):
        sheet.append(row)
    sheet.cell(row=sheet.max_row, column=5).number_format = 'yyyy"年"m"月"d"日"'
    sheet.append(["填报人：", None, "审核人：", None, "联系电话：", None, "填报日期：2018年9月5日"])
    return _book_bytes(book)


def _wansheng_task_completion_table() -> bytes:
    """万盛经开区 (重庆) 第三轮中央生态环境保护督察整改 (2025-07-24: 矿井涌水直排 已完成; 园区环境基础设施
    管理有差距 整改时限2025年12月底, 进度约90%) as the 整改任务完成情况一览表: 责任领导 (a person) next
    to 责任单位, 是否完成 是/否, the unit and leader of rows 3-4 one cell merged down, the 填报单位 /
    填报人 / 审核人 / 联系电话 / 填报日期 line under the table. Rows 3-4, units, leaders ours."""
    document = docx.Document()
    for line in ("附件", "万盛经开区落实第三轮中央生态环境保护督察整改任务完成情况一览表"):
        document.add_paragraph(line)
    table = _ruled_table(
        document,
        ["序号", "整改任务", "责任单位", "责任领导", "整改时限", "完成情况", "是否完成"],
        [
            [
                "1",
                "部分煤矿矿井涌水未经处理长期直排。",
                "万盛经开区生态环境局",
                "陈某",
                "2025年6月底",
                "对南桐煤矿、红岩煤矿废水处理设施清淤、维修改造，建成碰头岩涌水点矿井涌水污水处理厂1座，排口污水监测达标。",
                "是",
            ],
            [
                "2",
                "园区环境基础设施管理有差距。",
                "万盛经开区经济发展局",
                "张某",
                "2025年12月底",
                "已完成一般工业固废倒库，正在重新铺设1#、3#库防渗膜，总体进度约90%。",
                "否",
            ],
            [
                "3",
                "部分城镇生活污水管网覆盖不全，雨污混流。",
                "万盛经开区住房和城乡建设局",
                "刘某",
                "2025年6月底",
                "完成城区管网改造8.2公里，新增污水收集能力每日3000吨。",
                "是",
            ],
            [
                "4",
                "部分老旧小区化粪池渗漏，污水外溢。",
                "",
                "",
                "2025年12月底",
                "已完成排查，化粪池改造正在推进。",
                "否",
            ],
        ],
    )
    _merge_down(table, 2, 3, 4)
    _merge_down(table, 3, 3, 4)
    document.add_paragraph(
        "填报单位：万盛经开区生态环境保护督察整改工作领导小组办公室　　填报人：　　审核人：　　联系电话：　　"
        "填报日期：2025年7月20日"
    )
    return _save(document)


def _xianning_lookback_table() -> bytes:
    """咸宁市 (湖北) 中央环保督察及“回头看”反馈意见整改情况 (2020-12-28): group rows 一、第一轮中央环保督察
    反馈意见 / 二、…“回头看”反馈意见, problems numbered （一）（二） restarting in each group, 整改目标
    and 整改情况 as published (paraphrased) for the first two; 完成情况 已完成 / 基本完成 / 正在推进.
    The unit column and the third problem are ours."""
    return _grid_docx(
        ["咸宁市中央环保督察及“回头看”反馈意见整改落实情况一览表"],
        ["序号", "反馈问题", "整改目标", "责任单位", "整改情况", "完成情况"],
        [
            "一、第一轮中央环保督察反馈意见",
            [
                "（一）",
                "生态环保执法力量不足，推进供给侧结构性改革的倒逼作用不明显。",
                "配合省以下环保机构监测监察执法垂直管理改革，全市生态环保执法力量显著增强。",
                "市生态环境局、市委编办",
                "出台综合执法支队职能配置、内设机构和人员编制规定，各级执法队伍已按新机构运行。",
                "已完成",
            ],
            [
                "（二）",
                "湖北省2014年和2015年大气污染防治目标没有达到国家考核要求，2016年虽完成了国家考核目标，"
                "但没有一个城市达到国家二级空气质量标准。主要湖库水质2014年、2015年持续下降。",
                "确保完成全省大气环境质量年度考核目标任务，斧头湖等重要湖泊水质明显改善。",
                "市生态环境局",
                "2020年PM10累计浓度均值49μg/m3，PM2.5累计浓度均值30μg/m3，优良天数比例为94%，均超过省定目标。",
                "基本完成",
            ],
            "二、中央环保督察“回头看”反馈意见",
            [
                "（一）",
                "部分县（市、区）城镇污水处理厂配套管网建设滞后，污水收集率偏低。",
                "城镇生活污水集中收集率明显提高。",
                "市住房和城乡建设局",
                "新建改造污水管网46公里，赤壁市、嘉鱼县管网工程正在施工。",
                "正在推进",
            ],
        ],
    )


def _jingmen_open_list_xlsx() -> bytes:
    """荆门市 (湖北) 中央生态环境保护督察“回头看”边督边改公开情况一览表（十八） (截止11月26日10:00 交办
    信访件98件; 钟祥市46件 …; 胡集镇化工厂废气 among the 重点关注件; 2018): title and count rows merged
    across, 交办问题基本情况 / 行政区域 / 污染类型 / 调查核实情况 / 是否属实 / 处理和整改情况 / 责任单位 /
    是否办结 / 问责情况, the note row under the table. The cases after the first and all texts ours."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "公开情况一览表"
    header = [
        "序号",
        "受理编号",
        "交办问题基本情况",
        "行政区域",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "责任单位",
        "是否办结",
        "问责情况",
    ]
    width = len(header)
    sheet.append(["中央生态环境保护督察“回头看”荆门市边督边改公开情况一览表（十八）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(["截止11月26日10:00，我市共接到中央生态环境保护督察第四组交办信访件98件。"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append(header)
    for row in (
        [
            1,
            "X420000201811240021",
            "反映钟祥市胡集镇集镇中心多家化工厂废气污染严重。",
            "钟祥市",
            "大气",
            "经查，胡集镇集镇中心现有化工企业3家，其中2家废气收集处理设施运行不正常。",
            "部分属实",
            "已责令2家企业停产整改，对超标排放行为立案查处，整改完成后经监测达标。",
            "钟祥市人民政府",
            "是",
            "约谈企业负责人2人",
        ],
        [
            2,
            "D420000201811250033",
            "反映沙洋县某养殖场粪污直排汉江支流。",
            "沙洋县",
            "水",
            "经查，该养殖场雨污分流设施破损，雨天粪污随雨水外溢。",
            "属实",
            "已责令养殖场停止排污并清运粪污，沼液储存池正在建设。",
            "沙洋县人民政府",
            "阶段性办结",
            "对村干部诫勉谈话1人",
        ],
        [
            3,
            "X420000201811250057",
            "反映东宝区某石材加工厂夜间噪声扰民。",
            "东宝区",
            "噪声",
            "经查，该石材加工厂已于2018年9月关闭，现场无生产活动。",
            "不属实",
            "已向投诉人反馈核查结果。",
            "东宝区人民政府",
            "是",
            "无",
        ],
    ):
        sheet.append(row)
    sheet.append(
        [
            "注：本次公示内容为中央生态环境保护督察第四组交办问题（十八）最新办理情况，前期办理情况见之前公示内容。"
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    return _book_bytes(book)


def _rongchang_completion_xlsx() -> bytes:
    """荣昌区 (重庆) 26个未完成整改的环境突出问题 (2016-11 专题会: 15个牵头部门和32个协办单位, 完成时限按
    难易程度分三个阶段, 督查组每周汇总通报) as the weekly 整改完成情况统计表: 填报单位 / 填报日期 row,
    整改责任 over 牵头部门 / 协办单位, 整改情况 over 整改进展 / 整改状态 (已完成 / 基本完成 / 正在推进),
    group rows by stage carrying the stage's date, the 填报人 row. Rows and units ours."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "统计表"
    upper = ["序号", "问题名称", "整改责任", None, "完成时限", "整改情况", None]
    lower = [None, None, "牵头部门", "协办单位", None, "整改进展", "整改状态"]
    width = len(upper)
    sheet.append(["荣昌区环境突出问题整改完成情况统计表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(["填报单位：荣昌区环境保护局", None, None, None, "填报日期：2016年11月28日"])
    _merged_header(sheet, 3, upper, lower)
    for row in (
        "第一阶段（2016年12月底前完成）",
        [
            1,
            "濑溪河部分河段水质超标，沿岸生活污水直排。",
            "区水务局",
            "区环保局、昌元街道办事处",
            datetime.datetime(2016, 12, 31),
            "已完成沿岸截污管网建设，直排口全部封堵。",
            "已完成",
        ],
        [
            2,
            "城区部分餐饮油烟直排，群众反映强烈。",
            "区城市管理局",
            "区环保局、区市场监管局",
            datetime.datetime(2016, 12, 31),
            "已安装油烟净化设施136户，剩余8户正在安装。",
            "基本完成",
        ],
        "第二阶段（2017年6月底前完成）",
        [
            3,
            "部分规模养殖场粪污处理设施不完善。",
            "区畜牧兽医局",
            "区环保局、各镇人民政府",
            datetime.datetime(2017, 6, 30),
            "已完成设施改造23家，剩余9家正在推进。",
            "正在推进",
        ],
    ):
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width
            )
        else:
            sheet.append(row)
            sheet.cell(row=sheet.max_row, column=5).number_format = "yyyy-mm-dd"
    sheet.append(["填报人：", None, "审核人：", None, "联系电话：023-46733166"])
    return _book_bytes(book)


DOCUMENTS["huzhou_2025_completion_table"] = (
    "省委督察反馈问题整改完成情况公示.docx",
    _huzhou_completion_table,
)
DOCUMENTS["huangshi_2022_progress_pdf"] = ("反馈意见整改进展情况表.pdf", _huangshi_progress_pdf)
DOCUMENTS["tianjin_2018_progress_xlsx"] = ("整改落实情况统计表.xlsx", _tianjin_progress_xlsx)
DOCUMENTS["wansheng_2025_task_completion_table"] = (
    "整改任务完成情况一览表.docx",
    _wansheng_task_completion_table,
)
DOCUMENTS["xianning_2020_lookback_table"] = ("反馈意见整改落实情况一览表.docx", _xianning_lookback_table)
DOCUMENTS["jingmen_2018_open_list_xlsx"] = ("边督边改公开情况一览表.xlsx", _jingmen_open_list_xlsx)
DOCUMENTS["rongchang_2016_completion_xlsx"] = (
    "环境突出问题整改完成情况统计表.xlsx",
    _rongchang_completion_xlsx,
)
# The twenty-second blind set, for the figure recorded in docs/decisions.md (“Blind set 22”).
BLIND_22 = (
    "huzhou_2025_completion_table",
    "huangshi_2022_progress_pdf",
    "tianjin_2018_progress_xlsx",
    "wansheng_2025_task_completion_table",
    "xianning_2020_lookback_table",
    "jingmen_2018_open_list_xlsx",
    "rongchang_2016_completion_xlsx",
)
BLIND_SETS[22] = BLIND_22


def _yicheng_inspection_progress_pdf() -> bytes:
    """宜城市 (湖北 襄阳) 十二届省委第三轮巡视集中整改进展 (省委第十巡视组 2023-04-07 至 06-06, 反馈 07-26;
    205条整改措施; 一个问题一名以上牵头市领导、一个牵头单位和若干责任单位、一套整改措施, 逐个明确整改时限;
    整改销号) as the 集中整改进展情况台账 printed landscape: 牵头市领导 (a person) before 牵头单位 and
    责任单位, numbered measures in one cell, group rows, 整改状态 已完成 / 已完成阶段性目标，长期坚持 /
    正在推进, the 填报单位 / 填报日期 line. The rows, leaders, units and limits are ours."""
    from docx.enum.section import WD_ORIENT

    from tests.printed_pdf import printed

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for line in ("附件", "宜城市委落实省委第三轮巡视反馈意见集中整改进展情况台账"):
        document.add_paragraph(line)
    _ruled_table(
        document,
        [
            "序号",
            "问题",
            "牵头市领导",
            "牵头单位",
            "责任单位",
            "整改措施",
            "整改时限",
            "整改进展",
            "整改状态",
        ],
        [
            "一、贯彻落实党中央决策部署方面",
            [
                "1",
                "贯彻新发展理念不够到位，县域经济高质量发展动能不足。",
                "王某",
                "市发展和改革局",
                "市经济和信息化局、市科学技术局",
                "1.制定县域经济高质量发展三年行动方案；\n2.建立重点项目周调度机制。",
                "2023年12月底前",
                "三年行动方案已印发，重点项目周调度机制已建立运行。",
                "已完成",
            ],
            [
                "2",
                "生态环境保护责任落实不到位，汉江支流部分断面水质不稳定。",
                "赵某",
                "市生态环境局",
                "市水利和湖泊局、各镇（街道、管理区）",
                "1.开展入河排污口排查整治；\n2.落实河湖长巡河制度；\n3.建设水质自动监测站。",
                "立行立改、长期坚持",
                "已完成入河排污口排查，水质自动监测站正在建设。",
                "已完成阶段性目标，长期坚持",
            ],
            "二、群众身边腐败问题和不正之风方面",
            [
                "3",
                "部分村级集体“三资”管理不规范，账目公开不及时。",
                "李某",
                "市农业农村局",
                "各镇（街道、管理区）",
                "1.开展村级“三资”清理；\n2.推行村务公开“一月一公示”。",
                "2024年6月底前",
                "已完成152个村“三资”清理。",
                "正在推进",
            ],
            [
                "4",
                "部分单位公务接待超标准，审批手续不全。",
                "李某",
                "市财政局",
                "市直各单位",
                "1.开展公务接待专项检查；\n2.修订公务接待管理办法。",
                "2023年9月底前",
                "专项检查已完成，违规资金已退缴；管理办法已修订印发。",
                "已完成",
            ],
        ],
    )
    document.add_paragraph("填报单位：宜城市委巡视整改工作领导小组办公室　　　　填报日期：2023年10月25日")
    return printed(_save(document))


DOCUMENTS["yicheng_2023_inspection_progress_pdf"] = (
    "集中整改进展情况台账.pdf",
    _yicheng_inspection_progress_pdf,
)
BLIND_22 = (*BLIND_22, "yicheng_2023_inspection_progress_pdf")  # found after the fixes
BLIND_SETS[22] = BLIND_22
# --- blind set 24 (issue 14, branch corpus-blind24) -----------------------------------------------
# The soil and mining side: closure notices and lists about tailings ponds, abandoned mines and
# heavy-metal pollution, from places new to the corpus (湖南 怀化, 贵州 黔南, 辽宁 沈阳, 云南 临沧,
# 广西 河池). The 鹤城, 浑南 and 沧源 documents are .txt files picked up above.


def _hongjiang_tailings_form() -> bytes:
    """洪江市自然资源局's 销号公示 (2025-08-25) as a two-column Word form: label cells broken by a
    line (反馈\\n问题), a 拟何时销号 row left empty, the 意见反馈渠道 row last."""
    document = docx.Document()
    document.add_paragraph("洪江市第二轮中央生态环境保护督察反馈问题整改销号公示")
    document.add_paragraph("发布时间：2025-08-25 11:06 信息来源：洪江市自然资源局")
    rows = [
        (
            "反馈\n问题",
            "第二轮中央生态环保督察反馈的洪江市宏亮碳质板岩开采有限公司生态环境问题应于2022年12月31日前整改到位，"
            "但督察发现开采区复绿标准不高，部分边坡未修复，尾矿库防洪沟积水pH值为3.12，总镉0.483毫克/升，超标准限值近4倍。",
        ),
        ("整改\n目标", "加快推进宏亮碳质板岩开采有限公司矿区开采区和边坡治理，有效管控生态环境风险。"),
        (
            "整改\n措施",
            "持续推进宏亮碳质板岩有限公司污染风险管控项目再提质。采取“自然恢复为主、人工辅助修复”的方式开展边坡治理，"
            "2024年12月底前完成边坡坡底、坡顶的爬藤植物栽植，并加强后期管护；对尾矿库防洪沟进行修整，确保排水畅通；"
            "持续加强污水处理设施运营管理，确保矿区重金属污染风险得到有效管控。",
        ),
        (
            "整改完成情况",
            "一是对边坡栽植攀爬植物并自然恢复，开采区、边坡复绿效果良好。二是清理防洪沟并平整坡度，多次清淤，"
            "暴雨后场内无积水。三是渗滤液处理站交由洪江市稻沅水务有限公司运行，外排水pH值为7.7，总镉0.00281毫克/升，达到综合排放标准。",
        ),
        ("验收销号意见", "通过整改，已达到整改目标，可以销号。"),
        ("拟何时销号", ""),
        (
            "意见反馈渠道",
            "自公示之日起5个工作日内受理反馈意见，反馈电话：15274549201，邮箱：3893607092@qq.com。",
        ),
    ]
    return _form_table(document, rows)


def _guizhou_task58_form() -> bytes:
    """贵州省生态环境厅's 公示 (2024-09-18) with its attachment 第五十八项整改任务完成情况表: the
    task number inside the 整改任务 cell, the time limit in brackets in 整改目标, numbered measures
    one a paragraph, the label 整改主要工作 及成效 broken over two lines."""
    document = docx.Document()
    for line in (
        "第二轮中央生态环境保护督察第五十八项整改任务已整改完成并通过验收，拟按程序实施销号。根据《贵州省生态环境保护督察整改工作实施办法》要求，"
        "现将有关问题整改情况予以公示，公示期为2024年9月18日至9月30日。公示期间如有异议，请向省生态环境厅反映。"
        "联系电话：0851-85822816；地址：贵阳市南明区遵义路59号。",
        "附件：中央生态环境保护督察第五十八项整改任务完成情况表",
        "省生态环境厅",
        "2024年9月18日",
        "附件",
        "中央生态环境保护督察第五十八项整改任务",
        "完成情况表",
    ):
        document.add_paragraph(line)
    rows = [
        (
            "整改任务",
            "《贵州省中央生态环境保护督察整改任务清单》第五十八项整改任务：黔南州2015年发现并指出都匀市杨柳街河被无主煤矿矿井涌水污染问题，"
            "当地落实责任不积极不主动，多次开会研究均未拿出实质性举措，污染问题至今没有解决。",
        ),
        ("整改责任单位", "黔南州党委、州政府"),
        ("整改目标", "煤矿废水经收集处理后达标排放（整改时限：2023年12月31日前）。"),
        (
            "整改措施",
            "1.新建7000吨/天矿井废水处理设施及配套管网，全面收集煤矿废水。\n"
            "2.完成7000吨/天矿井废水处理设施的调试验收并投入运行，统一收集处理张家山、菠萝冲片区煤矿废水。\n"
            "3.处理设施建成前，将张家山煤矿废水引入菠萝冲矿井水处理实验项目（2000吨/天）处理，确保在建期间达标排放。\n"
            "4.实施杨柳街河河道治理修复工程，开展岸坡整治及河底清理。",
        ),
        (
            "整改主要工作\n及成效",
            "1.已完成7000吨/天矿井废水处理设施和配套2.9公里收集管网建设。\n"
            "2.处理设施已调试运行，煤矿废水经收集处理后达标排放。\n"
            "3.设施建成前张家山煤矿废水已引入菠萝冲矿井水处理实验项目处理。",
        ),
    ]
    return _form_table(document, rows)


def _luocheng_heavy_metal_xlsx() -> bytes:
    """罗城仫佬族自治县 (广西 河池) 涉重金属环境安全隐患排查整治 as the county's problem list: each
    problem with 包保领导, 责任单位 and 具体责任人 (people), an enterprise merged down over its
    problems, a 填报单位 row and a 填表人 row. The report gives the count (77 problems) and the two
    enterprises' problems; the rows' measures, people, limits and progress are ours."""
    import openpyxl

    header = [
        "序号",
        "企业名称",
        "所在乡镇",
        "存在问题",
        "整改措施",
        "包保领导",
        "责任单位",
        "具体责任人",
        "整改时限",
        "整改进展",
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "问题清单"
    sheet.append(["罗城仫佬族自治县涉重金属环境安全隐患排查整治问题清单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(
        [
            "填报单位：县涉重金属环境安全隐患排查整治工作专班",
            None,
            None,
            None,
            None,
            None,
            None,
            "截至2025年9月30日",
        ]
    )
    sheet.append(header)
    rows = [
        [
            1,
            "罗城县一洞锡矿",
            "宝坛乡",
            "矿区雨污分流设施缺失，初期雨水未收集处理。",
            "1.新建雨污分流管网；\n2.建设初期雨水收集池。",
            "覃某（副县长）",
            "河池市罗城生态环境局",
            "莫某",
            "2025年9月30日",
            "已完成整改",
        ],
        [
            2,
            None,
            "宝坛乡",
            "污水处理设施处理能力滞后，不能满足生产废水处理需要。",
            "1.污水处理站扩容；\n2.加装在线监测设备。",
            "覃某（副县长）",
            "河池市罗城生态环境局、县工业和信息化局",
            "莫某",
            "2025年12月31日",
            "扩容工程正在施工",
        ],
        [
            3,
            "广西华泰矿业有限公司",
            "宝坛乡",
            "尾矿库渗滤液收集池容积不足。",
            "1.收集池扩容并做防渗处理。",
            "吴某（副县长）",
            "县应急管理局",
            "韦某",
            "2025年10月31日",
            "已完成整改",
        ],
        [
            4,
            None,
            "宝坛乡",
            "废石堆场防扬散、防流失、防渗漏“三防”措施缺失。",
            "1.废石资源化利用；\n2.建设挡渣墙、截排水沟；\n3.建立设备定期维护保养和厂区日常巡检制度。",
            "吴某（副县长）",
            "县自然资源局",
            "韦某",
            "立行立改",
            "废石已外运利用60%",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
    sheet.merge_cells(start_row=6, start_column=2, end_row=7, end_column=2)
    sheet.append(["填表人：", None, None, "审核人：", None, None, "联系电话：0778-8212345"])
    return _book_bytes(book)


DOCUMENTS["hongjiang_2025_tailings_form"] = ("整改销号公示.docx", _hongjiang_tailings_form)
DOCUMENTS["guizhou_2024_task58_form"] = ("第五十八项整改任务完成情况表.docx", _guizhou_task58_form)
DOCUMENTS["luocheng_2025_heavy_metal_xlsx"] = (
    "涉重金属环境安全隐患排查整治问题清单.xlsx",
    _luocheng_heavy_metal_xlsx,
)
# The twenty-fourth blind set, for the figure recorded in docs/decisions.md (“Blind set 24”).
BLIND_24 = (
    "hecheng_2025_mines_notice",
    "hongjiang_2025_tailings_form",
    "guizhou_2024_task58_form",
    "hunnan_2022_heavy_metal_notice",
    "cangyuan_2025_mines_report",
    "luocheng_2025_heavy_metal_xlsx",
)
BLIND_SETS[24] = BLIND_24

# --- blind set 21 (issue 14, branch corpus-blind21) -----------------------------------------------
# Assignment and supervision sheets (交办函, 交办单, 交办问题清单, 督办通知, 任务分工表, a 人大执法检查
# 发现问题交办清单) written with their expected JSON BEFORE the reader was run on them (docs/decisions.md,
# “Blind set 21”). Sources in SOURCES.md, table “Blind set 21”; the 湘乡 督办通知 is a .txt picked up above.


def _xiangtan_assignment_letter_form() -> bytes:
    """湘潭市 (湖南) 环保交办函 issued by the city to seven departments at the 上半年环保工作调度督办会
    (6月26日): a four-column form, 交办单位 | X | 承办单位 | Y, the matter spanning three cells, the
    配合单位 separated by spaces, a label with spaces between its characters. Cells ours."""
    return _four_column_form(
        ["湘潭市人民政府环保工作交办函", "（市长签发，请承办单位主要负责人亲自督办）"],
        [
            ("交办单位", "湘潭市人民政府", "承办单位", "湘潭市住房和城乡建设局"),
            ("交办时间", "2018年6月26日", "办结时限", "2018年12月31日前"),
            ("交办事项", "城区黑臭水体整治进度滞后，部分排口旱季仍有污水直排湘江支流。"),
            (
                "整改措施",
                "1.制定整治实施方案，倒排工期，明确每个排口的时间节点；\n"
                "2.完成沿线截污干管建设和雨污分流改造；\n"
                "3.每月25日前向市环保督察整改办报送进展情况。",
            ),
            ("督办领导", "副市长", "配 合 单 位", "市城管执法局 岳塘区人民政府 雨湖区人民政府"),
            ("备注", "未按时完成的，按规定追究承办单位主要负责人责任。"),
        ],
        ["湘潭市人民政府办公室", "2018年6月26日"],
    )


def _zhangjiakou_assignment_list_xlsx() -> bytes:
    """张家口市 (河北) 中央环保督察“回头看”交办问题整改清单 (第四批): a merged title, the 填报单位 and
    date row, the list with text dates (2018.6.30) and one date cell, 配合单位 separated by spaces,
    立行立改、长期坚持, 办理情况 已办结 / 正在办理. Counties as published; rows ours."""
    import datetime

    header = [
        "序号",
        "交办编号",
        "县区",
        "问题描述",
        "污染类型",
        "责任单位",
        "配合单位",
        "整改时限",
        "办理情况",
    ]
    book, sheet = _titled_sheet("第四批", "中央环境保护督察“回头看”交办问题整改清单（第四批）", header)
    sheet.insert_rows(2)
    sheet["A2"] = "填报单位：张家口市环境保护督察整改工作领导小组办公室"
    sheet["G2"] = "2018年6月11日"
    rows = [
        [
            1,
            "X130000201806040012",
            "沽源县",
            "小厂镇一处养殖场粪污未经处理直排，周边沟渠发黑发臭。",
            "水",
            "沽源县人民政府",
            "沽源县环保局 沽源县畜牧水产局",
            "2018.6.30",
            "正在办理",
        ],
        [
            2,
            "X130000201806050027",
            "宣化区",
            "一石料加工厂露天作业，无抑尘措施，扬尘污染严重。",
            "大气",
            "宣化区人民政府",
            "宣化区环保分局、宣化区国土资源分局",
            datetime.datetime(2018, 7, 15),
            "已办结",
        ],
        [
            3,
            "D130000201806060009",
            "下花园区",
            "城区一建筑工地夜间施工，噪声扰民。",
            "噪声",
            "下花园区人民政府",
            "",
            "立行立改、长期坚持",
            "已办结",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.cell(row=5, column=8).number_format = "yyyy/m/d"
    return _book_bytes(book)


def _wujiang_assignment_form() -> bytes:
    """吴江区 (江苏 苏州) 中央环保督察“回头看”交办问题整改交办单, from the 整改销号 meeting of
    2018-09-26 (责任主体, 整改时限, 一案一档): a two-column form whose labels have spaces between their
    characters, measures as 一是…二是…三是, 配合单位 separated by two spaces. Cells ours."""
    return _two_column_form(
        ["中央环保督察“回头看”交办问题整改交办单"],
        [
            ("序    号", "17"),
            ("交 办 问 题", "松陵镇一印染企业定型机废气收集不到位，周边居民反映异味扰民。"),
            ("责 任 单 位", "松陵镇人民政府"),
            ("配 合 单 位", "苏州市吴江生态环境局  吴江区市场监督管理局"),
            ("整 改 时 限", "2018年10月31日前"),
            (
                "整 改 措 施",
                "一是责令企业对定型机废气收集系统进行密闭改造；二是安装废气在线监测设备并联网；"
                "三是组织对周边敏感点开展异味监测，公开监测结果。",
            ),
            ("整 改 情 况", "正在整改"),
            ("交 办 单 位", "吴江区生态文明建设工作领导小组办公室（盖章）  2018年9月26日"),
        ],
        ["注：整改完成后5个工作日内报送销号材料，做到一案一档。"],
    )


def _huangshi_task_division_table() -> bytes:
    """黄石市 (湖北) 贯彻落实第一轮省生态环境保护督察“回头看”反馈意见 整改任务分工表 (省第二生态环境
    保护督察组 2020-12-21 至 30, 反馈 2021-05-08; 4个方面34项): a ruled Word table with group rows,
    完成时限 as 2022.6.30 / 2023年12月31日前 / 长期坚持, units separated by 、 ， and spaces. Rows ours."""
    return _grid_docx(
        ["附件1", "黄石市贯彻落实第一轮省生态环境保护督察“回头看”反馈意见整改任务分工表"],
        ["序号", "整改任务", "整改措施", "牵头单位", "配合单位", "完成时限"],
        [
            "一、大气污染防治方面",
            [
                "1",
                "中心城区餐饮油烟治理不到位，部分餐饮单位未安装油烟净化设施。",
                "1.开展餐饮油烟专项整治，建立餐饮单位台账。\n2.督促餐饮单位安装并正常运行油烟净化设施。",
                "市城管执法委",
                "市生态环境局、市市场监管局，黄石港区人民政府、下陆区人民政府",
                "2022.6.30",
            ],
            "二、水污染防治方面",
            [
                "2",
                "大冶湖部分入湖支流水质不能稳定达标。",
                "1.排查入湖支流沿线排口。\n2.实施支流截污和生态补水。\n3.加密断面监测，每月通报。",
                "大冶市人民政府",
                "市生态环境局 市水利和湖泊局",
                "2023年12月31日前",
            ],
            "三、生态保护方面",
            [
                "3",
                "部分废弃矿山生态修复进度滞后。",
                "按“一矿一策”推进废弃矿山治理，落实修复资金和管护责任。",
                "市自然资源和规划局",
                "阳新县人民政府、大冶市人民政府、下陆区人民政府",
                "长期坚持",
            ],
        ],
    )


def _yiyang_action_plan_pdf() -> bytes:
    """益阳市 (湖南) 污染防治攻坚战2020年工作方案 (市生态环境保护委员会, 2020-03-11; PM2.5 38μg/m3以下,
    优良率84%以上): the targets as published, then the 附件 重点任务分工表 printed to PDF with 牵头单位 /
    配合单位 / 完成时限; the tasks and units ours."""
    return _pdf_table(
        [
            "益阳市污染防治攻坚战2020年度工作方案",
            "一、年度工作目标",
            "到2020年底，全市PM2.5年均浓度达到38μg/m3以下，城市环境空气质量优良率达到84%以上。",
            "附件",
            "益阳市污染防治攻坚战2020年度重点任务分工表",
        ],
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [
            [
                "1",
                "完成中心城区建成区燃煤小锅炉淘汰。",
                "市生态环境局",
                "市工信局、市市场监管局",
                "2020年6月底前",
            ],
            [
                "2",
                "推进大通湖水环境综合治理，确保大通湖水质达到Ⅳ类。",
                "大通湖区管委会",
                "市水利局、市农业农村局",
                "2020年12月底前",
            ],
            [
                "3",
                "完成受污染耕地安全利用和严格管控4.48万亩。",
                "市农业农村局",
                "各区县（市）人民政府",
                "2020年11月30日前",
            ],
            ["4", "加强建筑工地扬尘管控，落实“六个100%”。", "市住建局", "市城管执法局", "长期坚持"],
        ],
        widths=(12, 110, 40, 60, 35),
    )


def _anqing_npc_inspection_table() -> bytes:
    """安庆市 (安徽), one of the six cities of the 省人大常委会 大气污染防治法律法规执法检查 (7月上旬至8月
    中旬, 5个检查组): the 执法检查发现问题交办清单 as a Word table whose header labels have spaces
    between their characters, 办理时限 as 2019年11月30日前 / 2020.3.31 / 长期坚持. Rows and year ours."""
    return _table_docx(
        [
            "安庆市人大常委会办公室",
            "关于交办大气污染防治法律法规执法检查发现问题的函",
            "市人民政府：",
            "现将执法检查中发现的问题交办如下，请督促责任单位认真整改，并于规定时限内书面报告办理情况。",
            "附件：执法检查发现问题交办清单",
        ],
        ["序号", "存 在 问 题", "整 改 建 议", "责 任 单 位", "办 理 时 限"],
        [
            [
                "1",
                "部分建筑工地未落实围挡、覆盖、冲洗等扬尘防治措施。",
                "开展建筑工地扬尘专项检查，对不落实措施的依法处罚。",
                "市住房城乡建设局",
                "2019年11月30日前",
            ],
            [
                "2",
                "城区重型柴油货车尾气抽检覆盖率低。",
                "增加路检路查频次，建立超标车辆复检制度。",
                "市生态环境局、市公安局交警支队",
                "2020.3.31",
            ],
            [
                "3",
                "秸秆禁烧网格化监管责任落实不到位。",
                "压实乡镇网格员责任，推进秸秆综合利用。",
                "市农业农村局 各县（市、区）人民政府",
                "长期坚持",
            ],
        ],
        after=["安庆市人大常委会办公室", "2019年9月10日"],
    )


DOCUMENTS["xiangtan_2018_assignment_letter_form"] = ("环保工作交办函.docx", _xiangtan_assignment_letter_form)
DOCUMENTS["zhangjiakou_2018_assignment_list_xlsx"] = (
    "交办问题整改清单（第四批）.xlsx",
    _zhangjiakou_assignment_list_xlsx,
)
DOCUMENTS["wujiang_2018_assignment_form"] = ("交办问题整改交办单.docx", _wujiang_assignment_form)
DOCUMENTS["huangshi_2021_task_division_table"] = ("整改任务分工表.docx", _huangshi_task_division_table)
DOCUMENTS["yiyang_2020_action_plan_pdf"] = ("污染防治攻坚战2020年度工作方案.pdf", _yiyang_action_plan_pdf)
DOCUMENTS["anqing_2019_npc_inspection_table"] = (
    "执法检查发现问题交办清单.docx",
    _anqing_npc_inspection_table,
)


def _xianning_assignment_table() -> bytes:
    """咸宁市 (湖北) 环境保护督察反馈问题整改交办表 (湖北省第三环境保护督察组 2018-04-14 至 05-06, 反馈
    2018-06-22; 30个工作日内报送整改方案): a ruled Word table whose header labels have spaces (some
    full-width) between their characters, 编号 XN-01, units separated by ； or a full-width space,
    整改时限 “2018年12月底前完成，长期坚持” and 2018.10.31, 整改要求 inline “1.…；2.…”. Rows ours."""
    return _grid_docx(
        [
            "附件2",
            "咸宁市环境保护督察反馈问题整改交办表",
            "交办单位：咸宁市环境保护督察整改工作领导小组办公室　　　　交办日期：2018年7月20日",
        ],
        ["编 号", "交 办 问 题", "牵　头　单　位", "配　合　单　位", "整 改 时 限", "整 改 要 求"],
        [
            [
                "XN-01",
                "淦河城区段部分排口雨污混流，旱季有污水排出。",
                "咸安区人民政府",
                "市住建委；市环保局；市水务局",
                "2018年12月底前完成，长期坚持",
                "立即开展排口溯源，实施雨污分流改造。",
            ],
            [
                "XN-02",
                "赤壁市部分砂石码头未落实扬尘防治措施。",
                "赤壁市人民政府",
                "市交通运输局　市港航局",
                "2018.10.31",
                "1.码头料堆全部覆盖；2.配套建设喷淋抑尘设施。",
            ],
            [
                "XN-03",
                "嘉鱼县一化工园区危险废物贮存不规范。",
                "嘉鱼县人民政府",
                "",
                "立行立改",
                "规范危险废物贮存场所，建立管理台账。",
            ],
        ],
    )


DOCUMENTS["xianning_2018_assignment_table"] = (
    "环境保护督察反馈问题整改交办表.docx",
    _xianning_assignment_table,
)

# The twenty-first blind set, for the figure recorded in docs/decisions.md (“Blind set 21”).
BLIND_21 = (
    "xiangtan_2018_assignment_letter_form",
    "zhangjiakou_2018_assignment_list_xlsx",
    "wujiang_2018_assignment_form",
    "huangshi_2021_task_division_table",
    "yiyang_2020_action_plan_pdf",
    "anqing_2019_npc_inspection_table",
    "xiangxiang_2018_supervision_notice",
    # found after the fixes, written with its JSON before the fixed reader ran on it
    "xianning_2018_assignment_table",
)
BLIND_SETS[21] = BLIND_21

# --- blind set 29 (issue 14, branch corpus-blind29) -----------------------------------------------
# Task ledgers with awkward structure, written with their expected JSON BEFORE the reader ran on
# them (docs/decisions.md, “Blind set 29”; SOURCES.md “Blind set 29”): title rows above the header,
# two-row headers with merged cells, 序号 written 1-1 / 1-2 / 2-1, hidden columns, notes rows
# below, a 牵头单位 merged down over several rows, a Word table repeated header and split into two
# tables, landscape pages, a .csv whose merged cells came out blank. Occasions as published, the
# rows ours.


def _hunan_warning_film_tasks() -> bytes:
    """湖南省 2023年长江经济带生态环境警示片披露问题整改 (the province's meeting of 2024-03-01: each
    整改责任单位 to set 整改目标、整改措施、责任主体和时限要求, 清单化管理) as the task list attached to
    the notice: landscape, the header row repeated on each page, the 所在市州 and 牵头单位 of one city's
    two problems merged down, the list broken by the page into a 续表 with its own header. Rows ours."""
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    _landscape(document)
    _page_number_footer(document)
    for line in (
        "附件",
        "湖南省2023年长江经济带生态环境警示片披露问题整改任务清单",
        "（牵头单位负责制定具体整改方案并组织实施，配合单位按职责分工配合）",
    ):
        document.add_paragraph(line)
    header = ["序号", "所在市州", "披露问题", "整改目标", "整改措施", "牵头单位", "配合单位", "整改时限"]
    first = _ruled_table(
        document,
        header,
        [
            [
                "1",
                "",
                "岳阳市华容县一处砂石码头未按要求拆除，岸线生态修复不到位。",
                "码头设施全部拆除，岸线完成复绿。",
                "1.拆除码头设施及堆场；\n2.实施岸线生态修复并落实后期管护。",
                "",
                "省交通运输厅、省水利厅",
                "2024年6月底前",
            ],
            [
                "2",
                "",
                "岳阳市君山区部分农村生活污水收集处理设施建成后闲置。",
                "已建设施正常运行，出水稳定达标。",
                "1.逐一排查闲置设施；\n2.完善配套管网；\n3.落实第三方运维。",
                "",
                "省住房城乡建设厅、省生态环境厅",
                "2024年12月底前",
            ],
        ],
    )
    _repeat_header_row(first)
    first.cell(1, 1).text, first.cell(1, 5).text = "岳阳市", "岳阳市人民政府"
    _merge_down(first, 1, 1, 2)
    _merge_down(first, 5, 1, 2)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("续表")
    second = _ruled_table(
        document,
        header,
        [
            [
                "3",
                "常德市",
                "常德市澧县一工业园区污水处理厂超负荷运行，部分废水溢流。",
                "园区污水全收集、全处理。",
                "1.实施污水处理厂扩容改造；\n2.加强园区企业排水监管。",
                "常德市人民政府",
                "省生态环境厅",
                "2025年6月30日前",
            ],
        ],
    )
    _repeat_header_row(second)
    document.add_paragraph("注：整改时限为完成整改并报送销号材料的时间。")
    return _save(document)


DOCUMENTS["hunan_2024_warning_film_tasks"] = (
    "2023年长江经济带生态环境警示片披露问题整改任务清单.docx",
    _hunan_warning_film_tasks,
)


def _xiaogan_warning_film_ledger_xlsx() -> bytes:
    """孝感市 (湖北) 2020年长江经济带生态环境警示片披露问题 (生态环境部 2021-02-22 约谈: 汉川 擅自将部分湖泊
    水域调出保护范围致调出水域被填占; 整改方案 within 20 working days) kept as the monthly 整改台账: a
    title, an as-of row, a 填报单位 row, 责任单位 over 牵头单位 / 配合单位, a hidden 问题来源 column,
    group rows, 序号 1-1 / 1-2 / 2-1, the 牵头单位 merged down, notes rows under the table."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "整改台账"
    upper = [
        "序号",
        "问题来源",
        "问题描述",
        "整改目标",
        "整改措施",
        "责任单位",
        None,
        "整改时限",
        "整改进展",
        "完成情况",
    ]
    lower = [None, None, None, None, None, "牵头单位", "配合单位", None, None, None]
    width = len(upper)
    sheet.append(["孝感市2020年长江经济带生态环境警示片披露问题整改台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(["（截至2021年6月30日）"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append(["填报单位：孝感市生态环境保护委员会办公室"])
    sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=5)
    _merged_header(sheet, 4, upper, lower)
    rows = [
        "一、警示片披露问题",
        [
            "1-1",
            "2020年警示片",
            "汉川市擅自将部分湖泊水域调出保护范围，调出水域被填占。",
            "依法恢复湖泊保护范围。",
            "1.重新核定湖泊保护范围；\n2.依法查处填占湖泊行为；\n3.追究相关责任人责任。",
            "汉川市人民政府",
            "市自然资源和规划局、市水利和湖泊局",
            "2021年12月31日前",
            "已完成保护范围核定，查处工作正在推进。",
            "未完成",
        ],
        [
            "1-2",
            "2020年警示片",
            "被填占湖泊水域的恢复和生态修复工作推进缓慢。",
            "完成被填占水域生态修复。",
            "1.制定生态修复方案；\n2.分期实施退垸还湖。",
            None,
            "市水利和湖泊局",
            datetime.datetime(2022, 6, 30),
            "修复方案已编制完成。",
            "未完成",
        ],
        "二、举一反三排查问题",
        [
            "2-1",
            "自查",
            "全市湖泊保护名录管理不规范，部分湖泊保护范围未划定。",
            "湖泊保护范围全部划定。",
            "1.开展湖泊名录清理；\n2.完成保护范围划界并公告。",
            "市水利和湖泊局",
            "各县（市、区）人民政府",
            "立行立改，长期坚持",
            "已完成划界公告。",
            "已完成",
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width
            )
        else:
            sheet.append(row)
    # the 牵头单位 of 1-1 runs down over 1-2, as the office merged it
    sheet.merge_cells(start_row=7, start_column=6, end_row=8, end_column=6)
    sheet.cell(row=8, column=8).number_format = 'yyyy"年"m"月"d"日"'
    sheet.column_dimensions["B"].hidden = True
    sheet.append([])
    sheet.append(["注：1.“完成情况”填写“已完成”或“未完成”；"])
    sheet.append(["2.整改进展每月25日前更新，报市生态环境保护委员会办公室。"])
    return _book_bytes(book)


DOCUMENTS["xiaogan_2021_warning_film_ledger_xlsx"] = (
    "长江经济带生态环境警示片披露问题整改台账.xlsx",
    _xiaogan_warning_film_ledger_xlsx,
)


def _shangrao_warning_film_tasks_xls() -> bytes:
    """上饶市 (江西) 2020年长江经济带生态环境警示片 (生态环境部 2021-02-22 约谈: 市发改委整改督导走过场) as
    the 整改任务清单 saved as an old .xls: a title, a 编制单位 / date row, header cells broken inside
    (责任\\n领导, 完成\\n时限), 牵头单位 and 责任单位 columns, a hidden 内部编号 column, text dates
    2021.12.31 and 2021年底前, two notes rows. Rows ours."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("整改任务清单")
    header = [
        "序号",
        "内部编号",
        "问题名称",
        "整改目标",
        "整改措施",
        "责任\n领导",
        "牵头单位",
        "责任单位",
        "完成\n时限",
        "备注",
    ]
    width = len(header)
    sheet.write_merge(0, 0, 0, width - 1, "上饶市长江经济带生态环境警示片披露问题整改任务清单")
    sheet.write_merge(1, 1, 0, 5, "编制单位：上饶市推动长江经济带发展领导小组办公室")
    sheet.write_merge(1, 1, 6, width - 1, "2021年3月")
    for k, value in enumerate(header):
        sheet.write(2, k, value)
    rows = [
        [
            "1",
            "SR-2021-01",
            "市发展改革委对警示片披露问题整改督导走过场，整改工作流于形式。",
            "建立整改督导闭环机制，问题整改真实到位。",
            "1.对已销号问题逐一现场复核；\n2.建立整改督导台账；\n3.对督导不力的严肃问责。",
            "分管副市长",
            "市发展改革委",
            "市生态环境局",
            "2021年6月底前",
            "",
        ],
        [
            "2",
            "SR-2021-02",
            "信州区一处建筑垃圾消纳场侵占河道管理范围。",
            "清除侵占河道的建筑垃圾，恢复河道原貌。",
            "1.清运建筑垃圾；\n2.实施河岸生态修复。",
            "分管副市长",
            "信州区人民政府",
            "市水利局、市城管局",
            "2021.12.31",
            "",
        ],
        [
            "3",
            "SR-2021-03",
            "鄱阳县部分乡镇污水处理设施运行不正常。",
            "乡镇污水处理设施正常运行。",
            "1.完善配套管网；\n2.落实专业化运维。",
            "分管副市长",
            "鄱阳县人民政府",
            "市住建局",
            "2021年底前",
            "",
        ],
    ]
    for r, row in enumerate(rows, start=3):
        for k, value in enumerate(row):
            sheet.write(r, k, value)
    sheet.col(1).hidden = True
    r = 3 + len(rows)
    sheet.write_merge(
        r + 1, r + 1, 0, width - 1, "备注：1.牵头单位对整改工作负总责，责任单位按职责抓好落实；"
    )
    sheet.write_merge(r + 2, r + 2, 0, width - 1, "2.整改完成后由牵头单位提出销号申请。")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


DOCUMENTS["shangrao_2021_warning_film_tasks_xls"] = (
    "长江经济带生态环境警示片披露问题整改任务清单.xls",
    _shangrao_warning_film_tasks_xls,
)


def _nanchuan_tailings_tasks() -> bytes:
    """重庆市南川区 2020年长江经济带生态环境警示片 (生态环境部 2021-02-22 约谈: 尾矿库渗漏污染未得到彻底解决
    即上报整改销号) as the 整改任务清单: landscape, 牵头区领导 and 牵头单位 merged down over the two
    problems, group rows, the table split in two by the office (the second part without a header).
    Rows ours."""
    document = docx.Document()
    _landscape(document)
    for line in ("附件1", "南川区长江经济带生态环境警示片披露问题整改任务清单"):
        document.add_paragraph(line)
    header = ["序号", "问题清单", "整改目标", "整改措施", "牵头区领导", "牵头单位", "配合单位", "完成时限"]
    first = _ruled_table(
        document,
        header,
        [
            "一、长江经济带生态环境警示片披露问题",
            [
                "1",
                "南川区一尾矿库渗漏污染未得到彻底解决即上报整改销号。",
                "尾矿库渗滤液全收集、全处理，下游水质稳定达标。",
                "1.完善尾矿库防渗和截排水设施；\n2.建设渗滤液收集处理设施；\n3.重新组织整改验收。",
                "",
                "",
                "区应急局、区规划自然资源局",
                "2021年6月30日前",
            ],
            [
                "2",
                "尾矿库下游溪沟水质超标问题未得到有效解决。",
                "下游溪沟水质达到Ⅲ类标准。",
                "1.开展溪沟底泥清理；\n2.加密水质监测。",
                "",
                "",
                "区水利局",
                "2021年12月31日前",
            ],
        ],
    )
    first.cell(2, 4).text, first.cell(2, 5).text = "分管副区长", "区生态环境局"
    _merge_down(first, 4, 2, 3)
    _merge_down(first, 5, 2, 3)
    document.add_paragraph("")
    second = document.add_table(rows=0, cols=len(header))
    second.style = "Table Grid"
    group = second.add_row().cells
    group[0].merge(group[-1]).text = "二、举一反三排查整治问题"
    for cell, value in zip(
        second.add_row().cells,
        [
            "3",
            "全区其他尾矿库环境风险隐患排查整治不彻底。",
            "尾矿库环境风险隐患全部整治到位。",
            "1.开展尾矿库环境风险隐患全面排查；\n2.建立隐患清单并逐一销号。",
            "分管副区长",
            "区应急局",
            "区生态环境局、区经济信息委",
            "2021年9月底前，长期坚持",
        ],
        strict=True,
    ):
        cell.text = value
    return _save(document)


DOCUMENTS["nanchuan_2021_tailings_tasks"] = ("警示片披露问题整改任务清单.docx", _nanchuan_tailings_tasks)

DOCUMENTS["jingle_2020_npc_inspection_csv"] = (
    "汾河保护条例执法检查发现问题整改清单.csv",
    _fixture("jingle_2020_npc_inspection_csv.csv"),
)


def _shaanxi_lookback_progress_xlsx() -> bytes:
    """陕西省 中央生态环境保护督察“回头看” (中央第二督察组 2018-11-03 至 12-03, 反馈 2019-05-13; 截至2020年
    7月底 45个具体问题 39个已完成, 6个取得明显进展) as a 整改进展清单 workbook: a title, the as-of row,
    责任单位 over 牵头单位 / 配合单位, 整改进展 over 进展情况 / 是否完成 (是/否), the 牵头单位 merged down
    over two rows, group rows, 序号 stored as numbers, a notes row. Rows ours."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "进展清单"
    upper = ["序号", "反馈问题", "整改目标", "责任单位", None, "整改时限", "整改进展", None]
    lower = [None, None, None, "牵头单位", "配合单位", None, "进展情况", "是否完成"]
    width = len(upper)
    sheet.append(["陕西省中央生态环境保护督察“回头看”反馈意见整改进展清单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append([None, None, None, None, None, None, "截至2020年7月底"])
    sheet.merge_cells(start_row=2, start_column=7, end_row=2, end_column=8)
    _merged_header(sheet, 3, upper, lower)
    rows = [
        "一、思想认识和责任落实方面",
        [
            1,
            "一些领导干部绿色发展理念树得不牢，对督察整改抓得不紧。",
            "生态环境保护责任全面压实。",
            "省委办公厅、省政府办公厅",
            "省生态环境厅",
            "立行立改，长期坚持",
            "已纳入各级党委（党组）中心组学习内容，长期坚持。",
            "是",
        ],
        "二、大气和水污染防治方面",
        [
            2,
            "关中地区大气污染治理不力，秋冬季重污染天气频发。",
            "关中地区PM2.5平均浓度完成国家下达目标。",
            "省生态环境厅",
            "西安市人民政府、咸阳市人民政府、渭南市人民政府",
            "2020年底前",
            "重点行业深度治理持续推进，重污染天数同比减少。",
            "否",
        ],
        [
            3,
            "渭河部分支流水质未达到考核目标。",
            "渭河支流断面水质达到考核目标。",
            None,
            "省水利厅、省住房城乡建设厅",
            "2020年12月底前",
            "支流沿线污水处理厂提标改造已完成，断面水质达标。",
            "是",
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width
            )
        else:
            sheet.append(row)
    sheet.merge_cells(start_row=8, start_column=4, end_row=9, end_column=4)
    sheet.append(["注：45个具体问题中已完成39个，其余6个取得明显进展，本表列示部分问题。"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    return _book_bytes(book)


DOCUMENTS["shaanxi_2020_lookback_progress_xlsx"] = (
    "中央生态环境保护督察回头看反馈意见整改进展清单.xlsx",
    _shaanxi_lookback_progress_xlsx,
)


def _sichuan_lookback_progress_table() -> bytes:
    """四川省 中央生态环境保护督察“回头看”及沱江流域水污染防治专项督察反馈意见整改情况 (66项整改任务
    已完成37项, 其余29项加快推进; 移交信访问题3665个, 已整改3569个) as the landscape Word table of a
    progress report: a header over two rows (整改责任 over 牵头单位 / 配合单位), one problem merged down
    over its two measure rows (each with its own time limit and 配合单位), the header copied again as a
    row where the table ran over a page, a note in the last row. Rows ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "附件",
        "四川省中央生态环境保护督察“回头看”及沱江流域水污染防治专项督察反馈意见整改进展情况表",
    ):
        document.add_paragraph(line)
    upper = ["序号", "督察反馈问题", "整改措施", "整改时限", "整改责任", None, "整改进展"]
    lower = [None, None, None, None, "牵头单位", "配合单位", None]
    table = _two_row_header_table(
        document,
        upper,
        lower,
        [
            ["1", "", "1.开展支流总磷超标溯源排查。", "2020年6月底前", "", "省水利厅", ""],
            ["", "", "2.实施沿线畜禽养殖污染治理。", "2020年12月底前", "", "省农业农村厅", ""],
            ["序号", "督察反馈问题", "整改措施", "整改时限", "牵头单位", "配合单位", "整改进展"],
            [
                "2",
                "部分城市生活垃圾填埋场渗滤液处理能力不足。",
                "1.新建渗滤液处理设施；\n2.清理积存渗滤液。",
                "2020年底前",
                "省住房城乡建设厅",
                "省生态环境厅",
                "正在推进",
            ],
            [
                "3",
                "部分工业园区污水集中处理设施建设滞后。",
                "1.加快园区污水处理厂建设；\n2.完善园区配套管网。",
                "2021年6月底前",
                "省经济和信息化厅",
                "省生态环境厅",
                "已完成",
            ],
            "注：本表列示部分整改任务，66项整改任务已完成37项，其余29项正加快推进。",
        ],
    )
    for column, text in (
        (0, "1"),
        (1, "沱江流域部分支流总磷超标，水质改善不稳定。"),
        (4, "省生态环境厅"),
        (6, "已完成"),
    ):
        table.cell(2, column).merge(table.cell(3, column)).text = text
    return _save(document)


DOCUMENTS["sichuan_2020_lookback_progress_table"] = (
    "督察反馈意见整改进展情况表.docx",
    _sichuan_lookback_progress_table,
)

# The twenty-ninth blind set, for the figure recorded in docs/decisions.md (“Blind set 29”).
BLIND_29 = (
    "hunan_2024_warning_film_tasks",
    "xiaogan_2021_warning_film_ledger_xlsx",
    "shangrao_2021_warning_film_tasks_xls",
    "nanchuan_2021_tailings_tasks",
    "jingle_2020_npc_inspection_csv",
    "shaanxi_2020_lookback_progress_xlsx",
    # found after the fixes, written with its JSON before the fixed reader ran on it
    "sichuan_2020_lookback_progress_table",
)
BLIND_SETS[29] = BLIND_29


# --- blind set 25 (issue 14, branch corpus-blind25) -----------------------------------------------
# Progress reports on rectification published as web pages (整改进展情况公示 / 整改落实情况 / 进展情况表),
# saved whole as .html or copied as text, from places new to the corpus: 陆良 (云南 曲靖), 建始 (湖北 恩施),
# 罗田 / 黄梅 (湖北 黄冈), 云霄 (福建 漳州), 青岛 (山东), 邻水 (四川 广安). Written with their expected JSON
# before the reader ran on them (docs/decisions.md, “Blind set 25”). The .txt ones are picked up above.

DOCUMENTS["luliang_2019_progress_table"] = (
    "环境保护督察反馈问题整改进展情况公示.html",
    _fixture("luliang_2019_progress_table.html"),
)
DOCUMENTS["yunxiao_2018_progress_page"] = (
    "中央环境保护督察反馈意见整改落实情况（第三期）.html",
    _fixture("yunxiao_2018_progress_page.html"),
)
DOCUMENTS["qingdao_2025_provincial_progress"] = (
    "公开第三轮省级生态环境保护督察整改落实情况.html",
    _fixture("qingdao_2025_provincial_progress.html"),
)

DOCUMENTS["ezhou_2021_briefing_table"] = (
    "环境保护督察反馈意见整改工作简报（第六期）.html",
    _fixture("ezhou_2021_briefing_table.html"),
)

# The twenty-fifth blind set, for the figure recorded in docs/decisions.md (“Blind set 25”).
BLIND_25 = (
    "luliang_2019_progress_table",
    "jianshi_2019_progress_tabs",
    "luotian_2022_progress_report",
    "yunxiao_2018_progress_page",
    "qingdao_2025_provincial_progress",
    "linshui_2021_reserve_cells",
    "huangmei_2017_reserve_progress",
    # found after the fixes, written with its JSON before the fixed reader ran on it
    "ezhou_2021_briefing_table",
)
BLIND_SETS[25] = BLIND_25


# --- blind set 27 (issue 14, branch corpus-blind27) -----------------------------------------------
# Whole rectification plans as issued, in old Word .doc (built from a .docx by LibreOffice) and
# PDFs printed from Word: an opening (指导思想, 工作目标, 组织领导), the tasks (numbered prose with
# a closing “（牵头单位：…；责任单位：…；完成时限：…）”, labelled lines with a 督导单位 the plan names
# but who does not do the work, “——” measures, “X牵头，Y负责”, or an attached ruled table), then
# 保障措施 / 工作要求. Two answer a people's congress (固始 执法检查 交办问题, 忠县 审议意见) and one
# is an action plan (安徽 “三大一强” 专项攻坚行动方案). Places new to the corpus: 固始 (河南),
# 忠县 (重庆), 潼关 (陕西), and the provinces' own plans of 安徽, 四川 and 广东.
# Written with their expected JSON before the reader ran on them (docs/decisions.md “Blind set 27”).


def _gushi_npc_inspection_plan_doc() -> bytes:
    """固始县 (河南) 县政府 整改方案 for the problems the 县人大常委会 handed over after its 优化营商环境
    “两条例” 执法检查 (交办会 2021-09-15; 九大类40余个问题; 常务副县长 认领) as published; the
    opening's prose, the problems, units, limits and measures ours. The old .doc."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "固始县人民政府关于县人大常委会优化营商环境“两条例”执法检查交办问题的整改方案",
            "2021年9月15日，县人大常委会召开执法检查问题交办会，向县政府交办了部门联动不到位、排查问题不到位、"
            "窗口服务和管理水平不高等九大类40余个问题。为切实抓好交办问题整改，结合我县实际，制定本方案。",
            "一、指导思想",
            "以习近平新时代中国特色社会主义思想为指导，认真贯彻《优化营商环境条例》和《河南省优化营商环境条例》，"
            "以执法检查交办问题整改为契机，持续打造市场化、法治化、国际化营商环境。",
            "二、工作目标",
            "2021年12月底前，交办问题整改完成率达到80%以上；2022年6月底前，交办问题全部整改到位，建立长效机制。",
            "三、组织领导",
            "成立由县政府常务副县长任组长的交办问题整改工作领导小组，领导小组办公室设在县发展改革委，"
            "负责整改工作的统筹协调、调度督办和情况汇总。",
            "四、整改任务",
            "（一）部门联动方面",
            "1.部门之间信息共享不畅，部分涉企事项企业仍需多头跑、重复交材料。",
            "整改措施：一是梳理涉企审批事项清单，推行“一件事一次办”；二是打通部门业务系统数据接口，实现申请材料"
            "共享复用；三是每季度通报各部门联办事项办理情况。",
            "（牵头单位：县政务服务和大数据管理局；责任单位：县发展改革委、县市场监管局、县自然资源局；"
            "完成时限：2021年12月底前）",
            "2.涉企检查多头重复，部分企业一年内接受同类检查多次。",
            "整改措施：一是全面推行“双随机、一公开”部门联合抽查；二是建立涉企检查备案制度，未经备案不得入企检查。",
            "（牵头单位：县市场监管局；责任单位：县直各行政执法部门；完成时限：2022年3月底前，长期坚持）",
            "（二）窗口服务方面",
            "3.部分窗口工作人员业务不熟，一次性告知制度落实不到位。",
            "整改措施：一是开展窗口人员业务轮训；二是严格落实首问负责、一次性告知制度；三是推行政务服务“好差评”，"
            "差评件限期整改回访；四是将窗口服务质量纳入进驻部门年度考核。",
            "（牵头单位：县政务服务和大数据管理局；责任单位：各进驻部门；完成时限：立行立改，长期坚持）",
            "五、保障措施",
            "（一）强化责任落实。各牵头单位主要负责同志为整改第一责任人，对照任务逐项细化措施，按时完成整改。",
            "（二）强化督查问效。县政府督查室会同领导小组办公室每月督查一次，对进展滞后的单位通报批评。",
            "（三）强化结果报告。整改情况按程序向县人大常委会报告，接受人大监督和社会监督。",
            "固始县人民政府",
            "2021年9月28日",
        ]
    )
    return _convert(_save(document), ".docx", "doc")


_ZHONGXIAN_PLAN = """\
忠县人民政府关于落实县人大常委会全县污水处理厂建设运营情况专项监督审议意见的整改方案
2019年3月，县人大常委会对全县污水处理厂建设运营情况开展专项监督，实地查看了高洞、马灌等9个污水处理厂，随后听取和审议了县政府有关工作报告，形成审议意见并附问题清单，实行“清单式”交办、“清零式”整改。为抓好审议意见落实，制定本方案。
一、总体要求
以习近平生态文明思想为指导，坚持问题导向，逐项明确整改措施、责任单位和整改时限，确保问题清单所列问题全部整改清零。
二、整改目标
2019年12月底前，问题清单所列问题整改完成70%以上；2020年6月底前全部整改清零，污水处理设施稳定运行。
三、整改任务
（一）乡镇污水处理厂进水浓度偏低，配套管网收集率不高。
整改措施：（1）对乡镇污水管网开展全面排查，建立问题台账；（2）实施管网修复和雨污分流改造；（3）新建场镇支管网，提高污水收集率。
责任单位：县住房城乡建委（牵头），县财政局，相关乡镇人民政府
整改时限：2019年12月31日前
（二）部分污水处理厂运行不稳定，出水氨氮偶有超标。
整改措施：（1）对运行不稳定的污水处理厂逐厂开展工艺诊断；（2）落实专业运维人员，加强进出水水质监测。
责任单位：县水务集团（牵头），县生态环境局
整改时限：2019年9月30日前
（三）部分污水处理厂污泥处置去向不明，台账记录不完善。
整改措施：（1）建立污泥产生、转运、处置全过程台账；（2）污泥全部交由有资质单位处置；（3）开展一次污泥处置专项检查。
责任单位：县生态环境局（牵头），县水务集团
整改时限：立即整改
四、保障措施
（一）加强组织领导。县政府成立审议意见整改工作专班，由分管副县长牵头，每月调度一次。
（二）严格考核问责。将整改情况纳入年度目标考核，对整改不力的单位和个人严肃问责。
（三）主动接受监督。整改进展定期向县人大常委会报告，整改结果向社会公开。
忠县人民政府
2019年7月10日"""


def _zhongxian_npc_opinions_pdf() -> bytes:
    """忠县 (重庆) 县政府 整改方案 answering the 县人大常委会's 审议意见 with its 问题清单 after the 2019
    专项监督 of the county's sewage plants (启动 2019年3月, 9个污水处理厂 visited, “清单式+清零式”) as
    published; the problems, units, limits, measures and the sign-off ours. Official-notice PDF."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_ZHONGXIAN_PLAN)


def _anhui_action_plan_pdf() -> bytes:
    """安徽省 长江安徽段生态环境“三大一强”专项攻坚行动方案 (2018, issued by the 省委办公厅 and 省政府
    办公厅): the aim (突出生态环境问题全面整改; 1公里、5公里、15公里“三道防线”) and the problems it
    names in 安庆 (小汪家冲垃圾填埋场, 白水湖湖面被侵占, 城区生活污水收集不到位) as published; the
    attached 任务清单's columns, measures, units and limits ours. Printed from Word, ruled table."""
    from tests.printed_pdf import printed

    document = _paragraphs_docx(
        [
            "长江安徽段生态环境大保护大治理大修复强化生态优先绿色发展理念落实专项攻坚行动方案",
            "为深入贯彻习近平总书记关于推动长江经济带发展的重要讲话精神，全面整改长江经济带生态环境警示片和中央"
            "环境保护督察反馈的突出问题，决定在全省开展“三大一强”专项攻坚行动，制定本方案。",
            "一、总体要求",
            "坚持生态优先、绿色发展，共抓大保护、不搞大开发，以问题整改为突破口，推动长江安徽段生态环境持续改善。",
            "二、行动目标",
            "通过开展专项攻坚行动，使全省长江流域突出生态环境问题得到全面整改，1公里、5公里、15公里“三道防线”"
            "稳固筑牢，生态环境持续改善。",
            "三、组织领导",
            "成立“三大一强”专项攻坚行动指挥部，指挥部办公室设在省环保厅，负责日常调度、督查和考核工作。沿江各市"
            "相应成立指挥机构。",
            "四、保障措施",
            "（一）压实工作责任。各牵头单位对所牵头任务负总责，各市政府落实属地责任，逐项制定整改工作方案。",
            "（二）实行挂图作战。倒排工期、对账销号，指挥部办公室每半月调度一次进展。",
            "（三）严格督导问责。对整改不力、弄虚作假的，依规依纪严肃追责。",
            "附件：长江安徽段生态环境突出问题整改任务清单",
        ]
    )
    _ruled_table(
        document,
        ["序号", "突出问题", "整改措施", "牵头单位", "责任单位", "完成时限"],
        [
            "一、长江经济带生态环境警示片反映问题",
            [
                "1",
                "安庆市小汪家冲垃圾填埋场渗滤液处理不到位，存在环境风险。",
                "1.扩建渗滤液处理设施，存量渗滤液限期处理完毕。\n2.完善填埋场防渗和雨污分流设施。",
                "省住房城乡建设厅",
                "安庆市人民政府",
                "2018年6月底前",
            ],
            [
                "2",
                "安庆市白水湖湖面被侵占。",
                "1.拆除侵占湖面的违法建设。\n2.恢复湖面并实施生态修复。\n3.划定湖泊管理范围并设立界桩。",
                "省水利厅",
                "安庆市人民政府",
                "2018年12月底前",
            ],
            "二、中央环境保护督察反馈问题",
            [
                "3",
                "沿江城市城区生活污水收集不到位，部分污水直排长江支流。",
                "1.排查城区污水管网空白区和错接混接点。\n2.实施管网建设和改造工程。\n3.建立管网日常巡查养护制度。",
                "省住房城乡建设厅",
                "沿江各市人民政府",
                "2019年12月底前，长期坚持",
            ],
            [
                "4",
                "长江干流岸线1公里范围内部分化工企业搬迁改造进度滞后。",
                "1.制定化工企业搬迁改造计划，一企一策推进。\n2.对逾期未完成的企业依法停产。",
                "省经济和信息化委",
                "沿江各市人民政府、省环保厅",
                "2020年底前",
            ],
        ],
    )
    # Word always keeps a paragraph mark after a table (see _xuzhou_task_list_doc).
    document.add_paragraph("")
    return printed(_save(document))


def _tongguan_patrol_plan_doc() -> bytes:
    """潼关县 (陕西) 县委 整改方案 for the 生态环境保护暨秦岭北麓生态环境整治专项巡察 (县委常委扩大会议
    交办 to 29个单位, as published); the year (the page's “十八届县委”, 2022), the opening, the attached
    整改清单's columns (with a 配合单位 and a 备注 column), rows and values ours. The old .doc."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "中共潼关县委关于生态环境保护暨秦岭北麓生态环境整治专项巡察反馈问题的整改方案",
            "十八届县委生态环境保护暨秦岭北麓生态环境整治专项巡察结束后，县委以常委扩大会议形式，向巡察整改涉及的"
            "29个单位面对面交办了整改问题清单。为确保反馈问题全部整改到位，制定本方案。",
            "一、指导思想",
            "以习近平生态文明思想为指导，认真落实秦岭生态环境保护各项要求，坚持问题导向，以巡察整改推动生态环境"
            "质量持续改善。",
            "二、整改目标",
            "2022年6月底前，能立即整改的问题全部整改到位；2022年12月底前，反馈问题全部完成整改，建立长效机制。",
            "三、组织领导",
            "成立由县委书记任组长、县长任副组长的专项巡察整改工作领导小组，领导小组办公室设在县委巡察办，负责"
            "整改情况的跟踪督办和审核把关。",
            "四、工作要求",
            "各责任单位要建立问题清单、责任清单、整改清单，逐项对账销号；县委巡察办会同县纪委监委开展整改情况"
            "监督检查，对整改不力的严肃问责。",
            "附件：专项巡察反馈问题整改清单",
        ]
    )
    _ruled_table(
        document,
        ["序号", "反馈问题", "整改措施", "责任领导", "责任单位", "配合单位", "整改时限", "备注"],
        [
            [
                "1",
                "秦岭北麓部分区域仍有违规建设的看护房、农家乐未整治到位。",
                "1.对秦岭北麓区域开展拉网式排查，建立台账。\n2.依法拆除违规建筑并实施复绿。",
                "县委常委、常务副县长",
                "县自然资源局",
                "相关镇人民政府",
                "2022年6月底前",
                "",
            ],
            [
                "2",
                "部分河道采砂管理不严，存在私挖乱采现象。",
                "1.开展河道非法采砂专项整治。\n2.落实河道采砂巡查制度。\n3.对非法采砂行为依法查处。",
                "副县长",
                "县水务局",
                "县公安局、县自然资源局",
                "立行立改，长期坚持",
                "持续整改",
            ],
            [
                "3",
                "部分闭库尾矿库生态修复滞后，库面扬尘问题突出。",
                "1.编制闭库尾矿库生态修复计划。\n2.实施覆土绿化，落实扬尘管控措施。",
                "副县长",
                "县应急管理局",
                "县生态环境局、县林业局",
                "2022年12月底前",
                "",
            ],
        ],
    )
    # Word always keeps a paragraph mark after a table (see _xuzhou_task_list_doc).
    document.add_paragraph("")
    return _convert(_save(document), ".docx", "doc")


def _sichuan_lookback_plan_doc() -> bytes:
    """四川省 贯彻落实中央生态环境保护督察“回头看”及沱江流域水污染防治专项督察反馈意见整改方案 (66项
    整改任务, as published); the opening's prose, the problems, units, the 督导单位 lines, limits and
    measures ours. The old .doc."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "四川省贯彻落实中央生态环境保护督察“回头看”及沱江流域水污染防治专项督察反馈意见整改方案",
            "中央生态环境保护督察组对我省开展督察“回头看”，并针对沱江流域水污染防治开展专项督察，向我省反馈了"
            "督察意见。省委、省政府照单全收、全面整改，梳理形成66项整改任务，制定本方案。",
            "一、总体要求",
            "（一）指导思想。以习近平生态文明思想为指导，坚决扛起筑牢长江、黄河上游生态屏障的政治责任，以督察"
            "整改推动全省生态环境质量持续改善。",
            "（二）工作目标。2019年底前完成一批整改任务，2020年底前66项整改任务基本完成，沱江流域水质明显好转。",
            "二、整改任务",
            "（一）关于沱江流域水污染防治问题",
            "1.沱江流域部分支流水质仍为劣Ⅴ类，内江、资阳段治理进展滞后。",
            "整改目标：沱江干流水质稳定达到Ⅲ类，支流消除劣Ⅴ类。",
            "责任单位：内江市人民政府、资阳市人民政府",
            "督导单位：省生态环境厅",
            "整改时限：2020年底前",
            "整改措施：",
            "（1）实施支流“一河一策”综合治理。",
            "（2）加快场镇污水处理设施和配套管网建设。",
            "（3）开展入河排污口排查整治。",
            "2.沱江流域畜禽养殖粪污资源化利用率偏低。",
            "整改目标：畜禽粪污综合利用率达到75%以上。",
            "责任单位：沱江流域各市人民政府",
            "督导单位：省农业农村厅",
            "整改时限：2019年底前",
            "整改措施：",
            "（1）推进规模养殖场粪污处理设施配套建设。",
            "（2）依法关闭禁养区内养殖场。",
            "（二）关于城镇生活污水处理问题",
            "3.部分城市污水管网建设滞后，雨污混流问题突出。",
            "整改目标：城市污水集中收集率明显提升。",
            "责任单位：各市（州）人民政府",
            "督导单位：省住房城乡建设厅",
            "整改时限：2020年6月底前完成阶段目标，长期坚持",
            "整改措施：",
            "（1）编制污水管网建设改造计划。",
            "（2）实施老旧城区雨污分流改造。",
            "三、保障措施",
            "（一）加强组织领导。省督察整改工作领导小组统筹推进，各地各部门主要负责同志亲自抓。",
            "（二）强化督导检查。督导单位对口督导，省整改办定期通报整改进展。",
            "（三）严肃追责问责。对整改不力、敷衍整改的，依纪依法严肃问责。",
        ]
    )
    return _convert(_save(document), ".docx", "doc")


def _guangdong_plan_pdf() -> bytes:
    """广东省 贯彻落实中央第四环境保护督察组督察反馈意见整改方案 (督察 2016-11-28 至 12-28, 反馈
    2017-04-13; 43项整改任务; 指导思想, 工作目标 (一) 全面完成督察问题整改 (二) 持续改善生态环境
    质量 with 33微克/立方米 as published); the problems, “——” measures, “X牵头，Y负责” units and
    limits ours. Printed from Word."""
    from tests.printed_pdf import printed

    document = _paragraphs_docx(
        [
            "广东省贯彻落实中央第四环境保护督察组督察反馈意见整改方案",
            "2016年11月28日至12月28日，中央第四环境保护督察组对我省开展了环境保护督察，并于2017年4月13日反馈了"
            "督察意见。为全面落实督察反馈意见，制定本整改方案。",
            "一、指导思想",
            "深入贯彻党中央、国务院关于生态文明建设和环境保护的决策部署，以落实督察整改为契机，全力实施大气、水、"
            "土壤污染防治行动计划，持续巩固和提升全省生态环境质量。",
            "二、工作目标",
            "（一）全面完成督察问题整改。做到整改一个、验收一个、销号一个，能够马上整改的立行立改，需要持续整改的"
            "明确时间节点和阶段性目标。",
            "（二）持续改善生态环境质量。到2020年，全省细颗粒物年均浓度不高于33微克/立方米。",
            "三、整改任务",
            "（一）练江、茅洲河等重污染河流综合整治进展缓慢。",
            "整改目标：重污染河流水质明显改善，消除黑臭。",
            "整改措施：",
            "——加快流域污水处理厂及配套管网建设。",
            "——全面清理整治沿河违法排污口。",
            "——实施河道清淤和生态补水。",
            "责任单位：省环境保护厅牵头，汕头市政府、揭阳市政府、深圳市政府、东莞市政府负责",
            "整改时限：2020年底前",
            "（二）部分地市垃圾处理设施建设滞后，简易填埋场渗滤液污染问题突出。",
            "整改目标：城乡生活垃圾无害化处理能力满足需求。",
            "整改措施：",
            "——加快生活垃圾焚烧处理设施建设。",
            "——对简易填埋场开展整治和封场。",
            "责任单位：省住房城乡建设厅牵头，各地级以上市政府负责",
            "整改时限：2018年12月底前，长期坚持",
            "四、保障措施",
            "（一）加强组织领导。省环境保护督察整改工作领导小组统筹推进整改，各地各部门成立相应机构。",
            "（二）严格责任追究。对整改不力、虚假整改的地方和部门，严肃追究有关人员责任。",
            "（三）加强信息公开。在省级主要媒体公开整改方案和整改进展，接受社会监督。",
        ]
    )
    return printed(_save(document))


DOCUMENTS["gushi_2021_npc_inspection_plan_doc"] = (
    "执法检查交办问题整改方案.doc",
    _gushi_npc_inspection_plan_doc,
)
DOCUMENTS["zhongxian_2019_npc_opinions_pdf"] = ("审议意见整改方案.pdf", _zhongxian_npc_opinions_pdf)
DOCUMENTS["anhui_2018_action_plan_pdf"] = ("专项攻坚行动方案.pdf", _anhui_action_plan_pdf)
DOCUMENTS["tongguan_2022_patrol_plan_doc"] = ("专项巡察反馈问题整改方案.doc", _tongguan_patrol_plan_doc)
DOCUMENTS["sichuan_2019_lookback_plan_doc"] = ("督察回头看反馈意见整改方案.doc", _sichuan_lookback_plan_doc)
DOCUMENTS["guangdong_2017_plan_pdf"] = ("督察反馈意见整改方案.pdf", _guangdong_plan_pdf)

# The twenty-seventh blind set, for the figure recorded in docs/decisions.md (“Blind set 27”).
BLIND_27 = (
    "gushi_2021_npc_inspection_plan_doc",
    "zhongxian_2019_npc_opinions_pdf",
    "anhui_2018_action_plan_pdf",
    "tongguan_2022_patrol_plan_doc",
    "sichuan_2019_lookback_plan_doc",
    "guangdong_2017_plan_pdf",
)
BLIND_SETS[27] = BLIND_27

# --- blind set 28 (issue 14, branch corpus-blind28) -----------------------------------------------
# Closure (销号) and completion (办结) notices of one finding or a handful, with labelled blocks,
# footers and small tables of closed findings: Word labelled paragraphs, a Word table of three
# findings, a Word four-column form, a PDF table, a notice printed to PDF (its labels numbered
# 一、… 七、), and two web copies (.txt: labelled blocks of three 信访件; a table copied with tabs).
# Places new to the corpus: 罗山 and 息县 (河南 信阳), 建始 (湖北 恩施), 射洪 (四川 遂宁), 蕲春 (湖北
# 黄冈), 汉阴 (陕西 安康), 锡林郭勒经济技术开发区 (内蒙古). Written with their expected JSON before the
# reader ran on them (docs/decisions.md, “Blind set 28”); sources in SOURCES.md, table “Blind set 28”.


def _luoshan_sewage_closure_docx() -> bytes:
    """罗山县 (河南 信阳) 第二轮中央生态环境保护督察 整改完成情况公示 as Word paragraphs: the number in the
    opening sentence, the labels one a paragraph, measures （1）（2）（3） in one paragraph."""
    document = docx.Document()
    for line in (
        "罗山县第二轮中央生态环境保护督察反馈问题整改完成情况公示",
        "根据省生态环境保护督察整改销号有关要求，现将我县承担的第二轮中央生态环境保护督察反馈意见第23项整改任务"
        "完成情况公示如下：",
        "问题名称：县城老城区污水管网雨污混流，部分生活污水经雨水管道直排小黄河。",
        "整改目标：完成老城区雨污分流改造，消除生活污水直排。",
        "整改措施：（1）排查老城区管网，建立问题管段台账；（2）实施雨污分流改造，新建污水管网12.6公里；"
        "（3）建立管网日常巡查养护制度。",
        "整改时限：2022年12月底前",
        "责任单位：罗山县住房和城乡建设局",
        "配合单位：信阳市生态环境局罗山分局、龙山街道办事处",
        "整改完成情况：已完成老城区管网排查，新建污水管网12.6公里，雨污混接点全部改造，小黄河城区段无污水直排，"
        "整改任务已完成。",
        "验收意见：2023年3月，县督察整改验收组现场核查并查阅资料，认为该项任务达到整改目标，同意销号。",
        "公示时间：2023年4月10日至4月16日",
        "监督电话：0376-2171234",
        "罗山县生态环境保护委员会办公室",
        "2023年4月10日",
    ):
        document.add_paragraph(line)
    return _save(document)


def _shehong_warning_film_table_docx() -> bytes:
    """射洪市 (四川 遂宁) 2020年长江经济带生态环境警示片披露问题 (生活污水直排, 河长制形同虚设, as
    reported) 整改销号公示: a Word table of three closed findings; the third finding, units, measures
    and dates ours."""
    document = docx.Document()
    for line in (
        "射洪市2020年长江经济带生态环境警示片披露问题整改销号公示",
        "经市级验收，下列问题已完成整改，达到销号条件，现予以公示。",
    ):
        document.add_paragraph(line)
    header = ["序号", "问题名称", "整改目标", "整改措施", "整改完成情况", "责任单位", "完成时限", "验收意见"]
    rows = [
        [
            "1",
            "城区部分生活污水经雨水管网直排涪江",
            "城区生活污水应收尽收，消除直排",
            "1.排查整治雨污混接点；\n2.新建截污干管；\n3.加强管网运行维护",
            "已整治混接点46处，新建截污干管8.3公里，直排口已封堵",
            "射洪市住房和城乡建设局",
            "2021年6月30日",
            "经验收，达到整改目标，同意销号",
        ],
        [
            "2",
            "河长制落实不到位，部分河长巡河流于形式",
            "河长履职到位，巡河发现问题及时处置",
            "1.修订河长巡河制度；\n2.开展河长履职考核",
            "已修订制度，完成年度河长履职考核并通报",
            "射洪市水利局、市河长制办公室",
            "长期坚持",
            "经验收，同意销号",
        ],
        [
            "3",
            "沱牌镇部分养殖场粪污未经处理排入沟渠",
            "养殖粪污资源化利用",
            "配套建设粪污处理设施，实施种养结合",
            "12家养殖场粪污处理设施已建成并运行",
            "射洪市农业农村局；沱牌镇人民政府",
            "2021年3月底",
            "同意销号",
        ],
    ]
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for cells, values in zip((row.cells for row in table.rows), [header, *rows], strict=True):
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    for line in (
        "公示时间：2021年7月5日—2021年7月11日",
        "监督电话：0825-6621234",
        "射洪市生态环境保护督察整改工作领导小组办公室",
        "2021年7月5日",
    ):
        document.add_paragraph(line)
    return _save(document)


def _qichun_sand_mining_form() -> bytes:
    """蕲春县 (湖北 黄冈) 蕲河青石段 非法采砂口 回填 (25个, 河长制公示牌和禁采警示牌, as reported) as a
    four-column Word 销号公示表; the number, source, units, dates and the other cells ours."""
    return _four_column_form(
        ["蕲春县环境保护督察反馈问题整改销号公示表"],
        [
            ("问题编号", "第15项", "问题来源", "湖北省环境保护督察"),
            ("问题名称", "蕲河青石段非法采砂屡禁不止，河床破坏严重，影响行洪安全。"),
            ("责任单位", "蕲春县水利局", "配合单位", "青石镇人民政府、县公安局"),
            ("整改时限", "2018年9月30日", "完成时间", "2018年8月20日"),
            ("整改目标", "取缔蕲河青石段非法采砂点，恢复河道行洪功能。"),
            (
                "整改措施",
                "一是开展“雷霆行动”联合执法，对非法采砂口全部回填；\n二是沿河设立河长制公示牌和禁采警示牌；\n"
                "三是落实乡村两级巡河，发现一起查处一起。",
            ),
            (
                "整改完成情况",
                "已回填非法采砂口25个，设立警示牌12块，河道巡查常态化开展，未发现新的盗采行为。",
            ),
            ("验收意见", "经县级验收组现场核查，整改到位，同意销号。"),
        ],
        [
            "公示时间：2018年9月3日至9月9日",
            "监督电话：0713-7221234",
            "蕲春县环境保护督察整改工作领导小组办公室（盖章）",
            "2018年9月3日",
        ],
    )


def _hanyin_river_closure_pdf() -> bytes:
    """汉阴县蒲溪镇 (陕西 安康) 河道综合整治 (砂坑回填, 油返砂项目混凝土残渣, 河长制考核, as reported)
    整改销号情况公示 as a PDF table; the rows' wording, units and dates ours. 销号时间 is the day each
    finding was closed, not a time limit."""
    return _pdf_table(
        [
            "汉阴县蒲溪镇河道问题整改销号情况公示",
            "根据县河长制办公室整改销号工作要求，现将蒲溪镇河道综合整治交办问题整改销号情况公示如下，公示期7天"
            "（2020年1月8日—1月14日），监督电话：0915-5171234。",
        ],
        ["序号", "问题描述", "整改措施", "整改结果", "责任单位", "销号时间"],
        [
            [
                "1",
                "蒲溪河月河口段采砂后遗留砂坑未回填",
                "1.回填砂坑并平整河床\n2.设置警示牌",
                "已回填砂坑9处，河床已平整",
                "蒲溪镇人民政府",
                "2019年12月20日",
            ],
            [
                "2",
                "油返砂项目遗留混凝土残渣堆积河道",
                "清运混凝土残渣",
                "残渣已全部清运",
                "蒲溪镇人民政府；县水利局",
                "2019年12月25日",
            ],
            [
                "3",
                "部分村河道管护人员巡河不到位",
                "1.健全镇级河长制考核\n2.约谈履职不力人员\n3.设立举报箱",
                "已建立考核机制，约谈2人",
                "蒲溪镇河长办",
                "2019年12月30日",
            ],
        ],
        widths=(12, 60, 60, 50, 40, 30),
    )


_XILINGUOLE_NOTICE = """锡林郭勒经济技术开发区中央环境保护督察“回头看”反馈意见整改任务销号公示
根据自治区工信厅关于中央环境保护督察“回头看”反馈意见整改任务销号工作的要求，开发区工业固废处理场建设滞后问题已完成整改，现将整改任务完成情况公示如下：
一、整改任务：开发区工业固废处理场建设滞后，一般工业固体废物无规范处置场所。
二、整改目标：建成工业固废处理场并投入运行，工业固废得到规范处置。
三、整改措施：（一）在原废弃采石场旧址建设工业固废处理场，采用无害化填埋方式处置；（二）配套建设防渗、渗滤液收集和地下水监测设施；（三）完成环评和竣工环境保护验收。
四、责任单位：锡林郭勒经济技术开发区管理委员会
五、整改时限：2019年12月31日前
六、整改完成情况：工业固废处理场建设规模50万立方米，已建成并通过竣工环境保护验收，投入运行。
七、验收意见：经盟级验收组核查，整改任务已完成，同意销号。
公示时间：2020年6月11日至6月19日（7个工作日）
联系电话：0479-8267004
锡林郭勒经济技术开发区管理委员会
2020年6月11日"""


def _xilinguole_landfill_closure_pdf() -> bytes:
    """锡林郭勒经济技术开发区 (内蒙古) 工业固废处理场建设滞后 (中央环境保护督察“回头看”, 销号 2020-06,
    as published with its telephone); the notice's labels and texts ours, printed as an official
    notice with its labels numbered 一、… 七、."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_XILINGUOLE_NOTICE)


DOCUMENTS["luoshan_2023_sewage_closure_docx"] = ("整改完成情况公示.docx", _luoshan_sewage_closure_docx)
DOCUMENTS["shehong_2021_warning_film_table_docx"] = (
    "警示片披露问题整改销号公示.docx",
    _shehong_warning_film_table_docx,
)
DOCUMENTS["qichun_2018_sand_mining_form"] = ("整改销号公示表.docx", _qichun_sand_mining_form)
DOCUMENTS["hanyin_2020_river_closure_pdf"] = ("河道问题整改销号情况公示.pdf", _hanyin_river_closure_pdf)
DOCUMENTS["xilinguole_2020_landfill_closure_pdf"] = ("整改任务销号公示.pdf", _xilinguole_landfill_closure_pdf)

# The twenty-eighth blind set, for the figure recorded in docs/decisions.md (“Blind set 28”).
BLIND_28 = (
    "luoshan_2023_sewage_closure_docx",
    "jianshi_2019_petition_done_notice",
    "shehong_2021_warning_film_table_docx",
    "qichun_2018_sand_mining_form",
    "hanyin_2020_river_closure_pdf",
    "xilinguole_2020_landfill_closure_pdf",
    "xinyang_xixian_2023_sand_closure_table",
)
BLIND_SETS[28] = BLIND_28

# --- blind set 26 (issue 14, branch corpus-blind26) -----------------------------------------------
# The soil and mining side again, from places new to the corpus: 涟源 (湖南 娄底), 冕宁 (四川 凉山),
# 莒南 (山东 临沂), 海丰 (广东 汕尾), 铜梁 (重庆), 桦川 (黑龙江 佳木斯). Written with their expected JSON
# BEFORE the reader ran on them (docs/decisions.md, “Blind set 26”; SOURCES.md “Blind set 26”).
# The 涟源 and 莒南 documents are .txt files picked up above.


def _haifeng_farmland_plan() -> bytes:
    """海丰县 (广东 汕尾) 受污染耕地安全利用 work plan as a Word document: the target paragraph with
    “不低于93%”, tasks （一）… each closing with （责任单位：…）, the first one adding “乡镇人民政府具体
    落实，以下均需乡镇人民政府具体落实，不重复列出”; tasks (一) and (二) as published (shortened),
    (三), the title line, the opening and the closing chapter ours."""
    document = docx.Document()
    for line in (
        "海丰县受污染耕地安全利用工作方案（2023—2025年）",
        "为巩固提升全县受污染耕地安全利用水平，保障农产品质量安全，结合我县实际，制定本方案。",
        "一、主要目标",
        "到2025年，全县耕地土壤环境质量总体保持稳定，受污染耕地安全利用工作得到巩固提升。全县安全利用类耕地全部落实安全利用措施、"
        "严格管控类耕地全部严格管控到位，全县受污染耕地安全利用率不低于93%。持续推进耕地周边涉重金属行业企业排查整治。",
        "二、主要任务",
        "（一）加强土壤污染源头管控。继续开展受污染耕地成因排查，以受污染耕地集中区为重点开展土壤污染成因排查和溯源分析。"
        "深入开展重金属污染治理，完成2020年前（含）列入整治清单的污染源整治，2022年12月底前完成首批受污染耕地周边矿区历史遗留固体废物排查任务"
        "并编制治理方案。强化农业源污染预防，到2025年农药化肥利用率不低于43%，畜禽粪污资源化利用率保持在80%以上，力争达到90%。"
        "（责任单位：县生态环境局、县农业农村局、县自然资源局，乡镇人民政府具体落实，以下均需乡镇人民政府具体落实，不重复列出）",
        "（二）动态调整耕地土壤环境质量类别。根据土地利用变更、土壤和农产品协同监测结果等，依法动态调整耕地土壤环境质量类别，"
        "待国家正式出台相关规定后，再将调整成果按要求报送省农业农村厅。（责任单位：县农业农村局、县生态环境局、县自然资源局）",
        "（三）落实严格管控类耕地管控措施。对严格管控类耕地开展种植结构调整，严禁种植食用农产品，2024年6月底前完成年度种植结构调整任务，"
        "并长期坚持。（责任单位：县农业农村局、县林业局）",
        "三、保障措施",
        "（一）加强组织领导。县农业农村局会同有关部门建立工作协调机制，定期调度工作进展。",
        "（二）强化资金保障。县财政统筹上级资金和本级资金，保障受污染耕地安全利用工作经费。",
        "海丰县农业农村局",
        "2023年5月10日",
    ):
        document.add_paragraph(line)
    return _save(document)


def _tongliang_soil_schedule() -> bytes:
    """铜梁区 (重庆) 土壤污染治理与修复重点任务及实施进度表: a header over two rows (任务分解及实施进度
    spanning one column per year 2018年 … 2025年), group rows 一、… merged across, the stages of a
    task in its year columns (some left empty), 牵头单位 and 配合单位. Rows 1-3 and the first group
    as published (shortened); the fourth row and its group ours."""
    document = docx.Document()
    document.add_paragraph("铜梁区土壤污染治理与修复重点任务及实施进度表")
    upper = ["序号", "主要任务", "任务分解及实施进度", None, None, None, "牵头单位", "配合单位"]
    lower = ["", "", "2018年", "2019年", "2020年", "2025年", "", ""]
    rows = [
        "一、土壤污染防治基础能力建设",
        [
            "1",
            "农用地污染状况详查",
            "完成农用地土壤污染状况详查，全面摸清农用地土壤污染底数，查明污染面积、类型、分布、成因及其危害。",
            "",
            "全面评估全区耕地种植适宜性，建立耕地分类清单，完善耕地土壤环境质量档案。",
            "基本完成全区包括园地、草地、林地的农用地土壤环境风险评估，构建完善的农用地土壤环境质量数据库。",
            "区农委、区国土房管局、区环保局",
            "区财政局、区水务局、相关镇街等",
        ],
        [
            "2",
            "农用地土壤环境质量类别划定",
            "",
            "以保障农产品质量安全为核心，完成耕地土壤环境质量类别划定工作，编制农用地分类清单。",
            "逐步开展重要饮用水源区、水库周边及河流两岸林地，以及草地、园地和其它农用地的土壤环境质量类别划定工作。",
            "",
            "区农委",
            "区环保局、区国土房管局、区林业局、相关镇街等",
        ],
        [
            "3",
            "深入开展重点行业企业及其周边土壤污染详查与疑似污染地块风险排查",
            "掌握全区重点行业企业用地中的污染地块分布及其环境风险情况，建立疑似污染地块数据库和档案清单。",
            "",
            "全面实现污染地块数据库的动态管理，建立完善的土壤污染应急管理和污染事故联防联控体系。",
            "",
            "区环保局",
            "区经信委、区国土房管局、区规划局",
        ],
        "二、农用地分类管理",
        [
            "4",
            "受污染耕地安全利用",
            "",
            "制定受污染耕地安全利用方案，在安全利用类耕地集中的镇街推广农艺调控措施。",
            "受污染耕地安全利用率达到90%左右。",
            "受污染耕地安全利用率达到95%以上。",
            "区农委",
            "区环保局、相关镇街等",
        ],
    ]
    _two_row_header_table(document, upper, lower, rows)
    return _save(document)


def _huachuan_waste_ledger_xlsx() -> bytes:
    """桦川县 (黑龙江 佳木斯) 省级环保督察发现垃圾随意堆放问题整改台账 as a county ledger: a 填报单位 row,
    one row per site with 乡镇 and 村屯 columns, 责任单位 and 责任人 (people), 整改时限, 整改完成情况 and
    是否销号 是/否. Row 1 (新城镇中伏村, 36立方米, cleared 4月23日至25日) as published; its limit (限时三天
    from 4月23日) written as a date, rows 2-3 and the form ours."""
    import openpyxl

    header = [
        "序号",
        "乡镇",
        "村屯",
        "问题描述",
        "整改措施",
        "责任单位",
        "责任人",
        "整改时限",
        "整改完成情况",
        "是否销号",
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "整改台账"
    sheet.append(["桦川县省级环保督察发现垃圾随意堆放问题整改台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(
        ["填报单位：桦川县住房和城乡建设局", None, None, None, None, None, None, "填报时间：2021年5月31日"]
    )
    sheet.append(header)
    rows = [
        [
            1,
            "新城镇",
            "中伏村",
            "垃圾中转站东侧散乱临时堆放垃圾约36立方米，大部分为玉米秸秆、庭院作物秸秆，少部分为生活垃圾。",
            "1.出动勾机、铲车、翻头车彻底清理；\n2.生活垃圾运至垃圾焚烧厂处理，秸秆送至热电厂处理。",
            "新城镇政府、中伏村村委会",
            "刘某",
            "2021年4月26日前",
            "已于4月25日清理完毕",
            "是",
        ],
        [
            2,
            "悦来镇",
            "东河村",
            "村东排水沟旁堆放建筑垃圾和生活垃圾约20立方米。",
            "1.清运建筑垃圾和生活垃圾；\n2.设置警示牌，纳入村屯日常保洁范围。",
            "悦来镇政府",
            "王某",
            "2021年6月30日前",
            "已清运约15立方米，正在推进",
            "否",
        ],
        [
            3,
            "横头山镇",
            "全镇各村屯",
            "部分村屯房前屋后柴草、垃圾乱堆乱放。",
            "开展村庄清洁行动，建立村屯垃圾巡查制度。",
            "横头山镇政府、县住房和城乡建设局",
            "张某",
            "长期坚持",
            "已建立巡查制度，每周巡查一次",
            "否",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append(["填报人：", None, None, "审核人：", None, None, "联系电话：0454-5922318"])
    return _book_bytes(book)


def _mianning_tailings_list() -> bytes:
    """冕宁县 (四川 凉山) 尾矿库生态环境问题整改清单 after the 省生态环境厅 督查组's visit (2020-05-11):
    the two tailings ponds merged down over their problems, 整改责任主体 (the company) and 监管责任单位
    beside each other, limits as dates. The ponds and the kinds of problem as published; the
    wording, measures, limits and progress ours."""
    document = docx.Document()
    for line in (
        "冕宁县尾矿库生态环境问题整改清单",
        "2020年5月11日，省生态环境厅督查组对我县四川江铜公司瓦都沟尾矿库和万凯丰稀土矿业公司硝厂沟尾矿库生态环境问题开展专项督查，"
        "现将督查指出问题的整改清单印发如下，请各责任主体按时限整改到位。",
    ):
        document.add_paragraph(line)
    header = [
        "序号",
        "尾矿库名称",
        "存在问题",
        "整改措施",
        "整改责任主体",
        "监管责任单位",
        "整改时限",
        "整改情况",
    ]
    rows = [
        [
            "1",
            "四川江铜公司瓦都沟尾矿库",
            "尾矿库环评竣工环境保护验收未完成。",
            "1.委托编制竣工环境保护验收报告；\n2.组织开展自主验收并公开。",
            "四川江铜公司",
            "冕宁生态环境局",
            "2020年8月31日前",
            "验收报告编制中",
        ],
        [
            "2",
            "",
            "地下水监测井建设不足，未按要求开展地下水监测。",
            "1.在尾矿库下游新建地下水监测井2口；\n2.按季度开展地下水监测。",
            "四川江铜公司",
            "冕宁生态环境局",
            "2020年6月30日前",
            "已完成",
        ],
        [
            "3",
            "万凯丰稀土矿业公司硝厂沟尾矿库",
            "突发环境事件应急预案未按要求重新修订备案。",
            "修订突发环境事件应急预案并报备案，开展一次应急演练。",
            "万凯丰稀土矿业公司",
            "冕宁生态环境局",
            "2020年6月30日前",
            "已完成",
        ],
        [
            "4",
            "",
            "未开展尾矿浸出实验，尾矿库性质未定性；截洪沟不完善。",
            "1.委托有资质单位开展尾矿浸出实验；\n2.完善截洪沟和检查井。",
            "万凯丰稀土矿业公司",
            "冕宁生态环境局",
            "2020年9月30日前",
            "正在推进",
        ],
    ]
    table = _ruled_table(document, header, rows)
    for top, bottom in ((1, 2), (3, 4)):
        name = table.cell(top, 1).text
        table.cell(top, 1).merge(table.cell(bottom, 1)).text = name
    document.add_paragraph("冕宁县生态环境问题整改工作领导小组办公室")
    document.add_paragraph("2020年5月20日")
    return _save(document)


DOCUMENTS["mianning_2020_tailings_list"] = ("尾矿库生态环境问题整改清单.docx", _mianning_tailings_list)
DOCUMENTS["haifeng_2023_farmland_plan"] = ("受污染耕地安全利用工作方案.docx", _haifeng_farmland_plan)
DOCUMENTS["tongliang_2018_soil_schedule"] = (
    "土壤污染治理与修复重点任务及实施进度表.docx",
    _tongliang_soil_schedule,
)
DOCUMENTS["huachuan_2021_waste_ledger_xlsx"] = ("垃圾随意堆放问题整改台账.xlsx", _huachuan_waste_ledger_xlsx)
# The twenty-sixth blind set, for the figure recorded in docs/decisions.md (“Blind set 26”).
BLIND_26 = (
    "lianyuan_2022_mines_notice",
    "mianning_2020_tailings_list",
    "junan_2025_waste_notice",
    "haifeng_2023_farmland_plan",
    "tongliang_2018_soil_schedule",
    "huachuan_2021_waste_ledger_xlsx",
)
BLIND_SETS[26] = BLIND_26

# --- Blind set 30: petitions handed down during an inspection, the public case lists ----------
_YANGQUAN_HEADER = [
    "序号",
    "受理编号",
    "交办问题基本情况",
    "行政区域",
    "污染类型",
    "调查核实情况",
    "是否属实",
    "处理和整改情况",
    "责任人被处理情况",
]


def _yangquan_batch26_table() -> bytes:
    """阳泉市 (山西) republishing the province's 第二十六批 notice (截至2025年7月1日, 97件: 已办结75,
    阶段性办结19, 正在办理3; cases of earlier batches such as D3SX202505280018 published late) over
    the 一览表 as a Word table; the status is the last words of 处理和整改情况. Rows ours."""
    return _table_docx(
        [
            "截至2025年7月1日，中央第一生态环境保护督察组向我省交办的第二十六批群众信访举报件97件，各责任单位均按要求上报"
            "调查处理情况。其中，已办结75件，阶段性办结19件，正在办理3件，按照有关规定予以公开。",
            "同时，将第一批交办信访举报件D3SX202505280018办理情况予以公开。",
            "附件：中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表",
        ],
        _YANGQUAN_HEADER,
        [
            [
                "1",
                "D3SX202506300021",
                "郊区荫营镇一家洗煤厂煤泥露天堆放，未苫盖，大风天气煤尘飞扬。",
                "阳泉市郊区",
                "大气",
                "经现场核查，该洗煤厂煤泥堆场部分区域苫盖不到位，厂区道路有积尘。",
                "部分属实",
                "郊区生态环境分局责令该厂立即苫盖煤泥、清扫道路，并依法立案查处；现场已整改到位。已办结。",
                "无",
            ],
            [
                "2",
                "D3SX202506300047",
                "盂县一处铁矿开采后形成的矿坑未回填、未复绿，雨季积水。",
                "盂县",
                "生态",
                "经现场核查，该矿坑为历史遗留废弃矿坑，面积约12亩，未开展生态修复。",
                "属实",
                "盂县自然资源局已编制生态修复方案，计划于2025年10月31日前完成矿坑回填和复绿。阶段性办结。",
                "无",
            ],
            [
                "3",
                "D3SX202505280018",
                "平定县冠山镇一家铸造厂夜间生产，噪声扰民。",
                "平定县",
                "噪声",
                "经现场核查，该厂夜间有熔炼作业，厂界噪声超过夜间排放标准。",
                "属实",
                "已责令该厂停止夜间生产，加装隔声设施，经复测厂界噪声达标。已办结。",
                "无",
            ],
        ],
    )


_GUIGANG_HEADER = [
    "序号",
    "受理编号",
    "交办问题基本情况",
    "行政区域",
    "污染类型",
    "调查核实情况",
    "是否属实",
    "处理和整改情况",
    "是否办结",
    "责任人被处理情况",
]


def _guigang_batch4_xlsx() -> bytes:
    """贵港市 (广西) 群众信访举报转办和边督边改公开情况一览表（第四批）, 中央第七生态环境保护督察组
    (进驻 2021-04-09): a workbook with the title merged, a 填报单位 / date row, the header, a 是否办结
    column (是 / 否). 县市区 as the news names them; rows ours."""
    title = "群众信访举报转办和边督边改公开情况一览表（第四批）"
    book, sheet = _titled_sheet("第四批", title, _GUIGANG_HEADER)
    sheet.insert_rows(2)
    sheet.cell(row=2, column=1, value="填报单位：贵港市迎接中央生态环境保护督察工作领导小组办公室")
    sheet.cell(row=2, column=8, value="填报时间：2021年4月20日")
    for row in (
        [
            "1",
            "D2GX202104130031",
            "桂平市蒙圩镇一家石场爆破作业粉尘大，运输车辆沿路抛洒，影响村民生活。",
            "桂平市",
            "大气",
            "经现场核查，该石场破碎车间喷淋设施损坏，运输车辆未全部苫盖。",
            "属实",
            "责令该石场修复喷淋设施、运输车辆全部苫盖，并对沿线道路进行清扫；已整改完成。",
            "是",
            "无",
        ],
        [
            "2",
            "D2GX202104130055",
            "港北区港城街道一家养猪场粪水直排附近溪沟。",
            "港北区",
            "水",
            "经现场核查，该养猪场沼气池满溢，部分粪水经暗管排入溪沟。",
            "属实",
            "已封堵暗管，依法立案处罚；养猪场粪污处理设施扩容计划于2021年6月30日前完成。",
            "否",
            "无",
        ],
        [
            "3",
            "X2GX202104140008",
            "平南县一家木材加工厂锅炉烟囱经常冒黑烟。",
            "平南县",
            "大气",
            "经现场核查，该厂锅炉已改用生物质成型燃料并配套布袋除尘器，检查时未发现冒黑烟。",
            "不属实",
            "县生态环境部门将该厂纳入日常监管，不定期开展检查。",
            "是",
            "无",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _sanmenxia_batches_table() -> bytes:
    """三门峡市 (河南) 中央第一环境保护督察组“回头看”交办第七、八、九批群众举报材料 (2018-06-08 至 10;
    累计19件, 办结7件; 义马市 陕州区 湖滨区 灵宝市 …) as one Word table whose rows are grouped under a
    row per batch merged across, with 责任单位 and 整改时限 columns. Rows ours."""
    return _table_docx(
        [
            "三门峡市中央环境保护督察“回头看”交办群众举报材料办理情况公开表",
            "6月8日—10日，中央第一环境保护督察组向我市交办9件群众举报材料。截至6月10日，共交办19件，办结7件。",
        ],
        [
            "序号",
            "交办编号",
            "县（市、区）",
            "反映问题",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "责任单位",
            "整改时限",
            "问责情况",
        ],
        [
            "第七批（6月8日交办）",
            [
                "1",
                "HN1-0608-03",
                "湖滨区",
                "湖滨区会兴街道一家洗车店洗车废水直排路边雨水井。",
                "经现场核查，该洗车店未建沉淀池，废水排入雨水井。",
                "属实",
                "已责令建设沉淀池，洗车废水经沉淀后接入市政污水管网，已办结。",
                "湖滨区人民政府",
                "2018年6月15日前",
                "无",
            ],
            [
                "2",
                "HN1-0608-07",
                "灵宝市",
                "灵宝市朱阳镇一处选矿厂尾矿库未做防渗，渗滤液流入河道。",
                "经现场核查，该尾矿库库底防渗层局部破损，坝下有渗水。",
                "属实",
                "已责令选矿厂停产，尾矿库防渗改造正在施工。",
                "灵宝市人民政府、市环境保护局",
                "2018年9月30日前",
                "无",
            ],
            "第八批（6月9日交办）",
            [
                "3",
                "HN1-0609-02",
                "陕州区",
                "陕州区大营镇一家砖厂无脱硫设施，烟气直排。",
                "经现场核查，该砖厂脱硫设施未建成即投入生产。",
                "属实",
                "该砖厂已停产，窑炉已拆除，已办结。",
                "陕州区人民政府",
                "立行立改",
                "对大营镇分管负责同志诫勉谈话",
            ],
        ],
        after=("三门峡市迎接中央环境保护督察“回头看”工作领导小组办公室", "2018年6月11日"),
    )


for _name, _filename, _build in (
    ("yangquan_2025_batch26_table", "边督边改公开情况一览表（第二十六批）.docx", _yangquan_batch26_table),
    ("guigang_2021_batch4_xlsx", "边督边改公开情况一览表（第四批）.xlsx", _guigang_batch4_xlsx),
    ("sanmenxia_2018_batches_table", "交办群众举报材料办理情况公开表.docx", _sanmenxia_batches_table),
    ("dezhou_2018_cases_notice", "信访件办理情况的公示（第十二批）.txt", _text("dezhou_2018_cases_notice")),
    ("jining_2024_batch17_page", "第十七批信访件办理情况.html", _fixture("jining_2024_batch17_page.html")),
    ("dazu_2024_batch10_tabs", "第十批信访举报件办理情况.txt", _text("dazu_2024_batch10_tabs")),
    ("linyi_2017_batch29_bars", "第二十九批信访件办理情况.txt", _text("linyi_2017_batch29_bars")),
    ("wenshan_2017_cases_notice", "举报件办理情况的通报（第十三期）.txt", _text("wenshan_2017_cases_notice")),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirtieth blind set, for the figure recorded in docs/decisions.md (“Blind set 30”).
BLIND_30 = (
    "yangquan_2025_batch26_table",
    "guigang_2021_batch4_xlsx",
    "sanmenxia_2018_batches_table",
    "dezhou_2018_cases_notice",
    "jining_2024_batch17_page",
    "dazu_2024_batch10_tabs",
    "linyi_2017_batch29_bars",
    "wenshan_2017_cases_notice",
)
BLIND_SETS[30] = BLIND_30

# --- blind set 36 (issue 14, branch corpus-blind36) -----------------------------------------------
# County and city action plans and work plans (实施方案 / 工作方案 for 蓝天, 碧水, 入河排污口, 农村人居
# 环境) whose tasks carry their lead and cooperating units in brackets or labelled lines and whose
# 重点任务分解表 is attached, from places new to the corpus: 木兰 (黑龙江 哈尔滨), 威宁 (贵州 毕节),
# 龙里 (贵州 黔南), 温县 (河南 焦作), 黄略镇 (广东 湛江 遂溪), 淅川 (河南 南阳), 互助 (青海 海东).
# Written with their expected JSON before the reader ran on them (docs/decisions.md “Blind set 36”).


def _mulan_blue_sky_task_table() -> bytes:
    """木兰县 (黑龙江 哈尔滨) 打赢蓝天保卫战三年行动计划实施方案 (2019-05-29) as the Word file that
    carries its 附件 目标任务分解表: the notice as published, then the ruled table with group rows
    (一、… merged across); the table's rows, units and limits ours (task 1 after the published text)."""
    document = docx.Document(
        io.BytesIO(
            _grid_docx(
                [
                    "木兰县人民政府关于印发木兰县打赢蓝天保卫战三年行动计划实施方案（2018-2020）的通知",
                    "各乡（镇）政府、县内各有关部门：",
                    "现将《木兰县打赢蓝天保卫战三年行动计划实施方案（2018-2020）》印发给你们，请认真抓好落实。",
                    "附件：木兰县打赢蓝天保卫战三年行动计划目标任务分解表",
                    "木兰县人民政府",
                    "2019年5月29日",
                    "附件",
                    "木兰县打赢蓝天保卫战三年行动计划目标任务分解表",
                ],
                ["序号", "重点任务", "工作措施", "牵头单位", "配合单位", "完成时限"],
                [
                    "一、调整优化产业结构，推动形成绿色发展方式",
                    [
                        "1",
                        "优化产业布局",
                        "完成生态保护红线、环境质量底线、资源利用上线和环境准入清单编制工作，明确禁止和限制发展的行业、生产工艺和产业目录。",
                        "县生态环境局",
                        "县发改局、县工信局、县自然资源局",
                        "2020年底前",
                    ],
                    [
                        "2",
                        "深化工业污染治理",
                        "1.持证排污企业全面执行大气污染物排放标准，按要求安装自动监控设施。\n2.开展工业炉窑专项整治，淘汰落后炉型。",
                        "县生态环境局",
                        "县工信局、县市场监管局",
                        "持续推进",
                    ],
                    "二、加快调整能源结构，构建清洁低碳高效能源体系",
                    [
                        "3",
                        "推进清洁取暖",
                        "1.新建建筑配套集中供热或清洁能源供热。\n2.城区集中供热覆盖范围内的分散燃煤小锅炉全部拆除并网。\n"
                        "3.农村地区因地制宜推广生物质、电能等清洁取暖方式。",
                        "县住建局",
                        "县发改局、县农业农村局、\n各乡（镇）政府",
                        "2020年10月底前",
                    ],
                    [
                        "4",
                        "淘汰燃煤小锅炉",
                        "县城建成区淘汰每小时10蒸吨及以下燃煤锅炉，禁止新建每小时35蒸吨以下燃煤锅炉。",
                        "县市场监管局、县生态环境局",
                        "县住建局",
                        "2019年10月底前",
                    ],
                    "三、积极调整运输结构，发展绿色交通体系",
                    [
                        "5",
                        "强化移动源污染防治",
                        "1.开展柴油货车路检路查和入户抽检。\n2.淘汰国三及以下排放标准营运柴油货车。",
                        "县公安局交警大队、县交通运输局",
                        "县生态环境局",
                        "2020年底前",
                    ],
                ],
            )
        )
    )
    _landscape(document)
    return _save(document)


_WEINING_PLAN = """\
威宁自治县牛栏江横江水系主要干流入河排污口排查整治工作实施方案
为深入贯彻落实习近平总书记关于长江经济带“共抓大保护、不搞大开发”的重要指示精神，扎实推进我县牛栏江横江水系干流入河排污口排查整治工作，根据上级有关部门关于开展贵州省八大水系主要干流入河排污口排查整治工作的部署，特制定本工作方案。
一、总体要求
（一）指导思想
按照水污染治理、水生态修复、水资源保护“三水共治”要求，扎实抓好牛栏江、横江流域入河排污口排查整治工作，持续推进流域水环境质量改善提升。
（二）工作目标
力争通过2年时间，全面排查、摸清排污口底数，规范整治牛栏江和横江干流（洛泽河）入河排污口，到2021年底，基本形成权责清晰、监管到位、管理规范的入河排污口监管工作机制。
二、排查范围和对象
牛栏江、横江干流（洛泽河）威宁段两侧现状岸线向陆地一侧延伸2公里范围内，所有通过管道、沟、渠、涵闸等向河流排放污水的排污口。
三、重点任务及时间安排
（一）全面排查（2020年9月底前完成）
采取无人机航测与人员徒步排查相结合的方式，对排查范围内的排污口逐一登记，建立入河排污口名录。
牵头单位：毕节市生态环境局威宁分局
配合单位：县水务局、县住建局，沿河各乡镇（街道）
（二）监测溯源（2020年12月底前完成）
对已登记的排污口开展水质监测，查清污水来源和排污单位，明确排污口责任主体。
牵头单位：毕节市生态环境局威宁分局
配合单位：县水务局、县农业农村局
（三）分类整治（2021年10月底前完成）
按照“取缔一批、合并一批、规范一批”的要求，对排查出的排污口实施分类整治。
1.对违法设置的排污口依法取缔。
2.对布局不合理的分散排污口实施合并，接入污水收集管网。
3.对保留的排污口规范设置标志牌和采样点。
牵头单位：毕节市生态环境局威宁分局、县水务局
配合单位：县住建局、县工业和信息化局，
沿河各乡镇（街道）
（四）建立长效监管机制（持续推进）
将入河排污口纳入河长制日常巡河内容，发现新增排污口及时处置。
牵头单位：县河长制办公室
配合单位：沿河各乡镇（街道）
四、保障措施
（一）加强组织领导。成立由分管副县长任组长的入河排污口排查整治工作领导小组，统筹推进排查整治工作。
（二）强化督查考核。县河长制办公室定期调度工作进展，对推进不力的单位进行通报。
威宁自治县人民政府办公室
2020年7月28日
"""


def _weining_outfall_plan_pdf() -> bytes:
    """威宁自治县 (贵州 毕节) 牛栏江横江水系主要干流入河排污口排查整治工作实施方案 (威府办函〔2020〕97号,
    2020-07-28): the title, opening, 指导思想 and 工作目标 as published (shortened); the tasks, each a
    heading with its limit in brackets and 牵头单位 / 配合单位 lines (the form 贵池区's 排查方案 uses),
    the units and the closing ours. Printed as an official notice."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_WEINING_PLAN)


def _huanglue_section_plan_docx() -> bytes:
    """黄略镇 (广东 湛江 遂溪县) 罗屋田省考断面水质达标攻坚 实施方案 (黄府发〔2020〕): the aim and the four
    tasks as published (shortened); the labelled 责任单位 / 配合单位 / 完成时限 paragraphs (one split
    over two paragraphs), the document number, the closing and the date ours."""
    return _save(
        _paragraphs_docx(
            [
                "黄略镇人民政府关于印发黄略镇2020年罗屋田省考断面水质达标攻坚实施方案的通知",
                "黄府发〔2020〕12号",
                "各有关单位、村委会：",
                "为深入推进遂溪河罗屋田省考断面水质达标攻坚战，进一步细化落实《2020年遂溪县罗屋田省考断面水质达标攻坚方案》的"
                "目标任务，压实各部门、村委会责任，明确时间表、路线图，结合我镇当前工作实际，制定本实施方案。",
                "一、总体目标",
                "坚持科学治污、精准治污、依法治污，实现罗屋田桥省考断面2020年均值持续稳定达到地表水Ⅲ类标准。",
                "二、主要任务",
                "（一）支持配合遂溪河流域水质提升工程。主动配合县相关部门对遂溪河、源水河范围内的排污口进行截污或沿河截流，"
                "建设人工湿地，清淤整治，种植草皮护坡。",
                "责任单位：镇规划建设办",
                "配合单位：镇农业办、",
                "沿河各村委会",
                "完成时限：2020年10月底前",
                "（二）加快推进沿河村庄生活污水处理设施建设。督促未开工村庄抓紧开工，已开工的加快工程进度，已完工的加快投入运行，"
                "确保年底前100%完成雨污分流管网和终端处理设施建设任务。",
                "责任单位：镇规划建设办",
                "配合单位：沿河各村委会",
                "完成时限：2020年12月底前",
                "（三）大力开展“五清”“清四乱”专项行动。对遂溪河、源水河开展清污、清漂、清淤、清障、清违行动；充分发挥镇河长办"
                "枢纽作用，推进镇村两级河长巡河履职。",
                "责任单位：镇河长办",
                "配合单位：镇综治办、镇环保办、沿河各村委会",
                "完成时限：持续推进",
                "（四）强化沿河禽畜养殖排查整治。对沿河已清理的小型无证照养殖场全面排查，对复养的全面取缔。",
                "责任单位：镇农业办、镇畜牧兽医站",
                "配合单位：镇市场监管所、沿河各村委会",
                "完成时限：2020年9月底前",
                "三、保障措施",
                "（一）加强组织领导。成立以镇党委书记、镇长为组长的攻坚工作领导小组，统筹推进攻坚工作。",
                "（二）强化督导问责。镇纪委对工作推进不力的单位和个人严肃问责。",
                "黄略镇人民政府",
                "2020年6月5日",
            ]
        )
    )


def _xichuan_clear_water_xlsx() -> bytes:
    """淅川县 (河南 南阳) 碧水工程实施方案（2014—2017年） (淅政办〔2014〕34号): its 重点任务分解表 as a
    workbook: the title merged across, a 工作类别 column merged down over its tasks. The 类别 and the
    eight county-town rivers as published; the rows' wording, units and limits ours."""
    header = ["序号", "工作类别", "重点任务", "责任单位", "配合单位", "完成时限"]
    book, sheet = _titled_sheet("分解表", "淅川县碧水工程实施方案（2014—2017年）重点任务分解表", header)
    rows = [
        [
            1,
            "加强汇水区水源地水质保护",
            "丹江口水库库区及入库河流沿岸排污口排查整治，取缔库区一级保护区内排污口。",
            "县环保局",
            "县水利局、县南水北调办、沿库各乡镇",
            "2014年底前",
        ],
        [
            2,
            None,
            "县城集中式饮用水水源地规范化建设，设置隔离防护设施和标志标牌。",
            "县水利局",
            "县环保局、县住建局",
            "2015年6月底前",
        ],
        [
            3,
            "推进县城水环境综合整治",
            "老鹳河、内河、娃鱼河、铁庙河、肖沟、古墓沟、石板河、彪池河截污纳管、清淤疏浚，水质达到Ⅴ类及以上。",
            "县住建局",
            "县环保局、县水利局、县城市管理局",
            "2017年底前",
        ],
        [
            4,
            None,
            "县污水处理厂提标改造及配套管网建设。",
            "县住建局",
            "县发改委、县财政局",
            "2016年底前",
        ],
        [
            5,
            "加强农业面源污染防治",
            "丹江口水库周边规模化畜禽养殖场关闭搬迁和粪污治理。",
            "县畜牧局",
            "县环保局、各乡镇人民政府",
            "长期坚持",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("B5:B6")
    return _book_bytes(book)


def _huzhu_air_task_list() -> bytes:
    """互助县 (青海 海东) 深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战行动实施方案
    (互政办函〔2023〕223号, 2023-11-16, 县生态环境局拟定): the forwarding notice as published; its
    attached 重点任务清单 (a landscape Word table, the 攻坚战役 column merged down) ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "互助土族自治县人民政府办公室关于转发互助县深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战行动实施方案的通知",
        "互政办函〔2023〕223号",
        "各乡镇人民政府、高寨街道办事处，县政府有关部门，绿色产业园管委会，有关科级事业单位：",
        "县生态环境局拟定的《互助县深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战行动实施方案》已经县人民政府"
        "研究同意，现转发给你们，请结合实际，认真抓好贯彻落实。",
        "互助土族自治县人民政府办公室",
        "2023年11月16日",
        "附件",
        "重点任务清单",
    ):
        document.add_paragraph(line)
    table = _ruled_table(
        document,
        ["序号", "攻坚战役", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [
            [
                "1",
                "柴油货车污染治理攻坚战",
                "推进老旧柴油货车淘汰，基本淘汰国三及以下排放标准柴油货车。",
                "县交通运输局、县公安局交警大队",
                "县生态环境局、县商务局",
                "2025年底前",
            ],
            [
                "2",
                "",
                "开展柴油货车路检路查和集中停放地入户检查，严厉打击尾气超标排放行为。",
                "县公安局交警大队",
                "县生态环境局、县交通运输局",
                "持续推进",
            ],
            [
                "3",
                "臭氧污染防治攻坚战",
                "开展涉挥发性有机物企业排查整治，建立管理台账。",
                "县生态环境局",
                "县工业商务和信息化局、\n绿色产业园管委会",
                "2024年6月底前",
            ],
            [
                "4",
                "",
                "加强加油站油气回收治理设施检查，确保正常运行。",
                "县市场监管局、县生态环境局",
                "县工业商务和信息化局",
                "持续推进",
            ],
            [
                "5",
                "重污染天气消除攻坚战",
                "修订完善重污染天气应急预案和应急减排清单。",
                "县生态环境局",
                "县气象局、各乡镇人民政府、高寨街道办事处",
                "2024年9月底前",
            ],
        ],
    )
    _merge_down(table, 1, 1, 2)
    _merge_down(table, 1, 3, 4)
    return _save(document)


for _name, _filename, _build in (
    ("mulan_2019_blue_sky_task_table", "蓝天保卫战三年行动计划实施方案.docx", _mulan_blue_sky_task_table),
    ("weining_2020_outfall_plan_pdf", "入河排污口排查整治工作实施方案.pdf", _weining_outfall_plan_pdf),
    ("longli_2018_rural_env_plan", "农村人居环境整治实施方案.txt", _text("longli_2018_rural_env_plan")),
    ("wenxian_2016_blue_sky_plan", "温县2016年度蓝天工程实施方案.txt", _text("wenxian_2016_blue_sky_plan")),
    ("huanglue_2020_section_plan_docx", "断面水质达标攻坚实施方案.docx", _huanglue_section_plan_docx),
    ("xichuan_2014_clear_water_xlsx", "碧水工程重点任务分解表.xlsx", _xichuan_clear_water_xlsx),
    ("huzhu_2023_air_task_list", "攻坚战行动实施方案.docx", _huzhu_air_task_list),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-sixth blind set, for the figure recorded in docs/decisions.md (“Blind set 36”).
BLIND_36 = (
    "mulan_2019_blue_sky_task_table",
    "weining_2020_outfall_plan_pdf",
    "longli_2018_rural_env_plan",
    "wenxian_2016_blue_sky_plan",
    "huanglue_2020_section_plan_docx",
    "xichuan_2014_clear_water_xlsx",
    "huzhu_2023_air_task_list",
)
BLIND_SETS[36] = BLIND_36


def _jieyang_black_water_acceptance_docx() -> bytes:
    """揭阳市 (广东) 城市黑臭水体治理验收工作方案 (揭府办〔2019〕40号, 2019-09-06, 市政府六届44次常务会议
    审议通过; 榕城区、揭东区; 问题径向市住房城乡建设局反映; 2019年全面消除黑臭水体) as the Word file: the
    notice and aim as published; the steps, their bracketed limits, units and measures ours. Found
    and written after the set's fixes, as a check that they hold on a plan not seen."""
    return _save(
        _paragraphs_docx(
            [
                "揭阳市人民政府办公室关于印发揭阳市城市黑臭水体治理验收工作方案的通知",
                "揭府办〔2019〕40号",
                "榕城区、揭东区人民政府（管委会），市府直属有关单位：",
                "《揭阳市城市黑臭水体治理验收工作方案》已经市人民政府六届44次常务会议审议通过，现印发给你们，请认真组织实施。"
                "实施中遇到的问题，请径向市住房城乡建设局反映。",
                "揭阳市人民政府办公室",
                "2019年9月6日",
                "揭阳市城市黑臭水体治理验收工作方案",
                "为打好黑臭水体整治这一污染防治攻坚战标志性重大战役，确保2019年全面消除黑臭水体，结合我市实际，制定本方案。",
                "一、验收范围",
                "市区建成区内已完成治理的城市黑臭水体。",
                "二、工作步骤",
                "（一）自查自评（2019年10月15日前完成）",
                "各区对已完成治理的黑臭水体逐一开展自查，形成自评报告。",
                "牵头单位：榕城区人民政府、揭东区人民政府",
                "配合单位：市生态环境局揭阳分局（榕城、揭东）",
                "（二）初步验收（2019年11月底前完成）",
                "市住房城乡建设局会同有关部门组织初步验收：",
                "1.查阅治理工程资料；",
                "2.现场察看水体感官状况；",
                "3.委托第三方开展水质监测和公众评议。",
                "牵头单位：市住房城乡建设局",
                "配合单位：市生态环境局、市水务局，",
                "榕城区人民政府、揭东区人民政府",
                "（三）长效管护（长期坚持）",
                "落实河长制，建立防止返黑返臭的日常巡查和养护机制。",
                "牵头单位：市水务局",
                "配合单位：市住房城乡建设局",
                "三、工作要求",
                "（一）加强组织领导。各区要明确分管领导和具体责任人。",
                "（二）严格验收标准。验收不合格的，限期整改后重新验收。",
            ]
        )
    )


DOCUMENTS["jieyang_2019_black_water_acceptance_docx"] = (
    "城市黑臭水体治理验收工作方案.docx",
    _jieyang_black_water_acceptance_docx,
)
BLIND_36 = (*BLIND_36, "jieyang_2019_black_water_acceptance_docx")  # found after the fixes
BLIND_SETS[36] = BLIND_36


# --- blind set 31 (issue 14, branch corpus-blind31) -----------------------------------------------
# Follow-up of people's congress law-enforcement checks (执法检查) and their deliberation opinions
# (审议意见): a task division table, a ledger of the checked sites, reports of what was done per
# problem, a task list with units in brackets, a web table copied with tabs, labelled blocks.


def _baoxing_water_task_table() -> bytes:
    """宝兴县 (四川 雅安) 水污染防治法 执法检查 (县人大常委会, 2019年3月上中旬, 受市人大常委会委托): the four
    problems as the check published them; the county government's 整改任务分工表 (its notice, measures,
    lead and cooperating units, limits) ours."""
    document = docx.Document()
    for line in (
        "宝兴县人民政府办公室关于印发《县人大常委会〈水污染防治法〉执法检查反馈问题整改任务分工表》的通知",
        "各乡镇人民政府，县级各部门：",
        "2019年3月上中旬，县人大常委会对我县贯彻实施《中华人民共和国水污染防治法》情况开展了执法检查，"
        "指出了存在的问题。经县政府同意，现将整改任务分工表印发给你们，请各牵头单位会同配合单位抓好落实，"
        "每月底前将整改进展报县生态环境局汇总。",
        "附件",
        "县人大常委会《水污染防治法》执法检查反馈问题整改任务分工表",
    ):
        document.add_paragraph(line)
    header = ["序号", "存在问题", "整改措施", "牵头单位", "配合单位", "完成时限"]
    rows = [
        [
            "1",
            "城镇及部分居民聚居区污水管网建设不够完善，生活污水收集率偏低。",
            "1.实施县城污水管网改造工程，新建污水管网4.5公里；\n2.推进乡镇和居民聚居区污水收集支管建设；"
            "\n3.开展雨污分流排查，整治混接错接点位。",
            "县住房和城乡建设局",
            "县生态环境局、各乡镇人民政府",
            "2019年12月31日前",
        ],
        [
            "2",
            "农村面源污染治理工作还不够彻底。",
            "1.推广测土配方施肥和病虫害统防统治，实现化肥农药使用量零增长；\n2.督促规模畜禽养殖场配套建设粪污处理设施。",
            "县农业农村局",
            "县生态环境局",
            "2019年10月底前",
        ],
        [
            "3",
            "农村分散式饮用水保护和监测力度不够。",
            "1.划定农村分散式饮用水水源保护范围并设立标志；\n2.每年开展一次水质监测并公开结果。",
            "县水利局",
            "县卫生健康局、县生态环境局",
            "2019年9月30日前；长期坚持",
        ],
        [
            "4",
            "环保队伍专业技术人才缺少。",
            "通过公开招聘、选调等方式充实生态环境监测执法专业技术人员。",
            "县生态环境局",
            "县委编办、县人力资源和社会保障局",
            "2019年12月底前",
        ],
    ]
    _ruled_table(document, header, rows)
    document.add_paragraph("宝兴县人民政府办公室")
    document.add_paragraph("2019年5月10日")
    return _save(document)


def _chaotian_waste_ledger_xlsx() -> bytes:
    """朝天区 (四川 广元; the page names the district's towns) 固废法 执法检查 (区人大常委会, 5月下旬起;
    大滩镇宏术洗选厂尾矿库, 云雾山镇太阳坪金矿, 城区垃圾填埋场, 朝天镇大巴口社区隆胜汽修 …): the sites as
    published; the ledger's form (title merged, date cells for the limits, 是否完成), problems, units and
    progress ours."""
    import datetime

    header = ["序号", "检查点位", "存在问题", "整改措施", "责任单位", "整改时限", "整改进展", "是否完成"]
    book, sheet = _titled_sheet("问题台账", "朝天区固体废物污染环境防治法执法检查发现问题整改台账", header)
    for row in (
        [
            1,
            "大滩镇宏术洗选厂尾矿库",
            "尾矿库排洪设施淤堵，库区周边截洪沟不完善。",
            "1.清理排洪设施淤积物；2.完善库区周边截洪沟。",
            "大滩镇人民政府、区应急管理局",
            datetime.datetime(2021, 8, 31),
            "排洪设施已清淤，截洪沟已完善，整改完成。",
            "是",
        ],
        [
            2,
            "云雾山镇太阳坪金矿",
            "废石堆场未采取防扬散、防流失措施。",
            "对废石堆场进行覆盖，修建挡土墙和排水沟。",
            "云雾山镇人民政府、区经济信息化和科技局",
            datetime.datetime(2021, 9, 30),
            "覆盖已完成，挡土墙正在施工。",
            "否",
        ],
        [
            3,
            "城区垃圾填埋场",
            "渗滤液调节池容量不足，雨季存在溢流风险。",
            "1.扩建渗滤液调节池；2.委托第三方应急处理渗滤液；3.实施场区雨污分流。",
            "区住房和城乡建设局",
            datetime.datetime(2021, 12, 31),
            "应急处理已开展，调节池扩建项目已立项。",
            "否",
        ],
        [
            4,
            "朝天镇大巴口社区隆胜汽修",
            "废机油、废滤芯等危险废物未规范贮存，未建立管理台账。",
            "1.设置危险废物暂存间并张贴标识；2.建立管理台账，与有资质单位签订处置协议。",
            "市生态环境局朝天区分局",
            "立行立改",
            "已完成整改。",
            "是",
        ],
    ):
        sheet.append(row)
    for cell in sheet["F"][2:5]:
        cell.number_format = "yyyy年m月d日"
    return _book_bytes(book)


_HEBI_REPORT = """鹤壁市人民政府关于市人大常委会固体废物污染环境防治法执法检查报告及审议意见研究处理情况的报告
市人大常委会：
2021年4月，市人大常委会执法检查组深入淇滨区、浚县、淇县和市城乡一体化示范区，对《中华人民共和国固体废物污染环境防治法》贯彻实施情况进行了检查。市人大常委会会议审议了执法检查报告，形成审议意见，指出了快递包装回收、生活垃圾分类、废弃农膜回收、危险废物管理等方面的问题。市政府高度重视，逐项明确牵头单位、配合单位和完成时限。现将研究处理情况报告如下：
一、审议意见所提问题的研究处理情况
（一）快递包装回收利用体系不健全
牵头单位：市邮政管理局
配合单位：市商务局、市发展改革委
完成时限：2021年12月31日前
处理情况：全市快递网点已全部设置包装废弃物回收装置，推广使用可循环快递箱，已完成整改。
（二）生活垃圾分类试点覆盖面小，居民分类投放准确率不高
牵头单位：市城市管理局
配合单位：淇滨区人民政府、市城乡一体化示范区管委会
完成时限：2022年6月30日前
处理情况：新增分类示范小区32个，正在推进垃圾分类投放点规范化改造。
（三）废弃农膜回收体系不完善
牵头单位：市农业农村局
配合单位：浚县人民政府、淇县人民政府、市供销社
完成时限：长期坚持
处理情况：建成村级废弃农膜回收网点46个，持续推进废弃农膜回收利用。
（四）部分产废单位危险废物收集暂存不规范
牵头单位：市生态环境局
配合单位：市卫生健康委
完成时限：立行立改
处理情况：对全市危险废物产生单位开展专项检查，发现的问题已全部整改到位。
二、下一步工作打算
市政府将持续抓好审议意见落实，健全固体废物污染防治长效机制，自觉接受市人大常委会监督。
鹤壁市人民政府
2021年9月24日"""


def _hebi_waste_report_pdf() -> bytes:
    """鹤壁市 (河南) 固废法 执法检查 (市人大常委会主任 2021-04-06 率队, 淇滨区 浚县 示范区 淇县; 快递包装回收,
    生活垃圾分类试点, 废弃农膜回收, 危险废弃物收集和暂存) as published; the city government's report on the
    审议意见, its four problems, units, limits and progress ours, printed to PDF as an official notice."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_HEBI_REPORT)


def _qianxi_waste_table_pdf() -> bytes:
    """迁西县 (河北 唐山) 固体废物污染环境防治“一法一条例” 执法检查 (市人大常委会, 7月26日; 垃圾处理, 散乱污
    企业治理, 尾矿利用, 乡镇环保所建设) as published (year read as 2019); the county's 交办问题整改台账 as a
    text PDF, its rows, units and limits ours."""
    paragraphs = [
        "迁西县固体废物污染环境防治“一法一条例”执法检查交办问题整改台账",
        "填报单位：迁西县人民政府办公室　　　　填报日期：2019年9月20日",
    ]
    header = ["序号", "问题类别", "问题描述", "整改措施", "责任单位", "配合单位", "整改时限", "完成情况"]
    rows = [
        [
            "1",
            "垃圾处理",
            "县城生活垃圾填埋场已超设计库容，渗滤液处理能力不足。",
            "1.加快建设生活垃圾焚烧发电项目；2.对填埋场渗滤液实施应急外运处理。",
            "县城市管理综合行政执法局",
            "市生态环境局迁西县分局",
            "2020年6月30日前",
            "正在推进",
        ],
        [
            "2",
            "尾矿利用",
            "部分铁矿尾矿综合利用率低，尾矿砂堆存量大。",
            "1.推动尾矿制砂、制砖综合利用项目；2.对停用尾矿库实施闭库治理。",
            "县工业和信息化局",
            "县应急管理局、县自然资源和规划局",
            "2020年12月31日前",
            "正在推进",
        ],
        [
            "3",
            "散乱污企业治理",
            "个别取缔的“散乱污”企业遗留固体废物未清运。",
            "立即清运遗留固体废物并规范处置。",
            "相关乡镇人民政府",
            "市生态环境局迁西县分局",
            "立行立改",
            "已完成",
        ],
        [
            "4",
            "乡镇环保所建设",
            "乡镇环保所人员配备不足，固体废物日常监管不到位。",
            "1.每个乡镇环保所配齐2名以上专职人员；2.建立固体废物日常巡查台账。",
            "县委编办",
            "市生态环境局迁西县分局、各乡镇人民政府",
            "2019年12月31日前",
            "已完成",
        ],
    ]
    return _pdf_table(paragraphs, header, rows, widths=(10, 22, 55, 62, 35, 40, 28, 25))


for _name, _filename, _build in (
    ("baoxing_2019_water_task_table", "执法检查反馈问题整改任务分工表.docx", _baoxing_water_task_table),
    ("chaotian_2021_waste_ledger_xlsx", "固废法执法检查发现问题整改台账.xlsx", _chaotian_waste_ledger_xlsx),
    ("hebi_2021_waste_report_pdf", "审议意见研究处理情况的报告.pdf", _hebi_waste_report_pdf),
    ("qianxi_2019_waste_table_pdf", "执法检查交办问题整改台账.pdf", _qianxi_waste_table_pdf),
    (
        "tianmen_2022_yangtze_task_list",
        "长江保护法执法检查审议意见整改任务清单.txt",
        _text("tianmen_2022_yangtze_task_list"),
    ),
    (
        "dongxihu_2022_yangtze_tabs",
        "长江保护法执法检查发现问题整改情况.txt",
        _text("dongxihu_2022_yangtze_tabs"),
    ),
    (
        "zhongjiang_2019_water_report",
        "执法检查审议意见办理情况的报告.txt",
        _text("zhongjiang_2019_water_report"),
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-first blind set, for the figure recorded in docs/decisions.md (“Blind set 31”).
BLIND_31 = (
    "baoxing_2019_water_task_table",
    "chaotian_2021_waste_ledger_xlsx",
    "hebi_2021_waste_report_pdf",
    "qianxi_2019_waste_table_pdf",
    "tianmen_2022_yangtze_task_list",
    "dongxihu_2022_yangtze_tabs",
    "zhongjiang_2019_water_report",
)
BLIND_SETS[31] = BLIND_31


# --- blind set 34 (issue 14, branch corpus-blind34) -----------------------------------------------
# Assignment and supervision sheets (挂牌督办通知 with its list, 督办通知, 整改意见书, 督导问题交办清单,
# 巡察立行立改清单, 整改通知书, 河长办督办函) written with their expected JSON BEFORE the reader ran on
# them (docs/decisions.md, “Blind set 34”). Sources in SOURCES.md, table “Blind set 34”.


def _changzhou_hazard_listing_table() -> bytes:
    """常州市 (江苏) 市安委会 挂牌督办 of 12 major hazard units (2017-09; 溧阳市大溪金山化工厂 first;
    责任、资金、时间、措施、预案“五落实”): the notice, then the attached list as a ruled Word table with
    督办责任单位 and 整改期限. The first unit as published; the hazards, other rows and limits ours."""
    return _grid_docx(
        [
            "常州市安全生产委员会",
            "关于对溧阳市大溪金山化工厂等12家重大隐患单位进行挂牌督办的通知",
            "各辖市、区安委会，市安委会各成员单位：",
            "按照全市安全生产大检查工作部署，市安委会决定对以下重大事故隐患单位实行挂牌督办。请各督办责任单位"
            "督促隐患单位制订整改方案，做到责任、资金、时间、措施、预案“五落实”，按期整改到位后申请摘牌销号。",
            "附件：常州市2017年重大事故隐患挂牌督办名单",
        ],
        ["序号", "隐患单位", "重大事故隐患", "督办责任单位", "整改期限"],
        [
            [
                "1",
                "溧阳市大溪金山化工厂",
                "甲类仓库与办公楼防火间距不足，仓库内危险化学品超量储存。",
                "溧阳市安委会",
                "2017年11月30日前",
            ],
            [
                "2",
                "金坛区一家金属制品厂",
                "粉尘涉爆除尘系统未按规范设置泄爆装置，除尘器布置在车间内。",
                "金坛区安委会",
                "2017年10月31日",
            ],
            [
                "3",
                "武进区一家纺织企业",
                "生产车间与员工宿舍设置在同一建筑内，疏散通道被占用。",
                "武进区安委会、武进区公安消防大队",
                "立即整改",
            ],
            [
                "4",
                "新北区一家化工企业",
                "液氯钢瓶使用场所未设置泄漏报警和应急处置装置。",
                "新北区安委会",
                "2017年12月31日前",
            ],
        ],
        after=["常州市安全生产委员会", "2017年9月11日"],
    )


def _guzhang_rectification_opinions() -> bytes:
    """古丈县 (湖南 湘西) 工业集中区管理委员会 环保排查小组's 整改意见书 (2021-04; 湘西鑫科食品有限公司
    as reported): one Word two-column form per enterprise, 存在问题 and 整改要求 numbered in one cell,
    整改时限 as “限期30日内” counted from the 下达日期 and as a date. The second form and all cells ours."""
    document = docx.Document()
    document.add_paragraph("古丈县工业集中区管理委员会")
    document.add_paragraph("环保问题整改意见书")
    forms = [
        [
            ("编    号", "古工管环〔2021〕07号"),
            ("企业名称", "湘西鑫科食品有限公司"),
            ("存在问题", "污水处理站运行台账记录不全，雨水排口有生产废水混入。"),
            (
                "整改要求",
                "1.完善污水处理站运行台账，做到每日记录；\n2.排查雨污管网，封堵错接的废水管道；\n"
                "3.在雨水排口设置应急闸阀。",
            ),
            ("整改时限", "限期30日内"),
            ("下达日期", "2021年4月16日"),
            ("整改责任人", "企业法定代表人"),
        ],
        [
            ("编    号", "古工管环〔2021〕08号"),
            ("企业名称", "古丈县某茶叶加工厂"),
            ("存在问题", "燃煤炒茶灶无除尘设施，烟尘无组织排放。"),
            ("整改要求", "1.停用燃煤炒茶灶；\n2.改用电或天然气等清洁能源。"),
            ("整改时限", "2021年6月30日前"),
            ("下达日期", "2021年4月16日"),
            ("整改责任人", "企业负责人"),
        ],
    ]
    for rows in forms:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph("")
    document.add_paragraph("请于整改完成后报送整改报告及佐证材料，管委会将组织复查。")
    return _save(document)


def _hohhot_supervision_list_xlsx() -> bytes:
    """呼和浩特市 (内蒙古) 市环境综合整治第二督导组 weekly 督导发现问题交办清单 (新城区 中山东路办事处,
    “八横八纵” 乌兰察布路; 小区堆物、小广告、沿街商户店外堆物): a title, the 督导时间 row, limits written
    “于5月24日前” without the year, 整改情况 已整改 / 正在整改. The year (2019) and rows ours."""
    header = ["序号", "问题点位", "发现问题", "责任单位", "整改要求", "整改时限", "整改情况"]
    book, sheet = _titled_sheet("交办清单", "市环境综合整治第二督导组督导发现问题交办清单", header)
    sheet.insert_rows(2)
    sheet["A2"] = "督导时间：2019年5月20日—5月21日"
    sheet["F2"] = "被督导单位：新城区"
    rows = [
        [
            1,
            "中山东路办事处某小区",
            "小区内多处堆放杂物，楼道内小广告反弹。",
            "中山东路办事处",
            "清理堆物，铲除小广告，建立楼道保洁制度。",
            "于5月24日前",
            "已整改",
        ],
        [
            2,
            "乌兰察布路（新城区段）",
            "沿街商户店外堆物、倾倒污水。",
            "新城区城市管理综合执法局",
            "责令商户清理店外堆物，对倾倒污水行为依法处罚。",
            "立即整改",
            "已整改",
        ],
        [
            3,
            "中山东路办事处某小区",
            "小区内存在违法建设。",
            "新城区城市管理综合执法局、中山东路办事处",
            "依法拆除违法建设。",
            "于6月10日前",
            "正在整改",
        ],
    ]
    for row in rows:
        sheet.append(row)
    return _book_bytes(book)


def _kaiyuan_patrol_immediate_list_pdf() -> bytes:
    """开远市 (云南 红河) 市委巡察 问题清单 and 对账销号表 (“限时处理、限时反馈”): the 立行立改问题
    交办清单 printed to PDF, with 整改时限 立行立改 / a date / 长期坚持 and 销号情况. Rows and units ours."""
    return _pdf_table(
        [
            "开远市委第二巡察组",
            "巡察发现立行立改问题交办清单",
            "被巡察单位：开远市某镇党委    交办日期：2019年6月12日",
        ],
        ["序号", "问题类别", "具体问题", "责任部门", "整改时限", "销号情况"],
        [
            [
                "1",
                "民生领域",
                "村级公益性岗位人员管理不规范，部分人员未按要求上岗。",
                "镇人社中心",
                "立行立改",
                "已销号",
            ],
            [
                "2",
                "财务管理",
                "部分村委会报账凭证附件不全，白条入账。",
                "镇财政所、镇纪委",
                "2019年7月31日前",
                "未销号",
            ],
            ["3", "作风建设", "便民服务中心窗口工作人员迟到早退。", "镇党政办", "长期坚持", "未销号"],
        ],
        widths=(12, 30, 110, 45, 35, 25),
    )


def _longyao_river_supervision_letter() -> bytes:
    """隆尧县 (河北 邢台) 河长办 督办函 to a town (县水务局 2021: 督办函30多份, 午河、澧河、小漳河、滏阳河
    断面, 封堵沿河非法排污口): a four-column Word form, 督办编号 (a document number, not a finding
    number) | 督办日期; 问题描述 and 整改要求 across three cells; 协办单位. Cells ours."""
    return _four_column_form(
        ["隆尧县河长制办公室督办函"],
        [
            ("督办编号", "隆河办督〔2021〕14号", "督办日期", "2021年9月15日"),
            ("被督办单位", "莲子镇人民政府", "所在河段", "午河莲子镇段"),
            ("问题描述", "午河莲子镇段发现非法排污口2处，河道管理范围内倾倒建筑垃圾。"),
            ("整改要求", "一是封堵非法排污口；二是清理河道内建筑垃圾；三是落实村级河长巡河责任。"),
            ("整改时限", "2021年9月30日前", "协办单位", "邢台市生态环境局隆尧分局"),
            ("备注", "整改完成后报送整改前后对比照片，逾期未完成的提请县级河长约谈。"),
        ],
        ["隆尧县河长制办公室", "2021年9月15日"],
    )


for _name, _filename, _build in (
    (
        "changzhou_2017_hazard_listing_table",
        "重大隐患单位挂牌督办的通知.docx",
        _changzhou_hazard_listing_table,
    ),
    (
        "huangzhong_2017_river_supervision_notice",
        "河道整治的督办通知.txt",
        _text("huangzhong_2017_river_supervision_notice"),
    ),
    ("guzhang_2021_rectification_opinions", "环保问题整改意见书.docx", _guzhang_rectification_opinions),
    ("hohhot_2019_supervision_list_xlsx", "督导发现问题交办清单.xlsx", _hohhot_supervision_list_xlsx),
    (
        "kaiyuan_2019_patrol_immediate_list_pdf",
        "巡察发现立行立改问题交办清单.pdf",
        _kaiyuan_patrol_immediate_list_pdf,
    ),
    ("xinluo_2018_rectification_notice", "整改通知书.txt", _text("xinluo_2018_rectification_notice")),
    ("longyao_2021_river_supervision_letter", "河长办督办函.docx", _longyao_river_supervision_letter),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-fourth blind set, for the figure recorded in docs/decisions.md (“Blind set 34”).
BLIND_34 = (
    "changzhou_2017_hazard_listing_table",
    "huangzhong_2017_river_supervision_notice",
    "guzhang_2021_rectification_opinions",
    "hohhot_2019_supervision_list_xlsx",
    "kaiyuan_2019_patrol_immediate_list_pdf",
    "xinluo_2018_rectification_notice",
    "longyao_2021_river_supervision_letter",
)
BLIND_SETS[34] = BLIND_34


def _xinzheng_rectification_notice_pdf() -> bytes:
    """新郑市 (河南 郑州) 城乡结合部及铁路公路河渠沿线治理指挥部 督导组 on the 107国道 (3月3日至5日, 梨河镇、
    城关乡、郭店镇、新村镇; 58处; 《整改通知书》, 限期整改并回复, 交办—回复—复核—扣分—通报): the notice to
    one town printed to PDF, addressed in its salutation, its problems in a table, limits as “3日内” /
    a date from the 下发日期. Found after the fixes; the year (2021), rows and limits ours."""
    return _pdf_table(
        [
            "新郑市城乡结合部及铁路公路河渠沿线治理指挥部",
            "整改通知书",
            "编号：新治指〔2021〕9号    下发日期：2021年3月4日",
            "城关乡人民政府：",
            "3月3日，督导组对你乡辖区107国道沿线环境卫生进行了督导检查，发现以下问题，请限期整改并书面回复。",
        ],
        ["序号", "问题位置", "存在问题", "整改期限"],
        [
            ["1", "107国道城关乡段东侧", "路肩积存生活垃圾约5立方米。", "3日内"],
            ["2", "107国道城关乡段西侧排水沟", "排水沟内有建筑垃圾，堵塞沟渠。", "2021年3月12日前"],
            ["3", "107国道与城关乡某村道路交叉口", "私搭乱建彩钢棚一处。", "立即整改"],
        ],
        widths=(12, 60, 110, 40),
    )


DOCUMENTS["xinzheng_2021_rectification_notice_pdf"] = ("整改通知书.pdf", _xinzheng_rectification_notice_pdf)
# found after the fixes, written with its JSON before the fixed reader ran on it
BLIND_34 = (*BLIND_34, "xinzheng_2021_rectification_notice_pdf")
BLIND_SETS[34] = BLIND_34


# --- blind set 33 (issue 14, branch corpus-blind33) ---
# Monthly and quarterly progress lists of rectification (整改进展情况表, 调度表, 台账, 一览表) with
# status columns (已完成 / 序时推进 / 未完成), progress text with dates and percentages.


def _yuxi_monthly_dispatch_xlsx() -> bytes:
    """玉溪市 (云南) 省委省政府环境保护督察反馈意见问题整改 月调度表 (反馈 2018-06-01, “每月调度一次整改
    进展情况”; 饮用水水源地, 黄标车淘汰, 河(湖)长制, “三湖”, 通海县第二污水处理厂, 国考断面): a workbook whose
    first sheet counts tasks per county, the second lists the problems under a title, a 填报 row and
    a notes row. The counts, units, limits and progress are ours."""
    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["玉溪市省级环境保护督察反馈意见问题整改进展汇总表（截至2019年3月31日）"])
    summary.merge_cells("A1:E1")
    summary.append(["县（市、区）", "整改任务数", "已完成", "序时推进", "未完成"])
    counts = (["红塔区", 9, 6, 3, 0], ["江川区", 8, 5, 2, 1], ["通海县", 10, 6, 4, 0], ["合计", 27, 17, 9, 1])
    for row in counts:
        summary.append(row)
    sheet = book.create_sheet("整改进展")
    header = ["序号", "反馈问题", "牵头单位", "配合单位", "整改时限", "截至3月底整改进展", "整改状态"]
    sheet.append(["玉溪市贯彻落实省委省政府环境保护督察反馈意见问题整改进展情况调度表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    filler = ["填报单位：玉溪市环境保护督察问题整改工作领导小组办公室", "", "", "", ""]
    sheet.append([*filler, "填报时间：2019年4月3日"])
    sheet.append(header)
    for row in (
        [
            1,
            "部分县级集中式饮用水水源地保护区划定不规范，保护区内仍有违规建筑和农业种植。",
            "市生态环境局",
            "市水利局、各县（市、区）人民政府",
            "2018年12月底前",
            "已完成7个县级水源地保护区划定调整，保护区内23处违规建筑全部拆除，种植退出1260亩。",
            "已完成",
        ],
        [
            2,
            "黄标车淘汰任务未按期完成。",
            "市公安局",
            "市商务局、市财政局",
            "2018年10月底前",
            "全市应淘汰黄标车4312辆，已淘汰4312辆，完成率100%。",
            "已完成",
        ],
        [
            3,
            "河（湖）长制落实不到位，部分河湖长巡河巡湖流于形式。",
            "市河长制办公室",
            "各县（市、区）人民政府",
            "长期坚持",
            "已修订河（湖）长巡查制度，2019年一季度市县乡三级河湖长巡河巡湖1.2万余人次，问题整改率92%。",
            "序时推进",
        ],
        [
            4,
            "通海县第二污水处理厂建设滞后，杞麓湖入湖污染负荷居高不下。",
            "通海县人民政府",
            "市住房城乡建设局、市生态环境局",
            "2019年6月底前",
            "主体工程完工，设备安装完成85%，配套管网完成12.6公里，计划5月底通水调试。",
            "序时推进",
        ],
        [
            5,
            "个别国考断面水质未达到考核目标。",
            "市生态环境局",
            "江川区人民政府、华宁县人民政府",
            "2020年12月底前",
            "星云湖出口断面一季度均值仍为劣Ⅴ类，入湖河道截污工程进度滞后。",
            "未完成",
        ],
    ):
        sheet.append(row)
    sheet.append(["注：1.整改状态填写“已完成”“序时推进”“未完成”；2.本表每月3日前报送。"])
    return _book_bytes(book)


def _wuxi_jkq_progress_table() -> bytes:
    """无锡经济开发区 (江苏) 第二轮第三批省生态环境保护督察报告整改方案 整改任务推进情况一览表: task 34
    (抽查22家铸造企业, 蠡湖增压 搬迁 2024-12-28, 华浩特钢 停产 2024-07-10, 2025年12月底前, 验收单位
    市生态环境局) as published in the closure notice; the other rows, percentages and the date ours.
    The 序号 are the tasks' numbers in the city's plan, not 1, 2, 3."""
    return _table_docx(
        [
            "无锡经开区贯彻落实第二轮第三批省生态环境保护督察报告整改方案整改任务推进情况一览表",
            "（截至2025年11月30日）",
        ],
        ["序号", "整改任务", "责任单位", "验收单位", "整改时限", "推进情况", "完成进度", "状态"],
        [
            [
                "12",
                "部分建筑工地扬尘管控不到位，裸土覆盖、车辆冲洗等措施落实不严。",
                "无锡经开区建设局",
                "市住房城乡建设局",
                "2024年12月底前",
                "已对辖区在建工地开展全覆盖检查，建立扬尘管控“红黑榜”，问题工地全部整改。",
                "100%",
                "已完成",
            ],
            [
                "27",
                "太湖新城部分雨污管网混接错接，旱天仍有污水入河。",
                "无锡经开区建设局、华庄街道",
                "市水利局",
                "2026年6月底前",
                "已排查管网86公里，发现混接点142处，完成改造118处。",
                "83%",
                "序时推进",
            ],
            [
                "34",
                "抽查22家铸造企业，普遍存在大气治理不到位等问题。",
                "无锡经开区党工委、管委会",
                "市生态环境局",
                "2025年12月底前",
                "无锡蠡湖增压技术股份有限公司2024年12月28日完成搬迁；无锡市华浩特钢铸造有限公司2024年7月10日起停产，待拆迁。",
                "100%",
                "已完成",
            ],
            [
                "41",
                "部分餐饮油烟净化设施运行不正常，群众投诉较多。",
                "无锡经开区综合行政执法局",
                "市城管局",
                "长期坚持",
                "已开展餐饮油烟专项检查2轮，督促326家餐饮单位清洗维护净化设施。",
                "—",
                "序时推进",
            ],
        ],
        after=(
            "注：状态分“已完成”“序时推进”“滞后”三类。",
            "无锡经济开发区生态环境保护督察整改工作领导小组办公室",
        ),
    )


def _changzhou_jkq_petition_ledger_pdf() -> bytes:
    """常州经开区 (江苏) 中央环保督察交办信访件整改进展台账, a text PDF: 50件 since 2016, 凯盛包装 and
    劲帆钢管 (checked by 省厅第二专员办 on 2020-03-18) as published; the codes, problems, units,
    limits, percentages and the third row ours."""
    header = ["序号", "交办编号", "信访问题", "责任单位", "整改时限", "整改进展", "完成比例", "是否办结"]
    rows = [
        [
            "1",
            "JS2017-0612",
            "常州凯盛包装有限公司印刷车间有机废气异味扰民。",
            "横山桥镇人民政府、经开区生态环境局",
            "2017年12月31日",
            "已安装活性炭吸附+催化燃烧装置，委托监测非甲烷总烃达标；2020年3月18日省厅专员办现场复核。",
            "100%",
            "是",
        ],
        [
            "2",
            "JS2017-0745",
            "常州劲帆钢管有限公司酸洗废水处理不规范，厂区地面有积水。",
            "遥观镇人民政府",
            "2018年6月30日",
            "已停用酸洗工序，废水处理设施改造完成，厂区雨污分流改造完成。",
            "100%",
            "是",
        ],
        [
            "3",
            "JS2018-1033",
            "潞城街道一处河道两岸堆放建筑垃圾，雨天污水流入河中。",
            "潞城街道办事处",
            "2020年6月30日",
            "建筑垃圾已清运2100吨，护岸修复完成60%，剩余部分结合河道整治工程推进。",
            "60%",
            "否",
        ],
    ]
    return _pdf_table(
        [
            "常州经开区中央环保督察交办信访件整改进展台账",
            "2016年以来共收到中央环保督察组交办信访件50件，截至2020年3月底已办结49件，现将重点信访件整改进展列示如下：",
        ],
        header,
        rows,
        widths=(10, 24, 54, 36, 24, 80, 18, 16),
    )


def _bazhong_yangtze_report_pdf() -> bytes:
    """巴中市 (四川) 长江经济带生态环境问题整改进展 (月报), printed as an official notice: the province's
    移交 20/21/21 problems (2018-2020) and “清单制+责任制+销号制” as the 巴中 site's copy of 四川日报
    (2021-05-31) says; 巴中's own problems, units, limits and progress ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_BAZHONG_REPORT)


_BAZHONG_REPORT = """巴中市长江经济带生态环境问题整改进展情况（2021年5月）
按照“清单制+责任制+销号制”要求，现将我市承担的国家移交和自查发现长江经济带生态环境问题整改进展情况报告如下：
一、恩阳区柳林镇场镇生活污水直排恩阳河问题。责任单位：恩阳区人民政府。整改时限：2021年6月30日前。整改进展：场镇污水处理站扩容工程主体完工，配套管网完成4.2公里，占计划的85%。完成情况：序时推进。
二、平昌县江口镇砂石加工企业侵占河道问题。责任单位：平昌县人民政府，配合单位：市水利局。整改时限：2020年12月31日前。整改进展：3家砂石加工企业已全部退出河道管理范围，堆场已清理并复绿。完成情况：已完成。
三、南江县部分乡镇垃圾中转站渗滤液收集处理不到位问题。责任单位：南江县人民政府。整改时限：2021年12月31日前。整改进展：已完成12座中转站渗滤液收集池建设，剩余6座正在施工，完成66%。完成情况：序时推进。
四、通江县小通江河流域畜禽养殖粪污直排问题。责任单位：通江县人民政府，配合单位：市农业农村局。整改时限：2021年3月31日前。整改进展：已关停粪污直排养殖场5家，其余2家粪污处理设施尚未建成，已超过整改时限。完成情况：未完成。
巴中市生态环境保护督察工作领导小组办公室
2021年5月31日"""


for _name, _filename, _build in (
    ("yuxi_2019_monthly_dispatch_xlsx", "整改进展情况调度表（2019年3月）.xlsx", _yuxi_monthly_dispatch_xlsx),
    ("wuxi_jkq_2025_progress_table", "整改任务推进情况一览表.docx", _wuxi_jkq_progress_table),
    ("changzhou_jkq_2020_petition_ledger_pdf", "信访件整改进展台账.pdf", _changzhou_jkq_petition_ledger_pdf),
    ("bazhong_2021_yangtze_report_pdf", "长江经济带问题整改进展（5月）.pdf", _bazhong_yangtze_report_pdf),
    ("yixing_2021_progress_bars", "整改推进情况一览表.txt", _text("yixing_2021_progress_bars")),
    ("linchuan_2017_progress_blocks", "整改进展情况月报.txt", _text("linchuan_2017_progress_blocks")),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-third blind set, for the figure recorded in docs/decisions.md (“Blind set 33”).
BLIND_33 = (
    "yuxi_2019_monthly_dispatch_xlsx",
    "wuxi_jkq_2025_progress_table",
    "changzhou_jkq_2020_petition_ledger_pdf",
    "bazhong_2021_yangtze_report_pdf",
    "yixing_2021_progress_bars",
    "linchuan_2017_progress_blocks",
)
BLIND_SETS[33] = BLIND_33


# --- blind set 35 (issue 14, branch corpus-blind35) -----------------------------------------------
# Rectification of problems found in protected areas, wetland parks and along the two rivers
# (“绿盾” points, 湿地公园 lists, 长江 / 黄河 problems, a 督察 closure form), from places new to the
# corpus: 孟州 (河南 焦作), 浠水 (湖北 黄冈), 宿松 (安徽 安庆), 甘孜州 (四川), 怒江州 (云南), 若尔盖
# (四川 阿坝), 梁平 (重庆). Written with their expected JSON BEFORE the reader ran on them
# (docs/decisions.md, “Blind set 35”; SOURCES.md “Blind set 35”). 孟州 and 若尔盖 are .txt files.


def _xishui_wetland_list() -> bytes:
    """浠水县 (湖北 黄冈) 策湖国家湿地公园 “雷霆行动” 问题整改清单 as a ruled Word table: a 问题类别
    column, numbered measures in one cell, 责任单位 | 配合单位, a 整改进展 column. The counts (7大类22项,
    200余亩, 1000多亩, 19户, 界碑50座) are the news's; the four rows' wording, units and limits ours."""
    return _grid_docx(
        [
            "浠水县策湖国家湿地公园“雷霆行动”问题整改清单",
            "填报单位：浠水县林业局　　　　填报时间：2018年4月5日",
        ],
        ["序号", "问题类别", "具体问题", "整改措施", "责任单位", "配合单位", "整改时限", "整改进展"],
        [
            [
                "1",
                "退池还湖",
                "湿地公园保育区内仍有精养鱼池约300亩未退出。",
                "1.逐户核实养殖面积和承包期限；\n2.分批拆除池埂，退池还湖；\n3.落实退出养殖户补偿。",
                "策湖国家湿地公园管理处",
                "县水产局、散花镇人民政府",
                "2018年5月31日前",
                "已完成退池还湖200余亩，其余鱼池正在清退。",
            ],
            [
                "2",
                "围网网箱",
                "策湖湖面存在违规围网、网箱养殖。",
                "1.发布公告，限期自行拆除；\n2.逾期未拆除的组织强制拆除。",
                "县水产局",
                "策湖国家湿地公园管理处、沿湖乡镇人民政府",
                "2018年4月30日前",
                "已拆除违规湖面围网、网箱1000多亩，已完成整改。",
            ],
            [
                "3",
                "违规建筑",
                "湿地公园范围内有19户违规建筑和设施。",
                "拆除违规建筑和设施，清运建筑垃圾后平整复绿。",
                "散花镇人民政府",
                "县国土资源局、县城管局",
                "2018年5月31日前",
                "19户违规建筑和设施已全部拆除，已完成整改。",
            ],
            [
                "4",
                "界桩界碑",
                "湿地公园四至边界不清，未设立界碑。",
                "明确四至坐标，设置安装界碑。",
                "策湖国家湿地公园管理处",
                "县林业局",
                "2018年6月30日前",
                "已明确四至坐标，安装界碑50座，已完成整改。",
            ],
        ],
    )


def _susong_ledger_xlsx() -> bytes:
    """宿松县 (安徽 安庆) 水利局's 水利行业生态环境问题排查整改台账 (中央环保督察, 省环保督察, 长江经济带
    生态环境警示片 河湖“四乱”): the title merged, a 问题来源 column, 责任单位 | 配合单位, 是否销号 是 / 否.
    老吴鱼庄 (复兴镇王洲村) and 水上餐厅 (汇口镇龙潭村) are the news's; the third row, the problems'
    wording, units and limits ours."""
    header = [
        "序号",
        "问题来源",
        "问题名称",
        "所在乡镇",
        "整改措施",
        "责任单位",
        "配合单位",
        "整改时限",
        "整改进展",
        "是否销号",
    ]
    book, sheet = _titled_sheet("整改台账", "宿松县水利行业生态环境问题排查整改台账", header)
    for row in (
        [
            "1",
            "2020年长江经济带生态环境警示片",
            "复兴镇王洲村老吴鱼庄违规占用长江岸线经营。",
            "复兴镇",
            "1.拆除鱼庄经营设施；2.清理建筑垃圾并复绿。",
            "复兴镇人民政府",
            "县水利局、县自然资源和规划局",
            "2021年6月30日前",
            "经营设施已拆除，岸线已复绿。",
            "是",
        ],
        [
            "2",
            "中央生态环境保护督察",
            "汇口镇龙潭村水上餐厅违规建在河道管理范围内。",
            "汇口镇",
            "1.依法拆除水上餐厅；2.清理水面漂浮设施，恢复河道原貌。",
            "汇口镇人民政府",
            "县水利局",
            "2021年9月30日前",
            "餐厅主体已拆除，水面漂浮设施正在清理。",
            "否",
        ],
        [
            "3",
            "河湖“四乱”排查",
            "二郎河二郎镇段河道内堆放砂石。",
            "二郎镇",
            "清运河道内堆放的砂石，并设立警示牌。",
            "二郎镇人民政府",
            "县水利局",
            "立行立改",
            "砂石已清运完毕。",
            "是",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _ganzi_reserve_pdf() -> bytes:
    """甘孜州 (四川) 第二轮省级生态环境保护督察涉林草问题整改推进表 as a landscape text PDF: 牵头单位
    then 责任单位, numbered measures in one cell. The first problem (海螺沟一号营地宾馆 in the 贡嘎山
    保护区 实验区, 推进缓慢; 州林草局 and 贡嘎山风景名胜区管理局) is the 督办 news's; its measures, the
    other two rows, units and limits ours."""
    return _pdf_table(
        [
            "甘孜州第二轮省级生态环境保护督察涉林草问题整改推进表",
            "（截至2021年6月25日）",
        ],
        [
            "序号",
            "问题",
            "所在保护地",
            "整改目标",
            "整改措施",
            "牵头单位",
            "责任单位",
            "完成时限",
            "推进情况",
        ],
        [
            [
                "1",
                "海螺沟一号营地宾馆及附属设施位于贡嘎山国家级自然保护区实验区内，整改推进缓慢。",
                "贡嘎山国家级自然保护区",
                "依法依规完成处置，恢复区域生态功能",
                "1.开展生态影响评估；2.制定处置方案并按程序报批；3.按方案拆除附属设施并进行生态修复。",
                "贡嘎山风景名胜区管理局",
                "州林草局、泸定县人民政府",
                "2021年12月31日",
                "已完成生态影响评估，处置方案正在报批。",
            ],
            [
                "2",
                "保护区缓冲区内一座小水电站未按要求退出。",
                "贡嘎山国家级自然保护区",
                "电站全面退出，河道生态流量得到保障",
                "1.停止发电并拆除发电设备；2.恢复河道自然形态。",
                "康定市人民政府",
                "州发展改革委、州水利局",
                "2022年6月30日",
                "电站已停止发电，发电设备正在拆除。",
            ],
            [
                "3",
                "保护区实验区内部分游步道未办理林地使用手续。",
                "贡嘎山国家级自然保护区",
                "依法补办手续，规范游步道管理",
                "1.依法查处；2.补办林地使用手续。",
                "贡嘎山风景名胜区管理局",
                "州林草局",
                "2021年9月30日",
                "已依法处罚并补办手续，已完成整改。",
            ],
        ],
        widths=(8, 46, 26, 30, 56, 24, 26, 20, 36),
    )


def _nujiang_closure_form() -> bytes:
    """怒江州 (云南) 中央生态环境保护督察 “高黎贡山国家级自然保护区仍需加强管理” 问题 整改销号 as a Word
    two-column form: the measures (疫源疫病监测站, 宣教厅, 管护设施, 金丝猴 / 滇桐 调查监测, 专业队伍和
    扑火队) and the 省级验收 of 2023-01-29/30 are the news's; 配合单位, 目标 and 时限 ours."""
    return _two_column_form(
        ["中央生态环境保护督察反馈问题整改销号申请表"],
        [
            ("问题名称", "高黎贡山国家级自然保护区仍需加强管理"),
            ("问题来源", "中央生态环境保护督察反馈问题"),
            ("责任单位", "怒江州林业和草原局"),
            ("配合单位", "泸水市人民政府、福贡县人民政府、贡山县人民政府"),
            ("整改目标", "保护区管护能力明显提升，珍稀濒危物种得到有效保护。"),
            (
                "整改措施",
                "1.完成高黎贡山国家级陆生野生动物疫源疫病监测站标准化建设；\n"
                "2.改造提升高黎贡山生物多样性宣教厅；\n"
                "3.建设保护地重点管护设施；\n"
                "4.开展怒江金丝猴、滇桐等珍稀濒危物种种群调查和研究监测；\n"
                "5.组建高黎贡山保护专业队伍和专业扑火队，建设扑火队营房，储备扑火物资。",
            ),
            ("完成时限", "2022年12月底"),
            ("整改完成情况", "各项整改措施已落实到位，已完成整改。"),
            (
                "验收意见",
                "2023年1月29日至30日，省林业和草原局会同省级有关部门组成联合工作组现地核查，同意通过验收销号。",
            ),
        ],
        ["怒江傈僳族自治州林业和草原局", "2023年2月6日"],
    )


def _liangping_ledger_xlsx() -> bytes:
    """梁平区 (重庆) “绿盾” 自然保护地强化监督问题整改台账 as a workbook: point codes, 问题类型, a
    整改进展 and a 销号情况 column. The counts (8 points, 5 done, 3 under way, 3 closed) are the
    district's 2021 note; the four rows shown, codes, units and limits ours."""
    header = [
        "序号",
        "自然保护地名称",
        "点位编号",
        "问题类型",
        "问题描述",
        "整改措施",
        "责任单位",
        "整改时限",
        "整改进展",
        "销号情况",
    ]
    book, sheet = _titled_sheet("绿盾台账", "梁平区“绿盾”自然保护地强化监督问题整改台账", header)
    for row in (
        [
            "1",
            "双桂湖国家湿地公园",
            "LP-2020-01",
            "其他人工设施",
            "保育区内建有一处临时砂石堆场。",
            "拆除堆场并复绿。",
            "双桂街道办事处",
            "2021年6月30日",
            "已拆除并复绿。",
            "已销号",
        ],
        [
            "2",
            "东山国家森林公园",
            "LP-2020-03",
            "采石场",
            "一处废弃采石场未开展生态修复。",
            "1.编制生态修复方案；2.削坡整形、覆土复绿。",
            "区规划自然资源局、区林业局",
            "2021年12月31日",
            "已完成整改。",
            "待销号",
        ],
        [
            "3",
            "东山国家森林公园",
            "LP-2020-05",
            "旅游设施",
            "一处农家乐在一般控制区内违规扩建。",
            "拆除违规扩建部分。",
            "蟠龙镇人民政府",
            "2022年6月30日",
            "正在按整改方案推进。",
            "未销号",
        ],
        [
            "4",
            "双桂湖国家湿地公园",
            "LP-2020-07",
            "养殖场",
            "湿地公园内一处生猪养殖场未退出。",
            "1.关停养殖场；2.拆除圈舍并清运粪污。",
            "区农业农村委",
            "2022年6月30日",
            "养殖场已关停，圈舍拆除正在推进。",
            "未销号",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


for _name, _filename, _build in (
    (
        "mengzhou_2024_reserve_points_notice",
        "自然保护区生态环境问题整改销号公示.txt",
        _text("mengzhou_2024_reserve_points_notice"),
    ),
    ("xishui_2018_wetland_problem_list", "策湖国家湿地公园问题整改清单.docx", _xishui_wetland_list),
    ("susong_2021_river_ledger_xlsx", "水利行业生态环境问题排查整改台账.xlsx", _susong_ledger_xlsx),
    ("ganzi_2021_reserve_progress_pdf", "涉林草问题整改推进表.pdf", _ganzi_reserve_pdf),
    ("nujiang_2023_reserve_closure_form", "整改销号申请表.docx", _nujiang_closure_form),
    (
        "zoige_2023_yellow_river_points_tabs",
        "卫星遥感疑似四乱问题整改销号清单.txt",
        _text("zoige_2023_yellow_river_points_tabs"),
    ),
    ("liangping_2021_lvdun_ledger_xlsx", "绿盾问题整改台账.xlsx", _liangping_ledger_xlsx),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-fifth blind set, for the figure recorded in docs/decisions.md (“Blind set 35”).
BLIND_35 = (
    "mengzhou_2024_reserve_points_notice",
    "xishui_2018_wetland_problem_list",
    "susong_2021_river_ledger_xlsx",
    "ganzi_2021_reserve_progress_pdf",
    "nujiang_2023_reserve_closure_form",
    "zoige_2023_yellow_river_points_tabs",
    "liangping_2021_lvdun_ledger_xlsx",
)
BLIND_SETS[35] = BLIND_35


# --- blind set 32 (issue 14, branch corpus-blind32) ---
# Rectification task lists from provinces rare in the corpus (甘肃 康乐, 吉林 长白山, 新疆 昌吉 / 巴州,
# 黑龙江 伊春, 海南省): headers over two rows, cells merged down, group rows, a table continued on a
# second page, one table per aspect, columns the reader does not know (督导验收单位, 整改责任人, 所在河湖,
# 州级责任领导), as Word, a workbook and text PDFs. Written with their expected JSON before the reader
# ran on them (docs/decisions.md, “Blind set 32”). Sources in SOURCES.md, “Blind set 32”.


def _second_header_row(table, lower: list[str], spans: tuple[tuple[int, int, str], ...]) -> None:
    """Give a one-row-header table a second header row: `lower` under the first, the cells of every
    other column merged down over both rows, `spans` (first, last, text) merged across the top."""
    second = table.add_row()
    second._tr.getparent().remove(second._tr)
    table.rows[0]._tr.addnext(second._tr)
    for column, value in enumerate(lower):
        table.cell(1, column).text = value
    covered = {column for first, last, _ in spans for column in range(first, last + 1)}
    for column in range(len(lower)):
        if column not in covered:
            _merge_down(table, column, 0, 1)
    for first, last, text in spans:
        table.cell(0, first).merge(table.cell(0, last)).text = text


def _kangle_task_list() -> bytes:
    """康乐县 (甘肃 临夏州) 贯彻落实省级生态环境保护督察反馈问题整改任务清单: 甘肃省第五生态环境保护
    督察组 on 临夏州, 2022-04-11 to 04-30, as the 临夏州 report gives it; the county's list is not
    stored: 整改责任 over 责任领导 / 牵头单位 / 配合单位, group rows per aspect, 责任领导 merged down;
    rows ours."""
    document = docx.Document()
    for line in (
        "康乐县贯彻落实省级生态环境保护督察反馈问题整改任务清单",
        "2022年4月11日至4月30日，甘肃省第五生态环境保护督察组对临夏州开展了生态环境保护督察。按照《临夏州贯彻落实"
        "省级生态环境保护督察反馈问题整改实施方案》要求，结合我县实际，制定本清单。",
    ):
        document.add_paragraph(line)
    header = ["序号", "督察反馈问题", "整改目标", "整改措施", "整改责任", "", "", "整改时限"]
    rows: list[list[str] | str] = [
        "一、生态环境保护责任落实方面",
        [
            "1",
            "县级生态环境保护责任清单未及时修订，部分乡镇和部门对督察整改重视不够。",
            "生态环境保护责任体系进一步压实。",
            "1.修订县级有关部门生态环境保护责任清单；\n2.将督察整改纳入乡镇和部门年度目标责任考核；\n"
            "3.县委常委会、县政府常务会议每季度研究一次督察整改工作。",
            "县委书记、县长",
            "县委办、县政府办",
            "县委组织部、县生态环境局，各乡镇",
            "立行立改，长期坚持",
        ],
        "二、水污染防治方面",
        [
            "2",
            "县城污水处理厂进水浓度偏低，城区部分老旧管网雨污混流。",
            "县城生活污水集中收集率明显提高。",
            "1.实施城区老旧管网雨污分流改造；\n2.排查整治污水管网错接、混接、漏接问题。",
            "县政府分管副县长",
            "县住建局",
            "县发改局、县财政局",
            "2023年12月底前",
        ],
        [
            "3",
            "胭脂河流域部分村庄生活污水未经处理直排。",
            "胭脂河出境断面水质稳定达标。",
            "（1）建设村庄污水收集处理设施；\n（2）开展河道两岸排污口排查整治。",
            "县政府分管副县长",
            "县生态环境局",
            "县水务局、县农业农村局，相关乡镇",
            "2023年6月30日前",
        ],
        "三、农业农村污染防治方面",
        [
            "4",
            "畜禽规模养殖场粪污处理设施配套不完善，粪污资源化利用率不高。",
            "畜禽粪污综合利用率达到80%以上。",
            "1.对全县规模养殖场粪污处理设施逐场排查；\n2.督促配套完善粪污贮存和处理设施；\n3.推广粪肥还田利用。",
            "县政府分管副县长",
            "县农业农村局",
            "县生态环境局，各乡镇",
            "2022年12月31日前",
        ],
        [
            "5",
            "部分乡镇农村生活垃圾收运不及时，河道沿岸存在垃圾堆放。",
            "农村生活垃圾收运处置体系有效运行。",
            "1.完善“户分类、村收集、乡转运、县处理”收运体系；\n2.开展河道沿岸垃圾集中清理。",
            "县政府分管副县长",
            "县住建局",
            "各乡镇人民政府",
            "2022年10月底前",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _second_header_row(table, ["", "", "", "", "责任领导", "牵头单位", "配合单位", ""], ((4, 6, "整改责任"),))
    # 责任领导 merged down over the rows one leader answers for (header 0-1, group 2, row 1 at 3 …).
    _merge_down(table, 4, 5, 6)
    _merge_down(table, 4, 8, 9)
    document.add_paragraph("各牵头单位每月20日前将整改进展报送县生态环境保护督察整改工作领导小组办公室。")
    return _save(document)


def _changbaishan_task_list_xlsx() -> bytes:
    """长白山保护开发区 (吉林) 贯彻落实第二轮中央生态环境保护督察反馈问题整改方案 (长白山党办发〔2022〕10号,
    2022-06-10, 党工委2022年第12次会议) as published; its task list is not stored: a workbook with the
    title merged, 责任单位 over 主责单位 / 协同单位, a 督导验收单位 column, one row per measure with the
    number, problem, target and units merged down over a problem's rows; rows ours."""
    from openpyxl.worksheet.worksheet import Worksheet

    header = ["序号", "督察反馈问题", "整改目标", "整改措施", "责任单位", "", "督导验收单位", "完成时限"]
    title = "长白山保护开发区贯彻落实第二轮中央生态环境保护督察反馈问题整改任务清单"
    book, sheet = _titled_sheet("整改任务清单", title, header)
    assert isinstance(sheet, Worksheet)
    sheet.append(["", "", "", "", "主责单位", "协同单位", "", ""])
    sheet.merge_cells("E2:F2")
    for column in "ABCDGH":
        sheet.merge_cells(f"{column}2:{column}3")
    problems = [
        (
            "1",
            "池北区污水处理厂冬季低温运行，出水氨氮不能稳定达标。",
            "池北区污水处理厂出水稳定达到一级A标准。",
            [
                ("实施污水处理厂保温及生化池提标改造", "2022年10月31日前"),
                ("加强进出水在线监测和运行管理", "长期坚持"),
            ],
            "池北区管委会",
            "生态环境局、住房和城乡建设局",
            "生态环境局",
        ),
        (
            "2",
            "部分景区旅游旺季垃圾转运不及时。",
            "景区垃圾日产日清。",
            [("增配景区垃圾收集转运车辆", "2022年7月31日前"), ("建立旺季垃圾清运调度机制", "立行立改")],
            "旅游和文化体育局",
            "池西区管委会、池南区管委会",
            "住房和城乡建设局",
        ),
        (
            "3",
            "保护区周边历史遗留采石场生态修复进度滞后。",
            "采石场完成生态修复。",
            [("编制修复方案并完成植被恢复", "2023年9月30日前")],
            "自然资源局",
            "生态环境局",
            "自然资源局",
        ),
    ]
    for number, problem, target, measures, lead, partners, checker in problems:
        first = sheet.max_row + 1
        for measure, due in measures:
            sheet.append([number, problem, target, measure, lead, partners, checker, due])
        last = sheet.max_row
        if last > first:
            for column in "ABCEFG":
                sheet.merge_cells(f"{column}{first}:{column}{last}")
    return _book_bytes(book)


def _changji_task_list_pdf() -> bytes:
    """昌吉州 (新疆) 整改任务清单 after the 自治区、兵团第二生态环境保护督察组 (进驻 2021-07-06 to 07-30,
    反馈 2022-01-14, 六个方面: 能源结构调整、大气环境治理、水环境保护 …; the list due within 30 working
    days) as the news gives it: a text PDF, group rows 一/二/三 with the number in the first cell and the
    aspect across, a 州级责任领导 column; rows ours."""
    return _grouped_pdf(
        [
            "昌吉州贯彻落实自治区、兵团第二生态环境保护督察组督察反馈意见整改任务清单",
            "2021年7月6日至7月30日，自治区、兵团第二生态环境保护督察组进驻昌吉州开展例行督察、大气专项督察，"
            "2022年1月14日反馈督察意见。按照要求，昌吉州在收到督察意见后30个工作日内制定本整改任务清单。",
        ],
        ["序号", "问题", "整改措施", "州级责任领导", "牵头单位", "责任单位", "整改时限"],
        [
            ("一", "能源结构调整方面"),
            [
                "1",
                "燃煤消费总量控制不力，煤炭消费占能源消费总量比重居高不下。",
                "1.制定煤炭消费减量替代方案；\n2.淘汰城市建成区35蒸吨以下燃煤锅炉；\n3.推进清洁能源供暖。",
                "州人民政府分管副州长",
                "州发展改革委",
                "各县市人民政府",
                "2023年12月底前",
            ],
            ("二", "大气环境治理方面"),
            [
                "2",
                "冬季供暖期昌吉市、呼图壁县PM2.5浓度超标严重。",
                "1.实施重点行业超低排放改造；\n2.开展散煤治理；\n3.加强重污染天气应急管控。",
                "州人民政府分管副州长",
                "州生态环境局",
                "昌吉市、呼图壁县人民政府",
                "2022年10月底前完成散煤治理，长期坚持",
            ],
            ("三", "水环境保护方面"),
            [
                "3",
                "工业园区污水处理设施建设滞后，部分园区污水处理厂超负荷运行。",
                "1.加快园区污水处理厂扩容；\n2.推进中水回用。",
                "州人民政府分管副州长",
                "州工业和信息化局",
                "州生态环境局，相关园区管委会",
                "2023年6月底前",
            ],
            [
                "4",
                "部分县市集中式饮用水水源地保护区内存在违规建设项目。",
                "1.开展水源地保护区排查；\n2.依法清理违规项目。",
                "州人民政府分管副州长",
                "州生态环境局",
                "州水利局，各县市人民政府",
                "2022年6月30日前",
            ],
        ],
    )


_BAZHOU_HEADER = ["序号", "整改任务", "责任单位", "整改时限", "整改进展情况", "完成情况"]


def _bazhou_progress_tables() -> bytes:
    """巴州 (新疆) 第二轮中央生态环境保护督察 (2022-03-25 to 04-25, 反馈 2022-06-01) 整改落实情况: 截至
    2025年6月底 15项整改任务已完成14项, as published (2025-09); the progress table is not stored: a
    Word table broken over a page, the second part under “续表” repeating the header, numbers going on;
    a 完成情况 column (已完成 / 序时推进). Rows ours, five of the fifteen."""
    document = docx.Document()
    for line in (
        "巴州贯彻落实第二轮中央生态环境保护督察报告整改任务完成情况",
        "截至2025年6月底，巴州15项整改任务已完成整改14项；转办巴州130件信访事项已全部办结。现将整改任务完成情况公开如下：",
    ):
        document.add_paragraph(line)
    _ruled_table(
        document,
        _BAZHOU_HEADER,
        [
            [
                "1",
                "部分县市“散乱污”企业整治不彻底。",
                "州生态环境局，各县市人民政府",
                "2022年12月底前",
                "已完成排查整治企业132家，建立动态管理台账。",
                "已完成",
            ],
            [
                "2",
                "博斯腾湖流域农业面源污染治理滞后，入湖排水渠水质不稳定。",
                "州农业农村局、州水利局",
                "2024年12月底前",
                "完成排水渠生态治理工程3项，入湖排水渠水质稳定达标。",
                "已完成",
            ],
            [
                "3",
                "库尔勒市城市建成区部分黑臭水体整治不到位。",
                "库尔勒市人民政府",
                "2023年6月底前",
                "完成2条黑臭水体清淤和截污工程，经评估已消除黑臭。",
                "已完成",
            ],
        ],
    )
    document.add_paragraph("续表")
    _ruled_table(
        document,
        _BAZHOU_HEADER,
        [
            [
                "4",
                "和静县部分历史遗留矿山生态修复进展缓慢。",
                "和静县人民政府，州自然资源局",
                "2024年10月底前",
                "已完成修复治理面积约1.2万亩，通过州级验收。",
                "已完成",
            ],
            [
                "5",
                "若羌县部分工业固体废物贮存场所不规范。",
                "若羌县人民政府",
                "2025年12月底前",
                "已完成2处贮存场所规范化整治，其余1处正在推进。",
                "序时推进",
            ],
        ],
    )
    document.add_paragraph("巴州生态环境保护督察整改工作领导小组办公室")
    document.add_paragraph("2025年9月")
    return _save(document)


_YICHUN_HEADER = ["序号", "所在河湖", "问题描述", "整改措施", "责任单位", "整改责任人", "整改时限", "备注"]


def _yichun_river_tables() -> bytes:
    """伊春市 (黑龙江) after the 省河湖长制第三督查组 (7 days; 反馈会 2022-09-28, the
    “一市（地）一单”整改通知书 signed by the mayor) as the news gives it; the list is not stored:
    one Word table per aspect under its heading, numbers going on across the tables, 所在河湖 /
    整改责任人 / 备注 columns; rows ours."""
    document = docx.Document()
    for line in (
        "伊春市省河湖长制专项督查“一市（地）一单”反馈问题整改清单",
        "2022年9月28日，省河湖长制第三督查组向我市反馈督查情况，下达了“一市（地）一单”整改通知书。"
        "现将反馈问题整改清单印发如下，请各地各部门按时限完成整改。",
        "一、河湖长履职方面",
    ):
        document.add_paragraph(line)
    _ruled_table(
        document,
        _YICHUN_HEADER,
        [
            [
                "1",
                "汤旺河",
                "部分县级河长巡河次数不足，巡河记录不规范。",
                "1.督促县级河长按要求开展巡河；\n2.规范巡河记录填报。",
                "各县（市）区河长办",
                "各县（市）区河长办主任",
                "2022年10月31日前",
                "",
            ],
            [
                "2",
                "伊春河",
                "河长公示牌信息未及时更新。",
                "更新河长公示牌信息。",
                "伊美区河长办",
                "伊美区河长办主任",
                "立行立改",
                "",
            ],
        ],
    )
    document.add_paragraph("二、“清四乱”方面")
    _ruled_table(
        document,
        _YICHUN_HEADER,
        [
            [
                "3",
                "汤旺河",
                "友好区段河道管理范围内存在建筑垃圾堆放。",
                "1.清理建筑垃圾；\n2.加强河道巡查，防止反弹。",
                "友好区人民政府",
                "友好区分管副区长",
                "2022年11月30日前",
                "",
            ],
            [
                "4",
                "呼兰河",
                "铁力市呼兰河段河道内存在违规种植。",
                "1.清除违规种植作物；\n2.恢复河道原貌。",
                "铁力市人民政府",
                "铁力市分管副市长",
                "2023年5月31日前",
                "冰封期后实施",
            ],
        ],
    )
    document.add_paragraph("三、河湖水质方面")
    _ruled_table(
        document,
        _YICHUN_HEADER,
        [
            [
                "5",
                "西林河",
                "金林区部分生活污水未经处理直排入河。",
                "1.封堵排污口；\n2.完善污水收集管网；\n3.加强水质监测。",
                "金林区人民政府、市生态环境局",
                "金林区分管副区长",
                "2023年10月31日前",
                "",
            ],
        ],
    )
    document.add_paragraph("伊春市河湖长制办公室")
    document.add_paragraph("2022年10月")
    return _save(document)


def _hainan_task_list_pdf() -> bytes:
    """海南省贯彻落实第三轮中央生态环境保护督察报告整改方案 (中央第三生态环境保护督察组 2023-11-21 to
    12-21, 反馈 2024-02-26; targets to the end of 2026) as the published summary gives it; its 附件 is
    not stored: a text PDF whose header runs over two rows (责任单位 over 牵头单位 / 配合单位, the other
    header cells spanning both rows); rows ours."""
    paragraphs = [
        "附件",
        "海南省贯彻落实第三轮中央生态环境保护督察报告整改任务清单",
    ]
    upper = ["序号", "督察报告指出问题", "整改目标", "整改措施", "责任单位", "完成时限"]
    lower = ["牵头单位", "配合单位"]
    rows = [
        [
            "1",
            "海口、三亚等市县部分建设项目未批先建，环评审批把关不严。",
            "建设项目环评管理规范有序。",
            "1.开展建设项目环评审批专项检查；\n2.对未批先建项目依法查处；\n3.建立环评审批会商机制。",
            "省生态环境厅",
            "省自然资源和规划厅，各市县政府",
            "2024年12月底前",
        ],
        [
            "2",
            "部分市县近岸海域养殖尾水直排，局部海湾水质下降。",
            "重点海湾水质持续改善。",
            "1.开展养殖尾水排放专项整治；\n2.推进养殖池塘尾水处理设施建设。",
            "省农业农村厅",
            "省生态环境厅，沿海市县政府",
            "2025年12月底前",
        ],
        [
            "3",
            "城镇污水管网建设滞后，部分污水处理厂进水浓度偏低。",
            "城市生活污水集中收集率达到省定目标。",
            "1.推进管网排查修复；\n2.实施雨污分流改造。",
            "省住房城乡建设厅",
            "各市县政府",
            "2026年底前",
        ],
    ]
    with _cjk_pdf(_cells_text(paragraphs, upper, lower, rows=rows)) as pdf:
        for line in paragraphs:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        widths = (10, 55, 40, 80, 30, 35, 25)
        with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as table:
            row = table.row()
            for value in upper:
                if value == "责任单位":
                    row.cell(value, colspan=2)
                else:
                    row.cell(value, rowspan=2)
            row = table.row()
            for value in lower:
                row.cell(value)
            for values in rows:
                row = table.row()
                for value in values:
                    row.cell(value)
        return bytes(pdf.output())


def _songjiang_task_list() -> bytes:
    """松江区 (上海) 第二轮上海市生态环境保护督察反馈意见整改方案 (2025-07, 附件) as the page announces it;
    the 附件 is not stored: a Word table whose first row is the list's title merged across, one
    责任单位 cell holding “牵头单位：… / 配合单位：…” lines, 整改目标 with a year of its own, measures
    ①②③; rows ours."""
    document = docx.Document()
    for line in (
        "附件",
        "根据第二轮上海市生态环境保护督察反馈意见，松江区制定整改方案，整改任务清单如下。",
    ):
        document.add_paragraph(line)
    header = ["序号", "问题", "整改目标", "整改措施", "责任单位", "完成时限"]
    rows: list[list[str] | str] = [
        [
            "1",
            "部分工业区块“散乱污”企业整治后出现反弹，异味扰民投诉较多。",
            "到2026年底，重点区块异味投诉量较2024年下降30%。",
            "①开展工业区块“散乱污”企业排查复核；②对异味重点企业实施“一企一策”治理；③建立反弹问题发现处置机制。",
            "牵头单位：区生态环境局\n配合单位：区经委、区规划资源局，相关街镇",
            "2025年12月底前",
        ],
        [
            "2",
            "部分河道水质不稳定，沿河雨污混接点整治不彻底。",
            "列入考核断面的河道水质稳定达到Ⅲ类。",
            "①完成雨污混接点复查和整改；②加强河道日常养护和水质监测。",
            "牵头单位：区水务局\n配合单位：区生态环境局，各街镇",
            "2026年6月底前",
        ],
        [
            "3",
            "建筑工地扬尘在线监测设备运行管理不规范。",
            "在建工地扬尘在线监测设备规范运行。",
            "①开展在线监测设备专项检查；②对数据异常工地依法查处。",
            "牵头单位：区建设管理委\n配合单位：区城管执法局",
            "持续推进",
        ],
    ]
    table = _ruled_table(document, header, rows)
    top = table.add_row()
    top._tr.getparent().remove(top._tr)
    table.rows[0]._tr.addprevious(top._tr)
    table.cell(0, 0).merge(
        table.cell(0, len(header) - 1)
    ).text = "松江区第二轮上海市生态环境保护督察反馈问题整改任务清单"
    document.add_paragraph("中共上海市松江区委办公室 上海市松江区人民政府办公室")
    return _save(document)


def _hongqiao_task_list_pdf() -> bytes:
    """红桥区 (天津) 贯彻落实天津市2025年生态环境保护督察报告反馈问题整改方案 (天津市第二生态环境保护
    督察组; 第117次区政府常务会议, 2025-08-18) as published; the task table is not stored: a text PDF
    long enough to run onto a second page with the header printed again, 责任单位 then 责任人 columns;
    rows ours."""
    header = ["序号", "反馈问题", "整改目标", "整改措施", "责任单位", "责任人", "整改时限"]
    items = [
        (
            "部分街道生态环境保护责任清单未及时更新，网格化监管存在盲区。",
            "生态环境保护责任全面压实。",
            "1.更新街道生态环境保护责任清单；\n2.完善网格化监管机制。",
            "区生态环境局、各街道办事处",
            "区生态环境局局长",
            "立行立改",
        ),
        (
            "部分餐饮单位油烟净化设施未定期清洗，油烟扰民。",
            "餐饮油烟投诉明显下降。",
            "1.开展餐饮油烟专项检查；\n2.督促清洗维护净化设施；\n3.依法查处超标排放。",
            "区城市管理委",
            "区城市管理委主任",
            "2025年12月31日前",
        ),
        (
            "子牙河红桥段沿岸部分雨水排口旱天有水排出。",
            "雨水排口旱天无污水排出。",
            "1.对沿河雨水排口逐一溯源；\n2.封堵违法接入管线。",
            "区水务局",
            "区水务局局长",
            "2026年6月30日前",
        ),
        (
            "部分老旧小区雨污混接改造进度滞后。",
            "完成年度雨污分流改造任务。",
            "1.制定年度改造计划；\n2.按月调度改造进度。",
            "区住房建设委",
            "区住房建设委主任",
            "2026年12月31日前",
        ),
        (
            "施工工地渣土运输车辆密闭不严，道路遗撒。",
            "渣土运输全过程规范管理。",
            "1.加强工地出入口管控；\n2.开展渣土车联合执法。",
            "区城市管理委、区住房建设委",
            "区城市管理委主任",
            "2025年11月30日前",
        ),
        (
            "部分加油站油气回收装置运行不正常。",
            "加油站油气回收装置正常运行。",
            "1.开展油气回收专项检测；\n2.督促问题加油站限期整改。",
            "区商务局、区生态环境局",
            "区商务局局长",
            "2025年12月31日前",
        ),
        (
            "部分工业企业危险废物贮存场所标识不规范、台账不完整。",
            "危险废物规范化管理达标。",
            "1.开展危险废物规范化管理检查；\n2.指导企业完善标识和台账。",
            "区生态环境局",
            "区生态环境局局长",
            "2025年10月31日前",
        ),
        (
            "噪声敏感建筑物集中区域夜间施工噪声投诉较多。",
            "夜间施工噪声投诉明显下降。",
            "1.严格夜间施工审批；\n2.加强夜间巡查执法；\n3.推广低噪声施工设备。",
            "区住房建设委、区生态环境局",
            "区住房建设委主任",
            "持续推进",
        ),
    ]
    rows = [[str(k), *item] for k, item in enumerate(items, start=1)]
    paragraphs = [
        "红桥区贯彻落实天津市2025年生态环境保护督察报告反馈问题整改方案",
        "根据天津市2025年生态环境保护督察工作要求和天津市第二生态环境保护督察组督察我区环保工作中发现的具体问题和"
        "提出的意见要求，经区委、区政府审定同意，制定如下整改方案。",
        "一、总体要求",
        "坚持问题导向，对督察反馈的问题逐项明确整改目标、整改措施、责任单位、责任人和整改时限，实行清单化管理，"
        "整改一项、销号一项。",
        "二、整改任务",
        "对督察反馈的8项问题，按照附件所列任务逐项推进整改。",
        "三、保障措施",
        "区生态环境保护督察整改工作领导小组办公室每月调度整改进展，对进展滞后的单位进行督办。",
        "附件：红桥区生态环境保护督察反馈问题整改任务表",
    ]
    from fpdf.fonts import FontFace

    with _cjk_pdf(_cells_text(paragraphs, header, rows=rows), size=9) as pdf:
        for line in paragraphs:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        widths = (10, 60, 40, 70, 40, 30, 27)
        with pdf.table(
            col_widths=widths,
            text_align="LEFT",
            first_row_as_headings=True,
            repeat_headings=1,
            line_height=7,
            headings_style=FontFace(emphasis=""),
        ) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)
        return bytes(pdf.output())


for _name, _filename, _build in (
    ("kangle_2022_task_list", "康乐县省级生态环境保护督察反馈问题整改任务清单.docx", _kangle_task_list),
    ("changbaishan_2022_task_list_xlsx", "督察反馈问题整改任务清单.xlsx", _changbaishan_task_list_xlsx),
    ("changji_2022_task_list_pdf", "督察反馈意见整改任务清单.pdf", _changji_task_list_pdf),
    ("bazhou_2025_progress_tables", "整改任务完成情况.docx", _bazhou_progress_tables),
    ("yichun_2022_river_tables", "一市一单反馈问题整改清单.docx", _yichun_river_tables),
    ("hainan_2024_task_list_pdf", "第三轮中央生态环境保护督察报告整改任务清单.pdf", _hainan_task_list_pdf),
    ("songjiang_2025_task_list", "松江区生态环境保护督察反馈意见整改方案附件.docx", _songjiang_task_list),
    ("hongqiao_2025_task_list_pdf", "生态环境保护督察报告反馈问题整改方案.pdf", _hongqiao_task_list_pdf),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-second blind set, for the figure recorded in docs/decisions.md (“Blind set 32”).
BLIND_32 = (
    "kangle_2022_task_list",
    "changbaishan_2022_task_list_xlsx",
    "changji_2022_task_list_pdf",
    "bazhou_2025_progress_tables",
    "yichun_2022_river_tables",
    "hainan_2024_task_list_pdf",
    "songjiang_2025_task_list",
    "hongqiao_2025_task_list_pdf",
)
BLIND_SETS[32] = BLIND_32


# --- blind set 38 (issue 14, branch corpus-blind38) -----------------------------------------------
# Closure sign-off paperwork (销号申请表, 销号审批表, 验收报告, a 销号公示 with several tasks, a 完成销号
# 清单) from places new to the corpus: 和田地区 and 巴州 (新疆), 阿克陶县 (新疆 克州), 通州区 and 东城区
# (北京), 永吉县 (吉林). Written with their expected JSON before the reader ran on them (docs/decisions.md,
# “Blind set 38”). Sources in SOURCES.md, table “Blind set 38”.


def _hetian_closure_application() -> bytes:
    """和田地区 (新疆) 自治区生态环境保护督察 (2024-04-10/29, 反馈 2024-08-16, 新环督察办函〔2024〕20号)
    整改方案 序号一 “思想认识不到位”, as the four-column 销号申请表 a 县（市） sends up: the occasion, the
    number and the problem's wording are the plan's (shortened); 和田市 as applicant, the units, measures,
    completion and the sign-off rows (自验意见 signed, 地区审核意见 still blank) are ours."""
    return _four_column_form(
        [
            "和田地区自治区生态环境保护督察反馈问题整改销号申请表",
            "填报单位（盖章）：和田市督察整改工作领导小组办公室",
        ],
        [
            ("申请单位", "和田市人民政府", "申请时间", "2025年3月10日"),
            (
                "问题序号",
                "序号一",
                "问题来源",
                "自治区第二生态环境保护督察组反馈意见（新环督察办函〔2024〕20号）",
            ),
            (
                "问题描述",
                "思想认识不到位。一些县（市）和部门“生态优先、绿色发展”的意识不强，简单套用传统的发展思路来抓建设、"
                "搞开发，对一些长期存在的生态环境问题解决不彻底。",
            ),
            ("整改目标", "思想认识进一步提高，新发展理念进一步树牢，生态文明建设政治责任进一步扛实。"),
            (
                "责任单位",
                "中共和田市委员会、和田市人民政府",
                "配合单位",
                "和田市生态环境局、和田市发展和改革委员会",
            ),
            ("整改时限", "立行立改，长期坚持", "完成时间", "2025年2月"),
            (
                "整改措施",
                "1.将习近平生态文明思想纳入市委理论学习中心组年度学习计划，开展专题学习。\n"
                "2.市委常委会、市政府常务会议每季度研究一次生态环境保护工作。\n"
                "3.将生态环境保护工作纳入乡（镇）、街道和部门年度绩效考核。",
            ),
            (
                "整改完成情况",
                "已完成整改。2024年9月以来市委理论学习中心组开展生态文明专题学习3次，市委常委会、市政府常务会议"
                "研究生态环境保护工作5次，2024年度绩效考核已设置生态环境保护指标。",
            ),
            (
                "县（市）级自验意见",
                "经核查，该问题已按整改方案完成整改，同意申请销号。\n签字：        （盖章）\n2025年3月8日",
            ),
            ("地区审核意见", "签字：        （盖章）\n年    月    日"),
        ],
        ["注：本表一式三份，附整改佐证材料目录。"],
    )


def _bazhou_closure_list() -> bytes:
    """巴音郭楞蒙古自治州 (新疆) 第二轮中央生态环境保护督察 (2022-03-25 至 04-25, 反馈 06-01) 整改任务
    完成销号清单 as a Word table: 15 tasks, 14 done by June 2025 (the 州's report of 2025-09); the four rows
    shown (博斯腾湖, 库尔勒, 若羌, 塔里木河 are the 州's places), units, limits and states ours."""
    return _table_docx(
        [
            "巴州贯彻落实第二轮中央生态环境保护督察报告整改任务完成销号清单",
            "（截至2025年6月底，全州15项整改任务已完成14项，本批提请销号及未完成任务如下）",
        ],
        ["序号", "整改任务", "责任单位", "配合单位", "整改时限", "完成情况", "验收单位", "是否销号"],
        [
            [
                "1",
                "博斯腾湖部分入湖河道水质不稳定，湖区矿化度下降趋缓。",
                "焉耆县、和静县、博湖县人民政府",
                "州水利局、州生态环境局",
                "2024年12月底前",
                "已完成入湖河道排污口排查整治，开都河入湖断面水质稳定达到Ⅱ类。",
                "州生态环境局",
                "是",
            ],
            [
                "2",
                "库尔勒市城市污水处理厂污泥贮存不规范，存在二次污染风险。",
                "库尔勒市人民政府",
                "州住房和城乡建设局",
                "2023年12月底前",
                "污泥已全部规范处置，新建污泥干化车间投入运行。",
                "州住房和城乡建设局",
                "是",
            ],
            [
                "3",
                "若羌县部分废弃矿山生态修复进展缓慢。",
                "若羌县人民政府",
                "州自然资源局",
                "2025年6月底前",
                "12处废弃矿山完成削坡、回填和场地平整，已通过州级验收。",
                "州自然资源局",
                "是",
            ],
            [
                "4",
                "塔里木河下游生态输水后胡杨林保护措施落实不到位。",
                "尉犁县人民政府",
                "州林业和草原局、州水利局",
                "2026年12月底前",
                "已完成年度生态输水和补植补造任务，长效管护机制正在建立。",
                "州林业和草原局",
                "否",
            ],
        ],
        ["巴音郭楞蒙古自治州中央生态环境保护督察反馈意见整改工作领导小组办公室", "2025年7月"],
    )


def _akto_audit_closure_form() -> bytes:
    """阿克陶县 (新疆 克孜勒苏州) 审计查出问题整改销号审批表, the form the county's 审计整改监督工作管理办法
    (陶党审办发〔2025〕5号, 2025-12-19) sets for closing audit problems: the county, the office and the
    rule are the page's; the audited unit, problem, units, measures, result and sign-off rows ours."""
    return _two_column_form(
        ["阿克陶县审计查出问题整改销号审批表", "编号：陶审销〔2026〕3号"],
        [
            ("被审计单位", "阿克陶县水利局"),
            ("审计项目", "2024年度农村饮水安全工程资金专项审计"),
            ("问题编号", "问题2"),
            ("审计查出问题", "农村饮水安全工程维修养护资金68.5万元未按规定及时拨付到乡镇。"),
            ("整改责任单位", "阿克陶县水利局"),
            ("配合单位", "阿克陶县财政局"),
            ("整改期限", "2025年10月31日前"),
            (
                "整改措施",
                "（一）清理维修养护资金拨付台账，核实应拨未拨金额；\n"
                "（二）按乡镇维修养护任务拨付资金；\n"
                "（三）修订工程维修养护资金管理办法，明确拨付时限。",
            ),
            ("整改结果", "68.5万元已于2025年9月26日全部拨付到乡镇，资金管理办法已修订印发。"),
            ("被审计单位意见", "已完成整改，申请销号。\n负责人签字：        单位盖章\n2025年11月3日"),
            ("县审计局核查意见", "经核查，整改到位，同意销号。\n签字：        盖章\n2025年12月2日"),
            ("县委审计办意见", "签字：        盖章\n年    月    日"),
        ],
        [],
    )


_DONGCHENG_REPORT = """东城区第二轮北京市生态环境保护督察整改任务完成情况验收报告
区督察整改工作领导小组办公室：
按照北京市生态环境保护督察整改任务验收销号工作要求，2024年12月20日，东城区生态环境局牵头组成验收组，对第二轮北京市生态环境保护督察整改任务第11项完成情况进行了验收。验收组查阅了整改台账，抽查了点位，形成验收报告如下：
一、整改任务基本情况
任务编号：第11项
任务内容：部分街道餐饮油烟扰民问题反复投诉，餐饮油烟监管手段单一。
责任单位：区生态环境局
配合单位：区城管执法局、区市场监管局、各街道办事处
整改时限：2024年12月底前
二、整改完成情况
1.整合餐饮油烟在线监控和车脸识别系统，建成东城区生态环境综合监管指挥调度平台。
2.对全区安装油烟在线监控的餐饮单位实行超标预警，预警问题当日交办街道核查。
3.2024年餐饮油烟投诉同比下降，督察期间交办的油烟类信访件已全部办结。
三、验收结论
该任务已按整改方案完成，整改资料齐全，验收组同意通过验收，建议予以销号。
验收组组长（签字）：
验收组成员（签字）：
2024年12月20日"""


def _dongcheng_report_pdf() -> bytes:
    """东城区 (北京) 第二轮北京市生态环境保护督察 整改 (19项, 17项 done by end-2024; the
    综合监管指挥调度平台 joining 油烟在线监控 and 车脸识别; 21 信访件 办结), printed to PDF as a
    验收报告: the district and the platform are its 2025-01-26 report's; the task number, wording,
    units, limit and the report's form ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_DONGCHENG_REPORT)


def _yongji_case_review_xlsx() -> bytes:
    """永吉县 (吉林 吉林市) 环保督察案件 整改销号审核表 as a workbook: the towns (金家乡, 万昌镇, 岔路河镇,
    一拉溪镇), the 县整改办, 林业局 and 自然资源局 (地类性质认定) and the 2019 year-end limit are the county's
    2019-11-27 督导; the case codes, complaints, units and opinions ours."""
    header = [
        "序号",
        "受理编号",
        "所在乡镇",
        "反映问题",
        "责任单位",
        "整改时限",
        "整改情况",
        "乡镇意见",
        "县整改办审核意见",
    ]
    book, sheet = _titled_sheet("审核表", "永吉县环保督察交办案件整改销号审核表", header)
    for row in (
        [
            "1",
            "D2JL201811080012",
            "金家乡",
            "金家乡一处林地被开垦种植玉米，破坏植被。",
            "金家乡人民政府",
            "2019年12月31日前",
            "县林业局已完成地类认定，开垦地块已退耕并补植落叶松。",
            "已整改，申请销号",
            "同意销号",
        ],
        [
            "2",
            "D2JL201811100047",
            "岔路河镇",
            "岔路河镇一养牛场粪污露天堆放，雨天流入河道。",
            "岔路河镇人民政府",
            "2019年12月31日前",
            "养牛场已建成防渗储粪场，粪污资源化利用台账已建立。",
            "已整改，申请销号",
            "同意销号",
        ],
        [
            "3",
            "D2JL201811120031",
            "一拉溪镇",
            "一拉溪镇一处采砂场占用耕地，未办理用地手续。",
            "一拉溪镇人民政府",
            "2020年6月30日前",
            "采砂设备已拆除，地类性质待县自然资源局认定后复垦。",
            "正在整改",
            "暂不销号",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


for _name, _filename, _build in (
    ("hetian_2025_closure_application", "整改销号申请表.docx", _hetian_closure_application),
    ("bazhou_2025_closure_list", "整改任务完成销号清单.docx", _bazhou_closure_list),
    ("akto_2025_audit_closure_form", "审计查出问题整改销号审批表.docx", _akto_audit_closure_form),
    (
        "tongzhou_2021_closure_notice",
        "整改任务办结销号公示.txt",
        _text("tongzhou_2021_closure_notice"),
    ),
    ("dongcheng_2024_acceptance_report_pdf", "整改任务完成情况验收报告.pdf", _dongcheng_report_pdf),
    ("yongji_2019_case_review_xlsx", "交办案件整改销号审核表.xlsx", _yongji_case_review_xlsx),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-eighth blind set, for the figure recorded in docs/decisions.md (“Blind set 38”).
BLIND_38 = (
    "hetian_2025_closure_application",
    "bazhou_2025_closure_list",
    "akto_2025_audit_closure_form",
    "tongzhou_2021_closure_notice",
    "dongcheng_2024_acceptance_report_pdf",
    "yongji_2019_case_review_xlsx",
)
BLIND_SETS[38] = BLIND_38


# --- blind set 37 (issue 14, branch corpus-blind37) -----------------------------------------------
# Assignment sheets, second round (责令改正决定书, 信访件 督导交办单 with a 交办 head, 林长制 督办单 with its
# list inside the form, 河长办 督导问题交办清单 as a PDF, 督查通报 with a 问题清单 attached, a workbook of
# 转办 信访件), written with their expected JSON BEFORE the reader ran on them (docs/decisions.md,
# “Blind set 37”). Sources in SOURCES.md, table “Blind set 37”.


def _gaoyao_order_to_correct_docx() -> bytes:
    """肇庆市生态环境局高要分局 责令改正违法行为决定书 肇环高违改字〔2022〕31号 to 肇庆远中玻璃钢制品有限公司
    (现场检查 2022-06-15, 玻璃钢机外壳, 未有取得环评审批文件 → 建设项目未依法完成环评审批手续而擅自建设):
    Word paragraphs, one violation. The parts after 责令改正的依据 (the form of the correction, its
    limit, the signing date) are ours."""
    document = _paragraphs_docx(
        [
            "肇庆市生态环境局",
            "责令改正违法行为决定书",
            "肇环高违改字〔2022〕31号",
            "肇庆远中玻璃钢制品有限公司：",
            "统一社会信用代码：91221283MA7EN9QWXR",
            "详细地址：肇庆市高要区金渡镇西头村（西头村民委员会厂房之一）",
            "一、环境违法事实和证据",
            "2022年6月15日，肇庆市生态环境局高要分局执法人员对你公司进行现场检查。你公司正在生产玻璃钢机外壳，"
            "生产工艺为原材料（玻璃钢纤维布+树脂）—固化—组装—打磨—成品，未取得环评审批文件。你公司存在以下环境"
            "违法行为：",
            "建设项目未依法完成环评审批手续而擅自建设。",
            "以上事实，有2022年6月15日的《现场检查笔录》及现场检查的影像资料为证。",
            "二、责令改正的依据、种类",
            "依据《中华人民共和国环境影响评价法》第三十一条第一款及《中华人民共和国行政处罚法》第二十八条第一款的"
            "规定，我局责令你公司改正上述环境违法行为。",
            "三、改正违法行为的具体形式和期限",
            "（一）立即停止玻璃钢机外壳项目的建设和生产；",
            "（二）于2022年9月30日前依法报批建设项目环境影响评价文件，经批准后方可恢复建设。",
            "你公司应当在改正期限届满之日起5个工作日内将改正情况书面报告我局。我局将对你公司改正违法行为的情况"
            "进行监督，逾期不改正的，依法予以处理。",
            "四、申请行政复议或者提起行政诉讼的途径和期限",
            "如不服本决定，可在收到本决定书之日起六十日内向肇庆市人民政府申请行政复议，也可以在六个月内向人民法院"
            "提起行政诉讼。",
            "肇庆市生态环境局",
            "2022年6月28日",
        ]
    )
    return _save(document)


def _shangli_petition_supervision_table() -> bytes:
    """上栗县 (江西 萍乡) 生态环境局 专项督导 of 桐木镇's 第二轮中央生态环境保护督察交办信访件 整改
    (2021-12-09; 宏昌砖厂、马岭坳采石场、小枧村固引剂厂、黄图村搅拌站、绿福源养殖场; 雨污分流、全封闭作业、
    矿山复绿; “一个问题、一个方案、一套人马”, 整改一件销号一件): a Word 督导问题交办单 whose head gives
    交办单位 / 交办时间 / 编号 and the 被交办单位, then the ruled list. Problems, measures and limits ours."""
    return _grid_docx(
        [
            "上栗县生态环境局",
            "中央生态环境保护督察交办信访件整改督导问题交办单",
            "编号：上环督交〔2021〕12号",
            "交办单位：上栗县生态环境局    交办时间：2021年12月10日",
            "被交办单位：桐木镇人民政府",
            "12月9日，我局对你镇第二轮中央生态环境保护督察交办信访件整改情况进行了专项督导，现将发现的问题交办如下，"
            "请按照“一个问题、一个方案、一套人马”的要求限期整改，整改一件、销号一件。",
        ],
        ["序号", "点位", "存在问题", "整改措施", "整改时限"],
        [
            [
                "1",
                "宏昌砖厂",
                "原料堆场未全封闭，厂区道路扬尘明显。",
                "1.原料堆场全封闭作业；2.厂区道路硬化并定时洒水。",
                "2022年1月31日前",
            ],
            [
                "2",
                "马岭坳采石场",
                "已关停矿区未开展复绿，边坡裸露。",
                "编制矿山生态修复方案，实施边坡复绿。",
                "2022年6月30日前",
            ],
            [
                "3",
                "小枧村固引剂厂",
                "厂区雨污未分流，初期雨水收集池未建成。",
                "1.完成厂区雨污分流改造；2.建设初期雨水收集池；3.完善环境管理台账。",
                "2022年3月31日前",
            ],
            ["4", "黄图村搅拌站", "厂区环境卫生差，砂石随意堆放。", "清理厂区，砂石入棚堆放。", "立即整改"],
            [
                "5",
                "绿福源养殖场",
                "粪污处理设施运行不正常，存在粪污外溢现象。",
                "1.修复粪污处理设施；2.清理外溢粪污。",
                "2021年12月31日前",
            ],
        ],
        after=["上栗县生态环境局", "2021年12月10日"],
    )


def _wenquan_forest_chief_supervision_form() -> bytes:
    """温泉县 (新疆 博尔塔拉) 全面推行林长制工作专班 checked the 11 乡级林长制单位' 2023 一季度 乡、村级林长
    巡林 (现场反馈, 限期整改): a Word 督办单 four cells wide, 督办编号 | X | 督办日期 | Y and 被督办单位 |
    X | 责任林长 | Y, then the list inside the same form under its own 序号 | 存在问题 | 整改措施 | 整改时限
    row. The town, problems and all cells ours."""
    return _four_column_form(
        ["温泉县林长制工作督办单"],
        [
            ("督办编号", "温林督〔2023〕3号", "督办日期", "2023年4月18日"),
            ("被督办单位", "哈日布呼镇人民政府", "责任林长", "镇级林长"),
            ("督办事项", "2023年一季度乡、村级林长巡林工作检查发现问题整改"),
            ("序号", "存在问题", "整改措施", "整改时限"),
            (
                "1",
                "部分村级林长一季度巡林记录缺失，巡林次数不足。",
                "补齐巡林记录，按月开展巡林并上传巡林轨迹。",
                "2023年4月30日前",
            ),
            ("2", "林长公示牌信息未随林长调整及时更新。", "更新林长公示牌信息。", "2023年5月15日前"),
            ("3", "辖区林地内有零星生活垃圾堆放。", "清理林地内垃圾，纳入护林员日常巡护。", "立即整改"),
            ("办理要求", "请于整改时限届满后3个工作日内将整改情况及佐证材料报送县林长办。"),
        ],
        ["温泉县全面推行林长制工作领导小组办公室", "2023年4月18日"],
    )


def _yilan_river_chief_assignment_pdf() -> bytes:
    """哈尔滨市河长办 督导组 checked 依兰县、呼兰区、巴彦县 河长制工作 (“四个到位”, 松花江段、
    牡丹江段、倭肯河段 清河行动, 污水处理厂达标排放): the 督导发现问题交办清单 sent to 依兰县 printed
    to PDF, its head lines giving 交办单位, 交办时间 and 编号; a 责任单位 and a 配合单位 column. The
    year, problems and limits ours."""
    return _pdf_table(
        [
            "哈尔滨市河长制办公室",
            "河长制工作督导发现问题交办清单",
            "交办单位：哈尔滨市河长制办公室    交办时间：2018年6月8日    编号：哈河办交〔2018〕5号",
            "接收单位：依兰县河长制办公室",
        ],
        ["序号", "河段", "发现问题", "责任单位", "配合单位", "整改时限"],
        [
            [
                "1",
                "松花江依兰段",
                "江岸有生活垃圾堆放，清河行动不彻底。",
                "依兰镇人民政府",
                "",
                "2018年6月20日前",
            ],
            [
                "2",
                "牡丹江依兰段",
                "河道管理范围内有违章建筑一处。",
                "依兰县水务局",
                "依兰镇人民政府、依兰县自然资源局",
                "2018年7月31日前",
            ],
            [
                "3",
                "倭肯河依兰段",
                "沿河村屯生活污水直排入河。",
                "依兰县住房和城乡建设局",
                "依兰县生态环境分局",
                "2018年9月30日前",
            ],
            [
                "4",
                "县城污水处理厂",
                "进水浓度偏低，管网收集率不高。",
                "依兰县住房和城乡建设局",
                "",
                "长期坚持",
            ],
        ],
        widths=(12, 35, 90, 45, 55, 35),
    )


def _lianzhou_petition_assignment_xlsx() -> bytes:
    """清远市 (广东) 转办 中央第四生态环境保护督察组's 第五批信访件 (2021-09-01: 4件, 清新区1件, 连州市2件,
    阳山县1件; 大气+水 1, 生态+水 1, 其他 1, 综合 1; 当日全部交办相关区县和相关市直部门): the 交办清单 as a
    workbook, its head rows 交办批次 / 交办时间 / 办理时限. The complaints' wording and the units ours."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "第五批"
    header = ["序号", "受理编号", "交办问题", "行政区域", "污染类型", "责任单位", "办理时限"]
    sheet.append(["中央第四生态环境保护督察组转办信访件交办清单（第五批）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(
        ["交办单位：清远市配合中央生态环境保护督察工作领导小组办公室", "", "", "", "交办时间：2021年9月1日"]
    )
    sheet.append(header)
    rows = [
        [
            1,
            "D2GD202108310031",
            "清新区某陶瓷厂夜间排放刺鼻废气，厂区废水流入附近河涌。",
            "清新区",
            "大气、水",
            "清新区人民政府",
            "2021年9月30日前",
        ],
        [
            2,
            "D2GD202108310056",
            "连州市某采石场开采破坏山体植被，洗砂废水排入河流。",
            "连州市",
            "生态、水",
            "连州市人民政府",
            "2021年9月30日前",
        ],
        [
            3,
            "X2GD202108310012",
            "连州市某养殖场臭味扰民。",
            "连州市",
            "其他",
            "连州市人民政府",
            "2021年9月30日前",
        ],
        [
            4,
            "D2GD202108310078",
            "阳山县某工业园企业废气、废水、噪声污染。",
            "阳山县",
            "综合",
            "阳山县人民政府",
            "2021年9月30日前",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append(["注：请于办理时限前将调查处理情况报市领导小组办公室，并向社会公开。"])
    return _book_bytes(book)


for _name, _filename, _build in (
    ("gaoyao_2022_order_to_correct_docx", "责令改正违法行为决定书.docx", _gaoyao_order_to_correct_docx),
    ("shangli_2021_petition_supervision_table", "督导问题交办单.docx", _shangli_petition_supervision_table),
    (
        "wenquan_2023_forest_chief_supervision_form",
        "林长制工作督办单.docx",
        _wenquan_forest_chief_supervision_form,
    ),
    (
        "yilan_2018_river_chief_assignment_pdf",
        "河长制督导发现问题交办清单.pdf",
        _yilan_river_chief_assignment_pdf,
    ),
    (
        "sixian_2022_inspection_bulletin",
        "河长制工作督查情况通报.txt",
        _text("sixian_2022_inspection_bulletin"),
    ),
    ("lianzhou_2021_petition_assignment_xlsx", "信访件交办清单.xlsx", _lianzhou_petition_assignment_xlsx),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-seventh blind set, for the figure recorded in docs/decisions.md (“Blind set 37”).
BLIND_37 = (
    "gaoyao_2022_order_to_correct_docx",
    "shangli_2021_petition_supervision_table",
    "wenquan_2023_forest_chief_supervision_form",
    "yilan_2018_river_chief_assignment_pdf",
    "sixian_2022_inspection_bulletin",
    "lianzhou_2021_petition_assignment_xlsx",
)
BLIND_SETS[37] = BLIND_37


DOCUMENTS["chenggu_2025_order_to_correct"] = (
    "责令改正违法行为决定书.txt",
    _text("chenggu_2025_order_to_correct"),
)
# found after the fixes (汉中市生态环境局 城固 decision as stored, with the page's blank lines and the
# addressee without its colon), written with its JSON before the fixed reader ran on it
BLIND_37 = (*BLIND_37, "chenggu_2025_order_to_correct")
BLIND_SETS[37] = BLIND_37


# --- blind set 39 (issue 14, branch corpus-blind39) -----------------------------------------------
# A mixed set such as an outside evaluator would collect, one of each kind, each from a province new
# or rare in the corpus and from the edge years: a 整改措施清单 Word table (海南, 2018), a whole
# 整改方案 printed to PDF (吉林, 2018), a 进展情况表 workbook (石嘴山 宁夏, 2019), a single-problem
# 销号 公示 (伊春 黑龙江, 2026), a 交办 信访件 一览表 copied from a web page (庆阳 甘肃, 2025) and a
# 整改落实情况 公示 with several forms (西藏 住建厅, 2025). Written with their expected JSON BEFORE
# the reader ran on them (docs/decisions.md, “Blind set 39”; SOURCES.md “Blind set 39”).


def _hainan_measure_list_docx() -> bytes:
    """海南省 贯彻落实中央第四环境保护督察组督察反馈意见 整改措施清单 (2018-02; “4大类56条”, 整改目标 and
    整改措施 for each) as a ruled Word table with the four classes as merged rows. The occasion and
    the four classes are the news's; the four rows shown, units and limits ours."""
    return _grid_docx(
        [
            "附件",
            "海南省贯彻落实中央第四环境保护督察组督察反馈意见整改措施清单",
        ],
        ["序号", "存在问题", "整改目标", "整改措施", "责任单位", "整改时限"],
        [
            "一、思想认识和责任落实方面",
            [
                "1",
                "一些市县重开发、轻保护，生态环境保护责任落实不到位。",
                "生态环境保护党政同责、一岗双责全面落实。",
                "1.将生态环境保护纳入市县党政领导班子考核；\n2.制定省直部门生态环境保护责任清单；\n"
                "3.对整改不力的市县开展约谈。",
                "省委组织部、省生态环境保护厅",
                "2018年6月底前，并长期坚持",
            ],
            "二、海岸带和自然保护区保护方面",
            [
                "2",
                "部分市县违规填海、占用自然岸线建设旅游地产项目。",
                "自然岸线保有率不低于60%。",
                "1.全面清查填海项目和占用岸线情况；\n2.依法查处违规填海和违规建设行为；\n3.对已填海区域开展生态修复。",
                "省海洋与渔业厅、省国土资源厅",
                "2018年12月底前",
            ],
            "三、污染防治方面",
            [
                "3",
                "城镇污水处理设施建设滞后，部分污水处理厂长期超标排放。",
                "城镇污水处理厂稳定达标排放。",
                "1.加快建设城镇污水配套管网；\n2.对超标排放的污水处理厂实施提标改造。",
                "省住房城乡建设厅",
                "2019年12月底前",
            ],
            "四、环境监管方面",
            [
                "4",
                "畜禽养殖禁养区划定后关闭搬迁工作推进缓慢。",
                "禁养区内规模养殖场全部关闭或搬迁。",
                "依法关闭或搬迁禁养区内的畜禽养殖场。",
                "省农业厅",
                "2018年9月底前",
            ],
        ],
    )


_JILIN_PLAN = """\
吉林省贯彻落实中央环境保护督察反馈意见整改方案
2017年8月11日至9月11日，中央第一环境保护督察组对我省开展了环境保护督察，并于2017年12月27日反馈了督察意见。为切实抓好反馈意见整改落实，制定本方案。
一、总体要求
坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，坚持问题导向和目标导向，坚决不讲条件、不讲代价、不折不扣抓好整改落实。
二、工作目标
督察反馈问题全部整改到位，生态环境质量持续改善，生态文明制度不断完善。到2020年底，环境保护突出问题得到有效解决。
三、整改任务
（一）强化生态环境保护责任落实
1.严格落实党政同责、一岗双责。制定省直部门生态环境保护责任清单，将生态环境保护纳入各级领导班子和领导干部考核。（省委组织部牵头，省环保厅、省编办配合；2018年6月底前完成，长期坚持）
2.严肃追责问责。对督察移交的责任追究问题依法依规严肃处理。（省纪委监委牵头，省委组织部配合；2018年4月底前完成）
（二）坚决打好水污染防治攻坚战
3.加快辽河流域水污染治理。东辽河、条子河、招苏台河等重点河流水质稳定达到考核要求，沿河城镇污水处理设施全部建成投运。（省环保厅牵头，省住房城乡建设厅、省水利厅配合，四平市、辽源市政府负责落实；2019年12月底前完成）
4.推进城市黑臭水体整治。地级城市建成区黑臭水体消除比例达到90%以上。（省住房城乡建设厅牵头，省环保厅配合；2020年底前完成）
（三）加强自然保护区监管
5.清理整治自然保护区违法违规问题。对查干湖、向海等自然保护区内违规项目逐一核查，依法依规分类处置并开展生态修复。（省林业厅牵头，省环保厅、省国土资源厅配合，松原市、白城市政府负责落实；2018年12月底前完成）
四、保障措施
（一）加强组织领导。省委、省政府成立由书记、省长任双组长的整改工作领导小组，统筹推进整改工作。
（二）强化督查考核。省整改工作领导小组办公室定期调度整改进展，对整改不力的地方和部门严肃问责。
（三）主动公开信息。整改方案和整改落实情况按规定向社会公开，接受社会监督。
"""


def _jilin_plan_pdf() -> bytes:
    """吉林省 贯彻落实中央环境保护督察反馈意见整改方案 (2018-05; 中央第一环境保护督察组 2017-08-11 至
    09-11, 反馈 2017-12-27; 书记、省长任双组长; 到2020年底 targets) as an official notice printed to
    PDF: numbered tasks under （一）… headings, units and limit in brackets after each. The occasion,
    goals and leading group are the news's; the five tasks, units and limits ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_JILIN_PLAN)


def _shizuishan_progress_xlsx() -> bytes:
    """石嘴山市 (宁夏) 中央环保督察“回头看”及水环境问题专项督察反馈意见 整改进展情况表 (截至2019年
    3月底, 石党办发〔2018〕72号): the problems (监测投机取巧 第15项 4月底前 已完成, 重点入黄排水沟
    2019年12月底前, 平罗工业园区精细化工基地工业废渣, 一园区一填埋场, 贺兰山东麓小型葡萄酒庄) are
    the 通报's; the other numbers, measures, units and limits ours."""
    header = ["序号", "反馈问题", "整改措施", "牵头单位", "配合单位", "整改时限", "整改进展", "完成情况"]
    book, sheet = _titled_sheet(
        "进展情况",
        "石嘴山市中央环保督察“回头看”及水环境问题专项督察反馈意见整改进展情况表（截至2019年3月底）",
        header,
    )
    for row in (
        [
            "15",
            "部分重点排污单位自动监测数据弄虚作假，监测投机取巧。",
            "1.开展自动监测设施专项检查；2.依法查处数据造假行为。",
            "市生态环境局",
            "市公安局",
            "2019年4月底前",
            "已完成专项检查，立案查处2家企业。",
            "已完成",
        ],
        [
            "16",
            "重点入黄排水沟水质未达到整治要求。",
            "1.截断入沟排污口；2.建设人工湿地净化工程；3.加密水质监测。",
            "市水务局",
            "大武口区、惠农区、平罗县人民政府",
            "2019年12月底前",
            "入沟排污口已截断，人工湿地工程正在建设。",
            "正在推进",
        ],
        [
            "17",
            "平罗工业园区精细化工基地工业废渣随意倾倒。",
            "1.清运倾倒的工业废渣；2.建设规范的工业固废填埋场。",
            "平罗县人民政府",
            "市生态环境局",
            "2019年10月底前",
            "已清运废渣约3万吨，填埋场正在办理前期手续。",
            "正在推进",
        ],
        [
            "18",
            "贺兰山东麓小型葡萄酒庄未建设污水处理设施，废水直排。",
            "为酒庄配套建设污水处理设施，实现废水达标排放。",
            "市农业农村局",
            "大武口区人民政府",
            "2020年底前",
            "已完成酒庄排查，正在编制设施建设方案。",
            "正在推进",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


for _name, _filename, _build in (
    ("hainan_2018_measure_list_docx", "督察反馈意见整改措施清单.docx", _hainan_measure_list_docx),
    ("jilin_2018_rectification_plan_pdf", "督察反馈意见整改方案.pdf", _jilin_plan_pdf),
    ("shizuishan_2019_progress_xlsx", "督察反馈意见整改进展情况表.xlsx", _shizuishan_progress_xlsx),
    ("yichun_2026_closure_notice", "问题整改公示.txt", _text("yichun_2026_closure_notice")),
    (
        "qingyang_2025_petition_list",
        "群众信访举报件边督边改公开情况一览表.txt",
        _text("qingyang_2025_petition_list"),
    ),
    (
        "xizang_2025_housing_closure_notices",
        "整改措施完成情况公示.txt",
        _text("xizang_2025_housing_closure_notices"),
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The thirty-ninth blind set, for the figure recorded in docs/decisions.md (“Blind set 39”).
BLIND_39 = (
    "hainan_2018_measure_list_docx",
    "jilin_2018_rectification_plan_pdf",
    "shizuishan_2019_progress_xlsx",
    "yichun_2026_closure_notice",
    "qingyang_2025_petition_list",
    "xizang_2025_housing_closure_notices",
)
BLIND_SETS[39] = BLIND_39


# --- blind set 44 (issue 14, branch corpus-blind44) -----------------------------------------------
# Site-based problem lists offices keep beside inspection findings, one row per site: a 饮用水水源地
# 环境问题 进展统计表 workbook (大竹 四川, 2018) and the city's 进展 公示 copied from a web page one
# cell per line (达州, 2018), a 河湖“四乱” 整改销号台账 Word table with 经纬度 and 河长 columns (镇巴
# 陕西, 2023), a 疑似污染地块 整改任务完成情况表 form (武川 内蒙古, 2025), a 城市黑臭水体 整治清单 PDF
# (成都, 2016) and a 入河排污口 排查管理清单 as a numbered list (郑州经开区, 2021). Written with their
# expected JSON BEFORE the reader ran on them (docs/decisions.md, “Blind set 44”; SOURCES.md).


def _dazhu_water_source_xlsx() -> bytes:
    """大竹县 (四川 达州) 饮用水水源地环境问题清理整治进展情况统计表 (2018-07-20): the header and rows
    12 and 13 (乌木水库, 百岛湖度假村, 货车加水点) as published; row 14 ours. The percentages are
    typed as text, as the page shows them; 备注 is the last, empty column."""
    header = [
        "序号",
        "省份",
        "所在地",
        "水源地名称",
        "水源地类别\n（地级/县级）",
        "保护区类型\n（一级、二级）",
        "问题类型",
        "问题具体情况",
        "具体整治措施",
        "计划完成\n整治时间",
        "整治进展情况",
        "是否完成整治",
        "整治进度(%)",
        "备注",
    ]
    book, sheet = _titled_sheet(
        "进展情况", "大竹县饮用水水源地环境问题清理整治进展情况统计表（2018年7月20日）", header
    )
    for row in (
        [
            12,
            "四川省",
            "大竹县",
            "乌木水库",
            "县级",
            "一级",
            "旅游餐饮",
            "乌木水库水源地一级保护区，百岛湖度假村已停业，但房屋及设施未拆除，环境脏乱。",
            "立即整改",
            "2018年11月",
            "已组织专人对百岛湖度假村内的环境卫生进行全面清理，已拆除大门、厕所及空调等附属设施。",
            "否",
            "30%",
            "",
        ],
        [
            13,
            "四川省",
            "大竹县",
            "乌木水库",
            "县级",
            "二级",
            "交通穿越",
            "乌木水库二级保护区内，有一货车加水点，冲洗货车废水直排。",
            "立即整改",
            "2018年5月",
            "1、对货车加水点在元亨煤矿水池取水口进行了封堵；2、对货车加水点在元亨煤矿水池取水口的取水管道"
            "和货车加水点的出水管道进行了拆除。",
            "是",
            "100%",
            "",
        ],
        [
            14,
            "四川省",
            "大竹县",
            "乌木水库",
            "县级",
            "二级",
            "农业面源",
            "乌木水库二级保护区内有一处生猪养殖场，养殖粪污未经处理外排。",
            "1、依法关闭养殖场并拆除圈舍；2、清运场内粪污并对场地进行消毒。",
            "2018年9月",
            "养殖场已关闭，生猪已全部出栏，圈舍拆除正在进行。",
            "否",
            "60%",
            "",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _zhenba_river_ledger_docx() -> bytes:
    """镇巴县 (陕西 汉中) 河湖“四乱”问题 整改销号台账: the county's 水利局 督查 (2023-01-05 至 01-09,
    20个镇(街道), 40个问题 交办相关镇(办), 2023年2月20日前 全面完成) is the news's; the ledger's form,
    its four rows, coordinates, river chiefs and units ours."""
    return _grid_docx(
        [
            "附件",
            "镇巴县河湖“四乱”问题整改销号台账",
            "填报单位：镇巴县河长制办公室　　填报时间：2023年2月21日",
        ],
        [
            "序号",
            "镇（街道）",
            "河流名称",
            "经度",
            "纬度",
            "问题类型",
            "问题描述",
            "整改措施",
            "责任单位",
            "镇级河长",
            "整改时限",
            "是否销号",
        ],
        [
            [
                "1",
                "泾洋街道",
                "泾洋河",
                "107.8962",
                "32.5351",
                "乱堆",
                "泾洋河城区段左岸河道管理范围内堆放建筑垃圾约30立方米。",
                "清运建筑垃圾，平整恢复河岸。",
                "泾洋街道办事处",
                "陈立新",
                "2023年2月20日前",
                "是",
            ],
            [
                "2",
                "渔渡镇",
                "渔渡河",
                "108.0417",
                "32.4288",
                "乱建",
                "渔渡河右岸河道管理范围内搭建临时板房1处，用于堆放杂物。",
                "1.拆除临时板房；2.清运杂物并恢复河岸原貌。",
                "渔渡镇人民政府",
                "王德明",
                "2023年2月20日前",
                "是",
            ],
            [
                "3",
                "长岭镇",
                "楮河",
                "107.7325",
                "32.6104",
                "乱采",
                "楮河长岭段有非法采砂痕迹，河床被挖出深坑。",
                "1.依法查处非法采砂行为；2.回填砂坑，平整河床；3.加强日常巡查。",
                "长岭镇人民政府、县水利局",
                "刘建华",
                "2023年2月20日前",
                "否",
            ],
            [
                "4",
                "杨家河镇",
                "杨家河",
                "107.9823",
                "32.6712",
                "乱占",
                "杨家河河道管理范围内有村民种植蔬菜，占用河滩地约2亩。",
                "劝导村民清除河滩种植作物，恢复河滩原状。",
                "杨家河镇人民政府",
                "赵永强",
                "立行立改",
                "是",
            ],
        ],
        after=["注：是否销号栏填“是”的问题已经县河长办现场核查销号。"],
    )


def _wuchuan_site_form_docx() -> bytes:
    """武川县 (内蒙古 呼和浩特) 2024年第二轮自治区生态环境保护督察交办问题第39号 整改任务完成情况表
    (公示 2025-04-27 至 05-14): the notice's lines and the form's five rows as published (paraphrased
    lightly); the mobile number left out."""
    return _two_column_form(
        [
            "2024年第二轮自治区生态环境保护督察交办问题第39号整改任务验收销号的公示",
            "2024年第二轮自治区生态环境保护督察交办问题第39号整改任务已整改完成，并通过验收，拟按程序实施销号。"
            "根据《自治区生态环境保护督察整改工作实施办法》有关要求，现将该项问题整改情况予以公示，"
            "公示期为2025年4月27日至2025年5月14日。",
            "邮寄方式：武川县可镇影视西街生态环境局",
            "附件",
            "2024年第二轮自治区生态环境保护督察交办问题第39号整改任务完成情况表",
            "单位（盖章）：武川县人民政府",
        ],
        [
            ("整改任务", "武川县鑫丰金属公司疑似污染地块未能按时完成开展土壤污染初步调查。"),
            ("责任单位", "市生态环境局，武川县党委、政府"),
            ("整改目标", "落实《中华人民共和国土壤污染防治法》有关要求，完成疑似污染地块土壤环境初步调查。"),
            (
                "整改措施",
                "完成武川县鑫丰金属公司疑似污染地块土壤污染状况初步调查，严格按调查结论开展后续工作。",
            ),
            (
                "完成情况",
                "武川县鑫丰地块已经完成初步调查，调查报告已通过市生态环境局、市自然资源局组织的联合评审，"
                "调查报告及评审结果上传全国建设用地土壤环境管理系统。该地块已移出呼和浩特市疑似污染地块名录。",
            ),
        ],
        [],
    )


def _chengdu_black_water_pdf() -> bytes:
    """成都市 建成区黑臭水体治理 公示 (2016-01): 51条河段 140.7公里 in 9 行政区域 (含成都高新区),
    责任人 副区长 or 副县长 (高新区 城管环保局局长), all done by 2017年底. The attached list's form,
    the four rows shown, their sections, lengths, problems, measures and units are ours."""
    header = [
        "序号",
        "行政区域",
        "黑臭水体名称",
        "起止点",
        "长度\n（公里）",
        "黑臭程度",
        "主要问题",
        "整治措施",
        "责任单位",
        "责任人",
        "完成期限",
    ]
    rows = [
        [
            "1",
            "锦江区",
            "东风渠支渠",
            "牛市口至琉璃场",
            "2.1",
            "轻度",
            "沿线雨污管网错接混接，生活污水直排入渠。",
            "1.截污纳管；2.清淤疏浚；3.生态修复。",
            "锦江区人民政府",
            "锦江区副区长",
            "2017年底前",
        ],
        [
            "2",
            "金牛区",
            "西郊河支渠",
            "营门口至抚琴西路",
            "1.6",
            "重度",
            "沿岸餐饮废水和生活污水直排，河底淤积严重。",
            "1.关闭沿岸直排口；2.清除河底淤泥；3.实施补水活水。",
            "金牛区人民政府",
            "金牛区副区长",
            "2017年底前",
        ],
        [
            "3",
            "武侯区",
            "浆洗街支渠",
            "浆洗街至锦江汇口",
            "0.9",
            "轻度",
            "老旧小区合流制管网溢流，渠内垃圾漂浮。",
            "实施雨污分流改造并建立河道保洁制度。",
            "武侯区人民政府",
            "武侯区副区长",
            "2017年底前",
        ],
        [
            "4",
            "成都高新区",
            "芳草支渠",
            "芳草街至江安河",
            "1.3",
            "轻度",
            "周边工地施工废水和生活污水混排入渠。",
            "1.规范工地排水；2.新建截污干管；3.清淤疏浚。",
            "成都高新区管委会",
            "成都高新区城管环保局局长",
            "2017年底前",
        ],
    ]
    paragraphs = [
        "关于成都市建成区黑臭水体治理的公示",
        "根据住房城乡建设部和环境保护部的要求，我市将大力开展城市建成区黑臭水体治理工作。现已确定城市建成区"
        "黑臭水体名单，涉及9个行政区域（含成都高新区）51条河段，总长度140.7公里，现予公示，请社会各界监督。",
        "附件：成都市建成区黑臭水体整治清单（摘录）",
    ]
    return _pdf_table(paragraphs, header, rows, widths=(8, 16, 20, 24, 12, 12, 40, 40, 24, 26, 16), size=7)


for _name, _filename, _build in (
    (
        "dazhu_2018_water_source_xlsx",
        "饮用水水源地环境问题清理整治进展情况统计表.xlsx",
        _dazhu_water_source_xlsx,
    ),
    (
        "dazhou_2018_water_source_progress",
        "水源地环境问题整治工作进展情况公示.txt",
        _text("dazhou_2018_water_source_progress"),
    ),
    ("zhenba_2023_river_ledger_docx", "河湖四乱问题整改销号台账.docx", _zhenba_river_ledger_docx),
    ("wuchuan_2025_site_form_docx", "第39号整改任务完成情况表.docx", _wuchuan_site_form_docx),
    ("chengdu_2016_black_water_pdf", "建成区黑臭水体整治清单.pdf", _chengdu_black_water_pdf),
    ("zzjkq_2021_outfall_list", "办事处入河排污口排查管理清单.txt", _text("zzjkq_2021_outfall_list")),
):
    DOCUMENTS[_name] = (_filename, _build)

# The forty-fourth blind set, for the figure recorded in docs/decisions.md (“Blind set 44”).
BLIND_44 = (
    "dazhu_2018_water_source_xlsx",
    "dazhou_2018_water_source_progress",
    "zhenba_2023_river_ledger_docx",
    "wuchuan_2025_site_form_docx",
    "chengdu_2016_black_water_pdf",
    "zzjkq_2021_outfall_list",
)
BLIND_SETS[44] = BLIND_44

# --- blind set 42 (issue 14, branch corpus-blind42) -----------------------------------------------
# Rectification ledgers and task lists as offices keep them in Excel: a title and a 填报单位 / 填报时间
# row above a header over two or three rows, a summary sheet before the list or one sheet per
# township, blank separator rows, numbers stored as floats, dates as date cells, bare serials or
# text (2022.12.31, 2023年3月底), a notes column, a 合计 row at the foot, a unit merged down over
# several rows, and two old .xls files (xlwt). Places and counts as published (SOURCES.md “Blind
# set 42”); the rows are ours.


def _lanshan_audit_ledger_xlsx() -> bytes:
    """日照市岚山区 (山东) 审计局: the 2022 reports' 24 projects with 483 problems, each problem checked
    as 已整改, 持续整改 (history, cannot be finished in time) or 未整改. The office's workbook: a
    汇总表 sheet first (counts per project, 其他项目 and 合计 row), the 台账 second — title, 填报 row,
    整改责任 over 责任单位 / 责任人 (a person), the project and its unit merged down two rows, a
    blank row between projects, 序号 as floats, date cells and 2023年5月底, a 合计 row under it."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总表"
    summary.append(["岚山区2022年度审计查出问题整改情况汇总表"])
    summary.merge_cells("A1:G1")
    summary.append(["填报单位：岚山区审计局", None, None, None, "填报时间：2023年6月30日"])
    _merged_header(
        summary,
        3,
        ["序号", "审计项目", "问题数（个）", "整改情况", None, None, "备注"],
        [None, None, None, "已整改", "持续整改", "未整改", None],
    )
    for row in (
        [1.0, "岚山区2022年度区级预算执行审计", 36.0, 30.0, 6.0, 0.0, None],
        [2.0, "岚山区农业农村局2021年度预算执行审计", 18.0, 15.0, 2.0, 1.0, None],
        [3.0, "安东卫街道党工委书记经济责任审计", 22.0, 21.0, 1.0, 0.0, None],
        [4.0, "其他21个审计项目", 407.0, 371.0, 30.0, 6.0, "明细见台账"],
        ["合计", None, 483.0, 437.0, 39.0, 7.0, None],
    ):
        summary.append(row)
    sheet = book.create_sheet("问题整改台账")
    upper = ["序号", "审计项目", "问题描述", "整改措施", "整改责任", None, "整改期限", "整改状态", "备注"]
    lower = [None, None, None, None, "责任单位", "责任人", None, None, None]
    sheet.append(["岚山区2022年度审计查出问题整改台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
    sheet.append(["填报单位：岚山区审计局（盖章）", None, None, None, None, None, "填报时间：2023年6月30日"])
    sheet.merge_cells("A2:D2")
    sheet.merge_cells("G2:I2")
    _merged_header(sheet, 3, upper, lower)
    rows = [
        [
            1.0,
            "岚山区2022年度区级预算执行审计",
            "部分专项资金未及时拨付，滞留财政账户。",
            "1.清理滞留专项资金并拨付到位；\n2.建立专项资金拨付进度台账。",
            "岚山区财政局",
            "王某",
            datetime.datetime(2023, 3, 31),
            "已整改",
            None,
        ],
        [
            2.0,
            None,
            "非税收入未及时足额缴入国库。",
            "1.督促执收单位限期缴库；\n2.开展非税收入征缴专项检查。",
            None,
            "王某",
            datetime.datetime(2023, 6, 30),
            "持续整改",
            "涉及历史欠缴，分年度清缴",
        ],
        None,
        [
            3.0,
            "岚山区农业农村局2021年度预算执行审计",
            "高标准农田建设项目未按期完成竣工验收。",
            "1.组织项目竣工验收；\n2.督促施工单位整改工程质量问题；\n3.按验收结果办理结算。",
            "岚山区农业农村局",
            "李某",
            datetime.datetime(2023, 5, 31),
            "未整改",
            None,
        ],
        None,
        [
            4.0,
            "安东卫街道党工委书记经济责任审计",
            "部分村级集体资产台账登记不全，资产底数不清。",
            "1.全面清查村集体资产；\n2.完善资产登记台账并定期公开。",
            "安东卫街道办事处",
            "张某",
            "2023年5月底",
            "已整改",
            None,
        ],
    ]
    for row in rows:
        sheet.append(row if row is not None else [])
    sheet.merge_cells("B5:B6")
    sheet.merge_cells("E5:E6")
    for r in (5, 6, 8):
        sheet.cell(row=r, column=7).number_format = "yyyy-mm-dd"
    sheet.append([])
    sheet.append(["合计", None, "4个问题", None, None, None, None, "已整改2个，持续整改1个，未整改1个"])
    sheet.append(["填表人：刘某", None, None, "审核人：赵某", None, None, "联系电话：0633-2612345"])
    return _book_bytes(book)


def _nanle_audit_list_xls() -> bytes:
    """南乐县 (河南 濮阳) 审计局 “两清单、一台账”: 审计查出问题清单 when a report is issued, 审计查出问题
    整改清单 when the period ends (8 projects and 68 problems since 2022, 48 已整改, 20 still in the
    period). The 整改清单 as an old .xls (xlwt): a 填报说明 sheet first, the title, the 填报单位 /
    填报时间 row, a header over three rows (整改情况 over 整改措施 / 整改时限 / 整改结果, 整改结果 over
    已整改 / 正在整改 marked √), the 被审计单位 merged down, text dates, a blank row, 合计."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    notes = book.add_sheet("填报说明")
    for r, line in enumerate(
        (
            "填报说明",
            "1.本清单由业务股室在审计整改期满15个工作日内填写，分管领导签字后交计划管理督察股归档。",
            "2.“整改结果”在“已整改”或“正在整改”栏内划“√”。",
        )
    ):
        notes.write(r, 0, line)
    sheet = book.add_sheet("整改清单")
    width = 9
    sheet.write_merge(0, 0, 0, width - 1, "南乐县审计查出问题整改清单")
    sheet.write_merge(1, 1, 0, 4, "填报单位：南乐县审计局计划管理督察股")
    sheet.write_merge(1, 1, 5, width - 1, "填报时间：2023年3月10日")
    sheet.write_merge(2, 4, 0, 0, "序号")
    sheet.write_merge(2, 4, 1, 1, "被审计单位")
    sheet.write_merge(2, 2, 2, 3, "审计查出问题")
    sheet.write_merge(3, 4, 2, 2, "问题类型")
    sheet.write_merge(3, 4, 3, 3, "问题描述")
    sheet.write_merge(2, 2, 4, 7, "整改情况")
    sheet.write_merge(3, 4, 4, 4, "整改措施")
    sheet.write_merge(3, 4, 5, 5, "整改时限")
    sheet.write_merge(3, 3, 6, 7, "整改结果")
    sheet.write(4, 6, "已整改")
    sheet.write(4, 7, "正在整改")
    sheet.write_merge(2, 4, 8, 8, "备注")
    wrapped = xlwt.easyxf("align: wrap on, vert centre")
    rows = [
        [
            1.0,
            "南乐县元村镇人民政府",
            "财务管理",
            "部分村级道路工程款未按合同约定支付进度款。",
            "1.核实工程结算金额；\n2.按合同约定支付进度款。",
            "2022.12.31",
            "√",
            "",
            "",
        ],
        [
            2.0,
            None,
            "资产管理",
            "镇政府购置的办公设备未及时登记入账。",
            "1.清查固定资产；\n2.补记固定资产账。",
            "立行立改",
            "√",
            "",
            "",
        ],
        [
            3.0,
            None,
            "内部控制",
            "公务接待审批手续不完善，部分接待无公函。",
            "1.修订公务接待管理办法；\n2.严格执行公函制度；\n3.对经办人员进行提醒谈话。",
            "2023年3月底",
            "",
            "√",
            "管理办法正在修订",
        ],
        None,
        [
            4.0,
            "南乐县教育局",
            "专项资金",
            "学生资助资金发放不及时。",
            "1.核对资助学生名单；\n2.限时发放到位。",
            "2023.1.31",
            "√",
            "",
            "",
        ],
        [
            5.0,
            None,
            "政府采购",
            "部分教学设备采购项目未按规定公开招标。",
            "1.规范政府采购程序；\n2.对相关责任人进行约谈。",
            "2023.6.30",
            "",
            "√",
            "",
        ],
    ]
    r = 5
    for row in rows:
        if row is not None:
            for k, value in enumerate(row):
                if value is not None and k != 1:
                    sheet.write(r, k, value, wrapped)
        r += 1
    sheet.write_merge(5, 7, 1, 1, "南乐县元村镇人民政府", wrapped)
    sheet.write_merge(9, 10, 1, 1, "南乐县教育局", wrapped)
    sheet.write(11, 0, "合计")
    sheet.write(11, 3, "5个问题")
    sheet.write(11, 6, 3.0)
    sheet.write(11, 7, 2.0)
    sheet.write_merge(12, 12, 0, 4, "分管领导：　　　　　　股室负责人：　　　　　　填表人：")
    return _book_bytes(book)


def _neihuang_hazard_ledger_xlsx() -> bytes:
    """内黄县 (河南 安阳) 安委办 2019-08-29 “防除保迎” 暨安全生产隐患督办清零推进会: 工贸领域 1805 项隐患
    of 111 enterprises in 17 乡镇 and the 产业集聚区 handed down, each with 隐患核查责任人, 企业整改责任人
    and 整改时限. The ledger as a workbook: a 汇总 sheet (隐患 per 乡镇, 合计), then one sheet per
    乡镇 whose 序号 restarts; the enterprise merged down over its hazards, 责任人 over two people,
    监管责任单位, date cells, 2019年9月底 and 立即整改, 整改情况 已整改 / 整改中."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["内黄县工贸领域安全生产隐患督办清零汇总表"])
    summary.merge_cells("A1:F1")
    summary.append(["序号", "乡镇（区）", "企业数（家）", "交办隐患（项）", "已整改（项）", "整改率"])
    for row in (
        [1.0, "城关镇", 9.0, 126.0, 98.0, "77.8%"],
        [2.0, "产业集聚区", 38.0, 702.0, 515.0, "73.4%"],
        [3.0, "其他16个乡镇", 64.0, 977.0, 801.0, "82.0%"],
        ["合计", None, 111.0, 1805.0, 1414.0, "78.3%"],
    ):
        summary.append(row)
    upper = [
        "序号",
        "企业名称",
        "隐患内容",
        "整改措施",
        "责任人",
        None,
        "监管责任单位",
        "整改时限",
        "整改情况",
        "备注",
    ]
    lower = [None] * 4 + ["企业整改责任人", "隐患核查责任人", None, None, None, None]
    townships = (
        (
            "城关镇",
            "城关镇人民政府",
            [
                [
                    1.0,
                    "内黄县某面粉有限公司",
                    "粉尘作业区电气设备未采用防爆型。",
                    "1.更换防爆电气设备；\n2.建立粉尘清扫制度。",
                    "王某",
                    "刘某",
                    "城关镇人民政府",
                    datetime.datetime(2019, 9, 30),
                    "已整改",
                    None,
                ],
                [
                    2.0,
                    None,
                    "除尘器未设置泄爆装置。",
                    "1.加装泄爆片；\n2.委托专业机构检测。",
                    "王某",
                    "刘某",
                    "城关镇人民政府",
                    "2019年9月底",
                    "整改中",
                    "泄爆片已订购",
                ],
                [
                    3.0,
                    "内黄县某彩印厂",
                    "危险化学品（油墨稀释剂）存放在车间内，未设专用仓库。",
                    "1.立即清出车间；\n2.设置专用危化品储存间。",
                    "陈某",
                    "刘某",
                    "城关镇人民政府",
                    "立即整改",
                    "已整改",
                    None,
                ],
            ],
        ),
        (
            "产业集聚区",
            "产业集聚区管委会",
            [
                [
                    1.0,
                    "内黄县某陶瓷有限公司",
                    "天然气管道未设置紧急切断阀。",
                    "1.加装紧急切断阀；\n2.开展燃气泄漏应急演练。",
                    "赵某",
                    "孙某",
                    "产业集聚区管委会、县应急管理局",
                    datetime.datetime(2019, 10, 15),
                    "整改中",
                    None,
                ],
                [
                    2.0,
                    "内黄县某食品有限公司",
                    "液氨制冷车间未安装氨气泄漏报警装置。",
                    "1.安装氨气泄漏报警装置并与排风联锁；\n2.配备正压式空气呼吸器。",
                    "钱某",
                    "孙某",
                    "产业集聚区管委会、县应急管理局",
                    datetime.datetime(2019, 9, 20),
                    "已整改",
                    None,
                ],
            ],
        ),
    )
    for township, office, rows in townships:
        sheet = book.create_sheet(township)
        sheet.append([f"内黄县工贸领域安全生产隐患督办清零台账（{township}）"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
        sheet.append([f"填报单位：{office}", None, None, None, None, None, "填报时间：2019年9月20日"])
        _merged_header(sheet, 3, upper, lower)
        for row in rows:
            sheet.append(row)
        for r in range(5, sheet.max_row + 1):
            if isinstance(sheet.cell(row=r, column=8).value, datetime.datetime):
                sheet.cell(row=r, column=8).number_format = 'yyyy"年"m"月"d"日"'
        if township == "城关镇":
            sheet.merge_cells("B5:B6")
        sheet.append([])
        sheet.append(["填报人：", None, None, "联系电话：", None, None, "主要负责人签字："])
    return _book_bytes(book)


def _jianghua_land_patches_xlsx() -> bytes:
    """江华瑶族自治县 (湖南 永州) 自然资源局, 2024-11: the 督导组 at 沱江镇, 大圩镇 … checking the
    违法用地图斑 整改 (消除存量, 控制增量; 耕地恢复). The 问题整改进展调度表 the bureau sends each
    township: header over three rows (图斑面积（亩） over 合计 / 其中, 其中 over 耕地 / 永久基本农田;
    整改责任 over 牵头单位 / 配合单位; 整改进展 over 进展情况 / 是否完成), areas as floats, the 乡镇
    merged down, text dates 2024.12.31 and 2025年3月底, a 合计 row summing the areas, notes."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "调度表"
    width = 13
    sheet.append(["江华瑶族自治县违法用地问题图斑整改进展调度表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(
        [
            "填报单位：县自然资源局执法大队",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "调度时间：2024年11月15日",
        ]
    )
    sheet.merge_cells("A2:F2")
    sheet.merge_cells("J2:M2")
    # header rows 3-5
    for column, label in (
        (1, "序号"),
        (2, "乡镇"),
        (3, "图斑编号"),
        (7, "问题描述"),
        (8, "整改措施"),
        (11, "整改时限"),
    ):
        sheet.cell(row=3, column=column, value=label)
        sheet.merge_cells(start_row=3, start_column=column, end_row=5, end_column=column)
    sheet.cell(row=3, column=4, value="图斑面积（亩）")
    sheet.merge_cells("D3:F3")
    sheet.cell(row=4, column=4, value="合计")
    sheet.merge_cells("D4:D5")
    sheet.cell(row=4, column=5, value="其中")
    sheet.merge_cells("E4:F4")
    sheet.cell(row=5, column=5, value="耕地")
    sheet.cell(row=5, column=6, value="永久基本农田")
    sheet.cell(row=3, column=9, value="整改责任")
    sheet.merge_cells("I3:J3")
    sheet.cell(row=4, column=9, value="牵头单位")
    sheet.merge_cells("I4:I5")
    sheet.cell(row=4, column=10, value="配合单位")
    sheet.merge_cells("J4:J5")
    sheet.cell(row=3, column=12, value="整改进展")
    sheet.merge_cells("L3:M3")
    sheet.cell(row=4, column=12, value="进展情况")
    sheet.merge_cells("L4:L5")
    sheet.cell(row=4, column=13, value="是否完成")
    sheet.merge_cells("M4:M5")
    rows = [
        [
            1.0,
            "沱江镇",
            "431129-2024-017",
            1.86,
            1.52,
            0.0,
            "沱江镇某村村民未经批准占用耕地建设住房。",
            "1.依法立案查处；\n2.拆除违法建筑；\n3.恢复耕种条件。",
            "沱江镇人民政府",
            "县自然资源局、县农业农村局",
            "2024.12.31",
            "已下达限期拆除决定书，正在拆除。",
            "否",
        ],
        [
            2.0,
            None,
            "431129-2024-021",
            3.2,
            2.75,
            1.1,
            "某建材公司擅自占用永久基本农田堆放砂石料。",
            "1.清运砂石料；\n2.复垦复耕；\n3.对企业立案处罚。",
            "沱江镇人民政府",
            "县自然资源局",
            "2024.11.30",
            "砂石已清运完毕，复耕通过验收。",
            "是",
        ],
        [
            3.0,
            None,
            "431129-2024-026",
            0.64,
            0.0,
            0.0,
            "沿河地段违规搭建简易钢棚。",
            "拆除钢棚并恢复原状。",
            "沱江镇人民政府",
            "县水利局",
            "2024.12.31",
            "已拆除。",
            "是",
        ],
        [
            4.0,
            "大圩镇",
            "431129-2024-033",
            5.08,
            4.9,
            4.9,
            "大圩镇某村集体未经批准在永久基本农田上挖塘养鱼。",
            "1.回填鱼塘；\n2.恢复耕作层；\n3.追究相关人员责任。",
            "大圩镇人民政府",
            "县自然资源局、县农业农村局",
            "2025年3月底",
            "回填方案已编制，待枯水期施工。",
            "否",
        ],
        [
            5.0,
            None,
            "431129-2024-038",
            0.95,
            0.95,
            0.0,
            "村民在耕地上建设临时养殖棚。",
            "1.拆除养殖棚；\n2.清理地表恢复耕种。",
            "大圩镇人民政府",
            "县农业农村局",
            "2024.12.31",
            "养殖棚已拆除，正在平整土地。",
            "否",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B6:B8")
    sheet.merge_cells("B9:B10")
    sheet.append(
        ["合计", None, "5个图斑", 11.73, 10.12, 6.0, None, None, None, None, None, "已完成2个", None]
    )
    sheet.append([])
    sheet.append(["注：1.每周五前更新“进展情况”；2.完成整改的图斑附整改前后对比照片。"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    return _book_bytes(book)


def _gongliu_npc_suggestions_xlsx() -> bytes:
    """巩留县 (新疆 伊犁) 人民政府 2024: 县十八届人大四次会议 议案 2 件、代表建议 52 件 handed to 20 县直
    部门; all answered, 满意率 100 %; A类 (已经解决或基本解决) 33, B类 (正在解决或列入规划逐步解决) 14,
    C类 (因客观条件限制无法解决) 5. The 办理台账 as a workbook: the list first and a 统计 sheet after,
    group rows by field, 承办单位 over 主办单位 / 协办单位, 办理结果 over 类别 (A类 / B类 / C类) and
    答复情况, the 领衔代表 (a person), text dates, a legend of the classes under the table."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "办理台账"
    upper = [
        "序号",
        "建议编号",
        "建议名称",
        "领衔代表",
        "承办单位",
        None,
        "办理时限",
        "办理结果",
        None,
        "备注",
    ]
    lower = [None] * 4 + ["主办单位", "协办单位", None, "类别", "答复情况", None]
    sheet.append(["巩留县十八届人大四次会议代表建议办理情况台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
    sheet.append(["填报单位：巩留县人民政府办公室", None, None, None, None, None, "填报时间：2024年11月28日"])
    _merged_header(sheet, 3, upper, lower)
    rows = [
        "一、城建环保类",
        [
            1.0,
            "第5号",
            "关于加快城区老旧小区供热管网改造的建议",
            "阿某某",
            "县住房和城乡建设局",
            "县发展和改革委员会、县财政局",
            "2024.8.31",
            "A类",
            "已书面答复，代表满意",
            None,
        ],
        [
            2.0,
            "第17号",
            "关于在县城增设垃圾分类投放点的建议",
            "李某某",
            "县城市管理局",
            None,
            "2024.8.31",
            "B类",
            "已书面答复，代表满意",
            "列入2025年计划",
        ],
        "二、交通设施类",
        [
            3.0,
            "第23号",
            "关于修缮阿尕尔森乡通村公路的建议",
            "努某某",
            "县交通运输局",
            "阿尕尔森乡人民政府",
            "2024.9.30",
            "C类",
            "已当面答复，代表满意",
            "资金缺口较大，已向代表说明",
        ],
        "三、乡村振兴类",
        [
            4.0,
            "第31号",
            "关于支持莫乎尔乡发展庭院经济的建议",
            "马某某",
            "县农业农村局",
            "莫乎尔乡人民政府",
            "2024.8.31",
            "A类",
            "已书面答复，代表满意",
            None,
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(upper)
            )
        else:
            sheet.append(row)
    sheet.append([])
    sheet.append(
        [
            "注：A类为所提问题已经解决或基本解决；B类为所提问题正在解决或列入规划逐步解决；"
            "C类为所提问题因客观条件限制无法解决。"
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(upper))
    stats = book.create_sheet("统计")
    stats.append(["类别", "件数", "占比"])
    for row in (["A类", 33.0, "63.4%"], ["B类", 14.0, "27.0%"], ["C类", 5.0, "9.6%"], ["合计", 52.0, "100%"]):
        stats.append(row)
    return _book_bytes(book)


def _shejian_poverty_tasks_xlsx() -> bytes:
    """广元市昭化区射箭乡 (四川) 2017年度脱贫攻坚成效考核反馈问题整改 (2018-09-05, after 川委厅〔2018〕29
    号: 专项整改问题 such as 脱贫人口指标集中安排给当年计划退出村, 住房安全方面 易地扶贫搬迁建房面积超标
    — each with 牵头单位 扶贫办 / 村建所 and 责任单位 各村支部). The 整改任务清单 as a workbook: one
    sheet, title and 编制单位 row, group rows 一、二、三、, blank rows between groups, 序号 as floats,
    完成时限 as a bare date serial (a column pasted as values), a date cell and text, 完成情况."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "整改任务清单"
    header = ["序号", "存在问题", "整改措施", "牵头单位", "责任单位", "完成时限", "完成情况", "备注"]
    sheet.append(["射箭乡2017年度脱贫攻坚成效考核反馈问题整改任务清单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(["编制单位：射箭乡脱贫攻坚领导小组办公室", None, None, None, None, "时间：2018年9月5日"])
    sheet.append(header)
    rows = [
        "一、专项整改问题",
        [
            1.0,
            "将脱贫人口指标集中安排给当年计划退出村，无指标的即使达到标准也不让退出。",
            "1.采取“自下而上、自上而下”方式科学确定脱贫人口指标；\n2.对达到退出标准的农户按程序退出。",
            "扶贫办",
            "各村支部",
            43404.0,
            "已完成",
            None,
        ],
        None,
        "二、住房安全方面",
        [
            2.0,
            "有的易地扶贫搬迁建房面积超标，贫困户负债较重。",
            "1.加大政策宣讲培训力度；\n2.严格对标政策规范搬迁对象管理；\n3.对超面积建房逐户核查。",
            "扶贫办、村建所",
            "各村支部",
            43465.0,
            "正在推进",
            "已核查12户",
        ],
        [
            3.0,
            "有的用易地扶贫搬迁政策替代危房改造，扩大搬迁对象范围。",
            "1.严禁将危房改造作为易地扶贫搬迁条件；\n2.严禁重复享受农房保障政策。",
            "扶贫办、村建所",
            "各村支部",
            datetime.datetime(2018, 11, 30),
            "已完成",
            None,
        ],
        None,
        "三、共性问题",
        [
            4.0,
            "部分贫困户对帮扶政策知晓度不高。",
            "1.组织帮扶干部逐户宣讲政策；\n2.发放政策明白卡。",
            "扶贫办",
            "各村支部、各帮扶单位",
            "2018年10月底前",
            "已完成",
            None,
        ],
    ]
    for row in rows:
        if row is None:
            sheet.append([])
        elif isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header)
            )
        else:
            sheet.append(row)
            if isinstance(row[5], datetime.datetime):
                sheet.cell(row=sheet.max_row, column=6).number_format = "yyyy/m/d"
    return _book_bytes(book)


def _yuncheng_farmland_list_xls() -> bytes:
    """运城市 (山西) 耕地保护整治提升行动: the 市自然资源综合行政执法队's 7 督导专班 checking each county
    and the 经济技术开发区 图斑 by 图斑 (立案查处、拆除复耕、报批规范), keeping a 督导台账 and 重点问题清单
    (the stored page gives no year: 2024 is ours). The 重点问题清单 as an old .xls (xlwt): a 汇总
    sheet first (问题 per county, 合计), the list second with the county merged down, 整改情况 over
    进展情况 / 是否到位, a date cell and text dates, a blank row, a notes row."""
    import datetime

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    summary = book.add_sheet("汇总")
    summary.write_merge(0, 0, 0, 3, "耕地保护整治提升行动督导发现问题汇总表")
    for k, value in enumerate(("县（市、区）", "问题数", "已整改到位", "备注")):
        summary.write(1, k, value)
    for r, row in enumerate(
        (
            ("盐湖区", 2.0, 1.0, ""),
            ("永济市", 1.0, 0.0, ""),
            ("运城经济技术开发区", 1.0, 1.0, ""),
            ("合计", 4.0, 2.0, ""),
        ),
        start=2,
    ):
        for k, value in enumerate(row):
            summary.write(r, k, value)
    sheet = book.add_sheet("重点问题清单")
    upper = [
        "序号",
        "县（市、区）",
        "问题来源",
        "图斑编号",
        "问题描述",
        "整改意见",
        "责任单位",
        "整改时限",
        "整改情况",
        None,
        "备注",
    ]
    lower = [None] * 8 + ["进展情况", "是否到位", None]
    width = len(upper)
    sheet.write_merge(0, 0, 0, width - 1, "运城市耕地保护整治提升行动督导重点问题清单")
    sheet.write_merge(1, 1, 0, 5, "督导专班：市自然资源综合行政执法队第三督导专班")
    sheet.write_merge(1, 1, 6, width - 1, "督导时间：2024年10月")
    for k, value in enumerate(upper):
        if value is None:
            continue
        if k + 1 < width and upper[k + 1] is None:
            sheet.write_merge(2, 2, k, k + 1, value)
            sheet.write(3, k, lower[k])
            sheet.write(3, k + 1, lower[k + 1])
        else:
            sheet.write_merge(2, 3, k, k, value)
    dated = xlwt.easyxf("align: wrap on", num_format_str='YYYY"年"M"月"D"日"')
    wrapped = xlwt.easyxf("align: wrap on, vert centre")
    rows = [
        [
            1.0,
            "盐湖区",
            "卫片执法",
            "140802-2023-0112",
            "某物流公司未经批准占用耕地硬化场地停放车辆。",
            "1.依法立案查处；\n2.拆除硬化地面；\n3.恢复耕种条件。",
            "盐湖区人民政府",
            datetime.date(2024, 12, 31),
            "已立案，硬化地面正在破除。",
            "否",
            "",
        ],
        [
            2.0,
            None,
            "乱占耕地建房",
            "140802-2022-0347",
            "村民未经批准占用耕地建设住宅。",
            "1.符合条件的依法补办手续；\n2.不符合条件的拆除复耕。",
            "盐湖区人民政府",
            "2024年11月底前",
            "已补办用地手续。",
            "是",
            "报批规范",
        ],
        None,
        [
            3.0,
            "永济市",
            "自然资源督查",
            "140881-2023-0056",
            "某光伏项目配套设施占用永久基本农田。",
            "1.拆除占用永久基本农田的配套设施；\n2.对相关责任人问责。",
            "永济市人民政府",
            "2025.3.31",
            "拆除方案已制定。",
            "否",
            "",
        ],
        None,
        [
            4.0,
            "运城经济技术开发区",
            "卫片执法",
            "140871-2023-0021",
            "企业扩建厂房未批先建，占用耕地。",
            "1.依法处罚；\n2.完善用地报批手续。",
            "运城经济技术开发区管委会",
            "2024年12月底",
            "已罚款并完成报批。",
            "是",
            "",
        ],
    ]
    r = 4
    for row in rows:
        if row is not None:
            for k, value in enumerate(row):
                if value is None or (k == 1 and r == 4):
                    continue
                if isinstance(value, datetime.date):
                    sheet.write(r, k, value, dated)
                else:
                    sheet.write(r, k, value, wrapped)
        r += 1
    sheet.write_merge(4, 5, 1, 1, "盐湖区", wrapped)
    sheet.write_merge(
        r, r, 0, width - 1, "注：“是否到位”填写“是”或“否”；已整改到位的需附立案查处、拆除复耕或报批材料。"
    )
    return _book_bytes(book)


for _name, _filename, _build in (
    ("lanshan_2023_audit_ledger_xlsx", "审计查出问题整改台账.xlsx", _lanshan_audit_ledger_xlsx),
    ("nanle_2023_audit_list_xls", "审计查出问题整改清单.xls", _nanle_audit_list_xls),
    ("neihuang_2019_hazard_ledger_xlsx", "安全生产隐患督办清零台账.xlsx", _neihuang_hazard_ledger_xlsx),
    ("jianghua_2024_land_patches_xlsx", "违法用地问题图斑整改进展调度表.xlsx", _jianghua_land_patches_xlsx),
    ("gongliu_2024_npc_suggestions_xlsx", "代表建议办理情况台账.xlsx", _gongliu_npc_suggestions_xlsx),
    (
        "shejian_2018_poverty_tasks_xlsx",
        "脱贫攻坚成效考核反馈问题整改任务清单.xlsx",
        _shejian_poverty_tasks_xlsx,
    ),
    (
        "yuncheng_2024_farmland_list_xls",
        "耕地保护整治提升行动督导重点问题清单.xls",
        _yuncheng_farmland_list_xls,
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The forty-second blind set, for the figure recorded in docs/decisions.md (“Blind set 42”).
BLIND_42 = (
    "lanshan_2023_audit_ledger_xlsx",
    "nanle_2023_audit_list_xls",
    "neihuang_2019_hazard_ledger_xlsx",
    "jianghua_2024_land_patches_xlsx",
    "gongliu_2024_npc_suggestions_xlsx",
    "shejian_2018_poverty_tasks_xlsx",
    "yuncheng_2024_farmland_list_xls",
)
BLIND_SETS[42] = BLIND_42


# --- blind set 41 (issue 14, branch corpus-blind41) -----------------------------------------------
# Problem lists of the air-pollution supervision and assistance campaigns as cities and counties keep
# them: the Ministry's 蓝天保卫战重点区域强化监督 督办问题 kept by a city (运城, .xlsx) and by another
# city with its county merged down (吕梁, Word), a 夏季监督帮扶 远程推送 list printed to PDF (亳州), a
# 旗 分局's 臭氧 “回头看” list copied from a web page with tabs (太仆寺旗), a 执法中队's 专项执法检查
# list copied with bars (新密), a provincial 蹲点帮扶组 交办清单 in Word (郴州) and a city's 整改情况
# 公示 copied from a web page one cell per line (太原). Written with their
# expected JSON BEFORE the reader ran on them (docs/decisions.md, “Blind set 41”; SOURCES.md).


def _yuncheng_supervision_list_xlsx() -> bytes:
    """运城市 (山西) 2018-2019年蓝天保卫战重点区域强化监督 督办问题 整改情况表: the problems the
    Ministry's bulletins of 2018-11-03 / 11-04 and 2019-01-22 name in 新绛县, 稷山县 and 永济市 (one
    “散乱污” enterprise not rectified, one plant without air-pollution equipment, two stockyards
    without dust control). Codes, enterprises' wording, measures, units, limits and progress ours."""
    header = [
        "序号",
        "问题编号",
        "交办日期",
        "所属城市",
        "区县",
        "企业（点位）名称",
        "问题类型",
        "问题描述",
        "整改措施",
        "责任单位",
        "整改时限",
        "整改情况",
        "是否完成",
    ]
    book, sheet = _titled_sheet(
        "督办问题", "运城市2018-2019年蓝天保卫战重点区域强化监督督办问题整改情况表", header
    )
    for row in (
        [
            1,
            "QHJD-1103-YC01",
            "2018年11月3日",
            "运城市",
            "新绛县",
            "新绛县某铸造加工点",
            "涉气“散乱污”企业",
            "涉气“散乱污”企业未完成整改，现场仍在生产。",
            "1.断水断电；2.清除原料、产品；3.拆除生产设备。",
            "新绛县人民政府",
            "2018年11月10日",
            "已断水断电，生产设备已拆除。",
            "是",
        ],
        [
            2,
            "QHJD-1103-YC02",
            "2018年11月3日",
            "运城市",
            "新绛县",
            "新绛县某机械配件厂",
            "未安装大气污染防治设施",
            "打磨、喷漆工序未安装废气收集治理设施。",
            "1.责令停产；2.安装废气收集治理设施，验收合格后方可生产。",
            "新绛县人民政府、新绛县环保局",
            "2018年12月31日",
            "已停产，治理设施正在安装。",
            "否",
        ],
        [
            3,
            "QHJD-1104-YC01",
            "2018年11月4日",
            "运城市",
            "稷山县",
            "稷山县某煤焦物料堆场",
            "物料堆场扬尘",
            "物料堆场未落实扬尘治理措施，物料露天堆放未苫盖。",
            "1.苫盖防尘网；2.建设围挡和喷淋设施。",
            "稷山县人民政府",
            "立行立改",
            "已苫盖，围挡和喷淋设施已建成。",
            "是",
        ],
        [
            4,
            "QHJD-0122-YC01",
            "2019年1月22日",
            "运城市",
            "永济市",
            "永济市某砂石料场",
            "物料堆场扬尘",
            "堆场未落实扬尘治理措施，进出车辆未冲洗。",
            "安装车辆冲洗设施并硬化进出道路。",
            "永济市人民政府",
            "2019年2月28日",
            "冲洗设施已订购，道路硬化正在施工。",
            "否",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _lvliang_feedback_list_docx() -> bytes:
    """吕梁市 (山西) 蓝天保卫战重点区域强化监督 反馈问题 整改清单 as a ruled Word table, the county
    merged down over its problems: 方山县 (a plant without equipment; 阳湾村、西山村 open burning of
    rubbish), 石楼县 (a building site) and 中阳县 (a stockyard) are the Ministry's bulletins of
    2018-11-03 and 2019-01-22; the wording, requirements, measures, units, limits and progress ours."""
    header = [
        "序号",
        "县（市、区）",
        "问题类型",
        "问题描述",
        "整改要求",
        "整改措施",
        "责任单位",
        "整改时限",
        "整改情况",
    ]
    rows = [
        [
            "1",
            "方山县",
            "工业企业未安装大气污染防治设施",
            "一家石料加工企业破碎、筛分工序未安装除尘设施。",
            "停产整治，配套建设除尘设施。",
            "1.责令企业停产；\n2.安装布袋除尘器；\n3.对违法行为立案查处。",
            "方山县人民政府",
            "2018年11月30日",
            "已完成整改",
        ],
        [
            "2",
            "方山县",
            "其他涉气环境问题",
            "阳湾村、西山村存在露天焚烧垃圾现象。",
            "清理焚烧残留物，杜绝露天焚烧。",
            "1.清理焚烧残留垃圾；\n2.落实村级保洁员日常巡查。",
            "方山县人民政府",
            "立行立改",
            "已完成整改",
        ],
        [
            "3",
            "石楼县",
            "建筑工地扬尘管理问题",
            "一处建筑工地裸土未覆盖，出入口未设置车辆冲洗设施。",
            "落实工地扬尘治理“六个百分之百”。",
            "1.裸露土方全部覆盖；\n2.出入口安装车辆冲洗设施。",
            "石楼县住房和城乡建设局",
            "2018年11月15日",
            "已完成整改",
        ],
        [
            "4",
            "中阳县",
            "物料堆场未落实扬尘治理措施",
            "一处煤场物料未苫盖，未建设防风抑尘网。",
            "物料全部苫盖，建设防风抑尘网。",
            "建设防风抑尘网并配套喷淋设施。",
            "中阳县人民政府",
            "2019年3月31日",
            "正在整改",
        ],
    ]
    document = docx.Document()
    for line in ("附件", "吕梁市蓝天保卫战重点区域强化监督反馈问题整改清单"):
        document.add_paragraph(line)
    table = _ruled_table(document, header, rows)
    _merge_down(table, 1, 1, 2)
    return _save(document)


def _bozhou_remote_tasks_pdf() -> bytes:
    """亳州市 (安徽) 重点区域空气质量改善夏季监督帮扶 远程推送问题 整改核销情况表 as a PDF: the
    campaign, the 执法支队 and the trades (车辆改装、喷涂、复合板材制造) are the bureau's post; the
    year (2022), push codes, enterprises, problems, measures, units, limits and states ours."""
    paragraphs = [
        "亳州市重点区域空气质量改善夏季监督帮扶远程推送问题整改核销情况表",
        "填报单位：亳州市生态环境保护综合行政执法支队    填报时间：2022年8月15日",
    ]
    header = [
        *("序号", "推送编号", "县区", "企业名称", "问题描述"),
        *("整改措施", "责任单位", "整改时限", "核销情况"),
    ]
    rows = [
        [
            "1",
            "TS-2022-031",
            "谯城区",
            "亳州某汽车维修服务有限公司",
            "车辆改装喷涂作业在室外进行，喷漆废气未经收集直排。",
            "1.喷涂作业全部移入密闭喷漆房；2.更换活性炭并建立更换台账。",
            "谯城区生态环境分局",
            "2022年7月31日",
            "已核销",
        ],
        [
            "2",
            "TS-2022-036",
            "涡阳县",
            "涡阳县某复合板材有限公司",
            "涂胶、热压工序VOCs无组织排放，集气罩收集效率低。",
            "1.改造集气罩；2.热压工序密闭；3.开展VOCs监测。",
            "涡阳县生态环境分局",
            "2022年8月31日",
            "整改中",
        ],
        [
            "3",
            "TS-2022-040",
            "蒙城县",
            "蒙城县某家具厂",
            "活性炭吸附装置长期未更换，治理设施未有效运行。",
            "更换活性炭并委托第三方运维。",
            "蒙城县生态环境分局",
            "立行立改",
            "已核销",
        ],
        [
            "4",
            "TS-2022-044",
            "利辛县",
            "利辛县某包装印刷厂",
            "使用高VOCs含量油墨，未建立原辅材料台账。",
            "1.替换为低VOCs含量油墨；2.建立原辅材料使用台账。",
            "利辛县生态环境分局",
            "2022年9月30日",
            "整改中",
        ],
    ]
    return _pdf_table(paragraphs, header, rows, widths=(8, 20, 14, 34, 50, 56, 26, 22, 16))


def _chenzhou_squat_assistance_docx() -> bytes:
    """郴州市 (湖南) 省生态环境厅第八蹲点帮扶组 (2025-08-04 至 08-24) 发现问题交办清单 as a ruled
    Word table: the group, the dates, the enterprise whose online data swung (checked on site) and
    the diesel-truck phase-out rate (48.0% → 63.6% province-wide) are the 厅's report; the codes,
    counties, wording, units, limits and completion ours."""
    return _grid_docx(
        [
            "郴州市2025年省生态环境厅蹲点帮扶发现问题交办清单",
            "（第八蹲点帮扶组，2025年8月4日至8月24日）",
        ],
        [
            "序号",
            "问题编号",
            "县（市、区）",
            "问题类型",
            "问题描述",
            "整改要求",
            "责任单位",
            "配合单位",
            "整改时限",
            "是否完成",
        ],
        [
            [
                "1",
                "DD8-01",
                "桂阳县",
                "自动监测",
                "某企业在线监测数据波动较大，现场核查发现烟气处理设施间歇运行。",
                "查明数据异常原因，确保治理设施稳定运行、达标排放；依法查处。",
                "郴州市生态环境局桂阳分局",
                "桂阳县工业和信息化局",
                "2025年9月30日",
                "是",
            ],
            [
                "2",
                "DD8-02",
                "嘉禾县",
                "移动源",
                "国Ⅲ及以下排放标准柴油货车淘汰进度滞后。",
                "加快淘汰进度，按月调度。",
                "嘉禾县人民政府",
                "郴州市公安局交通警察支队、郴州市交通运输局",
                "2025年12月31日",
                "否",
            ],
            [
                "3",
                "DD8-03",
                "资兴市",
                "扬尘",
                "一处砂石加工点物料露天堆放，未落实抑尘措施。",
                "立即苫盖，完善喷淋抑尘设施。",
                "资兴市人民政府",
                "",
                "立行立改",
                "是",
            ],
        ],
    )


for _name, _filename, _build in (
    (
        "yuncheng_2018_supervision_list_xlsx",
        "强化监督督办问题整改情况表.xlsx",
        _yuncheng_supervision_list_xlsx,
    ),
    (
        "lvliang_2018_feedback_list_docx",
        "强化监督反馈问题整改清单.docx",
        _lvliang_feedback_list_docx,
    ),
    (
        "bozhou_2022_remote_tasks_pdf",
        "夏季监督帮扶远程推送问题整改核销情况表.pdf",
        _bozhou_remote_tasks_pdf,
    ),
    (
        "taipusi_2023_ozone_lookback_list",
        "臭氧污染防治回头看发现问题清单.txt",
        _text("taipusi_2023_ozone_lookback_list"),
    ),
    (
        "xinmi_2025_enforcement_list",
        "夏季大气污染防治专项执法检查发现问题整改清单.txt",
        _text("xinmi_2025_enforcement_list"),
    ),
    (
        "chenzhou_2025_squat_assistance_docx",
        "蹲点帮扶发现问题交办清单.docx",
        _chenzhou_squat_assistance_docx,
    ),
    (
        "taiyuan_2018_supervision_notice_cells",
        "督办问题整改情况公示.txt",
        _text("taiyuan_2018_supervision_notice_cells"),
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The forty-first blind set, for the figure recorded in docs/decisions.md (“Blind set 41”).
BLIND_41 = (
    "yuncheng_2018_supervision_list_xlsx",
    "lvliang_2018_feedback_list_docx",
    "bozhou_2022_remote_tasks_pdf",
    "taipusi_2023_ozone_lookback_list",
    "xinmi_2025_enforcement_list",
    "chenzhou_2025_squat_assistance_docx",
    "taiyuan_2018_supervision_notice_cells",
)
BLIND_SETS[41] = BLIND_41


# --- blind set 43 (issue 14, branch corpus-blind43) -----------------------------------------------
# Rectification lists and notices in the FILE FORMS offices really upload, where the name does not
# tell the truth or the format is old: an OA system's “导出Excel” that is an HTML table under .xls,
# Word's “单个文件网页” (MHTML) saved as .doc, a .docx renamed .doc, RTF under .doc, a genuine old
# Word .doc and a WPS .wps (both written by LibreOffice from a .docx), Excel's “Unicode 文本” (UTF-16,
# tabs) under .csv, and a PDF exported by WPS with a ruled table. Places new to the corpus:
# 高台 宣化镇 (甘肃 张掖), 岚山 (山东 日照), 崇阳 (湖北 咸宁), 镇安 (陕西 商洛), 元谋 (云南 楚雄),
# 福田 (广东 深圳), 涞水 (河北 保定), 新宁 (湖南 邵阳). Written with their expected JSON BEFORE the
# reader ran on them (docs/decisions.md “Blind set 43”; SOURCES.md “Blind set 43”).


def _html_cells(values: list[str], tag: str = "td") -> str:
    return "".join(f"<{tag}>{value.replace(chr(10), '<br>')}</{tag}>" for value in values)


def _gaotai_xuanhua_xls_html() -> bytes:
    """高台县宣化镇 (甘肃 张掖) 县委巡察反馈问题整改台账 with the 红黄蓝 marks (蓝 done, 黄 under way,
    红 overdue) and the 站北村 public toilet as the 2023-05-26 news tells; exported by an OA system's
    “导出Excel”: an HTML table in GBK under .xls, the 问题类别 cell spanning two rows, <br> in cells.
    The other problems, measures, units and limits ours."""
    header = [
        "序号",
        "问题类别",
        "巡察反馈问题",
        "整改措施",
        "责任领导",
        "责任单位",
        "整改时限",
        "整改进展",
        "标注",
    ]
    rows = [
        (
            "1",
            "贯彻落实党的路线方针政策和上级决策部署方面",
            "理论学习中心组学习流于形式，学习记录不完整。",
            "1.制定年度理论学习计划；\n2.规范学习记录，镇纪委每季度检查一次。",
            "镇党委书记",
            "镇党政办",
            "2023年3月底前",
            "已完成整改",
            "蓝色",
        ),
        (
            "2",
            None,
            "站北村公共厕所长期锁闭，群众如厕不便。",
            "1.立即开放站北村公厕；\n2.落实保洁人员和管护经费；\n3.纳入村级人居环境日常考核。",
            "镇党委副书记",
            "镇农业农村综合服务中心、站北村村委会",
            "立行立改",
            "已完成整改",
            "蓝色",
        ),
        (
            "3",
            "落实全面从严治党战略部署方面",
            "村级财务报销票据不规范，部分支出无经办人签字。",
            "1.开展村级财务专项清查；\n2.规范报销审批流程。",
            "镇党委委员、纪委书记",
            "镇财政所",
            "2023年6月底前",
            "正在整改，已完成6个村清查",
            "黄色",
        ),
        (
            "4",
            "落实新时代党的组织路线方面",
            "部分村党支部“三会一课”开展不经常。",
            "建立“三会一课”月报制度，镇党委每月通报。",
            "镇党委副书记",
            "镇党建办",
            "2023年4月底前，长期坚持",
            "逾期未完成，正在推进",
            "红色",
        ),
    ]
    body = []
    for row in rows:
        cells = []
        for k, value in enumerate(row):
            if value is None:
                continue
            span = ' rowspan="2"' if k == 1 and row[0] == "1" else ""
            cells.append(
                f"<td{span} style=\"mso-number-format:'\\@';\">{value.replace(chr(10), '<br>')}</td>"
            )
        body.append("<tr>" + "".join(cells) + "</tr>")
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=GBK">\n'
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
        "<x:Name>整改台账</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions>"
        "</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->\n"
        '</head>\n<body>\n<table border="1" cellspacing="0">\n'
        f'<tr><td colspan="{len(header)}" align="center"><b>宣化镇落实县委巡察反馈问题整改情况台账'
        "（截至2023年5月20日）</b></td></tr>\n"
        f"<tr>{_html_cells(header, 'th')}</tr>\n" + "\n".join(body) + "\n</table>\n</body>\n</html>\n"
    )
    return page.encode("gbk")


def _word_mhtml(paragraphs: list[str], header: list[str], rows: list[list[str]], after=()) -> bytes:
    """Word's “单个文件网页” (.mht, Web 档案) of a note and a ruled table, as Word 2010 writes it:
    MIME parts, the page quoted-printable in gb2312 with characters outside it as &#N;."""
    import quopri

    def para(text: str) -> str:
        return f"<p class=MsoNormal><span style='font-family:仿宋_GB2312'>{text}</span></p>"

    def cell(text: str) -> str:
        inner = "".join(para(line) for line in text.split("\n"))
        return f"<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>{inner}</td>"

    table = "".join("<tr>" + "".join(cell(value) for value in values) + "</tr>" for values in [header, *rows])
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n'
        '<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 14">\n'
        '<link rel=File-List href="file.files/filelist.xml">\n'
        "<style>p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt}</style>\n</head>\n"
        "<body lang=ZH-CN style='text-justify-trim:punctuation'>\n<div class=WordSection1>\n"
        + "\n".join(para(line) for line in paragraphs)
        + "\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
        "style='border-collapse:collapse;border:none'>\n"
        + table
        + "\n</table>\n"
        + "\n".join(para(line) for line in after)
        + "\n</div>\n</body>\n</html>\n"
    )
    encoded = quopri.encodestring(html.encode("gb2312", "xmlcharrefreplace")).decode("ascii")
    boundary = "----=_NextPart_01D9A2B3.5C8E1F40"
    message = (
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
        "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持"
        "“Web 档案”文件。请下载支持“Web 档案”的浏览器，如 Windows&reg; Internet Explorer&reg;。\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Location: file:///C:/D2B3F1A0/file.htm\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        + encoded.replace("\n", "\r\n")
        + f"\r\n\r\n--{boundary}\r\n"
        "Content-Location: file:///C:/D2B3F1A0/file.files/filelist.xml\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/xml; charset="utf-8"\r\n\r\n'
        '<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">\r\n'
        ' <o:MainFile HRef=3D"../file.htm"/>\r\n <o:File HRef=3D"filelist.xml"/>\r\n</xml>\r\n'
        f"--{boundary}--\r\n"
    )
    return message.encode("gb2312", "xmlcharrefreplace")


def _lanshan_audit_task_list_mhtml_doc() -> bytes:
    """岚山区 (山东 日照) 审计局 2022年度审计查出问题整改任务清单: the 24 reports' 483 problems and the
    three states (已整改 / 持续整改 / 未整改) as the 2023 news gives them; the four rows shown, units and
    limits ours. Saved by Word as “单个文件网页” under a .doc name."""
    return _word_mhtml(
        [
            "岚山区2022年度审计查出问题整改任务清单",
            "区审计局对2022年度出具审计报告的24个项目共483个问题建立整改任务清单，逐项明确整改要求、整改责任单位和"
            "整改期限。整改情况经审计人员逐笔逐项复核后，分别认定为“已整改”“持续整改”“未整改”。",
        ],
        ["序号", "审计项目", "审计查出问题", "整改要求", "整改责任单位", "整改期限", "整改状态"],
        [
            [
                "1",
                "区财政局2022年度预算执行审计",
                "部分专项资金未及时拨付，滞留财政。",
                "1.清理滞留专项资金；\n2.按项目进度及时拨付。",
                "区财政局",
                "2023年6月30日",
                "已整改",
            ],
            [
                "2",
                "区住房和城乡建设局政府投资项目审计",
                "安置房项目多计工程价款。",
                "核减多计工程价款，追回多付资金。",
                "区住房和城乡建设局",
                "2023年8月31日",
                "持续整改",
            ],
            [
                "3",
                "岚山头街道党工委书记经济责任审计",
                "村级集体资产台账不全，部分资产未入账。",
                "1.开展村级集体资产清查；\n2.补登入账；\n3.建立资产台账动态更新机制。",
                "岚山头街道办事处",
                "2023年9月30日",
                "已整改",
            ],
            [
                "4",
                "区农业农村局专项资金审计",
                "高标准农田建设项目未按期完工验收。",
                "督促施工单位加快进度，及时组织竣工验收。",
                "区农业农村局",
                "2023年12月31日",
                "未整改",
            ],
        ],
        after=["日照市岚山区审计局", "2023年5月"],
    )


def _chongyang_water_source_doc() -> bytes:
    """崇阳县 (湖北 咸宁) 饮用水水源保护区 2023 专项巡查: 咸宁市生态环境局崇阳县分局, 22 个水源地, the
    kinds of problem (围栏破损, 周边环境卫生差, 规模以下畜禽养殖, 生活污水散排) as the 2023-11-20 page
    gives them; the 交办 notice, the four rows, units and limits ours. A genuine old Word .doc."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "关于交办2023年饮用水水源保护区专项巡查发现问题的通知",
            "各有关乡镇人民政府，县水利和湖泊局：",
            "按照2023年工作计划，我分局对全县22个饮用水水源地开展了水环境质量监测和专项巡查，发现保护区围栏破损、"
            "周边环境卫生差、保护区内存在规模以下畜禽养殖、生活污水散排等问题。现将问题清单交办你们，请按清单要求"
            "整改到位，并将整改情况书面报送我分局。",
            "附件：饮用水水源保护区专项巡查发现问题清单",
        ]
    )
    _ruled_table(
        document,
        ["序号", "水源地名称", "所在乡镇", "存在问题", "整改要求", "责任单位", "整改时限", "整改情况"],
        [
            [
                "1",
                "青山水库水源地",
                "青山镇",
                "一级保护区围栏破损约50米。",
                "修复破损围栏，补设警示标志。",
                "青山镇人民政府",
                "2023年9月30日前",
                "已整改",
            ],
            [
                "2",
                "白霓镇水厂水源地",
                "白霓镇",
                "二级保护区内有规模以下生猪养殖户1户，粪污直排。",
                "1.劝导养殖户退养；\n2.清理粪污，恢复植被。",
                "白霓镇人民政府、县农业农村局",
                "2023年10月31日前",
                "已整改",
            ],
            [
                "3",
                "路口镇水厂水源地",
                "路口镇",
                "保护区周边生活垃圾堆放，环境卫生差。",
                "清运垃圾，落实日常保洁。",
                "路口镇人民政府",
                "2023年9月30日前",
                "已整改",
            ],
            [
                "4",
                "港口乡水厂水源地",
                "港口乡",
                "保护区上游居民生活污水散排。",
                "1.建设污水收集管网；\n2.建设小型污水处理设施。",
                "港口乡人民政府",
                "2023年12月31日前",
                "正在整改",
            ],
        ],
    )
    document.add_paragraph("")
    document.add_paragraph("咸宁市生态环境局崇阳县分局")
    document.add_paragraph("2023年8月15日")
    return _convert(_save(document), ".docx", "doc")


def _zhenan_inspection_task_list_wps() -> bytes:
    """镇安县 (陕西 商洛) 巡察整改: the “五个一” (一个具体问题、一名分管领导、一个牵头股室（办）、一套整改
    措施、一抓到底) as the 2019-09-03 news gives it; the 住建局's list, its groups, problems, units and
    limits ours. A WPS .wps (the Word 97 streams WPS writes), built by LibreOffice."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "附件",
            "镇安县住房和城乡建设局党组落实县委第五巡察组反馈意见整改任务清单",
            "按照“一个具体问题、一名分管领导、一个牵头股室（办）、一套整改措施、一抓到底推进”的要求，逐项明确整改责任。",
        ]
    )
    _ruled_table(
        document,
        ["序号", "巡察反馈问题", "整改措施", "分管领导", "牵头股室", "配合股室", "整改时限"],
        [
            "一、贯彻落实党的理论和路线方针政策方面",
            [
                "1",
                "落实意识形态工作责任制不到位，未定期研判意识形态领域情况。",
                "1.局党组每半年专题研究一次意识形态工作；\n2.建立意识形态工作台账。",
                "局党组书记",
                "办公室",
                "人事股",
                "2019年6月底前",
            ],
            [
                "2",
                "城镇老旧小区改造项目推进缓慢。",
                "1.倒排工期，挂图作战；\n2.每月通报改造进度。",
                "分管副局长",
                "城建股",
                "计划财务股",
                "2019年12月底前",
            ],
            "二、全面从严治党方面",
            [
                "3",
                "公务接待审批手续不全，个别接待无公函。",
                "1.修订公务接待管理办法；\n2.严格执行“一事一函一单”。",
                "局党组成员、纪检组长",
                "办公室",
                "计划财务股",
                "立行立改，长期坚持",
            ],
            "三、巡察整改方面",
            [
                "4",
                "上轮巡察反馈的建设领域拖欠工程款问题整改不彻底。",
                "1.对拖欠工程款逐项建立台账；\n2.协调财政分期支付。",
                "分管副局长",
                "计划财务股",
                "建筑市场管理股",
                "2019年9月底前",
            ],
        ],
    )
    document.add_paragraph("")
    return _convert(_save(document), ".docx", "doc")


def _yuanmou_petition_list_utf16_csv() -> bytes:
    """元谋县 (云南 楚雄) 中央生态环境保护督察 (第八督察组) 交办群众举报 第二十九批 边督边改公开情况一览表
    (2021-05-05: 8 件 of which 元谋县 4): the occasion and counts as the 楚雄州 通报 gives them; the four
    complaints and their handling ours. Saved by Excel as “Unicode 文本” (UTF-16 with BOM, tabs, a
    cell with a line break in quotes) and uploaded under .csv."""
    header = [
        "序号",
        "受理编号",
        "交办问题基本情况",
        "行政区域",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "是否办结",
        "责任人被处理情况",
    ]
    rows = [
        [
            "1",
            "D5300000202105040012",
            "反映元谋县元马镇一砖厂生产时粉尘大，影响周边居民。",
            "元谋县",
            "大气",
            "经查，该砖厂原料堆场未全部覆盖，破碎工序除尘设施运行不正常。",
            "属实",
            '"责令企业对原料堆场全覆盖，修复除尘设施。\n县生态环境分局已立案调查。"',
            "阶段性办结",
            "无",
        ],
        [
            "2",
            "X5300000202105040005",
            "反映元谋县黄瓜园镇一蔬菜基地农膜随意丢弃、焚烧。",
            "元谋县",
            "土壤",
            "现场发现田间有少量废旧农膜未回收，未发现焚烧痕迹。",
            "基本属实",
            "黄瓜园镇组织清理废旧农膜，落实农膜回收网点。",
            "已办结",
            "无",
        ],
        [
            "3",
            "D5300000202105040047",
            "反映元谋县物茂乡一养殖场废水直排龙川江支流。",
            "元谋县",
            "水",
            "该养殖场沼液储存池容量不足，雨天有少量废水溢流。",
            "属实",
            "责令养殖场扩建沼液储存池，实施雨污分流，已整改到位。",
            "已办结",
            "无",
        ],
        [
            "4",
            "D5300000202105040063",
            "反映元谋县江边乡金沙江沿岸有人非法采砂。",
            "元谋县",
            "生态",
            "经县水务局、江边乡现场核查，未发现采砂行为和采砂设备。",
            "不属实",
            "江边乡加强日常巡查。",
            "已办结",
            "无",
        ],
    ]
    lines = [
        "中央生态环境保护督察组交办群众举报投诉生态环境问题边督边改公开情况一览表（第二十九批）",
        "填报单位：元谋县迎接中央生态环境保护督察工作领导小组边督边改组\t\t\t\t\t\t\t填报时间：2021年5月5日",
        "\t".join(header),
        *("\t".join(row) for row in rows),
    ]
    return "\r\n".join(lines).encode("utf-16")  # Python writes the BOM (FF FE on this machine) first


def _futian_audit_rectification_wps_pdf() -> bytes:
    """福田区 (广东 深圳) 2019年度本级预算执行和其他财政收支审计查出问题 整改情况表: the report (区审计局,
    2020-11-18) as stored; the four problems, units, measures, limits and results ours. A PDF exported
    by WPS 文字 (its producer line) with a ruled table."""
    paragraphs = [
        "附件",
        "福田区2019年度本级预算执行和其他财政收支审计查出问题整改情况表",
    ]
    header = ["序号", "审计查出问题", "整改责任单位", "整改措施", "整改期限", "整改情况"]
    rows = [
        [
            "1",
            "部分非税收入未及时缴入国库。",
            "区财政局",
            "1.全面清理应缴未缴非税收入；\n2.建立非税收入按月对账制度。",
            "2020年12月31日前",
            "已完成整改，已全部缴入国库。",
        ],
        [
            "2",
            "部分学校食堂经营管理不规范，未按规定招标。",
            "区教育局",
            "1.对全区学校食堂开展专项检查；\n2.按规定重新组织招标。",
            "2021年3月31日前",
            "正在整改。",
        ],
        [
            "3",
            "政府投资项目结算不及时，部分项目竣工超过两年未结算。",
            "区建筑工务署",
            "1.建立项目结算台账；\n2.限期完成结算审核。",
            "2021年6月30日前",
            "正在整改。",
        ],
        [
            "4",
            "街道公共设施维护合同履约监管不到位。",
            "华强北街道办事处、福田街道办事处",
            "加强合同履约检查，对违约单位扣减费用。",
            "立行立改",
            "已完成整改。",
        ],
    ]
    with _cjk_pdf(_cells_text(paragraphs, header, rows=rows), size=9) as pdf:
        pdf.set_producer("WPS 文字")
        pdf.set_creator("WPS 文字")
        for line in paragraphs:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(
            col_widths=(10, 70, 40, 80, 30, 40), text_align="LEFT", first_row_as_headings=False
        ) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)
        return bytes(pdf.output())


def _laishui_audit_notice_docx_as_doc() -> bytes:
    """涞水县 (河北 保定) 审计局 审计整改告知函 with the “四个告知” (整改主体的责任, 整改的具体内容 with
    整改目标、整改时限和整改报告要素, 整改督查的主体, 整改问责的情形) as the 2016-10-14 news gives them
    (paraphrased); the addressee, the number and the three problems ours. A .docx saved under .doc."""
    return _grid_docx(
        [
            "涞水县审计局",
            "审计整改告知函",
            "涞审整告〔2016〕7号",
            "县水务局：",
            "根据我局对你单位2015年度财政财务收支情况的审计，现将审计整改有关事项告知如下：",
            "一、你单位是审计整改工作的责任主体，主要负责人是整改第一责任人。",
            "二、整改事项见附表，请逐项对照整改，并于整改期限届满后10日内报送整改报告，整改报告应包括整改措施、"
            "整改结果及相关证明材料。",
            "三、我局将会同县有关主管部门对整改情况开展实地检查和督导，对整改不全面、不到位的，约谈你单位主要负责人。",
            "四、对拖延不改、整改不力、弄虚作假的，将依规依纪依法严肃追责。",
            "附表：审计发现问题整改事项清单",
        ],
        ["序号", "审计发现问题", "整改目标", "整改时限", "责任单位"],
        [
            [
                "1",
                "部分工程项目未按规定办理竣工决算，形成账外资产。",
                "完成竣工决算，资产全部入账。",
                "2016年12月31日前",
                "县水务局",
            ],
            [
                "2",
                "水资源费征收不足额，少征水资源费。",
                "足额征收欠缴水资源费。",
                "2016年11月30日前",
                "县水务局",
            ],
            [
                "3",
                "公务用车运行费用未单独核算。",
                "公务用车费用按车单独核算。",
                "立即整改",
                "县水务局",
            ],
        ],
        after=["涞水县审计局", "2016年10月12日"],
    )


def _xinning_supervision_list_rtf_doc() -> bytes:
    """新宁县 (湖南 邵阳) 市环保督察组 督办 (2018-07-16 至 17): 县城饮用水水源地保护区隔离防护设施及周边农家乐
    污染整治, 工业园区污水处理设施, 砖厂整治, 自然保护区内小水电整改, 畜禽养殖污染治理 as the news names
    them; the 督办清单's rows, measures, units and limits ours. The “Word” export of an office system:
    RTF under a .doc name (written here by LibreOffice from a .docx)."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "邵阳市环保督察组督办新宁县突出环境问题整改清单",
            "2018年7月16日至17日，市环保督察组到新宁县督办环保突出问题整改工作。请新宁县委、县政府按清单抓好整改，"
            "整改情况按月报市环保督察组。",
        ]
    )
    _ruled_table(
        document,
        ["序号", "问题", "整改措施", "责任单位", "完成时限"],
        [
            [
                "1",
                "县城饮用水水源保护区隔离防护设施不完善。",
                "1.完善一级保护区隔离网；\n2.设置界标和警示牌。",
                "县水利局（牵头）、县环保局",
                "2018年8月底前",
            ],
            [
                "2",
                "水源地周边部分农家乐生活污水未经处理直排。",
                "1.农家乐全部配套建设污水处理设施；\n2.对拒不整改的依法关停。",
                "金石镇人民政府（牵头）、县环保局",
                "2018年9月底前",
            ],
            [
                "3",
                "工业园区污水处理设施建设滞后。",
                "加快园区污水处理厂及配套管网建设。",
                "县工业集中区管委会",
                "2018年12月底前",
            ],
            [
                "4",
                "自然保护区内小水电站未按要求整改。",
                "1.逐站制定整改方案；\n2.核心区、缓冲区内电站限期退出。",
                "县水利局（牵头）、县林业局",
                "2018年12月底前，长期坚持",
            ],
            [
                "5",
                "部分砖厂无环保手续，粉尘污染严重。",
                "依法关停取缔无证砖厂。",
                "县环保局（牵头）、各乡镇人民政府",
                "立行立改",
            ],
        ],
    )
    document.add_paragraph("")
    return _convert(_save(document), ".docx", "rtf")


for _name, _filename, _build in (
    ("gaotai_2023_inspection_ledger_xls_html", "巡察反馈问题整改台账.xls", _gaotai_xuanhua_xls_html),
    (
        "lanshan_2023_audit_task_list_mhtml_doc",
        "审计查出问题整改任务清单.doc",
        _lanshan_audit_task_list_mhtml_doc,
    ),
    ("chongyang_2023_water_source_doc", "水源保护区巡查问题交办.doc", _chongyang_water_source_doc),
    (
        "zhenan_2019_inspection_task_list_wps",
        "巡察反馈意见整改任务清单.wps",
        _zhenan_inspection_task_list_wps,
    ),
    (
        "yuanmou_2021_petition_list_utf16_csv",
        "边督边改公开情况一览表（第二十九批）.csv",
        _yuanmou_petition_list_utf16_csv,
    ),
    (
        "futian_2020_audit_rectification_wps_pdf",
        "审计查出问题整改情况表.pdf",
        _futian_audit_rectification_wps_pdf,
    ),
    ("laishui_2016_audit_notice_docx_as_doc", "审计整改告知函.doc", _laishui_audit_notice_docx_as_doc),
    ("xinning_2018_supervision_list_rtf_doc", "督办问题整改清单.doc", _xinning_supervision_list_rtf_doc),
):
    DOCUMENTS[_name] = (_filename, _build)

# The forty-third blind set, for the figure recorded in docs/decisions.md (“Blind set 43”).
BLIND_43 = (
    "gaotai_2023_inspection_ledger_xls_html",
    "lanshan_2023_audit_task_list_mhtml_doc",
    "chongyang_2023_water_source_doc",
    "zhenan_2019_inspection_task_list_wps",
    "yuanmou_2021_petition_list_utf16_csv",
    "futian_2020_audit_rectification_wps_pdf",
    "laishui_2016_audit_notice_docx_as_doc",
    "xinning_2018_supervision_list_rtf_doc",
)
BLIND_SETS[43] = BLIND_43


def _linyi_farmland_xlsx_as_xls() -> bytes:
    """临邑县 (山东 德州) 耕地保护督察反馈问题图斑 整改: 14 个图斑 in 临盘街道、孟寺镇、临南镇, checked for
    acceptance on 2024-07-16 by 省自然资源厅自然资源督察办公室, as the news gives them; the sheet, its
    codes, rows, units and limits ours. An .xlsx that a system exported under an .xls name."""
    header = ["序号", "图斑编号", "乡镇（街道）", "问题类型", "问题描述", "整改措施", "责任单位", "整改时限"]
    header += ["整改情况"]
    book, sheet = _titled_sheet("整改情况", "临邑县耕地保护督察反馈问题图斑整改情况表", header)
    for row in (
        [
            "1",
            "371424-2023-0012",
            "临盘街道",
            "违法占用耕地",
            "临盘街道某村违法占用耕地建设厂房4.2亩。",
            "1.依法拆除违法建筑；2.复垦复耕。",
            "临盘街道办事处、县自然资源局",
            "2024年6月30日前",
            "已完成整改，已复耕。",
        ],
        [
            "2",
            "371424-2023-0027",
            "孟寺镇",
            "耕地“非粮化”",
            "孟寺镇某村永久基本农田挖塘养鱼12.6亩。",
            "1.回填鱼塘；2.恢复种植条件。",
            "孟寺镇人民政府",
            "2024年9月30日前",
            "正在整改，已回填8亩。",
        ],
        [
            "3",
            "371424-2023-0031",
            "临南镇",
            "设施农用地违规",
            "临南镇某设施农用地改变用途用于仓储。",
            "恢复设施农业用途。",
            "临南镇人民政府",
            "2024年7月31日前",
            "已完成整改。",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _gongyi_river_patrol_tsv_as_xls() -> bytes:
    """巩义市 (河南 郑州) 河长办 第二轮暗访督查 (2021-05 下旬至 06 上旬, 无人机巡河, 发现河库管护问题 41 处,
    乱堆、乱建、污水直排, 集中通报交办) as the news gives it; the rows, towns' problems, units and limits
    ours. A system's “导出Excel”: tab-separated Unicode text (UTF-16 with BOM) under an .xls name."""
    header = [
        "序号",
        "河库名称",
        "所在镇（街道）",
        "问题描述",
        "问题类型",
        "整改要求",
        "责任河长",
        "责任单位",
    ]
    header += ["整改时限"]
    rows = [
        [
            "1",
            "伊洛河",
            "康店镇",
            "河道管理范围内堆放建筑垃圾约200立方米。",
            "乱堆",
            "清理建筑垃圾，恢复河道原貌。",
        ],
        ["2", "坞罗水库", "西村镇", "库区周边生活污水直排。", "污水直排", "1.排查入库排污口；2.截污纳管。"],
        ["3", "东泗河", "米河镇", "河道内违建养殖棚。", "乱建", "拆除违建养殖棚。"],
    ]
    tails = [
        ["镇级河长", "康店镇人民政府", "2021年6月30日"],
        ["镇级河长", "西村镇人民政府", "2021年7月15日"],
        ["镇级河长", "米河镇人民政府", "2021年6月30日"],
    ]
    lines = [
        "巩义市河长办暗访发现问题交办清单（第二轮）",
        "\t".join(header),
        *("\t".join(row + tail) for row, tail in zip(rows, tails, strict=True)),
    ]
    return "\r\n".join(lines).encode("utf-16")


DOCUMENTS["linyi_2024_farmland_xlsx_as_xls"] = ("耕地保护督察问题整改情况表.xls", _linyi_farmland_xlsx_as_xls)
DOCUMENTS["gongyi_2021_river_patrol_tsv_as_xls"] = (
    "暗访发现问题交办清单.xls",
    _gongyi_river_patrol_tsv_as_xls,
)
# found after the fixes, probing other forms: an .xlsx and a Unicode text export under .xls, both
# refused; written with their JSON before the reader ran on them
BLIND_43 = (*BLIND_43, "linyi_2024_farmland_xlsx_as_xls", "gongyi_2021_river_patrol_tsv_as_xls")
BLIND_SETS[43] = BLIND_43


# --- blind set 40 (issue 14, branch corpus-blind40) -----------------------------------------------
# Letters and notices handed down to a county or city about problems to fix, third round: a 约谈
# follow-up notice, a 督办函 with a small table, a 挂牌督办事项清单 workbook, a 预警函 copied from a
# web page, a 提醒函 with its 附表 and a provincial 督察整改办 整改通知书 printed to PDF. Written with
# their expected JSON BEFORE the reader ran on them (docs/decisions.md, “Blind set 40”; sources in
# SOURCES.md “Blind set 40”).


def _quyang_interview_rectification_notice_docx() -> bytes:
    """保定市 大气办 to 曲阳县人民政府 after 生态环境部's 约谈 of 2018-08-01 (two rounds of 强化督查
    6-11 to 7-8: 119 problems, first round 4, second 115, first among the “2+26” counties; 11 热点网格
    in June, 91.6 % of the city's; 20个工作日内 整改方案): Word paragraphs, each problem a numbered
    heading with its facts, 整改要求 and 整改时限 lines. The issuer's number, requirements and limits ours."""
    document = _paragraphs_docx(
        [
            "保定市大气污染防治工作领导小组办公室",
            "保气领办〔2018〕56号",
            "关于落实生态环境部约谈要求加快大气环境问题整改的通知",
            "曲阳县人民政府：",
            "2018年8月1日，生态环境部就大气污染治理工作对你县政府主要负责同志进行了约谈。为落实约谈要求，现将约谈"
            "指出的问题及整改要求通知如下，请你县逐项抓好整改。",
            "一、强化督查发现问题数量居首",
            "6月11日至7月8日两轮大气污染治理强化督查共发现你县大气环境问题119个，在“2+26”城市所有县（市、区）中"
            "位列首位，其中第一轮4个、第二轮增至115个，工作持续用力不够。",
            "整改要求：1.对交办的115个问题逐一建立台账，明确责任人；2.整改一个、销号一个，销号资料报市大气办备案。",
            "整改时限：2018年8月31日前",
            "二、污染较重热点网格数量多、浓度高",
            "2018年6月你县污染较重热点网格数量达到11个，占全市91.6%，总体污染浓度明显偏高。",
            "整改要求：1.对11个热点网格逐一开展污染源排查；2.网格内散乱污企业、露天焚烧、道路扬尘一并整治；"
            "3.网格员每日巡查并记录。",
            "整改时限：2018年9月15日前",
            "三、污染源排查和问题整改推进不力",
            "相关污染源排查和问题整改工作推进不力，未形成长效工作机制。",
            "整改要求：研究制定整改方案和长效工作机制，报送生态环境部，同时抄送市大气办。",
            "整改时限：约谈之日起20个工作日内",
            "请于2018年9月20日前将整改情况书面报送市大气办。",
            "保定市大气污染防治工作领导小组办公室",
            "2018年8月3日",
        ]
    )
    return _save(document)


def _zhaoxian_supervision_letter_pdf() -> bytes:
    """石家庄市 大气办 督办函 to 赵县人民政府 (2018: two rounds of 强化督查 found 53 problems, the second
    31 more than the first, +280 %; after 交办 the county only had trucks covered and let them go,
    not fined under the 大气污染防治法; 燃煤小锅炉 not all removed): a PDF with the letter's lines and a
    small table. The number, the table's rows (beyond the two kinds named), limits and date ours."""
    return _pdf_table(
        [
            "石家庄市大气污染防治工作领导小组办公室",
            "督 办 函",
            "石气领办函〔2018〕23号",
            "赵县人民政府：",
            "6月11日至7月8日生态环境部两轮大气污染治理强化督查共发现你县大气环境问题53个，第二轮较第一轮增加31个，"
            "增幅达280%。相关问题交办后，你县仅要求车主做好苫盖即予放行，未依法处罚，查处不到位、管理不严格。现将需"
            "重点整改的问题督办如下，请你县自收到本函之日起15个工作日内将整改情况书面报送市大气办。",
        ],
        ["序号", "问题类型", "问题描述", "整改要求", "完成时限"],
        [
            [
                "1",
                "物料运输",
                "渣土运输车辆未苫盖、沿路抛洒，查处不到位",
                "1.依照《大气污染防治法》对未苫盖车辆依法处罚；2.在主要路口设卡检查",
                "2018年8月20日前",
            ],
            [
                "2",
                "燃煤锅炉",
                "仍有应淘汰燃煤小锅炉未淘汰到位",
                "逐台核查拆除，建立淘汰台账",
                "2018年9月30日前",
            ],
            [
                "3",
                "扬尘管控",
                "建筑工地、物料堆场扬尘防治措施落实不到位",
                "1.落实“六个百分之百”；2.物料堆场全部苫盖；3.加密日常巡查",
                "立即整改，长期坚持",
            ],
            [
                "4",
                "散乱污企业",
                "第二轮督查新发现“散乱污”企业12家",
                "分类整治，取缔类做到“两断三清”",
                "2018年8月31日前",
            ],
        ],
        widths=(10, 24, 90, 100, 40),
    )


def _huixian_listing_supervision_xlsx() -> bytes:
    """新乡市 挂牌督办 of 辉县市 after the 2018-08-01 约谈 (13家取缔类“散乱污”企业 not removed, 2家 on the
    list not rectified; 大气污染治理工作不严不实): a workbook whose title and 督办 head lines sit above
    the header (序号 | 督办编号 | 督办事项 | 责任单位 | 配合单位 | 督办要求 | 办结时限). The office, numbers,
    the third row, units and limits ours."""
    import openpyxl

    header = ["序号", "督办编号", "督办事项", "责任单位", "配合单位", "督办要求", "办结时限"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "挂牌督办事项清单"
    sheet.append(["新乡市环境污染防治攻坚战挂牌督办事项清单（辉县市）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(["督办单位：新乡市环境污染防治攻坚战领导小组办公室    挂牌时间：2018年8月6日"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    sheet.append(header)
    for row in (
        [
            "1",
            "新攻坚督〔2018〕31号",
            "13家取缔类“散乱污”企业未淘汰到位",
            "辉县市人民政府",
            "辉县市环保局、国网辉县市供电公司",
            "1.断水断电；2.清除原料、产品和生产设备；3.逐家拍照销号",
            "2018年8月15日前",
        ],
        [
            "2",
            "新攻坚督〔2018〕32号",
            "纳入清单的2家“散乱污”企业未完成整改",
            "辉县市人民政府",
            "辉县市环保局",
            "完成升级改造并通过验收，未通过的一律关停",
            "2018年8月31日前",
        ],
        [
            "3",
            "新攻坚督〔2018〕33号",
            "孟庄镇部分石料加工企业物料露天堆放，抑尘措施缺失",
            "孟庄镇人民政府",
            "辉县市环保局、辉县市国土资源局",
            "1.物料全部入棚；2.安装喷淋抑尘设施",
            "2018年9月30日前",
        ],
    ):
        sheet.append(row)
    sheet.append(["挂牌督办事项办结后，由责任单位提出解除挂牌申请，经市攻坚办核查后解除挂牌。"])
    return _book_bytes(book)


def _huangchuan_river_reminder_docx() -> bytes:
    """信阳市生态环境局 河长制 巡河 of the 潢河 (潢川县、光山县、新县; 2024-03: 水资源保护、水域岸线管理、
    水污染防治、水环境治理、水生态修复、执法监管 6 aspects, problems 现场交办; 入河排污口排查整治, 清四乱):
    a Word 提醒函 to 潢川县人民政府 with the problems in an 附表. The number, rows and limits ours."""
    return _grid_docx(
        [
            "信阳市生态环境局",
            "提 醒 函",
            "信环函〔2024〕15号",
            "潢川县人民政府：",
            "2024年3月，我局按照河长制工作要求对潢河潢川段开展巡河，围绕水资源保护、水域岸线管理、水污染防治、水环境"
            "治理、水生态修复、执法监管等6个方面进行了实地巡查，发现问题4个（见附表），现予提醒。请你县压实属地责任，"
            "按附表时限完成整改，并于2024年4月30日前将整改情况书面报送我局。",
            "附表",
            "潢河巡河发现问题清单",
        ],
        ["序号", "问题点位", "存在问题", "整改要求", "整改时限"],
        [
            [
                "1",
                "潢河城区段左岸",
                "入河排污口排查整治不彻底，2处雨水排口晴天有污水排出",
                "1.溯源排查并封堵混接管网；2.排口设立标识牌",
                "2024年4月15日前",
            ],
            [
                "2",
                "潢河卜塔集镇段",
                "河道管理范围内建筑垃圾乱堆乱放",
                "清理建筑垃圾并恢复岸线",
                "2024年3月31日前",
            ],
            [
                "3",
                "卜塔集镇污水处理站",
                "配套管网不完善，进水浓度偏低",
                "1.完善配套管网；2.开展雨污分流改造",
                "2024年6月30日前",
            ],
            [
                "4",
                "潢河沿线村庄",
                "生活垃圾收运不及时，岸边有垃圾倾倒",
                "落实保洁责任，建立长效管护机制",
                "长期坚持",
            ],
        ],
        after=["信阳市生态环境局", "2024年3月22日"],
    )


def _wenchang_interview_rectification_notice_pdf() -> bytes:
    """海南省生态环境保护督察整改工作领导小组办公室 公开约谈 of 文昌市政府 (“为跟踪做好污染企业的事中
    事后监管…切实解决群众反映强烈的突出生态环境问题”, 群众反复投诉): the 整改通知书 that follows, as a
    portrait text PDF, problems numbered 一、二、三 in paragraphs, each with its limit. The year, number,
    problems and limits ours."""
    lines = [
        "海南省生态环境保护督察整改工作领导小组办公室",
        "整改通知书",
        "琼督改办〔2020〕9号",
        "文昌市人民政府：",
        "为跟踪做好污染企业的事中事后监管，切实解决群众反映强烈的突出生态环境问题，我办于2020年6月12日对你市政府"
        "进行了公开约谈。约谈指出，你市部分群众反复投诉的问题未得到根本解决。现将问题及整改要求通知如下：",
        "一、文城镇一养猪场养殖废水直排，周边群众反复投诉。请于2020年7月31日前完成养殖废水治理设施建设，确保达标"
        "排放。",
        "二、东郊镇椰子加工企业异味扰民问题多次被投诉，整改不彻底。请于2020年8月31日前完成废气收集处理设施改造。",
        "三、对群众投诉件“一办了之”，未对污染企业跟踪监管。请建立投诉件回访和事中事后监管机制，长期坚持。",
        "请你市自收到本通知书之日起5个工作日内制定整改方案报我办，整改完成后15日内将整改情况书面报送我办。",
        "海南省生态环境保护督察整改工作领导小组办公室",
        "2020年6月15日",
    ]
    with _cjk_pdf("".join(lines), landscape=False, size=11) as pdf:
        for line in lines:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


for _name, _filename, _build in (
    (
        "quyang_2018_interview_rectification_notice_docx",
        "关于落实约谈要求加快问题整改的通知.docx",
        _quyang_interview_rectification_notice_docx,
    ),
    ("zhaoxian_2018_supervision_letter_pdf", "督办函.pdf", _zhaoxian_supervision_letter_pdf),
    ("huixian_2018_listing_supervision_xlsx", "挂牌督办事项清单.xlsx", _huixian_listing_supervision_xlsx),
    ("jincheng_chengqu_2018_warning_letter", "预警函.txt", _text("jincheng_chengqu_2018_warning_letter")),
    ("huangchuan_2024_river_reminder_docx", "提醒函.docx", _huangchuan_river_reminder_docx),
    (
        "wenchang_2020_rectification_notice_pdf",
        "整改通知书.pdf",
        _wenchang_interview_rectification_notice_pdf,
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The fortieth blind set, for the figure recorded in docs/decisions.md (“Blind set 40”).
BLIND_40 = (
    "quyang_2018_interview_rectification_notice_docx",
    "zhaoxian_2018_supervision_letter_pdf",
    "huixian_2018_listing_supervision_xlsx",
    "jincheng_chengqu_2018_warning_letter",
    "huangchuan_2024_river_reminder_docx",
    "wenchang_2020_rectification_notice_pdf",
)
BLIND_SETS[40] = BLIND_40


# --- blind set 45 (issue 14, branch corpus-blind45) -----------------------------------------------
# The newest documents: the third round of central inspections (2023–2026) as provinces and cities
# publish it — a 整改任务清单 attached to a 整改方案 (福建, 2024), 整改完成情况 and 推进情况 tables in
# this round's status words (甘肃 PDF, 四川 workbook: 已完成 / 达到序时进度 / 阶段性完成 / 基本完成 /
# 持续推进), and 边督边改 公开情况 lists (大理 Word, 渝中 web cells, 陕西 workbook with a 责任单位
# column). Written with their expected JSON BEFORE the reader ran on them (docs/decisions.md,
# “Blind set 45”; SOURCES.md “Blind set 45”).


def _fujian_task_list_docx() -> bytes:
    """福建省 贯彻落实第三轮中央生态环境保护督察报告 整改任务清单 (中央第一督察组 2023-11-22 至 12-22,
    反馈 2024-02-27): a ruled Word table whose 责任单位 spans 牵头单位 / 配合单位 in a second header
    row, aspects as merged rows. The occasion is the stored page's; the four tasks ours."""
    document = docx.Document()
    for line in ("附件", "福建省贯彻落实第三轮中央生态环境保护督察报告整改任务清单"):
        document.add_paragraph(line)
    top = ["序号", "督察反馈问题", "整改目标", "整改措施", "责任单位", "", "整改时限"]
    second = ["", "", "", "", "牵头单位", "配合单位", ""]
    table = document.add_table(rows=2, cols=len(top))
    table.style = "Table Grid"
    for row, values in zip(table.rows, (top, second), strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(0, 4).merge(table.cell(0, 5)).text = "责任单位"
    for column in (0, 1, 2, 3, 6):
        _merge_down(table, column, 0, 1)
    for row in (
        "一、贯彻落实习近平生态文明思想方面",
        [
            "1",
            "一些地方统筹发展和保护不够到位，“两高”项目管控不严，个别项目未批先建。",
            "“两高”项目全部纳入清单管理，坚决遏制盲目上马。",
            "1.建立“两高”项目动态清单；\n2.严格节能审查和环评审批；\n3.对未批先建项目依法依规处置。",
            "省发改委",
            "省工信厅、省生态环境厅",
            "2024年12月底前，并长期坚持",
        ],
        "二、污染防治方面",
        [
            "2",
            "福州、泉州等地城市生活污水管网短板突出，污水集中收集率偏低。",
            "2026年底前城市生活污水集中收集率达到70%以上。",
            "1.实施污水管网建设改造攻坚行动；\n2.推进污水处理厂扩容提标；\n3.开展排水户排查整治。",
            "省住建厅",
            "福州市、泉州市人民政府",
            "2026年12月底前",
        ],
        [
            "3",
            "近岸海域部分入海排污口整治不到位，溯源不清。",
            "入海排污口排查整治任务全部完成。",
            "1.开展入海排污口溯源；\n2.按“取缔一批、合并一批、规范一批”分类整治。",
            "省生态环境厅",
            "沿海各设区市人民政府",
            "2025年6月底前",
        ],
        "三、生态保护修复方面",
        [
            "4",
            "部分矿山开采后生态修复不到位，存在违规占用林地问题。",
            "历史遗留矿山生态修复任务按期完成。",
            "依法查处违规占用林地行为，督促矿山企业履行生态修复义务。",
            "省自然资源厅",
            "省林业局",
            "立行立改，长期坚持",
        ],
    ):
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    return _save(document)


def _gansu_completion_pdf() -> bytes:
    """甘肃省 第三轮中央生态环境保护督察 整改任务完成情况表 (中央第四督察组 2023-11-22 至 12-22, 反馈
    2024-02-28; 已完成25项整改任务, 办结1680件群众举报件): a landscape text PDF whose 整改状态 says
    已完成 / 达到序时进度 / 阶段性完成. The occasion and counts are the stored page's; the rows ours."""
    return _pdf_table(
        [
            "附件",
            "甘肃省贯彻落实第三轮中央生态环境保护督察报告整改任务完成情况表（截至2025年12月底）",
        ],
        ["序号", "督察反馈问题", "整改目标", "整改措施", "责任单位", "整改时限", "整改进展情况", "整改状态"],
        [
            [
                "1",
                "一些地方对“两高”项目把关不严，个别项目未批先建。",
                "坚决遏制“两高”项目盲目上马。",
                "1.全面排查在建、拟建“两高”项目；2.对未批先建项目依法查处；3.建立“两高”项目会商联审机制。",
                "省发展改革委牵头，省工信厅、省生态环境厅配合",
                "2024年12月底前",
                "已完成排查，依法查处未批先建项目3个，会商联审机制已建立运行。",
                "已完成",
            ],
            [
                "2",
                "黄河流域部分城镇污水处理厂进水浓度偏低，配套管网短板突出。",
                "城市生活污水集中收集率逐年提高。",
                "1.实施管网排查和雨污分流改造；2.推进污水处理厂提质增效。",
                "省住房城乡建设厅牵头，兰州市、白银市人民政府落实",
                "2026年12月底前",
                "累计完成管网改造156公里，兰州市污水处理厂进水BOD浓度同比提高12%。",
                "达到序时进度",
            ],
            [
                "3",
                "祁连山保护区外围部分历史遗留矿山生态修复不到位。",
                "历史遗留矿山生态修复任务按期完成。",
                "1.编制矿山生态修复方案；2.实施地形整治和植被恢复；3.开展修复成效评估。",
                "省自然资源厅、省林草局",
                "2025年12月底前",
                "完成修复面积1.2万亩，修复成效评估正在开展。",
                "阶段性完成",
            ],
            [
                "4",
                "部分地区建筑垃圾随意倾倒，消纳场所建设滞后。",
                "建筑垃圾规范处置。",
                "开展建筑垃圾非法倾倒专项整治，建成一批消纳场所。",
                "省住房城乡建设厅",
                "立行立改，长期坚持",
                "清理非法倾倒点位86处，新建消纳场7处。",
                "已完成",
            ],
        ],
        widths=(8, 40, 30, 52, 34, 20, 48, 18),
    )


def _sichuan_progress_xlsx() -> bytes:
    """四川省 第三轮中央生态环境保护督察 整改任务推进情况 (截至2025年12月底 40项整改任务 已完成6项):
    a workbook with a status column in this round's words and a note row under the table. The
    count and date are the stored page's; the five rows ours (places real)."""
    header = ["序号", "整改任务", "牵头单位", "配合单位", "完成时限", "推进情况", "整改状态"]
    book, sheet = _titled_sheet(
        "推进情况",
        "四川省第三轮中央生态环境保护督察整改任务推进情况表（截至2025年12月底）",
        header,
    )
    for row in (
        [
            "1",
            "长江干支流岸线一公里范围内违规建设化工项目问题整改",
            "省经济和信息化厅",
            "省发展改革委、省生态环境厅",
            "2025年12月底前",
            "3个违规项目已全部关停搬迁，完成场地清理。",
            "已完成",
        ],
        [
            "2",
            "成都平原地区大气污染防治不到位，细颗粒物浓度反弹",
            "省生态环境厅",
            "成都市、德阳市、眉山市人民政府",
            "2027年12月底前",
            "完成重点行业超低排放改造42家，淘汰老旧柴油货车1.3万辆。",
            "持续推进",
        ],
        [
            "3",
            "部分县城生活垃圾填埋场渗滤液处理不达标",
            "省住房城乡建设厅",
            "省生态环境厅",
            "2026年6月底前",
            "12座填埋场渗滤液处理设施已改造完成10座，其余2座正在调试。",
            "基本完成",
        ],
        [
            "4",
            "第三方环境检测机构数据造假问题多发",
            "省市场监管局",
            "省生态环境厅",
            "立行立改",
            "开展专项检查，查处弄虚作假机构9家，移送公安机关2家。",
            "已完成",
        ],
        [
            "5",
            "大熊猫国家公园内小水电清理整改滞后",
            "省林草局",
            "省水利厅、雅安市人民政府",
            "2026年12月底前",
            "应退出的17座小水电已退出11座。",
            "达到序时进度",
        ],
    ):
        sheet.append(row)
    sheet.append([])
    sheet.append(["注：整改状态分为已完成、基本完成、达到序时进度、持续推进。"])
    return _book_bytes(book)


def _dali_batch31_table() -> bytes:
    """大理州 (云南) 中央第七生态环境保护督察组 第三十一批 (2024-06-09; 大理州9件: 大理市6、祥云县1、
    宾川县1、巍山县1; 累计236件) 边督边改公开情况一览表 as a ruled Word table in the national form.
    The counts and places are the stored page's; the four cases and 受理编号 ours."""
    return _grid_docx(
        [
            "中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表（第三十一批）",
            "填报单位：大理州配合中央生态环境保护督察工作领导小组办公室",
        ],
        [
            "序号",
            "受理编号",
            "交办问题基本情况",
            "行政区域",
            "污染类型",
            "调查核实情况",
            "是否属实",
            "处理和整改情况",
            "是否办结",
            "责任人被处理情况",
        ],
        [
            [
                "1",
                "D3YN202406090012",
                "反映大理市下关街道一家烧烤店油烟直排，夜间噪声扰民。",
                "大理市",
                "大气、噪声",
                "经核查，该店未安装油烟净化设施，夜间营业时室外摆放桌椅，噪声较大。",
                "属实",
                "大理市综合行政执法局责令该店安装油烟净化设施，禁止室外经营；6月12日复查，已整改到位。",
                "已办结",
                "无",
            ],
            [
                "2",
                "X3YN202406090005",
                "反映祥云县一砂石料厂粉尘大，运输车辆沿路抛洒。",
                "祥云县",
                "大气",
                "经核查，该厂破碎工段未全封闭，运输车辆未全部苫盖。",
                "基本属实",
                "祥云县责令企业对破碎工段实施全封闭改造，计划2024年8月31日前完成；运输车辆已全部苫盖。",
                "阶段性办结",
                "无",
            ],
            [
                "3",
                "D3YN202406090031",
                "反映宾川县金牛镇一处水果包装厂将废弃包装物随意堆放焚烧。",
                "宾川县",
                "土壤、大气",
                "经核查，该厂院内堆放废弃纸箱、泡沫约5吨，现场有焚烧痕迹。",
                "属实",
                "宾川县责令企业清运废弃包装物并交由回收单位处置，已清运完毕，依法处罚款5000元。",
                "已办结",
                "无",
            ],
            [
                "4",
                "X3YN202406090017",
                "反映巍山县一生猪养殖场粪污直排附近河沟。",
                "巍山县",
                "水",
                "经核查，该养殖场粪污暂存池容量不足，雨天有溢流。",
                "部分属实",
                "巍山县责令养殖场扩建粪污暂存池，正在施工。",
                "阶段性办结",
                "无",
            ],
        ],
    )


def _shaanxi_petition_xlsx() -> bytes:
    """陕西省 中央第四生态环境保护督察组 转办信访举报件 边督边改情况 (进驻 2025-05-27 至 06-27; 6月23日
    转办92件, 累计2017件): a workbook with a 市（区） column and a 责任单位 column. The occasion and
    counts are the stored page's; the three cases, codes and units ours (places real)."""
    header = [
        "序号",
        "受理编号",
        "市（区）",
        "交办问题基本情况",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "责任单位",
        "办理状态",
    ]
    book, sheet = _titled_sheet(
        "6月23日转办",
        "中央第四生态环境保护督察组转办信访举报件边督边改情况汇总表（6月23日转办）",
        header,
    )
    for row in (
        [
            "1",
            "D3SN202506230011",
            "西安市",
            "反映长安区一混凝土搅拌站粉尘污染严重，夜间生产噪声扰民。",
            "大气、噪声",
            "经核查，该搅拌站料场未全封闭，夜间存在生产作业。",
            "属实",
            "责令企业完成料场全封闭改造，禁止夜间生产，已整改到位。",
            "长安区人民政府",
            "已办结",
        ],
        [
            "2",
            "X3SN202506230004",
            "渭南市",
            "反映华州区一养殖场粪污直排渭河支流。",
            "水",
            "经核查，该养殖场粪污处理设施运行不正常，雨天有粪水外溢。",
            "部分属实",
            "责令养殖场清理外溢粪污、维修处理设施，计划2025年9月30日前完成配套储存池建设。",
            "华州区人民政府、渭南市生态环境局华州分局",
            "阶段性办结",
        ],
        [
            "3",
            "D3SN202506230027",
            "榆林市",
            "反映神木市一煤矿煤矸石随意堆放，自燃冒烟。",
            "大气、土壤",
            "经核查，该煤矿临时矸石场有局部自燃。",
            "属实",
            "正在组织灭火降温和覆土碾压。",
            "神木市人民政府",
            "未办结",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


for _name, _filename, _build in (
    ("fujian_2024_task_list_docx", "整改任务清单.docx", _fujian_task_list_docx),
    ("gansu_2026_completion_pdf", "整改任务完成情况表.pdf", _gansu_completion_pdf),
    ("sichuan_2026_progress_xlsx", "整改任务推进情况表.xlsx", _sichuan_progress_xlsx),
    ("dali_2024_batch31_table", "边督边改公开情况一览表（第三十一批）.docx", _dali_batch31_table),
    ("yuzhong_2024_batch6_cells", "边督边改公开情况（第六批）.txt", _text("yuzhong_2024_batch6_cells")),
    ("shaanxi_2025_petition_xlsx", "信访举报件边督边改情况汇总表.xlsx", _shaanxi_petition_xlsx),
):
    DOCUMENTS[_name] = (_filename, _build)


# Found after the first read of the six above (151/151), to probe forms the six did not: a
# central enterprise's 整改方案 with labelled blocks and “（牵头）” units, a county's 边督边改
# notice as a Word file of labelled lines, a workbook with one row per measure under a merged
# problem, and a province's 整改落实情况 web text with the status inline. Written before the
# reader ran on them.
def _fengqiu_batch22_docx() -> bytes:
    """封丘县 (河南 新乡) 中央第二生态环境保护督察组 第二十二批 (2023-12-14, 107件 to 河南) 办理情况
    公示 as the Word file a county office sends: one paragraph per line of the fixture."""
    document = docx.Document()
    for line in (FIXTURES / "fengqiu_2023_batch22_report.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    return _save(document)


def _qinghai_progress_xlsx() -> bytes:
    """青海省 第三轮中央生态环境保护督察 整改落实情况表 (中央第五督察组, 反馈 2024-02-26; 木里矿区及祁连山
    南麓青海片区, 湟水河沿线城镇污水 as the feedback names them): one row per measure, each with its own
    unit, limit, progress and status; the problem's number and text merged down over its measures.
    The occasion and the two problems' subjects are the stored page's; the rows ours (places real)."""
    header = ["序号", "督察反馈问题", "整改措施", "责任单位", "整改时限", "整改进展情况", "整改状态"]
    book, sheet = _titled_sheet(
        "整改落实情况",
        "青海省贯彻落实第三轮中央生态环境保护督察报告整改落实情况表（截至2024年12月底）",
        header,
    )
    problems = (
        (
            "1",
            "木里矿区及祁连山南麓青海片区部分矿坑、渣山生态修复成效不稳固。",
            [
                [
                    "对已修复渣山、矿坑开展复绿成效评估，补植补种。",
                    "海西州人民政府",
                    "2024年10月底前",
                    "完成补植补种1.8万亩。",
                    "已完成",
                ],
                [
                    "建立木里矿区生态修复长效管护机制。",
                    "省自然资源厅",
                    "2024年12月底前",
                    "管护办法已印发实施。",
                    "已完成",
                ],
                [
                    "开展高寒冻土区植被恢复科研攻关。",
                    "省林草局",
                    "2026年12月底前",
                    "课题已立项，正在实施。",
                    "达到序时进度",
                ],
            ],
        ),
        (
            "2",
            "湟水河沿线部分城镇污水收集处理设施短板突出，雨季溢流。",
            [
                [
                    "实施西宁市第三、第四污水处理厂扩容提标。",
                    "西宁市人民政府",
                    "2025年12月底前",
                    "第三污水处理厂扩容已完工，第四污水处理厂正在施工。",
                    "阶段性完成",
                ],
                [
                    "推进海东市乐都区老城区雨污分流改造。",
                    "海东市人民政府",
                    "2025年6月底前",
                    "完成改造管网38公里。",
                    "达到序时进度",
                ],
            ],
        ),
        (
            "3",
            "部分县城生活垃圾填埋场渗滤液处理能力不足。",
            [["对渗滤液处理设施进行改造扩容。", "省住房城乡建设厅", "立行立改", "已完成改造8座。", "已完成"]],
        ),
    )
    for number, problem, measures in problems:
        first = sheet.max_row + 1
        for measure in measures:
            sheet.append([number, problem, *measure])
        last = sheet.max_row
        if last > first:
            for column in (1, 2):
                for row in range(first + 1, last + 1):
                    sheet.cell(row=row, column=column).value = None
                sheet.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)
    return _book_bytes(book)


DOCUMENTS["qinghai_2024_progress_xlsx"] = ("整改落实情况表.xlsx", _qinghai_progress_xlsx)
DOCUMENTS["jiangxi_2025_progress_report"] = ("整改落实情况.txt", _text("jiangxi_2025_progress_report"))
DOCUMENTS["sinopec_2025_rectification_plan"] = ("整改方案.txt", _text("sinopec_2025_rectification_plan"))
DOCUMENTS["fengqiu_2023_batch22_docx"] = ("第二十二批信访件办理情况公示.docx", _fengqiu_batch22_docx)

# The forty-fifth blind set, for the figure recorded in docs/decisions.md (“Blind set 45”).
BLIND_45 = (
    "fujian_2024_task_list_docx",
    "gansu_2026_completion_pdf",
    "sichuan_2026_progress_xlsx",
    "dali_2024_batch31_table",
    "yuzhong_2024_batch6_cells",
    "shaanxi_2025_petition_xlsx",
    "sinopec_2025_rectification_plan",
    "fengqiu_2023_batch22_docx",
    "qinghai_2024_progress_xlsx",
    "jiangxi_2025_progress_report",
)
BLIND_SETS[45] = BLIND_45


# --- blind set 50 (issue 14, branch corpus-blind50) -----------------------------------------------
# Rectification lists from other inspections that environmental offices also track: an 审计署
# 环渤海 audit's 整改方案 (盘山, Word), a 林长巡林 重点问题清单 (犍为, workbook), a 乡镇领导干部
# 自然资源资产离任审计 整改情况表 (京山, text PDF), a 卫片执法 违法图斑 整改 ledger (武义, workbook),
# a 河长办 暗访 交办 list in labelled blocks (海口, web text) and a 人大代表建议 办理 任务分解表
# (赤峰, Word). Written with their expected JSON BEFORE the reader ran on them (docs/decisions.md,
# “Blind set 50”; SOURCES.md “Blind set 50”).


def _panshan_bohai_audit_docx() -> bytes:
    """盘山县 (辽宁 盘锦) 审计署 环渤海生态环境保护 审计 (2019-01 至 03, 2013–2018年; 反馈 7月中旬:
    治理绩效方面5个、规划统筹方面1个、污染治理方面8个问题) 整改方案's table: 问题类别 merged down,
    整改措施、责任单位、整改时限 per problem. The aspects are the stored page's; the cells ours."""
    document = docx.Document()
    for line in ("附件", "盘山县审计署环渤海生态环境保护审计反馈问题整改任务清单"):
        document.add_paragraph(line)
    header = ["序号", "问题类别", "存在问题", "整改措施", "责任单位", "整改时限"]
    rows = [
        [
            "1",
            "渤海及入海河流治理绩效方面",
            "局部近岸海域水质恶化，无机氮、活性磷酸盐超标。",
            "1.开展近岸海域污染源排查；\n2.实施入海河流总氮削减；\n3.加密近岸海域水质监测。",
            "县生态环境分局牵头，县农业农村局、县水利局配合",
            "2020年12月31日前",
        ],
        [
            "2",
            "渤海及入海河流治理绩效方面",
            "部分入海河流及地表水断面水质较差，绕阳河曙光大桥断面未达到考核目标。",
            "1.落实河长制，开展绕阳河沿线排查整治；\n2.实施沿河村屯生活污水治理。",
            "县水利局（县河长办）",
            "2020年6月30日前",
        ],
        [
            "3",
            "沿海区域规划统筹方面",
            "排污口设置不规范，部分入海排污口未经论证设置。",
            "对全县入海排污口逐一核查，分类整治，未经论证的一律取缔。",
            "县生态环境分局",
            "立即整改",
        ],
        [
            "4",
            "污染治理方面",
            "部分地区污水处理设施缺乏，污水未经处理直排入海河流。",
            "1.建设乡镇污水处理设施；\n2.完善配套管网；\n3.对直排口进行封堵。",
            "县住建局",
            "2020年12月31日前",
        ],
        [
            "5",
            "污染治理方面",
            "部分污水处理厂超标排放，运行负荷较低或闲置。",
            "1.督促运营单位提标改造；\n2.依法查处超标排放行为。",
            "县住建局、县生态环境分局",
            "2019年12月31日前，并长期坚持",
        ],
    ]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        cell.text = value
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    _merge_down(table, 1, 1, 2)
    _merge_down(table, 1, 4, 5)
    document.add_paragraph("盘山县人民政府办公室　2019年8月")
    return _save(document)


def _qianwei_forest_chief_xlsx() -> bytes:
    """犍为县 (四川 乐山) 林长制办公室 2025年林长巡林重点问题清单 (2025-06: 责任部门（单位）、工作举措、
    工作时限; “清单制+责任制+销号制”). The list's form is the stored page's; the five problems ours
    (towns real)."""
    header = ["序号", "问题类型", "重点问题", "责任部门（单位）", "工作举措", "工作时限", "销号情况"]
    book, sheet = _titled_sheet("重点问题清单", "2025年犍为县林长巡林重点问题清单", header)
    for row in (
        [
            "1",
            "中央环保督察",
            "清溪镇部分林地被违规占用修建生产用房，尚未恢复林业生产条件。",
            "清溪镇人民政府牵头，县自然资源局、县林业综合执法大队配合",
            "1.依法拆除违规建筑；2.完成植被恢复；3.追究相关责任。",
            "2025年9月30日前",
            "未销号",
        ],
        [
            "2",
            "林长巡林发现",
            "罗城镇集体公益林管护不到位，护林员巡护记录缺失。",
            "罗城镇人民政府",
            "落实护林员网格化管理，规范巡护日志。",
            "立行立改",
            "已销号",
        ],
        [
            "3",
            "林草灾害防控",
            "马边河沿岸松材线虫病疫木清理不彻底。",
            "县自然资源局",
            "1.开展疫木除治“回头看”；2.加强疫木运输检疫。",
            "2025年12月31日前",
            "未销号",
        ],
        [
            "4",
            "“天府森林四库”建设",
            "玉津镇油樟基地林下种植超出规划范围。",
            "玉津镇人民政府、县农业农村局",
            "核实超范围面积，限期调整种植布局。",
            "2025年10月31日前",
            "未销号",
        ],
        [
            "5",
            "集体林权制度改革",
            "部分村集体林地承包经营权证发放不完整。",
            "县自然资源局牵头，各镇人民政府配合",
            "开展林权确权登记颁证专项清理。",
            "长期坚持",
            "未销号",
        ],
    ):
        sheet.append(row)
    sheet.append([])
    sheet.append(["注：问题整改完成并经县林长制办公室核查后销号。"])
    return _book_bytes(book)


def _jingshan_departure_audit_pdf() -> bytes:
    """京山县 (湖北) 审计局 乡镇领导干部自然资源资产离任审计 试点 (环保、水务、畜牧 联合 实地调查
    畜禽养殖场粪水处理) 审计发现问题整改情况表 as a text PDF. The occasion is the stored page's;
    the town, problems, units and progress ours."""
    return _pdf_table(
        [
            "附件",
            "罗店镇原党委书记自然资源资产离任审计发现问题整改情况表",
            "填报单位：京山县罗店镇人民政府　　填报时间：2018年11月20日",
        ],
        ["序号", "审计发现问题", "整改责任单位", "整改措施", "整改时限", "整改情况"],
        [
            [
                "1",
                "辖区内12家规模畜禽养殖场粪污处理设施不配套，粪水直排沟渠。",
                "罗店镇人民政府、县畜牧局",
                "（1）对12家养殖场逐一建档；（2）限期配套建设干湿分离和贮液池；（3）对拒不整改的依法关停。",
                "2018年12月31日前",
                "已完成整改",
            ],
            [
                "2",
                "镇污水处理厂建成后未正常运行，进水量不足设计能力的30%。",
                "罗店镇人民政府",
                "完善集镇污水收集管网，委托第三方运营。",
                "2019年6月30日前",
                "正在整改",
            ],
            [
                "3",
                "任期内违规占用基本农田建设养殖用房2处，面积8.6亩。",
                "县自然资源局",
                "依法拆除违法建筑，恢复耕种条件。",
                "立即整改",
                "已完成整改",
            ],
            [
                "4",
                "漳水河部分河段存在非法采砂现象，河道管护责任落实不到位。",
                "县水务局牵头，罗店镇人民政府配合",
                "（1）开展非法采砂专项整治；（2）落实镇村两级河长巡河制度。",
                "长期坚持",
                "部分整改",
            ],
        ],
        widths=(10, 70, 40, 70, 30, 30),
    )


def _wuyi_land_enforcement_xlsx() -> bytes:
    """武义县 (浙江 金华) 国土资源局 2014年度卫片执法检查 违法用地图斑 整改 交办台账 (国土资源部
    下发770个图斑4310.87亩; 无批准手续137个327.8亩; 交办拆除整改124宗, 已完成97宗). The counts
    are the stored page's; the five plots, numbers and units ours (towns real)."""
    header = [
        "序号",
        "图斑编号",
        "乡镇（街道）",
        "违法用地情况",
        "面积（亩）",
        "处置意见",
        "整改责任单位",
        "整改完成时限",
        "是否完成整改",
    ]
    book, sheet = _titled_sheet("交办台账", "武义县2014年度卫片执法检查违法用地图斑整改交办台账", header)
    for row in (
        [
            "1",
            "330723201402012",
            "壶山街道",
            "某村村民未经批准占用耕地建设仓库",
            "1.26",
            "拆除复耕",
            "壶山街道办事处",
            "2015年3月31日前",
            "是",
        ],
        [
            "2",
            "330723201402047",
            "履坦镇",
            "某公司未经批准扩建厂房，占用一般耕地",
            "3.58",
            "拆除并处罚款",
            "履坦镇人民政府、县国土资源局监察大队",
            "2015年4月30日前",
            "否",
        ],
        [
            "3",
            "330723201402103",
            "泉溪镇",
            "某村委会违规建设停车场",
            "0.92",
            "拆除复耕",
            "泉溪镇人民政府",
            "2015年3月31日前",
            "是",
        ],
        [
            "4",
            "330723201402156",
            "王宅镇",
            "村民违法占用基本农田堆放建筑材料",
            "0.45",
            "清理复耕",
            "王宅镇人民政府",
            "立即整改",
            "是",
        ],
        [
            "5",
            "330723201402188",
            "柳城畲族镇",
            "某石料厂超出批准范围开采",
            "2.10",
            "停止开采，限期复绿",
            "柳城畲族镇人民政府、县国土资源局",
            "2015年6月30日前",
            "否",
        ],
    ):
        sheet.append(row)
    return _book_bytes(book)


def _chifeng_npc_suggestions_docx() -> bytes:
    """赤峰市 (内蒙古) 生态环境局 承办 市八届人大四次会议 代表建议 任务分解表 (农村环境整治、土壤及
    声光污染、北方生态安全屏障建设; 面商率、答复率、满意率“三个百分百”). The meeting and topics are
    the stored page's; the numbers, titles, units and limits ours."""
    return _grid_docx(
        [
            "赤峰市生态环境局2025年市人大代表建议办理任务分解表",
        ],
        ["序号", "建议编号", "建议名称", "领衔代表", "主办单位", "协办单位", "办理时限", "办理状态"],
        [
            [
                "1",
                "第0106号",
                "关于加强农村生活污水治理的建议",
                "王某某",
                "市生态环境局",
                "市住房和城乡建设局、市农牧局",
                "2025年6月30日前",
                "已办结",
            ],
            [
                "2",
                "第0152号",
                "关于加大城区噪声和光污染治理力度的建议",
                "李某某",
                "市生态环境局",
                "市公安局、市城市管理综合执法局",
                "2025年6月30日前",
                "已办结",
            ],
            [
                "3",
                "第0217号",
                "关于推进受污染耕地安全利用的建议",
                "张某某",
                "市生态环境局",
                "市农牧局",
                "2025年8月31日前",
                "办理中",
            ],
            [
                "4",
                "第0239号",
                "关于筑牢北方生态安全屏障加快沙化土地治理的建议",
                "赵某某",
                "市林业和草原局",
                "市生态环境局、市水利局",
                "2025年8月31日前",
                "办理中",
            ],
        ],
    )


DOCUMENTS["panshan_2019_bohai_audit_docx"] = ("审计整改任务清单.docx", _panshan_bohai_audit_docx)
DOCUMENTS["qianwei_2025_forest_chief_xlsx"] = ("林长巡林重点问题清单.xlsx", _qianwei_forest_chief_xlsx)
DOCUMENTS["jingshan_2018_departure_audit_pdf"] = (
    "离任审计发现问题整改情况表.pdf",
    _jingshan_departure_audit_pdf,
)
DOCUMENTS["wuyi_2015_land_enforcement_xlsx"] = ("卫片执法图斑整改台账.xlsx", _wuyi_land_enforcement_xlsx)
DOCUMENTS["haikou_2023_river_unannounced_blocks"] = (
    "暗访问题交办.txt",
    _text("haikou_2023_river_unannounced_blocks"),
)
DOCUMENTS["chifeng_2025_npc_suggestions_docx"] = (
    "人大代表建议办理任务分解表.docx",
    _chifeng_npc_suggestions_docx,
)

DOCUMENTS["fenghua_2022_protected_area_tabs"] = (
    "疑似问题整改情况.txt",
    _text("fenghua_2022_protected_area_tabs"),
)

# The fiftieth blind set, for the figure recorded in docs/decisions.md (“Blind set 50”).
BLIND_50 = (
    "panshan_2019_bohai_audit_docx",
    "qianwei_2025_forest_chief_xlsx",
    "jingshan_2018_departure_audit_pdf",
    "wuyi_2015_land_enforcement_xlsx",
    "haikou_2023_river_unannounced_blocks",
    "chifeng_2025_npc_suggestions_docx",
    "fenghua_2022_protected_area_tabs",
)
BLIND_SETS[50] = BLIND_50


# --- blind set 46 (issue 14, branch corpus-blind46) -----------------------------------------------
# A mixed set as an outside evaluator would collect it: the hits of broad searches (整改任务清单,
# 整改落实情况 公示, 交办问题 整改, 销号 …) taken in the order they came, from places new to the
# corpus, in the form each kind really comes in — a 巡察整改台账 workbook (开封 鼓楼区), a 代表建议
# 办理任务 Word table (玉林), 文明创建 整改督办单 copied from a web page (宜秀区), a 专项整治任务清单
# PDF (湖州 南浔区), a monthly 群众反映问题 workbook with one sheet per channel (四平 铁西区), a
# 网络舆情反馈单 Word form (北京 昌平区) and a 巡察整改 “复诊” list PDF (红河 泸西县). Written with
# their expected JSON BEFORE the reader ran on them (docs/decisions.md, “Blind set 46”; SOURCES.md
# “Blind set 46”).


def _gulou_patrol_ledger_xlsx() -> bytes:
    """开封市鼓楼区 (河南) 巡察整改台账 (区委巡察 since 2015-08; 立行立改通知书56份; the ledger lists
    问题内容、整改措施、整改时限和责任人): a 被巡察单位's workbook with the three aspects of the
    巡察 as group rows merged across, a 责任领导 column of people and a 责任股室 column. The occasion
    and columns are the stored page's; the six rows ours."""
    header = ["序号", "问题内容", "整改措施", "整改时限", "责任领导", "责任股室", "整改进展"]
    book, sheet = _titled_sheet("整改台账", "中共开封市鼓楼区城市管理局党组巡察反馈问题整改台账", header)
    rows = (
        "一、党的领导弱化方面",
        [
            "1",
            "理论学习中心组学习不经常，2016年上半年仅集中学习2次。",
            "1.制定年度学习计划，每月至少集中学习1次；\n2.建立学习考勤和通报制度。",
            "立行立改",
            "党组书记 李××",
            "办公室",
            "已整改",
        ],
        [
            "2",
            "落实意识形态工作责任制不到位，党组未专题研究意识形态工作。",
            "1.党组每半年专题研究一次意识形态工作；\n2.明确分管领导和责任股室。",
            "2016年12月底前",
            "党组副书记 王××",
            "办公室",
            "已整改",
        ],
        "二、党的建设缺失方面",
        [
            "3",
            "基层党支部“三会一课”制度落实不严格，会议记录不全。",
            "1.对各支部“三会一课”记录开展专项检查；\n2.建立支部工作季度考核；\n3.开展支部书记轮训。",
            "2016年12月底前",
            "党组成员、副局长 张××",
            "人事股",
            "整改中",
        ],
        [
            "4",
            "发展党员程序不规范，个别入党材料缺少政审意见。",
            "对2013年以来发展党员材料逐份核查，补齐缺失材料。",
            "2016年10月底前",
            "党组成员 赵××",
            "人事股",
            "已整改",
        ],
        "三、全面从严治党不力方面",
        [
            "5",
            "公务接待未执行“一函一单”制度，存在无公函接待3次。",
            "1.严格执行公函、接待清单、发票“三单合一”；\n2.对违规接待费用予以清退。",
            "立行立改，长期坚持",
            "纪检组长 孙××",
            "财务股",
            "已整改",
        ],
        [
            "6",
            "工程项目管理不规范，2个市政维修项目未按规定招标。",
            "1.对2个项目进行专项审计；\n2.修订工程项目管理办法；\n3.对相关责任人进行问责。",
            "2017年3月底前",
            "党组成员、副局长 刘××",
            "市政工程股、财务股",
            "整改中",
        ],
    )
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header)
            )
            continue
        sheet.append([int(row[0]), *row[1:]])
    return _book_bytes(book)


def _yulin_suggestion_tasks_docx() -> bytes:
    """玉林市 (广西) 人民政府办公室 关于办理市五届人大六次会议代表建议的通知 (玉政办电〔2019〕11号,
    2019-03-08; 93件, 3件 not the government's, transferred): its 附件1, the 办理任务 table, as a
    ruled Word table with 主办单位 / 协办单位 columns and the 建议号 beside the 序号. The notice's
    facts are the stored page's; the five suggestions and units ours."""
    return _grid_docx(
        ["附件1", "市五届人大六次会议代表建议办理任务分解表"],
        ["序号", "建议号", "建议题目", "领衔代表", "主办单位", "协办单位"],
        [
            [
                "1",
                "3",
                "关于加快玉林城区老旧小区改造的建议",
                "陈××",
                "市住房城乡建设局",
                "市财政局、玉州区人民政府",
            ],
            [
                "2",
                "11",
                "关于加强南流江流域水污染治理的建议",
                "黄××",
                "市生态环境局",
                "市水利局、市农业农村局、博白县人民政府",
            ],
            [
                "3",
                "18",
                "关于解决城区中小学大班额问题的建议",
                "李××",
                "市教育局",
                "市自然资源局、市住房城乡建设局",
            ],
            ["4", "27", "关于规范城区占道经营管理的建议", "梁××", "市城市管理执法局", ""],
            [
                "5",
                "36",
                "关于提升乡镇卫生院服务能力的建议",
                "庞××",
                "市卫生健康委",
                "市人力资源社会保障局、市财政局",
            ],
        ],
        after=["注：主办单位负责牵头办理并答复代表，协办单位应在收到建议后1个月内将协办意见送主办单位。"],
    )


def _nanxun_rectification_pdf() -> bytes:
    """湖州市南浔区 (浙江) 党的群众路线教育实践活动 (2014) 针对基层群众反映的突出问题抓整改 — 整治
    乡镇干部“走读”问题 (“住夜值班”, “周六驻村”): the 专项整治任务清单 attached to the 整改方案, a
    landscape text PDF with 牵头单位 and 责任单位 columns. The occasion and the first item are the
    stored page's; the other three items, units and limits ours."""
    return _pdf_table(
        ["附件", "南浔区党的群众路线教育实践活动专项整治任务清单"],
        ["序号", "整治项目", "整治内容", "牵头单位", "责任单位", "完成时限"],
        [
            [
                "1",
                "乡镇干部“走读”问题",
                "1.全面推行乡镇干部“住夜值班”制度；2.实行“周六驻村”工作日；3.每月通报干部在岗情况。",
                "区委组织部",
                "各镇人民政府",
                "2014年10月底前，长期坚持",
            ],
            [
                "2",
                "“门难进、脸难看、事难办”问题",
                "1.开展窗口单位明察暗访；2.推行首问负责和限时办结制。",
                "区纪委（监察局）",
                "区行政审批中心、区级各窗口单位",
                "2014年12月底前",
            ],
            [
                "3",
                "文山会海问题",
                "精简会议文件，全区性会议压缩三分之一以上。",
                "区委办、区府办",
                "区级各部门",
                "2014年12月底前",
            ],
            [
                "4",
                "违规公款吃喝问题",
                "1.开展“三公”经费专项检查；2.公开区级部门“三公”经费预决算；3.查处一批典型案例。",
                "区纪委（监察局）",
                "区财政局、区审计局",
                "立行立改，长期坚持",
            ],
        ],
        widths=(10, 40, 110, 35, 45, 35),
    )


def _tiexi_public_issues_xlsx() -> bytes:
    """四平市铁西区 (吉林) 区政府办公室 9月份群众反映问题办理工作通报 (2022-11-10; 随手拍49件 未办结1件,
    四平吧3件, 人民网留言板10件, 市长公开电话1043件): the 附表 as a workbook — a count sheet first,
    then one sheet per channel, each numbered from 1, with a date cell of when the problem was
    reported and a 是否办结 column. The counts are the stored page's; the rows ours."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    stats = book.active
    stats.title = "统计"
    stats.append(["铁西区9月份群众反映问题办理情况统计表"])
    stats.merge_cells("A1:F1")
    stats.append(["反映渠道", "反映问题数", "回复数", "回复率", "办结数", "办结率"])
    for row in (
        ["四平新闻联播“随手拍”", 49, 49, "100%", 48, "98%"],
        ["四平吧", 3, 3, "100%", 3, "100%"],
        ["人民网地方领导留言板", 10, 10, "100%", 10, "100%"],
        ["市长公开电话", 1043, 1043, "100%", 1043, "100%"],
    ):
        stats.append(row)
    header = ["序号", "反映时间", "反映问题", "承办单位", "办理情况", "是否办结"]
    channels = (
        (
            "附表二 随手拍",
            "附表二：四平新闻联播“随手拍”群众反映问题办理情况",
            [
                [
                    datetime.datetime(2022, 9, 2),
                    "英雄大街与北一纬路交汇处井盖缺失，存在安全隐患。",
                    "区住建局",
                    "已于9月3日补装井盖。",
                    "是",
                ],
                [
                    datetime.datetime(2022, 9, 7),
                    "地直街道某小区垃圾清运不及时，异味较大。",
                    "地直街道办事处",
                    "已协调物业公司每日清运两次。",
                    "是",
                ],
                [
                    datetime.datetime(2022, 9, 15),
                    "仁兴街部分路灯不亮，夜间出行不便。",
                    "区住建局",
                    "经查为线路老化，已列入维修计划，正在组织施工。",
                    "否",
                ],
                [
                    datetime.datetime(2022, 9, 21),
                    "北沟街道南四马路占道经营严重。",
                    "区城管执法局",
                    "已清理占道摊点12处。",
                    "是",
                ],
            ],
        ),
        (
            "附表三 四平吧",
            "附表三：四平吧群众反映问题办理情况",
            [
                [
                    datetime.datetime(2022, 9, 9),
                    "紫气大路部分路段人行道砖松动。",
                    "区住建局",
                    "已维修完毕。",
                    "是",
                ],
                [
                    datetime.datetime(2022, 9, 16),
                    "英雄街道某小区供热管网改造后路面未恢复。",
                    "区住建局、英雄街道办事处",
                    "已完成路面恢复。",
                    "是",
                ],
                [
                    datetime.datetime(2022, 9, 26),
                    "仁兴街道某商铺夜间音响噪声扰民。",
                    "区城管执法局",
                    "已责令商户降低音量并签订承诺书。",
                    "是",
                ],
            ],
        ),
    )
    for name, title, rows in channels:
        sheet = book.create_sheet(name)
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        sheet.append(header)
        for number, row in enumerate(rows, 1):
            sheet.append([number, *row])
            sheet.cell(row=sheet.max_row, column=2).number_format = "yyyy-mm-dd"
    return _book_bytes(book)


def _changping_feedback_form() -> bytes:
    """北京市昌平区 网络行政 “五步法” (2014): 区网管办 sends a 网络舆情反馈单 to the 镇、街道 or
    委办局, which answers within 5个工作日 (“霍营街道环境脏乱差” is the stored page's example; 180余件
    反馈单 from April). A two-column Word form; its numbers, units and wording ours."""
    return _two_column_form(
        ["昌平区网络舆情反馈单", "编号：昌网舆〔2014〕86号"],
        [
            ("舆情来源", "新浪微博"),
            ("发现时间", "2014年8月12日"),
            ("反映问题", "网民反映霍营街道部分小区周边环境脏乱差，垃圾长期无人清理。"),
            ("责任单位", "霍营街道办事处"),
            ("配合单位", "区市政市容委"),
            ("办理时限", "5个工作日内（2014年8月19日前）报送办理结果"),
            ("办理要求", "1.立即组织清理积存垃圾；\n2.建立小区周边保洁长效机制；\n3.将办理结果报区网管办。"),
            ("办理结果", ""),
        ],
        ["昌平区网络舆情管理办公室", "2014年8月12日"],
    )


def _luxi_patrol_recheck_pdf() -> bytes:
    """泸西县 (云南 红河) 巡察整改 “四看四推动” 督促检查 (2019; 整改督促检查单位30个, “复诊”问题417个):
    the list of problems found at the re-check, a landscape text PDF whose group rows are the
    checked units (number in the first cell, name across). The mechanism and counts are the stored
    page's; the two units and five problems ours."""
    return _grouped_pdf(
        ["附件", "泸西县巡察整改督促检查“复诊”问题清单"],
        ["序号", "问题类别", "“复诊”发现问题", "责任单位", "整改要求", "整改时限", "备注"],
        [
            ("一", "县住房和城乡建设局党组"),
            [
                "1",
                "整改不彻底",
                "巡察指出的保障性住房分配不规范问题，仅完成2018年以后台账清理，此前分配的87套未复核。",
                "县住房和城乡建设局",
                "1.对2018年以前分配的保障性住房逐户复核；2.清退不符合条件的住户。",
                "2019年12月31日前",
                "",
            ],
            [
                "2",
                "制度未落实",
                "修订的工程变更管理办法未执行，2个项目变更未经集体研究。",
                "县住房和城乡建设局",
                "严格执行工程变更集体研究制度，对2个项目补办程序。",
                "立即整改",
                "",
            ],
            ("二", "午街铺镇党委"),
            [
                "3",
                "整改不彻底",
                "村级“三资”清理未覆盖全部村（社区），3个村账目未公开。",
                "午街铺镇人民政府",
                "1.完成全部村（社区）“三资”清理；2.按季度公开村级账目。",
                "2019年12月31日前",
                "",
            ],
            [
                "4",
                "虚假整改",
                "上报已整改的扶贫项目资产管护问题，现场查看2处管护设施仍未移交。",
                "午街铺镇人民政府",
                "完成资产移交手续，明确管护主体，对虚假整改责任人严肃问责。",
                "2019年11月30日前",
                "移交县纪委监委",
            ],
            [
                "5",
                "长效机制缺失",
                "村干部坐班制度执行不到位，部分村委会工作日无人值守。",
                "午街铺镇党委",
                "落实村干部坐班和值班制度，镇党委每月抽查。",
                "长期坚持",
                "",
            ],
        ],
    )


DOCUMENTS["gulou_2016_patrol_ledger_xlsx"] = ("巡察反馈问题整改台账.xlsx", _gulou_patrol_ledger_xlsx)
DOCUMENTS["yulin_2019_suggestion_tasks_docx"] = ("代表建议办理任务分解表.docx", _yulin_suggestion_tasks_docx)
DOCUMENTS["yixiu_2017_civility_sheets"] = ("文明创建整改督办单.txt", _text("yixiu_2017_civility_sheets"))
DOCUMENTS["nanxun_2014_rectification_pdf"] = ("专项整治任务清单.pdf", _nanxun_rectification_pdf)
DOCUMENTS["tiexi_2022_public_issues_xlsx"] = ("9月份群众反映问题办理情况.xlsx", _tiexi_public_issues_xlsx)
DOCUMENTS["changping_2014_feedback_form"] = ("网络舆情反馈单.docx", _changping_feedback_form)
DOCUMENTS["luxi_2019_patrol_recheck_pdf"] = ("巡察整改复诊问题清单.pdf", _luxi_patrol_recheck_pdf)

# The forty-sixth blind set, for the figure recorded in docs/decisions.md (“Blind set 46”).
BLIND_46 = (
    "gulou_2016_patrol_ledger_xlsx",
    "yulin_2019_suggestion_tasks_docx",
    "yixiu_2017_civility_sheets",
    "nanxun_2014_rectification_pdf",
    "tiexi_2022_public_issues_xlsx",
    "changping_2014_feedback_form",
    "luxi_2019_patrol_recheck_pdf",
)
BLIND_SETS[46] = BLIND_46


# --- blind set 47 (issue 14, branch corpus-blind47) -----------------------------------------------
# Rectification ledgers as offices keep them in Excel, second round: a 说明 sheet first or one sheet
# per inspection group, village or round; headers merged over two or three rows with grouped columns
# (责任单位 over 牵头 / 配合, 整改情况 over 进展 / 是否完成); dates as date cells, bare serials and
# text (2021.7.15, 2023年6月底前); measures 1. 2. 3. in one cell; blank spacer rows, 小计 and 合计
# rows, a title and a 填报单位 / 填报时间 row above the header, hidden and empty columns, .xls and
# .xlsx. Places and counts as published (SOURCES.md “Blind set 47”); the rows are ours.


def _changxing_safety_list_xlsx() -> bytes:
    """汝南县常兴镇 (河南 驻马店) 2021: “三张清单” for work safety — 排查农户1.2万余户, 检查经营单位66家,
    问题清单12类36项, 现场整改33项; 镇纪委监委 leads the 专项督查组. The 整改清单 as a workbook: a
    填表说明 sheet first, then title, 填报单位 / 填报时间 row, a hidden 排查人 column, 责任单位 over
    牵头单位 / 配合单位, 整改情况 over 进展情况 / 是否销号, text dates 2021.7.15, a date cell and 立行立改,
    问题类别 merged down, a 合计 row."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填表说明"
    for line in (
        "填表说明",
        "1.“问题类别”按消防安全、用电安全、燃气安全等12类填写。",
        "2.“是否销号”填“是”或“否”，销号须经镇纪委监委专项督查组验收。",
        "3.每周五下午下班前报镇安全生产委员会办公室。",
    ):
        notes.append([line])
    sheet = book.create_sheet("整改清单")
    upper = [
        "序号",
        "问题类别",
        "排查人",
        "存在问题",
        "整改措施",
        "责任单位",
        None,
        "整改时限",
        "整改情况",
        None,
        "备注",
    ]
    lower = [None] * 5 + ["牵头单位", "配合单位", None, "进展情况", "是否销号", None]
    sheet.append(["常兴镇安全生产问题整改清单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
    sheet.append(
        ["填报单位：常兴镇安全生产委员会办公室", None, None, None, None, None, None, "填报时间：2021年7月2日"]
    )
    _merged_header(sheet, 3, upper, lower)
    rows = [
        [
            1.0,
            "消防安全",
            "李某",
            "镇区部分门店疏散通道堆放杂物，安全出口不畅通。",
            "1.责令店主立即清理杂物；\n2.张贴疏散通道禁止堆放标识；\n3.纳入网格员日常巡查。",
            "常兴镇应急管理办公室",
            "常兴派出所",
            "立行立改",
            "已全部清理。",
            "是",
            None,
        ],
        [
            2.0,
            None,
            "李某",
            "部分单位消防管理制度不落实，灭火器过期未更换。",
            "1.督促单位更换过期灭火器；\n2.建立消防器材检查记录。",
            "常兴镇应急管理办公室",
            "各村（社区）",
            "2021.7.15",
            "已更换灭火器42具。",
            "是",
            None,
        ],
        [
            3.0,
            "用电安全",
            "王某",
            "部分农户私拉乱接电线，电动车入户充电。",
            "1.逐户排查私拉乱接电线；\n2.建设集中充电点；\n3.开展安全用电宣传。",
            "各村（社区）",
            "常兴供电所",
            datetime.datetime(2021, 8, 31),
            "已建成集中充电点3处，正在逐户排查。",
            "否",
            None,
        ],
        [
            4.0,
            "燃气安全",
            "王某",
            "个别餐饮店液化气钢瓶与灶具间距不足，未安装燃气报警器。",
            "1.责令调整钢瓶摆放位置；\n2.安装燃气泄漏报警器。",
            "常兴镇市场监督管理所",
            None,
            "2021.7.31",
            "已安装报警器11台。",
            "是",
            "现场整改",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B5:B6")
    sheet.cell(row=7, column=8).number_format = "yyyy/m/d"
    sheet.column_dimensions["C"].hidden = True
    sheet.append(["合计", None, None, "4项", None, None, None, None, None, "已销号3项", None])
    sheet.append(["审核人：", None, None, None, "填表人：", None, None, "联系电话："])
    return _book_bytes(book)


def _junchuan_inspection_ledger_xlsx() -> bytes:
    """随县均川镇 (湖北 随州) 2023-03-20: 县纪委监委 回访督查 of the 巡察反馈问题 — the 镇党委's 4大类
    16个方面22个问题 and the 30个村级党组织's 244个问题, checked against the 台账. The ledger as a
    workbook with one sheet for the 镇党委 and one for the villages (序号 restarts); a header over
    three rows (整改责任 over 责任领导 / 责任单位, 责任单位 over 牵头 / 配合; 整改情况 over 进展情况 /
    完成状态), 整改时限 as bare date serials (a column pasted as values) and text, group rows by
    大类, the village merged down, a blank row between villages."""
    import openpyxl

    book = openpyxl.Workbook()
    width = 10

    def header(sheet, title: str, first: str) -> None:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        sheet.append(
            ["填报单位：中共随县均川镇委员会", None, None, None, None, None, None, "填报时间：2023年3月15日"]
        )
        for column, label in ((1, "序号"), (2, first), (3, "巡察反馈问题"), (4, "整改措施"), (8, "整改时限")):
            sheet.cell(row=3, column=column, value=label)
            sheet.merge_cells(start_row=3, start_column=column, end_row=5, end_column=column)
        sheet.cell(row=3, column=5, value="整改责任")
        sheet.merge_cells("E3:G3")
        sheet.cell(row=4, column=5, value="责任领导")
        sheet.merge_cells("E4:E5")
        sheet.cell(row=4, column=6, value="责任单位")
        sheet.merge_cells("F4:G4")
        sheet.cell(row=5, column=6, value="牵头")
        sheet.cell(row=5, column=7, value="配合")
        sheet.cell(row=3, column=9, value="整改情况")
        sheet.merge_cells("I3:J3")
        sheet.cell(row=4, column=9, value="进展情况")
        sheet.merge_cells("I4:I5")
        sheet.cell(row=4, column=10, value="完成状态")
        sheet.merge_cells("J4:J5")

    town = book.active
    town.title = "镇党委"
    header(town, "均川镇党委巡察反馈问题整改落实台账", "问题类别")
    rows = [
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            1.0,
            "理论学习",
            "党委理论学习中心组学习流于形式，研讨交流不深入。",
            "1.制定年度学习计划；\n2.每季度开展一次专题研讨；\n3.学习记录报县委宣传部备案。",
            "党委书记",
            "镇党政办",
            None,
            45016.0,
            "已制定学习计划，开展专题研讨2次。",
            "已完成",
        ],
        [
            2.0,
            "乡村振兴",
            "产业发展项目谋划不足，村集体经济收入增长缓慢。",
            "1.每村谋划一个产业项目；\n2.盘活闲置集体资产。",
            "分管副镇长",
            "镇农业服务中心",
            "镇财政所、各村",
            45291.0,
            "已谋划产业项目12个，正在推进。",
            "正在推进",
        ],
        "二、全面从严治党方面",
        [
            3.0,
            "作风建设",
            "部分干部驻村工作不实，走访群众记录雷同。",
            "1.开展驻村工作专项检查；\n2.对敷衍应付的干部提醒谈话。",
            "纪委书记",
            "镇纪委",
            "镇组织办",
            "2023年4月底前",
            "已检查驻村工作队30个，提醒谈话3人。",
            "已完成",
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            town.append([row])
            town.merge_cells(start_row=town.max_row, start_column=1, end_row=town.max_row, end_column=width)
        else:
            town.append(row)
    villages = book.create_sheet("村级党组织")
    header(villages, "均川镇村级党组织巡察反馈问题整改落实台账", "村（社区）")
    rows = [
        [
            1.0,
            "均川村",
            "村务公开不及时，部分财务支出未按月公开。",
            "1.按月公开村级财务；\n2.镇经管站每月审核公开内容。",
            "包村领导",
            "均川村党支部",
            "镇经管站",
            45046.0,
            "已按月公开。",
            "已完成",
        ],
        [
            2.0,
            None,
            "“三会一课”记录不规范，党员大会未按季度召开。",
            "1.规范会议记录本；\n2.按季度召开党员大会。",
            "包村领导",
            "均川村党支部",
            None,
            "长期坚持",
            "已召开党员大会1次。",
            "正在推进",
        ],
        None,
        [
            3.0,
            "熊家老湾村",
            "村级工程项目未经“四议两公开”程序决策。",
            "1.补充履行决策程序；\n2.对村“两委”开展专题培训；\n3.镇纪委跟踪监督。",
            "包村领导",
            "熊家老湾村党支部",
            "镇纪委",
            45107.0,
            "已补充决策程序，培训已完成。",
            "已完成",
        ],
    ]
    for row in rows:
        villages.append(row if row is not None else [])
    villages.merge_cells("B6:B7")
    return _book_bytes(book)


def _midu_poverty_inspection_xls() -> bytes:
    """弥渡县 (云南 大理) 2020: 脱贫攻坚专项巡察 of 7个乡镇 and 15个行业扶贫部门, 发现问题247个, 整改问题
    247个, 移交问题线索18件; 建账、对账、销账 “闭环式” 整改督办. The 反馈问题整改清单 as an old .xls
    (xlwt), one sheet per round (乡镇 / 部门), each with its title, a header over two rows (整改责任
    over 责任单位 / 责任人, 整改结果 over 是否整改到位 / 销号时间), the 被巡察单位 merged down over its
    problems and a 小计 row after each, text dates 2020.5.31 and 2020年6月底前, a 合计 row."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    wrapped = xlwt.easyxf("align: wrap on, vert centre")
    upper = ["序号", "被巡察单位", "反馈问题", "整改措施", "整改责任", None, "整改时限", "整改结果", None]
    lower = [None] * 4 + ["责任单位", "责任人", None, "是否整改到位", "销号时间"]
    rounds = (
        (
            "乡镇",
            "弥渡县脱贫攻坚专项巡察反馈问题整改清单（乡镇）",
            [
                (
                    "弥城镇",
                    [
                        [
                            1.0,
                            "建档立卡户动态管理不及时，个别自然增减人口未更新。",
                            "1.开展一次全面比对核查；\n2.按程序更新系统信息。",
                            "弥城镇人民政府",
                            "杨某",
                            "2020.5.31",
                            "是",
                            "2020.5.28",
                        ],
                        [
                            2.0,
                            "部分帮扶干部对帮扶户家庭情况不熟悉。",
                            "1.组织帮扶干部再走访；\n2.开展应知应会测试。",
                            "弥城镇人民政府",
                            "杨某",
                            "2020年6月底前",
                            "是",
                            "2020.6.22",
                        ],
                    ],
                ),
                (
                    "红岩镇",
                    [
                        [
                            3.0,
                            "产业扶持资金拨付滞后，部分项目未按期建成。",
                            "1.加快资金拨付进度；\n2.倒排项目工期；\n3.每周调度一次。",
                            "红岩镇人民政府",
                            "李某",
                            "2020.8.31",
                            "否",
                            "",
                        ],
                    ],
                ),
            ],
        ),
        (
            "部门",
            "弥渡县脱贫攻坚专项巡察反馈问题整改清单（行业扶贫部门）",
            [
                (
                    "县教育体育局",
                    [
                        [
                            1.0,
                            "控辍保学工作台账不完善，劝返学生跟踪记录缺失。",
                            "1.完善控辍保学台账；\n2.建立劝返学生跟踪档案。",
                            "县教育体育局",
                            "张某",
                            "2020.6.30",
                            "是",
                            "2020.6.29",
                        ],
                    ],
                ),
                (
                    "县住房和城乡建设局",
                    [
                        [
                            2.0,
                            "农村危房改造竣工验收把关不严，个别户资料不全。",
                            "1.逐户复核验收资料；\n2.补齐缺失资料。",
                            "县住房和城乡建设局",
                            "赵某",
                            "2020年7月底前",
                            "否",
                            "",
                        ],
                    ],
                ),
            ],
        ),
    )
    for name, title, units in rounds:
        sheet = book.add_sheet(name)
        sheet.write_merge(0, 0, 0, len(upper) - 1, title)
        sheet.write_merge(1, 1, 0, 4, "填报单位：中共弥渡县委巡察工作领导小组办公室")
        sheet.write_merge(1, 1, 5, len(upper) - 1, "填报时间：2020年7月10日")
        for k, value in enumerate(upper):
            if value is None:
                continue
            if k + 1 < len(upper) and upper[k + 1] is None:
                sheet.write_merge(2, 2, k, k + 1, value)
                sheet.write(3, k, lower[k])
                sheet.write(3, k + 1, lower[k + 1])
            else:
                sheet.write_merge(2, 3, k, k, value)
        r = 4
        count = 0
        for unit, problems in units:
            first = r
            for problem in problems:
                number, *rest = problem
                sheet.write(r, 0, number, wrapped)
                for k, value in enumerate(rest, start=2):
                    sheet.write(r, k, value, wrapped)
                r += 1
            if r - 1 > first:
                sheet.write_merge(first, r - 1, 1, 1, unit, wrapped)
            else:
                sheet.write(first, 1, unit, wrapped)
            sheet.write(r, 0, "小计")
            sheet.write(r, 2, f"{len(problems)}个")
            r += 1
            count += len(problems)
        sheet.write(r, 0, "合计")
        sheet.write(r, 2, f"{count}个")
    return _book_bytes(book)


def _lvting_environment_ledger_xlsx() -> bytes:
    """桐城市吕亭镇 (安徽 安庆): a 人居环境整治 督查专班 of 7 部门 and 14 人 in two groups checked the 镇区
    and 26个示范村庄点 against “五清一改”, found 288个问题 and sent 督办单 to the villages, 镇分工村点长
    抓整改落实, 镇纪委跟进督查销号 (the stored page gives no date: 2021 is ours). The 督办台账 as a
    workbook: one sheet per 督查组, then a 汇总 sheet; 责任人 over 村点长 / 村书记 (people), 整改时限 as
    date cells and 立即整改, 销号情况 over 是否整改 / 销号日期, an empty 照片 column kept for pictures."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    upper = [
        "序号",
        "村（居）",
        "问题描述",
        "整改要求",
        "责任单位",
        "责任人",
        None,
        "整改时限",
        "整改前照片",
        "销号情况",
        None,
    ]
    lower = [None] * 5 + ["村点长", "村书记", None, None, "是否整改", "销号日期"]
    groups = (
        (
            "第一督查组",
            [
                [
                    1.0,
                    "吕亭村",
                    "村部后方沟渠内漂浮生活垃圾。",
                    "1.立即打捞清理；\n2.落实保洁员每日巡查。",
                    "吕亭村村民委员会",
                    "王某",
                    "陈某",
                    "立即整改",
                    None,
                    "是",
                    datetime.datetime(2021, 4, 16),
                ],
                [
                    2.0,
                    "吕亭村",
                    "主干道两侧柴草乱堆乱放。",
                    "清理柴草并集中堆放。",
                    "吕亭村村民委员会",
                    "王某",
                    "陈某",
                    datetime.datetime(2021, 4, 20),
                    None,
                    "是",
                    datetime.datetime(2021, 4, 19),
                ],
                [
                    3.0,
                    "新桥村",
                    "废弃猪舍未拆除，残垣断壁影响村容村貌。",
                    "1.拆除废弃猪舍；\n2.平整场地；\n3.补种绿化。",
                    "新桥村村民委员会",
                    "刘某",
                    "周某",
                    datetime.datetime(2021, 4, 30),
                    None,
                    "否",
                    None,
                ],
            ],
        ),
        (
            "第二督查组",
            [
                [
                    1.0,
                    "余店村",
                    "公共厕所无专人管护，卫生状况差。",
                    "1.明确管护人员；\n2.建立每日保洁记录。",
                    "余店村村民委员会",
                    "孙某",
                    "吴某",
                    datetime.datetime(2021, 4, 25),
                    None,
                    "是",
                    datetime.datetime(2021, 4, 23),
                ],
                [
                    2.0,
                    "镇区",
                    "农贸市场周边占道经营，垃圾清运不及时。",
                    "1.规范摊位设置；\n2.增加清运频次。",
                    "吕亭镇综合执法大队",
                    "钱某",
                    None,
                    "立即整改",
                    None,
                    "否",
                    None,
                ],
            ],
        ),
    )
    book.remove(book.active)
    for name, rows in groups:
        sheet = book.create_sheet(name)
        sheet.append([f"吕亭镇人居环境整治专项督查问题督办台账（{name}）"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
        sheet.append(
            [
                "督查单位：吕亭镇人居环境整治督查专班",
                None,
                None,
                None,
                None,
                None,
                None,
                "督查时间：2021年4月12日—14日",
            ]
        )
        _merged_header(sheet, 3, upper, lower)
        for row in rows:
            sheet.append(row)
            for column in (8, 11):
                if isinstance(row[column - 1], datetime.datetime):
                    sheet.cell(row=sheet.max_row, column=column).number_format = "m月d日"
        sheet.append([])
        sheet.append(["备注：整改完成后由村点长报镇纪委跟进督查销号。"])
    summary = book.create_sheet("汇总")
    summary.append(["督查组", "督查村（点）", "发现问题（个）", "已销号（个）"])
    for row in (
        ["第一督查组", 13.0, 151.0, 120.0],
        ["第二督查组", 14.0, 137.0, 109.0],
        ["合计", 27.0, 288.0, 229.0],
    ):
        summary.append(row)
    return _book_bytes(book)


def _hengdaohe_village_checks_xls() -> bytes:
    """东丰县横道河镇 (吉林 辽源) 2022-11: 镇纪委 “项目化” 监督检查 of the 村级人居环境整治 — 16个行政村,
    “美丽家园” and “美丽庭院、干净人家” 示范户, 垃圾日产日清, 柴草垛 “四离” — with 整改意见 and 整改时限
    handed down. The 问题清单 as an old .xls (xlwt): title, 检查单位 / 检查时间 row, a hidden 检查人
    column, 整改责任 over 责任村 / 包村领导 (a person), real date cells and a bare serial in 整改时限,
    blank rows between villages, a 小计 row per village, 整改情况 已整改 / 整改中, a 说明 sheet after."""
    import datetime

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("问题清单")
    header = ["序号", "检查人", "村屯", "存在问题", "整改意见", "责任村", "包村领导", "整改时限", "整改情况"]
    width = len(header)
    sheet.write_merge(0, 0, 0, width - 1, "横道河镇村级人居环境整治监督检查问题清单")
    sheet.write_merge(1, 1, 0, 4, "检查单位：横道河镇纪委")
    sheet.write_merge(1, 1, 5, width - 1, "检查时间：2022年11月21日")
    sheet.write_merge(2, 3, 0, 0, "序号")
    sheet.write_merge(2, 3, 1, 1, "检查人")
    sheet.write_merge(2, 3, 2, 2, "村屯")
    sheet.write_merge(2, 3, 3, 3, "存在问题")
    sheet.write_merge(2, 3, 4, 4, "整改意见")
    sheet.write_merge(2, 2, 5, 6, "整改责任")
    sheet.write(3, 5, "责任村")
    sheet.write(3, 6, "包村领导")
    sheet.write_merge(2, 3, 7, 7, "整改时限")
    sheet.write_merge(2, 3, 8, 8, "整改情况")
    sheet.col(1).hidden = True
    dated = xlwt.easyxf("align: wrap on", num_format_str="YYYY-MM-DD")
    wrapped = xlwt.easyxf("align: wrap on, vert centre")
    villages = (
        (
            "横道河村",
            [
                [
                    1.0,
                    "张某",
                    "横道河村三组",
                    "柴草垛未按离屯、离户、离田、离河标准集中堆放。",
                    "1.将柴草垛移至集中堆放点；\n2.村网格员每日巡查。",
                    "横道河村村民委员会",
                    "刘某",
                    datetime.date(2022, 11, 30),
                    "已整改",
                ],
                [
                    2.0,
                    "张某",
                    "横道河村五组",
                    "生活垃圾清运不及时，垃圾箱满溢。",
                    "1.增加清运频次；\n2.做到日产日清。",
                    "横道河村村民委员会",
                    "刘某",
                    44895.0,
                    "已整改",
                ],
            ],
        ),
        (
            "小四平村",
            [
                [
                    3.0,
                    "王某",
                    "小四平村一组",
                    "“美丽庭院、干净人家”示范户庭院杂物乱堆，保持效果差。",
                    "1.督促示范户清理庭院；\n2.对保持差的示范户取消称号；\n3.每月复查一次。",
                    "小四平村村民委员会",
                    "赵某",
                    datetime.date(2022, 12, 10),
                    "整改中",
                ],
            ],
        ),
    )
    r = 4
    for village, rows in villages:
        for row in rows:
            for k, value in enumerate(row):
                if isinstance(value, datetime.date):
                    sheet.write(r, k, value, dated)
                else:
                    sheet.write(r, k, value, wrapped)
            r += 1
        sheet.write(r, 0, "小计")
        sheet.write(r, 2, village)
        sheet.write(r, 3, f"{len(rows)}个问题")
        r += 2
    notes = book.add_sheet("说明")
    notes.write(0, 0, "说明：整改完成后，责任村于3日内将整改前后照片报镇纪委，镇纪委组织复查销号。")
    return _book_bytes(book)


def _jishan_revisit_ledger_xlsx() -> bytes:
    """南陵县籍山镇 (安徽 芜湖): 县委第二巡察组 on 3月23日 fed back its 巡察 “回头看” of 梅园社区、大港村、
    官洲村 — three 聚焦 (党的路线方针政策, 群众身边腐败问题和不正之风, 基层党组织软弱涣散) — and the 镇党委
    took up the 整改清单 (the stored page gives no year: 2022 is ours). The 整改台账 as a workbook with
    one sheet per 村 (社区); a header over three rows (整改责任 over 牵头单位 / 配合单位 / 责任人; 整改进展
    over 进展情况 / 是否完成), an empty 督办情况 column, text dates 2022.6.30 and 长期坚持 beside
    立行立改, the 问题类型 merged down."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    width = 11
    places = (
        (
            "梅园社区",
            [
                [
                    1.0,
                    "聚焦基层贯彻落实党的路线方针政策",
                    "社区网格化管理不到位，部分网格员履职不实。",
                    "1.调整充实网格员队伍；\n2.建立网格员考核办法。",
                    "梅园社区党委",
                    "镇综治中心",
                    "李某",
                    "2022.6.30",
                    "已调整网格员5名，考核办法已印发。",
                    "是",
                    None,
                ],
                [
                    2.0,
                    None,
                    "文明创建常态长效机制不健全。",
                    "1.建立文明创建包保责任制；\n2.每月开展一次环境整治。",
                    "梅园社区党委",
                    "镇文明办",
                    "李某",
                    "长期坚持",
                    "每月开展环境整治。",
                    "否",
                    None,
                ],
            ],
        ),
        (
            "大港村",
            [
                [
                    1.0,
                    "聚焦群众身边腐败问题和不正之风",
                    "村集体资产租赁合同到期未续签，租金未及时收取。",
                    "1.清理到期合同；\n2.限期收缴租金；\n3.重新公开招租。",
                    "大港村党总支",
                    "镇农经站",
                    "王某",
                    "2022.5.31",
                    "已收缴租金2.4万元，公开招租已完成。",
                    "是",
                    None,
                ],
                [
                    2.0,
                    "聚焦基层党组织软弱涣散、组织力欠缺",
                    "发展党员工作滞后，近三年未发展年轻党员。",
                    "1.建立入党积极分子培养台账；\n2.年内确定发展对象。",
                    "大港村党总支",
                    "镇组织办",
                    "王某",
                    "2022.12.31",
                    "已确定入党积极分子3名。",
                    "否",
                    None,
                ],
            ],
        ),
        (
            "官洲村",
            [
                [
                    1.0,
                    "聚焦群众身边腐败问题和不正之风",
                    "防汛物资采购未履行“四议两公开”程序。",
                    "1.补充履行决策程序；\n2.对村“两委”成员提醒谈话。",
                    "官洲村党总支",
                    "镇纪委",
                    "周某",
                    "立行立改",
                    "已补充程序，提醒谈话2人。",
                    "是",
                    None,
                ],
            ],
        ),
    )
    for place, rows in places:
        sheet = book.create_sheet(place)
        sheet.append([f"籍山镇{place}巡察“回头看”反馈问题整改台账"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        sheet.append(
            [
                "填报单位：中共南陵县籍山镇委员会",
                None,
                None,
                None,
                None,
                None,
                None,
                "填报时间：2022年4月20日",
            ]
        )
        for column, label in (
            (1, "序号"),
            (2, "问题类型"),
            (3, "问题表现"),
            (4, "整改措施"),
            (8, "整改时限"),
            (11, "督办情况"),
        ):
            sheet.cell(row=3, column=column, value=label)
            sheet.merge_cells(start_row=3, start_column=column, end_row=5, end_column=column)
        sheet.cell(row=3, column=5, value="整改责任")
        sheet.merge_cells("E3:G3")
        for column, label in ((5, "牵头单位"), (6, "配合单位"), (7, "责任人")):
            sheet.cell(row=4, column=column, value=label)
            sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
        sheet.cell(row=3, column=9, value="整改进展")
        sheet.merge_cells("I3:J3")
        sheet.cell(row=4, column=9, value="进展情况")
        sheet.merge_cells("I4:I5")
        sheet.cell(row=4, column=10, value="是否完成")
        sheet.merge_cells("J4:J5")
        for r, row in enumerate(rows, start=6):
            for column, value in enumerate(row, start=1):
                sheet.cell(row=r, column=column, value=value)
        if place == "梅园社区":
            sheet.merge_cells("B6:B7")
    return _book_bytes(book)


for _name, _filename, _build in (
    ("changxing_2021_safety_list_xlsx", "安全生产问题整改清单.xlsx", _changxing_safety_list_xlsx),
    (
        "junchuan_2023_inspection_ledger_xlsx",
        "巡察反馈问题整改落实台账.xlsx",
        _junchuan_inspection_ledger_xlsx,
    ),
    (
        "midu_2020_poverty_inspection_xls",
        "脱贫攻坚专项巡察反馈问题整改清单.xls",
        _midu_poverty_inspection_xls,
    ),
    (
        "lvting_2021_environment_ledger_xlsx",
        "人居环境整治专项督查问题督办台账.xlsx",
        _lvting_environment_ledger_xlsx,
    ),
    ("hengdaohe_2022_village_checks_xls", "人居环境整治监督检查问题清单.xls", _hengdaohe_village_checks_xls),
    ("jishan_2022_revisit_ledger_xlsx", "巡察回头看反馈问题整改台账.xlsx", _jishan_revisit_ledger_xlsx),
):
    DOCUMENTS[_name] = (_filename, _build)

# The forty-seventh blind set, for the figure recorded in docs/decisions.md (“Blind set 47”).
BLIND_47 = (
    "changxing_2021_safety_list_xlsx",
    "junchuan_2023_inspection_ledger_xlsx",
    "midu_2020_poverty_inspection_xls",
    "lvting_2021_environment_ledger_xlsx",
    "hengdaohe_2022_village_checks_xls",
    "jishan_2022_revisit_ledger_xlsx",
)
BLIND_SETS[47] = BLIND_47


# --- blind set 49 (issue 14, branch corpus-blind49) -----------------------------------------------
# PDF attachments as government portals publish them: a 整改任务清单 / 整改情况一览表 / 销号清单
# printed to PDF from Word or Excel, landscape, small type, the header row repeated on every page,
# page numbers (“第 1 页 共 5 页”, “- 3 -”) and a running title, cells wrapping onto three or four
# lines, rows split across a page break, an 附件2 heading and a title above the table; ruled, with
# only horizontal rules, or with none. Written with their expected JSON BEFORE the reader ran on them
# (docs/decisions.md, “Blind set 49”; SOURCES.md “Blind set 49”).


def _small_landscape(size: float = 9) -> docx.document.Document:
    """A landscape Word document whose body text is set small, as a wide 清单 is printed."""
    from docx.shared import Pt

    document = docx.Document()
    _landscape(document)
    document.styles["Normal"].font.size = Pt(size)
    return document


def _field_run(paragraph, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _page_furniture(document, running_title: str, *, of_pages: bool) -> None:
    """A running title in the page header and a page number in the footer: “第 N 页 共 M 页”
    (of_pages) or “- N -”, on every page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run(running_title)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if of_pages:
        foot.add_run("第 ")
        _field_run(foot, "PAGE")
        foot.add_run(" 页 共 ")
        _field_run(foot, "NUMPAGES")
        foot.add_run(" 页")
    else:
        foot.add_run("- ")
        _field_run(foot, "PAGE")
        foot.add_run(" -")


def _horizontal_rules_only(table) -> None:
    """Borders above and below the table and between rows, none between columns (a 三线表-like
    table as offices print it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table.style = table.part.document.styles["Normal Table"]
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "bottom", "insideH"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "6")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    properties.append(borders)


def _print_as_is(document) -> bytes:
    """The Word file printed to PDF by LibreOffice with its tables' borders as they are."""
    from tests.plan_layouts import _convert

    return _convert(_save(document), ".docx", "pdf")


def _paged_pdf_table(
    lines: list[str],
    header: list[str],
    rows: list[list[str] | tuple[str, str]],
    *,
    widths: tuple[int, ...],
    running_title: str,
    size: int = 7,
) -> bytes:
    """A landscape text PDF table in small type as Excel or WPS prints a long 清单: the header row
    repeated on every page, the running title at the top and “第 N 页 共 M 页” at the foot of
    each page; a tuple row keeps its number and spans the name over the other columns."""
    from fpdf.fonts import FontFace

    text = _cells_text(lines, header, [running_title, "第页共0123456789 "], rows=rows)
    with _cjk_pdf(text, size=size) as pdf:

        def header_band() -> None:
            pdf.set_y(5)
            pdf.cell(0, 5, running_title, align="R")
            pdf.set_y(pdf.t_margin)

        def footer_band() -> None:
            pdf.set_y(-12)
            pdf.cell(0, 5, f"第 {pdf.page_no()} 页 共 {{nb}} 页", align="C")

        pdf.header, pdf.footer = header_band, footer_band
        header_band()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(
            col_widths=widths,
            text_align="LEFT",
            repeat_headings=1,
            headings_style=FontFace(emphasis=None),
            line_height=pdf.font_size * 1.5,
        ) as table:
            for values in [header, *rows]:
                row = table.row()
                if isinstance(values, tuple):
                    row.cell(values[0])
                    row.cell(values[1], colspan=len(header) - 1)
                    continue
                for value in values:
                    row.cell(value)
        return bytes(pdf.output())


def _qinan_closure_list_pdf() -> bytes:
    """秦安县 (甘肃 天水) 第二轮省级生态环境保护督察反馈问题 验收销号清单 (the county's 2021-12-14
    销号工作安排会: 生态环境分局 explained the 验收销号 notice; every 责任单位 to file its 台账),
    printed landscape from Word in 9 pt: 附件2 and the title above a ruled table, the header row
    repeated, a running title and “- N -” on each page, long cells running over the page break.
    The occasion is the stored page's; the six rows are ours."""
    document = _small_landscape(9)
    _page_furniture(document, "秦安县省级生态环境保护督察反馈问题验收销号清单", of_pages=False)
    for line in (
        "附件2",
        "秦安县贯彻落实第二轮省级生态环境保护督察反馈问题验收销号清单",
        "（截至2021年12月10日）",
    ):
        document.add_paragraph(line)
    done = (
        "县级验收组已于12月上旬逐项现场核查，整改台账资料完整，问题点位整改到位，"
        "未发现反弹，经县整改工作领导小组研究，同意提交销号。"
    )
    table = _ruled_table(
        document,
        ["序号", "反馈问题", "整改目标", "整改措施", "责任单位", "整改时限", "整改完成情况", "销号意见"],
        [
            [
                "1",
                "县城污水处理厂进水浓度偏低，城区部分老旧小区雨污合流，污水经雨水管网排入葫芦河。",
                "城区雨污分流改造全面完成，污水处理厂进水COD浓度稳定提升。",
                "1.实施城区老旧小区雨污分流改造；\n2.开展排水管网排查，封堵错接混接口；\n3.加强污水处理厂运行监管。",
                "县住建局牵头，兴国镇人民政府、市生态环境局秦安分局配合",
                "2021年10月底前",
                "完成老旧小区雨污分流改造23个，封堵错接混接口46处，污水处理厂进水COD浓度由126mg/L提高到208mg/L。"
                + done,
                "同意销号",
            ],
            [
                "2",
                "部分乡镇生活垃圾收运体系不健全，河道沿岸垃圾随意堆放问题突出。",
                "乡镇生活垃圾收运处置体系全覆盖，河道沿岸垃圾清理到位。",
                "1.完善“村收集、镇转运、县处理”体系；\n2.开展河道沿岸垃圾集中清理；\n3.建立河道保洁长效机制。",
                "县住建局、县水务局，各镇人民政府",
                "2021年6月底前",
                "新配置垃圾转运车14辆，清理河道沿岸垃圾3200余吨，落实河道保洁员186名。" + done,
                "同意销号",
            ],
            [
                "3",
                "莲花镇、西川镇部分砂石料场未落实扬尘防治措施，无序开采破坏河道生态。",
                "违规砂石料场依法取缔，河道生态逐步恢复。",
                "依法关停取缔无手续砂石料场，对采挖河道实施平整复绿。",
                "县水务局牵头，县自然资源局、莲花镇人民政府、西川镇人民政府配合",
                "立行立改",
                "关停取缔砂石料场9家，平整河道4.2公里，补植护岸林1.1万株。" + done,
                "同意销号",
            ],
            [
                "4",
                "畜禽养殖废弃物资源化利用率不高，部分规模养殖场粪污处理设施配套不全。",
                "规模养殖场粪污处理设施装备配套率达到100%。",
                "1.逐场建立粪污处理台账；\n2.督促配套建设堆粪场和污水储存池；\n3.推广粪肥还田利用。",
                "县农业农村局",
                "2021年12月底前",
                "全县规模养殖场粪污处理设施装备配套率达到100%，资源化利用率达到82%。" + done,
                "同意销号",
            ],
            [
                "5",
                "叶堡镇工业集中区企业挥发性有机物治理设施运行不正常，周边群众反映异味扰民。",
                "企业废气稳定达标排放，异味扰民问题有效解决。",
                "1.对涉VOCs企业开展专项执法检查；\n2.督促企业升级改造治理设施。",
                "市生态环境局秦安分局，叶堡镇人民政府",
                "2022年6月底前",
                "已完成3家企业治理设施升级改造，其余2家正在施工，预计2022年5月完工。",
                "暂缓销号",
            ],
            [
                "6",
                "部分领导干部对生态环境保护工作重视不够，“党政同责、一岗双责”落实不到位。",
                "生态环境保护责任体系全面落实。",
                "制定县级部门生态环境保护责任清单，将督察整改纳入年度目标责任考核。",
                "县委办、县政府办",
                "长期坚持",
                "已印发生态环境保护责任清单，督察整改已纳入2021年度考核，实行季度调度通报。",
                "持续推进",
            ],
        ],
    )
    _repeat_header_row(table)
    return _print_as_is(document)


def _xiangcheng_inspection_tasks_pdf() -> bytes:
    """襄城县 (河南 许昌) 落实省委巡视反馈意见整改任务清单, as the WPS sheet prints in 7 pt:
    the header row repeated, a running title and “第 N 页 共 M 页” on every page, 责任领导 (by
    office) beside 牵头单位 and 配合单位. The units the stored page names (县先进制造业开发区, 县自然
    资源局, 县城开中心, 县发投公司, the 审计局's 督导 of August 2023) are real; the rows ours."""
    return _paged_pdf_table(
        ["附件2", "襄城县落实省委第三巡视组巡视反馈意见整改任务清单"],
        ["序号", "反馈问题", "整改目标", "整改措施", "责任领导", "牵头单位", "配合单位", "完成时限"],
        [
            [
                "1",
                "先进制造业开发区部分项目建设用地手续办理滞后，存在未批先建问题。",
                "项目用地手续全部依法依规完善。",
                "1.对开发区在建项目用地手续逐一排查，建立问题台账；2.对未批先建项目依法查处并限期补办手续；"
                "3.建立项目用地预审联审机制，从源头防止未批先建。",
                "县委常委、常务副县长",
                "县先进制造业开发区管委会",
                "县自然资源局、县发展改革委",
                "2023年12月底前",
            ],
            [
                "2",
                "城开中心、发投公司部分工程项目变更签证管理不规范，结算审核把关不严。",
                "工程变更和结算管理制度健全，问题资金全部追回。",
                "1.开展工程项目变更签证专项清查；2.对多计多付工程款依法追回；3.修订工程变更管理办法。",
                "副县长",
                "县城开中心",
                "县发投公司、县审计局、县财政局",
                "2023年10月底前",
            ],
            [
                "3",
                "自然资源领域部分历史遗留问题久拖未决，群众反映强烈。",
                "历史遗留问题分类化解，群众诉求有效回应。",
                "逐案制定化解方案，明确责任人和化解时限，对能立即解决的立即解决。",
                "副县长",
                "县自然资源局",
                "各乡镇人民政府、县信访局",
                "立行立改，长期坚持",
            ],
            [
                "4",
                "审计查出问题整改跟踪督促不够，部分问题整改不到位。",
                "审计查出问题整改率达到100%。",
                "1.建立审计整改台账，实行对账销号；2.对整改不到位的单位开展专项督导；"
                "3.将审计整改情况纳入年度目标考核。",
                "副县长",
                "县审计局",
                "县纪委监委机关、县委督查局",
                "2023年9月30日前",
            ],
            [
                "5",
                "政府投资项目决策程序不规范，个别项目未经可行性研究即开工建设。",
                "政府投资项目决策程序全面规范。",
                "严格执行政府投资项目审批制度，对近三年政府投资项目开展回头看，完善重大项目集体决策机制。",
                "县委常委、常务副县长",
                "县发展改革委",
                "县财政局、县司法局",
                "2023年11月底前",
            ],
            [
                "6",
                "国有企业内部控制制度不健全，发投公司对外担保、借款审批把关不严。",
                "国有企业内控制度健全，对外担保和借款风险得到有效控制。",
                "1.修订国有企业对外担保和借款管理办法；2.对现有对外担保逐笔清理，制定风险化解方案；"
                "3.开展国有企业内控制度执行情况审计。",
                "副县长",
                "县财政局",
                "县发投公司、县城开中心、县审计局",
                "2023年12月31日前",
            ],
            [
                "7",
                "耕地保护责任落实不到位，部分乡镇存在违法占用耕地建房现象。",
                "违法占用耕地问题全部整治到位，耕地保护长效机制健全。",
                "1.开展违法占用耕地专项排查；2.对新增违法占地立即制止、依法拆除；3.落实田长制网格化巡查。",
                "副县长",
                "县自然资源局",
                "县农业农村局，各乡镇人民政府",
                "2023年10月31日前，并长期坚持",
            ],
            [
                "8",
                "巡视反馈问题整改工作统筹不够，个别单位整改方案措施不具体、时限不明确。",
                "整改任务逐项明确责任、措施和时限，按期销号。",
                "建立整改工作周调度、月通报制度，对整改滞后的单位约谈主要负责人。",
                "县委副书记",
                "县委督查局",
                "县纪委监委机关、县委组织部",
                "立行立改",
            ],
        ],
        widths=(9, 45, 33, 80, 22, 28, 32, 20),
        running_title="襄城县落实省委巡视反馈意见整改任务清单",
        size=9,
    )


def _zhouqu_sanitation_closure_unruled_pdf() -> bytes:
    """舟曲县 (甘肃 甘南) 第一季度全县城乡环境卫生综合整治 督查发现问题整改销号清单 (督查 3月10日至
    24日, 19个乡镇36个行政村, 销号整改 3月25日至27日; 通报 2020-04-10), an Excel sheet printed
    without gridlines, landscape in 8 pt, “第 N 页 共 M 页” and a running title. The occasion and
    dates are the stored page's; the rows (places by name of the county's towns) are ours."""
    from tests.printed_pdf import printed_unruled

    document = _small_landscape(10)
    _page_furniture(document, "舟曲县城乡环境卫生综合整治督查问题整改销号清单", of_pages=True)
    for line in ("附件2", "舟曲县2020年第一季度城乡环境卫生综合整治督查发现问题整改销号清单"):
        document.add_paragraph(line)
    checked = "3月25日至27日复查，问题点位已清理到位，群众满意，予以销号。"
    rows = [
        [
            "1",
            "城关镇",
            "南门河沿岸居民随意倾倒生活垃圾和建筑垃圾，河道内垃圾堆积。",
            "立即清理河道垃圾，落实河道保洁人员，设置警示标牌。",
            "城关镇人民政府",
            "3月25日前",
            checked,
            "已销号",
        ],
        [
            "2",
            "大川镇",
            "镇区主干道两侧乱堆乱放柴草、杂物，门前三包责任不落实。",
            "清理主干道两侧柴草杂物，逐户签订门前三包责任书。",
            "大川镇人民政府",
            "3月25日前",
            checked,
            "已销号",
        ],
        [
            "3",
            "峰迭镇",
            "两个行政村垃圾收集点设施破损，垃圾外溢，清运不及时。",
            "更换破损垃圾收集设施，加密清运频次，建立清运台账。",
            "峰迭镇人民政府、县住建局",
            "3月27日前",
            checked,
            "已销号",
        ],
        [
            "4",
            "县教育局",
            "部分学校校园周边卫生死角多，垃圾未分类收集。",
            "组织各学校开展校园及周边环境集中整治，落实卫生责任区。",
            "县教育局",
            "3月27日前",
            "已完成集中整治，部分学校周边卫生责任区划分尚未完成。",
            "未销号",
        ],
        [
            "5",
            "国道345线沿线",
            "公路沿线边沟内积存垃圾，部分路段路肩杂草丛生。",
            "清理边沟垃圾，清除路肩杂草，落实养护路段保洁责任。",
            "县交通局，沿线各乡镇人民政府",
            "4月10日前",
            "边沟垃圾已清理，路肩杂草清除正在进行。",
            "未销号",
        ],
    ]
    table = document.add_table(rows=1, cols=8)
    header = ["序号", "乡镇（单位）", "存在问题", "整改要求", "责任单位", "整改时限", "复查情况", "销号情况"]
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        cell.text = value
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    _repeat_header_row(table)
    return printed_unruled(_save(document))


def _lingcheng_inspection_progress_pdf() -> bytes:
    """陵城区 (山东 德州) 区委第三巡察组 巡察于集乡 反馈问题整改情况一览表 (常规巡察 2023年6月;
    前张村 占道经营 → 村西头1400余平方米闲置地建成便民市场, 7月10日启用, 30多个流动摊位入场), a
    Word table with only horizontal rules, printed landscape in 9 pt with “- N -” and a running
    title. Row 1 is the stored page's; the others are ours."""
    document = _small_landscape(10.5)
    _page_furniture(document, "于集乡巡察反馈问题整改情况一览表", of_pages=False)
    for line in ("附件2", "中共陵城区于集乡委员会落实区委第三巡察组反馈意见整改情况一览表"):
        document.add_paragraph(line)
    header = ["序号", "巡察反馈问题", "整改措施", "责任单位", "整改时限", "整改情况", "完成情况"]
    rows = [
        [
            "1",
            "前张村没有固定集市，商贩在道路两侧占道经营，道路拥堵，群众出行不便。",
            "1.开展占道经营集中治理整顿；\n2.征求村民和商贩意愿，选址建设便民市场；\n3.引导流动摊贩入场经营。",
            "乡巡察整改工作专班（牵头），前张村党支部",
            "2023年7月底前",
            "利用村西头1400余平方米闲置地建成便民市场，7月10日正式启用，30多个流动摊位入场经营，道路恢复畅通。",
            "已完成",
        ],
        [
            "2",
            "部分村集体“三资”管理不规范，合同台账登记不全，个别承包费未按期收缴。",
            "1.开展村集体合同专项清理；\n2.补齐合同台账；\n3.依法催缴拖欠承包费。",
            "乡经管站（牵头），各村党支部",
            "2023年9月底前",
            "已清理合同126份，补登台账38份，收缴拖欠承包费4.6万元，其余部分正在协商催缴。",
            "正在整改",
        ],
        [
            "3",
            "个别村党支部“三会一课”制度落实不严格，会议记录不完整。",
            "严格落实“三会一课”制度，乡党委每季度抽查一次会议记录。",
            "乡党建办",
            "立行立改，长期坚持",
            "已对全乡各村党支部组织生活开展专项检查，建立季度抽查通报制度。",
            "已完成",
        ],
        [
            "4",
            "农村人居环境整治不彻底，部分村街道两侧柴草乱堆乱放。",
            "1.开展村庄清洁行动；\n2.划定柴草集中堆放点；\n3.建立村庄保洁长效机制。",
            "乡农业农村办公室，各村党支部",
            "2023年10月底前",
            "已清理柴草堆480余处，划定集中堆放点26处，长效保洁机制正在完善。",
            "正在整改",
        ],
        [
            "5",
            "乡村两级财务报销审核不严，个别村存在白条入账现象。",
            "1.开展村级财务票据专项检查；\n2.规范报销审批流程；\n3.对白条入账问题逐笔核实整改。",
            "乡财政所",
            "2023年8月31日前",
            "已检查各村财务票据2100余张，白条入账问题已全部整改，修订村级财务报销审批办法。",
            "已完成",
        ],
        [
            "6",
            "群众反映的部分小微诉求办理不及时，回访不到位。",
            "建立群众诉求台账，实行交办、办理、回访闭环管理，每月通报办理情况。",
            "乡综治中心（牵头），各村党支部",
            "2023年12月底前",
            "已建立诉求台账，收集诉求57件，办结49件，其余正在办理。",
            "正在整改",
        ],
    ]
    table = document.add_table(rows=1, cols=len(header))
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        cell.text = value
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    _horizontal_rules_only(table)
    _repeat_header_row(table)
    return _print_as_is(document)


def _cennan_handover_list_pdf() -> bytes:
    """澧县涔南乡 (湖南 常德) 群众反映突出问题点评交办清单 (2014-07-07 交办会: 机关干部走访收集的32个
    问题逐个交办, “定整改责任人、定整改期限、定整改目标”; 累计收集231个, 已解决126个, 办理中105个),
    as the WPS sheet prints in 7 pt: the header repeated, “第 N 页 共 M 页” and a running title on
    every page. The occasion and counts are the stored page's; the rows are ours."""
    return _paged_pdf_table(
        ["附件2", "涔南乡“记好民情账、画好村情图”群众反映问题交办销号清单（第五批）"],
        [
            "序号",
            "所在村",
            "群众反映问题",
            "整改目标",
            "责任单位",
            "责任人",
            "整改期限",
            "办理情况",
            "是否销号",
        ],
        [
            [
                "1",
                "涔南村",
                "村部至新华组的通组公路路面破损严重，雨天积水，群众出行困难。",
                "修复破损路面，疏通两侧排水沟。",
                "乡交管站",
                "包村干部",
                "2014年8月31日前",
                "已完成路面修补1.2公里，疏通排水沟2.5公里。",
                "是",
            ],
            [
                "2",
                "永镇村",
                "灌溉渠道淤塞，部分农田夏季用水困难。",
                "清淤疏浚灌溉渠道，保障夏季农田用水。",
                "乡水管站",
                "包村干部",
                "2014年7月20日前",
                "已组织机械清淤渠道3.8公里，农田灌溉恢复正常。",
                "是",
            ],
            [
                "3",
                "新城村",
                "村内安全饮水工程管网老化，部分农户停水时间长。",
                "更换老化管网，恢复正常供水。",
                "乡水管站、新城村村委会",
                "包村干部",
                "2014年9月30日前",
                "管网更换方案已报县水利局审批，资金正在落实。",
                "否",
            ],
            [
                "4",
                "涔南村",
                "集镇农贸市场周边占道经营，垃圾清运不及时。",
                "规范市场周边经营秩序，落实每日清运。",
                "乡城建办",
                "分管领导",
                "立行立改",
                "已划定临时摊位区，落实保洁员2名，每日清运。",
                "是",
            ],
            [
                "5",
                "永镇村",
                "部分低保对象家庭情况发生变化，群众反映评定不公。",
                "对全村低保对象逐户复核，按程序公示。",
                "乡民政办",
                "分管领导",
                "2014年8月15日前",
                "已完成入户复核，复核结果正在公示。",
                "否",
            ],
            [
                "6",
                "新城村",
                "村小学门前道路无减速带和警示标志，学生上下学存在安全隐患。",
                "设置减速带和警示标志，上下学时段安排专人值守。",
                "乡交管站、乡中心学校",
                "包村干部",
                "2014年8月25日前",
                "减速带和警示标志已安装，值守人员已落实。",
                "是",
            ],
            [
                "7",
                "涔南村",
                "部分组级电网线路老化，用电高峰期电压不稳，经常跳闸。",
                "协调供电部门改造老化线路，更换变压器。",
                "乡经管站、涔南供电所",
                "分管领导",
                "2014年10月31日前",
                "已报县供电公司列入农网改造计划，勘察设计已完成。",
                "否",
            ],
            [
                "8",
                "永镇村",
                "村内池塘长期未清淤，水质发黑发臭，夏季蚊蝇滋生。",
                "对池塘清淤换水，周边垃圾清理到位。",
                "乡城建办、永镇村村委会",
                "包村干部",
                "2014年9月15日前",
                "已完成2口池塘清淤，其余1口正在施工。",
                "否",
            ],
            [
                "9",
                "新城村",
                "部分危房改造户补助资金未及时发放到位。",
                "核实危房改造户名单，补助资金按程序发放到户。",
                "乡财政所、乡城建办",
                "分管领导",
                "2014年7月31日前",
                "已核实名单，补助资金11.2万元全部发放到户。",
                "是",
            ],
        ],
        widths=(9, 18, 55, 42, 30, 18, 24, 50, 14),
        running_title="涔南乡群众反映问题交办销号清单",
        size=10,
    )


def _anju_education_inspection_tasks_pdf() -> bytes:
    """遂宁市安居区 (四川) 教育和体育局党组 落实县级交叉巡察组反馈意见整改任务清单 (反馈会 2023-02-23:
    问题在中省市区重要决策部署、教育体制机制改革、基层党的组织建设三方面; “清单制+责任制+销号制”),
    a ruled Word table printed landscape in 8 pt: 方面 as rows merged across, “第 N 页 共 M 页” and a
    running title on each page, the header repeated. The three aspects are the stored page's; the
    tasks are ours."""
    document = _small_landscape(10.5)
    _page_furniture(document, "安居区教育和体育局党组巡察反馈意见整改任务清单", of_pages=True)
    for line in ("附件2", "安居区教育和体育局党组落实县级交叉巡察组反馈意见整改任务清单"):
        document.add_paragraph(line)
    table = _ruled_table(
        document,
        ["序号", "存在问题", "整改措施", "责任领导", "责任股室（单位）", "完成时限"],
        [
            "一、聚焦中省市区重要决策部署方面",
            [
                "1",
                "落实“双减”政策不够有力，校外培训机构日常监管存在薄弱环节。",
                "1.开展校外培训机构专项检查；\n2.建立校外培训机构黑白名单；\n3.每学期开展一次作业管理督导。",
                "分管副局长",
                "基础教育股（牵头），教育督导室",
                "2023年6月底前",
            ],
            [
                "2",
                "农村学校薄弱环节改善项目推进缓慢，2个项目未按期完工。",
                "倒排工期，每周调度项目进度，督促施工单位增加作业面。",
                "分管副局长",
                "计划财务股",
                "2023年8月31日前",
            ],
            "二、推进教育体制机制改革方面",
            [
                "3",
                "“县管校聘”改革推进不到位，城乡教师交流轮岗比例偏低。",
                "1.修订教师交流轮岗实施办法；\n2.落实城区学校教师到农村学校任教服务期制度。",
                "局党组书记、局长",
                "人事股（牵头），各学校",
                "2023年9月30日前",
            ],
            [
                "4",
                "教育经费使用绩效不高，部分学校公用经费结余较大，项目资金拨付滞后。",
                "1.开展学校公用经费使用情况专项检查；\n2.建立项目资金拨付进度月通报制度；\n3.将资金使用绩效纳入校长考核。",
                "分管副局长",
                "计划财务股（牵头），各学校",
                "2023年12月31日前",
            ],
            [
                "5",
                "职业教育产教融合不够深入，校企合作协议落实不到位。",
                "梳理校企合作协议落实情况，对未履约项目逐一约谈合作企业，新增订单班2个以上。",
                "分管副局长",
                "职成教股",
                "2023年10月底前",
            ],
            "三、基层党的组织建设方面",
            [
                "6",
                "部分学校党组织“三会一课”质量不高，党员教育管理偏松。",
                "开展党组织书记抓党建述职评议，每季度抽查学校党组织会议记录，发现问题即时通报。",
                "党组成员、机关党委书记",
                "机关党委",
                "立行立改，长期坚持",
            ],
            [
                "7",
                "发展党员工作不规范，个别发展对象培养考察材料不完整。",
                "对近三年发展党员档案逐一复查，补齐缺漏材料，规范发展程序。",
                "党组成员、机关党委书记",
                "机关党委、各学校党组织",
                "2023年5月31日前",
            ],
        ],
    )
    _repeat_header_row(table)
    return _print_as_is(document)


DOCUMENTS["qinan_2021_closure_list_pdf"] = ("附件2 验收销号清单.pdf", _qinan_closure_list_pdf)
DOCUMENTS["xiangcheng_2023_inspection_tasks_pdf"] = (
    "附件2 整改任务清单.pdf",
    _xiangcheng_inspection_tasks_pdf,
)
DOCUMENTS["zhouqu_2020_sanitation_closure_unruled_pdf"] = (
    "附件2 整改销号清单.pdf",
    _zhouqu_sanitation_closure_unruled_pdf,
)
DOCUMENTS["lingcheng_2023_inspection_progress_pdf"] = (
    "附件2 整改情况一览表.pdf",
    _lingcheng_inspection_progress_pdf,
)
DOCUMENTS["cennan_2014_handover_list_pdf"] = ("附件2 交办销号清单.pdf", _cennan_handover_list_pdf)
DOCUMENTS["anju_2023_education_inspection_tasks_pdf"] = (
    "附件2 巡察整改任务清单.pdf",
    _anju_education_inspection_tasks_pdf,
)

# The forty-ninth blind set, for the figure recorded in docs/decisions.md (“Blind set 49”).
BLIND_49 = (
    "qinan_2021_closure_list_pdf",
    "xiangcheng_2023_inspection_tasks_pdf",
    "zhouqu_2020_sanitation_closure_unruled_pdf",
    "lingcheng_2023_inspection_progress_pdf",
    "cennan_2014_handover_list_pdf",
    "anju_2023_education_inspection_tasks_pdf",
)
BLIND_SETS[49] = BLIND_49


# --- blind set 51 (issue 14, branch corpus-blind51) ---------------------------------------------
# Text an office worker copies out of a WeChat public-account article or a government portal page
# and pastes or saves: account names, 发布时间/来源 lines, 点击蓝字关注, 阅读原文, 分享/收藏/在看,
# full-width and non-breaking spaces, tables flattened to one cell a line or to runs of spaces,
# ① … ⑤ and ● ◆ ▲ bullets, 【】 labels, 打印本页/关闭窗口 footers. Written with their expected JSON
# BEFORE the reader was run on them; sources in SOURCES.md (“Blind set 51”).


def _saved_as(name: str, encoding: str) -> Callable[[], bytes]:
    """The fixture (kept in UTF-8 to be read and diffed) as the office saved it: GBK from an old
    editor, or Notepad's “Unicode” (UTF-16 with its BOM, CRLF line ends)."""

    def build() -> bytes:
        text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
        if encoding == "utf-16":
            return text.replace("\n", "\r\n").encode("utf-16")
        # GBK has no non-breaking space: Notepad's ANSI save writes a plain one (best fit)
        return text.replace("\u00a0", " ").encode(encoding)

    return build


DOCUMENTS["pingli_2015_city_notice_gbk"] = (
    "11月8日市容环境综合整治情况的通报.txt",
    _saved_as("pingli_2015_city_notice_gbk", "gbk"),
)
DOCUMENTS["anyi_2020_progress_wechat_utf16"] = (
    "环保督察整改销号进展.txt",
    _saved_as("anyi_2020_progress_wechat_utf16", "utf-16"),
)
DOCUMENTS["yijiang_2025_exposure_wechat"] = (
    "突出生态环境问题曝光.txt",
    _text("yijiang_2025_exposure_wechat"),
)
DOCUMENTS["qidong_2024_audit_progress_spaces"] = (
    "同级审报告指出问题整改推进情况.txt",
    _text("qidong_2024_audit_progress_spaces"),
)
DOCUMENTS["xinji_2018_petition_cells"] = (
    "交办信访件整改情况公示（第三批）.txt",
    _text("xinji_2018_petition_cells"),
)
DOCUMENTS["zhouqu_2020_sanitation_page"] = (
    "关于第一季度全县城乡环境卫生综合整治情况督查通报.html",
    _fixture("zhouqu_2020_sanitation_page.html"),
)

# The fifty-first blind set, for the figure recorded in docs/decisions.md (“Blind set 51”).
BLIND_51 = (
    "yijiang_2025_exposure_wechat",
    "pingli_2015_city_notice_gbk",
    "anyi_2020_progress_wechat_utf16",
    "qidong_2024_audit_progress_spaces",
    "xinji_2018_petition_cells",
    "zhouqu_2020_sanitation_page",
)
BLIND_SETS[51] = BLIND_51


# --- blind set 48 (issue 14, branch corpus-blind48) -----------------------------------------------
# Word 整改方案 whose task table is awkward: the table an attachment (附件：…整改任务清单) after pages
# of prose; a leader, lead unit or deadline cell merged down over several rows; measures written as
# several paragraphs inside one cell (numbered 1. / （1） or not); the header repeated on each page; a
# table split in two by a landscape section; group rows spanning the table; 备注 and 整改类型
# columns; a second small table (signatures, contacts) after the main one. Occasions as published,
# the rows ours (places real). Written with their expected JSON before the reader ran on them
# (docs/decisions.md, “Blind set 48”; SOURCES.md “Blind set 48”).


def _cell_paragraphs(cell, lines: list[str]) -> None:
    """Write `lines` into a cell as separate paragraphs (Enter pressed between them), not line breaks."""
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _attachment_page(document, lines: list[str]) -> None:
    """A page break, then the attachment's heading lines (附件 / title), as a plan's annex starts."""
    from docx.enum.text import WD_BREAK

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in lines:
        document.add_paragraph(line)


def _wangcang_land_inspection_plan() -> bytes:
    """旺苍县 (四川 广元) 自然资源督察暨违法用地反馈问题整改方案: the county's measures as its 自然资源局
    reported them (调度会商 with 农业农村、交通运输、生态环境、应急管理; 分管领导约谈; 矿山排危 rules;
    县、乡、村 三级巡查); the attached 整改任务清单 after the prose: 牵头县领导, 牵头单位 and 整改时限
    merged down over the rows they share, measures as separate paragraphs in one cell, no numbers.
    The year (2024) and the rows are ours."""
    document = docx.Document()
    for line in (
        "旺苍县自然资源督察暨违法用地反馈问题整改方案",
        "为全面抓好国家自然资源督察和违法用地反馈问题整改，坚决守住耕地保护红线、资源安全底线，"
        "结合我县实际，制定本方案。",
        "一、总体要求",
        "坚持问题导向，把解决显性问题与隐性问题结合起来、解决当前问题与长远问题结合起来，落实量质并重、"
        "严格执法、系统推进的要求，确保反馈问题按时整改到位。",
        "二、工作措施",
        "（一）健全整改调度会商机制。定期组织县农业农村局、县交通运输局、市生态环境局旺苍分局、县应急管理局"
        "等部门会商研究整改推进工作；对不能按时间节点完成整改的，由县级分管领导约谈相关责任人员。",
        "（二）健全矿山规范管理机制。制定矿产资源开发利用情况动态巡查监管制度和矿山排危及工程实施采挖矿石管理办法，"
        "规范排危工程活动。",
        "（三）健全动态巡查监管机制。整合执法部门、属地乡镇和自然资源所力量，实行县、乡、村三级联动全覆盖的"
        "耕地保护、矿山巡查网格化监管。",
        "三、保障措施",
        "各牵头单位每月25日前将整改进展报县自然资源督察反馈问题整改工作领导小组办公室（设在县自然资源局）。",
        "附件：旺苍县自然资源督察暨违法用地反馈问题整改任务清单",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件", "旺苍县自然资源督察暨违法用地反馈问题整改任务清单"])
    header = ["序号", "反馈问题", "整改目标", "整改措施", "牵头县领导", "牵头单位", "责任单位", "整改时限"]
    rows = [
        [
            "1",
            "嘉川镇、白水镇部分耕地被违法占用建设厂房和堆场，未依法处置到位。",
            "违法占用耕地全部依法处置，恢复耕种条件。",
            "",
            "县政府分管副县长",
            "县自然资源局",
            "嘉川镇人民政府、白水镇人民政府",
            "2024年10月底前",
        ],
        [
            "2",
            "部分乡镇农村乱占耕地建房问题摸排不全，存在漏报。",
            "问题底数清楚，分类处置到位。",
            "",
            "",
            "",
            "各乡镇人民政府",
            "",
        ],
        [
            "3",
            "部分矿山以排危名义违规采挖矿石，排危审批多头、监管不严。",
            "排危工程规范实施，违规采挖行为全部查处。",
            "",
            "",
            "县应急管理局",
            "县经济科技和信息化局、相关乡镇人民政府",
            "2024年12月底前",
        ],
        [
            "4",
            "部分临时用地到期后未按要求完成复垦。",
            "到期临时用地全部复垦并通过验收。",
            "",
            "县政府分管副县长",
            "县交通运输局",
            "县自然资源局、县农业农村局",
            "2025年3月底前",
        ],
    ]
    table = _ruled_table(document, header, rows)
    measures = (
        [
            "对占用耕地的厂房和堆场逐宗立案查处，依法拆除违法建筑物。",
            "拆除后实施土地平整和耕作层恢复。",
            "乡镇落实专人巡查，防止反弹。",
        ],
        ["以村为单元开展全面摸排，建立问题台账。", "对新增问题露头就打，依法分类处置。"],
        [
            "全面清理在建排危工程，逐一核查审批手续。",
            "对超范围采挖的依法立案查处。",
            "建立排危工程联合审批和动态巡查制度。",
        ],
        ["逐宗核查到期临时用地，督促用地单位编制复垦方案。", "完成复垦后组织验收。"],
    )
    for k, lines in enumerate(measures, start=1):
        _cell_paragraphs(table.cell(k, 3), lines)
    _merge_down(table, 4, 1, 3)
    _merge_down(table, 5, 1, 2)
    _merge_down(table, 7, 1, 2)
    return _save(document)


def _changxing_safety_rectification_plan() -> bytes:
    """汝南县常兴镇 (河南 驻马店) 安全生产“三张清单” (2021-07: 责任清单、任务清单、整改清单; 拉网式排查
    农户1.2万余户、经营单位66家, 问题清单12类36项, 现场整改33项; 镇纪委监委牵头专项督查): the plan's
    attached 整改任务清单 with its groups as rows spanning the table, an 整改类型 column (立行立改 /
    限期整改), measures as （1）（2） paragraphs in one cell, a 备注 column saying what was put right on
    the spot, and a small 制表 / 审核 table under it. Four of the 36 problems, written by us."""
    document = docx.Document()
    for line in (
        "常兴镇安全生产排查问题整改工作方案",
        "为扎实做好安全生产工作，确保人民群众生命财产安全，镇党委、镇政府决定以“三张清单”落细落准安全生产责任，"
        "现制定本方案。",
        "一、明确“任务清单”",
        "围绕不稳定安全因素，梳理消防安全责任不明确、单位消防管理制度不落实、疏散通道不畅通等方面存在的问题，"
        "建立台账，逐步销号。本次拉网式排查农户1.2万余户，检查各类经营单位66家，建立问题清单12类36项。",
        "二、绘制“责任清单”",
        "把问题整改责任落实到镇村干部肩上，一级抓一级、层层抓落实。",
        "三、监督“整改清单”",
        "由镇纪委监委牵头成立专项督查组，对认领问题不全、整改不力、书面整改、虚假整改的单位和个人严格追责。",
        "附件：常兴镇安全生产排查问题整改任务清单",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件", "常兴镇安全生产排查问题整改任务清单"])
    header = ["序号", "存在问题", "整改措施", "整改类型", "责任单位", "责任人", "整改时限", "备注"]
    rows = [
        "一、消防安全",
        [
            "1",
            "镇区部分门店“三合一”场所住人，未设置防火分隔。",
            "",
            "限期整改",
            "镇安监站",
            "站长",
            "2021年7月31日前",
            "",
        ],
        [
            "2",
            "镇敬老院消防通道堆放杂物，疏散通道不畅通。",
            "",
            "立行立改",
            "镇民政所",
            "所长",
            "2021年7月10日前",
            "已于7月2日现场清理到位",
        ],
        "二、道路交通安全",
        [
            "3",
            "常兴至罗店公路部分路段临水临崖无防护设施。",
            "",
            "限期整改",
            "镇交通管理站",
            "站长",
            "2021年9月30日前",
            "",
        ],
        [
            "4",
            "部分村委会未落实农用车辆违法载人劝导。",
            "",
            "立行立改",
            "各村委会",
            "村党支部书记",
            "2021年7月15日前",
            "",
        ],
    ]
    table = _ruled_table(document, header, rows)
    measures = {
        2: [
            "（1）逐户排查“三合一”场所，建立台账；",
            "（2）督促业主设置防火分隔和独立疏散通道；",
            "（3）拒不整改的依法查封。",
        ],
        3: ["（1）立即清理通道杂物；", "（2）明确专人每日巡查。"],
        5: ["（1）摸排临水临崖路段；", "（2）分批安装波形护栏和警示标志。"],
        6: ["（1）设立劝导站，落实劝导员；", "（2）开展农用车辆违法载人专项劝导。"],
    }
    for row, lines in measures.items():
        _cell_paragraphs(table.cell(row, 2), lines)
    signatures = document.add_table(rows=2, cols=4)
    signatures.style = "Table Grid"
    for cell, value in zip(signatures.rows[0].cells, ["制表人", "", "审核人", ""], strict=True):
        cell.text = value
    for cell, value in zip(
        signatures.rows[1].cells, ["联系电话", "", "制表日期", "2021年7月5日"], strict=True
    ):
        cell.text = value
    return _save(document)


def _shanxi_safety_inspection_plan() -> bytes:
    """山西省 国务院安委办对山西安全生产专项督查反馈问题整改工作方案 (省政府安委会, 2020-12: 6个方面的
    共性问题和37个具体问题, 清单化、项目化, 问题清单、整改清单、责任清单, 12月底前完成所有问题的整改;
    省政府安委办 工作专班): the prose in portrait, the 整改任务清单 in a landscape section, its header
    repeated on each page, split into two tables by a section break, the deadline merged down, groups
    as rows spanning the table. The rows (five of the 43) are ours."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    document = docx.Document()
    for line in (
        "国务院安委办对山西安全生产专项督查反馈问题整改工作方案",
        "为认真落实国务院安委办对我省安全生产专项督查反馈意见，切实做好专项督查反馈问题整改落实工作，制定本方案。",
        "一、整改任务",
        "各市政府和省有关部门对专项督查反馈的6个方面的共性问题和37个具体问题，按清单化、项目化落实责任、明确目标、"
        "逐项整改销号。对37个具体问题，梳理分类，逐项分解任务，明确整改单位、整改措施、整改标准、整改时限，"
        "建立问题清单、整改清单、责任清单。",
        "二、时间安排",
        "各级各部门2020年12月底前完成所有问题的整改工作。",
        "三、督导检查",
        "省政府组成专项督导检查组，采取实地查验、明察暗访、突查检查等方式抽查检查；省政府安委办成立工作专班，"
        "跟踪督办落实，对不能按时完成整改的在全省通报。",
        "附件：国务院安委办专项督查反馈问题整改任务清单",
    ):
        document.add_paragraph(line)

    def landscape_section():
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        if section.page_width < section.page_height:
            section.page_width, section.page_height = section.page_height, section.page_width

    landscape_section()
    for line in ("附件", "国务院安委办专项督查反馈问题整改任务清单"):
        document.add_paragraph(line)
    header = ["序号", "反馈问题", "整改措施", "责任单位", "整改时限"]
    first = _ruled_table(
        document,
        header,
        [
            "一、共性问题",
            [
                "1",
                "一些地方对防范化解重大安全风险的重要性认识不足，风险隐患底数不清。",
                "1.开展重大安全风险辨识评估，建立风险清单。\n2.落实风险分级管控措施。",
                "省应急厅牵头，各市人民政府落实",
                "2020年12月底前",
            ],
            [
                "2",
                "部分行业部门“管行业必须管安全”落实不到位。",
                "1.修订部门安全生产职责清单。\n2.对履职不到位的部门约谈。",
                "省安委会办公室",
                "",
            ],
            "二、具体问题",
            [
                "3",
                "部分煤矿瓦斯抽采达标评判不规范。",
                "1.组织全省煤矿瓦斯抽采达标评判复核。\n2.对评判不规范的煤矿停产整顿。",
                "省能源局、国家矿山安全监察局山西局",
                "2020年12月底前",
            ],
        ],
    )
    _repeat_header_row(first)
    _merge_down(first, 4, 2, 3)
    landscape_section()
    second = _ruled_table(
        document,
        header,
        [
            [
                "4",
                "部分化工园区未完成安全风险评估分级。",
                "1.完成化工园区安全风险评估。\n2.对评为较高以上风险的园区限期整改。",
                "省工信厅牵头，省应急厅配合",
                "2020年12月底前",
            ],
            [
                "5",
                "部分城镇燃气企业安全管理制度不健全，管网老化未及时更新。",
                "1.开展城镇燃气安全专项检查。\n2.制定老旧管网更新改造计划。",
                "省住建厅",
                "长期坚持",
            ],
        ],
    )
    _repeat_header_row(second)
    return _save(document)


def _luxi_patrol_rectification_plan() -> bytes:
    """泸西县 (云南 红河州) 巡察整改: the county's “四看四推动” 督促检查 (整改督促检查单位30个,
    “复诊”问题417个, as the 州纪委 reported in 2019) over a 被巡察单位's 整改方案. The unit
    (县卫生健康局党组), its problems, leaders, 股室 and limits are ours: aspects as rows spanning
    the table, the 责任领导 merged down, measures as （1）（2） paragraphs in one cell, an 整改类型
    column and an empty 备注 column."""
    document = docx.Document()
    for line in (
        "中共泸西县卫生健康局党组关于县委第二巡察组巡察反馈意见的整改方案",
        "根据县委第二巡察组反馈意见，为切实抓好巡察整改，结合工作实际，制定本方案。",
        "一、成立整改工作领导小组",
        "党组书记任组长，班子成员任副组长，各股室负责人为成员，领导小组办公室设在局办公室。",
        "二、整改措施",
        "对照反馈问题，逐条制定整改措施，明确责任领导、责任股室和整改时限，建立问题清单、任务清单、责任清单，"
        "实行对账销号。",
        "三、工作要求",
        "整改期间每月向县委巡察办报送整改进展，整改完成后两个月内报送整改情况报告。",
        "附件：县委第二巡察组反馈问题整改任务清单",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件", "县委第二巡察组反馈问题整改任务清单"])
    header = ["序号", "反馈问题", "整改措施", "责任领导", "责任股室", "整改时限", "整改类型", "备注"]
    rows = [
        "一、落实党的路线方针政策和县委决策部署方面",
        [
            "1",
            "学习贯彻上级决策部署不及时，党组会议研究卫生健康重点工作不够。",
            "",
            "党组书记、局长",
            "局办公室",
            "立行立改",
            "立行立改",
            "",
        ],
        [
            "2",
            "基层医疗卫生机构服务能力提升项目推进缓慢。",
            "",
            "",
            "医政医管股",
            "2019年12月31日前",
            "限期整改",
            "",
        ],
        "二、落实全面从严治党责任方面",
        [
            "3",
            "对所属医疗机构监督检查不够，药品耗材采购管理不规范。",
            "",
            "党组成员、副局长",
            "规划财务股、医政医管股",
            "2020年3月31日前",
            "限期整改",
            "",
        ],
    ]
    table = _ruled_table(document, header, rows)
    measures = {
        2: [
            "（1）建立党组会议“第一议题”学习制度；",
            "（2）每季度至少召开一次党组会议专题研究卫生健康重点工作。",
        ],
        3: [
            "（1）制定项目推进计划，倒排工期；",
            "（2）每月调度项目进展；",
            "（3）对进度滞后的乡镇卫生院约谈。",
        ],
        5: ["（1）开展药品耗材采购专项检查；", "（2）完善采购内控制度。"],
    }
    for row, lines in measures.items():
        _cell_paragraphs(table.cell(row, 2), lines)
    _merge_down(table, 3, 2, 3)
    return _save(document)


def _xinfeng_farmland_outflow_plan() -> bytes:
    """信丰县 (江西 赣州) 耕地流出整改 (2024-12-20 调度例会: 副县长 at the 县自然资源局; 持续加大人员机械力量,
    挂图作战、倒排工期; 县自然资源局全体班子成员带领股室吃住在镇村; 县政府督查室加强督查): the 整改工作方案
    with its 整改任务清单 attached (乡镇 as a column, measures numbered 1. 2. as lines of one paragraph,
    the limit merged down over all rows) and a 联络员 table after it. Towns real, rows ours."""
    document = docx.Document()
    for line in (
        "信丰县耕地流出问题整改工作方案",
        "为加快推进耕地流出问题整改，坚决守住耕地保护红线，结合我县实际，制定本方案。",
        "一、工作目标",
        "全面完成耕地流出问题图斑整改，恢复耕地种植条件，确保整改图斑通过省、市核查。",
        "二、工作措施",
        "（一）加大力度。持续加大人员机械力量投入，加速整改。",
        "（二）强化措施。挂图作战、倒排工期，攻坚克难，快速整改。",
        "（三）细化指导。县自然资源局全体班子成员带领股室吃住在镇村，加强技术指导。",
        "（四）加强督查。县政府督查室对落后乡镇重点督查，及时形成督查专报。",
        "附件：1.信丰县耕地流出问题整改任务清单",
        "2.各乡镇整改联络员名单",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件1", "信丰县耕地流出问题整改任务清单"])
    header = ["序号", "乡镇", "问题情况", "整改措施", "责任单位", "配合单位", "完成时限"]
    rows = [
        [
            "1",
            "大塘埠镇",
            "耕地流出为林地、园地图斑46个，面积312亩，已整改18个。",
            "1.清除林木、果树，平整土地；\n2.完善灌排设施，种植农作物。",
            "大塘埠镇人民政府",
            "县自然资源局、县农业农村局",
            "2025年2月底前",
        ],
        [
            "2",
            "古陂镇",
            "耕地流出为坑塘水面图斑21个，面积138亩。",
            "1.排干坑塘，回填整平；\n2.恢复耕作层。",
            "古陂镇人民政府",
            "县自然资源局、县水利局",
            "",
        ],
        [
            "3",
            "安西镇",
            "耕地流出为设施农用地图斑9个，面积37亩，未办理备案。",
            "1.依法补办设施农业用地备案；\n2.不符合备案条件的拆除复耕。",
            "安西镇人民政府",
            "县自然资源局",
            "",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _merge_down(table, 6, 1, 3)
    document.add_paragraph("附件2")
    document.add_paragraph("各乡镇整改联络员名单")
    _ruled_table(
        document,
        ["乡镇", "联络员", "职务", "联系电话"],
        [
            ["大塘埠镇", "刘××", "自然资源所所长", "0797-3××××××"],
            ["古陂镇", "钟××", "自然资源所所长", "0797-3××××××"],
        ],
    )
    return _save(document)


def _fengqing_petition_plan_doc() -> bytes:
    """凤庆县 (云南 临沧) 中央环保督察“回头看” 信访举报件 整改 (2018: 信访举报件9件次全部办结, 监察建议书8份,
    谈话提醒12人; 每一个信访件明确一名责任领导, 组建一个工作专班, 制定一个整改方案; 建立问题台帐,
    明确责任、整改措施、整改期限; 群众不满意的不销号): the plan's 信访件整改任务清单 as the county office
    keeps it, the 责任县领导 merged down, measures numbered in one cell, an 整改情况 column; the old
    .doc, converted by LibreOffice. Three of the nine cases, written by us."""
    from tests.plan_layouts import _convert

    document = docx.Document()
    for line in (
        "凤庆县中央环境保护督察“回头看”转办信访件整改方案",
        "为严查快处中央环境保护督察“回头看”转办信访件，切实扛起生态文明建设政治责任，制定本方案。",
        "一、压实责任",
        "由县委、县政府主要领导负总责，班子成员牵头包案，各部门具体抓落实；每一个信访件明确一名责任领导，"
        "组建一个工作专班，制定一个整改方案，一抓到底。",
        "二、查处整改",
        "建立问题台帐，明确责任、整改措施、整改期限，做到问题不解决的不放过，群众不满意的不销号。",
        "三、反馈报告",
        "按照“一案一总结”“一案一分析”“一案一整改”的要求，按规定时间和格式逐级上报、存档。",
        "附件：凤庆县中央环境保护督察“回头看”转办信访件整改任务清单",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件", "凤庆县中央环境保护督察“回头看”转办信访件整改任务清单"])
    header = ["序号", "反映问题", "整改措施", "责任县领导", "责任单位", "整改时限", "整改情况"]
    rows = [
        [
            "1",
            "凤山镇一家茶叶加工厂燃煤烘干，烟尘影响周边居民。",
            "1.责令停止使用燃煤烘干设备；\n2.改用电能烘干；\n3.对周边开展回访。",
            "县政府分管副县长",
            "凤山镇人民政府、市生态环境局凤庆分局",
            "2018年7月31日前",
            "已办结",
        ],
        [
            "2",
            "勐佑镇一家养殖场粪污直排河道。",
            "1.封堵直排口；\n2.建设粪污收集池。",
            "",
            "勐佑镇人民政府、县畜牧兽医局",
            "2018年8月31日前",
            "已办结",
        ],
        [
            "3",
            "洛党镇一处采石场无序开采，扬尘和噪声扰民。",
            "1.责令停产整改；\n2.落实洒水降尘措施；\n3.完成矿山生态修复方案编制。",
            "县政府分管副县长",
            "洛党镇人民政府、县自然资源局",
            "2018年12月31日前",
            "正在整改",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _merge_down(table, 3, 1, 2)
    # Word always keeps a paragraph mark after a table (see _xuzhou_task_list_doc).
    document.add_paragraph("")
    return _convert(_save(document), ".docx", "doc")


DOCUMENTS["wangcang_2024_land_inspection_plan_docx"] = (
    "自然资源督察暨违法用地反馈问题整改方案.docx",
    _wangcang_land_inspection_plan,
)
DOCUMENTS["changxing_2021_safety_rectification_plan_docx"] = (
    "安全生产排查问题整改工作方案.docx",
    _changxing_safety_rectification_plan,
)
DOCUMENTS["shanxi_2020_safety_inspection_plan_docx"] = (
    "安全生产专项督查反馈问题整改工作方案.docx",
    _shanxi_safety_inspection_plan,
)
DOCUMENTS["luxi_2019_patrol_rectification_plan_docx"] = (
    "巡察反馈意见整改方案.docx",
    _luxi_patrol_rectification_plan,
)
DOCUMENTS["xinfeng_2024_farmland_outflow_plan_docx"] = (
    "耕地流出问题整改工作方案.docx",
    _xinfeng_farmland_outflow_plan,
)
DOCUMENTS["fengqing_2018_petition_plan_doc"] = ("转办信访件整改方案.doc", _fengqing_petition_plan_doc)

# The forty-eighth blind set, for the figure recorded in docs/decisions.md (“Blind set 48”).
BLIND_48 = (
    "wangcang_2024_land_inspection_plan_docx",
    "changxing_2021_safety_rectification_plan_docx",
    "shanxi_2020_safety_inspection_plan_docx",
    "luxi_2019_patrol_rectification_plan_docx",
    "xinfeng_2024_farmland_outflow_plan_docx",
    "fengqing_2018_petition_plan_doc",
)
BLIND_SETS[48] = BLIND_48


# --- blind set 55 (issue 14, branch corpus-blind55) -----------------------------------------------
# Spreadsheets, third round: rectification ledgers, 台账 and 进度表 as offices keep them in Excel — a
# 汇总 sheet before the ledgers, one sheet per project, unit or month, title rows above the header, a
# header over two rows, wide month columns, 合计 and 注 rows, merged group and unit cells, a frozen
# header, hidden columns, numbers stored as text, dates as date cells, bare serials and text, .xls and
# .xlsx. Places and counts as published (SOURCES.md “Blind set 55”); the rows are ours.


def _serial(year: int, month: int, day: int) -> int:
    """The number Excel stores for a date (what a column pasted as values shows)."""
    import datetime

    return (datetime.date(year, month, day) - datetime.date(1899, 12, 30)).days


def _chaoyang_audit_ledger_xlsx() -> bytes:
    """汕头市潮阳区 2022年度区本级预算执行和其他财政收支审计 (报告 2023-09-28: 19个审计项目, 查出问题330项,
    违规金额2377.2万元; 延伸抽查区农业农村局、区城管局、区贵屿循环经济产业园区、铜盂镇、海门镇) as the
    审计整改台账 workbook: a 汇总 sheet first (one row per 审计项目 with counts, 合计), then one sheet per
    project with two title rows, a frozen header, 问题类别 merged down, 序号 and 金额 stored as text,
    整改期限 as a date cell, text and 长期坚持, 整改状态 已整改 / 部分整改 / 未整改, a 合计 and a 注 row."""
    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["潮阳区2022年度审计查出问题整改情况汇总表"])
    summary.merge_cells("A1:G1")
    summary.append(["序号", "审计项目", "问题数（个）", "已整改", "部分整改", "未整改", "备注"])
    summary.append(["1", "区本级财政管理及决算草案审计", "2", "1", "1", "0", None])
    summary.append(["2", "区城管局部门预算执行审计", "2", "1", "0", "1", "延伸抽查"])
    summary.append(["合计", None, "4", "2", "1", "1", None])
    header = [
        "序号",
        "问题类别",
        "审计查出问题",
        "涉及金额（万元）",
        "整改措施",
        "整改责任单位",
        "整改期限",
        "整改情况",
        "整改状态",
    ]
    projects = (
        (
            "财政管理",
            "区本级财政管理及决算草案审计查出问题整改台账",
            "被审计单位：潮阳区财政局　　审计报告：潮审报〔2023〕5号",
            [
                [
                    "1",
                    "预算执行",
                    "部分专项资金未及时分配下达，滞留在区级财政。",
                    "1,286.40",
                    "1.梳理滞留专项资金清单；\n2.按资金用途限时分配下达；\n3.建立专项资金分配进度通报机制。",
                    "区财政局",
                    _serial(2023, 12, 31),
                    "已分配下达1,106.40万元，其余180万元待项目确定后下达。",
                    "部分整改",
                ],
                [
                    "2",
                    None,
                    "区贵屿循环经济产业园区部分往来款长期挂账未清理。",
                    "342.75",
                    "1.逐笔核实挂账往来款；\n2.按规定清理收回或核销。",
                    "区贵屿循环经济产业园区管委会",
                    "2023年11月30日前",
                    "已全部清理完毕。",
                    "已整改",
                ],
            ],
        ),
        (
            "城管局",
            "区城管局部门预算执行审计查出问题整改台账",
            "被审计单位：潮阳区城市管理和综合执法局　　审计报告：潮审报〔2023〕9号",
            [
                [
                    "1",
                    "政府采购",
                    "环卫保洁服务采购未按规定公开招标。",
                    "618.00",
                    "1.修订内部采购管理制度；\n2.新一期环卫保洁服务依法公开招标。",
                    "区城管局",
                    "长期坚持",
                    "已修订采购管理制度，新一期招标文件正在编制。",
                    "未整改",
                ],
                [
                    "2",
                    "资产管理",
                    "铜盂镇、海门镇部分环卫车辆未登记入账。",
                    "129.80",
                    "督促两镇将环卫车辆登记入账。",
                    "铜盂镇人民政府、海门镇人民政府",
                    _serial(2023, 10, 31),
                    "两镇已将环卫车辆全部登记入账。",
                    "已整改",
                ],
            ],
        ),
    )
    for name, title, subtitle, rows in projects:
        sheet = book.create_sheet(name)
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        sheet.append([subtitle])
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for r in range(4, sheet.max_row + 1):
            if isinstance(sheet.cell(row=r, column=7).value, int):
                sheet.cell(row=r, column=7).number_format = "yyyy/m/d"
        if rows[1][1] is None:
            sheet.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
        sheet.freeze_panes = "A4"
        total = sum(float(row[3].replace(",", "")) for row in rows)
        sheet.append(["合计", None, f"{len(rows)}个问题", f"{total:,.2f}"])
        sheet.append(["注：整改状态分为“已整改”“部分整改”“未整改”三类，涉及金额以审计报告为准。"])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header)
        )
    return _book_bytes(book)


def _guannan_project_progress_xlsx() -> bytes:
    """灌南县 (江苏 连云港) 2017: 县督查办 and 县双创办 on the 县领导第一、二、三批挂钩重点工程项目 (62个:
    建设工程23个、产业项目14个、工作事项9个、双城同创项目16个; 责任单位41个; 年计划投资85.7亿元, 1-4月
    累计17.3亿元; 建设工程5个未达计划进度) as the wide progress table of the projects behind schedule: a
    title and a 截至 row, a header over two rows with one column per month (1月 … 4月 进展), group rows
    by 类别 merged across, the 挂钩县领导 a person, investment stored as text, 是否达到计划进度 否."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "未达序时项目"
    upper = [
        "序号",
        "项目名称",
        "挂钩县领导",
        "责任单位",
        "年计划投资（亿元）",
        "1-4月进展情况",
        None,
        None,
        None,
        "是否达到计划进度",
        "存在问题",
        "整改措施",
        "整改时限",
    ]
    lower = [None] * 5 + ["1月", "2月", "3月", "4月", None, None, None, None]
    sheet.append(["全县1-4月份县领导挂钩重点工程项目未达计划进度项目督查情况表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
    sheet.append(["截至2017年4月30日", None, None, None, None, None, None, None, None, None, "单位：亿元"])
    _merged_header(sheet, 3, upper, lower)
    rows = [
        "一、建设工程",
        [
            "1",
            "城东污水处理厂二期工程",
            "王某",
            "县住建局",
            "1.2",
            "完成施工图设计",
            "办理施工许可",
            "场地平整",
            "未开工",
            "否",
            "征地拆迁未完成，施工单位无法进场。",
            "1.县征收办5月15日前完成剩余3户拆迁；\n2.施工单位同步做好进场准备。",
            "2017年5月底前",
        ],
        [
            "2",
            "新城区学校建设项目",
            "李某",
            "县教育局、县城投公司",
            "0.8",
            "招标完成",
            "桩基施工",
            "桩基施工",
            "主体施工至一层",
            "否",
            "施工人员不足，形象进度滞后。",
            "1.督促施工单位增加作业人员；\n2.实行周调度；\n3.倒排工期确保8月底主体封顶。",
            "2017.8.31",
        ],
        "二、产业项目",
        [
            "3",
            "开发区食品产业园标准厂房",
            "陈某",
            "县经济开发区管委会",
            "2.5",
            "规划审批",
            "规划审批",
            "土地挂牌",
            "土地挂牌",
            "否",
            "项目用地指标未落实。",
            "县国土局积极争取用地指标，加快土地挂牌出让。",
            "2017年6月30日",
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(upper)
            )
        else:
            sheet.append(row)
    sheet.freeze_panes = "C5"
    sheet.append(
        ["注：“是否达到计划进度”以年初确定的序时进度为准；挂钩县领导负责协调解决项目推进中的重大问题。"]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(upper))
    return _book_bytes(book)


def _panan_hazard_listing_xls() -> bytes:
    """磐安县 (浙江 金华) 2008: 安全生产百日督查 and 隐患排查治理年 (磐政〔2008〕59号, 磐政办〔2008〕14号):
    县政府挂牌整治 重大安全隐患单位 — 县龙腾聚醚制品厂 and 县日升合金有限公司 (市级第五批工矿及商贸企业
    重大事故隐患单位), 县西坑畈砖瓦厂 (市级用电安全整治单位); 县安监、经贸、国土、公安、交通、建设、质监
    follow the work, the 乡镇 supervise, 县府办 checks and accepts. The attached 名单及整改要求 as an old
    .xls (xlwt): an 附件 line and a title, group rows 一、市级挂牌 / 二、县级挂牌, 序号 as text, the
    乡镇 merged down, a hidden 联系电话 column, text dates, a 注 row."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("挂牌整治名单")
    wrapped = xlwt.easyxf("align: wrap on, vert centre")
    header = [
        "序号",
        "隐患单位",
        "所在乡镇",
        "联系电话",
        "隐患内容",
        "整改措施",
        "整改期限",
        "督促整改责任部门",
        "配合部门",
        "验收单位",
    ]
    width = len(header)
    sheet.write(0, 0, "附件")
    sheet.write_merge(1, 1, 0, width - 1, "磐安县重大安全隐患单位挂牌整治名单及整改要求")
    for k, value in enumerate(header):
        sheet.write(2, k, value)
    rows = [
        "一、市级挂牌单位",
        [
            "1",
            "磐安县龙腾聚醚制品厂",
            None,
            "0579-84xxxxx",
            "生产车间与仓库未按规定分隔，易燃原料堆放超量。",
            "1.设置防火分隔；\n2.清理超量原料，按设计储量存放；\n3.完善车间可燃气体报警装置。",
            "2008年7月31日前",
            "县安监局",
            "县经贸局、县公安消防大队",
            "县政府办公室",
        ],
        [
            "2",
            "磐安县日升合金有限公司",
            None,
            "0579-84xxxxx",
            "熔炼炉冷却水系统无备用电源，除尘设施未正常运行。",
            "1.配置冷却系统备用电源；\n2.修复除尘设施并建立运行记录。",
            "2008.8.15",
            "县安监局",
            "县质监局",
            "县政府办公室",
        ],
        [
            "3",
            "磐安县西坑畈砖瓦厂",
            "尖山镇",
            "0579-84xxxxx",
            "厂区供电线路私拉乱接，配电设施老化。",
            "1.按规范重新敷设供电线路；\n2.更换老化配电设施。",
            "2008.6.30",
            "县经贸局",
            "尖山镇人民政府、县供电局",
            "县政府办公室",
        ],
        "二、县级挂牌单位",
        [
            "4",
            "磐安县某石料场",
            "安文镇",
            "0579-84xxxxx",
            "采石场未按台阶式开采，边坡存在坍塌危险。",
            "1.立即停止开采；\n2.按台阶式开采设计削坡整治。",
            "立即整改",
            "县国土资源局",
            "安文镇人民政府",
            "县政府办公室",
        ],
    ]
    r = 3
    for row in rows:
        if isinstance(row, str):
            sheet.write_merge(r, r, 0, width - 1, row)
        else:
            for k, value in enumerate(row):
                if value is not None:
                    sheet.write(r, k, value, wrapped)
        r += 1
    sheet.write_merge(4, 5, 2, 2, "工业园区", wrapped)
    sheet.col(3).hidden = True
    sheet.write_merge(
        r,
        r,
        0,
        width - 1,
        "注：各挂牌单位整改完成后向所在乡镇和督促整改责任部门提出验收申请，由县政府办公室组织验收。",
    )
    return _book_bytes(book)


def _shengao_food_safety_ledger_xls() -> bytes:
    """姜堰区沈高镇 (江苏 泰州) before the Spring Festival: 镇食安办 with 市场管理局城北分局, the 镇农产品质量
    安全监管站 and the villages' 食品安全协管员 checked the 16个行政村（居委会）'s 农贸市场、超市、饭店、种养
    基地 and 小作坊 — 服务许可证过期, 索票索证不全, 到期食品未下架; 整改通知书, 限期整改, 协管员跟踪督查
    (the stored copy has no year: 2022 is ours). The 整改台账 as an .xls (xlwt): one sheet per kind of
    place, the 村（居） merged down, 责任人 a person, 整改期限 as date cells and as bare serials, 整改结果
    已整改 / 整改中, a 小计 row on each sheet."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    header = [
        "序号",
        "村（居）",
        "检查对象",
        "存在问题",
        "整改措施",
        "整改期限",
        "责任单位",
        "责任人",
        "跟踪督查人",
        "整改结果",
    ]
    sheets = (
        (
            "超市门店",
            [
                (
                    "沈高村",
                    [
                        [
                            "1",
                            "沈高某超市",
                            "部分预包装食品超过保质期未下架。",
                            "1.立即下架销毁过期食品；\n2.建立临期食品检查记录。",
                            ("date", 2022, 1, 20),
                            "市场监督管理局城北分局",
                            "周某（店主）",
                            "沈高村协管员",
                            "已整改",
                        ],
                        [
                            "2",
                            "沈高某便利店",
                            "进货查验记录不全，索票索证缺失。",
                            "1.补齐供货商资质和票据；\n2.建立进货查验台账。",
                            ("serial", 2022, 1, 25),
                            "市场监督管理局城北分局",
                            "钱某（店主）",
                            "沈高村协管员",
                            "整改中",
                        ],
                    ],
                ),
                (
                    "河横村",
                    [
                        [
                            "3",
                            "河横村某小卖部",
                            "食品经营许可证过期未延续。",
                            "责令停止经营，依法办理许可延续。",
                            ("serial", 2022, 1, 28),
                            "市场监督管理局城北分局",
                            "孙某（店主）",
                            "河横村协管员",
                            "已整改",
                        ],
                    ],
                ),
            ],
        ),
        (
            "种养基地",
            [
                (
                    "夏朱村",
                    [
                        [
                            "1",
                            "夏朱村蔬菜种植基地",
                            "农药使用记录不规范，安全间隔期记录缺失。",
                            "1.规范填写农药使用记录；\n2.上市前开展农残快检。",
                            ("date", 2022, 1, 25),
                            "镇农产品质量安全监管站",
                            "吴某（基地负责人）",
                            "夏朱村协管员",
                            "已整改",
                        ],
                    ],
                ),
            ],
        ),
    )
    for name, villages in sheets:
        sheet = book.add_sheet(name)
        sheet.write_merge(0, 0, 0, len(header) - 1, f"沈高镇春节前食品安全专项整治检查问题整改台账（{name}）")
        for k, value in enumerate(header):
            sheet.write(1, k, value)
        r = 2
        count = 0
        for village, rows in villages:
            first = r
            for row in rows:
                sheet.write(r, 0, row[0])
                for k, value in enumerate(row[1:], start=2):
                    if isinstance(value, tuple):
                        kind, year, month, day = value
                        if kind == "date":
                            import datetime

                            sheet.write(r, k, datetime.datetime(year, month, day), dated)
                        else:
                            sheet.write(r, k, _serial(year, month, day))
                    else:
                        sheet.write(r, k, value)
                r += 1
                count += 1
            sheet.write_merge(first, r - 1, 1, 1, village)
        sheet.write(r, 0, "小计")
        sheet.write(r, 3, f"共{count}个问题")
    return _book_bytes(book)


def _guinan_project_supervision_xlsx() -> bytes:
    """贵南县 (青海 海南州) 2019: 县政府办、发改、统计 督导检查 the projects' 开复工 in 六乡镇 — 承诺3月份
    开复工36项 (续建29项、新建7项), 已开复工26项 (72.2%), 未开复工10项 (续建8项、新建2项); 一季度固定资产
    投资3572万元 (+26.7%). The 督导发现问题整改台账 as a workbook: a title and a 截至 row, a hidden
    项目编码 column, 建设性质 and 实施乡镇 columns (no units), 整改时限 as bare serials pasted as values
    and as text without a year, a frozen header and a 合计 line at the bottom."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "督导问题台账"
    header = [
        "序号",
        "项目编码",
        "项目名称",
        "建设性质",
        "实施乡镇",
        "存在问题",
        "整改措施",
        "责任单位",
        "整改时限",
        "整改情况",
    ]
    sheet.append(["贵南县2019年项目开复工督导检查发现问题整改台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(["截至2019年3月31日", None, None, None, None, None, None, None, "填报单位：县发展和改革局"])
    sheet.append(header)
    for row in (
        [
            "1",
            "2019-632525-48-01-0012",
            "茫曲镇农牧民居住条件改善工程",
            "续建",
            "茫曲镇",
            "施工队伍未返场，现场未复工。",
            "1.督促施工单位组织人员返场；\n2.落实复工安全检查。",
            "县住房和城乡建设局",
            _serial(2019, 4, 15),
            "已复工",
        ],
        [
            "2",
            "2019-632525-51-01-0027",
            "森多镇草原生态保护建设项目",
            "新建",
            "森多镇",
            "项目初步设计未批复，未办理开工手续。",
            "1.加快初步设计审查；\n2.同步办理用地和环评手续。",
            "县林业和草原局",
            _serial(2019, 5, 31),
            "正在办理",
        ],
        [
            "3",
            "2019-632525-78-01-0031",
            "过马营镇农村人居环境整治项目",
            "续建",
            "过马营镇",
            "资金未及时拨付，施工单位垫资困难。",
            "县财政局按工程进度及时拨付资金。",
            "县财政局、县农业农村局",
            "4月底前",
            "已拨付首笔资金",
        ],
    ):
        sheet.append(row)
    sheet.column_dimensions["B"].hidden = True
    sheet.freeze_panes = "A4"
    sheet.append(["合计：承诺3月份开复工36项，已开复工26项，未开复工10项。"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header))
    return _book_bytes(book)


def _aheqi_river_patrol_ledger_xlsx() -> bytes:
    """阿合奇县 (新疆 克孜勒苏) 河湖长 巡河 (县水利局 2022-06-14 巡河要求: 县、乡、村级河长巡河不少于30
    分钟, 乡级、村级不少于2公里; 乡级河湖长3月至12月每月至少1次, 村级每周至少1次). The 巡河发现问题整改
    台账 as a workbook with one sheet per month (5月, 6月), a frozen header, 河湖长 a person, 巡河时间
    and 整改时限 as date cells, 是否销号 是/否, a blank spacer row and a 本月合计 row."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    header = [
        "序号",
        "河湖名称",
        "河湖长",
        "巡河时间",
        "发现问题",
        "整改措施",
        "责任单位",
        "整改时限",
        "整改情况",
        "是否销号",
    ]
    months = (
        (
            "2022年5月",
            [
                [
                    1,
                    "托什干河（库兰萨日克乡段）",
                    "阿某（乡长）",
                    datetime.datetime(2022, 5, 9),
                    "河道左岸堆放建筑垃圾约20立方米。",
                    "1.责令堆放人清运建筑垃圾；\n2.设置禁止倾倒警示牌。",
                    "库兰萨日克乡人民政府",
                    datetime.datetime(2022, 5, 20),
                    "已清运完毕。",
                    "是",
                ],
                [
                    2,
                    "托什干河（阿合奇镇段）",
                    "马某（镇长）",
                    datetime.datetime(2022, 5, 16),
                    "河道管理范围内有一处临时砂石堆场。",
                    "1.责令限期清除堆场；\n2.县水利局加强执法巡查。",
                    "阿合奇镇人民政府",
                    datetime.datetime(2022, 6, 15),
                    "已清除约一半。",
                    "否",
                ],
            ],
        ),
        (
            "2022年6月",
            [
                [
                    1,
                    "哈拉奇河",
                    "吐某（乡长）",
                    datetime.datetime(2022, 6, 7),
                    "村庄段河道漂浮生活垃圾。",
                    "落实村级保洁员每日清理，纳入村规民约。",
                    "哈拉奇乡人民政府",
                    "立行立改",
                    "已清理，保洁员每日巡查。",
                    "是",
                ],
            ],
        ),
    )
    for name, rows in months:
        sheet = book.create_sheet(name)
        sheet.append([f"阿合奇县河湖长巡河发现问题整改台账（{name}）"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        sheet.append(header)
        for row in rows:
            sheet.append(row)
            for column in (4, 8):
                cell = sheet.cell(row=sheet.max_row, column=column)
                if isinstance(cell.value, datetime.datetime):
                    cell.number_format = "yyyy年m月d日"
        sheet.freeze_panes = "A3"
        sheet.append([])
        done = sum(1 for row in rows if row[-1] == "是")
        sheet.append(
            ["本月合计", None, None, None, f"发现问题{len(rows)}个", None, None, None, f"已销号{done}个"]
        )
    return _book_bytes(book)


def _kunming_district_inspection_progress_xlsx() -> bytes:
    """昆明市 a district's 十二届区委第二轮巡察 (2021-11-08 至 12-20; 常规巡察 区民政局、区农业农村局、
    区科信局、区政务服务管理局, 专项巡察 区教育体育局直属32家事业单位, 涉粮 区发改局、区粮油储备购销公司;
    2022-01-27 反馈; 2023-01-17 区委常委会 heard the report: 反馈问题697个, 完成整改688个, 基本完成4个,
    未完成5个, 完成率98.71%; the stored page does not name the district). The 整改进展台账 as a workbook:
    a 汇总 sheet (one row per 被巡察党组织, 合计 697 / 688 / 4 / 5) first, then one sheet per 党组织 with
    the 反馈问题 grouped under 类别 rows, 整改责任 over 责任领导 / 责任科室, 整改状态 已完成 / 基本完成 /
    未完成, 序号 stored as text."""
    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["十二届区委第二轮巡察反馈问题整改进展汇总表"])
    summary.merge_cells("A1:F1")
    summary.append(["序号", "被巡察党组织", "反馈问题数", "已完成", "基本完成", "未完成"])
    summary.append(["1", "区民政局党组", "21", "20", "1", "0"])
    summary.append(["2", "区农业农村局党组", "26", "25", "0", "1"])
    summary.append(["…", "…", None, None, None, None])
    summary.append(["合计", None, "697", "688", "4", "5"])
    summary.append(["注：完成率98.71%（含基本完成）。"])
    upper = ["序号", "反馈问题", "整改措施", "整改责任", None, "整改时限", "整改状态"]
    lower = [None, None, None, "责任领导", "责任科室", None, None]
    units = (
        (
            "区民政局",
            [
                "一、贯彻落实党的路线方针政策和上级决策部署方面",
                [
                    "1",
                    "困难群众救助政策落实不精准，个别不符合条件人员仍享受低保。",
                    "1.开展低保对象全面复核；\n2.对不符合条件的依规停保；\n3.建立季度动态调整机制。",
                    "李某（副局长）",
                    "社会救助科",
                    "2022年4月30日",
                    "已完成",
                ],
                "二、落实全面从严治党战略部署方面",
                [
                    "2",
                    "养老服务机构运营补贴审核把关不严。",
                    "1.修订运营补贴审核办法；\n2.对已拨付补贴开展抽查。",
                    "王某（副局长）",
                    "养老服务科",
                    "2022年6月底前",
                    "基本完成",
                ],
            ],
        ),
        (
            "区农业农村局",
            [
                "一、贯彻落实党的路线方针政策和上级决策部署方面",
                [
                    "1",
                    "高标准农田建设项目管护责任未落实。",
                    "1.明确项目管护主体；\n2.落实管护经费。",
                    "张某（副局长）",
                    "农田建设管理科",
                    "长期坚持",
                    "未完成",
                ],
            ],
        ),
    )
    for name, rows in units:
        sheet = book.create_sheet(name)
        sheet.append([f"{name}党组落实区委巡察反馈意见整改进展台账"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
        _merged_header(sheet, 2, upper, lower)
        for row in rows:
            if isinstance(row, str):
                sheet.append([row])
                sheet.merge_cells(
                    start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(upper)
                )
            else:
                sheet.append(row)
        sheet.freeze_panes = "A4"
    return _book_bytes(book)


for _name, _filename, _build in (
    ("chaoyang_2023_audit_ledger_xlsx", "审计查出问题整改台账.xlsx", _chaoyang_audit_ledger_xlsx),
    ("guannan_2017_project_progress_xlsx", "重点工程项目1-4月推进情况.xlsx", _guannan_project_progress_xlsx),
    ("panan_2008_hazard_listing_xls", "重大安全隐患单位挂牌整治名单.xls", _panan_hazard_listing_xls),
    (
        "shengao_2022_food_safety_ledger_xls",
        "食品安全专项整治问题整改台账.xls",
        _shengao_food_safety_ledger_xls,
    ),
    (
        "guinan_2019_project_supervision_xlsx",
        "项目开复工督导问题整改台账.xlsx",
        _guinan_project_supervision_xlsx,
    ),
    ("aheqi_2022_river_patrol_ledger_xlsx", "巡河发现问题整改台账.xlsx", _aheqi_river_patrol_ledger_xlsx),
    (
        "kunming_2022_district_inspection_progress_xlsx",
        "巡察反馈问题整改进展台账.xlsx",
        _kunming_district_inspection_progress_xlsx,
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The fifty-fifth blind set, for the figure recorded in docs/decisions.md (“Blind set 55”).
BLIND_55 = (
    "chaoyang_2023_audit_ledger_xlsx",
    "guannan_2017_project_progress_xlsx",
    "panan_2008_hazard_listing_xls",
    "shengao_2022_food_safety_ledger_xls",
    "guinan_2019_project_supervision_xlsx",
    "aheqi_2022_river_patrol_ledger_xlsx",
    "kunming_2022_district_inspection_progress_xlsx",
)
BLIND_SETS[55] = BLIND_55


# --- blind set 57 (issue 14, branch corpus-blind57) -----------------------------------------------
# Per-problem documents: 一问题一方案, 信访件办理情况 / 交办件办理结果公示, 销号申请表, 整改销号报告, each
# finding a labelled form (two or four cells wide, one table a case) or a short labelled block, one or
# several in a file, in Word, PDF and text copied from a web page. Written with their expected JSON
# BEFORE the reader was run on them; sources in SOURCES.md (“Blind set 57”).


def _case_tables(document, cases: list[list[tuple[str, ...]]], headings=()) -> None:
    """One four-cell-wide form per case: a row of two label | value pairs, or one label whose
    value spans the other three cells; an optional heading paragraph above each form."""
    for k, rows in enumerate(cases):
        if headings:
            document.add_paragraph(headings[k])
        _four_cell_rows(document.add_table(rows=0, cols=4), rows)
        document.add_paragraph("")


def _zaozhuang_batch25_docx() -> bytes:
    """枣庄市 (山东) 中央第二生态环境保护督察组 第二十五批 信访件 (2021-09-20: 8件, 来电3 来信5; 滕州市4
    薛城区3 峄城区1) as the Word 办理情况 a city office publishes, one four-cell form per case; the
    three cases, their codes, findings, units and results are ours."""
    document = docx.Document()
    for line in (
        "枣庄市中央第二生态环境保护督察组转办第二十五批信访件办理情况",
        "2021年9月20日，中央第二生态环境保护督察组向我市转办第二十五批信访件8件，其中来电3件、来信5件，"
        "涉及滕州市4件、薛城区3件、峄城区1件。现将部分信访件办理情况公开如下：",
    ):
        document.add_paragraph(line)
    _case_tables(
        document,
        [
            [
                ("序号", "1", "交办编号", "D2SD202109200003"),
                ("行政区域", "滕州市", "污染类型", "大气、噪声"),
                ("反映问题", "滕州市龙阳镇一家石料加工厂夜间生产，粉尘和噪声扰民。"),
                (
                    "调查核实情况",
                    "经现场核查，该石料加工厂未建设全封闭厂房，破碎工序夜间生产，群众反映问题属实。",
                ),
                ("是否属实", "属实"),
                (
                    "处理和整改情况",
                    "市生态环境局滕州分局对该厂立案调查；企业已停止夜间生产，完成破碎工序全封闭改造，"
                    "安装喷淋降尘设施。",
                ),
                ("责任单位", "滕州市人民政府", "办理结果", "已办结"),
                ("问责情况", "无"),
            ],
            [
                ("序号", "2", "交办编号", "X2SD202109200017"),
                ("行政区域", "薛城区", "污染类型", "水"),
                ("反映问题", "薛城区常庄街道一处养殖场粪污直排小沙河。"),
                (
                    "调查核实情况",
                    "经现场核查，养殖场粪污收集池容量不足，雨天存在溢流，群众反映问题部分属实。",
                ),
                ("是否属实", "部分属实"),
                ("处理和整改情况", "养殖场已清运溢流粪污，正在扩建收集池和建设雨污分流设施。"),
                ("责任单位", "薛城区人民政府", "整改时限", "2021年12月31日前"),
                ("配合单位", "区农业农村局、常庄街道办事处", "办理结果", "阶段性办结"),
                ("问责情况", "无"),
            ],
            [
                ("序号", "3", "交办编号", "X2SD202109200021"),
                ("行政区域", "峄城区", "污染类型", "土壤"),
                ("反映问题", "峄城区底阁镇一处废弃砖厂内堆放生活垃圾。"),
                ("调查核实情况", "经现场核查，废弃砖厂取土坑内堆有少量生活垃圾，群众反映问题属实。"),
                ("是否属实", "属实"),
                ("处理和整改情况", "底阁镇已将垃圾全部清运，对取土坑平整覆土并设置警示牌。"),
                ("责任单位", "峄城区人民政府", "办理结果", "已办结"),
                ("问责情况", "对底阁镇分管负责人进行约谈。"),
            ],
        ],
    )
    return _save(document)


def _huoqiu_one_plan_docx() -> bytes:
    """霍邱县 (安徽 六安) 落实《中共霍邱县委关于市委河湖长制专项巡察反馈意见整改方案》的“一问题一方案”,
    as a Word file of two-column forms, one per problem under a 问题N heading: the 畜禽粪污资源化利用整县推进
    项目 (883家 项目场) as on the county's 回头看 page; the other problems, units, targets, measures and
    limits are ours."""
    document = docx.Document()
    for line in (
        "霍邱县市委河湖长制专项巡察反馈问题“一问题一方案”",
        "根据《中共霍邱县委关于市委河湖长制专项巡察反馈意见整改方案》要求，对巡察反馈问题逐项制定整改方案，"
        "明确责任单位、整改措施和整改时限，实行清单化管理、销号式推进。",
    ):
        document.add_paragraph(line)
    problems = [
        (
            "问题一",
            [
                ("问题名称", "部分畜禽粪污资源化利用整县推进项目场粪污处理设施闲置，运行不正常。"),
                ("牵头单位", "县农业农村局"),
                ("配合单位", "县生态环境分局、各乡镇人民政府"),
                ("整改目标", "883家项目场粪污处理设施正常运行，畜禽粪污综合利用率达到80%以上。"),
                (
                    "整改措施",
                    "1.对883家项目场逐场开展“回头看”督查，建立问题清单。\n"
                    "2.对设施闲置、运行不正常的项目场下达整改通知，限期恢复运行。\n"
                    "3.建立项目场粪污处理设施运行台账，实行季度调度。",
                ),
                ("整改时限", "2023年6月30日前"),
            ],
        ),
        (
            "问题二",
            [
                ("问题名称", "城西湖沿岸部分区域存在乱堆乱放现象，“清四乱”常态化不够。"),
                ("牵头单位", "县水利局"),
                ("配合单位", "城关镇人民政府、临淮岗乡人民政府"),
                ("整改目标", "城西湖沿岸“四乱”问题动态清零。"),
                (
                    "整改措施",
                    "1.开展城西湖沿岸“四乱”问题拉网式排查。\n2.清理乱堆乱放点位，建立巡查管护制度。",
                ),
                ("整改时限", "立行立改，长期坚持"),
            ],
        ),
        (
            "问题三",
            [
                ("问题名称", "部分乡镇河长巡河履职不到位，巡河记录不规范。"),
                ("牵头单位", "县河长制办公室"),
                ("配合单位", "各乡镇人民政府"),
                ("整改目标", "乡村两级河长按规定频次巡河，巡河记录完整规范。"),
                (
                    "整改措施",
                    "1.修订河长巡河制度，明确巡河频次和记录要求。\n"
                    "2.每月通报乡镇河长巡河情况。\n"
                    "3.将巡河履职情况纳入年度河长制考核。",
                ),
                ("整改时限", "2023年5月31日前"),
            ],
        ),
    ]
    for heading, rows in problems:
        document.add_paragraph(heading)
        table = document.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    document.add_paragraph("")
    return _save(document)


_XINHUI_RESULTS = """江门市新会区省生态环境保护督察第三批交办件办理情况公示
12月1日，省第二生态环境保护督察组向我市交办第三批环境信访举报案件14件，其中涉及新会区9件（含重点关注案件1件）。现将我区已办结案件的办理情况公示如下：
一、交办编号：GD2023120100105
反映问题：新会区双水镇一家五金厂喷漆废气直排，气味刺鼻。
责任单位：双水镇人民政府
配合单位：江门市新会生态环境局
调查核实情况：经现场核查，该厂喷漆工序废气收集不完全，活性炭未按期更换，反映问题属实。
处理和整改情况：责令企业停止喷漆工序，完成废气收集系统改造并更换活性炭，对其违法行为立案查处。
是否办结：已办结
二、交办编号：GD2023120100112
反映问题：新会区司前镇一处鱼塘养殖尾水直排潭江支流。
责任单位：司前镇人民政府
配合单位：新会区农业农村和水利局
调查核实情况：经现场核查，鱼塘干塘清淤时尾水未经处理排入河涌，反映问题属实。
处理和整改情况：责令养殖户建设尾水沉淀池，尾水经处理后回用，镇政府加强日常巡查。
整改时限：2024年3月31日前
是否办结：阶段性办结
三、交办编号：GD2023120100127
反映问题：新会区会城街道某小区旁餐饮店油烟扰民。
责任单位：会城街道办事处
调查核实情况：经现场核查，该餐饮店油烟净化器未正常使用，反映问题属实。
处理和整改情况：督促餐饮店清洗并正常使用油烟净化设施，经检测油烟排放达标。
是否办结：已办结
公示期间如有异议，请向新会区生态环境保护督察整改工作领导小组办公室反映。
江门市新会区生态环境保护督察整改工作领导小组办公室
2023年12月15日"""


def _xinhui_results_pdf() -> bytes:
    """江门市新会区 (广东) 省第二生态环境保护督察组 第三批 交办件 (12月1日: 江门14件, 新会区9件, 重点关注1件)
    办理情况 printed to PDF as an official notice, one labelled block per case; the year, the three
    cases, codes, units and results are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_XINHUI_RESULTS)


def _xixia_closure_application() -> bytes:
    """西峡县 (河南 南阳) 群众反映问题“挂号销号”制度 (2014: 征地拆迁、证照办理、施工环境、税费返还
    统一编号登记, 明确完成时限, 群众满意后方可销号) as the Word 销号申请表 one problem takes, four
    cells wide; the problem, units, dates and every cell are ours."""
    return _four_column_form(
        ["西峡县群众反映问题挂号销号申请表"],
        [
            ("问题编号", "第17号", "问题类别", "施工环境"),
            ("问题名称", "鹳河大道西段道路施工占道时间过长，沿线商户和群众出行不便。"),
            ("承办单位", "县住建局", "协办单位", "县交警大队、白羽街道办事处"),
            ("整改时限", "2014年5月31日", "办结时间", "2014年5月20日"),
            (
                "整改措施",
                "1.倒排工期，增加施工力量，分段封闭施工。\n"
                "2.设置临时便道和交通指示标志，高峰时段安排专人疏导。\n"
                "3.施工结束后及时清理路面，恢复通行。",
            ),
            ("整改情况", "鹳河大道西段已于5月20日完工通车，临时围挡全部拆除，回访沿线商户和群众满意。"),
            ("承办单位意见", "问题已解决，申请销号。（盖章）2014年5月21日"),
            ("县政府督查室审核意见", "经回访核实，同意销号。2014年5月26日"),
        ],
        [],
    )


def _bijiang_closure_report_docx() -> bytes:
    """铜仁市碧江区 (贵州) 审计发现问题 整改销号报告 as a Word file, one paragraph a line: the units
    the 区委审计办 督导 visited (区住建局、区教育局、区自然资源局) as reported (2025-05); the problems,
    measures, limits and progress are ours."""
    document = docx.Document()
    for line in (
        "碧江区审计发现问题整改销号报告",
        "区委审计办：",
        "按照区委审计办对审计发现问题超期限未完成整改的督导要求，现将有关问题整改情况报告如下，"
        "已完成整改的问题申请销号。",
        "一、问题名称：部分老旧小区改造项目未及时办理竣工结算。",
        "责任单位：区住建局",
        "整改时限：2025年6月30日",
        "整改措施：",
        "1.梳理已完工未结算项目清单，逐项明确结算责任人。",
        "2.委托第三方机构开展结算审核。",
        "3.建立项目竣工结算月调度制度。",
        "整改情况：12个已完工项目全部完成竣工结算审核。",
        "是否销号：申请销号",
        "二、问题名称：学生资助资金发放审核不严，个别学生重复享受资助。",
        "责任单位：区教育局",
        "整改时限：2025年5月31日",
        "整改措施：",
        "1.追回重复发放的资助资金。",
        "2.完善资助对象比对核查机制。",
        "整改情况：重复发放资金已全部追回，资助对象与民政、乡村振兴数据每学期比对一次。",
        "是否销号：申请销号",
        "三、问题名称：部分闲置国有建设用地未及时处置。",
        "责任单位：区自然资源局",
        "整改时限：2025年12月31日",
        "整改措施：",
        "1.逐宗制定闲置土地处置方案。",
        "2.依法收回或协议有偿收回闲置土地。",
        "整改情况：5宗闲置土地已处置2宗，其余3宗正在办理收回手续。",
        "是否销号：持续整改，暂不销号",
        "碧江区住房和城乡建设局  碧江区教育局  碧江区自然资源局",
        "2025年5月26日",
    ):
        document.add_paragraph(line)
    return _save(document)


def _meijiang_online_petitions_pdf() -> bytes:
    """梅州市梅江区 (广东) 2022年10月 网上信访 (“梅江民声” 5件: 区教育局3件, 区人社局、江南街道各1件;
    江南鸿运路 路坎破损 积水) as the PDF 办理情况公示 the district attaches, one two-column form per
    letter; the letters' codes, wording, limits and replies other than 鸿运路 are ours."""
    cases = [
        [
            ("序号", "1"),
            ("信件编号", "MJMS202210080012"),
            ("反映问题", "江南鸿运路一超市卸货门口路坎破损形成低洼，污水积聚，过往车辆溅湿行人。"),
            ("承办单位", "江南街道办事处"),
            ("办理时限", "2022年10月20日"),
            ("办理情况", "街道已组织修复破损路坎并清理积水，督促超市规范倾倒污水。"),
            ("办理状态", "已办结"),
        ],
        [
            ("序号", "2"),
            ("信件编号", "MJMS202210120027"),
            ("反映问题", "询问城区公办小学插班生入学条件和办理程序。"),
            ("承办单位", "区教育局"),
            ("办理时限", "2022年10月26日"),
            ("办理情况", "已电话答复来信人插班入学条件、所需材料和办理窗口。"),
            ("办理状态", "已办结"),
        ],
        [
            ("序号", "3"),
            ("信件编号", "MJMS202210250041"),
            ("反映问题", "某建筑工地拖欠农民工工资。"),
            ("承办单位", "区人社局"),
            ("办理时限", "2022年11月8日"),
            ("办理情况", "已约谈施工企业，责令限期支付；企业已支付部分工资，余款正在协调。"),
            ("办理状态", "办理中"),
        ],
    ]
    title = "梅江区2022年10月网上信访件办理情况公示"
    note = (
        "2022年10月1日至31日，“梅江民声”栏目共受理网民来信5件，按时办结率100%。现将部分信件办理情况公示如下："
    )
    footer = "梅州市梅江区信访局  2022年11月10日"
    text = title + note + footer + "".join(label + value for case in cases for label, value in case)
    with _cjk_pdf(text, landscape=False, size=10) as pdf:
        pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.multi_cell(0, 7, note, new_x="LMARGIN", new_y="NEXT")
        for case in cases:
            pdf.ln(3)
            with pdf.table(col_widths=(35, 145), text_align="LEFT", first_row_as_headings=False) as table:
                for label, value in case:
                    row = table.row()
                    row.cell(label)
                    row.cell(value)
        pdf.ln(3)
        pdf.multi_cell(0, 7, footer, new_x="LMARGIN", new_y="NEXT", align="R")
        return bytes(pdf.output())


DOCUMENTS["zaozhuang_2021_batch25_cases_docx"] = ("第二十五批信访件办理情况.docx", _zaozhuang_batch25_docx)
DOCUMENTS["huoqiu_2023_one_problem_plans_docx"] = (
    "河湖长制专项巡察反馈问题一问题一方案.docx",
    _huoqiu_one_plan_docx,
)
DOCUMENTS["xinhui_2023_batch3_results_pdf"] = ("第三批交办件办理情况公示.pdf", _xinhui_results_pdf)
DOCUMENTS["santai_2018_batch29_web_tabs"] = (
    "第二十九批信访件办理情况.txt",
    _text("santai_2018_batch29_web_tabs"),
)
DOCUMENTS["xixia_2014_closure_application_docx"] = ("挂号问题销号申请表.docx", _xixia_closure_application)
DOCUMENTS["bijiang_2025_audit_closure_report_docx"] = (
    "审计发现问题整改销号报告.docx",
    _bijiang_closure_report_docx,
)
DOCUMENTS["meijiang_2022_online_petitions_pdf"] = (
    "网上信访件办理情况公示.pdf",
    _meijiang_online_petitions_pdf,
)

# The fifty-seventh blind set, for the figure recorded in docs/decisions.md (“Blind set 57”).
BLIND_57 = (
    "zaozhuang_2021_batch25_cases_docx",
    "huoqiu_2023_one_problem_plans_docx",
    "xinhui_2023_batch3_results_pdf",
    "santai_2018_batch29_web_tabs",
    "xixia_2014_closure_application_docx",
    "bijiang_2025_audit_closure_report_docx",
    "meijiang_2022_online_petitions_pdf",
)
BLIND_SETS[57] = BLIND_57


# --- blind set 53 (issue 14, branch corpus-blind53) -----------------------------------------------
# Documents from provinces the corpus barely holds (西藏, 青海, 黑龙江, 宁夏, 天津), in the forms
# their offices publish: a Word 完成情况公示表 (label | value), a portal page's 销号公示表 copied as
# text, a Word 验收销号 notice, an .xlsx 整改进展台账, an old .xls 销号台账, a PDF 整改任务清单 and a
# Word 整改方案 with numbered items. Written with their expected JSON BEFORE the reader ran on them;
# sources in SOURCES.md (“Blind set 53”).


def _cuoqin_measures_form() -> bytes:
    """措勤县 (西藏 阿里) 第二轮西藏自治区生态环境保护督察报告反馈意见(22-02) 整改措施完成情况公示表
    (2025-12-08): the labels and the finding as published; the 责任人 and phone are ours."""
    return _two_column_form(
        ["第二轮西藏自治区生态环境保护督察报告", "反馈意见（22-02）整改措施", "完成情况公示表"],
        [
            (
                "反馈问题",
                "二十二、再生资源领域监管有空白。商务部门对再生资源领域监管存在空白区，小微企业无证经营、"
                "废旧物品乱堆乱放问题突出。噶尔县狮泉河镇物流园南侧、措勤县城周边多家废旧资源回收企业生态环境"
                "保护措施落实不到位，环境污染隐患长期未解决。",
            ),
            ("核查情况", "针对反馈意见采取现场核查方式开展核查，反馈意见属实。"),
            (
                "整改目标",
                "加大再生资源回收行业联合监管力度，有效整治无证经营、乱堆乱放问题，消除环境污染隐患。",
            ),
            (
                "整改措施",
                "加强措勤县县城周边环境综合整治，依法依规清理整治废旧物品乱堆乱放问题，消除再生资源领域监管空白。",
            ),
            ("牵头单位 (责任单位)", "措勤县人民政府"),
            ("责任人", "次仁多吉"),
            ("联系电话", "0897-2612018"),
            (
                "整改主要工作及成效",
                "1.县发改局具体牵头加大日常监管，累计开展检查5场次，对企业乱堆乱放、污染隐患等问题督促整改，"
                "县域废旧物品回收点脏乱差、异味扰民等问题显著改善。 2.衔接落实措勤县再生资源回收基地建设"
                "项目，总投资580万元，已完成前置手续办理，县城周边废旧资源回收企业统一入驻管理。",
            ),
        ],
        ["措勤县生态环境保护督察整改工作领导小组办公室", "2025年12月8日"],
    )


DOCUMENTS["cuoqin_2025_measures_form"] = ("（22-02）整改措施完成情况公示表.docx", _cuoqin_measures_form)
DOCUMENTS["hainanzhou_2025_closure_page"] = (
    "青海省中央生态环境保护督察整改销号公示表.txt",
    _text("hainanzhou_2025_closure_page"),
)


def _lanxi_closure_notice() -> bytes:
    """兰西县 (黑龙江 绥化) 验收销号公示 (2022-11-25): 黑龙江省生态环境保护督察2020年第十六项问题,
    the labels 一、整改任务 … 六、受理部门 and facts as published; the title line is ours."""
    document = docx.Document()
    for line in (
        "关于黑龙江省生态环境保护督察2020年第十六项问题整改任务完成情况的公示",
        "兰西县已完成黑龙江省生态环境保护督察2020年第十六项问题整改，拟申请验收销号。按照《黑龙江省中央生态环境"
        "保护督察整改任务验收销号办法（试行）》规定，现对该项整改任务完成情况向社会公示：",
        "一、整改任务：",
        "存在重考核断面、轻非考核断面现象。绥化市共有8个国控断面，其中5个考核断面达标，3个国控非考核断面水质超标，"
        "肇东金山村断面为劣V类。“十四五”拟新增扎音河国控断面为劣V类。",
        "二、整改目标：",
        "完成国家年度考核目标。",
        "三、整改措施：",
        "1.编制实施呼兰河兰西段水环境治理方案（包括泥河水源地）。",
        "2.对水源地取水口进行清淤和岸边护砌加固。",
        "3.对水源地一级保护区水域范围内水藻进行打捞。",
        "4.完成泥河水源地周边万宝村和双城村住户旱厕拆除工作。",
        "四、整改主要工作及成效：",
        "1.委托哈工大专家团队编制泥河水库水环境治理方案，根据方案对泥河水库周边环境开展治理工作。",
        "2.完成水源地保护区取水口清淤8050立方米，使用石料575立方米进行岸边护砌加固。",
        "3.完成水源地一级保护区水域范围内水藻打捞工作。",
        "4.完成泥河水源地周边万宝村和双城村486户住户旱厕拆除工作。",
        "五、公示时间：2022年11月25日至2022年12月5日。",
        "六、受理部门、电话、邮箱及受理地址：",
        "绥化市兰西生态环境局",
        "受理电话：0455-8195082",
        "受理地址：兰西县老武装部院内",
        "如对该项整改任务完成情况有异议，请以书面或电话形式，向绥化市兰西生态环境局反映。邮寄的以邮戳为准，"
        "直接送达的以送达日期为准。",
        "中共兰西县委　兰西县人民政府",
        "2022年11月25日",
    ):
        document.add_paragraph(line)
    return _save(document)


DOCUMENTS["lanxi_2022_closure_notice_docx"] = ("第十六项问题整改任务完成情况公示.docx", _lanxi_closure_notice)


def _pingluo_recheck_ledger_xlsx() -> bytes:
    """平罗县 (宁夏 石嘴山) 中央环保督察“回头看”反馈问题整改进展台账 (2019-10: 21项问题, 74条措施,
    已销号6项; 沙湖北岸污水处理厂 2018年7月 一级A 提标, 镇朔湖, 三二支沟 real): title merged, 填报
    line, measures “1.…\\n2.…” in a cell, 是否销号 column. The rows' wording is ours."""
    header = [
        "序号",
        "反馈问题",
        "整改措施",
        "责任领导",
        "牵头单位",
        "配合单位",
        "整改时限",
        "整改进展",
        "是否销号",
    ]
    book, sheet = _titled_sheet("回头看", "平罗县中央环境保护督察“回头看”反馈问题整改进展台账", header)
    sheet.insert_rows(2)
    sheet["A2"] = "填报单位：平罗县环境保护督察整改工作领导小组办公室"
    sheet["G2"] = "截至2019年10月20日"
    rows = [
        [
            1,
            "宁夏农垦集团《沙湖水体水质达标方案》明确的北岸污水处理厂升级改造工程尚未建成。",
            "1.完成沙湖北岸污水处理厂一级A提标改造；\n2.增加生物填料和高效絮凝斜管沉淀池，确保出水稳定达标。",
            "县政府分管副县长",
            "宁夏农垦沙湖旅游股份有限公司",
            "石嘴山市生态环境局平罗分局",
            "2018年12月底前",
            "2018年7月已完成一级A提标改造，出水稳定达标。",
            "已销号",
        ],
        [
            2,
            "镇朔湖周边养殖尾水直排，生活垃圾乱堆乱放。",
            "1.清理镇朔湖周边生活垃圾；\n2.建设养殖尾水处理设施；\n3.建立湖区日常巡查保洁制度。",
            "县政府分管副县长",
            "县农业农村局",
            "姚伏镇人民政府、县水务局",
            "2019年12月31日",
            "周边垃圾已清理，尾水处理设施正在建设。",
            "未销号",
        ],
        [
            3,
            "三二支沟银川入石嘴山境断面水质不能稳定达标。",
            "1.排查整治沿沟入河排污口；\n2.实施沟道清淤和生态修复。",
            "县委常委、副县长",
            "县水务局",
            "石嘴山市生态环境局平罗分局、沿沟各乡镇",
            "长期坚持",
            "按序时推进。",
            "未销号",
        ],
        [
            4,
            "平罗工业园区部分企业环境风险隐患排查整治不到位。",
            "1.开展园区企业环境风险隐患全面排查；\n2.建立隐患整改台账，逐项整改销号。",
            "县政府分管副县长",
            "平罗工业园区管委会",
            "县应急管理局",
            "立行立改",
            "已完成排查整改。",
            "已完成待销号",
        ],
    ]
    for row in rows:
        sheet.append(row)
    return _book_bytes(book)


DOCUMENTS["pingluo_2019_recheck_ledger_xlsx"] = (
    "回头看反馈问题整改进展台账.xlsx",
    _pingluo_recheck_ledger_xlsx,
)


def _guoluo_warning_film_xls() -> bytes:
    """果洛州 (青海) 黄河流域生态环境警示片反映问题整改销号台账 as an old .xls (xlwt): 2022年底 4项
    全部销号 (玛多县黄河源生态修复, 甘德县西柯曲, 久治县沙曲河, 共玉高速 11处临时用地 real); columns
    as the 州 describes them (整改目标、完成时限、责任单位、整改措施); the rows' wording is ours."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("警示片问题")
    header = [
        "序号",
        "反映问题",
        "整改目标",
        "整改措施",
        "责任单位",
        "责任人",
        "完成时限",
        "整改完成情况",
        "销号情况",
    ]
    sheet.write_merge(0, 0, 0, len(header) - 1, "果洛州黄河流域生态环境警示片反映问题整改销号台账")
    for k, value in enumerate(header):
        sheet.write(1, k, value)
    rows = [
        [
            "1",
            "玛多县黄河源区部分草地退化沙化，生态修复滞后。",
            "完成黄河源生态修复及水源涵养能力提升工程。",
            "（1）实施退化草地补播改良；\n（2）实施沙化土地封育治理；\n（3）落实草原管护员巡护责任。",
            "玛多县人民政府",
            "县长",
            "2022年10月31日",
            "工程已完工并通过验收。",
            "已销号",
        ],
        [
            "2",
            "甘德县西柯曲河道两岸生态缓冲带遭到破坏。",
            "恢复河道生态缓冲带。",
            "（1）清理河道两岸违规堆放物；\n（2）实施生态缓冲带保护修复工程。",
            "甘德县人民政府",
            "县长",
            "2022年11月30日",
            "已完成缓冲带修复。",
            "已销号",
        ],
        [
            "3",
            "久治县沙曲河流域生活污水收集处理不到位。",
            "沙曲河流域水质稳定达标。",
            "（1）建设集镇污水收集管网；\n（2）实施沙曲河水环境治理与生态恢复项目。",
            "久治县人民政府",
            "县长",
            "2022年12月31日",
            "管网和项目均已建成投用。",
            "已销号",
        ],
        [
            "4",
            "共玉高速果洛段临时用地未按要求恢复植被。",
            "11处临时用地全部完成生态恢复。",
            "（1）投入4000万元开展临时用地生态修复；\n（2）州林草局组织验收。",
            "州交通运输局",
            "局长",
            "2022年12月31日",
            "11处临时用地已全部恢复并验收。",
            "已销号",
        ],
    ]
    for r, row in enumerate(rows, start=2):
        for k, value in enumerate(row):
            sheet.write(r, k, value)
    sheet.write_merge(
        len(rows) + 2,
        len(rows) + 2,
        0,
        len(header) - 1,
        "填报单位：果洛州生态环境局　　填报时间：2022年12月30日",
    )
    return _book_bytes(book)


DOCUMENTS["guoluo_2022_warning_film_xls"] = (
    "黄河流域生态环境警示片反映问题整改销号台账.xls",
    _guoluo_warning_film_xls,
)


def _binhai_recheck_tasks_pdf() -> bytes:
    """滨海新区 (天津) 贯彻落实天津市第一环境保护督察组督察“回头看”反馈意见整改任务清单 (2019-12-27
    反馈; 北大港湿地 库区生产经营活动退出, 入海排污口, 清洁取暖 real) as the text PDF attached to the
    plan; the four rows' wording, units and limits are ours."""
    return _pdf_table(
        [
            "附件",
            "滨海新区贯彻落实天津市第一环境保护督察组督察“回头看”反馈意见整改任务清单",
        ],
        ["序号", "存在问题", "整改目标", "整改措施", "责任区领导", "牵头单位", "责任单位", "完成时限"],
        [
            [
                "1",
                "北大港湿地自然保护区库区内仍有生产经营活动未退出。",
                "保护区内生产经营活动全部退出。",
                "1.制定库区生产经营活动退出方案；2.完成退出补偿；3.开展生态修复。",
                "分管副区长",
                "区规划资源局",
                "区农业农村委、区财政局、太平镇、小王庄镇",
                "2020年12月底前",
            ],
            [
                "2",
                "部分入海排污口排查整治不彻底，个别排口超标排放。",
                "入海排污口全部规范整治。",
                "1.全面排查入海排污口；2.对超标排口实施截污或封堵。",
                "分管副区长",
                "区生态环境局",
                "区水务局、各开发区管委会、各街镇",
                "2020年6月底前",
            ],
            [
                "3",
                "部分街镇散煤复烧问题时有发生。",
                "巩固清洁取暖改造成果。",
                "加强散煤销售、运输、使用全链条监管。",
                "分管副区长",
                "区城市管理委",
                "区市场监管局、各街镇",
                "立行立改、长期坚持",
            ],
            [
                "4",
                "建筑工地扬尘管控措施落实不到位。",
                "工地扬尘管控“六个百分之百”落实到位。",
                "1.开展工地扬尘专项检查；2.对违规工地依法处罚并通报。",
                "分管副区长",
                "区住房建设委",
                "各开发区管委会、各街镇",
                "2020年3月底前，并长期坚持",
            ],
        ],
        widths=(10, 50, 36, 60, 20, 26, 46, 26),
    )


DOCUMENTS["binhai_2019_recheck_tasks_pdf"] = ("回头看反馈意见整改任务清单.pdf", _binhai_recheck_tasks_pdf)


def _hainanzhou_provincial_plan() -> bytes:
    """海南州 (青海) 生态环境保护省级例行督察反馈问题整改方案 (省第四督察组 2022-03-22 至 31 进驻,
    2022-12-09 反馈, 4方面15个问题; published 2023-05-12) as a Word file: prose, then numbered items
    with 责任单位 / 整改时限 / 整改措施 labels. The three items' wording is ours (places real)."""
    document = docx.Document()
    for line in (
        "海南州生态环境保护省级例行督察反馈问题整改方案",
        "根据省委、省政府工作部署安排，2022年3月22日至31日，省第四生态环境保护督察组进驻海南州开展生态环境保护"
        "例行督察，2022年12月9日督察组向海南州反馈《海南州生态环境保护例行督察报告》。对照反馈的4方面15个问题，"
        "制定本方案。",
        "一、整改任务",
        "（一）生态环境保护责任落实方面",
        "1.部分县和部门对生态环境保护“党政同责、一岗双责”落实不到位，研究部署生态环境保护工作不够。",
        "责任单位：州委办公室、州政府办公室，各县党委和政府",
        "整改时限：立行立改，长期坚持",
        "整改措施：（1）州委常委会、州政府常务会每季度至少研究一次生态环境保护工作；（2）将督察整改纳入年度目标责任考核。",
        "（二）污染防治方面",
        "2.共和县城污水处理厂进水浓度偏低，污水管网雨污混接、破损问题突出。",
        "责任单位：共和县人民政府（牵头），州住房城乡建设局",
        "整改时限：2023年12月底前",
        "整改措施：（1）开展县城污水管网排查；（2）实施雨污分流改造；（3）修复破损管网。",
        "3.贵德县部分砂石料场扬尘管控措施不到位。",
        "责任单位：贵德县人民政府",
        "整改时限：2023年6月底前",
        "整改措施：（1）督促砂石料场落实苫盖、洒水措施；（2）依法关停手续不全的料场。",
        "二、保障措施",
        "各责任单位每月25日前将整改进展报州生态环境保护督察整改工作领导小组办公室。",
    ):
        document.add_paragraph(line)
    return _save(document)


DOCUMENTS["hainanzhou_2023_provincial_plan_docx"] = (
    "海南州省级例行督察反馈问题整改方案.docx",
    _hainanzhou_provincial_plan,
)


def _changning_plan_table() -> bytes:
    """长宁区 (上海) 贯彻落实上海市环境保护督察反馈意见整改方案 (市第一督察组 2018-03-22 反馈: 第六轮
    环保三年行动计划部分项目滞后或未启动, 工地、纳管企业废水、汽修、餐饮油烟监管执法不够到位, 机场东片区
    环境管理): a short plan, then the attached 整改任务清单 in a ruled Word table, 问题类别 merged down,
    one cell's measures as paragraphs. The rows' wording, units and dates are ours."""
    document = docx.Document()
    for line in (
        "长宁区贯彻落实上海市环境保护督察反馈意见整改方案",
        "2018年3月22日，上海市环境保护第一督察组向长宁区反馈了督察意见。为切实抓好反馈意见整改落实，制定本方案。",
        "一、整改目标",
        "对照督察反馈意见，逐项明确责任部门、整改措施和完成时间，确保问题整改到位。",
        "二、整改任务",
        "具体整改任务见附件。",
        "附件：长宁区环保督察反馈意见整改任务清单",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件", "长宁区环保督察反馈意见整改任务清单"])
    header = ["序号", "问题类别", "具体问题", "整改措施", "责任部门", "配合部门", "完成时间"]
    rows = [
        [
            "1",
            "环保责任落实",
            "第六轮环保三年行动计划部分建设项目滞后或未启动。",
            "1.梳理滞后项目清单，逐项明确推进节点；2.区环保三年行动计划推进办每月通报进度。",
            "区环保局",
            "区发展改革委、相关项目建设单位",
            "2018年12月底",
        ],
        [
            "2",
            "环境监管执法",
            "对建设工地扬尘、纳管企业废水排放监管执法不够到位。",
            "1.开展建设工地扬尘专项执法检查；2.对纳管企业开展废水排放抽测。",
            "区建设管理委、区环保局",
            "区水务局、各街道、新泾镇",
            "2018年6月底",
        ],
        [
            "3",
            "",
            "汽修、餐饮单位油烟排放等问题监管不到位。",
            "1.开展汽修行业专项整治；2.督促餐饮单位安装并正常使用油烟净化设施。",
            "区市场监管局",
            "区环保局、区绿化市容局、各街道",
            "2018年9月底，并长期坚持",
        ],
        [
            "4",
            "重点区域整治",
            "机场东片区环境管理和违法行为整治有待加强。",
            "",
            "新泾镇、程家桥街道",
            "区环保局、区规划土地局、区城管执法局",
            "2018年底前完成集中整治，长效管理长期坚持",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _merge_down(table, 1, 2, 3)
    _cell_paragraphs(
        table.cell(4, 3),
        [
            "1.制定机场东片区环境综合整治方案；",
            "2.依法拆除违法建筑、关停违法经营企业；",
            "3.建立片区长效管理机制。",
        ],
    )
    document.add_paragraph("长宁区环保督察整改工作领导小组办公室")
    document.add_paragraph("2018年4月20日")
    return _save(document)


DOCUMENTS["changning_2018_plan_table_docx"] = ("长宁区环保督察反馈意见整改方案.docx", _changning_plan_table)

# The fifty-third blind set, for the figure recorded in docs/decisions.md (“Blind set 53”).
BLIND_53 = (
    "cuoqin_2025_measures_form",
    "hainanzhou_2025_closure_page",
    "lanxi_2022_closure_notice_docx",
    "pingluo_2019_recheck_ledger_xlsx",
    "guoluo_2022_warning_film_xls",
    "binhai_2019_recheck_tasks_pdf",
    "hainanzhou_2023_provincial_plan_docx",
    # an eighth, written before the reader ran on it (after the fixes to the first seven)
    "changning_2018_plan_table_docx",
)
BLIND_SETS[53] = BLIND_53


# --- blind set 52 (issue 14, branch corpus-blind52) -----------------------------------------------
# A second mixed set as an office worker in a new county would collect it: the hits of broad
# searches (督察反馈问题整改任务清单, 整改方案 附件 清单, 整改落实情况 公示, 环保督察 整改 台账 县 …)
# taken in the order they came, from places new to the corpus, each in its own file form — a 专项
# 整治工作方案 copied from a portal page (常德 桃花源), a 整改方案 with its 整改任务清单 attached
# (德阳 旌阳区, Word), a 镇党委 巡察整改 推进落实方案 清单 (上海 嘉定 徐行镇, PDF), a 销号台账
# workbook (资阳), a “绿盾” 回头看 检查情况表 (保山 腾冲, PDF), an 审计整改清单 (盐城 建湖, Word)
# and a 镇 巡察整改台账 with a 方面 column merged down (梅州 兴宁 叶塘镇, Excel). Written with their
# expected JSON BEFORE the reader ran on them (docs/decisions.md, “Blind set 52”; SOURCES.md
# “Blind set 52”).


def _jingyang_inspection_plan_docx() -> bytes:
    """德阳市旌阳区 (四川) 落实中央第五环境保护督察组督察反馈意见整改方案 (区环保局, 2018-07-02,
    after 德委〔2018〕12号): the plan's prose, then its 附件 整改任务清单 as a ruled Word table with
    整改目标, 整改措施, a 责任领导 column of people, 牵头单位 and 责任单位. The plan's title,
    date and basis are the stored page's; its chapters shortened and the five rows ours."""
    return _grid_docx(
        [
            "德阳市旌阳区落实中央第五环境保护督察组督察反馈意见整改方案",
            "根据市委、市政府印发的《德阳市落实中央第五环境保护督察组反馈意见整改方案》（德委〔2018〕12号），"
            "为切实做好我区中央环保督察反馈意见整改工作，推进我区生态环境质量持续改善，结合我区实际，制定本实施方案。",
            "一、总体要求",
            "以中央环境保护督察反馈意见问题整改为重要契机和强大动力，着力解决突出环境问题，着力改善生态环境质量。",
            "二、整改原则",
            "（一）坚持党政同责、一岗双责。各级各部门必须提高政治站位，深刻认识整改工作的严肃性。",
            "（二）坚持依法依规、严格问责。对整改不力、敷衍塞责的严肃追责。",
            "三、保障措施",
            "（一）加强组织领导。区委、区政府成立中央环保督察反馈意见整改工作领导小组。",
            "（二）强化督查督办。区目督办对整改任务实行挂账督办、对账销号。",
            "附件：旌阳区落实中央第五环境保护督察组督察反馈意见整改任务清单",
        ],
        ["序号", "反馈问题", "整改目标", "整改措施", "责任领导", "牵头单位", "责任单位", "整改时限"],
        [
            [
                "1",
                "沱江流域水污染防治工作滞后，绵远河八角断面水质不能稳定达标。",
                "2018年底前八角断面水质稳定达到Ⅲ类。",
                "1.实施绵远河流域综合整治；\n2.完成沿河12个排污口规范化整治；\n3.加快城区雨污分流管网建设。",
                "区委常委、副区长 张××",
                "区环保局",
                "区水务局、区住建局、各镇（街道）",
                "2018年12月底前",
            ],
            [
                "2",
                "城镇生活污水处理设施建设滞后，部分乡镇污水处理站建成后未正常运行。",
                "全区乡镇污水处理设施正常运行。",
                "1.对已建乡镇污水处理站逐一排查；\n2.委托第三方专业运营；\n3.完善配套管网。",
                "副区长 李××",
                "区住建局",
                "区环保局、各镇人民政府",
                "2019年6月底前",
            ],
            [
                "3",
                "“散乱污”企业整治不彻底，部分企业关停后死灰复燃。",
                "全面完成“散乱污”企业清理整治。",
                "1.开展拉网式排查，建立台账；\n2.对取缔类企业实行“两断三清”；\n3.落实网格化监管。",
                "副区长 王××",
                "区经信局",
                "区环保局、区市场监管局、各镇（街道）",
                "立即整改，长期坚持",
            ],
            [
                "4",
                "饮用水水源保护区内仍有违规建筑未拆除。",
                "完成保护区内违规建筑清理。",
                "依法拆除保护区内违规建筑，设立界标和警示标志。",
                "副区长 李××",
                "区水务局",
                "区国土分局、相关镇人民政府",
                "2018年9月30日前",
            ],
            [
                "5",
                "建筑工地扬尘管控不到位，城区道路积尘严重。",
                "城区建筑工地扬尘防治措施落实率达到100%。",
                "1.落实建筑工地扬尘防治“六必须、六不准”；\n2.增加城区道路机扫和洒水频次。",
                "副区长 李××",
                "区住建局",
                "区城管局",
                "2018年8月底前完成，长期坚持",
            ],
        ],
    )


def _xuxing_2021_patrol_plan_pdf() -> bytes:
    """上海市嘉定区徐行镇 巡察整改工作推进落实方案 (区委第一巡察组 反馈 6大类17个方面; 部署会
    4月29日): the 问题、任务、责任清单 attached, printed to a landscape text PDF with the 大类 as
    group rows (number in the first cell, name spanning the rest), 牵头单位 and 责任单位 columns
    and a 备注 column. The occasion and the clearing's form are the stored page's; the year (not on
    the page), the three groups, five problems, units and limits ours."""
    return _grouped_pdf(
        ["附件", "徐行镇党委巡察反馈问题整改清单（问题清单、任务清单、责任清单）"],
        ["序号", "具体问题", "整改措施", "牵头单位", "责任单位", "完成时限", "备注"],
        [
            ("一", "贯彻落实党中央决策部署方面"),
            [
                "1",
                "理论学习中心组学习研讨不深入，结合镇域发展实际不够。",
                "1.制定年度学习计划，每季度开展一次专题研讨；2.班子成员围绕“绿色、科技、人文”现代化新型市镇建设开展专题调研。",
                "党建办",
                "各办（中心）",
                "2021年6月底前",
                "",
            ],
            [
                "2",
                "村级集体资产租赁合同管理不规范，部分合同未经民主程序。",
                "1.全面清理村级集体资产租赁合同；2.严格执行“三重一大”民主决策程序。",
                "农业服务中心",
                "各村（社区）",
                "2021年9月底前",
                "",
            ],
            ("二", "落实全面从严治党责任方面"),
            [
                "3",
                "落实中央八项规定精神有松懈，公务用车使用登记不完整。",
                "完善公务用车使用登记和审批制度，每月公示用车情况。",
                "党政办",
                "镇纪委",
                "立行立改",
                "",
            ],
            [
                "4",
                "工程项目管理不规范，个别项目先施工后招标。",
                "1.对2018年以来工程项目开展专项检查；2.修订镇工程建设项目管理办法；3.对相关责任人进行问责。",
                "规划建设和环境保护办公室",
                "镇纪委、财务管理中心",
                "2021年12月底前",
                "涉及多家单位，牵头单位汇总",
            ],
            ("三", "基层党组织建设方面"),
            [
                "5",
                "部分村党组织“三会一课”落实不到位，党员教育管理偏松。",
                "1.开展“三会一课”专项督查；2.建立村党组织书记季度述职制度。",
                "党建办",
                "各村（社区）党组织",
                "2021年6月底前，长期坚持",
                "",
            ],
        ],
    )


def _ziyang_closure_ledger_xlsx() -> bytes:
    """资阳市 (四川) 中央生态环境保护督察“回头看”反馈问题 整改销号 (2020-09-09: 11项任务全部整改
    完成并销号; 4个工业园区、3个城市生活、59个乡镇污水处理厂; 入河排污口 1.5亿元; 河湖“清四乱”
    25个点位; 南津驿、王二溪电站等9座小水电; 340艘渔船、647名渔民): a 销号台账 workbook with a
    填报 line under the title, a 责任人员 column of people, no measures column and a 销号情况
    column. The figures are the stored page's; the rows' wording, units, people and limits ours."""
    import openpyxl

    header = ["序号", "反馈问题", "整改目标", "整改时限", "责任单位", "责任人员", "整改完成情况", "销号情况"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "销号台账"
    sheet.append(["资阳市中央生态环境保护督察“回头看”反馈问题整改销号台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(
        ["填报单位：市迎接第二轮中央生态环境保护督察工作领导小组办公室", "", "", "", "", "截至2020年9月9日"]
    )
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    sheet.merge_cells(start_row=2, start_column=6, end_row=2, end_column=len(header))
    sheet.append(header)
    rows = [
        [
            1,
            "城镇生活污水处理设施建设滞后，部分乡镇污水处理厂未建成或建成后未正常运行。",
            "城市、工业园区、乡镇污水处理设施全覆盖并稳定运行。",
            "2020年6月底前",
            "市住房城乡建设局、雁江区、安岳县、乐至县人民政府",
            "张××、李××",
            "已建成4个工业园区、3个城市生活、59个乡镇污水处理厂，实现城镇污水处理厂全覆盖。",
            "已销号",
        ],
        [
            2,
            "沱江流域入河排污口底数不清，部分排污口未经审批设置。",
            "完成沱江流域入河排污口排查整治。",
            "2019年12月底前",
            "市生态环境局",
            "王××",
            "投入1.5亿元开展沱江流域入河排污口排查整治，已全部完成。",
            "已销号",
        ],
        [
            3,
            "河湖“四乱”问题突出，部分河段违法占用、乱堆乱建。",
            "省总河长办反馈和自查的问题点位全部整治完成。",
            "2019年12月底前",
            "市水务局",
            "赵××",
            "25个问题点位全部整治完成。",
            "已销号",
        ],
        [
            4,
            "长江经济带小水电清理整改推进缓慢。",
            "完成南津驿、王二溪电站等9座小水电站整改。",
            "2020年6月底前",
            "市水务局、市生态环境局",
            "赵××、王××",
            "9座小水电站全部整改到位。",
            "已销号",
        ],
        [
            5,
            "禁捕退捕工作推进不力，天然水域非法捕捞时有发生。",
            "全面实现“四清四无”目标。",
            "立即整改，长期坚持",
            "市农业农村局",
            "刘××",
            "340艘渔船全部回收处置、647名渔民全部退捕上岸，在全省率先出台天然水域垂钓管理办法。",
            "已销号",
        ],
    ]
    for row in rows:
        sheet.append(row)
    return _book_bytes(book)


def _tengchong_lvdun_recheck_pdf() -> bytes:
    """保山市 (云南) 环境保护局 “绿盾2017”问题整改“回头看” (2018-05): 腾冲北海湿地省级自然保护区
    (四个问题, 核心区内旅游栈道拆除不彻底 done, the other three not; 2018年6月30日前 完成环保竣工
    验收和建设完成水污染治理设施) and 腾冲地热火山县级自然保护区 (七个问题, 无办公人员、无办公
    设施设备、无专项资金、未勘界立标 not touched): the 检查情况表 as a landscape text PDF, one group
    row per reserve. The problems, the two units' facts and the June limit are the stored page's;
    the requirements, the other limits, the 地热火山 unit and the other three problems' state ours."""
    beihai = "北海湿地省级自然保护区管护局"
    forestry = "腾冲市林业局"
    return _grouped_pdf(
        ["保山市“绿盾2017”问题整改“回头看”监督检查情况表"],
        ["序号", "问题", "整改要求", "责任单位", "整改时限", "检查情况", "备注"],
        [
            ("一", "腾冲北海湿地省级自然保护区"),
            ["1", "未验先投", "完成环保竣工验收。", beihai, "2018年6月30日前", "未完成整改", ""],
            [
                "2",
                "水污染治理设施不配套",
                "建设完成水污染治理设施。",
                beihai,
                "2018年6月30日前",
                "未完成整改",
                "",
            ],
            [
                "3",
                "核心区内的旅游栈道拆除不彻底",
                "彻底拆除核心区内旅游栈道并恢复植被。",
                beihai,
                "2017年12月底前",
                "已整改完成",
                "",
            ],
            [
                "4",
                "试验区内旅游建设项目批建不符",
                "按批复内容整改，补办相关手续。",
                beihai,
                "2018年6月30日前",
                "未完成整改",
                "",
            ],
            ("二", "腾冲地热火山县级自然保护区"),
            [
                "5",
                "保护区面积由12900公顷调减为1453公顷",
                "按程序开展调减论证，报省级主管部门审核。",
                forestry,
                "2018年12月底前",
                "正在整改",
                "需报省政府审批",
            ],
            ["6", "无管理机构", "设立保护区管理机构。", forestry, "2018年12月底前", "已整改完成", ""],
            ["7", "无办公人员", "配备专职管护人员。", forestry, "2018年12月底前", "未进行整改", ""],
            [
                "8",
                "无专项资金",
                "将保护区管护经费纳入财政预算。",
                forestry,
                "2018年12月底前",
                "未进行整改",
                "",
            ],
            ["9", "无办公设施设备", "配齐办公设施设备。", forestry, "2018年12月底前", "未进行整改", ""],
            [
                "10",
                "火山片区内存在24个采石点",
                "依法关闭采石点并开展生态修复。",
                forestry,
                "2018年9月底前",
                "正在整改",
                "",
            ],
            ["11", "未勘界定标", "完成保护区勘界立标。", forestry, "2018年12月底前", "未进行整改", ""],
        ],
    )


def _jianhu_audit_checklist_docx() -> bytes:
    """盐城市建湖县 (江苏) “财政同级审” 审计整改清单 (22家单位收到清单; 内容包括“审计发现的问题”、
    “审计整改要求和建议”、“审计整改期限”; 政府办牵头, 纪委、审计等部门联合督查; 完成一份销号
    一家): one unit's 清单 as a ruled Word table, the audited unit named once above the table. The
    three columns and the practice are the stored page's; the year (not on the page), the unit and
    the four problems ours."""
    return _grid_docx(
        [
            "建湖县2016年度财政同级审审计整改清单",
            "被审计单位：建湖县住房和城乡建设局",
            "下达日期：2017年8月10日",
        ],
        ["序号", "审计发现的问题", "审计整改要求和建议", "审计整改期限", "整改结果"],
        [
            [
                "1",
                "部分专项资金结存未及时统筹使用，结存两年以上资金312万元。",
                "按规定将结存两年以上的专项资金交回财政统筹使用。",
                "2017年9月30日前",
                "",
            ],
            [
                "2",
                "公务接待费用报销手续不全，6笔接待无公函和接待清单。",
                "1.补齐接待审批手续；\n2.严格执行“一函一单”制度；\n3.对无法补正的费用予以清退。",
                "立即整改",
                "",
            ],
            [
                "3",
                "政府采购程序不规范，2项办公设备采购未执行政府采购。",
                "1.完善内部采购管理制度；\n2.今后严格执行政府采购规定。",
                "2017年10月31日前",
                "",
            ],
            [
                "4",
                "固定资产账实不符，部分资产未入账。",
                "开展资产清查，及时登记入账。",
                "2017年12月31日前",
                "",
            ],
        ],
        after=[
            "注：对情况复杂、短期内难以整改完成的问题，须说明情况并明确整改完成的期限；请于整改期限届满后5个工作日内将整改结果报县审计局，完成一份销号一家。",
            "建湖县人民政府办公室",
        ],
    )


def _yetang_patrol_ledger_xlsx() -> bytes:
    """兴宁市叶塘镇 (广东 梅州) 落实市委巡察组反馈意见整改 (市委机动巡察一组 2018-11-26 — 2019-01-26;
    镇党委 5大方面14个问题, 河西、黄竹、长丰、汤湖 4 村 44个问题, 6个省定贫困村 18个问题; 市委第二
    督察整改督查组 2019-10-17): the 镇 ledger workbook, one sheet for the 镇党委 with a 所属方面
    column merged down over its rows and one for the villages with a 村 column merged down. The
    occasion and counts are the stored page's; the sheets' rows, people and limits ours."""
    import openpyxl

    header = ["序号", "所属方面", "存在问题", "整改措施", "责任领导", "责任单位", "整改时限", "整改情况"]
    book = openpyxl.Workbook()
    town = book.active
    town.title = "镇党委"
    town.append(["叶塘镇党委落实市委巡察组反馈意见整改台账"])
    town.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    town.append(header)
    town_rows = [
        [
            1,
            "党的政治建设方面",
            "学习贯彻上级决策部署不够及时，传达学习后研究落实措施不具体。",
            "1.建立党委会“第一议题”学习制度；\n2.每次学习后明确落实责任人。",
            "党委书记",
            "党政办",
            "立行立改，长期坚持",
            "已完成",
        ],
        [
            2,
            None,
            "意识形态工作责任制落实不到位，阵地管理不规范。",
            "1.每半年专题研究意识形态工作；\n2.清理规范村（社区）宣传栏。",
            "党委副书记",
            "宣传办",
            "2019年6月30日前",
            "已完成",
        ],
        [
            3,
            "全面从严治党方面",
            "“三重一大”事项集体决策记录不完整。",
            "修订“三重一大”决策制度，规范会议记录。",
            "镇长",
            "党政办",
            "2019年5月31日前",
            "已完成",
        ],
        [
            4,
            None,
            "村级财务报账不规范，部分票据无经手人签名。",
            "1.开展村级财务专项检查；\n2.实行村级财务委托代理。",
            "纪委书记",
            "财政所",
            "2019年9月30日前",
            "正在整改",
        ],
        [
            5,
            "基层党组织建设方面",
            "发展党员工作不规范，个别村连续两年未发展党员。",
            "制定发展党员工作计划，加强入党积极分子培养。",
            "组织委员",
            "党建办",
            "2019年12月31日前",
            "正在整改",
        ],
    ]
    for row in town_rows:
        town.append(row)
    town.merge_cells(start_row=3, start_column=2, end_row=4, end_column=2)
    town.merge_cells(start_row=5, start_column=2, end_row=6, end_column=2)
    villages = book.create_sheet("村级")
    villages.append(["叶塘镇村级党组织落实市委巡察反馈问题整改台账"])
    villages.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    villages.append(["序号", "村", "存在问题", "整改措施", "责任领导", "责任单位", "整改时限", "整改情况"])
    village_rows = [
        [
            1,
            "河西村",
            "村务公开不及时，2018年下半年财务未公开。",
            "按季度公开村级财务收支。",
            "挂点领导",
            "河西村党支部",
            "2019年4月30日前",
            "已完成",
        ],
        [
            2,
            None,
            "扶贫项目资产登记不全。",
            "1.建立扶贫资产台账；\n2.明确管护责任人。",
            "挂点领导",
            "河西村党支部",
            "2019年6月30日前",
            "已完成",
        ],
        [
            3,
            "黄竹村",
            "党员活动室长期闲置。",
            "规范党员活动室使用，每月开展主题党日活动。",
            "挂点领导",
            "黄竹村党支部",
            "立行立改",
            "已完成",
        ],
    ]
    for row in village_rows:
        villages.append(row)
    villages.merge_cells(start_row=3, start_column=2, end_row=4, end_column=2)
    return _book_bytes(book)


def _hanshou_patrol_advice_docx() -> bytes:
    """常德市汉寿县 (湖南) 县委第三巡察组 with 县环保局, 2018-07-30: a 专项巡察 of 清水湖旅游景区's
    environmental protection (高尔夫球场旁的天然池塘 承包养殖投鸡肥, 黑天鹅养殖密度高影响水质, 动物园
    动物检疫检验中心 动物粪便处理不到位, 食尚园餐馆 生活垃圾随意堆放), and an 《整改建议书》 handed to
    the 景区管理处 (立即整改到位, 建立环保监督管理长效机制): the letter as a Word file, one paragraph a
    line. The occasion, the four problems and the two requirements are the stored page's; the
    document number, the second sentence of each problem, the report date and the signature ours."""
    document = docx.Document()
    for line in (
        "整改建议书",
        "汉寿巡三建〔2018〕2号",
        "清水湖旅游景区管理处：",
        "2018年7月30日，县委第三巡察组联合县环保局对清水湖旅游景区环境保护方面的情况进行了专项巡察，发现以下问题：",
        "一、高尔夫球场旁的天然池塘承包养殖投鸡肥，影响水体水质。承包户定期投放鸡粪，水体发绿发臭。",
        "二、黑天鹅养殖区养殖密度高，影响水质。",
        "三、动物园动物检疫检验中心动物粪便处理不到位。粪便露天堆放，雨天随雨水流入周边沟渠。",
        "四、景区内食尚园餐馆生活垃圾随意堆放。",
        "请你处督导相关企业负责人对上述问题立即整改到位，并于2018年8月31日前将整改情况书面报县委巡察办；"
        "同时建立环保监督管理长效机制，确保景区“绿水青山”常在。",
        "中共汉寿县委第三巡察组",
        "2018年7月31日",
    ):
        document.add_paragraph(line)
    return _save(document)


DOCUMENTS["taohuayuan_2019_yangtze_tasks"] = (
    "长江经济带生态环境问题专项整治工作方案.txt",
    _text("taohuayuan_2019_yangtze_tasks"),
)
DOCUMENTS["jingyang_2018_inspection_plan_docx"] = (
    "督察反馈意见整改方案.docx",
    _jingyang_inspection_plan_docx,
)
DOCUMENTS["xuxing_2021_patrol_plan_pdf"] = ("巡察反馈问题整改清单.pdf", _xuxing_2021_patrol_plan_pdf)
DOCUMENTS["ziyang_2020_closure_ledger_xlsx"] = ("反馈问题整改销号台账.xlsx", _ziyang_closure_ledger_xlsx)
DOCUMENTS["tengchong_2018_lvdun_recheck_pdf"] = ("绿盾问题整改回头看情况表.pdf", _tengchong_lvdun_recheck_pdf)
DOCUMENTS["jianhu_2017_audit_checklist_docx"] = ("审计整改清单.docx", _jianhu_audit_checklist_docx)
DOCUMENTS["yetang_2019_patrol_ledger_xlsx"] = ("巡察反馈意见整改台账.xlsx", _yetang_patrol_ledger_xlsx)
DOCUMENTS["hanshou_2018_patrol_advice_docx"] = ("整改建议书.docx", _hanshou_patrol_advice_docx)

# The fifty-second blind set, for the figure recorded in docs/decisions.md (“Blind set 52”).
BLIND_52 = (
    "taohuayuan_2019_yangtze_tasks",
    "jingyang_2018_inspection_plan_docx",
    "xuxing_2021_patrol_plan_pdf",
    "ziyang_2020_closure_ledger_xlsx",
    "tengchong_2018_lvdun_recheck_pdf",
    "jianhu_2017_audit_checklist_docx",
    "yetang_2019_patrol_ledger_xlsx",
    "hanshou_2018_patrol_advice_docx",
)
BLIND_SETS[52] = BLIND_52


# --- blind set 56 (issue 14, branch corpus-blind56) -----------------------------------------------
# Rectification completion reports and 公示 published as text PDFs: a findings table running over
# pages with the header printed again (德兴, 潮阳) or not (刘杜), printed landscape (德兴, 刘杜,
# 保康, 番禺), without rules (番禺), with group rows (保康); numbered prose (问题一…整改情况, 杞县; 1.问题：
# under town headings, 禹州). Occasions and figures as published, the rows ours (places real).
# Written with their expected JSON before the reader ran on them (docs/decisions.md, “Blind set
# 56”; SOURCES.md “Blind set 56”).

_QIXIAN_REPORT = """杞县关于创建省级卫生县城技术评估反馈问题整改情况的报告
河南省爱国卫生运动委员会办公室：
2021年12月22日至23日，省爱卫办组织技术评估专家组对我县创建河南省卫生县城工作进行了技术评估，对暗访指出问题的整改情况进行了核查。技术评估组认为，我县整体创建水平基本达到河南省卫生县城标准要求，但还存在一些薄弱环节和问题。12月24日，县委、县政府召开全县创卫工作专题会议，对反馈问题逐项细化分解，明确责任单位和整改时限。现将整改情况报告如下：
一、技术评估反馈问题整改情况
问题一：部分农贸市场功能分区不合理，活禽宰杀区未实行隔离，地面积水、排水不畅。
责任单位：县市场监督管理局、城关镇人民政府
整改时限：2022年1月15日前
整改措施：1.对农贸市场重新进行功能分区，活禽宰杀区实行物理隔离；2.改造市场地面和排水沟；3.落实市场保洁人员和每日清扫制度。
整改情况：县城3个农贸市场已完成功能分区调整和排水改造，活禽宰杀区已封闭隔离，已整改到位。
问题二：城乡结合部和背街小巷卫生死角多，垃圾清运不及时，存在乱堆乱放现象。
责任单位：县城市管理局（牵头），城关镇人民政府、五里河镇人民政府
整改时限：长期坚持
整改措施：1.开展城乡结合部和背街小巷环境卫生集中整治；2.增设垃圾收集点，垃圾日产日清；3.建立网格化保洁责任制度。
整改情况：已完成集中清理，清运垃圾杂物260余吨，新增垃圾收集点45处，长效保洁机制正在完善，持续整改中。
问题三：部分“六小”行业门店证照公示不规范，从业人员健康证明过期。
责任单位：县卫生健康委员会（牵头），县市场监督管理局
整改时限：2022年1月31日前
整改情况：一是对县城“六小”门店逐户检查，督促规范公示证照；二是组织从业人员集中体检，补办健康证明1260份。该问题已整改完成。
问题四：部分单位和居民小区病媒生物防制设施不完善，防鼠、防蝇设施缺失。
责任单位：县疾病预防控制中心、县爱卫办
整改时限：2022年3月31日前
整改措施：1.对重点行业和单位防鼠防蝇设施进行拉网式排查；2.督促缺失设施的单位限期补齐；3.开展春季病媒生物集中消杀。
整改情况：已完成排查，补齐防鼠板、防蝇门帘等设施，春季集中消杀正在组织实施。
问题五：部分社区健康教育宣传栏内容更新不及时。
责任单位：县卫生健康委员会
整改时限：立行立改
整改情况：已更换全县社区健康教育宣传栏内容，建立每两个月更新一次的制度，已整改到位。
二、下一步工作打算
我县将以此次技术评估为契机，对已整改问题开展“回头看”，防止反弹；对正在整改的问题挂图作战、跟踪督办，确保按时整改到位，巩固提升创卫成果。
杞县爱国卫生运动委员会办公室
2022年1月20日"""


def _qixian_sanitary_county_report_pdf() -> bytes:
    """杞县 (河南 开封) 创建省级卫生县城 技术评估 反馈问题整改情况的报告, printed as an official document:
    the 技术评估 (2021-12-22/23, 省爱卫办 专家组; 基本达到标准 but 薄弱环节) and the 12月24日 专题会议
    as published; the five problems, units, limits, measures and progress are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_QIXIAN_REPORT)


def _dexing_safety_inspection_progress_pdf() -> bytes:
    """德兴市 (江西 上饶) 国务院安委会第十督导检查组 (2022年2月中旬) 反馈问题隐患整改情况表, a landscape
    text PDF whose table runs onto further pages with the header printed again: the 德邦化工 重大隐患
    (立案调查) as published; the other rows, measures, units, limits and progress are ours."""
    from fpdf.fonts import FontFace

    header = ["序号", "问题隐患", "整改措施", "责任单位", "整改时限", "整改进展"]
    rows = [
        [
            "1",
            "德兴市德邦化工有限公司涉及重点监管危险化工工艺的装置未实现自动化控制系统全覆盖，"
            "构成重大事故隐患。",
            "1.依法立案调查，责令企业停产整改；\n2.督促企业完成自动化控制系统改造；\n3.改造完成后组织专家验收，验收合格方可复产。",
            "市应急管理局、市工业园区管委会",
            "2022年4月30日前",
            "已依法立案调查，企业已停产，自动化控制系统改造正在施工。",
        ],
        [
            "2",
            "部分行业主管部门“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”落实不到位，"
            "行业安全监管职责边界不清。",
            "1.修订市安委会成员单位安全生产工作职责；\n2.建立安全生产工作季度考核通报制度。",
            "市安委办（牵头），市安委会各成员单位",
            "长期坚持",
            "已修订印发成员单位安全生产工作职责，季度考核通报制度已建立，已完成整改。",
        ],
        [
            "3",
            "部分非煤矿山安全设施设计变更未履行审批手续，采场边坡监测不到位。",
            "1.开展非煤矿山安全设施设计专项检查；\n2.督促企业补办设计变更审批；\n3.完善边坡在线监测系统。",
            "市应急管理局、市自然资源局",
            "2022年3月31日前",
            "已完成专项检查，2家矿山补办设计变更审批，边坡在线监测系统已安装，已完成整改。",
        ],
        [
            "4",
            "城区部分老旧小区电动自行车在楼道内停放充电，消防车通道被占用。",
            "1.开展电动自行车违规停放充电专项清理；\n2.增设集中充电设施；\n3.施划消防车通道标线。",
            "市消防救援大队、各街道办事处",
            "立行立改",
            "已清理楼道电动自行车430余辆，新增集中充电桩260个，已完成整改。",
        ],
        [
            "5",
            "部分临水临崖道路路段防护设施缺失，急弯陡坡警示标志不全。",
            "1.全面排查临水临崖路段；\n2.分批增设防护栏和警示标志。",
            "市交通运输局、市公安局交通管理大队",
            "2022年6月30日前",
            "已完成排查，增设防护栏3.2公里，其余路段正在施工。",
        ],
        [
            "6",
            "部分餐饮场所使用瓶装液化石油气未安装可燃气体报警装置，气瓶与灶具未分离设置。",
            "1.开展餐饮场所燃气安全专项整治；\n2.督促安装可燃气体报警装置；\n3.加强瓶装燃气供应企业监管。",
            "市城市管理局（牵头），市市场监督管理局",
            "2022年5月31日前",
            "已检查餐饮场所520家，安装报警装置310家，整改正在推进。",
        ],
        [
            "7",
            "个别建筑施工项目高处作业临边防护不到位，特种作业人员无证上岗。",
            "1.责令项目停工整改；\n2.清退无证特种作业人员；\n3.对施工单位依法处罚。",
            "市住房和城乡建设局",
            "立行立改",
            "项目已停工整改，无证人员已清退，施工单位已依法处罚，已完成整改。",
        ],
        [
            "8",
            "部分企业隐患自查自改未实行闭环管理，未按要求向员工公告、向监管部门报告。",
            "1.督促企业建立隐患排查治理台账；\n2.推行隐患自查自改自报制度。",
            "市应急管理局",
            "2022年3月31日前",
            "重点企业已全部建立隐患排查治理台账，已完成整改。",
        ],
    ]
    paragraphs = [
        "附件",
        "德兴市国务院安委会第十督导检查组反馈问题隐患整改情况表",
        "（截至2022年3月15日）",
    ]
    signature = ["德兴市安全生产委员会办公室", "2022年3月16日"]
    with _cjk_pdf(_cells_text(paragraphs, signature, header, rows=rows), size=10) as pdf:
        for line in paragraphs:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(
            col_widths=(12, 70, 75, 45, 30, 45),
            text_align="LEFT",
            first_row_as_headings=True,
            repeat_headings=1,
            line_height=7,
            headings_style=FontFace(emphasis=""),
        ) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)
        for line in signature:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


def _liudu_river_chief_rectification_pdf() -> bytes:
    """新泰市刘杜镇 (山东 泰安) 河长制工作监督检查发现问题整改情况, printed landscape from Word: the
    镇纪委 with the 水利站 checking 河渠2条 11.5公里, 6 problems (垃圾清理不到位、公示牌未及时更新、河长
    巡河不及时), 4 fed back on the spot and 2 by 督办函, 河渠整治6次 (2023-06) as published; the rows'
    places, units, limits and progress are ours. The table breaks over the page without its header."""
    from tests.printed_pdf import printed

    document = _small_landscape(11)
    for line in (
        "刘杜镇河长制工作监督检查发现问题整改情况",
        "为推动河道环境整治，镇纪委联合镇水利站成立落实河长制工作专项督查组，对全镇河渠2条、11.5公里开展"
        "监督检查，共发现问题6条，其中现场反馈问题4条，下发问题督办函2条。各责任单位收到问题反馈后，开展"
        "河渠整治6次。现将问题整改情况公布如下：",
    ):
        document.add_paragraph(line)
    header = ["序号", "河渠（段）", "发现问题", "反馈方式", "责任单位", "整改时限", "整改情况"]
    rows = [
        [
            "1",
            "刘杜河（刘杜村段）",
            "河道左岸堆放生活垃圾和建筑垃圾，垃圾清理不到位。",
            "现场反馈",
            "刘杜村党支部",
            "立行立改",
            "已清理垃圾约12立方米，落实村级保洁员每日巡查保洁，已整改到位。",
        ],
        [
            "2",
            "刘杜河（东周村段）",
            "河长公示牌信息未及时更新，河长姓名和监督电话与实际不符。",
            "现场反馈",
            "镇水利站",
            "2023年5月20日前",
            "已更换河长公示牌3块，已整改到位。",
        ],
        [
            "3",
            "刘杜河（北王庄村段）",
            "村级河长巡河不及时，巡河记录不完整。",
            "督办函",
            "北王庄村党支部、镇河长办",
            "2023年5月31日前",
            "已约谈村级河长，巡河记录已补齐，通过“河长制”App实行巡河打卡，已整改到位。",
        ],
        [
            "4",
            "西干渠（前寨村段）",
            "渠内水面漂浮物和杂草较多，渠道保洁不到位。",
            "现场反馈",
            "前寨村党支部",
            "立行立改",
            "已组织人员清理渠内漂浮物和杂草，已整改到位。",
        ],
        [
            "5",
            "西干渠（后寨村段）",
            "渠道沿线存在疑似生活污水直排口1处。",
            "督办函",
            "镇生态环境办（牵头），后寨村党支部",
            "2023年6月30日前",
            "已完成排查溯源，污水接入村污水收集管网工程正在施工。",
        ],
        [
            "6",
            "西干渠（小协村段）",
            "渠道两侧乱堆柴草杂物，侵占渠道管理范围。",
            "现场反馈",
            "小协村党支部",
            "2023年5月20日前",
            "已清理柴草杂物，已整改到位。",
        ],
    ]
    _ruled_table(document, header, rows)
    document.add_paragraph("下一步，镇纪委将持续开展河长制工作监督检查，对整改不到位的问题跟踪督办。")
    document.add_paragraph("中共新泰市刘杜镇纪律检查委员会")
    document.add_paragraph("2023年6月5日")
    return printed(_save(document))


def _chaoyang_audit_rectification_pdf() -> bytes:
    """汕头市潮阳区 (广东) 2022年度区本级预算执行和其他财政收支审计查出问题整改情况, the attached table
    printed portrait from Word, its header repeated on each page: the audit (19 projects, 330 problems;
    区农业农村局, 区城管局, 区贵屿循环经济产业园区, 铜盂镇, 海门镇 延伸抽查) as the 2023-09-28 report has
    it; the rows, measures, results and status are ours. No time-limit column."""
    from tests.printed_pdf import printed

    document = docx.Document()
    for line in (
        "附件",
        "潮阳区2022年度区本级预算执行和其他财政收支审计查出问题整改情况表",
    ):
        document.add_paragraph(line)
    header = ["序号", "审计查出问题", "整改责任单位", "整改措施", "整改结果", "整改状态"]
    rows = [
        [
            "1",
            "部分非税收入未及时足额缴入国库，滞留财政专户。",
            "区财政局",
            "1.清理财政专户滞留非税收入；\n2.完善非税收入收缴管理制度。",
            "已将滞留非税收入全部缴入国库，修订非税收入收缴管理办法。",
            "已整改",
        ],
        [
            "2",
            "部分上级专项转移支付资金未及时分配下达，资金闲置。",
            "区财政局（牵头），区农业农村局",
            "1.梳理未分配专项资金；\n2.加快资金分配下达和项目支出进度。",
            "已分配下达专项资金，部分项目尚在实施，支出进度未达序时要求。",
            "部分整改",
        ],
        [
            "3",
            "高标准农田建设项目部分工程未按设计施工，存在变更未审批情况。",
            "区农业农村局",
            "1.组织对项目工程进行复核；\n2.补办设计变更审批手续；\n3.对未按设计施工部分责令返工。",
            "已补办设计变更审批，返工部分已完成验收。",
            "已整改",
        ],
        [
            "4",
            "环卫保洁服务合同履约监管不到位，未按合同扣减考核不合格费用。",
            "区城市管理和综合执法局",
            "1.追扣考核不合格费用；\n2.建立环卫服务月度考核制度。",
            "已追扣服务费用，月度考核制度已建立并执行。",
            "已整改",
        ],
        [
            "5",
            "贵屿循环经济产业园区部分基础设施项目未办理竣工结算，资产未及时入账。",
            "区贵屿循环经济产业园区管委会",
            "1.委托第三方开展竣工结算审核；\n2.结算完成后办理资产入账。",
            "竣工结算审核正在进行，资产尚未入账。",
            "未整改",
        ],
        [
            "6",
            "铜盂镇部分公务支出报销手续不全，缺少审批和验收凭证。",
            "铜盂镇人民政府",
            "补齐报销审批和验收凭证，完善公务支出内控制度。",
            "已补齐相关凭证，修订财务报销管理制度。",
            "已整改",
        ],
        [
            "7",
            "海门镇部分村集体资产出租未公开招租，租金低于市场价。",
            "海门镇人民政府",
            "1.清理村集体资产出租合同；\n2.合同到期后一律公开招租；\n3.加强农村集体“三资”监管。",
            "已完成合同清理，到期合同已公开招租，其余合同待到期后处理。",
            "部分整改",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _repeat_header_row(table)
    document.add_paragraph("潮阳区审计局")
    document.add_paragraph("2023年12月15日")
    return printed(_save(document))


def _yuzhou_village_cleanup_report_pdf() -> bytes:
    """禹州市 (河南 许昌) 改善农村人居环境 暗访发现问题整改情况的报告, a portrait text PDF: numbered
    problems under town headings, each with labelled lines. The 市指挥部办公室 暗访 and 排名 (2020-06-05:
    方岗镇、神垕镇 first; 鸿畅镇、朱阁镇、苌庄镇、张得镇 among 22) as published; the problems, units,
    limits, measures and progress are ours."""
    lines = [
        "禹州市改善农村人居环境暗访发现问题整改情况的报告",
        "许昌市改善农村人居环境建设美丽乡村指挥部办公室：",
        "5月份以来，我市按照市指挥部办公室统一安排，扎实开展村庄清洁行动。针对市指挥部办公室暗访指出的"
        "生活垃圾收运处置不及时、留有卫生死角、户厕改造数据不精准等问题，我市逐项建立台账，明确责任单位和"
        "整改时限。现将整改情况报告如下：",
        "一、鸿畅镇",
        "1.问题：镇区农贸市场周边生活垃圾收运不及时，留有卫生死角。",
        "责任单位：鸿畅镇人民政府",
        "整改时限：2020年6月15日前",
        "整改措施：（1）增配垃圾收集桶；（2）清运频次由每日一次调整为每日两次；（3）落实市场周边保洁责任人。",
        "整改情况：已增配垃圾收集桶20个，清运频次已调整，卫生死角已清理，已整改到位。",
        "2.问题：部分村户厕改造台账与实际不符，数据不精准。",
        "责任单位：鸿畅镇人民政府、市农业农村局",
        "整改时限：2020年6月30日前",
        "整改情况：正在逐户核对户厕改造台账，已完成12个村，其余村正在推进。",
        "二、朱阁镇",
        "3.问题：部分村庄坑塘沟渠内漂浮垃圾未清理。",
        "责任单位：朱阁镇人民政府",
        "整改时限：立行立改",
        "整改情况：已组织清理坑塘沟渠36处，已整改到位。",
        "4.问题：村庄主干道两侧乱堆乱放柴草和建筑材料。",
        "责任单位：朱阁镇人民政府（牵头），市住房和城乡建设局",
        "整改时限：2020年6月20日前",
        "整改措施：（1）组织集中清理；（2）划定柴草和建材集中堆放点；（3）纳入“门前三包”考核。",
        "整改情况：集中清理已完成，集中堆放点正在划定。",
        "三、苌庄镇",
        "5.问题：山区村垃圾中转设施不足，部分垃圾就地焚烧。",
        "责任单位：苌庄镇人民政府、市城市管理局",
        "整改时限：2020年7月31日前",
        "整改措施：（1）新建垃圾中转点；（2）加强巡查，严禁露天焚烧垃圾。",
        "整改情况：新建垃圾中转点4个，已投入使用，已整改到位。",
        "四、下一步工作",
        "我市将坚持户厕改造、问题排查和整改落实同步推进，对已整改问题开展复查，防止反弹。",
        "禹州市改善农村人居环境建设美丽乡村指挥部办公室",
        "2020年6月22日",
    ]
    with _cjk_pdf("".join(lines), landscape=False, size=11) as pdf:
        for line in lines:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


def _baokang_school_fire_safety_pdf() -> bytes:
    """保康县 (湖北 襄阳) 寄宿制学校消防安全专项检查 火灾隐患阶段性整改情况, a landscape text PDF with
    group rows (by kind of school): the 消防救援大队's check (20余所, 40处 查改, 8份 整改通知书; 2023-04)
    as published; the schools' rows, units, measures, limits and progress are ours."""
    header = ["序号", "学校", "存在火灾隐患", "责任单位", "整改措施", "阶段性整改情况", "整改时限"]
    rows = [
        ("一", "乡镇寄宿制中学"),
        [
            "1",
            "马桥镇中学",
            "学生宿舍楼疏散指示标志和应急照明灯损坏，部分不能正常使用。",
            "马桥镇中学",
            "1.更换损坏的疏散指示标志和应急照明灯；\n2.建立每月检查记录。",
            "已更换疏散指示标志18个、应急照明灯12个，已完成整改。",
            "2023年4月20日前",
        ],
        [
            "2",
            "歇马镇中学",
            "食堂燃气管道老化，未安装可燃气体报警装置。",
            "歇马镇中学、县教育局",
            "1.更换老化燃气管道；\n2.安装可燃气体报警和自动切断装置。",
            "燃气管道已更换，报警装置正在安装。",
            "2023年5月15日前",
        ],
        ("二", "寄宿制小学"),
        [
            "3",
            "城关镇中心小学",
            "宿舍内学生私拉电线为手机充电，违规使用大功率电器。",
            "城关镇中心小学",
            "清理违规电线和大功率电器，加强宿舍夜间巡查。",
            "已清理违规电线和电器，宿舍巡查制度已落实，已完成整改。",
            "立行立改",
        ],
        [
            "4",
            "黄堡镇中心小学",
            "室内消火栓水压不足，部分灭火器过期。",
            "黄堡镇中心小学（牵头），县消防救援大队",
            "1.维修消防供水设施；\n2.更换过期灭火器；\n3.开展消防设施维护保养。",
            "已更换灭火器46具，消防供水设施维修正在进行。",
            "2023年5月31日前",
        ],
        ("三", "民办寄宿学校"),
        [
            "5",
            "县城某民办寄宿学校",
            "安全出口上锁，疏散通道堆放杂物；消防安全管理制度不健全。",
            "县教育局、县消防救援大队",
            "1.立即打开安全出口，清理疏散通道；\n2.制定灭火和应急疏散预案并组织演练；\n3.下发整改通知书，逾期不改依法处罚。",
            "安全出口和疏散通道已清理，应急疏散演练已开展，已完成整改。",
            "2023年4月15日前",
        ],
    ]
    paragraphs = [
        "保康县寄宿制学校消防安全专项检查火灾隐患阶段性整改情况",
        "县消防救援大队集中开展寄宿制学校消防安全专项检查，已排查寄宿制学校20余所，现场查改火灾隐患40处，"
        "下发整改通知书8份。现将需限期整改的隐患阶段性整改情况公布如下（截至2023年4月25日）：",
    ]
    return _grouped_pdf(paragraphs, header, rows)


def _panyu_dust_rectification_unruled_pdf() -> bytes:
    """番禺区 (广州) 在建房建工程扬尘问题整改情况 (2024年8月), a Word table printed landscape without
    rules: the month's figures (187 projects, 495 次 巡查, 81 扬尘问题, 20 油品问题, 64 整改通知书, 1 宗
    处罚, 56 份 扣分; 扬尘问题 all closed; 区住房和城乡建设局, 2024-09-02) as published; the projects'
    rows are ours."""
    from tests.printed_pdf import printed_unruled

    document = _small_landscape(10)
    for line in (
        "番禺区在建房建工程施工扬尘问题整改情况表（2024年8月）",
        "我区目前在建房建工程187个，8月1日至8月30日，巡查工地495个次，发现工地存在扬尘问题81个，油品问题"
        "20个，针对扬尘及油品问题发出整改通知书64份，行政处罚1宗，省动态扣分56份。部分问题整改情况如下：",
    ):
        document.add_paragraph(line)
    header = ["序号", "工程名称", "所在镇街", "存在问题", "整改要求", "责任单位", "整改时限", "整改结果"]
    rows = [
        [
            "1",
            "市桥街某安置房项目",
            "市桥街",
            "土方作业未采取洒水抑尘措施，工地出入口车辆冲洗设施未使用。",
            "立即落实洒水抑尘，启用车辆冲洗设施。",
            "项目施工单位",
            "2024年8月5日前",
            "已整改",
        ],
        [
            "2",
            "大石街某商住楼项目",
            "大石街",
            "裸露土方未覆盖，围挡喷淋设施损坏。",
            "1.覆盖裸露土方；2.修复围挡喷淋设施。",
            "项目施工单位、大石街道办事处",
            "2024年8月12日前",
            "已整改",
        ],
        [
            "3",
            "南村镇某学校扩建工程",
            "南村镇",
            "非道路移动机械使用不合格油品。",
            "1.清退不合格油品；2.建立油品进场检验台账；3.依法予以处罚。",
            "项目施工单位（牵头），区住房和城乡建设局",
            "2024年8月20日前",
            "已整改",
        ],
        [
            "4",
            "石楼镇某厂房项目",
            "石楼镇",
            "建筑垃圾未及时清运，现场堆放超过48小时。",
            "清运建筑垃圾，落实日产日清。",
            "项目施工单位",
            "2024年8月9日前",
            "已整改",
        ],
        [
            "5",
            "钟村街某道路配套工程",
            "钟村街",
            "路面破碎作业未采取湿法作业，扬尘明显。",
            "落实湿法作业和雾炮降尘措施。",
            "项目施工单位、钟村街道办事处",
            "2024年8月16日前",
            "已整改",
        ],
    ]
    table = document.add_table(rows=1, cols=len(header))
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        cell.text = value
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    document.add_paragraph("目前巡查发现的扬尘问题已全部完成整改。")
    document.add_paragraph("番禺区住房和城乡建设局")
    document.add_paragraph("2024年9月2日")
    return printed_unruled(_save(document))


DOCUMENTS["qixian_2022_sanitary_county_report_pdf"] = (
    "技术评估反馈问题整改情况的报告.pdf",
    _qixian_sanitary_county_report_pdf,
)
DOCUMENTS["dexing_2022_safety_inspection_progress_pdf"] = (
    "反馈问题隐患整改情况表.pdf",
    _dexing_safety_inspection_progress_pdf,
)
DOCUMENTS["liudu_2023_river_chief_rectification_pdf"] = (
    "河长制工作监督检查发现问题整改情况.pdf",
    _liudu_river_chief_rectification_pdf,
)
DOCUMENTS["chaoyang_2023_audit_rectification_pdf"] = (
    "审计查出问题整改情况表.pdf",
    _chaoyang_audit_rectification_pdf,
)
DOCUMENTS["yuzhou_2020_village_cleanup_report_pdf"] = (
    "暗访发现问题整改情况的报告.pdf",
    _yuzhou_village_cleanup_report_pdf,
)
DOCUMENTS["baokang_2023_school_fire_safety_pdf"] = (
    "火灾隐患阶段性整改情况.pdf",
    _baokang_school_fire_safety_pdf,
)
DOCUMENTS["panyu_2024_dust_rectification_unruled_pdf"] = (
    "施工扬尘问题整改情况表.pdf",
    _panyu_dust_rectification_unruled_pdf,
)

# The fifty-sixth blind set, for the figure recorded in docs/decisions.md (“Blind set 56”).
BLIND_56 = (
    "qixian_2022_sanitary_county_report_pdf",
    "dexing_2022_safety_inspection_progress_pdf",
    "liudu_2023_river_chief_rectification_pdf",
    "chaoyang_2023_audit_rectification_pdf",
    "yuzhou_2020_village_cleanup_report_pdf",
    "baokang_2023_school_fire_safety_pdf",
    "panyu_2024_dust_rectification_unruled_pdf",
)
BLIND_SETS[56] = BLIND_56


# --- blind set 54 (issue 14, branch corpus-blind54) -----------------------------------------------
# Rectification plans of ONE department or sector for its share of inspection findings: a forestry
# bureau of a state forest enterprise, a district water bureau, a city agriculture bureau, a
# development-zone management bureau, an industrial park, a city housing bureau and a county housing
# bureau. Prose, then a task table or numbered task list whose responsible units are the
# department's own 处/科/股/站 with named or posted responsible persons. Occasions and facts as
# published, the rows ours (SOURCES.md “Blind set 54”); written with their expected JSON before the
# reader ran on them (docs/decisions.md, “Blind set 54”).


def _songjianghe_forest_plan() -> bytes:
    """松江河林业局 (吉林森工, 抚松) 贯彻落实中央环境保护督察反馈意见整改方案 (2018, after
    吉林办〔2018〕251号): the attached task list with two number columns (序号, then the province's
    任务清单序号 第N项), the real 第4项 (毁林种参 7800公顷, 责任单位 各林场、头道松花江保护区管理处,
    two-stage target, five measures) and three rows of ours; 牵头部门 (the bureau's 处) before
    责任单位 and 责任人."""
    document = docx.Document()
    for line in (
        "松江河林业局贯彻落实中央环境保护督察反馈意见整改方案",
        "为认真贯彻落实中央环境保护督察反馈意见和《吉林省林业厅关于印发贯彻落实中央环境保护督察反馈意见整改方案的通知》"
        "（吉林办〔2018〕251号）要求，按照吉林森工集团的统一部署，结合我局实际，制定本方案。",
        "一、组织领导",
        "成立松江河林业局环境督察反馈问题整改领导小组，局长任组长，分管副局长任副组长，资源处、营林处、保护处、"
        "稽查处及各林场主要负责人为成员。领导小组下设办公室，设在资源处。",
        "二、整改任务",
        "对照省林业厅任务清单，我局承担整改任务4项，逐项明确牵头部门、责任单位、责任人和整改时限（见附件）。",
        "三、工作要求",
        "各责任单位每月5日前将上月整改进展报局整改办公室；整改完成后按程序申请验收销号，并向社会公示。",
        "附件：松江河林业局中央环境保护督察反馈问题整改任务清单",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件", "松江河林业局中央环境保护督察反馈问题整改任务清单"])
    header = [
        "序号",
        "任务清单序号",
        "反馈问题",
        "整改目标",
        "整改措施",
        "牵头部门",
        "责任单位",
        "责任人",
        "整改时限",
    ]
    rows = [
        [
            "1",
            "第4项",
            "据有关部门调查，2015年长白山林区毁林种参总面积达7800公顷，其中国有林地1900公顷、集体林地5900多公顷。",
            "2018年8月底前，完成违法违规参地的查处工作，有序推进已查处的违法违规参地的回收还林工作。"
            "2019年12月底前，完成全部违法违规参地的还林工作。",
            "",
            "资源处",
            "各林场、头道松花江保护区管理处",
            "分管副局长",
            "2018年8月底前完成查处；2019年12月底前完成还林",
        ],
        [
            "2",
            "第7项",
            "部分林场在国有林地内违规建设养殖圈舍和看护房，未办理使用林地审批手续。",
            "违规建筑全部拆除，林地恢复植被。",
            "1.逐林场排查林地内违规建设，建立台账。\n2.依法拆除违规建筑并补植补造。",
            "稽查处",
            "各林场",
            "稽查处处长",
            "2018年10月底前",
        ],
        [
            "3",
            "第11项",
            "头道松花江保护区内仍有小水电站未按要求退出。",
            "保护区内小水电站依法退出，恢复河道生态。",
            "制定退出方案，分步拆除拦河设施，恢复河道自然连通。",
            "保护处",
            "头道松花江保护区管理处",
            "保护区管理处主任",
            "2019年6月底前",
        ],
        [
            "4",
            "第15项",
            "森林资源管护责任落实不到位，部分管护区巡护记录缺失。",
            "管护责任全覆盖，巡护记录完整。",
            "1.签订森林资源包保责任书；2.推行巡护打卡，每月通报。",
            "资源处",
            "各林场",
            "各林场场长",
            "立行立改，长期坚持",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _cell_paragraphs(
        table.cell(1, 4),
        [
            "1.认真制定整改计划，确保整改任务有序开展。",
            "2.加强参业用地监督，严格管理。",
            "3.签定森林资源包保责任书，落实责任。",
            "4.加强制度建设，建立长效机制。",
            "5.下发进一步巩固长白山林区毁林种参整改成果的通知。",
        ],
    )
    return _save(document)


def _haizhu_water_patrol_plan_doc() -> bytes:
    """中共广州市海珠区水务局党组 巡察整改方案 (区委第二巡察组 2020-08-24—09-25, 反馈 10-20; 党组书记任组长,
    各科所长为成员): the table in the body between 二、 and 三、, groups as rows spanning the table,
    measures （1）（2） in one cell, 责任领导 a post, 责任科（所）, 完成时限 dates or 长期坚持 / 立行立改;
    saved as Word 97 (.doc). The rows are ours."""
    from tests.plan_layouts import _convert

    document = docx.Document()
    for line in (
        "中共广州市海珠区水务局党组关于区委第二巡察组巡察反馈意见的整改方案",
        "根据区委统一部署，2020年8月24日至9月25日，区委第二巡察组对海珠区水务局党组进行了巡察，并于10月20日"
        "反馈了巡察意见。为切实抓好整改落实，制定本方案。",
        "一、整改工作领导小组",
        "局党组书记任组长，其他班子成员任副组长，各科所长为成员。领导小组办公室设在局办公室。",
        "二、整改措施及责任分工",
    ):
        document.add_paragraph(line)
    header = ["序号", "反馈问题", "整改措施", "责任领导", "责任科（所）", "完成时限"]
    rows = [
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            "1",
            "对河长制工作部署落实不够有力，部分河涌“清四乱”问题反复出现。",
            "",
            "分管河湖工作副局长",
            "河湖管理科、区河长办",
            "2021年1月31日前",
        ],
        [
            "2",
            "排水设施建设项目推进缓慢，个别项目未按期完工。",
            "（1）逐项倒排工期；（2）每周调度在建项目进度。",
            "分管建设工作副局长",
            "工程建设科",
            "2020年12月31日前",
        ],
        "二、落实全面从严治党责任方面",
        [
            "3",
            "党组落实主体责任不到位，对下属单位监督检查偏少。",
            "（1）制定党组年度监督检查计划；（2）每季度听取下属单位党建工作汇报。",
            "党组书记",
            "办公室",
            "长期坚持",
        ],
        [
            "4",
            "政府采购和工程招投标管理不规范，部分项目未按规定公开。",
            "（1）修订局采购管理制度；（2）对2019年以来项目开展自查；（3）采购信息全部按规定公开。",
            "分管财务工作副局长",
            "财务审计科",
            "立行立改",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _cell_paragraphs(
        table.cell(2, 2),
        [
            "（1）每月开展河涌“四乱”巡查，问题建立台账；",
            "（2）对反复出现的问题点位约谈所在街道河长办；",
            "（3）完善河长履职考核办法。",
        ],
    )
    for line in (
        "三、工作要求",
        "各责任科（所）要对照整改措施逐项落实，每月底前向局整改办报送进展，整改完成一项、销号一项。",
        "中共广州市海珠区水务局党组",
        "2020年11月5日",
    ):
        document.add_paragraph(line)
    return _convert(_save(document), ".docx", "doc")


def _zunyi_agri_inspection_plan() -> bytes:
    """遵义市农业农村局 省级生态环境保护督察反馈问题整改工作方案 (2021: 6月8日、9日 专题会议, 副局长何祖华;
    赤水河流域农药化肥, 畜禽粪污, 长江流域退捕禁捕; 科(站): 土壤肥料科、植保植检科、农村环境监测科、
    畜牧渔业站、动物疫病预防控制监测站、社会事业科、计划建设科): a numbered task list in paragraphs, each
    task （一） with 整改目标 / 整改措施 / 责任领导 / 责任科室 / 完成时限 lines; measures on the 整改措施 line
    or as paragraphs under it; 责任科室 “A（牵头），B、C”. The tasks' wording is ours."""
    document = docx.Document()
    for line in (
        "遵义市农业农村局省级生态环境保护督察反馈问题整改工作方案",
        "为扎实做好2021年省级生态环境保护督察反馈问题整改工作，根据6月8日、6月9日局专题会议安排，结合我局职责，"
        "制定本方案。",
        "一、工作目标",
        "聚焦督察组反馈问题清单，以及长江流域退捕禁捕、畜禽粪污综合治理、赤水河流域农药化肥施用等问题，"
        "明确整改目标，倒排工期，挂图作战，确保按期完成整改。",
        "二、整改任务",
        "（一）赤水河流域部分区域农药化肥施用量偏大，农业面源污染防控不力。",
        "整改目标：赤水河流域化肥农药使用量实现负增长。",
        "整改措施：1.在赤水河流域推广测土配方施肥和有机肥替代化肥；2.开展绿色防控和统防统治，推广高效低毒农药；"
        "3.建设农田面源污染监测点。",
        "责任领导：何祖华",
        "责任科室：土壤肥料科（牵头），植保植检科、农村环境监测科",
        "完成时限：2021年12月底前",
        "（二）部分规模养殖场粪污处理设施配套不到位，粪污直排现象仍有发生。",
        "整改目标：规模养殖场粪污处理设施装备配套率达到100%。",
        "整改措施：",
        "1.逐场排查规模养殖场粪污处理设施；",
        "2.对配套不到位的限期整改；",
        "3.对直排的移交生态环境部门依法查处。",
        "责任领导：何祖华",
        "责任科室：畜牧渔业站（牵头），动物疫病预防控制监测站",
        "完成时限：2021年10月底前",
        "（三）长江流域重点水域禁捕退捕后仍有非法捕捞行为。",
        "整改目标：重点水域非法捕捞行为得到有效遏制。",
        "整改措施：持续开展打击非法捕捞专项行动，联合公安、市场监管部门开展联合执法。",
        "责任领导：何祖华",
        "责任科室：畜牧渔业站",
        "完成时限：长期坚持",
        "（四）农村生活垃圾和污水治理设施运行管护不到位。",
        "整改目标：已建设施正常运行，管护责任落实到村。",
        "整改措施：1.开展已建设施运行情况排查；2.指导各县（市、区）建立村级管护制度。",
        "责任领导：何祖华",
        "责任科室：社会事业科（牵头），计划建设科",
        "完成时限：2021年11月30日前",
        "三、保障措施",
        "各责任科（站）每月25日前将整改进展报局办公室，局办公室汇总后报市环保督察整改工作领导小组办公室。",
    ):
        document.add_paragraph(line)
    return _save(document)


def _mingzhuwan_patrol_plan() -> bytes:
    """广州市南沙新区明珠湾开发建设管理局党组 营商环境专项巡察整改工作方案 (巡察 2022-03-15—05-20, 反馈
    7-05, 集中整改三个阶段; 整改责任落实到责任领导、责任处室与经办人): the attached 巡察整改措施及任务分工
    一览表 with groups spanning the table, measures as paragraphs in a cell, 责任领导 merged down over
    the rows of a group, an 经办人 column, 责任处室 “A（牵头）、B”. The rows are ours."""
    document = docx.Document()
    for line in (
        "中共广州市南沙新区明珠湾开发建设管理局党组关于区委营商环境专项巡察反馈意见的整改工作方案",
        "2022年3月15日至5月20日，区委营商环境专项巡察组对我局党组开展专项巡察，并于7月5日反馈了巡察意见。"
        "为抓好整改落实，制定本方案。",
        "一、集中整改时间",
        "2022年7月5日至10月5日为集中整改期，分动员部署、集中整改、总结提升三个阶段。",
        "二、组织领导",
        "成立巡察整改工作领导小组，下设整改工作办公室，负责日常协调、监督、检查等工作。整改责任落实到责任领导、"
        "责任处室与经办人。",
        "附件：巡察整改措施及任务分工一览表",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件", "巡察整改措施及任务分工一览表"])
    header = ["序号", "问题", "整改措施", "责任领导", "责任处室", "经办人", "完成时限"]
    rows = [
        "一、落实营商环境政策措施不够到位",
        [
            "1",
            "惠企政策宣传解读不够，企业对政策知晓率不高。",
            "",
            "分管产业工作副局长",
            "产业发展处",
            "李晓明",
            "2022年9月30日前",
        ],
        [
            "2",
            "项目审批服务事项办理时限偏长，部分事项超时办结。",
            "",
            "",
            "规划建设处、综合管理处",
            "王敏、陈立",
            "2022年10月5日前",
        ],
        "二、工程建设领域管理不够规范",
        [
            "3",
            "部分工程项目变更签证审核不严，资料不完整。",
            "",
            "分管工程工作副局长",
            "工程管理处",
            "赵磊",
            "2022年10月5日前，长期坚持",
        ],
        [
            "4",
            "工程款支付进度滞后，存在拖欠中小企业账款风险。",
            "",
            "",
            "财务审计处（牵头）、工程管理处",
            "刘芳",
            "立行立改",
        ],
    ]
    table = _ruled_table(document, header, rows)
    measures = {
        2: ["1.编制明珠湾区惠企政策汇编；", "2.每季度举办一次政企座谈会；", "3.建立重点企业服务专员制度。"],
        3: ["1.梳理审批事项清单，压缩办理时限；", "2.对超时事项逐件倒查原因。"],
        5: ["1.修订工程变更管理办法；", "2.对2020年以来的变更签证开展专项复核。"],
        6: ["1.建立工程款支付台账，按月调度；", "2.对逾期未付款项限期支付。"],
    }
    for row, lines in measures.items():
        _cell_paragraphs(table.cell(row, 2), lines)
    _merge_down(table, 3, 2, 3)
    _merge_down(table, 3, 5, 6)
    return _save(document)


def _binhaigang_patrol_plan() -> bytes:
    """中共滨海港工业园区管理办公室委员会 巡察整改方案 (市委第五巡察组 2023-11-29—2024-01-31, 反馈 4-09;
    领导小组: 党委主要领导任组长, 党委副书记、管理办公室主任任常务副组长; 整改办): the 整改任务清单 in the
    body, one row per MEASURE: the 序号 and 反馈问题 cells merged down over a problem's measure rows,
    each measure with its own 牵头部门, 配合部门 and 完成时限. The park's 局 and the rows are ours."""
    document = docx.Document()
    for line in (
        "中共滨海港工业园区管理办公室委员会关于市委第五巡察组巡察反馈意见的整改方案",
        "2023年11月29日至2024年1月31日，市委第五巡察组对园区党委进行了巡察，并于2024年4月9日反馈了巡察意见。"
        "园区党委坚决认领、照单全收，制定本方案。",
        "一、组织领导",
        "成立巡察整改工作领导小组，党委主要领导任组长，党委副书记、管理办公室主任任常务副组长，其他班子成员任副组长，"
        "各部门主要负责人为成员；领导小组下设办公室（整改办），负责整改工作的组织、协调和落实。",
        "二、整改任务清单",
    ):
        document.add_paragraph(line)
    header = ["序号", "反馈问题", "整改措施", "责任领导", "牵头部门", "配合部门", "完成时限"]
    first = "招商引资项目履约监管不到位，部分项目未按协议开工投产。"
    second = "安全生产监管存在薄弱环节，化工企业隐患排查不彻底。"
    rows = [
        [
            "1",
            first,
            "对签约项目逐个核查履约情况，建立问题项目清单。",
            "分管招商工作副主任",
            "招商服务局",
            "经济发展局",
            "2024年6月30日前",
        ],
        [
            "1",
            first,
            "对长期未开工项目依法依约处置，收回闲置土地。",
            "分管招商工作副主任",
            "招商服务局",
            "规划建设局",
            "2024年12月31日前",
        ],
        [
            "2",
            second,
            "开展化工企业安全隐患全覆盖排查。",
            "分管安全工作副主任",
            "安全环保局",
            "",
            "2024年7月31日前",
        ],
        [
            "2",
            second,
            "建立隐患整改闭环销号机制。",
            "分管安全工作副主任",
            "安全环保局",
            "经济发展局",
            "长期坚持",
        ],
        ["2", second, "对重大隐患挂牌督办。", "分管安全工作副主任", "安全环保局", "", "立行立改"],
        [
            "3",
            "工程建设项目招投标管理不规范，存在化整为零规避招标现象。",
            "修订园区工程建设项目管理办法，对2021年以来项目开展专项检查。",
            "纪工委书记",
            "规划建设局",
            "财政审计局",
            "2024年9月30日前",
        ],
    ]
    table = _ruled_table(document, header, rows)
    for column in (0, 1, 3, 4):
        _merge_down(table, column, 1, 2)
        _merge_down(table, column, 3, 5)
    for line in (
        "三、工作要求",
        "各牵头部门每半月向整改办报送一次整改进展，整改完成一项、销号一项。",
    ):
        document.add_paragraph(line)
    return _save(document)


def _guangzhou_housing_patrol_plan() -> bytes:
    """中共广州市住房和城乡建设局党组 落实市委第八巡察组反馈意见整改工作方案 (巡察 2020-05-17—08-07, 反馈
    10-27; 4个方面12类问题和4条意见建议, 细化成39个具体问题, 157项整改措施; 三级责任人): the attached task
    list (节选) with a 问题类别 column merged down, 责任单位 written “牵头：A / 配合：B” on two lines, a
    三级责任人 column of posts, measures “1.…；2.…” on one line. The four rows are ours."""
    document = docx.Document()
    for line in (
        "中共广州市住房和城乡建设局党组落实市委第八巡察组反馈意见整改工作方案",
        "2020年5月17日至8月7日，市委第八巡察组对市住房城乡建设局党组进行巡察，10月27日反馈了巡察意见。针对反馈的"
        "4个方面12类问题和4条意见建议，局党组细化为39个具体问题，提出157项整改措施，形成问题清单、任务清单和责任清单。",
        "局属各单位党组织和机关各处室党支部明确巡察整改三级责任人，把整改责任压实到岗，坚持挂图作战、逐项整改、销号管理。",
        "附件：巡察反馈问题整改任务清单（节选）",
    ):
        document.add_paragraph(line)
    _attachment_page(document, ["附件", "巡察反馈问题整改任务清单（节选）"])
    header = ["问题序号", "问题类别", "具体问题", "整改措施", "责任单位", "三级责任人", "整改时限"]
    rows = [
        [
            "1",
            "贯彻落实党中央决策部署方面",
            "公租房分配管理不够精细，部分保障对象资格复核不及时。",
            "1.开展在册保障对象资格年度复核；2.建立与民政、公安等部门数据比对机制；3.清退不符合条件的承租户。",
            "牵头：住房保障处\n配合：市住房保障办公室",
            "局领导：分管副局长\n处室负责人：住房保障处处长",
            "2021年3月底前",
        ],
        [
            "2",
            "",
            "老旧小区改造推进不平衡，部分项目群众参与度不高。",
            "1.完善居民意愿征询机制；2.建立改造项目进度月通报制度。",
            "牵头：城市建设处\n配合：各区住房城乡建设局",
            "局领导：分管副局长\n处室负责人：城市建设处处长",
            "2021年6月底前，长期坚持",
        ],
        [
            "3",
            "落实全面从严治党主体责任方面",
            "局属单位资产管理不规范，部分房产出租未经评估。",
            "1.对局属单位出租房产逐项清查；2.未经评估的补充评估；3.修订资产出租管理办法。",
            "牵头：财务处\n配合：局属各单位",
            "局领导：分管副局长\n处室负责人：财务处处长",
            "2021年1月底前",
        ],
        [
            "4",
            "",
            "建设工程质量安全监管存在薄弱环节，执法处罚力度偏弱。",
            "1.开展建筑施工安全专项整治；2.对违法违规行为依法从严处罚。",
            "牵头：质量安全处\n配合：市建设工程质量安全监督站",
            "局领导：分管副局长\n处室负责人：质量安全处处长",
            "立行立改，长期坚持",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _merge_down(table, 1, 1, 2)
    _merge_down(table, 1, 3, 4)
    return _save(document)


def _cangxi_housing_audit_plan_doc() -> bytes:
    """苍溪县住房和城乡建设局 农村人居环境整治相关政策和资金专项审计 (苍审农报〔2022〕1号) 整改方案: 领导小组
    (主要领导任组长, 分管领导任副组长, 相关站股室负责人为成员), the audit's two findings as published
    (污水处理设施项目未按合同期限完工, 元坝镇 170米主管网迁改; 传统村落未编制保护发展规划、未设立保护
    标志) and one of ours; measures written as plain sentences in one cell; 责任股室 and a named
    责任人; signed and dated under the table. Saved as Word 97 (.doc)."""
    from tests.plan_layouts import _convert

    document = docx.Document()
    for line in (
        "苍溪县住房和城乡建设局关于2022年农村人居环境整治相关政策和资金专项审计发现问题的整改方案",
        "根据2022年农村人居环境整治相关政策和资金专项审计报告（苍审农报〔2022〕1号），我局成立了以主要领导为组长，"
        "分管领导任副组长，相关站股室负责人为成员的农村人居环境整治审计整改工作领导小组，细化工作责任，落实工作专班。"
        "现制定整改方案如下。",
        "一、整改任务",
    ):
        document.add_paragraph(line)
    header = ["序号", "审计发现问题", "整改措施", "责任领导", "责任股室", "责任人", "整改时限"]
    rows = [
        [
            "1",
            "个别污水处理设施建设项目未按合同约定期限完工。",
            "协调元坝镇人民政府和施工单位加快主管网和站房建设。督促完成170米主管网迁改。完成设备调试并投入运行。",
            "分管副局长",
            "村镇建设股",
            "王建",
            "2023年3月31日前",
        ],
        [
            "2",
            "部分传统村落未编制保护发展规划，未设立保护标志。",
            "督促有关乡镇落实规划编制资金，编制传统村落保护发展规划。对文物古迹、历史建筑等保护对象挂牌保护。",
            "分管副局长",
            "村镇建设股、规划股",
            "李娟",
            "2023年6月30日前",
        ],
        [
            "3",
            "农村生活垃圾收运设施部分闲置，管护机制不健全。",
            "对闲置设施逐一核查，能用的及时投入使用。建立乡镇收运设施管护制度。",
            "分管副局长",
            "城市管理股",
            "张勇",
            "2022年12月31日前",
        ],
    ]
    _ruled_table(document, header, rows)
    for line in (
        "二、工作要求",
        "各责任股室要对照整改任务逐项销号，整改完成后将佐证资料报局办公室汇总。",
        "苍溪县住房和城乡建设局",
        "2022年11月20日",
    ):
        document.add_paragraph(line)
    return _convert(_save(document), ".docx", "doc")


DOCUMENTS["songjianghe_2018_forest_inspection_plan_docx"] = (
    "松江河林业局中央环保督察反馈意见整改方案.docx",
    _songjianghe_forest_plan,
)
DOCUMENTS["haizhu_2020_water_patrol_plan_doc"] = (
    "区水务局党组巡察整改方案.doc",
    _haizhu_water_patrol_plan_doc,
)
DOCUMENTS["zunyi_2021_agri_inspection_plan_docx"] = (
    "市农业农村局省级环保督察反馈问题整改工作方案.docx",
    _zunyi_agri_inspection_plan,
)
DOCUMENTS["mingzhuwan_2022_patrol_plan_docx"] = ("明珠湾管理局巡察整改工作方案.docx", _mingzhuwan_patrol_plan)
DOCUMENTS["binhaigang_2024_patrol_plan_docx"] = ("滨海港工业园区巡察整改方案.docx", _binhaigang_patrol_plan)
DOCUMENTS["guangzhou_2020_housing_patrol_plan_docx"] = (
    "市住房城乡建设局巡察整改工作方案.docx",
    _guangzhou_housing_patrol_plan,
)
DOCUMENTS["cangxi_2022_housing_audit_plan_doc"] = (
    "县住建局专项审计整改方案.doc",
    _cangxi_housing_audit_plan_doc,
)

# The fifty-fourth blind set, for the figure recorded in docs/decisions.md (“Blind set 54”).
BLIND_54 = (
    "songjianghe_2018_forest_inspection_plan_docx",
    "haizhu_2020_water_patrol_plan_doc",
    "zunyi_2021_agri_inspection_plan_docx",
    "mingzhuwan_2022_patrol_plan_docx",
    "binhaigang_2024_patrol_plan_docx",
    "guangzhou_2020_housing_patrol_plan_docx",
    "cangxi_2022_housing_audit_plan_doc",
)
BLIND_SETS[54] = BLIND_54


# --- blind set 60 (issue 14, branch corpus-blind60) -----------------------------------------------
# A third mixed set taken in the order broad searches gave it (整改任务清单 县, 整改情况 销号 公示
# 2025, 回头看 整改, 巡察反馈 问题 …), from places new to the corpus, each in the file form it
# came in or would be sent as: a 第23项 问题整改完成情况公示 copied from a portal's label | value
# table (郴州 临武), a 镇党委 巡察整改任务清单 attached as a Word table with group rows (蚌埠 淮上区
# 沫河口镇), a 镇 脱贫攻坚专项巡察 整改台账 workbook with a 问题类别 column merged down (渭南 蒲城
# 党睦镇), a 镇 村（社区）巡察 整改清单 printed to PDF (黄山 歙县 徽城镇), a 整改方案 in Word whose
# items are labelled paragraphs (邵阳 隆回) and a 检查情况 通报 whose problems run on in one
# paragraph (达州 宣汉). Written with their expected JSON BEFORE the reader ran on them
# (docs/decisions.md, “Blind set 60”; SOURCES.md “Blind set 60”).


def _mohekou_patrol_list_docx() -> bytes:
    """蚌埠市淮上区沫河口镇党委 落实市委第一巡察组反馈意见 整改任务清单 (巡察 2020-09-15 至
    11-20, 反馈 2021-01-15): the problems the 巡察组 named, grouped in three 方面 rows merged
    across a ruled Word table with 责任领导 (posts), 牵头单位 and 配合单位. The problems' heads are
    the stored page's; their detail, the groups' names, measures, units and limits ours."""
    return _grid_docx(
        [
            "附件",
            "沫河口镇党委落实市委第一巡察组反馈意见整改任务清单",
        ],
        ["序号", "反馈问题", "整改措施", "责任领导", "牵头单位", "配合单位", "整改时限"],
        [
            "一、贯彻落实党的路线方针政策和上级决策部署方面",
            [
                "1",
                "学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神不深不透，党委理论学习中心组学习以读文件为主。",
                "1.制定年度理论学习计划，每月开展一次专题学习研讨；\n2.班子成员每年撰写调研报告不少于1篇。",
                "镇党委书记",
                "党政办",
                "各村（社区）党组织",
                "2021年3月底前，长期坚持",
            ],
            [
                "2",
                "污染防治统筹力度不够，辖区内秸秆禁烧和河道保洁存在反弹。",
                "1.建立镇村两级网格巡查制度；\n2.开展沿淮河道垃圾集中清理；\n3.将污染防治纳入村级年度考核。",
                "镇长",
                "环保所",
                "农业综合服务中心、各村",
                "2021年6月底前",
            ],
            [
                "3",
                "破解复杂问题能力不足，征迁遗留问题长期未化解。",
                "逐件梳理征迁遗留问题，实行班子成员包案化解。",
                "镇党委副书记",
                "征迁办",
                "司法所、信访办",
                "2021年12月底前",
            ],
            "二、落实全面从严治党主体责任方面",
            [
                "4",
                "镇纪委监督责任聚焦不够，对村级“三资”管理监督不到位。",
                "1.开展村级“三资”专项检查；\n2.建立镇纪委季度监督清单。",
                "镇纪委书记",
                "镇纪委",
                "财政所、各村",
                "2021年4月底前",
            ],
            [
                "5",
                "违反中央八项规定精神问题依然存在，公务接待报销手续不全。",
                "立即清理2019年以来公务接待票据，完善公务接待审批单。",
                "镇长",
                "财政所",
                "党政办",
                "立行立改",
            ],
            "三、基层党组织建设和选人用人方面",
            [
                "6",
                "“三超两乱”“三龄两历”整治不彻底，部分干部档案信息不一致。",
                "1.逐人复核干部档案；\n2.对信息不一致的按程序认定并报区委组织部。",
                "镇党委副书记",
                "组织办",
                "",
                "2021年3月31日前",
            ],
            [
                "7",
                "对巡察等监督检查指出问题以及主题教育检视问题整改落实不到位。",
                "建立问题整改台账，逐项对账销号，整改情况在镇务公开栏公示。",
                "镇党委书记",
                "党政办",
                "各相关办（所）",
                "2021年6月30日前",
            ],
        ],
    )


def _dangmu_patrol_ledger_xlsx() -> bytes:
    """蒲城县党睦镇党委 (陕西 渭南) 脱贫攻坚专项巡察 反馈问题整改台账 (市县联动巡察组 3月7日至
    4月20日, 反馈 7月19日; 镇、村两个层面): a workbook with a title merged across, a 填报 line,
    a 问题类别 column merged down per level, 责任人 (posts) and an 整改进展 column. The six
    problems' heads are the stored page's; the year (the page gives none), their detail,
    measures, units, limits and progress ours."""
    header = ["序号", "问题类别", "存在问题", "整改措施", "责任人", "责任单位", "完成时限", "整改进展"]
    book, sheet = _titled_sheet("整改台账", "党睦镇党委脱贫攻坚专项巡察反馈问题整改台账", header)
    sheet.insert_rows(2)
    sheet["A2"] = "填报单位：中共蒲城县党睦镇委员会"
    sheet["F2"] = "填报时间：2019年9月10日"
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    sheet.merge_cells(start_row=2, start_column=6, end_row=2, end_column=len(header))
    rows = [
        [
            1,
            "镇级层面",
            "理论学习不深入，对中央和省市县脱贫攻坚政策学习停留在传达文件。",
            "1.每月召开一次脱贫攻坚政策专题学习会；\n2.组织镇村干部开展政策应知应会测试。",
            "镇党委书记",
            "党政办",
            "2019年8月31日前",
            "已完成",
        ],
        [
            2,
            None,
            "政策落实有偏差，部分产业奖补资金发放对象把关不严。",
            "1.对2018年以来产业奖补资金逐户复核；\n2.对不符合条件的追回资金；\n3.建立奖补资金镇村两级审核公示制度。",
            "镇长",
            "扶贫办",
            "2019年9月30日前",
            "正在整改",
        ],
        [
            3,
            None,
            "党建助推脱贫后劲不足，村集体经济薄弱。",
            "每村制定一项集体经济发展规划，年底前消除集体经济空壳村。",
            "镇党委副书记",
            "组织办",
            "2019年12月31日前",
            "正在整改",
        ],
        [
            4,
            None,
            "干部作风仍需改进，个别包村干部入户走访次数不够。",
            "实行包村干部入户走访登记，镇纪委每月抽查通报。",
            "镇纪委书记",
            "镇纪委",
            "立行立改，长期坚持",
            "已完成",
        ],
        [
            5,
            "村级层面",
            "行政村干部队伍结构不合理，村“两委”成员年龄偏大。",
            "1.建立村级后备干部库；\n2.结合换届选举优化村“两委”班子结构。",
            "镇党委副书记",
            "组织办",
            "2020年12月31日前",
            "正在整改",
        ],
        [
            6,
            None,
            "政策落实不实不细，贫困户档案信息与实际不符。",
            "逐户核对贫困户“一户一档”信息，做到账实相符。",
            "镇长",
            "扶贫办、各村",
            "2019年8月31日前",
            "已完成",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells(start_row=4, start_column=2, end_row=7, end_column=2)
    sheet.merge_cells(start_row=8, start_column=2, end_row=9, end_column=2)
    return _book_bytes(book)


def _huicheng_village_patrol_pdf() -> bytes:
    """歙县徽城镇 (安徽 黄山) 村（社区）党组织 巡察反馈问题整改清单 (县委上下联动巡察组, 巡察
    2022-09-19 至 11-30, 集中反馈 2023-03-10; 23个村（社区）): the problems the 巡察组 named
    (政治理论学习不到位 … 党建基础工作不扎实), one row each with a 涉及村（社区） column, printed
    to a landscape text PDF. The seven problems' heads are the stored page's; the villages,
    measures, people, limits and states ours."""
    header = ["序号", "反馈问题", "涉及村（社区）", "整改措施", "责任人", "完成时限", "整改情况"]
    rows = [
        [
            "1",
            "政治理论学习不到位，村“两委”集中学习次数不足。",
            "各村（社区）",
            "1.每月开展一次主题党日集中学习；2.镇党委每季度抽查学习记录。",
            "镇党委副书记",
            "2023年4月30日前",
            "已完成",
        ],
        [
            "2",
            "实施乡村振兴战略不够有力，村级产业项目带动作用不明显。",
            "向杲村、桂林村",
            "每村谋划一个特色产业项目，明确利益联结机制。",
            "镇长",
            "2023年12月底前",
            "正在整改",
        ],
        [
            "3",
            "人居环境整治不彻底，房前屋后乱堆乱放。",
            "城南社区、槐塘村",
            "1.开展村庄清洁行动；2.建立网格员日常巡查制度；3.纳入文明家庭评比。",
            "分管副镇长",
            "立行立改",
            "已完成",
        ],
        [
            "4",
            "村级“三资”管理不到位，集体资产台账不全。",
            "各村（社区）",
            "全面清查村集体资产资源，建立完善台账。",
            "镇纪委书记",
            "2023年6月30日前",
            "正在整改",
        ],
        [
            "5",
            "财务制度管理不严，部分支出票据审批手续不全。",
            "各村（社区）",
            "1.补齐审批手续；2.严格执行村级财务“双签”制度。",
            "镇纪委书记",
            "2023年4月30日前",
            "已完成",
        ],
        [
            "6",
            "“四议两公开”程序不规范，重大事项决策记录缺失。",
            "槐塘村、向杲村",
            "规范“四议两公开”会议记录和公开程序，镇党委定期检查。",
            "镇党委副书记",
            "长期坚持",
            "持续整改",
        ],
        [
            "7",
            "党建基础工作不扎实，党员发展和组织关系转接资料不规范。",
            "各村（社区）",
            "1.开展党建档案资料专项整理；2.组织村党组织书记业务培训。",
            "镇党委副书记",
            "2023年5月31日前",
            "已完成",
        ],
    ]
    return _pdf_table(
        ["徽城镇村（社区）党组织巡察反馈问题整改清单", "填报单位：中共歙县徽城镇委员会　　2023年4月"],
        header,
        rows,
        widths=(10, 70, 30, 80, 25, 30, 22),
    )


def _longhui_sand_mining_plan_docx() -> bytes:
    """隆回县落实第二轮省生态环境保护督察反馈问题整改方案 (邵阳, 湖南; 反馈 “全市砂石土矿非法
    开采问题依然存在”, 涉及隆回县 主要体现在 监管执法不严、生态修复标准不高 两方面; the plan
    names 责任单位、整改措施、整改目标、整改时限; 市自然资源和规划局 等 核查 6月23日, 同意销号):
    a Word plan whose items are （一）（二） paragraphs followed by labelled lines, then 三、保障措施.
    The two aspects and the labels are the stored page's; the year (the page gives none), the
    items' detail, units, targets, measures and limits ours."""
    document = docx.Document()
    for line in [
        "隆回县落实第二轮省生态环境保护督察反馈问题整改方案",
        "（砂石土矿非法开采问题）",
        "为切实抓好第二轮省生态环境保护督察反馈问题整改，结合我县实际，制定本方案。",
        "一、反馈问题",
        "全市砂石土矿非法开采问题依然存在。涉及我县主要体现在监管执法不严、生态修复标准不高等两方面。",
        "二、整改任务",
        "（一）监管执法不严。部分乡镇对辖区砂石土矿巡查不到位，对非法开采行为发现不及时、查处不到位。",
        "责任单位：县自然资源局",
        "配合单位：县生态环境分局、县应急管理局、县公安局、各乡镇人民政府",
        "整改目标：非法开采行为得到有效遏制，发现一起查处一起。",
        "整改措施：1.开展砂石土矿非法开采专项整治行动；2.建立县乡村三级巡查网格；3.对查实的非法开采行为依法立案查处，涉嫌犯罪的移送司法机关。",
        "整改时限：2022年5月底前，长期坚持",
        "（二）生态修复标准不高。部分已关闭砂石土矿山复绿覆土厚度不够，植被成活率低。",
        "责任单位：县自然资源局",
        "配合单位：县林业局、相关乡镇人民政府",
        "整改目标：已关闭矿山生态修复达到验收标准。",
        "整改措施：1.对已关闭矿山生态修复情况逐一复核；2.对不达标的制定补植复绿方案并组织实施。",
        "整改时限：2022年6月30日前",
        "三、保障措施",
        "（一）加强组织领导。成立由县政府分管副县长任组长的整改工作领导小组，统筹推进整改工作。",
        "（二）严格督查问责。县委督查室、县政府督查室对整改进度跟踪督办，对整改不力的严肃问责。",
        "隆回县人民政府办公室",
        "2022年3月15日",
    ]:
        document.add_paragraph(line)
    return _save(document)


DOCUMENTS["linwu_2025_closure_notice"] = (
    "第23项问题整改完成情况公示.txt",
    _text("linwu_2025_closure_notice"),
)
DOCUMENTS["mohekou_2021_patrol_list_docx"] = ("巡察反馈意见整改任务清单.docx", _mohekou_patrol_list_docx)
DOCUMENTS["dangmu_2019_patrol_ledger_xlsx"] = (
    "脱贫攻坚专项巡察反馈问题整改台账.xlsx",
    _dangmu_patrol_ledger_xlsx,
)
DOCUMENTS["huicheng_2023_village_patrol_pdf"] = (
    "村（社区）巡察反馈问题整改清单.pdf",
    _huicheng_village_patrol_pdf,
)
DOCUMENTS["longhui_2022_sand_mining_plan_docx"] = (
    "督察反馈问题整改方案.docx",
    _longhui_sand_mining_plan_docx,
)
DOCUMENTS["xuanhan_2019_sanitation_notice"] = (
    "周末环境卫生检查情况通报.txt",
    _text("xuanhan_2019_sanitation_notice"),
)

# The sixtieth blind set, for the figure recorded in docs/decisions.md (“Blind set 60”).
BLIND_60 = (
    "linwu_2025_closure_notice",
    "mohekou_2021_patrol_list_docx",
    "dangmu_2019_patrol_ledger_xlsx",
    "huicheng_2023_village_patrol_pdf",
    "longhui_2022_sand_mining_plan_docx",
    "xuanhan_2019_sanitation_notice",
)
BLIND_SETS[60] = BLIND_60


# --- blind set 58 (issue 14, branch corpus-blind58) -----------------------------------------------
# Per-problem forms, second round: 信访举报件办理情况表 one table a case (a title row merged across,
# or a PDF form four cells wide), a web form copied one cell a line, 整改销号审批表 with review
# opinions, 一问题一方案 whose 整改措施 label is merged down over one measure a row, and a 整改情况
# 报告表 whose labels stand above their values. Written with their expected JSON BEFORE the reader
# was run on them; sources in SOURCES.md (“Blind set 58”).


def _nanan_batch6_petition_forms() -> bytes:
    """重庆市南岸区 中央第六生态环境保护督察组 第6批 群众信访举报件 (2024-05-14: 重庆91件, 南岸6件,
    来电6; 大气3 土壤1 噪声2) as the Word 办理情况表 the district publishes: one four-cell table a case,
    its first row a title merged across; the three cases, codes, findings and results are ours."""
    document = docx.Document()
    for line in (
        "南岸区中央第六生态环境保护督察组交办第6批群众信访举报件办理情况",
        "2024年5月14日，中央第六生态环境保护督察组向重庆市交办第6批群众信访举报件91件，涉及我区6件，"
        "均为来电举报。现将已办理完毕的信访举报件办理情况公开如下：",
    ):
        document.add_paragraph(line)
    cases = [
        (
            "群众信访举报件办理情况表（一）",
            [
                ("交办编号", "D6CQ202405140021", "污染类型", "大气"),
                ("举报内容", "南岸区南坪街道一处汽修店露天喷漆，异味扰民。"),
                (
                    "调查核实情况",
                    "经现场核查，该汽修店在店外空地进行喷漆作业，未在密闭喷漆房内进行，举报属实。",
                ),
                (
                    "处理和整改情况",
                    "区生态环境局责令其立即停止露天喷漆作业并立案调查；汽修店已拆除露天喷漆设备，喷漆业务委托有资质的企业。",
                ),
                ("责任单位", "区生态环境局、南坪街道办事处", "办理状态", "已办结"),
            ],
        ),
        (
            "群众信访举报件办理情况表（二）",
            [
                ("交办编号", "D6CQ202405140037", "污染类型", "噪声"),
                ("举报内容", "南岸区茶园一在建工地夜间施工，噪声影响周边小区居民休息。"),
                ("调查核实情况", "经现场核查，该工地未取得夜间施工许可，5月12日晚进行混凝土浇筑，举报属实。"),
                (
                    "处理和整改情况",
                    "区住房城乡建委约谈施工单位，责令严格控制作业时间；工地已调整施工计划，在工地周边增设隔声围挡。",
                ),
                ("责任单位", "区住房城乡建委", "办理状态", "阶段性办结"),
                ("整改时限", "2024年6月30日前", "问责情况", "无"),
            ],
        ),
        (
            "群众信访举报件办理情况表（三）",
            [
                ("交办编号", "D6CQ202405140052", "污染类型", "土壤"),
                ("举报内容", "南岸区峡口镇一处荒地被倾倒建筑垃圾。"),
                ("调查核实情况", "经现场核查，该地块堆有建筑垃圾约30立方米，举报属实。"),
                ("处理和整改情况", "峡口镇已将建筑垃圾全部清运至消纳场，对地块平整复绿，并设置视频监控。"),
                ("责任单位", "峡口镇人民政府", "办理状态", "已办结"),
            ],
        ),
    ]
    for title, rows in cases:
        table = document.add_table(rows=0, cols=4)
        cells = table.add_row().cells
        cells[0].merge(cells[3]).text = title
        _four_cell_rows(table, rows)
        document.add_paragraph("")
    document.add_paragraph("重庆市南岸区迎接中央生态环境保护督察工作领导小组办公室")
    document.add_paragraph("2024年5月20日")
    return _save(document)


def _mouding_batch31_cases_pdf() -> bytes:
    """牟定县 (云南 楚雄) 中央生态环境保护第八督察组 第三十一批 交办件 (2021-05-07: 楚雄州3件, 牟定县2件
    禄丰市1件) as the county's PDF 办理情况, one ruled form four cells wide a case; the two cases,
    codes, units and results are ours."""
    cases = [
        [
            ("序号", "1", "受理编号", "X530000202105070011"),
            ("所在地区", "牟定县", "问题类型", "水、生态"),
            ("反映问题", "牟定县共和镇一家选矿厂尾矿水流入附近农田。"),
            (
                "调查核实情况",
                "经现场核查，选矿厂尾矿库回水沟破损，雨天少量尾矿水溢流至厂外农田，反映问题基本属实。",
            ),
            (
                "处理和整改情况",
                "县生态环境分局责令企业停产整改并立案查处；企业已修复回水沟，清理受影响农田，经监测土壤指标达标。",
            ),
            ("责任单位", "共和镇人民政府", "配合单位", "楚雄州生态环境局牟定分局、县自然资源局"),
            ("办理结果", "已办结", "问责情况", "无"),
        ],
        [
            ("序号", "2", "受理编号", "D530000202105070034"),
            ("所在地区", "牟定县", "问题类型", "大气"),
            ("反映问题", "牟定县城一家沥青搅拌站生产时烟气刺鼻。"),
            ("调查核实情况", "经现场核查，搅拌站沥青烟气收集处理设施未正常运行，反映问题属实。"),
            (
                "处理和整改情况",
                "责令企业停产整改，企业正在更换沥青烟气处理设备，整改完成并经监测达标后方可恢复生产。",
            ),
            ("责任单位", "楚雄州生态环境局牟定分局", "整改时限", "2021年6月30日"),
            ("办理结果", "阶段性办结", "问责情况", "无"),
        ],
    ]
    title = "牟定县办理中央生态环境保护督察第三十一批交办件办理情况"
    note = (
        "2021年5月7日，楚雄州收到中央生态环境保护第八督察组交办的第三十一批群众举报投诉问题3件，"
        "其中牟定县2件。现将办理情况公开如下："
    )
    footer = "牟定县迎接中央生态环境保护督察工作领导小组办公室  2021年5月14日"
    text = title + note + footer + "".join(cell for case in cases for row in case for cell in row)
    with _cjk_pdf(text, landscape=False, size=10) as pdf:
        pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.multi_cell(0, 7, note, new_x="LMARGIN", new_y="NEXT")
        for case in cases:
            pdf.ln(3)
            with pdf.table(
                col_widths=(28, 62, 28, 62), text_align="LEFT", first_row_as_headings=False
            ) as table:
                for values in case:
                    row = table.row()
                    if len(values) == 2:
                        row.cell(values[0])
                        row.cell(values[1], colspan=3)
                    else:
                        for value in values:
                            row.cell(value)
        pdf.ln(3)
        pdf.multi_cell(0, 7, footer, new_x="LMARGIN", new_y="NEXT", align="R")
        return bytes(pdf.output())


def _yian_closure_approval_forms() -> bytes:
    """铜陵市义安区 (安徽) 省第一生态环境保护督察组 第十批 信访件 (4月17日: 铜陵7件, 义安区2件) as the
    Word 交办信访件整改销号审批表 the district files, one four-cell form a case under its own title,
    with the units' and the district's opinions; the year, the cases and every cell are ours."""
    document = docx.Document()
    forms = [
        [
            ("信访件编号", "AH1-10-0021", "来源方式", "来电"),
            ("反映问题", "义安区钟鸣镇一家石料厂运输车辆带泥上路，道路扬尘大。"),
            ("整改责任单位", "钟鸣镇人民政府", "配合单位", "区交通运输局"),
            ("整改时限", "2020年5月31日", "完成时间", "2020年5月15日"),
            (
                "整改措施",
                "1.石料厂出口安装车辆冲洗设施。\n2.对厂区道路硬化并定时洒水。\n3.镇政府落实日常巡查，发现带泥上路立即处置。",
            ),
            ("整改完成情况", "车辆冲洗设施已安装使用，厂区道路硬化完成，周边道路保洁到位。"),
            ("责任单位意见", "已完成整改，申请销号。"),
            ("区督察整改办审核意见", "经现场核查，整改到位，同意销号。"),
        ],
        [
            ("信访件编号", "AH1-10-0046", "来源方式", "微信"),
            ("反映问题", "义安区顺安镇一处养猪场污水流入河沟。"),
            ("整改责任单位", "顺安镇人民政府", "配合单位", "区农业农村水利局、铜陵市义安区生态环境分局"),
            ("整改时限", "2020年10月31日", "完成时间", ""),
            ("整改措施", "1.清理河沟内淤积粪污。\n2.养猪场扩建沼液储存池，实行雨污分流。"),
            ("整改完成情况", "河沟粪污已清理，沼液储存池正在施工。"),
            ("责任单位意见", "正在整改，暂不申请销号。"),
            ("区督察整改办审核意见", "继续推进整改。"),
        ],
    ]
    for number, rows in enumerate(forms, 1):
        document.add_paragraph(f"义安区省级生态环境保护督察交办信访件整改销号审批表（{number}）")
        _four_cell_rows(document.add_table(rows=0, cols=4), rows)
        document.add_paragraph("责任单位负责人（签字）：          审核人（签字）：          年  月  日")
    return _save(document)


def _lufeng_one_problem_plans() -> bytes:
    """禄丰市 (云南 楚雄; 中央生态环境保护第八督察组 2021 交办 禄丰25件) 督察反馈问题“一问题一方案”
    as a Word file, one two-column form a problem: the 整改措施 label merged down over one measure a
    row, the units in one cell as “牵头单位：…⏎配合单位：…”, a 责任领导 by post; the problems, units,
    measures and limits are ours."""
    document = docx.Document()
    for line in (
        "禄丰市中央生态环境保护督察反馈问题“一问题一方案”",
        "为抓好中央生态环境保护督察反馈问题整改，按照“一个问题、一套方案、一名领导、一抓到底”的要求，制定本方案。",
    ):
        document.add_paragraph(line)
    problems = [
        (
            "第1项",
            "部分集镇生活污水收集管网不完善，污水处理厂进水浓度偏低。",
            "分管住建工作的副市长",
            "牵头单位：市住房和城乡建设局\n配合单位：各乡镇人民政府",
            [
                "开展集镇污水管网排查，建立问题清单。",
                "实施雨污分流改造，新建污水收集管网。",
                "加强污水处理厂运行监管，按月通报进水浓度。",
            ],
            "2022年12月31日",
        ),
        (
            "第2项",
            "部分矿山开采后未及时开展生态修复。",
            "分管自然资源工作的副市长",
            "牵头单位：市自然资源局\n配合单位：楚雄州生态环境局禄丰分局",
            ["逐矿核查修复义务履行情况。", "督促矿山企业编制并实施生态修复方案。"],
            "2023年6月30日",
        ),
        (
            "第3项",
            "部分河道沿岸畜禽养殖粪污直排问题未彻底整治。",
            "分管农业农村工作的副市长",
            "牵头单位：市农业农村局\n配合单位：各乡镇人民政府、楚雄州生态环境局禄丰分局",
            [
                "对河道沿岸养殖场逐户排查。",
                "配套建设粪污贮存设施，推进粪污资源化利用。",
                "对直排行为依法查处。",
            ],
            "立行立改，长期坚持",
        ),
    ]
    for number, problem, leader, units, measures, limit in problems:
        table = document.add_table(rows=0, cols=2)
        for label, value in (
            ("问题序号", number),
            ("反馈问题", problem),
            ("责任领导", leader),
            ("责任单位", units),
        ):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        first = len(table.rows)
        for k, measure in enumerate(measures, 1):
            cells = table.add_row().cells
            cells[1].text = f"{k}.{measure}"
        label = table.cell(first, 0).merge(table.cell(len(table.rows) - 1, 0))
        label.text = "整改措施"
        cells = table.add_row().cells
        cells[0].text, cells[1].text = "整改时限", limit
        document.add_paragraph("")
    return _save(document)


def _rongcheng_progress_report_forms() -> bytes:
    """容城县 (河北 雄安新区) 第二轮中央生态环境保护督察 反馈问题整改情况报告表 (2023 公开: 容城、安新、
    雄县 三县城区 雨污分流管网改造 79公里) as a Word file, one small table a problem whose labels
    stand above their values, then a 整改措施 row; the problems other than the 雨污分流 one, the units,
    limits, measures and progress are ours."""
    document = docx.Document()
    for line in (
        "容城县中央生态环境保护督察反馈问题整改情况报告表",
        "填报单位：容城县生态环境保护督察整改工作领导小组办公室    填报时间：2023年3月10日",
    ):
        document.add_paragraph(line)
    header = ["序号", "反馈问题", "责任单位", "整改时限", "整改进展", "是否完成"]
    problems = [
        (
            [
                "1",
                "容城县城区部分区域雨污合流，污水管网建设滞后。",
                "县住房和城乡建设局",
                "2022年12月底",
                "城区雨污分流改造已全部完工，管网已接入污水处理厂。",
                "已完成",
            ],
            "1.编制城区雨污分流改造实施方案。\n2.分片实施雨污分流管网改造。\n3.完成改造管网与污水处理厂的接驳。",
        ),
        (
            [
                "2",
                "部分村庄生活垃圾收运不及时，存在乱堆乱放现象。",
                "县城市管理综合行政执法局、各乡镇人民政府",
                "2023年6月底",
                "已配齐村庄垃圾收运车辆，正在完善日常考核办法。",
                "未完成",
            ],
            "1.完善村庄生活垃圾收运体系。\n2.开展村庄垃圾乱堆乱放集中清理。",
        ),
    ]
    for values, measures in problems:
        table = document.add_table(rows=0, cols=len(header))
        for row in (header, values):
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
        cells = table.add_row().cells
        cells[0].text = "整改措施"
        cells[1].merge(cells[-1]).text = measures
        document.add_paragraph("")
    return _save(document)


DOCUMENTS["nanan_2024_batch6_petition_forms_docx"] = (
    "第6批群众信访举报件办理情况表.docx",
    _nanan_batch6_petition_forms,
)
DOCUMENTS["yima_2018_huitoukan_cases_web_lines"] = (
    "交办群众举报材料办理情况.txt",
    _text("yima_2018_huitoukan_cases_web_lines"),
)
DOCUMENTS["mouding_2021_batch31_cases_pdf"] = ("第三十一批交办件办理情况.pdf", _mouding_batch31_cases_pdf)
DOCUMENTS["yian_2020_petition_closure_forms_docx"] = (
    "交办信访件整改销号审批表.docx",
    _yian_closure_approval_forms,
)
DOCUMENTS["lufeng_2021_one_problem_plans_docx"] = (
    "督察反馈问题一问题一方案.docx",
    _lufeng_one_problem_plans,
)
DOCUMENTS["rongcheng_2023_progress_report_forms_docx"] = (
    "反馈问题整改情况报告表.docx",
    _rongcheng_progress_report_forms,
)

# The fifty-eighth blind set, for the figure recorded in docs/decisions.md (“Blind set 58”).
BLIND_58 = (
    "nanan_2024_batch6_petition_forms_docx",
    "yima_2018_huitoukan_cases_web_lines",
    "mouding_2021_batch31_cases_pdf",
    "yian_2020_petition_closure_forms_docx",
    "lufeng_2021_one_problem_plans_docx",
    "rongcheng_2023_progress_report_forms_docx",
)
BLIND_SETS[58] = BLIND_58


# --- blind set 61 (issue 14, branch corpus-blind61) ---------------------------------------------
# Text copied out of WeChat posts and government portal pages announcing rectification, second
# round (set 51 was the first): 索引号/部门/来源 blocks, image captions (整改前/整改后, a picture's
# file number), ▲ headings, 【】 labels, 责任单位 in brackets under a numbered item, a table copied
# tab-separated, share/read-count footers; two pages offered their list as a Word attachment.
# Written with their expected JSON BEFORE the reader was run on them; sources in SOURCES.md
# (“Blind set 61”).


def _shangnan_petition_publicity() -> bytes:
    """商南县 (陕西 商洛) 中央生态环境保护督察 交办信访件办理情况公示表, the Word attachment of the
    county's page: 行政区域 and 包抓县级领导 columns, two units in one 责任单位 cell, 是否办结. The
    batch, codes and cases are ours (places real)."""
    return _grid_docx(
        ["附件", "商南县中央生态环境保护督察交办信访件办理情况公示表（第三批）"],
        [
            "序号",
            "受理编号",
            "交办问题",
            "行政区域",
            "包抓县级领导",
            "责任单位",
            "调查核实情况",
            "处理和整改情况",
            "是否办结",
        ],
        [
            [
                "1",
                "X610000201811080027",
                "反映富水镇某石料厂粉尘污染严重，运输车辆沿路抛洒。",
                "富水镇",
                "陈立新",
                "富水镇人民政府、县环保局",
                "属实",
                "已责令停产整改，料堆全部覆盖，安装喷淋设施，硬化进场道路。",
                "是",
            ],
            [
                "2",
                "D610000201811090041",
                "反映城关街道某小区旁餐饮店油烟扰民。",
                "城关街道",
                "刘海涛",
                "城关街道办事处",
                "部分属实",
                "已督促安装油烟净化器，经检测达标排放。",
                "是",
            ],
            [
                "3",
                "D610000201811120018",
                "反映试马镇某生猪养殖场粪污直排河道。",
                "试马镇",
                "王志刚",
                "试马镇人民政府、县畜牧兽医中心",
                "属实",
                "已清理河道粪污，正在建设粪污收集池和干湿分离设施。",
                "否（阶段性办结）",
            ],
            [
                "4",
                "X610000201811150006",
                "反映清油河镇河道非法采砂，破坏河床。",
                "清油河镇",
                "陈立新",
                "清油河镇人民政府、县水利局",
                "属实",
                "拆除采砂设备2套，对河道进行平整修复，立案处罚1起。",
                "是",
            ],
        ],
        after=["注：公示期为5个工作日，如有异议，请向县环保督察整改工作领导小组办公室反映。"],
    )


def _banzhuyuan_village_notice() -> bytes:
    """斑竹园镇 (安徽 金寨) 农村人居环境整治督查情况的通报 (2021-12-04/05 督查 10个村（街道）; 较好的
    沙堰村、长岭关村、王氏祠村, 较差的桥口村、万何村; four kinds of problem; 下步工作要求) as
    published, with its problem list as a Word attachment after the prose; the list's rows are
    ours."""
    return _grid_docx(
        [
            "斑竹园镇人民政府关于12月份农村人居环境整治督查情况的通报",
            "各村（街道）、镇直相关单位：",
            "为持续抓好我镇农村人居环境整治工作，不断完善长效管护机制，根据镇党委政府安排，2021年12月4日至5日，"
            "镇综合行政执法大队对全镇10个村（街道）主干道、中心村庄、村组道路、公厕卫生进行了督查，表现较好的有"
            "沙堰村、长岭关村、王氏祠村，较差的有桥口村、万何村，现将具体情况通报如下：",
            "一、基本情况",
            "从督查情况看，各村（街道）对上个月督查的问题进行了整改，环境卫生总体有所提升，仍然存在四个方面问题："
            "一是主要干道、中心村庄、村组道路乱堆乱放现象严重；二是公厕保洁不到位；三是路面清扫不及时；"
            "四是沟渠（水塘）内垃圾、杂物未及时清理。",
            "二、下步工作要求",
            "（一）加强领导，完善措施。各村（街道）切实抓好辖区环境卫生整治工作，落实环境卫生责任。",
            "（二）提高认识，广泛宣传。引导广大村民“爱环境、讲卫生”，积极投身环境整治。",
            "（三）完善机制，标本兼治。对发现的问题及时整改，建立长效管护机制。",
            "附件：12月份农村人居环境整治督查问题整改清单",
            "12月份农村人居环境整治督查问题整改清单",
        ],
        ["序号", "责任村（街道）", "存在问题", "整改要求", "责任人", "整改时限", "备注"],
        [
            [
                "1",
                "桥口村",
                "主干道两侧柴草、建材乱堆乱放。",
                "立即清理，规范堆放。",
                "村党总支书记",
                "2021年12月15日前",
                "",
            ],
            [
                "2",
                "桥口村",
                "村部旁公厕保洁不到位，地面积水有异味。",
                "落实专人每日保洁。",
                "村委会主任",
                "立行立改",
                "",
            ],
            [
                "3",
                "万何村",
                "村组道路清扫不及时，落叶、垃圾堆积。",
                "增加保洁频次，做到日扫日清。",
                "村党总支书记",
                "2021年12月15日前",
                "",
            ],
            [
                "4",
                "万何村",
                "村东沟渠内垃圾、杂物未及时清理。",
                "组织人员清理沟渠，纳入日常巡查。",
                "村委会主任",
                "2021年12月20日前",
                "上月已通报",
            ],
            [
                "5",
                "斑竹园街道",
                "老街背街小巷垃圾桶满溢，未及时清运。",
                "调整清运线路，增加清运频次。",
                "街道负责人",
                "立行立改",
                "",
            ],
        ],
        after=["斑竹园镇人民政府", "2021年12月6日"],
    )


DOCUMENTS["huining_2018_cleanup_report_page"] = (
    "关于上报人居环境整治工作整改情况的报告.txt",
    _text("huining_2018_cleanup_report_page"),
)
DOCUMENTS["wuhua_2019_village_inspection_wechat"] = (
    "水寨镇人居环境督查通报第十一期.txt",
    _text("wuhua_2019_village_inspection_wechat"),
)
DOCUMENTS["nanan_2024_petition_cases_wechat"] = (
    "第6批信访举报件办理情况公开.txt",
    _text("nanan_2024_petition_cases_wechat"),
)
DOCUMENTS["yima_2018_lookback_progress_tabs"] = (
    "交办件整改进展情况通报（第二期）.txt",
    _text("yima_2018_lookback_progress_tabs"),
)
DOCUMENTS["dadukou_2024_petition_cells"] = (
    "第十二批信访举报件办理情况公开.txt",
    _text("dadukou_2024_petition_cells"),
)
DOCUMENTS["longxian_2023_gov_site_notice_page"] = (
    "关于2023年二季度政务公开、政府网站和政务新媒体管理工作的通报.txt",
    _text("longxian_2023_gov_site_notice_page"),
)
DOCUMENTS["shangnan_2018_petition_publicity_docx"] = (
    "交办信访件办理情况公示表（第三批）.docx",
    _shangnan_petition_publicity,
)
DOCUMENTS["banzhuyuan_2021_village_notice_docx"] = (
    "12月份农村人居环境整治督查情况通报.docx",
    _banzhuyuan_village_notice,
)

# The sixty-first blind set, for the figure recorded in docs/decisions.md (“Blind set 61”).
BLIND_61 = (
    "huining_2018_cleanup_report_page",
    "wuhua_2019_village_inspection_wechat",
    "nanan_2024_petition_cases_wechat",
    "yima_2018_lookback_progress_tabs",
    "shangnan_2018_petition_publicity_docx",
    "banzhuyuan_2021_village_notice_docx",
    # two more, written and committed before the reader ran on them, after the first six read 146/147
    "dadukou_2024_petition_cells",
    "longxian_2023_gov_site_notice_page",
)
BLIND_SETS[61] = BLIND_61


# --- blind set 62 (issue 14, branch corpus-blind62) -----------------------------------------------
# Letters and lists handed down, second round after set 40: a city's 交办 of petition cases (the
# letter on one sheet, the list on the next), a county's 整改通知书 with its problems and its
# requirements in two sections, a 约谈纪要 printed to PDF, a province's 挂牌督办 notice with its
# 附件 table, a city's 挂牌督办 一览表 printed to PDF and a county's 督查情况通报 copied from a web
# page. Written with their expected JSON BEFORE the reader ran on them (docs/decisions.md, “Blind
# set 62”; sources in SOURCES.md “Blind set 62”).


def _yantai_petition_assignment_xlsx() -> bytes:
    """烟台市 (2025-06-14): 中央第三生态环境保护督察组 转办 the 18th batch, 17 cases over nine 区市
    (莱山区4、莱州市3、福山区2、蓬莱区2、莱阳市2、牟平区1、栖霞市1、黄渤海新区1、高新区1), handed down
    the same day with 7 days to report back. A workbook: the 交办通知 on its first sheet, one line a
    row, the list on the second. The case numbers, five rows' facts, units and requirements ours."""
    import openpyxl

    book = openpyxl.Workbook()
    letter = book.active
    letter.title = "交办通知"
    for line in (
        "烟台市生态环境保护督察协调联络组",
        "关于交办中央第三生态环境保护督察组转办第18批信访件的通知",
        "莱山区、莱州市、福山区、蓬莱区、莱阳市、牟平区、栖霞市党委、政府，黄渤海新区、高新区党工委、管委：",
        "2025年6月14日，我市接到中央第三生态环境保护督察组转办的第18批信访件共17件，现交办给你们（见交办清单）。",
        "请按照督察组要求，于7日内将调查处理情况报协调联络组，整改和落实情况按要求向社会公开。",
        "烟台市生态环境保护督察协调联络组",
        "2025年6月14日",
    ):
        letter.append([line])
    header = [
        "序号",
        "受理编号",
        "行政区域",
        "信访问题",
        "污染类型",
        "责任单位",
        "配合单位",
        "办理要求",
        "反馈时限",
    ]
    sheet = book.create_sheet("交办清单")
    sheet.append(["中央第三生态环境保护督察组转办第18批信访件交办清单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in (
        [
            "1",
            "D3SD202506140003",
            "莱山区",
            "某小区底商餐饮店油烟直排，夜间噪声扰民",
            "大气、噪声",
            "莱山区人民政府",
            "",
            "1.现场核查；2.依法查处；3.向信访人反馈",
            "2025年6月21日前",
        ],
        [
            "2",
            "D3SD202506140007",
            "莱州市",
            "石材加工点废水排入沟渠，切割粉尘污染",
            "水、大气",
            "莱州市人民政府",
            "市生态环境局莱州分局",
            "核查属实的依法查处，并举一反三开展排查",
            "2025年6月21日前",
        ],
        [
            "3",
            "D3SD202506140010",
            "福山区",
            "养殖场粪污未经处理直接外排，臭味扰民",
            "水",
            "福山区人民政府",
            "",
            "1.责令停止排放；2.完善粪污处理设施；3.向信访人反馈",
            "2025年6月21日前",
        ],
        [
            "4",
            "D3SD202506140012",
            "蓬莱区",
            "海边违规堆放建筑垃圾，破坏岸线",
            "生态",
            "蓬莱区人民政府",
            "市自然资源和规划局",
            "立即清理，恢复岸线原貌",
            "2025年6月21日前",
        ],
        [
            "5",
            "D3SD202506140016",
            "高新区",
            "企业喷漆车间废气异味扰民",
            "大气",
            "高新区管委",
            "",
            "1.监测废气排放；2.超标的依法查处",
            "2025年6月21日前",
        ],
    ):
        sheet.append(row)
    sheet.append(["注：表中所列为涉及本次交办的部分信访件，调查处理情况请按“一件一报告”报协调联络组。"])
    return _book_bytes(book)


def _xinshao_blue_sky_rectification_notice_docx() -> bytes:
    """新邵县 (湖南 邵阳, 2018-06-21): the 蓝天保卫战 集中宣传和专项督查行动 in the county town
    (工业企业、建筑工地、渣土运输; 整改通知书21份, 15处 to fix). One 整改通知书 as a Word file: the
    problems under 一、, the requirements under 二、 in the same order, a report request, the
    issuer, 抄送. The office's number, the town addressed, the problems and requirements ours."""
    document = _paragraphs_docx(
        [
            "新邵县蓝天保卫战工作领导小组办公室",
            "整 改 通 知 书",
            "新蓝办〔2018〕7号",
            "酿溪镇人民政府：",
            "2018年6月21日，县蓝天保卫战专项督查组对你镇辖区工业企业、建筑工地、渣土运输等进行了督查，"
            "发现以下问题，现通知你镇限期整改。",
            "一、存在的问题",
            "1.城区一建筑工地未落实围挡、冲洗等扬尘防治措施，裸露土方未覆盖。",
            "2.渣土运输车辆未密闭，沿路抛洒滴漏。",
            "3.城郊结合部露天焚烧垃圾、秸秆现象仍有发生。",
            "二、整改要求",
            "（一）对建筑工地扬尘问题，督促施工单位落实“六个百分之百”，2018年6月30日前整改到位。",
            "（二）对渣土运输问题，会同县城管执法局开展联合执法，立即整改。",
            "（三）对露天焚烧问题，落实网格化巡查，长期坚持。",
            "请你镇于2018年7月5日前将整改情况书面报县蓝天办。",
            "新邵县蓝天保卫战工作领导小组办公室",
            "2018年6月22日",
            "抄送：县人民政府办公室，县环保局，县城管执法局。",
        ]
    )
    return _save(document)


def _beiliu_interview_minutes_pdf() -> bytes:
    """玉林市 (广西) after 生态环境部's 约谈 of 2018-06-04 (专项督察: the 北流日用陶瓷工业集聚区 污水处理厂
    had almost no effect, some works let waste water run by ditches outside into a 圭江 branch or
    fields; the city's air worse since 2017): a 约谈纪要 of the city's talk with 北流市人民政府, printed
    to PDF: 约谈 facts, the people, each problem with its 整改要求 and 完成时限, other requirements.
    The date of the city's talk, the people's posts, the third problem, requirements and limits ours."""
    lines = [
        "玉林市生态环境保护委员会办公室",
        "约 谈 纪 要",
        "玉环委办纪〔2018〕3号",
        "约谈时间：2018年6月8日",
        "约谈对象：北流市人民政府",
        "参加人员：市环委办主任，市生态环境局局长；北流市人民政府市长、分管副市长，北流市环保局局长。",
        "为落实生态环境部6月4日约谈要求，市环委办对北流市人民政府主要负责同志进行了约谈。现将约谈指出的问题及"
        "整改要求纪要如下：",
        "一、约谈指出的问题及整改要求",
        "（一）北流日用陶瓷工业集聚区污水处理厂基本无处理效果。",
        "整改要求：1.开展污水处理厂工艺诊断，完成提标改造；2.集聚区企业废水排放逐家排查，截断厂外沟渠排放口。",
        "完成时限：2018年9月30日前",
        "（二）部分陶瓷企业生产废水通过厂外沟渠直排圭江支流或农田。",
        "整改要求：依法查处直排企业，责令停产整治。",
        "完成时限：立即整改",
        "（三）陶瓷企业窑炉废气治理设施不完善，无组织排放明显。",
        "整改要求：1.完成窑炉脱硫除尘设施改造；2.原料堆场全部入棚；3.安装在线监控并与环保部门联网。",
        "完成时限：2018年12月31日前",
        "二、其他要求",
        "北流市人民政府要在约谈之日起20个工作日内将整改方案报市环委办，每月5日前报送整改进展情况。",
        "市环委办将适时组织现场核查，对整改不力的，提请市委、市政府严肃问责。",
        "玉林市生态环境保护委员会办公室",
        "2018年6月11日",
    ]
    with _cjk_pdf("".join(lines), landscape=False, size=11) as pdf:
        for line in lines:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


def _hunan_listed_supervision_docx() -> bytes:
    """湖南省突出环境问题整改工作领导小组办公室 (2019-11-19): seven 突出生态环境问题 put under 挂牌督办
    (茶陵经济开发区, 常宁市 heavy-metal projects, 新晃 酒店塘片区, 桃江 灰山港 东部片区, 桑植 区块一,
    保靖 创新创业园区, 古丈 罗依溪: all but 常宁 sewage works of an industrial zone 严重滞后); the
    cities must press the units, report monthly, be talked to (约谈) when late. A Word notice with
    the list as its 附件 table and a 抄送 line. Units, requirements, limits and the number ours."""
    rows = [
        [
            "1",
            "茶陵经济开发区污水集中处理设施建设严重滞后",
            "株洲市茶陵县",
            "茶陵县人民政府",
            "1.加快污水集中处理设施及配套管网建设；2.建成后稳定运行、达标排放",
            "2020年6月30日前",
        ],
        [
            "2",
            "常宁市部分重金属污染治理项目严重滞后",
            "衡阳市常宁市",
            "常宁市人民政府",
            "按项目实施方案倒排工期，完成治理并通过验收",
            "2020年12月31日前",
        ],
        [
            "3",
            "新晃工业集中区（酒店塘片区）污水集中处理设施建设严重滞后",
            "怀化市新晃侗族自治县",
            "新晃侗族自治县人民政府",
            "1.完成污水处理设施主体工程；2.企业废水全部接管",
            "2020年6月30日前",
        ],
        [
            "4",
            "桃江灰山港工业集中区（东部片区）污水集中处理设施建设严重滞后",
            "益阳市桃江县",
            "桃江县人民政府",
            "1.完成配套管网建设；2.设施通水调试、稳定运行",
            "2020年6月30日前",
        ],
        [
            "5",
            "桑植工业集中区（区块一）污水集中处理设施建设严重滞后",
            "张家界市桑植县",
            "桑植县人民政府",
            "建成污水集中处理设施并投入运行",
            "2020年6月30日前",
        ],
        [
            "6",
            "保靖工业集中区创新创业园区污水集中处理设施建设严重滞后",
            "湘西自治州保靖县",
            "保靖县人民政府",
            "建成污水集中处理设施并投入运行",
            "2020年6月30日前",
        ],
        [
            "7",
            "古丈工业集中区（罗依溪）污水集中处理设施建设严重滞后",
            "湘西自治州古丈县",
            "古丈县人民政府",
            "1.完成设施建设；2.在线监控设施安装联网",
            "2020年6月30日前",
        ],
    ]
    return _table_docx(
        [
            "湖南省突出环境问题整改工作领导小组办公室",
            "湘突改办〔2019〕12号",
            "关于对茶陵经济开发区污水集中处理设施建设严重滞后等7个突出生态环境问题进行挂牌督办的通知",
            "株洲市、衡阳市、怀化市、益阳市、张家界市人民政府，湘西自治州人民政府：",
            "为推进全省突出生态环境问题整改，经研究，决定对茶陵经济开发区污水集中处理设施建设严重滞后等7个突出生态环境"
            "问题进行挂牌督办。挂牌督办期间，各相关市州人民政府须督促整改主体责任单位严格按照有关整改要求，落实整改措施，"
            "达到整改目标，并每月定期上报问题整改最新情况，确保在挂牌督办时限内完成整改任务。逾期未完成的，将按规定进行"
            "约谈或专项督察，严肃进行调查问责。",
            "附件：挂牌督办问题清单",
        ],
        ["序号", "挂牌督办问题", "所在地", "整改责任单位", "整改要求", "督办时限"],
        rows,
        after=(
            "湖南省突出环境问题整改工作领导小组办公室",
            "2019年11月19日",
            "抄送：省生态环境厅，省发展改革委，省住房城乡建设厅。",
        ),
    )


def _nanyang_listed_supervision_pdf() -> bytes:
    """南阳市 (河南, 2016-02-17): under the 南阳市环境保护综合整治工作方案, the environment problems of
    eight 县区 that missed their dates (卧龙区、新野县、市城乡一体化示范区、官庄工区、镇平县、内乡县、
    淅川县、桐柏县) put under 挂牌督办, with 区域限批 and 追责 if not done in time; the page names an
    “环境问题挂牌督办情况一览表” without its cells. A PDF: the notice's lines, then the table. The
    problems, requirements and limits ours."""
    return _pdf_table(
        [
            "南阳市环境保护综合整治工作领导小组办公室",
            "关于对卧龙区等8个县区环境问题实施挂牌督办的通知",
            "各县区人民政府，市城乡一体化示范区、官庄工区管委会：",
            "按照《南阳市环境保护综合整治工作方案》要求，根据督查情况，对未按规定时间节点完成整治任务的8个县区的环境"
            "问题实施挂牌督办。相关县区要迅速采取有效措施，在规定时限内完成督办任务，否则，将对相关县区实施建设项目环境"
            "保护“区域限批”，并依法依纪追究相关人员责任。",
            "环境问题挂牌督办情况一览表",
        ],
        ["序号", "督办县区", "存在问题", "督办要求", "完成时限"],
        [
            [
                "1",
                "卧龙区",
                "建成区燃煤锅炉未按期拆改",
                "1.完成拆除或清洁能源改造；2.拆除一台销号一台",
                "2016年3月31日前",
            ],
            [
                "2",
                "新野县",
                "县城污水处理厂配套管网未建成，部分生活污水直排",
                "加快管网建设，实现污水应收尽收",
                "2016年6月30日前",
            ],
            [
                "3",
                "市城乡一体化示范区",
                "建筑工地扬尘治理不到位",
                "落实围挡、覆盖、冲洗、硬化等措施",
                "立即整改",
            ],
            [
                "4",
                "官庄工区",
                "禁养区内畜禽养殖场未关闭搬迁",
                "1.依法关闭搬迁；2.粪污清理到位",
                "2016年4月30日前",
            ],
            [
                "5",
                "镇平县",
                "玉雕加工作坊废水未经处理排放",
                "1.集中治理加工废水；2.取缔无证作坊",
                "2016年4月30日前",
            ],
            ["6", "内乡县", "工业园区企业废气在线监控未联网", "完成在线监控安装联网", "2016年3月31日前"],
            [
                "7",
                "淅川县",
                "丹江口库区网箱养殖未全部取缔",
                "1.全部拆除网箱；2.加强巡查防止反弹",
                "2016年5月31日前",
            ],
            [
                "8",
                "桐柏县",
                "矿山企业尾矿库环境风险隐患未整治",
                "完成尾矿库防渗和截洪设施建设",
                "2016年6月30日前",
            ],
        ],
        widths=(10, 30, 90, 100, 40),
    )


DOCUMENTS["yantai_2025_petition_assignment_xlsx"] = ("信访件交办清单.xlsx", _yantai_petition_assignment_xlsx)
DOCUMENTS["xinshao_2018_blue_sky_rectification_notice_docx"] = (
    "整改通知书.docx",
    _xinshao_blue_sky_rectification_notice_docx,
)
DOCUMENTS["beiliu_2018_interview_minutes_pdf"] = ("约谈纪要.pdf", _beiliu_interview_minutes_pdf)
DOCUMENTS["hunan_2019_listed_supervision_docx"] = ("挂牌督办通知.docx", _hunan_listed_supervision_docx)
DOCUMENTS["nanyang_2016_listed_supervision_pdf"] = (
    "环境问题挂牌督办情况一览表.pdf",
    _nanyang_listed_supervision_pdf,
)
DOCUMENTS["huining_2018_inspection_bulletin"] = (
    "督查情况通报.txt",
    _text("huining_2018_inspection_bulletin"),
)

# The sixty-second blind set, for the figure recorded in docs/decisions.md (“Blind set 62”).
BLIND_62 = (
    "yantai_2025_petition_assignment_xlsx",
    "xinshao_2018_blue_sky_rectification_notice_docx",
    "beiliu_2018_interview_minutes_pdf",
    "hunan_2019_listed_supervision_docx",
    "nanyang_2016_listed_supervision_pdf",
    "huining_2018_inspection_bulletin",
)
BLIND_SETS[62] = BLIND_62


# --- blind set 63 (issue 14, branch corpus-blind63) -----------------------------------------------
# Awkward Word attached tables, second round: a header over three rows with merged cells, group rows
# written in the first cell only, a table nested inside a one-cell frame, one table per town with
# its title inside the first row, units and leaders in one cell (牵头单位：…), empty spacer rows,
# notes (说明：/注：) under the table, a landscape table split over two pages with its header typed
# again. Occasions and places as published, the rows ours. Written with their expected JSON before
# the reader ran on them (docs/decisions.md, “Blind set 63”; SOURCES.md “Blind set 63”).


def _title_row(table, text: str) -> None:
    """Put a title row merged across the top of `table` (a county types the table's title there)."""
    row = table.add_row()
    table._tbl.remove(row._tr)
    table._tbl.insert(table._tbl.index(table.rows[0]._tr), row._tr)
    cells = table.rows[0].cells
    cells[0].merge(cells[-1]).text = text


def _fill_row(cells, values: list) -> None:
    """Fill a row; a list value is written as paragraphs (Enter between lines)."""
    for cell, value in zip(cells, values, strict=True):
        if isinstance(value, list):
            _cell_paragraphs(cell, value)
        else:
            cell.text = value


def _duchang_poverty_inspection_list() -> bytes:
    """都昌县 (江西 九江) 落实省委第七巡视组扶贫专项巡视反馈意见整改清单 (巡视 2016-09-27 至 10-27,
    反馈 12-14; 4个方面13个专项问题, 细化成47个整改项目, 分解到10位县级领导和16个责任单位): the list in
    a landscape section, its header over three rows (责任分工 over 责任县领导 / 责任单位, 责任单位 over
    牵头单位 / 配合单位), each aspect a row written in the first cell only, measures numbered 1. 2. as
    paragraphs in one cell. Four of the 47 items and their units are ours."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    document = docx.Document()
    for line in (
        "中共都昌县委关于落实省委第七巡视组扶贫专项巡视反馈意见的整改方案",
        "2016年9月27日至10月27日，省委第七巡视组对我县脱贫攻坚工作开展了专项巡视，并于12月14日反馈了巡视意见。"
        "县委把整改作为重大政治任务，对反馈的4个方面13个专项问题细化成47个整改项目，分解落实到10位县级领导和"
        "16个责任单位，按项目化管理，明确时间节点，全面整改到位。",
        "附件：省委第七巡视组扶贫专项巡视反馈问题整改清单",
    ):
        document.add_paragraph(line)
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for line in ("附件", "省委第七巡视组扶贫专项巡视反馈问题整改清单"):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=7)
    table.style = "Table Grid"
    for column, label in ((0, "序号"), (1, "反馈问题"), (2, "整改措施"), (6, "完成时限")):
        table.cell(0, column).merge(table.cell(2, column)).text = label
    table.cell(0, 3).merge(table.cell(0, 5)).text = "责任分工"
    table.cell(1, 3).merge(table.cell(2, 3)).text = "责任县领导"
    table.cell(1, 4).merge(table.cell(1, 5)).text = "责任单位"
    table.cell(2, 4).text, table.cell(2, 5).text = "牵头单位", "配合单位"
    rows = [
        ["一、脱贫攻坚政治责任落实方面", "", "", "", "", "", ""],
        [
            "1",
            "部分乡镇党委对脱贫攻坚重视不够，主要负责同志研究部署扶贫工作不多。",
            [
                "1.乡镇党委每月至少召开一次脱贫攻坚专题会议。",
                "2.将脱贫攻坚纳入乡镇党委书记抓基层党建述职评议考核。",
            ],
            "县委副书记",
            "县委组织部",
            "县扶贫和移民办、各乡镇",
            "2017年3月底前",
        ],
        [
            "2",
            "县直帮扶单位驻村工作队人员在岗不在位。",
            [
                "1.开展驻村工作队在岗情况专项督查。",
                "2.对在岗不在位的队员召回调整，并通报派出单位。",
                "3.建立驻村工作队员考勤和召回制度。",
            ],
            "县委常委、组织部部长",
            "县委组织部",
            "县扶贫和移民办",
            "立行立改",
        ],
        ["二、扶贫政策落实方面", "", "", "", "", "", ""],
        [
            "3",
            "贫困户识别不够精准，个别财政供养人员亲属被纳入建档立卡贫困户。",
            ["1.开展建档立卡贫困户“回头看”，逐户核查。", "2.对不符合条件的一律清退。"],
            "县政府副县长",
            "县扶贫和移民办",
            "县公安局、县民政局、县不动产登记局",
            "2017年4月底前",
        ],
        [
            "4",
            "部分村庄整治建设进度滞后，危旧空心房拆除不彻底。",
            ["1.启动村庄整治建设“百日会战”。", "2.拆除危旧空心房，改水改厕改沟同步推进。"],
            "县政府副县长",
            "县农工部",
            "县住建局、各乡镇",
            "2017年6月底前",
        ],
    ]
    for row in rows:
        _fill_row(table.add_row().cells, row)
    document.add_paragraph("中共都昌县委办公室　2017年1月10日印发")
    return _save(document)


def _jiangxian_revitalization_feedback_list() -> bytes:
    """绛县 (山西 运城) 省第五专项调研组巩固衔接重点工作专项调研反馈问题整改清单 (调研 10月9日至12日:
    冯村岭易地扶贫搬迁安置点、横水镇、冷口乡、郝庄乡、安峪镇; 县级整改专班, 问题清单、责任清单、整改清单):
    the list laid out inside a one-cell frame table, as offices draw a border round a page — the title
    and a 说明 in the frame, the task table nested in its cell. The year (2024) and the rows are ours."""
    document = docx.Document()
    for line in (
        "绛县巩固拓展脱贫攻坚成果同乡村振兴有效衔接专项调研反馈问题整改方案",
        "10月9日至12日，省第五专项调研组深入冯村岭易地扶贫搬迁安置点、横水镇、冷口乡、郝庄乡、安峪镇开展巩固衔接"
        "重点工作专项调研，并召开问题反馈会。县委、县政府迅速组建县级整改专班，建立问题清单、责任清单、整改清单，"
        "明确整改标准和整改时限，确保各类问题真改实改、全面清零。",
        "附件：反馈问题整改清单",
    ):
        document.add_paragraph(line)
    frame = document.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    cell = frame.cell(0, 0)
    cell.text = "绛县省第五专项调研组反馈问题整改清单"
    header = ["序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"]
    rows = [
        [
            "1",
            "冯村岭易地扶贫搬迁安置点后续产业支撑不足，搬迁群众就近就业渠道偏窄。",
            "（1）引进劳动密集型企业入驻安置点帮扶车间；（2）开发公益性岗位优先安置搬迁群众。",
            "县乡村振兴局、县人社局",
            "局长",
            "2024年12月底前",
        ],
        [
            "2",
            "横水镇部分村防返贫监测帮扶不及时，监测对象识别纳入程序不规范。",
            "（1）逐村开展防返贫监测排查；（2）规范农户申报、乡镇审核、县级审定程序。",
            "横水镇人民政府",
            "镇长",
            "2024年11月30日前",
        ],
        [
            "3",
            "冷口乡、郝庄乡乡村特色产业规模小，带农增收作用不明显。",
            "（1）编制乡村产业发展规划；（2）扶持壮大特色种养业；（3）健全联农带农利益联结机制。",
            "县农业农村局",
            "局长",
            "长期坚持",
        ],
        [
            "4",
            "安峪镇部分村农村道路、供水设施管护不到位。",
            "（1）落实村级管护人员；（2）对损坏设施限期修复。",
            "安峪镇人民政府、县水利局、县交通运输局",
            "镇长",
            "2024年12月31日前",
        ],
    ]
    inner = cell.add_table(rows=1, cols=len(header))
    inner.style = "Table Grid"
    _fill_row(inner.rows[0].cells, header)
    for row in rows:
        _fill_row(inner.add_row().cells, row)
    cell.add_paragraph("说明：本清单所列问题由县整改专班每月调度一次，整改完成一项、销号一项。")
    document.add_paragraph("绛县巩固衔接整改工作专班　2024年10月16日")
    return _save(document)


def _linying_patrol_ledger() -> bytes:
    """临颍县 (河南 漯河) 县委巡察反馈问题整改台账 (the county's “五书制”: 整改督查督办通知书, 整改阶段督查
    指导书, 整改情况提醒书, 告诫书, 问责书; 台账 with 问题、措施、时限): an attached ledger whose
    leader and units share one cell (责任领导：… / 牵头单位：… / 配合单位：…), measures numbered as
    paragraphs in one cell, an empty row between problems, a 整改进展 column and notes under the
    table. The 被巡察单位 (县农业农村局党组), the year (2021) and the rows are ours."""
    document = docx.Document()
    for line in (
        "中共临颍县农业农村局党组关于县委第二巡察组反馈意见整改台账",
        "按照县委巡察工作领导小组《整改督查督办通知书》要求，局党组对照巡察反馈问题逐项建立整改台账，"
        "明确整改措施、整改时限和责任人，实行销号管理。",
    ):
        document.add_paragraph(line)
    header = ["序号", "反馈问题", "整改措施", "责任领导及单位", "整改时限", "整改进展"]
    rows = [
        [
            "1",
            "党组理论学习中心组学习不经常，专题研讨流于形式。",
            ["1.制定年度学习计划，每月集中学习一次。", "2.每季度围绕一个专题开展研讨，形成研讨材料。"],
            ["责任领导：局党组书记", "牵头单位：局办公室", "配合单位：局机关党支部"],
            "立行立改、长期坚持",
            "已完成",
        ],
        ["", "", "", "", "", ""],
        [
            "2",
            "农机购置补贴资金审核把关不严，个别补贴对象资料不全。",
            [
                "1.对2019年以来农机购置补贴逐户复核。",
                "2.对资料不全的限期补齐，不符合条件的追回资金。",
                "3.建立补贴申请、审核、公示全程留痕制度。",
            ],
            ["责任领导：分管副局长", "牵头单位：农机股", "配合单位：财务股、纪检组"],
            "2021年9月30日前",
            "正在推进",
        ],
        ["", "", "", "", "", ""],
        [
            "3",
            "公务用车管理不规范，派车单填写不全。",
            ["1.修订公务用车管理办法。", "2.实行派车单逐车逐次登记。"],
            ["责任领导：局党组成员、办公室主任", "牵头单位：局办公室"],
            "2021年7月31日前",
            "已完成",
        ],
        ["", "", "", "", "", ""],
        [
            "4",
            "高标准农田建设项目验收不及时，部分项目超期未验收。",
            ["1.对超期项目逐个倒排验收计划。", "2.督促施工单位限期完成扫尾工程。"],
            ["责任领导：分管副局长", "牵头单位：农田建设管理股", "配合单位：财务股"],
            "2021年10月31日前",
            "正在推进",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    for line in (
        "说明：1.整改进展每月25日前报县委巡察办；",
        "2.已完成的问题附佐证材料，经局党组审定后销号。",
    ):
        document.add_paragraph(line)
    return _save(document)


def _jianli_livestock_closure_tables() -> bytes:
    """监利县 (湖北 荆州) 落实中央第三环境保护督察组反馈问题 畜禽禁养区规模养殖场关停任务清单 (禁养区养殖场
    59个, 其中规模养殖场25个、专业户34个, 涉及10个乡镇场; 与23个乡镇政府签订责任书, 包片负责、包保到人,
    补偿资金1900多万元): one table per town, the town's name typed as a title inside the first row,
    numbering running on from table to table, a 完成情况 column. The farms and rows are ours; the
    towns are real."""
    document = docx.Document()
    for line in (
        "监利县畜禽禁养区规模养殖场关停退养工作方案",
        "中央第三环境保护督察组反馈问题中涉及四湖流域水污染问题。全县畜禽禁养区共有养殖场59个，其中规模养殖场"
        "25个，专业户34个，涉及10个乡镇场。县政府与23个乡镇政府签订责任书，实行包片负责、包保到人，制订退养关停"
        "方案，落实补偿资金1900多万元。",
        "附件：畜禽禁养区规模养殖场关停任务清单（分乡镇）",
    ):
        document.add_paragraph(line)
    header = ["序号", "问题", "整改措施", "责任单位", "完成时限", "完成情况"]
    towns = [
        (
            "容城镇",
            [
                [
                    "1",
                    "容城镇城南村生猪养殖场位于四湖总干渠禁养区内，养殖废水未经处理直排。",
                    "停止养殖，生猪全部出栏，拆除栏舍并清运粪污。",
                    "容城镇人民政府、县畜牧兽医局",
                    "2017年6月30日前",
                    "已关停，栏舍已拆除",
                ],
                [
                    "2",
                    "容城镇三闸村蛋鸡养殖场位于中心城区禁养区内，鸡粪露天堆放。",
                    "关停搬迁，清理鸡粪堆场。",
                    "容城镇人民政府",
                    "2017年6月30日前",
                    "已完成",
                ],
            ],
        ),
        (
            "朱河镇",
            [
                [
                    "3",
                    "朱河镇沿四湖总干渠两家生猪养殖场未配套粪污处理设施。",
                    "依法关停，落实退养补偿。",
                    "朱河镇人民政府",
                    "2017年7月31日前",
                    "1家已关停，1家正在清栏",
                ],
            ],
        ),
        (
            "新沟镇",
            [
                [
                    "4",
                    "新沟镇禁养区内一家肉牛养殖场粪污渗漏污染沟渠。",
                    "关停退养，对受污染沟渠清淤。",
                    "新沟镇人民政府、县环保局",
                    "2017年7月31日前",
                    "正在推进",
                ],
                [
                    "5",
                    "新沟镇一家水禽养殖场在四湖总干渠水面圈养。",
                    "拆除圈养设施，水禽全部上岸处置。",
                    "新沟镇人民政府",
                    "2017年6月30日前",
                    "已完成",
                ],
            ],
        ),
    ]
    for k, (town, rows) in enumerate(towns):
        if k:
            document.add_paragraph("")
        table = _ruled_table(document, header, rows)
        _title_row(table, f"{town}（{len(rows)}家）")
    document.add_paragraph("注：完成情况截至2017年6月20日。")
    return _save(document)


def _yanting_petition_handling_table() -> bytes:
    """盐亭县 (四川 绵阳) 中央第五环境保护督察组转交群众来电来信举报件办理情况表 (第10批, 2017年8月21日;
    信20170816134: 嫘祖禽业养殖 商品蛋鸡场4幢、14余万只, 有机肥约500吨, 种鸡舍7幢、6万套; 市人民政府副市长
    牵头, 市农业局主办, 盐亭县人民政府协办; 7月21日已撤除焚烧炉): a landscape table running over two
    pages, its header typed again at the top of the second page (a row of the table, not Word's repeated
    header), the leader and the units in one cell. The other three cases are ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "中央第五环境保护督察组转交群众来电来信举报件办理情况表",
        "绵阳市农业局　　　　（第10批　2017年8月21日）",
    ):
        document.add_paragraph(line)
    header = ["序号", "受理编号", "交办问题基本情况", "牵头领导及责任单位"]
    header += ["整改措施", "整改时限", "是否办结"]
    rows = [
        [
            "1",
            "信20170816134",
            "盐亭县嫘祖禽业养殖有限责任公司养鸡场臭气扰民，污染周边空气。",
            ["牵头领导：市人民政府副市长", "主办单位：市农业局", "协办单位：盐亭县人民政府"],
            "1.撤除病死鸡焚烧炉，改为无害化处理；2.有机肥发酵床加盖密闭；3.鸡粪每日清运。",
            "2017年10月31日前",
            "否",
        ],
        [
            "2",
            "信20170817021",
            "盐亭县黑坪镇一家生猪养殖场粪污直排入河沟。",
            ["牵头领导：县人民政府副县长", "主办单位：县畜牧食品局", "协办单位：黑坪镇人民政府、县环保局"],
            "1.责令停产整改；2.建设沼气池和干粪棚；3.清理河沟粪污。",
            "2017年9月30日前",
            "是",
        ],
        header,
        [
            "3",
            "信20170818007",
            "盐亭县富驿镇养兔场兔粪堆放在公路边，气味难闻。",
            ["牵头领导：县人民政府副县长", "主办单位：富驿镇人民政府"],
            "1.清运兔粪；2.建设防雨防渗堆粪场。",
            "立行立改",
            "是",
        ],
        [
            "4",
            "信20170819012",
            "盐亭县金孔镇一家种鸭场废水排入鱼塘。",
            ["牵头领导：县人民政府副县长", "主办单位：县畜牧食品局", "协办单位：金孔镇人民政府"],
            "1.关停种鸭场；2.对鱼塘清淤消毒。",
            "2017年11月30日前",
            "否",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    _repeat_header_row(table)
    document.add_paragraph("填报单位：绵阳市农业局（盖章）")
    return _save(document)


def _ceheng_chicken_farm_plan() -> bytes:
    """册亨县 (贵州 黔西南) 庆坪镇联丰村养鸡场粪污整治方案 (中央第七环境保护督察组交办 信20170524045:
    联丰村养殖场18个, 2个停产、2个空栏, 实有14个, 存栏23.5万羽, 日排粪16余吨, 仅4个修建化粪池; 5月27日
    县农业局、庆坪镇 下发《责任令整改通知书》限15日; 省农委35万元 畜禽废弃物集中处理项目): the plan's
    attached 整改任务表, its title typed inside the first row, split into two tables by a page break
    with the header typed again, a 注 under it. The rows are ours."""
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for line in (
        "庆坪镇联丰村养鸡场粪污污染整治工作方案",
        "联丰村共有养殖场（户）18个，其中2个场停产，2个场空栏，实有生产经营养殖场（户）14个，存栏23.5万羽，"
        "每日排粪量达16余吨；14个养殖场（户）仅有4个修建化粪池。为彻底解决鸡粪污染问题，制定本方案。",
        "附件：联丰村养鸡场粪污整治任务表",
    ):
        document.add_paragraph(line)
    header = ["序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"]
    first = [
        [
            "1",
            "10家养鸡场未修建化粪池，鸡粪存积未经处理就地排放。",
            "下发《责任令整改通知书》，限期修建化粪池和干粪棚。",
            "庆坪镇人民政府、县农业局",
            "镇长",
            "2017年6月11日前",
        ],
        [
            "2",
            "4家已建化粪池容量不足，不能满足粪便处理要求。",
            "扩建化粪池，配套雨污分流设施。",
            "县农业局",
            "局长",
            "2017年6月11日前",
        ],
    ]
    second = [
        [
            "3",
            "部分农户过量施用鸡粪作农家肥，污染周边环境。",
            "开展宣传培训，指导农户科学还田。",
            "庆坪镇人民政府",
            "分管副镇长",
            "长期坚持",
        ],
        [
            "4",
            "联丰村无鸡粪集中处理设施。",
            "争取省农委项目资金，建设鸡粪有机肥加工厂。",
            "县农业局、县环保局",
            "局长",
            "2017年12月31日前",
        ],
    ]
    table = _ruled_table(document, header, first)
    _title_row(table, "联丰村养鸡场粪污整治任务表")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _ruled_table(document, header, second)
    document.add_paragraph("注：整改完成后由县农业局、县环保局现场验收。")
    return _save(document)


DOCUMENTS["duchang_2017_poverty_inspection_list_docx"] = (
    "扶贫专项巡视反馈问题整改清单.docx",
    _duchang_poverty_inspection_list,
)
DOCUMENTS["jiangxian_2024_revitalization_feedback_docx"] = (
    "专项调研反馈问题整改清单.docx",
    _jiangxian_revitalization_feedback_list,
)
DOCUMENTS["linying_2021_patrol_ledger_docx"] = ("巡察反馈意见整改台账.docx", _linying_patrol_ledger)
DOCUMENTS["jianli_2017_livestock_closure_docx"] = (
    "禁养区规模养殖场关停任务清单.docx",
    _jianli_livestock_closure_tables,
)
DOCUMENTS["yanting_2017_petition_handling_docx"] = (
    "转交群众来电来信举报件办理情况表.docx",
    _yanting_petition_handling_table,
)
DOCUMENTS["ceheng_2017_chicken_farm_plan_docx"] = ("联丰村养鸡场粪污整治方案.docx", _ceheng_chicken_farm_plan)

# The sixty-third blind set, for the figure recorded in docs/decisions.md (“Blind set 63”).
BLIND_63 = (
    "duchang_2017_poverty_inspection_list_docx",
    "jiangxian_2024_revitalization_feedback_docx",
    "linying_2021_patrol_ledger_docx",
    "jianli_2017_livestock_closure_docx",
    "yanting_2017_petition_handling_docx",
    "ceheng_2017_chicken_farm_plan_docx",
)
BLIND_SETS[63] = BLIND_63


# --- blind set 59 (issue 14, branch corpus-blind59) -----------------------------------------------
# Excel ledgers, fourth round: 跟踪督促台账, 整改台账, 隐患排查台账 and 月调度表 as townships, districts
# and county offices keep them — a 汇总 sheet, one sheet per 党组织 or per task group, title and
# 报送/检查 lines above a header over two rows, section rows merged across, 1.1 / 1.2 sub-rows under a
# problem, a company or village merged down, 是否完成 and 完成状态 columns, 备注 and 注 rows below, an
# old .xls and a GBK .csv. Places and facts as published (SOURCES.md “Blind set 59”); rows ours.


def _lukou_patrol_followup_ledger_xlsx() -> bytes:
    """株洲市渌口区 (湖南) 区委巡察办: 《巡察整改跟踪督促函》 to the 15 党组织 whose rectification was not
    finished, progress reported in the last month of each quarter (大乡村张家塘组 宅基地 case settled),
    as the 区委巡察整改未完成问题跟踪督促台账: a 汇总 sheet, then one sheet per 党组织 with a title, a
    报送 line, a header over two rows (整改责任 over 责任领导 | 责任单位, 整改进展 over 本季度进展 |
    是否完成), a 备注 row."""
    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["渌口区本届区委巡察整改未完成问题跟踪督促汇总表（2023年第四季度）"])
    summary.merge_cells("A1:F1")
    summary.append(["序号", "被巡察党组织", "未完成问题（个）", "本季度完成（个）", "仍未完成（个）", "备注"])
    summary.append([1, "渌口镇党委", 2, 1, 1, None])
    summary.append([2, "区住房和城乡建设局党组", 2, 1, 1, None])
    summary.append(["合计", "15个党组织", 31, 17, 14, "其余13个党组织略"])
    upper = ["序号", "反馈问题", "整改措施", "整改责任", None, "整改时限", "整改进展", None, "备注"]
    lower = [None, None, None, "责任领导", "责任单位", None, "本季度进展", "是否完成", None]
    sheets = (
        (
            "渌口镇党委",
            "渌口镇党委",
            [
                [
                    1,
                    "大乡村张家塘组村民宅基地安置矛盾未有效化解，当事人多次上访。",
                    "1.成立工作专班，专题调度；\n2.协调阻工村民达成和解；\n3.督促完成安置房屋建设。",
                    "王某",
                    "镇综治中心、大乡村党总支",
                    "2023年12月31日前",
                    "当事人与阻工村民已达成和解，房屋已建成。",
                    "是",
                    None,
                ],
                [
                    2,
                    "村级集体经济收入来源单一，部分村经营性收入不足5万元。",
                    "1.每村制定集体经济发展规划；\n2.盘活闲置集体资产。",
                    "李某",
                    "镇农业综合服务中心",
                    "2024年6月30日",
                    "已制定规划，2个项目正在推进。",
                    "否",
                    "跨季度整改",
                ],
            ],
        ),
        (
            "区住建局党组",
            "区住房和城乡建设局党组",
            [
                [
                    1,
                    "老旧小区改造项目推进缓慢，年度任务未按期开工。",
                    "1.倒排工期，挂图作战；\n2.每月通报项目进度。",
                    "刘某",
                    "区住建局城建股",
                    "2024年3月31日",
                    "已开工3个小区，其余正在招标。",
                    "否",
                    None,
                ],
                [
                    2,
                    "建筑工地扬尘管控不到位，部分工地裸土未覆盖。",
                    "1.开展在建工地扬尘专项检查；\n2.对未覆盖工地责令整改。",
                    "刘某",
                    "区住建局建管股",
                    "立行立改",
                    "检查工地12个，已全部整改到位。",
                    "是",
                    None,
                ],
            ],
        ),
    )
    for name, body, rows in sheets:
        sheet = book.create_sheet(name)
        sheet.append([f"{body}巡察整改未完成问题跟踪督促台账"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
        sheet.append([f"报送单位：{body}（盖章）", None, None, None, None, "报送时间：2023年12月25日"])
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
        _merged_header(sheet, 3, upper, lower)
        for row in rows:
            sheet.append(row)
        sheet.append(["备注：本表于每季度最后一个月25日前报区委巡察办，已完成的问题附佐证材料。"])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(upper)
        )
    return _book_bytes(book)


def _dangmu_poverty_patrol_ledger_xlsx() -> bytes:
    """蒲城县党睦镇 (陕西 渭南): 市委脱贫攻坚市县联动巡察组 专项巡察 (2019-03-07…04-20, 反馈 07-19; 理论
    学习不深入、政策落实有偏差、党建助推脱贫后劲不足、干部作风仍需改进、行政村干部队伍结构不合理、政策落实
    不实不细) as the 反馈问题整改台账: a title, a 填报 line, section rows 一、镇党委层面 / 二、村级层面
    merged across, a problem row numbered 1 and its measures as 1.1 / 1.2 sub-rows each with its own
    unit and limit, the 责任领导 merged down over them, a problem with its measures in one cell, a 备注."""
    header = ["序号", "反馈问题", "整改措施", "责任领导", "责任单位", "整改时限", "整改情况"]
    book, sheet = _titled_sheet("整改台账", "党睦镇脱贫攻坚专项巡察反馈问题整改台账", header)
    sheet.delete_rows(2)
    sheet.append(["填报单位：中共党睦镇委员会", None, None, None, "填报时间：2019年8月20日"])
    sheet.append(header)
    rows = [
        "一、镇党委层面",
        ["1", "理论学习不深入，学习习近平总书记关于扶贫工作重要论述不系统。", None, "张某", None, None, None],
        [
            "1.1",
            None,
            "制定镇党委中心组年度学习计划，每月开展一次专题学习。",
            None,
            "镇党政办",
            "2019年9月30日",
            "已完成",
        ],
        ["1.2", None, "将扶贫政策纳入镇村干部轮训内容。", None, "镇扶贫工作站", "2019年10月31日", "已完成"],
        ["2", "政策落实有偏差，个别贫困户产业奖补资金发放不及时。", None, "王某", None, None, None],
        ["2.1", None, "逐户核对产业奖补资金发放台账。", None, "镇财政所", "2019年8月31日", "已完成"],
        ["2.2", None, "对未及时发放的奖补资金限期补发到户。", None, "镇财政所", "2019年9月15日", "正在整改"],
        "二、村级层面",
        ["3", "行政村干部队伍结构不合理，年龄偏大、学历偏低。", None, "杨某", None, None, None],
        [
            "3.1",
            None,
            "注重从返乡青年、致富能手中培养村级后备干部。",
            None,
            "镇组织办",
            "长期坚持",
            "持续推进",
        ],
        ["3.2", None, "每村储备后备干部2名以上。", None, "镇组织办", "2019年12月31日", "正在整改"],
        [
            "4",
            "政策落实不实不细，部分贫困户“一户一档”资料不完整。",
            "1.逐户完善档案资料；\n2.镇扶贫工作站逐村抽查。",
            "赵某",
            "镇扶贫工作站",
            "2019年9月30日",
            "已完成",
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header)
            )
            continue
        sheet.append(row)
    # the leader of a problem is written once, merged down over its sub-rows
    for first, last in ((5, 7), (8, 10), (12, 14)):
        sheet.merge_cells(start_row=first, start_column=4, end_row=last, end_column=4)
    sheet.append(["备注：整改情况分“已完成”“正在整改”“持续推进”三类。"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header))
    return _book_bytes(book)


def _lengji_safety_hazard_ledger_xls() -> bytes:
    """谷城县冷集镇 (湖北 襄阳): 2025-04-09 镇政府联合县应急管理局 检查辖区纺织企业、加工坊 (消防通道堆放
    杂物、空气开关裸露, 责令7日内完成整改; 隐患8项, 立行立改2项) as an old .xls 隐患排查整改台账 (xlwt):
    a title and a 检查时间 / 检查单位 line, the company merged down over its hazards, the 企业整改
    责任人 a person, 整改时限 as date cells and 立行立改, a 注 row and a signature line."""
    import datetime

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("隐患台账")
    header = [
        "序号",
        "企业名称",
        "隐患内容",
        "整改措施",
        "企业整改责任人",
        "监管责任单位",
        "整改时限",
        "整改情况",
    ]
    width = len(header)
    sheet.write_merge(0, 0, 0, width - 1, "冷集镇纺织企业、加工坊安全隐患排查整改台账")
    sheet.write_merge(1, 1, 0, 3, "检查时间：2025年4月9日")
    sheet.write_merge(1, 1, 4, width - 1, "检查单位：冷集镇人民政府、谷城县应急管理局")
    for k, value in enumerate(header):
        sheet.write(2, k, value)
    date_style = xlwt.easyxf(num_format_str="YYYY/M/D")
    day = datetime.datetime(2025, 4, 16)
    rows = [
        [
            1,
            "冷集镇某纺织有限公司",
            "消防通道堆放纱线等杂物。",
            "立即清理消防通道杂物。",
            "刘某",
            "冷集镇安监站",
            "立行立改",
            "已整改",
        ],
        [
            2,
            None,
            "配电箱空气开关裸露，无防护盖板。",
            "1.加装配电箱防护盖板；\n2.对厂区电气线路进行全面检查。",
            "刘某",
            "冷集镇安监站",
            day,
            "已整改",
        ],
        [
            3,
            "冷集镇某纺织加工坊",
            "原料仓库与生产区未分隔，易燃物堆放混乱。",
            "1.设置防火分隔；\n2.原料分类定点存放。",
            "陈某",
            "冷集镇安监站、谷城县应急管理局",
            day,
            "整改中",
        ],
        [4, None, "灭火器过期未更换。", "更换过期灭火器。", "陈某", "冷集镇安监站", "立行立改", "已整改"],
        [
            5,
            "冷集镇某服装加工厂",
            "员工未开展消防安全培训，不会使用灭火器材。",
            "1.组织全员消防安全培训；\n2.开展一次疏散演练。",
            "周某",
            "冷集镇安监站",
            datetime.datetime(2025, 4, 30),
            "未整改",
        ],
    ]
    for r, row in enumerate(rows, start=3):
        for k, value in enumerate(row):
            if k == 1 and value is None:
                continue
            if isinstance(value, datetime.datetime):
                sheet.write(r, k, value, date_style)
            elif value is not None:
                sheet.write(r, k, value)
    # the company is written once over its hazards (xlwt: merge the written cell down)
    sheet.merge(3, 4, 1, 1)
    sheet.merge(5, 6, 1, 1)
    last = 3 + len(rows)
    sheet.write_merge(
        last,
        last,
        0,
        width - 1,
        "注：立行立改隐患当场整改到位；限期整改隐患由企业整改完毕后报镇安监站复查销号。",
    )
    sheet.write_merge(last + 1, last + 1, 0, 3, "检查人员（签字）：")
    sheet.write_merge(last + 1, last + 1, 4, width - 1, "企业负责人（签字）：")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _dagou_air_ledger_xlsx() -> bytes:
    """临颍县大郭镇 (河南 漯河) 冬季大气污染防治 (2020-12: “散乱污”企业 木材加工厂 三断两清, 燃煤散烧 早餐点和
    饭店, 扬尘 建筑材料 过境两条省道 洒水, 可燃物禁烧 蓝天卫士) as the 问题整改台账: a title, a header over
    two rows (责任人 over 包村领导 | 村支书, both persons), section rows merged across, the 责任村 merged
    down, 备注 and a 填报人 line below."""
    header_upper = ["序号", "责任村", "存在问题", "整改措施", "责任人", None, "整改时限", "整改情况"]
    header_lower = [None, None, None, None, "包村领导", "村支书", None, None]
    book, sheet = _titled_sheet("问题台账", "大郭镇冬季大气污染防治问题整改台账", header_upper)
    sheet.delete_rows(2)
    sheet.append(["截至2020年12月8日"])
    _merged_header(sheet, 3, header_upper, header_lower)
    rows = [
        "一、“散乱污”企业治理",
        [
            1,
            "大郭村",
            "木材加工厂原料露天堆放，无防尘措施。",
            "1.原料全部入棚存放；\n2.厂区道路硬化并洒水降尘。",
            "王某",
            "李某",
            "2020年12月15日",
            "已整改",
        ],
        [
            2,
            None,
            "已取缔的木材加工点有恢复生产迹象。",
            "1.落实“三断两清”；\n2.镇环保办每周复查。",
            "王某",
            "李某",
            "立行立改",
            "已整改",
        ],
        "二、燃煤散烧整治",
        [
            3,
            "孙庄村",
            "早餐点仍使用散煤炉灶。",
            "1.收缴散煤炉具；\n2.引导改用电或液化气。",
            "赵某",
            "孙某",
            "2020年12月10日",
            "已整改",
        ],
        "三、扬尘综合整治",
        [
            4,
            "张庄村",
            "过境省道沿线建筑材料未覆盖，道路积尘。",
            "1.清理道路两侧建筑材料；\n2.剩余物料全部覆盖；\n3.每天洒水降尘。",
            "陈某",
            "张某",
            "2020年12月20日",
            "整改中",
        ],
        "四、可燃物禁烧",
        [
            5,
            "孙庄村",
            "田间残留秸秆、树叶堆积，有焚烧隐患。",
            "1.清运田间可燃物；\n2.网格员每日巡查。",
            "赵某",
            "孙某",
            "长期坚持",
            "持续推进",
        ],
    ]
    for row in rows:
        if isinstance(row, str):
            sheet.append([row])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header_upper)
            )
            continue
        sheet.append(row)
    sheet.merge_cells(start_row=6, start_column=2, end_row=7, end_column=2)
    sheet.append(["备注：1.整改情况每周五下午报镇环保办；2.“蓝天卫士”发现火点的，所在村立即处置。"])
    sheet.merge_cells(
        start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header_upper)
    )
    sheet.append(["填报人：", None, None, "审核人：", None, None, "联系电话："])
    return _book_bytes(book)


def _fengzhuang_dust_inspection_csv() -> bytes:
    """通许县冯庄乡 (河南 开封) 春季大气污染防治 排查 (乡环保办、乡执法队: 企业厂区卫生、物料进棚、出厂路面
    扬尘、生产区噪音、建筑工地周边; 现场交办, 立行立改或限期整改, 建立问题台账, 回头看) as the 排查问题台账
    saved from Excel as CSV (GBK): a title row and a 排查时间 row, 整改方式 立行立改 / 限期整改, a 回头看
    column, 整改要求 written as one sentence or numbered steps."""
    import csv

    rows = [
        ["冯庄乡春季大气污染防治排查问题台账", "", "", "", "", "", "", "", ""],
        ["排查时间：2021年3月", "", "", "", "", "", "", "", ""],
        [
            "序号",
            "排查点位",
            "存在问题",
            "整改要求",
            "责任单位",
            "整改方式",
            "整改时限",
            "整改情况",
            "回头看情况",
        ],
        [
            "1",
            "冯庄乡某建材厂",
            "厂区物料未进棚，露天堆放。",
            "1.物料全部入棚；2.厂区路面每日清扫洒水。",
            "乡环保办",
            "限期整改",
            "2021年3月20日",
            "已整改",
            "已复查，未反弹",
        ],
        [
            "2",
            "某建材厂出厂道路",
            "出厂路面积尘严重。",
            "组织人员清扫洒水。",
            "乡执法队",
            "立行立改",
            "立行立改",
            "已整改",
            "已复查",
        ],
        [
            "3",
            "某建筑工地周边",
            "工地周边裸土未覆盖。",
            "1.裸土全部覆盖防尘网；2.出入口设置车辆冲洗设施。",
            "乡环保办、乡执法队",
            "限期整改",
            "2021年3月25日",
            "整改中",
            "",
        ],
        [
            "4",
            "冯庄乡某面粉加工企业",
            "生产区噪音影响周边居民。",
            "加装隔音设施。",
            "乡环保办",
            "限期整改",
            "2021年4月10日",
            "未整改",
            "",
        ],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("gbk")


def _yudu_monthly_dispatch_xlsx() -> bytes:
    """于都县 (江西 赣州) 应急管理工作“五个全覆盖” (于府办发〔2022〕33号, 2022-04-26: 责任落实、风险识别、
    隐患整治、宣传培训、能力提升; 各乡（镇）3月底前制定党政领导干部安全生产“职责清单”和年度“工作清单”)
    as the 月调度表 (2022年5月): a 汇总 sheet first, then one sheet per 全覆盖 with a title, a header
    over two rows (责任单位 over 牵头单位 | 配合单位, 调度情况 over 本月进展 | 完成状态), section rows
    （一）… merged across and a year-less “3月底前”."""
    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["于都县应急管理工作“五个全覆盖”月调度汇总表（2022年5月）"])
    summary.merge_cells("A1:E1")
    summary.append(["序号", "工作方案", "任务数", "已完成", "推进中"])
    summary.append([1, "责任落实全覆盖", 3, 1, 2])
    summary.append([2, "隐患整治全覆盖", 2, 1, 1])
    summary.append(["合计", None, 5, 2, 3])
    upper = ["序号", "工作任务", "工作要求", "责任单位", None, "完成时限", "调度情况", None]
    lower = [None, None, None, "牵头单位", "配合单位", None, "本月进展", "完成状态"]
    sheets = (
        (
            "责任落实全覆盖",
            [
                "（一）党委政府责任全覆盖",
                [
                    1,
                    "落实党政领导责任",
                    "1.落实《于都县安全生产职责规定》；\n2.各乡（镇）制定党政领导干部安全生产“职责清单”和年度“工作清单”。",
                    "县安委办",
                    "各乡（镇）人民政府",
                    "3月底前",
                    "各乡（镇）已全部制定并印发。",
                    "已完成",
                ],
                [
                    2,
                    "落实部门监管责任",
                    "1.厘清行业领域安全监管职责；\n2.编制部门安全生产权力和责任清单。",
                    "县应急管理局",
                    "县直有关部门",
                    "2022年6月30日",
                    "清单正在编制。",
                    "推进中",
                ],
                "（二）企业主体责任全覆盖",
                [
                    3,
                    "落实企业全员安全生产责任制",
                    "1.督促企业建立全员安全生产责任制；\n2.开展企业主要负责人履职情况检查。",
                    "县应急管理局",
                    "县工信局、县市场监管局",
                    "2022年12月31日",
                    "已抽查企业26家。",
                    "推进中",
                ],
            ],
        ),
        (
            "隐患整治全覆盖",
            [
                "（一）重点行业领域隐患排查",
                [
                    1,
                    "开展经营性自建房安全隐患排查",
                    "1.全面排查经营性自建房；\n2.建立隐患整治台账，逐户销号。",
                    "县住建局",
                    "各乡（镇）人民政府",
                    "2022年6月30日",
                    "已排查1,326栋，发现隐患42处。",
                    "推进中",
                ],
                [
                    2,
                    "开展城镇燃气安全隐患排查",
                    "1.排查餐饮场所燃气使用情况；\n2.督促加装燃气泄漏报警装置。",
                    "县城管局",
                    "县市场监管局",
                    "2022年5月31日",
                    "排查餐饮场所318家，已全部整改。",
                    "已完成",
                ],
            ],
        ),
    )
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        sheet.append([f"于都县{name}工作月调度表（2022年5月）"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(upper))
        _merged_header(sheet, 2, upper, lower)
        for row in rows:
            if isinstance(row, str):
                sheet.append([row])
                sheet.merge_cells(
                    start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(upper)
                )
                continue
            sheet.append(row)
        sheet.freeze_panes = "A4"
    return _book_bytes(book)


for _name, _filename, _build in (
    (
        "lukou_2023_patrol_followup_ledger_xlsx",
        "巡察整改未完成问题跟踪督促台账.xlsx",
        _lukou_patrol_followup_ledger_xlsx,
    ),
    (
        "dangmu_2019_poverty_patrol_ledger_xlsx",
        "脱贫攻坚专项巡察反馈问题整改台账.xlsx",
        _dangmu_poverty_patrol_ledger_xlsx,
    ),
    ("lengji_2025_safety_hazard_ledger_xls", "安全隐患排查整改台账.xls", _lengji_safety_hazard_ledger_xls),
    ("dagou_2020_air_ledger_xlsx", "冬季大气污染防治问题整改台账.xlsx", _dagou_air_ledger_xlsx),
    (
        "fengzhuang_2021_dust_inspection_csv",
        "春季大气污染防治排查问题台账.csv",
        _fengzhuang_dust_inspection_csv,
    ),
    ("yudu_2022_monthly_dispatch_xlsx", "五个全覆盖工作月调度表.xlsx", _yudu_monthly_dispatch_xlsx),
):
    DOCUMENTS[_name] = (_filename, _build)

# The fifty-ninth blind set, for the figure recorded in docs/decisions.md (“Blind set 59”).
BLIND_59 = (
    "lukou_2023_patrol_followup_ledger_xlsx",
    "dangmu_2019_poverty_patrol_ledger_xlsx",
    "lengji_2025_safety_hazard_ledger_xls",
    "dagou_2020_air_ledger_xlsx",
    "fengzhuang_2021_dust_inspection_csv",
    "yudu_2022_monthly_dispatch_xlsx",
)
BLIND_SETS[59] = BLIND_59


# --- blind set 69 (issue 14, branch corpus-blind69) ---
# Provinces and regions the corpus barely holds, second round: 宁夏 (海原县), 黑龙江 (牡丹江 东安区),
# 西藏 (拉萨市, 阿里 噶尔县), 新疆 (昌吉州's townships), in the forms they publish.


def _lines_pdf(lines: list[str]) -> bytes:
    """A portrait text PDF of a notice printed from Word: one paragraph per line, wrapping."""
    with _cjk_pdf("".join(lines), landscape=False, size=10) as pdf:
        for line in lines:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


def _haiyuan_transfer_closure_docx() -> bytes:
    """海原县 (宁夏 中卫) 中央第二环境保护督察组“回头看”第398号转办件整改验收销号情况公示
    (2019-06-28): labels 交办问题 / 牵头（责任）单位 / 调查核实情况 / 验收情况 and facts as
    published (paraphrased); the end of 验收情况, the 公示时间, phone and signature are ours."""
    document = _paragraphs_docx(
        [
            "海原县关于中央第二环境保护督察组“回头看”第398号转办件整改验收销号情况公示",
            "根据中卫市环境保护督察整改工作领导小组综合协调组《关于开展中央第二环境保护督察组“回头看”转办事项"
            "整改验收销号工作的通知》（卫环督改综发〔2018〕35号）要求，现对第398号转办件整改验收情况进行公示。",
            "中央第二环境保护督察组“回头看”交办问题：",
            "高崖乡红古村西河大桥附近有5家砂石厂无正规手续夜间挖砂，砂土车无覆盖措施，引起扬尘污染，噪音扰民，"
            "破坏生态环境和基本农田耕地。",
            "牵头（责任）单位：海原县人民政府",
            "调查核实情况：",
            "2018年6月12日，中卫市督导检查组带领海原县政府分管负责同志及相关部门负责人现场督办，要求企业停产整治，"
            "完善扬尘治理设施，项目竣工环评等验收合格后方可生产。6月13日，县政府分管副县长带领国土环保、水务及"
            "高崖乡主要负责人再次现场督办，督促2处堆料场立即清理砂石料并恢复土地原貌。6月16日，县委主要负责同志"
            "带领相关部门现场督办，提出具体整改意见，要求严肃查处、彻底整改。",
            "验收情况：",
            "根据《海原县人民政府办公室关于印发海原县关闭退出建筑用砂矿和取缔无证非法采砂点工作实施方案的通知》"
            "（海政办发〔2019〕15号），县级相关部门形成合力，于2019年3月27日起对5处建筑用砂矿的生产设备及供电"
            "设施彻底拆除，并责令对采矿区及周边土地复垦。经验收，该转办件已整改到位，达到销号条件。",
            "公示时间：2019年6月28日至2019年7月4日。",
            "如有异议，请在公示期内向海原县环境保护督察整改工作领导小组办公室反映。联系电话：0955-4012345",
            "海原县环境保护督察整改工作领导小组办公室",
            "2019年6月28日",
        ]
    )
    return _save(document)


def _dongan_closure_notice_pdf() -> bytes:
    """牡丹江市东安区 (黑龙江) 第三轮省级生态环境保护督察第12项问题 验收销号公示 (2025-07):
    一、整改任务 … 六、受理部门 and the three measures and results as published (“我单位”, no unit
    named); the title line, the date line and the phone are ours. Printed to PDF."""
    return _lines_pdf(
        [
            "关于第三轮省级生态环境保护督察第12项问题整改任务完成情况的公示",
            "我单位已完成第三轮省级生态环境保护督察第12项问题整改，拟申请验收销号。按照《黑龙江省中央生态环境保护"
            "督察整改任务验收销号办法（试行）》规定，现对该项整改任务完成情况向社会公示：",
            "一、整改任务：市、县（市）区两级农业农村部门对畜禽粪污资源化利用工作指导服务不足，未对辖区畜禽粪污"
            "资源化利用工作考核或考核流于形式，跟踪问效不到位，各县（市）区畜牧产业发展规划、种养循环发展规划还"
            "不完善。",
            "二、整改目标：加强粪污资源化利用技术指导与服务，确保畜禽粪污资源化利用率达到84.5%；制定完善符合辖区"
            "实际的畜牧发展规划、种养循环发展规划。",
            "三、整改措施：",
            "1.加强技术指导服务，向养殖场户发放技术指导资料和宣传资料，增强养殖场户生态保护意识和科学规范处置粪污能力。",
            "2.压紧压实主体责任，加强对乡镇畜禽粪污资源化利用工作的指导帮扶，进一步完善畜牧产业发展规划，提高"
            "“末端利用”能力。",
            "3.摸清本地种养基础情况及土地资源概况，2025年6月底前制发并完善种养循环发展规划或方案，种养循环结合更加紧密。",
            "四、整改主要工作及成效：",
            "1.印发《畜禽粪污资源化利用明白纸》下发至乡镇和规模养殖场，组织开展现场指导与技术服务。",
            "2.对养殖场户粪污资源化利用工作开展现场督导检查，指导规范填写粪污资源化利用台账和改造配套设施，2024年"
            "粪污综合利用率达85.42%。",
            "3.对本区种养基础情况及土地资源概况进行摸底，制定完成《东安区畜牧业发展规划》《东安区种养循环发展规划》。",
            "五、公示时间：2025年7月3日至2025年7月16日",
            "六、受理部门：市生态环境保护和督察工作委员会办公室",
            "受理电话：0453-6912345",
            "2025年7月3日",
        ]
    )


def _lasa_traffic_measures_pdf() -> bytes:
    """拉萨市人民政府's 第二轮中央生态环境保护督察反馈意见(12-01) 整改措施完成情况公示表, as
    西藏自治区交通运输厅 published it (2023-09-12): the labels and facts as published
    (paraphrased); printed to PDF as the two-column table of the template."""
    return _pdf_table(
        ["第二轮中央生态环境保护督察反馈意见（12-01）", "整改措施完成情况公示表"],
        [
            "反馈问题",
            "自治区交通运输部门履行生态环境保护“一岗双责”不到位。对交通设施建设单位监督管理不严，生态环境责任层层"
            "衰减。全区交通领域生态破坏和环境违法问题十分严重，仅2022年3月就发现81起破坏行为。",
        ],
        [
            [
                "核查情况",
                "拉萨市人民政府对拉萨市交通运输局该项措施完成情况开展了资料审查。经核查，整改资料真实、完整、有效，"
                "该措施整改到位。",
            ],
            [
                "整改目标",
                "健全完善交通行业生态环境保护责任落实工作机制，压实生态环境保护责任，常态化开展专项整治。",
            ],
            [
                "整改措施",
                "严格履行交通运输部门生态环境保护“一岗双责”，成立全区交通运输行业生态环境保护领导小组，明确工作职责"
                "和任务，层层压实责任。（立行立改）",
            ],
            ["责任单位", "拉萨市人民政府"],
            ["责任人", "郑卫国"],
            ["联系电话", "17740783332"],
            [
                "整改主要工作及成效",
                "拉萨市交通运输局2018年1月29日成立环境保护督察整改工作领导小组，逐步建立健全交通建设领域环境保护工作"
                "制度，印发《拉萨市交通运输局环境保护工作制度》《拉萨市交通运输局农村公路建设生态环境保护问责制度》，"
                "每年开展联合现场检查。该项整改措施已达到整改要求。",
            ],
        ],
        widths=(35, 145),
        landscape=False,
        size=9,
    )


def _gaer_measures_form() -> bytes:
    """噶尔县 (西藏 阿里) 交通局's 第二轮西藏自治区生态环境保护督察报告反馈意见(15-2) 整改措施完成情况
    公示表 (2026-01-08): the labels and facts as published (paraphrased); the signature is ours."""
    return _two_column_form(
        ["第二轮西藏自治区生态环境保护督察报告", "反馈意见（15-2）整改措施", "完成情况公示表"],
        [
            (
                "反馈问题",
                "噶尔县境内某公路共设置29处取弃土场，平均4.3公里设1处取弃土场，部分取料场和砂石加工厂设置在生态红线"
                "范围内，严重违背土地资源节约和生态保护的要求。G4218昆莎机场至狮泉河公路新建工程施工现场管理不规范，"
                "违规变更弃土场，将机械清洗废水直排外环境。",
            ),
            ("核查情况", "核查反馈问题属实。"),
            (
                "整改目标",
                "依法查处存在的生态环境问题，开展责任追究，全面规范项目建设，完成临时用地生态恢复治理。",
            ),
            (
                "整改措施",
                "按照“谁破坏谁治理”原则，责令施工单位严格按照《临时用地复垦方案》，按时完成生态恢复治理。",
            ),
            ("责任单位", "噶尔县人民政府"),
            ("责任人", "洛桑丹增"),
            ("联系电话", "18989971777"),
            (
                "主要工作及成效",
                "一是按时完成噶尔县境内项目K22+300右侧取料场和砂石加工厂生态修复工作；督促G4218昆莎机场至狮泉河公路"
                "新建工程完成生态环境问题整改。二是通过系统整改，公路建设项目生态环境问题得到有效遏制，生态系统功能"
                "逐步恢复。",
            ),
        ],
        ["噶尔县交通运输局", "2026年1月8日"],
    )


for _name, _filename, _build in (
    (
        "haiyuan_2019_transfer_closure_docx",
        "第398号转办件整改验收销号情况公示.docx",
        _haiyuan_transfer_closure_docx,
    ),
    ("dongan_2025_closure_notice_pdf", "第12项问题整改任务完成情况公示.pdf", _dongan_closure_notice_pdf),
    ("lasa_2023_traffic_measures_pdf", "（12-01）整改措施完成情况公示表.pdf", _lasa_traffic_measures_pdf),
    ("gaer_2026_measures_form", "（15-2）整改措施完成情况公示表.docx", _gaer_measures_form),
    (
        "changji_2024_township_patrol_page",
        "巡察7个乡镇（街道）整改进展情况.txt",
        _text("changji_2024_township_patrol_page"),
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The sixty-ninth blind set, for the figure recorded in docs/decisions.md (“Blind set 69”).
BLIND_69 = (
    "haiyuan_2019_transfer_closure_docx",
    "dongan_2025_closure_notice_pdf",
    "lasa_2023_traffic_measures_pdf",
    "gaer_2026_measures_form",
    "changji_2024_township_patrol_page",
)
BLIND_SETS[69] = BLIND_69


# --- blind set 67 (issue 14, branch corpus-blind67) ---
# PDF attachments, second round: a task list printed from Word (ruled, landscape, the header row
# repeated as the table runs over pages, group rows merged across), a 政府工作报告 分解表 set as a
# text PDF with group rows, a 分解表 and a 信访件 公示表 printed WITHOUT borders (columns only by
# position), a 通报 set as an official document whose problems are a numbered list with labelled
# lines, and a ledger table set by a PDF writer running over pages without its header again.
# Written with their expected JSON before the reader ran on them (docs/decisions.md, “Blind set 67”).


def _jiangcheng_patrol_task_list_pdf() -> bytes:
    """江城县 (云南 普洱) 十三届县委第二轮巡察 (2022-03-07…04-29, 县自然资源局等3个部门党组 and
    国庆乡党委): the 县自然资源局党组's 整改任务清单 as attached, printed landscape from Word with the
    header row repeated on each page; the problems, measures, posts, 股室 and limits are ours."""
    from tests.printed_pdf import printed

    document = docx.Document()
    _landscape(document)
    document.add_paragraph("附件")
    document.add_paragraph("中共江城县自然资源局党组落实县委第二巡察组反馈意见整改任务清单")
    header = ["序号", "反馈问题", "整改措施", "责任领导", "责任股室", "完成时限"]
    rows: list[list[str] | str] = [
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            "1",
            "学习贯彻习近平生态文明思想不够深入，党组理论学习中心组学习存在以读代学、流于形式的情况。",
            "1.制定年度理论学习计划，中心组每月集中学习不少于1次；2.建立学习台账，班子成员每年撰写研讨"
            "材料不少于2篇；3.将学习情况纳入干部年度考核。",
            "党组书记、局长",
            "办公室",
            "立行立改、长期坚持",
        ],
        [
            "2",
            "耕地保护责任落实不到位，卫片执法发现的违法占用耕地问题查处不及时，部分图斑未按期整改。",
            "1.对2021年度卫片图斑逐宗建立台账，明确整改责任人；2.对违法占用耕地行为依法立案查处；"
            "3.会同乡镇开展耕地保护动态巡查，做到早发现、早制止。",
            "分管副局长",
            "耕地保护股、执法监察大队",
            "2022年12月31日前",
        ],
        [
            "3",
            "矿产资源开发监管不力，部分已关闭矿山未按方案开展生态修复。",
            "1.对全县已关闭矿山逐个核查，编制生态修复方案；2.督促矿业权人缴存修复基金并按方案实施复绿。",
            "分管副局长",
            "矿产资源管理股",
            "2022年10月31日前",
        ],
        "二、落实全面从严治党主体责任方面",
        [
            "4",
            "落实全面从严治党主体责任不到位，班子成员“一岗双责”履行不够，对分管股室廉政风险提醒不及时。",
            "1.制定党组落实全面从严治党主体责任清单；2.班子成员每半年对分管股室开展一次廉政谈话；"
            "3.梳理不动产登记、用地审批等岗位廉政风险点并公示防控措施。",
            "党组书记、局长",
            "办公室",
            "2022年6月30日前",
        ],
        [
            "5",
            "财务管理不规范，存在公务接待无公函、报销凭证不全等问题。",
            "1.对2020年以来公务接待和报销凭证全面自查，补齐手续；2.修订机关财务管理制度，严格执行"
            "报销审批程序。",
            "党组成员、副局长",
            "财务室",
            "2022年6月30日前",
        ],
        "三、群众身边腐败问题和不正之风方面",
        [
            "6",
            "不动产登记窗口服务效率不高，群众办理抵押登记和转移登记需多次往返。",
            "1.推行不动产登记“一窗受理、并联办理”；2.公开办事指南和办理时限；3.设立群众意见箱，"
            "每月通报窗口服务情况。",
            "分管副局长",
            "不动产登记中心",
            "2022年8月31日前",
        ],
        [
            "7",
            "国土空间规划编制工作推进缓慢，村庄规划编制滞后于乡村振兴需要。",
            "1.倒排国土空间总体规划编制工期；2.对国庆乡等乡镇实用性村庄规划编制开展督导。",
            "分管副局长",
            "国土空间规划股",
            "2022年12月31日前",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _repeat_header_row(table)
    document.add_paragraph("注：责任领导对整改任务负领导责任，责任股室负直接责任。")
    return printed(_save(document))


def _jingxian_work_report_tasks_pdf() -> bytes:
    """泾县 (安徽 宣城) 泾政〔2023〕1号: 《政府工作报告》2023年 6个方面243项 工作任务 分解, 牵头县领导、
    牵头责任单位、协同责任单位; the attached 分解表 set as a text PDF with group rows spanning the
    table; the aspects' names, the six tasks, posts, units and limits are ours."""
    return _grouped_pdf(
        [
            "附件",
            "泾县2023年《政府工作报告》目标任务分解表",
        ],
        ["序号", "工作任务", "牵头县领导", "牵头责任单位", "协同责任单位", "完成时限"],
        [
            ("一", "扩大有效投资，增强发展后劲"),
            [
                "1",
                "全年实施亿元以上重点项目100个以上，完成投资80亿元以上。",
                "常务副县长",
                "县发展改革委",
                "县重点工程建设服务中心、各乡镇人民政府",
                "2023年12月底前",
            ],
            [
                "2",
                "加快经开区标准化厂房建设，新建标准化厂房10万平方米。",
                "分管副县长",
                "县经开区管委会",
                "县自然资源和规划局、县住房城乡建设局",
                "2023年10月底前",
            ],
            ("二", "推进乡村振兴，建设和美乡村"),
            [
                "3",
                "新建高标准农田2.5万亩，粮食播种面积稳定在28万亩以上。",
                "分管副县长",
                "县农业农村局",
                "县财政局、各乡镇人民政府",
                "2023年11月底前",
            ],
            [
                "4",
                "完成农村户厕改造1200户，行政村生活垃圾治理保持全覆盖。",
                "分管副县长",
                "县农业农村局、县城市管理局",
                "县卫生健康委、各乡镇人民政府",
                "持续推进",
            ],
            ("三", "保障改善民生，增进民生福祉"),
            [
                "5",
                "改造城镇老旧小区12个，惠及居民1500户。",
                "分管副县长",
                "县住房城乡建设局",
                "泾川镇人民政府、县财政局",
                "2023年9月底前",
            ],
            [
                "6",
                "新增城镇就业2600人，城镇登记失业率控制在4%以内。",
                "分管副县长",
                "县人力资源社会保障局",
                "县经开区管委会、县教体局",
                "年底前",
            ],
        ],
        widths=(12, 110, 28, 42, 60, 25),
    )


def _zhangjiachuan_key_tasks_unruled_pdf() -> bytes:
    """张家川回族自治县 (甘肃 天水) 2016年县政府重点工作任务分解表, the 附件 of the 县政府's notice
    (县十五届人大五次会议《政府工作报告》; 牵头单位 and 协作和配合单位; 政府督查室、监察局 跟踪问效),
    printed from Word without borders: the columns show only by position. The aspects, tasks,
    units and limits are ours."""
    from tests.printed_pdf import printed_unruled

    return printed_unruled(
        _table_docx(
            [
                "附件",
                "2016年县政府重点工作任务分解表",
            ],
            ["序号", "工作任务", "牵头单位", "协作配合单位", "完成时限"],
            [
                "一、稳增长促投资",
                ["1", "全年完成全社会固定资产投资60亿元，增长15%。", "县发改局", "县统计局", "2016年12月底"],
                [
                    "2",
                    "建成张家川至马鹿公路改建工程。",
                    "县交通运输局",
                    "马鹿镇人民政府、张棉驿乡人民政府",
                    "2016年10月底",
                ],
                "二、脱贫攻坚和农业农村",
                [
                    "3",
                    "完成1.2万贫困人口脱贫、20个贫困村退出任务。",
                    "县扶贫办",
                    "县财政局、各乡镇人民政府",
                    "年底前",
                ],
                ["4", "新建清真牛羊肉养殖小区15个。", "县畜牧兽医局", "县财政局", "2016年9月底"],
                "三、社会事业和民生",
                [
                    "5",
                    "完成县城区集中供热管网改造8公里。",
                    "县住建局",
                    "县供热公司",
                    "2016年10月15日前",
                ],
                ["6", "新建和改扩建幼儿园6所。", "县教育局", "县发改局、县财政局", "2016年8月底"],
            ],
            after=["注：各牵头单位于每季度末将工作进展情况报县政府督查室。"],
        )
    )


def _xianyou_petition_cases_unruled_pdf() -> bytes:
    """仙游县 (福建 莆田) 中央第一生态环境保护督察组 第三十一批 转办 群众信访举报件 (2023-12-23, 仙游县
    5件 of 莆田市23件) 办理情况公示表, printed landscape without borders; the cases, numbers,
    findings, handling, states and units are ours."""
    from tests.printed_pdf import printed_unruled

    document = docx.Document()
    _landscape(document)
    document.add_paragraph("仙游县中央第一生态环境保护督察组转办第三十一批群众信访举报件办理情况公示表")
    document.add_paragraph("（2023年12月29日）")
    header = ["序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型", "调查核实情况"]
    header += ["是否属实", "处理和整改情况", "是否办结", "责任单位"]
    rows = [
        [
            "1",
            "D3FJ202312230021",
            "反映榜头镇一家木材加工厂喷漆废气刺鼻，夜间生产噪声扰民。",
            "莆田市仙游县",
            "大气、噪声",
            "经核查，该厂喷漆房活性炭未按期更换，夜间有生产作业。",
            "属实",
            "已责令该厂更换活性炭并停止夜间生产，依法立案查处。",
            "是",
            "榜头镇人民政府、莆田市仙游生态环境局",
        ],
        [
            "2",
            "D3FJ202312230034",
            "反映郊尾镇一处养猪场粪水外溢，污染周边水渠。",
            "莆田市仙游县",
            "水",
            "经核查，该养猪场雨污分流设施破损，雨天有粪水溢出。",
            "属实",
            "已责令修复雨污分流设施、清理沟渠，计划于2024年1月31日前完成整改。",
            "否",
            "郊尾镇人民政府、县农业农村局",
        ],
        [
            "3",
            "X3FJ202312230008",
            "反映枫亭镇沿海一处空地有人倾倒建筑垃圾。",
            "莆田市仙游县",
            "生态、其他",
            "经核查，该处堆有建筑垃圾约30立方米，倾倒人已查明。",
            "属实",
            "已清运全部建筑垃圾，对倾倒人依法处罚。",
            "是",
            "枫亭镇人民政府",
        ],
        [
            "4",
            "D3FJ202312230045",
            "反映鲤城街道一家餐饮店油烟直排，影响楼上住户。",
            "莆田市仙游县",
            "大气",
            "经核查，该店已安装油烟净化器，检测油烟浓度达标。",
            "不属实",
            "已督促该店定期清洗油烟净化设施。",
            "是",
            "鲤城街道办事处、县城市管理局",
        ],
        [
            "5",
            "D3FJ202312230052",
            "反映度尾镇一家石材厂切割噪声大，废水流入农田。",
            "莆田市仙游县",
            "噪声、土壤",
            "经核查，该厂沉淀池容量不足，暴雨时有废水外溢。",
            "部分属实",
            "已责令扩建沉淀池，计划于2024年2月29日前完成。",
            "否",
            "度尾镇人民政府",
        ],
    ]
    table = document.add_table(rows=1, cols=len(header))
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        cell.text = value
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    return printed_unruled(_save(document))


_XIANGYANG_NOTICE = """关于巡察整改专项督查发现问题的通报
各被巡察党组织：
2020年8月，区纪委监委、区委组织部、区委宣传部、区委巡察办组成专项督查组，对区委一、二、三轮巡察和“整顿机关作风、优化营商环境”上下联动专项巡察的被巡察党组织开展了巡察整改专项督查，发现8个方面36个问题整改不够到位。现将需限期整改的问题通报如下：
1.区民政局党组整改台账未逐项销号，部分问题整改佐证材料缺失。
责任单位：区民政局党组
整改要求：（1）逐项核对整改台账；（2）补齐佐证材料并报区委巡察办备案。
完成时限：2020年12月10日前
2.区住建局党组对巡察反馈的工程项目招投标不规范问题整改停留在制定制度层面，未对具体项目进行纠正。
责任单位：区住建局党组
配合单位：区财政局
整改要求：（1）对反馈涉及的项目逐个复核；（2）对违规问题追究相关人员责任；（3）建立项目招投标台账。
完成时限：2020年12月10日前
3.北山街道党工委整改方案措施针对性不强，专题民主生活会未对照反馈问题开展批评和自我批评。
责任单位：北山街道党工委
整改要求：重新召开专题民主生活会，修改完善整改方案。
完成时限：立行立改
4.区市场监管局党组优化营商环境专项巡察反馈问题整改进度滞后，2项问题尚未启动整改。
责任单位：区市场监管局党组
整改要求：（1）制定问题整改推进计划；（2）每半月向区委巡察办报告进展。
完成时限：2020年12月31日前
请各单位于12月10日前将整改情况书面报区委巡察办。
中共鹤岗市向阳区委巡察工作领导小组办公室
2020年11月4日"""


def _xiangyang_patrol_supervision_pdf() -> bytes:
    """鹤岗市向阳区 (黑龙江) 巡察整改专项督查 (2020-08, 区纪委监委、组织部、宣传部、巡察办; 8个方面36个
    问题整改不够到位; 11月4日 约谈, 督办单, 12月10日前 上报), its 通报 set as an official document: the
    problems a numbered list, each followed by labelled lines. The units named, problems,
    requirements and limits are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_XIANGYANG_NOTICE)


def _gejiu_patrol_ledger_pdf() -> bytes:
    """个旧市 (云南 红河) 巡察整改 “签字背书+双审核+双督促” (the 红河州 2019 巡察促改 news): a 被巡察
    单位's 整改台账 set by a PDF writer as a ruled table running over two pages without its header
    again, the 签字 lines under it; the unit, problems, measures, posts, offices, limits and states
    are ours."""
    paragraphs = ["个旧市卫生健康局党组巡察反馈问题整改台账"]
    header = ["序号", "巡察反馈问题", "整改措施", "责任领导", "责任科室", "整改时限", "整改情况"]
    rows = [
        [
            "1",
            "党组议事规则执行不严格，“三重一大”事项有的未经集体研究。",
            "1.修订党组议事规则和“三重一大”决策制度；2.对2018年以来的决策事项逐项复核，补正程序。",
            "党组书记",
            "办公室",
            "2019年10月31日前",
            "已修订制度并印发执行，复核决策事项46项，已完成整改。",
        ],
        [
            "2",
            "基层医疗机构药品采购管理不规范，部分卫生院存在线下采购。",
            "1.开展药品采购专项检查；2.全部药品纳入省级平台采购；3.对违规人员进行约谈。",
            "分管副局长",
            "医政医管科",
            "2019年12月31日前",
            "专项检查已完成，2家卫生院正在整改线下采购问题。",
        ],
        [
            "3",
            "家庭医生签约服务履约不到位，签而不约问题较为突出。",
            "1.制定履约考核办法；2.每季度抽查签约服务情况并通报。",
            "分管副局长",
            "基层卫生科",
            "长期坚持",
            "考核办法已印发，按季度抽查。",
        ],
        [
            "4",
            "专项资金拨付滞后，公共卫生服务补助资金结余较大。",
            "1.清理结余资金并按规定拨付；2.建立资金拨付进度月报制度。",
            "分管副局长",
            "财务科",
            "2019年11月30日前",
            "结余资金已全部拨付，已完成整改。",
        ],
        [
            "5",
            "干部队伍建设有短板，部分科室人员长期借调，岗位职责不清。",
            "1.清理借调人员，按编制岗位归位；2.修订科室职责。",
            "党组书记",
            "人事科",
            "2019年12月31日前",
            "已清理借调人员5名，职责修订正在征求意见。",
        ],
        [
            "6",
            "意识形态工作责任制落实不够，网络舆情研判机制不健全。",
            "1.每半年专题研究意识形态工作；2.建立网络舆情监测和研判机制。",
            "党组副书记",
            "宣传科",
            "立行立改",
            "已召开专题会议，舆情研判机制已建立，已完成整改。",
        ],
    ]
    with _cjk_pdf(
        _cells_text(paragraphs, header, ["党组书记签字：", "审核人签字："], rows=rows), size=13
    ) as pdf:
        for line in paragraphs:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        widths = (10, 55, 70, 22, 25, 30, 60)
        with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)
        pdf.multi_cell(0, 8, "党组书记签字：            审核人签字：", new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


for _name, _filename, _build in (
    (
        "jiangcheng_2022_patrol_task_list_pdf",
        "巡察反馈意见整改任务清单.pdf",
        _jiangcheng_patrol_task_list_pdf,
    ),
    (
        "jingxian_2023_work_report_tasks_pdf",
        "政府工作报告目标任务分解表.pdf",
        _jingxian_work_report_tasks_pdf,
    ),
    (
        "zhangjiachuan_2016_key_tasks_unruled_pdf",
        "县政府重点工作任务分解表.pdf",
        _zhangjiachuan_key_tasks_unruled_pdf,
    ),
    (
        "xianyou_2023_petition_cases_unruled_pdf",
        "第三十一批信访举报件办理情况公示表.pdf",
        _xianyou_petition_cases_unruled_pdf,
    ),
    (
        "xiangyang_2020_patrol_supervision_pdf",
        "巡察整改专项督查发现问题的通报.pdf",
        _xiangyang_patrol_supervision_pdf,
    ),
    ("gejiu_2019_patrol_ledger_pdf", "巡察反馈问题整改台账.pdf", _gejiu_patrol_ledger_pdf),
):
    DOCUMENTS[_name] = (_filename, _build)

# The sixty-seventh blind set, for the figure recorded in docs/decisions.md (“Blind set 67”).
BLIND_67 = (
    "jiangcheng_2022_patrol_task_list_pdf",
    "jingxian_2023_work_report_tasks_pdf",
    "zhangjiachuan_2016_key_tasks_unruled_pdf",
    "xianyou_2023_petition_cases_unruled_pdf",
    "xiangyang_2020_patrol_supervision_pdf",
    "gejiu_2019_patrol_ledger_pdf",
)
BLIND_SETS[67] = BLIND_67


# --- blind set 64 (issue 14, branch corpus-blind64) -----------------------------------------------
# Excel ledgers, fifth round: 审计整改台账, 妨碍河道行洪问题排查整治台账, 河长巡河问题台账, 学校食堂检查
# 问题清单 and 整改任务清单 as county offices, a township and a county 教委 keep them — title and 填报 /
# 截至 lines above the header, headers over two rows, a school, river or audited unit merged down, a
# problem merged down over its 1.1 / 1.2 tasks, 整改状态 / 是否销号 / 销号情况 columns, dates as real
# Excel dates (several number formats) and as text (年月日, dotted, year-less), a 巡河日期 date column
# that is no deadline, one sheet per year or month, 说明 / 备注 rows and a 填表人 line at the bottom.
# Places and facts as published (SOURCES.md “Blind set 64”); rows ours.


def _b64_across(sheet, text: str, width: int) -> None:
    """A row of one text merged across the table (a title, a section, a note)."""
    sheet.append([text])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)


def _jingdong_audit_rectification_ledger_xlsx() -> bytes:
    """景东彝族自治县审计局 (云南 普洱): 审计整改工作台账 — problems registered one by one, 清单管理, 限时
    “对账销号”, 未整改 / 部分整改 / 已整改到位 tracked, 整改情况 reported to the 县委县政府督查室 — as the
    workbook: one sheet per audit year, a title, a 填报单位 / 截至 line, the 被审计单位 merged down over
    its problems, 整改要求 numbered or one sentence, 整改时限 as real dates, 整改状态 and 销号情况, a 说明."""
    import datetime

    import openpyxl

    header = [
        "序号",
        "审计项目",
        "被审计单位",
        "审计发现问题",
        "整改要求",
        "整改责任单位",
        "整改时限",
        "整改情况",
        "整改状态",
        "销号情况",
    ]
    width = len(header)
    years = (
        (
            "2022年度",
            [
                [
                    1,
                    "县林业和草原局2021年度预算执行审计",
                    "县林业和草原局",
                    "天然林保护专项资金结存38.6万元未及时拨付。",
                    "1.核实结存资金用途；\n2.按项目进度及时拨付。",
                    "县林业和草原局",
                    datetime.datetime(2022, 9, 30),
                    "资金已全部拨付到项目单位。",
                    "已整改到位",
                    "已销号",
                ],
                [
                    2,
                    None,
                    None,
                    "固定资产账实不符，部分报废设备未办理核销。",
                    "清理固定资产，规范资产处置程序。",
                    "县林业和草原局、县财政局",
                    datetime.datetime(2022, 12, 31),
                    "已完成清查，核销手续正在报批。",
                    "部分整改",
                    "未销号",
                ],
                [
                    3,
                    "锦屏镇党委书记经济责任审计",
                    "锦屏镇人民政府",
                    "村级集体经济项目未按规定进行验收。",
                    "1.组织项目竣工验收；\n2.完善项目资料归档；\n3.建立集体资产管理台账。",
                    "锦屏镇人民政府",
                    datetime.datetime(2022, 11, 30),
                    "已完成验收并归档。",
                    "已整改到位",
                    "已销号",
                ],
            ],
        ),
        (
            "2023年度",
            [
                [
                    1,
                    "县教育体育局2022年度预算执行审计",
                    "县教育体育局",
                    "学生资助资金发放不及时，涉及学生126人。",
                    "1.逐校核对资助名单；\n2.限期发放到位。",
                    "县教育体育局",
                    datetime.datetime(2023, 6, 30),
                    "已发放到位。",
                    "已整改到位",
                    "已销号",
                ],
                [
                    2,
                    "县城乡供水工程跟踪审计",
                    "县水务局",
                    "工程变更未履行审批程序，多计工程款12.4万元。",
                    "1.补办变更审批手续；\n2.核减多计工程款。",
                    "县水务局",
                    datetime.datetime(2023, 8, 31),
                    "审批手续正在补办。",
                    "未整改",
                    "未销号",
                ],
            ],
        ),
    )
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in years:
        sheet = book.create_sheet(name)
        _b64_across(sheet, f"景东彝族自治县{name[:4]}年审计发现问题整改工作台账", width)
        sheet.append(["填报单位：县审计局（盖章）", None, None, None, None, None, "截至：2023年6月30日"])
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=6)
        sheet.merge_cells(start_row=2, start_column=7, end_row=2, end_column=width)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
            sheet.cell(row=sheet.max_row, column=7).number_format = 'yyyy"年"m"月"d"日"'
        if name == "2022年度":
            # the audited project and unit are written once over the unit's two problems
            sheet.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
            sheet.merge_cells(start_row=4, start_column=3, end_row=5, end_column=3)
        _b64_across(
            sheet,
            "说明：整改状态分“已整改到位”“部分整改”“未整改”三类；已整改到位的经审计局核实后销号。",
            width,
        )
    return _book_bytes(book)


def _ningqiang_river_obstruction_ledger_xlsx() -> bytes:
    """宁强县 (陕西 汉中) 河湖长制: 县级河长每季度巡河, 镇级每月, 村级每周; 河道清淤疏浚、河湖“清四乱”、
    妨碍河道行洪突出问题排查整治 as the 排查整治台账: a title, a 填报单位 / 填报日期 line, a header over two
    rows (责任主体 over 责任单位 | 责任人), the river merged down, 整治时限 as a real date and as text
    “…前”, 是否销号 是 / 否, a 备注 and a 填表人 line."""
    import datetime

    import openpyxl

    upper = [
        "序号",
        "河流名称",
        "所在镇（街道）",
        "问题类型",
        "问题描述",
        "整治措施",
        "责任主体",
        None,
        "整治时限",
        "整治进展",
        "是否销号",
    ]
    lower = [None, None, None, None, None, None, "责任单位", "责任人", None, None, None]
    width = len(upper)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "排查整治台账"
    _b64_across(sheet, "宁强县妨碍河道行洪突出问题排查整治台账", width)
    sheet.append(
        ["填报单位：宁强县河长制办公室", None, None, None, None, None, None, "填报日期：2022年6月10日"]
    )
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=7)
    sheet.merge_cells(start_row=2, start_column=8, end_row=2, end_column=width)
    _merged_header(sheet, 3, upper, lower)
    rows = [
        [
            1,
            "嘉陵江",
            "阳平关镇",
            "乱堆",
            "河道管理范围内堆放砂石料约800立方米。",
            "1.责令业主限期清运；\n2.恢复河道原貌。",
            "阳平关镇人民政府",
            "张某",
            datetime.datetime(2022, 6, 30),
            "已清运完毕。",
            "是",
        ],
        [
            2,
            None,
            "燕子砭镇",
            "乱建",
            "河道岸边违规搭建养殖棚1处。",
            "依法拆除违建养殖棚。",
            "燕子砭镇人民政府、县水利局",
            "李某",
            "2022年7月15日前",
            "已下达限期拆除通知书。",
            "否",
        ],
        [
            3,
            "玉带河",
            "汉源街道",
            "阻水",
            "河道内阻水便桥1座，汛期影响行洪。",
            "1.拆除阻水便桥；\n2.另址修建过水设施。",
            "汉源街道办事处",
            "王某",
            "2022年8月底前",
            "正在编制拆除方案。",
            "否",
        ],
        [
            4,
            "广坪河",
            "广坪镇",
            "乱采",
            "河道内有非法采砂痕迹，形成深坑。",
            "1.开展联合执法；\n2.回填采砂深坑。",
            "广坪镇人民政府",
            "赵某",
            datetime.datetime(2022, 6, 20),
            "已回填整平。",
            "是",
        ],
    ]
    for row in rows:
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=9).number_format = "yyyy/m/d"
    # the river is written once over the two problems on its banks
    sheet.merge_cells(start_row=5, start_column=2, end_row=6, end_column=2)
    _b64_across(sheet, "备注：问题整治完成后，由镇（街道）河长办申请，县河长办现场核查后销号。", width)
    sheet.append(["填表人：", None, None, "审核人：", None, None, "联系电话："])
    return _book_bytes(book)


def _wujiadian_river_patrol_ledger_xlsx() -> bytes:
    """浉河区吴家店镇 (河南 信阳): 各级河长 巡查 水面垃圾漂浮物、水体异味、养殖场直排废污水、倾倒垃圾
    建筑废弃物、违章搭建、防洪排涝, 发现问题上报镇河长办 and 责令限期整改, 每月考核通报 — as the 巡河问题
    整改台账 with one sheet per month: a title, a 巡河日期 column of real dates (not a limit), the 河长 a
    person, 责任村 leading, 整改期限 as real dates and as year-less text, 整改结果 and 复查情况."""
    import datetime

    import openpyxl

    header = [
        "序号",
        "巡河日期",
        "巡河河长",
        "河流（段）",
        "发现问题",
        "整改措施",
        "责任村",
        "整改期限",
        "整改结果",
        "复查情况",
    ]
    width = len(header)
    months = (
        (
            "3月",
            [
                [
                    1,
                    datetime.datetime(2018, 3, 5),
                    "陈某",
                    "浉河吴家店段",
                    "河面有生活垃圾漂浮物。",
                    "组织保洁员打捞清理。",
                    "吴家店村",
                    datetime.datetime(2018, 3, 7),
                    "已清理",
                    "已复查",
                ],
                [
                    2,
                    datetime.datetime(2018, 3, 12),
                    "陈某",
                    "浉河吴家店段",
                    "岸边倾倒建筑废弃物约5方。",
                    "1.清运建筑废弃物；\n2.设置禁倒警示牌。",
                    "吴家店村",
                    "3月20日前",
                    "已清运",
                    "已复查",
                ],
                [
                    3,
                    datetime.datetime(2018, 3, 16),
                    "刘某",
                    "柳林河段",
                    "养猪场废水直排入河。",
                    "1.责令养殖场停止直排；\n2.建设沉淀池和粪污处理设施。",
                    "郝堂村、镇畜牧站",
                    datetime.datetime(2018, 4, 30),
                    "整改中",
                    None,
                ],
            ],
        ),
        (
            "4月",
            [
                [
                    1,
                    datetime.datetime(2018, 4, 3),
                    "刘某",
                    "柳林河段",
                    "河道岸边违章搭建简易棚1处。",
                    "拆除违章搭建简易棚。",
                    "郝堂村",
                    "4月15日前",
                    "已拆除",
                    "已复查",
                ],
                [
                    2,
                    datetime.datetime(2018, 4, 9),
                    "陈某",
                    "浉河吴家店段",
                    "排涝沟渠淤塞，汛期排水不畅。",
                    "1.清淤疏通沟渠；\n2.汛前全面检查排涝设施。",
                    "吴家店村",
                    datetime.datetime(2018, 5, 15),
                    "未完成",
                    None,
                ],
            ],
        ),
    )
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in months:
        sheet = book.create_sheet(name)
        _b64_across(sheet, f"吴家店镇河长巡河发现问题整改台账（2018年{name}）", width)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
            sheet.cell(row=sheet.max_row, column=2).number_format = "yyyy-mm-dd"
            sheet.cell(row=sheet.max_row, column=8).number_format = "m月d日"
        _b64_across(sheet, "注：巡河发现问题当日上报镇河长办，整改结果每月考核通报。", width)
    return _book_bytes(book)


def _licheng_canteen_inspection_list_xlsx() -> bytes:
    """历城区 (山东 济南) 市场监管局 with 区教育体育局: two weeks' 联合督导检查 of 60 中小学校（含幼儿园）
    食堂 (主体责任、管理制度、环境卫生、加工操作、餐饮用具洗消、留样; 隐患63处, 现场反馈、限期整改; 明厨亮灶
    49家, 81.7%) as the 问题清单: a title, a 检查单位 / 检查时间 line, the school merged down over its
    problems, 整改要求 numbered or one sentence, 整改时限 立即整改 or a date, 是否完成 √ or blank."""
    import datetime

    import openpyxl

    header = [
        "序号",
        "学校名称",
        "存在问题",
        "整改要求",
        "监管责任单位",
        "整改时限",
        "整改完成情况",
        "是否完成",
    ]
    width = len(header)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "问题清单"
    _b64_across(sheet, "历城区中小学校（幼儿园）食堂联合督导检查问题清单", width)
    sheet.append(["检查单位：历城区市场监管局、区教育体育局", None, None, None, "检查时间：2020年3月"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    sheet.merge_cells(start_row=2, start_column=5, end_row=2, end_column=width)
    sheet.append(header)
    day = datetime.datetime(2020, 4, 10)
    rows = [
        [
            1,
            "历城区某实验小学",
            "食品留样不足125克，留样记录不全。",
            "按规定足量留样并完善记录。",
            "王舍人市场监管所",
            "立即整改",
            "已整改",
            "√",
        ],
        [
            2,
            None,
            "餐用具消毒后未放入保洁柜。",
            "1.配备保洁柜；\n2.消毒后餐用具及时入柜。",
            "王舍人市场监管所",
            day,
            "已配备保洁柜",
            "√",
        ],
        [
            3,
            "历城区某中学",
            "粗加工间生熟容器混用，无标识。",
            "1.生熟容器分开存放；\n2.加贴醒目标识。",
            "洪家楼市场监管所",
            day,
            "容器已分开，标识正在制作",
            None,
        ],
        [
            4,
            None,
            "未实现明厨亮灶。",
            "按要求安装明厨亮灶设施。",
            "洪家楼市场监管所、区教育体育局",
            "2020年5月31日",
            "设备已采购",
            None,
        ],
        [
            5,
            "历城区某幼儿园",
            "从业人员健康证过期1人。",
            "立即调离岗位，办理健康证后上岗。",
            "唐冶市场监管所",
            "立即整改",
            "已调离并办理",
            "√",
        ],
    ]
    for row in rows:
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=6).number_format = "yyyy.m.d"
    sheet.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
    sheet.merge_cells(start_row=6, start_column=2, end_row=7, end_column=2)
    _b64_across(sheet, "备注：完成整改的在“是否完成”栏打“√”，整改材料报区市场监管局食品餐饮科。", width)
    return _book_bytes(book)


def _gaoqing_canteen_task_list_xlsx() -> bytes:
    """高青县 (山东 淄博) 市场监管局 第三季度学校食堂检查 (环境卫生、原料采购、加工制作、从业人员; 不规范行为
    责令立即整改) as the 整改任务清单: an 汇总 sheet first, then the list with a title, a 制表 line, each
    problem's 序号 and text merged down over its tasks written 1.1 / 1.2 in the 整改任务 column, each
    task with its own unit, date and 完成情况, a 备注 row."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    _b64_across(summary, "高青县学校食堂第三季度检查问题整改汇总", 5)
    summary.append(["检查学校（家）", "发现问题（个）", "整改任务（项）", "已完成（项）", "完成率"])
    summary.append([28, 3, 6, 4, "66.7%"])
    header = ["序号", "存在问题", "整改任务", "责任单位", "完成时限", "完成情况"]
    width = len(header)
    sheet = book.create_sheet("整改任务清单")
    _b64_across(sheet, "高青县学校食堂第三季度检查发现问题整改任务清单", width)
    _b64_across(sheet, "制表：高青县市场监督管理局　　　　2021年9月", width)
    sheet.append(header)
    rows = [
        [
            1,
            "部分学校食堂原料采购索证索票不全，进货查验记录不规范。",
            "1.1 督促学校食堂补齐供货商资质和票据。",
            "县市场监管局食品经营监管科",
            datetime.datetime(2021, 9, 30),
            "已完成",
        ],
        [
            None,
            None,
            "1.2 统一印发进货查验记录样表。",
            "县教育和体育局",
            datetime.datetime(2021, 10, 15),
            "已完成",
        ],
        [
            2,
            "个别食堂加工制作场所环境卫生差，防鼠防蝇设施缺失。",
            "2.1 责令立即清理加工场所环境卫生。",
            "属地市场监管所",
            "立即整改",
            "已完成",
        ],
        [
            None,
            None,
            "2.2 加装挡鼠板、灭蝇灯等设施。",
            "相关学校",
            datetime.datetime(2021, 10, 31),
            "正在整改",
        ],
        [
            3,
            "从业人员食品安全培训不到位，操作不规范。",
            "3.1 组织学校食堂从业人员集中培训。",
            "县市场监管局、县教育和体育局",
            datetime.datetime(2021, 11, 30),
            "已完成",
        ],
        [None, None, "3.2 开展食品安全操作技能抽考。", "县市场监管局", "2021年12月底", "未开始"],
    ]
    for row in rows:
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=5).number_format = "yyyy-m-d"
    for first in (4, 6, 8):
        sheet.merge_cells(start_row=first, start_column=1, end_row=first + 1, end_column=1)
        sheet.merge_cells(start_row=first, start_column=2, end_row=first + 1, end_column=2)
    _b64_across(sheet, "备注：整改任务全部完成后问题方可销号。", width)
    return _book_bytes(book)


def _xiushan_catering_rectification_ledger_xlsx() -> bytes:
    """秀山土家族苗族自治县教委 (重庆): 转发《秀山自治县餐饮食品安全专项检查实施方案》
    (秀山食药安办〔2023〕21号, 2023-07-24; 三防 防鼠防蝇防虫, 食品采购、储存、加工、送餐关,
    首偿和陪餐制度; 8月10日前全面开展隐患排查, 《自查清单》加盖公章交教育后勤服务中心) as the
    schools' 问题整改台账: a title, a 填报单位 line, a header
    over two rows (整改责任 over 责任部门 | 责任人), the school merged down, 整改时限 as dotted text,
    year-less text and a real date, 销号情况 已销号 / 未销号, a 填表人 line."""
    import datetime

    import openpyxl

    upper = [
        "序号",
        "学校（单位）",
        "存在问题",
        "整改措施",
        "整改责任",
        None,
        "整改时限",
        "整改进展",
        "销号情况",
    ]
    lower = [None, None, None, None, "责任部门", "责任人", None, None, None]
    width = len(upper)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "整改台账"
    _b64_across(sheet, "秀山自治县2023年校园餐饮食品安全专项检查问题整改台账", width)
    _b64_across(sheet, "填报单位：县教育后勤服务中心　　　　填报时间：2023年8月15日", width)
    _merged_header(sheet, 3, upper, lower)
    rows = [
        [
            1,
            "秀山县某中学",
            "食堂库房防鼠设施缺失，无挡鼠板。",
            "1.库房门口加装挡鼠板；\n2.定期开展灭鼠。",
            "学校后勤处",
            "杨某",
            "2023.8.10",
            "挡鼠板已安装。",
            "已销号",
        ],
        [
            2,
            None,
            "陪餐记录不完整。",
            "落实学校负责人陪餐制度，完善陪餐记录。",
            "学校办公室",
            "杨某",
            "8月31日前",
            "正在完善。",
            "未销号",
        ],
        [
            3,
            "秀山县某小学",
            "食品原料采购未索取检验合格证明。",
            "1.向供货商补索检验合格证明；\n2.建立进货查验台账。",
            "学校后勤处",
            "吴某",
            datetime.datetime(2023, 8, 10),
            "已补齐证明，建立台账。",
            "已销号",
        ],
        [
            4,
            "秀山县某幼儿园",
            "送餐容器未密闭，存在污染风险。",
            "更换密闭送餐容器。",
            "县教育后勤服务中心、幼儿园",
            "彭某",
            "2023.9.1",
            "已采购，待配送。",
            "未销号",
        ],
    ]
    for row in rows:
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=7).number_format = "yyyy.m.d"
    sheet.merge_cells(start_row=5, start_column=2, end_row=6, end_column=2)
    _b64_across(sheet, "备注：本台账随《自查清单》加盖公章一并报送。", width)
    sheet.append(["填表人：", None, None, "审核人：", None, None, "联系电话："])
    return _book_bytes(book)


for _name, _filename, _build in (
    (
        "jingdong_2023_audit_rectification_ledger_xlsx",
        "审计发现问题整改工作台账.xlsx",
        _jingdong_audit_rectification_ledger_xlsx,
    ),
    (
        "ningqiang_2022_river_obstruction_ledger_xlsx",
        "妨碍河道行洪突出问题排查整治台账.xlsx",
        _ningqiang_river_obstruction_ledger_xlsx,
    ),
    (
        "wujiadian_2018_river_patrol_ledger_xlsx",
        "河长巡河问题整改台账.xlsx",
        _wujiadian_river_patrol_ledger_xlsx,
    ),
    (
        "licheng_2020_canteen_inspection_list_xlsx",
        "学校食堂联合督导检查问题清单.xlsx",
        _licheng_canteen_inspection_list_xlsx,
    ),
    (
        "gaoqing_2021_canteen_task_list_xlsx",
        "学校食堂检查问题整改任务清单.xlsx",
        _gaoqing_canteen_task_list_xlsx,
    ),
    (
        "xiushan_2023_catering_rectification_ledger_xlsx",
        "校园餐饮食品安全专项检查问题整改台账.xlsx",
        _xiushan_catering_rectification_ledger_xlsx,
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The sixty-fourth blind set, for the figure recorded in docs/decisions.md (“Blind set 64”).
BLIND_64 = (
    "jingdong_2023_audit_rectification_ledger_xlsx",
    "ningqiang_2022_river_obstruction_ledger_xlsx",
    "wujiadian_2018_river_patrol_ledger_xlsx",
    "licheng_2020_canteen_inspection_list_xlsx",
    "gaoqing_2021_canteen_task_list_xlsx",
    "xiushan_2023_catering_rectification_ledger_xlsx",
)
BLIND_SETS[64] = BLIND_64


# --- blind set 66 (issue 14, branch corpus-blind66) -----------------------------------------------
# Mixed, in search order, fourth round: what the searches 中央生态环境保护督察 整改方案 县, 省级环保督察
# 反馈意见 整改落实情况 公示, 土壤污染 整改 清单 and 尾矿库 整改 销号 turned up first from places new to the
# corpus, in the form each really comes in — a 督办单 two-column form, a 闭库销号 推进表 workbook, a
# 土壤 实施方案 as a text PDF, its 任务分工表 in Word, a 限期整改 letter and a 隐患排查整改清单 PDF.
# Places and facts as published (SOURCES.md “Blind set 66”); rows beyond them ours.


def _meitan_tailings_supervision_form_docx() -> bytes:
    """湄潭县 (贵州 遵义) 化肥厂硫铁矿尾矿库 (新南乡角口村, 山谷型, 坝高10.8m with a 0.8m temporary
    wall, 6.05万m³ of tailings, three pits of 1.2万m³ left by re-mining 2013-2015, licence 2008-09-04 to
    2011-09-03, expired and not closed): 遵义市安全监管局 required the county to close it within a limit
    and listed it as an 环境整治项目 under supervision. The 督办单 as a Word two-column form; its number,
    measures, units' split and limit are ours."""
    return _two_column_form(
        ["遵义市环境整治项目督办单", "遵安监督办〔2017〕3号"],
        [
            ("督办事项", "湄潭县化肥厂硫铁矿尾矿库安全生产许可证过期未闭库"),
            (
                "基本情况",
                "该尾矿库位于湄潭县新南乡角口村，属山谷型尾矿库，目前坝高10.8m（其中0.8m为后期临时加高的挡水墙），"
                "库内堆存尾矿约6.05×10⁴m³，因回采留下3个积水坑，总容积约1.2×10⁴m³。安全生产许可证有效期至"
                "2011年9月3日，过期至今未闭库。",
            ),
            (
                "整改措施",
                "1.委托有资质的单位编制闭库设计和安全设施设计，报安全监管部门审查；\n"
                "2.抽排库内积水坑积水，拆除坝顶临时挡水墙；\n"
                "3.按设计实施坝体加固、排洪设施改造和库面覆土复绿；\n"
                "4.闭库工程完工后组织验收，申请销号。",
            ),
            (
                "责任单位",
                "牵头单位：湄潭县人民政府\n配合单位：县经济贸易局、县安全监管局、县环境保护局、县国土资源局",
            ),
            ("整改时限", "2017年12月31日前"),
            ("督办要求", "请于每月25日前将整改进展报市安全监管局，整改完成后报送销号申请。"),
        ],
        ["遵义市安全生产监督管理局", "2017年6月12日"],
    )


def _hanyuan_tailings_closure_xlsx() -> bytes:
    """汉源县 (四川 雅安): its two 尾矿库“头顶库” to be closed and struck off under the 2023 尾矿库风险隐患
    治理 funds — 汉源锦泰矿业有限公司唐家铅锌选矿厂尾矿库 (闭库工程 accepted by experts on 2024-01-22,
    复绿养护 and 销号 to follow) and 四川省乾盛矿业有限责任公司乌斯河铅锌矿1号库 (designs approved mid-March
    2024, work from April, done in June); 国家矿山安监局四川局 checked on 2024-03-19. As the county's
    推进表: a title, a 填报 line, one row a pond, 是否销号, a 注 row; measures, units and limits ours."""
    header = [
        "序号",
        "尾矿库名称",
        "生产经营单位",
        "存在问题",
        "整改措施",
        "责任单位",
        "完成时限",
        "工作进展",
        "是否销号",
    ]
    book, sheet = _titled_sheet("头顶库", "汉源县尾矿库“头顶库”闭库销号工作推进表", header)
    sheet.insert_rows(2)
    sheet["A2"] = "填报单位：汉源县应急管理局"
    sheet["G2"] = "填报时间：2024年3月25日"
    rows = [
        [
            1,
            "唐家铅锌选矿厂尾矿库",
            "汉源锦泰矿业有限公司",
            "尾矿库下游有居民，属“头顶库”，停用后未闭库。",
            "1.编制闭库设计并报批；\n2.修建截洪沟，实施坝体加固等闭库工程；\n3.库面覆土复绿；\n4.组织竣工验收，申请销号。",
            "县应急管理局、唐家镇人民政府",
            "2024年3月31日",
            "闭库工程已于2024年1月22日通过竣工验收，正在复绿养护，待销号。",
            "否",
        ],
        [
            2,
            "乌斯河铅锌矿1号库",
            "四川省乾盛矿业有限责任公司",
            "尾矿库下游有居民，属“头顶库”，停用超过3年未闭库。",
            "1.完成闭库初步设计和安全设施设计审批；\n2.实施闭库工程；\n3.组织竣工验收，申请销号。",
            "县应急管理局、乌斯河镇人民政府",
            "2024年6月30日",
            "已于2024年3月中旬完成设计审批，计划4月开工。",
            "否",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append(["注：本表每月25日前报市应急管理局，销号后附闭库验收意见。"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header))
    return _book_bytes(book)


_CHONGMING_SOIL_PLAN = [
    "上海市崇明区人民政府关于印发本区土壤污染防治行动计划实施方案的通知",
    "各乡、镇人民政府，区政府各委、办、局，区各直属单位，在崇市属有关部门：",
    "现将《崇明区土壤污染防治行动计划实施方案》印发给你们，请认真按照执行。",
    "崇明区土壤污染防治行动计划实施方案",
    "一、总体要求和目标指标",
    "到2020年，全区土壤环境质量稳中向好，农用地和建设用地土壤环境安全得到基本保障，土壤污染防治体系基本建成。",
    "二、主要任务",
    "（一）开展土壤环境质量调查，摸清土壤环境状况",
    "1.开展农用地土壤污染状况详查。在全市统一部署下，2018年底前查明本区农用地土壤污染面积、分布及其对农产品"
    "质量的影响。（区环保局、区农委牵头，区规划土地局、区财政局配合）",
    "2.建设土壤环境质量监测网络。2017年底前完成本区土壤环境质量监测点位设置，2020年底前实现监测点位各乡镇"
    "全覆盖。（区环保局牵头，区农委、区规划土地局配合）",
    "（二）实施农用地分类管理，保障农业生产环境安全",
    "3.划定农用地土壤环境质量类别。2019年底前，按污染程度将农用地划为优先保护类、安全利用类和严格管控类，"
    "建立分类清单。（区农委牵头，区环保局、区规划土地局配合）",
    "4.切实加大耕地保护力度。将符合条件的优先保护类耕地划为永久基本农田，实行严格保护，确保其面积不减少、"
    "土壤环境质量不下降。（区规划土地局、区农委按职责分工负责）",
    "（三）加强污染源监管，做好土壤污染预防工作",
    "5.加强涉重金属行业污染防控。严格执行重金属污染物排放标准，2018年底前完成涉重金属行业企业排查，"
    "建立全口径清单。（区环保局牵头，区经委配合）",
    "三、保障措施",
    "各乡镇、各部门要将土壤污染防治工作纳入本地区、本部门年度工作计划，确保各项任务按期完成。",
    "上海市崇明区人民政府",
    "2018年3月12日",
]


def _chongming_soil_plan_pdf() -> bytes:
    """崇明区 (上海) 人民政府 2018-03-12: 本区土壤污染防治行动计划实施方案 (世界级生态岛; 到2020年
    土壤环境质量稳中向好, 防治体系基本建成) as the text PDF the district posts: numbered tasks under
    （一）（二）（三）, each ending in its units in brackets (…牵头，…配合). The five tasks' wording and
    dates are ours, in the form of the 上海 plans."""
    with _cjk_pdf("".join(_CHONGMING_SOIL_PLAN), landscape=False, size=10) as pdf:
        for line in _CHONGMING_SOIL_PLAN:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


def _pudong_soil_task_division_docx() -> bytes:
    """浦东新区 (上海) 浦府〔2018〕90号 (2018-06-19): 土壤污染防治行动计划实施方案 (2020年 受污染耕地
    安全利用率95%以上, 污染地块安全利用率100%), its 重点任务分工表 as a ruled Word table: sections merged
    across, 牵头部门 | 配合部门 | 完成时限. The rows, units and limits are ours."""
    return _grid_docx(
        ["附件", "浦东新区土壤污染防治行动计划实施方案重点任务分工表"],
        ["序号", "工作任务", "具体内容", "牵头部门", "配合部门", "完成时限"],
        [
            "一、开展土壤环境质量调查，摸清土壤环境状况",
            [
                "1",
                "做好土壤环境质量状况调查",
                "配合完成农用地土壤污染状况详查，查明农用地土壤污染面积、分布。",
                "区环保局",
                "区农委、区规土局",
                "2018年底前",
            ],
            [
                "2",
                "建立土壤环境质量监测网络",
                "优化整合土壤环境质量监测点位，实现监测数据共享。",
                "区环保局",
                "区农委、区规土局、区水务局",
                "2020年底前",
            ],
            "二、实施农用地分类管理，保障农业生产环境安全",
            [
                "3",
                "推进受污染耕地安全利用",
                "对安全利用类耕地制定安全利用方案，受污染耕地安全利用率达到95%以上。",
                "区农委",
                "区环保局、各镇政府",
                "2020年底前",
            ],
            "三、实施建设用地准入管理，防范人居环境风险",
            [
                "4",
                "落实污染地块名录制度",
                "建立污染地块名录及开发利用负面清单，污染地块安全利用率达到100%。",
                "区环保局",
                "区规土局、区建交委",
                "持续推进",
            ],
        ],
        ["注：各开发区管委会、各镇政府负责本辖区内相关任务的落实。"],
    )


def _zigui_tailings_deadline_notice_docx() -> bytes:
    """秭归县 (湖北 宜昌) 茅坪金矿尾矿库: 茅坪镇月亮包村三组, 设计库容18万m³, about 12万m³ of
    含砷氰化尾渣 stored wet, idle for years, above the 月亮花谷 scenic area (a “头顶库”); 宜昌市尾矿库综合
    治理专项战役指挥部 sent the 责任单位 秭归金山实业有限公司 a “闭库治理、限期整改” notice, the county found
    start-up money. The notice as a Word letter; its number, year, measures, units and limit are ours."""
    document = _paragraphs_docx(
        [
            "宜昌市尾矿库综合治理专项战役指挥部",
            "关于茅坪金矿尾矿库闭库治理限期整改的通知",
            "宜尾矿指〔2019〕4号",
            "秭归县人民政府，秭归金山实业有限公司：",
            "茅坪金矿尾矿库位于秭归县茅坪镇月亮包村三组，设计库容18万立方米，库内湿式堆存含砷氰化尾渣约12万立方米，"
            "长期停产。现将有关事项通知如下：",
            "一、存在问题",
            "茅坪金矿尾矿库停产多年未闭库，位于月亮花谷旅游景区上方，属“头顶库”，存在溃坝和环境污染风险。",
            "二、整改措施",
            "（一）委托有资质的单位编制闭库设计和安全设施设计，报市应急管理局审查；",
            "（二）按设计实施坝体加固、排洪系统改造和库面覆盖封场；",
            "（三）完善库区地下水和周边地表水监测，闭库后落实专人管护。",
            "三、整改时限",
            "2019年12月31日前完成闭库治理并申请销号。",
            "四、责任单位",
            "秭归县人民政府牵头，县应急管理局、秭归金山实业有限公司配合。",
            "请于每月底前将整改进展报市专项战役指挥部办公室。",
            "宜昌市尾矿库综合治理专项战役指挥部",
            "2019年3月20日",
        ]
    )
    return _save(document)


def _chengxian_tailings_flood_hazards_pdf() -> bytes:
    """成县 (甘肃 陇南), 44 of the city's 106 尾矿库: after the 2010 “8·12” 特大暴洪 most ponds' 排洪系统
    could not take the flood and were silted up by 泥石流 (成县百昌矿业有限公司尖台沟尾矿库 named). As the
    county 安监局's 汛前 隐患排查整改清单 PDF: one row a pond, 监管责任单位, 整改情况; the other two ponds
    (real towns 黄渚镇, 抛沙镇), hazards, measures and limits are ours."""
    return _pdf_table(
        ["成县尾矿库汛前安全隐患排查整改清单", "填报单位：成县安全生产监督管理局    填报日期：2011年5月10日"],
        ["序号", "企业名称", "尾矿库名称", "存在隐患", "整改措施", "整改时限", "监管责任单位", "整改情况"],
        [
            [
                "1",
                "成县百昌矿业有限公司",
                "尖台沟尾矿库",
                "排洪井、排洪管被泥石流淤堵，排洪能力不足。",
                "1.清理排洪井、排洪管淤积；\n2.加大截洪沟断面。",
                "2011年5月31日前",
                "县安监局、黄渚镇人民政府",
                "已完成",
            ],
            [
                "2",
                "成县黄渚选矿厂",
                "黄渚尾矿库",
                "坝体浸润线偏高，坝坡局部渗水。",
                "1.增设排渗设施；\n2.加密坝体位移和浸润线观测。",
                "2011年6月15日前",
                "县安监局、黄渚镇人民政府",
                "正在整改",
            ],
            [
                "3",
                "成县抛沙选矿厂",
                "抛沙尾矿库",
                "干滩长度不足，安全超高不够。",
                "1.降低库内水位；\n2.按设计调整放矿方式；\n3.落实汛期24小时值班。",
                "立行立改",
                "县安监局、抛沙镇人民政府",
                "已完成",
            ],
        ],
        widths=(10, 34, 26, 50, 56, 26, 36, 22),
    )


for _name, _filename, _build in (
    (
        "meitan_2017_tailings_supervision_form_docx",
        "环境整治项目督办单.docx",
        _meitan_tailings_supervision_form_docx,
    ),
    ("hanyuan_2024_tailings_closure_xlsx", "头顶库闭库销号工作推进表.xlsx", _hanyuan_tailings_closure_xlsx),
    ("chongming_2018_soil_plan_pdf", "崇明区土壤污染防治行动计划实施方案.pdf", _chongming_soil_plan_pdf),
    (
        "pudong_2018_soil_task_division_docx",
        "土壤污染防治重点任务分工表.docx",
        _pudong_soil_task_division_docx,
    ),
    (
        "zigui_2019_tailings_deadline_notice_docx",
        "闭库治理限期整改通知.docx",
        _zigui_tailings_deadline_notice_docx,
    ),
    (
        "chengxian_2011_tailings_flood_hazards_pdf",
        "尾矿库汛前隐患排查整改清单.pdf",
        _chengxian_tailings_flood_hazards_pdf,
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The sixty-sixth blind set, for the figure recorded in docs/decisions.md (“Blind set 66”).
BLIND_66 = (
    "meitan_2017_tailings_supervision_form_docx",
    "hanyuan_2024_tailings_closure_xlsx",
    "chongming_2018_soil_plan_pdf",
    "pudong_2018_soil_task_division_docx",
    "zigui_2019_tailings_deadline_notice_docx",
    "chengxian_2011_tailings_flood_hazards_pdf",
)
BLIND_SETS[66] = BLIND_66


# --- blind set 65 (issue 14, branch corpus-blind65) -----------------------------------------------
# Per-problem forms, third round: one form a finding, several to a file: 信访件办理情况表 four cells
# wide, 整改验收销号审批表 and 交办问题整改销号表 two cells wide with signatures in the value cells,
# 审计查出问题整改销号表, 12345 督办单 in a PDF and in Word, and a web form copied as tab lines.
# Written with their expected JSON BEFORE the reader was run on them; sources in SOURCES.md
# (“Blind set 65”).


def _qianjiang_petition_case_forms() -> bytes:
    """潜江市 (湖北) 中央第四生态环境保护督察组 移交 信访举报件 (第27批 2024-06-13: 湖北83件, 潜江1件) as
    the city's Word 办理情况表, one four-cell table a case under its own heading; the batch-25 and
    batch-26 cases, every code, finding, unit and result are ours."""
    document = docx.Document()
    for line in (
        "潜江市中央第四生态环境保护督察组移交群众信访举报件办理情况表",
        "按照信访举报件办理情况公开要求，现将我市第25批至第27批信访举报件办理情况公开如下。",
    ):
        document.add_paragraph(line)
    cases = [
        [
            ("序号", "1", "受理编号", "X3HB202406080017"),
            ("交办批次", "第25批", "污染类型", "水"),
            ("信访问题", "潜江市园林街道东荆河堤外一处生猪养殖场污水直排沟渠，流入东荆河。"),
            (
                "调查核实情况",
                "经现场核查，该养殖场沼液储存池容量不足，雨天部分沼液经排水沟外溢，反映问题属实。",
            ),
            ("是否属实", "属实", "行政区域", "潜江市"),
            (
                "处理和整改情况",
                "市生态环境局对养殖场立案调查，责令立即停止外排；养殖场已扩建沼液储存池600立方米，"
                "封堵排水沟，沼液经发酵后还田利用。",
            ),
            ("责任单位", "潜江市生态环境局、园林街道办事处", "责任人", "分管副局长、街道办事处主任"),
            ("整改时限", "2024年7月31日前", "办理结果", "已办结"),
            ("问责情况", "无"),
        ],
        [
            ("序号", "2", "受理编号", "D3HB202406100042"),
            ("交办批次", "第26批", "污染类型", "噪声"),
            ("信访问题", "潜江市熊口镇一家碾米厂夜间生产，噪声影响周边居民休息。"),
            ("调查核实情况", "经现场核查，该碾米厂夜间22时后仍在生产，风机未采取隔声措施，反映问题属实。"),
            ("是否属实", "属实", "行政区域", "潜江市"),
            (
                "处理和整改情况",
                "熊口镇约谈企业负责人，责令夜间22时至次日6时停止生产；企业已对风机加装隔声罩，"
                "经监测厂界噪声达标。",
            ),
            ("责任单位", "熊口镇人民政府", "责任人", "镇长"),
            ("整改时限", "2024年6月30日前", "办理结果", "已办结"),
            ("问责情况", "无"),
        ],
        [
            ("序号", "3", "受理编号", "X3HB202406120031"),
            ("交办批次", "第27批", "污染类型", "大气"),
            ("信访问题", "潜江经济开发区一家化工企业生产时排放刺激性气味，周边村民反映强烈。"),
            (
                "调查核实情况",
                "经现场核查，企业有组织废气排放达标，但装卸区无组织废气收集不完全，反映问题部分属实。",
            ),
            ("是否属实", "部分属实", "行政区域", "潜江市"),
            (
                "处理和整改情况",
                "责令企业对装卸区实施密闭改造并增设废气收集处理设施，改造完成前限产运行；"
                "市生态环境局加密监督性监测。",
            ),
            ("责任单位", "潜江经济开发区管委会", "责任人", "管委会副主任"),
            ("整改时限", "2024年12月31日前", "办理结果", "阶段性办结"),
            ("问责情况", "无"),
        ],
    ]
    for number, rows in enumerate(cases, 1):
        document.add_paragraph(f"信访举报件办理情况表（{number}）")
        _four_cell_rows(document.add_table(rows=0, cols=4), rows)
        document.add_paragraph("")
    document.add_paragraph("潜江市生态环境保护督察整改工作领导小组办公室")
    document.add_paragraph("2024年6月20日")
    return _save(document)


def _shennongjia_closure_approval_pdf() -> bytes:
    """神农架林区 (湖北) 中央第四生态环境保护督察组 移交 信访件 (第28批 2024-06-14: 湖北121件, 神农架1件)
    as the 林区's PDF 整改验收销号审批表, one ruled two-column form a case on its own page, the
    signatures and dates inside the opinion cells; the second case and every cell are ours."""
    forms = [
        (
            "SNJ-2024-01",
            [
                ("信访件编号", "X3HB202406130009"),
                ("交办批次", "第28批（2024年6月13日交办）"),
                ("反映问题", "神农架林区松柏镇一处砂石料场破碎作业粉尘大，夜间噪声扰民。"),
                ("责任单位", "松柏镇人民政府"),
                ("配合单位", "林区生态环境局、林区自然资源和规划局"),
                ("整改时限", "2024年8月31日"),
                (
                    "整改措施",
                    "1.破碎筛分车间全封闭，安装喷淋降尘设施。\n2.料场道路硬化，出入口设置车辆冲洗平台。"
                    "\n3.调整作业时间，22时至次日6时停止生产。",
                ),
                ("整改完成情况", "车间封闭和喷淋设施已投入使用，道路硬化和冲洗平台已建成，夜间已停产。"),
                (
                    "责任单位验收意见",
                    "经现场验收，各项措施落实到位，申请销号。\n负责人（签字）：\n2024年8月20日",
                ),
                ("林区督察整改办销号意见", "同意销号。\n（盖章）\n2024年8月26日"),
            ],
        ),
        (
            "SNJ-2024-02",
            [
                ("信访件编号", "D3HB202406040026"),
                ("交办批次", "第19批（2024年6月4日交办）"),
                ("反映问题", "神农架林区木鱼镇部分民宿生活污水未经处理排入香溪河支流。"),
                ("责任单位", "木鱼镇人民政府"),
                ("配合单位", "林区住房和城乡建设局"),
                ("整改时限", "2024年10月31日"),
                (
                    "整改措施",
                    "1.对沿河民宿逐户排查排水去向。\n2.将沿河民宿污水接入镇区污水管网，无法接入的配建一体化处理设施。",
                ),
                ("整改完成情况", "已排查民宿46家，已接入管网31家，其余15家处理设施正在安装。"),
                ("责任单位验收意见", "整改尚未全部完成。\n负责人（签字）：\n2024年9月10日"),
                ("林区督察整改办销号意见", "暂不销号，继续整改。\n（盖章）\n2024年9月12日"),
            ],
        ),
    ]
    title = "神农架林区中央生态环境保护督察交办信访件整改验收销号审批表"
    text = title + "编号：" + "".join(code + "".join(a + b for a, b in rows) for code, rows in forms)
    with _cjk_pdf(text, landscape=False, size=10) as pdf:
        for number, (code, rows) in enumerate(forms):
            if number:
                pdf.add_page()
            pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.multi_cell(0, 7, f"编号：{code}", new_x="LMARGIN", new_y="NEXT", align="R")
            with pdf.table(col_widths=(40, 140), text_align="LEFT", first_row_as_headings=False) as table:
                for label, value in rows:
                    row = table.row()
                    row.cell(label)
                    row.cell(value)
        return bytes(pdf.output())


def _wucheng_audit_closure_forms() -> bytes:
    """武城县 (山东 德州) 审计整改“销号制” (审计查出问题台账, 整改到位的予以销号, 整改承诺制) as the
    Word 审计查出问题整改销号表 the audit office files, one four-cell form a problem under its title,
    the unit's and the reviewer's opinions signed in their cells; the year, the problems and every
    cell are ours."""
    document = docx.Document()
    forms = [
        [
            ("被审计单位", "武城县老城镇人民政府", "审计项目", "2021年度财政财务收支审计"),
            ("序号", "1", "问题类别", "财务管理"),
            ("审计查出问题", "往来款项长期挂账未清理，涉及金额136.5万元。"),
            ("整改责任单位", "老城镇人民政府", "配合单位", "县财政局"),
            ("整改时限", "2022年9月30日", "完成时间", "2022年9月12日"),
            (
                "整改措施",
                "（1）逐笔核实往来款项形成原因；\n（2）对可清理款项限期收回或核销；\n（3）建立往来款项定期清理制度。",
            ),
            ("整改完成情况", "已清理往来款项121.3万元，剩余15.2万元已进入诉讼程序，制度已印发。"),
            ("整改单位意见", "已按要求完成整改，申请销号。\n单位负责人（签字）：          2022年9月15日"),
            ("审计机关复核意见", "经复核，整改到位，同意销号。\n复核人（签字）：          2022年9月20日"),
        ],
        [
            ("被审计单位", "武城县卫生健康局", "审计项目", "基本公共卫生服务资金专项审计"),
            ("序号", "2", "问题类别", "资金管理"),
            ("审计查出问题", "基本公共卫生服务补助资金未及时拨付乡镇卫生院，滞留48万元。"),
            ("整改责任单位", "县卫生健康局", "配合单位", "县财政局"),
            ("整改时限", "立行立改", "完成时间", "2022年6月8日"),
            ("整改措施", "（1）立即将滞留资金拨付至各乡镇卫生院；\n（2）按季度考核结果及时拨付补助资金。"),
            ("整改完成情况", "滞留资金48万元已全部拨付。"),
            ("整改单位意见", "已完成整改，申请销号。\n单位负责人（签字）：          2022年6月10日"),
            ("审计机关复核意见", "同意销号。\n复核人（签字）：          2022年6月15日"),
        ],
        [
            ("被审计单位", "武城县住房和城乡建设局", "审计项目", "老旧小区改造项目跟踪审计"),
            ("序号", "3", "问题类别", "工程管理"),
            ("审计查出问题", "部分改造项目多计工程款27.8万元。"),
            ("整改责任单位", "县住房和城乡建设局", "配合单位", "鲁权屯镇人民政府"),
            ("整改时限", "2022年12月31日", "完成时间", ""),
            (
                "整改措施",
                "（1）核减多计工程款；\n（2）向施工单位追回已多付款项；\n（3）对造价咨询单位进行约谈。",
            ),
            ("整改完成情况", "已核减工程款27.8万元，已追回9.6万元，其余款项正在追缴。"),
            ("整改单位意见", "正在整改。\n单位负责人（签字）：          2022年12月20日"),
            (
                "审计机关复核意见",
                "部分款项尚未追回，暂不销号，继续督促整改。\n复核人（签字）：          2022年12月26日",
            ),
        ],
    ]
    for rows in forms:
        document.add_paragraph("审计查出问题整改销号表")
        document.add_paragraph("填报单位（盖章）：                    填报日期：2022年  月  日")
        _four_cell_rows(document.add_table(rows=0, cols=4), rows)
        document.add_paragraph("")
    return _save(document)


def _hengdong_hotline_supervision_pdf() -> bytes:
    """衡东县 (湖南 衡阳) 12345 政务服务便民热线 2023年9月 超期工单3件 (县城管执法局1件, 中国联通衡东
    分公司1件, 湖南移动衡东分公司1件) as the hotline centre's PDF 督办单, one ruled four-cell form a
    work order on its own page; the orders, their content, limits and results are ours."""
    sheets = [
        [
            ("工单编号", "2309150231", "来电时间", "2023年9月15日"),
            ("承办单位", "衡东县城市管理和综合执法局"),
            ("诉求内容", "市民反映县城洣水风光带沿线路灯多处不亮，夜间出行不便。"),
            ("督办事由", "该工单已超过办理时限，承办单位未按要求反馈办理结果。"),
            ("办理要求", "请接单后立即组织处理，办结后及时回复诉求人并在平台反馈，逾期将按规定通报。"),
            ("办理时限", "2023年10月13日", "督办类型", "超期督办"),
            ("办理结果", "已对洣水风光带沿线32盏故障路灯完成维修，已电话回复诉求人。"),
            ("是否办结", "是", "诉求人评价", "满意"),
            ("承办单位负责人（签字）", "", "签收时间", "2023年10月8日"),
        ],
        [
            ("工单编号", "2309210088", "来电时间", "2023年9月21日"),
            ("承办单位", "中国联通衡东分公司"),
            ("诉求内容", "吴集镇一居民反映家中宽带多次断网，报修后无人上门维修。"),
            ("督办事由", "该工单已超过办理时限，承办单位未按要求反馈办理结果。"),
            ("办理要求", "请接单后立即组织处理，办结后及时回复诉求人并在平台反馈，逾期将按规定通报。"),
            ("办理时限", "2023年10月13日", "督办类型", "超期督办"),
            ("办理结果", "已派维修人员上门更换光猫和入户线路，宽带恢复正常。"),
            ("是否办结", "是", "诉求人评价", "基本满意"),
            ("承办单位负责人（签字）", "", "签收时间", "2023年10月8日"),
        ],
        [
            ("工单编号", "2309260154", "来电时间", "2023年9月26日"),
            ("承办单位", "湖南移动衡东分公司"),
            ("诉求内容", "新塘镇部分村组手机信号弱，通话经常中断。"),
            ("督办事由", "该工单已超过办理时限，承办单位未按要求反馈办理结果。"),
            ("办理要求", "请接单后立即组织处理，办结后及时回复诉求人并在平台反馈，逾期将按规定通报。"),
            ("办理时限", "2023年10月20日", "督办类型", "超期督办"),
            ("办理结果", "已完成信号测试，制定基站扩容方案，计划2023年12月底前完成建设。"),
            ("是否办结", "否", "诉求人评价", "—"),
            ("承办单位负责人（签字）", "", "签收时间", "2023年10月9日"),
        ],
    ]
    title = "衡东县12345政务服务便民热线督办单"
    issuer = "督办单位：衡东县行政审批服务局热线中心（盖章）          督办日期：2023年10月7日"
    text = title + issuer + "".join(cell for sheet in sheets for row in sheet for cell in row)
    with _cjk_pdf(text, landscape=False, size=10) as pdf:
        for number, sheet in enumerate(sheets):
            if number:
                pdf.add_page()
            pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.multi_cell(0, 7, issuer, new_x="LMARGIN", new_y="NEXT")
            with pdf.table(
                col_widths=(34, 62, 28, 56), text_align="LEFT", first_row_as_headings=False
            ) as table:
                for values in sheet:
                    row = table.row()
                    if len(values) == 2:
                        row.cell(values[0])
                        row.cell(values[1], colspan=3)
                    else:
                        for value in values:
                            row.cell(value)
        return bytes(pdf.output())


def _guzhen_city_management_supervision_forms() -> bytes:
    """固镇县城市管理局 (安徽 蚌埠) 12345热线办理工作调度会 (2025-05-12: 未按时反馈的次日生成书面工单
    督办; 回复要明确处置时间及责任人) as the bureau's Word 督办单, one two-column table a work order
    under its title and number line, a signature row last; the orders and every cell are ours."""
    document = docx.Document()
    sheets = [
        (
            "固城督〔2025〕21号",
            [
                ("工单编号", "2505120416"),
                ("承办部门", "局市容环境卫生管理所"),
                ("反映问题", "谷阳镇新城区一小区门口垃圾桶满溢，垃圾清运不及时，异味较大。"),
                ("督办原因", "中午时段交办后未及时反馈初步处置进展。"),
                (
                    "处置措施",
                    "1.当日清运满溢垃圾并冲洗地面；\n2.小区门口增设垃圾桶2个；"
                    "\n3.清运频次由每日一次调整为两次。",
                ),
                ("反馈时限", "2025年5月14日12时前"),
                ("办理结果", "已按要求清运并增设垃圾桶，已回复诉求人。"),
                ("办结情况", "已办结"),
            ],
        ),
        (
            "固城督〔2025〕22号",
            [
                ("工单编号", "2505120533"),
                ("承办部门", "城市管理综合执法大队"),
                ("反映问题", "城区夜市摊点占道经营，油烟和噪声影响周边居民。"),
                ("督办原因", "夜间交办后未按快速反馈机制回复。"),
                ("处置措施", "1.规范夜市摊点经营范围和时段；\n2.督促烧烤摊点安装油烟净化设施。"),
                ("反馈时限", "立即处置，当日反馈"),
                ("办理结果", "已对占道摊点劝导归位，油烟净化设施已安装。"),
                ("办结情况", "已办结"),
            ],
        ),
        (
            "固城督〔2025〕23号",
            [
                ("工单编号", "2505130102"),
                ("承办部门", "局市政设施管理所"),
                ("反映问题", "城区一处人行道井盖破损下沉，存在安全隐患。"),
                ("督办原因", "回复内容未明确处置时间及责任人。"),
                ("处置措施", "1.设置警示标志和围挡；\n2.更换破损井盖并修复下沉路面。"),
                ("反馈时限", "2025年5月16日"),
                ("办理结果", "已设置围挡，井盖已订购，待到货后更换。"),
                ("办结情况", "正在办理"),
            ],
        ),
    ]
    for code, rows in sheets:
        document.add_paragraph("固镇县城市管理局12345热线工单督办单")
        document.add_paragraph(f"{code}                    督办日期：2025年5月13日")
        table = document.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        cells = table.add_row().cells
        signatures = "督办人（签字）：            承办部门负责人（签字）：            年  月  日"
        cells[0].merge(cells[1]).text = signatures
        document.add_paragraph("")
    return _save(document)


def _taihu_assigned_problem_closure_forms() -> bytes:
    """太湖县 (安徽 安庆) 县生态环境分局 生态环境信访问题巡查 (2022-02-28: 县建筑垃圾填埋场 要求迅速完成
    交办问题; 汽车拆卸企业 危废收集、存放、记录、处置规范化) as the Word 交办问题整改销号表, one
    two-column table a problem whose first row is its title merged across, 验收意见 and 销号意见 with
    signatures and dates in their cells; the third problem and every cell are ours."""
    document = docx.Document()
    for line in (
        "太湖县生态环境问题交办整改销号表",
        "县生态环境保护委员会办公室制",
    ):
        document.add_paragraph(line)
    forms = [
        [
            ("交办编号", "太环委办交〔2022〕3号"),
            ("问题来源", "县生态环境分局2022年2月28日生态环境信访问题巡查"),
            ("问题名称", "县建筑垃圾填埋场裸露土方未覆盖，渗滤液收集不完善。"),
            ("责任单位", "县城市管理局"),
            ("责任人", "分管副局长"),
            ("整改时限", "2022年4月30日"),
            (
                "整改措施",
                "一是对填埋场裸露土方全部覆盖防尘网；\n二是完善场区截洪沟和渗滤液收集池；\n三是建立进场车辆登记台账。",
            ),
            ("整改完成情况", "裸露土方已全部覆盖，截洪沟和渗滤液收集池已完工，台账已建立。"),
            ("验收意见", "经现场验收，整改到位。\n验收组成员（签字）：\n2022年5月6日"),
            ("销号意见", "同意销号。\n县生态环境保护委员会办公室（盖章）\n2022年5月10日"),
        ],
        [
            ("交办编号", "太环委办交〔2022〕4号"),
            ("问题来源", "县生态环境分局2022年2月28日生态环境信访问题巡查"),
            ("问题名称", "汽车拆卸企业危险废物收集、存放、记录不规范。"),
            ("责任单位", "安庆市太湖县生态环境分局"),
            ("配合单位", "县商务局"),
            ("整改时限", "立行立改，长期坚持"),
            (
                "整改措施",
                "一是督促企业规范设置危险废物贮存间；\n二是建立危险废物管理台账；\n"
                "三是危险废物交有资质单位处置；\n四是纳入日常监管，每季度开展检查。",
            ),
            ("整改完成情况", "企业已规范设置危险废物贮存间，管理台账已建立，废机油已交有资质单位处置。"),
            ("验收意见", "经现场验收，整改到位。\n验收组成员（签字）：\n2022年4月2日"),
            ("销号意见", "同意销号。\n县生态环境保护委员会办公室（盖章）\n2022年4月8日"),
        ],
        [
            ("交办编号", "太环委办交〔2022〕5号"),
            ("问题来源", "群众来电举报"),
            ("问题名称", "徐桥镇一养殖场养殖废水未经处理排入周边沟渠。"),
            ("责任单位", "徐桥镇人民政府"),
            ("配合单位", "县农业农村局、安庆市太湖县生态环境分局"),
            ("整改时限", "2022年6月30日"),
            ("整改措施", "一是清理沟渠内养殖废水和淤泥；\n二是配套建设养殖废水处理设施。"),
            ("整改完成情况", "沟渠已清理，废水处理设施正在建设。"),
            ("验收意见", ""),
            ("销号意见", ""),
        ],
    ]
    for rows in forms:
        table = document.add_table(rows=0, cols=2)
        cells = table.add_row().cells
        cells[0].merge(cells[1]).text = "交办问题整改销号表"
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        cells = table.add_row().cells
        cells[0].merge(cells[1]).text = "填报人：            审核人：            填报日期："
        document.add_paragraph("")
    return _save(document)


DOCUMENTS["qianjiang_2024_petition_case_forms_docx"] = (
    "信访举报件办理情况表.docx",
    _qianjiang_petition_case_forms,
)
DOCUMENTS["shennongjia_2024_closure_approval_pdf"] = (
    "交办信访件整改验收销号审批表.pdf",
    _shennongjia_closure_approval_pdf,
)
DOCUMENTS["wucheng_2022_audit_closure_forms_docx"] = (
    "审计查出问题整改销号表.docx",
    _wucheng_audit_closure_forms,
)
DOCUMENTS["hengdong_2023_hotline_supervision_pdf"] = (
    "12345热线督办单.pdf",
    _hengdong_hotline_supervision_pdf,
)
DOCUMENTS["guzhen_2025_hotline_supervision_docx"] = (
    "热线工单督办单.docx",
    _guzhen_city_management_supervision_forms,
)
DOCUMENTS["ruyuan_2021_hotline_cases_web_tabs"] = (
    "12345政府热线重点诉求办理情况.txt",
    _text("ruyuan_2021_hotline_cases_web_tabs"),
)
DOCUMENTS["taihu_2022_assigned_problem_closure_docx"] = (
    "交办问题整改销号表.docx",
    _taihu_assigned_problem_closure_forms,
)

# The sixty-fifth blind set, for the figure recorded in docs/decisions.md (“Blind set 65”).
BLIND_65 = (
    "qianjiang_2024_petition_case_forms_docx",
    "shennongjia_2024_closure_approval_pdf",
    "wucheng_2022_audit_closure_forms_docx",
    "hengdong_2023_hotline_supervision_pdf",
    "guzhen_2025_hotline_supervision_docx",
    "ruyuan_2021_hotline_cases_web_tabs",
    "taihu_2022_assigned_problem_closure_docx",
)
BLIND_SETS[65] = BLIND_65


# --- blind set 68 (issue 14, branch corpus-blind68) -----------------------------------------------
# WeChat and government-portal text, third round (sets 51 and 61 were the first two): 整改方案 and
# 整改落实情况公示 published as articles, numbered problems with 整改目标/整改措施/责任单位/整改时限
# lines, bullets (◆ • ★), 首先/其次/最后 and 一是/二是 measures run on in one paragraph, a table
# copied tab-separated with a cell broken over two lines, page furniture (来源、发布时间、浏览次数、
# 分享到、阅读、在看) around the text; four of the seven are the same kind of article as a file (the
# page saved as Word, a PDF attachment, a Word or PDF 公示表). Written with their expected JSON
# BEFORE the reader was run on them; sources in SOURCES.md (“Blind set 68”).


def _jiangcheng_inspection_plan_docx() -> bytes:
    """江城县 (云南 普洱) 国庆乡党委's 整改方案 for the 县委第二巡察组 (2022-03-07 to 04-29, the party
    committee and its six 党总支), the portal's article saved as Word with its furniture: problems
    1.-5. under （一）-（三） with 整改目标/整改措施/责任领导/责任单位/整改时限 lines; the problems,
    measures and dates are ours."""
    return _save(
        _paragraphs_docx(
            [
                "国庆乡党委关于县委第二巡察组反馈意见的整改方案",
                "发布时间：2022-06-28 09:15　来源：国庆乡人民政府　浏览次数：",
                "【字体：大 中 小】【打印】【关闭】",
                "根据县委统一安排，2022年3月7日至4月29日，县委第二巡察组对国庆乡党委及所辖6个党总支开展了常规巡察，"
                "5月26日向乡党委反馈了巡察意见。为切实抓好巡察反馈问题整改，结合我乡实际，制定本整改方案。",
                "一、总体要求",
                "以巡察反馈问题为导向，坚持问题清单、任务清单、责任清单“三单”管理，逐项明确整改目标、整改措施、"
                "责任领导、责任单位和整改时限，确保件件有着落、事事有回音。",
                "二、问题清单及整改措施",
                "（一）贯彻落实党的路线方针政策和上级决策部署方面",
                "1.理论学习不够深入，乡党委理论学习中心组学习以读文件为主，研讨交流不足。",
                "整改目标：理论学习中心组学习制度化、规范化，每季度至少开展1次专题研讨。",
                "整改措施：（1）制定年度理论学习计划，明确学习专题和研讨安排；（2）每次集中学习安排2名班子成员交流发言；"
                "（3）将学习情况纳入党建工作考核。",
                "责任领导：乡党委书记",
                "责任单位：乡党政办",
                "整改时限：2022年7月31日前，并长期坚持",
                "2.巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作不够扎实，防止返贫动态监测存在漏报。",
                "整改目标：监测对象应纳尽纳，帮扶措施落实到户。",
                "整改措施：一是开展防止返贫监测对象全面排查，对漏报农户及时纳入监测；二是落实“一户一策”帮扶措施；"
                "三是每月召开一次监测帮扶工作调度会。",
                "责任领导：分管乡村振兴副乡长",
                "责任单位：乡乡村振兴工作站",
                "配合单位：各村（社区）党总支",
                "整改时限：2022年8月31日前",
                "（二）全面从严治党方面",
                "3.村级“三务”公开不及时，部分村财务公开栏内容未按季度更新。",
                "整改目标：村级党务、村务、财务按时公开，内容真实完整。",
                "整改措施：立即对6个村（社区）公开栏进行检查，督促按季度更新公开内容。",
                "责任领导：乡纪委书记",
                "责任单位：乡纪委、乡财政所",
                "整改时限：立行立改",
                "4.落实中央八项规定精神不够严格，公务用车使用登记不规范。",
                "整改目标：公务用车管理规范，审批登记完整。",
                "整改措施：一是修订完善公务用车管理制度；二是实行“一车一档”，出车前审批、回车后登记；"
                "三是每半年对公务用车使用情况进行一次自查。",
                "责任领导：乡长",
                "责任单位：乡党政办",
                "整改时限：2022年7月15日前",
                "（三）基层党组织建设方面",
                "5.部分村党总支“三会一课”制度落实不到位，会议记录不完整。",
                "整改目标：“三会一课”按时规范开展，记录完整。",
                "整改措施：一是对6个党总支“三会一课”记录逐一检查，限期补齐整改；二是乡党委组织委员每月到村指导；"
                "三是将落实情况纳入村党总支书记述职评议。",
                "责任领导：乡党委副书记",
                "责任单位：乡党建办",
                "配合单位：各村（社区）党总支",
                "整改时限：2022年9月30日前",
                "三、保障措施",
                "（一）加强组织领导。成立由乡党委书记任组长的巡察整改工作领导小组，统筹推进整改工作。",
                "（二）强化督促检查。乡纪委对整改情况全程跟踪监督，对整改不力、敷衍整改的严肃问责。",
                "（三）建立长效机制。坚持整改与建章立制相结合，巩固巡察整改成果。",
                "中共江城哈尼族彝族自治县国庆乡委员会",
                "2022年6月27日",
            ]
        )
    )


_DONGHU_AUDIT_PLAN = """东湖区2022年度区本级预算执行和其他财政收支审计查出问题整改方案
根据《中华人民共和国审计法》和区委审计委员会工作安排，区审计局于2023年5月8日至8月30日对区财政局具体组织的2022年度区本级预算执行、决算草案以及其他财政收支情况进行了审计，并对区教体局、区民政局、区医保局2022年度部门预算执行情况进行了延伸审计。针对审计查出的问题，制定本整改方案。
一、整改工作要求
各责任单位要对照问题清单，逐项制定整改措施，明确责任人和完成时限，整改完成后及时将整改结果报区审计局。
二、问题清单及整改安排
（一）预算收入征管不到位，部分非税收入未及时缴入国库。
整改措施：首先，区财政局对2022年度非税收入进行全面清理，对应缴未缴款项督促执收单位限期缴库；其次，完成非税收入收缴系统与国库系统对接；最后，建立非税收入按月对账制度。
责任单位：区财政局
整改时限：2023年12月31日前
（二）部分预算项目执行进度缓慢，年底结转资金规模较大。
整改措施：首先，对结转两年以上资金全部收回统筹；其次，建立项目支出进度按月通报机制；最后，将执行进度与下年度预算安排挂钩。
责任单位：区财政局
配合单位：各预算单位
整改时限：2024年3月31日前
（三）区教体局部分学校食堂账务未纳入单位财务统一核算。
整改措施：区教体局督促相关学校将食堂收支纳入学校财务统一核算。
责任单位：区教体局
整改时限：2023年11月30日前
整改情况：已完成整改。
（四）区民政局部分高龄津贴发放对象信息未及时更新，存在多发情况。
整改措施：首先，与公安、卫健部门比对死亡人员信息，追回多发津贴；其次，建立高龄津贴发放对象按月动态核查机制。
责任单位：区民政局
配合单位：各街道办事处
整改时限：立即整改，长期坚持
（五）区医保局医保基金监管存在薄弱环节，个别定点医药机构违规收费。
整改措施：首先，对违规收费的定点医药机构追回违规资金并约谈负责人；其次，开展定点医药机构违规使用医保基金专项检查；最后，将检查结果纳入定点协议考核。
责任单位：区医保局
整改时限：2023年12月31日前
三、保障措施
（一）压实整改责任。各责任单位主要负责人为整改第一责任人，对整改工作亲自部署、亲自督办。
（二）加强跟踪督促。区审计局对整改情况实行清单化管理，逐项对账销号。
南昌市东湖区审计局
2023年11月20日"""


def _donghu_audit_plan_pdf() -> bytes:
    """东湖区 (江西 南昌) 审计局: the audit of the 区本级 2022 budget (2023-05-08 to 08-30, 区财政局,
    延伸 to 教体局、民政局、医保局) as published; the 整改方案 attached to the page as a PDF set as an
    official notice, its five problems （一）-（五）, measures 首先/其次/最后 in one paragraph, units and
    limits ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_DONGHU_AUDIT_PLAN)


def _suiping_village_rectification_docx() -> bytes:
    """遂平县 和兴镇 (河南 驻马店): the 人居环境整治 观摩 of the 24 villages in three classes, 整改通知单
    and 专人督促 as reported; the 整改落实情况公示表 as a Word attachment, its six rows (villages,
    leaders, measures, limits and results) ours."""
    return _grid_docx(
        [
            "和兴镇人居环境整治观摩问题整改落实情况公示",
            "为扎实巩固脱贫质量，接续推进全面脱贫与乡村振兴有效衔接，镇党委、政府组织镇班子成员和各村支书对全镇24个"
            "行政村（分三类）逐自然村进行观摩评比，对观摩中发现的问题下发整改通知单，由专人督促整改。现将整改落实情况公示如下：",
        ],
        ["序号", "责任村", "观摩发现问题", "整改措施", "包片领导", "责任人", "整改时限", "整改结果"],
        [
            [
                "1",
                "前楼村",
                "村内主干道两侧柴草乱堆乱放",
                "1.组织保洁员集中清理柴草堆；\n2.划定柴草集中堆放点。",
                "李国强",
                "王建设",
                "2021年6月30日前",
                "已整改到位",
            ],
            [
                "2",
                "大杨庄村",
                "废弃坑塘垃圾漂浮，水体发黑",
                "1.打捞坑塘漂浮垃圾；\n2.清淤后种植水生植物；\n3.设立坑塘管护员。",
                "李国强",
                "杨春生",
                "2021年7月15日前",
                "正在整改",
            ],
            [
                "3",
                "刘湾村",
                "残垣断壁未拆除，存在安全隐患",
                "1.对残垣断壁逐户登记；2.征得户主同意后统一拆除清运；3.拆除后平整土地种植绿化。",
                "赵明",
                "刘保国",
                "2021年7月31日前",
                "正在整改",
            ],
            [
                "4",
                "孙庄村",
                "农户散养畜禽，粪便污染路面",
                "1.引导农户圈养畜禽；\n2.每日清扫路面畜禽粪便。",
                "赵明",
                "孙建华",
                "立行立改",
                "已整改到位",
            ],
            [
                "5",
                "和兴村",
                "私搭乱建彩钢瓦棚3处",
                "1.下达限期拆除通知书；\n2.逾期未拆除的由镇执法中队依法拆除。",
                "张伟",
                "陈志强",
                "2021年6月30日前",
                "已整改到位",
            ],
            [
                "6",
                "黄庄村",
                "墙体乱写乱画，小广告未清除",
                "1.组织人员铲除小广告；\n2.对墙体统一粉刷。",
                "张伟",
                "黄金岭",
                "2021年7月15日前",
                "正在整改",
            ],
        ],
        after=["遂平县和兴镇人民政府", "2021年6月20日"],
    )


def _hanshan_river_signs_pdf() -> bytes:
    """邯山区 (河北 邯郸) 河湖长制办公室: the 拉网式排查 of the district's 河长制公示牌 (位置, 公示情况,
    电话信息; 新安装10块、更新版面115块, 完成率90%, 本月底全部到位) as reported; the 公示 of what the
    check found as a PDF table, its five rows (rivers real, places, problems, units, results ours)."""
    paragraphs = [
        "邯山区河湖长制公示牌排查问题整改情况公示",
        "为进一步做好河湖长制公示公开制度落实，区河湖长制办公室组织对全区所有河长制公示牌进行拉网式排查，重点检查安装位置"
        "是否合理、公示情况是否准确、电话信息是否详实。截至目前，已新安装公示牌10块、更新版面115块，完成率90%，本月底所有"
        "公示牌将按照规范要求安装到位。现将排查发现问题整改情况公示如下：",
    ]
    header = ["序号", "河渠名称", "公示牌位置", "存在问题", "整改措施", "责任单位", "完成时限", "完成情况"]
    rows = [
        [
            "1",
            "滏阳河",
            "北张庄镇段左岸",
            "公示牌倾斜、版面褪色，河长姓名无法辨认",
            "1.扶正加固公示牌基础\n2.更换版面",
            "北张庄镇人民政府",
            "2021年10月31日",
            "已完成",
        ],
        [
            "2",
            "渚河",
            "罗城头街道段",
            "河长调整后公示牌未更新，监督电话为空号",
            "1.更新河长信息\n2.核实并更换监督电话",
            "罗城头街道办事处",
            "立行立改",
            "已完成",
        ],
        [
            "3",
            "输元河",
            "马庄乡段",
            "公示牌被树木遮挡，安装位置不醒目",
            "1.修剪遮挡树枝\n2.将公示牌移至河道入口处",
            "马庄乡人民政府",
            "2021年10月31日",
            "已完成",
        ],
        [
            "4",
            "沁河",
            "河沙镇镇段",
            "缺少公示牌",
            "1.按规范新设公示牌\n2.纳入镇级河长巡河内容",
            "河沙镇镇人民政府、区水利局",
            "2021年11月15日",
            "正在整改",
        ],
        [
            "5",
            "滏阳河",
            "南堡乡段右岸",
            "公示牌版面破损，河湖管护目标内容缺失",
            "1.更换破损版面\n2.补充管护目标和职责内容",
            "南堡乡人民政府",
            "2021年10月31日",
            "正在整改",
        ],
    ]
    return _pdf_table(paragraphs, header, rows, widths=(10, 20, 30, 62, 58, 38, 26, 22))


DOCUMENTS["jiangcheng_2022_inspection_plan_docx"] = (
    "国庆乡巡察反馈意见整改方案.docx",
    _jiangcheng_inspection_plan_docx,
)
DOCUMENTS["qujiang_2017_civilization_points_tabs"] = (
    "曲江区创文督导快报第十二期.txt",
    _text("qujiang_2017_civilization_points_tabs"),
)
DOCUMENTS["donghu_2023_audit_plan_pdf"] = ("审计查出问题整改方案.pdf", _donghu_audit_plan_pdf)
DOCUMENTS["xifeng_2024_city_management_wechat"] = (
    "西峰区城市管理突出问题整改落实情况公示.txt",
    _text("xifeng_2024_city_management_wechat"),
)
DOCUMENTS["suiping_2021_village_rectification_docx"] = (
    "和兴镇人居环境整治观摩问题整改落实情况公示.docx",
    _suiping_village_rectification_docx,
)
DOCUMENTS["hanshan_2021_river_signs_pdf"] = ("河长制公示牌排查问题整改情况公示.pdf", _hanshan_river_signs_pdf)
DOCUMENTS["hunchun_2018_river_chief_plan_page"] = (
    "省级河湖长制暗访反馈问题整改方案公示.txt",
    _text("hunchun_2018_river_chief_plan_page"),
)

# The sixty-eighth blind set, for the figure recorded in docs/decisions.md (“Blind set 68”).
BLIND_68 = (
    "jiangcheng_2022_inspection_plan_docx",
    "qujiang_2017_civilization_points_tabs",
    "donghu_2023_audit_plan_pdf",
    "xifeng_2024_city_management_wechat",
    "suiping_2021_village_rectification_docx",
    "hanshan_2021_river_signs_pdf",
    "hunchun_2018_river_chief_plan_page",
)
BLIND_SETS[68] = BLIND_68


# --- blind set 72 (issue 14, branch corpus-blind72) -----------------------------------------------
# Letters and lists handed down, third round (sets 40 and 62 were the first two): 交办函 and 督办
# notices with an attached 问题清单, a 镇 list sent down to its villages, a 交办 list of petition
# cases with 主办/协办 columns, a 镇河长办 letter whose body lists the findings as 一是…二是… with the
# unit and limit in brackets, a 镇安委办 整改通知 whose 附件 names the checked firms, a 创文 list
# copied from a page where praised points sit between the problems, and a 区创文办 交办 ledger.
# Places new to the corpus: 全椒 石沛镇 (安徽 滁州), 通山 (湖北 咸宁), 中山 (广东), 台儿庄 马兰屯镇
# (山东 枣庄), 枞阳 藕山镇 (安徽 铜陵), 三亚 天涯区 (海南), 邵阳 大祥区 (湖南). Written with their
# expected JSON BEFORE the reader was run on them; sources in SOURCES.md (“Blind set 72”).


def _shipei_village_list_docx() -> bytes:
    """全椒县石沛镇 (安徽 滁州): the March 2023 暗访督查 of its 8 villages (“四不两直”, the 月度考核
    督查评分表, 25 problems, 21 立行立改, 4 整改中) as the news tells it; the 问题清单 the 镇 sends to
    the villages as a ruled Word table, its six rows (villages, points, problems, persons, limits) ours."""
    return _grid_docx(
        [
            "石沛镇2023年3月农村人居环境整治暗访督查问题清单",
            "3月以来，镇人居环境整治工作领导小组办公室采用“四不两直”方式，以人居环境示范点月度考核督查评分表为标准，"
            "对全镇8个村人居环境整治工作情况进行暗访督查，共发现问题25处。现将问题清单交办各村，能现场整改的立行立改，"
            "不能及时处理的请按清单明确的时限整改到位，整改情况报镇人居办。",
        ],
        ["序号", "村别", "点位", "存在问题", "整改要求", "责任人", "整改时限", "整改情况"],
        [
            [
                "1",
                "石沛村",
                "石沛街道沿线",
                "道路两侧白色垃圾未清理",
                "组织保洁员当日清理",
                "张德友",
                "立行立改",
                "已整改",
            ],
            [
                "2",
                "黄栗树村",
                "大塘组池塘",
                "池塘水面漂浮物较多",
                "1.打捞水面漂浮物；\n2.明确池塘管护责任人。",
                "李文华",
                "立行立改",
                "已整改",
            ],
            [
                "3",
                "杨桥村",
                "村部至小郢组道路",
                "沿线杂草丛生，未及时清理",
                "清除杂草，落实日常保洁",
                "王庆松",
                "立行立改",
                "已整改",
            ],
            [
                "4",
                "林桥村",
                "中心组",
                "农户房前屋后乱搭乱建简易棚2处",
                "1.做好农户思想工作；\n2.拆除简易棚；\n3.清运拆除垃圾。",
                "陈家明",
                "2023年4月15日前",
                "整改中",
            ],
            [
                "5",
                "大季村",
                "季郢组",
                "墙面张贴小广告，影响村容村貌",
                "铲除小广告，粉刷墙面",
                "刘永兵",
                "立行立改",
                "已整改",
            ],
            [
                "6",
                "花山村",
                "垃圾中转点",
                "垃圾清运不及时，垃圾桶满溢",
                "1.联系保洁公司加密清运频次；\n2.增设垃圾桶4个。",
                "周成林",
                "2023年4月10日前",
                "整改中",
            ],
        ],
        after=["石沛镇人居环境整治工作领导小组办公室", "2023年3月28日"],
    )


def _tongshan_assignment_mhtml_doc() -> bytes:
    """通山县 (湖北 咸宁): the 2019-07-01 “回头看” 暗访 of the 农村人居环境“百日攻坚” 督查组 (南林桥镇
    湄溪村、罗成村、港路村, 106国道 大路乡 新桥冯村至塘下村段; 河道两边树上挂满垃圾, 道路沿线清扫不彻底,
    群众参与度不高) as the news tells it; the 交办函 with the findings as 一是…三是 and its 附件 table,
    saved by Word as “单个文件网页” under .doc. The letter's wording, the rows, units and limits ours."""
    return _word_mhtml(
        [
            "通山县农村人居环境整治“百日攻坚”指挥部办公室",
            "交 办 函",
            "南林桥镇人民政府、大路乡人民政府，县公路管理局：",
            "7月1日，县“百日攻坚”督查组对南林桥镇、大路乡农村人居环境整治情况开展“回头看”暗访督查。从督查情况看，"
            "两地均高度重视、迅速行动，农村人居环境明显改观，但仍存在一些问题：一是部分村庄河道两边树上挂满垃圾；"
            "二是106国道沿线垃圾清扫不彻底；三是群众参与度不高，村庄清洁行动发动不够。",
            "现将暗访发现问题清单交办你们，请逐项整改，于规定时限内将整改情况（附整改前后对比照片）书面报送县指挥部办公室。",
            "附件：农村人居环境整治暗访发现问题清单",
        ],
        ["序号", "乡镇", "村（路段）", "发现问题", "整改要求", "责任单位", "完成时限"],
        [
            [
                "1",
                "南林桥镇",
                "湄溪村",
                "湄溪河道两边树上挂满塑料袋等垃圾",
                "1.组织人员清理河道两岸树上垃圾；\n2.落实河道保洁员日常巡查。",
                "南林桥镇人民政府",
                "2019年7月10日前",
            ],
            [
                "2",
                "南林桥镇",
                "罗成村",
                "村内沟渠垃圾堆积，清掏不及时",
                "清掏沟渠垃圾，建立定期清掏制度",
                "南林桥镇人民政府",
                "2019年7月10日前",
            ],
            [
                "3",
                "南林桥镇",
                "港路村",
                "村民房前屋后柴草、杂物乱堆乱放",
                "1.入户宣传动员；\n2.组织村民开展村庄清洁行动；\n3.评选“清洁户”张榜公布。",
                "南林桥镇人民政府",
                "2019年7月20日前",
            ],
            [
                "4",
                "大路乡",
                "106国道新桥冯村至塘下村段",
                "道路沿线垃圾清扫不彻底，路肩有白色垃圾",
                "1.对路段全面清扫；\n2.落实路段保洁责任人。",
                "大路乡人民政府、县公路管理局",
                "2019年7月10日前",
            ],
        ],
        after=["通山县农村人居环境整治“百日攻坚”指挥部办公室", "2019年7月3日"],
    )


_ZHONGSHAN_HEADER = [
    "序号",
    "受理编号",
    "交办问题基本情况",
    "行政区域",
    "污染类型",
    "主办单位",
    "协办单位",
    "办理时限",
]
_ZHONGSHAN_ROWS = [
    [
        "1",
        "D4420000202110310005",
        "小榄镇永宁社区某五金厂夜间喷漆，废气气味刺鼻，影响周边居民休息。",
        "小榄镇",
        "大气",
        "小榄镇人民政府",
        "市生态环境局",
        "2021年11月7日前",
    ],
    [
        "2",
        "D4420000202110310011",
        "黄圃镇大岑工业区多家企业废水直排横档河，河水发黑发臭。",
        "黄圃镇",
        "水",
        "黄圃镇人民政府",
        "市生态环境局、市水务局",
        "2021年11月7日前",
    ],
    [
        "3",
        "X4420000202110310002",
        "横栏镇贴边村鱼塘边长期堆放建筑垃圾和一般工业固废。",
        "横栏镇",
        "固废",
        "横栏镇人民政府",
        "",
        "2021年11月7日前",
    ],
    [
        "4",
        "D4420000202110310016",
        "石岐街道某酒楼油烟直排，噪声扰民。",
        "石岐街道",
        "大气、噪声",
        "石岐街道办事处",
        "",
        "2021年11月7日前",
    ],
    [
        "5",
        "D4420000202110310021",
        "东凤镇同安村某养殖场粪污未经处理外排，臭味明显。",
        "东凤镇",
        "水、大气",
        "东凤镇人民政府",
        "市农业农村局",
        "2021年11月7日前",
    ],
    [
        "6",
        "X4420000202110310003",
        "反映中心城区部分道路夜间施工噪声扰民，相关部门未有效监管。",
        "市直部门",
        "噪声",
        "市住房城乡建设局",
        "市城市管理和综合执法局",
        "2021年11月7日前",
    ],
]


def _zhongshan_petition_batch_pdf() -> bytes:
    """中山市 (广东): the 第七批 of petition cases 省第一生态环境保护督察组 handed over on 10-31 (17宗,
    15 by phone, 2 by letter; 小榄镇3, 黄圃镇2, 横栏镇2, 东凤镇2, 市直部门1 …; some with several 承办
    单位) as the page tells it; the 交办 list as the PDF the 督察协调联络组 sends, its six cases (texts,
    numbers, 主办/协办, limit) and the year ours."""
    paragraphs = [
        "中山市配合省生态环境保护督察工作协调联络组",
        "关于交办省第一生态环境保护督察组第七批信访举报案件的通知",
        "各镇人民政府、街道办事处，火炬开发区管委会，市有关单位：",
        "10月31日，我市收到省第一生态环境保护督察组交办的第七批生态环境信访举报案件17宗，其中来电15宗，来信2宗。"
        "现将案件交办你们，请主办单位牵头会同协办单位立即调查处理，于办理时限前将调查处理和整改情况报协调联络组。",
        "附件：第七批信访举报案件交办清单（节选）",
    ]
    return _pdf_table(paragraphs, _ZHONGSHAN_HEADER, _ZHONGSHAN_ROWS, widths=(10, 40, 78, 20, 18, 32, 40, 30))


_MALANTUN_LETTER = """马兰屯镇河长制办公室
关于交办6月份镇级河长巡河发现问题的通知
各村（居）河长，镇水利站、环保所：
6月上旬，镇级河长按照《马兰屯镇河长巡查制度》对伊家河、大沙河马兰屯段及主要支沟开展巡河，发现以下问题，现交办你们，请对照问题逐项整改，整改完成后将整改前后照片及巡河记录报送镇河长制办公室。
一是伊家河马兰屯村段左岸堆放建筑垃圾约30立方米。（责任单位：马兰屯村，完成时限：2018年6月20日前）
二是大沙河东顿庄段河道内有生活垃圾漂浮。（责任单位：东顿庄村，完成时限：2018年6月15日前）
三是伊家河后湾村段有农户在河堤上种植农作物。（责任单位：后湾村，配合单位：镇水利站，完成时限：2018年6月30日前）
四是刘庄村北支沟有养殖户畜禽粪污直排。（责任单位：镇环保所，配合单位：刘庄村，完成时限：2018年6月25日前）
五是部分村级河长公示牌字迹模糊、电话号码未更新。（责任单位：镇水利站，完成时限：2018年6月30日前）
各村（居）河长要按照“村级河长每周巡河不少于1次”的要求，切实履行巡河职责，镇河长制办公室将于月底对整改情况进行复查，并将整改情况纳入对各村河长制工作考核。
马兰屯镇河长制办公室
2018年6月12日"""


def _malantun_river_letter_docx() -> bytes:
    """台儿庄区马兰屯镇 (山东 枣庄): the 镇河长制办公室 and its rules as the 2018-05-30 马政发〔2018〕21号
    tells them (镇级河长每月巡河不少于3次, 村级每周不少于1次, 巡河记录 to the office); the 6月 交办
    letter as the Word file it sends, findings as 一是…五是 with unit and limit in brackets, ours."""
    return _save(_paragraphs_docx(_MALANTUN_LETTER.splitlines()))


def _oushan_safety_notice_doc() -> bytes:
    """枞阳县藕山镇 (安徽 铜陵): the 2022 联合检查组 before 中秋、国庆 (镇人大代表, 安全办、建设办、工商、
    公安、中心学校) of 超市、液化气站、网吧、渡口: 消防设施不全、安全通道不畅, 3日内整改到位, 无证经营
    停产停业 as the news tells it; the 镇安委办 整改通知 and its 附件 table, a genuine old .doc. The
    firms, rows and persons ours."""
    from tests.plan_layouts import _convert

    document = _paragraphs_docx(
        [
            "藕山镇安全生产委员会办公室",
            "关于安全生产隐患排查发现问题整改的通知",
            "各有关单位：",
            "为营造安全、和谐的节日氛围，镇人大组织县、镇人大代表及镇安全办、建设办、工商、公安、中心学校等部门组成联合"
            "检查组，于8月1日至2日对全镇超市、液化气站、网吧、渡口等重点单位开展安全生产隐患排查。现将发现问题交办如下"
            "（见附件），请各单位于3日内整改到位；无证经营的，责令停产停业，待取得合法证照后方可经营。",
            "附件：安全生产隐患排查问题整改清单",
        ]
    )
    _ruled_table(
        document,
        ["序号", "被检查单位", "存在问题", "整改措施", "整改时限", "镇包保责任人", "备注"],
        [
            [
                "1",
                "藕山镇好又多超市",
                "灭火器过期，安全出口堆放货物",
                "1.更换过期灭火器；\n2.清理安全出口堆放货物。",
                "2022年8月5日前",
                "汪建国",
                "",
            ],
            [
                "2",
                "藕山液化气供应站",
                "员工安全意识不强，未建立进出站登记",
                "1.组织员工安全培训；\n2.建立钢瓶进出站登记台账。",
                "2022年8月5日前",
                "吴小平",
                "",
            ],
            [
                "3",
                "星空网吧",
                "消防设施不全，应急照明损坏",
                "1.按标准配齐消防器材；\n2.维修应急照明灯。",
                "2022年8月5日前",
                "方晓东",
                "",
            ],
            [
                "4",
                "藕山渡口",
                "救生衣配备数量不足",
                "按载客定额配齐救生衣",
                "2022年8月5日前",
                "章立新",
                "",
            ],
            [
                "5",
                "某小作坊（鹤山村）",
                "无证经营",
                "责令停产停业，取得合法证照后方可经营",
                "立即",
                "吴小平",
                "已下达整改通知书",
            ],
        ],
    )
    document.add_paragraph("藕山镇安全生产委员会办公室")
    document.add_paragraph("2022年8月2日")
    return _convert(_save(document), ".docx", "doc")


def _daxiang_creation_ledger_xlsx() -> bytes:
    """邵阳市大祥区 (湖南): the 2022-06-26 创文 督导 of 区委常委、副区长 with 区创文办、区住建局 (中心路街道
    府门口社区 立新街: 人行道板松动、路面积水; 百货站院落 路面坑洼; 立新综合楼院落 油污乱排), 问题 sent
    down by 区创文办 to 责任单位 with 24 hours for 立行立改 ones, as the news tells it; the 交办 ledger as
    the .xlsx the 创文办 keeps, its columns, rows, units and dates ours."""
    header = [
        "序号",
        "交办日期",
        "所属街道",
        "点位",
        "存在问题",
        "责任单位",
        "配合单位",
        "整改时限",
        "整改情况",
        "复查结果",
    ]
    book, sheet = _titled_sheet("交办台账", "大祥区创文督查问题交办台账（6月第4周）", header)
    rows = [
        [
            1,
            "2022-06-26",
            "中心路街道",
            "立新街府门口社区段",
            "人行道板松动，雨后路面积水",
            "区住建局",
            "中心路街道",
            "2022年7月10日前",
            "正在整改",
            "",
        ],
        [
            2,
            "2022-06-26",
            "中心路街道",
            "百货站院落",
            "院落内路面坑洼，居民出行不便",
            "中心路街道",
            "区住建局",
            "2022年7月31日前",
            "正在整改",
            "",
        ],
        [
            3,
            "2022-06-26",
            "中心路街道",
            "立新综合楼院落",
            "餐饮油污乱排乱滴，排水不畅",
            "区城管执法局",
            "中心路街道、府门口社区",
            "立行立改",
            "已整改",
            "已复查，整改到位",
        ],
        [
            4,
            "2022-06-27",
            "城西街道",
            "敏州西路",
            "门店“门前三包”不落实，店外经营",
            "城西街道",
            "区城管执法局",
            "立行立改",
            "已整改",
            "已复查，整改到位",
        ],
        [
            5,
            "2022-06-27",
            "城北路街道",
            "城北农贸市场",
            "市场内活禽宰杀区卫生差，未设置文明宣传栏",
            "区市场监管局",
            "城北路街道",
            "2022年7月5日前",
            "未整改",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    return _book_bytes(book)


DOCUMENTS["shipei_2023_village_list_docx"] = (
    "石沛镇人居环境暗访督查问题清单.docx",
    _shipei_village_list_docx,
)
DOCUMENTS["tongshan_2019_assignment_mhtml_doc"] = (
    "人居环境暗访问题交办函.doc",
    _tongshan_assignment_mhtml_doc,
)
DOCUMENTS["zhongshan_2021_petition_batch_pdf"] = (
    "第七批信访举报案件交办清单.pdf",
    _zhongshan_petition_batch_pdf,
)
DOCUMENTS["malantun_2018_river_letter_docx"] = ("巡河发现问题交办通知.docx", _malantun_river_letter_docx)
DOCUMENTS["oushan_2022_safety_notice_doc"] = ("安全生产隐患排查问题整改通知.doc", _oushan_safety_notice_doc)
DOCUMENTS["tianya_2022_civilization_list_page"] = (
    "天涯区城市社区专项检查问题清单.txt",
    _text("tianya_2022_civilization_list_page"),
)
DOCUMENTS["daxiang_2022_creation_ledger_xlsx"] = ("创文督查问题交办台账.xlsx", _daxiang_creation_ledger_xlsx)

# The seventy-second blind set, for the figure recorded in docs/decisions.md (“Blind set 72”).
BLIND_72 = (
    "shipei_2023_village_list_docx",
    "tongshan_2019_assignment_mhtml_doc",
    "zhongshan_2021_petition_batch_pdf",
    "malantun_2018_river_letter_docx",
    "oushan_2022_safety_notice_doc",
    "tianya_2022_civilization_list_page",
    "daxiang_2022_creation_ledger_xlsx",
)
BLIND_SETS[72] = BLIND_72


# --- blind set 75 (issue 14, branch corpus-blind75) ---
# Provinces and regions least represented, third round: 北京, 内蒙古, 西藏, 天津, 上海.


def _bayannur_batch16_docx() -> bytes:
    """巴彦淖尔市 (内蒙古) 中央第二生态环境保护督察组交办第十六批涉及巴彦淖尔市5件群众信访举报件办理情况
    (2025-06-22): the note's counts as published (5件: 乌拉特中旗2, 乌拉特前旗1, 杭锦后旗1, 磴口县1;
    生态破坏4, 水污染1; 已办结1, 阶段性办结3, 未办结1; 责令整改3家, 立案处罚3家);
    the table's rows are ours."""
    header = [
        "序号",
        "受理编号",
        "交办问题基本情况",
        "行政区域",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "是否办结",
        "责任人被处理情况",
    ]
    rows = [
        [
            "1",
            "D2NM202506130031",
            "乌拉特中旗海流图镇北侧山坡有人私自开采石料，山体植被破坏严重。",
            "乌拉特中旗",
            "生态破坏",
            "经核查，该处为已关闭采石场遗留采坑，近期有人夜间私挖石料，破坏草原植被约3亩。",
            "属实",
            "1.旗自然资源局已对私挖行为立案调查，处罚款2万元；2.责令行为人回填采坑、恢复植被，计划于2025年9月30日前完成。",
            "阶段性办结",
            "无",
        ],
        [
            "2",
            "X2NM202506130008",
            "乌拉特中旗川井苏木某牧户在草原上修建围栏和圈舍，占用基本草原。",
            "乌拉特中旗",
            "生态破坏",
            "经核查，该牧户于2024年在自家承包草场内修建圈舍2处，占用草原0.8亩，未办理草原征占用审核审批手续。",
            "部分属实",
            "旗林业和草原局已责令该牧户拆除圈舍，恢复草原植被，现场已拆除完毕。",
            "已办结",
            "无",
        ],
        [
            "3",
            "D2NM202506130044",
            "乌拉特前旗大佘太镇某村附近河道内有人挖砂，河道被挖得坑坑洼洼。",
            "乌拉特前旗",
            "生态破坏",
            "经核查，河道内有3处砂坑，系周边村民取砂自用所致，无采砂许可。",
            "属实",
            "1.旗水利局已立案处罚；2.组织对河道砂坑进行平整，计划于2025年10月31日前完成。",
            "阶段性办结",
            "无",
        ],
        [
            "4",
            "X2NM202506130015",
            "杭锦后旗陕坝镇某养殖场粪污未经处理直接排入附近排干沟。",
            "杭锦后旗",
            "水污染",
            "经核查，该养殖场粪污处理设施容量不足，雨后有粪污溢流进入排干沟。",
            "属实",
            "1.市生态环境局杭锦后旗分局已立案处罚；2.责令该养殖场扩建储粪池、清理排干沟内粪污，排干沟已清理，储粪池正在建设。",
            "阶段性办结",
            "无",
        ],
        [
            "5",
            "X2NM202506130019",
            "磴口县沙金套海苏木某企业在治沙林地内违规建设光伏板，毁坏梭梭林。",
            "磴口县",
            "生态破坏",
            "正在调查核实中，需进一步核查林地性质和项目审批手续。",
            "正在核实",
            "县林业和草原局会同县自然资源局开展调查，2025年12月底前完成核查处理。",
            "未办结",
            "无",
        ],
    ]
    return _table_docx(
        [
            "中央第二生态环境保护督察组交办内蒙古自治区第十六批涉及巴彦淖尔市5件群众信访举报件办理情况",
            "按照中央第二生态环境保护督察组（以下简称“中央督察组”）工作要求，6月22日，全市已对中央督察组交办的"
            "第十六批5件信访举报件进行调查处理，其中，已办结1件、阶段性办结3件、未办结1件，责令整改3家，立案处罚3家。",
        ],
        header,
        rows,
        after=["巴彦淖尔市生态环境保护督察整改工作领导小组办公室", "2025年6月22日"],
    )


def _xizang_airport_zone_form_pdf() -> bytes:
    """西藏自治区住房和城乡建设厅's 公示 (2025-08-19) of 第二轮中央生态环境保护督察反馈意见 (11-5) 整改措施
    完成情况公示表: 反馈问题 (西藏空港新区 污水处理设施 滞后, 生活污水长期直排), 核查情况 and 整改目标 as
    published (paraphrased); the rest of 整改措施, the unit, the person and 成效 are ours; the phone is the
    notice's. Printed to PDF as the template's two-column table."""
    return _pdf_table(
        ["第二轮中央生态环境保护督察反馈意见", "（11-5）整改措施完成情况公示表"],
        ["反馈问题", "西藏空港新区污水处理设施建设严重滞后，生活污水长期直排。"],
        [
            [
                "核查情况",
                "经核查，空港新区污水处理厂及配套管网项目已建成投用，由第三方专业机构进行专业运维，排放达标，"
                "达到销号条件。",
            ],
            ["整改目标", "理顺管理体制机制，完善环境基础设施，提升环境治理能力，打造绿色空港新区。"],
            [
                "整改措施",
                "加快推进空港新区污水处理厂及配套管网建设，明确运营维护主体，建立进出水水质监测和运行台账制度，"
                "确保生活污水应收尽收、达标排放。",
            ],
            ["牵头部门（责任单位）", "西藏空港新区管理委员会"],
            ["责任人", "次仁多吉"],
            ["联系电话", "0891-6812420"],
            [
                "整改主要工作及成效",
                "空港新区污水处理厂设计规模每日1万吨，于2024年10月建成并通水运行，配套管网18.6公里同步投用，"
                "委托第三方专业机构运维，出水水质稳定达到一级A标准。该项整改措施已达到整改要求。",
            ],
        ],
        widths=(40, 140),
        landscape=False,
        size=9,
    )


def _tianjin_2017_task_list_docx() -> bytes:
    """天津市贯彻落实中央第一环境保护督察组督察反馈意见整改方案 (2017): the plan's deadlines as
    published (立行立改 by 2017年9月底前, 限期整改 2017年12月底前, 长期坚持); its attached 整改清单 as a
    Word table, the group rows, the rows' problems, units, leaders and limits ours."""
    header = ["序号", "督察反馈问题", "整改目标", "整改措施", "责任单位", "责任人", "整改时限"]
    rows = [
        "一、大气污染防治方面",
        [
            "1",
            "全市燃煤总量控制任务落实不到位，部分区散煤治理进度滞后。",
            "完成散煤清洁化治理任务，燃煤总量持续下降。",
            "1.逐区分解散煤治理任务；\n2.加快农村居民冬季清洁取暖改造；\n3.对进度滞后的区约谈督办。",
            "市发展改革委牵头，各涉农区人民政府落实",
            "市发展改革委主要负责同志",
            "2017年12月底前",
        ],
        [
            "2",
            "部分工业企业无组织排放问题突出，“散乱污”企业整治不彻底。",
            "“散乱污”企业全部完成分类整治。",
            "1.开展“散乱污”企业排查整治“回头看”；\n2.对关停取缔类企业做到“两断三清”。",
            "市工业和信息化委、市环保局，各区人民政府",
            "相关部门和各区主要负责同志",
            "立行立改，2017年9月底前整改到位",
        ],
        "二、水污染防治和生态保护方面",
        [
            "3",
            "七里海湿地自然保护区核心区、缓冲区内仍有旅游设施和养殖活动。",
            "核心区、缓冲区内违规设施全部清理，湿地生态逐步恢复。",
            "1.拆除核心区、缓冲区内旅游设施；\n2.清退养殖苇田；\n3.实施湿地生态修复工程。",
            "宁河区人民政府",
            "宁河区区长",
            "2017年12月底前，长期坚持",
        ],
        [
            "4",
            "部分污水处理厂超负荷运行，城镇污水管网建设滞后。",
            "新建和提标改造污水处理厂按期投运。",
            "1.加快污水处理厂新建扩建；\n2.推进雨污分流改造。",
            "市水务局牵头，市建委、各区人民政府配合",
            "市水务局局长",
            "长期坚持",
        ],
    ]
    return _table_docx(
        ["附件", "天津市贯彻落实中央第一环境保护督察组督察反馈意见整改清单"],
        header,
        rows,
    )


def _shanghai_district_progress_docx() -> bytes:
    """A 上海 district's 贯彻落实上海市环保督察反馈意见具体问题整改进展情况 (the stored page, a template
    copy, stars out the district: “**区”): the first problem (违法违规建设项目清理整治不彻底且存在回潮现象,
    its four 一是…四是 points, 500多家企业), “本项整改任务由区生态环境局、区城管执法局牵头，各街镇配合。
    现已完成整改。” and “（一）即知即改，整改措施落实到位” as published (paraphrased); the second heading's
    text and problems 二 and 三 are ours. A Word file of paragraphs."""
    document = _paragraphs_docx(
        [
            "**区贯彻落实上海市环保督察反馈",
            "意见具体问题整改进展情况",
            "一、中央环保督察反馈意见中违法违规建设项目清理整治不彻底且存在回潮现象。一是环保违法违规建设项目清理整治"
            "排查不彻底，一些企业未列入违法违规整治清单范围。二是整顿规范类企业清理整治滞后，整改不到位，且部分企业"
            "至今尚未完成。三是“两违”企业存在回潮，长效监管机制未有效形成。四是擅自对名单外的违法违规企业进行规范整治。"
            "**区生态环境局对500多家未列入清理整治名单的企业进行规范整治，未按《环保法》《环评法》对上述企业实施行政处罚。",
            "本项整改任务由区生态环境局、区城管执法局牵头，各街镇配合。现已完成整改。",
            "（一）即知即改，整改措施落实到位。针对此次市环保督察发现的问题，以“边督边改、立行立改、即知即改”为要求，"
            "全面完成督察交办的整改任务，对违法企业坚决做到“两断三清”，对交办的所有问题开展“回头看”，逐一现场核查，"
            "杜绝“表面整改”“部分整改”。",
            "（二）举一反三，长效机制逐步建立。建立违法违规建设项目动态管理台账，按月开展巡查，防止已整治企业回潮。",
            "二、部分中小河道水质不稳定，个别河道出现返黑返臭现象。",
            "本项整改任务由区水务局牵头，相关街镇配合。目前正在整改，计划于2022年12月底前完成。",
            "（一）对返黑返臭河道逐条排查沿岸排口，封堵雨污混接排口42个。",
            "（二）落实河长巡河制度，加密水质监测频次。",
            "三、部分建筑工地扬尘防治措施落实不到位。",
            "本项整改任务由区建设管理委牵头，区城管执法局、各街镇配合。现已完成整改。",
            "（一）对全区在建工地开展扬尘专项检查，责令整改工地23个，立案处罚5起。",
        ]
    )
    return _save(document)


DOCUMENTS["fangshan_2017_air_check_list_tabs"] = (
    "北京市大气污染防治强化督查查处清单.txt",
    _text("fangshan_2017_air_check_list_tabs"),
)
DOCUMENTS["beijing_2017_plan_blocks_page"] = (
    "北京市贯彻落实中央环境保护督察反馈意见整改方案.txt",
    _text("beijing_2017_plan_blocks_page"),
)
DOCUMENTS["bayannur_2025_batch16_docx"] = ("第十六批信访举报件办理情况.docx", _bayannur_batch16_docx)
DOCUMENTS["xizang_2025_airport_zone_form_pdf"] = ("11-5公示表.pdf", _xizang_airport_zone_form_pdf)
DOCUMENTS["tianjin_2017_task_list_docx"] = ("天津市整改清单.docx", _tianjin_2017_task_list_docx)
DOCUMENTS["shanghai_2022_district_progress_docx"] = (
    "区贯彻落实上海市环保督察反馈意见具体问题整改进展情况.docx",
    _shanghai_district_progress_docx,
)

# The seventy-fifth blind set, for the figure recorded in docs/decisions.md (“Blind set 75”).
BLIND_75 = (
    "fangshan_2017_air_check_list_tabs",
    "beijing_2017_plan_blocks_page",
    "bayannur_2025_batch16_docx",
    "xizang_2025_airport_zone_form_pdf",
    "tianjin_2017_task_list_docx",
    "shanghai_2022_district_progress_docx",
)
BLIND_SETS[75] = BLIND_75


# --- blind set 71 (issue 14, branch corpus-blind71) -----------------------------------------------
# Government-portal and WeChat text, fourth round (sets 51, 61 and 68 were the first three): 边督边改
# 公开情况, 整改落实情况公示, 整改清单 copied from a page (one cell a line, bars and runs of spaces),
# bullets ● → ■ with units in brackets, completion notices with a 公示 footer; four of the seven are
# the same text as a file (a workbook 一览表, web text pasted into Word, a page saved as PDF, a Word
# 销号清单). Written with their expected JSON BEFORE the reader was run on them; sources in SOURCES.md
# (“Blind set 71”).


def _jianghai_petitions_xlsx() -> bytes:
    """江海区 (广东 江门): the 省第二生态环境保护督察组 第三批 交办件 (14 for 江门, 3 for 江海区) as the
    district publishes the 边督边改 公开情况一览表, kept as a workbook; the three cases are ours."""
    header = [
        "序号",
        "交办编号",
        "行政区域",
        "污染类型",
        "举报内容",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "责任单位",
        "整改时限",
        "是否办结",
    ]
    book, sheet = _titled_sheet(
        "第三批",
        "省第二生态环境保护督察组交办第三批信访件江海区边督边改公开情况一览表（2023年12月1日）",
        header,
    )
    rows = [
        [
            1,
            "D2023120104",
            "江海区",
            "大气",
            "江海区礼乐街道一家五金厂喷漆异味大，影响周边居民。",
            "经现场核查，该厂喷漆工序废气收集不完善，无组织排放明显。",
            "属实",
            "1.责令企业停止喷漆工序；\n2.完善废气收集和处理设施；\n3.对企业违法行为立案查处。",
            "江门市生态环境局江海分局、礼乐街道办事处",
            "2024年1月31日前",
            "否",
        ],
        [
            2,
            "X2023120107",
            "江海区",
            "噪声",
            "江海区外海街道某工地夜间施工噪声扰民。",
            "该工地未办理夜间施工许可，存在夜间施工情况。",
            "属实",
            "已责令工地停止夜间施工，对施工单位进行约谈。",
            "区住房城乡建设局",
            "立行立改",
            "是",
        ],
        [
            3,
            "D2023120111",
            "江海区",
            "水",
            "江海区滘头街道一条内河涌水体发黑发臭。",
            "该河涌因雨污合流管网溢流导致水体黑臭。",
            "部分属实",
            "1.清捞河涌垃圾和漂浮物；\n2.排查沿线雨污混接点并逐一整改。",
            "滘头街道办事处、区水利局",
            "2024年3月31日前",
            "否",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append(["注：根据督察组要求，各责任单位按时限完成整改后报区督察协调联络组。"])
    return _book_bytes(book)


def _beimeng_sanitary_recheck_docx() -> bytes:
    """殷都区 北蒙街道 (河南 安阳): the 创卫复审 冲刺 (整改问题清单 from the 区创卫复审指挥部, 班子成员
    and 村支书 分包) as reported; the article's 问题清单 pasted into Word with ■ bullets and labelled
    lines, its five problems, units, limits and results ours."""
    return _save(
        _paragraphs_docx(
            [
                "北蒙街道创卫复审问题整改落实情况",
                "来源：北蒙视角　2019-07-16",
                "在创卫复审工作进入“百米冲刺”的关键时刻，北蒙街道对照区创卫复审指挥部提出的整改问题清单，实行班子成员、"
                "各村支部书记分包责任制，明确工作任务和标准时限。现将整改落实情况通报如下：",
                "■问题一：京广铁路沿线村庄道路两侧垃圾堆积，杂物乱堆乱放。",
                "责任单位：北蒙街道城建办",
                "配合单位：沿线各村委会",
                "整改措施：1.组织保洁队伍集中清运垃圾；2.清理乱堆乱放杂物；3.建立村级保洁巡查制度。",
                "整改时限：2019年7月20日前",
                "整改结果：已完成。",
                "■问题二：部分墙体残留小广告，公益宣传标语破损。",
                "责任单位：北蒙街道宣传办",
                "整改措施：1.组织人员铲除小广告；2.更换破损公益宣传标语。",
                "整改时限：立行立改",
                "整改结果：已完成。",
                "■问题三：辖区农贸市场内门店出店经营，地面污水横流。",
                "责任单位：北蒙街道市场监管所",
                "配合单位：北蒙街道综合执法中队",
                "整改措施：1.规范门店经营范围，清理出店经营；2.疏通市场排水沟渠。",
                "整改时限：2019年7月25日前",
                "整改结果：正在整改。",
                "■问题四：部分公厕设施损坏，保洁不到位。",
                "责任单位：北蒙街道城建办",
                "整改措施：维修损坏设施，落实专人保洁。",
                "整改时限：2019年7月20日前",
                "整改结果：已完成。",
                "■问题五：绿化带内有枯枝落叶和白色垃圾。",
                "责任单位：各村委会",
                "整改措施：每日清理绿化带。",
                "整改时限：长期坚持",
                "整改结果：常态化保洁中。",
                "北蒙街道将以“争分夺秒、夜以继日”的创卫精神，查漏补缺，不留死角，全力迎接国家卫生城市复审。",
            ]
        )
    )


_YUYANG_CIVILIZATION_NOTICE = """榆阳区创文督导反馈问题整改落实情况
发布时间：2022-10-20 10:08　来源：榆阳区文明办　【字体：大 中 小】
近日，市创文第二督查考核组走进沙河路街道、明珠路街道、朝阳路街道，就全国文明城市创建工作开展专项督导检查，对检查中发现的问题现场予以反馈。区文明办按照“即知即改、边查边改”要求，逐项明确责任单位和完成时限，现将整改落实情况公布如下：
→1.沙河路街道部分学校周边环境脏乱差（责任单位：沙河路街道，配合单位：区教育局）
整改情况：组织人员清理学校周边垃圾和杂物，落实“门前三包”。已整改到位。
完成时限：2022年10月15日前
→2.明珠路街道临时停车场垃圾堆积未及时清理（责任单位：明珠路街道）
整改情况：清运积存垃圾，增设垃圾收集设施，落实专人保洁。已整改到位。
完成时限：立行立改
→3.朝阳路街道便民服务点卫生间被占用（责任单位：朝阳路街道）
整改情况：清理占用物品，恢复卫生间使用功能。已整改到位。
完成时限：立行立改
→4.部分居民小区创文宣传语位置不明显，垃圾分类设施被人为封闭（责任单位：沙河路街道、明珠路街道，配合单位：区住建局）
整改情况：督促物业在小区出入口醒目位置设置公益广告，重新开放垃圾分类设施。正在整改。
完成时限：2022年10月31日前
→5.老旧小区楼道内堆放杂物，外墙瓷砖脱落严重（责任单位：朝阳路街道，配合单位：区住建局）
整改情况：1.组织清理楼道杂物；2.对外墙脱落瓷砖设置警示并纳入老旧小区改造。正在整改。
完成时限：2022年12月31日前
→6.步行街车辆乱停乱放（责任单位：区交警大队，配合单位：明珠路街道）
整改情况：施划停车泊位，加强巡查劝导。已整改到位。
完成时限：长期坚持
榆阳区精神文明建设委员会办公室
2022年10月20日"""


def _yuyang_civilization_pdf() -> bytes:
    """榆阳区 (陕西 榆林): the 市创文第二督查考核组 专项督导 of 沙河路、明珠路、朝阳路 街道 and the
    problems it found as reported; the district's 整改落实情况 page saved as PDF, its → bullets with
    units in brackets, results and limits ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_YUYANG_CIVILIZATION_NOTICE)


def _dongming_environment_closure_docx() -> bytes:
    """东明镇 (内蒙古 通辽 奈曼旗): the 人居环境整治 例会、通报、销号、督办 制度 as published; the
    问题整改销号清单 公示 as a Word table with its 公示 footer, the six rows ours."""
    return _grid_docx(
        [
            "东明镇农村人居环境整治问题整改销号清单公示",
            "按照《东明镇人居环境整治例会制度》销号制度要求，镇整治领导小组对前期督查发现的问题逐项核查，现将整改销号情况公示如下：",
        ],
        ["序号", "嘎查村", "存在问题", "整改措施", "责任单位", "整改时限", "销号情况"],
        [
            [
                "1",
                "东明嘎查",
                "村内主街道两侧柴草垛乱堆乱放",
                "1.柴草垛统一清理至院内\n2.划定集中堆放区",
                "东明嘎查村委会",
                "2021年4月30日前",
                "已销号",
            ],
            [
                "2",
                "西湖村",
                "村口垃圾点垃圾外溢，清运不及时",
                "增加清运频次，落实日产日清",
                "西湖村村委会",
                "立行立改",
                "已销号",
            ],
            [
                "3",
                "前七家子村",
                "废弃棚圈未拆除",
                "1.逐户登记废弃棚圈\n2.征得同意后统一拆除\n3.拆除后平整绿化",
                "前七家子村村委会、镇村建办",
                "2021年5月31日前",
                "未销号（正在拆除）",
            ],
            [
                "4",
                "白音他拉嘎查",
                "牲畜散养，粪污未及时清理",
                "1.引导牧户圈养\n2.粪污定点堆放",
                "白音他拉嘎查村委会、镇农牧业服务中心",
                "2021年5月15日前",
                "已销号",
            ],
            [
                "5",
                "全镇",
                "部分农户院落内外脏乱",
                "开展“美丽庭院”评比，每月通报",
                "各嘎查村",
                "长期坚持",
                "持续整改",
            ],
        ],
        after=[
            "公示期为5个工作日（2021年5月6日至5月12日）。对公示内容有异议的，请向镇人居环境整治办公室反映。",
            "监督电话：0475-4321234",
            "东明镇人民政府",
            "2021年5月6日",
        ],
    )


DOCUMENTS["jianghai_2023_petitions_xlsx"] = (
    "江海区边督边改公开情况一览表（第三批）.xlsx",
    _jianghai_petitions_xlsx,
)
DOCUMENTS["lunan_2022_xiaoshan_creation_wechat"] = (
    "小山街道创城问题立行立改.txt",
    _text("lunan_2022_xiaoshan_creation_wechat"),
)
DOCUMENTS["jiangling_2020_sanhe_cells"] = (
    "三河街道创卫问题整改清单.txt",
    _text("jiangling_2020_sanhe_cells"),
)
DOCUMENTS["beimeng_2019_sanitary_recheck_docx"] = (
    "北蒙街道创卫复审问题整改落实情况.docx",
    _beimeng_sanitary_recheck_docx,
)
DOCUMENTS["yuyang_2022_civilization_pdf"] = (
    "榆阳区创文督导反馈问题整改落实情况.pdf",
    _yuyang_civilization_pdf,
)
DOCUMENTS["shouning_2022_nanyang_river_bars"] = (
    "南阳镇巡河发现问题整改情况公示.txt",
    _text("shouning_2022_nanyang_river_bars"),
)
DOCUMENTS["dongming_2021_environment_closure_docx"] = (
    "东明镇人居环境整治问题整改销号清单公示.docx",
    _dongming_environment_closure_docx,
)

# The seventy-first blind set, for the figure recorded in docs/decisions.md (“Blind set 71”).
BLIND_71 = (
    "jianghai_2023_petitions_xlsx",
    "lunan_2022_xiaoshan_creation_wechat",
    "jiangling_2020_sanhe_cells",
    "beimeng_2019_sanitary_recheck_docx",
    "yuyang_2022_civilization_pdf",
    "shouning_2022_nanyang_river_bars",
    "dongming_2021_environment_closure_docx",
)
BLIND_SETS[71] = BLIND_71


# --- blind set 73 (issue 14, branch corpus-blind73) -----------------------------------------------
# Mixed, fifth round, in search order: what a search for 整改任务清单 / 整改落实情况公示 / 销号 returns
# for inspections of several kinds — a 省级督察 信访件 验收销号台账 as a workbook, a 人大 执法检查
# 问题整改清单 in Word with group rows, a 省级督察 整改任务清单 as a PDF table, a 黄河 河道砂场
# 整改落实情况 page copied one cell per line, a 镇 审计整改 table with the category merged down, and a
# 第三轮省级督察 整改落实情况 公示 whose units and limits sit in brackets after each problem. Written
# with their expected JSON BEFORE the reader was run on them; sources in SOURCES.md (“Blind set 73”).


def _boshan_petition_closure_xlsx() -> bytes:
    """博山区 (山东 淄博): the 第三轮省级生态环境保护督察 信访件交办件 验收销号 as the district set it up
    (2025-11-21: 销号台账模板, 区级验收, 区级媒体公示, 市级复核); the ledger's five cases are ours."""
    header = [
        "序号",
        "交办批次及编号",
        "镇（街道）",
        "信访反映问题",
        "整改措施",
        "责任单位",
        "验收部门",
        "整改时限",
        "整改完成情况",
        "是否具备销号条件",
    ]
    title = "博山区第三轮省级生态环境保护督察信访件交办件验收销号台账"
    book, sheet = _titled_sheet("销号台账", title, header)
    sheet.insert_rows(2)
    sheet["A2"] = "填报单位（盖章）：博山区生态环境保护委员会办公室"
    sheet["H2"] = "填报时间：2025年11月28日"
    rows = [
        [
            1,
            "第1批 SD2025040012",
            "域城镇",
            "域城镇某陶瓷企业夜间生产噪声扰民，窑炉烟气有异味",
            "1.对企业厂界噪声和窑炉废气开展监测；2.督促企业更换低噪声风机并加装隔声罩；3.调整夜间生产作业时段",
            "域城镇人民政府",
            "市生态环境局博山分局",
            "2025年6月30日",
            "已完成整改，复测结果达标",
            "是",
        ],
        [
            2,
            "第2批 SD2025040057",
            "山头街道",
            "山头街道某小区东侧河道有生活污水流入",
            "1.排查周边雨污管网；\n2.对错接混接管道进行改造；\n3.将该河段纳入街道河长日常巡查",
            "山头街道办事处、区住房和城乡建设局",
            "区水利局",
            "2025年9月30日",
            "已完成整改",
            "是",
        ],
        [
            3,
            "第3批 SD2025050103",
            "八陡镇",
            "八陡镇某废弃矿山宕口未修复，大风天气扬尘较大",
            "1.编制生态修复方案；\n2.实施边坡治理；\n3.对宕口覆土复绿",
            "八陡镇人民政府",
            "区自然资源局",
            "2025年12月31日",
            "正在整改，已完成覆绿约60%",
            "否",
        ],
        [
            4,
            "第3批 SD2025050118",
            "城东街道",
            "城东街道某餐饮店油烟直排，影响楼上居民",
            "督促商户安装油烟净化设施并定期清洗",
            "城东街道办事处",
            "区综合行政执法局",
            "立行立改",
            "已完成整改",
            "是",
        ],
        [
            5,
            "第5批 SD2025050236",
            "石马镇",
            "石马镇某养殖场粪污未经处理外排",
            "1.责令养殖场停止排放；\n2.建设防渗粪污储存池；\n3.粪污经发酵后还田利用",
            "石马镇人民政府",
            "区畜牧渔业服务中心",
            "2025年10月31日",
            "已完成整改",
            "是",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append(["填报人：                审核人：                联系电话："])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header))
    return _book_bytes(book)


def _huantai_solid_waste_inspection_docx() -> bytes:
    """桓台县 (山东 淄博): the 市人大城环委's 先期执法检查 of 固体废物污染环境防治 laws (危险废物产生单位、
    工业固体废物堆场、医疗废物 points; 问题清单 and 整改要求) as a county's 整改清单 in Word, group rows
    by kind of point; the year, points, problems, units and limits are ours."""
    return _table_docx(
        [
            "桓台县贯彻实施固体废物污染环境防治法律法规执法检查发现问题整改清单",
            "根据淄博市人大常委会《关于对全市贯彻实施固体废物污染环境防治法律法规情况进行专项执法检查的工作方案》安排，"
            "市人大城环委组织市生态环境局有关科室和专家对我县开展了先期执法检查，重点检查了危险废物产生单位、"
            "工业固体废物堆场、医疗废物等点位，建立了问题清单，提出了整改要求。请各牵头单位会同配合单位抓好整改，"
            "每月25日前将整改进展报县人大常委会城建环保工委。",
        ],
        ["序号", "检查点位", "存在问题", "整改要求", "牵头单位", "配合单位", "整改时限"],
        [
            "一、危险废物产生单位",
            [
                "1",
                "马桥镇某化工企业",
                "危险废物贮存间防渗层破损，标识标签不规范",
                "（1）修复贮存间防渗层；（2）按规范设置危险废物识别标志；（3）完善危险废物管理台账",
                "市生态环境局桓台分局",
                "马桥镇人民政府",
                "2021年9月30日前",
            ],
            [
                "2",
                "果里镇某铸造企业",
                "危险废物管理计划未备案，转移联单填写不完整",
                "（1）督促企业完成管理计划备案；（2）规范填写危险废物转移联单",
                "市生态环境局桓台分局",
                "果里镇人民政府",
                "2021年8月31日前",
            ],
            "二、工业固体废物堆场",
            [
                "3",
                "新城镇某建材企业",
                "炉渣露天堆放，未采取防扬散、防流失措施",
                "（1）建设封闭式堆棚；（2）硬化堆场地面并设置导流沟",
                "新城镇人民政府",
                "县工业和信息化局",
                "2021年10月31日前",
            ],
            [
                "4",
                "起凤镇某废弃物堆放点",
                "一般工业固体废物与生活垃圾混堆",
                "立即清理混堆废物，分类运至合规场所处置",
                "起凤镇人民政府",
                "县综合行政执法局",
                "立即整改",
            ],
            "三、医疗废物",
            [
                "5",
                "部分镇卫生院",
                "医疗废物暂存点未上锁，交接记录不全",
                "（1）规范暂存点管理，专人上锁；（2）完善医疗废物交接登记；（3）开展医疗废物管理培训",
                "县卫生健康局",
                "各镇（街道）",
                "2021年7月31日前",
            ],
        ],
        after=["桓台县人大常委会办公室", "2021年6月25日"],
    )


def _muchuan_provincial_inspection_pdf() -> bytes:
    """沐川县 (四川 乐山): 第二轮第三批省级生态环境保护督察 (反馈 to 乐山 from 2021-02-24; 整改任务清单
    within 30 working days) — the county's 整改任务清单 as a PDF table; its five tasks are ours."""
    header = ["序号", "督察反馈问题", "整改目标", "整改措施", "责任领导", "牵头单位", "配合单位", "完成时限"]
    rows = [
        [
            "1",
            "沐溪河部分河段生活污水直排，县城污水管网雨污分流不彻底",
            "沐溪河县城段无生活污水直排口，水质稳定达到Ⅲ类",
            "1.排查沐溪河沿线排污口并建立台账；2.实施县城老旧片区雨污分流改造；3.加强排污口日常监管",
            "县政府分管副县长",
            "县住房城乡建设局",
            "县水务局、乐山市生态环境局沐川分局、沐溪镇人民政府",
            "2022年12月31日前",
        ],
        [
            "2",
            "部分乡镇生活垃圾中转站渗滤液收集处理不到位",
            "乡镇生活垃圾中转站渗滤液全部收集处理",
            "1.完善中转站渗滤液收集池；2.渗滤液定期转运至县污水处理厂处理",
            "县政府分管副县长",
            "县住房城乡建设局",
            "各乡镇人民政府",
            "2021年12月31日前",
        ],
        [
            "3",
            "畜禽养殖粪污资源化利用率不高，个别规模养殖场粪污处理设施不完善",
            "规模养殖场粪污处理设施装备配套率达到100%",
            "1.开展规模养殖场粪污处理设施排查；2.督促设施不完善的养殖场限期整改；3.推广种养结合、粪污还田",
            "县政府分管副县长",
            "县农业农村局",
            "乐山市生态环境局沐川分局、各乡镇人民政府",
            "2021年10月31日前，长期坚持",
        ],
        [
            "4",
            "部分砂石加工企业扬尘防治措施落实不到位",
            "砂石加工企业扬尘防治措施全面落实",
            "1.对砂石加工企业开展专项检查；2.督促企业落实堆场覆盖、喷淋降尘等措施",
            "县政府分管副县长",
            "县经济和信息化局",
            "乐山市生态环境局沐川分局、县自然资源局",
            "立行立改",
        ],
        [
            "5",
            "自然保护地内历史遗留小水电站生态流量泄放不足",
            "小水电站生态流量足额泄放并实现在线监控",
            "1.逐站核定生态流量；2.完善泄放设施和在线监测装置；3.对不达标电站依法处置",
            "县政府分管副县长",
            "县水务局",
            "县林业局、县发展改革局",
            "2022年6月30日前",
        ],
    ]
    return _pdf_table(
        ["附件", "沐川县贯彻落实第二轮第三批省级生态环境保护督察反馈意见整改任务清单"],
        header,
        rows,
        widths=(10, 46, 36, 64, 22, 26, 44, 28),
    )


def _guancheng_audit_rectification_docx() -> bytes:
    """莘县 观城镇 (山东 聊城): the 县审计组's audit of the town (from 2018-11-12) and its 整改 as
    reported; the town's 整改落实情况表 in Word, the category merged down, its five problems ours."""
    document = docx.Document()
    for line in (
        "观城镇审计发现问题整改落实情况表",
        "2018年11月12日，县审计组进驻我镇开展审计。针对审计发现的问题，镇党委、政府召开专题会议研究整改，"
        "逐项明确整改措施、责任单位、责任人和整改期限，并以本次审计为契机开展自查自纠。现将整改落实情况报告如下：",
    ):
        document.add_paragraph(line)
    header = ["序号", "问题类别", "审计发现问题", "整改措施", "责任单位", "责任人", "整改期限", "整改情况"]
    rows = [
        [
            "1",
            "财务管理",
            "部分会计凭证后附原始单据不完整，个别支出无经办人签字",
            "1.对2017年以来会计凭证逐笔核查，补齐原始单据和签字手续；\n2.严格执行支出审批制度",
            "镇财政所",
            "财政所所长",
            "2018年12月31日前",
            "已整改",
        ],
        [
            "2",
            "财务管理",
            "往来款项长期挂账未清理",
            "1.逐笔清理往来款项；\n2.对确实无法收回的按程序报批核销",
            "镇财政所",
            "财政所所长",
            "2019年3月31日前",
            "正在整改，已清理往来款12笔",
        ],
        [
            "3",
            "资产管理",
            "固定资产账实不符，部分资产未入账",
            "1.开展固定资产全面清查；\n2.将未入账资产登记入账；\n3.建立资产管理台账",
            "镇党政办、镇财政所",
            "党政办主任",
            "2018年12月31日前",
            "已整改",
        ],
        [
            "4",
            "项目管理",
            "部分村级道路工程未办理竣工验收即支付工程款",
            "1.补办竣工验收手续；\n2.今后工程款凭验收报告支付",
            "镇规划建设办",
            "规划建设办主任",
            "2018年12月20日前",
            "已整改",
        ],
        [
            "5",
            "项目管理",
            "村级公益事业“一事一议”项目资料归档不全",
            "完善项目议事、公示、验收资料并归档",
            "镇经管站",
            "经管站站长",
            "立行立改",
            "已整改",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _merge_down(table, 1, 1, 2)
    _merge_down(table, 1, 4, 5)
    for line in ("中共观城镇委员会　观城镇人民政府", "2018年11月28日"):
        document.add_paragraph(line)
    return _save(document)


DOCUMENTS["boshan_2025_petition_closure_xlsx"] = (
    "博山区第三轮省级督察信访件验收销号台账.xlsx",
    _boshan_petition_closure_xlsx,
)
DOCUMENTS["huantai_2021_solid_waste_inspection_docx"] = (
    "固废法执法检查发现问题整改清单.docx",
    _huantai_solid_waste_inspection_docx,
)
DOCUMENTS["muchuan_2021_provincial_inspection_pdf"] = (
    "沐川县省级生态环境保护督察反馈意见整改任务清单.pdf",
    _muchuan_provincial_inspection_pdf,
)
DOCUMENTS["yichuan_2018_yellow_river_sand_cells"] = (
    "黄河宜川段河道砂场清理整治问题整改落实情况公示.txt",
    _text("yichuan_2018_yellow_river_sand_cells"),
)
DOCUMENTS["guancheng_2018_audit_rectification_docx"] = (
    "观城镇审计发现问题整改落实情况表.docx",
    _guancheng_audit_rectification_docx,
)
DOCUMENTS["jingtai_2025_provincial_inspection_page"] = (
    "景泰县第三轮省级生态环境保护督察反馈问题整改落实情况公示.txt",
    _text("jingtai_2025_provincial_inspection_page"),
)

# The seventy-third blind set, for the figure recorded in docs/decisions.md (“Blind set 73”).
BLIND_73 = (
    "boshan_2025_petition_closure_xlsx",
    "huantai_2021_solid_waste_inspection_docx",
    "muchuan_2021_provincial_inspection_pdf",
    "yichuan_2018_yellow_river_sand_cells",
    "guancheng_2018_audit_rectification_docx",
    "jingtai_2025_provincial_inspection_page",
)
BLIND_SETS[73] = BLIND_73


# --- blind set 74 (issue 14, branch corpus-blind74) -----------------------------------------------
# Excel ledgers and task workbooks, sixth round: 隐患整改台账, 月排查汇总表, 自建房挂销号台账, 燃气排查整治
# 台账 (a CSV export), 燃气安全隐患台账 and 检查问题整改销号清单 as districts, a township and a county
# office keep them — a 说明 sheet, one sheet per 片区 or batch, a 汇总 sheet of counts, title and 填报
# lines above a header over two rows, group rows (一、…), a company or problem merged down (a problem
# split over two task rows), a hidden 联系电话 column and a blank spacer column, 合计 rows, notes below,
# dates as date cells, a bare serial, text (dotted, slashed, year-less, 立即整改) and a 完成时间 /
# 销号时间 column that is no limit. Places and facts as published (SOURCES.md “Blind set 74”); rows ours.


def _tunxi_park_hazard_lookback_ledger_xlsx() -> bytes:
    """屯溪区 (安徽 黄山) 安委会办公室 with 阳湖镇、区科技经信局、区消防救援大队 and 九龙园区: the “回头看”
    of the 4月11日—14日 九龙园区 安全生产大排查大整治 (九龙片区 101家 515 problems, 帅鑫片区 37家 61)
    as the ledger: a 说明 sheet, one sheet per 片区, 整改责任 over 牵头单位 | 配合单位, a hidden 联系电话
    column, 整改情况 over 是否完成 | 完成时间 (a date that is no limit), a company merged down, 合计."""
    import datetime

    import openpyxl

    upper = [
        "序号",
        "企业名称",
        "问题隐患",
        "整改措施",
        "整改责任",
        None,
        "整改时限",
        "联系电话",
        "整改情况",
        None,
        "备注",
    ]
    lower = [None, None, None, None, "牵头单位", "配合单位", None, None, "是否完成", "完成时间", None]
    width = len(upper)
    areas = (
        (
            "九龙片区",
            "第一、二组",
            [
                [
                    1,
                    "黄山某新材料有限公司",
                    "危化品仓库未使用防爆型照明灯具。",
                    "1.更换防爆型灯具；\n2.完善危化品仓库安全管理制度。",
                    "区应急局",
                    "九龙园区",
                    datetime.datetime(2023, 5, 15),
                    "0559-25xxxx1",
                    "是",
                    datetime.datetime(2023, 5, 10),
                    None,
                ],
                [
                    2,
                    None,
                    "生产车间安全出口被货物堵塞。",
                    "立即清理安全出口。",
                    "区消防救援大队",
                    "九龙园区",
                    "立即整改",
                    None,
                    "是",
                    datetime.datetime(2023, 4, 14),
                    None,
                ],
                [
                    3,
                    "黄山某电子有限公司",
                    "配电箱未张贴警示标识，部分线路私拉乱接。",
                    "1.张贴警示标识；\n2.规范敷设线路；\n3.开展用电安全自查。",
                    "区科技经信局",
                    "九龙园区、阳湖镇",
                    datetime.datetime(2023, 5, 31),
                    "0559-25xxxx2",
                    "否",
                    None,
                    "线路改造施工中",
                ],
                [
                    4,
                    "黄山某食品有限公司",
                    "有限空间作业未履行审批，未配备气体检测仪。",
                    "1.建立有限空间作业审批制度；\n2.配备气体检测仪。",
                    "区应急局",
                    "区市场监管局",
                    datetime.datetime(2023, 5, 31),
                    "0559-25xxxx3",
                    "是",
                    datetime.datetime(2023, 5, 20),
                    None,
                ],
            ],
            "合计：检查企业101家，需整改问题515个，已整改完成479个，未整改到位36个。",
        ),
        (
            "帅鑫片区",
            "第三组",
            [
                [
                    1,
                    "黄山某机械有限公司",
                    "叉车司机无证上岗。",
                    "1.组织叉车司机参加培训取证；\n2.取证前停止无证人员作业。",
                    "区市场监管局",
                    "九龙园区",
                    datetime.datetime(2023, 6, 30),
                    "0559-25xxxx4",
                    "否",
                    None,
                    None,
                ],
                [
                    2,
                    "黄山某包装有限公司",
                    "消防器材过期未检。",
                    "更换过期灭火器并委托维保单位检测。",
                    "区消防救援大队",
                    "九龙园区",
                    datetime.datetime(2023, 5, 15),
                    "0559-25xxxx5",
                    "是",
                    datetime.datetime(2023, 5, 8),
                    None,
                ],
            ],
            "合计：检查企业37家，需整改问题61个，已整改完成56个，未整改到位5个。",
        ),
    )
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    for line in (
        "填表说明",
        "1.本台账按片区分表填报，序号逐表编排。",
        "2.“是否完成”填“是”或“否”，“完成时间”以督查组现场复核时间为准。",
        "3.未整改到位的，写明原因并在备注栏注明。",
    ):
        notes.append([line])
    for name, group, rows, total in areas:
        sheet = book.create_sheet(name)
        _b64_across(sheet, f"九龙园区安全生产大排查大整治问题隐患整改“回头看”台账（{name}）", width)
        sheet.append(
            [
                "填报单位：区安委会办公室（联合督查" + group + "）",
                None,
                None,
                None,
                None,
                None,
                "填报时间：2023年5月22日",
            ]
        )
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=6)
        sheet.merge_cells(start_row=2, start_column=7, end_row=2, end_column=width)
        _merged_header(sheet, 3, upper, lower)
        for row in rows:
            sheet.append(row)
            for column in (7, 10):
                sheet.cell(row=sheet.max_row, column=column).number_format = "yyyy-mm-dd"
        if name == "九龙片区":
            sheet.merge_cells(start_row=5, start_column=2, end_row=6, end_column=2)
        sheet.column_dimensions["H"].hidden = True
        _b64_across(sheet, total, width)
        _b64_across(
            sheet, "注：未整改到位的问题由属地和行业部门跟踪督办，逾期未整改的依法责令停产停业整顿。", width
        )
    return _book_bytes(book)


def _datong_monthly_hazard_summary_xls() -> bytes:
    """大通区 (安徽 淮南) 安委会办公室 大安办〔2020〕27号 (2020-10-23): 十月份 安全隐患月排查月报送, 6家单位
    8处隐患 (上窑镇 1家1处, 区教体局 5家7处), the other 乡镇 and departments reporting none, as its 附件一
    in an old .xls (xlwt): the 附件 line, title, 填报 row, group rows per reporting unit, a school
    merged down over its two hazards, a hidden 联系电话 column, text dates (dotted, 立即整改, “…前”),
    合计, a note."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("附件一")
    header = [
        "序号",
        "隐患单位",
        "隐患内容",
        "整改措施",
        "整改责任单位",
        "责任人",
        "联系电话",
        "整改时限",
        "整改情况",
    ]
    width = len(header)
    sheet.write(0, 0, "附件一")
    sheet.write_merge(1, 1, 0, width - 1, "大通区2020年10月份安全隐患月排查月报送汇总表")
    sheet.write_merge(2, 2, 0, 4, "填报单位：大通区安全生产委员会办公室")
    sheet.write_merge(2, 2, 5, width - 1, "填报时间：2020年10月23日")
    for k, label in enumerate(header):
        sheet.write(3, k, label)
    wrapped = xlwt.easyxf("align: wrap on, vert centre")
    body = [
        "一、上窑镇（1家单位1处隐患）",
        [
            1,
            "上窑镇某石料厂",
            "厂区道路一侧边坡有浮石，存在落石风险。",
            "1.清理边坡浮石；\n2.设置警示标志和防护网。",
            "上窑镇人民政府",
            "周某",
            "1395xxxx001",
            "2020.11.30",
            "正在整改",
        ],
        "二、区教体局（5家单位7处隐患）",
        [
            2,
            "大通区某中学",
            "学生宿舍楼部分应急照明灯损坏。",
            "更换损坏的应急照明灯。",
            "区教体局",
            "孙某",
            "1395xxxx002",
            "立即整改",
            "已整改",
        ],
        [
            3,
            None,
            "实验室化学试剂未实行双人双锁管理。",
            "1.设立危险化学品专柜；\n2.落实双人双锁管理。",
            "区教体局",
            "孙某",
            None,
            "2020.11.15",
            "已整改",
        ],
        [
            4,
            "大通区某小学",
            "校园围墙局部开裂倾斜。",
            "1.设置警戒区域；\n2.拆除重建开裂围墙。",
            "区教体局",
            "吴某",
            "1395xxxx003",
            "2020.12.31",
            "正在整改",
        ],
        [
            5,
            "大通区某幼儿园",
            "厨房液化气钢瓶与灶具间距不足。",
            "调整钢瓶摆放位置。",
            "区教体局",
            "郑某",
            "1395xxxx004",
            "立即整改",
            "已整改",
        ],
        [
            6,
            "大通区某九年一贯制学校",
            "教学楼消防通道堆放杂物。",
            "立即清理杂物。",
            "区教体局",
            "冯某",
            "1395xxxx005",
            "立即整改",
            "已整改",
        ],
        [
            7,
            None,
            "室内消火栓水压不足。",
            "1.检修消防水泵；\n2.委托维保单位检测。",
            "区教体局",
            "冯某",
            None,
            "2020.11.30",
            "正在整改",
        ],
        [
            8,
            "大通区某中心学校",
            "部分教室电线老化。",
            "更换老化线路。",
            "区教体局",
            "陈某",
            "1395xxxx006",
            "2021年1月31日前",
            "正在整改",
        ],
    ]
    r = 4
    merges = {3: 2, 7: 6}  # row number -> the row above it, where its school was written
    first_row = {}
    for item in body:
        if isinstance(item, str):
            sheet.write_merge(r, r, 0, width - 1, item)
        else:
            first_row[item[0]] = r
            if item[0] not in merges:
                sheet.write(r, 1, item[1], wrapped)
            for k, value in enumerate(item):
                if k != 1 and value is not None:
                    sheet.write(r, k, value, wrapped)
        r += 1
    for number, above in merges.items():
        # the school is written once over its two hazards: rewrite it as one merged cell
        top = first_row[above]
        sheet.merge(top, first_row[number], 1, 1)
    sheet.write(r, 0, "合计")
    sheet.write_merge(r, r, 1, width - 1, "6家单位8处隐患（已整改4处，正在整改4处）")
    sheet.write_merge(
        r + 1, r + 1, 0, width - 1, "注：请各责任单位按期整改到位，整改进展于每月20日前报区安委会办公室。"
    )
    sheet.col(6).hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _shuiping_selfbuilt_house_ledger_xlsx() -> bytes:
    """竹溪县水坪镇 (湖北 十堰) 自建房安全隐患排查整治: 1万5千余户 排查 and entered in the 湖北省房屋建筑和
    市政设施调查系统, the 经营性自建房 with hazards put through a “百日攻坚” and 挂销号管理 — as the
    township's ledger: a 汇总 sheet of counts (no problems), one sheet per batch, 房屋基本信息 over four
    columns, a blank spacer column, dates as cells (yyyy/m/d), 立即整改 and text, 销号情况 over 是否销号 |
    销号时间 (no limit), a 说明 row and a 填表人 line."""
    import datetime

    import openpyxl

    upper = [
        "序号",
        "房屋基本信息",
        None,
        None,
        None,
        None,
        "隐患情况",
        "整治措施",
        "责任单位",
        "包保责任人",
        "整治时限",
        "销号情况",
        None,
    ]
    lower = [
        None,
        "户主",
        "房屋地址",
        "层数",
        "经营用途",
        None,
        None,
        None,
        None,
        None,
        None,
        "是否销号",
        "销号时间",
    ]
    width = len(upper)
    batches = (
        (
            "第一批",
            [
                [
                    1,
                    "张某",
                    "水坪镇某村2组",
                    3,
                    "农家乐",
                    None,
                    "一层墙体有竖向裂缝，未做房屋安全鉴定。",
                    "1.委托有资质机构开展安全鉴定；\n2.鉴定前停止经营。",
                    "水坪镇人民政府",
                    "李某",
                    datetime.datetime(2022, 8, 31),
                    "是",
                    datetime.datetime(2022, 8, 25),
                ],
                [
                    2,
                    "王某",
                    "水坪镇某村5组",
                    4,
                    "小旅馆",
                    None,
                    "擅自加层，加层部分为轻钢结构。",
                    "1.停止使用加层部分；\n2.拆除违规加层。",
                    "水坪镇人民政府、县住建局",
                    "陈某",
                    datetime.datetime(2022, 9, 30),
                    "否",
                    None,
                ],
                [
                    3,
                    "刘某",
                    "水坪镇集镇某街",
                    3,
                    "商铺",
                    None,
                    "疏散楼梯被杂物占用，未配备灭火器。",
                    "清理楼梯杂物，配齐灭火器。",
                    "水坪镇人民政府",
                    "李某",
                    "立即整改",
                    "是",
                    datetime.datetime(2022, 7, 20),
                ],
            ],
        ),
        (
            "第二批",
            [
                [
                    1,
                    "赵某",
                    "水坪镇某村1组",
                    3,
                    "餐饮",
                    None,
                    "后厨与住人区域未有效分隔。",
                    "1.设置防火分隔；\n2.住人区域搬离经营楼层。",
                    "水坪镇人民政府、县消防救援大队",
                    "陈某",
                    "2022年10月底前",
                    "否",
                    None,
                ],
                [
                    2,
                    "孙某",
                    "水坪镇某村4组",
                    2,
                    "小作坊",
                    None,
                    "屋面预制板锈蚀露筋。",
                    "1.开展房屋安全鉴定；\n2.按鉴定结论加固或停用。",
                    "水坪镇人民政府",
                    "李某",
                    "2022.10.31",
                    "否",
                    None,
                ],
            ],
        ),
    )
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["水坪镇自建房安全隐患排查整治情况汇总"])
    summary.append(
        ["序号", "批次", "排查自建房（户）", "经营性自建房（户）", "存在隐患（户）", "已整治销号（户）"]
    )
    summary.append([1, "第一批", 8620, 214, 3, 2])
    summary.append([2, "第二批", 6930, 158, 2, 0])
    summary.append(["合计", None, 15550, 372, 5, 2])
    for name, rows in batches:
        sheet = book.create_sheet(name)
        _b64_across(sheet, f"水坪镇经营性自建房安全隐患整治挂销号台账（{name}）", width)
        _b64_across(sheet, "填报单位：水坪镇自建房安全专项整治工作专班　　　　填报时间：2022年9月5日", width)
        _merged_header(sheet, 3, upper, lower)
        for row in rows:
            sheet.append(row)
            for column in (11, 13):
                sheet.cell(row=sheet.max_row, column=column).number_format = "yyyy/m/d"
        sheet.column_dimensions["F"].width = 2
        _b64_across(sheet, "说明：整治完成后由镇专班现场复核，符合要求的予以销号。", width)
        sheet.append(["填表人：", None, None, None, None, None, "审核人：", None, None, "联系电话："])
    return _book_bytes(book)


def _ningjin_catering_gas_ledger_csv() -> bytes:
    """宁晋县 (河北 邢台) 住建局燃气办 餐饮行业燃气安全排查整治 (from 2022-01-01: 191家 checked, 130份 整改
    通知, 207处 隐患 removed, 4家 shut) as the ledger exported to CSV (GBK, as Excel saves it here): the
    title and 填报 lines, 整改要求 numbered inside one cell, slashed dates 2022/1/20 as the export writes
    date cells, 立即整改, a 合计 line and a note."""
    import csv

    rows = [
        ["宁晋县餐饮行业燃气安全排查整治问题台账", "", "", "", "", "", "", "", "", ""],
        ["填报单位：县住建局燃气办", "", "", "", "", "", "填报时间：2022/2/28", "", "", ""],
        [
            "序号",
            "餐饮单位名称",
            "所在乡镇",
            "存在隐患",
            "整改要求",
            "整改通知书编号",
            "责任单位",
            "整改期限",
            "整改状态",
            "备注",
        ],
        [
            "1",
            "宁晋县某饭店",
            "凤凰镇",
            "未安装燃气泄漏报警装置",
            "1.安装可燃气体报警器；2.报警器与紧急切断阀联动",
            "宁燃整〔2022〕012号",
            "县住建局燃气办",
            "2022/1/20",
            "已整改",
            "",
        ],
        [
            "2",
            "宁晋县某快餐店",
            "凤凰镇",
            "燃气软管老化开裂",
            "更换为金属波纹管",
            "宁燃整〔2022〕015号",
            "县住建局燃气办",
            "立即整改",
            "已整改",
            "",
        ],
        [
            "3",
            "宁晋县某烧烤店",
            "贾家口镇",
            "液化石油气钢瓶存放于地下室",
            "1.钢瓶移至地上通风处；2.清理地下室易燃物；3.开展员工用气安全培训",
            "宁燃整〔2022〕031号",
            "县住建局燃气办、贾家口镇人民政府",
            "2022/2/15",
            "整改中",
            "复查未通过",
        ],
        [
            "4",
            "宁晋县某酒楼",
            "凤凰镇",
            "使用超期未检气瓶",
            "停止使用超期气瓶并退回充装单位",
            "宁燃整〔2022〕036号",
            "县住建局燃气办",
            "2022/1/25",
            "已整改",
            "",
        ],
        [
            "5",
            "宁晋县某面馆",
            "四芝兰镇",
            "厨房未配备灭火器材",
            "配备灭火器和灭火毯",
            "宁燃整〔2022〕040号",
            "县住建局燃气办、县消防救援大队",
            "2022/1/31",
            "已整改",
            "",
        ],
        ["合计", "", "", "隐患5处", "", "", "", "", "已整改4处，整改中1处", ""],
        [
            "注：整改状态按“已整改”“整改中”填写，复查通过后方可填“已整改”。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("gbk")


def _beihu_gas_hazard_ledger_xlsx() -> bytes:
    """北湖区 (湖南 郴州) 燃气安全专项整治 (2023: 13家 燃气经营企业, 2047家 餐饮门店 checked, 4086处 隐患,
    整改率100%; 六角坝、兴隆步行街、三里田 供应站点 moved; 安和、石盖塘街道 new 网点; 保和瑶族乡 new
    站点) as the 隐患整改台账: group rows per 街道 / 乡, 整改责任 over 责任单位 | 责任人, a problem split
    over two task rows (the problem merged down, each task its own unit and limit), date cells and one
    bare serial number, 整改状态, a 合计 row and a 备注 line."""
    import datetime

    import openpyxl

    upper = ["序号", "检查对象", "隐患问题", "整改措施", "整改责任", None, "整改时限", "整改状态"]
    lower = [None, None, None, None, "责任单位", "责任人", None, None]
    width = len(upper)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "隐患台账"
    _b64_across(sheet, "北湖区燃气安全专项整治隐患整改台账", width)
    _b64_across(sheet, "填报单位：区燃气安全专业委员会办公室　　　　填报时间：2023年11月20日", width)
    _merged_header(sheet, 3, upper, lower)
    body = [
        "一、安和街道",
        [
            1,
            "六角坝瓶装液化石油气供应站",
            "供应站位于居民密集区，与周边建筑安全间距不足。",
            "1.另行选址建设供应站点",
            "区城管局",
            "黄某",
            datetime.datetime(2023, 9, 30),
            "已整改",
        ],
        [
            None,
            None,
            None,
            "2.原站点停止经营并清运气瓶",
            "安和街道办事处",
            "曹某",
            datetime.datetime(2023, 10, 15),
            "已整改",
        ],
        [
            2,
            "安和街道某餐饮店",
            "未安装燃气泄漏报警装置。",
            "安装燃气泄漏报警装置。",
            "安和街道办事处",
            "曹某",
            45260,
            "已整改",
        ],
        "二、石盖塘街道",
        [
            3,
            "兴隆步行街瓶装液化气供应点",
            "气瓶露天存放，未设置防晒设施。",
            "1.搬迁至合规场所；\n2.搬迁前设置遮阳棚。",
            "石盖塘街道办事处、区城管局",
            "谭某",
            datetime.datetime(2023, 10, 31),
            "已整改",
        ],
        [
            4,
            "某在建工地食堂",
            "燃气灶具无熄火保护装置。",
            "更换带熄火保护装置的灶具。",
            "区住建局",
            "邓某",
            datetime.datetime(2023, 11, 30),
            "整改中",
        ],
        "三、保和瑶族乡",
        [
            5,
            "保和瑶族乡某农家乐",
            "使用无合格证明的猛火灶。",
            "1.停用不合格猛火灶；\n2.更换合格灶具。",
            "保和瑶族乡人民政府、区市场监管局",
            "李某",
            datetime.datetime(2023, 11, 15),
            "已整改",
        ],
    ]
    for item in body:
        if isinstance(item, str):
            _b64_across(sheet, item, width)
            continue
        sheet.append(item)
        cell = sheet.cell(row=sheet.max_row, column=7)
        if not isinstance(cell.value, int):
            cell.number_format = 'yyyy"年"m"月"d"日"'
    # the 供应站 problem is written once over its two task rows
    for column in (1, 2, 3):
        sheet.merge_cells(start_row=6, start_column=column, end_row=7, end_column=column)
    sheet.append(["合计", None, "隐患5处，已整改4处，整改中1处"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=3, end_row=sheet.max_row, end_column=width)
    _b64_across(sheet, "备注：整改状态填“已整改”或“整改中”，整改中的隐患实行周调度。", width)
    return _book_bytes(book)


def _yulan_catering_check_closure_list_xlsx() -> bytes:
    """洞口县毓兰镇 (湖南 邵阳) 餐饮行业燃气安全和消防安全检查 (2024-04: 饭店、农庄; 燃气泄漏报警装置、
    液化石油气瓶是否合格、火源混用、波纹管; 消防器材配备不足; 限期整改 and 跟踪复查) as the 问题整改
    销号清单: a 说明 sheet, one sheet per batch, a plain header, year-less “4月20日前” (the title's
    year), dotted dates, 立即整改, 整改状态 and 销号情况 side by side."""
    import openpyxl

    header = [
        "序号",
        "场所名称",
        "负责人",
        "存在问题",
        "整改措施",
        "责任单位",
        "整改时限",
        "整改状态",
        "销号情况",
    ]
    width = len(header)
    batches = (
        (
            "第一批",
            "2024年4月12日",
            [
                [
                    1,
                    "毓兰镇某饭店",
                    "刘某",
                    "燃气泄漏报警装置不能正常使用。",
                    "维修或更换燃气泄漏报警装置。",
                    "镇应急管理办公室",
                    "4月20日前",
                    "已整改",
                    "已销号",
                ],
                [
                    2,
                    "毓兰镇某农庄",
                    "曾某",
                    "液化石油气瓶无充装合格标识。",
                    "1.停用无标识气瓶；\n2.到正规充装站换瓶。",
                    "镇应急管理办公室、镇市场监管所",
                    "立即整改",
                    "已整改",
                    "已销号",
                ],
                [
                    3,
                    "毓兰镇某生态农庄",
                    "肖某",
                    "厨房火源混用，柴火灶与液化气灶相邻。",
                    "1.柴火灶与燃气灶分区设置；\n2.清理灶台周边可燃物。",
                    "镇应急管理办公室",
                    "2024.4.30",
                    "整改中",
                    "未销号",
                ],
            ],
        ),
        (
            "第二批",
            "2024年4月26日",
            [
                [
                    1,
                    "毓兰镇某酒家",
                    "邓某",
                    "燃气连接管未使用金属波纹管。",
                    "更换为金属波纹管。",
                    "镇应急管理办公室",
                    "5月10日前",
                    "已整改",
                    "已销号",
                ],
                [
                    2,
                    "毓兰镇某饭庄",
                    "罗某",
                    "消防器材配备不足。",
                    "按营业面积配齐灭火器。",
                    "镇应急管理办公室",
                    "5月10日前",
                    "整改中",
                    "未销号",
                ],
            ],
        ),
    )
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    for line in (
        "说明",
        "1.本清单按检查批次分表，检查中发现的问题逐条登记。",
        "2.经营者整改完成后报镇应急管理办公室，复查合格后填“已销号”。",
    ):
        notes.append([line])
    for name, checked, rows in batches:
        sheet = book.create_sheet(name)
        _b64_across(sheet, f"毓兰镇2024年餐饮行业燃气和消防安全检查问题整改销号清单（{name}）", width)
        _b64_across(sheet, f"检查时间：{checked}　　　　检查单位：毓兰镇安全生产委员会办公室", width)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        sheet.append(["检查人员签字：", None, None, "场所负责人签字："])
    return _book_bytes(book)


for _name, _filename, _build in (
    (
        "tunxi_2023_park_hazard_lookback_ledger_xlsx",
        "九龙园区问题隐患整改回头看台账.xlsx",
        _tunxi_park_hazard_lookback_ledger_xlsx,
    ),
    (
        "datong_2020_monthly_hazard_summary_xls",
        "安全隐患月排查月报送汇总表.xls",
        _datong_monthly_hazard_summary_xls,
    ),
    (
        "shuiping_2022_selfbuilt_house_ledger_xlsx",
        "经营性自建房安全隐患整治挂销号台账.xlsx",
        _shuiping_selfbuilt_house_ledger_xlsx,
    ),
    (
        "ningjin_2022_catering_gas_ledger_csv",
        "餐饮行业燃气安全排查整治问题台账.csv",
        _ningjin_catering_gas_ledger_csv,
    ),
    ("beihu_2023_gas_hazard_ledger_xlsx", "燃气安全专项整治隐患整改台账.xlsx", _beihu_gas_hazard_ledger_xlsx),
    (
        "yulan_2024_catering_check_closure_list_xlsx",
        "餐饮行业燃气和消防安全检查问题整改销号清单.xlsx",
        _yulan_catering_check_closure_list_xlsx,
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The seventy-fourth blind set, for the figure recorded in docs/decisions.md (“Blind set 74”).
BLIND_74 = (
    "tunxi_2023_park_hazard_lookback_ledger_xlsx",
    "datong_2020_monthly_hazard_summary_xls",
    "shuiping_2022_selfbuilt_house_ledger_xlsx",
    "ningjin_2022_catering_gas_ledger_csv",
    "beihu_2023_gas_hazard_ledger_xlsx",
    "yulan_2024_catering_check_closure_list_xlsx",
)
BLIND_SETS[74] = BLIND_74


# --- blind set 70 (issue 14, branch corpus-blind70) -----------------------------------------------
# Per-problem forms, fourth round: one form a finding, several to a file: a 信访件办理情况表 four
# cells wide with ticked boxes, a 隐患整改督办单 printed without borders, a ruled four-cell 督办通知单
# in a PDF, a 交办问题整改销号表 whose forms are stacked in ONE table, a web 问题整改情况表 copied one
# cell a line, a 整改交办单 a page, and a PDF whose forms are set as label and value on one line.
# Written with their expected JSON BEFORE the reader was run on them; sources in SOURCES.md
# (“Blind set 70”).


def _ganyu_mailbox_case_forms() -> bytes:
    """赣榆区 (江苏 连云港) 区委书记信箱、区长信箱 four-month report (65 letters; 办理超期的单位 班庄镇、
    柘汪镇、城发集团) as the district office's Word 信访件办理情况表, one four-cell table a letter
    under its heading, 是否办结 as ticked boxes; the year, the letters and every cell are ours."""
    document = docx.Document()
    for line in (
        "赣榆区区长信箱超期办理信件办理情况表",
        "根据四月份区委书记信箱、区长信箱办理情况通报，现将办理超期信件的办理情况汇总如下。",
    ):
        document.add_paragraph(line)
    cases = [
        [
            ("序号", "1", "信件编号", "QZXX-2023-04-0112"),
            ("来信时间", "2023年4月6日", "信件类别", "求决"),
            ("反映问题", "班庄镇前集村至古城村道路路面破损严重，雨后积水，群众出行不便。"),
            ("承 办 单 位", "班庄镇人民政府", "协 办 单 位", "区交通运输局"),
            ("办理时限", "2023年4月20日", "实际办结时间", "2023年4月26日"),
            (
                "整改措施",
                "1.对破损路段进行灌缝修补；\n2.疏通道路两侧排水沟；\n3.将该路段纳入农村公路提档升级计划。",
            ),
            ("办理情况", "已修补破损路面约800平方米，疏通排水沟1.2公里，已电话回复来信人。"),
            ("是否办结", "☑是  □否"),
        ],
        [
            ("序号", "2", "信件编号", "QZXX-2023-04-0137"),
            ("来信时间", "2023年4月10日", "信件类别", "投诉"),
            ("反映问题", "柘汪镇临港产业区周边一处工地夜间施工，噪声扰民。"),
            ("承 办 单 位", "柘汪镇人民政府", "协 办 单 位", "区住房和城乡建设局"),
            ("办理时限", "2023年4月24日", "实际办结时间", "2023年4月28日"),
            ("整改措施", "1.约谈施工单位负责人；\n2.责令夜间22时至次日6时停止高噪声作业。"),
            ("办理情况", "施工单位已调整作业时间，经回访周边居民，未再发生夜间施工扰民。"),
            ("是否办结", "☑是  □否"),
        ],
        [
            ("序号", "3", "信件编号", "QZXX-2023-04-0158"),
            ("来信时间", "2023年4月17日", "信件类别", "求决"),
            ("反映问题", "城发集团开发的安置小区配套幼儿园建成后长期未交付使用。"),
            ("承 办 单 位", "区城发集团", "协 办 单 位", "区教育局"),
            ("办理时限", "2023年6月30日", "实际办结时间", ""),
            ("整改措施", "1.完成幼儿园消防验收；\n2.办理移交手续，交区教育局统筹办园。"),
            ("办理情况", "消防验收已完成，移交手续正在办理。"),
            ("是否办结", "□是  ☑否"),
        ],
    ]
    for number, rows in enumerate(cases, 1):
        document.add_paragraph(f"信访件办理情况表（{number}）")
        _four_cell_rows(document.add_table(rows=0, cols=4), rows)
        document.add_paragraph("")
    document.add_paragraph("赣榆区人民政府办公室")
    return _save(document)


def _tunxi_hazard_supervision_unruled_pdf() -> bytes:
    """屯溪区 (安徽 黄山) 安委会办公室 隐患整治“回头看” (九龙园区 安全生产大排查大整治 4月11日—14日:
    九龙片区 检查企业101家 需整改515个 已整改479个; 帅鑫片区 37家 61个 56个; 阳湖镇、区科技经信局、
    区消防救援大队 联合督查) as the office's Word 隐患整改督办单, two columns a form, printed without
    borders; the year, the companies, hazards and every cell are ours."""
    from tests.printed_pdf import printed_unruled

    document = docx.Document()
    forms = [
        (
            "屯安办督〔2023〕11号",
            [
                ("企业名称", "九龙园区某新材料有限公司"),
                ("问题隐患", "危险化学品仓库未设置可燃气体报警装置，防火分区内堆放杂物。"),
                (
                    "整改措施",
                    "1.安装可燃气体报警装置并接入值班室；\n2.清理仓库内杂物；\n3.完善出入库登记台账。",
                ),
                ("责任单位", "九龙园区管委会"),
                ("配合单位", "区科技经信局、区消防救援大队"),
                ("整改时限", "2023年5月15日"),
                ("整改情况", "报警装置已安装调试，杂物已清理，台账已建立。"),
                ("是否办结", "是"),
            ],
        ),
        (
            "屯安办督〔2023〕12号",
            [
                ("企业名称", "帅鑫片区某机械制造有限公司"),
                ("问题隐患", "车间疏散通道被成品占用，安全出口指示标志损坏。"),
                ("整改措施", "1.清理疏散通道；\n2.更换损坏的安全出口指示标志。"),
                ("责任单位", "九龙园区管委会"),
                ("配合单位", "区消防救援大队"),
                ("整改时限", "立即整改"),
                ("整改情况", "疏散通道已清理，指示标志已更换。"),
                ("是否办结", "是"),
            ],
        ),
        (
            "屯安办督〔2023〕13号",
            [
                ("企业名称", "阳湖镇某食品有限公司"),
                ("问题隐患", "液氨制冷车间泄漏报警与通风设施未联锁，应急预案未备案。"),
                ("整改措施", "1.实施报警与通风设施联锁改造；\n2.修订应急预案并备案；\n3.开展一次应急演练。"),
                ("责任单位", "阳湖镇人民政府"),
                ("配合单位", "区应急管理局"),
                ("整改时限", "2023年6月30日"),
                ("整改情况", "应急预案已备案，联锁改造正在施工。"),
                ("是否办结", "否"),
            ],
        ),
    ]
    for code, rows in forms:
        document.add_paragraph("屯溪区安全生产隐患整改督办单")
        document.add_paragraph(f"{code}                         督办日期：2023年4月20日")
        table = document.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph("")
    return printed_unruled(_save(document))


def _zhaoyang_safety_supervision_notice_pdf() -> bytes:
    """昭阳区 (云南 昭通) 安全生产综合督查第一组 (2022-04-11 至 14: 区住建局、教育体育局、城管综合执法局、
    市场监督管理局、道路运输管理分局、昭阳工业园区、苏甲乡、洒渔镇; 隐患和问题45条, 整改措施和意见85条;
    《昭阳区安全生产综合督查检查督办通知单》) as the group's PDF 督办通知单, a ruled four-cell form a
    page; the three notices' problems, requirements, limits and results are ours."""
    sheets = [
        [
            ("被督查单位", "苏甲乡人民政府", "督查时间", "2022年4月12日"),
            ("存在问题", "辖区一座小水电站厂房消防器材过期，值班记录不全，汛前检查未开展。"),
            (
                "整改措施及要求",
                "1.更换过期消防器材；\n2.规范值班记录；\n3.组织开展汛前安全检查并建立隐患台账。",
            ),
            ("整改责任单位", "苏甲乡人民政府", "整改责任人", "分管副乡长"),
            ("整改时限", "2022年4月30日", "是否整改完毕", "是"),
        ],
        [
            ("被督查单位", "洒渔镇人民政府", "督查时间", "2022年4月13日"),
            ("存在问题", "镇中心幼儿园厨房燃气管道老化，未安装燃气泄漏报警装置。"),
            ("整改措施及要求", "1.更换老化燃气管道；\n2.安装燃气泄漏报警装置。"),
            ("整改责任单位", "区教育体育局", "整改责任人", "分管副局长"),
            ("整改时限", "2022年5月20日", "是否整改完毕", "是"),
        ],
        [
            ("被督查单位", "昭阳工业园区管委会", "督查时间", "2022年4月14日"),
            ("存在问题", "园区一家家具厂喷漆房废气收集设施损坏，木粉尘清扫不及时。"),
            ("整改措施及要求", "1.修复废气收集设施；\n2.建立粉尘定时清扫制度；\n3.开展粉尘防爆专项培训。"),
            ("整改责任单位", "昭阳工业园区管委会", "整改责任人", "管委会副主任"),
            ("整改时限", "2022年6月30日", "是否整改完毕", "否"),
        ],
    ]
    title = "昭阳区安全生产综合督查检查督办通知单"
    issuer = "督查组：区安全生产综合督查第一组            反馈日期：2022年4月15日"
    footer = "督查组长（签字）：              被督查单位负责人（签字）："
    numbers = "（第1号）（第2号）（第3号）"
    cells = "".join(cell for sheet in sheets for row in sheet for cell in row)
    text = title + issuer + footer + numbers + cells
    with _cjk_pdf(text, landscape=False, size=10) as pdf:
        for number, sheet in enumerate(sheets, 1):
            if number > 1:
                pdf.add_page()
            pdf.multi_cell(0, 8, f"{title}（第{number}号）", new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.multi_cell(0, 7, issuer, new_x="LMARGIN", new_y="NEXT")
            with pdf.table(
                col_widths=(34, 62, 28, 56), text_align="LEFT", first_row_as_headings=False
            ) as table:
                for values in sheet:
                    row = table.row()
                    if len(values) == 2:
                        row.cell(values[0])
                        row.cell(values[1], colspan=3)
                    else:
                        for value in values:
                            row.cell(value)
            pdf.multi_cell(0, 9, footer, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


def _beiguan_assigned_problem_closure_table() -> bytes:
    """北关区 (河南 安阳) 区安委办 督导检查 (消防、住建、市场、养老机构、学校、文化娱乐场所、商超仓储;
    检查企业871家, 发现隐患问题711处, 下达督导通报17期; 台账管理、闭环整改、逐一销号) as the office's
    Word 交办问题整改销号表 with every form stacked in ONE two-column table, a merged title row
    opening each; the year, the problems and every cell are ours."""
    document = docx.Document()
    for line in (
        "北关区安全生产督导检查交办问题整改销号表",
        "填报单位：北关区安全生产委员会办公室                    填报时间：2024年7月10日",
    ):
        document.add_paragraph(line)
    forms = [
        [
            ("问题名称", "某商超仓储区货物堆放堵塞疏散通道，部分灭火器压力不足。"),
            ("问题来源", "区安委办督导通报第15期"),
            ("整改目标", "疏散通道畅通，消防器材完好有效。"),
            ("整改措施", "（1）清理仓储区占道货物；\n（2）更换压力不足的灭火器；\n（3）落实每日防火巡查。"),
            ("责任单位", "区市场监管局"),
            ("配合单位", "区消防救援大队"),
            ("责任领导", "李卫东（副区长）"),
            ("整改时限", "2024年6月底前"),
            ("整改情况", "占道货物已清理，灭火器已更换，防火巡查记录完整。"),
            ("是否办结", "是"),
        ],
        [
            ("问题名称", "辖区一家养老机构电动车在楼道内充电，消防控制室值班人员无证上岗。"),
            ("问题来源", "区安委办督导通报第16期"),
            ("整改目标", "消除电动车违规充电隐患，消防控制室持证值守。"),
            ("整改措施", "（1）建设集中充电车棚；\n（2）组织值班人员参加消防设施操作员培训。"),
            ("责任单位", "区民政局"),
            ("配合单位", "豆腐营街道办事处"),
            ("责任领导", "分管副区长"),
            ("整改时限", "2024年8月31日"),
            ("整改情况", "充电车棚已建成投用，2名值班人员正在参加培训。"),
            ("是否办结", "否"),
        ],
        [
            ("问题名称", "部分中小学校园安全隐患排查台账不规范，隐患整改未闭环。"),
            ("问题来源", "区安委办督导通报第17期"),
            ("整改目标", "建立规范的隐患排查整改台账，做到闭环管理。"),
            ("整改措施", "（1）统一隐患排查台账格式；\n（2）每月开展一次校园安全检查，长期坚持。"),
            ("责任单位", "区教育局"),
            ("配合单位", ""),
            ("责任领导", "分管副区长"),
            ("整改时限", "立行立改，长期坚持"),
            ("整改情况", "台账格式已统一，各校已按月开展检查。"),
            ("是否办结", "是"),
        ],
    ]
    table = document.add_table(rows=0, cols=2)
    for number, rows in enumerate(forms, 1):
        cells = table.add_row().cells
        cells[0].merge(cells[1]).text = f"交办问题整改销号表（{number}）"
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    document.add_paragraph("审核人：                    填报人：                    联系电话：")
    return _save(document)


def _shangcheng_hidden_danger_assignment_forms() -> bytes:
    """上城区 (浙江 杭州) 重大隐患暗访交办整改督办 (区安委办 下发《整改交办单》; 5期, 600处; 消防、建筑施工、
    危险化学品、老旧小区、学校、高层建筑; 60日重大隐患闭环) as the office's Word 整改交办单, a four-cell
    form a page; the hazards, units, limits and results are ours."""
    document = docx.Document()
    forms = [
        [
            ("交办单编号", "上安交〔2019〕5-01", "交办日期", "2019年7月15日"),
            ("隐患名称", "湖滨街道某老旧小区高层住宅消防水泵故障，室内消火栓无水。"),
            ("整改目标", "消防给水系统恢复正常，室内消火栓压力达标。"),
            ("整改措施", "一、更换故障消防水泵；二、对室内消火栓系统进行全面检测；三、落实物业日常维保。"),
            ("牵头部门", "区住房和城市建设局", "配合部门", "湖滨街道办事处、区消防救援大队"),
            ("责任领导", "冯晶", "整改时限", "2019年9月13日"),
            ("整改完成情况", "消防水泵已更换，经检测室内消火栓压力达标，已建立维保台账。"),
            ("是否办结", "已整改销号"),
        ],
        [
            ("交办单编号", "上安交〔2019〕5-02", "交办日期", "2019年7月15日"),
            ("隐患名称", "南星街道一处建筑工地塔吊基础积水，未按规定进行沉降观测。"),
            ("整改目标", "塔吊基础排水通畅，沉降观测按规定开展。"),
            ("整改措施", "一、清除基础积水并设置排水设施；二、委托第三方开展沉降观测。"),
            ("牵头部门", "区住房和城市建设局", "配合部门", "南星街道办事处"),
            ("责任领导", "冯晶", "整改时限", "2019年8月15日"),
            ("整改完成情况", "积水已清除，排水设施已设置，沉降观测数据正常。"),
            ("是否办结", "已整改销号"),
        ],
        [
            ("交办单编号", "上安交〔2019〕5-03", "交办日期", "2019年7月15日"),
            ("隐患名称", "望江街道一家危险化学品经营单位超量储存，储存场所未设置防爆设施。"),
            ("整改目标", "储存量符合许可范围，储存场所防爆设施完善。"),
            (
                "整改措施",
                "一、清运超量储存的危险化学品；二、储存场所安装防爆灯具和防爆开关；三、约谈企业负责人。",
            ),
            ("牵头部门", "区应急管理局", "配合部门", "望江街道办事处"),
            ("责任领导", "冯晶", "整改时限", "2019年9月13日"),
            ("整改完成情况", "超量危险化学品已清运，防爆设施正在安装。"),
            ("是否办结", "整改中"),
        ],
    ]
    for number, rows in enumerate(forms):
        if number:
            document.add_page_break()
        document.add_paragraph("杭州市上城区重大安全隐患整改交办单")
        _four_cell_rows(document.add_table(rows=0, cols=4), rows)
        document.add_paragraph("上城区安全生产委员会办公室（盖章）")
    return _save(document)


def _wuzhong_listed_supervision_line_pdf() -> bytes:
    """吴中区 (江苏 苏州) 巡察整改挂牌督办 (2023 江苏省委巡视组 巡视吴中区: 金庭镇 天然气进岛, 2017年已铺设
    管道, 岛外调压计量站, 510户 春节前用上天然气; 区纪委监委、区委组织部、区委巡察机构“三方联动”, 督办函)
    as a PDF 挂牌督办事项整改情况表 whose forms are set as lines, each label and its value on one line
    parted by spaces, no rules; the second and third items and every cell are ours."""
    forms = [
        [
            ("督办编号", "WZXC-GP-01"),
            ("问题名称", "金庭镇天然气管道已铺设多年但未实现通气，岛内居民长期使用瓶装液化气。"),
            ("问题来源", "省委巡视组巡视吴中区交办"),
            ("整改目标", "实现天然气进岛，分批次推进管道天然气入户。"),
            (
                "整改措施",
                "1.建设岛外天然气调压计量站；2.完成供气调压测试；3.结合村居实际分批次推进入户。",
            ),
            ("牵头单位", "金庭镇人民政府"),
            ("配合单位", "区住房和城乡建设局"),
            ("责任领导", "分管副区长"),
            ("整改时限", "2024年12月31日"),
            ("整改情况", "调压计量站已建成，510户居民已用上管道天然气。"),
            ("是否办结", "已办结"),
        ],
        [
            ("督办编号", "WZXC-GP-02"),
            ("问题名称", "临湖镇部分农村生活污水处理设施运维不到位，出水不能稳定达标。"),
            ("问题来源", "区委第三巡察组反馈"),
            ("整改目标", "农村生活污水处理设施正常运行，出水稳定达标。"),
            ("整改措施", "1.对设施运行情况逐一排查；2.更换运维单位并加强考核。"),
            ("牵头单位", "临湖镇人民政府"),
            ("配合单位", "区水务局"),
            ("责任领导", "镇长"),
            ("整改时限", "2024年6月30日"),
            ("整改情况", "已完成排查，运维单位已更换，出水水质正在跟踪监测。"),
            ("是否办结", "未办结"),
        ],
        [
            ("督办编号", "WZXC-GP-03"),
            ("问题名称", "越溪街道部分老旧小区加装电梯推进缓慢，群众反映较多。"),
            ("问题来源", "区委第一巡察组反馈"),
            ("整改目标", "年内完成已申报项目加装电梯。"),
            ("整改措施", "1.建立加装电梯项目推进专班；2.简化审批流程；3.落实财政补助资金。"),
            ("牵头单位", "越溪街道办事处"),
            ("配合单位", "区住房和城乡建设局、区财政局"),
            ("责任领导", "街道办事处主任"),
            ("整改时限", "2024年12月31日"),
            ("整改情况", "已完成加装电梯18台，其余项目正在施工。"),
            ("是否办结", "未办结"),
        ],
    ]
    title = "吴中区巡察整改挂牌督办事项整改情况表"
    heads = ["（一）", "（二）", "（三）"]
    text = title + "".join(heads) + "".join(a + b for rows in forms for a, b in rows)
    with _cjk_pdf(text, landscape=False, size=10) as pdf:
        for head, rows in zip(heads, forms, strict=True):
            pdf.multi_cell(0, 9, title + head, new_x="LMARGIN", new_y="NEXT", align="C")
            for label, value in rows:
                pdf.set_x(20)
                pdf.cell(32, 7, label)
                pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        return bytes(pdf.output())


DOCUMENTS["ganyu_2023_mailbox_case_forms_docx"] = ("信访件办理情况表.docx", _ganyu_mailbox_case_forms)
DOCUMENTS["tunxi_2023_hazard_supervision_unruled_pdf"] = (
    "安全生产隐患整改督办单.pdf",
    _tunxi_hazard_supervision_unruled_pdf,
)
DOCUMENTS["zhaoyang_2022_safety_supervision_notice_pdf"] = (
    "安全生产综合督查检查督办通知单.pdf",
    _zhaoyang_safety_supervision_notice_pdf,
)
DOCUMENTS["beiguan_2024_assigned_problem_closure_docx"] = (
    "督导检查交办问题整改销号表.docx",
    _beiguan_assigned_problem_closure_table,
)
DOCUMENTS["fengtai_2023_site_problem_forms_web"] = (
    "玉泉营街道大排查大整治督导检查问题整改情况.txt",
    _text("fengtai_2023_site_problem_forms_web"),
)
DOCUMENTS["shangcheng_2019_hidden_danger_assignment_docx"] = (
    "重大安全隐患整改交办单.docx",
    _shangcheng_hidden_danger_assignment_forms,
)
DOCUMENTS["wuzhong_2024_listed_supervision_line_pdf"] = (
    "巡察整改挂牌督办事项整改情况表.pdf",
    _wuzhong_listed_supervision_line_pdf,
)

# The seventieth blind set, for the figure recorded in docs/decisions.md (“Blind set 70”).
BLIND_70 = (
    "ganyu_2023_mailbox_case_forms_docx",
    "tunxi_2023_hazard_supervision_unruled_pdf",
    "zhaoyang_2022_safety_supervision_notice_pdf",
    "beiguan_2024_assigned_problem_closure_docx",
    "fengtai_2023_site_problem_forms_web",
    "shangcheng_2019_hidden_danger_assignment_docx",
    "wuzhong_2024_listed_supervision_line_pdf",
)
BLIND_SETS[70] = BLIND_70


# --- blind set 78 (issue 14, branch corpus-blind78) -----------------------------------------------
# Per-problem forms, fifth round: a web 边督边改 一览表 of one case a batch copied one cell a
# paragraph with the cells' wrapped lines, a Word 整改销号表 three cells wide whose group labels
# are merged down the first column, a PDF of 验收销号意见 one task a page in numbered sections, a
# workbook of 督办单 one to a sheet, a Word 交办单 whose lower half is the 回执, and a ruled PDF of
# 整改销号表 two to a page. Written with their expected JSON BEFORE the reader was run on them;
# sources in SOURCES.md (“Blind set 78”).


def _zhenglanqi_petition_closure_forms() -> bytes:
    """正蓝旗 (内蒙古 锡林郭勒) 第二轮中央生态环境保护督察 交办信访举报件 (4批6件, 已全部办结销号;
    14项整改任务 已完成9项, 7项已销号) as the banner's Word 信访举报件整改销号表, three cells wide:
    a group label merged down the first column (基本情况 / 整改情况 / 销号意见), the field's label
    and its value; the cases, codes, units, limits and every cell are ours."""
    document = docx.Document()
    document.add_paragraph("正蓝旗第二轮中央生态环境保护督察交办信访举报件整改销号表")
    cases = [
        (
            "D150000202306110021",
            "上都镇一处废品收购站露天堆放废旧塑料和橡胶，雨后渗滤液流入周边草场。",
            "上都镇人民政府",
            "锡林郭勒盟生态环境局正蓝旗分局",
            "1.清运露天堆放的废旧塑料和橡胶；\n2.对堆放场地进行硬化并搭建防雨棚；\n3.清理受污染土壤并补播牧草。",
            "2023年8月31日",
            "废旧物资已全部清运，场地已硬化并搭建防雨棚，受污染土壤已清理。",
            "经现场核查，已整改到位，同意销号。\n验收人：          2023年9月12日",
            "已销号",
        ),
        (
            "D150000202306150047",
            "桑根达来镇一家砂石料场未采取防尘措施，运输车辆扬尘严重。",
            "桑根达来镇人民政府",
            "旗自然资源局、旗交通运输局",
            "1.料堆全部苫盖；\n2.厂区道路硬化并配备洒水车；\n3.出入口设置车辆冲洗设施。",
            "2023年9月30日",
            "料堆已苫盖，出入口冲洗设施已投用，厂区道路硬化完成。",
            "经现场核查，已整改到位，同意销号。\n验收人：          2023年10月16日",
            "已销号",
        ),
        (
            "D150000202306200063",
            "宝绍岱苏木一处养殖场粪污堆放在河道管理范围内，未建设防渗储粪场。",
            "宝绍岱苏木人民政府",
            "旗农牧和科技局",
            "1.清运河道管理范围内的粪污；\n2.建设防渗储粪场。",
            "2024年6月30日",
            "河道内粪污已清运，防渗储粪场正在建设。",
            "整改尚未完成，暂不销号。",
            "未销号",
        ),
    ]
    groups = (
        ("基本情况", ("信访件编号", "反映问题", "责任单位", "配合单位")),
        ("整改情况", ("整改措施", "整改时限", "整改完成情况")),
        ("销号意见", ("验收意见", "是否销号")),
    )
    for number, case in enumerate(cases, 1):
        if number > 1:
            document.add_page_break()
        document.add_paragraph(f"信访举报件整改销号表（{number}）")
        table = document.add_table(rows=0, cols=3)
        values = iter(case)
        for group, labels in groups:
            first = len(table.rows)
            for label in labels:
                cells = table.add_row().cells
                cells[1].text, cells[2].text = label, next(values)
            top = table.rows[first].cells[0]
            top.merge(table.rows[len(table.rows) - 1].cells[0]).text = group
        document.add_paragraph("正蓝旗生态环境保护督察整改工作领导小组办公室")
    return _save(document)


def _alashankou_acceptance_opinions_pdf() -> bytes:
    """阿拉山口市 (新疆 博尔塔拉) 突出生态环境问题整改“回头看” (博州生态环境局阿拉山口市分局 联合
    市林草局, 11月10日—13日, 废弃矿坑修复治理: 恢复治理区生态环境正常, 设施及标识完整, 档案齐全)
    as the city's PDF 整改任务验收销号意见, one task a page in numbered sections, each label ending
    in a colon; the task numbers, the second and third tasks, units, limits and steps are ours."""
    tasks = [
        (
            "03",
            "2023年11月13日",
            [
                ("一、整改任务", "城区北侧废弃采石矿坑未进行修复治理，坑壁存在滑塌隐患，周边植被破坏。"),
                ("二、牵头单位", "阿拉山口市自然资源局"),
                ("三、配合单位", "博州生态环境局阿拉山口市分局、阿拉山口市林业和草原局"),
                ("四、整改时限", "2023年10月31日前"),
                (
                    "五、整改措施",
                    "（一）对矿坑坑壁削坡整形；（二）回填平整坑底并覆土；（三）补植耐旱灌木并设置警示标识。",
                ),
                (
                    "六、完成情况",
                    "矿坑削坡、回填和覆土已完成，补植梭梭等灌木，警示标识已设置，档案资料齐全。",
                ),
                ("七、验收意见", "已完成整改，同意销号。"),
            ],
        ),
        (
            "05",
            "2023年11月13日",
            [
                ("一、整改任务", "口岸物流园区部分煤炭堆场未全封闭，大风天气扬尘明显。"),
                ("二、牵头单位", "阿拉山口市综合保税区管理委员会"),
                ("三、配合单位", "博州生态环境局阿拉山口市分局"),
                ("四、整改时限", "2023年9月30日前"),
                ("五、整改措施", "（一）煤炭堆场建设封闭式储煤棚；（二）装卸作业区配备喷淋抑尘设施。"),
                ("六、完成情况", "封闭式储煤棚已建成投用，装卸区喷淋设施运行正常。"),
                ("七、验收意见", "已完成整改，同意销号。"),
            ],
        ),
        (
            "08",
            "2023年11月14日",
            [
                ("一、整改任务", "城市污水处理厂中水回用管网未建成，处理后尾水排入蒸发塘。"),
                ("二、牵头单位", "阿拉山口市住房和城乡建设局"),
                ("三、配合单位", "阿拉山口市水利局"),
                ("四、整改时限", "2024年10月31日前"),
                ("五、整改措施", "（一）建设中水回用管网；（二）将中水用于城市绿化和道路洒水。"),
                ("六、完成情况", "中水回用管网已完成工程量的六成，预计2024年10月底前建成。"),
                ("七、验收意见", "整改尚未完成，暂不予销号。"),
            ],
        ),
    ]
    title = "阿拉山口市突出生态环境问题整改任务验收销号意见"
    lead = (
        "根据《阿拉山口市突出生态环境问题整改验收销号工作方案》要求，{date}，"
        "验收组对第{code}号整改任务完成情况进行了现场验收。"
    )
    signer = "验收组组长（签字）：                    阿拉山口市人民政府（盖章）"
    text = (
        title
        + lead
        + signer
        + "（第号）年月日0123456789"
        + "".join(a + b + date for _, date, rows in tasks for a, b in rows)
    )
    with _cjk_pdf(text, landscape=False, size=11) as pdf:
        for k, (code, date, rows) in enumerate(tasks):
            if k:
                pdf.add_page()
            pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.multi_cell(0, 9, f"（第{code}号）", new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.multi_cell(0, 7, lead.format(date=date, code=code), new_x="LMARGIN", new_y="NEXT")
            for label, value in rows:
                pdf.multi_cell(0, 7, f"{label}：{value}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(8)
            pdf.multi_cell(0, 7, signer, new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 7, date, align="R")
        return bytes(pdf.output())


def _haigang_site_supervision_sheets() -> bytes:
    """秦皇岛市住房和城乡建设局 质安科 工地专项检查 (六个区抽调人员 三个检查组; 海港区 54个项目; 施工扬尘、
    疫情防控、创卫达标; 下发督办单18个, 开展回头看) as a workbook of 督办单, one to a sheet, four
    columns with merged cells; the sites, problems, units, limits and results are ours."""
    import openpyxl

    forms = [
        (
            "秦住建督〔2020〕07号",
            [
                ("工程名称", "海港区某安置房项目二期", "检查日期", "2020年7月3日"),
                ("存在问题", "施工现场裸土未覆盖，出入口车辆冲洗设施未使用，围挡破损。"),
                ("整改要求", "1.裸土全部覆盖防尘网；\n2.出入车辆冲洗干净后上路；\n3.修复破损围挡。"),
                ("整改责任单位", "海港区住房和城乡建设局", "配合单位", "白塔岭街道办事处"),
                ("整改期限", "2020年7月10日", "复查日期", "2020年7月13日"),
                ("整改落实情况", "裸土已覆盖，冲洗设施正常使用，围挡已修复。"),
                ("复查意见", "已整改到位"),
            ],
        ),
        (
            "秦住建督〔2020〕08号",
            [
                ("工程名称", "海港区某商业综合体项目", "检查日期", "2020年7月3日"),
                ("存在问题", "建筑垃圾堆放未苫盖，现场未设置创卫宣传标识。"),
                ("整改要求", "1.清运建筑垃圾，暂存部分全部苫盖；\n2.在围挡设置创卫公益宣传内容。"),
                ("整改责任单位", "海港区住房和城乡建设局", "配合单位", "西港镇人民政府"),
                ("整改期限", "2020年7月10日", "复查日期", "2020年7月13日"),
                ("整改落实情况", "建筑垃圾已清运，宣传标识已设置。"),
                ("复查意见", "已整改到位"),
            ],
        ),
        (
            "秦住建督〔2020〕09号",
            [
                ("工程名称", "海港区某学校改扩建工程", "检查日期", "2020年7月4日"),
                ("存在问题", "施工人员测温登记台账缺失，作业面未采取洒水降尘措施。"),
                ("整改要求", "1.建立进场人员测温登记台账；\n2.作业面定时洒水降尘；\n3.配备雾炮机。"),
                ("整改责任单位", "海港区住房和城乡建设局", "配合单位", "海港区教育局"),
                ("整改期限", "2020年7月15日", "复查日期", "2020年7月16日"),
                ("整改落实情况", "测温台账已建立，雾炮机尚未到位。"),
                ("复查意见", "未整改到位，继续督办"),
            ],
        ),
    ]
    book = openpyxl.Workbook()
    book.remove(book.active)
    for number, (code, rows) in enumerate(forms, 1):
        sheet = book.create_sheet(f"督办单{number}")
        sheet.append(["秦皇岛市建设工程施工现场问题督办单"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
        sheet.append([code, None, None, None])
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
        for values in rows:
            if len(values) == 2:
                sheet.append([values[0], values[1], None, None])
                row = sheet.max_row
                sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
            else:
                sheet.append(list(values))
        sheet.append(["督办人：", None, "接收人：", None])
        for column, width in zip("ABCD", (16, 36, 14, 24), strict=True):
            sheet.column_dimensions[column].width = width
    return _book_bytes(book)


def _zhenxing_petition_assignment_receipts() -> bytes:
    """振兴区 (辽宁 丹东) 市生态环境局振兴分局 信访工作调度会 (2020-11-18; 《信访闭环管理工作机制(试行)》;
    “跟踪件”“四星件” 实地勘察, 现场要求立即整改) as the branch's Word 环境信访件交办单, four cells
    wide, its lower half the 办理情况回执 under a merged heading row; the cases, codes, units,
    limits, steps and results are ours."""
    document = docx.Document()
    forms = [
        [
            ("交办编号", "ZXFJ-2020-031", "交办日期", "2020年11月18日"),
            ("件别", "跟踪件", "来源", "市生态环境局"),
            ("反映问题", "站前街道一家烧烤店油烟未经净化直排，夜间气味扰民。"),
            ("承办单位", "站前街道办事处", "协办单位", "区市场监督管理局"),
            ("办理时限", "2020年11月25日", "督办人", "执法一中队"),
            ("交办要求", "请于办理时限内调查处理并将结果书面回复分局。"),
            "办 理 情 况 回 执",
            ("调查核实情况", "经现场检查，该店油烟净化器损坏未修复，反映问题属实。"),
            ("整改措施", "1.责令更换油烟净化设备；\n2.建立净化设备清洗记录；\n3.纳入街道日常巡查。"),
            ("办结情况", "已办结", "承办人", ""),
        ],
        [
            ("交办编号", "ZXFJ-2020-032", "交办日期", "2020年11月18日"),
            ("件别", "四星件", "来源", "市生态环境局"),
            ("反映问题", "帽盔山街道一处汽车修理厂露天喷漆，异味扰民。"),
            ("承办单位", "帽盔山街道办事处", "协办单位", "区交通运输局"),
            ("办理时限", "2020年11月30日", "督办人", "执法二中队"),
            ("交办要求", "请于办理时限内调查处理并将结果书面回复分局。"),
            "办 理 情 况 回 执",
            ("调查核实情况", "经现场检查，该厂在院内露天进行喷漆作业，反映问题属实。"),
            ("整改措施", "1.立即停止露天喷漆；\n2.建设密闭喷漆房并安装废气治理设施。"),
            ("办结情况", "未办结", "承办人", ""),
        ],
        [
            ("交办编号", "ZXFJ-2020-035", "交办日期", "2020年11月20日"),
            ("件别", "跟踪件", "来源", "区信访局"),
            ("反映问题", "汤池镇一处养殖场粪污顺沟流入附近河道。"),
            ("承办单位", "汤池镇人民政府", "协办单位", "区农业农村局"),
            ("办理时限", "2020年12月5日", "督办人", "执法一中队"),
            ("交办要求", "请于办理时限内调查处理并将结果书面回复分局。"),
            "办 理 情 况 回 执",
            ("调查核实情况", "经现场检查，该养殖场储粪池破损，粪污渗漏，反映问题属实。"),
            ("整改措施", "1.修复储粪池并做防渗处理；\n2.清理沟内粪污。"),
            ("办结情况", "已办结", "承办人", ""),
        ],
    ]
    for number, rows in enumerate(forms):
        if number:
            document.add_page_break()
        document.add_paragraph("丹东市生态环境局振兴分局环境信访件交办单")
        table = document.add_table(rows=0, cols=4)
        for row in rows:
            if isinstance(row, str):
                cells = table.add_row().cells
                cells[0].merge(cells[3]).text = row
            else:
                _four_cell_rows(table, [row])
        document.add_paragraph("（此回执请于办理时限内报送分局信访办）")
    return _save(document)


def _ninghua_river_issue_closure_pdf() -> bytes:
    """宁化县水茜镇 (福建 三明) 河湖“清四乱” (拆除河道乱建10座, 清理乱占5处, 销号遥感卫星图斑29个) as
    the town's PDF 河湖“四乱”问题整改销号表, a ruled four-cell form under its title, two to a page;
    the patch codes, places, steps, units, limits and results are ours."""
    forms = [
        [
            ("图斑编号", "NH-SQ-2024-011", "问题类型", "乱建"),
            ("问题位置", "水茜溪水茜村段右岸"),
            ("问题描述", "河道管理范围内违规搭建简易彩钢棚一处，占地约120平方米。"),
            ("整改措施", "1.拆除彩钢棚；\n2.清运拆除垃圾；\n3.恢复岸坡植被。"),
            ("责任单位", "水茜镇人民政府", "配合单位", "宁化县水利局"),
            ("整改时限", "2024年6月30日", "销号时间", "2024年7月8日"),
            ("整改情况", "彩钢棚已拆除，垃圾已清运，岸坡已复绿。"),
            ("销号意见", "已销号"),
        ],
        [
            ("图斑编号", "NH-SQ-2024-017", "问题类型", "乱堆"),
            ("问题位置", "水茜溪沿口村段左岸"),
            ("问题描述", "河岸堆放建筑垃圾和废弃砂石约80立方米。"),
            ("整改措施", "1.清运建筑垃圾和废弃砂石；\n2.设置禁止倾倒警示牌。"),
            ("责任单位", "水茜镇人民政府", "配合单位", "沿口村村民委员会"),
            ("整改时限", "2024年8月31日", "销号时间", "2024年9月5日"),
            ("整改情况", "垃圾和砂石已清运完毕，警示牌已设置。"),
            ("销号意见", "已销号"),
        ],
        [
            ("图斑编号", "NH-SQ-2024-023", "问题类型", "乱占"),
            ("问题位置", "安寨溪下付村段"),
            ("问题描述", "村民在河道内围垦种植蔬菜，占用行洪通道。"),
            ("整改措施", "1.清除河道内种植作物；\n2.平整恢复河床。"),
            ("责任单位", "水茜镇人民政府", "配合单位", "宁化县水利局"),
            ("整改时限", "2024年11月30日", "销号时间", ""),
            ("整改情况", "已与村民签订退出协议，作物待收割后清除。"),
            ("销号意见", "未销号"),
        ],
    ]
    title = "水茜镇河湖“四乱”问题整改销号表"
    footer = "镇河长办审核：                    填报人：                    联系电话："
    text = title + footer + "（）0123456789" + "".join(cell for rows in forms for row in rows for cell in row)
    with _cjk_pdf(text, landscape=False, size=9) as pdf:
        for number, rows in enumerate(forms, 1):
            if number == 3:
                pdf.add_page()
            pdf.multi_cell(0, 8, f"{title}（{number}）", new_x="LMARGIN", new_y="NEXT", align="C")
            with pdf.table(
                col_widths=(28, 62, 28, 62), text_align="LEFT", first_row_as_headings=False
            ) as table:
                for values in rows:
                    row = table.row()
                    if len(values) == 2:
                        row.cell(values[0])
                        row.cell(values[1], colspan=3)
                    else:
                        for value in values:
                            row.cell(value)
            pdf.multi_cell(0, 8, footer, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        return bytes(pdf.output())


DOCUMENTS["xincao_2023_petition_open_forms_web"] = (
    "群众信访举报转办和边督边改公开情况一览表.txt",
    _text("xincao_2023_petition_open_forms_web"),
)
DOCUMENTS["zhenglanqi_2023_petition_closure_forms_docx"] = (
    "交办信访举报件整改销号表.docx",
    _zhenglanqi_petition_closure_forms,
)
DOCUMENTS["alashankou_2023_acceptance_opinions_pdf"] = (
    "整改任务验收销号意见.pdf",
    _alashankou_acceptance_opinions_pdf,
)
DOCUMENTS["haigang_2020_site_supervision_sheets_xlsx"] = (
    "施工现场问题督办单.xlsx",
    _haigang_site_supervision_sheets,
)
DOCUMENTS["zhenxing_2020_petition_assignment_receipts_docx"] = (
    "环境信访件交办单.docx",
    _zhenxing_petition_assignment_receipts,
)
DOCUMENTS["ninghua_2024_river_issue_closure_pdf"] = (
    "河湖四乱问题整改销号表.pdf",
    _ninghua_river_issue_closure_pdf,
)

# The seventy-eighth blind set, for the figure recorded in docs/decisions.md (“Blind set 78”).
BLIND_78 = (
    "xincao_2023_petition_open_forms_web",
    "zhenglanqi_2023_petition_closure_forms_docx",
    "alashankou_2023_acceptance_opinions_pdf",
    "haigang_2020_site_supervision_sheets_xlsx",
    "zhenxing_2020_petition_assignment_receipts_docx",
    "ninghua_2024_river_issue_closure_pdf",
)
BLIND_SETS[78] = BLIND_78


# --- blind set 79 (issue 14, branch corpus-blind79) -----------------------------------------------
# Letters and lists handed down, fourth round (sets 40, 62 and 72 were the first three): a 市政府
# 督查室 notice copied from a forum's archive page, its items run together in one paragraph with the
# units in ASCII brackets; a 市创城办 督查通报 whose problems sit under one heading per 社区; a 街道's
# 创文 cross-check list kept in Excel; a 市 信访 group's 交办 list of 督察 petition cases as a PDF, one
# case shared by two places; a 督导组's 督导通知单 a problem; a county's 交办单 a case with 主办 and 协办.
# Places new to the corpus: 扶余 (吉林 松原), 北票 (辽宁 朝阳), 石鼓区 潇湘街道 (湖南 衡阳), 宁德 (福建),
# 回民区 攸攸板镇 (内蒙古 呼和浩特), 郧西 (湖北 十堰). Written with their expected JSON BEFORE the
# reader was run on them; sources in SOURCES.md (“Blind set 79”).


def _beipiao_creation_check_notice_docx() -> bytes:
    """北票市 (辽宁 朝阳): the 2023-06-27 市创城办 督查 of 南山街道 孤岛社区、新元社区 and 冠山街道
    天缘社区、新村社区 (问题清单, 90 problems; 楼道杂物乱堆放, 楼道外未施划停车位, 路面及设施破损,
    立面破损污损; 7月11日 全面完成整改, 7月12日 “回头看”) as the news tells it; the 通报 as the Word
    file the office sends, its wording and the problems under each 社区 ours."""
    lines = [
        "北票市创建全国文明城市工作领导小组办公室",
        "关于社区创城整改落实情况督查的通报",
        "南山街道党工委、冠山街道党工委，各包扶单位：",
        "6月27日，市创城办督查组分两路深入南山街道孤岛社区、新元社区，冠山街道天缘社区、新村社区，对照问题清单"
        "逐一查看创城整改落实情况，共发现问题90处。现将主要问题通报如下：",
        "一、南山街道孤岛社区",
        "1.部分楼道内杂物乱堆乱放。",
        "2.社区门前路面破损，健身设施损坏。",
        "二、南山街道新元社区",
        "1.楼道内杂物乱堆放现象突出。",
        "2.楼道外未施划停车位，车辆乱停。",
        "三、冠山街道天缘社区",
        "1.楼道内外立面破损、污损。",
        "2.个别楼道口杂物乱堆乱放。",
        "四、冠山街道新村社区",
        "1.楼道立面破损污损，小广告未清理。",
        "2.楼道外未施划停车位。",
        "请上述社区立即进行全面整改，于7月11日前全面完成整改，并及时向街道党工委汇报。市创城办将于7月12日"
        "对以上4个社区开展督查“回头看”，并将督查结果报市创城领导小组。各包扶单位要落实包保责任，协助社区解决实际困难。",
        "北票市创建全国文明城市工作领导小组办公室",
        "2023年6月28日",
    ]
    return _save(_paragraphs_docx(lines))


def _xiaoxiang_cross_check_list_xlsx() -> bytes:
    """石鼓区潇湘街道 (湖南 衡阳): the 2023-03-09 创文 “交叉检查” of its 7 社区 (32 测评点: 便民服务大厅、
    新时代文明实践站、农贸市场、交通路口; 问题清单 given to each 社区 on the spot, 能当场整改的立行立改,
    不能的限期整改; 非机动车停车位划线、主干道路面破损、楼栋过道灯不亮 解决 by the 街道) as the news
    tells it; the list as the .xlsx the 街道 keeps, its columns, rows, 社区 names, persons and limits ours."""
    header = ["序号", "社区", "测评点位", "存在问题", "整改方式", "完成时限", "包联领导", "整改情况"]
    book, sheet = _titled_sheet("问题清单", "潇湘街道2023年创文交叉检查问题清单（3月9日）", header)
    rows = [
        [1, "青草桥社区", "新时代文明实践站", "公益广告破损褪色", "立行立改", "3月10日", "刘卫东", "已整改"],
        [
            2,
            "青草桥社区",
            "青草桥农贸市场",
            "市场内地面积水，垃圾未及时清运",
            "限期整改",
            "3月20日",
            "刘卫东",
            "整改中",
        ],
        [3, "演武坪社区", "便民服务大厅", "服务指南公示牌未更新", "立行立改", "3月10日", "陈志刚", "已整改"],
        [
            4,
            "演武坪社区",
            "演武坪小区",
            "楼道内杂物堆积，“牛皮癣”较多",
            "限期整改",
            "3月17日",
            "陈志刚",
            "整改中",
        ],
        [
            5,
            "新街社区",
            "解放路与中山北路交通路口",
            "非机动车乱停乱放，无停车位划线",
            "街道统筹",
            "3月31日",
            "李国平",
            "未整改",
        ],
        [6, "新街社区", "新街老旧小区", "楼栋过道灯不亮", "街道统筹", "3月31日", "李国平", "未整改"],
    ]
    for row in rows:
        sheet.append(row)
    return _book_bytes(book)


_NINGDE_HEADER = ["序号", "信访编号", "举报内容", "所属区域", "问题类型", "承办单位", "办结时限"]
_NINGDE_ROWS = [
    [
        "1",
        "X350000201908130012",
        "福安市湾坞镇某钢铁企业夜间冒黄烟，粉尘大。",
        "福安市",
        "大气",
        "福安市人民政府",
        "2019年8月20日前",
    ],
    [
        "2",
        "D350000201908130035",
        "福安市溪柄镇某电机厂喷漆废气直排，气味刺鼻。",
        "福安市",
        "大气",
        "福安市人民政府",
        "2019年8月20日前",
    ],
    [
        "3",
        "D350000201908130041",
        "屏南县某石材加工点废水排入溪流，溪水浑浊。",
        "屏南县",
        "水",
        "屏南县人民政府",
        "2019年8月20日前",
    ],
    [
        "4",
        "X350000201908130019",
        "寿宁县某养猪场粪污外溢，臭气扰民。",
        "寿宁县",
        "水、大气",
        "寿宁县人民政府",
        "2019年8月20日前",
    ],
    [
        "5",
        "D350000201908130052",
        "古田县城区某KTV夜间噪声扰民。",
        "古田县",
        "噪声",
        "古田县人民政府",
        "2019年8月20日前",
    ],
    [
        "6",
        "X350000201908130027",
        "白马港沿岸福安、蕉城交界处海域有人非法采砂，破坏海岸线。",
        "福安市、蕉城区",
        "自然生态",
        "福安市人民政府（牵头）、蕉城区人民政府",
        "2019年8月20日前",
    ],
]


def _ningde_petition_batch28_pdf() -> bytes:
    """宁德市 (福建): the 第二十八批 of petition cases 中央第二生态环境保护督察组 handed over on
    2019-08-13 (8件, 来电4 来信4; 水3、大气5、噪声2、自然生态1; 福安4.5、屏南1、寿宁1、古田1、蕉城0.5; 市信访
    工作组 交办 the same day) as the news tells it; the 交办 list as the PDF the 信访工作组 sends, six of
    its cases (texts, numbers, units, the shared one, limit) ours."""
    paragraphs = [
        "宁德市配合中央第二生态环境保护督察工作领导小组信访工作组",
        "关于交办中央第二生态环境保护督察组第二十八批信访举报件的通知",
        "各县（市、区）人民政府，东侨经济技术开发区管委会：",
        "8月13日，中央第二生态环境保护督察组向我市移交第二十八批群众信访举报件8件，其中来电4件、来信4件。现交办你们，"
        "请承办单位立即组织调查处理，于办结时限前将调查处理和整改情况报市信访工作组。",
        "附件：第二十八批信访举报件交办清单（节选）",
    ]
    return _pdf_table(paragraphs, _NINGDE_HEADER, _NINGDE_ROWS, widths=(10, 42, 80, 26, 20, 48, 32))


def _youyouban_supervision_notice_forms() -> bytes:
    """回民区攸攸板镇 and 海西路办事处 (内蒙古 呼和浩特): the 2018-12-25 督导 of the 市城市环境卫生综合
    整治第十督导组 (西部城区百日攻坚; 攸攸板: 巴彦路西侧铁路沿线拆迁不彻底, 铁路沿线堆放施工垃圾; 海西:
    炼铁厂小区老旧小区改造不彻底, 综合路沿路便溺点、乱倒污水), a 督导通知单 to each with a limit, as the
    note tells it; the office's Word 督导通知单, one a problem, numbers, limits, requirements and persons
    ours."""
    document = docx.Document()
    forms = [
        [
            ("编号", "十组督〔2018〕12-01", "督导日期", "2018年12月25日"),
            ("被督导单位", "攸攸板镇人民政府"),
            ("发现问题", "巴彦路西侧铁路沿线附近拆迁不彻底，残墙断壁未清理。"),
            ("整改要求", "清理拆迁残留建筑物，平整场地。"),
            ("整改时限", "2019年1月10日前", "整改责任人", "攸攸板镇分管副镇长"),
            ("整改落实情况", ""),
        ],
        [
            ("编号", "十组督〔2018〕12-02", "督导日期", "2018年12月25日"),
            ("被督导单位", "攸攸板镇人民政府"),
            ("发现问题", "铁路沿线附近堆放施工垃圾。"),
            ("整改要求", "三日内清运施工垃圾，设置围挡。"),
            ("整改时限", "2018年12月28日前", "整改责任人", "攸攸板镇分管副镇长"),
            ("整改落实情况", ""),
        ],
        [
            ("编号", "十组督〔2018〕12-03", "督导日期", "2018年12月25日"),
            ("被督导单位", "海西路办事处"),
            ("发现问题", "炼铁厂小区老旧小区改造工程不彻底，楼体外墙未粉刷完毕。"),
            ("整改要求", "督促施工单位完成剩余改造内容。"),
            ("整改时限", "2019年1月31日前", "整改责任人", "海西路办事处副主任"),
            ("整改落实情况", ""),
        ],
        [
            ("编号", "十组督〔2018〕12-04", "督导日期", "2018年12月25日"),
            ("被督导单位", "海西路办事处"),
            ("发现问题", "综合路沿路便溺点多，乱倒污水现象严重。"),
            ("整改要求", "1.清理便溺点并消毒；2.设置禁倒污水提示牌；3.安排专人巡查。"),
            ("整改时限", "2019年1月10日前", "整改责任人", "海西路办事处副主任"),
            ("整改落实情况", ""),
        ],
    ]
    for number, rows in enumerate(forms):
        if number:
            document.add_page_break()
        document.add_paragraph("城市环境卫生综合整治督导通知单")
        _four_cell_rows(document.add_table(rows=0, cols=4), rows)
        document.add_paragraph("市城市环境卫生综合整治第十督导组")
    return _save(document)


def _yunxi_petition_assignment_forms() -> bytes:
    """郧西县 (湖北 十堰): the cases 省第二环境保护督察组 handed over in April 2018 (31件, 18 problems),
    sent down by the 两办督查室 on a 交办单 with a 县领导 who 领办, the 县直部门 and 乡镇 that 主办, others
    that 协办, and a 会签单 for the reply, as the news tells it; three 交办单 as the Word file, the cases,
    units, leaders and limits ours."""
    document = docx.Document()
    forms = [
        [
            ("交办编号", "郧西督交〔2018〕07号"),
            ("信访件编号", "省二督信〔2018〕第42号"),
            ("反映问题", "上津镇某石材厂粉尘污染严重，周边农田被覆盖。"),
            ("领办县领导", "县政府副县长"),
            ("主办单位", "上津镇人民政府、县环保局"),
            ("协办单位", "县国土资源局"),
            ("办理要求", "立即调查核实，依法查处，举一反三排查同类问题。"),
            ("办理时限", "2018年4月30日前办结并报县督察协调组"),
        ],
        [
            ("交办编号", "郧西督交〔2018〕08号"),
            ("信访件编号", "省二督信〔2018〕第47号"),
            ("反映问题", "城关镇某小区旁餐饮店油烟直排，夜间噪声扰民。"),
            ("领办县领导", "县政府副县长"),
            ("主办单位", "城关镇人民政府"),
            ("协办单位", "县城管局、县环保局"),
            ("办理要求", "责令安装油烟净化设施，规范经营时间。"),
            ("办理时限", "2018年4月30日前办结并报县督察协调组"),
        ],
        [
            ("交办编号", "郧西督交〔2018〕09号"),
            ("信访件编号", "省二督信〔2018〕第53号"),
            ("反映问题", "夹河镇某养殖场粪污直排天河，河水发臭。"),
            ("领办县领导", "县委常委"),
            ("主办单位", "夹河镇人民政府"),
            ("协办单位", "县畜牧局、县环保局"),
            ("办理要求", "1.立即停止直排；2.限期建设粪污处理设施；3.对养殖场依法处罚。"),
            ("办理时限", "2018年5月10日前办结并报县督察协调组"),
        ],
    ]
    for number, rows in enumerate(forms):
        if number:
            document.add_page_break()
        document.add_paragraph("郧西县环境保护督察信访件交办单")
        table = document.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph("中共郧西县委办公室督查室  郧西县人民政府办公室督查室")
    return _save(document)


DOCUMENTS["fuyu_2018_supervision_notice_forum"] = (
    "扶余市人民政府督查室专项督查通知.txt",
    _text("fuyu_2018_supervision_notice_forum"),
)
DOCUMENTS["beipiao_2023_creation_check_notice_docx"] = (
    "社区创城整改落实情况督查通报.docx",
    _beipiao_creation_check_notice_docx,
)
DOCUMENTS["xiaoxiang_2023_cross_check_list_xlsx"] = (
    "潇湘街道创文交叉检查问题清单.xlsx",
    _xiaoxiang_cross_check_list_xlsx,
)
DOCUMENTS["ningde_2019_petition_batch28_pdf"] = (
    "第二十八批信访举报件交办清单.pdf",
    _ningde_petition_batch28_pdf,
)
DOCUMENTS["youyouban_2018_supervision_notice_forms"] = (
    "城市环境卫生综合整治督导通知单.docx",
    _youyouban_supervision_notice_forms,
)
DOCUMENTS["yunxi_2018_petition_assignment_forms"] = (
    "环境保护督察信访件交办单.docx",
    _yunxi_petition_assignment_forms,
)

# The seventy-ninth blind set, for the figure recorded in docs/decisions.md (“Blind set 79”).
BLIND_79 = (
    "fuyu_2018_supervision_notice_forum",
    "beipiao_2023_creation_check_notice_docx",
    "xiaoxiang_2023_cross_check_list_xlsx",
    "ningde_2019_petition_batch28_pdf",
    "youyouban_2018_supervision_notice_forms",
    "yunxi_2018_petition_assignment_forms",
)
BLIND_SETS[79] = BLIND_79


# --- blind set 76 (issue 14, branch corpus-blind76) -----------------------------------------------
# Government-portal and WeChat text, fifth round (sets 51, 61, 68 and 71 were the first four):
# 整改情况 pages whose list was copied with tabs or one cell a line, a 公众号 post whose problems
# open on a “◆ 问题一” line of their own, a 创文日报 whose items close on “——已…，整改完成”, a single
# reply with 一、…六、 labels, a report to the 市禁烧办 with （一）–（四） problems and labelled lines,
# and a 秸秆禁烧 公示 table pasted into Word. Written with their expected JSON BEFORE the reader
# was run on them; sources in SOURCES.md (“Blind set 76”).


def _yingquan_straw_check_docx() -> bytes:
    """颍泉区 (安徽 阜阳): the 秸秆禁烧监察组's visit of 9月22日 to 伍明镇 苏集村、袁寺村 and 行流镇
    宋湾村、王官村 as reported (2017 秋季); the 公示 table pasted from the page into Word, its four
    problems, units, limits and results ours."""
    return _grid_docx(
        [
            "颍泉区秸秆禁烧监察发现问题整改情况公示",
            "9月22日，区秸秆禁烧监察组深入各镇办（园区），实地查看秋收进度、秸秆禁烧宣传、秸秆清运以及包保"
            "责任落实情况。现将监察发现问题及整改情况公示如下：",
        ],
        ["序号", "镇办", "村", "发现问题", "整改要求", "责任单位", "整改时限", "整改情况"],
        [
            [
                "1",
                "伍明镇",
                "苏集村",
                "田间秸秆未及时清运，路边堆放",
                "1.组织机械清运；2.落实村级看护队巡查",
                "伍明镇政府、苏集村委会",
                "2017年9月25日前",
                "已整改",
            ],
            [
                "2",
                "伍明镇",
                "袁寺村",
                "禁烧宣传标语破损，宣传氛围不浓",
                "重新悬挂禁烧宣传条幅",
                "伍明镇政府",
                "立行立改",
                "已整改",
            ],
            [
                "3",
                "行流镇",
                "宋湾村",
                "包保责任人不在岗",
                "1.约谈包保责任人；2.落实包保责任人每日在岗巡查",
                "行流镇政府",
                "立行立改",
                "已整改",
            ],
            [
                "4",
                "行流镇",
                "王官村",
                "沟渠内有秸秆堆积，存在焚烧隐患",
                "清理沟渠内秸秆，实行离田处理",
                "行流镇政府、王官村委会",
                "2017年9月25日前",
                "正在整改",
            ],
        ],
        after=["颍泉区秸秆禁烧工作领导小组办公室", "2017年9月23日"],
    )


DOCUMENTS["xinjiu_2021_livestock_tabs"] = (
    "新九镇畜禽粪污污染防治问题整改情况.txt",
    _text("xinjiu_2021_livestock_tabs"),
)
DOCUMENTS["kongzhen_2019_farm_wechat"] = (
    "孔镇镇养殖场环保专项督查发现问题整改情况.txt",
    _text("kongzhen_2019_farm_wechat"),
)
DOCUMENTS["sunxi_2022_creation_daily"] = (
    "7月19日笋西社区创文日报.txt",
    _text("sunxi_2022_creation_daily"),
)
DOCUMENTS["qilitang_2024_patriotic_cells"] = (
    "七里塘社区爱卫督查问题整改清单.txt",
    _text("qilitang_2024_patriotic_cells"),
)
DOCUMENTS["yuhe_2021_toilet_reply"] = (
    "虞河景区公厕卫生问题整改情况.txt",
    _text("yuhe_2021_toilet_reply"),
)
DOCUMENTS["fancheng_2020_straw_supervision_reply"] = (
    "樊城区督办通知书反映问题整改情况的报告.txt",
    _text("fancheng_2020_straw_supervision_reply"),
)
DOCUMENTS["yingquan_2017_straw_check_docx"] = (
    "颍泉区秸秆禁烧监察发现问题整改情况公示.docx",
    _yingquan_straw_check_docx,
)

# The seventy-sixth blind set, for the figure recorded in docs/decisions.md (“Blind set 76”).
BLIND_76 = (
    "xinjiu_2021_livestock_tabs",
    "kongzhen_2019_farm_wechat",
    "sunxi_2022_creation_daily",
    "qilitang_2024_patriotic_cells",
    "yuhe_2021_toilet_reply",
    "fancheng_2020_straw_supervision_reply",
    "yingquan_2017_straw_check_docx",
)
BLIND_SETS[76] = BLIND_76


# --- blind set 80 (issue 14, branch corpus-blind80) -----------------------------------------------
# Awkward Word attached tables, third round: a header over two rows (责任分工 over 牵头县领导 / 牵头单位 /
# 责任单位; 责任单位 over 主责单位 / 协办单位; 办理情况 over 是否属实 / 办结情况), 序号 starting again under
# each group row, a 类别 column merged down over its findings, a leader, units and a time limit merged down
# over several findings, a township merged down over its power stations with “A（牵头）、B”, one problem over
# several rows (a measure a row with its own unit and limit) continued in a second table under “续表”, and a
# combined 整改措施及完成时限 column. Occasions and places as published (SOURCES.md “Blind set 80”), the rows
# ours. Written with their expected JSON before the reader ran on them.


def _qingtian_central_inspection_task_list() -> bytes:
    """青田县 (浙江 丽水) 贯彻落实第二轮中央生态环境保护督察报告整改方案 (2021-11-05; 中央第三生态环境保护督察
    组 进驻浙江 2020-09-01 至 10-01, 反馈 2021-02): the attached 整改任务清单 in a landscape section, its
    header over two rows (责任分工 over 牵头县领导 / 牵头单位 / 责任单位), aspects as group rows （一）（二）
    with the 序号 starting again under each, an 整改目标 column, measures run together in one paragraph
    (1.…；2.…。). The aspects' wording, the rows, leaders and units are ours."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    document = docx.Document()
    for line in (
        "青田县贯彻落实第二轮中央生态环境保护督察报告整改方案",
        "为全面贯彻落实党中央、国务院关于生态环境保护督察的决策部署，根据中央生态环境保护督察反馈意见，"
        "制定我县的具体整改方案。",
        "附件：青田县贯彻落实第二轮中央生态环境保护督察报告整改任务清单",
    ):
        document.add_paragraph(line)
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for line in ("附件", "青田县贯彻落实第二轮中央生态环境保护督察报告整改任务清单"):
        document.add_paragraph(line)
    upper = ["序号", "督察反馈问题", "整改目标", "整改措施", "责任分工", None, None, "整改时限"]
    lower = ["", "", "", "", "牵头县领导", "牵头单位", "责任单位", ""]
    rows = [
        "（一）思想认识和责任落实方面",
        [
            "1",
            "个别乡镇（街道）对生态环境保护工作重视不够，专题研究部署不多。",
            "生态环境保护纳入乡镇（街道）党（工）委重要议事日程，每季度至少专题研究一次。",
            "1.将习近平生态文明思想纳入县委理论学习中心组学习内容；2.各乡镇（街道）每季度召开一次生态环境保护"
            "专题会议；3.县督察整改办每月通报各乡镇（街道）整改进度。",
            "县委副书记",
            "县委办",
            "县府办、各乡镇（街道）",
            "立行立改，长期坚持",
        ],
        [
            "2",
            "生态环境保护“党政同责、一岗双责”考核传导压力不够。",
            "考核结果与干部评先评优挂钩，责任层层压实。",
            "1.修订乡镇（街道）和部门生态环境保护工作考核办法；2.将督察整改完成情况纳入年度综合考核。",
            "县委常委、组织部部长",
            "县委组织部",
            "市生态环境局青田分局",
            "2021年12月底前，长期坚持",
        ],
        "（二）突出生态环境问题方面",
        [
            "1",
            "瓯江干流青田段沿线部分集镇污水管网不完善，雨污混排问题突出。",
            "集镇雨污分流改造全面完成，污水收集率明显提高。",
            "1.排查沿江集镇污水管网，建立问题清单；2.实施集镇雨污分流改造工程。",
            "副县长",
            "县住建局",
            "县治水办、沿江各乡镇",
            "2022年12月底前",
        ],
        [
            "2",
            "部分小水电站生态流量泄放不达标，下游河道出现减水脱水。",
            "纳入清理整改的小水电站生态流量全部足额泄放。",
            "1.逐站核定生态流量；2.加装生态流量泄放和在线监控设施；3.对拒不整改的电站依法限期退出。",
            "副县长",
            "县水利局",
            "市生态环境局青田分局、县发改局",
            "2021年12月底前",
        ],
    ]
    _two_row_header_table(document, upper, lower, rows)
    document.add_paragraph("青田县生态环境保护督察整改工作领导小组办公室　2021年11月5日")
    return _save(document)


def _xuanen_inspection_task_list() -> bytes:
    """宣恩县 (湖北 恩施) 推进中央、省环保督察反馈问题整改 (县推进中央、省环保督察反馈问题整改指挥部;
    2018-10-18 指挥长 县委常委、宣传部长 调研督办 椒园、高罗、沙道沟、长潭河 乡镇污水处理厂和管网, 12月底之前
    投入使用; 秸秆焚烧; 交办信访件): the attached 整改任务清单 with a 类别 column merged down over its
    findings, the leader, the units and the time limit merged down over several findings, measures numbered
    ①②③ in one paragraph, a 完成情况 column, the header row repeated on each page. The rows are ours."""
    document = docx.Document()
    for line in (
        "宣恩县中央、省环保督察反馈问题整改任务清单",
        "按照县推进中央、省环保督察反馈问题整改指挥部要求，各乡镇、县直相关部门落实整改责任，限期整改，按时销号。",
        "附件",
        "中央、省环保督察反馈问题整改任务清单（截至2018年10月）",
    ):
        document.add_paragraph(line)
    header = ["类别", "序号", "问题", "整改措施", "牵头县领导", "责任单位", "完成时限", "完成情况"]
    rows = [
        [
            "中央环保督察反馈问题",
            "1",
            "椒园、高罗、沙道沟、长潭河4个集镇污水处理厂未建成投运。",
            "①倒排工期，加快厂区主体工程建设；②同步完成设备安装调试；③12月底前投入使用。",
            "县委常委、宣传部长",
            "县住建局、相关乡镇人民政府",
            "2018年12月31日前",
            "正在推进",
        ],
        [
            "中央环保督察反馈问题",
            "2",
            "集镇污水管网配套建设滞后，污水收集率低。",
            "①完善集镇主次管网；②推进入户支管接入。",
            "县委常委、宣传部长",
            "县住建局、相关乡镇人民政府",
            "2018年12月31日前",
            "正在推进",
        ],
        [
            "省环保督察反馈问题",
            "3",
            "农作物秸秆露天焚烧现象时有发生。",
            "①加强秸秆禁烧宣传引导；②实行网格化巡查；③加大处罚力度。",
            "县委常委、宣传部长",
            "县农业局、县环保局",
            "2018年12月31日前",
            "已完成",
        ],
        [
            "省环保督察反馈问题",
            "4",
            "部分砂石料场扬尘和生产废水治理设施不完善。",
            "①料场全封闭作业并配套喷淋；②建设沉淀池，废水循环利用。",
            "副县长",
            "县水利局、县环保局",
            "2018年11月30日前",
            "已完成整改",
        ],
        [
            "交办信访件",
            "5",
            "椒园镇一养猪场粪污未经处理直排溪沟。",
            "①责令停止直排；②建设干粪棚和沼气池；③清理溪沟粪污。",
            "副县长",
            "椒园镇人民政府、县畜牧局",
            "立行立改",
            "已完成",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _repeat_header_row(table)
    _merge_down(table, 0, 1, 2)
    _merge_down(table, 0, 3, 4)
    _merge_down(table, 4, 1, 3)
    _merge_down(table, 4, 4, 5)
    _merge_down(table, 5, 1, 2)
    _merge_down(table, 6, 1, 3)
    document.add_paragraph("宣恩县推进中央、省环保督察反馈问题整改指挥部办公室")
    return _save(document)


def _hexi_petition_handling_ledger() -> bytes:
    """天津市河西区 中央生态环境保护督察组转办信访举报问题办理台账 (督察组 2020-08-30 进驻天津; 截至 9月9日
    收到 转办问题31件, 涉及噪声污染、垃圾堆物、绿地破损; 协调联络领导小组, 六个工作组, 五天为一个办结点,
    6个督办组; “四级联签”): a landscape ledger, its header over two rows (责任单位 over 主责单位 / 协办单位,
    办理情况 over 是否属实 / 办结情况), a 包保区领导 column, measures as numbered paragraphs. Cases, numbers
    and units of the rows are ours; the streets are the district's."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "河西区中央生态环境保护督察组转办信访举报问题办理台账",
        "填报单位：河西区协调联络领导小组办公室　　　　截至2020年9月9日",
    ):
        document.add_paragraph(line)
    upper = ["序号", "转办编号", "举报问题", "责任单位", None, "包保区领导", "整改措施", "办结时限"]
    upper += ["办理情况", None]
    lower = ["", "", "", "主责单位", "协办单位", "", "", "", "是否属实", "办结情况"]
    rows = [
        [
            "1",
            "D2020090100015",
            "友谊路街道某小区底商餐饮油烟和噪声扰民。",
            "友谊路街道办事处",
            "区城市管理委、区生态环境局",
            "副区长",
            ["1.责令商户安装油烟净化设施；", "2.调整营业时间，夜间停止室外经营；", "3.街道每日巡查。"],
            "2020年9月5日",
            "属实",
            "已办结",
        ],
        [
            "2",
            "D2020090300042",
            "越秀路街道某建筑工地夜间施工噪声扰民。",
            "区住房建设委",
            "越秀路街道办事处",
            "副区长",
            ["1.责令工地停止夜间施工；", "2.对违规施工单位立案处罚。"],
            "2020年9月6日",
            "属实",
            "已办结",
        ],
        [
            "3",
            "X2020090400007",
            "马场街道某处空地垃圾堆物长期未清理。",
            "马场街道办事处",
            "区城市管理委",
            "区政府党组成员",
            ["1.组织清运堆存垃圾；", "2.空地围挡并安排专人看护。"],
            "2020年9月8日",
            "部分属实",
            "阶段性办结",
        ],
        [
            "4",
            "D2020090600031",
            "陈塘庄街道沿河绿地破损、黄土裸露。",
            "区城市管理委",
            "陈塘庄街道办事处",
            "副区长",
            ["1.裸露黄土临时苫盖；", "2.秋季补植绿化。"],
            "2020年10月31日",
            "属实",
            "阶段性办结",
        ],
    ]
    table = _two_row_header_table(document, upper, lower, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    document.add_paragraph("注：办结情况经责任单位、监管部门、区政府、市级督查组“四级联签”后填报。")
    return _save(document)


def _jixi_hydropower_station_list() -> bytes:
    """绩溪县 (安徽 宣城) 农村水电站专项整治 (48座 在册小水电站, 建设时均未环评; 2017-07-20《绩溪县农村水电站
    专项 整治行动工作方案》; 清凉峰国家级自然保护区内 3座 依法拆除, 蒙山、大会山等 9座 报废退出; 2018-08-22 起
    拆除 荆州乡白石源水电站): the 一站一策 整改清单, the township merged down over its stations, a 电站名称
    column (a place, not a unit), an 整改类别 column, measures as paragraphs, units “A（牵头）、B”, a 注 typed
    as the table's last row merged across. The other townships and the rows' wording are ours."""
    document = docx.Document()
    for line in (
        "绩溪县农村水电站专项整治“一站一策”整改清单",
        "对全县在册的48座农村小水电站逐一排查，查清存在问题，逐一拟定整改方案，分类施策。",
    ):
        document.add_paragraph(line)
    header = ["序号", "所在乡镇", "电站名称", "整改类别", "存在问题", "整改措施", "责任单位", "完成时限"]
    rows = [
        [
            "1",
            "荆州乡",
            "白石源水电站",
            "报废退出",
            "白石源水电站建设未办理环评，下游河道生态流量无法保障。",
            ["1.拆除厂房、拦水坝和引水设施；", "2.清理河道，恢复河道原貌。"],
            "荆州乡人民政府（牵头）、县水务局",
            "2018年9月30日前",
        ],
        [
            "2",
            "荆州乡",
            "保护区内某水电站",
            "拆除",
            "电站位于清凉峰国家级自然保护区内，违反自然保护区管理规定。",
            ["1.依法关停并拆除；", "2.对施工迹地进行生态修复。"],
            "荆州乡人民政府（牵头）、县林业局、县水务局",
            "2018年8月31日前",
        ],
        [
            "3",
            "家朋乡",
            "蒙山水电站",
            "报废退出",
            "蒙山水电站设备老化，长期脱水河段未恢复。",
            ["1.办理报废退出手续；", "2.拆除引水堰坝；", "3.恢复下游河道生态流量。"],
            "家朋乡人民政府（牵头）、县水务局",
            "2018年12月31日前",
        ],
        [
            "4",
            "家朋乡",
            "大会山水电站",
            "报废退出",
            "大会山水电站无生态流量泄放设施。",
            ["1.办理报废退出手续；", "2.拆除发电设备。"],
            "家朋乡人民政府（牵头）、县水务局",
            "2018年12月31日前",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    _merge_down(table, 1, 1, 2)
    _merge_down(table, 1, 3, 4)
    cells = table.add_row().cells
    cells[0].merge(cells[-1]).text = "注：其余整改保留类电站的整改措施见县水务局备案的“一站一策”方案。"
    document.add_paragraph("绩溪县农村水电站专项整治行动领导小组办公室")
    return _save(document)


def _yuexi_survey_feedback_task_rows() -> bytes:
    """岳西县 (安徽 安庆) 长江流域生态环境监督管理局调研反馈问题整改清单 (2019-09: 卫星遥感 发现的河流断流点位
    and the hydropower station's 生态流量泄放, 古井园国家级自然保护区 边界矢量数据; 要求 细化完善“一站一策”,
    运行监控、 计量装置安装, 生态流量泄放监管纳入河长巡查): each problem over several rows, one measure a row
    with its own unit and limit (序号 and 问题 merged down), group rows 一、二、, the list continued in a
    second table under a “续表” line with the header typed again. The problems' wording and the rows are
    ours."""
    document = docx.Document()
    for line in (
        "岳西县长江流域生态环境监督管理局调研反馈问题整改清单",
        "根据调研组反馈意见，县政府对反馈问题逐项制定整改措施，明确责任单位和完成时限。",
    ):
        document.add_paragraph(line)
    header = ["序号", "反馈问题", "整改措施", "责任单位", "配合单位", "完成时限"]
    first = [
        "一、小水电清理整改方面",
        [
            "1",
            "卫星遥感发现的断流点位所涉水电站生态流量泄放不足。",
            "（1）核定该电站最小生态流量",
            "县水利局",
            "所在乡镇人民政府",
            "2019年10月31日前",
        ],
        [
            "1",
            "卫星遥感发现的断流点位所涉水电站生态流量泄放不足。",
            "（2）改造泄放设施，确保足额泄放",
            "县水利局",
            "所在乡镇人民政府",
            "2019年12月31日前",
        ],
        [
            "2",
            "部分电站运行监控和计量装置未安装。",
            "（1）全县电站安装生态流量在线监控装置",
            "县水利局",
            "县供电公司",
            "2019年12月31日前",
        ],
        [
            "2",
            "部分电站运行监控和计量装置未安装。",
            "（2）将监控数据接入县级监管平台",
            "县水利局",
            "",
            "2020年3月31日前",
        ],
    ]
    second = [
        [
            "2",
            "部分电站运行监控和计量装置未安装。",
            "（3）生态流量泄放监管纳入各级河长巡河内容",
            "县河长办",
            "各乡镇人民政府",
            "长期坚持",
        ],
        "二、自然保护区管理方面",
        [
            "3",
            "古井园国家级自然保护区边界矢量数据与实际管理范围不一致。",
            "（1）核对保护区边界矢量数据",
            "古井园保护区管理站",
            "县自然资源局",
            "2019年11月30日前",
        ],
        [
            "3",
            "古井园国家级自然保护区边界矢量数据与实际管理范围不一致。",
            "（2）设立界桩和标识牌",
            "古井园保护区管理站",
            "",
            "2020年6月30日前",
        ],
    ]
    table = _ruled_table(document, header, first)
    for column in (0, 1):
        _merge_down(table, column, 2, 3)
        _merge_down(table, column, 4, 5)
    document.add_paragraph("续表")
    table = _ruled_table(document, header, second)
    for column in (0, 1):
        _merge_down(table, column, 3, 4)
    document.add_paragraph("岳西县人民政府办公室　2019年9月")
    return _save(document)


def _wuzhou_listed_case_plan() -> bytes:
    """梧州市 (广西) 中央环保督察组交办案件后续整改工作方案 (中央第六环境保护督察组 2016-07-14 至 08-15
    进驻广西; 转办 梧州 275件, 截至2016年12月底 完成131件; 12月中旬 梳理未完成的108件 and 督察组反馈的4个重点
    环境问题, 逐项落实、分项 到人, 市领导挂案督办, 市委市政府督查室和市环保局 联合督查组; 6月底前完成): the
    attached 市领导挂案督办清单, its measures and their dates in one column (整改措施及完成时限, each
    measure's date in brackets), a 挂案市领导 column, the 责任单位 with a 县（市、区） merged down. The four
    problems' wording and the rows are ours."""
    document = docx.Document()
    for line in (
        "梧州市中央环保督察组交办案件后续整改工作方案",
        "方案将全市尚未完成整改任务的108件中央环保督察组交办案件，以及中央督察组正式反馈的4个重点环境问题逐项"
        "落实、分项到人，由市领导具体督办，确保所有案件在2017年6月底前完成整改。",
        "附件：中央环保督察反馈重点环境问题市领导挂案督办清单",
    ):
        document.add_paragraph(line)
    header = ["序号", "县（市、区）", "重点环境问题", "整改措施及完成时限", "挂案市领导", "责任单位"]
    rows = [
        [
            "1",
            "万秀区",
            "城区部分生活污水未经处理直排西江。",
            [
                "1.完成截污管网建设（2017年3月31日前）；",
                "2.污水处理厂提标改造投入运行（2017年6月30日前）。",
            ],
            "副市长",
            "万秀区人民政府、市住建委",
        ],
        [
            "2",
            "万秀区",
            "城区餐饮油烟扰民投诉多发。",
            ["1.餐饮单位全部安装油烟净化设施（2017年4月30日前）；", "2.建立定期清洗台账（长期坚持）。"],
            "副市长",
            "万秀区人民政府、市环保局",
        ],
        [
            "3",
            "藤县",
            "陶瓷企业脱硫除尘设施运行不正常。",
            ["1.责令企业限期整改（2017年2月28日前）；", "2.安装烟气在线监控并联网（2017年5月31日前）。"],
            "市人民政府党组成员",
            "藤县人民政府、市环保局",
        ],
        [
            "4",
            "岑溪市",
            "花岗岩开采加工企业废水、粉尘污染。",
            ["1.关停无证开采点（2017年3月31日前）；", "2.加工企业废水循环利用（2017年6月30日前）。"],
            "副市长",
            "岑溪市人民政府、市国土资源局",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    _merge_down(table, 1, 1, 2)
    document.add_paragraph("梧州市环境保护督察整改工作领导小组办公室　2016年12月")
    return _save(document)


DOCUMENTS["qingtian_2021_central_inspection_task_list_docx"] = (
    "青田县督察报告整改任务清单.docx",
    _qingtian_central_inspection_task_list,
)
DOCUMENTS["xuanen_2018_inspection_task_list_docx"] = (
    "中央省环保督察反馈问题整改任务清单.docx",
    _xuanen_inspection_task_list,
)
DOCUMENTS["hexi_2020_petition_handling_ledger_docx"] = (
    "转办信访举报问题办理台账.docx",
    _hexi_petition_handling_ledger,
)
DOCUMENTS["jixi_2018_hydropower_station_list_docx"] = (
    "农村水电站一站一策整改清单.docx",
    _jixi_hydropower_station_list,
)
DOCUMENTS["yuexi_2019_survey_feedback_task_rows_docx"] = (
    "调研反馈问题整改清单.docx",
    _yuexi_survey_feedback_task_rows,
)
DOCUMENTS["wuzhou_2016_listed_case_plan_docx"] = ("交办案件后续整改工作方案.docx", _wuzhou_listed_case_plan)

# The eightieth blind set, for the figure recorded in docs/decisions.md (“Blind set 80”).
BLIND_80 = (
    "qingtian_2021_central_inspection_task_list_docx",
    "xuanen_2018_inspection_task_list_docx",
    "hexi_2020_petition_handling_ledger_docx",
    "jixi_2018_hydropower_station_list_docx",
    "yuexi_2019_survey_feedback_task_rows_docx",
    "wuzhou_2016_listed_case_plan_docx",
)
BLIND_SETS[80] = BLIND_80


# --- blind set 81 (issue 14, branch corpus-blind81) -----------------------------------------------
# PDF attachments, third round: a 现场交办 整改情况表 set by a PDF writer, landscape, running onto a
# second page with its header printed again (清丰); an audit 整改情况核查表 printed portrait from Word
# with a 核查意见 column and a fill-in line under it (灵寿); a 督办任务表 printed landscape from Word,
# group rows merged across, the header row repeated, a 督办市领导 column beside the units (梧州); a
# 督查情况通报 set as an official document whose problems are a numbered list naming no unit (留坝);
# a 公示表 set portrait by a PDF writer whose unit column is 乡镇 (芦溪); and a 通报 whose numbered
# problems close on a （责任单位：…，整改时限：…） bracket (颍泉). Occasions, counts and places as
# published, the rows ours. Written with their expected JSON before the reader ran on them
# (docs/decisions.md, “Blind set 81”; SOURCES.md “Blind set 81”).


def _qingfeng_route_problems_pdf() -> bytes:
    """清丰县 (河南 濮阳): the 县委书记 with the 县委县政府督查局, 市政园林局, 组织部, 公安局, 综合执法局,
    产业集聚区 and the towns along the route walked the 省领导调研路线 on 5月25日, listed 19 problems
    on both sides and handed them over on the spot; all 19 were done by 18:00 the same day (as
    published). The table is set landscape by a PDF writer, large, so it runs onto a second page
    with its header printed again; the rows, units and wording are ours."""
    from fpdf.fonts import FontFace

    header = ["序号", "路段", "存在问题", "责任单位", "整改时限", "整改情况"]
    rows = [
        [
            "1",
            "产业集聚区段",
            "道路北侧企业围墙外堆放建筑垃圾和废旧材料。",
            "产业集聚区管委会",
            "立行立改",
            "已清运建筑垃圾约20车，整改完毕。",
        ],
        [
            "2",
            "城关镇段",
            "沿街商户店外经营，占道摆放货物。",
            "县综合执法局、城关镇人民政府",
            "立行立改",
            "已督促商户退店经营，整改到位。",
        ],
        [
            "3",
            "城关镇段",
            "部分路灯杆和护栏破损，绿化带缺株断垄。",
            "县市政园林局",
            "立即整改",
            "已更换护栏12米，补植绿化苗木，整改完毕。",
        ],
        [
            "4",
            "马庄桥镇段",
            "路肩两侧有生活垃圾和塑料袋，保洁不到位。",
            "马庄桥镇人民政府",
            "立即整改",
            "已组织保洁人员全面清理，整改完毕。",
        ],
        [
            "5",
            "马庄桥镇段",
            "路边违规设置广告牌2处。",
            "县综合执法局",
            "立即整改",
            "2处广告牌已拆除。",
        ],
        [
            "6",
            "韩村镇段",
            "沿线农户门前柴草乱堆乱放。",
            "韩村镇人民政府",
            "当天完成",
            "已清理柴草堆15处，整改完毕。",
        ],
        [
            "7",
            "韩村镇段",
            "交通标志标线模糊，部分路段车辆乱停乱放。",
            "县公安局交警大队",
            "立即整改",
            "已重新施划标线，清理乱停车辆，整改到位。",
        ],
    ]
    paragraphs = [
        "清丰县省领导调研路线沿线问题现场交办整改情况表",
        "5月25日，县委主要负责同志带领县委县政府督查局、县市政园林局、县委组织部、县公安局、县综合执法局、"
        "产业集聚区及沿线乡镇主要负责人，对调研路线进行实地查看，梳理沿线两侧需整改问题19个，现场交办"
        "相关责任单位。截至当天18:00，19个问题全部整改完毕。主要问题整改情况如下：",
    ]
    signature = ["清丰县委县政府督查局"]
    with _cjk_pdf(_cells_text(paragraphs, signature, header, rows=rows), size=15) as pdf:
        for line in paragraphs:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(
            col_widths=(14, 30, 70, 50, 30, 60),
            text_align="LEFT",
            first_row_as_headings=True,
            repeat_headings=1,
            line_height=12,
            headings_style=FontFace(emphasis=""),
        ) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)
        for line in signature:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


def _lingshou_audit_rectification_check_pdf() -> bytes:
    """灵寿县 (河北 石家庄): the 县审计局 with the 县政府督查室 checked item by item how the problems the
    审计署 found in 灵寿 were put right (August 2018): done items proved by papers and rechecked by
    the 审计局, undone ones' units talked to face to face (约谈) and asked for a next-step plan (as
    published). The 核查表 is printed portrait from Word, ruled, a fill-in line under it; the rows,
    units, limits and states are ours."""
    from tests.printed_pdf import printed

    document = docx.Document()
    for line in (
        "灵寿县审计署审计发现问题整改情况核查表",
        "核查单位：县审计局、县政府督查室          核查时间：2018年8月",
    ):
        document.add_paragraph(line)
    header = ["序号", "审计发现问题", "整改责任单位", "整改时限", "整改情况", "核查意见"]
    rows: list[list[str] | str] = [
        [
            "1",
            "2017年度部分扶贫资金拨付滞后，结存资金未及时使用。",
            "县扶贫办",
            "2018年6月30日前",
            "已将结存资金全部拨付到项目，提供拨付凭证。",
            "已整改",
        ],
        [
            "2",
            "部分农村危房改造补助资金未按规定程序审批发放。",
            "县住房和城乡建设局",
            "2018年7月31日前",
            "已补办审批手续，完善档案资料。",
            "已整改",
        ],
        [
            "3",
            "县城污水处理厂配套管网建设进度缓慢，未按计划完工。",
            "县住房和城乡建设局、县环保局",
            "2018年12月31日前",
            "管网工程正在施工，已完成计划的70%。",
            "正在整改",
        ],
        [
            "4",
            "部分建设项目未批先建，未办理环评手续。",
            "县环保局",
            "2018年8月15日前",
            "已对2个项目立案处罚，督促补办环评手续。",
            "已整改",
        ],
        [
            "5",
            "涉农补贴资金“一卡通”发放信息与实际不符。",
            "县财政局、县农牧局",
            "2018年8月31日前",
            "未按期完成，已当面约谈，责任单位已制定下一步整改计划。",
            "未整改（已约谈）",
        ],
        [
            "6",
            "个别单位公务用车运行费用超预算列支。",
            "县机关事务管理局",
            "立行立改",
            "已调整账目，规范列支。",
            "已整改",
        ],
    ]
    _ruled_table(document, header, rows)
    document.add_paragraph("核查人：                    审核人：")
    return printed(_save(document))


def _wuzhou_follow_up_supervision_pdf() -> bytes:
    """梧州市 (广西): 中央第六环境保护督察组 in 广西 2016-07-14…08-15; by the end of December 275
    交办 cases, 131 done; a 后续整改工作方案 put the 108 unfinished cases and the 4 重点环境问题 the
    督察组 fed back item by item in the hands of 市领导 who supervise them, all to be done by the end
    of June, with a joint 督查组 of the 市委、市政府督查室 and the 市环保局 (梧州日报, as published).
    The attached 督办任务表 is printed landscape from Word, ruled, its two group rows merged across and
    its header repeated; the problems, cases, posts, units, measures and limits are ours."""
    from tests.printed_pdf import printed

    document = _small_landscape(13)
    document.add_paragraph("附件")
    document.add_paragraph("梧州市中央环境保护督察反馈问题及交办案件后续整改督办任务表")
    header = ["序号", "问题（案件）", "督办市领导", "责任单位", "整改措施", "完成时限"]
    rows: list[list[str] | str] = [
        "一、中央环境保护督察组反馈的重点环境问题",
        [
            "1",
            "岑溪市部分花岗岩矿山无序开采，矿区生态破坏严重，复绿滞后。",
            "分管副市长",
            "岑溪市人民政府（牵头），市国土资源局、市环境保护局",
            "1.对矿山逐一核查，关停无证和越界开采矿山；2.编制矿山生态修复方案并实施复绿；3.建立矿山巡查监管制度。",
            "2017年6月底前",
        ],
        [
            "2",
            "城市生活垃圾填埋场渗滤液处理不达标，处理能力不足。",
            "分管副市长",
            "市市政管理局（牵头），市环境保护局",
            "1.完成渗滤液处理设施提标改造；2.加快生活垃圾焚烧发电项目前期工作。",
            "2017年6月底前",
        ],
        [
            "3",
            "部分县城污水处理厂配套管网不完善，进水浓度偏低。",
            "分管副市长",
            "藤县人民政府、蒙山县人民政府",
            "1.排查污水管网破损和错接混接；2.实施配套管网完善工程。",
            "2017年12月底前",
        ],
        [
            "4",
            "西江干流沿岸部分禁养区畜禽养殖场未按要求关闭搬迁。",
            "分管副市长",
            "市畜牧水产局（牵头），苍梧县人民政府、长洲区人民政府",
            "1.对禁养区养殖场逐户登记造册；2.依法关闭或搬迁禁养区内养殖场。",
            "2017年6月底前",
        ],
        "二、尚未完成整改的督察组交办案件（部分）",
        [
            "5",
            "群众反映万秀区城东一家石材加工厂粉尘和噪声扰民。",
            "分管副市长",
            "万秀区人民政府",
            "1.责令停产整治；2.完善除尘和隔音设施，经验收合格后方可恢复生产。",
            "2017年3月底前",
        ],
        [
            "6",
            "群众反映藤县一家淀粉厂生产废水直排河道。",
            "分管副市长",
            "藤县人民政府（牵头），市环境保护局",
            "1.依法立案查处；2.督促企业建设废水处理设施并稳定达标排放。",
            "2017年6月底前",
        ],
        [
            "7",
            "群众反映蒙山县一处垃圾临时堆放点未做防渗，臭气扰民。",
            "分管副市长",
            "蒙山县人民政府",
            "清运堆存垃圾，关闭临时堆放点。",
            "2017年4月底前",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _repeat_header_row(table)
    document.add_paragraph(
        "注：督办市领导每月听取一次进展汇报；市委、市政府督查室和市环保局联合督查组跟踪督查。"
    )
    return printed(_save(document))


_LIUBA_NOTICE = """关于留坝县创森迎检工作督查情况的通报
留坝县人民政府：
为落实5月22日市委、市政府召开的2019年全市城市综合创建工作推进会精神，6月3日至4日，市创建办组织人员对你县创建国家森林城市迎检准备情况进行了实地督查。现将督查发现的突出问题通报如下：
1.未见到县上对全市城市综合创建工作推进会会议精神的传达和安排部署，相关文件未及时落实。
2.去年底已部署的创森迎检方案、路线和点位介绍等，经多次督促至今未形成系统化方案。
3.创森宣传氛围不浓。一是部分群众和干部对创森工作认识不到位，知晓率和支持率偏低；二是街道、广场等公共场所未设置创森宣传标牌。
创建国家森林城市是市委、市政府对全市人民作出的承诺，全市创森省级初验在即，请你县高度重视，责成相关部门牵头，迅速制定整改方案，明确主抓领导，抓紧落实迎检各项工作。
请于6月10日前以县政府名义将整改方案报送市创建办，并及时报送后续整改落实情况。
汉中市城市综合创建办公室
2019年6月5日"""


def _liuba_forest_city_notice_pdf() -> bytes:
    """留坝县 (陕西 汉中): after the 2019-05-22 全市城市综合创建工作推进会, the 市创建办 checked 留坝's
    readiness for the 创森 inspection on 6月3—4日 and sent a 通报 listing three problems (no 传达 of
    the meeting, no 迎检方案 after repeated urging, weak 宣传 with 知晓率 low and no signs), asking for
    a plan in the 县政府's name by 6月10日 (as published). Set as an official document; the wording,
    the salutation and the 落款 are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_LIUBA_NOTICE)


def _luxi_straw_burning_patrol_pdf() -> bytes:
    """芦溪县 (江西 萍乡): the 芦溪生态环境局 sent four patrols led by its leaders, unannounced, from
    16:30 to 19:00, over the county's 9 乡镇, checking 禁烧方案, 宣传, 巡查 and 台账; 3 burning points
    found and put out, more than 10 burnings stopped (as published). The 公示表 is set portrait by a
    PDF writer; the towns' rows, requirements, limits and results are ours."""
    paragraphs = [
        "芦溪县秸秆禁烧巡查发现问题整改情况公示表",
        "芦溪生态环境局组成4个巡查组，对全县9个乡镇秸秆禁烧工作开展地毯式巡查，共发现露天焚烧火点3个，"
        "均已及时扑灭。现将巡查发现问题及整改情况公示如下：",
    ]
    header = ["序号", "乡镇", "巡查发现问题", "整改要求", "整改时限", "整改情况"]
    rows = [
        [
            "1",
            "宣风镇",
            "田间发现露天焚烧秸秆火点1处。",
            "立即扑灭火点，查明焚烧人员并批评教育。",
            "立即整改",
            "火点已当场扑灭，已对焚烧农户进行教育，已整改。",
        ],
        [
            "2",
            "上埠镇",
            "村道旁发现露天焚烧火点1处，现场有未燃尽秸秆。",
            "立即扑灭并清理未燃尽秸秆。",
            "立即整改",
            "已扑灭并清理完毕，已整改。",
        ],
        [
            "3",
            "银河镇",
            "发现露天焚烧秸秆火点1处。",
            "立即扑灭，加强包片巡查。",
            "立即整改",
            "已扑灭，已整改。",
        ],
        [
            "4",
            "长丰乡",
            "未制定秸秆禁烧工作方案，未建立禁烧台账。",
            "制定禁烧方案，建立巡查台账。",
            "立行立改",
            "方案已印发，台账正在完善。",
        ],
        [
            "5",
            "南坑镇",
            "禁烧宣传不到位，部分村组未张贴禁烧通告。",
            "利用广播、横幅等开展禁烧宣传，做到村组全覆盖。",
            "长期坚持",
            "已张贴通告，宣传持续开展。",
        ],
    ]
    signature = ["芦溪生态环境局"]
    with _cjk_pdf(_cells_text(paragraphs, signature, header, rows=rows), landscape=False, size=10) as pdf:
        for line in paragraphs:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(
            col_widths=(10, 18, 45, 45, 22, 50), text_align="LEFT", first_row_as_headings=False
        ) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(value)
        for line in signature:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


_YINGQUAN_NOTICE = """颍泉区秸秆禁烧监察发现问题的通报
各镇人民政府、街道办事处，园区管委会：
9月22日，区秸秆禁烧监察组深入各镇办（园区），实地查看秋收进度、秸秆禁烧宣传、秸秆清运和包保责任落实情况。监察发现部分村存在以下问题，现通报如下：
1.伍明镇苏集村部分田块收割后秸秆堆放在路边，未及时清运。（责任单位：伍明镇人民政府，整改时限：9月25日前）
2.伍明镇袁寺村禁烧宣传标语数量不足，包保责任牌未公示。（责任单位：伍明镇人民政府，整改时限：立行立改）
3.行流镇宋湾村村组禁烧巡逻队未按要求上岗巡查。（责任单位：行流镇人民政府，整改时限：立行立改）
4.行流镇王官村沟渠内有秸秆和生活垃圾堆积。（责任单位：行流镇人民政府，配合单位：区农委，整改时限：9月28日前）
请各镇办（园区）对照问题立行立改，并于9月29日前将整改情况报区秸秆禁烧办。
颍泉区秸秆禁烧工作领导小组办公室
2017年9月23日"""


def _yingquan_straw_burning_notice_pdf() -> bytes:
    """颍泉区 (安徽 阜阳): the 区秸秆禁烧监察组 went round the 镇办 (园区) on 2017-09-22, at 伍明镇 苏集村
    and 袁寺村, 行流镇 宋湾村 and 王官村, looking at the harvest, 禁烧宣传, 秸秆清运 and 包保责任 (as
    published). Its 通报 is set as an official document, the problems a numbered list each closing
    on a unit-and-limit bracket; the problems, units and limits are ours."""
    from tests.printed_pdf import printed_notice

    return printed_notice(_YINGQUAN_NOTICE)


for _name, _filename, _build in (
    ("qingfeng_route_problems_pdf", "调研路线沿线问题现场交办整改情况表.pdf", _qingfeng_route_problems_pdf),
    (
        "lingshou_2018_audit_rectification_check_pdf",
        "审计发现问题整改情况核查表.pdf",
        _lingshou_audit_rectification_check_pdf,
    ),
    (
        "wuzhou_2017_follow_up_supervision_pdf",
        "后续整改督办任务表.pdf",
        _wuzhou_follow_up_supervision_pdf,
    ),
    ("liuba_2019_forest_city_notice_pdf", "创森迎检工作督查情况的通报.pdf", _liuba_forest_city_notice_pdf),
    (
        "luxi_straw_burning_patrol_pdf",
        "秸秆禁烧巡查发现问题整改情况公示表.pdf",
        _luxi_straw_burning_patrol_pdf,
    ),
    (
        "yingquan_2017_straw_burning_notice_pdf",
        "秸秆禁烧监察发现问题的通报.pdf",
        _yingquan_straw_burning_notice_pdf,
    ),
):
    DOCUMENTS[_name] = (_filename, _build)

# The eighty-first blind set, for the figure recorded in docs/decisions.md (“Blind set 81”).
BLIND_81 = (
    "qingfeng_route_problems_pdf",
    "lingshou_2018_audit_rectification_check_pdf",
    "wuzhou_2017_follow_up_supervision_pdf",
    "liuba_2019_forest_city_notice_pdf",
    "luxi_straw_burning_patrol_pdf",
    "yingquan_2017_straw_burning_notice_pdf",
)
BLIND_SETS[81] = BLIND_81


# --- blind set 77 (issue 14, branch corpus-blind77) ---
# Provinces and regions least represented, fourth round: 兵团, 辽宁, 浙江, 吉林, 青海, 贵州.


def _lishui_batch12_xlsx() -> bytes:
    """丽水市 (浙江): 省委第三生态环境保护督察组 交办第十二批群众信访举报件 调查处理情况 (2025-08; the stored
    reports give the batches, counts, the areas and that each unit reported its handling); the rows,
    the two-row header and the units are ours."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "第十二批"
    sheet.append(["省委第三生态环境保护督察组交办丽水市第十二批群众信访举报件调查处理情况表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=10)
    top = ["序号", "交办编号", "县（市、区）", "举报内容", "调查核实情况", "处理整改情况"]
    sheet.append([*top, "", "", "责任单位", "备注"])
    sheet.append(["", "", "", "", "", "整改措施", "整改时限", "办结情况", "", ""])
    for column in (1, 2, 3, 4, 5, 9, 10):
        sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
    sheet.merge_cells(start_row=2, start_column=6, end_row=2, end_column=8)
    rows = [
        [
            "1",
            "ZJ2025081201",
            "莲都区",
            "莲都区某小区临街餐饮店油烟直排，影响楼上住户。",
            "属实。该店油烟净化设施长期未清洗，净化效果差。",
            "1.责令清洗油烟净化设施并签订承诺书；\n2.纳入街道日常巡查。",
            "立行立改",
            "已办结",
            "莲都区人民政府",
            "",
        ],
        [
            "2",
            "ZJ2025081203",
            "青田县",
            "青田县某石材加工点废水直排瓯江支流。",
            "属实。该加工点未建沉淀池，切割废水经明沟流入支流。",
            "1.依法立案查处；\n2.责令停产整改，建设沉淀池和循环水系统；\n3.清理河道内石粉淤积。",
            "2025年10月31日前",
            "阶段性办结",
            "青田县人民政府",
            "",
        ],
        [
            "3",
            "ZJ2025081206",
            "缙云县",
            "缙云县某村后山有人毁林开垦种植药材。",
            "部分属实。开垦面积约2亩，未发现成片毁林。",
            "1.责令恢复植被；\n2.对毁林开垦行为立案调查。",
            "2025年11月底前",
            "未办结",
            "缙云县人民政府",
            "",
        ],
        [
            "4",
            "ZJ2025081209",
            "开发区",
            "开发区某化工企业夜间排放刺鼻异味。",
            "不属实。夜间突击检查3次，企业废气处理设施正常运行，厂界无组织排放监测达标。",
            "/",
            "/",
            "已办结",
            "丽水经济技术开发区管委会",
            "",
        ],
        [
            "5",
            "ZJ2025081211",
            "市直部门",
            "市区某河道沿线排口雨天溢流污水。",
            "属实。沿线存在雨污混接点6处。",
            "1.排查沿线雨污混接点；\n2.实施截污纳管改造。",
            "2025年12月31日前",
            "阶段性办结",
            "市住房和城乡建设局",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    return _book_bytes(book)


def _beidahu_closure_ledger_docx() -> bytes:
    """永吉县 北大湖镇 (吉林 吉林市): 环保督察案件整改销号台账 (the stored report: 24 cases, 14 closed, 镇党委
    政府 “一级抓一级” and 群众 taking part, 2020); the ledger's rows, units and dates are ours."""
    header = [
        "序号",
        "案件来源及编号",
        "问题描述",
        "整改措施",
        "责任单位",
        "包保领导",
        "完成时限",
        "整改进展",
        "销号情况",
    ]
    rows = [
        [
            "1",
            "中央环保督察“回头看”交办件（JL201806110023）",
            "北大湖滑雪场周边部分宾馆餐饮污水排入自然沟渠",
            "1.宾馆餐饮单位污水接入市政管网；2.对暂不能接入的单位实行定期清掏；3.加强日常巡查。",
            "镇城建办、镇环保所",
            "副镇长",
            "2019年10月底前",
            "12家宾馆已全部接入管网，沟渠已清理。",
            "已销号",
        ],
        [
            "2",
            "省环保督察交办件（SJ2019-041）",
            "大荒地村河道旁堆放生活垃圾",
            "1.清运河道旁垃圾；2.设置垃圾收集点，纳入村屯保洁体系。",
            "大荒地村委会",
            "包村领导",
            "立行立改",
            "已清运垃圾30余吨，设置收集点4处。",
            "已销号",
        ],
        [
            "3",
            "中央环保督察反馈问题（整改任务第17项）",
            "北大湖镇区污水处理设施建设滞后",
            "1.建设镇区污水处理站及配套管网；2.建成后委托第三方运维。",
            "镇政府、永吉县住房和城乡建设局",
            "镇长",
            "2020年10月31日前",
            "主体工程已完工，正在安装设备。",
            "未销号",
        ],
        [
            "4",
            "省环保督察交办件（SJ2019-057）",
            "某采石场停采后未进行生态修复",
            "1.关停采石场；2.编制修复方案并实施复绿。",
            "镇国土所、永吉县自然资源局",
            "副镇长",
            "2020年6月30日前",
            "已关停，修复方案已编制。",
            "未销号",
        ],
        [
            "5",
            "中央环保督察“回头看”交办件（JL201806130007）",
            "镇区部分餐饮店油烟直排",
            "责令安装油烟净化设施并定期清洗。",
            "镇市场监管所",
            "副镇长",
            "2018年12月底前",
            "8家餐饮店均已安装油烟净化设施。",
            "已销号",
        ],
    ]
    return _table_docx(
        ["北大湖镇环保督察案件整改销号台账", "截至2020年4月，全镇共有环保督察案件24个，已销号14个。（节选）"],
        header,
        rows,
        after=["填报单位：北大湖镇人民政府　　填报时间：2020年4月20日"],
    )


def _gangcha_progress_pdf() -> bytes:
    """刚察县 (青海 海北州): 第三轮中央生态环境保护督察反馈问题整改进展情况表. The two faults in 刚察 as the
    province's 销号公示表 for problem 30 publishes them (the county's sewage plant stopped nine months
    from 2022-11 to 2023-07, 46.6万吨 into 沙柳河; 柴达尔矿's overflow outlet into 柴达尔河) and 刚毛藻 at the
    river mouths, paraphrased; the measures, units, limits and progress are ours. A PDF table."""
    header = ["序号", "反馈问题", "整改措施", "牵头单位", "配合单位", "整改时限", "整改进展", "完成情况"]
    rows = [
        [
            "1",
            "刚察县城镇生活污水处理厂一期工程以设备维修为由停运9个月，46.6万吨生活污水未经处理直排沙柳河。",
            "1.对污水处理厂实施设备更新和提标改造；2.建立运行维护和在线监测制度；3.对停运期间有关责任人依规追责。",
            "县住房和城乡建设局",
            "县生态环境局、沙柳河镇",
            "2024年12月底前",
            "设备更新改造已完成，出水稳定达标；相关责任人已处理。",
            "已完成",
        ],
        [
            "2",
            "西海煤炭开发公司柴达尔矿污水处理站私设溢流口，生产废水经暗管排入柴达尔河。",
            "1.封堵溢流口和暗管；2.依法立案处罚；3.督促企业提升污水处理能力，生产废水全部回用。",
            "县生态环境局",
            "县自然资源局、县工信商务局",
            "立行立改，2024年6月底前",
            "溢流口、暗管已封堵，已立案处罚；回用设施正在调试。",
            "序时推进",
        ],
        [
            "3",
            "沙柳河、哈尔盖河入湖口附近刚毛藻异常增殖。",
            "1.组建打捞队伍，汛期常态化打捞；2.开展沿河面源污染治理。",
            "县水利局",
            "沙柳河镇、哈尔盖镇",
            "长期坚持",
            "2024年共打捞刚毛藻3000余吨。",
            "长期坚持",
        ],
    ]
    return _pdf_table(
        ["刚察县第三轮中央生态环境保护督察反馈问题整改进展情况表", "（截至2025年3月底）"],
        header,
        rows,
        widths=(10, 55, 60, 25, 28, 25, 50, 20),
    )


def _anshun_batch20_docx() -> bytes:
    """安顺市 (贵州): 中央第四生态环境保护督察组交办第二十批信访举报件边督边改公开情况 (2024-11; the stored
    notice gives 安顺 3 of the batch's 86 and 安顺's 27 in the first 13 batches, 4 closed); the three rows
    are ours."""
    header = [
        "序号",
        "交办编号",
        "交办问题基本情况",
        "行政区域",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
        "是否办结",
        "责任人被处理情况",
    ]
    rows = [
        [
            "1",
            "X5GZ202411070015",
            "西秀区某小区旁夜间渣土车运输扬尘大、噪声扰民。",
            "西秀区",
            "大气、噪音",
            "经核查，该路段有建筑工地渣土运输车辆夜间通行，部分车辆未密闭运输。",
            "属实",
            "1.区住建局责令施工单位落实车辆密闭和冲洗措施；2.区综合行政执法局加强夜间巡查，查处未密闭运输车辆2辆。",
            "是",
            "无",
        ],
        [
            "2",
            "D5GZ202411070032",
            "平坝区某养殖场粪污直排农田旁沟渠。",
            "平坝区",
            "水、土壤",
            "经核查，该养殖场粪污储存池容量不足，雨后有少量粪水溢流。",
            "属实",
            "1.市生态环境局平坝分局立案调查；2.责令扩建储粪池，计划于2024年12月31日前完成。",
            "否（阶段性办结）",
            "无",
        ],
        [
            "3",
            "D5GZ202411070041",
            "普定县某石材厂切割粉尘大。",
            "普定县",
            "大气",
            "经核查，该厂已于2024年9月停产，现场无生产活动。",
            "不属实",
            "/",
            "是",
            "无",
        ],
    ]
    return _table_docx(
        [
            "中央第四生态环境保护督察组交办安顺市第二十批信访举报件边督边改公开情况",
            "2024年11月8日，中央第四生态环境保护督察组向我市交办第二十批信访举报件3件，现将调查处理情况公开如下：",
        ],
        header,
        rows,
        after=["安顺市服务保障第三轮中央生态环境保护督察工作领导小组办公室", "2024年11月18日"],
    )


DOCUMENTS["tiemenguan_2026_regiment30_notice"] = (
    "第一轮兵团生态环境保护督察反馈问题整改完成情况公示.txt",
    _text("tiemenguan_2026_regiment30_notice"),
)
DOCUMENTS["benxi_2021_petition_overview_tabs"] = (
    "本溪市中央生态环境保护督察交办环境信访案件办理情况一览表.txt",
    _text("benxi_2021_petition_overview_tabs"),
)
DOCUMENTS["lishui_2025_batch12_xlsx"] = ("第十二批群众信访举报件调查处理情况表.xlsx", _lishui_batch12_xlsx)
DOCUMENTS["beidahu_2020_closure_ledger_docx"] = (
    "北大湖镇环保督察案件整改销号台账.docx",
    _beidahu_closure_ledger_docx,
)
DOCUMENTS["gangcha_2025_progress_pdf"] = ("刚察县督察反馈问题整改进展情况表.pdf", _gangcha_progress_pdf)
DOCUMENTS["anshun_2024_batch20_docx"] = (
    "安顺市第二十批信访举报件边督边改公开情况.docx",
    _anshun_batch20_docx,
)

# The seventy-seventh blind set, for the figure recorded in docs/decisions.md (“Blind set 77”).
BLIND_77 = (
    "tiemenguan_2026_regiment30_notice",
    "benxi_2021_petition_overview_tabs",
    "lishui_2025_batch12_xlsx",
    "beidahu_2020_closure_ledger_docx",
    "gangcha_2025_progress_pdf",
    "anshun_2024_batch20_docx",
)
BLIND_SETS[77] = BLIND_77


# --- blind set 82 (issue 14, branch corpus-blind82) -----------------------------------------------
# Awkward Word task tables attached to county and city plans, fourth round: a header over two rows
# (责任分工 over 责任市领导 / 牵头单位 / 责任单位) with group rows “一、…方面” and the 序号 running on,
# measures as “（1）” paragraphs in one cell; domain group rows with the leader and the lead unit merged down
# over several findings and measures “一是…；二是…”; a petition ledger whose header runs over two rows
# (责任单位 over 牵头单位 / 配合单位) with batch group rows and measures “（1）…；（2）…” run together; a
# ledger whose title and fill-in line are the table's own first rows, a 问题来源 merged down, a 责任人
# column of posts and a 是否销号 of 是 / 否. Occasions and places as published (SOURCES.md “Blind set
# 82”), the rows ours. Written with their expected JSON before the reader ran on them.


def _wulanchabu_region_inspection_task_list() -> bytes:
    """乌兰察布市 (内蒙古) 贯彻落实自治区生态环境保护督察反馈意见整改工作方案 (posted 2021-10-28 by the city's
    government site): the attached 整改任务清单 in a landscape section, its header over two rows
    (责任分工 over 责任市领导 / 牵头单位 / 责任单位), aspects as group rows “一、…方面” with the 序号
    running on across them, an 整改目标 column, measures as “（1）” paragraphs in one cell. The aspects'
    wording and all rows are ours."""
    document = docx.Document()
    for line in (
        "乌兰察布市贯彻落实自治区生态环境保护督察反馈意见整改工作方案",
        "根据自治区生态环境保护督察组反馈意见，结合乌兰察布市实际情况，制定本整改方案。",
        "附件：乌兰察布市贯彻落实自治区生态环境保护督察反馈意见整改任务清单",
    ):
        document.add_paragraph(line)
    _landscape(document)
    for line in ("附件", "乌兰察布市贯彻落实自治区生态环境保护督察反馈意见整改任务清单"):
        document.add_paragraph(line)
    upper = ["序号", "反馈问题", "整改目标", "整改措施", "责任分工", None, None, "完成时限"]
    lower = ["", "", "", "", "责任市领导", "牵头单位", "责任单位", ""]
    table = _two_row_header_table(document, upper, lower, [])
    rows = [
        "一、贯彻落实习近平生态文明思想方面",
        [
            "1",
            "个别地区和部门对生态环境保护重要性认识不足，重发展轻保护的观念仍然存在。",
            "各级党委（党组）把生态文明建设摆在突出位置，常态化开展学习研讨。",
            [
                "（1）将习近平生态文明思想纳入市委理论学习中心组年度学习计划；",
                "（2）各级党校将生态文明建设作为干部培训必修课程；",
                "（3）对各旗县市区党政领导干部开展生态环境保护专题培训。",
            ],
            "市委副书记",
            "市委宣传部",
            "市委组织部、市委党校、各旗县市区党委和政府",
            "2021年12月底前完成，并长期坚持",
        ],
        [
            "2",
            "生态环境保护责任清单落实不到位，考核传导压力不足。",
            "责任清单全面落实，考核结果与干部使用挂钩。",
            ["（1）修订市直部门生态环境保护责任清单；", "（2）将督察整改完成情况纳入年度实绩考核。"],
            "市委常委、常务副市长",
            "市生态环境局",
            "市委组织部、市考核办",
            "持续推进",
        ],
        "二、突出生态环境问题方面",
        [
            "3",
            "中心城区部分区域冬季燃煤散烧问题突出，采暖期空气质量改善压力大。",
            "完成中心城区清洁取暖改造任务，采暖期优良天数比例同比提高。",
            [
                "（1）实施集中供热管网延伸工程；",
                "（2）推进“煤改电”“煤改气”清洁取暖改造；",
                "（3）取缔建成区内燃煤散烧小锅炉。",
            ],
            "副市长",
            "市住房和城乡建设局",
            "市发展和改革委员会、集宁区人民政府",
            "2022年10月底前",
        ],
        [
            "4",
            "部分工业固体废物堆场防扬散、防流失措施不到位。",
            "工业固体废物堆场全部完成规范整治。",
            [
                "（1）开展工业固体废物堆场排查，建立问题台账；",
                "（2）督促企业完成堆场围挡、苫盖和防渗改造；",
                "（3）对拒不整改的企业依法查处。",
            ],
            "副市长",
            "市生态环境局",
            "市工业和信息化局、各旗县市区人民政府",
            "2022年6月底前",
        ],
    ]
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
        else:
            _fill_row(cells, row)
    return _save(document)


def _huaying_inspection_readiness_list() -> bytes:
    """华蓥市 (四川 广安) 迎接中央环境保护督察动员会 (2017-07-04 下午, 市政务中心, 市级各部门、
    各乡镇（街道）和 150余家企业 300余人): the 工作方案's attached 问题整改责任清单, the problems not yet
    rectified from the 省环保督察 and those found by its own check, split into 6 domain lists
    (城建国土领域、交通旅游领域 …) given to 市级领导 and units. Here two of the domains as group rows, the
    leader and the lead unit merged down over their findings, measures “一是…；二是…。”, a 整改进度 column,
    the header repeated on each page. The rows are ours; 华蓥山 and the two 街道 are the city's."""
    document = docx.Document()
    for line in (
        "华蓥市迎接中央环境保护督察工作方案",
        "将未完成整改的省环保督察问题以及自查新发现的问题分为6个责任清单，分到市级领导和各单位，"
        "限期整改到位。",
        "附件",
        "华蓥市环境保护突出问题整改责任清单",
    ):
        document.add_paragraph(line)
    header = ["序号", "存在问题", "整改措施", "责任市级领导", "牵头单位", "责任单位", "整改时限", "整改进度"]
    rows = [
        "一、城建国土领域",
        [
            "1",
            "城区部分路段污水管网雨污混流，溪河沿线有生活污水直排口。",
            "一是全面排查城区排污口；二是实施雨污分流管网改造；三是封堵直排口并接入污水管网。",
            "副市长",
            "市住建局",
            "双河街道办事处、古桥街道办事处",
            "2017年8月31日前",
            "正在整改",
        ],
        [
            "2",
            "部分建筑工地扬尘防控措施落实不到位。",
            "一是落实围挡、覆盖、冲洗等防尘措施；二是对整改不到位的工地责令停工整改。",
            "副市长",
            "市住建局",
            "市环保局、市城管执法局",
            "立行立改",
            "已完成整改",
        ],
        [
            "3",
            "部分废弃矿山未开展生态修复，水土流失明显。",
            "一是编制废弃矿山生态修复方案；二是分批实施复绿工程。",
            "副市长",
            "市国土资源局",
            "市林业局、相关乡镇人民政府",
            "2017年12月31日前",
            "正在整改",
        ],
        "二、交通旅游领域",
        [
            "4",
            "华蓥山景区部分农家乐生活污水未经处理直接排放。",
            "一是农家乐全部配套建设污水处理设施；二是对排放不达标的暂停营业整改；三是景区加强日常巡查。",
            "副市长",
            "华蓥山景区管委会",
            "市旅游局、市环保局",
            "2017年7月31日前",
            "已完成整改",
        ],
        [
            "5",
            "国省干道沿线部分砂石堆场未覆盖，运输车辆抛洒滴漏。",
            "一是堆场全部苫盖；二是运输车辆密闭运输；三是开展联合执法检查。",
            "副市长",
            "市交通运输局",
            "市公安局、市环保局",
            "立行立改，长期坚持",
            "已完成整改",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _repeat_header_row(table)
    _merge_down(table, 3, 2, 4)
    _merge_down(table, 4, 2, 3)
    _merge_down(table, 3, 6, 7)
    document.add_paragraph("华蓥市迎接中央环境保护督察工作领导小组办公室　2017年7月4日")
    return _save(document)


def _hengyangxian_petition_ledger() -> bytes:
    """衡阳县 (湖南 衡阳) 省生态环境保护督察 交办信访件办理台账 (2020): the 第4批 case as published
    (井头镇泗水中学附近 违法洗砂, 扬尘影响师生, 洗砂废水直排河流; no approvals, washing since 4月5日, no
    pollution control; 副县长 with 自然资源、生态环境、井头镇 on site; 整改通知书, 断水断电, 设备拆除运走,
    成品砂清运, 原料就地 清理填埋, 覆土 播撒菜籽草籽 复垦复绿, “两断三清一复绿”; 已办结, reported to the 市
    liaison group). A landscape ledger, its header over two rows (责任单位 over 牵头单位 / 配合单位), the
    batches as group rows, a 是否属实 and a 包案县领导 column, measures “（1）…；（2）…” run together. The
    other three cases, their numbers and the batch 5 are ours; 西渡镇 and 洪市镇 are the county's."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "衡阳县省生态环境保护督察交办信访件办理情况台账",
        "填报单位：衡阳县配合省生态环境保护督察工作协调联络组",
    ):
        document.add_paragraph(line)
    upper = ["序号", "交办编号", "信访反映问题", "是否属实", "整改措施", "责任单位", None, "包案县领导"]
    upper += ["办理时限", "办理结果"]
    lower = ["", "", "", "", "", "牵头单位", "配合单位", "", "", ""]
    table = _two_row_header_table(document, upper, lower, [])
    rows = [
        "第4批交办件",
        [
            "1",
            "HY4-07",
            "井头镇泗水中学附近有人违法洗砂，扬尘影响师生健康，洗砂废水直排河流。",
            "属实",
            "（1）下达整改通知书，责令立即停止洗砂；（2）断水断电，拆除运走洗砂设备；（3）清运成品砂，剩余原料"
            "就地清理填埋；（4）场地整理覆土，播撒草籽复垦复绿。",
            "井头镇人民政府",
            "县自然资源局、市生态环境局衡阳县分局",
            "副县长",
            "立行立改",
            "已办结",
        ],
        [
            "2",
            "HY4-12",
            "西渡镇某养猪场粪污未经处理排入农田水渠。",
            "部分属实",
            "（1）责令养殖场停止排放并清理水渠粪污；（2）限期建设干粪棚和沼液储存池。",
            "西渡镇人民政府",
            "县畜牧水产事务中心、市生态环境局衡阳县分局",
            "副县长",
            "2020年10月31日前",
            "阶段性办结",
        ],
        "第5批交办件",
        [
            "3",
            "HY5-03",
            "洪市镇某石材加工厂粉尘和噪声扰民。",
            "属实",
            "（1）责令停产整改；（2）加工车间全封闭并安装除尘设施；（3）夜间禁止生产。",
            "洪市镇人民政府",
            "市生态环境局衡阳县分局",
            "县委常委",
            "2020年9月30日前",
            "已办结",
        ],
        [
            "4",
            "HY5-09",
            "县城某小区底商餐饮油烟扰民。",
            "属实",
            "（1）督促商户安装油烟净化设施；（2）加强日常巡查。",
            "县城市管理和综合执法局",
            "西渡镇人民政府",
            "副县长",
            "2020年10月15日前",
            "已办结",
        ],
    ]
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
        else:
            _fill_row(cells, row)
    return _save(document)


def _fenyi_inspection_rectification_ledger() -> bytes:
    """分宜县 (江西 新余) 迎接中央环保督察暨全县环保工作会议 (5月27日上午, 县长 with three 副县长; reports
    on the 中央环保督察“回头看”, the 生态环境部 饮用水源地督察 and water quality, the 长江经济带 audit): the
    rectification ledger handed to the meeting, its title and fill-in line typed as the table's own first rows
    merged across, a 问题来源 column merged down, a 责任人 column of posts, measures as “1.” paragraphs in one
    cell, 整改进展 and 是否销号 (是 / 否). The rows are ours; the 袁河 and 分宜镇 are the county's; the year
    (2018, the 回头看's) is the page's."""
    document = docx.Document()
    document.add_paragraph("附件")
    header = ["序号", "问题来源", "问题清单", "整改措施", "责任单位", "责任人", "完成时限", "整改进展"]
    header.append("是否销号")
    table = document.add_table(rows=3, cols=len(header))
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, len(header) - 1)).text = "分宜县环保督察反馈问题整改台账"
    fill_in = "填报单位：分宜县环保局　　　　填报时间：2018年5月25日"
    table.cell(1, 0).merge(table.cell(1, len(header) - 1)).text = fill_in
    for cell, value in zip(table.rows[2].cells, header, strict=True):
        cell.text = value
    rows = [
        [
            "1",
            "饮用水水源地专项督察",
            "县城饮用水水源地一级保护区内存在农家乐等违规建设项目。",
            ["1.拆除保护区内违规建筑；", "2.设置隔离防护设施和警示标志。"],
            "县水利局、分宜镇人民政府",
            "县水利局局长、分宜镇镇长",
            "2018年6月30日",
            "违规建筑已拆除，隔离网正在安装。",
            "否",
        ],
        [
            "2",
            "饮用水水源地专项督察",
            "乡镇集中式饮用水水源保护区未完成划定。",
            ["1.编制乡镇饮用水水源保护区划定方案；", "2.报批后设立界标。"],
            "县环保局",
            "县环保局局长",
            "2018年底",
            "划定方案已上报。",
            "否",
        ],
        [
            "3",
            "长江经济带审计",
            "县城污水处理厂进水浓度偏低，管网收集率不高。",
            ["1.排查修复破损管网；", "2.实施截污纳管工程。"],
            "县住建局",
            "县住建局局长",
            "2018年12月31日",
            "管网排查已完成，工程正在招标。",
            "否",
        ],
        [
            "4",
            "中央环保督察反馈",
            "袁河沿岸部分砂场未落实扬尘和废水治理措施。",
            ["1.砂场建设沉淀池，废水循环利用；", "2.堆场苫盖并配套喷淋；", "3.整治不到位的依法关停。"],
            "县水利局",
            "县水利局局长",
            "2018年5月31日",
            "已完成整改。",
            "是",
        ],
    ]
    for row in rows:
        _fill_row(table.add_row().cells, row)
    _merge_down(table, 1, 3, 4)
    document.add_paragraph("分宜县迎接中央环保督察工作领导小组办公室")
    return _save(document)


def _yongjing_inspection_feedback_list() -> bytes:
    """永靖县 (甘肃 临夏) 全县生态环境保护重点工作推进会暨中央第二轮环保督察工作安排部署会 (6月20日; 县委书记
    and 县长; the 中央、省级环保督察反馈意见 gone through item by item: those rectified get a 回头看, those
    not yet are pressed to the 整改清单's limits and standards): the 整改清单 as such a meeting hands it out,
    a 问题类别 column merged down, the header over two rows (整改责任 over 责任县级领导 / 牵头单位 /
    配合单位), a one-sentence 整改要求 beside the measures, measures and limits numbered inside their cells
    on lines broken with Shift+Enter (one paragraph), the leader merged down, an 整改状态 column. The page
    gives no year; the rows and their limits' year are ours; 刘家峡, 太极镇 and the 黄河 are the county's."""
    document = docx.Document()
    _landscape(document)
    for line in ("附件", "永靖县中央、省级环保督察反馈意见整改清单"):
        document.add_paragraph(line)
    upper = ["序号", "问题类别", "反馈问题", "整改要求", "整改措施", "整改责任", None, None, "整改时限"]
    upper.append("整改状态")
    lower = ["", "", "", "", "", "责任县级领导", "牵头单位", "配合单位", "", ""]
    table = _two_row_header_table(document, upper, lower, [])
    rows = [
        [
            "1",
            "中央环保督察反馈问题",
            "黄河永靖段沿岸部分砂石料场非法采砂，河道生态受损。",
            "全面取缔非法采砂点，河道生态逐步恢复。",
            "1.开展黄河沿岸非法采砂专项整治；\n2.拆除采砂设备，平整河道；\n3.建立河道巡查长效机制。",
            "副县长",
            "县水务局",
            "县自然资源局、县公安局、沿河各乡镇",
            "1.2019年9月底前\n2.长期坚持",
            "已整改到位",
        ],
        [
            "2",
            "中央环保督察反馈问题",
            "刘家峡库区周边部分农家乐和餐饮店生活污水直排。",
            "污水全部收集处理，库区水质稳定达标。",
            "1.建设库区周边污水收集管网；\n2.农家乐配套建设污水预处理设施。",
            "副县长",
            "县住建局",
            "刘家峡镇人民政府、太极镇人民政府",
            "2019年12月底前",
            "未整改到位",
        ],
        [
            "3",
            "省级环保督察反馈问题",
            "县城集中供热燃煤锅炉脱硫脱硝设施运行不稳定。",
            "锅炉污染物稳定达标排放。",
            "1.完成锅炉超低排放改造；\n2.安装在线监测设施并联网。",
            "副县长",
            "县住建局",
            "州生态环境局永靖分局",
            "2019年10月31日前",
            "未整改到位",
        ],
        [
            "4",
            "省级环保督察反馈问题",
            "部分乡镇垃圾填埋场未做防渗处理，渗滤液未收集。",
            "填埋场全部完成规范化整治。",
            "1.对填埋场实施封场或防渗改造；\n2.建设渗滤液收集池。",
            "副县长",
            "县住建局",
            "各乡镇人民政府",
            "立行立改",
            "已整改到位",
        ],
    ]
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value  # a "\n" is a line break inside the paragraph, as Shift+Enter types it
    _merge_down(table, 1, 2, 3)
    _merge_down(table, 1, 4, 5)
    _merge_down(table, 5, 2, 5)
    _merge_down(table, 6, 3, 5)
    document.add_paragraph("永靖县生态环境保护督察整改工作领导小组办公室")
    return _save(document)


DOCUMENTS["wulanchabu_2021_region_inspection_task_list_docx"] = (
    "自治区生态环境保护督察反馈意见整改任务清单.docx",
    _wulanchabu_region_inspection_task_list,
)
DOCUMENTS["huaying_2017_inspection_readiness_list_docx"] = (
    "环境保护突出问题整改责任清单.docx",
    _huaying_inspection_readiness_list,
)
DOCUMENTS["hengyangxian_2020_petition_ledger_docx"] = (
    "交办信访件办理情况台账.docx",
    _hengyangxian_petition_ledger,
)
DOCUMENTS["fenyi_2018_inspection_rectification_ledger_docx"] = (
    "环保督察反馈问题整改台账.docx",
    _fenyi_inspection_rectification_ledger,
)

DOCUMENTS["yongjing_2019_inspection_feedback_list_docx"] = (
    "中央、省级环保督察反馈意见整改清单.docx",
    _yongjing_inspection_feedback_list,
)

# The eighty-second blind set, for the figure recorded in docs/decisions.md (“Blind set 82”).
BLIND_82 = (
    "wulanchabu_2021_region_inspection_task_list_docx",
    "huaying_2017_inspection_readiness_list_docx",
    "hengyangxian_2020_petition_ledger_docx",
    "fenyi_2018_inspection_rectification_ledger_docx",
    "yongjing_2019_inspection_feedback_list_docx",
)
BLIND_SETS[82] = BLIND_82


# --- blind set 84 (issue 14, branch corpus-blind84) -----------------------------------------------
# Government-portal and WeChat text, sixth round (sets 51, 61, 68, 71 and 76 were the first five):
# a city 专班's 暗访 通报 whose problems are numbered on through county headings with labelled lines
# under each, a 街道 公众号 post whose items open on a “📍site” line with no number, a township's
# 清四乱 销号 公示 whose labels run inline in each item's paragraph, and a 创文 “啄木鸟” 回头看 post
# with “NO.1” lines, 责任片区 labels, empty 整改前/整改后 captions and ✅/⏳ status lines. Written with
# their expected JSON BEFORE the reader was run on them; sources in SOURCES.md (“Blind set 84”).

DOCUMENTS["luohe_2021_unannounced_visit_notice"] = (
    "全市农村人居环境集中整治行动暗访发现问题整改情况通报.txt",
    _text("luohe_2021_unannounced_visit_notice"),
)
DOCUMENTS["hujiamiao_2019_night_check_wechat"] = (
    "胡家庙街道夜查工地扬尘发现问题整改情况.txt",
    _text("hujiamiao_2019_night_check_wechat"),
)
DOCUMENTS["guoshuiping_2020_four_mess_notice"] = (
    "过水坪镇河湖清四乱问题整改销号情况公示.txt",
    _text("guoshuiping_2020_four_mess_notice"),
)
DOCUMENTS["guanyuan_2024_woodpecker_recheck"] = (
    "官园街道啄木鸟曝光问题整改回头看.txt",
    _text("guanyuan_2024_woodpecker_recheck"),
)

# The eighty-fourth blind set, for the figure recorded in docs/decisions.md (“Blind set 84”).
BLIND_84 = (
    "luohe_2021_unannounced_visit_notice",
    "hujiamiao_2019_night_check_wechat",
    "guoshuiping_2020_four_mess_notice",
    "guanyuan_2024_woodpecker_recheck",
)
BLIND_SETS[84] = BLIND_84


# --- blind set 83 (issue 14, branch corpus-blind83) -----------------------------------------------
# Letters and lists handed down, fifth round (sets 40, 62, 72 and 79 were the first four): a 区
# 全域无垃圾办's 督办通知 to a 办事处 handing a problem over a second time, the report's day in the
# prose; a 市 六城同创 office's 督查通报 copied from its web page, the problems in one paragraph per
# 方面 and the report due from “各责任单位”; a 分局's joint-check 交办清单 in Excel, a 乡镇 column
# beside the unit column, steps numbered in the one requirement cell. Places new to the corpus:
# 崆峒区 (甘肃 平凉), 利川 (湖北 恩施), 东乡 (甘肃 临夏). (A 交办单 page first written here was
# already in the corpus as zhenjiang_2024_assignment and was dropped.) Added after the first
# read, and read blind on its own: a 镇's 督查通报 to its 村, two problems in one sentence after
# “以下问题…：”, each naming its 村, one limit in the requirements (金元镇, 四川 遂宁 大英).
# Written with their expected JSON BEFORE the reader was run on them;
# sources in SOURCES.md (“Blind set 83”).


def _kongtong_supervision_notice_docx() -> bytes:
    """崆峒区 (甘肃 平凉): the 区全域无垃圾治理办公室's 督办通知 of 2018-01-17 to 中街办事处 (the 天主教堂
    以北空地 rubbish of its 第14期督查通报 of 2017-12-01, reported again: the 北后街 heap only fenced
    with iron sheets; report due 2018年1月19日前) as published; the Word file, wording paraphrased."""
    lines = [
        "督 办 通 知",
        "区全域无垃圾办〔2018〕1号",
        "中街办事处：",
        "2017年12月1日，区全域无垃圾治理办公室第14期督查通报已将“天主教堂以北空地内生活垃圾乱堆，未清理”"
        "问题交办你单位。",
        "近日，中央环保督查组和省环保厅将对环保信访问题进行明查暗访。接群众反映，北后街路边堆放的垃圾未按要求"
        "清除，仅用铁皮墙围挡。现将该问题再次移交，请你单位高度重视，提出切实可行的措施，及时全面整改，举一反三"
        "清查辖区内类似问题，制定长效措施防止反弹，并将整改情况于2018年1月19日前报区全域无垃圾治理办公室。",
        "联系人：×××        联系电话：××××××××",
        "崆峒区全域无垃圾治理工作领导小组办公室（代）",
        "2018年1月17日",
    ]
    return _save(_paragraphs_docx(lines))


def _dongxiang_joint_check_list_xlsx() -> bytes:
    """东乡族自治县 (甘肃 临夏): the March 2026 joint 生态环境专项督查 of 州生态环境东乡分局 with 县住建局、
    水务局、农业农村局 (沿河沿库、河道沟道、沿路 and 集镇: 乱倒垃圾, 垃圾转运不及时, 随意排污; problems
    交办 on the spot with 整改要求 and 时限, a 清单 kept under 销号管理) as the news tells it; the 交办
    清单 as the .xlsx the 分局 keeps, its columns, rows, towns' problems, units, limits and status ours."""
    header = ["序号", "乡镇", "问题点位", "存在问题", "整改要求", "责任单位", "整改时限", "销号情况"]
    book, sheet = _titled_sheet("交办清单", "东乡县生态环境专项督查发现问题交办清单", header)
    rows = [
        [
            1,
            "锁南镇",
            "集镇东乡大道沿线",
            "垃圾转运不及时，垃圾箱周边散落垃圾",
            "增加清运频次，做到日产日清",
            "锁南镇人民政府",
            "立行立改",
            "已销号",
        ],
        [
            2,
            "达板镇",
            "村道旁沟道",
            "沟道内乱倒生活垃圾和建筑垃圾",
            "1.清理沟道内垃圾；2.设置禁止倾倒警示牌",
            "达板镇人民政府、县住建局",
            "2026年3月31日前",
            "未销号",
        ],
        [
            3,
            "河滩镇",
            "洮河沿岸",
            "沿河堆放生活垃圾未清运",
            "清运沿河垃圾，落实河道日常保洁",
            "河滩镇人民政府、县水务局",
            "2026年3月25日前",
            "未销号",
        ],
        [
            4,
            "唐汪镇",
            "集镇餐饮街",
            "餐饮店污水直排路边沟渠",
            "1.责令餐饮店停止直排；2.接入集镇污水管网",
            "唐汪镇人民政府、州生态环境东乡分局",
            "2026年4月15日前",
            "整改中",
        ],
    ]
    for row in rows:
        sheet.append(row)
    return _book_bytes(book)


DOCUMENTS["kongtong_2018_supervision_notice_docx"] = (
    "崆峒区全域无垃圾办督办通知.docx",
    _kongtong_supervision_notice_docx,
)
DOCUMENTS["lichuan_2017_inspection_bulletin_page"] = (
    "督查通报(第201704期).txt",
    _text("lichuan_2017_inspection_bulletin_page"),
)

DOCUMENTS["dongxiang_2026_joint_check_list_xlsx"] = (
    "东乡县生态环境专项督查发现问题交办清单.xlsx",
    _dongxiang_joint_check_list_xlsx,
)
DOCUMENTS["jinyuan_2017_river_check_bulletin"] = (
    "金元镇黄腊溪专项督查情况通报.txt",
    _text("jinyuan_2017_river_check_bulletin"),
)

# The eighty-third blind set, for the figure recorded in docs/decisions.md (“Blind set 83”).
BLIND_83 = (
    "kongtong_2018_supervision_notice_docx",
    "lichuan_2017_inspection_bulletin_page",
    "dongxiang_2026_joint_check_list_xlsx",
    "jinyuan_2017_river_check_bulletin",
)
BLIND_SETS[83] = BLIND_83


# --- blind set 85 (issue 14, branch corpus-blind85) -----------------------------------------------
# Whole rectification plans of a city or county for central or provincial inspection feedback, as
# Word files: a body with 总体要求 / 指导思想 / 工作目标 chapters, findings as numbered headings
# with labelled paragraphs, or the task list as a ruled table (attached, or set between two
# chapters). Places new to the corpus: 乌兰察布 (内蒙古), 华蓥 (四川 广安), 永靖 (甘肃 临夏),
# 漳浦 (福建 漳州). Occasions and dates as the stored pages give them; problems, units, limits and
# measures ours (docs/decisions.md “Blind set 85”).


def _wulanchabu_plan_docx() -> bytes:
    """乌兰察布市 (内蒙古) 贯彻落实自治区生态环境保护督察反馈意见整改工作方案 (2021-10-28): the
    总体要求 and 基本原则 chapters as published (paraphrased); the problems under （一）…方面 groups,
    numbered 1. 2. …, each with 责任领导 / 牵头单位 / 责任单位 / 整改时限 / 整改目标 lines and
    measures （1）（2） under 整改措施：, ours."""
    document = _paragraphs_docx(
        [
            "乌兰察布市贯彻落实自治区生态环境保护督察反馈意见整改工作方案",
            "为深入贯彻习近平生态文明思想，全面落实自治区党委、政府关于生态环境保护督察工作的部署，"
            "加快解决突出生态环境问题，根据自治区生态环境保护督察组反馈意见，结合我市实际，制定本整改方案。",
            "一、总体要求",
            "坚持以习近平新时代中国特色社会主义思想为指导，牢固树立新发展理念，以落实自治区督察整改要求为着力点，"
            "坚持问题导向、目标导向、结果导向，全面完成督察反馈问题整改任务，持续改善生态环境质量。",
            "二、基本原则",
            "（一）提高政治站位。坚决扛起生态文明建设政治责任，落实生态环境保护“党政同责、一岗双责”。",
            "（二）坚持问题导向。对反馈问题逐项建立台账，明确责任领导、责任单位、整改目标、整改措施和整改时限。",
            "（三）坚持标本兼治。既解决突出问题，又建立长效机制，防止问题反弹。",
            "三、工作目标",
            "2021年底前，立行立改类问题全部整改到位；2023年底前，督察反馈问题基本完成整改；"
            "中心城区空气质量优良天数比率稳定在85%以上。",
            "四、整改任务",
            "（一）大气污染防治方面",
            "1.中心城区冬季燃煤散烧问题突出，部分城中村清洁取暖改造滞后。",
            "责任领导：市政府分管副市长",
            "牵头单位：市住房和城乡建设局",
            "责任单位：市生态环境局、市能源局，集宁区人民政府",
            "整改时限：2022年10月底前完成，长期坚持",
            "整改目标：中心城区城中村清洁取暖改造任务全部完成，燃煤散烧得到有效控制。",
            "整改措施：",
            "（1）摸清城中村燃煤散烧户底数，建立改造台账。",
            "（2）结合集中供热管网延伸，分片实施清洁取暖改造。",
            "（3）加强劣质煤流通监管，依法查处销售劣质散煤行为。",
            "2.部分工业企业无组织排放管控不到位，物料露天堆存。",
            "责任领导：市政府分管副市长",
            "牵头单位：市生态环境局",
            "责任单位：市工业和信息化局，各旗县市区人民政府",
            "整改时限：立行立改，持续推进",
            "整改目标：重点行业企业物料全部封闭或覆盖，无组织排放得到有效管控。",
            "整改措施：",
            "（1）开展工业企业无组织排放专项检查，建立问题清单。",
            "（2）督促企业建设封闭料棚，配套喷淋抑尘设施。",
            "（二）水污染防治方面",
            "3.部分旗县污水处理厂运行不稳定，出水超标排放。",
            "责任领导：市政府分管副市长",
            "牵头单位：市住房和城乡建设局",
            "责任单位：市生态环境局，相关旗县市区人民政府",
            "整改时限：2022年6月30日前",
            "整改目标：旗县污水处理厂稳定运行，出水稳定达到排放标准。",
            "整改措施：",
            "（1）对超标排放的污水处理厂开展诊断评估，制定提标改造方案。",
            "（2）加强运营监管，按月通报出水水质。",
            "（3）对超标排放行为依法立案处罚。",
            "（三）生态保护方面",
            "4.部分矿山企业开采后未按方案开展地质环境恢复治理。",
            "责任领导：市政府分管副市长",
            "牵头单位：市自然资源局",
            "责任单位：市林业和草原局、市生态环境局，各旗县市区人民政府",
            "整改时限：2023年底前",
            "整改目标：督察指出的矿山全部完成地质环境恢复治理。",
            "整改措施：",
            "（1）对全市矿山地质环境恢复治理情况开展排查。",
            "（2）督促矿山企业按方案落实治理责任，逾期不治理的依法处理。",
            "五、保障措施",
            "（一）加强组织领导。市督察整改工作领导小组统筹推进整改工作，每月召开调度会研究解决重点难点问题。",
            "（二）严格督查考核。将整改工作纳入年度实绩考核，对整改不力的严肃追责问责。",
            "（三）强化信息公开。通过市主要媒体公开整改方案和整改进展，接受社会监督。",
        ]
    )
    return _save(document)


def _huaying_duty_list_docx() -> bytes:
    """华蓥市 (四川 广安) 迎接中央环境保护督察工作方案 (2017-07-04 动员会): the unfinished 省环保督察
    problems divided by field into 责任清单 (城建国土领域, 交通旅游领域, …) and given to 市级领导 and
    units, as published; the plan's wording, the attached table's rows, units and limits ours."""
    document = _paragraphs_docx(
        [
            "华蓥市迎接中央环境保护督察工作方案",
            "为切实做好迎接中央环境保护督察各项工作，加快推进省环境保护督察反馈问题整改，结合我市实际，制定本方案。",
            "一、指导思想",
            "深入贯彻党中央、国务院和省委、省政府关于生态文明建设和环境保护的决策部署，坚决扛起环境保护政治责任，"
            "以迎接中央环境保护督察为契机，全面整改突出环境问题。",
            "二、工作目标",
            "2017年8月底前，省环境保护督察反馈的未完成问题全部整改到位或达到序时进度；群众反映强烈的环境问题得到有效解决。",
            "三、工作任务",
            "（一）全面整改督察反馈问题。将未完成整改的省环境保护督察问题和自查发现问题按领域分为责任清单，"
            "逐项明确牵头市领导、责任单位和完成时限（见附件）。",
            "（二）做好迎检准备。各乡镇（街道）、各部门对照清单开展自查自纠，整理整改台账资料。",
            "四、工作要求",
            "（一）落实责任。各责任单位主要负责同志为第一责任人，确保按期完成整改。",
            "（二）严格问责。对整改不力、敷衍应付的单位和个人严肃追责问责。",
            "附件：华蓥市省环境保护督察反馈问题整改责任清单",
        ]
    )
    _ruled_table(
        document,
        ["序号", "存在问题", "整改措施", "牵头市领导", "责任单位", "完成时限"],
        [
            "一、城建国土领域",
            [
                "1",
                "城区部分路段生活污水管网雨污不分，污水溢流进入渠江支流。",
                "1.排查城区雨污混接点位，建立台账；\n2.实施雨污分流改造；\n3.加强管网日常巡查维护。",
                "分管副市长",
                "市住建局（牵头）、市环保局、古桥街道办事处",
                "2017年9月底前",
            ],
            [
                "2",
                "部分采石场未办理用地手续，开采后未复垦。",
                "1.对无证采石场依法关闭；\n2.督促企业编制复垦方案并实施复垦。",
                "分管副市长",
                "市国土资源局（牵头）、市安监局、相关乡镇",
                "2017年8月31日前",
            ],
            "二、交通旅游领域",
            [
                "3",
                "华蓥山景区部分农家乐污水直排。",
                "1.对景区农家乐开展全面排查；\n2.督促配套建设污水处理设施；\n3.对直排行为依法处罚。",
                "分管副市长",
                "市旅游局（牵头）、市环保局、华蓥山旅游区管委会",
                "立即整改，长期坚持",
            ],
            [
                "4",
                "部分砂石运输车辆未密闭，沿线道路扬尘污染严重。",
                "1.开展运输车辆专项整治；\n2.加强沿线道路清扫洒水。",
                "分管副市长",
                "市交通运输局（牵头）、市公安局、市城管执法局",
                "2017年7月31日前",
            ],
        ],
    )
    document.add_paragraph("")
    return _save(document)


def _yongjing_plan_docx() -> bytes:
    """永靖县 (甘肃 临夏) 中央、省级环保督察反馈意见整改方案 (the county's 2018-06-20 会议 worked to
    its 整改清单): the problems as headings （一）（二）, each followed by one line naming the units
    and the limit (“责任单位：A（牵头），B、C；整改时限：…”) and one paragraph of measures 一是…二是…,
    ours; 指导思想 / 工作目标 / 保障措施 paraphrased."""
    document = _paragraphs_docx(
        [
            "永靖县贯彻落实中央和省级环境保护督察反馈意见整改方案",
            "为全面落实中央环境保护督察和省级环境保护督察反馈意见，切实抓好问题整改，制定本方案。",
            "一、指导思想",
            "深入学习贯彻习近平生态文明思想，严格落实环境保护“党政同责、一岗双责”，以督察反馈问题整改为抓手，"
            "持续推进水、大气、土壤污染防治，守护好黄河上游生态环境。",
            "二、工作目标",
            "2018年底前，督察反馈问题基本完成整改；2019年6月底前全面完成整改，建立长效机制。",
            "三、整改任务",
            "（一）刘家峡库区周边部分餐饮船舶生活污水收集处理不规范。",
            "责任单位：县交通运输局（牵头），县环保局、刘家峡镇人民政府；整改时限：2018年9月底前。",
            "整改措施：一是对库区餐饮船舶逐船排查登记；二是督促船舶配备污水收集装置，岸上统一接收处理；"
            "三是对违规排放行为依法查处。",
            "（二）黄河沿岸部分砂石料场未按要求整治，扬尘污染较重。",
            "责任单位：县水务局（牵头），县自然资源局、县环保局，沿河各乡镇人民政府；整改时限：立行立改，长期坚持。",
            "整改措施：一是依法取缔无证砂石料场；二是对保留料场落实围挡、覆盖和洒水措施。",
            "（三）部分乡镇生活垃圾收运体系不健全，存在随意堆放现象。",
            "责任单位：县住建局（牵头），各乡镇人民政府；整改时限：2018年12月底前。",
            "整改措施：一是完善乡镇垃圾收集转运设施；二是开展村庄环境卫生集中整治；三是建立保洁员日常巡查制度；"
            "四是将垃圾治理纳入乡镇年度考核。",
            "四、保障措施",
            "（一）加强组织领导。县督察整改工作领导小组每月调度整改进展。",
            "（二）严格督查问责。县委督查室、县政府督查室跟踪督办，对整改不力的严肃追责。",
        ]
    )
    return _save(document)


def _zhangpu_lookback_plan_docx() -> bytes:
    """漳浦县 (福建 漳州) 迎接第二轮中央生态环境保护督察 反馈问题整改“回头看”工作方案 (2019-07-18
    推进会: 中央、省、市反馈整改问题落实情况): the task list a ruled table set between 三、 and 四、,
    责任单位 “A（牵头）、B”, a 责任人 column of posts; the rows, units and limits ours."""
    document = _paragraphs_docx(
        [
            "漳浦县中央、省级环保督察反馈问题整改“回头看”工作方案",
            "为巩固中央、省环保督察反馈问题整改成效，做好迎接第二轮中央生态环境保护督察各项工作，制定本方案。",
            "一、工作目标",
            "对中央、省、市环保督察反馈问题和信访交办件全面开展“回头看”，已整改的确保不反弹，未完成的加快整改，"
            "2019年10月底前全部整改到位。",
            "二、工作步骤",
            "（一）自查自纠阶段（7月20日至8月15日）。各责任单位对照问题清单逐项自查。",
            "（二）集中整改阶段（8月16日至9月30日）。对自查发现的问题集中整改。",
            "三、整改任务",
            "需重点推进的反馈问题整改任务如下：",
        ]
    )
    _ruled_table(
        document,
        ["序号", "反馈问题", "整改目标", "整改措施", "责任单位", "责任人", "整改时限"],
        [
            [
                "1",
                "鹿溪流域部分畜禽养殖场粪污未经处理直排。",
                "禁养区内养殖场全部关闭，可养区养殖场粪污处理设施正常运行。",
                "1.对流域养殖场逐场排查；2.依法关闭禁养区内养殖场；3.督促可养区养殖场完善粪污处理设施。",
                "县农业农村局（牵头）、县生态环境局、沿溪各乡镇",
                "县农业农村局局长",
                "2019年9月30日前",
            ],
            [
                "2",
                "古雷港区周边部分企业废气收集处理设施不完善。",
                "企业废气稳定达标排放。",
                "1.开展企业废气专项执法检查；2.督促企业完善收集处理设施。",
                "县生态环境局（牵头）、县工信局",
                "县生态环境局局长",
                "2019年10月底前",
            ],
            [
                "3",
                "沿海部分乡镇污水处理设施建成后未正常运行。",
                "乡镇污水处理设施正常运行，出水达标。",
                "1.落实运维资金和运维单位；2.完善配套管网，提高进水浓度；3.加强运行监管。",
                "县住建局（牵头）、县财政局、相关乡镇",
                "县住建局局长",
                "2019年10月31日前，长期坚持",
            ],
        ],
    )
    for line in (
        "四、工作要求",
        "（一）压实责任。各牵头单位主要负责同志为第一责任人，确保按期完成整改。",
        "（二）强化督查。县委督查室、县政府督查室对整改进展跟踪督查，对进展滞后的通报问责。",
        "漳浦县生态环境保护委员会办公室",
        "2019年7月19日",
    ):
        document.add_paragraph(line)
    return _save(document)


DOCUMENTS["wulanchabu_2021_inspection_plan_docx"] = (
    "乌兰察布市贯彻落实自治区生态环境保护督察反馈意见整改工作方案.docx",
    _wulanchabu_plan_docx,
)
DOCUMENTS["huaying_2017_duty_list_docx"] = (
    "华蓥市迎接中央环境保护督察工作方案.docx",
    _huaying_duty_list_docx,
)
DOCUMENTS["yongjing_2018_inspection_plan_docx"] = (
    "永靖县贯彻落实中央和省级环境保护督察反馈意见整改方案.docx",
    _yongjing_plan_docx,
)
DOCUMENTS["zhangpu_2019_lookback_plan_docx"] = (
    "漳浦县环保督察反馈问题整改回头看工作方案.docx",
    _zhangpu_lookback_plan_docx,
)

# The eighty-fifth blind set, for the figure recorded in docs/decisions.md (“Blind set 85”).
BLIND_85 = (
    "wulanchabu_2021_inspection_plan_docx",
    "huaying_2017_duty_list_docx",
    "yongjing_2018_inspection_plan_docx",
    "zhangpu_2019_lookback_plan_docx",
)
BLIND_SETS[85] = BLIND_85


# --- blind set 89 (issue 14, branch corpus-blind89) -----------------------------------------------
# Awkward Word attached tables, fifth round: columns in unusual orders (the time limit before the units
# and the measures last under 整改目标及措施, the unit first and merged down over its problems), a cell
# holding a goal sentence above the numbered measures, several dated limits in one cell, a 时间节点
# column of phrases, a 县（市） column of places before the complaint with batch group rows, header
# cells spaced out with full-width spaces, places (乡（镇）, 问题点位) beside the unit. Occasions and
# places as published (SOURCES.md “Blind set 89”), the rows ours. Written with their expected JSON
# before the reader ran on them.


def _shapingba_city_inspection_task_list() -> bytes:
    """沙坪坝区 (重庆) 市级环境保护集中督察反馈意见整改方案's attached 整改任务清单 (第二批市级环保集中督察
    2018-04-10 至 04-30, 14个区 方案 published 2018-10; each item with 牵头单位 and 配合单位; the 2019 销号
    公示 names 歌乐山风景名胜区无批准的总体规划 and its 地质灾害评估报告): a landscape table whose columns run
    序号, 问题类别 (merged down), 存在问题, 整改时限 (two dated steps in one cell), 牵头单位, 配合单位 and
    last 整改目标及措施 (a 整改目标 line above the numbered measures). The other rows are ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "附件",
        "沙坪坝区市级环境保护集中督察反馈意见整改任务清单",
    ):
        document.add_paragraph(line)
    header = ["序号", "问题类别", "存在问题", "整改时限", "牵头单位", "配合单位", "整改目标及措施"]
    rows = [
        [
            "1",
            "生态保护",
            "歌乐山风景名胜区无批准的总体规划。",
            "2018年12月底前完成规划编制，2019年12月底前报市政府审批",
            "区规划分局",
            "区林业局、歌乐山镇人民政府",
            [
                "整改目标：风景名胜区总体规划依法编制报批。",
                "整改措施：1.委托编制歌乐山风景名胜区总体规划；2.开展地质灾害危险性评估并备案；3.规划经区政府常务会审议后报批。",
            ],
        ],
        [
            "2",
            "生态保护",
            "缙云山自然保护区实验区内仍有农家乐违规经营。",
            "2018年11月30日前",
            "区林业局",
            "青木关镇人民政府、区文化委",
            [
                "整改目标：保护区内违规经营场所全部关停。",
                "整改措施：1.逐户核查登记；2.依法关停并恢复植被。",
            ],
        ],
        [
            "3",
            "水环境",
            "梁滩河沙坪坝段水质未稳定达到考核要求。",
            "2018年12月底前完成排口整治，2020年12月底前水质达标",
            "区环保局",
            "区水利局、区市政园林局、西永街道办事处",
            [
                "整改目标：梁滩河出境断面水质稳定达到Ⅴ类。",
                "整改措施：1.排查整治沿河排污口；2.加快场镇污水管网建设；3.实施河道清淤和生态修复。",
            ],
        ],
        [
            "4",
            "水环境",
            "部分场镇污水处理厂进水浓度偏低，管网雨污混流。",
            "2019年6月30日前",
            "区市政园林局",
            "区环保局、相关镇街",
            [
                "整改目标：场镇污水处理厂进水浓度明显提高。",
                "整改措施：1.开展管网错接混接排查；2.实施雨污分流改造。",
            ],
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    _merge_down(table, 1, 1, 2)
    _merge_down(table, 1, 3, 4)
    document.add_paragraph("沙坪坝区环境保护督察整改工作领导小组办公室")
    return _save(document)


def _wuxi_air_quality_task_list() -> bytes:
    """巫溪县 (重庆) 环境空气质量下滑问题 整改 (重庆市生态环境保护督察工作领导小组办公室 约谈会议
    2021-12-31; “1+10”整改方案 巫溪委办〔2022〕2号; 烟花爆竹 城市建成区禁放, 露天焚烧 (烧烤) 及 城周 秸秆焚烧
    (铲山积肥), 烟熏腊肉 集中整治, 文明祭祀, 工地扬尘、道路扬尘、工业废气、餐饮油烟 监管; 2022年 优良天数
    335天以上, PM2.5 31微克/立方米以下; 销号 公示 2022-06-22): the attached 整改任务清单 of the 专项 tasks, a
    整改任务 column for the problem, measures “一是…；二是…” in one paragraph, a 时间节点 column of dated
    phrases, a 完成情况 column. Units, dates and wording ours."""
    document = docx.Document()
    for line in (
        "巫溪县环境空气质量下滑问题整改任务清单",
        "按照县委办公室印发的整改方案，各牵头单位制定专项方案，责任单位按时间节点抓好落实。",
    ):
        document.add_paragraph(line)
    header = ["序号", "整改任务", "工作措施", "牵头单位", "责任单位", "时间节点", "完成情况"]
    rows = [
        [
            "1",
            "城市建成区烟花爆竹燃放管控不严。",
            "一是发布城市建成区禁放通告；二是春节期间组织联合巡查；三是依法查处违规销售燃放行为。",
            "县公安局",
            "县应急局、柏杨街道办事处、宁河街道办事处",
            "2022年1月20日前发布通告，2022年2月15日前完成春节期间管控",
            "已完成",
        ],
        [
            "2",
            "城区露天烧烤和城周秸秆焚烧、铲山积肥时有发生。",
            "一是全面禁止城区露天烧烤；二是划定秸秆禁烧区并开展网格化巡查；三是推广秸秆还田利用。",
            "县城市管理局",
            "县农业农村委、城周各乡镇人民政府",
            "2022年3月31日前，长期坚持",
            "已完成",
        ],
        [
            "3",
            "冬季烟熏腊肉集中熏制点设置不足，散烧烟尘污染突出。",
            "一是设置集中熏制点并配套除烟设施；二是引导居民到集中点熏制。",
            "县市场监管局",
            "县生态环境局、各街道办事处",
            "2022年1月31日前",
            "已完成",
        ],
        [
            "4",
            "工地扬尘、道路扬尘和餐饮油烟监管不到位。",
            "一是落实工地“六个百分之百”防尘措施；二是增加城区道路机械化清扫和洒水频次；三是餐饮单位安装油烟净化设施。",
            "县住房城乡建委",
            "县城市管理局、县交通局、县生态环境局",
            "2022年6月30日前",
            "持续推进",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    document.add_paragraph("巫溪县环境空气质量问题整改工作领导小组办公室　2022年1月")
    return _save(document)


def _xishuangbanna_complaint_ledger() -> bytes:
    """西双版纳州 (云南) 云南省第二环境保护督察组交办投诉件 办理台账 (2017-07-12 分析研判会: 截至 7月11日
    20:00 收到交办投诉件 78件, 来电 76件、来信 2件, 已办理完成 36件, 正在办理 42件, 重复投诉 30件; 工业污水、
    生活污水、扬尘、油烟、噪声、生活垃圾、建筑垃圾; 景洪市、勐海县、勐腊县、旅游度假区、景洪工业园区): a
    landscape ledger, batches as group rows, a 县（市） column of places before the complaint, the handling
    units, measures as numbered paragraphs, limits “7月20日前” without a year (the title's 2017), 办理进展
    已办结 / 正在办理. The cases and their units are ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "2017年西双版纳州省环境保护督察组交办投诉件办理台账",
        "填报单位：州环境保护督察工作领导小组办公室　　　截至7月11日",
    ):
        document.add_paragraph(line)
    header = ["序号", "交办编号", "县（市）", "投诉内容", "办理单位", "处理措施", "办结时限", "办理进展"]
    rows = [
        "第一批（7月3日交办）",
        [
            "1",
            "D530000201707030012",
            "景洪市",
            "景洪市城区某夜市烧烤油烟扰民。",
            "景洪市人民政府",
            ["1.责令摊点安装油烟净化设施；", "2.引导摊点入室经营。"],
            "7月10日前",
            "已办结",
        ],
        [
            "2",
            "D530000201707030027",
            "勐海县",
            "勐海县某茶叶初制所废水直排河沟。",
            "勐海县人民政府",
            ["1.责令停止直排；", "2.建设沉淀池，废水回用；", "3.依法立案处罚。"],
            "7月15日前",
            "已办结",
        ],
        "第二批（7月6日交办）",
        [
            "3",
            "X530000201707060004",
            "勐腊县",
            "勐腊县某建筑工地夜间施工噪声和扬尘扰民。",
            "勐腊县人民政府",
            ["1.责令停止夜间施工；", "2.工地裸土覆盖、出入口设置洗车平台。"],
            "7月20日前",
            "正在办理",
        ],
        [
            "4",
            "D530000201707060031",
            "景洪市",
            "景洪工业园区某企业生产废气异味扰民。",
            "景洪工业园区管委会",
            ["1.委托监测废气排放；", "2.责令企业完善废气收集处理设施。"],
            "7月31日前",
            "正在办理",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _repeat_header_row(table)
    document.add_paragraph("注：重复投诉件已并入首次交办件办理，不再单列。")
    return _save(document)


def _neijiang_province_inspection_task_list() -> bytes:
    """内江市 (四川) 第二轮省级生态环境保护督察 (2019, 10个市州 of which 内江; 截至 2020年6月底 整改任务
    315项 已完成 139项): the city's 整改任务清单 laid out by unit — the 责任单位 column first after 序号,
    merged down over its problems, the lead marked （牵头） on its own line in the cell; measures ①②③ in one
    paragraph; a 完成时限 of two dated steps; a 责任市领导 column last. Problems, units and limits ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "附件",
        "内江市落实第二轮省级生态环境保护督察反馈意见整改任务清单",
    ):
        document.add_paragraph(line)
    header = ["序号", "责任单位", "督察反馈问题", "整改措施", "完成时限", "责任市领导"]
    rows = [
        [
            "1",
            "市生态环境局（牵头）\n市住房城乡建设局\n各县（市、区）人民政府",
            "沱江流域部分支流水质不能稳定达标。",
            "①开展支流入河排污口排查整治；②实施支流“一河一策”水质达标方案；③加强水质预警监测。",
            "2019年12月底前完成排口整治，2020年12月底前支流水质稳定达标",
            "副市长",
        ],
        [
            "2",
            "市生态环境局（牵头）\n市住房城乡建设局\n各县（市、区）人民政府",
            "部分工业园区污水集中处理设施建设滞后。",
            "①加快园区污水处理厂建设；②完善园区配套管网。",
            "2020年6月30日前",
            "副市长",
        ],
        [
            "3",
            "市农业农村局（牵头）\n市生态环境局",
            "畜禽养殖粪污资源化利用率偏低，部分养殖场粪污直排。",
            "①对直排养殖场依法查处；②配套建设粪污处理设施；③推进粪肥就近还田。",
            "2019年12月31日前，长期坚持",
            "副市长",
        ],
        [
            "4",
            "市自然资源和规划局（牵头）\n市林业局",
            "部分废弃矿山生态修复进展缓慢。",
            "①建立废弃矿山修复清单；②分批实施复绿工程。",
            "2020年12月31日前",
            "市政府党组成员",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value  # a "\n" is a line break inside the paragraph, as Shift+Enter types it
    _merge_down(table, 1, 1, 2)
    _merge_down(table, 5, 1, 3)
    document.add_paragraph("内江市生态环境保护督察整改工作领导小组办公室")
    return _save(document)


def _chayu_self_check_task_list() -> bytes:
    """察隅县 (西藏 林芝) 迎接中央第二轮生态环境保护督察 (中央第四生态环境保护督察组 2022-03 进驻西藏; 截至
    3月29日 交办自治区 信访件 95件; the county's 生态环境保护督察 column): the county's 自查问题整改清单, its
    header cells spaced out with full-width spaces as typed (序　号, 整　改　措　施 …), 乡（镇） and 问题点位
    columns of places before the problem, a 包保县领导 column, limits 立即整改 and dated, a 整改情况 column.
    Towns real (竹瓦根镇, 上察隅镇, 下察隅镇, 古玉乡); the points, problems and units ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "察隅县迎接中央生态环境保护督察自查问题整改清单",
        "（2022年3月）",
    ):
        document.add_paragraph(line)
    header = [
        "序　号",
        "乡（镇）",
        "问题点位",
        "存　在　问　题",
        "整　改　措　施",
        "责　任　单　位",
        "包保县领导",
        "整　改　时　限",
        "整　改　情　况",
    ]
    rows = [
        [
            "1",
            "竹瓦根镇",
            "县城生活垃圾填埋场",
            "填埋场渗滤液收集池防渗层破损。",
            ["1.修复收集池防渗层；", "2.渗滤液定期清运处理。"],
            "县住房和城乡建设局",
            "副县长",
            "2022年4月30日前",
            "正在整改",
        ],
        [
            "2",
            "竹瓦根镇",
            "县城河段",
            "桑曲河县城段岸边生活垃圾乱堆乱倒。",
            ["1.组织清理岸边垃圾；", "2.设置警示牌并纳入河长巡河。"],
            "竹瓦根镇人民政府",
            "副县长",
            "立即整改",
            "已完成",
        ],
        [
            "3",
            "上察隅镇",
            "某砂石料场",
            "砂石料场未落实防尘措施，生产废水未经沉淀外排。",
            ["1.料场堆料覆盖并配套喷淋；", "2.建设沉淀池，废水循环利用；", "3.依法立案查处。"],
            "县自然资源局、县生态环境分局",
            "副县长",
            "2022年4月15日前",
            "正在整改",
        ],
        [
            "4",
            "古玉乡",
            "乡卫生院",
            "医疗废物暂存间未规范设置，台账不全。",
            ["1.规范设置医疗废物暂存间；", "2.建立医疗废物转运台账。"],
            "县卫生健康委",
            "县政府党组成员",
            "立即整改",
            "已完成",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    _merge_down(table, 1, 1, 2)
    document.add_paragraph("察隅县生态环境保护督察工作领导小组办公室")
    return _save(document)


def _banan_problem_rows_unmerged() -> bytes:
    """巴南区 (重庆) 生态环境问题整改 (2019-11, 配合第二轮中央生态环境保护督察: 区长 调研 南泉 某调味品企业
    排污管道、花溪街道土桥新街9号管道、一品河小水电 — 整改一件、销号一件): the district's 问题整改清单, each
    problem over several rows, one measure a row with its own unit, limit and progress, the 序号 and
    问题名称 cells of the rows after the first left empty (not merged, as typed), measures numbered
    （1）（2）, limits written with points (2019.11.30). The fourth problem, the units and limits ours."""
    document = docx.Document()
    for line in (
        "巴南区生态环境问题整改清单",
        "（2019年11月）",
    ):
        document.add_paragraph(line)
    header = ["序号", "问题名称", "整改措施", "责任单位", "完成时限", "整改进展"]
    rows = [
        [
            "1",
            "南泉街道某调味品企业排污管道破损，生产废水渗漏。",
            "（1）更换破损排污管道",
            "南泉街道办事处",
            "2019.11.15",
            "已完成",
        ],
        ["", "", "（2）企业废水接入市政污水管网并安装计量设施", "区生态环境局", "2019.11.30", "已完成"],
        [
            "2",
            "花溪街道土桥新街9号污水管道堵塞，污水外溢。",
            "（1）疏通清掏堵塞管段",
            "花溪街道办事处",
            "立即整改",
            "已完成",
        ],
        ["", "", "（2）改造老旧管段，实施雨污分流", "区住房城乡建委", "2019.12.31", "正在推进"],
        [
            "3",
            "一品河小水电站未足额下泄生态流量，下游河段减水。",
            "（1）核定并落实最小生态流量",
            "区水利局",
            "2019.12.31",
            "正在推进",
        ],
        ["", "", "（2）安装生态流量在线监控装置", "区水利局", "2020.3.31", "正在推进"],
        [
            "4",
            "界石镇部分餐饮店油烟直排，周边居民投诉。",
            "（1）责令安装油烟净化设施并定期清洗",
            "界石镇人民政府",
            "2019.11.30",
            "已完成",
        ],
    ]
    table = _ruled_table(document, header, rows)
    _repeat_header_row(table)
    document.add_paragraph("巴南区生态环境保护督察整改工作领导小组办公室")
    return _save(document)


def _nanchong_measure_rows_under_problem() -> bytes:
    """南充市 (四川) 第二轮省级生态环境保护督察 (2019, 10个市州 of which 南充; 第一轮 问题 completed 514个 by
    2020-06): the city's 整改措施清单 with no problem column — each problem a row merged across the table
    (“问题一：…”), under it its measures as numbered rows (the 序号 starting again at 1 under each
    problem), each with 牵头单位, 配合单位 and 完成时限. Problems, measures, units and limits ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "附件",
        "南充市第二轮省级生态环境保护督察反馈问题整改措施清单",
    ):
        document.add_paragraph(line)
    header = ["序号", "整改措施", "牵头单位", "配合单位", "完成时限"]
    rows = [
        "问题一：嘉陵江南充段部分一级支流水质不能稳定达到Ⅲ类。",
        ["1", "开展支流沿线入河排污口排查，建立整治清单。", "市生态环境局", "市水务局", "2019年12月31日前"],
        [
            "2",
            "实施支流沿线场镇污水处理设施提标改造。",
            "市住房城乡建设局",
            "各县（市、区）人民政府",
            "2020年12月31日前",
        ],
        ["3", "落实河长巡河制度，定期通报支流水质。", "市河长制办公室", "各县（市、区）人民政府", "长期坚持"],
        "问题二：城区建筑工地扬尘管控不到位，裸土覆盖不及时。",
        [
            "1",
            "对在建工地开展扬尘专项检查，建立问题台账。",
            "市住房城乡建设局",
            "市城市管理局",
            "2019年10月31日前",
        ],
        ["2", "工地出入口安装视频监控并接入监管平台。", "市住房城乡建设局", "", "2020年3月31日前"],
        "问题三：部分乡镇生活垃圾转运设施不足，沿河垃圾清理不及时。",
        ["1", "新建、改造乡镇垃圾转运站。", "市城市管理局", "各县（市、区）人民政府", "2020年6月30日前"],
        ["2", "开展沿河垃圾集中清理。", "市城市管理局", "各县（市、区）人民政府", "立即整改"],
    ]
    _ruled_table(document, header, rows)
    document.add_paragraph("南充市生态环境保护督察整改工作领导小组办公室")
    return _save(document)


def _liangjiang_problem_and_measure_cells() -> bytes:
    """两江新区 (重庆) 生态环境问题整改 (2019-11, 配合第二轮中央生态环境保护督察: 党工委书记 调研 爱加丽都3期
    建筑工地、三王庙渣场、三圣搅拌站、江山樾6号线 and 茅溪河片区 雨污管网 — 立说立行立改): the new area's
    整改清单 with one column for the problem and its measures (存在问题及整改措施: a “问题：…” paragraph
    over a “措施：1.…；2.…” paragraph), a 点位 column of places, a 是否完成 of 是 / 否. The problems'
    wording, units and limits ours."""
    document = docx.Document()
    for line in (
        "两江新区生态环境问题整改清单",
        "各责任单位按照立说立行立改要求，对照清单逐项整改，完成一项、销号一项。",
    ):
        document.add_paragraph(line)
    header = ["序号", "点位", "存在问题及整改措施", "责任单位", "完成时限", "是否完成"]
    rows = [
        [
            "1",
            "爱加丽都3期建筑工地",
            [
                "问题：工地裸土未覆盖，出入口车辆冲洗设施未正常使用。",
                "措施：1.裸土全部覆盖；2.修复车辆冲洗设施并安排专人值守。",
            ],
            "两江新区建设管理局",
            "2019年11月15日前",
            "是",
        ],
        [
            "2",
            "三王庙渣场",
            [
                "问题：渣场边坡未绿化，雨天泥水外溢。",
                "措施：1.完善截排水沟和沉沙池；2.边坡覆绿；3.落实日常巡查。",
            ],
            "两江新区城市管理局、鸳鸯街道办事处",
            "2019年12月31日前",
            "否",
        ],
        [
            "3",
            "三圣搅拌站",
            [
                "问题：砂石料堆场未封闭，生产废水未循环利用。",
                "措施：1.建设封闭料棚；2.建设三级沉淀池，废水循环使用。",
            ],
            "两江新区生态环境局",
            "2019年12月31日前",
            "否",
        ],
        [
            "4",
            "茅溪河片区",
            [
                "问题：片区雨污管网错接混接，污水进入茅溪河。",
                "措施：1.开展管网排查；2.实施错接混接点改造；3.建立管网巡查制度。",
            ],
            "两江新区建设管理局",
            "2020年6月30日前，长期坚持",
            "否",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    document.add_paragraph("两江新区生态环境保护督察整改工作领导小组办公室　2019年11月")
    return _save(document)


def _longling_numbered_problem_cells() -> bytes:
    """龙陵县 (云南 保山) 第二轮云南省生态环境保护督察 (省第二生态环境保护督察组 2022-11-07 进驻保山,
    下沉 施甸、腾冲; the county's page published by 市生态环境局龙陵分局): the county's 整改清单 with no 序号
    column, each problem numbered inside its own cell (“1.…”), an 整改目标 column, measures “（1）…” as
    paragraphs, an 整改进展 column. Problems, units, limits and progress ours."""
    document = docx.Document()
    _landscape(document)
    for line in (
        "附件",
        "龙陵县第二轮云南省生态环境保护督察反馈问题整改清单",
    ):
        document.add_paragraph(line)
    header = ["反馈问题", "整改目标", "整改措施", "责任单位", "整改时限", "整改进展"]
    rows = [
        [
            "1.龙陵县城污水处理厂进水浓度偏低，配套管网不完善。",
            "污水处理厂进水BOD浓度明显提升。",
            ["（1）开展城区管网排查；", "（2）实施雨污分流改造。"],
            "县住房城乡建设局",
            "2023年12月31日前",
            "正在推进",
        ],
        [
            "2.部分乡镇集中式饮用水水源保护区内仍有耕种活动。",
            "水源保护区内无违规耕种。",
            ["（1）退出保护区内耕地；", "（2）设置隔离防护设施和标识标牌。"],
            "各乡镇人民政府、市生态环境局龙陵分局",
            "2023年6月30日前",
            "正在推进",
        ],
        [
            "3.部分石材加工企业粉尘治理设施不完善。",
            "石材加工企业粉尘达标排放。",
            ["（1）企业全封闭作业；", "（2）配套除尘设施；", "（3）对不达标企业停产整治。"],
            "县工业信息化商务科技局",
            "2023年3月31日前",
            "已完成",
        ],
        [
            "4.龙川江部分河段河道采砂管理不规范。",
            "河道采砂规范有序。",
            ["（1）编制河道采砂规划；", "（2）依法打击非法采砂。"],
            "县水务局",
            "2023年12月31日前，长期坚持",
            "正在推进",
        ],
    ]
    table = _ruled_table(document, header, [])
    for row in rows:
        _fill_row(table.add_row().cells, row)
    document.add_paragraph("龙陵县生态环境保护督察整改工作领导小组办公室")
    return _save(document)


DOCUMENTS["shapingba_2018_city_inspection_task_list_docx"] = (
    "市级环境保护集中督察反馈意见整改任务清单.docx",
    _shapingba_city_inspection_task_list,
)
DOCUMENTS["wuxi_2022_air_quality_task_list_docx"] = (
    "环境空气质量下滑问题整改任务清单.docx",
    _wuxi_air_quality_task_list,
)
DOCUMENTS["xishuangbanna_2017_complaint_ledger_docx"] = (
    "省环境保护督察组交办投诉件办理台账.docx",
    _xishuangbanna_complaint_ledger,
)
DOCUMENTS["neijiang_2019_province_inspection_task_list_docx"] = (
    "第二轮省级生态环境保护督察反馈意见整改任务清单.docx",
    _neijiang_province_inspection_task_list,
)
DOCUMENTS["chayu_2022_self_check_task_list_docx"] = (
    "迎接中央生态环境保护督察自查问题整改清单.docx",
    _chayu_self_check_task_list,
)
DOCUMENTS["banan_2019_problem_rows_unmerged_docx"] = (
    "生态环境问题整改清单.docx",
    _banan_problem_rows_unmerged,
)
DOCUMENTS["nanchong_2019_measure_rows_under_problem_docx"] = (
    "省级生态环境保护督察反馈问题整改措施清单.docx",
    _nanchong_measure_rows_under_problem,
)
DOCUMENTS["liangjiang_2019_problem_and_measure_cells_docx"] = (
    "生态环境问题整改清单（两江新区）.docx",
    _liangjiang_problem_and_measure_cells,
)
DOCUMENTS["longling_2022_numbered_problem_cells_docx"] = (
    "省级生态环境保护督察反馈问题整改清单.docx",
    _longling_numbered_problem_cells,
)

# The eighty-ninth blind set, for the figure recorded in docs/decisions.md (“Blind set 89”).
BLIND_89 = (
    "shapingba_2018_city_inspection_task_list_docx",
    "wuxi_2022_air_quality_task_list_docx",
    "xishuangbanna_2017_complaint_ledger_docx",
    "neijiang_2019_province_inspection_task_list_docx",
    "chayu_2022_self_check_task_list_docx",
    "banan_2019_problem_rows_unmerged_docx",
    "nanchong_2019_measure_rows_under_problem_docx",
    "liangjiang_2019_problem_and_measure_cells_docx",
    "longling_2022_numbered_problem_cells_docx",
)
BLIND_SETS[89] = BLIND_89
