"""Rules the reader learnt from blind set 74 (issue 14, docs/decisions.md “Blind set 74”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 74`)."""

from __future__ import annotations

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text


def _titles(csv_text: str) -> list[str | None]:
    return [f.title for f in parse_plan_text(read_csv(csv_text, "清单.csv")).findings]


def test_a_row_of_signature_blanks_under_a_checking_sheet_is_no_finding():
    titles = _titles(
        "序号,场所名称,存在问题,整改措施,责任单位,整改时限\n"
        "1,某饭店,燃气报警器失灵。,更换报警器。,镇应急办,2024年4月20日前\n"
        "2,某农庄,灭火器过期。,更换灭火器。,镇应急办,立即整改\n"
        "检查人员签字：,,场所负责人签字：,,,\n"
    )
    assert titles == ["燃气报警器失灵", "灭火器过期"]


def test_a_problem_about_a_missing_signature_stays_a_finding():
    titles = _titles(
        "序号,存在问题,整改措施,责任单位,整改时限\n"
        "1,验收记录无监理签字。,补齐签字手续。,县住建局,2024年5月底前\n"
    )
    assert titles == ["验收记录无监理签字"]
