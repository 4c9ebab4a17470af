"""Rules of the text reader found on real task lists and notices (issue 14), each on a short
document written for the test in the way those documents write it."""

from __future__ import annotations

import datetime as dt

from intake.deadline_text import find_text_deadlines
from intake.plan_parser import parse_plan_text


def test_an_annual_plan_gives_its_year_to_a_deadline_written_without_one():
    text = (
        "某县2021年农村环境整治工作要点\n二、重点任务\n"
        "1.整治农村黑臭水体。6月底前完成排查，年底前完成整治。（县生态环境分局牵头，各乡镇配合）\n"
        "2.推进垃圾分类。2022年底前实现全覆盖。（县住建局牵头）\n"
    )
    first, second = parse_plan_text(text).findings
    assert [d.date for d in first.deadlines] == [dt.date(2021, 6, 30), dt.date(2021, 12, 31)]
    assert [d.date for d in second.deadlines] == [dt.date(2022, 12, 31)]
    # Without a plan year a year-less phrase is no date.
    assert find_text_deadlines("年底前完成整治。") == []


def test_a_rule_that_the_first_group_leads_holds_for_the_tasks_below():
    text = (
        "某市水污染防治工作方案\n二、主要任务\n"
        "1.排查入河排污口。2020年6月底前完成。（责任单位：市生态环境局、市水利局，市住建局，各县区。"
        "以下均需各县区落实，不再列出。排在前位为牵头部门，下同。）\n"
        "2.整治工业园区污水。（责任单位：市工信局，市生态环境局、市商务局）\n"
    )
    first, second = parse_plan_text(text).findings
    assert first.lead_units == ["市生态环境局", "市水利局"]
    assert first.cooperating_units == ["市住建局", "各县区"]
    assert second.lead_units == ["市工信局"]
    assert second.cooperating_units == ["市生态环境局", "市商务局", "各县区"]


def test_unit_brackets_in_square_brackets_and_in_mid_text_are_read():
    text = (
        "某市实施方案\n二、工作任务\n（一）调整产业结构。\n"
        "1.清理违规项目。完成清理。〔市发改局牵头，市自然资源局参与，各县、区人民政府负责落实。"
        "以下各项工作均需各县、区人民政府落实，不再列出。〕同步建立台账。（市统计局牵头督导）\n"
        "2.整治散乱污企业。[市生态环境局牵头，市公安局配合)]\n"
    )
    first, second = parse_plan_text(text).findings
    assert first.lead_units == ["市发改局", "市统计局"]
    assert first.cooperating_units == ["市自然资源局", "各县、区人民政府"]
    assert first.section == "（一）调整产业结构"
    assert second.lead_units == ["市生态环境局"]
    assert second.cooperating_units == ["市公安局", "各县、区人民政府"]


def test_a_people_s_congress_report_is_read_by_the_review_points_it_quotes():
    text = (
        "某市人民政府关于审议意见研究处理情况的报告\n"
        "一、强化饮用水水源保护\n认真落实《审议意见》关于“加快水源地违法建筑清理”的建议。\n"
        "（一）清理违法建筑。拆除一级保护区内违法建筑12处。\n（二）设立界标。完成界标设置。\n"
        "二、推进污水管网建设\n认真落实《审议意见》关于“补齐城区污水管网短板”的建议。\n"
        "（一）新建管网30公里。\n"
    )
    first, second = parse_plan_text(text).findings
    assert (first.title, len(first.measures)) == ("加快水源地违法建筑清理", 2)
    assert (second.title, len(second.measures)) == ("补齐城区污水管网短板", 1)


def test_a_unit_bracket_split_over_lines_or_left_open_still_names_the_units():
    text = (
        "某县河道整治工作方案\n二、重点任务\n"
        "1.整治河道。2021年6月底前完成。（县水利局牵头，\n县生态环境分局、县农业农村局配合）\n"
        "2.清理垃圾。2021年底前完成。（县城管局牵头，各乡镇配合\n"
    )
    first, second = parse_plan_text(text).findings
    assert (first.title, first.lead_units) == ("整治河道", ["县水利局"])
    assert first.cooperating_units == ["县生态环境分局", "县农业农村局"]
    assert (second.title, second.lead_units, second.cooperating_units) == (
        "清理垃圾",
        ["县城管局"],
        ["各乡镇"],
    )
    assert [d.date for d in second.deadlines] == [dt.date(2021, 12, 31)]


def test_a_carry_over_rule_opening_with_the_plan_names_no_unit():
    text = (
        "某市土壤污染防治工作方案\n三、主要任务\n"
        "1.完善监测网络。2020年年底前完成（市环保局牵头，市农业局配合，各区县政府负责落实。"
        "本方案部署的以下工作均需各区县政府落实，不再列出）。\n"
        "2.开展详查。2018年年底前完成。（市国土资源局牵头）\n"
    )
    first, second = parse_plan_text(text).findings
    assert first.cooperating_units == ["市农业局", "各区县政府"]
    assert (second.lead_units, second.cooperating_units) == (["市国土资源局"], ["各区县政府"])
