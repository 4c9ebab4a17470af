"""Likely duplicates across batches, and the links users confirmed (issue 14).

The same problem often arrives three times: in a central inspection's list, in the province's
list and in a 回头看 list. When a plan is imported, `similar_findings` looks for findings of
other batches of the same region whose title reads like each imported one (rapidfuzz's Indel
ratio on the titles with punctuation removed, cut-off 70: near-identical wording with a few
characters changed scores 78–90, two different problems of one county 5–30); the preview
proposes them and the user confirms. Confirmed pairs are stored by the import
(`data_access.commands.finding_links`) and listed by `linked_findings` in the drill-down, where
`link_suggestions` runs the same matching for a stored finding (可能相同的问题) and an editor
links or unlinks them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process, utils
from sqlalchemy import Engine, and_, or_, select, union_all

from data_access.access import finding_within
from data_access.models import Batch, Finding, FindingLink, Region
from intake.deadline_text import cn_number

SIMILAR_CUTOFF = 70
MAX_PROPOSALS = 3
MAX_SEARCH_RESULTS = 20  # findings listed for a typed number or words (链接 by hand)
_BLOCK = 50  # titles scored at once


@dataclass(frozen=True)
class SimilarFinding:
    finding_id: int
    batch_name: str
    label: str
    title: str
    status: str
    score: int  # 0–100
    note: str | None = None  # the user's reason, for a link made in the drill-down

    def describe(self) -> str:
        """“批次“…”问题3“…”（相似度 88）” for the preview."""
        return f"批次“{self.batch_name}”问题{self.label}“{self.title}”（相似度 {self.score}）"


def candidate_query(connection, *, region_code: str, exclude_batch: str | None, scope_code: str | None):
    """The select of (id, batch name, label, title, status) of the findings an import into
    `region_code` may repeat: inside that region, or assigned to one of its ancestors (a
    province's own list); None for an unknown region."""
    region = connection.execute(
        select(Region.province_code, Region.city_code).where(Region.code == region_code)
    ).one_or_none()
    if region is None:
        return None
    ancestors = [code for code in (region.province_code, region.city_code) if code and code != region_code]

    def narrowed(condition):
        query = (
            select(Finding.id, Batch.name, Finding.label, Finding.title, Finding.status)
            .join(Batch, Batch.id == Finding.batch_id)
            .where(condition)
        )
        if exclude_batch:
            query = query.where(Batch.code != exclude_batch)
        if scope_code:
            query = query.where(finding_within(scope_code))
        return query

    # Two selects, not one with OR: each reads its own index (the region's column, and
    # region_code for the ancestors' own findings) instead of the whole findings table.
    query = narrowed(finding_within(region_code))
    if ancestors:
        query = union_all(query, narrowed(Finding.region_code.in_(ancestors)))
    return query


def _candidates(engine: Engine, *, region_code: str, exclude_batch: str | None, scope_code: str | None):
    with engine.connect() as connection:
        query = candidate_query(
            connection, region_code=region_code, exclude_batch=exclude_batch, scope_code=scope_code
        )
        if query is None:
            return []
        return sorted(connection.execute(query).all(), key=lambda row: row.id)


def similar_findings(
    engine: Engine,
    titles: Sequence[str],
    *,
    region_code: str,
    exclude_batch: str | None = None,
    scope_code: str | None = None,
    cutoff: int = SIMILAR_CUTOFF,
    limit: int = MAX_PROPOSALS,
) -> list[list[SimilarFinding]]:
    """For each title, the most similar findings of other batches of the region, best first."""
    rows = _candidates(engine, region_code=region_code, exclude_batch=exclude_batch, scope_code=scope_code)
    if not rows:
        return [[] for _ in titles]
    choices = [utils.default_process(row.title) for row in rows]
    found: list[list[SimilarFinding]] = []
    # One score matrix per block of titles (cdist runs in C, ~4 times faster than a loop of
    # extract; 50 titles × 100,000 findings ≈ 1 s and 5 MB).
    for start in range(0, len(titles), _BLOCK):
        block = [utils.default_process(title) for title in titles[start : start + _BLOCK]]
        scores = process.cdist(block, choices, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8)
        for row_scores in scores:
            best = np.argsort(-row_scores.astype(np.int16), kind="stable")[:limit]
            found.append(
                [
                    SimilarFinding(
                        finding_id=rows[k].id,
                        batch_name=rows[k].name,
                        label=rows[k].label,
                        title=rows[k].title,
                        status=rows[k].status,
                        score=int(row_scores[k]),
                    )
                    for k in best
                    if row_scores[k] >= cutoff
                ]
            )
    return found


def linked_findings(
    engine: Engine, finding_id: int, *, scope_code: str | None = None
) -> list[SimilarFinding]:
    """The findings confirmed to be the same problem as this one (other batches), by batch."""
    other = select(FindingLink.other_id.label("id"), FindingLink.score, FindingLink.note).where(
        FindingLink.finding_id == finding_id
    )
    first = select(FindingLink.finding_id.label("id"), FindingLink.score, FindingLink.note).where(
        FindingLink.other_id == finding_id
    )
    pairs = other.union_all(first).subquery()
    query = (
        select(
            Finding.id, Batch.name, Finding.label, Finding.title, Finding.status, pairs.c.score, pairs.c.note
        )
        .join(pairs, pairs.c.id == Finding.id)
        .join(Batch, Batch.id == Finding.batch_id)
        .order_by(Batch.name, Finding.number)
    )
    if scope_code:
        query = query.where(finding_within(scope_code))
    with engine.connect() as connection:
        return [
            SimilarFinding(row.id, row.name, row.label, row.title, row.status, int(row.score or 0), row.note)
            for row in connection.execute(query)
        ]


def title_similarity(first: str, second: str) -> int:
    """The score `similar_findings` gives one title against another (0–100)."""
    return round(fuzz.ratio(utils.default_process(first), utils.default_process(second)))


def link_suggestions(
    engine: Engine, finding_id: int, *, scope_code: str | None = None
) -> list[SimilarFinding]:
    """可能相同的问题 of a stored finding, for the drill-down: `similar_findings` on its title
    among the findings of other batches of its region (inside `scope_code`), without those
    already linked to it; empty for a finding outside the scope."""
    with engine.connect() as connection:
        found = _finding_and_links(connection, finding_id, scope_code)
    if found is None:
        return []
    finding, linked = found
    (matches,) = similar_findings(
        engine,
        [finding.title],
        region_code=finding.region_code,
        exclude_batch=finding.code,
        scope_code=scope_code,
        limit=MAX_PROPOSALS + len(linked),
    )
    return [match for match in matches if match.finding_id not in linked][:MAX_PROPOSALS]


def _finding_and_links(connection, finding_id: int, scope_code: str | None):
    """(the finding's title, region and batch code, the ids linked to it); None outside the scope."""
    query = (
        select(Finding.title, Finding.region_code, Batch.code)
        .join(Batch, Batch.id == Finding.batch_id)
        .where(Finding.id == finding_id)
    )
    if scope_code:
        query = query.where(finding_within(scope_code))
    finding = connection.execute(query).one_or_none()
    if finding is None:
        return None
    linked = set(
        connection.scalars(
            select(FindingLink.other_id)
            .where(FindingLink.finding_id == finding_id)
            .union_all(select(FindingLink.finding_id).where(FindingLink.other_id == finding_id))
        )
    )
    return finding, linked


_NUMBER_QUERY = re.compile(
    r"(?:第|问题|序号|编号)?\s*(\d{1,4}(?:-\d{1,3})?|[〇零一二三四五六七八九十百]{1,6})\s*[项号条个]?(?:问题)?"
)


def _number_label(text: str) -> str | None:
    """The label a typed number means: “12”, “第12项”, “问题3-1” as written, “第十二项”,
    “问题三” in figures (the reader stores labels in figures); None for other text."""
    match = _NUMBER_QUERY.fullmatch(text.strip())
    if match is None:
        return None
    written = match.group(1)
    if written[0].isdigit():
        return written
    value = cn_number(written)
    return str(value) if value else None


def link_search(
    engine: Engine,
    finding_id: int,
    text: str,
    *,
    scope_code: str | None = None,
    limit: int = MAX_SEARCH_RESULTS,
) -> list[SimilarFinding]:
    """Findings of other batches of the finding's region (the candidates of `similar_findings`,
    inside `scope_code`) that an editor looks up by hand to link as the same problem: by their
    number (“12”, “第12项”, “问题3-1”, “第十二项”) or by words of the title (each word must occur), without
    those already linked; by batch, at most `limit`. The same problem reworded beyond the
    similarity cut-off is found this way."""
    words = text.split()
    if not words:
        return []
    number = _number_label(text)
    with engine.connect() as connection:
        found = _finding_and_links(connection, finding_id, scope_code)
        if found is None:
            return []
        finding, linked = found
        candidates = candidate_query(
            connection, region_code=finding.region_code, exclude_batch=finding.code, scope_code=scope_code
        )
        if candidates is None:
            return []
        rows = candidates.subquery()
        matches = [
            and_(*(rows.c.title.contains(word, autoescape=True) for word in words)),
            rows.c.label == text.strip(),
        ]
        if number:
            matches.append(rows.c.label == number)
        query = select(rows).where(or_(*matches)).order_by(rows.c.name, rows.c.id).limit(limit + len(linked))
        result = connection.execute(query).all()
    return [
        SimilarFinding(
            row.id, row.name, row.label, row.title, row.status, title_similarity(finding.title, row.title)
        )
        for row in result
        if row.id not in linked and row.id != finding_id
    ][:limit]
