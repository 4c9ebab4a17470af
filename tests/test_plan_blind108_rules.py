"""Rules the reader learnt from blind set 108 (issue 14, docs/decisions.md “Blind set 108”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 108`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _black_list_notice(entries: list[str]) -> str:
    return "\n".join(
        [
            "某镇2025年3月农村人居环境整治“红黑榜”",
            "现将本月农村人居环境整治“红黑榜”情况予以公布，黑榜村组要对照问题抓紧整改。",
            "一、红榜名单（2个）",
            "1.东坡村上寨村民小组：村内道路干净整洁。",
            "2.河口村：农户庭院整齐有序。",
            "二、黑榜名单（2个）",
            *entries,
        ]
    )


def test_a_black_list_entry_opening_on_a_hamlet_and_a_colon_is_led_by_it():
    text = _black_list_notice(
        ["1.石桥村下坝村民小组：垃圾池满溢，没有及时清运。", "2.石桥村老鹰岩：路边柴草乱堆，未及时清理。"]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["垃圾池满溢，没有及时清运", "路边柴草乱堆，未及时清理"]
    assert [f.lead_units for f in findings] == [["石桥村下坝村民小组"], ["石桥村老鹰岩"]]


def test_a_village_whose_next_words_name_the_problem_is_no_hamlet():
    # “石桥村存在问题：” is a label over the problem, not a place called 存在问题
    text = _black_list_notice(
        ["1.石桥村存在问题：垃圾池满溢，没有及时清运。", "2.河口村：路边柴草乱堆，未及时清理。"]
    )
    findings = parse_plan_text(text).findings
    assert findings[0].lead_units != ["石桥村存在问题"]
    assert findings[1].lead_units == ["河口村"]


def test_problems_counted_at_once_after_what_the_check_found():
    text = "\n".join(
        [
            "开展农村人居环境专项检查",
            "7月上旬，县农业农村局组织人员对全县4个乡镇开展专项检查。经检查发现，一是部分村公路沿线乱堆柴草；"
            "二是个别村施工垃圾堆放严重；三是部分乡镇未张贴宣传标语。",
            "针对以上问题，我局要求各乡镇限期整改。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "部分村公路沿线乱堆柴草",
        "个别村施工垃圾堆放严重",
        "部分乡镇未张贴宣传标语",
    ]
    assert all(not f.lead_units and not f.deadlines for f in findings)


def _town_groups(body: list[str]) -> str:
    return "\n".join(
        [
            "某县九月份环境卫生督查通报",
            "各乡镇、县直各部门单位：",
            "现将九月份环境卫生督查情况通报如下：",
            "一、督查工作开展情况",
            "9月10日至12日，督查组深入6个乡镇开展督查。",
            "二、存在的问题",
            *body,
        ]
    )


def test_a_town_alone_on_its_line_leads_the_problems_listed_under_it():
    text = _town_groups(
        [
            "河西镇：",
            "1.上庄村河道内有散落垃圾；",
            "2.下庄村垃圾池周边乱倒生活垃圾；",
            "石门乡：",
            "1.石门村巷道未日常清扫，有牲畜粪便；",
            "2.石门乡集镇垃圾箱已满，周围堆放垃圾；",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2, 3, 4]
    assert [f.lead_units for f in findings] == [["河西镇"], ["河西镇"], ["石门乡"], ["石门乡"]]


def test_a_page_run_into_one_paragraph_keeps_its_towns_over_their_items():
    # the stored page dropped its line breaks; a space follows each item's dot
    text = "\n".join(
        [
            "某县城乡环境综合整治工作督查通报 第9期",
            "各乡镇，县直各部门单位： 一、督查工作开展情况 5月8日至10日，县环境综合整治督查组深入各乡镇，"
            "以实地检查、现场拍照等方式进行考评，重点查看河道水域和垃圾填埋点。现将督查情况通报如下： "
            "（一）存在的问题 河西镇： 1. 上庄村河道内散落水泥袋； 2. 下庄村公路边丢弃生活垃圾； "
            "3. 下庄村垃圾填埋池内垃圾没有填埋； 石门乡： 1. 石门村入口垃圾箱背后倾倒建筑垃圾； "
            "2. 石门乡集镇停车场旁散落生活垃圾；",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "上庄村河道内散落水泥袋",
        "下庄村公路边丢弃生活垃圾",
        "下庄村垃圾填埋池内垃圾没有填埋",
        "石门村入口垃圾箱背后倾倒建筑垃圾",
        "石门乡集镇停车场旁散落生活垃圾",
    ]
    assert [f.lead_units for f in findings] == [["河西镇"]] * 3 + [["石门乡"]] * 2


def test_a_black_list_copied_a_cell_a_line_reads_the_caption_lines():
    text = "\n".join(
        [
            "某区第2期人居环境“红黑榜”",
            "红榜",
            "村组",
            "所属镇街",
            "东山村上湾",
            "甲镇",
            "甲镇东山村上湾",
            "黑榜",
            "村组",
            "所属镇街",
            "西河村下湾",
            "乙镇",
            "南岭村中湾",
            "丙街道",
            "乙镇西河村下湾房前屋后柴草乱堆",
            "丙街道南岭村中湾堰塘漂浮垃圾多",
            "评为黑榜的要对照问题",
            "加强整改",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["乙镇西河村下湾房前屋后柴草乱堆", "丙街道南岭村中湾堰塘漂浮垃圾多"]
    assert all(not f.lead_units for f in findings)


def _exposure_post(groups: list[str]) -> str:
    return "\n".join(
        ["近日", "县创建办督查组", "对部分农贸市场和小区进行督查", "这次又有哪些问题被曝光呢？", *groups]
    )


def test_problems_grouped_over_their_unit_and_limit_lines_take_the_group_labels():
    text = _exposure_post(
        [
            "1.市场内公厕堆放杂物；",
            "整改责任单位：县市场监督管理局",
            "整改时限：2022年5月20日前",
            "1.小区楼道杂物乱堆；",
            "2.垃圾桶没有加盖。",
            "整改责任单位：县住房和城乡建设局",
            "整改时限：2022年5月25日前",
            "后厨有鼠迹，病媒生物防制不到位。",
            "责任单位：县市场监督管理局",
            "整改时限：2022年5月20日前",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2, 3, 4]
    assert [f.title for f in findings] == [
        "市场内公厕堆放杂物",
        "小区楼道杂物乱堆",
        "垃圾桶没有加盖",
        "后厨有鼠迹，病媒生物防制不到位",
    ]
    assert [f.lead_units for f in findings] == [
        ["县市场监督管理局"],
        ["县住房和城乡建设局"],
        ["县住房和城乡建设局"],
        ["县市场监督管理局"],
    ]
    assert [str(f.deadlines[0].date) for f in findings] == [
        "2022-05-20",
        "2022-05-25",
        "2022-05-25",
        "2022-05-20",
    ]


def test_one_numbered_problem_over_each_units_line_stays_a_list_of_its_own():
    # 1. 2. 3. counted on over their labels: one problem a group, the usual reading
    text = _exposure_post(
        [
            "1.市场内公厕堆放杂物；",
            "整改责任单位：县市场监督管理局",
            "整改时限：2022年5月20日前",
            "2.小区楼道杂物乱堆；",
            "整改责任单位：县住房和城乡建设局",
            "整改时限：2022年5月25日前",
            "3.后厨有鼠迹，病媒生物防制不到位。",
            "整改责任单位：县市场监督管理局",
            "整改时限：2022年5月20日前",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.number for f in findings] == [1, 2, 3]
    assert [f.lead_units for f in findings] == [
        ["县市场监督管理局"],
        ["县住房和城乡建设局"],
        ["县市场监督管理局"],
    ]


def test_two_captions_glued_by_a_printed_line_are_two_entries():
    text = "\n".join(
        [
            "某区第3期人居环境“红黑榜”",
            "黑榜",
            "村组",
            "所属镇街",
            "西河村下湾",
            "乙镇",
            "南岭村中湾",
            "丙街道",
            "北坡村上组",
            "丁镇",
            "乙镇西河村下湾房前屋后柴草乱堆丙街道南岭村中湾堰塘漂浮垃圾多",
            "丁镇北坡村上组有露天旱厕",
            "评为黑榜的要对照问题加强整改",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "乙镇西河村下湾房前屋后柴草乱堆",
        "丙街道南岭村中湾堰塘漂浮垃圾多",
        "丁镇北坡村上组有露天旱厕",
    ]


def test_problems_the_checkers_raised_counted_in_words_and_not_the_towns_requirements():
    text = "\n".join(
        [
            "5月9日，区农业局、环保局等部门到某镇开展村庄环境长效管理督查。",
            "督查组先后来到东村、西村，并提出三个问题：一是村内绿化养护不及时；二是排水沟堵塞；三是河塘漂浮物未清理干净。",
            "我镇根据督查情况对各村提出两点要求：一是高度重视，齐抓共管；二是严格考核，奖惩分明。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == ["村内绿化养护不及时", "排水沟堵塞", "河塘漂浮物未清理干净"]
