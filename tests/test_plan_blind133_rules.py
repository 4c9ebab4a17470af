"""Rules the reader learnt from blind set 133 (issue 14, docs/decisions.md “Blind set 133”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 133`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _case_notice(problem: str) -> str:
    return "\n".join(
        [
            "突出生态环境问题整改验收销号公示",
            "2024年中央督察组交办信访件D3AB202411020017号问题已整改完成，并通过核查验收。现将问题整改完成情况公示如下：",
            "一、整改问题",
            problem,
            "二、整改实施主体",
            "某区委、某区人民政府",
            "三、重点措施",
            "1.清理沟渠垃圾；",
            "2.设置警示牌。",
            "四、目标任务",
            "沟渠无垃圾。",
            "五、完成时限",
            "2025年10月31日前",
            "六、整改完成情况",
            "沟渠垃圾已清理完毕。",
            "2025年8月1日",
        ]
    )


def test_case_code_before_a_colon_is_no_part_of_the_title():
    # “…交办信访件X…号问题：” opening the problem names the case handed down, not the problem
    text = _case_notice(
        "2024年中央督察组交办信访件D3AB202411020017号问题：某路东侧沟渠垃圾堆积，水体发臭；周边杂物乱堆。"
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某路东侧沟渠垃圾堆积，水体发臭"
    assert finding.lead_units == ["某区委", "某区人民政府"]
    assert len(finding.measures) == 2
    assert finding.status == "completed"


def test_colon_without_a_case_code_keeps_the_title():
    # (a road's number before a colon is no case code: the problem keeps it)
    text = _case_notice("G205国道某段：路边垃圾堆放，未及时清运。")
    finding = parse_plan_text(text).findings[0]
    assert finding.title.startswith("G205国道某段")


def _prose_notice(work: str) -> str:
    return "\n".join(
        [
            "省环境保护督察组督察反馈“某湖污染问题依旧突出”问题整改完成情况公示",
            "根据省环境保护督察组督察反馈意见整改销号有关要求，现将我县“某湖污染问题依旧突出”问题整改完成情况公示如下：",
            work,
            "经核查，某湖水质稳定达到三类标准，该反馈问题已完成整改。如有异议，请在公示期间（七日内）向县河长办反映。",
            "某县河长制工作委员会办公室",
            "2020年10月23日",
        ]
    )


def test_work_counted_in_words_in_a_prose_notice_is_its_measures():
    text = _prose_notice(
        "某湖污染问题整改自2019年5月开始，成立了工作领导小组。一是禁止投肥投饵；二是拆除网围设施；三是关停周边养殖场。"
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "某湖污染问题依旧突出"
    assert [m.number for m in finding.measures] == ["一", "二", "三"]
    assert finding.status == "completed"


def test_work_still_ahead_is_no_measure():
    # “下一步，…一是…二是…” tells the work to come, not the rectification done
    text = _prose_notice("下一步，我县将持续巩固整治成果。一是加强巡查；二是开展水质监测。")
    finding = parse_plan_text(text).findings[0]
    assert finding.measures == []


def _item_notice(share: str) -> str:
    return "\n".join(
        [
            "某新区关于贯彻落实中央环保督察反馈意见 问题整改措施的公示(编号17号)",
            "中央环保督察反馈意见编号17号提出“侵占某河口湿地”问题，现就整改落实情况公示如下：",
            "某新区管委会开展湿地修复工程，组织土方清运，截至目前工程基本完成。",
            share,
            "公示时间：12月1日—7日，公示期间如有异议，请联系整改办：0551-5555555。",
            "2017年12月1日",
        ]
    )


def test_item_numbered_after_bianhao_in_hao_and_the_share_done_names_its_lead():
    text = _item_notice("编号17中涉及某新区建设管委会责任部分整改完毕，申请销号，等待核查。")
    finding = parse_plan_text(text).findings[0]
    assert finding.number == 17
    assert finding.title == "侵占某河口湿地"
    assert finding.lead_units == ["某新区建设管委会"]
    assert finding.status == "completed"


def test_no_share_named_no_lead():
    # (without “涉及X责任部分” the notice names no body to answer for the item)
    finding = parse_plan_text(_item_notice("该问题整改完毕，申请销号。")).findings[0]
    assert finding.number == 17
    assert finding.lead_units == []
