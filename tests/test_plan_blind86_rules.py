"""Rules the reader learnt from blind set 86 (issue 14, docs/decisions.md “Blind set 86”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 86`)."""

from __future__ import annotations

import datetime as dt

from intake.plan_parser import parse_plan_text
from intake.words import (
    LETTER_RESUMES,
    OPENING_PLACE,
    PLACE_KIND_COLUMN,
    REMINDED_TO_ACT,
    YEARLESS_DUE_IN_ITEM,
)


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a list appended after the signature: a 乡村 column, a 回访情况 column ----------------------

_REVISIT = (
    "农村环境整治回访通报\n"
    "各乡镇人民政府：\n"
    "6月3日，市整治办回访了上月检查发现的问题，2个问题仍未整改到位，现将问题清单附后。\n"
    "市整治办\n"
    "2019年6月4日\n"
    "附件\n"
    "| 序号 | 乡村 | 存在问题 | 回访情况 |\n"
    "| 1 | 东岭镇北沟村 | 村口垃圾池外垃圾未清理 | 未整改到位 |\n"
    "| 2 | 西坪乡南庄村 | 河道内漂浮垃圾 | 未整改到位 |\n"
)


def test_the_village_column_leads_a_list_with_no_unit_column():
    findings = _findings(_REVISIT)
    assert [f.title for f in findings] == ["村口垃圾池外垃圾未清理", "河道内漂浮垃圾"]
    assert [f.lead_units for f in findings] == [["东岭镇北沟村"], ["西坪乡南庄村"]]
    assert all(f.status != "completed" for f in findings)


def test_the_place_columns_named_by_a_city_list():
    for name in ("乡村", "村（街）", "村（居）", "社区", "乡镇"):
        assert PLACE_KIND_COLUMN.match(name)
    assert not PLACE_KIND_COLUMN.match("乡村振兴任务")


# --- a letter's numbered items holding the unit and the day -----------------------------------

_LETTER = (
    "关于秸秆禁烧暗访问题的交办函\n"
    "甲县人民政府：\n"
    "3月5日，市禁烧办对你县秸秆禁烧工作进行了暗访，现将发现的问题交办如下：\n"
    "1.甲县东镇北村西侧焚烧秸秆2处，由东镇人民政府负责查明责任人，3月12日前处理完毕。\n"
    "2.甲县西镇敬老院对面焚烧垃圾1处，请西镇人民政府于3月12日前清理到位。\n"
    "3.甲县南镇南村路边堆积柴草，由南镇人民政府负责，3月12日前整改到位。\n"
    "市禁烧办将于7日内复查。\n"
    "市禁烧办\n"
    "2016年3月5日\n"
)


def test_an_items_unit_and_day_inside_its_sentence():
    findings = _findings(_LETTER)
    assert [f.title for f in findings] == [
        "甲县东镇北村西侧焚烧秸秆2处",
        "甲县西镇敬老院对面焚烧垃圾1处",
        "甲县南镇南村路边堆积柴草",
    ]
    assert [f.lead_units for f in findings] == [["东镇人民政府"], ["西镇人民政府"], ["南镇人民政府"]]
    assert all([d.date for d in f.deadlines] == [dt.date(2016, 3, 12)] for f in findings)


def test_a_due_day_before_the_completion_word_is_asked_not_done():
    assert all(f.status != "completed" for f in _findings(_LETTER))


def test_a_report_day_in_an_item_is_no_limit():
    assert YEARLESS_DUE_IN_ITEM.search("由东镇负责，3月12日前处理完毕")
    assert not YEARLESS_DUE_IN_ITEM.search("并于3月12日前将整改情况报市禁烧办")


# --- items opening on the village before a comma --------------------------------------------

_VILLAGES = (
    "农村环境综合整治通报\n"
    "10月20日，市提升办对农村环境综合整治工作进行巡查暗访，发现垃圾乱堆乱倒等问题。\n"
    "现将督办的问题乡村通报如下：\n"
    "1、东岭镇北沟村，村北路边成堆垃圾未清理；\n"
    "2、西坪乡崇德二街，桥南头垃圾一处；\n"
    "请相关乡镇立即组织整改。\n"
)


def test_the_village_before_the_comma_leads_the_item():
    findings = _findings(_VILLAGES)
    assert [f.title for f in findings] == [
        "东岭镇北沟村，村北路边成堆垃圾未清理",
        "西坪乡崇德二街，桥南头垃圾一处",
    ]
    assert [f.lead_units for f in findings] == [["东岭镇北沟村"], ["西坪乡崇德二街"]]


def test_the_opening_place_wording():
    assert OPENING_PLACE.match("工业园区东长远村，填埋场东口垃圾").group("place") == "工业园区东长远村"
    assert not OPENING_PLACE.match("部分村，垃圾清运不及时")
    assert not OPENING_PLACE.match("沿河大街，店外堆物")  # a 街 needs its town before it


# --- sheets handed down one a page ----------------------------------------------------------

_SHEET = (
    "市专班办公室\n"
    "暗访问题交办单\n"
    "编号：0{n}\n"
    "{unit}：\n"
    "3月1日，市专班暗访组在你乡暗访发现：{problem}；村内杂物乱堆。\n"
    "请你乡于3月8日前整改到位，并于3月10日前将整改情况报市专班办公室。\n"
    "市专班办公室\n"
    "2022年3月2日\n"
)


def test_each_sheet_of_a_file_of_sheets_is_one_finding():
    text = "\n".join(
        _SHEET.format(n=n, unit=unit, problem=problem)
        for n, unit, problem in [
            (3, "东岭乡人民政府", "北沟村沟渠内有大量生活垃圾"),
            (4, "西坪镇人民政府", "南庄村河道内遍布建筑垃圾"),
        ]
    )
    findings = _findings(text)
    assert [f.number for f in findings] == [3, 4]
    assert [f.title for f in findings] == ["北沟村沟渠内有大量生活垃圾", "南庄村河道内遍布建筑垃圾"]
    assert [f.lead_units for f in findings] == [["东岭乡人民政府"], ["西坪镇人民政府"]]
    assert all([d.date for d in f.deadlines] == [dt.date(2022, 3, 8)] for f in findings)
    assert all(f.status != "completed" for f in findings)


def test_one_sheet_alone_is_titled_by_what_was_found():
    findings = _findings(_SHEET.format(n=1, unit="东岭乡人民政府", problem="北沟村沟渠内有大量生活垃圾"))
    assert [f.title for f in findings] == ["北沟村沟渠内有大量生活垃圾"]


# --- a post of one problem a line after “检查发现，” ------------------------------------------

_POST = (
    "县人居办近日对东岭乡农村人居环境整治工作开展暗访检查。\n"
    "检查发现，北沟村村委西侧路边有生活垃圾。\n"
    "南庄村村东沟渠内随意倾倒垃圾。\n"
    "西坪村桥下积存生活垃圾。\n"
    "现对以上问题公开曝光，提醒东岭乡和有关村居抓紧整改治理。\n"
)


def test_one_problem_a_line_after_found_and_the_place_reminded_leads():
    findings = _findings(_POST)
    assert [f.title for f in findings] == [
        "北沟村村委西侧路边有生活垃圾",
        "南庄村村东沟渠内随意倾倒垃圾",
        "西坪村桥下积存生活垃圾",
    ]
    assert all(f.lead_units == ["东岭乡"] for f in findings)


def test_the_reminded_place_wording():
    assert REMINDED_TO_ACT.search("提醒东岭乡和有关村居抓紧整改").group("unit") == "东岭乡"
    assert not REMINDED_TO_ACT.search("提醒各乡镇抓紧整改")


# --- a table's unit merged down, pasted or printed without rules -----------------------------

_PASTED = (
    "督办通知\n"
    "甲县人民政府：\n"
    "3月23日，市整治办暗访发现你县东镇存在以下问题，现予督办：\n"
    "序号\t村庄\t存在问题\t责任单位\t完成时限\n"
    "1\t北村\t村北焚烧秸秆火点1处\t东镇人民政府\t立即整改\n"
    "2\t南村\t村内多处积存垃圾\t\t3月31日前\n"
    "3\t西村\t坑边乱倒垃圾未填埋\t\t3月31日前\n"
    "请你县督促东镇按要求整改，并于4月1日前将整改情况报市整治办。\n"
    "市整治办\n"
    "2016年3月25日\n"
)


def test_a_unit_merged_down_with_no_cooperating_column_is_filled_down():
    findings = _findings(_PASTED)
    assert [f.lead_units for f in findings] == [["东镇人民政府"]] * 3


def test_the_letters_closing_request_is_no_paragraph_of_the_last_limit():
    findings = _findings(_PASTED)
    assert [d.date for d in findings[-1].deadlines] == [dt.date(2016, 3, 31)]
    assert LETTER_RESUMES.match("请你县督促东镇按要求整改，并于4月1日前将整改情况报市整治办。")
    assert not LETTER_RESUMES.match("长期坚持")
