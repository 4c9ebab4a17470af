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
    # the wrapped line goes on its value; a label the vocabulary does not list (问题来源) stays text
    assert rows[1] == "问题编号\t第 12 项 问题来源 第二轮中央生态环境保护督察"
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
]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice prints the PDF")
@pytest.mark.parametrize("name", FORMS)
def test_a_printed_form_copied_as_text_reads_as_its_word_file(name):
    _, build = DOCUMENTS[name]
    text = copied_from_pdf(printed(build()))
    if text is None:
        pytest.skip("poppler's pdftotext copies the text")
    right, total, differences = score(parse_plan_text(text).findings, expected(name))
    # a four-column row whose first unit wrapped (“县住房和城乡建设|局”): the copy puts the wrapped
    # “局” after the row's last cell, and nothing tells which cell it ended
    floor = total - 2 if name == "wucheng_2022_audit_closure_forms_docx" else total
    assert right >= floor, differences
