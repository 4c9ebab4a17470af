"""Links between pages, so any row or bar can lead to a finding's drill-down."""

from __future__ import annotations

FINDING_PAGE_PATH = "finding"  # url_path of pages/finding.py in app.py


def finding_url(finding_id: int) -> str:
    """A relative link to a finding's drill-down that can be pasted into a chat."""
    return f"{FINDING_PAGE_PATH}?finding={int(finding_id)}"
