"""Rules the reader learnt from blind set 83 (issue 14, docs/decisions.md “Blind set 83”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 83`)."""

from __future__ import annotations

import datetime as dt

from intake.plan_parser import _place_clauses, parse_plan_text
from intake.words import ATTACHMENT_POINTER


def _findings(text: str):
    return parse_plan_text(text).findings


_BULLETIN = (
    "督查通报\n"
    "9月13日，市创建办对城区创建工作开展情况进行了督查，现将督查情况通报如下：\n"
    "一、存在的问题\n"
    "（一）环境卫生方面\n"
    "甲路菜场旁建筑垃圾较多；乙街背街小巷陈年垃圾未清理。\n"
    "（二）交通秩序方面\n"
    "丙路车辆乱停乱放，占用人行道。\n"
    "（三）各办事处周大扫除情况统计表（见附件）\n"
    "二、下步工作要求\n"
    "（一）各责任单位要针对本次督查发现的问题，迅速制定整改方案，确保整改到位。\n"
    "（二）各责任单位2017年9月25日前将以上问题整改情况报创建办。\n"
)


def test_an_item_that_only_points_to_an_attached_table_is_no_problem():
    findings = _findings(_BULLETIN)
    assert [f.title for f in findings] == ["环境卫生方面", "交通秩序方面"]


def test_the_attachment_pointer_wording():
    assert ATTACHMENT_POINTER.search("城区三办周大扫除情况统计表（见附件）")
    assert ATTACHMENT_POINTER.search("各镇整改进展情况表(详见附件2)")
    assert not ATTACHMENT_POINTER.search("垃圾乱堆，见附近河道")


def test_an_item_pointing_to_an_attachment_with_a_paragraph_under_it_stays():
    text = _BULLETIN.replace(
        "（三）各办事处周大扫除情况统计表（见附件）\n",
        "（三）部分门店未落实门前五包（见附件）\n丁街商户店外堆放杂物。\n",
    )
    assert len(_findings(text)) == 3


def test_the_day_the_result_is_due_without_yu_is_the_limit_when_no_other_is_set():
    findings = _findings(_BULLETIN)
    assert all(f.deadlines and f.deadlines[0].date == dt.date(2017, 9, 25) for f in findings)


_SUPERVISION = (
    "督 办 通 知\n"
    "区治理办〔2018〕1号\n"
    "中街办事处：\n"
    "2017年12月1日，区治理办第14期督查通报已将“教堂以北空地内生活垃圾乱堆，未清理”问题交办你单位。\n"
    "近日接群众反映，该处垃圾未清除，仅用铁皮围挡。现将该问题再次移交，请你单位及时全面整改，"
    "并将整改情况于2018年1月19日前报区治理办。\n"
    "区治理办\n"
    "2018年1月17日\n"
)


def test_a_supervision_letter_is_titled_by_the_problem_its_first_paragraph_quotes():
    (finding,) = _findings(_SUPERVISION)
    assert finding.title == "教堂以北空地内生活垃圾乱堆，未清理"
    assert finding.lead_units == ["中街办事处"]
    assert [d.date for d in finding.deadlines] == [dt.date(2018, 1, 19)]


_TOWN_BULLETIN = (
    "某镇河道专项督查情况通报\n"
    "各村(社区)居委会:\n"
    "2017年8月5日，镇党委对甲溪进行了专项督查，现将有关情况通报如下：\n"
    "一、总体情况\n"
    "沿线各村均在组织整改。\n"
    "二、存在的问题\n"
    "截至8月5日，以下问题整改进度缓慢，效果不明显：东村辖区内水库打捞浮漂效果不明显，西村辖区内桥段打捞水葫芦效果不明显。\n"
    "三、下步工作要求\n"
    "一是高度重视。8月7日前东村、西村要完成河道浮漂、水葫芦的打捞工作。二是加快整改。\n"
)


def test_problems_run_on_after_a_line_announcing_them_are_cut_before_each_place():
    findings = _findings(_TOWN_BULLETIN)
    assert [f.title for f in findings] == [
        "东村辖区内水库打捞浮漂效果不明显",
        "西村辖区内桥段打捞水葫芦效果不明显",
    ]
    assert [f.lead_units for f in findings] == [["东村"], ["西村"]]


def test_the_day_places_must_finish_by_is_the_limit_with_the_year_the_text_writes():
    findings = _findings(_TOWN_BULLETIN)
    assert all([d.date for d in f.deadlines] == [dt.date(2017, 8, 7)] for f in findings)


def test_a_clause_not_opening_on_a_place_stays_with_the_one_before():
    assert _place_clauses("东村辖区内水库浮漂未打捞，下游桥段水葫芦较多，西村境内沟渠堵塞") == [
        "东村辖区内水库浮漂未打捞，下游桥段水葫芦较多",
        "西村境内沟渠堵塞",
    ]
    # a sentence that does not open on a place is never cut
    assert _place_clauses("水库浮漂未打捞，西村境内沟渠堵塞") == ["水库浮漂未打捞，西村境内沟渠堵塞"]
