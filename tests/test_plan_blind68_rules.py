"""Rules the reader learnt from blind set 68 (issue 14, docs/decisions.md “Blind set 68”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 68`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def test_a_star_before_a_problems_number_is_decoration():
    plan = parse_plan_text(
        "某镇河湖问题整改方案\n"
        "★ 问题1：甲河左岸有建筑垃圾倾倒。\n"
        "• 整改措施：一是清运垃圾；二是设置警示牌。\n"
        "• 责任单位：甲街道办事处\n"
        "• 整改时限：2018年5月31日前\n"
        "★ 问题2：乙河河滩有违规耕种。\n"
        "• 整改措施：一是退耕还滩；二是加强巡河。\n"
        "• 责任单位：乙镇人民政府\n"
        "• 整改时限：2018年10月31日前\n"
    )
    assert [(f.number, f.title, f.lead_units) for f in plan.findings] == [
        (1, "甲河左岸有建筑垃圾倾倒", ["甲街道办事处"]),
        (2, "乙河河滩有违规耕种", ["乙镇人民政府"]),
    ]


def test_a_star_before_a_tasks_words_still_marks_a_key_task():
    plan = parse_plan_text(
        "某县重点任务清单\n"
        "1.★城区道路破损未修复。\n责任单位：县住建局\n整改时限：2024年6月30日前\n"
        "2.公厕保洁不到位。\n责任单位：县城管局\n整改时限：2024年6月30日前\n"
    )
    assert [f.title for f in plan.findings] == ["城区道路破损未修复", "公厕保洁不到位"]


def test_first_then_finally_in_one_paragraph_are_measures():
    plan = parse_plan_text(
        "问题一：部分商铺出店经营。\n"
        "整改措施：首先，逐户下达整改通知书；其次，设置临时疏导点；最后，实行三班巡查。\n"
        "责任单位：区城管局\n整改时限：2024年6月30日前\n"
        "问题二：部分围墙破损。\n"
        "整改措施：首先，发放整改告知书。其次，督促产权单位修复。\n"
        "责任单位：区住建局\n整改时限：2024年8月31日前\n"
    )
    assert [len(f.measures) for f in plan.findings] == [3, 2]
    assert plan.findings[0].measures[1].text.startswith("其次")


def test_a_sentence_that_only_says_first_is_one_measure():
    plan = parse_plan_text(
        "问题一：部分商铺出店经营。\n"
        "整改措施：首先要提高认识，其次要加强巡查。\n"
        "责任单位：区城管局\n整改时限：2024年6月30日前\n"
    )
    assert len(plan.findings[0].measures) == 1


def test_progress_opening_with_an_open_word_stays_open_under_a_publicity_notice():
    plan = parse_plan_text(
        "某区城市管理问题整改落实情况公示\n"
        "现将整改落实情况公示如下：\n"
        "问题一：部分商铺出店经营。\n责任单位：区城管局\n整改时限：2024年6月30日前\n整改进展：已完成。\n"
        "问题二：部分窨井盖占用盲道。\n责任单位：区市政局\n整改时限：2024年7月31日前\n"
        "整改进展：正在推进，已整改窨井盖23处。\n"
    )
    assert [f.status for f in plan.findings] == ["completed", None]
