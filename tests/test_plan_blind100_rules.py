"""Rules the reader learnt from blind set 100 (issue 14, docs/decisions.md “Blind set 100”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 100`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text
from intake.words import OPENING_TOWN_COLON, PLACE_KIND_COLUMN


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a town's 通报: common problems numbered 1., then a section a village in （一） ----------------

_TWO_SECTIONS = (
    "9月东河镇人居环境整治工作情况通报\n"
    "镇工作专班于10月8日对各村进行了暗访，现将情况通报如下。\n"
    "一、工作开展情况\n"
    "各村主干道卫生保持较好。\n"
    "二、存在的问题\n"
    "1.柴草乱堆乱放。部分农户门前仍有柴草垛。\n"
    "2.垃圾清运不及时。个别垃圾桶满溢未清运。\n"
    "三、各村情况\n"
    "（一）南坪村：村口沟渠垃圾未及时清理。\n"
    "（二）北坪社区：居民楼后杂物乱堆乱放。\n"
    "四、下步工作要求\n"
    "各村要对照问题抓紧整改。\n"
    "东河镇工作专班\n"
    "2023年10月10日\n"
)


def test_a_sibling_section_numbered_in_another_style_is_read_too():
    findings = _findings(_TWO_SECTIONS)
    assert [f.number for f in findings] == [1, 2, 3, 4]
    assert [f.title for f in findings] == [
        "柴草乱堆乱放",
        "垃圾清运不及时",
        "村口沟渠垃圾未及时清理",
        "居民楼后杂物乱堆乱放",
    ]
    assert [f.lead_units for f in findings] == [[], [], ["南坪村"], ["北坪社区"]]


def test_a_frame_section_in_another_style_is_not_read_as_problems():
    text = _TWO_SECTIONS.replace(
        "三、各村情况\n（一）南坪村：村口沟渠垃圾未及时清理。\n（二）北坪社区：居民楼后杂物乱堆乱放。\n",
        "三、下步工作要求\n（一）对垃圾未清理的村加强督导。\n（二）对乱堆乱放的农户逐户劝导。\n",
    ).replace("四、下步工作要求\n", "")
    findings = _findings(text)
    assert [f.title for f in findings] == ["柴草乱堆乱放", "垃圾清运不及时"]


# --- an item opening on its village and a colon ------------------------------------------------


def test_an_item_opening_on_its_village_and_a_colon_names_it():
    assert OPENING_TOWN_COLON.match("詹桥村：少数农户房前屋后杂草未清理。").group("place") == "詹桥村"
    assert OPENING_TOWN_COLON.match("城西社区：楼道杂物堆放。").group("place") == "城西社区"
    assert OPENING_TOWN_COLON.match("宁安镇：肖闸村有建筑垃圾；").group("place") == "宁安镇"
    # “部分村：” / “个别社区：” name no place
    assert OPENING_TOWN_COLON.match("部分村：垃圾未清运。") is None
    assert OPENING_TOWN_COLON.match("个别社区：保洁不到位。") is None


# --- a 街道's 督办 table whose place column is headed 村居 ---------------------------------------


def test_a_column_headed_cunju_names_the_place_that_acts():
    assert PLACE_KIND_COLUMN.match("村居")
    assert PLACE_KIND_COLUMN.match("村社区")
    assert not PLACE_KIND_COLUMN.match("村居环境")


# --- a 约谈 通报: the problem under “一、约谈事由”, the town called in leads ----------------------

_INTERVIEW = (
    "某市大气污染防治攻坚办公室\n"
    "关于约谈东湖县西岭镇主要负责人的通报\n"
    "各县（区）攻坚办：\n"
    "6月2日，市巡查组发现西岭镇露天焚烧垃圾。6月4日，市攻坚办约谈了西岭镇党政主要负责人。现将有关情况通报如下：\n"
    "一、约谈事由\n"
    "西岭镇北河村河滩露天焚烧生活垃圾约2吨。经查，系保洁员图省事就地焚烧。\n"
    "二、约谈要求\n"
    "（一）认真整改。立即清理焚烧残留物，建立巡查制度。\n"
    "（二）严肃追责。对有关责任人的处理结果于6月10日前报市攻坚办。\n"
    "某市大气污染防治攻坚办公室\n"
    "2022年6月5日\n"
)


def test_the_first_sentence_under_the_cause_heading_is_the_problem():
    (finding,) = _findings(_INTERVIEW)
    assert finding.title == "西岭镇北河村河滩露天焚烧生活垃圾约2吨"
    assert finding.lead_units == ["西岭镇"]
    assert not [d for d in finding.deadlines if d.date]  # the report day is no limit


def test_the_cause_heading_and_the_unit_called_in():
    from intake.words import CAUSE_HEADING, INTERVIEWED_UNIT

    assert CAUSE_HEADING.match("约谈事由")
    assert CAUSE_HEADING.match("问责原因")
    assert not CAUSE_HEADING.match("约谈要求")
    assert INTERVIEWED_UNIT.search("市禁烧办约谈了常村镇主要领导和包片责任人").group("unit") == "常村镇"
    assert INTERVIEWED_UNIT.search("约谈县交通局分管负责人").group("unit") == "县交通局"
    assert INTERVIEWED_UNIT.search("约谈会上") is None
