"""Rules the reader learnt from the fourth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 4”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

from intake.plan_parser import _unit_items, parse_plan_text


def _one(text: str):
    (finding,) = parse_plan_text(text).findings
    return finding


def test_a_lead_sentence_over_numbered_measures_heads_them():
    finding = _one(
        "（一）部分干部对环境质量盲目乐观。\n责任单位：县委办公室\n整改时限：长期坚持\n"
        "整改措施：树立正确政绩观。\n1.学习生态文明思想。\n2.纳入中心组学习。\n3.加强干部培训。\n"
    )
    assert [m.text for m in finding.measures] == ["学习生态文明思想。", "纳入中心组学习。", "加强干部培训。"]
    assert {m.group for m in finding.measures} == {"树立正确政绩观"}
    # two sentences before the numbers are a measure of their own
    finding = _one(
        "（一）部分干部对环境质量盲目乐观。\n责任单位：县委办公室\n"
        "整改措施：树立正确政绩观。开展专题学习。\n1.学习生态文明思想。\n2.纳入中心组学习。\n"
    )
    assert len(finding.measures) == 3


def test_a_numbered_task_prefix_is_cut_from_the_title():
    finding = _one(
        "整改任务：第三轮省级督察第六项整改任务：两县秸秆露天焚烧问题突出。\n整改责任单位：市生态环境局\n"
        "整改措施：1.加强巡查。\n2.推进综合利用。\n"
    )
    assert finding.title == "两县秸秆露天焚烧问题突出"


def test_the_lead_unit_named_in_a_notices_opening():
    text = (
        "市生态环境局牵头负责的省委督察整改任务第43项已整改完成，并通过核查验收，现将整改情况公示如下：\n"
        "一、整改任务\n河塘沟渠黑臭水体较普遍。\n二、整改措施\n（1）限期整改。\n（2）纳入日常监管。\n"
        "三、整改完成情况\n3处黑臭水体已整改完毕。\n"
    )
    finding = _one(text)
    assert (finding.lead_units, finding.status) == (["市生态环境局"], "completed")
    assert finding.confidence["lead_units"] == 0.7
    # “我单位负责的” names no unit
    assert _one(text.replace("市生态环境局牵头负责的", "现将我单位负责的")).lead_units == []


def test_completion_said_in_the_opening_or_with_already():
    finding = _one(
        "现就已完成整改的问题情况进行公示。\n反馈问题：存在黑臭水体反弹。\n责任单位：天元区人民政府\n"
        "整改目标：基本消除黑臭水体。\n完成情况：\n一、排口溯源排查。\n二、渠道清淤。\n"
    )
    assert finding.status == "completed"
    finding = _one(
        "反馈问题：两村仍有秸秆焚烧现象。\n责任单位：区生态环境局\n整改主要工作及成效：建成监控系统。"
        "成效：截至目前秸秆焚烧现象已经完成整改。\n"
    )
    assert finding.status == "completed"
    finding = _one("反馈问题：两村仍有秸秆焚烧现象。\n责任单位：区生态环境局\n整改情况：尚未完成整改。\n")
    assert finding.status != "completed"


def test_a_task_number_with_its_part_in_the_title_line():
    finding = _one(
        "东莞市中央生态环境保护督察整改任务销号公示——2018年“回头看”督察整改二十八（三）\n一、整改任务\n"
        "（一）反馈问题：禁养区仍有大量养殖场。\n（二）责任单位：市农业农村局\n"
    )
    assert finding.number == 28


def test_a_list_opened_by_a_bare_collective_kind_is_one_name():
    assert [name for name, _ in _unit_items("各园区、镇（街道）党委、政府，市生态环境局")] == [
        "各园区、镇（街道）党委、政府",
        "市生态环境局",
    ]
    # a named body list still expands, and a 各 list without a shared body stays split
    assert [name for name, _ in _unit_items("宿马园区党工委、管委会")] == ["宿马园区党工委", "宿马园区管委会"]
    assert [name for name, _ in _unit_items("各乡镇、县直各部门")] == ["各乡镇", "县直各部门"]
