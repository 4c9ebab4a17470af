"""Rules the reader learnt from blind set 145 (issue 14, docs/decisions.md “Blind set 145”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 145`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _result_notice(task: str) -> str:
    return "\n".join(
        [
            "某市中央环境保护督察反馈意见整改任务{编号212(30-4)}整改结果公示",
            "发布时间：2018-04-03 浏览次数：100",
            "一、中央环境保护督察反馈意见整改任务",
            task,
            "二、整改目标",
            "完成生态恢复，依法查处违法行为。",
            "三、整改结果",
            "我市已清理保护区内违规建设的看护房，2017年12月底已全部拆除。",
        ]
    )


def test_problem_code_run_into_the_problem_is_no_part_of_the_title():
    # “问题编号212(30-4)某湿地违规…”: the inspection's code with no colon before the problem
    text = _result_notice(
        "问题编号212(30-4)某湿地违规建设问题较为突出。2015年以来，某公司在保护区内建设看护房12处。"
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某湿地违规建设问题较为突出"
    assert finding.number == 212
    assert finding.status == "completed"


def test_a_figure_after_the_code_word_alone_stays():
    # (bare “编号” without 问题, and a code followed by a figure, are not taken for the problem's code)
    text = _result_notice("编号3号井周边违规建设问题较为突出。2015年以来，某公司在保护区内建设看护房12处。")
    finding = parse_plan_text(text).findings[0]
    assert finding.title.startswith("编号3号井")


def _closure_table(row: list[str]) -> str:
    head = ["序号", "反馈问题", "整改目标", "整改措施", "整改时限", "整改落实情况", "验收时间"]
    return "\n".join(
        [
            "按照某市整改方案要求，以下3项问题已完成整改，并经验收单位组织进行现场验收出具了验收销号意见，"
            "现按程序予以公示。",
            "公示期自2025年12月1日至2025年12月12日。",
            "某市生态环境保护委员会办公室",
            "2025年12月1日",
            "|",
            *(f"{cell} |" for cell in head),
            "|",
            *(f"{cell} |" for cell in row),
        ]
    )


def test_only_row_of_a_copied_table_cut_by_the_page_end_is_read():
    # a table copied a cell a line whose page stops inside row 1 (its 验收时间 not reached): the row
    # is read with its last cells empty, not dropped for being one cell short
    text = _closure_table(
        [
            "1",
            "第二项 河道垃圾清理不及时。某河城区段岸坡垃圾堆积。",
            "河道无垃圾。",
            "1.每日巡河清理。 2.建立保洁台账。",
            "2025年 11月底前",
            "1.已组织乡镇和村组清理岸坡垃圾20吨，保洁人员每日巡河，发现垃圾随时清理。",
        ]
    )
    plan = parse_plan_text(text)
    assert plan.layout != "paragraphs"
    finding = plan.findings[0]
    assert finding.title == "河道垃圾清理不及时"
    assert [str(d.date) for d in finding.deadlines] == ["2025-11-30"]
    assert len(finding.measures) == 2
    # the opening says the listed problems are done and their write-off opinion issued
    assert finding.status == "completed"


def test_a_row_one_cell_short_under_another_row_keeps_its_reading():
    # (two rows, each one cell short: the broad column merged down from above, read as before,
    # not padded at the end)
    text = _closure_table(
        [
            "1",
            "河道无垃圾。",
            "1.每日巡河清理。",
            "2025年 11月底前",
            "已清理。",
            "2025年12月1日",
            "2",
            "岸坡无垃圾。",
            "1.建立保洁台账。",
            "2025年 11月底前",
            "已建立。",
            "2025年12月1日",
        ]
    )
    plan = parse_plan_text(text)
    assert [f.number for f in plan.findings] == [1, 2]
    # the cells stay under their columns: the second is the target, not the problem
    assert [f.target for f in plan.findings] == ["河道无垃圾。", "岸坡无垃圾。"]


def _paragraph_cells(row: list[str]) -> str:
    head = ["序号", "交办问题基本情况", "涉及区县及部门", "调查核实情况", "是否属实", "处理处罚和问责情况"]
    head.append("备注")
    return "\n\n".join(
        [
            "某市关于省生态环境保护督察组交办生态环境问题调查处理情况的通报",
            "截至2021年6月5日22时，省督察组分批次交办涉及某市生态环境信访件30件。现将第三批交办问题办理结果通报如下：",
            *head,
            *row,
        ]
    )


def test_only_row_of_a_cell_a_paragraph_copy_cut_by_the_page_end_is_read():
    # a table copied a cell a paragraph (blank lines between, no bars) whose page stops inside row 1
    text = _paragraph_cells(
        [
            "1",
            "某县某镇某村一处废品收购点露天拆解废旧电池，污染土壤。",
            "某县、市生态环境局",
            "经查，群众反映内容属实。该收购点未办理营业执照，地面未硬化。",
        ]
    )
    plan = parse_plan_text(text)
    assert plan.layout != "paragraphs"
    finding = plan.findings[0]
    assert finding.title == "某县某镇某村一处废品收购点露天拆解废旧电池，污染土壤"
    assert finding.lead_units == ["某县", "市生态环境局"]
    assert finding.status != "completed"


def test_a_row_of_two_cells_is_not_taken_for_a_cut_row():
    # (a number and one line after the header are no row cut short: too little to be one)
    text = _paragraph_cells(["1", "某县某镇某村一处废品收购点露天拆解废旧电池，污染土壤。"])
    assert parse_plan_text(text).layout == "paragraphs"
