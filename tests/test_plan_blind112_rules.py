"""Rules the reader learnt from blind set 112 (issue 14, docs/decisions.md “Blind set 112”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 112`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import PROBLEMS_HEADING, RESULT_ANNOUNCED_BY, RUN_ON_PROBLEMS


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a 人大 check's news item: the problems run on inside one sentence --------------------------

_SURVEY_COMMAS = (
    "县人大常委会视察农村环境整治工作\n"
    "6月12日，县人大常委会组织部分人大代表，到东山镇、西河乡察看垃圾中转站和污水处理站运行情况。\n"
    "视察组认为，县政府做了大量工作，但也存在农村垃圾收运体系不健全、部分污水处理站运行不正常、"
    "畜禽养殖污染治理有待加强等问题。视察组要求，一是加大投入；二是强化监管；三是完善长效机制。\n"
)


def test_problems_apart_by_commas_up_to_deng_wenti_are_one_finding_each():
    findings = _findings(_SURVEY_COMMAS)
    assert [f.title for f in findings] == [
        "农村垃圾收运体系不健全",
        "部分污水处理站运行不正常",
        "畜禽养殖污染治理有待加强",
    ]
    assert all(not f.lead_units and not f.measures and not f.deadlines for f in findings)


_CHECK_SEMICOLONS = (
    "近日，区人大常委会执法检查组对全区贯彻实施大气污染防治法情况进行了检查。"
    "检查组认为，区政府重视大气污染防治，空气质量总体向好，但仍有一些突出问题。主要有：扬尘管控措施落实不够严格；"
    "餐饮油烟治理覆盖面不广；重污染天气应急减排落实不到位。为此，区人大常委会提出以下意见：一、加强宣传。"
    "二、严格执法。\n"
)


def test_problems_apart_by_semicolons_after_zhuyao_you_are_one_finding_each():
    findings = _findings(_CHECK_SEMICOLONS)
    assert [f.title for f in findings] == [
        "扬尘管控措施落实不够严格",
        "餐饮油烟治理覆盖面不广",
        "重污染天气应急减排落实不到位",
    ]


def test_the_run_starts_after_the_sentences_last_cunzai_and_a_short_piece_joins_the_next():
    found = RUN_ON_PROBLEMS.search("虽然存在一定困难，但仍存在水、大气污染治理滞后、执法力量薄弱等问题")
    assert found is not None
    assert found.group("items") == "水、大气污染治理滞后、执法力量薄弱"
    findings = _findings(
        "县人大常委会调研生态环境保护工作\n调研组指出，我县仍存在水、大气污染治理滞后、执法力量薄弱等问题。\n"
    )
    assert [f.title for f in findings] == ["水、大气污染治理滞后", "执法力量薄弱"]


def test_a_sentence_naming_one_problem_only_is_no_list():
    # the run-on reading wants two problems; the last reading (stop 41) gives the one sentence, unsure
    plan = parse_plan_text("县人大常委会调研环保工作\n调研组指出，我县仍存在执法力量薄弱等问题。\n")
    (finding,) = plan.findings
    assert finding.title == "调研组指出，我县仍存在执法力量薄弱等问题"
    assert finding.confidence["title"] == 0.3 and "逐句列出" in finding.warnings[0]


# --- an 审计结果公告: one chapter names the problems, the others are about them -------------------

_AUDIT_RESULT = (
    "某市审计局审计结果公告\n"
    "2023年第3号\n"
    "东城区农村饮用水安全工程建设情况审计调查结果\n"
    "根据《中华人民共和国审计法》的规定，市审计局对东城区农村饮用水安全工程建设情况进行了专项审计调查。"
    "现将审计调查结果公告如下：\n"
    "一、审计调查基本情况\n"
    "2021至2022年，东城区共投入资金860万元，建设集中供水工程12处。\n"
    "二、审计调查发现的主要问题\n"
    "部分集中供水工程未按设计要求配套消毒设备，水质检测不及时。\n"
    "2处供水工程建成后长期闲置，未发挥效益。\n"
    "三、审计处理情况和建议\n"
    "对上述问题，市审计局已出具审计报告，要求东城区水利局限期整改。\n"
    "四、审计发现问题的整改情况\n"
    "目前，东城区水利局正在组织整改。具体整改结果由东城区水利局向社会公告。\n"
)


def test_the_paragraphs_of_the_problems_chapter_are_the_findings_and_the_announcing_unit_leads():
    findings = _findings(_AUDIT_RESULT)
    assert [f.title for f in findings] == [
        "部分集中供水工程未按设计要求配套消毒设备，水质检测不及时",
        "2处供水工程建成后长期闲置，未发挥效益",
    ]
    assert [f.number for f in findings] == [1, 2]
    assert all(f.lead_units == ["东城区水利局"] for f in findings)
    assert all(f.status != "completed" for f in findings)


def test_a_problems_heading_may_name_who_found_them():
    assert PROBLEMS_HEADING.match("审计调查发现的主要问题")
    assert PROBLEMS_HEADING.match("检查发现问题")
    assert PROBLEMS_HEADING.match("存在的突出问题")
    assert not PROBLEMS_HEADING.match("审计发现问题的整改情况")
    assert not PROBLEMS_HEADING.match("针对检查中发现的问题提出的建议")


def test_the_unit_announcing_the_rectification():
    found = RESULT_ANNOUNCED_BY.search("具体整改结果由安阳市生态环境局龙安分局向社会公告。")
    assert found is not None and found.group("unit") == "安阳市生态环境局龙安分局"
    assert RESULT_ANNOUNCED_BY.search("整改情况由县住建局负责公告") is not None


# --- a plan's page that breaks off after its first task ------------------------------------------

_FIRST_TASK_ONLY = (
    "某县2019年大气污染防治攻坚战实施方案\n"
    "一、工作目标\n"
    "2019年，全县细颗粒物浓度持续下降。\n"
    "二、工作任务\n"
    "（一）调整优化产业结构\n"
    "1. 开展“散乱污”企业动态清零。2019年6月底前，完成新一轮排查整治，建立动态管理台账。\n"
    "牵头单位：县生态环境局\n"
    "配合单位：县工信局、县市场监管局\n"
)


def test_a_lone_task_under_a_lone_group_is_the_finding_and_its_date_the_limit():
    (finding,) = _findings(_FIRST_TASK_ONLY)
    assert finding.title == "开展“散乱污”企业动态清零"
    assert finding.section == "（一）调整优化产业结构"
    assert finding.lead_units == ["县生态环境局"]
    assert finding.cooperating_units == ["县工信局", "县市场监管局"]
    assert [d.date.isoformat() for d in finding.deadlines] == ["2019-06-30"]


_PROBLEM_WITH_ONE_MEASURE = (
    "某县整改方案\n"
    "（一）城区污水管网建设滞后的问题\n"
    "1. 加快推进城区雨污分流改造。\n"
    "牵头单位：县住建局\n"
    "整改时限：2020年12月底前\n"
)


def test_a_group_heading_naming_a_fault_stays_the_finding_over_its_one_measure():
    (finding,) = _findings(_PROBLEM_WITH_ONE_MEASURE)
    assert "污水管网建设滞后" in finding.title
    assert finding.lead_units == ["县住建局"]


def test_a_tally_over_numbered_finds_is_no_list_of_its_own():
    assert RUN_ON_PROBLEMS.search("发现部分点位存在垃圾清理不及时、杂物乱堆等问题157个。") is None
    assert RUN_ON_PROBLEMS.search("不同程度存在保洁不落实、垃圾乱堆乱倒等12个问题；") is None
    findings = _findings(
        "农村环境整治通报\n"
        "督查组暗访了5个村，部分村存在保洁不落实、垃圾乱堆乱倒等问题，需要整改。\n"
        "现将问题通报如下：\n"
        "1、东村，村口垃圾池外垃圾乱倒；\n"
        "2、西村，河道内漂浮垃圾未清理。\n"
    )
    assert [f.title for f in findings][:1] != ["保洁不落实"]
    assert len(findings) == 2


def test_kinds_named_before_their_examples_are_no_list_the_examples_are():
    # (met merging with set 106: “存在A、B等问题，如X镇…；Y镇…” names kinds, the clauses are the problems)
    text = (
        "督查通报\n"
        "9月11日，督导组到东山、西河2个乡镇明察暗访。总体看，各乡镇推进有力。"
        "但也存在卫生死角、占道经营等问题，如东山镇集镇路口垃圾乱倒，一处废品收购点未清理；"
        "西河镇沿河村庄杂物堆放杂乱，需清理整治。\n"
    )
    assert RUN_ON_PROBLEMS.search(text) is None
    findings = _findings(text)
    assert [f.lead_units for f in findings] == [["东山镇"], ["西河镇"]]
    assert findings[0].title.startswith("东山镇集镇路口垃圾乱倒")
