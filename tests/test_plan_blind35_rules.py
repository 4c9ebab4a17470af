"""Rules the reader learnt from blind set 35 (issue 14, docs/decisions.md “Blind set 35”), each
on a short document written for the test, not the fixture it came from (the set's figure:
`benchmarks/plan_layouts_benchmark.py --blind 35`)."""

from __future__ import annotations

from intake.plan_parser import parse_plan_text

_POINTS = (
    "关于某县自然保护区问题点位整改的公示\n"
    "现将我县自然保护区生态环境问题点位整改进展通报如下。\n"
    "一、问题情况\n"
    "{points}"
    "二、整改措施\n"
    "拆除违规建筑，开展生态修复。\n"
    "三、责任单位\n"
    "某县林业局\n"
    "四、完成情况\n"
    "{progress}\n"
)


def test_a_notice_listing_two_spots_under_its_problem_label_posts_a_problem_per_spot():
    text = _POINTS.format(
        points="点位一（ZRBHD2301）：保护区实验区内有一处养殖棚。\n点位二（ZRBHD2302）：保护区缓冲区内有一处看护房。\n",
        progress="两处建筑均已拆除，已完成整改。",
    )
    findings = parse_plan_text(text).findings
    assert [(f.number, f.title) for f in findings] == [
        (1, "点位一（ZRBHD2301）：保护区实验区内有一处养殖棚"),
        (2, "点位二（ZRBHD2302）：保护区缓冲区内有一处看护房"),
    ]
    assert all(f.lead_units == ["某县林业局"] and f.status == "completed" for f in findings)


def test_one_spot_or_a_problem_in_two_lines_stays_one_problem():
    one = _POINTS.format(points="“绿盾”遥感问题点位2023_01位于保护区实验区内。\n", progress="已完成整改。")
    two_lines = _POINTS.format(
        points="保护区实验区内有一处养殖棚。\n点位位于村道东侧，面积约200平方米。\n", progress="已完成整改。"
    )
    assert len(parse_plan_text(one).findings) == 1
    assert len(parse_plan_text(two_lines).findings) == 1


def test_advice_to_close_the_problem_marks_it_done_but_advice_against_does_not():
    shed = "保护区实验区内有一处养殖棚。\n"
    done = _POINTS.format(points=shed, progress="养殖棚已拆除，符合规定的条件，建议销号。")
    open_ = _POINTS.format(points=shed, progress="复绿尚未完成，不建议销号。")
    assert parse_plan_text(done).findings[0].status == "completed"
    assert parse_plan_text(open_).findings[0].status is None


def test_a_notice_posting_what_meets_the_closing_terms_marks_its_problem_done():
    text = (
        "关于某县自然保护区问题点位整改销号的公示\n"
        "现将我县符合销号条件的生态环境问题点位情况予以公示。\n"
        "一、问题情况\n"
        "保护区实验区内有一处养殖棚。\n"
        "二、完成情况\n"
        "养殖棚已拆除并进行生态修复。\n"
    )
    assert parse_plan_text(text).findings[0].status == "completed"


def test_a_justified_pdf_line_spaced_out_between_its_characters_reads_closed_up():
    from intake.document_pdf import _close_gaps

    assert _close_gaps("点位2017_41位于河南黄河湿 地 国 家 级 自 然 保 护 区 内 （ 经 纬 度 ：") == (
        "点位2017_41位于河南黄河湿地国家级自然保护区内（经纬度："
    )
    # names a space apart, and one word between dates, are not a spaced-out run
    assert _close_gaps("联系人：孙新顺 温向阳") == "联系人：孙新顺 温向阳"
    assert _close_gaps("甲 乙") == "甲 乙"
