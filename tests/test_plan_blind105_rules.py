"""Rules the reader learnt from blind set 105 (issue 14, docs/decisions.md “Blind set 105”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 105`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import parse_plan_text


def _read(text: str):
    return parse_plan_text(text).findings


def _post(first: str = "01") -> str:
    return (
        "边督边改｜某县信访件办理情况\n"
        "某县生态环境 2021-04-20 17:32\n\n"
        "截至4月19日，我县共收到转办信访件2件，已办结1件。现将办理情况公开如下：\n\n"
        f"{first}\n"
        "甲镇一石料加工点粉尘扰民\n"
        "群众反映：甲镇一石料加工点切割石料时粉尘大。\n"
        "整改情况：已将设备移入封闭厂房。已办结。\n"
        "责任单位：甲镇人民政府\n\n"
        "02\n"
        "乙镇一养牛场粪污排入沟渠\n"
        "群众反映：乙镇一养牛场粪污直接排入沟渠。\n"
        "整改情况：正在扩建贮存池，计划5月30日前完工。阶段性办结。\n"
        "责任单位：乙镇人民政府\n"
    )


def test_a_post_numbers_its_cases_01_02_on_lines_of_their_own():
    findings = _read(_post())
    assert [(f.number, f.title) for f in findings] == [
        (1, "甲镇一石料加工点粉尘扰民"),
        (2, "乙镇一养牛场粪污排入沟渠"),
    ]
    assert [f.lead_units for f in findings] == [["甲镇人民政府"], ["乙镇人民政府"]]
    assert findings[0].status == "completed" and findings[1].status is None


def test_a_bare_number_without_its_zero_stays_a_page_number():
    # “1” alone is a page number as before; only the zero-padded “01” heads a case
    findings = _read(_post(first="1"))
    assert "甲镇一石料加工点粉尘扰民" not in [f.title for f in findings]


def _daily(handling: str, label: str = "处理整改") -> str:
    return (
        "某县边督边改日报\n2018年12月6日\n"
        "【1】受理编号：D2JL1\n"
        "反映问题：一洗浴中心锅炉房噪声扰民。\n"
        f"{label}：{handling}\n"
        "责任单位：某县生态环境分局\n"
        "办理状态：正在办理\n"
    )


def test_a_dated_plan_closing_on_a_finishing_verb_is_the_limit():
    finding = _read(_daily("县畜牧业管理局指导建设贮粪场，2019年6月30日前建成投入使用。"))[0]
    assert [d.date for d in finding.deadlines] == [date(2019, 6, 30)]


def test_an_order_to_finish_by_a_yearless_day_is_the_limit():
    finding = _read(_daily("县生态环境分局责令该中心于12月20日前完成隔声改造。"))[0]
    assert [d.date for d in finding.deadlines] == [date(2018, 12, 20)]


def test_an_order_to_report_by_a_day_is_no_limit():
    finding = _read(_daily("县生态环境分局责令该中心于12月20日前报送整改方案。"))[0]
    assert finding.deadlines == []


def test_handling_and_rectification_is_progress_not_measures():
    finding = _read(_daily("1.责令退耕；2.依法立案查处；3.加密巡护。"))[0]
    assert finding.measures == []
    assert "依法立案查处" in (finding.progress or "")


_REPORT = (
    "某市关于警示片披露问题整改情况的报告\n\n"
    "某市生态环境局：\n现将整改情况报告如下：\n\n"
    "一、问题基本情况\n"
    "警示片披露：某市城区部分污水管网破损，雨季污水溢流入河。该问题由市住房和城乡建设局牵头，"
    "市水务局、市综合行政执法局配合，整改时限为2024年12月31日。\n\n"
    "二、整改措施及进展\n"
    "一是修复破损管段；二是改造雨污混接点位；三是加强水质监测。截至目前，已整改29处，正在整改9处。\n\n"
    "三、下一步工作\n下一步，我市将加快整改进度。\n"
)


def test_a_one_problem_report_reads_its_assignment_sentence():
    finding = _read(_REPORT)[0]
    assert finding.title == "某市城区部分污水管网破损，雨季污水溢流入河"
    assert finding.lead_units == ["市住房和城乡建设局"]
    assert finding.cooperating_units == ["市水务局", "市综合行政执法局"]
    assert [d.date for d in finding.deadlines] == [date(2024, 12, 31)]


def test_measures_and_progress_counted_in_words_are_the_measures():
    finding = _read(_REPORT)[0]
    assert len(finding.measures) == 3


def test_a_unit_label_wins_over_the_assignment_sentence():
    text = _REPORT.replace("二、整改措施及进展", "责任单位：市城市管理局\n\n二、整改措施及进展")
    finding = _read(text)[0]
    assert finding.lead_units == ["市城市管理局"]


def test_the_line_announcing_the_cases_alone_is_no_label_over_the_first():
    # “现将办理情况公开如下：” in a paragraph of its own names 办理情况, but is a sentence
    text = _post().replace("已办结1件。现将", "已办结1件。\n\n现将")
    assert [f.title for f in _read(text)] == ["甲镇一石料加工点粉尘扰民", "乙镇一养牛场粪污排入沟渠"]
