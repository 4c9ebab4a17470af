"""Rules the reader learnt from blind set 27 (issue 14, docs/decisions.md “Blind set 27”), each
on a short plan written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 27`)."""

from __future__ import annotations

import docx

from intake.plan_document import read_plan_bytes
from intake.plan_parser import parse_plan_text


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    return [(f.lead_units, f.cooperating_units) for f in parse_plan_text(text).findings]


def test_a_closing_bracket_of_labels_reads_its_responsibility_units_as_cooperating():
    text = (
        "四、整改任务\n"
        "1.涉企检查多头重复，部分企业一年内接受同类检查多次。\n"
        "整改措施：一是推行部门联合抽查；二是建立涉企检查备案制度。\n"
        "（牵头单位：县市场监管局；责任单位：县公安局、县税务局；完成时限：2022年3月底前）\n"
        "2.窗口人员业务不熟。\n"
        "整改措施：一是开展业务轮训；二是落实一次性告知制度。\n"
        "（牵头单位：县政务服务中心；责任单位：各进驻部门；完成时限：立行立改）\n"
    )
    plan = parse_plan_text(text)
    assert _units(text) == [
        (["县市场监管局"], ["县公安局", "县税务局"]),
        (["县政务服务中心"], ["各进驻部门"]),
    ]
    assert [[d.date.isoformat() if d.date else d.kind for d in f.deadlines] for f in plan.findings] == [
        ["2022-03-31"],
        ["immediate"],
    ]


def test_a_supervising_unit_line_names_no_unit_of_the_task():
    text = (
        "二、整改任务\n"
        "1.部分支流水质仍为劣Ⅴ类。\n"
        "责任单位：甲市人民政府、乙市人民政府\n"
        "督导单位：省生态环境厅\n"
        "整改时限：2020年底前\n"
        "2.部分城市雨污混流问题突出。\n"
        "责任单位：各市（州）人民政府\n"
        "督导部门：省住房城乡建设厅\n"
        "整改时限：2020年6月底前\n"
    )
    assert _units(text) == [(["甲市人民政府", "乙市人民政府"], []), (["各市（州）人民政府"], [])]


def test_units_that_carry_out_a_task_under_a_leading_unit_cooperate():
    lines = (
        "（一）重污染河流综合整治进展缓慢。\n责任单位：省环境保护厅牵头，甲市政府、乙市政府负责\n整改时限：2020年底前\n",
        "（二）垃圾处理设施建设滞后。\n责任单位：省住房城乡建设厅牵头，各地级以上市政府负责\n整改时限：2018年底前\n",
        # without a unit that leads by 牵头, 负责 still names who leads
        "（三）污泥处置台账不全。\n责任单位：县生态环境局负责，县水务集团配合\n整改时限：2019年底前\n",
    )
    assert _units("三、整改任务\n" + "".join(lines)) == [
        (["省环境保护厅"], ["甲市政府", "乙市政府"]),
        (["省住房城乡建设厅"], ["各地级以上市政府"]),
        (["县生态环境局"], ["县水务集团"]),
    ]


def test_measures_opened_by_dashes_are_one_each_and_none_heads_the_others():
    text = (
        "三、整改任务\n"
        "（一）重污染河流综合整治进展缓慢。\n"
        "整改措施：\n"
        "——加快流域污水处理厂及配套管网建设。\n"
        "——全面清理整治沿河违法排污口。\n"
        "——实施河道清淤和生态补水。\n"
        "责任单位：省环境保护厅\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert [m.text for m in finding.measures] == [
        "加快流域污水处理厂及配套管网建设。",
        "全面清理整治沿河违法排污口。",
        "实施河道清淤和生态补水。",
    ]
    assert all(m.group is None for m in finding.measures)


def _printed(lines: list[str]) -> bytes:
    from tests.printed_pdf import printed

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return printed(buffer.getvalue())


def test_a_printed_label_line_under_a_line_that_filled_the_page_stays_its_own():
    # the unit line fills the width exactly, so the reader's wrap test alone would join the next
    full = "责任单位：省环境保护厅牵头，汕头市政府、揭阳市政府、深圳市政府、东莞市政府负责"
    text = read_plan_bytes(
        _printed(["三、整改任务", "（一）重污染河流综合整治进展缓慢。", full, "整改时限：2020年底前"]),
        "方案.pdf",
    )
    assert "整改时限：2020年底前" in text.splitlines()
    (finding,) = parse_plan_text(text).findings
    assert finding.cooperating_units == ["汕头市政府", "揭阳市政府", "深圳市政府", "东莞市政府"]
    assert [d.date.isoformat() for d in finding.deadlines] == ["2020-12-31"]
    # a sentence that wrapped is still one line
    long = "整改目标：" + "重污染河流水质明显改善，" * 5 + "消除黑臭。"
    text = read_plan_bytes(_printed(["（一）河流整治进展缓慢。", long]), "方案.pdf")
    assert long in text.splitlines()
