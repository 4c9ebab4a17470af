"""Rules the reader learnt from the third blind set of real layouts (issue 14,
docs/decisions.md “Blind set 3”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _one(text: str):
    (finding,) = parse_plan_text(text).findings
    return finding


def test_a_problem_label_after_the_inspections_name_is_the_label():
    finding = _one(
        "一、第二轮省生态环境保护督察反馈问题\n县城垃圾中转站渗滤液外溢。\n"
        "二、整改目标\n规范收集处置渗滤液。\n三、整改期限\n2021年10月底\n"
    )
    assert finding.title == "县城垃圾中转站渗滤液外溢"
    assert finding.sources["title"] == "反馈问题"
    assert [d.date.isoformat() for d in finding.deadlines] == ["2021-10-31"]
    # a plan with one such heading per inspection uses them as sections, not as one problem
    plan = parse_plan_text(
        "一、中央生态环境保护督察反馈问题\n（一）问题：污水处理厂超负荷运行。\n整改措施：扩建二期。\n"
        "责任单位：县住建局\n（二）问题：河道垃圾堆放。\n整改措施：清理垃圾。\n责任单位：县水利局\n"
        "二、省生态环境保护督察反馈问题\n（一）问题：砖瓦窑无组织排放。\n整改措施：密闭改造。\n"
        "责任单位：县工信局\n"
    )
    assert [(f.part, f.number, f.section) for f in plan.findings] == [
        (1, 1, "一、中央生态环境保护督察反馈问题"),
        (1, 2, "一、中央生态环境保护督察反馈问题"),
        (2, 1, "二、省生态环境保护督察反馈问题"),
    ]


def test_a_number_in_braces_numbers_the_problem_and_leaves_the_title():
    finding = _one(
        "某区中央环境保护督察反馈意见整改任务{编号52(35-7)}整改结果公示\n"
        "一、中央环境保护督察反馈意见整改任务\n{编号52(35-7)}：饮用水水源保护不力。\n"
        "二、整改目标\n清理一级保护区内违法建筑。\n三、整改结果\n保护区内违法建筑已拆除。\n"
    )
    assert (finding.number, finding.title) == (52, "饮用水水源保护不力")
    # 整改结果公示 publishes the result: done
    assert finding.status == "completed"


def test_a_completion_date_marks_the_finding_done():
    base = "一、反馈问题\n填埋场污泥外流。\n二、整改措施\n（一）清理污泥。（二）立案查处。（三）栽种植被。\n"
    done = _one(base + "三、整改完成时间。2021年9月\n")
    assert done.status == "completed"
    assert len(done.measures) == 3  # （一）…（二）…（三） in one paragraph
    assert _one(base).status is None
    # written as due (…前) it is the deadline, not done; so is a task list's column of that name
    planned = _one(base + "三、整改完成时间：2022年底前\n")
    assert planned.status is None
    assert [d.date.isoformat() for d in planned.deadlines] == ["2022-12-31"]
    listed = parse_plan_text(
        "| 序号 | 反馈问题 | 整改措施 | 整改完成时间 |\n| 1 | 填埋场污泥外流。 | 清理污泥。 | 2022年12月 |\n"
    ).findings[0]
    assert listed.status is None
    assert [d.date.isoformat() for d in listed.deadlines] == ["2022-12-31"]


def test_a_form_cell_that_names_its_own_fields():
    text = (
        "| 整改任务概述 | 部分区县渗滤液处理能力不足。 |\n"
        "| 整改责任单位 | 某区 |\n"
        "| 整改措施及成效 | 整改措施：一是扩建处理设施。二是覆膜调节池。整改成效：调节池处于安全水位。 |\n"
        "| 整改时间 | 2020年6月至2021年12月 |\n"
    )
    finding = _one(text)
    assert finding.title == "部分区县渗滤液处理能力不足"
    assert [m.text for m in finding.measures] == ["扩建处理设施。", "覆膜调节池。"]
    assert finding.progress == "调节池处于安全水位。"
    assert [d.date.isoformat() for d in finding.deadlines] == ["2021-12-31"]
    assert finding.status is None  # results, but no word that it is done


def test_an_ordinal_in_the_number_cell_and_a_done_note_above_a_one_row_table():
    text = (
        "第十六项反馈问题已完成整改，市级部门组织了验收，现予以公示。\n"
        "| 序号 | 反馈问题 | 整改措施 |\n"
        "| 第十六项 | 某街办空地扬尘问题 | 清运建筑垃圾并绿化。 |\n"
    )
    finding = _one(text)
    assert (finding.number, finding.status) == (16, "completed")
    two_rows = text + "| 第十七项 | 某路段扬尘问题 | 洒水降尘。 |\n"
    # with more rows the note does not say which one is done
    assert [f.status for f in parse_plan_text(two_rows).findings] == [None, None]
