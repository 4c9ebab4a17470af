#!/usr/bin/env bash
# Make sure the PDF bulletin has a Chinese font (reports/fonts.py embeds one from the machine).
# Installs Debian's fonts-noto-cjk quietly when running as root where apt-get exists;
# otherwise says what to do. Never fails: Word and Excel bulletins work without the font.
# PYTHON: the interpreter that runs the app (default .venv/bin/python).
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
has_font() {
  "$PYTHON" -c "from reports.fonts import cjk_font_available; raise SystemExit(0 if cjk_font_available() else 1)" \
    >/dev/null 2>&1
}
has_font && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "未找到中文字体：正在安装 fonts-noto-cjk（PDF 通报需要，约 1 分钟）…"
  export DEBIAN_FRONTEND=noninteractive
  # Wait for the package lock (another install may be running) instead of failing.
  if apt-get -o DPkg::Lock::Timeout=600 -qq update >/dev/null 2>&1 &&
    apt-get -o DPkg::Lock::Timeout=600 -qq install -y --no-install-recommends fonts-noto-cjk >/dev/null 2>&1 &&
    has_font; then
    echo "已安装 fonts-noto-cjk。"
    exit 0
  fi
  echo "安装 fonts-noto-cjk 失败（无网络或软件源不可用？）。" >&2
fi
cat >&2 <<'MESSAGE'
未找到中文字体：PDF 通报暂不可用（Word 和 Excel 不受影响）。请任选其一：
  - Debian/Ubuntu：sudo apt-get install fonts-noto-cjk（或以 root 身份重新运行 bash scripts/run.sh）
  - 其他系统：安装任一中文字体，或设置 DASHBOARD_CJK_FONT=/路径/字体文件.ttc（.ttf/.otf/.ttc）
MESSAGE
exit 0
