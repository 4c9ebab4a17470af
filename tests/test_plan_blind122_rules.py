"""Rules the reader learnt from blind set 122 (issue 14, docs/decisions.md “Blind set 122”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 122`)."""

from __future__ import annotations

import pytest

from intake.document_pdf import _join_wrapped_lines
from intake.plan_parser import PlanParseError, parse_plan_text


def test_check_notice_title_and_town_paragraphs_past_praise():
    # a 考核情况通报 that never says 整改; each town's paragraph opens on what was found clean
    text = "\n".join(
        [
            "关于全县城乡环卫一体化工作5月份考核情况通报",
            "一、存在问题",
            "东河镇：东河集镇干净整洁；主干道范围桥下河道内有零星垃圾；深埋桶安全措施未落实。",
            "西岭乡：西岭集镇干净整洁，后街公厕不洁、河道内有零星垃圾；主干道范围路边有零星垃圾。",
            "南山镇：南山村二组路边坎下有零星垃圾。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "主干道范围桥下河道内有零星垃圾",
        "后街公厕不洁、河道内有零星垃圾",
        "南山村二组路边坎下有零星垃圾",
    ]
    assert [f.lead_units for f in findings] == [["东河镇"], ["西岭乡"], ["南山镇"]]


def test_paragraph_all_praise_keeps_its_text():
    # a town found clean and nothing else: the clause stays the title (nothing after it to take)
    text = "\n".join(
        [
            "关于全县城乡环卫一体化工作6月份考核情况通报",
            "一、存在问题",
            "东河镇：东河集镇干净整洁；新塘村路边垃圾清运不及时。",
            "西岭乡：西岭集镇干净整洁。",
        ]
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert titles == ["新塘村路边垃圾清运不及时", "西岭集镇干净整洁"]


def test_found_problems_announced_and_owning_community_leads():
    text = "\n".join(
        [
            "城区环境卫生检查情况通报（第十二期）",
            "3月1日至5日，县指挥部办公室对城区背街小巷进行了检查，现将发现问题通报如下：",
            "1.城东社区所属解放路18号西侧垃圾散落。",
            "2.城西社区所属建设巷路边杂物堆积。",
            "3.城西社区北侧空地白色垃圾散落。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2, 3]
    # “X社区所属” says whose ground it is; a 社区 merely opening the item says where, no lead
    assert [f.lead_units for f in findings] == [["城东社区"], ["城西社区"], []]


def test_spot_headings_over_site_problems_label():
    text = "\n".join(
        [
            "4月2日，县指挥部办公室检查考核专班对城区环境卫生进行了检查，现将有关情况通报如下：",
            "一、人民路（二中周边）",
            "该处存在的问题：",
            "一是路边车辆乱停乱放（图一）；",
            "二是部分商店出店经营（图二）。",
            "二、文化路",
            "该路段存在的问题是：",
            "人行道上建筑垃圾未及时清理（图三）。",
            "三、东关村（砖厂东侧）",
            "该处存在的问题是：路口堆放大量生活垃圾，未清理（图四）。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "路边车辆乱停乱放（图一）",
        "人行道上建筑垃圾未及时清理（图三）",
        "路口堆放大量生活垃圾，未清理（图四）",
    ]
    assert all(not f.lead_units and not f.measures for f in findings)


def test_long_check_sentence_announcing_results_over_nested_points():
    text = "\n".join(
        [
            "文明创建督查通报（第五期）",
            "5月10日至12日对文明城市创建工作进行实地测评，考察点位20个，发现问题40条，现将具体情况通报如下：",
            "一、城关镇",
            "（一）、城市社区",
            "1、东门社区",
            "（1）有明显垃圾；",
            "（2）道路路面积水。",
            "2、西门社区",
            "（1）消防设施不合标准。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["有明显垃圾", "道路路面积水", "消防设施不合标准"]
    assert [f.lead_units for f in findings] == [["东门社区"], ["东门社区"], ["西门社区"]]


def test_title_naming_no_check_is_still_refused():
    # guard: a 通报 title that names no check (表彰, 会议) does not open the paragraphs reading
    text = "\n".join(
        [
            "关于表彰2023年度先进集体的通报",
            "一、先进集体",
            "东河镇：环境卫生工作成效明显。",
            "西岭乡：垃圾分类工作推进有力。",
        ]
    )
    with pytest.raises(PlanParseError):
        parse_plan_text(text)


def test_town_paragraphs_naming_only_litter_found():
    # no fault word (未, 不及时, 乱…): the litter found at the spots is the problem
    text = "\n".join(
        [
            "关于全县城乡环卫一体化工作3月份",
            "考核情况通报",
            "一、存在问题",
            "东河镇：新塘村二组一户屋后存在零星垃圾。",
            "西岭乡：集镇范围河道边存在零星垃圾；主干道范围干净整洁。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["新塘村二组一户屋后存在零星垃圾", "集镇范围河道边存在零星垃圾"]
    assert [f.lead_units for f in findings] == [["东河镇"], ["西岭乡"]]


def _full_line(text: str) -> tuple[str, object]:
    # a printed line that runs to the right margin (no room left for the next line's first word)
    box = {"head": False, "x0": 0, "x1": 100, "left": 0, "right": 100, "first": 5, "size": 5}
    return ("line", {"text": text, **box})


def test_printed_line_wrapped_inside_a_bracket_is_no_item():
    # “（图十⏎二、图十三）”: the page wrapped inside the photo references, “二、” is no heading
    lines = _join_wrapped_lines(
        [
            _full_line("路两边人行道上建筑垃圾未及时清理（图十"),
            _full_line("二、图十三）。"),
            _full_line("四、胡家井村"),
        ]
    )
    assert lines == ["路两边人行道上建筑垃圾未及时清理（图十二、图十三）。", "四、胡家井村"]
