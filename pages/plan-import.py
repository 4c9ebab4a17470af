"""方案导入: upload or paste a plan, check the parsed findings in a table, correct, save.

The file is named after its url_path (plan-import): when the two differ, Streamlit shows a
spurious “Page not found” on the first deep link after a server start.
"""

from __future__ import annotations

import contextlib
import hashlib

import streamlit as st

from core.vocabulary import CATEGORY_LABELS, LEVEL_LABELS, SOURCE_TYPE_LABELS
from data_access.access import IMPORT, AccessDenied
from data_access.commands.plan_import import PlanImportError, guess_source
from intake.plan_document import PlanFileError, looks_copied_from_pdf_table
from intake.plan_parser import PlanParseError
from intake.plan_tables import (
    MAPPABLE_FIELDS,
    UNNAMED_TASK_CONFIDENCE,
    header_signature,
    suggested_fields,
    unmapped_header,
)
from ui.loaders import plan_import as data
from ui.page import page_context
from ui.plan_editor import (
    FINDING_COLUMNS,
    MAPPING_LABELS,
    MEASURE_COLUMNS,
    READ_ONLY,
    apply_edits,
    check_view,
    findings_frame,
    guess_region,
    highlight_low_confidence,
    mapping_problem,
    measures_frame,
    remember_columns,
    save_plan,
)

NEW_BATCH = "__new__"
LAYOUTS = {
    "headings": "逐条问题（“一、……”或“反馈问题一：……”加栏目）",
    "records": "登记表或表格（“整改时限”“整改完成情况”等栏目）",
    "tasks": "任务清单（句末括注责任单位）",
    "table": "任务清单表格（一行一个问题，按表头识别各列）",
    "paragraphs": "未识别出固定版式，按编号段落、全文或逐句读取（请逐项核对）",
}

page = page_context()
url, today, version, options = page.url, page.today, page.version, page.options

st.title("整改方案导入")
page.require(IMPORT)
st.caption(
    "上传整改方案、整改任务清单、销号登记表或销号公示（Word .docx/.doc/.wps/.rtf/.odt、"
    "Excel .xlsx/.xls/.et/.ods/.csv、有文字层的 PDF 或 OFD、.txt、网页存档 .mht/.htm），或直接粘贴文字"
    "（含从 Word、Excel 或网页复制的表格；PDF 中的表格请上传文件）。"
    "系统识别出各问题的整改目标、时限、责任单位和措施，核对修改后保存；同一文件重复导入不会产生重复问题。"
)

_DOCUMENTS = [
    "docx",
    "doc",
    "wps",
    "rtf",
    "odt",
    "xlsx",
    "xls",
    "et",
    "ods",
    "csv",
    "pdf",
    "ofd",
    "txt",
    "md",
]
_WEB_PAGES = ["mht", "mhtml", "htm", "html"]  # saved by Word or exported by office systems
source = st.radio("内容来源", ["上传文件", "粘贴文本"], horizontal=True, key="plan_source")
if source == "上传文件":
    uploaded = st.file_uploader(
        "方案文件",
        type=[*_DOCUMENTS, *_WEB_PAGES],
        key="plan_file",
    )
    if uploaded is None:
        limit = st.get_option("server.maxUploadSize")
        st.info(
            "请上传方案文件（.docx/.doc/.wps/.rtf/.odt、.xlsx/.xls/.et/.ods/.csv、PDF、OFD、"
            ".mht/.htm 或文本），"
            f"单个文件不超过 {limit} MB。"
            "扫描件 PDF 或 OFD 没有文字，需先用 OCR 转成文字。"
        )
        st.stop()
    file_name = uploaded.name
    try:
        text = data.document_text(uploaded.getvalue(), file_name)
    except PlanFileError as error:
        st.error(f"无法读取文件：{error}")
        st.stop()
else:
    file_name = None
    text = st.text_area(
        "方案全文",
        height=240,
        key="plan_text",
        help="也可以在 Word 或 Excel 中选中任务表格（连同表头）复制后直接粘贴，单元格内的分段不影响识别。",
        placeholder="粘贴整改方案或公示的全文，例如：\n一、……（问题）\n整改目标：……\n牵头单位：……\n整改时限：2023年12月31日",
    )
    if not text.strip():
        st.info("请粘贴方案全文，或从 Word、Excel 中复制的任务表格。")
        st.stop()
    if looks_copied_from_pdf_table(text):
        st.warning(
            "这段文字像是从 PDF 阅读器中复制的表格：每格文字被拆成一行行短句，已分不清哪行属于哪一列，"
            "下面的识别结果可能错乱。请改为上传该 PDF 文件（“上传文件”），系统会按版面位置读取表格。"
        )

mappings = data.column_mappings(url)
try:
    plan = data.parsed_plan(text, mappings)
    refusal = None
except PlanParseError as error:
    plan, refusal = None, error
# the mapping step: a table nothing could be read from, or one whose task column was only guessed
guessed = plan is not None and any(
    f.confidence.get("title") == UNNAMED_TASK_CONFIDENCE for f in plan.findings
)
header = unmapped_header(text) if plan is None or plan.layout != "table" or guessed else None
if header is not None:
    # A task table whose column names the vocabulary does not know: the user says which column
    # holds what, once; tables with the same header are read the same way from then on.
    st.subheader("指定表格各列的含义")
    st.caption(
        f"文件中的表格表头（{'、'.join(header)}）无法自动识别。请为各列选择对应的栏目，"
        "保存后相同表头的表格将自动按此识别。"
    )
    suggested = suggested_fields(header)
    columns = st.columns(min(len(header), 6))
    chosen: dict[str, str | None] = {}
    for k, name in enumerate(header):
        choices = [None, *MAPPABLE_FIELDS]
        chosen[name] = columns[k % len(columns)].selectbox(
            f"“{name}”列",
            choices,
            index=choices.index(suggested[name]),
            format_func=MAPPING_LABELS.get,
            key=f"plan_column_{k}_{name}",
        )
    problem = mapping_problem(chosen)
    if problem:
        st.warning(problem)
    if st.button("按此对应识别并记住", disabled=bool(problem), key="plan_columns_save"):
        try:
            remember_columns(url, header, chosen, page.viewer)
        except (PlanImportError, AccessDenied) as error:
            st.error(f"未能保存列对应关系：{error}")
        else:
            st.rerun()
    if plan is None or (guessed and chosen != suggested):
        # a preview with the columns as chosen now, before they are remembered; where they read
        # nothing, the refusal (or the guessed preview) stays
        with contextlib.suppress(PlanParseError):
            plan = data.parsed_plan(text, {header_signature(header): chosen})
if plan is None:
    st.error(f"未能识别：{refusal}")
    st.stop()

part = None
if len(plan.parts) > 1:
    part = st.selectbox(
        "该文件包含多个方案，请选择要导入的部分",
        plan.parts,
        format_func=lambda p: (
            f"第{p}部分：{plan.part_titles.get(p) or '（无标题）'}（{len(plan.in_part(p))}个）"
        ),
        key="plan_part",
    )
findings = plan.in_part(part)
title = plan.part_titles.get(part or 1) or ""
st.caption(
    f"来源：{file_name or '粘贴文本'}（{len(text):,}字）；版式：{LAYOUTS[plan.layout]}"
    + (f"；文件标题：{title}" if title else "")
)

st.subheader("导入到")
batches = options.batches
regions = options.regions
batch_labels = {
    code: f"{name}（{code}）" for code, name in zip(batches["code"], batches["name"], strict=True)
}
same_name = [code for code, name in zip(batches["code"], batches["name"], strict=True) if name == title]
left, middle, right = st.columns(3)
batch_choice = left.selectbox(
    "督察批次",
    [NEW_BATCH, *batch_labels],
    index=1 + list(batch_labels).index(same_name[0]) if same_name else 0,
    format_func=lambda code: "新建批次" if code == NEW_BATCH else batch_labels[code],
    key="plan_batch",
)
batch_name = source_type = level = None
if batch_choice == NEW_BATCH:
    batch_name = left.text_input("新批次名称", value=title, key="plan_batch_name")
    guessed_type, guessed_level = guess_source(batch_name or title)
    source_type = middle.selectbox(
        "来源类型",
        list(SOURCE_TYPE_LABELS),
        index=list(SOURCE_TYPE_LABELS).index(guessed_type),
        format_func=SOURCE_TYPE_LABELS.get,
        key="plan_source_type",
    )
    level = middle.selectbox(
        "批次级别",
        list(LEVEL_LABELS),
        index=list(LEVEL_LABELS).index(guessed_level) if guessed_level else 3,
        format_func=LEVEL_LABELS.get,
        key="plan_level",
    )
    default_region = guess_region(text, regions)
else:
    default_region = str(batches.loc[batches["code"] == batch_choice, "region_code"].iloc[0])
region_codes = [str(code) for code in regions["code"]]
region_names = dict(zip(region_codes, regions["name"], strict=True))
if default_region not in region_codes and len(region_codes) == 1:
    default_region = region_codes[0]  # a user of one region imports into it
# No region named in the document: the user chooses one, rather than the list's first (a plan
# of a city the database does not hold was filed under whichever region came first).
region = right.selectbox(
    "问题所属地区",
    region_codes,
    index=region_codes.index(default_region) if default_region in region_codes else None,
    format_func=lambda code: f"{region_names[code]}（{code}）",
    placeholder="请选择（文件中未识别出已有地区）",
    key="plan_region",
)
registered_on = right.date_input("登记日期（新增问题）", value=today, key="plan_registered_on")

existing = data.batch_findings(url, version, batch_choice) if batch_choice != NEW_BATCH else {}
digest = hashlib.sha1(f"{text}\n{part}".encode()).hexdigest()[:12]

st.subheader("识别结果（可直接修改）")
tiles = st.columns(4)
tiles[0].metric("识别问题", len(findings))
tiles[1].metric("整改措施", sum(len(f.measures) for f in findings))
tiles[2].metric("标注已完成", sum(1 for f in findings if f.status == "completed"))
tiles[3].metric(
    "需核对",
    sum(len(f.warnings) for f in findings),
    help="缺少牵头单位、整改时限未能识别，或空格按上一行补全的条目",
)
warnings = [warning for f in findings for warning in f.warnings]
if warnings:
    with st.expander(f"需核对的内容（{len(warnings)}条）", expanded=len(warnings) <= 5):
        for warning in warnings:
            st.write(f"- {warning}")

text_column = st.column_config.TextColumn
edited = st.data_editor(
    highlight_low_confidence(findings_frame(findings, existing)),
    key=f"plan_findings_{digest}",
    num_rows="dynamic",
    hide_index=True,
    width="stretch",
    disabled=READ_ONLY,
    column_config={
        FINDING_COLUMNS["number"]: st.column_config.NumberColumn(
            min_value=1, step=1, required=True, width="small"
        ),
        FINDING_COLUMNS["label"]: text_column(width="small"),
        FINDING_COLUMNS["title"]: text_column(width="medium", required=True),
        FINDING_COLUMNS["problem"]: text_column(width="large"),
        FINDING_COLUMNS["category"]: st.column_config.SelectboxColumn(options=list(CATEGORY_LABELS.values())),
        FINDING_COLUMNS["deadline_text"]: text_column(
            help="改写后按新文字重新识别，如“2023年12月31日”“立行立改，持续推进”"
        ),
        FINDING_COLUMNS["lead_units"]: text_column(help="多个单位用“、”分隔"),
        FINDING_COLUMNS["cooperating_units"]: text_column(help="多个单位用“、”分隔"),
        FINDING_COLUMNS["leaders"]: text_column(help="多人用“、”分隔"),
        FINDING_COLUMNS["completed"]: st.column_config.CheckboxColumn(help="方案或公示标明已完成整改"),
    },
)
if any(f.low_confidence() for f in findings):
    st.caption("“待核对”列标黄的条目：该栏目由相近的列名推断、时限未能识别或未找到，请对照原文核对。")
    uncertain = check_view(findings)
    if len(uncertain.data):
        with st.expander(f"待核对字段（{len(uncertain.data)}个问题，黄色为需核对的值，在上表中修改）"):
            st.dataframe(uncertain, hide_index=True, width="stretch")
st.caption("整改措施（按“问题序号”归属；清空“措施内容”即删除该条）")
edited_measures = st.data_editor(
    measures_frame(findings),
    key=f"plan_measures_{digest}",
    num_rows="dynamic",
    hide_index=True,
    width="stretch",
    column_config={
        MEASURE_COLUMNS["finding"]: st.column_config.NumberColumn(min_value=1, step=1, width="small"),
        MEASURE_COLUMNS["number"]: text_column(width="small"),
        MEASURE_COLUMNS["text"]: text_column(width="large"),
        MEASURE_COLUMNS["units"]: text_column(help="多个单位用“、”分隔"),
    },
)
with st.expander("识别用的文字"):
    st.text(text[:30000] + ("\n……（以下从略）" if len(text) > 30000 else ""))

result = apply_edits(findings, edited, edited_measures)
for error in result.errors:
    st.error(error)

# Likely the same problem as a finding of another batch of the region: proposed, never linked
# without the user's tick (data_access/finding_links.py).
proposals = (
    data.similar_findings(
        url,
        version,
        tuple(f.title for f in result.findings),
        region,
        None if batch_choice == NEW_BATCH else batch_choice,
        page.viewer.region_code,
    )
    if region is not None
    else [[] for _ in result.findings]
)
links: dict[int, tuple[int, int]] = {}
proposed = [(f, matches[0]) for f, matches in zip(result.findings, proposals, strict=True) if matches]
if proposed:
    with st.expander(f"疑似重复/关联（{len(proposed)}个问题）：勾选确认为同一问题", expanded=True):
        for finding, match in proposed:
            label = f"问题{finding.number}“{finding.title}” 疑似重复/关联：{match.describe()}"
            if st.checkbox(label, key=f"plan_link_{digest}_{finding.number}_{match.finding_id}"):
                links[finding.number] = (match.finding_id, match.score)
ready = (
    bool(result.findings)
    and not result.errors
    and (batch_choice != NEW_BATCH or bool(batch_name))
    and region is not None
)
if batch_choice == NEW_BATCH and not batch_name:
    st.warning("请填写新批次名称。")
if region is None:
    st.warning("请在“导入到”中选择问题所属地区：文件中没有识别出系统已有的地区。")
if st.button(f"保存 {len(result.findings)} 个问题", type="primary", disabled=not ready, key="plan_save"):
    try:
        summary = save_plan(
            url,
            result.findings,
            today=today,
            batch_code=None if batch_choice == NEW_BATCH else batch_choice,
            batch_name=batch_name,
            region=region,
            source_type=source_type,
            level=level,
            registered_on=registered_on,
            source_file=file_name,
            user=page.viewer,
            links=links,
        )
    except (PlanImportError, AccessDenied) as error:
        st.error(f"保存失败，数据库未改动：{error}")
    else:
        st.session_state[f"plan_saved_{digest}"] = summary
saved = st.session_state.get(f"plan_saved_{digest}")
if saved is not None:
    st.success(saved.message())
    if saved.new_units:
        st.info(f"新建单位 {len(saved.new_units)} 个（如名称有误，请核对原文）：{'、'.join(saved.new_units)}")
    st.page_link("pages/overview.py", label="查看总览", icon=":material/dashboard:")
