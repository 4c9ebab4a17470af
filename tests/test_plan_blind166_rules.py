"""Rules the reader learnt from blind set 166 (issue 14, docs/decisions.md “Blind set 166”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 166`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _closing_notice(sentence: str) -> str:
    # a superior's notice to several addressees closing problems it had listed, named in one sentence
    return "\n".join(
        [
            "关于对某化工场地治理等问题解除挂牌督办的通知",
            "某某办〔2021〕5号",
            "甲市、乙市、丙县人民政府：",
            "我办去年印发通知，对12个问题挂牌督办。各地推进整改，部分问题已整改完毕并申请解除督办。",
            sentence + "请你市（县）继续加强监管，防止问题反弹。",
            "某省突出环境问题整改工作领导小组办公室",
            "2021年3月2日",
        ]
    )


def test_problems_closed_in_one_counted_sentence_are_each_a_finding_done():
    # “同意对A、B、C等3个挂牌督办问题解除挂牌督办”: each name is a finding, closed, led by none of
    # the several addressees
    text = _closing_notice(
        "经现场核查，我办同意对某化工场地亟需治理、某县污水处理厂提标改造滞后、"
        "某工业集中区（东部片区）污水处理设施建设滞后等3个挂牌督办问题解除挂牌督办。"
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "某化工场地亟需治理",
        "某县污水处理厂提标改造滞后",
        "某工业集中区（东部片区）污水处理设施建设滞后",
    ]
    assert [f.number for f in findings] == [1, 2, 3]
    assert all(f.status == "completed" for f in findings)
    assert all(f.lead_units == [] and f.deadlines == [] for f in findings)


def test_problems_written_off_in_one_counted_sentence_are_done():
    # the same shape with a write-off (予以销号) instead of a lifted listing
    text = _closing_notice("经验收，同意对某村生活污水直排河道、某河段垃圾堆积未清理等2个问题予以销号。")
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["某村生活污水直排河道", "某河段垃圾堆积未清理"]
    assert all(f.status == "completed" for f in findings)


def test_a_count_the_names_do_not_make_is_no_such_list():
    # guard: “A、B等12个问题”: two names of twelve are examples of a tally, not the list of problems
    text = _closing_notice(
        "经现场核查，我办同意对某化工场地亟需治理、某县污水处理厂提标改造滞后等12个挂牌督办问题解除挂牌督办。"
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert titles != ["某化工场地亟需治理", "某县污水处理厂提标改造滞后"]
