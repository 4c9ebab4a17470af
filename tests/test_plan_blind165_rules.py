"""Rules the reader learnt from blind set 165 (issue 14, docs/decisions.md “Blind set 165”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 165`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import parse_plan_text
from intake.plan_tables import find_tables


def _cell_lines(*cells: str) -> str:
    """A web table copied a cell a paragraph, a blank line between."""
    return "\n\n".join(cells)


def test_row_one_cut_inside_its_task_right_after_the_number_is_read():
    # the stored page stops inside row 1's task: the row has only 1 and the task's start
    text = _cell_lines(
        "现将立行立改（在2019年12月底前完成）和年内应完成的整改任务予以公布，请各地按时序进度完成整改。",
        "某市环境保护督察反馈问题整改任务清单",
        "序号",
        "整改任务",
        "责任",
        "单位",
        "完成",
        "时限",
        "整改目标",
        "1",
        "部分县区生活垃圾填埋场渗滤液长期超标排放，周边群众反映强烈；有的县区对整改要求重视不够，部署推进缓慢，部分",
    )
    findings = parse_plan_text(text).findings
    assert len(findings) == 1
    assert findings[0].number == 1
    assert findings[0].title == "部分县区生活垃圾填埋场渗滤液长期超标排放，周边群众反映强烈"
    assert findings[0].lead_units == [] and findings[0].deadlines == []


def test_a_row_ending_on_a_short_cell_is_still_not_padded():
    # row 1 with its number and a short task alone: not prose cut by the store, no row (set 95)
    text = _cell_lines("序号", "整改任务", "责任单位", "完成时限", "整改目标", "1", "河道垃圾")
    assert not any(table.rows for table in find_tables(text))


def _closure_notice(attachments: list[str], unit: str = "市农牧局", target: str = "完善相关制度。") -> str:
    return "\n".join(
        [
            "关于生态环境保护督察整改任务销号的公示",
            "第二轮生态环境保护督察第12项整改任务已整改完成，并通过验收，拟按程序实施销号。",
            *attachments,
            "某市农牧局",
            "2023年11月28日",
            "附件1",
            "第12项整改任务完成情况表",
            "整改任务 | 部分草原禁牧区监管不到位，偷牧现象时有发生。 |",
            f"责任单位 | {unit} |",
            f"整改目标 | {target} |",
        ]
    )


def test_a_notices_list_of_attachments_starts_no_finding():
    # “附件：1.…完成情况表” ⏎ “2.关于…的函”: the second file of the list is no item
    text = _closure_notice(["附件：1.第12项整改任务完成情况表", "2.关于做好整改任务销号公示的函"])
    finding = parse_plan_text(text).findings[0]
    assert finding.number == 12
    assert finding.title == "部分草原禁牧区监管不到位，偷牧现象时有发生"


def test_numbered_items_after_an_attachment_line_with_sentences_are_still_items():
    # a list whose lines are sentences (no file names) is not taken for the attachment list
    text = "\n".join(
        [
            "附件：1.整改情况表",
            "2.某镇污水处理站未正常运行，污水直排河道。",
            "责任单位：某镇人民政府",
            "3.某村垃圾露天焚烧，群众反映强烈。",
            "责任单位：某镇人民政府",
        ]
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert "某镇污水处理站未正常运行，污水直排河道" in titles


def test_a_wholly_masked_place_names_no_unit_and_a_masked_last_place_shares_its_bodies():
    # a mirror's “（略）” for whole places; the last place masked, its 党委政府（行署） shared
    text = _closure_notice(
        ["附件：第12项整改任务完成情况表"], unit="自治区农牧厅，（略）、锡林郭勒盟、（略）党委政府（行署）。"
    )
    assert parse_plan_text(text).findings[0].lead_units == ["自治区农牧厅", "锡林郭勒盟党委政府（行署）"]


def test_a_targets_dated_plan_to_draw_up_is_a_limit():
    # no time-limit label: “…前，…制定…方案；…前，…规划编制” are acts to be done, the latest the limit
    text = _closure_notice(
        ["附件：第12项整改任务完成情况表"],
        target="2022年7月底前，3个重点旗县制定草原保护实施方案；2022年10月底前，完成市级草原保护规划编制。",
    )
    assert [d.date for d in parse_plan_text(text).findings[0].deadlines] == [date(2022, 10, 31)]


def test_a_targets_dated_level_is_still_no_limit():
    # “…前，植被盖度达到45%”: a state to be reached, no limit (the corpus's rule)
    text = _closure_notice(["附件：第12项整改任务完成情况表"], target="2022年底前，全市草原植被盖度达到45%。")
    assert parse_plan_text(text).findings[0].deadlines == []
