"""登录: sign in with a user name and password (or single sign-on when configured).

The file is named after its url_path (sign-in), see docs/decisions.md.
"""

from __future__ import annotations

import streamlit as st

from ui.auth import sign_in_form
from ui.page import page_context

page = page_context()

st.title("登录")
if page.viewer.signed_in:  # /sign-in opened by a signed-in user (a bookmark)
    st.success(f"您已登录：{page.viewer.display_name}（{page.viewer.role_label}）。")
    st.page_link("pages/account.py", label="账号与密码", icon=":material/person:")
    st.stop()
st.caption("领导、整改办、县级填报员和分析人员使用各自的账号登录；登录后只显示本人所属地区的数据。")
sign_in_form(page.url)
st.caption("连续输错密码 5 次后，该用户名将被锁定 15 分钟。忘记密码请联系整改办重置。")
