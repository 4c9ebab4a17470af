"""Rules the reader learnt from the eighth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 8”), each on a short document of its own
(the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text, split_units
from intake.plan_tables import map_column
from intake.words import completion_marker


def _table(header: str, *rows: str) -> list:
    return parse_plan_text("\n".join(["某县整改任务清单", header, *rows])).findings


def test_a_web_tables_task_column_named_work_and_requirements_is_read():
    findings = _table(
        "序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |",
        "1 | 推进城乡供水一体化,启动6个乡镇管网建设。 | 张某 | 县住建局 各相关乡镇政府 | 管网正在铺设。 |",
        "2 | 完成县妇幼保健院主体工程。 | 李某 | 县卫健委 | 主体已封顶。 |",
    )
    assert [(f.number, f.title) for f in findings] == [
        (1, "推进城乡供水一体化,启动6个乡镇管网建设"),
        (2, "完成县妇幼保健院主体工程"),
    ]
    assert findings[0].lead_units == ["县住建局", "各相关乡镇政府"]


def test_units_split_by_a_space_only_when_each_part_is_a_unit():
    assert split_units("县教体局 各相关乡镇政府") == ["县教体局", "各相关乡镇政府"]
    assert split_units("县住建局 （县人防办）") == ["县住建局（县人防办）"]
    assert split_units("东湖 街道办事处") == ["东湖街道办事处"]


def test_a_place_column_is_not_the_problem_and_a_recheck_column_is_the_progress():
    assert map_column("问题点位").field is None
    assert map_column("“回头看”情况").field == "progress"
    findings = _table(
        "序号 | 问题点位 | 存在问题 | 责任单位 | “回头看”情况",
        "1 | 某街道农贸市场 | 市场周边占道经营。 | 某街道 | 仍有占道经营，问题依然存在。",
        "2 | 某路公交站台 | 站台广告牌破损。 | 某街道 | 广告牌已更换，已整改。",
    )
    assert [f.title for f in findings] == ["市场周边占道经营", "站台广告牌破损"]
    assert [f.status for f in findings] == [None, "completed"]


def test_a_bare_已整改_marks_done_only_as_the_texts_last_word():
    assert completion_marker("路面已修复，已整改。")
    assert not completion_marker("已整改3处，其余正在整改。")
    assert not completion_marker("未整改。")


def test_units_named_落实_after_a_lead_cooperate():
    findings = _table(
        "序号 | 审计发现问题 | 整改措施 | 责任单位 | 整改时限",
        "1 | 污水管网建设滞后。 | 1.排查管网。2.建设管网。 | 市住建局牵头，各县（市、区）人民政府落实"
        " | 2018年12月底前",
    )
    assert (findings[0].lead_units, findings[0].cooperating_units) == (
        ["市住建局"],
        ["各县（市、区）人民政府"],
    )


def test_a_category_column_is_the_rows_section():
    findings = _table(
        "序号 | 问题类别 | 审计查出问题 | 整改责任单位 | 整改结果",
        "1 | 财政预算执行问题 | 结转资金未收回。 | 市财政局 | 已整改",
        "2 | 专项资金问题 | 项目资金拨付滞后。 | 市乡村振兴局 | 正在整改",
    )
    assert [(f.section, f.status) for f in findings] == [
        ("财政预算执行问题", "completed"),
        ("专项资金问题", None),
    ]


def test_a_case_list_办理单位_is_the_lead_unit():
    assert map_column("办理单位").field == "lead"


def test_a_requirement_column_gives_the_due_date_or_the_rolling_limit_it_opens_with():
    assert map_column("工作要求").field == "target"
    first, second, third = _table(
        "序号 | 整改具体事项 | 责任单位 | 工作要求",
        "1 | 往来款项长期挂账未清理。 | 某镇 | 逐笔清理，2018年12月31日前整改到位。",
        "2 | 议事决策制度不健全。 | 某镇 | 立即整改，出台议事决策制度。",
        "3 | 污水收集率偏低。 | 某局 | 2025年12月31日前，收集率达到70%。",
    )
    assert [d.date.isoformat() for d in first.deadlines] == ["2018-12-31"]
    assert (first.sources["deadlines"], first.confidence["deadlines"]) == ("要求中的时限", 0.7)
    assert [d.kind for d in second.deadlines] == ["immediate"]
    assert third.deadlines == []  # a goal's date is not when the work is due


def test_done_and_kept_up_opens_a_progress_text_as_a_status():
    (finding,) = parse_plan_text(
        "1.严格落实防控措施。\n责任单位:区卫生健康委、区民政局\n贯彻落实情况:已完成并长期坚持。全面落实防控要求。\n"
    ).findings
    assert finding.status == "completed"
    assert [d.kind for d in finding.deadlines] == ["long_term"]
    assert finding.lead_units == ["区卫生健康委", "区民政局"]


def test_all_named_things_finished_marks_done_but_not_their_preliminary_work():
    assert completion_marker("二中、二小均已建成,秋季如期开学。")
    assert completion_marker("关停的矿山已全部完成治理。")
    assert not completion_marker("各项目均已完成前期工作，正在招标。")
    assert not completion_marker("主体工程基本完工，正在装修。")
