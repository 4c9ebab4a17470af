"""Tables copied out of Word or Excel and pasted into the import's text box (issue 14).

Word's plain text of a table breaks a row at every paragraph inside a cell, drops the text of a
cell merged down and writes a cell merged across once; Excel's quotes a cell of several lines and
keeps every row as wide as the range. Either must read as the file it came from. The whole corpus
pasted is scored by `benchmarks/plan_layouts_benchmark.py --pasted`; here a selection of its
documents, then each rule on a short paste written for the test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intake.plan_document import looks_copied_from_pdf_table, read_plan_bytes
from intake.plan_parser import parse_plan_text
from tests.pasted_text import copied_sheets, pasted, viewer_copied_table
from tests.plan_layouts import score
from tests.real_layouts import DOCUMENTS, expected

# Word tables whose paste breaks rows (several measures a cell), with a header over two rows
# (康乐), header cells of two paragraphs (通城), a table in two parts (南川), a form with a label the
# vocabulary does not list (西湖), a form around a table (温泉); and workbooks copied out of Excel
# with quoted cells and a header over two rows (射箭, 滁州), one with a statistics sheet (巩留).
PASTED = [
    "kangle_2022_task_list",
    "tongcheng_2022_table",
    "nanchuan_2021_tailings_tasks",
    "changde_xihu_2023_form_table",
    "wenquan_2023_forest_chief_supervision_form",
    "sichuan_2020_lookback_progress_table",
    "shejian_2018_poverty_tasks_xlsx",
    "chuzhou_2024_task_ledger_xlsx",
    "gongliu_2024_npc_suggestions_xlsx",
    "zhushan_2020_inspection_list_xlsx",
    # a 类别 column merged down before 序号 (宣恩), one measure a row under a problem merged down
    # and continued under “续表” (岳西), a county column merged down (梧州), a two-row header (青田)
    "xuanen_2018_inspection_task_list_docx",
    "yuexi_2019_survey_feedback_task_rows_docx",
    "wuzhou_2016_listed_case_plan_docx",
    "qingtian_2021_central_inspection_task_list_docx",
    # a task typed over two rows of its column, the 序号 merged down: the second row pasted as a
    # row of one cell after an empty one is the cell going on, not a group row (柯桥)
    "keqiao_2023_q1_livelihood_table",
    # two sheets copied out of Excel, each under its title, a header over three rows (整改责任 over
    # 责任单位 over 牵头 | 配合) and group rows in the first sheet only (均川)
    "junchuan_2023_inspection_ledger_xlsx",
    # 办理情况 over 调查核实情况 | 处理和整改情况, only one of which the vocabulary names (池州)
    "chizhou_2024_petition_ledger_xlsx",
    # a header cell of two paragraphs in the middle of the header (“水体名称⏎（起始边界）”), every
    # row broken the same way in its name cell (滁州)
    "chuzhou_2020_black_water_progress_docx",
]


@pytest.mark.parametrize("name", PASTED)
def test_a_table_pasted_as_text_reads_as_the_file(name):
    filename, build = DOCUMENTS[name]
    copy = copied_sheets if filename.endswith(".xlsx") else pasted
    findings = parse_plan_text(read_plan_bytes(copy(build()), "粘贴.txt")).findings
    right, total, differences = score(findings, expected(name))
    # 宣恩: a time limit merged down across a group's edge is pasted on the group above only, and
    # the group below does not take it (a merge is filled within its group)
    # 柯桥: the two rows of the task are joined without the “，” between them
    floor = (
        total - 1
        if name in ("xuanen_2018_inspection_task_list_docx", "keqiao_2023_q1_livelihood_table")
        else total
    )
    assert right >= floor, differences


def _findings(text: str):
    return parse_plan_text(text).findings


def _deadlines(finding) -> list:
    return [d.date or d.kind for d in finding.deadlines]


WORD_PASTE = (
    "整改任务清单\n"
    "序号\t反馈问题\t整改措施\t牵头单位\t整改时限\n"
    "1\t县城污水直排。\t1.新建截污管网；\n"
    "2.提标改造污水处理厂。\t县住建局\t2025年12月31日前\n"
    "2\t扬尘管控不力。\t落实六个百分百。\t县住建局\n"
    "县城管局\t2025年6月30日前\n"
)


def test_a_row_broken_at_the_paragraphs_of_its_cells_is_one_row_again():
    first, second = _findings(WORD_PASTE)
    assert (first.title, first.lead_units, len(first.measures)) == ("县城污水直排", ["县住建局"], 2)
    assert _deadlines(first) == [date(2025, 12, 31)]
    assert second.lead_units == ["县住建局", "县城管局"]
    assert _deadlines(second) == [date(2025, 6, 30)]


def test_a_header_over_two_rows_lays_its_spanning_cell_over_the_names_below():
    text = (
        "序号\t督察反馈问题\t整改措施\t整改责任\t整改时限\n"
        "\t\t\t牵头单位\t配合单位\t\n"
        "1\t河道垃圾清理不及时。\t1.每日巡河；\n"
        "2.建立保洁队伍。\t县水利局\t各乡镇\t2025年10月底前\n"
    )
    (finding,) = _findings(text)
    assert (finding.lead_units, finding.cooperating_units) == (["县水利局"], ["各乡镇"])
    assert (len(finding.measures), _deadlines(finding)) == (2, [date(2025, 10, 31)])


def test_header_cells_of_two_paragraphs_join_again():
    text = (
        "问题序号\t具体内容\t整改措施\t责任\n"
        "单位\t完成\n"
        "时限\n"
        "1\t信访件办理不及时。\t1.领导包案；\n"
        "2.开展积案化解。\t县信访局\t长期坚持\n"
    )
    (finding,) = _findings(text)
    assert (finding.lead_units, _deadlines(finding), len(finding.measures)) == (
        ["县信访局"],
        ["long_term"],
        2,
    )


def test_a_header_broken_in_a_middle_cell_is_one_header_row_and_the_text_above_no_finding():
    """“编号⇥水体名称” then “（起始边界）⇥水体类型⇥…”: the second line is the header going on, not a
    header of its own one column short, so the rows below (broken the same way) are the findings
    and the title and preamble above are not."""
    text = (
        "关于甲市黑臭水体治理情况的公布\n"
        "现将上半年相关情况公布如下：\n"
        "编号\t水体名称\n"
        "（起始边界）\t所在区域\t水质现状\t达标期限\n"
        "1\t东河\n"
        "（北桥-南桥）\t甲区\t完成整治，无黑臭\t已完成\n"
        "2\t西渠\n"
        "（铁路-东河）\t乙区\t正在推进管网建设\t2025年12月底\n"
    )
    first, second = _findings(text)
    assert (first.title, second.title) == ("东河（北桥-南桥）", "西渠（铁路-东河）")
    assert (first.status, second.status) == ("completed", None)
    assert _deadlines(second) == [date(2025, 12, 31)]


def test_two_rows_of_equal_width_under_a_short_line_are_rows_not_the_halves_of_a_header():
    """A title line holding one tab over a table whose rows hold as many tabs each is no header
    broken in a cell: its rows still read whole."""
    text = (
        "附件\t清单\n"
        "序号\t反馈问题\t牵头单位\t整改时限\n"
        "1\t河道垃圾清理不及时。\t县水利局\t2025年10月底前\n"
        "2\t扬尘管控不力。\t县住建局\t2025年6月30日前\n"
    )
    first, second = _findings(text)
    assert (first.lead_units, second.lead_units) == (["县水利局"], ["县住建局"])


def test_a_line_under_a_row_ending_in_a_yes_or_no_is_text_after_the_table():
    text = (
        "序号\t发现问题\t整改时限\t责任单位\t是否完成\n"
        "1\t废气收集不到位。\t2023年12月31日\t旗生态环境分局\t是\n"
        "下一步，我局将继续加大对涉气企业的监管力度。\n"
    )
    (finding,) = _findings(text)
    assert finding.status == "completed"


def test_a_line_without_a_tab_right_under_the_header_is_a_group_row():
    text = (
        "序号\t交办编号\t反映问题\t处理和整改情况\t责任单位\n"
        "第七批（6月8日交办）\n"
        "1\tHN-0608-03\t洗车废水直排雨水井。\t已责令建设沉淀池。\n"
        "已立案处罚。\t湖滨区人民政府\n"
    )
    (finding,) = _findings(text)
    assert (finding.section, finding.lead_units) == ("第七批（6月8日交办）", ["湖滨区人民政府"])


def test_an_empty_paragraph_between_two_parts_of_a_table_does_not_end_it():
    text = (
        "序号\t问题清单\t整改措施\t牵头单位\t完成时限\n"
        "1\t尾矿库渗漏。\t1.完善防渗；\n"
        "2.建设收集设施。\t区生态环境局\t2021年6月30日前\n"
        "\n"
        "二、举一反三排查整治问题\n"
        "2\t其他尾矿库隐患排查不彻底。\t1.全面排查；\n"
        "2.逐一销号。\t区应急局\t2021年9月底前\n"
    )
    findings = _findings(text)
    assert [(f.number, f.lead_units) for f in findings] == [(1, ["区生态环境局"]), (2, ["区应急局"])]
    assert findings[1].section == "二、举一反三排查整治问题"


def test_a_row_blank_in_its_number_and_problem_holds_the_next_measure_of_the_finding_above():
    # a problem and its 序号 merged down, the merge lost in the paste
    text = (
        "| 序号 | 督察反馈问题 | 整改措施 | 整改时限 | 牵头单位 | 配合单位 |\n"
        "| 1 | 支流总磷超标。 | 1.开展溯源排查。 | 2020年6月底前 | 省生态环境厅 | 省水利厅 |\n"
        "|  |  | 2.实施养殖污染治理。 | 2020年12月底前 |  | 省农业农村厅 |\n"
        "| 2 | 渗滤液处理能力不足。 | 新建处理设施。 | 2020年底前 | 省住建厅 | 省生态环境厅 |\n"
    )
    first, second = _findings(text)
    assert (len(first.measures), first.cooperating_units) == (2, ["省水利厅", "省农业农村厅"])
    assert _deadlines(first) == [date(2020, 6, 30), date(2020, 12, 31)]
    assert second.number == 2


def test_a_group_column_merged_down_before_the_numbers_keeps_each_numbered_row():
    # Word's paste leaves the merged 类别 cell blank below its first row: the row still opens
    # with its (empty) first cell, and is a finding of its own under the same group
    text = (
        "类别\t序号\t问题\t整改措施\t责任单位\t完成时限\n"
        "中央环保督察反馈问题\t1\t集镇污水处理厂未建成投运。\t加快主体工程建设。\t县住建局\t2018年12月31日前\n"
        "\t2\t集镇污水管网配套滞后。\t完善主次管网。\t县住建局\t2018年12月31日前\n"
        "省环保督察反馈问题\t3\t秸秆露天焚烧时有发生。\t网格化巡查。\t县农业局\t2018年10月31日前\n"
    )
    found = _findings(text)
    assert [(f.number, f.section) for f in found] == [
        (1, "中央环保督察反馈问题"),
        (2, "中央环保督察反馈问题"),
        (3, "省环保督察反馈问题"),
    ]
    assert found[1].title == "集镇污水管网配套滞后"


def test_a_lead_merged_down_across_a_class_columns_groups_is_given_to_every_row_it_covers():
    # 牵头单位 merged down over problems 2–4, across the 问题类别 groups merged down beside it:
    # pasted, it stands on row 2 only (a group row across the table would end the merge)
    text = (
        "序号\t问题类别\t反馈问题\t整改措施\t牵头单位\t整改时限\n"
        "1\t中央环保督察反馈问题\t沿岸非法采砂。\t取缔采砂点。\t县水务局\t2019年9月底前\n"
        "2\t\t农家乐生活污水直排。\t建设污水收集管网。\t县住建局\t2019年12月底前\n"
        "3\t省级环保督察反馈问题\t供热锅炉脱硝不稳定。\t完成超低排放改造。\t\t2019年10月31日前\n"
        "4\t\t垃圾填埋场未做防渗。\t实施防渗改造。\t\t立行立改\n"
    )
    found = _findings(text)
    assert [f.lead_units for f in found] == [["县水务局"], ["县住建局"], ["县住建局"], ["县住建局"]]
    assert [f.section for f in found[1:3]] == ["中央环保督察反馈问题", "省级环保督察反馈问题"]


def test_a_problem_merged_down_and_continued_under_a_continued_mark_is_one_finding():
    # one measure a row, 序号 and 问题 merged down (blank when pasted), the list broken by “续表”
    # and the header typed again, the problem's last measure on the next page; the signer and
    # date under the table on one line are no cell of its last row
    text = (
        "序号\t反馈问题\t整改措施\t责任单位\t完成时限\n"
        "1\t电站生态流量泄放不足。\t（1）核定最小生态流量\t县水利局\t2019年10月31日前\n"
        "\t\t（2）改造泄放设施\t县水利局\t2019年12月31日前\n"
        "续表\n"
        "序号\t反馈问题\t整改措施\t责任单位\t完成时限\n"
        "1\t电站生态流量泄放不足。\t（3）纳入河长巡河内容\t县河长办\t长期坚持\n"
        "2\t保护区边界与管理范围不一致。\t（1）核对边界矢量数据\t保护区管理站\t2019年11月30日前\n"
        "\t\t（2）设立界桩\t保护区管理站\t2020年6月30日前\n"
        "某县人民政府办公室\u30002019年9月\n"
    )
    first, second = _findings(text)
    assert (len(first.measures), first.lead_units) == (3, ["县水利局", "县河长办"])
    assert [d.kind for d in first.deadlines] == ["date", "date", "long_term"]
    assert _deadlines(second) == [date(2019, 11, 30), date(2020, 6, 30)]


def test_a_range_copied_out_of_excel_reads_as_the_workbook():
    text = (
        "某县整改任务台账\t\t\t\t\t\n"
        "序号\t存在问题\t整改措施\t整改责任\t\t是否完成\n"
        "\t\t\t牵头单位\t配合单位\t\n"
        '1\t农村垃圾收运不及时。\t"1.完善收运体系；\n2.开展集中清理，做到""日产日清""。"\t'
        "县住建局\t各乡镇\t☑是 □否\n"
        "\t\t\t\t\t\n"
        '2\t养殖粪污直排。\t"1.关停直排养殖场。"\t县农业农村局\t\t□是 ☑否\n'
    )
    first, second = _findings(text)
    assert (first.lead_units, first.cooperating_units, first.status) == (
        ["县住建局"],
        ["各乡镇"],
        "completed",
    )
    assert len(first.measures) == 2 and '做到"日产日清"' in first.measures[1].text
    assert (second.lead_units, second.status) == (["县农业农村局"], None)


def test_a_second_range_pasted_under_the_first_is_not_rows_of_it():
    text = (
        "序号\t建议名称\t主办单位\t办理时限\n"
        "1\t关于改造供热管网的建议\t县住建局\t2024年8月31日\n"
        "2\t关于增设垃圾投放点的建议\t县城管局\t2024年8月31日\n"
        "3\t关于修缮通村公路的建议\t县交通局\t2024年9月30日\n"
        "\n"
        "类别\t件数\t占比\n"
        "A类\t33\t63.4%\n"
        "B类\t14\t27.0%\n"
        "C类\t5\t9.6%\n"
    )
    assert [f.title for f in _findings(text)] == [
        "关于改造供热管网的建议",
        "关于增设垃圾投放点的建议",
        "关于修缮通村公路的建议",
    ]


def test_a_form_pasted_with_tabs_reads_as_the_word_form():
    text = (
        "整改情况公示\n"
        "反馈问题\t老旧污水管网改造没有完成规划任务。\n"
        "整改措施\t1.重点改造老旧管网。\n"
        "2.把管网提质改造作为长期工作持续推进。\n"
        "整改实施主体\t某区住房和城乡建设局\n"
        "牵头验收单位\t某市住房和城乡建设局\n"
        "整改时限\t2025年12月31日前\t完成时间\t2025年2月\n"
    )
    (finding,) = _findings(text)
    assert finding.lead_units == ["某区住房和城乡建设局"]
    assert (len(finding.measures), _deadlines(finding)) == (2, [date(2025, 12, 31)])


def test_a_form_value_pasted_after_a_tab_is_not_cut_at_label_words_inside_it():
    text = (
        "整改任务\t工作机制不够顺畅，有关部门各管一摊。\n"
        "责任单位\t省生态环境厅\n"
        "整改措施\t每年年初印发工作要点，明确年度目标、重点任务和分工，每季度调度整改情况，"
        "推进销号验收。\n"
        "整改完成情况\t各项任务措施已落地实施，问题已完成整改。\n"
    )
    (finding,) = _findings(text)
    assert finding.lead_units == ["省生态环境厅"]
    assert len(finding.measures) == 1 and "重点任务和分工" in finding.measures[0].text


def test_the_signature_under_a_pasted_table_is_not_part_of_its_last_row():
    text = (
        "序号\t目标任务\t责任单位\t完成情况\n"
        "1\t创成国家卫生县城\t县卫健委\t已通过验收。\n"
        "2\t加快县妇幼保健院建设\t县卫健委\t主体已封顶。\n"
        "灌云县人民政府督查室\n"
        "2019年10月16日\n"
    )
    assert [f.title for f in _findings(text)] == ["创成国家卫生县城", "加快县妇幼保健院建设"]


def test_a_note_under_a_pasted_table_is_not_part_of_its_last_row():
    text = (
        "序号\t建议号\t建议题目\t主办单位\n"
        "1\t第5号\t关于改造供热管网的建议\t县住建局\n"
        "2\t第9号\t关于提升乡镇卫生院服务能力的建议\t县卫健局\n"
        "注：主办单位负责牵头办理并答复代表。\n"
    )
    assert _findings(text)[-1].title == "关于提升乡镇卫生院服务能力的建议"


def test_a_time_limit_merged_down_the_whole_table_is_given_to_every_row_and_flagged():
    # one 完成时限 cell merged down all rows: the paste keeps it on the first row only
    plan = parse_plan_text(
        "序号\t乡镇\t存在问题\t整改措施\t责任单位\t完成时限\n"
        "1\t大塘埠镇\t耕地流出未恢复。\t恢复耕种。\t大塘埠镇人民政府\t2025年2月底前\n"
        "2\t古陂镇\t耕地种树。\t移除苗木。\t古陂镇人民政府\t\n"
        "3\t安西镇\t耕地撂荒。\t复耕。\t安西镇人民政府\t\n"
    )
    assert [[d.date for d in f.deadlines] for f in plan.findings] == [[date(2025, 2, 28)]] * 3
    assert [f.low_confidence() for f in plan.findings] == [[], ["deadlines"], ["deadlines"]]
    assert plan.findings[2].warnings == [
        "问题3：整改时限一格为空，按上一行取值（合并单元格在复制或另存时只留首行），请核对。"
    ]


def test_time_limits_merged_down_in_pairs_are_filled_but_a_column_that_starts_blank_is_not():
    # 黔西南's 完成时限 merged over rows 1–2 and 3–4: the paste keeps rows 1 and 3
    paired = parse_plan_text(
        "序号\t存在问题\t整改措施\t责任单位\t整改时限\n"
        "1\t问题一。\t措施一。\t县住建局\t2025年2月底前\n"
        "2\t问题二。\t措施二。\t县城管局\t\n"
        "3\t问题三。\t措施三。\t县水利局\t2025年6月底前\n"
        "4\t问题四。\t措施四。\t县林业局\t\n"
    )
    assert [[d.date for d in f.deadlines] for f in paired.findings] == [
        [date(2025, 2, 28)],
        [date(2025, 2, 28)],
        [date(2025, 6, 30)],
        [date(2025, 6, 30)],
    ]
    # no limit on the first row: no merge starts there, so the blank cells are cells left empty
    unmerged = parse_plan_text(
        "序号\t存在问题\t整改措施\t责任单位\t整改时限\n"
        "1\t问题一。\t措施一。\t县住建局\t\n"
        "2\t问题二。\t措施二。\t县城管局\t2025年2月底前\n"
        "3\t问题三。\t措施三。\t县水利局\t\n"
    )
    assert [len(f.deadlines) for f in unmerged.findings] == [0, 1, 0]


def test_only_a_table_copied_out_of_a_pdf_viewer_is_taken_for_one():
    # cell after cell, each cut at its printed width, as a viewer copies a printed Word table
    copied = viewer_copied_table()
    assert looks_copied_from_pdf_table(copied)
    # pasted from Word (tabs), and every text-form document of the corpus (web tables copied one
    # cell per line, PDF forms copied whole), are not
    assert not looks_copied_from_pdf_table(copied.replace("\n", "\t"))
    texts = sorted((Path(__file__).parent / "fixtures" / "real_layouts").glob("*.txt"))
    assert len(texts) > 100
    flagged = [
        p.name for p in texts if looks_copied_from_pdf_table(p.read_bytes().decode("utf-8", "replace"))
    ]
    assert flagged == []


def test_a_first_row_of_short_cells_under_a_header_of_one_row_is_read_as_a_row():
    # “问题1” and “措施1” name columns, but a header over two rows leaves an upper cell empty
    plan = parse_plan_text(
        "序号\t存在问题\t整改措施\t责任单位\t整改时限\n"
        "1\t问题1\t措施1\t县住建局\t2025年1月底前\n"
        "2\t问题2\t措施2\t县城管局\t2025年2月底前\n"
    )
    assert [(f.number, f.title, f.lead_units) for f in plan.findings] == [
        (1, "问题1", ["县住建局"]),
        (2, "问题2", ["县城管局"]),
    ]


def test_a_continued_mark_between_two_parts_of_a_pasted_table_is_not_the_last_cell_of_the_first():
    findings = _findings(
        "序号\t存在问题\t责任单位\t整改进展情况\t完成情况\n"
        "1\t散乱污企业整治不彻底。\t县生态环境局\t已排查整治企业132家。\t已完成\n"
        "续表\n"
        "序号\t存在问题\t责任单位\t整改进展情况\t完成情况\n"
        "2\t黑臭水体整治不到位。\t县住建局\t完成清淤工程。\t已完成\n"
    )
    assert [(f.number, f.part, f.status, f.progress) for f in findings] == [
        (1, 1, "completed", "已排查整治企业132家。\n已完成"),
        (2, 1, "completed", "完成清淤工程。\n已完成"),
    ]


def test_a_header_over_three_rows_is_laid_row_by_row_and_the_print_line_is_not_a_cell():
    # Word's plain text of a header over three rows: each lower row wider than the one above,
    # the cells merged down empty; the document's print line (…日印发) under the table
    findings = _findings(
        "序号\t反馈问题\t整改措施\t责任分工\t完成时限\n"
        "\t\t\t责任县领导\t责任单位\t\n"
        "\t\t\t\t牵头单位\t配合单位\t\n"
        "1\t驻村工作队人员在岗不在位。\t开展专项督查。\t县委常委\t县委组织部\t县扶贫办\t立行立改\n"
        "2\t贫困户识别不够精准。\t开展回头看。\t副县长\t县扶贫办\t县公安局、县民政局\t2017年4月底前\n"
        "中共某县委办公室　2017年1月10日印发\n"
    )
    assert [(f.number, f.lead_units, f.cooperating_units, _deadlines(f)) for f in findings] == [
        (1, ["县委组织部"], ["县扶贫办"], ["immediate"]),
        (2, ["县扶贫办"], ["县公安局", "县民政局"], [date(2017, 4, 30)]),
    ]
    assert findings[0].leaders == ["县委常委"]


def test_a_header_over_three_rows_copied_out_of_excel_names_the_deepest_columns():
    header = [
        "序号\t巡察反馈问题\t整改责任\t\t\t整改时限",
        "\t\t责任领导\t责任单位\t\t",
        "\t\t\t牵头\t配合\t",
    ]
    first = [
        *header,
        "一、作风建设方面\t\t\t\t\t",
        "1\t驻村工作不实。\t纪委书记\t镇纪委\t镇组织办\t2023年4月底前",
        "2\t走访记录雷同。\t纪委书记\t镇纪委\t镇党政办\t2023年5月底前",
    ]
    second = [
        "村级党组织整改台账\t\t\t\t\t",
        header[0].replace("巡察反馈问题", "村级问题"),  # the second sheet's columns named otherwise
        *header[1:],
        "1\t村务公开不及时。\t包村领导\t均川村党支部\t镇经管站\t2023年6月底前",
    ]
    findings = _findings("\n".join(["镇党委整改台账\t\t\t\t\t", *first, "", *second]))
    assert [(f.lead_units, f.cooperating_units) for f in findings] == [
        (["镇纪委"], ["镇组织办"]),
        (["镇纪委"], ["镇党政办"]),
        (["均川村党支部"], ["镇经管站"]),
    ]
    # the first sheet's group row is no section of the second sheet's rows
    assert [f.section for f in findings] == ["一、作风建设方面", "一、作风建设方面", None]


def test_a_spanning_cells_names_are_the_lower_header_row_even_when_one_is_unknown():
    text = "\n".join(
        [
            "序号\t举报内容\t办理情况\t\t责任单位",
            "\t\t调查核实情况\t处理和整改情况\t",
            "1\t化工企业夜间异味扰民。\t属实。\t督促企业改造废气收集系统，计划2024年7月底前完成。\t东至县人民政府",
        ]
    )
    (finding,) = _findings(text)
    assert finding.lead_units == ["东至县人民政府"]
    assert _deadlines(finding) == [date(2024, 7, 31)]


def test_a_task_on_two_rows_pasted_is_one_task_whose_second_row_follows_a_comma():
    # Word's table gives the task's second row with the row's other cells merged down, so the
    # paste has that row whole, every cell but the task empty: a row, not a wrapped line
    plan = parse_plan_text(
        "2023年度民生实事一季度进展情况\n"
        "序号\t工作任务\t责任单位\t一季度目标\t目标完成情况\n"
        "1\t新改扩建公办中小学校1所\t教体局\t室内装修及场外施工\t顺利推进\n"
        "\t新增学位810个\t\t\t\n"
        "2\t完成结对帮扶学校2所\t教体局\t互派人员到位\t顺利推进\n"
    )
    assert [(f.number, f.title, f.lead_units) for f in plan.findings] == [
        (1, "新改扩建公办中小学校1所，新增学位810个", ["教体局"]),
        (2, "完成结对帮扶学校2所", ["教体局"]),
    ]


def test_a_second_row_in_brackets_glosses_the_first_without_a_comma():
    # a Word table pasted into Excel puts each paragraph of a cell on a row of its own: a water
    # body's name, then its bounds in brackets, is one name again as the Word cell held it
    plan = parse_plan_text(
        "甲市黑臭水体清单\n"
        "编号\t水体名称\t所在区域\t水质现状\t达标期限\n"
        "1\t东河\t甲区\t完成整治，无黑臭\t已完成\n"
        "\t（北桥-南桥）\t\t\t\n"
        "2\t西渠\t乙区\t正在推进管网建设\t2025年12月底\n"
        "\t（铁路-东河）\t\t\t\n"
    )
    assert [f.title for f in plan.findings] == ["东河（北桥-南桥）", "西渠（铁路-东河）"]


def test_a_problems_second_row_copied_out_of_excel_joins_the_problem_not_a_finding_of_its_own():
    # the number, unit and measure cells merged down over the problem's two rows come empty
    plan = parse_plan_text(
        "| 序号 | 存在问题 | 责任单位 | 整改措施 | 完成情况 |\n"
        "| 1 | 中小学校建设滞后。 | 县教体局 | 加快施工 | 顺利推进 |\n"
        "|  | 学位供给不足。 |  |  |  |\n"
        "| 2 | 结对帮扶未落实。 | 县教体局 | 互派人员 | 已完成 |\n"
    )
    assert [(f.number, f.problem, f.lead_units) for f in plan.findings] == [
        (1, "中小学校建设滞后，学位供给不足。", ["县教体局"]),
        (2, "结对帮扶未落实。", ["县教体局"]),
    ]
