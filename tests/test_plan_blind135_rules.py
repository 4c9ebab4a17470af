"""Rules the reader learnt from blind set 135 (issue 14, docs/decisions.md “Blind set 135”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 135`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.plan_tables import map_column
from intake.words import is_completed_value

# --- a portal's table copied a cell a line, each cell closed by “ |” --------------------------------

_PORTAL_COPY = "\n".join(
    [
        "某市水源地环境问题清理整治进展情况公告",
        "索引号 | 123-GK-2019-1 | 发布日期 | 2019-04-26 |",
        "现将问题整治的进展情况予以公开，接受社会监督。",
        "附表1: 某市水源地自查环境问题整治进展情况 |",
        "||||||",
        *[f"{cell} |" for cell in ("问题序号", "所在地", "水源地名称", "问题具体情况", "整治进展情况")],
        "是否完成整治 |",
        "备 注 |",
        *[f"{cell} |" for cell in ("478", "甲县", "甲水源地", "一级保护区内有居民11户", "7户已搬迁。")],
        "否 |",
        "|",
        *[f"{cell} |" for cell in ("479", "乙县", "乙水源地", "一级保护区内在建旅游项目", "违建已拆除。")],
        "是 |",
    ]
)


def test_a_caption_and_filler_before_the_header_are_no_column():
    findings = parse_plan_text(_PORTAL_COPY).findings
    assert [f.number for f in findings] == [478, 479]
    assert [f.title for f in findings] == ["一级保护区内有居民11户", "一级保护区内在建旅游项目"]


def test_the_bare_bar_after_a_row_is_its_empty_remark():
    findings = parse_plan_text(_PORTAL_COPY).findings
    assert [f.status == "completed" for f in findings] == [False, True]
    assert not any(f.lead_units for f in findings)  # 所在地 says where, no unit


# --- a 统计表 whose share done is a per-cent column ------------------------------------------------


def test_a_per_cent_column_is_the_share_done():
    assert map_column("整治进度（%）").field == "result"
    assert map_column("完成率(%)").field == "result"
    assert map_column("整治进度").field != "result"  # no per cent: the work's account, not a verdict
    assert is_completed_value("100") and is_completed_value("100%")
    assert not is_completed_value("30") and not is_completed_value("1000")


def test_a_share_of_100_closes_the_row_when_the_state_cell_is_empty():
    text = (
        "| 序号 | 所在地 | 问题具体情况 | 整治进展情况 | 是否完成整治 | 整治进度（%） |\n"
        "| 1 | 某市 | 保护区内有排污企业。 | 已责令停产。 |  | 100 |\n"
        "| 2 | 某市 | 保护区内有道路穿越。 | 正在建设导流槽。 |  | 30 |\n"
    )
    findings = parse_plan_text(text).findings
    assert [f.status == "completed" for f in findings] == [True, False]


# --- a 黑臭水体 list: the bounds under the name, the state in the time-limit column ----------------

_BLACK_WATER = (
    "某市黑臭水体清单\n"
    "| 编号 | 水体名称（起始边界） | 所在区域 | 水质现状 | 责任人 | 达标期限 |\n"
    "| 1 | 甲河\n（上闸-下闸） | 甲区 | 完成整治，无黑臭 | 张三 | 已完成 |\n"
    "| 2 | 乙渠\n（铁路-乙河） | 乙区 | 正在截污 | 张三 | 2020年12月底 |\n"
)


def test_a_sites_bounds_in_brackets_below_its_name_are_part_of_the_title():
    findings = parse_plan_text(_BLACK_WATER).findings
    assert [f.title for f in findings] == ["甲河（上闸-下闸）", "乙渠（铁路-乙河）"]


def test_a_second_line_that_is_no_bracketed_phrase_is_still_cut():
    text = (
        "| 编号 | 水体名称 | 所在区域 | 达标期限 |\n"
        "| 1 | 甲河\n沿岸有生活污水直排 | 甲区 | 2020年12月底 |\n"
        "| 2 | 乙渠 | 乙区 | 2020年12月底 |\n"
    )
    assert parse_plan_text(text).findings[0].title == "甲河"


def test_a_time_limit_column_holding_the_state_says_done():
    result = parse_plan_text(_BLACK_WATER)
    first, second = result.findings
    assert first.status == "completed" and not first.deadlines
    assert second.status != "completed" and [d.date.isoformat() for d in second.deadlines] == ["2020-12-31"]
    assert not any("已完成”未能识别" in w for w in result.warnings)


def test_a_dated_limit_that_also_says_done_keeps_its_date():
    text = (
        "| 序号 | 存在问题 | 整改时限 |\n"
        "| 1 | 部分河道仍有垃圾。 | 2021年12月31日（已完成整改并上报销号） |\n"
        "| 2 | 部分沟渠淤塞。 | 2022年6月30日 |\n"
    )
    first = parse_plan_text(text).findings[0]
    assert first.status == "completed"
    assert [d.date.isoformat() for d in first.deadlines] == ["2021-12-31"]
