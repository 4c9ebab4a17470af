"""Rules the reader learnt from blind set 140 (issue 14, docs/decisions.md “Blind set 140”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 140`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import (
    BARE_DATELINE,
    CLOSED_ON_RECHECK,
    EXPOSED_PROBLEM,
    FRAMED_PROBLEM_HEADING,
    RECHECK_SITE_FAULT,
    RECHECK_VISIT,
    REPORTING_BACK,
)


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a problem exposed by a programme, put right by “该镇” ----------------------------------------


def test_an_exposed_problem_titles_the_account_and_its_town_leads():
    (finding,) = _findings(
        "【问政跟踪】某镇：立行立改\n"
        "2020-05-06 09:30\n"
        "某县融媒体报道：（记者 王某）石门镇集镇污水横流，沟渠垃圾堆积问题在第二期问政节目中曝光后，该镇立即"
        "组织人员清理。\n"
        "5月5日，记者回访看到沟渠已清理干净。据介绍，曝光的问题已整改到位。\n"
        "编辑：李某"
    )
    assert finding.title == "石门镇集镇污水横流，沟渠垃圾堆积"
    assert finding.lead_units == ["石门镇"]
    assert finding.status == "completed"


def test_an_exposed_problem_without_the_town_acting_names_no_lead():
    (finding,) = _findings(
        "某县问政回访\n"
        "某县融媒体报道：石门镇集镇污水横流问题在问政节目中曝光后，县住建局表示将尽快整改。\n"
        "编辑：李某"
    )
    assert finding.title == "石门镇集镇污水横流"
    assert finding.lead_units == []


def test_the_exposed_wording_and_a_bare_dateline():
    exposed = EXPOSED_PROBLEM.search("（记者 王某）石门镇河道垃圾成堆问题被媒体曝光后，该镇…")
    assert exposed and exposed.group("town") == "石门镇"
    assert not EXPOSED_PROBLEM.search("县里将继续加大对曝光问题的督办力度。")
    assert BARE_DATELINE.fullmatch("2018-12-24 14:50")
    assert BARE_DATELINE.fullmatch("2018年12月24日")
    assert not BARE_DATELINE.fullmatch("2018年12月24日，记者来到南林村")


# --- a 回头看 of a site ordered shut --------------------------------------------------------------


def test_a_recheck_of_a_site_ordered_shut_titles_it_the_town_leads_and_shut_is_done():
    (finding,) = _findings(
        "县农业农村局到石桥镇开展禁养区养殖场“回头看”\n"
        "发布时间：2019-06-02\n"
        "5月30日，县农业农村局一行到石桥镇开展禁养区养殖场关停情况“回头看”。\n"
        "检查组一行来到因位于禁养区被要求关停的王某养猪场，开展环保督查“回头看”。经现场查看，确认王某养猪场已经全部拆除。\n"
        "检查组指出：养殖户要落实防污治污主体责任，不偷排、漏排。"
    )
    assert finding.title == "因位于禁养区被要求关停的王某养猪场"
    assert finding.lead_units == ["石桥镇"]
    assert finding.status == "completed"
    assert not finding.measures and not finding.deadlines


def test_a_recheck_visit_to_a_plain_place_is_no_title_and_a_site_not_yet_shut_stays_open():
    plain = RECHECK_VISIT.search("检查组一行来到石桥镇人民政府大院，开展“回头看”。")
    assert plain and not RECHECK_SITE_FAULT.search(plain.group("problem"))
    assert CLOSED_ON_RECHECK.search("经实地查看，确定某养殖场已经彻底关闭。")
    assert not CLOSED_ON_RECHECK.search("经实地查看，某养殖场正在拆除，尚未关闭。")
    (finding,) = _findings(
        "县农业农村局到石桥镇开展养殖场“回头看”\n"
        "发布时间：2019-06-02\n"
        "5月30日，县农业农村局一行到石桥镇开展养殖场关停情况“回头看”。\n"
        "检查组一行来到因环保不达标被要求关停的王某养猪场，开展环保督查“回头看”。经现场查看，该场仍在生产，检查组责令"
        "立即停产。\n"
        "检查组指出：养殖户要落实防污治污主体责任，不偷排、漏排。"
    )
    assert finding.title == "因环保不达标被要求关停的王某养猪场"
    assert finding.status is None


# --- a town's report back, each problem a heading “X的问题。” --------------------------------------


REPORT = (
    "环境卫生有关问题的整改报告\n"
    "县整治办：\n"
    "收到你单位整改通知后，我乡立即对存在的问题进行了整改，现将整改情况报告如下：\n"
    "一、乡政府驻地主街垃圾桶满溢、清运不及时的问题。\n"
    "我乡已增加一台清运车，每天清运两次。\n"
    "二、集市摊位占道经营的问题。\n"
    "我乡已申请新建市场，建成后将引导摊位入场。\n"
    "某乡人民政府\n"
    "2021年7月2日"
)


def test_a_report_back_titles_framed_headings_without_their_frame_and_the_addressee_does_not_lead():
    findings = _findings(REPORT)
    assert [f.title for f in findings] == ["乡政府驻地主街垃圾桶满溢、清运不及时", "集市摊位占道经营"]
    assert all(f.lead_units == [] for f in findings)
    assert all(f.status is None for f in findings)


def test_a_handed_down_notice_still_makes_its_addressee_lead():
    findings = _findings(
        "关于限期整改环境卫生问题的通知\n"
        "某乡人民政府：\n"
        "经督查，你乡存在以下问题，请限期整改：\n"
        "一、乡政府驻地主街垃圾桶满溢、清运不及时的问题。\n"
        "二、集市摊位占道经营的问题。\n"
        "某县整治办\n"
        "2021年6月20日"
    )
    assert [f.lead_units for f in findings] == [["某乡人民政府"], ["某乡人民政府"]]


def test_the_frame_and_the_report_back_wording():
    assert FRAMED_PROBLEM_HEADING.fullmatch("集市摊位占道经营的问题").group("name") == "集市摊位占道经营"
    assert not FRAMED_PROBLEM_HEADING.fullmatch("群众反映的问题")
    assert not FRAMED_PROBLEM_HEADING.fullmatch("督察组发现的问题")
    assert REPORTING_BACK.search("现将整改情况报告如下：")
    assert REPORTING_BACK.search("在收到你单位整改通知书后，我镇庚即对存在的问题进行了整改")
    assert not REPORTING_BACK.search("现将督查情况通报如下：")
