"""Rules the reader learnt from blind set 131 (issue 14, docs/decisions.md “Blind set 131”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 131`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import (
    AUDITED_TOWN,
    EXISTING_PROBLEM,
    FED_BACK_TO,
    NOTICE_AT_ONCE,
    REPORTED_PROBLEM,
    REVEALED_RUN_ON,
    SUGGESTION_ANSWERED,
    SUGGESTION_REPLY_TITLE,
    SUGGESTION_TURN,
)


def _findings(text: str):
    return parse_plan_text(text).findings


# --- problems run on after “揭示了” / “指出“…”” -------------------------------------------------


def test_an_audit_revealing_problems_in_one_sentence_gives_one_finding_each():
    findings = _findings(
        "本报讯 今年以来，县审计局开展农村饮水工程专项审计调查，揭示了水源保护区划定滞后、"
        "水质检测不及时、管护经费不到位等问题，提出了审计建议。有关单位边审边改，整改工作扎实有效。"
    )
    assert [f.title for f in findings] == ["水源保护区划定滞后", "水质检测不及时", "管护经费不到位"]
    assert all(not f.lead_units and not f.deadlines and f.status is None for f in findings)


def test_a_check_pointing_out_quoted_problems_gives_one_finding_each():
    findings = _findings(
        "9月3日，某镇人大主席团组织代表开展环境卫生专项督查。\n"
        "代表们实地检查了两个村的环境卫生，肯定了整治成效，同时也指出“河道漂浮物较多、"
        "垃圾桶破损、房前屋后堆放杂物”等存在的问题，提出了意见建议。\n"
    )
    assert [f.title for f in findings] == ["河道漂浮物较多", "垃圾桶破损", "房前屋后堆放杂物"]


def test_a_tally_after_the_run_is_no_list_of_revealed_problems():
    assert REVEALED_RUN_ON.search("审计揭示了资金闲置、项目滞后等问题12个") is None
    assert REVEALED_RUN_ON.search("审计揭示了资金闲置、项目滞后等问题，提出建议")


# --- one problem told as reported to a check, or as existing ------------------------------------


def test_a_reported_problem_is_the_title_without_its_harm_or_earlier_complaints():
    match = REPORTED_PROBLEM.search("今年4月，巡察组接到群众反映，某村河边有人倾倒垃圾，严重影响村民生活。")
    assert match and match.group("problem") == "某村河边有人倾倒垃圾"
    match = REPORTED_PROBLEM.search(
        "村民李某找到巡察组，反映村里路灯损坏，夜间无法通行，多次向村委会反映无果。"
    )
    assert match and match.group("problem") == "村里路灯损坏，夜间无法通行"


def test_an_existing_problem_is_what_exists_and_a_run_is_not_one():
    match = EXISTING_PROBLEM.search("审计发现，该项目存在污水管网未接通，设施无法运行的问题。")
    assert match and match.group("problem") == "污水管网未接通，设施无法运行"
    assert EXISTING_PROBLEM.search("还存在资金闲置、进度滞后等的问题。") is None


def test_a_revisit_news_item_reads_its_one_reported_problem_fed_back_to_a_party_committee():
    findings = _findings(
        "本报讯（记者 王某）“河水变清了。”近日，某区督查组回访巡察整改的环境问题。\n"
        "今年5月，区委第二巡察组接到群众反映，某村水塘周边有人焚烧秸秆，影响附近村民生活。"
        "巡察组核实后，向某某乡党委进行了反馈。\n"
        "该乡组织人员清理焚烧点12处，安装监控8处。\n"
    )
    assert len(findings) == 1
    assert findings[0].title == "某村水塘周边有人焚烧秸秆"
    assert findings[0].lead_units == ["某某乡党委"]
    # (what the township did carries no status word: open)
    assert findings[0].status is None


def test_an_audit_revisit_without_a_headline_reads_the_project_problem_of_the_audited_town():
    findings = _findings(
        "2023年，某县审计局在对某某镇领导干部自然资源资产审计中发现，该镇实施的某村污水处理站建设项目"
        "已竣工验收，但该项目存在污水管网未接通，设施无法正常运行的问题。审计组提出了整改要求。\n"
        "近日，审计组开展整改回访，目前该项目已完成整改，设施已正常运行。\n"
    )
    assert len(findings) == 1
    assert findings[0].title == "污水管网未接通，设施无法正常运行"
    assert findings[0].lead_units == ["某某镇"]
    assert findings[0].status == "completed"


def test_the_lead_wordings():
    assert FED_BACK_TO.search("并向某某镇党委进行了反馈").group("unit") == "某某镇党委"
    assert AUDITED_TOWN.search("在对某某乡领导干部“双责”审计中").group("unit") == "某某乡"
    # (an audit of a bureau's leader names no town)
    assert AUDITED_TOWN.search("对县水务局主要领导经济责任审计") is None


def test_an_act_now_notice_issued_gives_the_limit():
    assert NOTICE_AT_ONCE.search("立即对镇、村下达立行立改通知").group(1) == "立行立改"
    findings = _findings(
        "2023年6月，区委巡察组巡察期间，某村村民主动找到巡察组，反映村内排水沟堵塞，污水漫溢。\n"
        "巡察组会商后，立即对镇、村下达立行立改通知，某村随即开展整改。\n"
    )
    assert len(findings) == 1
    assert [d.kind for d in findings[0].deadlines] == ["immediate"]
    assert findings[0].lead_units == []


# --- the deputies' questions answered, a reply to a deputies' suggestion ------------------------


def test_questions_raised_and_answered_in_one_sentence_give_one_finding_each():
    findings = _findings(
        "7月2日，某镇人大主席团组织代表听取镇政府专项工作报告。\n"
        "相关负责人对代表提出的关于养殖场粪污外溢、河道垃圾清理、路灯维修等问题进行了回复。\n"
    )
    assert [f.title for f in findings] == ["养殖场粪污外溢", "河道垃圾清理", "路灯维修"]
    assert all(f.status is None and not f.lead_units for f in findings)
    # (what a suggestion asks for is no list of problems)
    assert REVEALED_RUN_ON.search("代表提出了加强宣传、完善设施等问题的建议") is None


_REPLY = (
    "某政字〔2015〕12-5号\n"
    "关于某镇第十届人民代表大会第二次会议5号代表建议的答复\n"
    "张某、李某等代表提出的5号代表建议：近年来镇里对溪流治理较为重视。但部分村庄的生活污水"
    "直接排入溪中，在一定程度上影响了溪水水质。要求镇政府加快污水管网建设。\n"
    "现答复如下：镇政府已将三个村的污水管网纳入今年建设计划，目前正在设计。\n"
    "感谢代表们的关心和支持。\n"
    "某镇人民政府\n"
    "二○一五年五月十日\n"
)


def test_a_reply_to_a_suggestion_is_one_finding_numbered_as_the_suggestion():
    findings = _findings(_REPLY)
    assert len(findings) == 1
    assert findings[0].number == 5
    assert findings[0].title == "部分村庄的生活污水直接排入溪中"
    assert findings[0].lead_units == ["某镇人民政府"]
    assert findings[0].status is None


def test_a_reply_without_the_answer_line_is_not_read_as_a_suggestion_reply():
    assert SUGGESTION_REPLY_TITLE.search("关于某镇第十届人民代表大会第二次会议5号代表建议的答复")
    assert SUGGESTION_ANSWERED.search("现答复如下：") and not SUGGESTION_ANSWERED.search("答复意见")
    assert SUGGESTION_TURN.search("近年来较重视。但沿线饭店的污水时有排入江中，影响了水质。").group(
        "problem"
    ) == ("沿线饭店的污水时有排入江中")
