"""Rules the reader learnt from blind set 51 (issue 14, docs/decisions.md “Blind set 51”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 51`). The set is text copied out of WeChat
public-account articles and government portal pages."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


def test_glyph_bullets_before_a_label_or_circled_number_are_decoration():
    """A 公众号 post numbers its problems ① ② under ◆ and lists each one's fields under ●: the
    bullets go, the circled numbers head the findings (nothing else numbers them) and the labels
    are read as labels."""
    findings = _findings(
        "某县生态环境\n"
        "关于环保督察反馈问题整改进展的通报\n"
        "◆ ① 河道沿岸有生活垃圾堆放。\n"
        "● 责任单位：甲镇人民政府\n"
        "● 配合单位：县水利局\n"
        "● 整改时限：2021年6月底前\n"
        "● 整改状态：已完成\n"
        "◆ ② 污水处理厂出水总磷超标。\n"
        "● 责任单位：县住建局\n"
        "● 整改时限：2021年12月底前\n"
        "● 整改状态：正在推进\n"
    )
    assert [f.title for f in findings] == ["河道沿岸有生活垃圾堆放", "污水处理厂出水总磷超标"]
    assert [f.lead_units for f in findings] == [["甲镇人民政府"], ["县住建局"]]
    assert findings[0].cooperating_units == ["县水利局"]
    assert [f.status for f in findings] == ["completed", None]


def test_circled_numbers_stay_measures_where_another_numbering_heads_the_findings():
    findings = _findings(
        "一、河道沿岸有生活垃圾堆放。\n"
        "整改措施：①清运垃圾；②建立保洁机制。\n"
        "责任单位：甲镇人民政府\n"
        "二、污水处理厂出水总磷超标。\n"
        "整改措施：①实施提标改造。\n"
        "责任单位：县住建局\n"
    )
    assert [f.title for f in findings] == ["河道沿岸有生活垃圾堆放", "污水处理厂出水总磷超标"]


def test_lines_after_a_bare_status_are_the_closing_not_the_status():
    """“整改状态：已完成” then “下一步，…” and the post's 来源 line: the finding stays done."""
    findings = _findings(
        "1.河道沿岸有生活垃圾堆放。\n"
        "责任单位：甲镇人民政府\n"
        "整改时限：2021年6月底前\n"
        "整改状态：已完成\n"
        "2.污水处理厂出水总磷超标。\n"
        "责任单位：县住建局\n"
        "整改时限：2021年12月底前\n"
        "整改状态：已完成\n"
        "下一步，县生态办将对整改落实情况开展督查，确保如期完成。\n"
        "来源：县生态环境局\n"
    )
    assert [f.status for f in findings] == ["completed", "completed"]


def test_a_measure_saying_who_is_to_act_names_the_lead_unit():
    """A patrol's 通报: “整改措施：由（包片单位）县文广局督促…” and no unit label."""
    findings = _findings(
        "1、某商场户外广告破损。\n"
        "整改措施：由县住建局督促商户更换。\n"
        "2、某路段人行道有摊贩占道经营。\n"
        "整改措施：由包片单位县民政局负责劝离。\n"
    )
    assert [f.lead_units for f in findings] == [["县住建局"], ["县民政局"]]


def test_a_dated_bracketed_item_heads_a_finding_and_site_labels_are_no_problem_text():
    """A 曝光 post: “【1月21日 问题一】” heads each item; 【点位名称】【所属区域】【位置】 say where,
    【主管单位】 who must act, 【存在问题】 (its value on the next line) what."""
    findings = _findings(
        "【1月21日 问题一】\n"
        "【点位名称】某路段道路积尘\n"
        "【所属区域】甲区\n"
        "【位置】某路沿线\n"
        "【主管单位】市城管局\n"
        "【存在问题】\n"
        "路面积尘严重，车过尘起。\n"
        "【整改期限】立行立改\n"
        "【1月21日 问题二】\n"
        "【点位名称】某工地裸土未覆盖\n"
        "【所属区域】甲区\n"
        "【主管单位】甲区住建局\n"
        "【存在问题】\n"
        "工地裸土未覆盖防尘网。\n"
        "【整改期限】2025年1月24日前\n"
    )
    assert [f.number for f in findings] == [1, 2]
    assert [f.title for f in findings] == ["路面积尘严重，车过尘起", "工地裸土未覆盖防尘网"]
    assert [f.lead_units for f in findings] == [["市城管局"], ["甲区住建局"]]


def test_a_paragraph_under_a_table_of_spaced_cells_is_no_wrapped_cell():
    findings = _findings(
        "序号    问题    责任单位    整改时限    是否完成\n"
        "1    专项资金结存时间较长    市财政局    2024年6月30日前    是\n"
        "2    公务用车登记不规范    市交通运输局    立行立改    是\n"
        "    会议要求，各单位加强督查力度，对不作为、慢作为严肃追责问责，确保形成整改闭环。\n"
    )
    assert [f.title for f in findings] == ["专项资金结存时间较长", "公务用车登记不规范"]


def test_a_time_limit_without_its_year_takes_the_one_year_the_document_writes():
    text = (
        "发布时间：2020-04-10\n"
        "序号    存在问题    责任单位    整改时限\n"
        "1    河滩堆放垃圾    甲镇人民政府    3月27日前\n"
        "2    背街小巷卫生死角    乙镇人民政府    4月底前\n"
        "某县办公室\n"
        "2020年4月10日\n"
    )
    dates = [[d.date for d in f.deadlines] for f in _findings(text)]
    assert dates == [[date(2020, 3, 27)], [date(2020, 4, 30)]]
    # dates of two years: which one is meant is not known, the limit stays unread
    two_years = text.replace("2020年4月10日", "更新时间：2021-01-05")
    assert [f.deadlines for f in _findings(two_years)] == [[], []]
