"""Rules the reader learnt from blind set 22 (tables of the completion status of many findings,
docs/decisions.md “Blind set 22”), each on a short table written for the test, not the fixture
it came from (the set's figure: benchmarks/plan_layouts_benchmark.py --blind 22)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import is_completed_value


def test_a_status_value_done_and_kept_up_is_done():
    text = (
        "某市督察反馈意见整改落实情况统计表\n"
        "| 序号 | 整改任务 | 牵头单位 | 整改时限 | 整改状态 |\n"
        "| 1 | 部分企业环保责任落实不到位。 | 市环保局 | 长期坚持 | 已完成并长期坚持 |\n"
        "| 2 | 散乱污企业整治不彻底。 | 市工信局 | 2018年12月底前 | 已完成，持续巩固 |\n"
        "| 3 | 入河排污口整治滞后。 | 市水务局 | 2020年12月底前 | 按序时进度持续推进 |\n"
        "| 4 | 部分湖库水质下降。 | 市生态环境局 | 2020年12月底前 | 基本完成并长期坚持 |\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.status == "completed" for f in findings] == [True, True, False, False]
    # the status is not a time limit: the 整改时限 column's alone are read
    assert [d.kind for d in findings[0].deadlines] == ["long_term"]
    assert [d.kind for d in findings[2].deadlines] == ["date"]


def test_status_values_that_keep_going_without_being_done_are_not_done():
    assert is_completed_value("已完成整改并长期坚持")
    assert not is_completed_value("持续推进")
    assert not is_completed_value("达到序时进度")
    assert not is_completed_value("是否长期坚持")


def test_a_bracketed_number_cell_restarting_under_a_group_row_opens_a_new_part():
    text = (
        "某市反馈意见整改落实情况一览表\n"
        "| 序号 | 反馈问题 | 责任单位 | 完成情况 |\n"
        "| 一、第一轮督察反馈意见 |  |  |  |\n"
        "| （一） | 执法力量不足。 | 市生态环境局 | 已完成 |\n"
        "| （二） | 空气质量未达标。 | 市生态环境局 | 基本完成 |\n"
        "| 二、“回头看”反馈意见 |  |  |  |\n"
        "| （一） | 污水管网建设滞后。 | 市住建局 | 正在推进 |\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.part, f.number) for f in findings] == [(1, 1), (1, 2), (2, 1)]
    assert findings[2].section == "二、“回头看”反馈意见"
    assert [f.status == "completed" for f in findings] == [True, False, False]


def test_numbers_running_on_across_group_rows_stay_in_one_part():
    text = (
        "某市整改进展情况表\n"
        "| 序号 | 反馈问题 | 责任单位 | 整改状态 |\n"
        "| 一、思想认识方面 |  |  |  |\n"
        "| （一） | 重发展轻保护。 | 市委办公室 | 已完成 |\n"
        "| 二、基础设施方面 |  |  |  |\n"
        "| （二） | 雨污管网不完善。 | 市住建局 | 达到序时进度 |\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.part, f.number) for f in findings] == [(1, 1), (1, 2)]


def test_a_sign_off_wrapped_inside_a_label_ends_the_table():
    # a printed page wrapped “审核人：” after 审核, and the PDF reader took the line for two rows
    text = (
        "某区整改任务完成情况一览表\n"
        "| 序号 | 整改任务 | 责任单位 | 整改时限 | 是否完成 |\n"
        "| 1 | 矿井涌水直排。 | 区生态环境局 | 2025年6月底 | 是 |\n"
        "| 2 | 园区固废库防渗不到位。 | 区经济发展局 | 2025年12月底 | 否 |\n"
        "| 填报单位：区督察整改办 | 填报人： | 审核 |\n"
        "| 人：\n联系电话：\n填报日期：2025年7月20日 |  |  |\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2]
    assert [f.status == "completed" for f in findings] == [True, False]
