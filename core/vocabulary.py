"""Codes stored in the database and their Chinese labels.

Plain Python on purpose: charts and pages import it without pulling in SQLAlchemy.
"""

from __future__ import annotations

STATUS_LABELS: dict[str, str] = {
    "not_started": "未启动",
    "in_progress": "推进中",
    "completed": "已完成待销号",
    "closed": "已销号",
    "reopened": "反弹重办",
}
STATUSES = tuple(STATUS_LABELS)
# Completed or closed findings count as done; a reopened finding is open again.
DONE_STATUSES = ("completed", "closed")
OPEN_STATUSES = ("not_started", "in_progress", "reopened")

DEADLINE_KIND_LABELS: dict[str, str] = {
    "date": "限期",
    "immediate": "立行立改",
    "ongoing": "持续推进",
    "long_term": "长期坚持",
}
DEADLINE_KINDS = tuple(DEADLINE_KIND_LABELS)
ROLLING_KINDS = ("immediate", "ongoing", "long_term")

CATEGORY_LABELS: dict[str, str] = {
    "soil": "土壤",
    "groundwater": "地下水",
    "water": "水环境",
    "air": "大气",
    "solid_waste": "固体废物",
    "mining": "矿山",
    "tailings": "尾矿库",
    "ecology": "生态保护",
    "agriculture": "农业农村",
    "energy": "能源结构",
    "institutional": "体制机制",
    "other": "其他",
}
CATEGORIES = tuple(CATEGORY_LABELS)

SOURCE_TYPE_LABELS: dict[str, str] = {
    "central_inspection": "中央生态环境保护督察",
    "provincial_inspection": "省级生态环境保护督察",
    "npc_inspection": "人大执法检查",
    "yangtze_warning": "长江经济带警示片",
    "action_plan": "行动计划",
}
SOURCE_TYPES = tuple(SOURCE_TYPE_LABELS)

LEVEL_LABELS: dict[str, str] = {"central": "中央", "provincial": "省级", "city": "市级", "county": "县级"}
LEVELS = tuple(LEVEL_LABELS)

REGION_LEVEL_LABELS: dict[str, str] = {"province": "省", "city": "市", "county": "县（市、区）"}
REGION_LEVELS = tuple(REGION_LEVEL_LABELS)

UNIT_ROLE_LABELS: dict[str, str] = {"lead": "牵头单位", "cooperating": "配合单位"}
UNIT_ROLES = tuple(UNIT_ROLE_LABELS)

PERSON_ROLE_LABELS: dict[str, str] = {
    "supervising": "督办领导",
    "responsible": "责任人员",
    "liaison": "联络人员",
}
PERSON_ROLES = tuple(PERSON_ROLE_LABELS)

SITE_TYPE_LABELS: dict[str, str] = {
    "contaminated_plot": "污染地块",
    "tailings_pond": "尾矿库",
    "abandoned_mine": "废弃矿山",
    "farmland": "受污染耕地",
}
SITE_TYPES = tuple(SITE_TYPE_LABELS)

SITE_SUBTYPE_LABELS: dict[str, str] = {
    "priority_supervised": "优先监管地块",
    "closed_relocated": "关闭搬迁企业地块",
    "in_use": "在用",
    "stopped": "停用",
    "closed": "已闭库",
    "ownerless": "无主",
    "abandoned": "历史遗留",
    "priority_protect": "优先保护类",
    "safe_use": "安全利用类",
    "strict_control": "严格管控类",
}
SITE_SUBTYPES = tuple(SITE_SUBTYPE_LABELS)

RISK_LEVEL_LABELS: dict[str, str] = {"low": "低", "medium": "中", "high": "高"}
RISK_LEVELS = tuple(RISK_LEVEL_LABELS)

INDICATOR_DIRECTION_LABELS: dict[str, str] = {
    "higher_better": "越高越好",
    "lower_better": "越低越好",
    "class_not_worse": "水质类别不劣于",
    "reduction_vs_baseline": "较基准年下降",
}
INDICATOR_DIRECTIONS = tuple(INDICATOR_DIRECTION_LABELS)

TARGET_RELATION_LABELS: dict[str, str] = {"ge": "≥", "le": "≤", "about": "≈", "eq": "="}
TARGET_RELATIONS = tuple(TARGET_RELATION_LABELS)

WATER_CLASSES = ("I", "II", "III", "IV", "V", "劣V")


def water_class_rank(label: str) -> int:
    """I → 1 … V → 5, 劣V → 6 (lower is better)."""
    return (
        WATER_CLASSES.index(
            label.replace("Ⅰ", "I")
            .replace("Ⅱ", "II")
            .replace("Ⅲ", "III")
            .replace("Ⅳ", "IV")
            .replace("Ⅴ", "V")
        )
        + 1
    )


# Roles of signed-in users (docs/decisions.md, "Users and access").
ROLE_LABELS: dict[str, str] = {
    "leader": "领导",
    "office": "整改办",
    "county_editor": "县级填报员",
    "analyst": "分析人员",
}
ROLES = tuple(ROLE_LABELS)

# Notifications (提醒与通报推送): where a message goes, what caused it, where it stands.
CHANNEL_LABELS: dict[str, str] = {
    "email": "电子邮件",
    "wecom": "企业微信群机器人",
    "dingtalk": "钉钉群机器人",
    "feishu": "飞书群机器人",
}
CHANNELS = tuple(CHANNEL_LABELS)
NOTICE_KIND_LABELS: dict[str, str] = {
    "deadline_warning": "到期预警",
    "overdue_warning": "逾期督办",
    "report_reminder": "月报提醒",
    "bulletin": "月度通报",
    "digest": "领导周报",
}
NOTICE_KINDS = tuple(NOTICE_KIND_LABELS)
OUTBOX_STATUS_LABELS: dict[str, str] = {
    "queued": "待发送",
    "sending": "发送中",
    "sent": "已发送",
    "failed": "发送失败",
}
OUTBOX_STATUSES = tuple(OUTBOX_STATUS_LABELS)
# The dashboard's warning colours in messages: red overdue, yellow the last warning, blue earlier.
WARNING_COLOUR_LABELS: dict[str, str] = {"red": "红色预警", "yellow": "黄色预警", "blue": "蓝色预警"}

# Evidence files (佐证材料): what a file is, what it belongs to, before or after the work.
EVIDENCE_KIND_LABELS: dict[str, str] = {"photo": "照片", "pdf": "PDF", "word": "Word", "excel": "Excel"}
EVIDENCE_KINDS = tuple(EVIDENCE_KIND_LABELS)
EVIDENCE_ATTACHED_LABELS: dict[str, str] = {
    "report": "月度调度",
    "measure": "整改措施",
    "closure": "销号申请",
}
EVIDENCE_ATTACHED = tuple(EVIDENCE_ATTACHED_LABELS)
EVIDENCE_PHASE_LABELS: dict[str, str] = {"before": "整改前", "after": "整改后"}
EVIDENCE_PHASES = tuple(EVIDENCE_PHASE_LABELS)
# The closure sign-off chain (销号审核, seed 000's 整改验收销号登记表), in the form's order.
CLOSURE_STEP_LABELS: dict[str, str] = {
    "apply": "实施主体申请",
    "county_head": "县级领导意见",
    "acceptance": "验收意见",
    "notice": "公示",
    "city_lead": "市级牵头单位意见",
    "city_filing": "市整改办备案意见",
    "province_filing": "省级备案意见",
}
CLOSURE_STEPS = tuple(CLOSURE_STEP_LABELS)
CLOSURE_STATE_LABELS: dict[str, str] = {
    "under_review": "审核中",
    "returned": "已退回",
    "in_public_notice": "公示中",
    "closed": "已销号",
    "withdrawn": "已撤回",
}
CLOSURE_STATES = tuple(CLOSURE_STATE_LABELS)
CLOSURE_DECISION_LABELS: dict[str, str] = {
    "submit": "提交申请",
    "approve": "同意",
    "return": "退回",
    "notice_start": "发布公示",
    "withdraw": "撤回",
}
CLOSURE_DECISIONS = tuple(CLOSURE_DECISION_LABELS)
