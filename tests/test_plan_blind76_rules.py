"""Rules the reader learnt from blind set 76 (issue 14, docs/decisions.md “Blind set 76”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 76`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import is_completed_value


def _findings(text: str):
    return parse_plan_text(text).findings


def test_a_keyword_number_alone_on_its_line_heads_the_problem_below():
    findings = _findings(
        "某镇养殖场督查问题整改情况\n"
        "现将问题及整改情况公布如下：\n"
        "◆ 问题一\n"
        "养殖场粪污池无防雨设施\n"
        "责任单位：镇环保办\n"
        "整改措施：加装防雨顶棚。\n"
        "整改时限：立行立改\n"
        "◆ 问题二\n"
        "场区地面未硬化\n"
        "责任单位：镇环保办\n"
        "配合单位：镇畜牧兽医站\n"
        "整改措施：①硬化地面；②修建集污池。\n"
        "整改时限：2019年9月30日前\n"
    )
    assert [f.number for f in findings] == [1, 2]
    assert [f.title for f in findings] == ["养殖场粪污池无防雨设施", "场区地面未硬化"]
    assert [len(f.measures) for f in findings] == [1, 2]
    assert findings[1].cooperating_units == ["镇畜牧兽医站"]


def test_a_spot_fix_is_done():
    assert is_completed_value("已现场整改。")
    assert is_completed_value("现场整改到位")
    assert not is_completed_value("现场整改中")


def test_a_dash_after_the_unit_bracket_opens_the_result():
    findings = _findings(
        "某社区创文日报\n"
        "二、问题及整改情况\n"
        "1、小区内垃圾长期积存（责任单位：甲小区物业；配合单位：社区执法办）——已清运，整改完成\n"
        "2、墙面乱张贴小广告（责任单位：乙社区工作站）——已铲除，整改完成\n"
        "3、沿街广告牌破损（责任单位：乙社区工作站）——已拆除，新广告牌正在制作\n"
    )
    assert [f.title for f in findings] == ["小区内垃圾长期积存", "墙面乱张贴小广告", "沿街广告牌破损"]
    assert findings[0].lead_units == ["甲小区物业"]
    assert findings[0].cooperating_units == ["社区执法办"]
    assert [f.status for f in findings] == ["completed", "completed", None]
    assert findings[1].progress == "已铲除，整改完成"


def test_a_dash_after_a_bracket_naming_no_unit_stays_in_the_text():
    findings = _findings(
        "某区整改任务清单\n1.完成河道清淤（县水利局牵头）\n2.整治沿街摊点（含夜市）——已取缔，整改完成\n"
    )
    # (a bracket naming no unit makes no task of its line, result or not)
    assert [f.lead_units for f in findings] == [["县水利局"]]
    assert findings[0].status is None


def test_a_status_word_ending_a_tab_table_leaves_the_page_text_out():
    findings = _findings(
        "某镇问题整改情况\n"
        "现将整改情况公布如下：\n"
        "序号\t存在问题\t整改措施\t责任单位\t整改时限\t整改情况\n"
        "1\t鸡粪堆积\t清运鸡粪\t镇农业服务中心\t立行立改\t已整改\n"
        "2\t粪污直排\t封堵排口\t镇农业服务中心\t2021年7月20日前\t已整改\n"
        "下一步，镇里将督促未完成整改的养殖场加快整改，严防问题反弹。\n"
    )
    assert len(findings) == 2
    assert findings[1].progress == "已整改"
    assert findings[1].status == "completed"
