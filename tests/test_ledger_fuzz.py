"""Fuzzing the ledger importer with hypothesis: no input makes it crash.

Whatever the bytes, `preview_import` returns a plan (with Chinese problems when the file is
unusable) and `apply_import` either imports or raises ImportRejected. When a generated file
is accepted, importing it a second time changes nothing.
"""

from __future__ import annotations

import csv
import io
import os
import random
from datetime import date, datetime

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from data_access.ledger import ImportRejected, apply_import, export_ledger, preview_import
from data_access.metrics import FindingFilters
from tests.fixture_data import TODAY
from tests.ledger_files import FINDING_HEADERS, snapshot, workbook_bytes

# LEDGER_FUZZ_EXAMPLES=500 for a longer run; 40 keeps the suite quick.
EXAMPLES = int(os.environ.get("LEDGER_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NAMES = st.sampled_from(["台账.xlsx", "台账.csv", "问题清单.csv", "旧表.xls", "无扩展名", "x.txt"])


def check(engine, data: bytes, filename: str, *, in_hypothesis: bool = True) -> None:
    """The importer's contract on any input."""
    plan = preview_import(engine, data=data, filename=filename, today=TODAY)
    if in_hypothesis:
        event("accepted" if plan.ok else "refused")
    for problem in plan.problems:
        assert problem.message and problem.text().startswith(f"文件“{filename}”")
    if not plan.ok:
        before = snapshot(engine)
        try:
            apply_import(engine, data=data, filename=filename, actor="模糊测试", today=TODAY)
        except ImportRejected:
            pass
        else:
            raise AssertionError("a file with problems was imported")
        assert snapshot(engine) == before
        return
    apply_import(engine, data=data, filename=filename, actor="模糊测试", today=TODAY)
    again = preview_import(engine, data=data, filename=filename, today=TODAY)
    assert again.ok and not again.has_changes, again.changes_frame().head().to_dict("records")
    # and what was imported comes back out unchanged
    exported = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    round_trip = preview_import(engine, data=exported, filename="导出.xlsx", today=TODAY)
    assert round_trip.ok and not round_trip.has_changes, round_trip.changes_frame().head().to_dict("records")


@FUZZ
@given(data=st.binary(max_size=2048), filename=NAMES)
def test_arbitrary_bytes(engine, fixture_ids, data, filename):
    check(engine, data, filename)


@FUZZ
@given(
    prefix=st.sampled_from([b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf", b""]),
    rest=st.binary(max_size=512),
)
def test_arbitrary_bytes_behind_known_magic(engine, fixture_ids, prefix, rest):
    check(engine, prefix + rest, "台账.xlsx")


@settings(max_examples=max(EXAMPLES * 3 // 4, 1), deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), mode=st.sampled_from(["flip", "cut", "insert"]))
def test_damaged_copies_of_a_real_ledger(engine, fixture_ids, seed, mode):
    good = _ledger(engine)
    rng = random.Random(seed)
    data = bytearray(good)
    if mode == "flip":
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif mode == "cut":
        data = data[: rng.randrange(len(data))]
    else:
        at = rng.randrange(len(data))
        data[at:at] = rng.randbytes(rng.randint(1, 64))
    check(engine, bytes(data), "台账.xlsx")


_LEDGER: dict[str, bytes] = {}


def _ledger(engine) -> bytes:
    key = str(engine.url)
    if key not in _LEDGER:
        _LEDGER[key] = export_ledger(engine, filters=FindingFilters(), today=TODAY)
    return _LEDGER[key]


# Cell values a person (or a program) might put in a ledger.
_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"))
    | st.sampled_from("=+-@'，、；\n保靖县发改局立行立改"),
    max_size=40,
)
_plausible = st.sampled_from(
    [
        "t-a",
        "t-b",
        "保靖县",
        "430300",
        "县发改局",
        "市环保局、市住建局",
        "土壤",
        "水环境",
        "推进中",
        "已完成待销号",
        "立行立改",
        "2026-12-31；长期坚持",
        "2026年底",
        "2026-10",
        "是",
        "=1+1",
        "'=SUM(A1)",
        "-5",
        "@x",
    ]
)
_cell = st.one_of(
    st.none(),
    _plausible,
    _text,
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2200, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2200, 1, 1)),
    st.booleans(),
)


def _rows(width: int):
    return st.lists(st.lists(_cell, min_size=width, max_size=width), min_size=1, max_size=4)


FINDINGS_HEADER = [*FINDING_HEADERS, "配合单位", "整改状态", "交办日期", "责任人员"]
MEASURES_HEADER = [
    "批次编号",
    "问题序号",
    "措施分组",
    "措施编号",
    "措施内容",
    "责任单位",
    "完成状态",
    "进度（%）",
]
REPORTS_HEADER = [
    "批次编号",
    "问题序号",
    "调度月份",
    "整改状态",
    "进度（%）",
    "工作进展",
    "报送单位",
    "报送日期",
]


@FUZZ
@given(
    findings=_rows(len(FINDINGS_HEADER)),
    measures=_rows(len(MEASURES_HEADER)),
    reports=_rows(len(REPORTS_HEADER)),
)
def test_generated_workbooks(engine, fixture_ids, findings, measures, reports):
    data = workbook_bytes(
        {
            "问题清单": [FINDINGS_HEADER, *findings],
            "整改措施": [MEASURES_HEADER, *measures],
            "月度调度": [REPORTS_HEADER, *reports],
        }
    )
    check(engine, data, "生成.xlsx")


_free_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("=+-@' \t\r\n，、；（）()"),
    min_size=1,
    max_size=30,
)


@st.composite
def _plausible_finding(draw) -> list:
    """A finding row that is usually valid, with arbitrary text where text is free."""
    batch, region, units = draw(
        st.sampled_from(
            [
                ("t-a", "保靖县", ["县发改局", "县住建局"]),
                ("t-b", "湘潭市", ["市环保局", "市住建局", "市农委"]),
                ("t-b", "430321", ["市农委"]),
            ]
        )
    )
    deadline = draw(
        st.one_of(
            st.sampled_from(["立行立改", "持续推进；长期坚持", "2026-12-31；立行立改", "2027年6月底"]),
            st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
        )
    )
    lead = "、".join(draw(st.lists(st.sampled_from(units), min_size=1, max_size=2, unique=True)))
    return [
        batch,
        draw(st.integers(min_value=1, max_value=15)),
        draw(_free_text),
        draw(_free_text),
        draw(st.sampled_from(["土壤", "水环境", "大气", "其他"])),
        region,
        deadline,
        lead,
        draw(st.one_of(st.none(), st.sampled_from(units))),
        draw(
            st.one_of(st.none(), st.sampled_from(["推进中", "已完成待销号", "未启动", "反弹重办", "已销号"]))
        ),
        draw(st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2026, 11, 23)))),
        draw(st.one_of(st.none(), _free_text)),
    ]


@FUZZ
@given(rows=st.lists(_plausible_finding(), min_size=1, max_size=5))
def test_plausible_workbooks_round_trip(engine, fixture_ids, rows):
    data = workbook_bytes({"问题清单": [FINDINGS_HEADER, *rows]})
    check(engine, data, "台账.xlsx")


@FUZZ
@given(
    rows=st.lists(
        st.lists(
            st.one_of(_plausible, st.text(max_size=30)),
            min_size=len(FINDINGS_HEADER),
            max_size=len(FINDINGS_HEADER),
        ),
        min_size=1,
        max_size=4,
    ),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
)
def test_generated_csv_files(engine, fixture_ids, rows, encoding):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(FINDINGS_HEADER)
    writer.writerows(rows)
    check(engine, buffer.getvalue().encode(encoding, errors="replace"), "问题清单.csv")


def test_a_valid_generated_row_is_imported(engine, fixture_ids):
    """The generators can produce importable files (the property above is not vacuous)."""
    row = [
        "t-a",
        40,
        "标题",
        "描述",
        "土壤",
        "保靖县",
        "立行立改",
        "县发改局",
        None,
        "推进中",
        date(2026, 1, 5),
        "张三（局长）",
    ]
    data = workbook_bytes({"问题清单": [FINDINGS_HEADER, row]})
    before = snapshot(engine)
    check(engine, data, "生成.xlsx", in_hypothesis=False)
    assert snapshot(engine)["findings"] == before["findings"] + 1
