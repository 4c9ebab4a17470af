"""The last reading before a refusal (issue 14: a refusal is the worst outcome). A document that
speaks of rectification but fits none of the reader's layouts is read by its numbered items, or
as one problem, every field at confidence 0.5 with a warning; anything else is still refused."""

from __future__ import annotations

import pytest

from intake.plan_parser import PlanParseError, parse_plan_text

REPORT = """关于某区生态环境问题整改进展的情况汇报
区委、区政府高度重视督察整改，现将有关情况汇报如下。
一、整改工作开展情况
（一）压实工作责任
区里多次召开推进会，研究部署督察整改工作。
二、具体问题整改进展
（一）城区部分路段雨污管网错接混接，雨天污水溢流
区住建局牵头，完成错接混接点改造12处，已完成整改。
（二）部分砂石料场扬尘管控不到位
区自然资源局负责，对料场实施全封闭改造，计划2025年6月底前完成，目前正在施工。
（三）“乡镇垃圾中转站渗滤液收集不规范”问题
区城管局牵头，新建收集池3座，渗滤液全部规范处置，已通过验收。
三、下一步工作打算
持续巩固整改成效，防止问题反弹。
"""


def test_a_report_without_labels_is_read_by_its_problem_items():
    plan = parse_plan_text(REPORT)
    assert [(f.number, f.title) for f in plan.findings] == [
        (1, "城区部分路段雨污管网错接混接，雨天污水溢流"),
        (2, "部分砂石料场扬尘管控不到位"),
        (3, "乡镇垃圾中转站渗滤液收集不规范"),
    ]
    first, second, third = plan.findings
    assert (first.lead_units, second.lead_units, third.lead_units) == (
        ["区住建局"],
        ["区自然资源局"],
        ["区城管局"],
    )
    assert (first.status, second.status, third.status) == ("completed", None, "completed")
    assert [d.date.isoformat() for d in second.deadlines] == ["2025-06-30"]
    assert all(f.confidence["title"] == 0.5 for f in plan.findings)
    assert "按编号段落读取" in plan.warnings[0]
    assert plan.layout == "paragraphs"  # the import page says no known layout was found
    assert "持续巩固" not in third.problem  # 三、 at the level above ends the last item


NOTICE = """关于县城污水管网问题整改销号的公示
根据督察整改销号工作要求，现将第5项反馈问题整改情况公示如下。
县城区部分路段污水管网破损，雨后污水外溢。县住建局牵头组织维修改造，已完成整改并通过验收。
公示时间：2025年3月1日至3月7日
联系电话：0000-1234567
"""


def test_a_notice_without_labels_or_items_is_read_as_one_problem():
    plan = parse_plan_text(NOTICE)
    assert plan.layout == "paragraphs"
    (finding,) = plan.findings
    assert finding.number == 5
    assert finding.title == "县城区部分路段污水管网破损，雨后污水外溢"
    assert finding.lead_units == ["县住建局"]
    assert finding.status == "completed"
    assert finding.confidence["title"] == 0.5 and "整篇按一个问题读取" in finding.warnings[0]


@pytest.mark.parametrize(
    "text",
    [
        "关于召开全县安全生产工作会议的通知\n各乡镇：\n定于下周一召开会议，请准时参加。\n",
        "某县督察整改工作方案\n一、指导思想\n坚持问题导向。\n二、工作目标\n按期完成。\n三、组织保障\n成立领导小组。\n",
        "整改工作简报\n本周各单位积极推进各项工作，进展顺利。\n",
    ],
)
def test_a_document_without_a_fault_is_still_refused(text):
    with pytest.raises(PlanParseError):
        parse_plan_text(text)


COVERING_LETTER = """关于印发《某县第二轮中央生态环境保护督察反馈意见整改方案》的通知
各乡镇人民政府，县直有关单位：
现将《某县第二轮中央生态环境保护督察反馈意见整改方案》印发给你们，请结合实际，认真抓好贯彻落实。
某县人民政府办公室
2022年3月1日
"""


def test_a_covering_letter_without_its_plan_is_refused_with_what_to_import_instead():
    # its addressees, signature and date are no problem: a finding titled “各乡镇人民政府，县直有关
    # 单位” would be a preview of nothing
    with pytest.raises(PlanParseError, match=r"印发通知.*请导入它的附件"):
        parse_plan_text(COVERING_LETTER)


def test_a_covering_letter_with_its_plan_pasted_after_it_reads_the_plan():
    plan = parse_plan_text(COVERING_LETTER + REPORT)
    assert len(plan.findings) == 3 and plan.findings[0].title == "城区部分路段雨污管网错接混接，雨天污水溢流"


# --- the very last reading: each sentence naming a fault (stop 41) -----------------------------

# A check's account in a shape no reader knows: no numbers, no labels, no “发现…问题：”, and it
# never says 整改 or 督查 (which would read it as one problem).
ACCOUNT = """县城市管理工作情况
12月3日，县城管局对城区主次干道进行了检查。
从检查情况看，各街道环境卫生总体较好。
东大街部分商户占道经营现象突出；西环路绿化带内暴露垃圾未及时清运。
南关市场周边车辆乱停乱放。
城管局要求各街道务必于12月10日前处理到位。
"""


def test_an_account_of_no_known_shape_gives_each_fault_sentence_unsure():
    plan = parse_plan_text(ACCOUNT)
    assert [f.title for f in plan.findings] == [
        "东大街部分商户占道经营现象突出",
        "西环路绿化带内暴露垃圾未及时清运",
        "南关市场周边车辆乱停乱放",
    ]
    assert [f.number for f in plan.findings] == [1, 2, 3]
    # the praise, the demand and the title line are no problems; nothing is guessed
    assert all(f.confidence["title"] == 0.3 for f in plan.findings)
    assert all(not f.lead_units and f.status is None for f in plan.findings)
    assert "逐句列出" in plan.warnings[0] and len(plan.warnings) == 3


def test_under_a_chapter_of_problems_only_its_sentences_are_taken():
    text = (
        "某镇环境卫生工作总结\n一、主要做法\n个别村保洁员不足的问题得到缓解。\n"
        "二、存在的不足\n部分村庄垃圾清运不及时。河道沿岸仍有生活垃圾堆放。\n"
        "三、下步打算\n解决资金不足的问题。\n"
    )
    plan = parse_plan_text(text)
    assert [f.title for f in plan.findings] == ["部分村庄垃圾清运不及时", "河道沿岸仍有生活垃圾堆放"]


@pytest.mark.parametrize(
    "sentence",
    [
        "本次检查共发现问题23个。",  # a count sums the list up
        "全县农村人居环境整治取得明显成效。",  # praise
        "请各乡镇务必高度重视，抓紧处理存在的问题。",  # a demand
    ],
)
def test_counts_praise_and_demands_alone_are_still_refused(sentence):
    with pytest.raises(PlanParseError):
        parse_plan_text(f"某县工作动态\n{sentence}\n")


def test_not_done_as_asked_is_a_fault_not_a_demand():
    plan = parse_plan_text("某县工作动态\n检查中看到，城南污水站未按要求安装在线监测设备。\n")
    assert [f.title for f in plan.findings] == ["检查中看到，城南污水站未按要求安装在线监测设备"]


def test_a_problem_told_again_is_one_but_the_same_fault_at_two_places_is_two():
    reply = (
        "关于县道污水的回复\n网友反映县道两边的污水长期处理不达标，没有排水沟，烦请政府处理。\n"
        "经核实，您反映的县道两边的污水长期处理不达标的情况属实。\n"
    )
    assert [f.title for f in parse_plan_text(reply).findings] == [
        "网友反映县道两边的污水长期处理不达标，没有排水沟"
    ]
    places = "某镇工作动态\n东村主干道两侧仍有垃圾堆放。西村主干道两侧仍有垃圾堆放。\n"
    assert len(parse_plan_text(places).findings) == 2


def test_the_one_body_urging_the_fix_on_the_spot_leads():
    text = (
        "某镇开展养殖户排污检查\n前期降雨较多，东村养殖场排水沟积水严重。"
        "某镇综合执法中队配合环保所对养殖户进行检查，对发现的问题现场督促整改。\n"
    )
    from intake.plan_parser import _fault_sentences  # (this text says 整改: read whole before it)

    (finding,) = _fault_sentences(text).findings
    assert finding.title == "前期降雨较多，东村养殖场排水沟积水严重"
    assert finding.lead_units == ["某镇综合执法中队"]
    two = text.replace("。\n", "。县农业局要求各养殖场限期整改。\n")  # two bodies urge: none leads
    assert all(not f.lead_units for f in _fault_sentences(two).findings)
