"""Rules the reader learnt from blind set 97 (issue 14, docs/decisions.md “Blind set 97”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 97`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def _dates(finding) -> list[str]:
    return [d.date.isoformat() if d.date else d.kind for d in finding.deadlines]


_BY_YEAR = (
    "| 序号 | 整改任务 | 整改目标 | 2021年 | 2022年 | 2023年及以后 | 牵头单位 | 完成时限 |\n"
    "| 1 | 甲湾尾水直排。 | 达标排放。 | 排查排口。 | 建成设施。 |  | 市农业农村局 | 2022年12月底前 |\n"
    "| 2 | 园区管网混接。 | 雨污分流。 | 排查。 | 修复。 | 建立运维机制。 | 市住建局 | 长期坚持 |\n"
)


def test_bare_year_columns_in_a_one_row_header_are_the_steps_of_each_task():
    # 2021年 | 2022年 | 2023年及以后 with no measures column: each filled year cell is a step
    first, second = _findings(_BY_YEAR)
    assert (first.title, len(first.measures), _dates(first)) == ("甲湾尾水直排", 2, ["2022-12-31"])
    assert (len(second.measures), _dates(second)) == (3, ["long_term"])
    assert first.lead_units == ["市农业农村局"]


def test_with_no_time_limit_column_the_last_filled_year_is_due_and_an_open_ended_one_goes_on():
    text = "\n".join(line.rsplit(" |", 2)[0] + " |" for line in _BY_YEAR.strip().split("\n")) + "\n"
    first, second = _findings(text)
    assert _dates(first) == ["2022-12-31"]
    assert _dates(second) == ["long_term"]  # 2023年及以后: no end


def test_bare_year_columns_beside_a_measures_column_stay_unread():
    # the rule is for a table whose steps are only in the year columns
    text = (
        "| 序号 | 存在问题 | 整改措施 | 2021年 | 2022年 | 责任单位 | 完成时限 |\n"
        "| 1 | 甲河不达标。 | 1.排查排口；2.截污纳管。 | 完成排查 | 完成截污 | 县水务局 | 2022年底前 |\n"
    )
    (finding,) = _findings(text)
    assert (len(finding.measures), _dates(finding)) == (2, ["2022-12-31"])


_BY_QUARTER = (
    "| 序号 | 存在问题 | 整改措施 | 责任单位 | 时间节点 |  |  | 完成情况 |\n"
    # Word repeats a label merged down over both header rows
    "| 序号 | 存在问题 | 整改措施 | 责任单位 | 2019年三季度 | 2019年四季度 | 2020年 | 完成情况 |\n"
    "| 1 | 甲河方案照搬。 | 1.重编方案；2.明确河段目标。 | 区水务局 | 完成修订 | 印发实施 |  | 100% |\n"
    "| 2 | 乙河污水直排。 | 1.截流排口；2.建截污管线。 | 区住建局 | 完成截流 | 管线开工 | 管线投用 | 60% |\n"
)


def test_quarter_columns_under_a_time_label_give_the_last_filled_ones_end():
    # 时间节点 over 2019年三季度 | 2019年四季度 | 2020年: milestones, not measures; the last one is due
    first, second = _findings(_BY_QUARTER)
    assert (len(first.measures), _dates(first), first.status) == (2, ["2019-12-31"], "completed")
    assert (len(second.measures), _dates(second)) == (2, ["2020-12-31"])
    assert second.status != "completed"


def test_a_half_year_column_is_a_period_too():
    text = _BY_QUARTER.replace("2019年三季度", "2019年上半年").replace(
        "| 完成修订 | 印发实施 |", "| 完成修订 |  |"
    )
    first, _ = _findings(text)
    assert _dates(first) == ["2019-06-30"]


_REMARKS = (
    "| 序号 | 反馈问题 | 整改措施 | 责任单位 | 整改时限 | 备注 |\n"
    "| 1 | 甲问题。 | 排查贮存场所。 | 市生态环境局 | 2020年6月底前 | 已完成 |\n"
    "| 1 | 甲问题。 | 督促防渗改造。 | 市工信局 | 2020年9月底前 | 已完成，长期坚持 |\n"
    "| 2 | 乙问题。 | 建设暂存点。 | 市卫健局 | 2020年12月底前 | 序时推进 |\n"
    "| 2 | 乙问题。 | 规范转运台账。 | 市卫健局 | 2020年7月底前 | 已完成 |\n"
)


def test_a_remark_column_holding_the_status_says_done_when_every_row_is():
    # the problem merged down over its measure rows: done only when each row's 备注 says so
    first, second = _findings(_REMARKS)
    assert (len(first.measures), first.status, first.sources["status"]) == (2, "completed", "备注")
    assert (len(second.measures), second.status == "completed") == (2, False)


def test_a_remark_that_is_no_status_changes_nothing():
    text = _REMARKS.replace("| 已完成 |\n", "| 基本完成 |\n").replace("已完成，长期坚持", "现场已清理")
    first, _ = _findings(text)
    assert first.status != "completed"


def test_a_spanning_responsibility_label_run_into_a_people_column_names_the_people():
    # 责任主体 over 责任领导 | 责任单位 | 责任人, printed without rules: “责任主体责任领导” holds posts
    text = (
        "| 序号 | 存在问题 | 整改措施 | 责任主体责任领导 | 责任单位 | 责任人 | 完成时限 |\n"
        "| 1 | 煤场未封闭。 | 1.封闭。 | 副县长 | 县能源局、甲镇人民政府 | 局长 | 2021年12月31日 |\n"
    )
    (finding,) = _findings(text)
    assert finding.lead_units == ["县能源局", "甲镇人民政府"]


def test_unit_lines_of_one_level_run_together_are_cut_after_each_bureau():
    # a cell's unit lines printed without rules, joined as one wrapped line
    from intake.plan_parser import split_units

    assert split_units("市住房城乡建设局市农业农村局市生态环境局") == [
        "市住房城乡建设局",
        "市农业农村局",
        "市生态环境局",
    ]
    assert split_units("市卫生健康局市卫生健康局、市生态环境局") == ["市卫生健康局", "市生态环境局"]
    # one body's name, or bodies named together, stay whole
    assert split_units("市生态环境局东洲分局") == ["市生态环境局东洲分局"]
    assert split_units("市市场监督管理局") == ["市市场监督管理局"]
    assert split_units("县委县政府") == ["县委县政府"]
