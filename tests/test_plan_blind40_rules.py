"""Rules the reader learnt from blind set 40 (issue 14, docs/decisions.md “Blind set 40”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 40`)."""

from __future__ import annotations

from datetime import date

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def _letter(kind: str, items: str) -> str:
    return (
        "某市大气污染防治工作领导小组办公室\n"
        f"{kind}\n"
        "某气办函〔2018〕1号\n"
        "甲区人民政府：\n"
        "督查发现你区问题数量明显反弹，现向你区发出预警，请对照以下问题抓紧整改：\n"
        f"{items}"
        "请于收到本函之日起10个工作日内将整改情况书面报送市大气办。\n"
        "某市大气污染防治工作领导小组办公室\n"
        "2018年8月8日\n"
    )


def test_a_warning_or_reminder_letter_is_done_by_its_addressee():
    items = (
        "1.应淘汰燃煤小锅炉未淘汰到位。请于2018年8月20日前全部拆除。\n"
        "2.施工工地扬尘管控不严。请于2018年8月31日前整改到位。\n"
    )
    for kind in ("预警函", "提 醒 函", "警示函"):
        findings = _findings(_letter(kind, items))
        # “未淘汰到位” names a fault: the first item is a finding too
        assert [f.title for f in findings] == ["应淘汰燃煤小锅炉未淘汰到位", "施工工地扬尘管控不严"]
        assert all(f.lead_units == ["甲区人民政府"] for f in findings)
    # a letter of no handed-down kind (a 报告) leaves the units unnamed
    assert all(not f.lead_units for f in _findings(_letter("情况报告", items)))


def test_a_request_in_a_letters_item_names_how_soon():
    findings = _findings(
        _letter(
            "预警函",
            "1.道路扬尘管控不严。请立即整改，并建立日常巡查制度。\n"
            "2.对投诉件“一办了之”，未跟踪监管。请建立回访机制，长期坚持。\n",
        )
    )
    assert [[d.kind for d in f.deadlines] for f in findings] == [["immediate"], ["long_term"]]


def test_a_short_numbered_heading_is_the_whole_title_and_the_closing_request_no_limit():
    text = (
        "关于落实约谈要求加快问题整改的通知\n"
        "乙县人民政府：\n"
        "现将约谈指出的问题及整改要求通知如下。\n"
        "一、督查发现问题数量居首\n"
        "两轮督查共发现你县问题119个，其中第二轮增至115个。\n"
        "整改要求：1.逐一建立台账；2.整改一个、销号一个。\n"
        "整改时限：2018年8月31日前\n"
        "二、污染源排查推进不力\n"
        "相关污染源排查工作推进不力，未形成长效机制。\n"
        "整改要求：研究制定长效工作机制。\n"
        "整改时限：2018年9月15日前\n"
        "请于2018年9月20日前将整改情况书面报送市大气办。\n"
    )
    findings = _findings(text)
    assert [f.title for f in findings] == ["督查发现问题数量居首", "污染源排查推进不力"]
    assert all(f.lead_units == ["乙县人民政府"] for f in findings)
    # the report date after the last item is not that item's limit
    assert [[d.date for d in f.deadlines] for f in findings] == [[date(2018, 8, 31)], [date(2018, 9, 15)]]
    assert [len(f.measures) for f in findings] == [2, 0]


def test_a_supervision_requirement_column_lists_its_numbered_steps_as_measures():
    findings = parse_plan_text(
        read_csv(
            "序号,督办事项,责任单位,督办要求,办结时限\n"
            "1,取缔类企业未淘汰到位,丙县人民政府,1.断水断电；2.清除设备,2018年8月15日前\n"
            "2,两家企业未完成整改,丙县人民政府,完成升级改造并通过验收,2018年8月31日前\n",
            "挂牌督办事项清单.csv",
        )
    ).findings
    # numbered steps are the measures; one unnumbered requirement stays the target
    assert [len(f.measures) for f in findings] == [2, 0]
    assert findings[1].target == "完成升级改造并通过验收"


def test_working_days_from_a_dated_interview_are_counted_over_weekdays():
    text = (
        "关于落实约谈要求加快问题整改的通知\n"
        "乙县人民政府：\n"
        "2018年8月1日，生态环境部对你县政府主要负责同志进行了约谈。现将整改要求通知如下。\n"
        "一、督查发现问题数量居首\n"
        "整改要求：1.逐一建立台账；2.整改一个、销号一个。\n"
        "整改时限：约谈之日起20个工作日内\n"
        "二、污染源排查推进不力\n"
        "整改要求：研究制定长效工作机制。\n"
        "整改时限：收到本通知之日起10个工作日内\n"
    )
    first, second = _findings(text)
    # 2018-08-01 is a Wednesday: the twentieth weekday after it is 2018-08-29
    assert [d.date for d in first.deadlines] == [date(2018, 8, 29)]
    assert first.confidence["deadlines"] == 0.5
    # the day a letter is received is not known: nothing is counted
    assert second.deadlines == []
