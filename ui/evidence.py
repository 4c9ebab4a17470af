"""The evidence section (佐证材料) of the finding drill-down: the before/after pair, photos,
documents, the closure attachments as one .zip, and the upload form for editors.

Every file shown or downloaded is read through the loaders with the page's viewer; the region
check is in `data_access.evidence.load_evidence_file`, not here.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from core.vocabulary import EVIDENCE_KIND_LABELS, EVIDENCE_PHASE_LABELS
from data_access.access import EDIT, AccessDenied
from data_access.commands.evidence import MAX_CAPTION, EvidenceError, EvidenceUpload
from ui.format import date_cn, plain, text
from ui.loaders import evidence as data
from ui.page import PageContext

PHOTOS_PER_ROW = 4
PAIR_WIDTH = 520  # px: the pair side by side fits a laptop screen without scrolling
# What the file pickers offer; the content decides (intake/evidence_files.py), not the name.
EVIDENCE_TYPES = ["jpg", "jpeg", "png", "heic", "heif", "pdf", "docx", "xlsx"]
_FLASH = "evidence_flash"


def _caption(row) -> str:
    parts = [
        EVIDENCE_PHASE_LABELS.get(row.phase) if text(row.phase) else None,
        date_cn(row.taken_on) if pd.notna(row.taken_on) else None,
        text(row.caption),
        row.attached_label,
    ]
    return " · ".join(p for p in parts if p)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


def evidence_section(page: PageContext, finding_id: int) -> None:
    listed = data.finding_evidence(page.url, page.version, finding_id, page.scope)
    st.subheader(f"佐证材料（{len(listed)}份）")
    show_results(st.session_state.pop(_FLASH, None))
    if listed.empty:
        st.caption("尚无佐证材料（照片、验收报告等）。")
    else:
        photos = listed[listed["kind"] == "photo"]
        documents = listed[listed["kind"] != "photo"]
        _before_after(page, photos)
        _photo_grid(page, photos)
        _documents(page, documents)
        _closure_pack(page, finding_id, listed)
    if page.viewer.can(EDIT):
        _upload_form(page, finding_id)
        if not listed.empty:
            _remove_form(page, listed)


def _before_after(page: PageContext, photos: pd.DataFrame) -> None:
    """The latest photo before the work beside the latest after it."""
    before = photos[photos["phase"] == "before"]
    after = photos[photos["phase"] == "after"]
    if before.empty or after.empty:
        return
    st.markdown("**整改前后对比**")
    for column, chosen in zip(st.columns(2), (before.iloc[-1], after.iloc[-1]), strict=True):
        loaded = data.evidence_file(page.url, int(chosen["id"]), page.viewer)
        with column:
            if loaded is None:
                st.warning(f"文件“{plain(chosen['original_name'])}”缺失，请联系管理员从备份恢复。")
            else:
                st.image(loaded.content, caption=_caption(chosen), width=PAIR_WIDTH)


def _photo_grid(page: PageContext, photos: pd.DataFrame) -> None:
    if photos.empty:
        return
    st.markdown(f"**照片（{len(photos)}张）**")
    rows = [photos.iloc[i : i + PHOTOS_PER_ROW] for i in range(0, len(photos), PHOTOS_PER_ROW)]
    for chunk in rows:
        columns = st.columns(PHOTOS_PER_ROW)
        for column, row in zip(columns, chunk.itertuples(index=False), strict=False):
            with column:
                thumb = data.thumbnail(page.url, page.version, int(row.id), page.viewer)
                if thumb is None:
                    st.caption(f"“{plain(row.original_name)}”缺失")
                    continue
                st.image(thumb, caption=_caption(row), width="stretch")
                st.download_button(
                    "原图",
                    data=partial(data.file_bytes, page.url, int(row.id), page.viewer),
                    file_name=row.original_name,
                    mime=row.mime,
                    on_click="ignore",
                    key=f"evidence_photo_{row.id}",
                    icon=":material/download:",
                )


def _documents(page: PageContext, documents: pd.DataFrame) -> None:
    if documents.empty:
        return
    st.markdown(f"**文件（{len(documents)}份）**")
    for row in documents.itertuples(index=False):
        name, button = st.columns([4, 1], vertical_alignment="center")
        details = " · ".join(
            p
            for p in (
                EVIDENCE_KIND_LABELS[row.kind],
                _size(int(row.size)),
                date_cn(row.taken_on) if pd.notna(row.taken_on) else None,
                row.attached_label,
                text(row.caption),
            )
            if p
        )
        name.markdown(f":material/description: **{row.original_name}**  \n{details}")
        button.download_button(
            "下载",
            data=partial(data.file_bytes, page.url, int(row.id), page.viewer),
            file_name=row.original_name,
            mime=row.mime,
            on_click="ignore",
            key=f"evidence_document_{row.id}",
            icon=":material/download:",
        )


def _closure_pack(page: PageContext, finding_id: int, listed: pd.DataFrame) -> None:
    closure = listed[listed["attached_to"] == "closure"]
    if closure.empty:
        return
    st.download_button(
        f"下载销号材料包（登记表和附件{len(closure)}份，.zip）",
        data=partial(data.evidence_pack, page.url, page.viewer, finding_id),
        file_name=f"销号附件-问题{finding_id}.zip",
        mime="application/zip",
        on_click="ignore",
        key="evidence_closure_pack",
        icon=":material/folder_zip:",
    )


def _upload_form(page: PageContext, finding_id: int) -> None:
    targets = data.attach_targets(page.url, page.version, finding_id, page.scope)
    options = [
        *(("report", i, label) for i, label in targets["report"]),
        *(("measure", i, label) for i, label in targets["measure"]),
        ("closure", None, "销号申请"),
    ]
    with st.expander("上传佐证材料", expanded=False), st.form("evidence_upload", clear_on_submit=True):
        uploads = st.file_uploader(
            "照片（JPEG、PNG、HEIC）、PDF、Word 或 Excel 文件",
            type=EVIDENCE_TYPES,
            accept_multiple_files=True,
            key="evidence_files",
        )
        attach = st.selectbox(
            "附于", range(len(options)), format_func=lambda i: options[i][2], key="evidence_target"
        )
        left, right = st.columns(2)
        phase = left.selectbox(
            "整改阶段（照片）",
            [None, *EVIDENCE_PHASE_LABELS],
            format_func=lambda p: EVIDENCE_PHASE_LABELS.get(p, "不区分"),
            key="evidence_phase",
        )
        taken_on = right.date_input(
            "拍摄/形成日期（照片可留空，自动读取）",
            value=None,
            max_value=page.today,
            format="YYYY-MM-DD",
            key="evidence_taken_on",
        )
        caption = st.text_input(
            "说明", max_chars=MAX_CAPTION, placeholder="如：尾矿库坝体加固后现场", key="evidence_caption"
        )
        submitted = st.form_submit_button("上传", type="primary")
    if not submitted:
        return
    if not uploads:
        st.warning("请先选择要上传的文件。")
        return
    kind, target_id, _label = options[attach]
    results = []
    for upload in uploads:
        try:
            added = data.add_evidence(
                page.url,
                finding_id=finding_id,
                upload=EvidenceUpload(
                    name=upload.name,
                    content=upload.getvalue(),
                    attached_to=kind,
                    attached_id=target_id,
                    caption=caption,
                    taken_on=taken_on,
                    phase=phase,
                ),
                user=page.viewer,
                today=page.today,
            )
            results.append(("ok", added.note))
        except (EvidenceError, AccessDenied) as refusal:
            results.append(("error", str(refusal)))
    st.session_state[_FLASH] = results
    st.rerun()


def _remove_form(page: PageContext, listed: pd.DataFrame) -> None:
    labels = {int(r.id): f"{r.original_name}（{_caption(r)}）" for r in listed.itertuples(index=False)}
    with st.expander("删除佐证材料"):
        chosen = st.selectbox("文件", list(labels), format_func=labels.get, key="evidence_remove_choice")
        st.caption("删除后不再显示和下载；文件和上传记录仍保留在修改记录中备查。")
        if st.button("删除", key="evidence_remove"):
            try:
                note = data.remove_evidence(page.url, evidence_id=chosen, user=page.viewer)
                st.session_state[_FLASH] = [("ok", note)]
            except (EvidenceError, AccessDenied) as refusal:
                st.session_state[_FLASH] = [("error", str(refusal))]
            st.rerun()


def attach_to_report(page: PageContext, finding_id: int, period, uploads) -> list[tuple[str, str]]:
    """Files sent with a monthly report, attached to the report just saved: (ok|error, message)."""
    if not uploads:
        return []
    report = data.report_id(page.url, finding_id, period, page.scope)
    results = []
    for upload in uploads:
        try:
            added = data.add_evidence(
                page.url,
                finding_id=finding_id,
                upload=EvidenceUpload(
                    name=upload.name, content=upload.getvalue(), attached_to="report", attached_id=report
                ),
                user=page.viewer,
                today=page.today,
            )
            results.append(("ok", added.note))
        except (EvidenceError, AccessDenied) as refusal:
            results.append(("error", str(refusal)))
    return results


def show_results(results: list[tuple[str, str]] | None) -> None:
    for kind, message in results or []:
        (st.success if kind == "ok" else st.error)(message)


def closure_files(page: PageContext, finding_id: int) -> tuple[int, ...]:
    """Show the closure attachments a reviewer sees (names, a link to them); return their ids,
    which the chain records as the files the step saw."""
    from ui.links import finding_url

    listed = data.finding_evidence(page.url, page.version, finding_id, page.scope)
    closure = listed[listed["attached_to"] == "closure"]
    if closure.empty:
        st.caption("销号申请尚无佐证材料（可在问题详情中上传）。")
        return ()
    names = "、".join(closure["original_name"])
    st.markdown(
        f"**佐证材料（{len(closure)}份）：** {names}（[在问题详情中查看和下载]({finding_url(finding_id)})）"
    )
    return tuple(int(i) for i in closure["id"])


def closure_evidence_ids(page: PageContext, finding_id: int) -> tuple[int, ...]:
    """The ids of the finding's closure attachments now (recorded with a submission)."""
    listed = data.finding_evidence(page.url, page.version, finding_id, page.scope)
    return tuple(int(i) for i in listed.loc[listed["attached_to"] == "closure", "id"])
