"""Rules the reader learnt from blind set 128 (issue 14, docs/decisions.md “Blind set 128”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 128`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import NOTICE_NUMBER, NOTICE_OF_COMPLETION, classify_label

# --- a town's 整治公示 of a reservoir: 整治内容, its own measures label, 整治时间, 后续管护 ----------

_TOWN_NOTICE = (
    "东坪镇：石塘水库环境问题整治公示\n"
    "一、整治内容\n"
    "对石塘水库水源保护区规范化建设\n"
    "二、整治措施\n"
    "1、设置水源保护区界标和警示牌；\n"
    "2、在取水口周边加装隔离网。\n"
    "三、整治时间\n"
    "整治开工时间：2021年3月\n"
    "整治竣工时间：2021年6月\n"
    "四、整治成效\n"
    "界标、警示牌和隔离网均已设置到位。\n"
    "五、整治后续管护\n"
    "1.责任单位：某县东坪镇人民政府\n"
    "2.责任内容：加强日常巡查，防止问题反弹。\n"
    "六、公示时间\n"
    "2021年7月1日至7日\n"
)


def test_the_work_content_is_the_task_when_the_notice_has_a_measures_label_of_its_own():
    (finding,) = parse_plan_text(_TOWN_NOTICE).findings
    assert finding.title == "对石塘水库水源保护区规范化建设"
    assert len(finding.measures) == 2


def test_the_finish_date_of_the_work_closes_it_and_the_start_date_is_no_limit():
    assert classify_label("整治竣工时间") == "closing"
    assert classify_label("整治开工时间") == "ignore"
    (finding,) = parse_plan_text(_TOWN_NOTICE).findings
    assert finding.status == "completed"
    assert finding.deadlines == []


def test_the_after_care_unit_is_read_and_its_duties_are_not():
    (finding,) = parse_plan_text(_TOWN_NOTICE).findings
    assert finding.lead_units == ["某县东坪镇人民政府"]


def test_a_campaign_list_content_without_another_measures_label_stays_its_steps():
    text = (
        "关于某问题的整改公示\n"
        "一、存在问题\n"
        "河道两岸垃圾堆积。\n"
        "二、整治内容\n"
        "1、清理河道两岸垃圾；\n"
        "2、建立保洁制度。\n"
        "三、整改时限\n"
        "2021年6月底\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.title == "河道两岸垃圾堆积"
    assert len(finding.measures) == 2


# --- a district's 销号公示 whose title numbers the problem 第8号 ------------------------------------


def test_a_problem_numbered_hao_in_the_title_gives_the_number():
    match = NOTICE_NUMBER.search("关于中央环保督察第8号问题整改 销号公示")
    assert match is not None and next(g for g in match.groups() if g) == "8"


def test_a_problem_posted_for_its_write_off_is_done_but_a_plan_rule_is_not():
    assert NOTICE_OF_COMPLETION.search("关于中央环保督察第8号问题整改 销号公示")
    assert NOTICE_OF_COMPLETION.search("关于省级督察第3项反馈问题整改验收销号的公示")
    assert not NOTICE_OF_COMPLETION.search("对第3号问题实行问题整改销号公示制度，逐项对账销号。")
    # (a list's title over several problems, “XX县…反馈问题整改销号公示”, does read as posting them
    # for closing, set 127's rule; rows carrying their own verdicts keep theirs, and one without
    # stays open: tests/test_plan_blind127_rules.py)


def test_a_write_off_notice_reads_done_with_its_number():
    text = (
        "关于中央环保督察第5号问题整改 销号公示\n"
        "一、反馈问题\n"
        "部分湖泊水质下降，总磷浓度上升。\n"
        "二、整改目标\n"
        "湖泊水质稳定达标。\n"
        "三、整改措施及完成情况\n"
        "一是开展清淤和围网清理；二是推行河长制巡查。\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.number == 5
    assert finding.status == "completed"
    assert len(finding.measures) == 2
