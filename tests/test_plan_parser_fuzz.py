"""Fuzzing the plan parser: no input makes it crash.

Every input either parses into well-formed findings or raises `PlanParseError` with a Chinese
message. Inputs are arbitrary text, text made of the pieces the parser reacts to (labels,
numbering, brackets, dates, table bars, markdown), and damaged copies of the seed documents.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from intake import plan_document
from intake.deadline_text import DEADLINE_KINDS, find_text_deadlines, parse_deadline_field
from intake.plan_document import PlanFileError, read_plan_bytes
from intake.plan_parser import ParsedPlan, PlanParseError, parse_plan_text

SEED_TEXTS = [
    path.read_text(encoding="utf-8")
    for path in sorted((Path(__file__).parent / "plan_documents").glob("*.txt"))
]
# Hypothesis keeps caches in .hypothesis/; keep them out of the repository. No example
# database either. FUZZ_EXAMPLES=5000 runs a longer search locally; CI uses the default.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "hypothesis-plan-parser")
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")),
    deadline=2000,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

PIECES = [
    "一、",
    "二、",
    "十一、",
    "（一）",
    "(二)",
    "1．",
    "2.",
    "3、",
    "1.2018年10月底前",
    "一是",
    "二是",
    "（1）",
    "①",
    "反馈问题一：",
    "反馈问题二：",
    "整改目标：",
    "整改时限：",
    "整改期限",
    "完成时限：",
    "牵头单位：",
    "责任单位：",
    "配合单位：",
    "整改实施主体：",
    "督办县领导：",
    "牵头领导：",
    "责任人员：",
    "联络人员：",
    "整改措施：",
    "主要措施：",
    "整改完成情况",
    "完成情况：",
    "申请时间：",
    "序号",
    "问题",
    "县住建局（县人防办）",
    "市环保局（牵头）",
    "（分别牵头）",
    "县发改局、",
    "，",
    "、",
    "；",
    "。",
    "：",
    ":",
    "（",
    "）",
    "(",
    ")",
    "《",
    "》",
    "“",
    "”",
    "2021年12月31日",
    "2019年2月底",
    "2018年底前",
    "2023年6月底前",
    "2018 年",
    "—",
    "-",
    "立行立改",
    "持续推进",
    "长期坚持",
    "（已完成整改并上报销号）",
    "符合整改销号标准",
    "不符合销号标准",
    "以下均需各乡镇人民政府负责落实，不再列出",
    # pieces of the non-table real layouts (issue 14, third pass)
    "以下各项工作均需各县、区人民政府落实，不再列出。",
    "排在前位为牵头部门，下同。",
    "牵头督导，",
    "〔",
    "〕",
    "[",
    ")]",
    "三：整改完成情况：",
    "认真落实《审议意见》关于“",
    "”的建议。",
    "2020年大气污染防治实施计划",
    "年底前",
    "6月底前",
    "牵头，",
    "配合）",
    "负责）",
    " | ",
    "|",
    "| --- |",
    "**",
    "~~",
    "## ",
    "- ",
    "\t",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "杨广何俊峰",
    "刘 华",
    "县",
    "局",
    "二〇二三年十二月",
    "０１２３",
    "\u3000",
    "\ufeff",
]


def check_plan(plan: ParsedPlan) -> None:
    assert plan.findings
    payload = json.dumps(plan.to_json(), ensure_ascii=False)
    assert json.loads(payload)["findings"]
    for finding in plan.findings:
        assert isinstance(finding.number, int) and finding.number >= 0
        assert finding.title and finding.problem
        assert finding.status in (None, "completed")
        assert finding.part >= 1
        for deadline in finding.deadlines:
            assert deadline.kind in DEADLINE_KINDS
            assert (deadline.date is not None) == (deadline.kind == "date")
            assert deadline.date is None or isinstance(deadline.date, date)
        for name in [*finding.lead_units, *finding.cooperating_units]:
            assert name and name == name.strip()
        for measure in finding.measures:
            assert measure.text and measure.number


def parse_or_reject(text: str) -> None:
    try:
        plan = parse_plan_text(text)
    except PlanParseError as error:
        assert str(error)  # a message for the user
        return
    check_plan(plan)


@FUZZ
@given(st.text())
def test_arbitrary_text_never_crashes(text):
    parse_or_reject(text)


@FUZZ
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=80).map("".join))
def test_plan_like_text_never_crashes(text):
    parse_or_reject(text)


@FUZZ
@given(
    st.sampled_from(range(len(SEED_TEXTS))),
    st.integers(min_value=0, max_value=60000),
    st.integers(min_value=0, max_value=60000),
)
def test_truncated_seed_slices_never_crash(index, start, length):
    text = SEED_TEXTS[index]
    parse_or_reject(text[start : start + length])


@FUZZ
@given(
    st.sampled_from(range(len(SEED_TEXTS))),
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=60000), st.sampled_from(PIECES) | st.text(max_size=3)),
        max_size=30,
    ),
)
def test_damaged_seeds_never_crash(index, edits):
    text = SEED_TEXTS[index]
    for position, insert in edits:
        position %= len(text) + 1
        text = text[:position] + insert + text[position + 1 :]
    parse_or_reject(text)


# a form copied out of a PDF: labels a space from their values, spread (交 办 问 题), glued to a
# measure, alone on a line or wrapped over two, values wrapped at any length
FORM_PIECES = [
    "问题名称 ",
    "交 办 问 题 ",
    "责任单位 ",
    " 配合单位 ",
    "整改时限 ",
    " 完成时间 ",
    "整改措施1.",
    "处置措施 ",
    "整改主要工作",
    "及成效",
    "问题来源 ",
    "二、整改目标 ",
    "县人民政府",
    "2024 年 12 月 31",
    "日前",
    "已办结",
    "。",
    " ",
    "\n",
]


@FUZZ
@given(st.lists(st.sampled_from(FORM_PIECES) | st.text(max_size=4), max_size=60).map("".join))
def test_form_like_text_never_crashes(text):
    parse_or_reject(text)


@FUZZ
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=30).map("".join))
def test_deadline_phrases_never_crash(text):
    for deadline in [*parse_deadline_field(text), *find_text_deadlines(text)]:
        assert deadline.kind in DEADLINE_KINDS
        assert (deadline.date is not None) == (deadline.kind == "date")


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.docx", "a.md", "a", "a.pdf", "a.doc"]))
def test_arbitrary_file_bytes_give_a_message_not_a_crash(data, name):
    # Bytes that look like a .doc or RTF go to LibreOffice, whose start alone can pass the
    # deadline on a loaded machine; its conversions are tested with real files elsewhere, so
    # here it is “not installed” and the reader's own message is checked.
    with mock.patch.object(plan_document.shutil, "which", return_value=None):
        try:
            text = read_plan_bytes(data, name)
        except PlanFileError as error:
            assert str(error)
            return
    parse_or_reject(text)
