"""Rules the reader learnt from blind set 153 (issue 14, docs/decisions.md “Blind set 153”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 153`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import find_tables
from intake.words import DUE_ACT, QUOTED_FINDING_DONE


def _progress_cells(*, upright: bool, task: list[str], progress: str) -> str:
    """A quarterly progress table copied from a portal a cell a paragraph, blank lines between."""
    lines = [
        "某市督察反馈问题整改进展情况一览表（2021年第一季度）",
        "填报时间：2021年3月25日",
        "项目",
        "序号",
        "整改任务具体要求",
        "目前进展情况及存在问题",
        "备注",
        *(["牵", "头", "项", "目"] if upright else []),
        "1",
        *task,
        progress,
    ]
    return "\n\n".join(lines) + "\n"


_PROBLEM = "整改问题（三）督察发现，某县城区污水管网建设滞后，部分生活污水直排河道。"
_TARGET = "整改目标：2019年底前，将城区老旧管网改造完成。对沿河排口，在2021年前全部关闭。"
_PROGRESS = (
    "一、2018年以来，县住建局组织排查城区管网，已改造老旧管网12公里，沿河排口已封堵3个，其余正在推进。"
)


def test_upright_first_cell_is_no_header_and_target_paragraph_stays_in_the_task_cell():
    text = _progress_cells(upright=True, task=[_PROBLEM, _TARGET], progress=_PROGRESS)
    (table,) = find_tables(text)
    assert [c.header for c in table.columns] == ["序号", "整改任务具体要求", "目前进展情况及存在问题", "备注"]
    (row,) = table.rows
    assert row.cells[1] == f"{_PROBLEM}\n{_TARGET}"
    assert row.cells[2] == _PROGRESS
    assert row.cells[3] == ""


def test_progress_row_reads_title_target_and_the_latest_day_of_the_target_acts():
    finding = parse_plan_text(
        _progress_cells(upright=True, task=[_PROBLEM, _TARGET], progress=_PROGRESS)
    ).findings[0]
    assert finding.number == 1
    # “整改问题（三）” is the inspection's item number, no part of the title
    assert finding.title == "督察发现，某县城区污水管网建设滞后，部分生活污水直排河道"
    assert finding.target.startswith("2019年底前，将城区老旧管网改造完成")
    assert finding.progress == _PROGRESS
    # two acts with their days (将…完成, 在…前全部关闭): the latest, as for a text of several “…前”
    assert [d.date.isoformat() for d in finding.deadlines] == ["2021-12-31"]
    assert finding.status is None


def test_without_the_upright_cell_the_table_reads_the_same():
    finding = parse_plan_text(
        _progress_cells(upright=False, task=[_PROBLEM, _TARGET], progress=_PROGRESS)
    ).findings[0]
    assert finding.target.startswith("2019年底前")
    assert finding.progress == _PROGRESS


def test_a_target_column_keeps_its_own_cell():
    # (with a 整改目标 column, a cell opening on the label is that column's, not the task's)
    text = "\n\n".join(
        [
            "序号",
            "整改任务",
            "整改目标",
            "整改进展",
            "1",
            "某镇垃圾中转站渗滤液外溢。",
            "整改目标：2021年6月底前，将渗滤液收集池建成。",
            "已建成收集池，完成整改。",
        ]
    )
    (table,) = find_tables(text)
    assert table.rows[0].cells[2].startswith("整改目标：")


def test_dates_of_acts_in_a_target_and_a_goal_state():
    acts = [m.group("due") or m.group("exit") for m in DUE_ACT.finditer(_TARGET)]
    assert acts == ["2019年底前", "2021年前"]
    # a state to reach by a day is a goal, no act (the corpus records no limit for it)
    assert not DUE_ACT.search("2025年12月31日前，城市生活污水集中收集率达到70%。")
    assert not DUE_ACT.search("2025年底前，将城市生活污水集中收集率提高到70%。")


def _closure_paper(quote: str, tail: str = "问题已完成整改") -> str:
    return "\n".join(
        [
            "第二轮中央生态环境保护督察反馈意见的整改工作完成情况公示",
            "字数",
            "《 某某日报 》( 2023年3月2日 第 04 版 )",
            f"根据《某市贯彻落实第二轮中央生态环境保护督察报告整改方案》，反馈意见中我市“{quote}”{tail}，"
            "现向社会公示，公示期限：2023年2月27日至3月3日，监督电话：0000-1234567。",
            "某市住房和城乡建设局",
            "2023年2月27日",
        ]
    )


_QUOTE = "某市城东片区污水管网雨污混接问题突出，每天约5000吨污水未经处理排入内河。抽样监测发现，氨氮超标严重"


def test_closure_notice_quoting_its_finding_whole_is_titled_by_its_first_sentence():
    finding = parse_plan_text(_closure_paper(_QUOTE)).findings[0]
    assert finding.title == "某市城东片区污水管网雨污混接问题突出，每天约5000吨污水未经处理排入内河"
    assert finding.status == "completed"
    assert finding.deadlines == []


def test_a_quote_told_as_still_being_put_right_is_not_that_wording():
    # (the wording wants the notice to say the quoted finding is done)
    assert QUOTED_FINDING_DONE.search(_closure_paper(_QUOTE))
    assert not QUOTED_FINDING_DONE.search(_closure_paper(_QUOTE, tail="问题正在整改"))
