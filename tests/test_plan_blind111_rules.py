"""Rules the reader learnt from blind set 111 (issue 14, docs/decisions.md “Blind set 111”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 111`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import header_columns
from intake.words import DONE_CLOSING


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a town's list with a 问题类别 column and no problem column -------------------------------

_KINDS = (
    "东岭镇集镇环境整治问题整改清单\n"
    "| 序号 | 问题类别 | 整治要求 | 责任单位 | 责任人 | 完成时限 | 整改情况 |\n"
    "| --- | --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 占道摆摊设点 | 规范摊点经营，保持道路畅通 | 镇城管中队 | 陈某 | 2022年6月30日前 |"
    " 已清理摊点9处，已完成 |\n"
    "| 2 | 背街小巷杂物堆放 | 清理杂物，保持整洁 | 各村（社区） | 刘某 | 长期坚持 | 已清理5处，正在推进 |\n"
)


def test_a_problem_kind_column_is_the_problem_when_the_table_has_none():
    findings = _findings(_KINDS)
    assert [f.title for f in findings] == ["占道摆摊设点", "背街小巷杂物堆放"]
    assert [f.lead_units for f in findings] == [["镇城管中队"], ["各村（社区）"]]
    # 整治要求 is the one-sentence target, no measure
    assert [len(f.measures) for f in findings] == [0, 0]


def test_a_problem_kind_column_beside_a_problem_column_stays_a_kind():
    columns = header_columns(["序号", "问题类别", "存在问题", "整改措施", "责任单位", "整改时限"])
    assert [c.field for c in columns][1:3] == [None, "problem"]


def test_a_count_then_a_bare_done_word_closes_the_progress():
    findings = _findings(_KINDS)
    assert [f.status == "completed" for f in findings] == [True, False]
    assert DONE_CLOSING.search("已拆除落地店招12处，已完成。")
    assert DONE_CLOSING.search("已处理3处；已全部完成整改")
    assert not DONE_CLOSING.search("已拆除2处，部分已完成")
    assert not DONE_CLOSING.search("已拆除2处，基本完成")
    assert not DONE_CLOSING.search("已拆除2处，已完成50%")


# --- a town's ledger naming its 站所 -----------------------------------------------------------

_LEDGER = (
    "西河镇问题整改台账\n"
    "| 序号 | 检查日期 | 存在问题 | 带队镇领导 | 责任站所 | 包村干部 | 整改时限 | 是否销号 |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 2021年4月2日 | 沟渠内有生活垃圾 | 王某 | 镇环保所 | 李某 | 2021年4月5日 | 是 |\n"
    "| 2 | 2021年4月3日 | 工地出入口未冲洗车辆 | 王某 | 镇城建办 | 赵某 | 2021年4月10日 | 否 |\n"
)


def test_the_responsible_station_column_names_the_lead_unit():
    findings = _findings(_LEDGER)
    assert [f.lead_units for f in findings] == [["镇环保所"], ["镇城建办"]]
    assert [[d.date.isoformat() for d in f.deadlines] for f in findings] == [["2021-04-05"], ["2021-04-10"]]
    assert [f.status == "completed" for f in findings] == [True, False]
