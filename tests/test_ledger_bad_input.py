"""Bad files for the ledger importer, built for real in the tests: each gives a clear Chinese
message and leaves the database exactly as it was."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from data_access.ledger import ImportRejected, apply_import, export_ledger, preview_import
from data_access.metrics import FindingFilters
from data_access.models import Batch, Finding
from intake.ledger_sheets import OLE2_MAGIC
from tests.fixture_data import TODAY
from tests.ledger_files import FINDING_HEADERS, finding_row, snapshot, workbook_bytes


def refused(engine, data: bytes, filename: str, **kwargs) -> list[str]:
    """Preview and import a bad file: the messages, after checking nothing was written."""
    before = snapshot(engine)
    plan = preview_import(engine, data=data, filename=filename, today=TODAY, **kwargs)
    assert not plan.ok
    with pytest.raises(ImportRejected):
        apply_import(engine, data=data, filename=filename, actor="测试", today=TODAY, **kwargs)
    assert snapshot(engine) == before
    return [p.text() for p in plan.problems]


def imported(engine, data: bytes, filename: str = "台账.xlsx") -> SimpleNamespace:
    """Import a good file with one new finding (number 30 of batch t-a) and return its fields."""
    plan = preview_import(engine, data=data, filename=filename, today=TODAY)
    assert plan.ok, [p.text() for p in plan.problems]
    apply_import(engine, data=data, filename=filename, actor="测试", today=TODAY)
    with Session(engine) as session:
        finding = session.scalar(select(Finding).join(Batch).where(Batch.code == "t-a", Finding.number == 30))
        return SimpleNamespace(
            title=finding.title, category=finding.category, next_due_date=finding.next_due_date
        )


@pytest.fixture
def good_xlsx(engine, fixture_ids) -> bytes:
    return export_ledger(engine, filters=FindingFilters(), today=TODAY)


def test_empty_file(engine, fixture_ids):
    assert refused(engine, b"", "台账.xlsx") == [
        "文件“台账.xlsx”：文件为空（0 字节），请选择填写好的台账文件。"
    ]


def test_truncated_file(engine, good_xlsx):
    messages = refused(engine, good_xlsx[: len(good_xlsx) // 2], "台账.xlsx")
    assert messages == ["文件“台账.xlsx”：文件不完整或已损坏（无法解压），请重新保存或重新下载后再导入。"]


def test_damaged_inside_the_zip(engine, good_xlsx):
    # the zip directory is intact but a worksheet's compressed bytes are not
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good_xlsx)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet3"):
                content = content[: len(content) // 3]  # the XML stops mid-way
            target.writestr(info, content)
    messages = refused(engine, buffer.getvalue(), "台账.xlsx")
    assert len(messages) == 1
    assert "文件可能已损坏" in messages[0]


def encrypted(data: bytes) -> bytes:
    """A password-protected .xlsx, encrypted for real with msoffcrypto-tool when it is installed,
    else an OLE2 container as Excel writes one (magic bytes + an EncryptionInfo stream name)."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        return OLE2_MAGIC + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(2048)
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt("密码123", out)
    return out.getvalue()


def test_password_protected_file(engine, good_xlsx):
    data = encrypted(good_xlsx)
    assert data.startswith(OLE2_MAGIC)
    assert refused(engine, data, "台账（加密）.xlsx") == [
        "文件“台账（加密）.xlsx”：文件设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再导入。"
    ]


def test_old_xls_file(engine, fixture_ids):
    data = OLE2_MAGIC + bytes(4096)
    assert refused(engine, data, "台账.xls") == [
        "文件“台账.xls”：这是旧版 Excel（.xls）或其他 Office 文件；请在 Excel 中另存为 .xlsx 后导入。"
    ]


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "整改方案.xlsx", "这是 PDF 文件，不是 Excel 文件"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "截图.xlsx", "不是有效的 Excel 文件（.xlsx）"),
        (b"hello, world", "notes.docx", "不支持的文件类型“.docx”"),
    ],
)
def test_files_that_are_not_excel(engine, fixture_ids, content, name, message):
    messages = refused(engine, content, name)
    assert len(messages) == 1 and message in messages[0]


def test_a_word_document_renamed_to_xlsx(engine, fixture_ids):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert refused(engine, buffer.getvalue(), "方案.xlsx") == [
        "文件“方案.xlsx”：这是 Word 文件，不是 Excel 台账。"
    ]


def test_a_50_megabyte_file_is_refused_before_parsing(engine, fixture_ids):
    data = b"PK\x03\x04" + bytes(50 * 1024 * 1024)
    messages = refused(engine, data, "大文件.xlsx")
    assert messages == [
        "文件“大文件.xlsx”：文件大小 50.0 MB，超过导入上限 20 MB；请按批次或地区拆分后分别导入。"
    ]


def test_the_size_limit_is_configurable(engine, good_xlsx, monkeypatch):
    monkeypatch.setenv("DASHBOARD_IMPORT_MAX_MB", "0.01")
    messages = refused(engine, good_xlsx, "台账.xlsx")
    assert "超过导入上限 0 MB" in messages[0]


def test_gbk_csv_is_read(engine, fixture_ids):
    header = ",".join(FINDING_HEADERS)
    text = f"{header}\nt-a,30,垃圾填埋场渗滤液,渗滤液超标排放,固体废物,保靖县,2027年6月底,县住建局\n"
    finding = imported(engine, text.encode("gb18030"), "问题清单.csv")
    assert (finding.title, finding.category, finding.next_due_date) == (
        "垃圾填埋场渗滤液",
        "solid_waste",
        date(2027, 6, 30),
    )


def test_csv_in_a_wrong_encoding(engine, fixture_ids):
    header = ",".join(FINDING_HEADERS)
    text = f"{header}\nt-a,30,垃圾填埋场,渗滤液,固体废物,保靖县,2027-06-30,县住建局\n"
    messages = refused(engine, text.encode("big5", errors="replace"), "问题清单.csv")
    assert len(messages) == 1
    assert "GBK/GB18030 编码读取" in messages[0] and "乱码" in messages[0]
    messages = refused(engine, text.encode("utf-16-le"), "问题清单.csv")  # UTF-16 without a BOM
    assert messages == ["文件“问题清单.csv”：无法识别文件编码：CSV 文件应为 UTF-8 或 GBK（GB18030）编码。"]


def test_merged_header_cells(engine, fixture_ids):
    # a two-row header: “整改时限” spans two columns above “类型” and “日期”
    data = workbook_bytes(
        {
            "问题清单": [
                [
                    "批次编号",
                    "问题序号",
                    "问题名称",
                    "问题描述",
                    "问题类别",
                    "整改地区",
                    "整改时限",
                    None,
                    "牵头单位",
                ],
                [None, None, None, None, None, None, "类型", "日期", None],
                ["t-a", 30, "新问题", "描述", "土壤", "保靖县", "限期", date(2027, 1, 1), "县发改局"],
            ]
        },
        merges={"问题清单": ["G1:H1", "A1:A2", "B1:B2"]},
    )
    assert refused(engine, data, "合并表头.xlsx") == [
        "文件“合并表头.xlsx”，工作表“问题清单”，第1行：表头含合并单元格（A1:A2、B1:B2、G1:H1），"
        "请取消合并，使用模板的单行表头（每列一个列名）。"
    ]


def test_a_merged_title_row_above_the_header_is_fine(engine, fixture_ids):
    data = workbook_bytes(
        {"问题清单": [["保靖县督察整改台账（2026年11月）"], FINDING_HEADERS, finding_row(30)]},
        merges={"问题清单": ["A1:H1"]},
    )
    assert imported(engine, data).title == "新问题30"


def test_merged_data_cells_are_named(engine, fixture_ids):
    data = workbook_bytes(
        {"问题清单": [FINDING_HEADERS, finding_row(30), finding_row(31, batch=None)]},
        merges={"问题清单": ["A2:A3"]},
    )
    messages = refused(engine, data, "合并.xlsx")
    assert messages == [
        "文件“合并.xlsx”，工作表“问题清单”，第3行，A列（批次编号）："
        "缺少必填内容（该单元格属于合并单元格 A2:A3，请取消合并并逐行填写）。"
    ]


def test_formulas_are_refused(engine, fixture_ids):
    data = workbook_bytes({"问题清单": [FINDING_HEADERS, finding_row("=29+1")]})
    assert refused(engine, data, "公式.xlsx") == [
        "文件“公式.xlsx”，工作表“问题清单”，第2行，B列（问题序号）：单元格为公式（=29+1），请复制后“粘贴为数值”再导入。"
    ]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (46387, date(2026, 12, 31)),  # an Excel serial number in a General cell
        (46387.0, date(2026, 12, 31)),
        ("46387", date(2026, 12, 31)),
        (datetime(2026, 12, 31), date(2026, 12, 31)),
        ("2026-12-31", date(2026, 12, 31)),
        ("2026/12/31", date(2026, 12, 31)),
        ("2026.12.31", date(2026, 12, 31)),
        ("2026年12月31日", date(2026, 12, 31)),
        ("2026年底", date(2026, 12, 31)),
        ("2027年2月底前", date(2027, 2, 28)),
        (20261231, date(2026, 12, 31)),
    ],
)
def test_dates_as_numbers_and_as_text(engine, fixture_ids, cell, expected):
    data = workbook_bytes({"问题清单": [FINDING_HEADERS, finding_row(30, deadline=cell)]})
    assert imported(engine, data).next_due_date == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (12, "数字 12 不是有效的整改时限"),
        ("2026-13-01", "整改时限“2026-13-01”既不是日期"),
        ("下月", "整改时限“下月”既不是日期"),
        (True, "整改时限无效"),
        ("1800-01-01", "超出合理范围"),
    ],
)
def test_bad_dates(engine, fixture_ids, cell, message):
    data = workbook_bytes({"问题清单": [FINDING_HEADERS, finding_row(30, deadline=cell)]})
    messages = refused(engine, data, "日期.xlsx")
    assert len(messages) == 1 and message in messages[0], messages


def test_a_workbook_without_ledger_sheets(engine, fixture_ids):
    data = workbook_bytes({"Sheet1": [["姓名", "电话"], ["张三", "123"]]})
    assert refused(engine, data, "通讯录.xlsx") == [
        "文件“通讯录.xlsx”：文件中没有台账工作表（督察批次、问题清单、整改措施、月度调度等）。"
    ]


def test_too_long_text_is_refused_before_the_database_would(engine, fixture_ids):
    data = workbook_bytes({"问题清单": [FINDING_HEADERS, finding_row(30, title="长" * 201)]})
    messages = refused(engine, data, "长.xlsx")
    assert messages == [
        "文件“长.xlsx”，工作表“问题清单”，第2行，C列（问题名称）：内容过长（201 字），问题名称最多 200 字。"
    ]
