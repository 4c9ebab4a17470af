"""The audit trail of a finding, for the drill-down: who changed what, when, before and after."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select

from core import vocabulary as v
from data_access.access import finding_within
from data_access.models import AuditEntry, Finding
from intake.ledger_sheets import SHEETS_BY_KEY

ACTION_LABELS: dict[str, str] = {
    "create": "新增",
    "update": "修改",
    "delete": "删除",
    "import": "台账导入",
    "report": "月度调度",
    "close": "销号登记",
    "reopen": "重新交办",
    "review": "销号审核",
}
ENTITY_LABELS: dict[str, str] = {
    "findings": "问题",
    "measures": "整改措施",
    "progress_reports": "月度调度",
    "closure_records": "销号登记表",
    "deadlines": "整改时限",
    "sites": "点位",
    "batches": "督察批次",
    "units": "单位",
    "indicator_values": "指标数值",
    "evidence": "佐证材料",
    "closure_reviews": "销号审核环节",
    "closure_batch_steps": "销号审核流程",
    "finding_links": "同一问题关联",
}

# Field names used by the forms and the importer, in Chinese.
FIELD_LABELS: dict[str, str] = {
    "status": "整改状态",
    "period": "调度月份",
    "progress_pct": "进度（%）",
    "narrative": "工作进展",
    "problems": "存在问题",
    "next_steps": "下步计划",
    "reporter": "报送人",
    "reporting_unit_id": "报送单位",
    "reported_on": "报送日期",
    "reason": "原因",
    "reopened_on": "重新交办日期",
    "new_due_date": "新的整改时限",
    "implementing_body": "整改实施主体",
    "applied_on": "申请时间",
    "problem": "披露/指出问题",
    "target": "整改目标",
    "deadline_text": "整改时限",
    "completion_narrative": "整改完成情况",
    "report_title": "完成情况报告标题",
    "report_addressee": "报告主送单位",
    "report_body": "整改落实情况",
    "report_result": "报告结论",
    "county_head_opinion": "县市区政府主要负责人意见",
    "county_head_signer": "县市区政府主要负责人签字",
    "county_head_signed_on": "县市区政府主要负责人签字日期",
    "acceptance_opinion": "验收销号意见",
    "acceptance_signer": "验收销号签字",
    "acceptance_signed_on": "验收销号日期",
    "notice_place": "公示地点",
    "notice_start": "公示开始",
    "notice_end": "公示结束",
    "notice_objections": "公示异议情况",
    "city_lead_opinion": "市直牵头整改验收单位意见",
    "city_lead_signer": "市直牵头整改验收单位签字",
    "city_lead_signed_on": "市直牵头整改验收单位签字日期",
    "filing_opinion": "审查备案意见",
    "filing_signer": "审查备案签字",
    "filing_signed_on": "审查备案日期",
    "facts": "报告中的数字",
    "original_name": "文件名",
    "caption": "说明",
    "taken_on": "拍摄/形成日期",
    "phase": "整改前后",
    "attached_to": "附于",
    "kind": "类型",
    "size": "大小（字节）",
    "sha256": "文件指纹（SHA-256）",
    "step": "审核环节",
    "current_step": "当前环节",
    "decision": "审核结论",
    "opinion": "审核意见",
    "decided_on": "签署日期",
    "role": "角色",
    "region_code": "地区代码",
    "seen_evidence": "查看的佐证材料",
    "application_id": "销号申请编号",
    "state": "申请状态",
    "objections": "异议情况",
    "place": "公示地点",
    "start_on": "公示开始日期",
    "end_on": "公示结束日期",
    "steps": "审核流程",
    "other": "关联的问题",
    "note": "关联说明",
    "score": "标题相似度",
    "created_by": "关联人",
}
_ENTITY_SHEETS = {
    "findings": "findings",
    "measures": "measures",
    "progress_reports": "reports",
    "sites": "sites",
}

COLUMNS = [
    "changed_at",
    "actor",
    "action",
    "action_label",
    "entity",
    "entity_label",
    "summary",
    "changes",
    "before",
    "after",
]


def finding_audit_trail(engine: Engine, *, finding_id: int, scope_code: str | None = None) -> pd.DataFrame:
    """Every audit entry of a finding, newest first.

    Columns: changed_at, actor, action, action_label, entity, entity_label, summary,
    changes (one Chinese line: “字段：前 → 后；…”), before and after (dicts).
    """
    query = (
        select(
            AuditEntry.changed_at,
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.summary,
            AuditEntry.before_json,
            AuditEntry.after_json,
        )
        .where(AuditEntry.finding_id == finding_id)
        .order_by(AuditEntry.changed_at.desc(), AuditEntry.id.desc())
    )
    if scope_code:  # nothing of a finding outside the viewer's region
        query = query.join(Finding, Finding.id == AuditEntry.finding_id).where(finding_within(scope_code))
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    records = []
    for changed_at, actor, action, entity, summary, before_json, after_json in rows:
        before, after = _load(before_json), _load(after_json)
        records.append(
            {
                "changed_at": changed_at,
                "actor": actor,
                "action": action,
                "action_label": ACTION_LABELS.get(action, action),
                "entity": entity,
                "entity_label": ENTITY_LABELS.get(entity, entity),
                "summary": summary or "",
                "changes": describe_changes(entity, before, after),
                "before": before,
                "after": after,
            }
        )
    return pd.DataFrame(records, columns=COLUMNS)


def _load(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def field_label(entity: str, key: str) -> str:
    sheet = SHEETS_BY_KEY.get(_ENTITY_SHEETS.get(entity, ""))
    if sheet is not None:
        for column in sheet.columns:
            if column.key == key:
                return column.header
    return FIELD_LABELS.get(key, key)


def describe_changes(entity: str, before: dict[str, Any], after: dict[str, Any]) -> str:
    """“整改状态：推进中 → 已完成待销号；进度（%）：60 → 100” — only the fields that differ."""
    parts = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        label = field_label(entity, key)
        if key in before:
            parts.append(f"{label}：{_shown(key, old)} → {_shown(key, new)}")
        else:
            parts.append(f"{label}：{_shown(key, new)}")
    return "；".join(parts)


def _shown(key: str, value: Any) -> str:
    if value is None or value == [] or value == "":
        return "（空）"
    if key == "status" and value in v.STATUS_LABELS:
        return v.STATUS_LABELS[value]
    if key == "category" and value in v.CATEGORY_LABELS:
        return v.CATEGORY_LABELS[value]
    if key in ("step", "current_step") and value in v.CLOSURE_STEP_LABELS:
        return v.CLOSURE_STEP_LABELS[value]
    if key == "role" and value in v.ROLE_LABELS:
        return v.ROLE_LABELS[value]
    if key == "decision" and value in v.CLOSURE_DECISION_LABELS:
        return v.CLOSURE_DECISION_LABELS[value]
    if key == "state" and value in v.CLOSURE_STATE_LABELS:
        return v.CLOSURE_STATE_LABELS[value]
    if key == "steps" and isinstance(value, list):
        return "→".join(v.CLOSURE_STEP_LABELS.get(step, str(step)) for step in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "、".join(_item(item) for item in value)
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _item(item: Any) -> str:
    """A list item: a unit [region, name], a deadline [kind, date], a person [name, title]."""
    if isinstance(item, list) and len(item) == 2:
        first, second = item
        if first in v.DEADLINE_KIND_LABELS:
            return str(second) if first == "date" and second else v.DEADLINE_KIND_LABELS[first]
        if isinstance(first, str) and first.isdigit() and len(first) == 6:
            return str(second)  # a unit: (region code, name)
        return f"{first}（{second}）" if second else str(first)
    if isinstance(item, dict):  # a fact of a closure report
        value = item.get("value")
        shown = "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
        return f"{item.get('label')}{shown}{item.get('unit') or ''}"
    return str(item)
