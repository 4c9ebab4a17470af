"""The sheets of the Excel ledger (台账): columns, reading a file into rows, cell values.

No database here: this module knows the layout of the ledger and how to turn what a
spreadsheet or a CSV file holds into typed values (and back), with a Chinese message for
every cell it cannot read. `data_access.ledger` matches the rows against the database.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import os
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from core import vocabulary as v
from intake.archives import unpacked_problem
from intake.deadline_text import parse_deadline_field
from intake.words import split_list

DEFAULT_MAX_IMPORT_MB = 20
MAX_ROWS_PER_SHEET = 100_000
MAX_COLUMNS = 200
HEADER_SEARCH_ROWS = 10  # a title row or two above the header row is tolerated
# Unpacked size of an .xlsx: well above any real ledger, low enough to stop a zip bomb.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024

DEADLINE_SEPARATOR = "；"
FORMULA_STARTS = ("=", "+", "-", "@")

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE2 container holding an “EncryptionInfo” stream (UTF-16 name).
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_ILLEGAL_XML_CHARS = re.compile(r"[\000-\010\013\014\016-\037]")


def max_import_bytes() -> int:
    """The upload limit in bytes, from DASHBOARD_IMPORT_MAX_MB (default 20)."""
    raw = os.environ.get("DASHBOARD_IMPORT_MAX_MB", "")
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_IMPORT_MB
    except ValueError:
        megabytes = DEFAULT_MAX_IMPORT_MB
    return int(megabytes * 1024 * 1024)


class LedgerFileError(ValueError):
    """The file as a whole cannot be read (empty, damaged, encrypted, too large…)."""


# --- the layout ------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of a ledger sheet.

    kind: text | int | number | date | month | period | bool | choice | list | people |
          deadlines | region | refs
    keep_if_empty: an empty cell leaves the stored value alone instead of clearing it.
    info_only: written on export for the reader, ignored on import.
    """

    key: str
    header: str
    kind: str = "text"
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (code, Chinese label)
    keep_if_empty: bool = False
    info_only: bool = False
    help: str = ""
    width: int = 14
    aliases: tuple[str, ...] = ()
    max_length: int | None = None  # of the text, or of each item of a list (database limits)

    @property
    def title(self) -> str:
        """The header as written in the template (required columns carry a *)."""
        return f"{self.header}*" if self.required else self.header


@dataclass(frozen=True)
class SheetSpec:
    key: str
    name: str
    description: str
    columns: tuple[Column, ...]
    key_columns: tuple[str, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _choices(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(labels.items())


_STATUS = _choices(v.STATUS_LABELS)
_BATCH = Column(
    "batch_code", "批次编号", required=True, help="督察批次的编号，见“督察批次”表或代码表", width=18
)
_FINDING_NUMBER = Column(
    "finding_number", "问题序号", "int", required=True, help="问题在批次中的序号（整数）"
)
_REGION_HELP = "地区名称（如 保靖县）或6位行政区划代码"

SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        "batches",
        "督察批次",
        "每个督察批次（或行动计划）一行。问题清单中的“批次编号”须在此表或系统中已有。",
        (
            Column(
                "code", "批次编号", required=True, help="英文字母、数字和连字符，如 baojing-cei2", width=18
            ),
            Column("name", "批次名称", required=True, width=30),
            Column(
                "source_type", "来源类型", "choice", required=True, choices=_choices(v.SOURCE_TYPE_LABELS)
            ),
            Column("level", "督察级别", "choice", required=True, choices=_choices(v.LEVEL_LABELS)),
            Column("region", "整改地区", "region", required=True, help=_REGION_HELP),
            Column("feedback_date", "反馈日期", "date"),
            Column("document", "文件名称", width=30),
            Column("goal", "总体目标", width=30),
            Column("notes", "备注", width=20),
        ),
        ("code",),
    ),
    SheetSpec(
        "units",
        "单位名录",
        "责任单位的规范名称及别名。问题、措施和月调度中的单位须在此表或系统中已有。",
        (
            Column("region", "所属地区", "region", required=True, help=_REGION_HELP),
            Column("name", "单位名称", required=True, width=24),
            Column("aliases", "别名", "list", help="其他写法，用“、”分隔", width=30),
        ),
        ("region", "name"),
    ),
    SheetSpec(
        "findings",
        "问题清单",
        "每个督察反馈问题（或方案任务）一行，按“批次编号 + 问题序号”识别。",
        (
            _BATCH,
            Column("number", "问题序号", "int", required=True, help="问题在批次中的序号（整数）"),
            Column(
                "label",
                "编号",
                keep_if_empty=True,
                help="原文中的编号，如 一、反馈问题一；空则不改变，新问题同序号",
            ),
            Column("section", "所属分类", width=20),
            Column("title", "问题名称", required=True, width=24),
            Column("problem", "问题描述", required=True, width=50),
            Column("category", "问题类别", "choice", required=True, choices=_choices(v.CATEGORY_LABELS)),
            Column("region", "整改地区", "region", required=True, help=_REGION_HELP),
            Column("target", "整改目标", width=40),
            Column(
                "deadlines",
                "整改时限",
                "deadlines",
                required=True,
                help="日期（2024-12-31）或 立行立改 / 持续推进 / 长期坚持；多个用“；”分隔",
                width=22,
            ),
            Column("deadline_text", "时限原文", help="方案原文中的整改时限表述", width=20),
            Column("lead_units", "牵头单位", "list", required=True, help="多个用“、”分隔", width=24),
            Column("cooperating_units", "配合单位", "list", help="多个用“、”分隔", width=24),
            Column("supervising", "督办领导", "list", width=14),
            Column("responsible", "责任人员", "people", help="姓名（职务），多个用“、”分隔", width=24),
            Column("liaisons", "联络人员", "list", width=14),
            Column(
                "status",
                "整改状态",
                "choice",
                choices=_STATUS,
                keep_if_empty=True,
                help="空则不改变；新问题默认未启动",
            ),
            Column(
                "registered_on",
                "交办日期",
                "date",
                keep_if_empty=True,
                help="空则不改变；新问题默认取批次反馈日期",
            ),
            Column("plan_marker", "方案标注", help="方案中的状态标注，如 已完成整改并上报销号", width=20),
            Column("notes", "备注", width=20),
        ),
        ("batch_code", "number"),
    ),
    SheetSpec(
        "measures",
        "整改措施",
        "每项整改措施一行，按“批次编号 + 问题序号 + 措施分组 + 措施编号”识别（分组内编号可重新从1开始）。",
        (
            _BATCH,
            _FINDING_NUMBER,
            Column("number", "措施编号", required=True, help="原文编号，如 1、（一）1"),
            Column("group", "措施分组", width=18),
            Column("text", "措施内容", required=True, width=50),
            Column("units", "责任单位", "list", help="多个用“、”分隔", width=24),
            Column("status", "完成状态", "choice", choices=_STATUS, keep_if_empty=True, help="空则不改变"),
            Column("progress_pct", "进度（%）", "number", help="0 到 100"),
            Column("evidence", "佐证材料", width=24),
        ),
        ("batch_code", "finding_number", "group", "number"),
    ),
    SheetSpec(
        "reports",
        "月度调度",
        "每个问题每月一行（每月28日前报送），按“批次编号 + 问题序号 + 调度月份”识别。",
        (
            _BATCH,
            _FINDING_NUMBER,
            Column("period", "调度月份", "month", required=True, help="如 2024-03 或 2024年3月"),
            Column("status", "整改状态", "choice", required=True, choices=_STATUS),
            Column("progress_pct", "进度（%）", "number", help="0 到 100"),
            Column("narrative", "工作进展", width=40),
            Column("problems", "存在问题", width=30),
            Column("next_steps", "下步计划", width=30),
            Column("reporting_unit", "报送单位", width=20),
            Column("reporter", "报送人"),
            Column("reported_on", "报送日期", "date", required=True),
        ),
        ("batch_code", "finding_number", "period"),
    ),
    SheetSpec(
        "sites",
        "点位",
        "地图上的点位（污染地块、尾矿库、废弃矿山、受污染耕地），按点位编号识别。坐标为 WGS84 经纬度"
        "（GPS 原始坐标；高德、腾讯等国内地图的 GCJ-02 坐标须先转换）。",
        (
            Column("code", "点位编号", required=True, width=18),
            Column("name", "点位名称", required=True, width=24),
            Column("site_type", "点位类型", "choice", required=True, choices=_choices(v.SITE_TYPE_LABELS)),
            Column("subtype", "子类型", "choice", choices=_choices(v.SITE_SUBTYPE_LABELS)),
            Column("status", "管控状态", required=True, width=20),
            Column("risk_level", "风险等级", "choice", choices=_choices(v.RISK_LEVEL_LABELS)),
            Column("planned_use", "规划用途"),
            Column("sensitive_use", "敏感用地", "bool", help="是 / 否（“一住两公”用地）"),
            Column("area_mu", "面积（亩）", "number"),
            Column("lon", "经度（WGS84）", "number", required=True),
            Column("lat", "纬度（WGS84）", "number", required=True),
            Column("region", "所属地区", "region", required=True, help=_REGION_HELP),
            Column("removed_from_list", "已调出监管清单", "bool", help="是 / 否"),
            Column("water_test", "水质检测", width=20),
            Column("findings", "关联问题", "refs", help="批次编号:问题序号，多个用“；”分隔", width=22),
            Column("notes", "备注", width=20),
            Column("is_demo", "演示数据", "bool", help="是 / 否"),
        ),
        ("code",),
    ),
    SheetSpec(
        "indicator_values",
        "指标数值",
        "指标的实际数值，按“指标编号 + 地区 + 期间”识别。",
        (
            Column("indicator_code", "指标编号", required=True, width=30),
            Column("indicator_name", "指标名称", info_only=True, help="仅供阅读，导入时不使用", width=24),
            Column("region", "地区", "region", required=True, help=_REGION_HELP),
            Column("period", "期间", "period", required=True, help="年份（2025）或月份（2025-10）"),
            Column("value", "数值", "number"),
            Column("value_class", "水质类别", "choice", choices=tuple((c, c) for c in v.WATER_CLASSES)),
            Column("source", "数据来源", width=24),
            Column("reported_on", "报送日期", "date"),
            Column(
                "judgement",
                "目标判断",
                info_only=True,
                help="导出时该指标在该地区各目标的判断（达标、未达标、进度滞后等），仅供阅读，导入时不使用",
                width=36,
            ),
        ),
        ("indicator_code", "region", "period"),
    ),
    SheetSpec(
        "contacts",
        "联系人",
        "单位和用户接收提醒、通报的联系方式（电子邮件，企业微信、钉钉、飞书群机器人），"
        "按“所属地区 + 单位名称（或用户名）+ 渠道 + 地址”识别；导入不删除联系人。"
        "只有整改办可导出和导入；导出时 Webhook 的密钥显示为 ***，原样导入即保持不变。",
        (
            Column("region", "所属地区", "region", help=_REGION_HELP + "；单位的联系人必填"),
            Column("unit", "单位名称", help="单位的联系人填写；与“用户名”只填一项", width=24),
            Column("username", "用户名", help="用户（如接收领导周报的领导）的登录名；与“单位名称”只填一项"),
            Column("channel", "渠道", "choice", required=True, choices=_choices(v.CHANNEL_LABELS), width=18),
            Column(
                "address",
                "地址",
                required=True,
                help="电子邮件地址，或群机器人的 Webhook 地址（https://…）",
                width=50,
            ),
            Column("name", "联系人或群名称", width=20),
            Column("receives_bulletin", "接收月度通报", "bool", help="是 / 否"),
            Column("opted_out", "已退订", "bool", help="是 / 否；已退订的联系方式不再收到提醒"),
        ),
        ("region", "unit", "username", "channel", "address"),
    ),
)
# Lengths of the database columns (PostgreSQL enforces them), checked cell by cell.
_MAX_LENGTHS: dict[tuple[str, str], int] = {
    ("batches", "code"): 64,
    ("batches", "name"): 200,
    ("units", "name"): 128,
    ("units", "aliases"): 128,
    ("findings", "batch_code"): 64,
    ("findings", "label"): 32,
    ("findings", "section"): 200,
    ("findings", "title"): 200,
    ("findings", "lead_units"): 128,
    ("findings", "cooperating_units"): 128,
    ("findings", "supervising"): 64,
    ("findings", "responsible"): 64,
    ("findings", "liaisons"): 64,
    ("findings", "plan_marker"): 100,
    ("measures", "batch_code"): 64,
    ("measures", "number"): 16,
    ("measures", "group"): 200,
    ("measures", "units"): 128,
    ("reports", "batch_code"): 64,
    ("reports", "reporting_unit"): 128,
    ("reports", "reporter"): 64,
    ("sites", "code"): 64,
    ("sites", "name"): 200,
    ("sites", "status"): 64,
    ("sites", "planned_use"): 64,
    ("indicator_values", "indicator_code"): 64,
    ("contacts", "unit"): 128,
    ("contacts", "username"): 64,
    ("contacts", "address"): 500,
    ("contacts", "name"): 64,
}
SHEETS = tuple(
    replace(
        spec,
        columns=tuple(
            replace(column, max_length=_MAX_LENGTHS.get((spec.key, column.key))) for column in spec.columns
        ),
    )
    for spec in SHEETS
)
SHEETS_BY_KEY = {spec.key: spec for spec in SHEETS}
INSTRUCTIONS_SHEET = "填表说明"
REFERENCE_SHEET = "代码表"
# The evidence files of the exported findings (names, dates): for reading, never imported.
EVIDENCE_SHEET = "佐证材料清单"


# --- what a cell holds ------------------------------------------------------------------


@dataclass(frozen=True)
class Formula:
    """A cell that holds a formula; the importer refuses it (values only)."""

    text: str


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an import: where it is and what, in Chinese."""

    file: str
    sheet: str | None
    row: int | None
    column: str | None  # e.g. "C列（问题名称）"
    message: str

    def text(self) -> str:
        where = [f"文件“{self.file}”"]
        if self.sheet:
            where.append(f"工作表“{self.sheet}”")
        if self.row:
            where.append(f"第{self.row}行")
        if self.column:
            where.append(self.column)
        return "，".join(where) + "：" + self.message


@dataclass
class RawSheet:
    """The cells of one sheet (or CSV file) as read, before any interpretation."""

    name: str
    rows: list[tuple[int, list[Any]]]  # (row number in the file, cell values)
    merged: list[str] = field(default_factory=list)  # merged ranges such as "A1:C1"
    from_csv: bool = False
    encoding: str | None = None  # of a CSV file, as detected


@dataclass
class ParsedRow:
    row: int
    values: dict[str, Any]  # column key → typed value (only columns present in the sheet)
    cells: dict[str, str]  # column key → "C列（问题名称）" for messages
    errors: int = 0  # cells of this row that could not be read (already reported)


@dataclass
class ParsedSheet:
    spec: SheetSpec
    name: str  # as written in the file
    rows: list[ParsedRow]
    present: frozenset[str]  # column keys found in the header


# --- reading a file ---------------------------------------------------------------------


def read_file(data: bytes, filename: str, *, max_bytes: int | None = None) -> list[RawSheet]:
    """The sheets of an .xlsx or .csv file. Raises LedgerFileError with a Chinese message."""
    limit = max_bytes if max_bytes is not None else max_import_bytes()
    if not data:
        raise LedgerFileError("文件为空（0 字节），请选择填写好的台账文件。")
    if len(data) > limit:
        raise LedgerFileError(
            f"文件大小 {len(data) / 1024 / 1024:.1f} MB，超过导入上限 {limit / 1024 / 1024:.0f} MB；"
            "请按批次或地区拆分后分别导入。"
        )
    suffix = os.path.splitext(filename.lower())[1]
    if data.startswith(OLE2_MAGIC):
        if _ENCRYPTION_STREAM in data:
            raise LedgerFileError("文件设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再导入。")
        raise LedgerFileError("这是旧版 Excel（.xls）或其他 Office 文件；请在 Excel 中另存为 .xlsx 后导入。")
    if data.startswith(b"PK"):
        return _read_xlsx(data, filename)
    if suffix in (".xlsx", ".xlsm", ".xls"):
        if data.startswith(b"%PDF"):
            raise LedgerFileError("这是 PDF 文件，不是 Excel 文件；请上传 .xlsx 或 .csv 台账。")
        raise LedgerFileError(
            "不是有效的 Excel 文件（.xlsx）：文件内容无法识别，可能已损坏或只是改了扩展名。"
        )
    if suffix in (".csv", ".txt", ""):
        return [_read_csv(data, filename)]
    raise LedgerFileError(f"不支持的文件类型“{suffix}”：请上传 .xlsx 或 .csv 文件。")


def _read_xlsx(data: bytes, filename: str) -> list[RawSheet]:
    from openpyxl import load_workbook

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as error:
        raise LedgerFileError("文件不完整或已损坏（无法解压），请重新保存或重新下载后再导入。") from error
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise LedgerFileError("这是 Word 文件，不是 Excel 台账。")
        raise LedgerFileError("不是有效的 Excel 文件（.xlsx）：压缩包中没有工作簿。")
    too_large = unpacked_problem(archive, MAX_UNPACKED_BYTES)
    if too_large:
        raise LedgerFileError("文件" + too_large)
    # openpyxl parses untrusted XML here; whatever it raises on a damaged file means the
    # same thing to the user, so every failure becomes one clear message.
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:
        raise LedgerFileError(f"无法读取该 Excel 文件（文件可能已损坏）：{type(error).__name__}。") from error
    sheets: list[RawSheet] = []
    try:
        for worksheet in workbook.worksheets:
            if worksheet.title in (INSTRUCTIONS_SHEET, REFERENCE_SHEET, EVIDENCE_SHEET):
                continue  # written by the export for people, never imported (40,000 rows at scale)
            sheets.append(_read_worksheet(worksheet, archive))
    except LedgerFileError:
        raise
    except Exception as error:
        raise LedgerFileError(
            f"读取工作表时出错（文件可能已损坏）：{type(error).__name__}。请在 Excel 中打开并另存后再导入。"
        ) from error
    finally:
        workbook.close()
    return sheets


def _read_worksheet(worksheet, archive: zipfile.ZipFile) -> RawSheet:
    worksheet.reset_dimensions()  # some programs write a wrong <dimension>; read what is there
    rows: list[tuple[int, list[Any]]] = []
    for cells in worksheet.iter_rows():
        values: list[Any] = []
        number = None
        for cell in cells[:MAX_COLUMNS]:
            if getattr(cell, "row", None) is not None:
                number = cell.row
            values.append(_cell_value(cell))
        if number is None:
            continue
        if len(rows) >= MAX_ROWS_PER_SHEET:
            raise LedgerFileError(
                f"工作表“{worksheet.title}”超过 {MAX_ROWS_PER_SHEET} 行，请拆分后分别导入。"
            )
        rows.append((number, values))
    return RawSheet(worksheet.title, rows, _merged_ranges(archive, worksheet))


def _cell_value(cell) -> Any:
    value = cell.value
    if getattr(cell, "data_type", None) == "f":
        return Formula(str(value))
    if value is not None and type(value).__name__ == "ArrayFormula":
        return Formula(str(getattr(value, "text", value)))
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    return value


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)"')


def _merged_ranges(archive: zipfile.ZipFile, worksheet) -> list[str]:
    """Merged ranges of a sheet, read from its XML (read-only worksheets do not expose them)."""
    path = getattr(worksheet, "_worksheet_path", None)
    if not path or path.lstrip("/") not in archive.namelist():
        return []
    ranges: list[str] = []
    tail = b""
    with archive.open(path.lstrip("/")) as source:
        while chunk := source.read(1 << 20):
            text = tail + chunk
            ranges += [m.decode() for m in _MERGE_RE.findall(text)]
            tail = text[-200:]
            # a tag cut by the chunk boundary is found again in the next round; drop repeats
    return list(dict.fromkeys(ranges))


def _read_csv(data: bytes, filename: str) -> RawSheet:
    text, encoding = decode_text(data)
    if "\x00" in text:
        raise LedgerFileError(
            "文件含有二进制内容，不是文本 CSV 文件；请上传 .xlsx 或 UTF-8/GBK 编码的 .csv。"
        )
    sample = text[:4096]
    delimiter = ","
    if sample.count("\t") > sample.count(","):
        delimiter = "\t"
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows: list[tuple[int, list[Any]]] = []
        for number, cells in enumerate(reader, start=1):
            if len(rows) >= MAX_ROWS_PER_SHEET:
                raise LedgerFileError(f"文件超过 {MAX_ROWS_PER_SHEET} 行，请拆分后分别导入。")
            rows.append((number, list(cells[:MAX_COLUMNS])))
    except csv.Error as error:
        raise LedgerFileError(f"CSV 格式错误（编码 {encoding}）：{error}。") from error
    name = os.path.splitext(os.path.basename(filename))[0] or "CSV"
    return RawSheet(name, rows, from_csv=True, encoding=encoding)


def decode_text(data: bytes) -> tuple[str, str]:
    """Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    for encoding, label in (("utf-8-sig", "UTF-8"), ("gb18030", "GBK/GB18030")):
        try:
            return data.decode(encoding), label
        except UnicodeDecodeError:
            continue
    raise LedgerFileError("无法识别文件编码：CSV 文件应为 UTF-8 或 GBK（GB18030）编码。")


# --- headers ----------------------------------------------------------------------------


def normalise_header(text: Any) -> str:
    """Header text compared loosely: no spaces, no required-marks, half-width brackets."""
    if text is None or isinstance(text, Formula):
        return ""
    value = str(text)
    for old, new in (("（", "("), ("）", ")"), ("＊", ""), ("*", ""), ("\n", ""), ("\u3000", "")):
        value = value.replace(old, new)
    return re.sub(r"\s+", "", value)


def _header_index(spec: SheetSpec) -> dict[str, Column]:
    index: dict[str, Column] = {}
    for column in spec.columns:
        for text in (column.header, *column.aliases):
            index[normalise_header(text)] = column
    return index


def match_sheet(raw: RawSheet) -> SheetSpec | None:
    """The ledger sheet a raw sheet is: by its name, else by the headers it carries."""
    name = normalise_header(raw.name)
    for spec in SHEETS:
        if name == normalise_header(spec.name):
            return spec
    best, best_score = None, 0
    for spec in SHEETS:
        index = _header_index(spec)
        required = {c.key for c in spec.columns if c.required}
        for _, cells in raw.rows[:HEADER_SEARCH_ROWS]:
            found = {index[h].key for h in map(normalise_header, cells) if h in index}
            if required <= found and len(found) > best_score:
                best, best_score = spec, len(found)
    return best


def _find_header(raw: RawSheet, spec: SheetSpec) -> tuple[int, list[Any]] | None:
    index = _header_index(spec)
    best, best_score = None, 0
    for position, (_, cells) in enumerate(raw.rows[:HEADER_SEARCH_ROWS]):
        score = sum(1 for h in map(normalise_header, cells) if h in index)
        if score > best_score:
            best, best_score = position, score
    return None if best is None else (best, raw.rows[best][1])


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_range_contains(ranges: Iterable[str], row: int, col: int) -> str | None:
    for ref in ranges:
        first, _, last = ref.partition(":")
        last = last or first
        (c1, r1), (c2, r2) = _split_ref(first), _split_ref(last)
        if r1 <= row <= r2 and c1 <= col <= c2:
            return ref
    return None


def _split_ref(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    if not match:
        return (0, 0)
    col = 0
    for char in match.group(1):
        col = col * 26 + ord(char) - 64
    return col - 1, int(match.group(2))


def parse_sheet(raw: RawSheet, spec: SheetSpec, filename: str, problems: list[Problem]) -> ParsedSheet | None:
    """Typed rows of a sheet; each unreadable cell adds a Problem. None when the header is unusable."""
    shown = f"{raw.name}（按表头识别为“{spec.name}”）" if raw.from_csv else raw.name
    found = _find_header(raw, spec)
    if found is None:
        problems.append(
            Problem(
                filename,
                shown,
                None,
                None,
                "没有找到表头行：请使用模板的表头（第一行为列名）。" + _encoding_hint(raw),
            )
        )
        return None
    position, header_cells = found
    header_row = raw.rows[position][0]
    index = _header_index(spec)
    columns: dict[int, Column] = {}
    seen: dict[str, int] = {}
    for col, text in enumerate(header_cells):
        column = index.get(normalise_header(text))
        if column is None:
            continue
        if column.key in seen:
            problems.append(
                Problem(
                    filename,
                    shown,
                    header_row,
                    f"{column_letter(col)}列",
                    f"列“{column.header}”重复（已在{column_letter(seen[column.key])}列）。",
                )
            )
            continue
        seen[column.key] = col
        columns[col] = column
    # A merged cell in the header row (a two-level header, a heading over two columns) hides
    # column names; a merged title row above the header is harmless.
    merged = sorted(
        (ref for ref in raw.merged if _rows_of(ref)[0] <= header_row <= _rows_of(ref)[1]),
        key=lambda ref: _split_ref(ref.partition(":")[0]),
    )
    if merged:
        problems.append(
            Problem(
                filename,
                shown,
                header_row,
                None,
                f"表头含合并单元格（{'、'.join(merged[:5])}），请取消合并，使用模板的单行表头（每列一个列名）。",
            )
        )
        return None
    missing = [c.header for c in spec.columns if c.required and c.key not in seen]
    if missing:
        problems.append(
            Problem(
                filename,
                shown,
                header_row,
                None,
                f"缺少必填列：{'、'.join(missing)}。请使用模板的表头。" + _encoding_hint(raw),
            )
        )
        return None
    rows: list[ParsedRow] = []
    for number, cells in raw.rows[position + 1 :]:
        if all(_is_blank(c) for c in cells):
            continue
        values: dict[str, Any] = {}
        where: dict[str, str] = {}
        errors = 0
        for col, column in columns.items():
            cell = cells[col] if col < len(cells) else None
            label = f"{column_letter(col)}列（{column.header}）"
            where[column.key] = label
            if column.info_only:
                continue
            try:
                value = parse_cell(cell, column)
            except CellError as error:
                problems.append(Problem(filename, shown, number, label, str(error)))
                errors += 1
                continue
            if value is None and column.required:
                merged = _cell_range_contains(raw.merged, number, col)
                extra = f"（该单元格属于合并单元格 {merged}，请取消合并并逐行填写）" if merged else ""
                problems.append(Problem(filename, shown, number, label, f"缺少必填内容{extra}。"))
                errors += 1
                continue
            values[column.key] = value
        rows.append(ParsedRow(number, values, where, errors))
    return ParsedSheet(spec, shown, rows, frozenset(seen))


def _rows_of(ref: str) -> tuple[int, int]:
    first, _, last = ref.partition(":")
    return _split_ref(first)[1], _split_ref(last or first)[1]


def _encoding_hint(raw: RawSheet) -> str:
    if not raw.from_csv:
        return ""
    return f"（文件按 {raw.encoding} 编码读取；表头若是乱码，请确认文件编码为 UTF-8 或 GBK。）"


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- cell values ------------------------------------------------------------------------


class CellError(ValueError):
    """A cell that cannot be read; the message says why, in Chinese."""


def clean_text(value: Any) -> str | None:
    """Text as stored and compared: XML-illegal control characters removed, \\r\\n → \\n, trimmed."""
    if value is None:
        return None
    text = _ILLEGAL_XML_CHARS.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n")).strip()
    return text or None


def unescape_text(text: str) -> str:
    """Undo the spreadsheet escape of a leading = + - @ (an apostrophe in front)."""
    return text[1:] if is_escaped_formula(text) else text


def is_escaped_formula(text: str) -> bool:
    """True for apostrophes followed by = + - or @ (one apostrophe is the escape)."""
    stripped = text.lstrip("'")
    return len(stripped) < len(text) and stripped[:1] in FORMULA_STARTS


def parse_cell(cell: Any, column: Column) -> Any:
    """The typed value of a cell for a column; None for an empty cell. Raises CellError."""
    if isinstance(cell, Formula):
        raise CellError(f"单元格为公式（{cell.text[:40]}），请复制后“粘贴为数值”再导入。")
    if isinstance(cell, str):
        cell = clean_text(unescape_text(cell.strip()))
    if cell is None or cell == "":
        return None
    kind = column.kind
    if kind == "text":
        return _check_length(_as_text(cell), column)
    if kind == "int":
        return _as_int(cell)
    if kind == "number":
        return _as_number(cell)
    if kind == "date":
        return parse_date(cell)
    if kind == "month":
        return parse_month(cell)
    if kind == "period":
        return parse_period(cell)
    if kind == "bool":
        return _as_bool(cell)
    if kind == "choice":
        return _as_choice(cell, column)
    if kind == "list":
        return tuple(_check_length(item, column) for item in split_list(_as_text(cell))) or None
    if kind == "people":
        people = tuple(split_person(item) for item in split_list(_as_text(cell)))
        for name, _ in people:
            _check_length(name, column)
        return people or None
    if kind == "deadlines":
        return parse_deadlines(cell)
    if kind == "region":
        return _as_code_text(cell)
    if kind == "refs":
        return parse_refs(_as_text(cell))
    raise CellError(f"未知的列类型 {kind}。")  # pragma: no cover - a programming error


def _check_length(text: str, column: Column) -> str:
    if column.max_length and len(text) > column.max_length:
        raise CellError(f"内容过长（{len(text)} 字），{column.header}最多 {column.max_length} 字。")
    return text


def _as_text(cell: Any) -> str:
    if isinstance(cell, bool):
        return "是" if cell else "否"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time(0) else cell.isoformat(sep=" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return clean_text(cell) or ""


def _as_code_text(cell: Any) -> str:
    """Region codes typed as numbers (430300) stay codes."""
    if isinstance(cell, int | float) and not isinstance(cell, bool) and float(cell).is_integer():
        return str(int(cell))
    return _as_text(cell)


def _as_int(cell: Any) -> int:
    if isinstance(cell, bool):
        raise CellError("应为整数。")
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float) and math.isfinite(cell) and cell.is_integer():
        return int(cell)
    if isinstance(cell, str):
        text = cell.strip().replace(",", "")
        if re.fullmatch(r"[+-]?\d{1,12}(\.0+)?", text):
            return int(float(text))
    raise CellError(f"“{_as_text(cell)[:30]}”不是整数。")


def _as_number(cell: Any) -> float:
    if isinstance(cell, bool):
        raise CellError("应为数字。")
    if isinstance(cell, int | float):
        value = float(cell)
    elif isinstance(cell, str):
        text = cell.strip().replace(",", "").replace("％", "%")
        text = text[:-1] if text.endswith("%") else text
        try:
            value = float(text)
        except ValueError:
            raise CellError(f"“{cell[:30]}”不是数字。") from None
    else:
        raise CellError(f"“{_as_text(cell)[:30]}”不是数字。")
    if not math.isfinite(value):
        raise CellError("数字无效（无穷大或非数）。")
    return value


_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "有"}
_FALSE = {"否", "n", "no", "false", "0", "×", "无"}


def _as_bool(cell: Any) -> bool:
    if isinstance(cell, bool):
        return cell
    text = _as_text(cell).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(f"“{text[:20]}”应为“是”或“否”。")


def _as_choice(cell: Any, column: Column) -> str:
    text = _as_text(cell)
    for code, label in column.choices:
        if text in (label, code):
            return code
    allowed = " / ".join(label for _, label in column.choices)
    raise CellError(f"“{text[:30]}”不是有效的{column.header}，应为：{allowed}。")


def split_person(text: str) -> tuple[str, str | None]:
    """“赵志超（市委副秘书长）” → ("赵志超", "市委副秘书长")."""
    match = re.fullmatch(r"(.+?)[（(](.*)[）)]", text.strip(), flags=re.S)
    if match and match.group(1).strip():
        return match.group(1).strip(), (match.group(2).strip() or None)
    return text.strip(), None


def format_person(name: str, title: str | None) -> str:
    return f"{name}（{title}）" if title else name


# Excel serial numbers between these are taken as dates (1950-01-01 … 2099-12-31).
_SERIAL_MIN, _SERIAL_MAX = 18264, 73050
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(cell: Any, *, what: str = "日期") -> date:
    """A day from a date cell, an Excel serial number or text such as 2024-03-12 / 2024年3月12日."""
    day = _parse_date(cell, what)
    if not 1900 <= day.year <= 2100:
        raise CellError(f"{what} {day.isoformat()} 超出合理范围（1900—2100年）。")
    return day


def _parse_date(cell: Any, what: str) -> date:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, bool | time | timedelta):
        raise CellError(f"{what}无效：应为日期，如 2024-03-12。")
    if isinstance(cell, int | float):
        return _date_from_number(cell, what)
    text = _as_text(cell)
    parsed = _date_from_text(text)
    if parsed is None:
        raise CellError(f"{what}“{text[:30]}”无法识别，应为 2024-03-12 或 2024年3月12日。")
    return parsed


def _date_from_number(number: float, what: str) -> date:
    if isinstance(number, float) and not math.isfinite(number):
        raise CellError(f"{what}无效。")
    if float(number).is_integer() and 19000101 <= number <= 21001231:
        parsed = _date_from_text(str(int(number)))
        if parsed:
            return parsed
    if _SERIAL_MIN <= number <= _SERIAL_MAX:
        return _EXCEL_EPOCH + timedelta(days=int(number))
    raise CellError(f"数字 {number:g} 不是有效的{what}：请填写日期，如 2024-03-12。")


_DATE_PATTERNS = (
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


def _date_from_text(text: str) -> date | None:
    text = text.strip().replace(" ", "")
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):  # a serial number that arrived as text
        try:
            return _date_from_number(float(text), "日期")
        except CellError:
            return None
    return None


def parse_month(cell: Any) -> date:
    """The first day of a month from a date, 2024-03, 2024/3, 2024年3月 or an Excel serial."""
    if isinstance(cell, str):
        text = cell.strip().replace(" ", "")
        match = re.fullmatch(r"(\d{4})(?:[-/.]|年)(\d{1,2})月?", text)
        if match:
            year, month = int(match.group(1)), int(match.group(2))
            if 1 <= month <= 12 and 1900 <= year <= 2100:
                return date(year, month, 1)
            raise CellError(f"月份“{text[:20]}”无效。")
        if re.fullmatch(r"\d{6}", text):
            year, month = int(text[:4]), int(text[4:])
            if 1 <= month <= 12:
                return date(year, month, 1)
    return parse_date(cell, what="月份").replace(day=1)


def parse_period(cell: Any) -> tuple[date, str]:
    """(first day, "year" | "month") from 2025, 2025年, 2025-10, 2025年10月 or a date."""
    is_number = isinstance(cell, int | float) and not isinstance(cell, bool)
    if is_number and float(cell).is_integer() and 1900 <= cell <= 2100:
        return date(int(cell), 1, 1), "year"
    if isinstance(cell, str):
        match = re.fullmatch(r"(\d{4})年?(度)?", cell.strip())
        if match and 1900 <= int(match.group(1)) <= 2100:
            return date(int(match.group(1)), 1, 1), "year"
    try:
        return parse_month(cell), "month"
    except CellError:
        raise CellError("期间无法识别：应为年份（2025）或月份（2025-10）。") from None


def parse_deadlines(cell: Any) -> tuple[tuple[str, date | None], ...]:
    """A deadline cell → ((kind, date or None), …) in the order written.

    Text is read by the one deadline reader (`deadline_text.parse_deadline_field`), so a cell
    gives exactly what the same text gives in a plan. A cell is stricter than free text: each
    item of it (split like any list) must name a deadline, a written day must exist
    (2026-02-30 is refused, not read as 28 February), and an item must read alone as it does
    in the cell; otherwise the cell is refused with the text named.
    """
    if not isinstance(cell, str):
        return (("date", parse_date(cell, what="整改时限")),)
    text = cell.strip()
    if _SERIAL_TEXT.fullmatch(text):  # a date cell that arrived as its Excel serial number
        return (("date", parse_date(text, what="整改时限")),)
    return _deadline_text(text)


@functools.lru_cache(maxsize=4096)  # a ledger repeats its deadline texts; reading one is ~0.1 ms
def _deadline_text(text: str) -> tuple[tuple[str, date | None], ...]:
    items = split_list(text)
    by_item: list[tuple[str, date | None]] = []
    for item in items:
        found = _read_deadlines(item)
        if not found or _impossible_day(item):
            raise CellError(_no_deadline(item))
        by_item.extend(found)
    result = by_item if items == (text,) else _read_deadlines(text)
    if not result:
        raise CellError("缺少整改时限。")
    if tuple(dict.fromkeys(by_item)) != tuple(result):
        raise CellError(
            f"整改时限“{text[:30]}”各项连写时含义不清：请每项写一个日期或 立行立改 / 持续推进 / 长期坚持，"
            "用“；”分隔。"
        )
    return tuple(result)


def _read_deadlines(text: str) -> list[tuple[str, date | None]]:
    return [(d.kind, d.date) for d in parse_deadline_field(text)]


def _impossible_day(item: str) -> bool:
    """2026-02-30 / 2026年2月30日: a date written out in full whose day does not exist."""
    compact = item.strip().replace(" ", "")
    return any(p.fullmatch(compact) for p in _DATE_PATTERNS) and _date_from_text(compact) is None


_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")


def _no_deadline(item: str) -> str:
    year = re.match(r"\s*(\d{4})(?:[-/.年]|\d{4}$)", item)
    if year and not 1900 <= int(year.group(1)) <= 2100:
        return f"整改时限“{item[:30]}”超出合理范围（1900—2100年）。"
    return f"整改时限“{item[:30]}”既不是日期，也不是 立行立改 / 持续推进 / 长期坚持 之一。"


def format_deadlines(deadlines: Iterable[tuple[str, date | None]]) -> str | date:
    """The cell value for deadlines: a real date when there is one dated deadline only."""
    items = list(deadlines)
    if len(items) == 1 and items[0][0] == "date" and items[0][1] is not None:
        return items[0][1]
    return DEADLINE_SEPARATOR.join(
        day.isoformat() if kind == "date" and day else v.DEADLINE_KIND_LABELS[kind] for kind, day in items
    )


def parse_refs(text: str) -> tuple[tuple[str, int], ...]:
    """“baojing-cei2:17；xiangtan-pei3:10” → (("baojing-cei2", 17), …)."""
    refs: list[tuple[str, int]] = []
    for token in re.split(r"[；;\n]+", text):
        token = token.strip()
        if not token:
            continue
        match = re.fullmatch(r"(.+?)\s*[:：#]\s*(\d{1,9})", token)
        if not match:
            raise CellError(f"关联问题“{token[:30]}”格式应为 批次编号:问题序号，如 baojing-cei2:17。")
        refs.append((match.group(1).strip(), int(match.group(2))))
    return tuple(dict.fromkeys(refs))


def format_refs(refs: Iterable[tuple[str, int]]) -> str:
    return DEADLINE_SEPARATOR.join(f"{code}:{number}" for code, number in refs)
