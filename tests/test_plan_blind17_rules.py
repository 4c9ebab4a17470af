"""Rules the reader learnt from blind set 17 (issue 14, docs/decisions.md “Blind set 17”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 17`)."""

from __future__ import annotations

import pytest

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text
from intake.words import classify_label
from tests.plan_layouts import soffice
from tests.printed_pdf import printed_unruled
from tests.real_layouts import _two_column_form

APPROVAL_FORM = """某县督察整改任务销号审批表
| 任务编号 | 7 |
| 反馈问题 | 县城污水处理厂超负荷运行，部分污水溢流。 |
| 责任单位 | 县住建局 |
| 整改时限 | 2019年6月30日前 |
| 整改完成情况 | 二期工程已投运，已完成整改。 |
| 领导小组办公室审核意见 | 同意销号。 |
"""


def test_a_forms_task_number_row_is_the_findings_number():
    (finding,) = parse_plan_text(APPROVAL_FORM).findings
    assert (finding.number, finding.title) == (7, "县城污水处理厂超负荷运行，部分污水溢流")
    assert finding.lead_units == ["县住建局"]
    assert finding.status == "completed"


def test_an_items_number_label_is_classed_as_the_number_but_a_petitions_reference_is_not():
    assert classify_label("任务序号") == "number"
    assert classify_label("整改任务编号") == "number"
    assert classify_label("问题清单编号") == "number"
    assert classify_label("受理编号") is None
    assert classify_label("反馈问题") == "problem"


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_a_form_printed_without_borders_under_a_line_of_two_fields_is_still_a_form():
    # “填报单位：…        填报日期：…” above the form is a line of two runs whose second does not
    # start at the values' column: it is no row of the form, and does not hide the form
    form = _two_column_form(
        [
            "某县督察整改任务销号审批表",
            "填报单位（盖章）：某县住房和城乡建设局          填报日期：2019年7月2日",
        ],
        [
            ("任务编号", "7"),
            ("反馈问题", "县城污水处理厂超负荷运行，部分污水溢流。"),
            ("整改措施", "1.新建二期工程。\n2.完善配套管网。"),
            ("责任单位", "县住建局"),
            ("配合单位", "县生态环境分局"),
            ("整改时限", "2019年6月30日前"),
            ("整改完成情况", "二期工程已投运，已完成整改。"),
        ],
        [],
    )
    text = read_plan_bytes(printed_unruled(form), "销号审批表.pdf")
    assert "| 责任单位 | 县住建局 |" in text
    (finding,) = parse_plan_text(text).findings
    assert (finding.number, finding.title) == (7, "县城污水处理厂超负荷运行，部分污水溢流")
    assert (finding.lead_units, finding.cooperating_units) == (["县住建局"], ["县生态环境分局"])
    assert len(finding.measures) == 2
    assert [d.date.isoformat() for d in finding.deadlines] == ["2019-06-30"]
