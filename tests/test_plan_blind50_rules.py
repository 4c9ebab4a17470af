"""Rules the reader learnt from blind set 50 (issue 14, docs/decisions.md “Blind set 50”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 50`)."""

from __future__ import annotations

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text


def _findings(csv_text: str):
    return parse_plan_text(read_csv(csv_text, "清单.csv")).findings


def test_an_enforcement_ledger_names_the_violation_and_its_disposal():
    # 违法用地情况 is the problem, 处置意见 the plot's one measure; the 图斑编号 is no item number
    findings = _findings(
        "序号,图斑编号,违法用地情况,处置意见,整改责任单位,整改完成时限,是否完成整改\n"
        "1,330100202301005,某公司未经批准占用耕地堆放砂石,拆除复耕,甲镇人民政府,2024年3月31日前,是\n"
        "2,330100202301019,村民违法占用基本农田建房,没收建筑物并处罚款,乙镇人民政府,2024年6月30日前,否\n"
    )
    assert [f.number for f in findings] == [1, 2]
    assert [f.title for f in findings] == ["某公司未经批准占用耕地堆放砂石", "村民违法占用基本农田建房"]
    assert [len(f.measures) for f in findings] == [1, 1]
    assert [f.lead_units for f in findings] == [["甲镇人民政府"], ["乙镇人民政府"]]
    assert [f.status for f in findings] == ["completed", None]


def test_a_check_list_without_a_problem_column_takes_what_the_check_found():
    findings = _findings(
        "序号,问题类型,核查情况,整改措施,责任单位,整改时限,整改情况\n"
        "1,生态保护红线内新增建设,甲村在红线内搭建彩钢棚1处。,拆除彩钢棚并复绿。,甲镇人民政府,2022年4月30日前,已完成\n"
        "2,自然保护地内堆放垃圾,保护区实验区边缘堆放建筑垃圾。,1.清运垃圾；2.设置警示牌。,乙街道办事处,2022年6月30日前,整改中\n"
    )
    assert [f.title for f in findings] == ["甲村在红线内搭建彩钢棚1处", "保护区实验区边缘堆放建筑垃圾"]
    assert [len(f.measures) for f in findings] == [1, 2]
