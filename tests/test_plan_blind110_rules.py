"""Rules the reader learnt from blind set 110 (issue 14, docs/decisions.md “Blind set 110”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 110`)."""

from __future__ import annotations

from datetime import date

from intake.plan_parser import parse_plan_text


def _read(text: str):
    return parse_plan_text(text).findings


def _deadlines(finding) -> list[str]:
    return [d.date.isoformat() if d.date else d.kind for d in finding.deadlines]


def _check_notice(
    requirements: str = "三、下步要求\n1.各村要建立长效机制。\n2.要加快进度，确保按时完成。\n",
) -> str:
    return (
        "关于某镇第三季度环境卫生检查情况的通报\n"
        "各村、镇直各单位：\n"
        "9月5日至8日，镇检查组对各村环境卫生进行了检查，现将情况通报如下：\n"
        "一、工作成效\n"
        "各村大面卫生均有改善，甲村进步明显。\n"
        "二、存在的问题\n"
        "1.垃圾清运不及时。部分村垃圾池满溢，路边有散落垃圾。\n"
        "2.河塘管护不到位。乙村河塘漂浮物较多。\n"
        "3.厕所改造进度慢。丙村任务较重，进度滞后。\n" + requirements + "某镇人民政府办公室\n2021年9月10日\n"
    )


def test_numbered_problems_under_a_chapter_line_are_one_finding_each():
    findings = _read(_check_notice())
    assert [(f.number, f.title) for f in findings] == [
        (1, "垃圾清运不及时"),
        (2, "河塘管护不到位"),
        (3, "厕所改造进度慢"),
    ]
    # the closing requirements are neither problems nor measures; the addressees (各…) lead nothing
    assert all(not f.measures and not f.lead_units for f in findings)


def test_a_single_numbered_problem_under_the_chapter_line_stays_one_record():
    text = (
        "关于某镇环境卫生检查情况的通报\n"
        "一、工作成效\n"
        "各村大面卫生均有改善。\n"
        "二、存在的问题\n"
        "1.垃圾清运不及时。部分村垃圾池满溢。\n"
    )
    findings = _read(text)
    assert [f.title for f in findings] == ["垃圾清运不及时"]


def test_act_at_once_and_keep_at_it_written_as_zheng():
    text = "一、整改任务：某镇农村生活垃圾清运不及时。\n整改时限：立整立改，长期坚持\n"
    assert [_deadlines(f) for f in _read(text)] == [["immediate", "long_term"]]


def test_the_number_labelled_in_brackets_in_the_opening():
    text = (
        "某镇关于中央生态环境保护督察反馈意见整改销号公示\n"
        "现对我镇已完成整改任务（问题编号：第5项）的整改情况予以公示，公示期为7天。\n"
        "整改任务：\n"
        "部分村屯生活垃圾清运不及时。\n"
        "责任单位：某镇\n"
        "整改时限：长期坚持\n"
    )
    findings = _read(text)
    assert [(f.number, f.status) for f in findings] == [(5, "completed")]


def _petition_notice(opening: str) -> str:
    return (
        "某乡人民政府关于交办群众投诉举报件问题整改完成情况公示\n"
        f"{opening}\n"
        "一、举报问题描述\n"
        "受理编号：D2YN202104180001\n"
        "反映环境问题：某村修路时挖断水管，村民断水一个月。\n"
        "二、调查核实情况\n"
        "经调查核实，该举报件属实。\n"
        "三、整改措施及时限\n"
        "整改时限：2021年5月31日前\n"
        "整改措施：修复水管恢复供水，加强施工管理。\n"
        "四、整改情况\n"
        "修复水管恢复供水，加强施工管理。\n"
    )


def test_a_petition_notice_titles_the_complaint_under_its_chapter_line():
    findings = _read(_petition_notice("现将有关情况公示如下："))
    assert [(f.number, f.title) for f in findings] == [(1, "某村修路时挖断水管，村民断水一个月")]
    assert [d.date for d in findings[0].deadlines] == [date(2021, 5, 31)]
    # the opening says nothing of the state, and the progress has no status word
    assert findings[0].status != "completed"


def test_done_and_meeting_the_closing_terms_in_the_opening():
    findings = _read(_petition_notice("该问题已对照方案整改完成，达到整改验收销号条件，现公示如下："))
    assert [f.status for f in findings] == ["completed"]


def _case(result: str) -> str:
    return (
        "某省边督边改第3批公开信息\n"
        "序号：1\n"
        "受理编号：A0813001\n"
        "交办问题基本情况：某区一家烧烤店油烟扰民。\n"
        "行政区域：某市\n"
        "是否属实：是\n"
        f"处理和整改情况：{result}\n"
        "序号：2\n"
        "受理编号：A0813002\n"
        "交办问题基本情况：某区一处工地夜间施工噪声扰民。\n"
        "行政区域：某市\n"
        "是否属实：是\n"
        "处理和整改情况：已责令工地停止夜间施工，已办结。\n"
    )


def test_the_state_now_with_the_ordered_work_finished_is_done():
    findings = _read(_case("责令该店改造烟道。目前，已完成后厨烟道改造。有关部门将持续监管。"))
    assert [f.status for f in findings] == ["completed", "completed"]


def test_one_stage_or_a_share_finished_now_is_not_done():
    for result in ("目前，已完成一期烟道改造。", "目前，已完成60%烟道改造。"):
        findings = _read(_case(result))
        assert findings[0].status != "completed", result


def _news(second: str) -> str:
    return (
        "某区生态环境局推进督察反馈问题整改\n"
        "为抓好督察反馈问题整改，区生态环境局明确任务，落实措施。\n"
        "针对督察反馈的“某公司建筑已拆除，但建筑垃圾未清运”“某村垃圾转运站运转不及时”两项问题，区生态环境局"
        "制定整改方案，明确责任单位和整改时限。针对“某公司建筑已拆除，但建筑垃圾未清运”问题，区生态环境局协调"
        f"各单位，于3月12日提前完成了整改工作。针对“某村垃圾转运站运转不及时”问题，{second}\n"
    )


def test_each_quoted_problem_taken_up_in_turn_is_a_finding():
    findings = _read(_news("区政府责成街道办事处立行立改，形成长效机制。"))
    assert [(f.number, f.title) for f in findings] == [
        (1, "某公司建筑已拆除，但建筑垃圾未清运"),
        (2, "某村垃圾转运站运转不及时"),
    ]
    assert [f.status == "completed" for f in findings] == [True, False]
    assert [_deadlines(f) for f in findings] == [[], ["immediate"]]


def test_a_plan_to_finish_in_the_account_is_not_done():
    findings = _read(_news("街道计划于6月30日前完成整改。"))
    assert findings[1].status != "completed"
    assert findings[1].deadlines == [] or all(d.kind != "immediate" for d in findings[1].deadlines)
