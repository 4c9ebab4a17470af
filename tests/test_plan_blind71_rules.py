"""Rules the reader learnt from blind set 71 (issue 14, docs/decisions.md “Blind set 71”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 71`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def test_arrows_before_labelled_lines_are_bullets():
    findings = _findings(
        "某街道问题整改情况\n"
        "1.小区楼道堆放杂物（责任单位：甲社区）\n"
        "→整改措施：①清理杂物；②张贴提示。\n"
        "→整改时限：2022年3月15日前\n"
        "2.路灯损坏（责任单位：街道城建办）\n"
        "→整改措施：更换灯具。\n"
        "→整改时限：立行立改\n"
    )
    assert [len(f.measures) for f in findings] == [2, 1]
    assert [f.deadlines[0].kind for f in findings] == ["date", "immediate"]


def test_arrow_and_square_before_a_problem_number_decorate_it():
    arrows = _findings(
        "某区整改落实情况\n"
        "→1.学校周边环境脏乱差（责任单位：甲街道）\n"
        "完成时限：2022年10月15日前\n"
        "→2.停车场垃圾堆积（责任单位：乙街道）\n"
        "完成时限：立行立改\n"
    )
    squares = _findings(
        "某街道问题整改情况\n"
        "■问题一：道路两侧垃圾堆积。\n"
        "责任单位：街道城建办\n"
        "整改时限：2019年7月20日前\n"
        "■问题二：墙体小广告未清除。\n"
        "责任单位：街道宣传办\n"
        "整改时限：立行立改\n"
    )
    assert [f.title for f in arrows] == ["学校周边环境脏乱差", "停车场垃圾堆积"]
    assert [f.lead_units for f in arrows] == [["甲街道"], ["乙街道"]]
    assert [f.title for f in squares] == ["道路两侧垃圾堆积", "墙体小广告未清除"]


def test_a_progress_ending_in_work_under_way_stays_open_under_a_notice():
    findings = _findings(
        "某街道创城问题整改落实情况公示\n"
        "现将整改落实情况公示如下：\n"
        "1.私搭乱建（责任单位：街道执法队）\n"
        "整改结果：已下达通知书6份，正在整改。\n"
        "2.公益广告破损（责任单位：街道宣传办）\n"
        "整改结果：已拆除破损广告10处，新广告正在制作。\n"
        "3.绿化带烟头较多（责任单位：街道城管办）\n"
        "整改结果：已捡拾烟头2袋，常态化保洁。\n"
        "4.飞线杂乱（责任单位：街道城建办）\n"
        "整改结果：已整理飞线3处，已整改完成。\n"
    )
    assert [f.status == "completed" for f in findings] == [False, False, False, True]


def test_a_status_cell_with_a_remark_in_brackets_is_read_by_its_state():
    findings = _findings(
        "某镇问题整改销号清单公示\n"
        "现将整改销号情况公示如下：\n"
        "| 序号 | 存在问题 | 责任单位 | 整改时限 | 销号情况 |\n"
        "| 1 | 柴草乱堆乱放 | 甲村村委会 | 2021年4月30日前 | 已销号 |\n"
        "| 2 | 废弃棚圈未拆除 | 乙村村委会 | 2021年5月31日前 | 未销号（正在拆除） |\n"
        "| 3 | 院落脏乱 | 各村 | 长期坚持 | 持续整改 |\n"
    )
    assert [f.status == "completed" for f in findings] == [True, False, False]


def test_a_web_units_cell_one_unit_a_line_is_several_units():
    findings = _findings(
        "某街道问题整改清单\n"
        "序号\n存在问题\n整改措施\n责任单位\n完成时限\n整改情况\n"
        "1\n消防通道杂物乱堆放\n清理杂物\n甲社区\n街道城建办\n2020年9月15日前\n已完成\n"
        "2\n市场公厕设施不完善\n维修公厕\n街道城管办\n2020年9月30日前\n正在整改\n"
    )
    assert [f.lead_units for f in findings] == [["甲社区", "街道城建办"], ["街道城管办"]]


def test_the_page_closing_under_the_last_web_row_is_not_its_status():
    findings = _findings(
        "某街道问题整改清单\n"
        "序号\n存在问题\n整改措施\n责任单位\n完成时限\n整改情况\n"
        "1\n绿化带白色垃圾\n每日清理\n街道城管办\n立行立改\n正在整改\n"
        "2\n垃圾站未设盖\n加盖\n街道城管办\n2020年9月20日前\n已完成\n"
        "街道创卫办将加强督促检查，把问题再做细、做实。\n"
    )
    assert [f.status == "completed" for f in findings] == [False, True]
