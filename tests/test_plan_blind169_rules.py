"""Rules the reader learnt from blind set 169 (issue 14, docs/decisions.md “Blind set 169”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 169`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _quoted_notice(problem: str, measures: str, opening: str | None = None) -> str:
    return "\n".join(
        [
            opening or "根据上级整改销号工作要求，现将人大执法检查第5、6号问题整改情况予以公示。",
            "一、整改问题",
            problem,
            "二、整改目标",
            "完成乡镇水源保护区划定。",
            "三、整改措施",
            measures,
        ]
    )


STEPS = (
    "我县已于2020年3月成立划定工作组。2020年4月，工作组会同县水利局开展现场调查；"
    "2020年5月，编制划分报告。2020年8月，组织专家评审划分报告。"
)


def test_quoted_problems_of_one_notice_are_findings_numbered_as_its_opening_lists_them():
    # “我区存在“A”以及“B”的问题。” under a notice of “第3、4号问题”
    text = _quoted_notice("我县存在“乡镇水源保护区划定比例偏低”以及“部分水源地周边管理不规范”的问题。", STEPS)
    findings = parse_plan_text(text).findings
    assert [(f.number, f.title) for f in findings] == [
        (5, "乡镇水源保护区划定比例偏低"),
        (6, "部分水源地周边管理不规范"),
    ]
    # the notice posts each of the problems it names: both done, both with the notice's measures
    assert [f.status for f in findings] == ["completed", "completed"]
    assert [len(f.measures) for f in findings] == [3, 3]


def test_quoted_problems_without_listed_numbers_count_in_turn():
    text = _quoted_notice(
        "我县存在“乡镇水源保护区划定比例偏低”和“部分水源地周边管理不规范”问题。",
        STEPS,
        opening="根据上级整改销号工作要求，现将人大执法检查反馈问题整改情况予以公示。",
    )
    assert [f.number for f in parse_plan_text(text).findings] == [1, 2]


def test_one_quoted_problem_stays_one_finding():
    text = _quoted_notice("我县存在“乡镇水源保护区划定比例偏低”的问题。", STEPS)
    assert len(parse_plan_text(text).findings) == 1


def test_a_measures_paragraph_of_sentences_without_dates_stays_one_measure():
    # only a chronicle of dated steps is a measure a sentence
    text = _quoted_notice(
        "我县存在“乡镇水源保护区划定比例偏低”的问题。",
        "成立划定工作组，明确职责分工。组织水利部门开展现场调查，编制划分报告。",
    )
    assert len(parse_plan_text(text).findings[0].measures) == 1


def test_counted_points_after_a_colon_are_findings_led_by_the_report_title_office():
    # a site's outline first, the masked title line over the opening, “问题两个：一是A；二是B等问题。”
    text = "\n".join(
        [
            "目录/提纲：……",
            "一、整改情况",
            "（一）制定整改方案",
            "二、下一步打算",
            "……",
            "**县水利局关于人大常委会水污染防治法执法检查反馈意见整改情况的汇报",
            "根据执法检查反馈意见要求，涉及我局**水库需要整改的问题两个：一是完善水库隔离防护；"
            "二是加强水源地封闭管理，严厉打击库区非法垂钓等问题。上述问题要求6月底前完成整改。我局高度重视，",
            "（二）强化水库封闭管理。目前，封闭工程已完工。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["完善水库隔离防护", "加强水源地封闭管理，严厉打击库区非法垂钓"]
    assert [f.lead_units for f in findings] == [["县水利局"], ["县水利局"]]
    assert [f.deadlines for f in findings] == [[], []]
    assert [f.status for f in findings] == [None, None]


def test_counted_points_of_another_body_name_no_lead():
    # “涉及我区…”: the district's problems, no office named to lead them
    text = "\n".join(
        [
            "**县人民政府关于执法检查反馈意见整改情况的汇报",
            "根据执法检查反馈意见要求，涉及我区需要整改的问题两个：一是完善水库隔离防护；二是加强水源地封闭管理。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert all(not f.lead_units for f in findings)
