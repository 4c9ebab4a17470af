"""Writing a ledger workbook (.xlsx): the instructions sheet, one sheet per data sheet with
typed cells, and the reference sheet (代码表) of codes and names.

Text cells that begin with = + - or @ are written as text with Excel's quote prefix (the cell
shows the text as is and no spreadsheet program evaluates it); a text that itself begins with
an apostrophe followed by one of those characters gets one more apostrophe, which import
strips again.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from intake.ledger_sheets import (
    EVIDENCE_SHEET,
    FORMULA_STARTS,
    INSTRUCTIONS_SHEET,
    REFERENCE_SHEET,
    SHEETS,
    Column,
    clean_text,
    is_escaped_formula,
)

_HEADER_FILL = "DDEBF7"
_DATE_FORMAT = "yyyy-mm-dd"
_MONTH_FORMAT = 'yyyy"年"m"月"'


def workbook_bytes(
    data_sheets: dict[str, Iterable[dict[str, Any]]],
    reference: list[tuple[str, list[tuple[Any, ...]]]],
    evidence: tuple[list[str], list[tuple[Any, ...]]] | None = None,
) -> bytes:
    """The ledger workbook; `evidence` (headers, rows): the evidence list sheet, if any rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=_HEADER_FILL)

    def header_cell(sheet, text: str):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        return cell

    _write_instructions(workbook, bold)
    for spec in SHEETS:
        sheet = workbook.create_sheet(spec.name)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(spec.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
            if column.kind == "choice" or column.kind == "bool":
                labels = [label for _, label in column.choices] if column.kind == "choice" else ["是", "否"]
                formula = '"' + ",".join(labels) + '"'
                if len(formula) <= 255:
                    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
                    validation.add(f"{get_column_letter(index)}2:{get_column_letter(index)}1048576")
                    sheet.data_validations.append(validation)
        sheet.append([header_cell(sheet, column.title) for column in spec.columns])
        for record in data_sheets.get(spec.key, ()):
            sheet.append([_out_cell(sheet, record.get(c.key), c, WriteOnlyCell) for c in spec.columns])
    if evidence and evidence[1]:
        headers, rows = evidence
        sheet = workbook.create_sheet(EVIDENCE_SHEET)
        for index, width in enumerate((28, 8, 40, 32, 8, 14, 10, 30, 16, 18), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.append([header_cell(sheet, title) for title in headers])
        for values in rows:
            sheet.append([_out_cell(sheet, value, None, WriteOnlyCell) for value in values])
    sheet = workbook.create_sheet(REFERENCE_SHEET)
    for index, width in enumerate((28, 40, 16, 16), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append([header_cell(sheet, "系统中已有的代码和名称（供填表时查阅；导入时不读取本表）")])
    for title, rows in reference:
        sheet.append([])
        sheet.append([WriteOnlyCell(sheet, value=title)])
        for values in rows:
            sheet.append([_out_cell(sheet, value, None, WriteOnlyCell) for value in values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _out_cell(sheet, value: Any, column: Column | None, cell_type):
    """One exported cell: typed, with dates formatted and formula-like text neutralised."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        cell = cell_type(sheet, value=value)
        monthly = column is not None and column.kind in ("month", "period")
        cell.number_format = _MONTH_FORMAT if monthly else _DATE_FORMAT
        return cell
    if isinstance(value, str):
        text = clean_text(value) or ""
        if is_escaped_formula(text):
            text = "'" + text  # import strips one apostrophe in front of = + - @
        cell = cell_type(sheet, value=text)
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if text[:1] in FORMULA_STARTS:
            cell.quotePrefix = True
        return cell
    return value


INSTRUCTIONS = (
    "1. 每张工作表第一行是列名，请勿修改、合并或删除列名；列的顺序可以调整，"
    "不需要的非必填列可以删除（删除的列导入时保持原值不变）。",
    "2. 带 * 的列必须填写。日期填写为 Excel 日期或 2024-03-12、2024年3月12日；"
    "月份填写为 2024-03 或 2024年3月。",
    "3. 整改时限：日期，或 立行立改 / 持续推进 / 长期坚持；"
    "一个问题有多个时限时用“；”分隔，如 2024-06-30；长期坚持。",
    "4. 多个单位或人员用“、”分隔；责任人员写作 姓名（职务）。单位须为“单位名录”或系统中已有的名称或别名。",
    "5. 导入前系统会列出将新增、修改和保持不变的行；有任何错误时整个文件都不导入。"
    "同一文件重复导入不会产生变化；导入不会删除任何数据。",
    "6. 请只填写数值，不要使用公式。以 = + - @ 开头的文字在导出时按文本保存，不会被当作公式执行。",
    "7. CSV 文件每个文件对应一张工作表（按表头识别），编码为 UTF-8 或 GBK。",
    "8. 点位坐标为 WGS84 经纬度（GPS 原始坐标）；高德、腾讯等国内地图的 GCJ-02 坐标须先转换。",
    "9. 联系人：每个单位或用户的每个联系方式一行，单位填“所属地区”和“单位名称”，用户只填“用户名”。"
    "只有整改办可导出和导入联系人；导出的 Webhook 地址中密钥显示为 ***，原样导入即保持不变，"
    "新增的群机器人须填写完整地址。",
)


def _write_instructions(workbook, bold) -> None:
    from openpyxl.cell import WriteOnlyCell

    sheet = workbook.create_sheet(INSTRUCTIONS_SHEET)
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 8
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["D"].width = 60

    def bold_cell(text: str):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        return cell

    sheet.append([bold_cell("督察整改台账 填表说明")])
    for line in INSTRUCTIONS:
        sheet.append([line])
    for spec in SHEETS:
        sheet.append([])
        sheet.append([bold_cell(f"工作表“{spec.name}”"), None, spec.description])
        sheet.append([bold_cell("列名"), bold_cell("必填"), bold_cell("说明"), bold_cell("可选值")])
        for column in spec.columns:
            choices = "、".join(label for _, label in column.choices) if column.kind == "choice" else ""
            if column.kind == "bool":
                choices = "是、否"
            sheet.append([column.header, "是" if column.required else "", column.help, choices])
