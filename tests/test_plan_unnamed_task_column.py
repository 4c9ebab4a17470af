"""A task table whose task column has a name nobody foresaw (事由, 巡查记录, 点位描述 …) is read,
not refused: beside a unit column and a time-limit column, the first column of no known kind is
the task, its titles flagged for checking, and the column-mapping step is still offered
(issue 14: “a rejection is the worst outcome”; blind set 46 refused two such tables)."""

from __future__ import annotations

import pytest

from intake.plan_parser import PlanParseError, parse_plan_text
from intake.plan_tables import UNNAMED_TASK_CONFIDENCE, suggested_fields, unmapped_header


def _table(header: str) -> str:
    return (
        f"{header}\n"
        "1\t市场\t城东一处工地夜间施工噪声扰民。\t县住建局\t2025年6月30日前\n"
        "2\t河道\t河道两岸堆放建筑垃圾。\t县水利局\t2025年8月31日前\n"
        "3\t市场\t农贸市场污水直排雨水管网。\t县市场监管局\t2025年9月30日前\n"
    )


@pytest.mark.parametrize("name", ["事由", "巡查记录", "点位描述", "名称"])
def test_the_task_column_is_the_first_of_no_known_kind_beside_a_unit_and_a_limit(name):
    findings = parse_plan_text(_table(f"序号\t所属区域\t{name}\t牵头单位\t完成时限")).findings
    assert [f.title for f in findings] == [
        "城东一处工地夜间施工噪声扰民",
        "河道两岸堆放建筑垃圾",
        "农贸市场污水直排雨水管网",
    ]
    assert findings[1].lead_units == ["县水利局"]
    assert findings[0].sources["title"] == name  # not 所属区域: a place is no task
    assert findings[0].confidence["title"] == UNNAMED_TASK_CONFIDENCE < 0.7  # highlighted


def test_a_kind_or_a_number_column_is_not_taken_for_the_task():
    findings = parse_plan_text(_table("序号\t问题类型\t事由\t责任单位\t整改时限")).findings
    assert findings[0].sources["title"] == "事由"


def test_without_a_unit_and_a_limit_column_the_table_is_not_guessed():
    text = "类别\t件数\t占比\t备注\nA类\t33\t63.4%\t\nB类\t14\t27.0%\t\nC类\t5\t9.6%\t\n"
    with pytest.raises(PlanParseError):
        parse_plan_text(text)


def test_the_mapping_step_is_offered_with_the_guessed_column_suggested():
    text = _table("序号\t所属区域\t事由\t牵头单位\t完成时限")
    header = unmapped_header(text)
    assert header == ["序号", "所属区域", "事由", "牵头单位", "完成时限"]
    assert suggested_fields(header)["事由"] == "problem"
    assert suggested_fields(header)["所属区域"] is None


def test_a_lead_and_a_cooperating_unit_column_are_enough_without_a_limit():
    text = (
        "序号\t事项\t主办单位\t协办单位\n"
        "1\t城区污水管网建设滞后。\t县住建局\t县财政局\n"
        "2\t农村人居环境整治不到位。\t县农业农村局\t各乡镇\n"
    )
    findings = parse_plan_text(text).findings
    assert [(f.title, f.lead_units, f.cooperating_units) for f in findings] == [
        ("城区污水管网建设滞后", ["县住建局"], ["县财政局"]),
        ("农村人居环境整治不到位", ["县农业农村局"], ["各乡镇"]),
    ]


def test_a_row_of_running_text_is_no_header_even_with_unit_names_in_it():
    # an unruled PDF can print the header's names into the row below them: still a row
    from intake.plan_tables import header_columns

    long = "城东一处工地夜间施工噪声扰民，群众多次投诉至今未解决"
    row = ["1序号", long, "省生态环境厅牵头单位", "省水利厅配合单位"]
    assert header_columns(row) is None
