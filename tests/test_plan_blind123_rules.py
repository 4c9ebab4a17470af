"""Rules the reader learnt from blind set 123 (issue 14, docs/decisions.md “Blind set 123”), each
on a short input written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 123`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text


def test_spots_told_sentence_by_sentence_are_one_finding_each():
    # `_spot_sentences`: the opening's general “存在A、B等问题” sums the spots up
    text = "\n".join(
        [
            "记者跟随县人居办开展督导暗访。但在一些村，仍存在杂物乱堆、畜禽散养等问题，需加强整改。",
            "记者在东河镇看到，该镇整治有反弹。在东河镇石门村3组，几户门前堆着木料和农具；屋后水沟淤塞。"
            "村口垃圾桶已满未清运。在东河镇桥头村一户院里，鸡舍敞开，粪便散落。",
            "类似情况也出现在西山镇。在西山镇高桥村5组，一处空房未拆除，存在隐患。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings] == [
        "在东河镇石门村3组，几户门前堆着木料和农具",
        "在东河镇桥头村一户院里，鸡舍敞开，粪便散落",
        "在西山镇高桥村5组，一处空房未拆除，存在隐患",
    ]
    assert all(f.lead_units == [] for f in findings)


def test_a_spot_of_the_village_just_named_opens_on_gai_cun():
    text = "\n".join(
        [
            "县督查组对南岭镇开展暗访检查。",
            "在南岭镇北坡村2组，路边柴草乱堆。在该村6组，一处猪圈污水横流。在南岭镇上湾村，河沟里有垃圾未清理。",
        ]
    )
    findings = parse_plan_text(text).findings
    assert [f.title for f in findings][1] == "在该村6组，一处猪圈污水横流"
    assert len(findings) == 3


def test_two_spots_are_no_account_of_spots():
    # fewer than three spots: the run-on reading of the general sentence stands
    text = "\n".join(
        [
            "县督查组开展暗访检查，发现仍存在垃圾清运不及时、柴草乱堆乱放等问题。",
            "在南岭镇北坡村2组，路边柴草乱堆。在南岭镇上湾村，河沟里有垃圾未清理。",
        ]
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert titles == ["垃圾清运不及时", "柴草乱堆乱放"]


def test_what_persists_after_praise_is_one_finding_an_item():
    # `words.PERSISTING_RUN_ON`, a reading of `_run_on_list`: “但是A、B、C等现象依然存在”
    text = "\n".join(
        [
            "县领导督查卫生乡镇创建工作",
            "县领导指出，两个镇在道路保洁方面改善明显，但是乱搭乱建、垃圾桶摆放不规范、犬只散养等现象依然存在。",
            "县领导要求，相关乡镇要加强整治。",
        ]
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert titles == ["乱搭乱建", "垃圾桶摆放不规范", "犬只散养"]


def test_a_clause_summing_up_what_persists_is_no_finding():
    text = "\n".join(
        [
            "县长暗访农村人居环境整治工作。",
            "督查发现，部分村道垃圾清扫不及时、沟渠内有垃圾漂浮、危房拆除不到位，脏乱现象依然存在。",
            "县长要求相关单位明确整改时间。",
        ]
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert titles == ["部分村道垃圾清扫不及时", "沟渠内有垃圾漂浮", "危房拆除不到位"]


def test_problems_told_after_some_problems_found_apart_by_commas():
    # `_found_some_problems`, the clauses of the same sentence
    text = "\n".join(
        [
            "县创建办对各乡镇环境卫生进行督导检查。",
            "督导中也发现了一些问题，个别乡镇有摊点占道现象，一些村的水塘里漂着垃圾，部分路边沟内积存杂物。"
            "希望各乡镇组织力量全面整治。",
        ]
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert titles == ["个别乡镇有摊点占道现象", "一些村的水塘里漂着垃圾", "部分路边沟内积存杂物"]


def test_problems_told_in_the_sentences_after_the_found_sentence():
    # the praise before “但” is none; a sentence without a turn is one finding whole
    text = "\n".join(
        [
            "县农业农村局对各村人居环境整治进行了专项督查。",
            "但在检查中仍发现不少问题。主干道保洁较为到位，但标准不高，庭院杂物乱放，小巷垃圾偏多。"
            "有的村宣传不够，群众参与度低。",
            "督查组要求各村限期整改。",
        ]
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert titles == ["标准不高", "庭院杂物乱放", "小巷垃圾偏多", "有的村宣传不够，群众参与度低"]


def test_found_problems_without_a_quantity_word_are_not_this_reading():
    # “针对发现的问题，…” tells no problems: the cue wants 一些 / 不少 / 部分 …
    text = "\n".join(
        [
            "县督查组对各镇进行督查。",
            "针对检查中发现问题，督查组要求各镇立即整改，加强保洁，落实长效机制。",
        ]
    )
    titles = [f.title for f in parse_plan_text(text).findings]
    assert "加强保洁" not in titles


def test_a_page_of_short_items_is_no_account_of_spots():
    # each “本报讯” item under its headline is its own report (set 118's `_headlines_over_reports`
    # reads such pages); the spots inside the items are not read across them
    from intake.plan_parser import _spot_sentences

    text = "\n".join(
        [
            "桥头路口垃圾成堆",
            "本报讯（记者甲）4月1日，市督查组到东河镇督查。在东河镇石门村路口，发现垃圾成堆未清理。",
            "河道漂浮杂物",
            "本报讯（记者乙）4月2日，市督查组到西山镇督查。在西山镇桥头村河边，发现河道漂浮杂物。",
            "空地焚烧垃圾",
            "本报讯（记者丙）4月3日，市督查组到南岭镇督查。在南岭镇上湾村空地上，发现焚烧垃圾的痕迹。",
        ]
    )
    assert _spot_sentences(text) is None
    assert _spot_sentences(text.replace("本报讯", "")) is not None


def test_what_a_group_found_at_any_place_opens_a_spot_of_its_own():
    # (found at the merge with set 121: “在西乡农贸批发市场，…” names no 镇, 村 or 社区, and was
    # joined to the spot before it)
    text = (
        "区文明办开展创文检查\n检查组对三个街道进行了检查。"
        "在新安街道翻身小区，检查组发现，该小区存在车辆乱停乱放等问题。"
        "在西乡农贸批发市场，检查组发现，该处存在公益广告偏少、道路划线不清等问题。"
        "在航城街道综治中心，检查组发现，该处存在标识破损的问题。"
        "在福永街道凤凰社区，检查组发现，该社区存在垃圾桶破损等问题。\n"
    )
    titles = [finding.title for finding in parse_plan_text(text).findings]
    assert len(titles) == 4
    assert titles[1].startswith("在西乡农贸批发市场")
