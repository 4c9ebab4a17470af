"""Rules the reader learnt from the second blind set of real layouts (issue 14,
docs/decisions.md “Blind set 2”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _one(text: str):
    (finding,) = parse_plan_text(text).findings
    return finding


def test_a_numbered_footer_is_not_read_as_measures():
    finding = _one(
        "第三轮省级督察反馈问题第7项问题整改公示\n"
        "一、整改问题：城区雨污管网混接。\n"
        "二、整改措施：\n完成混接点改造\n"
        "三、整改主要工作及成效；\n混接点已全部改造。\n"
        "四、公示时间：2026年1月5日至2026年1月16日\n"
        "五、受理部门：某区生态环境保护委员会办公室\n"
        "六、受理电话：0467-1234567\n"
    )
    assert finding.number == 7
    assert [m.text for m in finding.measures] == ["完成混接点改造"]
    assert finding.progress == "混接点已全部改造。"
    assert finding.sources["progress"] == "整改主要工作及成效"


def test_a_notice_applying_for_closure_is_done():
    text = (
        "我区已完成省级督察反馈问题第3项问题整改，拟申请验收销号。现将整改完成情况公示：\n"
        "一、整改问题：垃圾中转站渗滤液外溢。\n"
        "二、整改主要工作及成效：\n新建收集池一座。\n"
    )
    finding = _one(text)
    assert (finding.number, finding.status) == (3, "completed")
    # without the sentence the same progress text does not say it is done
    assert _one(text.replace("拟申请验收销号", "正在推进")).status is None


def test_done_before_the_due_date_is_done_but_a_date_alone_is_not():
    base = "一、反馈问题\n污水处理厂提标改造缓慢。\n二、整改措施\n完成提标改造。\n三、整改效果\n"
    done = _one(base + "两座污水处理厂已于2019年9月30日前完成提标改造。\n")
    assert done.status == "completed"
    assert done.sources["progress"] == "整改效果"
    assert _one(base + "两座污水处理厂计划2019年9月30日前完成提标改造。\n").status is None


def test_a_due_date_in_the_measures_is_the_deadline_when_no_label_gives_one():
    finding = _one(
        "一、反馈问题\n污水处理厂提标改造缓慢。\n二、整改措施\n2019年9月30日前，完成两座污水处理厂提标改造。\n"
    )
    assert [d.date.isoformat() for d in finding.deadlines] == ["2019-09-30"]
    assert (finding.sources["deadlines"], finding.confidence["deadlines"]) == ("措施中的时间", 0.7)
    labelled = _one(
        "一、反馈问题\n污水处理厂提标改造缓慢。\n二、整改时限\n2020年6月底\n"
        "三、整改措施\n2019年9月30日前，完成两座污水处理厂提标改造。\n"
    )
    assert [d.date.isoformat() for d in labelled.deadlines] == ["2020-06-30"]


def test_a_plain_year_or_a_target_date_is_not_a_deadline():
    finding = _one(
        "一、反馈问题\n用途变更地块未调查即供地。\n二、整改目标\n2025年底前调查评审全部完成。\n"
        "三、整改措施\n排查2022年至2023年供应的地块。\n"
    )
    assert finding.deadlines == []


def test_a_quoted_rolling_phrase_in_the_measures_is_the_deadline_but_prose_is_not():
    quoted = _one(
        "一、反馈意见建议\n固废监管不严。\n二、下一步持续深化整改措施\n按“长期坚持”的整改要求加强巡查。\n"
    )
    assert quoted.title == "固废监管不严"
    assert [d.kind for d in quoted.deadlines] == ["long_term"]
    assert len(quoted.measures) == 1 and quoted.sources["measures"] == "下一步持续深化整改措施"
    prose = _one("一、反馈问题\n河长不巡河。\n二、整改措施\n全面排查并立即整改发现的问题。\n")
    assert prose.deadlines == []
