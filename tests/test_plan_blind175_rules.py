"""Rules the reader learnt from blind set 175 (issue 14, docs/decisions.md “Blind set 175”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 175`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

# a town page posting the closure of a problem a list named, in one paragraph
_LISTED = (
    "依据某省人大突出环境问题清单：“工业园区污水管网不完善”的问题。经核查，园区已新建污水管网5公里，"
    "企业废水全部接管。现将整改情况予以公示，公示期7天。"
)


def test_a_problem_quoted_after_its_list_is_the_title():
    # “依据…清单：“X”的问题。”: the sentence names the list, then the problem; the title is X
    finding = parse_plan_text(_LISTED).findings[0]
    assert finding.title == "工业园区污水管网不完善"
    assert finding.status == "completed"


def test_the_share_line_under_a_page_is_no_finding():
    # “扫一扫在手机打开当前页” and a lone bar ending the copied page are the portal's, not the notice's
    plan = parse_plan_text(_LISTED + "\n扫一扫在手机打开当前页\n|")
    assert [f.title for f in plan.findings] == ["工业园区污水管网不完善"]


def test_a_listed_problem_told_on_past_its_quote_keeps_its_sentence():
    # (guard) the sentence goes on after the quoted problem (what is still wrong): it stays whole
    text = (
        "根据督查问题清单，“河道两侧垃圾堆放”的问题至今仍未整改到位，群众反映强烈。\n整改措施：\n1.清理垃圾。"
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "根据督查问题清单，“河道两侧垃圾堆放”的问题至今仍未整改到位，群众反映强烈"


def _closure(opening: str) -> str:
    # a county-level city's notice of one plant's problem of a central inspection, labels on their lines
    return "\n".join(
        [
            opening,
            "一、反馈问题",
            "某市某化工公司在重污染天气应急响应期间未落实减排措施。",
            "二、整改目标",
            "完善应急减排清单，确保响应期间措施落实到位。",
            "三、整改措施",
            "1.2024年12月底前，对该公司的行为开展调查，依法处理。",
            "2.完善企业应急减排清单。",
        ]
    )


def test_rectification_accepted_by_the_checker_is_done():
    # “…的整改工作已通过省生态环境厅验收”: accepted, so done
    opening = (
        "我市认领了省序号24号问题，目前关于某化工公司未落实应急响应要求的整改工作已通过省生态环境厅验收。"
        "现将该问题整改情况向社会公示。"
    )
    finding = parse_plan_text(_closure(opening)).findings[0]
    assert finding.status == "completed"


def test_rectification_not_yet_accepted_stays_open():
    # (guard) “尚未通过验收”, work still to be accepted: open
    opening = "我市认领了省序号24号问题，目前该问题整改工作尚未通过省生态环境厅验收，正在推进。"
    finding = parse_plan_text(_closure(opening)).findings[0]
    assert finding.status != "completed"
