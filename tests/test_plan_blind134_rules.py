"""Rules the reader learnt from blind set 134 (issue 14, docs/decisions.md “Blind set 134”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 134`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import NOTICE_NUMBER

# --- a city office's notice: the province's number after an empty bracket, then the labels ------

_NOTICE = (
    "某市水利局关于“河道采砂监管不严”问题（第二轮省生态环境保护督察反馈问题）整改情况公示\n"
    "根据省突出环境问题整改工作领导小组办公室关于整改销号工作的有关要求，现对“部分河段仍有非法采砂，"
    "监管不到位”问题整改情况进行公示。\n"
    "反馈问题（省编号 ）：17\n"
    "整改目标：河道采砂秩序规范，非法采砂行为得到遏制。\n"
    "整改措施：\n"
    "1.开展河道采砂专项整治，依法查处非法采砂行为。\n"
    "2.建立河道采砂巡查制度，落实河长巡河责任。\n"
    "主体责任单位：各县（市）人民政府\n"
)


def test_the_number_after_an_empty_province_number_bracket_is_the_finding_number():
    (finding,) = parse_plan_text(_NOTICE).findings
    assert finding.number == 17
    assert finding.title == "河道采砂监管不严"
    assert len(finding.measures) == 2


def test_the_empty_bracket_takes_a_number_only_not_a_date_or_a_decimal():
    found = NOTICE_NUMBER.search("反馈问题（省编号）：17")
    assert found is not None and found.group("o") == "17"
    assert NOTICE_NUMBER.search("反馈问题（市编号 ）：2021年3月") is None
    assert NOTICE_NUMBER.search("反馈问题（省编号）：3.5公里") is None
    # the number inside the bracket is read as before
    inside = NOTICE_NUMBER.search("反馈问题（省编号10-2）")
    assert inside is not None and inside.group("h") == "10"
