"""The drill-down's 其他批次的同一问题 section: the linked findings for everyone; for an editor
of the region also 可能相同的问题 (the import's similarity, data_access/finding_links.py), a
form to link one, a search by number or title words to link any other of the region's
findings, and 取消关联 with a confirmation. The rights and the region are checked by
the commands (data_access/commands/finding_links.py), not here."""

from __future__ import annotations

import streamlit as st

from core.vocabulary import STATUS_LABELS
from data_access.access import EDIT, AccessDenied
from data_access.commands.finding_links import MAX_NOTE, LinkError
from data_access.finding_links import MAX_SEARCH_RESULTS
from ui.format import plain
from ui.links import finding_url
from ui.loaders import finding as data
from ui.page import PageContext

_FLASH = "same_problem_flash"
_CONFIRM = "same_problem_confirm_unlink"  # the finding id whose unlinking awaits confirmation


def _line(match) -> str:
    name = plain(f"{match.batch_name} · 问题{match.label}：{match.title}")
    return f"[{name}]({finding_url(match.finding_id)})（{STATUS_LABELS.get(match.status, match.status)}）"


def _with_note(match) -> str:
    return f"- {_line(match)}" + (f"  \n  说明：{plain(match.note)}" if match.note else "")


def same_problem_section(page: PageContext, finding_id: int) -> None:
    linked = data.linked_findings(page.url, page.version, finding_id, page.scope)
    editor = page.viewer.can(EDIT)
    if not linked and not editor:
        return
    st.subheader(f"其他批次的同一问题（{len(linked)}个）")
    for kind, message in st.session_state.pop(_FLASH, None) or []:
        {"ok": st.success, "info": st.info}.get(kind, st.error)(plain(message))
    if not linked:
        st.caption("尚未与其他批次的问题关联。")
    for other in linked:
        if not editor:
            st.markdown(_with_note(other))
            continue
        text, button = st.columns([5, 1], vertical_alignment="center")
        text.markdown(_with_note(other))
        if button.button("取消关联", key=f"same_problem_unlink_{other.finding_id}"):
            st.session_state[_CONFIRM] = other.finding_id
        if st.session_state.get(_CONFIRM) == other.finding_id:
            _confirm_unlink(page, finding_id, other)
    if editor:
        _suggestions(page, finding_id)
        _search(page, finding_id)


def _confirm_unlink(page: PageContext, finding_id: int, other) -> None:
    name = plain(f"{other.batch_name} · 问题{other.label}：{other.title}")
    st.warning(f"确定取消与“{name}”的关联吗？两个问题本身不受影响。")
    yes, no, _ = st.columns([1, 1, 4])
    if yes.button("确认取消关联", type="primary", key="same_problem_unlink_yes"):
        st.session_state.pop(_CONFIRM, None)
        _write(data.unlink_same_problem, page, finding_id, other.finding_id)
    if no.button("保留关联", key="same_problem_unlink_no"):
        st.session_state.pop(_CONFIRM, None)
        st.rerun()


def _suggestions(page: PageContext, finding_id: int) -> None:
    suggested = data.link_suggestions(page.url, page.version, finding_id, page.scope)
    st.markdown(f"**可能相同的问题（{len(suggested)}个）**")
    if not suggested:
        st.caption("本地区其他批次中没有标题相近的问题。")
        return
    st.caption("按标题相似度从本地区其他批次中找出，请点开核对后再关联。")
    for match in suggested:
        st.markdown(f"- {_line(match)}，相似度 {match.score}")
    choices = {match.finding_id: match for match in suggested}
    with st.form("same_problem_link", clear_on_submit=True):
        chosen = st.selectbox(
            "关联为同一问题",
            list(choices),
            format_func=lambda i: f"{choices[i].batch_name} · 问题{choices[i].label}：{choices[i].title}",
            key="same_problem_choice",
        )
        note = st.text_input(
            "关联说明（可不填）",
            max_chars=MAX_NOTE,
            placeholder="如：省级清单第3项即中央反馈第12项",
            key="same_problem_note",
        )
        submitted = st.form_submit_button("关联为同一问题", type="primary")
    if submitted:
        _write(data.link_same_problem, page, finding_id, chosen, note=note)


def _search(page: PageContext, finding_id: int) -> None:
    """Link by hand a finding the similarity does not propose (reworded, or a number the user
    knows from the lists): typed number or title words, the region's other batches only."""
    st.markdown("**按编号或标题查找其他批次的问题**")
    text = st.text_input(
        "问题编号或标题中的词",
        max_chars=60,
        placeholder="如：12、第3-1项 或 渗滤液 填埋场",
        key="same_problem_search",
    ).strip()
    if not text:
        st.caption("相似度不足的同一问题可在此按编号或标题查找后关联（仅限本地区其他批次）。")
        return
    found = data.link_search(page.url, page.version, finding_id, page.scope, text)
    if not found:
        st.caption(f"本地区其他批次中没有编号为或标题含“{plain(text)}”的未关联问题。")
        return
    more = "（仅列出前20个，请输入更多字词缩小范围）" if len(found) >= MAX_SEARCH_RESULTS else ""
    st.caption(f"找到{len(found)}个问题{more}，请点开核对后再关联。")
    choices = {match.finding_id: match for match in found}
    with st.form("same_problem_search_link", clear_on_submit=True):
        chosen = st.selectbox(
            "关联为同一问题",
            list(choices),
            format_func=lambda i: f"{choices[i].batch_name} · 问题{choices[i].label}：{choices[i].title}",
            key="same_problem_search_choice",
        )
        note = st.text_input("关联说明（可不填）", max_chars=MAX_NOTE, key="same_problem_search_note")
        submitted = st.form_submit_button("关联所选问题", type="primary")
    if submitted:
        _write(data.link_same_problem, page, finding_id, chosen, note=note)


def _write(command, page: PageContext, finding_id: int, other_id: int, **kwargs) -> None:
    try:
        result = command(page.url, finding_id=finding_id, other_id=other_id, user=page.viewer, **kwargs)
        st.session_state[_FLASH] = [("ok" if result.changed else "info", result.message)]
    except (LinkError, AccessDenied) as refusal:
        st.session_state[_FLASH] = [("error", str(refusal))]
    st.rerun()
