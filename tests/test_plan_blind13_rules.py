"""Rules the reader learnt from the thirteenth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 13”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

import datetime as dt

from intake.plan_parser import parse_plan_text
from intake.words import classify_label, completion_marker


def _dates(finding) -> list:
    return [d.date or d.kind for d in finding.deadlines]


# A petition notice: each case opens “受理编号N：” with the complaint in quotes.
_PETITIONS = (
    "第7批一般信访投诉问题办理情况公示\n"
    "转办我市的第7批一般信访投诉问题共2件，目前办结完成1件。\n"
    "受理编号77：“甲小区院内方形井污水外溢，楼下饭馆油烟扰民”。\n"
    "此问题经甲区人民政府核查，反映情况属实。\n"
    "执法人员现场责令饭馆清洗油烟净化设备，已完成清洗。\n"
    "该问题已办结。\n"
    "受理编号78号：“1。乙社区北侧有露天垃圾场，臭味扰民；2。楼下作坊排放污水（店名：某某）。”\n"
    "此问题经乙区政府核查，反映情况属实。\n"
    "该问题正在办理中，计划于2022年5月31日前全部完成。\n"
)


def test_each_case_code_opens_a_finding_titled_by_its_quoted_complaint():
    first, second = parse_plan_text(_PETITIONS).findings
    assert (first.number, second.number) == (77, 78)
    # the quotes go, the next line (who checked it) is not part of the complaint
    assert first.title == "甲小区院内方形井污水外溢，楼下饭馆油烟扰民"
    # “1。…；2。…”: the bare number is no sentence, the first point titles the case
    assert second.title == "乙社区北侧有露天垃圾场，臭味扰民"
    assert first.status == "completed" and second.status != "completed"
    assert (_dates(first), _dates(second)) == ([], [dt.date(2022, 5, 31)])
    # the government that checked a case is not written as its unit
    assert first.lead_units == second.lead_units == []


def test_a_case_heading_with_its_place_and_code_titles_the_complaint():
    text = (
        "交办案件办理结果公示\n"
        "一、某县X410000201806150059反映情况：某县东关一条河道垃圾漂浮，臭气熏天。\n"
        "调查核实情况：反映问题属实。\n"
        "处理及整改情况：1.组织环卫人员打捞清理，截至6月19日已经清理完毕。2.设置垃圾收集点。\n"
        "二、某县X410000201806160104（*）反映情况：某镇多年在河道采砂，防护林被毁。\n"
        "处理及整改情况：计划于2018年10月底前完成生态修复。\n"
    )
    first, second = parse_plan_text(text).findings
    assert first.title == "某县东关一条河道垃圾漂浮，臭气熏天"
    assert second.title == "某镇多年在河道采砂，防护林被毁"
    # “已经清理完毕”: the rectifying work is finished
    assert first.status == "completed" and second.status != "completed"


def test_a_complaint_label_names_the_problem_under_a_case_code_heading():
    text = (
        "信访件核查销号公示\n"
        "一、受理编号X2FJ201907240016\n"
        "反映问题：某村一养殖场擅自抽取地下水，未办理取水许可。\n"
        "责任单位：某镇人民政府\n"
        "整改时限：立行立改\n"
        "整改情况：已封停取水井。\n"
        "核查结论：已完成整改，同意销号。\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "某村一养殖场擅自抽取地下水，未办理取水许可"
    assert finding.lead_units == ["某镇人民政府"] and _dates(finding) == ["immediate"]
    assert finding.status == "completed"
    assert classify_label("反映问题") == "problem"


def test_a_task_lists_own_number_opening_the_problem_is_cut_and_numbers_it():
    text = (
        "整改任务销号公示\n"
        "| 反馈问题 | 问题5：落实生态文明思想有差距。认识不够到位。 |\n"
        "| 责任主体 | 某区党委、政府 |\n"
        "| 整改完成情况 | 已完成整改。 |\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "落实生态文明思想有差距"
    assert finding.number == 5


def test_completed_with_a_rolling_limit_reads_both():
    text = (
        "具体问题整改进展情况\n"
        "一、市政府常务会议研究环保议题少。各级职责落实不到位。\n"
        "整改进展情况：已完成整改，长期坚持。\n"
        "二、县委常委会没有研究环保议题。\n"
        "整改进展情况：正在推进。\n"
    )
    first, second = parse_plan_text(text).findings
    assert first.status == "completed" and _dates(first) == ["long_term"]
    assert second.status != "completed"


def test_an_acceptance_groups_advice_is_no_second_problem():
    text = (
        "某问题整改市级验收意见\n"
        "一、问题基本情况\n某村空地堆存钢渣，未采取防扬散措施。\n"
        "二、整改责任单位\n某市委、市政府\n"
        "三、整改完成情况\n钢渣已全部清运。\n"
        "四、验收结论\n验收组同意该问题通过市级验收。\n"
        "五、意见建议\n进一步健全长效机制，防止问题反弹。\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.status == "completed"
    assert "防止问题反弹" in finding.progress
    assert classify_label("意见建议") == "progress" and classify_label("反馈意见建议") != "progress"


def test_a_verdict_on_the_finding_is_done_a_project_passing_is_not():
    assert completion_marker("验收组同意该问题通过市级验收。") == "同意该问题通过市级验收"
    assert completion_marker("经审核，同意验收销号。") == "同意验收销号"
    # a project passing its acceptance, its problems still to correct
    assert completion_marker("项目基本达到既定绩效目标，同意通过省级总体验收。") is None
    assert completion_marker("不同意销号。") is None


def test_signed_verdict_rows_of_a_four_column_approval_form():
    form = (
        "整改验收销号审批表\n"
        "| 问题编号 | 第12项 | 问题来源 | 第二轮中央生态环境保护督察 |\n"
        "| 问题名称 | 河堤外侧堆放建筑垃圾。 |  |  |\n"
        "| 整改责任单位 | 区水务局 | 配合单位 | 甲镇、乙街道 |\n"
        "| 整改时限 | 2024年12月底 | 完成时间 | 2024年11月20日 |\n"
        "| 整改完成情况 | 垃圾点位已清运。 |  |  |\n"
        "| 区级验收意见 | {verdict} |  |  |\n"
    )
    (finding,) = parse_plan_text(form.format(verdict="该问题已完成整改，同意验收销号。（盖章）")).findings
    assert finding.number == 12 and finding.lead_units == ["区水务局"]
    assert finding.cooperating_units == ["甲镇", "乙街道"]
    assert finding.status == "completed"
    # the same row left for a signature is a blank box: nothing is decided
    (blank,) = parse_plan_text(form.format(verdict="（签字）")).findings
    assert blank.status != "completed"
    assert classify_label("区级验收意见") == classify_label("责任单位意见") == "result"
