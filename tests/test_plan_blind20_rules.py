"""Rules the reader learnt from blind set 20 (issue 14, docs/decisions.md “Blind set 20”), each
on a short report written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 20`)."""

from __future__ import annotations

from datetime import date

from intake.document_html import read_html
from intake.plan_parser import parse_plan_text


def _kinds(finding) -> list:
    return [d.date or d.kind for d in finding.deadlines]


# A progress report whose problems close on a bracket holding the units AND the time limit.
_BRACKET_WITH_LIMIT = (
    "某市督察反馈问题整改工作进展情况\n"
    "一、整改工作开展情况\n"
    "成立整改工作领导小组，逐项明确责任单位和整改时限。\n"
    "二、督察反馈问题整改进展情况\n"
    "1.县城部分路段雨污管网混接。（责任单位：甲县人民政府，市住建局；整改时限：2022年10月底前）\n"
    "整改进展：混接点改造正在施工。\n"
    "2.中药材加工企业废水直排。（责任单位：乙县人民政府；整改时限：立行立改，长期坚持）\n"
    "整改进展：已完成整改。\n"
)


def test_labels_inside_the_problems_bracket_are_its_units_and_time_limit() -> None:
    first, second = parse_plan_text(_BRACKET_WITH_LIMIT).findings
    assert first.title == "县城部分路段雨污管网混接"
    assert first.lead_units == ["甲县人民政府", "市住建局"]
    assert _kinds(first) == [date(2022, 10, 31)]
    assert first.status != "completed"
    assert second.lead_units == ["乙县人民政府"]
    assert _kinds(second) == ["immediate", "long_term"]
    assert second.status == "completed"


# A 巡视整改进展情况的通报: each item one paragraph, the problem named in quotes, its progress
# after it with no label, the items grouped under （一）（二）…方面.
_NEWS_ITEMS = (
    "中共某市委关于巡视整改进展情况的通报\n"
    "一、把整改落实作为一项政治任务来抓\n"
    "（一）提高政治站位。市委召开专题会议研究整改。\n"
    "（二）压实整改责任。逐条建立问题清单、任务清单、责任清单。\n"
    "二、巡视反馈问题整改落实情况\n"
    "（一）关于贯彻落实决策部署方面\n"
    "1.关于“污染防治压力传导不够”问题。已完成整改。修订责任清单，建立月考核机制。\n"
    "2.关于“污水治理进展缓慢”问题。正在整改，计划2022年12月底前完成。已完成规划修编。\n"
    "（二）关于全面从严治党方面\n"
    "3.关于“监督指导不够”问题。已完成整改，长期坚持。开展专项督导。\n"
    "三、下一步工作打算\n"
    "持续巩固整改成果。\n"
)


def test_a_quoted_problem_opens_the_item_and_the_rest_is_its_progress() -> None:
    findings = parse_plan_text(_NEWS_ITEMS).findings
    assert [f.title for f in findings] == ["污染防治压力传导不够", "污水治理进展缓慢", "监督指导不够"]
    assert [f.status == "completed" for f in findings] == [True, False, True]
    assert [_kinds(f) for f in findings] == [[], [date(2022, 12, 31)], ["long_term"]]
    assert [f.section for f in findings] == [
        "（一）关于贯彻落实决策部署方面",
        "（一）关于贯彻落实决策部署方面",
        "（二）关于全面从严治党方面",
    ]


# The same kind of 通报 with a labelled progress in the paragraph and the units' bracket after it,
# under a first chapter that is prose only.
_UNITS_AFTER_PROGRESS = (
    "中共某区委关于巡视整改进展情况的通报\n"
    "一、区委组织整改落实情况\n"
    "区委成立巡视整改工作领导小组，细化整改措施，逐一明确责任单位和整改时限。\n"
    "二、巡视反馈问题整改落实情况\n"
    "1.关于项目招引落地不够有力的问题。整改进展：已签约项目全部开工。已完成整改。"
    "（牵头单位：区发改局，配合单位：区工信局、区商务局）\n"
    "2.关于污水管网短板突出的问题。整改进展：新建管网12公里，剩余管网正在施工。"
    "（牵头单位：区住建局；完成时限：2025年12月底前）\n"
    "3.关于养老服务站点运营不规范的问题。整改进展：制定运营管理办法。持续推进。（牵头单位：区民政局）\n"
)


def test_the_units_bracket_after_the_progress_names_the_units() -> None:
    findings = parse_plan_text(_UNITS_AFTER_PROGRESS).findings
    titles = ["项目招引落地不够有力", "污水管网短板突出", "养老服务站点运营不规范"]
    assert [f.title for f in findings] == titles
    assert [(f.lead_units, f.cooperating_units) for f in findings] == [
        (["区发改局"], ["区工信局", "区商务局"]),
        (["区住建局"], []),
        (["区民政局"], []),
    ]
    assert [_kinds(f) for f in findings] == [[], [date(2025, 12, 31)], ["ongoing"]]
    assert [f.status == "completed" for f in findings] == [True, False, False]
    assert "牵头单位" not in (findings[0].progress or "")


# A page laid out in one-column tables (path, title, the article), the task's number after the
# first heading's name, run together as the page drops the space between them.
_ONE_COLUMN_PAGE = """<html><body>
<table><tr><td>您的位置：首页 &gt;&gt; 专题专栏</td></tr></table>
<table>
<tr><td>第十四项整改任务 整改结果公示</td></tr>
<tr><td>
<p>一、督察反馈意见整改任务 问题编号十四：某市水污染治理照搬照抄省级整改方案。</p>
<p>二、整改目标 考核断面优良比例达到75%以上。</p>
<p>三、整改措施 （一）开展专项执法行动。</p>
<p>（二）严格落实河长制。</p>
<p>四、责任单位 某县人民政府</p>
<p>五、整改完成情况 该项整改任务已完成整改，达到销号条件。</p>
</td></tr>
</table></body></html>"""


def test_a_one_column_page_table_is_the_page_and_its_task_number_is_read() -> None:
    text = read_html(_ONE_COLUMN_PAGE.encode("utf-8"), "公示.html")
    assert "|" not in text
    (finding,) = parse_plan_text(text).findings
    assert finding.number == 14
    assert finding.title == "某市水污染治理照搬照抄省级整改方案"
    assert finding.lead_units == ["某县人民政府"]
    assert len(finding.measures) == 2
    assert finding.status == "completed"


# A page that publishes (公开) the problems it completed, each 问题N： then labelled paragraphs,
# the progress saying only that the target was met.
_PUBLISHED_DONE = (
    "某市环境保护督察反馈问题整改完成情况公开\n"
    "问题3：城区雨污分流不彻底，雨季污水溢流。\n"
    "责任单位：甲区政府、市城乡建设委\n"
    "整改时限：2017年9月底前\n"
    "整改完成情况：完成混接点改造32处，经市级核查达到整改目标。\n"
)


def test_a_page_publishing_completed_work_marks_its_problems_done() -> None:
    (finding,) = parse_plan_text(_PUBLISHED_DONE).findings
    assert finding.number == 3
    assert finding.lead_units == ["甲区政府", "市城乡建设委"]
    assert finding.status == "completed"
    progress = _PUBLISHED_DONE.replace("整改完成情况公开", "整改情况")
    assert parse_plan_text(progress).findings[0].status != "completed"


# A 边督边改 report's case: the progress closes on a rolling phrase after a comma, the case's
# status line (办理状态) after it.
_ROLLING_LAST_CLAUSE = (
    "一、甲县\n"
    "1.反映问题：河道内有采砂后遗留砂坑。\n"
    "处理整改情况：已制定回填方案，正在组织回填，立行立改。\n"
    "责任单位：甲县人民政府\n"
    "办理状态：阶段性办结\n"
    "2.反映问题：企业夜间生产噪声扰民。\n"
    "处理整改情况：对高噪声设备加装隔声罩，长期落实夜间监测制度。\n"
    "责任单位：甲县人民政府\n"
    "办理状态：已办结\n"
)


def test_a_rolling_phrase_closing_the_progress_is_its_time_limit() -> None:
    first, second = parse_plan_text(_ROLLING_LAST_CLAUSE).findings
    assert _kinds(first) == ["immediate"]
    assert first.status != "completed"
    assert _kinds(second) == []  # “长期落实夜间监测制度” is a measure, not a clause of its own
    assert second.status == "completed"
