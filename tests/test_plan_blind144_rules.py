"""Rules the reader learnt from blind set 144 (issue 14, docs/decisions.md “Blind set 144”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 144`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def _findings(text: str):
    return parse_plan_text(text).findings


# --- a point's place on its own line, and a closing sentence, after a unit list ------------------


def test_the_next_points_place_and_a_closing_sentence_are_no_units():
    findings = _findings(
        "某县第3次实地督查问题曝光通报\n"
        "6月2日，某县创建工作领导小组开展实地督查，现对发现的问题进行曝光通报。\n"
        "东门农贸市场\n"
        "存在问题：市场内杂物乱堆，排水沟盖板破损。\n"
        "责任单位：城关街道\n"
        "西湖花园小区\n"
        "存在问题：绿化带内杂草丛生；电动车乱停放。\n"
        "责任单位：县住建局、城关街道\n"
        "县委常委某某，县住建局、县市场监管局等单位负责人参加检查。"
    )
    assert [f.title for f in findings] == ["市场内杂物乱堆，排水沟盖板破损", "绿化带内杂草丛生"]
    assert [f.lead_units for f in findings] == [["城关街道"], ["县住建局", "城关街道"]]


def test_a_unit_list_broken_inside_a_name_or_after_a_separator_goes_on():
    findings = _findings(
        "某县实地督查问题通报\n"
        "存在问题：河道内有生活垃圾。\n"
        "责任单位：县水务局、县综合行政执\n"
        "法局\n"
        "存在问题：路面积水严重。\n"
        "责任单位：县住建局、\n"
        "城关街道\n"
    )
    assert [f.lead_units for f in findings] == [["县水务局", "县综合行政执法局"], ["县住建局", "城关街道"]]


# --- “place␠存在问题：…” a point a paragraph -------------------------------------------------------


def test_a_place_before_the_problem_label_on_one_line_is_split_off():
    findings = _findings(
        "某县第5次实地督查问题曝光通报\n"
        "7月1日，某县开展实地督查，现对发现的问题进行曝光通报。\n"
        "县人民医院 存在问题：垃圾分类收集点物品摆放杂乱。\n"
        "责任单位：县卫生健康局\n"
        "城西废旧物资回收站 存在问题：回收物品露天堆放未覆盖。 责任单位：县商务局\n"
        "南关社区 存在问题：空地堆放建筑垃圾，环境卫生差。 责任单位：城关街道"
    )
    assert [f.title for f in findings] == [
        "垃圾分类收集点物品摆放杂乱",
        "回收物品露天堆放未覆盖",
        "空地堆放建筑垃圾，环境卫生差",
    ]
    assert [f.lead_units for f in findings] == [["县卫生健康局"], ["县商务局"], ["城关街道"]]


def test_a_sentence_before_a_label_is_not_taken_for_a_place():
    # a clause with its comma is no place name: the line is left as it is
    findings = _findings(
        "某县督查情况通报\n"
        "经查，该点位 存在问题：道路扬尘严重，未洒水降尘。\n"
        "责任单位：县住建局\n"
        "存在问题：工地裸土未覆盖。\n"
        "责任单位：县住建局"
    )
    assert all("经查" not in f.title for f in findings)


# --- a point named by its place alone over its problems （1）… ------------------------------------


def test_a_place_alone_over_numbered_problems_is_titled_by_the_first_problem():
    findings = _findings(
        "创文问题清单曝光\n"
        "市创文办发布督查中发现的问题，要求相关责任单位限期整改。具体问题如下：\n"
        "1. 市图书馆\n"
        "（1）院内电动车未按指定区域停放；\n"
        "（2）灭火器过期未更换。\n"
        "问题整改责任单位：市文旅局 整改时限：3天\n"
        "2. 市第一中学\n"
        "（1）校门口摊贩占道经营；\n"
        "（2）宣传栏破损。\n"
        "问题整改责任单位：市教育局 整改时限：5天"
    )
    assert [f.title for f in findings] == ["院内电动车未按指定区域停放", "校门口摊贩占道经营"]
    assert [f.lead_units for f in findings] == [["市文旅局"], ["市教育局"]]
    assert all(not f.measures for f in findings)


def test_a_heading_naming_the_problem_keeps_its_title_over_numbered_lines():
    findings = _findings(
        "整改任务清单\n"
        "1. 城区污水管网建设滞后\n"
        "（1）加快管网建设；\n"
        "（2）完成雨污分流改造。\n"
        "责任单位：县住建局 整改时限：2025年12月底\n"
        "2. 垃圾填埋场渗滤液处理不达标\n"
        "（1）新建渗滤液处理设施；\n"
        "（2）加强运行监管。\n"
        "责任单位：县城管局 整改时限：2025年6月底"
    )
    assert [f.title for f in findings] == ["城区污水管网建设滞后", "垃圾填埋场渗滤液处理不达标"]
