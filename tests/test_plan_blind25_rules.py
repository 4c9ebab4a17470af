"""Rules the reader learnt from blind set 25 (issue 14, docs/decisions.md “Blind set 25”), each
on a short report written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 25`)."""

from __future__ import annotations

from datetime import date

from intake.document_html import read_html
from intake.plan_parser import parse_plan_text
from intake.words import is_completed_value


def _kinds(finding) -> list:
    return [d.date or d.kind for d in finding.deadlines]


# A page whose items open “第N项” in bold, a full-width space, then the problem; labels in 【】.
_ITEM_PAGE = """<html><head><meta charset="utf-8"><title>某县整改落实情况</title></head><body>
<div class="path">首页 &gt; 专题专栏 &gt; 督察整改</div>
<h2>某县督察反馈意见整改落实情况（第二期）</h2>
<div class="src">来源：县整改办　发布时间：2020-05-06</div>
<p><strong>第1项</strong>　城区河道沿岸存在生活污水直排口。</p>
<p>【责任单位】县住建局、城关镇人民政府</p>
<p>【整改时限】2020年9月底前</p>
<p>【整改进展】已封堵直排口8个，截污管网正在施工。</p>
<p><strong>第2项</strong>　工业园区固体废物临时堆场未防渗。</p>
<p>【责任单位】县工业园区管委会</p>
<p>【整改时限】立行立改</p>
<p>【整改进展】堆场已完成防渗改造，已完成整改。</p>
</body></html>"""


def test_a_full_width_space_between_chinese_words_on_a_page_is_kept() -> None:
    text = read_html(_ITEM_PAGE.encode("utf-8"), "page.html")
    assert "来源：县整改办\u3000发布时间：2020-05-06" in text
    assert "第1项\u3000城区河道沿岸存在生活污水直排口。" in text


def test_an_item_named_by_its_ordinal_then_a_space_opens_a_finding() -> None:
    first, second = parse_plan_text(read_html(_ITEM_PAGE.encode("utf-8"), "page.html")).findings
    assert (first.number, first.title) == (1, "城区河道沿岸存在生活污水直排口")
    assert first.lead_units == ["县住建局", "城关镇人民政府"]
    assert _kinds(first) == [date(2020, 9, 30)]
    assert first.status != "completed"
    assert (second.number, second.title) == (2, "工业园区固体废物临时堆场未防渗")
    assert _kinds(second) == ["immediate"]
    assert second.status == "completed"


def test_an_ordinal_before_a_space_and_no_words_is_no_item() -> None:
    # “第3项 2020年…” is not an item named by its ordinal: the space must lead to words
    plan = parse_plan_text(
        "某县整改进展\n问题1：河道垃圾清理不及时。\n责任单位：县水利局\n整改时限：2020年6月底前\n"
        "整改进展：第3项 2020年已清理完毕。\n"
    )
    assert [finding.number for finding in plan.findings] == [1]


# One paragraph per problem, its labels joined by semicolons after the numbered problem.
_SEMICOLON_PARAGRAPHS = (
    "某县自然保护区问题整改进展情况\n"
    "现将问题清单整改进展情况通报如下：\n"
    "问题1：核心区内养殖网箱未清理；责任单位：甲镇人民政府、县农业农村局；完成时限：2019年8月31日；"
    "进展情况：网箱已全部清理；完成状态：已完成。\n"
    "问题2：实验区内采砂点未取缔；责任单位：县水利局；完成时限：2019年12月31日；"
    "进展情况：正在拆除采砂设备；完成状态：正在推进。\n"
)


def test_labels_after_semicolons_in_a_numbered_problems_paragraph_are_its_fields() -> None:
    first, second = parse_plan_text(_SEMICOLON_PARAGRAPHS).findings
    assert (first.number, first.title) == (1, "核心区内养殖网箱未清理")
    assert first.lead_units == ["甲镇人民政府", "县农业农村局"]
    assert _kinds(first) == [date(2019, 8, 31)]
    assert first.status == "completed"
    assert second.lead_units == ["县水利局"]
    assert _kinds(second) == [date(2019, 12, 31)]
    assert second.status != "completed"


def test_a_status_of_done_and_accepted_is_done() -> None:
    assert is_completed_value("完成整改并通过验收")
    assert is_completed_value("已完成并通过市级验收")
    assert is_completed_value("已完成整改并销号")
    assert not is_completed_value("需长期持续整改")
    assert not is_completed_value("正在整改，尚未通过验收")
