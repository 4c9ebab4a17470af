"""Rules the reader learnt from blind set 150 (issue 14, docs/decisions.md “Blind set 150”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 150`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import CAUSE_FOUND, DONE_IN_TEXT, WORK_CHAPTER


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a report's chapters over its one labelled problem --------------------------------------------


def test_a_reports_first_chapter_is_no_finding_over_its_labelled_problem():
    (finding,) = _findings(
        "某镇关于河道专项检查问题整改情况的报告\n"
        "根据县河长办专项检查报告，涉及我镇问题1项，现将整改情况报告如下：\n"
        "一、加强领导\n"
        "镇党委多次召开会议研究整改工作，明确分管领导和责任人。\n"
        "二、整改情况\n"
        "问题描述：沿河排污口未设置标识牌。\n"
        "整改情况：未整改到位，正在采购标识牌。\n"
        "整改措施：1、摸清沿河排污口底数；2、统一制作标识牌；3、安装后逐一拍照存档。\n"
        "三、下步计划\n"
        "（一）加强巡河，发现问题及时处理。\n"
        "（二）加大宣传力度。\n"
        "2021年5月10日"
    )
    assert finding.title == "沿河排污口未设置标识牌"
    assert len(finding.measures) == 3
    assert finding.status != "completed"


def test_a_chapter_naming_the_fault_still_heads_its_finding():
    # guard: “一、X问题” over its labels is the finding itself, read as before
    findings = _findings(
        "一、饮用水水源地保护区内违规建设问题\n"
        "整改情况：正在推进\n"
        "问题描述：保护区内有两处违规建筑。\n"
        "整改措施：1、拆除违规建筑；2、恢复植被。\n"
        "整改时限：2021年12月底前\n"
    )
    assert len(findings) == 1
    assert "违规建设" in findings[0].title


# --- a report's chapter telling the work done, and the cause it found ---------------------------


def test_a_work_chapters_items_are_no_problems_and_the_cause_names_the_one():
    (finding,) = _findings(
        "沟渠环境问题整改情况报告\n"
        "针对群众对某镇辖区所反映的环境问题，我镇及时到现场了解情况并组织整改，在三天时间全面完成整改工作。"
        "现将整改情况报告如下：\n"
        "一、正视问题抓整改。\n"
        "1、高度重视，强化组织领导。镇长带队到现场召开整改会。\n"
        "2、深究污染源头，集中整治。我镇组织人员排查，查明村口沟渠污水横流的原因：上游两家餐馆污水直排。\n"
        "3、多措并举，实现长治久安。清理淤泥10车，封堵直排口2处。\n"
    )
    assert finding.title == "村口沟渠污水横流"
    assert finding.status == "completed"
    assert finding.lead_units == []


def test_the_work_chapter_cause_and_span_wordings():
    assert WORK_CHAPTER.search("正视问题抓整改。")
    assert WORK_CHAPTER.search("强化措施促落实")
    assert not WORK_CHAPTER.search("反馈问题整改情况")
    assert CAUSE_FOUND.search("我镇组织人员调查污染源，发现造成xx水塘垃圾成堆的原因，").group("problem") == (
        "xx水塘垃圾成堆"
    )
    assert not CAUSE_FOUND.search("深入分析问题产生的原因")
    assert DONE_IN_TEXT.search("进行了整改，在两天时间全面完成整改工作")
    # what is asked is not done
    assert not DONE_IN_TEXT.search("要在两天时间全面完成整改工作")
