"""Rules the reader learnt from blind set 29 (issue 14, docs/decisions.md “Blind set 29”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 29`)."""

from __future__ import annotations

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text

_HEADER = "序号,存在问题,整改措施,牵头单位,配合单位,整改时限\n"


def _leads(csv_text: str) -> list[list[str]]:
    return [f.lead_units for f in parse_plan_text(read_csv(csv_text, "清单.csv")).findings]


def test_a_lead_left_blank_under_a_merged_unit_in_a_csv_takes_the_unit_above():
    leads = _leads(
        "某县执法检查发现问题整改清单,,,,,\n"
        + _HEADER
        + "1,河道岸线有垃圾堆放。,1.清理垃圾；2.建立保洁机制。,甲镇人民政府,县水利局,2020年12月底前\n"
        "2,湿地植被管护不到位。,1.落实管护人员。,,县林业局,长期坚持\n"
        "3,污水处理厂出水总氮超标。,1.实施脱氮改造。,县住建局,,2021年6月30日\n"
    )
    assert leads == [["甲镇人民政府"], ["甲镇人民政府"], ["县住建局"]]


def test_a_blank_lead_is_not_carried_across_a_group_row():
    leads = _leads(
        _HEADER + "一、水污染防治方面,,,,,\n"
        "1,河道岸线有垃圾堆放。,1.清理垃圾。,甲镇人民政府,,2020年12月底前\n"
        "2,污水管网破损。,1.修复管网。,县住建局,,2020年12月底前\n"
        "二、生态保护方面,,,,,\n"
        "3,湿地植被管护不到位。,1.落实管护人员。,,县林业局,长期坚持\n"
    )
    assert leads == [["甲镇人民政府"], ["县住建局"], []]


def test_a_lead_column_mostly_blank_is_left_as_it_is():
    leads = _leads(
        _HEADER + "1,河道岸线有垃圾堆放。,1.清理垃圾。,甲镇人民政府,,2020年12月底前\n"
        "2,湿地植被管护不到位。,1.落实管护人员。,,县林业局,长期坚持\n"
        "3,污水处理厂出水总氮超标。,1.实施脱氮改造。,,县住建局,2021年6月30日\n"
    )
    assert leads == [["甲镇人民政府"], [], []]
