"""Rules the reader learnt from the nineteenth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 19”: closure notices of one finding each), each on a short document
of its own (the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

import datetime as dt

from intake.deadline_text import normalise
from intake.plan_parser import parse_plan_text


def _dates(finding) -> list:
    return [d.date or d.kind for d in finding.deadlines]


# A web page's two-column table copied as text: label, tab, value.
_TAB_TABLE = (
    "某县反馈问题整改销号公示\n"
    "项目\t内容\n"
    "问题序号\t5\n"
    "问题名称\t某镇集镇污水处理站长期停运，污水直排河道。\n"
    "责任单位\t县住建局\n"
    "整改措施\t1.修复处理站设备。2.完善配套管网。\n"
    "整改时限\t2024年3月31日前\n"
    "整改完成情况\t处理站已恢复运行，出水达标。\n"
)


def test_a_tab_between_a_label_and_a_number_keeps_the_cells_apart():
    # the OCR-spacing rule joins “2018 年” but a tab is a copied table's cell border
    assert normalise("2018 年 10 月底") == "2018年10月底"
    assert normalise("整改时限\t2024年3月31日前") == "整改时限\t2024年3月31日前"
    (finding,) = parse_plan_text(_TAB_TABLE).findings
    assert finding.number == 5
    assert _dates(finding) == [dt.date(2024, 3, 31)]
    assert [m.text for m in finding.measures] == ["修复处理站设备。", "完善配套管网。"]
    assert finding.lead_units == ["县住建局"]


def _notice(opening: str, title: str = "某街道完成督察反馈问题整改任务情况公示") -> str:
    return (
        f"{title}\n{opening}\n"
        "整改任务：某河流经城区后水质下降，沿岸垃圾入河。\n"
        "整改措施：落实河长巡河制度，及时清理岸边垃圾。\n"
        "整改效果（或整改完成情况）：街道河长每月巡河两次，岸边垃圾已清理。\n"
        "公示期为2018年6月7日至2018年6月13日。投诉电话：0431-0000000\n"
    )


def test_an_item_with_its_higher_list_number_in_brackets_is_numbered_by_the_item():
    opening = "我单位所承担的督察反馈第十七项（69）问题的整改任务，现已完成整改。"
    (finding,) = parse_plan_text(_notice(opening)).findings
    assert finding.number == 17


def test_a_number_in_brackets_after_the_word_problem_numbers_the_notice():
    title = "某市督察反馈问题（第12项）整改验收销号公示"
    (finding,) = parse_plan_text(_notice("现将有关情况公示如下：", title)).findings
    assert finding.number == 12
    # a note in brackets that is not the problem's number gives none
    title = "某市督察反馈问题（第二批）整改验收销号公示"
    (finding,) = parse_plan_text(_notice("现将有关情况公示如下：", title)).findings
    assert finding.number == 1


def test_a_label_with_its_second_name_in_brackets_is_that_field():
    (finding,) = parse_plan_text(_notice("现将有关情况公示如下：")).findings
    # the measure ends where 整改效果（或整改完成情况）： begins, the progress is its value
    assert [m.text for m in finding.measures] == ["落实河长巡河制度，及时清理岸边垃圾。"]
    assert finding.progress.startswith("街道河长每月巡河两次")
    # （盖章） after a unit label is a signature line's note, not a second name
    signed = "整改任务：某问题。\n责任单位（盖章）：某局   2022年3月1日\n"
    assert "（盖章）" not in "".join(parse_plan_text(signed).findings[0].lead_units)


def test_done_and_accepted_in_the_opening_completes_the_one_finding():
    opening = "我单位承担的整改任务，现已完成整改并按要求通过了区督导组和本局的联合验收，达到整改目标。"
    (finding,) = parse_plan_text(_notice(opening)).findings
    assert finding.status == "completed"
    # “已完成整改，通过市级验收” in one row of a table is that row's state, not the notice's
    opening = "该问题尚在整改，未通过验收。"
    (finding,) = parse_plan_text(_notice(opening)).findings
    assert finding.status != "completed"
