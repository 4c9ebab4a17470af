"""Rules the reader learnt from blind set 66 (issue 14, docs/decisions.md “Blind set 66”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 66`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def test_a_letters_request_for_progress_ends_its_units_heading():
    text = (
        "某县整治工作领导小组办公室\n"
        "关于某砂石厂限期整改的通知\n"
        "甲镇人民政府：\n"
        "一、存在问题\n"
        "某砂石厂堆场未封闭，扬尘污染周边农田。\n"
        "二、整改措施\n"
        "（一）建设封闭料棚；\n"
        "（二）安装喷淋设施。\n"
        "三、整改时限\n"
        "2024年6月30日前完成。\n"
        "四、责任单位\n"
        "甲镇人民政府牵头，县生态环境分局配合。\n"
        "请于每月底前将整改进展报县领导小组办公室。\n"
        "某县整治工作领导小组办公室\n"
        "2024年3月1日\n"
    )
    (finding,) = parse_plan_text(text).findings
    assert finding.lead_units == ["甲镇人民政府"]
    assert finding.cooperating_units == ["县生态环境分局"]


def test_a_tasks_name_is_its_title_when_its_content_column_stands_first():
    text = (
        "某区重点任务分工表\n"
        "| 序号 | 完成时限 | 配合部门 | 牵头部门 | 具体内容 | 工作任务 |\n"
        "| 1 | 2018年底前 | 区农委 | 区环保局 | 查明农用地土壤污染面积、分布。 | 做好土壤环境质量状况调查 |\n"
        "| 2 | 持续推进 | 区规土局 | 区环保局 | 建立污染地块名录及负面清单。 | 落实污染地块名录制度 |\n"
    )
    titles = [finding.title for finding in parse_plan_text(text).findings]
    assert titles == ["做好土壤环境质量状况调查", "落实污染地块名录制度"]
