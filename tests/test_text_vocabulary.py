"""One text vocabulary: the plan reader and the ledger cell reader read the same words alike.

Deadlines: `parse_deadline_field` (free text of a plan) and `ledger_sheets.parse_deadlines` (a
spreadsheet cell) may differ only in that a cell is stricter; whenever both accept a text they
give the same (kind, date) list. Lists: both split units and people with one splitter. Field
labels, unit-list rules and status wording come from `intake.words`. And a zip bomb uploaded as
a .docx or .xlsx is refused from its directory, before anything inflates it.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date

import docx
import pytest

from intake.deadline_text import parse_deadline_field
from intake.ledger_sheets import (
    SHEETS_BY_KEY,
    CellError,
    LedgerFileError,
    parse_cell,
    parse_deadlines,
    read_file,
)
from intake.plan_document import MAX_UNPACKED_BYTES, PlanFileError, read_plan_bytes
from intake.plan_parser import parse_plan_text, split_names, split_units
from intake.words import completion_marker, is_completed_value, split_list, ticked_choices

# Every deadline text of the existing tests of both readers, and the phrases the ledger reads now.
DEADLINE_TEXTS = [
    # tests/test_plan_parser.py
    "2021年12月31日",
    "2019年2月底",
    "2020年2月底",
    "2018年底前",
    "2018年年底",
    "2023年6月底前",
    "2019 年 12 月底",
    "2021年7月完成",
    "2018年9月-2019年9月",
    "2018年8月25日—9月15日",
    "2022—2025年",
    "2023年上半年",
    "二〇二三年十二月三十一日前",
    "２０２２年６月３０日",
    "2023-06-30",
    "立行立改",
    "立行立改，持续推进。",
    "持续加强，长期坚持",
    "长期执行",
    "2019年底前完成，长期坚持",
    "1.2018年10月底前完成排查；2.2019年6月底前完成整治",
    "2025年基本建成",
    "按省时限要求",
    "2019年12月底前",
    "立行立改,长期坚持",
    "2020年6月30日",
    "2024年6月底前，长期坚持",
    "按省里要求",
    # tests/test_ledger*.py
    "2026-12-31",
    "2026/12/31",
    "2026.12.31",
    "2026年12月31日",
    "2026年底",
    "2027年2月底前",
    "20261231",
    "2026-13-01",
    "下月",
    "明年上半年",
    "2026-12-10；长期坚持",
    "立行立改；2027-12-31",
    "持续推进；长期坚持",
    "2026-12-31；立行立改",
    "2027年6月底",
    # read by the plan parser, and now by the ledger too
    "2019年上半年",
    "2020年第三季度",
    "持续开展",
    "二〇二一年十二月底",
    "2021年年底前",
    "2018年9月—2019年9月",
    "持续推进",
    "长期坚持",
    "2021年12月31日（已完成整改并上报销号）",
    "2026年2月15",
]


def _free(text: str) -> list[tuple[str, date | None]]:
    return [(d.kind, d.date) for d in parse_deadline_field(text)]


def _cell(text: str) -> list[tuple[str, date | None]] | None:
    try:
        return list(parse_deadlines(text))
    except CellError:
        return None


@pytest.mark.parametrize("text", DEADLINE_TEXTS)
def test_plan_and_ledger_never_contradict(text):
    free, cell = _free(text), _cell(text)
    if cell is not None:
        assert cell == free  # a cell may refuse more, never read differently
    if not free:
        assert cell is None  # nothing the plan reader finds no deadline in is a deadline cell


def test_the_ledger_accepts_every_deadline_it_or_the_plan_reader_accepted_before():
    refused = [t for t in DEADLINE_TEXTS if _free(t) and _cell(t) is None]
    assert refused == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年上半年", [("date", date(2019, 6, 30))]),
        ("2020年第三季度", [("date", date(2020, 9, 30))]),
        ("二〇二一年十二月底", [("date", date(2021, 12, 31))]),
        ("2021年年底前", [("date", date(2021, 12, 31))]),
        ("2018年9月—2019年9月", [("date", date(2019, 9, 30))]),
        ("持续开展", [("ongoing", None)]),
        ("立行立改；持续推进；长期坚持", [("immediate", None), ("ongoing", None), ("long_term", None)]),
        ("20261231", [("date", date(2026, 12, 31))]),
        ("2026年2月15", [("date", date(2026, 2, 15))]),
    ],
)
def test_concrete_dates_in_both_readers(text, expected):
    assert _free(text) == expected
    assert list(parse_deadlines(text)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("下月", "整改时限“下月”既不是日期，也不是 立行立改 / 持续推进 / 长期坚持 之一。"),
        ("2025年基本建成", "整改时限“2025年基本建成”既不是日期"),
        ("2026-12-31；按省要求", "整改时限“按省要求”既不是日期"),
        ("1800-01-01", "整改时限“1800-01-01”超出合理范围（1900—2100年）。"),
        # free text reads the end of February; a cell refuses a day that does not exist
        ("2026-02-30", "整改时限“2026-02-30”既不是日期"),
        # the plan reader drops a bare year before a list comma; a cell refuses to guess
        ("2025年、立行立改", "整改时限“2025年、立行立改”各项连写时含义不清"),
    ],
)
def test_a_cell_is_stricter_and_says_which_text(text, message):
    with pytest.raises(CellError) as error:
        parse_deadlines(text)
    assert str(error.value).startswith(message)


def test_an_excel_serial_number_is_a_cell_value_not_text():
    # A date cell that arrived as its serial number: the cell reader's own, as for a number cell.
    assert parse_deadlines("46387") == (("date", date(2026, 12, 31)),)
    assert parse_deadlines(46387) == (("date", date(2026, 12, 31)),)
    assert _free("46387") == []


# --- one list splitter ---------------------------------------------------------------------


def test_one_splitter_for_units_in_both_readers():
    text = "县住建局（县人防办、县城管局）、县发改局，县水利局；县林业局\n县财政局"
    expected = ["县住建局（县人防办、县城管局）", "县发改局", "县水利局", "县林业局", "县财政局"]
    assert list(split_list(text)) == expected
    assert split_units(text) == expected
    lead_units = SHEETS_BY_KEY["findings"].column("lead_units")
    assert parse_cell(text, lead_units) == tuple(expected)
    assert split_names("罗伟（副县长）、杨广；刘华\n何俊峰") == ["罗伟", "杨广", "刘华", "何俊峰"]
    assert parse_cell("罗伟、杨广；刘华\n何俊峰", SHEETS_BY_KEY["findings"].column("supervising")) == (
        "罗伟",
        "杨广",
        "刘华",
        "何俊峰",
    )
    people = SHEETS_BY_KEY["findings"].column("responsible")
    assert parse_cell("赵志超（市委副秘书长，县长）、钱多；孙立", people) == (
        ("赵志超", "市委副秘书长，县长"),
        ("钱多", None),
        ("孙立", None),
    )


def test_phrases_in_a_unit_list_that_are_not_units():
    assert split_units("县农业农村局牵头，县生态环境局配合，下同") == ["县农业农村局", "县生态环境局"]
    assert split_units("以下均需县生态环境局负责落实，不再列出") == ["县生态环境局"]
    plan = parse_plan_text(
        "一、加强畜禽养殖污染防治。（县农业农村局、县生态环境局、县水利局负责，排在前位的为牵头单位）\n"
        "二、推进农药减量。（县农业农村局牵头，县供销社配合，下同）\n"
    )
    first, second = plan.findings
    assert (first.lead_units, first.cooperating_units) == (["县农业农村局"], ["县生态环境局", "县水利局"])
    assert (second.lead_units, second.cooperating_units) == (["县农业农村局"], ["县供销社"])


# --- field labels and status wording ----------------------------------------------------------

SYNONYM_TABLE = (
    "| 序号 | 问题具体情况 | 目标任务 | 具体整治措施 | 整改责任单位 | 配合单位 | 督办领导 "
    "| 计划完成整治时间 | 整治进展情况 | 是否完成 |\n"
    "| 1 | 城区黑臭水体反弹 | 消除黑臭 | 截污纳管并清淤 | 县住建局 | 县水利局 | 张三 "
    "| 2019年上半年 | 已完成清淤 | 是 |\n"
    "| 2 | 秸秆露天焚烧 | 禁止焚烧 | 加强巡查 | 县农业农村局 | 各乡镇人民政府 | 李四 "
    "| 2020年第三季度 | 巡查中 | 否 |\n"
)


def test_the_synonyms_of_a_header_row():
    first, second = parse_plan_text(SYNONYM_TABLE).findings
    assert (first.number, first.problem, first.target) == (1, "城区黑臭水体反弹", "消除黑臭")
    assert (first.lead_units, first.cooperating_units, first.leaders) == (
        ["县住建局"],
        ["县水利局"],
        ["张三"],
    )
    assert [(d.kind, d.date) for d in first.deadlines] == [("date", date(2019, 6, 30))]
    assert [m.text for m in first.measures] == ["截污纳管并清淤"]
    assert (first.status, first.marker) == ("completed", "是否完成：是")
    assert first.progress.startswith("已完成清淤")
    assert [(d.kind, d.date) for d in second.deadlines] == [("date", date(2020, 9, 30))]
    assert (second.status, second.marker) == (None, None)


def test_labels_of_the_new_synonyms_in_colon_lines():
    (finding,) = parse_plan_text(
        "交办问题基本情况：县城污水处理厂超负荷运行\n"
        "工作措施：新建二期工程\n"
        "责任部门：县住建局\n"
        "计划完成时间：二〇二一年十二月底\n"
        "处理和整改情况：问题已整改完成\n"
    ).findings
    assert finding.problem == "县城污水处理厂超负荷运行"
    assert [m.text for m in finding.measures] == ["新建二期工程"]
    assert finding.lead_units == ["县住建局"]
    assert [(d.kind, d.date) for d in finding.deadlines] == [("date", date(2021, 12, 31))]
    assert (finding.status, finding.marker) == ("completed", "问题已整改完成")


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("问题已整改完成", "问题已整改完成"),
        ("经核查，已通过核查验收。", "通过核查验收"),
        ("达到验收销号条件", "达到验收销号条件"),
        ("该件已办结", "已办结"),
        ("尚未办结", None),
        ("未通过核查验收", None),
        ("经验收组审核，同意销号。", "同意销号"),
        ("验收组不同意销号", None),
    ],
)
def test_completion_wording(text, marker):
    assert completion_marker(text) == marker


@pytest.mark.parametrize(
    ("value", "done"),
    [
        *[("已完成", True), ("是", True), ("100%", True), ("１００％", True), ("已办结", True)],
        *[("否", False), ("已完成80%", False), ("90%", False), ("", False)],
        *[("☑是 □否", True), ("□是 ☑否", False), ("■已完成 □未完成", True), ("☐已完成 ☒未完成", False)],
        *[("□是 □否", False), ("√是□否", True)],
    ],
)
def test_a_status_value_that_means_done(value, done):
    assert is_completed_value(value) is done


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("是否完成：☑是 □否", "是否完成：是"),
        ("整改状态：□已完成 ☑正在推进 □未启动", "整改状态：正在推进"),
        ("验收意见：☒同意销号 ☐不同意销号。", "验收意见：同意销号。"),
        ("问题类型：☑大气 □水 ☑土壤", "问题类型：大气、土壤"),
        ("是否完成：□是 □否", "是否完成：□是 □否"),  # nothing ticked: the form was left blank
        ("| 1 | 河道垃圾 | √ |", "| 1 | 河道垃圾 | √ |"),  # a tick column, not a choice
        ("☑已完成 ☑已验收", "☑已完成 ☑已验收"),  # every box ticked: a list of done steps
    ],
)
def test_boxed_choices_read_as_the_ticked_option(text, read):
    assert ticked_choices(text) == read


def test_a_closure_form_with_ticked_boxes():
    form = (
        "问题整改情况登记表\n问题名称：县城污水处理厂出水超标\n责任单位：县住建局\n"
        "整改时限：2024年12月底前\n是否完成整改：☑是 □否\n验收意见：☒同意销号 ☐不同意销号\n"
    )
    (finding,) = parse_plan_text(form).findings
    assert (finding.title, finding.lead_units, finding.status) == (
        "县城污水处理厂出水超标",
        ["县住建局"],
        "completed",
    )
    open_form = form.replace("☑是 □否", "□是 ☑否").replace("☒同意销号 ☐不同意销号", "☐同意销号 ☒不同意销号")
    (finding,) = parse_plan_text(open_form).findings
    assert finding.status is None


# --- zip bombs --------------------------------------------------------------------------------


def _docx_bomb(inflated: int) -> bytes:
    """A valid .docx whose document.xml carries `inflated` bytes of blanks in a comment."""
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("一、问题：县城污水直排")
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename != "word/document.xml":
                target.writestr(entry, data)
                continue
            head, _, tail = data.partition(b"<w:body>")
            with target.open(entry.filename, "w", force_zip64=True) as part:
                part.write(head + b"<w:body><!--")
                chunk = b" " * (1 << 20)
                for _ in range(inflated // len(chunk)):
                    part.write(chunk)
                part.write(b"-->" + tail)
    return out.getvalue()


def test_a_docx_zip_bomb_is_refused_before_it_is_parsed():
    data = _docx_bomb(MAX_UNPACKED_BYTES + (8 << 20))
    assert len(data) < 1 << 20  # a small upload…
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sum(e.file_size for e in archive.infolist()) > MAX_UNPACKED_BYTES  # …that inflates
    with pytest.raises(PlanFileError) as error:
        read_plan_bytes(data, "方案.docx")
    assert str(error.value) == "文件“方案.docx”解压后超过 100 MB，可能是压缩炸弹，未读取。"


def test_a_small_docx_of_the_same_making_is_read():
    assert "县城污水直排" in read_plan_bytes(_docx_bomb(1 << 20), "方案.docx")


def test_an_xlsx_with_absurdly_many_parts_is_refused_by_the_same_check():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for number in range(10_001):
            archive.writestr(f"xl/parts/{number}.xml", "")
    with pytest.raises(LedgerFileError) as error:
        read_file(out.getvalue(), "台账.xlsx")
    assert str(error.value) == "文件压缩包内有 10002 个部件，超过 10000 个，可能是压缩炸弹，未读取。"


def test_a_handed_down_time_column_is_the_day_a_limit_in_days_counts_from():
    # 交办时间 / 督办时间 / 下发时间 name the same day as 交办日期: “30日内” counts from it
    text = (
        "序号\t交办时间\t存在问题\t责任单位\t办理时限\n"
        "1\t2021年4月16日\t雨水排口有生产废水混入。\t某镇人民政府\t30日内\n"
        "2\t2021年5月6日\t露天焚烧垃圾。\t某街道办事处\t限期15日内\n"
    )
    findings = parse_plan_text(text).findings
    assert [[d.date for d in f.deadlines] for f in findings] == [[date(2021, 5, 16)], [date(2021, 5, 21)]]


@pytest.mark.parametrize(
    ("value", "done"),
    [
        # a status cell's words for done, as offices type them (2026-12-06 sweep)
        ("办结", True),
        ("已完成（长期坚持）", True),
        ("完成整改，待验收", True),
        ("已完成待销号", True),
        ("已按期完成", True),
        ("整改到位", True),
        ("问题已解决", True),
        ("已于2024年6月完成整改", True),
        # and for not yet
        ("未办结", False),
        ("基本完成", False),
        ("部分完成", False),
        ("暂未解决", False),
        ("整改到位率90%", False),
    ],
)
def test_a_status_cell_says_done_in_the_words_offices_use(value, done):
    assert is_completed_value(value) is done


@pytest.mark.parametrize("reader", ["intake/plan_parser.py", "intake/plan_tables.py"])
def test_the_readers_hold_no_chinese_wording_of_their_own(reader):
    # (the words a reader recognises live in `intake.words`, where both importers see them; a
    # reader's module-level constant with Chinese in it is wording kept apart)
    import ast
    import re
    from pathlib import Path

    source = (Path(__file__).resolve().parent.parent / reader).read_text(encoding="utf-8")
    own = [
        ast.get_source_segment(source, node).split("=")[0].strip()
        for node in ast.parse(source).body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        and node.value is not None
        and re.search("[\u4e00-\u9fff]", ast.get_source_segment(source, node.value))
    ]
    assert own == []


@pytest.mark.parametrize("module", ["intake/words.py", "intake/plan_parser.py", "intake/plan_tables.py"])
def test_no_name_is_defined_twice(module):
    # two blind sets once each added a REPLY_LIMIT to words.py; merged, the later silently replaced
    # the earlier and one set's reader read the other's wording
    import ast
    from collections import Counter
    from pathlib import Path

    tree = ast.parse((Path(__file__).resolve().parent.parent / module).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    names.update(node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef)))
    assert [name for name, times in names.items() if times > 1] == []
