#!/usr/bin/env bash
# Set up (first time) and start the dashboard on the embedded SQLite database.
# The database is created, migrated and filled with the sample data on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r requirements.txt
# The PDF bulletin needs a Chinese font: installed here when root with apt, else explained.
bash scripts/cjk_font.sh
.venv/bin/python manage.py init-db
exec .venv/bin/streamlit run app.py "$@"
