#!/usr/bin/env bash
# Set up the test environment and run lint plus the whole suite.
# On SQLite always; on a real PostgreSQL server too when CI=true or WITH_POSTGRES=1
# (the server is installed with apt if missing and started on a free local port).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
PY=.venv/bin/python
$PY -m pip install --quiet --upgrade pip
$PY -m pip install --quiet -r requirements-dev.txt
# CI installs what the tests need from Debian: a Chinese font (the PDF bulletin embeds one,
# reports/fonts.py), Chromium for the browser tests (Playwright drives Debian's build), and
# poppler and LibreOffice Writer, which render the PDF and Word bulletins to page images in
# tests/test_bulletin_layout.py (LibreOffice without its GUI: about 20 s, 50 packages).
if [ "${CI:-}" = "true" ]; then
  missing=()
  [ -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  # Also converts .doc/.wps plans for the plan import (方案导入).
  command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
  # Calc converts OpenDocument sheets (.ods) for the plan import.
  [ -e /usr/lib/libreoffice/program/libsclo.so ] || missing+=(libreoffice-calc-nogui)
  # The reverse proxy of the cluster smoke test (scripts/start_cluster.sh).
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)…"
    export DEBIAN_FRONTEND=noninteractive
    # No service started by a package's install (nginx would take port 80): the tests start
    # their own servers. Only when the machine has no such policy of its own.
    policy=""
    if [ ! -e /usr/sbin/policy-rc.d ] && [ -w /usr/sbin ]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
      policy=/usr/sbin/policy-rc.d
    fi
    # Wait for the package lock (another install may be running) instead of failing.
    apt-get -o DPkg::Lock::Timeout=600 update >/dev/null
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}" >/dev/null
    [ -z "$policy" ] || rm -f "$policy"
  fi
fi

echo "== ruff"
$PY -m ruff check .
$PY -m ruff format --check .

echo "== tests on SQLite"
$PY -m pytest -q "$@"

if [ "${CI:-}" = "true" ] || [ "${WITH_POSTGRES:-}" = "1" ]; then
  # Only the tests that use the database (marked by tests/conftest.py): readers, charts and
  # rules behave the same on either database, and the browser tests already ran above.
  echo "== tests on PostgreSQL (those marked database)"
  eval "$(bash scripts/start_postgres.sh)"
  trap 'eval "$PG_STOP" >/dev/null 2>&1 || true' EXIT
  TEST_DATABASE_URL="$TEST_DATABASE_URL" $PY -m pytest -q -m "database and not browser" "$@"

  # Two Streamlit processes on this PostgreSQL behind nginx, started by scripts/start_cluster.sh
  # (the test empties the database first): sign in, every page, a write seen by the other.
  echo "== cluster smoke test through nginx (PostgreSQL, 2 processes)"
  cluster_started=$(date +%s)
  cluster_status=0
  CLUSTER_DATABASE_URL="$TEST_DATABASE_URL" $PY -m pytest -q tests/cluster || cluster_status=$?
  echo "cluster phase: $(($(date +%s) - cluster_started)) s"
  [ "$cluster_status" = 0 ] || exit "$cluster_status"
fi
