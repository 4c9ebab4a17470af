"""Forms copied out of a PDF (issue 14): a user selects a 销号表 or 督办单 in a PDF viewer and pastes
it into the import. Each label stands one space from its value, two pairs share a line in a
form of four columns, a value wraps where its cell ends, and a measure list may follow its label
with no space at all. The parser reads such lines as the form they came from
(`intake.plan_parser._spaced_form_rows`)."""

from __future__ import annotations

import pytest

from intake.plan_parser import _spaced_form_rows, parse_plan_text
from tests.plan_layouts import score, soffice
from tests.printed_pdf import copied_from_pdf, printed
from tests.real_layouts import DOCUMENTS, expected

COPIED = "\n".join(
    [
        "某县生态环境问题整改销号审批表",
        "问题编号 第 12 项 问题来源 第二轮中央生态环",
        "境保护督察",
        "问题名称 渭河某段河堤外侧堆放建筑垃圾和生活垃圾，雨季存在入",
        "河风险。",
        "整改责任单位 县水务局 配合单位 某某镇人民政府",
        "整改时限 2024 年 12 月底 完成时间 2024 年 11 月 20",
        "日",
        "整改措施1.对河堤两侧开展拉网式排查，建立垃圾点位台账。",
        "2.清运堆放垃圾，设置警示标牌和视频监控，落实日常保",
        "洁。",
        "整改完成情况 垃圾点位已全部清运，保洁人员已落实。",
        "区政府意见 同意销号。（盖章）2025 年 1 月 6 日",
    ]
)


def test_a_form_copied_from_a_pdf_reads_label_by_label():
    finding = parse_plan_text(COPIED).findings
    assert len(finding) == 1
    (found,) = finding
    assert found.title == "渭河某段河堤外侧堆放建筑垃圾和生活垃圾，雨季存在入河风险"
    assert found.lead_units == ["县水务局"]
    assert found.cooperating_units == ["某某镇人民政府"]
    assert [deadline.kind for deadline in found.deadlines] == ["date"]
    assert found.deadlines[0].date.isoformat() == "2024-12-31"
    assert [measure.text for measure in found.measures] == [
        "对河堤两侧开展拉网式排查，建立垃圾点位台账。",
        "清运堆放垃圾，设置警示标牌和视频监控，落实日常保洁。",
    ]


def test_a_wrapped_value_is_joined_and_a_short_line_stays_a_paragraph():
    rows = _spaced_form_rows(COPIED.split("\n"))
    # the wrapped line goes on its value; a label the vocabulary does not list (问题来源) stays text;
    # the spaces the copy put around the number are gone (the page had none)
    assert rows[1] == "问题编号\t第12项 问题来源 第二轮中央生态环境保护督察"
    assert "整改责任单位\t县水务局\t配合单位\t某某镇人民政府" in rows
    assert "整改措施\t1.对河堤两侧开展拉网式排查，建立垃圾点位台账。" in rows
    assert "2.清运堆放垃圾，设置警示标牌和视频监控，落实日常保洁。" in rows


def test_labels_spread_over_their_cells_and_a_second_pair_on_the_line():
    copied = [
        "交办单",
        "序 号 17",
        "交 办 问 题 松陵镇一印染企业定型机废气收集不到位。",
        "责 任 单 位 松陵镇人民政府 办理结果 已办结",
        "整 改 时 限 2018 年 10 月 31 日前",
    ]
    rows = _spaced_form_rows(copied)
    assert rows[2] == "交办问题\t松陵镇一印染企业定型机废气收集不到位。"
    # 办理结果, a label the vocabulary classes, opens the line's second pair
    assert rows[3] == "责任单位\t松陵镇人民政府\t办理结果\t已办结"
    (found,) = parse_plan_text("\n".join(copied)).findings
    assert (found.number, found.lead_units, found.status) == (17, ["松陵镇人民政府"], "completed")


def test_a_label_wrapped_in_its_cell_takes_the_lines_below():
    copied = [
        "某项整改任务",
        "完成情况表",
        "整改任务 某河被煤矿矿井涌水污染。",
        "整改责任单位 某州人民政府",
        "整改目标 煤矿废水经收集处理后达标排放。",
        "整改主要工作",
        "及成效",
        "1.已建成矿井废水处理设施。",
        "2.处理设施已调试运行。",
    ]
    rows = _spaced_form_rows(copied)
    assert rows[1] == "完成情况表"  # a label's words in the title before the form stay the title
    assert rows[-2:] == ["整改主要工作及成效\t1.已建成矿井废水处理设施。", "2.处理设施已调试运行。"]


def test_quotation_marks_the_copy_put_apart_go_back_into_their_words():
    # a PDF sets “ ” in a Western font; the copy puts the marks at the line's end, or on a line of
    # their own, and leaves a space where each stood
    copied = [
        "反馈问题 “ ”",
        "十三五 期间全省老旧污水管网改造没有完成规划任务。",
        "牵头单位 县住房和城乡建设局",
        "整改目标 “ ”",
        "完成 十四五 污水管网建设改造任务。",
        "整改措施 1.持续推进边坡治理项目再提质，拟",
        "“",
        "采取 自然恢复为主、人",
        "”",
        "工辅助修复 的方式开展边坡治理。",
        "整改时限 2025 年 12 月 31 日前",
    ]
    rows = _spaced_form_rows(copied)
    assert rows[0] == "反馈问题\t“十三五”期间全省老旧污水管网改造没有完成规划任务。"
    assert rows[2] == "整改目标\t完成“十四五”污水管网建设改造任务。"
    # a single mark on its own line fills the one gap of the line below
    assert (
        rows[3]
        == "整改措施\t1.持续推进边坡治理项目再提质，拟采取“自然恢复为主、人工辅助修复”的方式开展边坡治理。"
    )
    (found,) = parse_plan_text("\n".join(copied)).findings
    assert found.title == "“十三五”期间全省老旧污水管网改造没有完成规划任务"
    assert found.deadlines[0].date.isoformat() == "2025-12-31"


def test_marks_that_fit_no_gap_are_dropped_and_marks_together_fill_one():
    from intake.plan_parser import _reattached_quotes

    # “‘ printed together stood in one gap
    assert _reattached_quotes(["“‘ ’ ”", "督察指出的 两区 建设工作机制不顺畅 问题"]) == [
        "督察指出的“‘两区’建设工作机制不顺畅”问题"
    ]
    # two marks and no gap: the words are kept, the stray marks are not
    assert _reattached_quotes(["“ ”", "加快推进污水管网建设"]) == ["加快推进污水管网建设"]
    # marks inside a sentence are no detached marks
    line = ["他说“好”", "下一行"]
    assert _reattached_quotes(line) == line


def test_a_colon_at_a_line_end_a_bracketed_label_line_and_a_second_spread_label():
    copied = [
        "问题编号 16",
        "反馈问题 土壤重金属污染历史遗留多、问题突出：",
        "全市疑似污染地块 311 个，占全省",
        "13.72%，其中涉重金属的 265 个。",
        "牵头单位 (责任单位) 措勤县人民政府",
        "承 办 单 位 班庄镇人民政府 协 办 单 位 区交通运输局",
        "整改时限 2024 年 6 月 30 日",
    ]
    rows = _spaced_form_rows(copied)
    # a colon ends no paragraph: the lines below are the rest of the value, the numbers unspaced
    assert rows[1] == (
        "反馈问题\t土壤重金属污染历史遗留多、问题突出："
        "全市疑似污染地块311个，占全省13.72%，其中涉重金属的265个。"
    )
    # the label's bracketed second line is the label's
    assert rows[2] == "牵头单位(责任单位)\t措勤县人民政府"
    # the second pair's label is spread over its cell too
    assert rows[3] == "承办单位\t班庄镇人民政府\t协办单位\t区交通运输局"


def test_a_value_with_a_number_wraps_by_the_room_its_words_took():
    # the copy's spaces around “29” and “4.3” took no room on the page: the line filled its cell
    copied = [
        "反馈问题 噶尔县境内某公路共设置 29 处取弃土",
        "场，平均 4.3 公里设 1 处取弃土场，部分",
        "取料场设置在生态红线范围内。",
        "核查情况 核查反馈问题属实。",
        "责任单位 噶尔县人民政府",
    ]
    rows = _spaced_form_rows(copied)
    assert rows[0] == (
        "反馈问题\t噶尔县境内某公路共设置29处取弃土场，平均4.3公里设1处取弃土场，部分"
        "取料场设置在生态红线范围内。"
    )


def test_labels_wrapped_in_narrow_cells_are_signs_of_a_form():
    # “反馈” / “问题”: labels two characters wide, each alone over its value; only two labels
    # share a line with their values, but the wrapped ones say it is a form
    copied = [
        "反馈",
        "问题",
        "某公司尾矿库防洪沟积水 pH 值为 3.12，总镉超标",
        "准限值近 4 倍。",
        "整改",
        "措施",
        "加强污水处理设施运营管理，2024",
        "年 12 月底前完成边坡复绿。",
        "整改完成情况 已完成边坡复绿，外排水达标。",
        "验收销号意见 已达到整改目标，可以销号。",
    ]
    assert _spaced_form_rows(copied) == [
        "反馈问题\t某公司尾矿库防洪沟积水pH值为3.12，总镉超标准限值近4倍。",
        "整改措施\t加强污水处理设施运营管理，2024年12月底前完成边坡复绿。",
        "整改完成情况\t已完成边坡复绿，外排水达标。",
        "验收销号意见\t已达到整改目标，可以销号。",
    ]
    (found,) = parse_plan_text("\n".join(copied)).findings
    assert found.title == "某公司尾矿库防洪沟积水pH值为3.12，总镉超标准限值近4倍"
    assert [d.date.isoformat() for d in found.deadlines] == ["2024-12-31"]
    assert found.status == "completed"


def test_a_value_over_the_next_label_is_no_label_wrapped_in_its_cell():
    from intake.plan_parser import _rejoined_labels

    # a form copied one cell a line: “玉泉营街道办事处” + “配合单位” would be a label the
    # vocabulary classes (…配合单位), but 配合单位 is a whole label of its own
    lines = [
        "责任单位",
        "玉泉营街道办事处",
        "配合单位",
        "区住房城乡建设委",
        "整改时限",
        "立行立改",
        "整改情况",
    ]
    assert _rejoined_labels(lines) == lines
    assert _rejoined_labels(["整改主要工作", "及成效", "已完成。"]) == ["整改主要工作及成效", "已完成。"]


def test_text_with_a_few_spaced_words_is_no_form():
    notice = ["关于某问题整改情况的公示", "整改目标 达标排放", "按照要求，县生态环境局牵头开展整改。"]
    assert _spaced_form_rows(notice) == notice


# per-problem forms of the real-layout corpus: two and four columns, several forms a file
FORMS = [
    "guzhen_2025_hotline_supervision_docx",
    "taihu_2022_assigned_problem_closure_docx",
    "qianjiang_2024_petition_case_forms_docx",
    "yian_2020_petition_closure_forms_docx",
    "nanan_2024_batch6_petition_forms_docx",
    "tongnan_2022_landfill_form",
    "yangling_2024_approval_form",
    "wucheng_2022_audit_closure_forms_docx",
    "changde_xihu_2023_form_table",
    "huoqiu_2023_one_problem_plans_docx",
    "ganyu_2023_mailbox_case_forms_docx",
    "xiangtan_2018_assignment_letter_form",
    "cuoqin_2025_measures_form",
    "gaer_2026_measures_form",
    "yanfeng_2020_soil_table",
    "hongjiang_2025_tailings_form",
    "longyao_2021_river_supervision_letter",  # 被督办单位 … 所在河段 … on one line
]


def test_a_place_label_opens_the_second_pair_of_a_line():
    rows = _spaced_form_rows(
        [
            "某县河长制办公室督办函",
            "被督办单位 莲子镇人民政府 所在河段 午河莲子镇段",
            "问题描述 河道管理范围内倾倒建筑垃圾。",
            "整改时限 2021 年 9 月 30 日",
        ]
    )
    assert rows[1] == "被督办单位\t莲子镇人民政府\t所在河段\t午河莲子镇段"
    (found,) = parse_plan_text("\n".join(rows)).findings
    assert found.lead_units == ["莲子镇人民政府"]


def test_a_units_wrapped_end_after_both_pairs_goes_to_the_unit_it_ends():
    copied = [
        "审计查出问题整改销号表",
        "审计查出问题 部分改造项目多计工程款 27.8 万元。",
        "整改责任单位 县住房和城乡建设 配合单位 鲁权屯镇人民政府",
        "局",
        "整改时限 2022 年 12 月 31",
        "日",
    ]
    rows = _spaced_form_rows(copied)
    assert rows[2] == "整改责任单位\t县住房和城乡建设局\t配合单位\t鲁权屯镇人民政府"
    (found,) = parse_plan_text("\n".join(copied)).findings
    assert (found.lead_units, found.cooperating_units) == (["县住房和城乡建设局"], ["鲁权屯镇人民政府"])


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF")
@pytest.mark.parametrize("name", FORMS)
def test_a_printed_form_copied_as_text_reads_as_its_word_file(name):
    _, build = DOCUMENTS[name]
    text = copied_from_pdf(printed(build()))
    if text is None:
        pytest.skip("poppler's pdftotext copies the text")
    right, total, differences = score(parse_plan_text(text).findings, expected(name))
    assert (right, differences) == (total, [])
