"""Rules the reader learnt from blind set 80 (issue 14, docs/decisions.md “Blind set 80”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 80`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column


def _findings(text: str):
    return parse_plan_text(text).findings


def _dates(finding) -> list[str]:
    return [d.date.isoformat() if d.date else d.kind for d in finding.deadlines]


def test_a_bare_class_column_gives_the_rows_section():
    text = (
        "| 类别 | 序号 | 问题 | 整改措施 | 责任单位 | 完成时限 |\n"
        "| 中央督察反馈问题 | 1 | 集镇污水处理厂未建成。 | 加快建设。 | 县住建局 | 2018年12月31日前 |\n"
        "| 中央督察反馈问题 | 2 | 管网配套滞后。 | 完善管网。 | 县住建局 | 2018年12月31日前 |\n"
        "| 交办信访件 | 3 | 养猪场粪污直排。 | 责令停止直排。 | 甲镇人民政府 | 立行立改 |\n"
    )
    first, second, third = _findings(text)
    assert [f.section for f in (first, second, third)] == ["中央督察反馈问题"] * 2 + ["交办信访件"]
    # a class of the work, not of the problem's group: 整改类别 (报废退出 / 整改保留) groups nothing
    assert map_column("整改类别").field is None


def test_a_measures_column_that_names_the_time_limit_gives_each_measures_date():
    assert map_column("整改措施及完成时限").field == "measures"
    text = (
        "| 序号 | 问题 | 整改措施及完成时限 | 责任单位 |\n"
        "| 1 | 生活污水直排。 | 1.完成截污管网建设（2017年3月31日前）；<br>"
        "2.污水处理厂提标改造（2017年6月30日前）。 | 甲区人民政府 |\n"
        "| 2 | 油烟扰民。 | 1.安装油烟净化设施（2017年4月30日前）；<br>2.建立清洗台账（长期坚持）。 "
        "| 甲区人民政府 |\n"
    ).replace("<br>", "\n")
    first, second = _findings(text)
    assert (len(first.measures), _dates(first)) == (2, ["2017-03-31", "2017-06-30"])
    assert (len(second.measures), _dates(second)) == (2, ["2017-04-30", "long_term"])


def test_measures_alone_still_give_their_latest_date():
    # no time limit named by the column: the latest due date stated in the measures (as before)
    text = (
        "| 序号 | 问题 | 整改措施 | 责任单位 |\n"
        "| 1 | 生活污水直排。 | 1.2017年3月31日前完成截污管网；<br>2.2017年6月30日前提标改造。 "
        "| 甲区人民政府 |\n"
    ).replace("<br>", "\n")
    (finding,) = _findings(text)
    assert _dates(finding) == ["2017-06-30"]


def test_a_table_continued_under_xu_biao_is_one_table():
    header = "| 序号 | 反馈问题 | 整改措施 | 责任单位 | 完成时限 |\n"
    text = (
        header
        + "| 1 | 电站生态流量泄放不足。 | （1）核定生态流量 | 县水利局 | 2019年10月31日前 |\n"
        + "| 2 | 监控装置未安装。 | （1）安装在线监控 | 县水利局 | 2019年12月31日前 |\n"
        + "续表\n"
        + header
        + "| 2 | 监控装置未安装。 | （2）纳入河长巡河内容 | 县河长办 | 长期坚持 |\n"
        + "| 3 | 保护区边界不清。 | （1）核对边界 | 保护区管理站 | 2019年11月30日前 |\n"
    )
    findings = _findings(text)
    assert [(f.part, f.number) for f in findings] == [(1, 1), (1, 2), (1, 3)]
    assert findings[1].lead_units == ["县水利局", "县河长办"]
    assert len(findings[1].measures) == 2 and _dates(findings[1]) == ["2019-12-31", "long_term"]
