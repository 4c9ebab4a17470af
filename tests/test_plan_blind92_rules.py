"""Rules the reader learnt from blind set 92 (issue 14, docs/decisions.md “Blind set 92”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 92`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text, split_units


def test_a_label_without_value_yields_to_the_labelled_lines_under_it():
    text = "\n".join(
        [
            "关于整改任务（序号3）整改验收公示",
            "整改任务（序号3）已完成整改并通过验收，现予以公示。",
            "一、整改任务",
            "部分河道垃圾清理不及时。",
            "二、整改实施主体",
            "牵头单位：县水利局。",
            "责任单位：县城管局、各乡镇人民政府。",
            "三、整改情况",
            "已完成河道垃圾清理。",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.lead_units == ["县水利局"]
    assert finding.cooperating_units == ["县城管局", "各乡镇人民政府"]


def test_a_pair_of_bodies_is_the_suffix_a_bare_place_shares():
    zones = split_units("甲开发区、乙高新区党工委和管委会")
    assert zones == ["甲开发区党工委和管委会", "乙高新区党工委和管委会"]
    assert split_units("甲县、乙县党委和政府") == ["甲县党委和政府", "乙县党委和政府"]
    # a single suffix is shared as before
    assert split_units("甲县、乙县人民政府") == ["甲县人民政府", "乙县人民政府"]


def test_a_city_committee_and_its_government_are_one_name():
    assert split_units("丙市委和市政府、丁县住建局") == ["丙市委和市政府", "丁县住建局"]
    # two bodies of different places stay two
    assert split_units("县住建局和县水利局") == ["县住建局", "县水利局"]


def test_a_label_word_chapter_ends_the_section_before_it():
    text = "\n".join(
        [
            "某市河流环境反馈意见整改方案",
            "一、指导思想",
            "坚持问题导向，推动反馈意见逐一整改到位。",
            "二、整改目标及措施",
            "加强河道巡查，全面落实河长制。推行巡河员制度。〔责任单位：市水务局，各县政府〕",
        ]
    )
    finding = parse_plan_text(text).findings[0]
    assert finding.title == "加强河道巡查，全面落实河长制"
    assert finding.lead_units == ["市水务局", "各县政府"]
    assert finding.section is None
