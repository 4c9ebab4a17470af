"""What every page starts with: the database, today, the data version and the shared filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from data_access.access import AccessDenied, Viewer, require
from data_access.metrics import FindingFilters
from ui.filters import FilterOptions
from ui.loaders import filters as filter_loaders
from ui.loaders import shared


@dataclass(frozen=True)
class PageContext:
    url: str
    today: date
    version: int  # the national data version: changes with every write
    # The cache key of figures limited to the filtered region: changes only with writes in its
    # province (or of no one province). For the region-filtered views (overview, overdue,
    # dispatch, map, indicators); pages that open rows by id use `version`.
    region_version: str
    options: FilterOptions
    filters: FindingFilters
    filter_state: dict
    viewer: Viewer

    @property
    def scope(self) -> str | None:
        """The viewer's region: id-based loaders return nothing outside it."""
        return self.viewer.region_code

    def require(self, permission: str) -> None:
        """Stop the page with a Chinese message (and a sign-in form for visitors) unless allowed."""
        try:
            require(self.viewer, permission)
        except AccessDenied as refusal:
            # Not an error of the page: a visitor is asked to sign in, a role is told why not.
            (st.warning if self.viewer.signed_in else st.info)(str(refusal))
            if not self.viewer.signed_in:
                from ui.auth import sign_in_form

                sign_in_form(self.url, key="page_sign_in")
            st.stop()

    @property
    def as_of(self) -> date:
        return self.filters.as_of or self.today


def ensure_frame() -> None:
    """Make sure the page runs inside the frame (app.py).

    Streamlit treats a folder named `pages/` as a legacy multipage app until `st.navigation`
    has run once in the process. On a freshly started server, a deep link such as
    `/finding?finding=12` would then run the page alone, without the frame and its filters.
    Switch the legacy mode off and rerun, which goes through app.py.
    """
    if PagesManager.uses_pages_directory or "data_version" not in st.session_state:
        PagesManager.uses_pages_directory = False
        st.rerun()


def page_context() -> PageContext:
    """Call first in every page."""
    ensure_frame()
    url = shared.database_url()
    # The frame read the version in this same run, just before the page (one query a run).
    version: int = st.session_state["data_version"]
    viewer: Viewer = st.session_state["viewer"]
    filters: FindingFilters = st.session_state["filters"]
    return PageContext(
        url=url,
        today=shared.today(),
        version=version,
        region_version=shared.scoped_version_of(url, version, filters.region_code or viewer.region_code),
        # With the chosen lead units for the captions (a national database has too many units
        # to read them all), inside the viewer's region.
        options=filter_loaders.filter_options(
            url,
            version,
            tuple(str(u) for u in st.session_state["filter_state"].get("unit") or ()),
            viewer.region_code,
        ),
        filters=filters,
        filter_state=st.session_state["filter_state"],
        viewer=viewer,
    )
