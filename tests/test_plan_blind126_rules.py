"""Rules the reader learnt from blind set 126 (issue 14, docs/decisions.md “Blind set 126”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 126`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import parse_plan_text
from intake.plan_tables import header_columns, map_column
from intake.words import LISTED_WORK_DONE, SITE_NAME_COLUMN, is_completed_value


def _fields(header: list[str]) -> list[str | None] | None:
    columns = header_columns(header)
    return None if columns is None else [c.field for c in columns]


# --- a county's 公示 of its black water bodies: 序号 | 乡镇 | 位置名称 | 现状情况 | 河段长 ----------------

_COUNTY_NOTICE = (
    "现将我县农村黑臭水体有关情况予以公示，接受公众监督。\n"
    "| 序号 | 乡镇 | 位置名称 | 现状情况 | 河段长 |\n"
    "| 1 | 东湖镇 | 东湖村内河 | 未消除 | 王某 |\n"
    "| 2 | 西岭乡 | 西岭水库下游沟渠 | 已消除 | 李某 |\n"
)


def test_a_site_column_is_what_each_row_is_about_when_the_table_names_no_problem():
    assert _fields(["序号", "乡镇", "位置名称", "现状情况", "河段长"]) == [
        "number",
        "lead",
        "problem",
        "result",
        None,
    ]
    findings = parse_plan_text(_COUNTY_NOTICE).findings
    assert [f.title for f in findings] == ["东湖村内河", "西岭水库下游沟渠"]
    assert [f.lead_units for f in findings] == [["东湖镇"], ["西岭乡"]]
    assert [f.status == "completed" for f in findings] == [False, True]


def test_a_site_column_beside_a_problem_column_stays_where_it_is():
    # 黑臭水体名称 beside 主要问题 (a city's list): the problem column holds the title
    fields = _fields(["序号", "黑臭水体名称", "主要问题", "整治措施", "责任单位", "完成期限"])
    assert fields is not None and fields[1] is None and fields[2] == "problem"
    assert SITE_NAME_COLUMN.match("水体名称") and SITE_NAME_COLUMN.match("位置名称")
    assert not SITE_NAME_COLUMN.match("项目名称") and not SITE_NAME_COLUMN.match("所在位置")


def test_black_water_gone_is_done_and_not_gone_is_open():
    assert is_completed_value("已消除")
    assert not is_completed_value("未消除")


# --- a city's 公示 of treated bodies: a town column worded 乡镇或街道, a 完成治理时间, a code column ---

_CITY_NOTICE = (
    "我市已完成其中2条农村黑臭水体的治理工作，现将有关情况予以公示，接受公众监督。\n"
    "| 序号 | 县、区 | 乡镇或街道 | 行政村 | 水体名称 | 主要污染问题编码 | 完成治理时间 |\n"
    "| 1 | 甲区 | 东关镇 | 上坪村 | 上坪村北沟;村委会西10m | a | 2025年5月底 |\n"
    "| 2 | 甲区 | 南街街道 | 河湾村 | 河湾村大塘 | a、b | 2025年4月底 |\n"
)


def test_a_town_column_in_other_words_leads_and_the_treatment_date_is_the_limit():
    assert map_column("完成治理时间").field == "deadline"
    assert map_column("主要污染问题编码").field is None
    findings = parse_plan_text(_CITY_NOTICE).findings
    assert [f.lead_units for f in findings] == [["东关镇"], ["南街街道"]]
    assert [[d.date for d in f.deadlines] for f in findings] == [[date(2025, 5, 31)], [date(2025, 4, 30)]]


def test_a_site_name_is_the_title_whole_not_cut_at_its_semicolon():
    assert parse_plan_text(_CITY_NOTICE).findings[0].title == "上坪村北沟;村委会西10m"


def test_a_notice_saying_the_listed_work_is_done_closes_rows_with_no_progress():
    assert all(f.status == "completed" for f in parse_plan_text(_CITY_NOTICE).findings)
    # the same list under a notice that only posts it stays open
    posted = _CITY_NOTICE.replace("我市已完成其中2条农村黑臭水体的治理工作，现将", "现将")
    assert not any(f.status == "completed" for f in parse_plan_text(posted).findings)
    assert LISTED_WORK_DONE.search("已完成其中5条农村黑臭水体的治理工作，现将有关情况予以公示")
    assert LISTED_WORK_DONE.search("各地正在推进治理工作，现将进展情况予以公示") is None
