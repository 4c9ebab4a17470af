"""Rules the reader learnt from blind set 115 (issue 14, docs/decisions.md “Blind set 115”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 115`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def test_problems_named_then_counted_apart_by_commas():
    text = "\n".join(
        [
            "关于2023年五月份全县农村垃圾治理工作检查情况的通报",
            "各乡镇：",
            "5月中旬，县垃圾治理办公室对全县农村垃圾治理工作进行了检查。现将检查情况通报如下：",
            "一、基本情况",
            "本次共检查30个行政村，村庄环境卫生总体较好。",
            "二、存在的问题",
            "本次检查主要问题，一是个别乡镇未落实月度考核，二是部分村垃圾桶破损，三是沟渠内仍有漂浮垃圾。",
            "三、下步要求",
            "县垃圾治理办公室将问题清单下发各乡镇，责令限期整改。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "个别乡镇未落实月度考核",
        "部分村垃圾桶破损",
        "沟渠内仍有漂浮垃圾",
    ]
    assert all(not f.lead_units and not f.deadlines for f in findings)


def test_praise_counted_apart_by_commas_stays_out():
    # what went well, counted the same way before the problems are named, is no problem
    text = "\n".join(
        [
            "关于全县农村垃圾治理工作检查情况的通报",
            "一、基本情况",
            "本次检查总体较好，一是收运体系进一步完善，二是保洁队伍进一步健全。",
            "二、存在的问题",
            "本次检查突出问题，一是部分村垃圾桶破损，二是沟渠内仍有漂浮垃圾。",
            "请各乡镇限期整改。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["部分村垃圾桶破损", "沟渠内仍有漂浮垃圾"]


def test_places_found_run_on_in_a_news_paragraph():
    text = "\n".join(
        [
            "日前，县人居环境整治办公室对东岭、西河两镇环境卫生情况进行了检查。",
            "工作人员在检查中发现，东岭镇石桥村村委会门口有垃圾。杨柳村二组15号屋后沟渠有垃圾，"
            "杨柳村四组路边有建筑垃圾。西河镇河口村公交站旁有垃圾，河口三组23号门前堆放杂物。",
            "县人居环境整治办公室要求所涉及乡镇对发现的问题及时进行整改。",
            "记者：张三",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "东岭镇石桥村村委会门口有垃圾",
        "杨柳村二组15号屋后沟渠有垃圾",
        "杨柳村四组路边有建筑垃圾",
        "西河镇河口村公交站旁有垃圾",
        "河口三组23号门前堆放杂物",
    ]
    # the places at the head of their clauses say where; the closing names no town
    assert all(not f.lead_units for f in findings)


def test_a_found_paragraph_whose_clauses_name_no_place_is_no_list():
    text = "\n".join(
        [
            "日前，县人居环境整治办公室对部分乡镇进行了检查。",
            "工作人员在检查中发现，部分村庄道路清扫不彻底，个别沟渠有漂浮垃圾，群众参与度不高。",
            "县人居环境整治办公室要求各乡镇对发现的问题及时进行整改。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert len(findings) <= 1


def test_a_portals_responsible_department_is_no_unit_of_the_findings():
    text = "\n".join(
        [
            "索 引 号：000000000/2017-00001\t主题分类：基础分类/动态",
            "责任部门：东岭乡\t发布机构：东岭乡",
            "发布日期：2017/4/6 10:00:00\t关 键 字：环保",
            "东岭乡环境治理通报",
            "东岭乡对各单位、各村进行了专项督查，现将督查情况通报如下：",
            "一、工作开展较好方面",
            "场镇车辆乱停乱放明显缓解。",
            "二、督查发现的问题",
            "请各单位、各村务必高度重视，及时整改。",
            "1、乡卫生院门口垃圾没有清扫干净。",
            "2、石桥村二组路边柴草没有遮掩。",
            "3、场镇主街两侧车辆散落的沙石没有清扫干净。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "乡卫生院门口垃圾没有清扫干净",
        "石桥村二组路边柴草没有遮掩",
        "场镇主街两侧车辆散落的沙石没有清扫干净",
    ]
    assert all(not f.lead_units for f in findings)


def test_units_closed_by_a_full_stop_do_not_run_into_the_closing_paragraph():
    text = "\n".join(
        [
            "5月8日，市督导组对城区部分小区环境卫生进行了检查，现将检查发现的问题交办如下：",
            "1.东风小区内没有防鼠设施。责任单位：城东区东风办。",
            "2.建设路12号院垃圾清理不及时。责任单位：城东区建设办。",
            "今年是我市复审年，上述责任单位要高度重视，对存在的问题务必于5月12日前整改完毕。整改完毕后报市督导组销号。",
            "市督导组",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.lead_units for f in findings] == [["城东区东风办"], ["城东区建设办"]]
