"""Rules the reader learnt from blind set 96 (issue 14, docs/decisions.md “Blind set 96”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 96`). The set is per-problem forms, seventh round:
a portal's 销号公示 of one petition case labelled by its code, a 销号申请表 listing several cases
over one 核查意见 that names them by number, and a 验收意见表 whose signed verdict holds a case
back."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_CASE_NOTICE = (
    "甲市关于中央环保督察信访案件1234号销号公示\n"
    "2020-03-17 13:34:00 来源：甲市人民政府\n"
    "中央环保督察信访案件1234号现已办结，经检查验收，达到销号条件，现予以公示：\n"
    "1234号信访案件：（来信）乙镇内一条臭水沟常年散发恶臭；举报人怀疑企业排放废水。\n"
    "责任单位：乙镇人民政府、甲市经济开发区\n"
    "办理情况：\n"
    "经核查，企业排放废水不属实。沟内垃圾已全部清运完毕。\n"
    "按照中央环保督察整改要求，此案件已办结，符合销号标准，可以销号。\n"
    "公示时间：2020年3月17日至2020年3月23日。\n"
)


def test_a_case_code_labels_the_reported_problem():
    """“1234号信访案件：（来信）…” is the problem under its case's code: the title is what was
    reported up to its first ；, without how it came in (来信); the 责任单位 below lead."""
    (finding,) = parse_plan_text(_CASE_NOTICE).findings
    assert finding.number == 1  # the case code is no item number
    assert finding.title == "乙镇内一条臭水沟常年散发恶臭"
    assert finding.lead_units == ["乙镇人民政府", "甲市经济开发区"]
    assert finding.status == "completed"


def test_a_channel_bracket_inside_the_text_stays():
    """Only a bracket opening the case's text is its channel; one later in it is the problem's."""
    text = _CASE_NOTICE.replace("（来信）乙镇内一条臭水沟", "乙镇内一条臭水沟（来信反映）")
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "乙镇内一条臭水沟（来信反映）常年散发恶臭"


_APPLICATION = (
    "甲市转办案件整改销号申请表\n"
    "| 序号 | 县（区） | 反映问题 | 责任单位 | 整改时限 | 整改措施 | 整改完成情况 |\n"
    "| 1 | 甲县 | 采石点未进行生态修复。 | 甲县人民政府 | 2023年6月30日 | ①清理场地；②覆土复绿。"
    " | 场地已清理，覆土复绿已完成。 |\n"
    "| 2 | 乙县 | 施工现场扬尘较大。 | 乙县人民政府 | 2022年12月31日 | ①苫盖裸土；②洒水降尘。"
    " | 裸土已全部苫盖。 |\n"
    "| 3 | 丙县 | 水电站弃土随意堆放。 | 丙县人民政府 | 2023年8月31日 | ①清运弃土；②恢复植被。"
    " | 弃土已全部清运完毕，植被恢复待来年实施。 |\n"
    "\n"
    "| 市级核查意见 | 经现场核查，第1、2件整改到位，同意销号；第3件植被恢复尚未实施，暂缓销号。\n"
    "核查人员（签字）：\n2023年9月26日 |\n"
)


def test_one_verdict_names_the_cases_it_closes_and_holds_back():
    """“第1、2件…同意销号；第3件…暂缓销号” under the list decides each case it names: 2 is done
    though its row says no status word, 3 is open though its row says 已全部清运完毕."""
    findings = parse_plan_text(_APPLICATION).findings
    assert [f.status for f in findings] == ["completed", "completed", None]
    assert findings[1].sources["status"] == "核查意见"


def test_a_verdict_naming_no_finding_of_the_list_changes_nothing():
    """A clause naming a number the list does not hold (第5件) is no verdict on these rows."""
    text = _APPLICATION.replace("第1、2件整改到位，同意销号；第3件", "第5件整改到位，同意销号；第6件")
    findings = parse_plan_text(text).findings
    assert [f.status for f in findings] == [None, None, "completed"]


_OPINION_FORM = (
    "甲市交办件整改验收意见表\n"
    "| 交办时间 | 2017年8月26日 | 办理时限 | 2017年9月30日 |\n"
    "| 举报内容 | 甲镇海滩有车辆往海里倾倒建筑垃圾。 |  |  |\n"
    "| 责任单位 | 甲镇人民政府 | 包件领导 | 市人民政府副市长 |\n"
    "| 整改措施 | 一是清理海滩建筑垃圾；二是设置卡口和监控；三是追查倾倒车辆。 |  |  |\n"
    "| 办理结果 | 海滩建筑垃圾已清理完毕，倾倒车辆仍在追查。 |  |  |\n"
    "| 验收组意见 | 倾倒车辆尚未查处到位，暂缓销号，继续督办。\n验收组组长（签字）：\n2017年9月28日 |  |  |\n"
)


def test_a_signed_verdict_that_holds_the_case_back_keeps_it_open():
    """A signed verdict cell is read as the verdict when it refuses (暂缓销号) as when it agrees:
    the progress's 已清理完毕 does not close the case."""
    (finding,) = parse_plan_text(_OPINION_FORM).findings
    assert finding.title == "甲镇海滩有车辆往海里倾倒建筑垃圾"
    assert len(finding.measures) == 3
    assert finding.status is None


def test_a_signed_verdict_that_agrees_still_closes_it():
    refused = "倾倒车辆尚未查处到位，暂缓销号，继续督办。"
    text = _OPINION_FORM.replace(refused, "经现场验收，整改到位，同意销号。")
    (finding,) = parse_plan_text(text).findings
    assert finding.status == "completed"


def test_a_verdict_wrapped_over_printed_lines_still_names_its_cases():
    """Printed without rules, the verdict wraps inside its word (“同⏎意销号”): still one clause."""
    text = _APPLICATION.replace(
        "| 市级核查意见 | 经现场核查，第1、2件整改到位，同意销号；",
        "市级核查意见 经现场核查，第1、2件整改到位，同\n意销号；",
    )
    findings = parse_plan_text(text).findings
    assert [f.status for f in findings] == ["completed", "completed", None]


_LEDGER = (
    "甲区整改任务对账销号表\n"
    "| 序号 | 整改任务 | 责任单位 | 整改时限 | 对账情况 | 销号意见 |\n"
    "| 1 | 印刷企业废气治理设施简单低效。 | 区生态环境局 | 2021年12月31日 | 对账一致。 | 同意销号 |\n"
    "| 2 | 污泥处置去向不规范。 | 区水务局 | 2021年9月30日 | 对账不一致。 | 补齐转运联单后再行销号 |\n"
)


def test_a_write_off_put_off_until_something_is_done_is_no_write_off():
    """“补齐转运联单后再行销号” holds the row back as 暂不销号 does, in the table and when its
    rows come as Word's plain text, where the first row's 同意销号 reads as the notice's word."""
    assert [f.status for f in parse_plan_text(_LEDGER).findings] == ["completed", None]
    pasted = "\n".join(
        "\t".join(cell.strip() for cell in line.strip("|").split("|")) if "|" in line else line
        for line in _LEDGER.split("\n")
    )
    assert [f.status for f in parse_plan_text(pasted).findings] == ["completed", None]


def test_latin_letters_at_a_printed_line_start_move_with_the_space_after_them():
    """Word and LibreOffice set a little space between Latin letters and the Chinese after them;
    “VOCs” moved to the next line with it, so the line above was wrapped, not ended."""
    from intake.document_pdf import _first_word_width

    chars = [
        {"text": "V", "x0": 177.6, "x1": 185.5},
        {"text": "O", "x0": 185.5, "x1": 194.5},
        {"text": "C", "x0": 194.5, "x1": 202.9},
        {"text": "s", "x0": 203.0, "x1": 208.6},
        {"text": "废", "x0": 210.8, "x1": 221.8},
    ]
    assert _first_word_width(chars) == 210.8 - 177.6
    # a Latin word before a closing mark keeps the rules it had
    chars[4] = {"text": "，", "x0": 208.6, "x1": 219.6}
    assert _first_word_width(chars) == 219.6 - 177.6
