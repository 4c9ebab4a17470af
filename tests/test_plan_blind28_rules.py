"""Rules the reader learnt from the twenty-eighth blind set of real layouts (issue 14,
docs/decisions.md “Blind set 28”: closure and completion notices of one finding or a handful),
each on a short document of its own (the set's figure: tests/test_real_layouts.py)."""

from __future__ import annotations

import datetime as dt

from intake.plan_parser import parse_plan_text


def _table(separator: str) -> str:
    rows = [
        ["序号", "问题", "整改措施", "责任单位", "整改时限", "销号情况"],
        ["1", "某河采砂区砂坑未平整", "平整修复河道", "县水利局", "2022年12月31日", "已销号"],
        ["2", "临时堆砂场未清场", "1.清运砂石；2.场地复绿", "县城投公司", "立行立改", "已销号"],
    ]
    return (
        "某县河道采砂问题整改销号公示\n"
        + "\n".join(separator.join(row) for row in rows)
        + "\n公示期为2023年2月15日至2月21日，如有异议请致电0376-0000000。\n某县水利局\n2023年2月15日\n"
    )


def test_the_notice_footer_under_a_copied_table_is_no_wrapped_cell_of_its_last_row():
    # the line after the last row is the 销号公示's footer, not the rest of the row's problem text
    for separator in ("\t", "    "):
        first, last = parse_plan_text(_table(separator)).findings
        assert first.title == "某河采砂区砂坑未平整"
        assert [d.date for d in first.deadlines] == [dt.date(2022, 12, 31)]
        assert last.title == "临时堆砂场未清场"
        assert [d.kind for d in last.deadlines] == ["immediate"]
        assert last.lead_units == ["县城投公司"]
        assert last.status == "completed"


def test_a_wrapped_cell_after_a_row_still_continues_it():
    # the rule is about the footer only: a short line that is not one still continues the long cell
    text = _table("    ").replace("临时堆砂场未清场", "临时堆砂场未清场，", 1)
    text = text.replace("已销号\n公示期", "已销号\n    砂石随意堆放\n公示期", 1)
    findings = parse_plan_text(text).findings
    assert findings[-1].title == "临时堆砂场未清场，砂石随意堆放"
