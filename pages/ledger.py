"""台账导入导出: download the template, export the filtered ledger, import with a preview."""

from __future__ import annotations

import streamlit as st

from data_access.access import EXPORT, IMPORT
from data_access.ledger import ImportRejected, LedgerConflict
from intake.ledger_sheets import max_import_bytes
from ui.filters import describe_filters
from ui.loaders import ledger as data
from ui.page import page_context

PROBLEM_COLUMNS = {
    "文件": st.column_config.TextColumn("文件", width="small"),
    "工作表": st.column_config.TextColumn("工作表", width="small"),
    "行": st.column_config.NumberColumn("行", width="small"),
    "列": st.column_config.TextColumn("列", width="small"),
    "问题": st.column_config.TextColumn("问题", width="large"),
}

page = page_context()
url, today, version, filters = page.url, page.today, page.version, page.filters

st.title("台账导入导出")
st.caption(
    "台账为 Excel 文件，含督察批次、单位名录、问题清单、整改措施、月度调度、点位、指标数值、联系人八张表"
    "和填表说明（联系人仅整改办导出）。"
    "导出的台账修改后可直接导入；导入前先预览，任何一处有误则整个文件都不导入。"
)

flash = st.session_state.pop("ledger_flash", None)
if flash:
    st.success(flash)

viewer = page.viewer
if not viewer.can(EXPORT):
    # Leaders read on screen; the ledger leaves the system only through the office.
    st.info(f"您的角色（{viewer.role_label}）可在各页面查看台账内容，导出和导入由整改办进行。")
    st.stop()
left, right = st.columns(2)
with left:
    st.subheader("下载模板")
    st.write("空白台账，附填表说明和系统中已有的批次、地区、单位、指标代码。")
    st.download_button(
        "下载台账模板",
        data=data.ledger_template(url, version, viewer),
        file_name="督察整改台账模板.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        key="ledger_template",
    )
with right:
    st.subheader("导出台账")
    st.write("按左侧筛选条件导出问题清单及其措施、月度调度；点位和指标数值按所选地区导出。")
    st.caption(describe_filters(page.filter_state, page.options, today))
    st.download_button(
        "导出当前台账",
        data=lambda: data.ledger_export(url, version, filters, today, page.viewer),
        file_name=f"督察整改台账_{today:%Y%m%d}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/table_view:",
        key="ledger_export",
    )

st.divider()
st.subheader("导入台账")
# The page's own check and Streamlit's upload limit (.streamlit/config.toml): the smaller holds.
limit_mb = min(max_import_bytes() / 1024 / 1024, float(st.get_option("server.maxUploadSize")))
st.write(f"支持 .xlsx 和 .csv（UTF-8 或 GBK 编码），单个文件不超过 {limit_mb:g} MB。导入不会删除任何数据。")
page.require(IMPORT)
st.caption(f"导入人：{viewer.audit_name}（记入修改记录）")
upload_key = f"ledger_upload_{st.session_state.get('ledger_upload_round', 0)}"
upload = st.file_uploader("选择台账文件", type=["xlsx", "xlsm", "xls", "csv"], key=upload_key)
if upload is None:
    st.stop()

content = upload.getvalue()
plan = data.ledger_preview(url, version, content, upload.name, today, viewer)

if plan.problems:
    first = "\n".join(f"- {problem.text()}" for problem in plan.problems[:5])
    more = f"\n\n（另有 {len(plan.problems) - 5} 处，见下表）" if len(plan.problems) > 5 else ""
    headline = f"发现 {len(plan.problems)} 处问题，整个文件未导入，数据库未改动。请按下表修改后重新上传。"
    st.error(f"{headline}\n\n{first}{more}")
    st.dataframe(plan.problems_frame(), hide_index=True, width="stretch", column_config=PROBLEM_COLUMNS)
if plan.warnings:
    st.warning(f"{len(plan.warnings)} 处提醒（不影响导入，请核实）：")
    st.dataframe(plan.warnings_frame(), hide_index=True, width="stretch", column_config=PROBLEM_COLUMNS)
if not plan.ok:
    st.stop()

tiles = st.columns(3)
tiles[0].metric("将新增", f"{plan.added} 行")
tiles[1].metric("将修改", f"{plan.changed} 行")
tiles[2].metric("保持不变", f"{plan.unchanged} 行")
st.dataframe(plan.summary_frame(), hide_index=True, width="stretch")
if not plan.has_changes:
    st.info("文件内容与系统中的台账一致，无需导入。")
    st.stop()

changes = plan.changes_frame()
shown = "（仅列出前 500 行）" if len(plan.changes) < plan.added + plan.changed else ""
with st.expander(f"逐项变化{shown}", expanded=True):
    st.dataframe(changes, hide_index=True, width="stretch")

if st.button("确认导入", type="primary", key="ledger_confirm"):
    try:
        result = data.import_ledger(
            url,
            content=content,
            filename=upload.name,
            user=viewer,
            today=today,
            fingerprint=plan.fingerprint,
        )
    except LedgerConflict as error:
        st.error(str(error))
    except ImportRejected as error:
        st.error(str(error))
        st.dataframe(
            error.plan.problems_frame(), hide_index=True, width="stretch", column_config=PROBLEM_COLUMNS
        )
    else:
        st.session_state["ledger_flash"] = f"已导入“{upload.name}”：{result.summary_text()}。"
        st.session_state["ledger_upload_round"] = st.session_state.get("ledger_upload_round", 0) + 1
        st.rerun()
