"""Rules the reader learnt from blind set 17 (issue 14, docs/decisions.md “Blind set 17”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 17`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import classify_label

APPROVAL_FORM = """某县督察整改任务销号审批表
| 任务编号 | 7 |
| 反馈问题 | 县城污水处理厂超负荷运行，部分污水溢流。 |
| 责任单位 | 县住建局 |
| 整改时限 | 2019年6月30日前 |
| 整改完成情况 | 二期工程已投运，已完成整改。 |
| 领导小组办公室审核意见 | 同意销号。 |
"""


def test_a_forms_task_number_row_is_the_findings_number():
    (finding,) = parse_plan_text(APPROVAL_FORM).findings
    assert (finding.number, finding.title) == (7, "县城污水处理厂超负荷运行，部分污水溢流")
    assert finding.lead_units == ["县住建局"]
    assert finding.status == "completed"


def test_an_items_number_label_is_classed_as_the_number_but_a_petitions_reference_is_not():
    assert classify_label("任务序号") == "number"
    assert classify_label("整改任务编号") == "number"
    assert classify_label("问题清单编号") == "number"
    assert classify_label("受理编号") is None
    assert classify_label("反馈问题") == "problem"
