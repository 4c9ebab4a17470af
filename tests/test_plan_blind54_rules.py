"""Rules the reader learnt from blind set 54 (issue 14, docs/decisions.md “Blind set 54”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 54`)."""

from __future__ import annotations

from intake.document_sheets import read_csv
from intake.plan_parser import parse_plan_text


def _findings(csv_text: str):
    return parse_plan_text(read_csv(csv_text, "清单.csv")).findings


def test_a_departments_own_office_column_names_the_lead_units():
    for header in ("责任处室", "责任科（所）", "责任股", "责任科室（站）"):
        findings = _findings(
            f"序号,存在问题,整改措施,责任领导,{header},完成时限\n"
            "1,河道保洁不到位。,1.落实保洁队伍。,分管副局长,河湖管理科、区河长办,2021年1月31日前\n"
            "2,采购信息未公开。,1.补充公开。,分管副局长,财务审计科,立行立改\n"
        )
        assert [f.lead_units for f in findings] == [["河湖管理科", "区河长办"], ["财务审计科"]], header


def test_bare_role_words_with_a_colon_split_a_unit_cell():
    findings = _findings(
        "序号,具体问题,整改措施,责任单位,整改时限\n"
        '1,公租房资格复核不及时。,1.开展年度复核。,"牵头：住房保障处\n配合：市住房保障办公室、各区住建局",2021年3月底前\n'
    )
    assert findings[0].lead_units == ["住房保障处"]
    assert findings[0].cooperating_units == ["市住房保障办公室", "各区住建局"]


def test_a_second_number_column_naming_a_list_keeps_the_row_number():
    findings = _findings(
        "序号,任务清单序号,反馈问题,整改措施,牵头部门,整改时限\n"
        "1,第4项,毁林种参问题。,1.查处违法参地。,资源处,2019年12月底前\n"
        "2,第7项,林地内违规建设。,1.依法拆除。,稽查处,2018年10月底前\n"
    )
    assert [f.number for f in findings] == [1, 2]


def test_a_registered_number_after_the_row_number_is_still_the_number():
    findings = _findings(
        "序号,建议号,建议名称,主办单位,办理时限\n"
        "1,106,关于加快农村公路建设的建议。,县交通运输局,2025年6月30日前\n"
    )
    assert findings[0].number == 106


def test_sentences_run_on_in_one_measures_cell_are_one_measure_each():
    findings = _findings(
        "序号,审计发现问题,整改措施,责任股室,整改时限\n"
        "1,污水处理设施未按期完工。,协调镇政府加快站房建设。督促完成主管网迁改。完成设备调试。,村镇建设股,2023年3月31日前\n"
        "2,传统村落未设立保护标志。,督促有关乡镇设立保护标志，对历史建筑挂牌保护。,村镇建设股,2023年6月30日前\n"
        "3,收运设施闲置。,核查闲置设施；建立管护制度。,城市管理股,2022年12月31日前\n"
    )
    assert [len(f.measures) for f in findings][:2] == [3, 1]


def test_bare_role_words_split_a_unit_cell_whose_lines_were_joined():
    findings = _findings(
        "序号,具体问题,整改措施,责任单位,整改时限\n"
        "1,公租房资格复核不及时。,1.开展年度复核。,牵头：住房保障处配合：市住房保障办公室,2021年3月底前\n"
    )
    assert findings[0].lead_units == ["住房保障处"]
    assert findings[0].cooperating_units == ["市住房保障办公室"]
