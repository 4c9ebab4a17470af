"""Rules the reader learnt from blind set 99 (issue 14, docs/decisions.md “Blind set 99”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 99`)."""

from __future__ import annotations

import pytest

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text
from intake.words import OPEN_VALUES, is_completed_value


def _csv_findings(csv_text: str):
    return parse_plan_text(read_csv(csv_text, "台账.csv")).findings


@pytest.mark.parametrize("value", ["已销项", "已完成待销项", "完成整改并验收销项", "已完成，申请验收销项"])
def test_xiaoxiang_closes_an_item_as_xiaohao_does(value):
    assert is_completed_value(value)


@pytest.mark.parametrize("value", ["推进中", "未销项", "待销项"])
def test_an_item_not_yet_closed_or_only_awaiting_closure_is_not_done(value):
    # 待销项 alone says nothing of the work: only “已完成待销项” says it is done
    assert not is_completed_value(value)


def test_an_unclosed_item_is_an_open_value():
    assert OPEN_VALUES.fullmatch("未销项")


def test_a_ledger_s_xiaoxiang_status_column_marks_its_rows():
    findings = _csv_findings(
        "序号,问题描述,牵头单位,整改时限,1月进展,2月进展,整改状态\n"
        "1,支流沿岸雨污混接。,区水务局,2025年6月30日前,完成排查,完成改造,已完成待销项\n"
        "2,堆场扬尘管控不到位。,区绿化市容局,立行立改,加装喷淋,完成覆盖,已销项\n"
        "3,原料堆场无组织排放。,区生态环境局,2025年12月31日前,制定方案,开工建设,推进中\n"
    )
    assert [f.status == "completed" for f in findings] == [True, True, False]


def test_a_progress_saying_the_whole_year_s_works_are_finished_is_done():
    findings = _csv_findings(
        "序号,实事项目,牵头单位,进展情况\n1,改造提升学校操场,区教委,本年度计划改造操场8块，目前已全部完工。下一步做好结算评审。\n"
    )
    assert findings[0].status == "completed"


@pytest.mark.parametrize(
    "progress",
    ["已完工3块，其余正在施工。", "一期已全部完工，二期正在设计。", "计划年底前全部完工。"],
)
def test_part_of_the_works_finished_or_a_plan_to_finish_is_not(progress):
    findings = _csv_findings(f"序号,实事项目,牵头单位,进展情况\n1,改造提升学校操场,区教委,{progress}\n")
    assert findings[0].status != "completed"


def test_a_kind_of_problem_column_under_a_spanning_label_keeps_its_name():
    # 问题情况 over 污染类型 | 点位名称 | 存在问题: the kind is no problem, 存在问题 is
    findings = _csv_findings(
        "序号,问题情况,,,责任单位,整改状态\n"
        ",污染类型,点位名称,存在问题,,\n"
        "1,扬尘,某拆迁工地,建筑垃圾未覆盖。,某乡人民政府,已整改\n"
        "2,工业企业,某物流园,叉车排放黑烟。,某镇人民政府,整改中\n"
    )
    assert [f.title for f in findings] == ["建筑垃圾未覆盖", "叉车排放黑烟"]


def test_a_class_column_under_a_spanning_label_sets_the_section():
    findings = _csv_findings(
        "序号,问题情况,,责任单位\n,问题类别,存在问题,\n1,扬尘,工地裸土未苫盖。,某镇人民政府\n"
    )
    assert (findings[0].title, findings[0].section) == ("工地裸土未苫盖", "扬尘")


def test_a_named_lower_cell_of_no_kind_still_takes_the_spanning_label():
    # 问题 over 描述: the lower name alone says nothing, the column is the problem
    findings = _csv_findings("序号,问题,责任单位\n,描述,\n1,工地裸土未苫盖。,某镇人民政府\n")
    assert findings[0].title == "工地裸土未苫盖"
