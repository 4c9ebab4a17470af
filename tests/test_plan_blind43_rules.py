"""Rules the reader learnt from blind set 43 (issue 14, docs/decisions.md “Blind set 43”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 43`)."""

from __future__ import annotations

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text


def _findings(csv_text: str):
    return parse_plan_text(read_csv(csv_text, "清单.csv")).findings


def test_a_bodys_own_offices_named_as_lead_and_cooperating_offices_are_its_units():
    findings = _findings(
        "序号,巡察反馈问题,整改措施,分管领导,牵头股室,配合股室,整改时限\n"
        "1,公务接待手续不全。,1.修订接待办法；2.严格审批。,局长,办公室,财务股,2019年6月底前\n"
        "2,项目推进缓慢。,1.倒排工期。,副局长,城建股,,2019年12月底前\n"
    )
    assert [f.lead_units for f in findings] == [["办公室"], ["城建股"]]
    assert [f.cooperating_units for f in findings] == [["财务股"], []]


def test_a_lead_office_column_called_科室_is_a_unit_column_too():
    findings = _findings(
        "序号,存在问题,整改措施,牵头科室,协办科室,完成时限\n1,档案管理不规范。,1.整理档案。,综合科,法规科,2020年6月30日\n"
    )
    assert (findings[0].lead_units, findings[0].cooperating_units) == (["综合科"], ["法规科"])


def test_unnumbered_requirements_in_a_requirement_column_of_steps_are_one_step_each():
    findings = _findings(
        "序号,审计查出问题,整改要求,整改责任单位,整改期限\n"
        "1,专项资金滞留财政。,1.清理滞留资金；2.按进度拨付。,区财政局,2023年6月30日\n"
        "2,多计工程价款。,核减多计工程价款，追回多付资金。,区住建局,2023年8月31日\n"
    )
    assert [len(f.measures) for f in findings] == [2, 1]


def test_a_requirement_column_without_steps_stays_the_target():
    findings = _findings(
        "序号,存在问题,整改要求,责任单位,整改时限\n"
        "1,围栏破损。,按期整改到位。,甲镇人民政府,2023年9月30日前\n"
        "2,垃圾堆放。,问题全部整改到位。,乙镇人民政府,2023年9月30日前\n"
    )
    assert [len(f.measures) for f in findings] == [0, 0]
    assert findings[0].target == "按期整改到位。"
