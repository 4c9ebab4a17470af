"""Low-confidence fields are coloured in the import preview (issue 14).

The editable table cannot colour its cells, so the page shows a read-only view of the findings
with an uncertain field in which exactly those values are yellow. Checked on the pure function
(the cells the Styler colours) and on the page (the view is there, with the right rows).
"""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from tests.test_plan_import import open_page
from ui.plan_editor import LOW_CONFIDENCE_STYLE, check_view, low_confidence_cells

# Columns named only approximately (问题描述及要求, 主要责任单位, 完成时限说明): their values are
# uncertain in every row; the 整改措施 column is named exactly. A second text with exact column
# names is certain.
TEXT = (
    "序号|问题描述及要求|整改措施|主要责任单位|完成时限说明\n"
    "1|河道两岸垃圾堆放|清理垃圾|县城管局|待定\n"
    "2|乡镇污水处理设施未运行|落实运维资金|县住建局|2025年12月底前\n"
)
CERTAIN = "序号|反馈问题|整改措施|牵头单位|整改时限\n1|河道垃圾|清理|县城管局|2025年6月底前\n"


def coloured(styler) -> set[tuple[int, str]]:
    """(row position, column) of every cell the Styler paints with the low-confidence style."""
    styler._compute()
    frame = styler.data
    wanted = {tuple(part.split(": ")) for part in LOW_CONFIDENCE_STYLE.split("; ")}
    return {
        (int(frame.index[row]), frame.columns[column])
        for (row, column), styles in styler.ctx.items()
        if wanted <= set(styles)
    }


def test_only_the_uncertain_values_are_yellow():
    findings = parse_plan_text(TEXT).findings
    assert low_confidence_cells(findings) == {
        0: ["标题", "整改时限", "牵头单位"],
        1: ["标题", "整改时限", "牵头单位"],
    }
    styler = check_view(findings)
    assert list(styler.data["标题"]) == ["河道两岸垃圾堆放", "乡镇污水处理设施未运行"]
    assert coloured(styler) == {
        (row, column) for row in (0, 1) for column in ("标题", "整改时限", "牵头单位")
    }


def test_a_certain_document_has_an_empty_check_view():
    findings = parse_plan_text(CERTAIN).findings
    assert low_confidence_cells(findings) == {}
    assert check_view(findings).data.empty


def test_the_page_shows_the_coloured_view_of_the_rows_to_check(app_env):
    at = open_page()
    at.radio(key="plan_source").set_value("粘贴文本").run()
    at.text_area(key="plan_text").input(TEXT).run()
    assert not at.exception, [e.value for e in at.exception]
    labels = [expander.label for expander in at.expander]
    assert "待核对字段（2个问题，黄色为需核对的值，在上表中修改）" in labels
    view = at.dataframe[1].value  # after the findings table (an editor is a dataframe here)
    assert view["牵头单位"].tolist() == ["县城管局", "县住建局"] and view["整改时限"].tolist()[0] == "待定"
