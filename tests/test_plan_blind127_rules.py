"""Rules the reader learnt from blind set 127 (issue 14, docs/decisions.md “Blind set 127”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 127`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _one_part_notice(footer: str) -> str:
    return "\n".join(
        [
            "第二轮中央生态环境保护督察第十二项问题三整改公示",
            "我县已完成中央生态环境保护督察第十二项问题整改，拟申请验收销号。现对该项问题整改完成情况向社会公示：",
            "一、整改问题",
            "第二轮中央生态环境保护督察移交的第十二项生态环境问题中第三项问题：",
            "（1）全县乡镇污水处理设施运行率偏低，部分设施长期停运。",
            "（2）部分管网破损，雨污混流。",
            "二、整改目标",
            "乡镇污水处理设施稳定运行。",
            "三、整改措施",
            "一是修复破损管网。二是委托第三方运维设施。",
            "五、公示时间：2025年3月1日至2025年3月14日",
            "六、受理部门：某县生态环境保护和督察工作委员会办公室",
            "中共某县委 某县人民政府",
            "2025年2月27日",
            footer,
        ]
    )


def test_first_part_numbered_in_figures_leaves_the_title():
    finding = parse_plan_text(_one_part_notice("")).findings[0]
    assert finding.number == 12
    assert finding.title == "全县乡镇污水处理设施运行率偏低，部分设施长期停运"
    assert len(finding.measures) == 2
    assert finding.status == "completed"


def test_portal_footer_is_no_unit():
    # the site's sponsors copied under the signature: “主办：… 承办：… 联系方式：…”
    footer = "主办：某县人民政府 承办：某县人民政府办公室 联系方式：0469-5555555"
    finding = parse_plan_text(_one_part_notice(footer)).findings[0]
    assert finding.lead_units == []
    assert finding.status == "completed"


def test_problem_counted_in_hao_numbers_the_notice_and_closure_title_marks_it_done():
    text = "\n".join(
        [
            "关于中央环保督察第15号问题整改 销号公示",
            "一、反馈问题",
            "城区部分路段污水管网建设滞后；雨季溢流。",
            "二、整改目标",
            "完善城区污水管网。",
            "三、整改措施及完成情况",
            "一是新建污水管网3公里；二是改造雨污合流管1公里。",
            "某区管理委员会",
            "2020年11月25日",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.number == 15
    assert finding.title == "城区部分路段污水管网建设滞后"
    assert finding.status == "completed"


def test_put_up_for_closing_in_a_month_is_done():
    text = "\n".join(
        [
            "根据中央环保督察反馈意见，我区存在“部分乡镇垃圾收运体系不健全”问题，要求进行整改。"
            "为此，我区制定了整改方案，明确了整改目标和整改措施。",
            "此问题我区拟在12月份进行销号，特此公示，公示期为5个工作日，公示期间欢迎广大群众进行监督。",
            "某市环境保护局某区分局",
            "2017年12月1日",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "部分乡镇垃圾收运体系不健全"
    assert finding.status == "completed"


def test_task_list_run_charged_to_the_publishing_bureau():
    text = "\n".join(
        [
            "某区水利局关于“河湖清四乱”常态化监督问题整改销号的公示",
            "按照《某区河湖常态化监督工作方案》整改任务清单，河道管理范围内违法堆放砂石； "
            "沿河违章搭建临时棚屋； 河岸倾倒建筑垃圾等问题由我局负责整改。要求我局加强河道巡查。",
            "为落实整改任务，我局成立了工作专班，巡查未发现上述现象。",
            "现我局将申请销号。特此公示，公示期为5个工作日。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "河道管理范围内违法堆放砂石",
        "沿河违章搭建临时棚屋",
        "河岸倾倒建筑垃圾",
    ]
    assert [f.lead_units for f in findings] == [["某区水利局"]] * 3
    assert [f.status for f in findings] == ["completed"] * 3


def test_task_list_run_charged_to_a_named_body():
    text = "\n".join(
        [
            "关于河湖常态化监督问题整改情况的说明",
            "按照整改任务清单，河道违法堆放砂石；沿河违章搭建棚屋等问题由某镇人民政府负责整改。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.lead_units for f in findings] == [["某镇人民政府"], ["某镇人民政府"]]
    # no closure title, no 拟…销号: the notice says nothing of their being done
    assert [f.status for f in findings] == [None, None]


def test_closure_work_meeting_is_no_closure_notice():
    # “整改销号工作” (a meeting or a plan about closing) is not a title posting problems for closing
    from intake.words import CLOSURE_NOTICE_TITLE, NOTICE_OF_COMPLETION

    assert CLOSURE_NOTICE_TITLE.search("关于中央环保督察问题整改销号的公示")
    assert not CLOSURE_NOTICE_TITLE.search("召开环保督察问题整改销号工作调度会")
    assert not NOTICE_OF_COMPLETION.search("部署整改销号工作，拟定销号计划")


def test_closure_title_over_rows_with_their_own_verdicts_closes_none_of_the_others():
    # the rows speak: the first's 整改结论 closes it, the second (no verdict) stays open
    text = "\n".join(
        [
            "某县督察反馈问题整改销号公示",
            "一、问题名称：县城污水处理厂超负荷运行",
            "整改时限：2018年底前",
            "整改完成情况：新建二期工程。",
            "整改结论：符合整改销号标准",
            "二、问题名称：乡镇垃圾中转站渗滤液直排",
            "整改时限：立行立改",
            "整改进展情况：渗滤液已收集处理。",
        ]
    )
    first, second = parse_plan_text(text).findings
    assert first.status == "completed"
    assert second.status is None
