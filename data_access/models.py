"""The case database: SQLAlchemy 2.0 ORM models.

Columns the overview filters, groups and sorts on are stored on `findings` itself
(region ancestors, status, next open dated deadline, rolling flag, last report month) so
that a million findings can be counted with indexed scans instead of per-row joins. They are
kept up to date by `data_access.commands.findings.refresh_finding_state`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from core import vocabulary as v


def _enum(values: tuple[str, ...], name: str) -> SAEnum:
    # VARCHAR + CHECK rather than a native enum: identical on SQLite and PostgreSQL,
    # and a new value is a plain migration.
    return SAEnum(*values, name=name, native_enum=False, create_constraint=True, length=24)


class Base(DeclarativeBase):
    pass


class AppMeta(Base):
    """Key/value facts about the database: data version, demo flag, load time."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StoredFigures(Base):
    """Figures of a past month or day, kept once built (data_access/stored.py); deleted by the
    write session when a write dated on or before `as_of` touches their province."""

    __tablename__ = "stored_figures"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    scope_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    as_of: Mapped[date] = mapped_column(Date, primary_key=True, index=True)
    province_code: Mapped[str | None] = mapped_column(String(6))  # None: a national scope
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    built_at: Mapped[datetime] = mapped_column(DateTime)


class UnitRanking(Base):
    """One lead unit's figures of the 逾期督办 ranking on a day, every finding as of that day
    (data_access/unit_rankings.py): built by the day's first reader, corrected by the write
    session for the units a write touches."""

    __tablename__ = "unit_rankings"
    as_of: Mapped[date] = mapped_column(Date, primary_key=True)
    scope: Mapped[str] = mapped_column(String(8), primary_key=True)  # "lead" or "any"
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer)
    overdue: Mapped[int] = mapped_column(Integer)
    due_soon: Mapped[int] = mapped_column(Integer)
    late_report: Mapped[int] = mapped_column(Integer)
    signal: Mapped[int] = mapped_column(Integer)  # 0 red, 1 amber, 2 green (metrics.signal_rank)
    ratio: Mapped[float] = mapped_column(Float)  # done / total


# The ranking's order, so the page's worst few hundred units are one index range.
Index(
    "ix_unit_rankings_order",
    UnitRanking.as_of,
    UnitRanking.scope,
    UnitRanking.signal,
    UnitRanking.overdue.desc(),
    UnitRanking.ratio,
    UnitRanking.late_report.desc(),
)


class UnitRankingDay(Base):
    """The (day, scope) pairs whose `unit_rankings` rows are built: what the write session
    corrects (a built day may hold no unit)."""

    __tablename__ = "unit_ranking_days"
    as_of: Mapped[date] = mapped_column(Date, primary_key=True)
    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    built_at: Mapped[datetime] = mapped_column(DateTime)


class Region(Base):
    """An administrative division keyed by its six-digit code."""

    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    short_name: Mapped[str] = mapped_column(String(32))
    level: Mapped[str] = mapped_column(_enum(v.REGION_LEVELS, "region_level"))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    province_code: Mapped[str] = mapped_column(String(6))
    city_code: Mapped[str | None] = mapped_column(String(6))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)


class Unit(Base):
    """A department or other body, by canonical name within a region."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("region_code", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"))
    name: Mapped[str] = mapped_column(String(128))
    aliases: Mapped[list[UnitAlias]] = relationship(back_populates="unit")


class UnitAlias(Base):
    __tablename__ = "unit_aliases"
    __table_args__ = (UniqueConstraint("region_code", "alias"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    region_code: Mapped[str] = mapped_column(String(6))
    alias: Mapped[str] = mapped_column(String(128))
    unit: Mapped[Unit] = relationship(back_populates="aliases")


class Person(Base):
    """A leader, responsible person or liaison."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("region_code", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"))
    name: Mapped[str] = mapped_column(String(64))


class Batch(Base):
    """An inspection batch or plan that hands findings to a region."""

    __tablename__ = "batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    source_type: Mapped[str] = mapped_column(_enum(v.SOURCE_TYPES, "batch_source_type"))
    level: Mapped[str] = mapped_column(_enum(v.LEVELS, "batch_level"))
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"))
    feedback_date: Mapped[date | None] = mapped_column(Date)
    document: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(String(200))
    goal: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    findings: Mapped[list[Finding]] = relationship(back_populates="batch")


class Finding(Base):
    """One problem to rectify (or one plan task), with its denormalised state columns."""

    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("batch_id", "number"),
        # Covers every state column the figures read, and the group columns, so the KPI and
        # overdue queries over the open findings never touch the (wide) table rows.
        Index(
            "ix_findings_state",
            "status",
            "next_due_date",
            "has_rolling_deadline",
            "last_report_period",
            "province_code",
            "city_code",
            "county_code",
            "batch_id",
            # PostgreSQL's indexes do not carry the row id as SQLite's do: with it, the
            # findings a count or a join needs are read from the index alone (migration 0007).
            postgresql_include=["id"],
        ),
        # Late reports: open rolling findings by their last report month (migration 0004).
        Index(
            "ix_findings_rolling",
            "has_rolling_deadline",
            "status",
            "last_report_period",
            postgresql_include=["id"],
        ),
        Index("ix_findings_registered_on", "registered_on"),  # metrics.changed_after
        Index("ix_findings_city_status", "city_code", "status"),
        Index("ix_findings_county_status", "county_code", "status"),
        Index("ix_findings_province_status", "province_code", "status"),
        Index("ix_findings_batch_status", "batch_id", "status"),
        Index("ix_findings_category_status", "category", "status"),
        # The findings a region's own list holds (a province's, not its counties'): the
        # candidates of 可能相同的问题 (data_access/finding_links.py, migration 0014).
        Index("ix_findings_region_code", "region_code"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(32))
    section: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(_enum(v.CATEGORIES, "finding_category"))
    target: Mapped[str | None] = mapped_column(Text)
    deadline_text: Mapped[str | None] = mapped_column(Text)
    plan_marker: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    # Region: the owning region and its ancestors, so any level filters by equality.
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"))
    province_code: Mapped[str] = mapped_column(String(6))
    city_code: Mapped[str | None] = mapped_column(String(6))
    county_code: Mapped[str | None] = mapped_column(String(6))
    # Current state, maintained by refresh_finding_state().
    status: Mapped[str] = mapped_column(_enum(v.STATUSES, "finding_status"))
    status_since: Mapped[date | None] = mapped_column(Date)
    registered_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    next_due_date: Mapped[date | None] = mapped_column(Date)
    has_rolling_deadline: Mapped[bool] = mapped_column(Boolean, default=False)
    last_report_period: Mapped[date | None] = mapped_column(Date)
    # Optimistic locking for concurrent edits: a save must name the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    batch: Mapped[Batch] = relationship(back_populates="findings")
    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="finding", cascade="all, delete-orphan", order_by="[Deadline.seq, Deadline.id]"
    )
    measures: Mapped[list[Measure]] = relationship(
        back_populates="finding", cascade="all, delete-orphan", order_by="Measure.seq"
    )
    units: Mapped[list[FindingUnit]] = relationship(cascade="all, delete-orphan")
    people: Mapped[list[FindingPerson]] = relationship(cascade="all, delete-orphan")
    reports: Mapped[list[ProgressReport]] = relationship(
        back_populates="finding", cascade="all, delete-orphan"
    )
    status_events: Mapped[list[StatusEvent]] = relationship(
        back_populates="finding", cascade="all, delete-orphan", order_by="StatusEvent.id"
    )
    closures: Mapped[list[ClosureRecord]] = relationship(
        back_populates="finding", cascade="all, delete-orphan"
    )


class Deadline(Base):
    """One deadline of a finding; a moved deadline is superseded, not overwritten."""

    __tablename__ = "deadlines"
    __table_args__ = (
        CheckConstraint("kind <> 'date' OR due_date IS NOT NULL", name="date_deadline_has_date"),
        # What changed after a day (metrics.changed_after, the monthly dispatch): one index
        # range per date column instead of a scan of every deadline (migration 0006).
        Index("ix_deadlines_valid_from", "valid_from", "finding_id"),
        Index("ix_deadlines_superseded_on", "superseded_on", "finding_id"),
        Index("ix_deadlines_met_on", "met_on", "finding_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(_enum(v.DEADLINE_KINDS, "deadline_kind"))
    due_date: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    scope: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[date | None] = mapped_column(Date)
    superseded_on: Mapped[date | None] = mapped_column(Date)
    met_on: Mapped[date | None] = mapped_column(Date)
    finding: Mapped[Finding] = relationship(back_populates="deadlines")


class FindingUnit(Base):
    """Lead or cooperating unit of a finding."""

    __tablename__ = "finding_units"
    __table_args__ = (Index("ix_finding_units_unit_role", "unit_id", "role", "finding_id"),)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    role: Mapped[str] = mapped_column(_enum(v.UNIT_ROLES, "unit_role"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    unit: Mapped[Unit] = relationship()


class FindingCount(Base):
    """Findings per (batch, province, status): derived from `findings` (data_access.counts).

    The national overview reads its per-status figures from these few thousand rows instead
    of counting a million findings; every transaction that changes findings keeps them.
    """

    __tablename__ = "finding_counts"
    batch_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    findings: Mapped[int] = mapped_column(Integer)


class UnitStatusCount(Base):
    """Findings per (unit, scope, status): derived from `finding_units` (data_access.counts).

    Scope "lead": findings the unit leads; "any": findings it leads or cooperates on, each
    counted once. The unit scoreboard and the lead-unit options read these rows.
    """

    __tablename__ = "unit_status_counts"
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    findings: Mapped[int] = mapped_column(Integer)


class FindingPerson(Base):
    """Supervising leader, responsible person (with title) or liaison of a finding."""

    __tablename__ = "finding_people"
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    role: Mapped[str] = mapped_column(_enum(v.PERSON_ROLES, "person_role"), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    person: Mapped[Person] = relationship()


class Measure(Base):
    """A numbered rectification measure under a finding."""

    __tablename__ = "measures"
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(16))
    group_label: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(_enum(v.STATUSES, "measure_status"))
    progress_pct: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str | None] = mapped_column(Text)
    finding: Mapped[Finding] = relationship(back_populates="measures")
    units: Mapped[list[MeasureUnit]] = relationship(cascade="all, delete-orphan")


class MeasureUnit(Base):
    __tablename__ = "measure_units"
    measure_id: Mapped[int] = mapped_column(ForeignKey("measures.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    unit: Mapped[Unit] = relationship()


class ProgressReport(Base):
    """The monthly dispatch report (月调度) of a finding for one month."""

    __tablename__ = "progress_reports"
    __table_args__ = (UniqueConstraint("finding_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"))
    period: Mapped[date] = mapped_column(Date, index=True)  # first day of the month reported
    status: Mapped[str] = mapped_column(_enum(v.STATUSES, "report_status"))
    progress_pct: Mapped[float | None] = mapped_column(Float)
    narrative: Mapped[str | None] = mapped_column(Text)
    problems: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    reporting_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    reporter: Mapped[str | None] = mapped_column(String(64))
    reported_on: Mapped[date] = mapped_column(Date)
    finding: Mapped[Finding] = relationship(back_populates="reports")
    reporting_unit: Mapped[Unit | None] = relationship()


class StatusEvent(Base):
    """Every status change of a finding: the full history, including reopenings."""

    __tablename__ = "status_events"
    __table_args__ = (
        Index("ix_status_events_finding_day", "finding_id", "changed_on"),
        Index("ix_status_events_day", "changed_on", "finding_id"),  # metrics.changed_after
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(_enum(v.STATUSES, "event_from_status"))
    to_status: Mapped[str] = mapped_column(_enum(v.STATUSES, "event_to_status"))
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(32))  # plan | report | closure | recheck | edit
    actor: Mapped[str | None] = mapped_column(String(64))
    finding: Mapped[Finding] = relationship(back_populates="status_events")


class ClosureRecord(Base):
    """The closure sign-off form (整改验收销号登记表) and its completion report."""

    __tablename__ = "closure_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    implementing_body: Mapped[str | None] = mapped_column(String(200))
    applied_on: Mapped[date | None] = mapped_column(Date)
    problem: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    deadline_text: Mapped[str | None] = mapped_column(Text)
    completion_narrative: Mapped[str | None] = mapped_column(Text)
    report_title: Mapped[str | None] = mapped_column(Text)
    report_addressee: Mapped[str | None] = mapped_column(String(200))
    report_body: Mapped[str | None] = mapped_column(Text)
    report_result: Mapped[str | None] = mapped_column(Text)
    county_head_opinion: Mapped[str | None] = mapped_column(Text)
    county_head_signer: Mapped[str | None] = mapped_column(String(64))
    county_head_signed_on: Mapped[date | None] = mapped_column(Date)
    acceptance_opinion: Mapped[str | None] = mapped_column(Text)
    acceptance_signer: Mapped[str | None] = mapped_column(String(64))
    acceptance_signed_on: Mapped[date | None] = mapped_column(Date)
    notice_place: Mapped[str | None] = mapped_column(Text)
    notice_start: Mapped[date | None] = mapped_column(Date)
    notice_end: Mapped[date | None] = mapped_column(Date)
    notice_objections: Mapped[str | None] = mapped_column(Text)
    city_lead_opinion: Mapped[str | None] = mapped_column(Text)
    city_lead_signer: Mapped[str | None] = mapped_column(String(64))
    city_lead_signed_on: Mapped[date | None] = mapped_column(Date)
    filing_opinion: Mapped[str | None] = mapped_column(Text)
    filing_signer: Mapped[str | None] = mapped_column(String(64))
    filing_signed_on: Mapped[date | None] = mapped_column(Date)
    facts_json: Mapped[str | None] = mapped_column(Text)
    finding: Mapped[Finding] = relationship(back_populates="closures")


class Indicator(Base):
    """A measurable goal such as 受污染耕地安全利用率."""

    __tablename__ = "indicators"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(_enum(v.INDICATOR_DIRECTIONS, "indicator_direction"))
    category: Mapped[str] = mapped_column(_enum(v.CATEGORIES, "indicator_category"))
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_text: Mapped[str | None] = mapped_column(Text)
    targets: Mapped[list[IndicatorTarget]] = relationship(cascade="all, delete-orphan")


class IndicatorTarget(Base):
    __tablename__ = "indicator_targets"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"))
    relation: Mapped[str] = mapped_column(_enum(v.TARGET_RELATIONS, "target_relation"))
    target_value: Mapped[float | None] = mapped_column(Float)
    target_class: Mapped[str | None] = mapped_column(String(8))
    target_year: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(String(200))


class IndicatorValue(Base):
    """An actual value of an indicator for a region and period (year or month)."""

    __tablename__ = "indicator_values"
    __table_args__ = (UniqueConstraint("indicator_id", "region_code", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"))
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    period: Mapped[date] = mapped_column(Date)  # first day of the year or month
    period_kind: Mapped[str] = mapped_column(String(8))  # year | month
    value: Mapped[float | None] = mapped_column(Float)
    value_class: Mapped[str | None] = mapped_column(String(8))
    source: Mapped[str | None] = mapped_column(Text)
    reported_on: Mapped[date | None] = mapped_column(Date)


class IndicatorFinding(Base):
    __tablename__ = "indicator_findings"
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), primary_key=True
    )
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True)


class Site(Base):
    """A place on the map: contaminated plot, tailings pond, abandoned mine, farmland block."""

    __tablename__ = "sites"
    __table_args__ = (
        Index("ix_sites_type_county", "site_type", "county_code"),
        Index("ix_sites_city", "city_code"),
        CheckConstraint("lon BETWEEN -180 AND 180 AND lat BETWEEN -90 AND 90", name="wgs84"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    site_type: Mapped[str] = mapped_column(_enum(v.SITE_TYPES, "site_type"))
    subtype: Mapped[str | None] = mapped_column(_enum(v.SITE_SUBTYPES, "site_subtype"))
    status: Mapped[str] = mapped_column(String(64))
    risk_level: Mapped[str | None] = mapped_column(_enum(v.RISK_LEVELS, "risk_level"))
    planned_use: Mapped[str | None] = mapped_column(String(64))
    sensitive_use: Mapped[bool] = mapped_column(Boolean, default=False)
    area_mu: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)  # WGS84
    lat: Mapped[float] = mapped_column(Float)  # WGS84
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"))
    province_code: Mapped[str] = mapped_column(String(6))
    city_code: Mapped[str | None] = mapped_column(String(6))
    county_code: Mapped[str | None] = mapped_column(String(6))
    removed_from_list: Mapped[bool] = mapped_column(Boolean, default=False)
    water_test: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class SiteFinding(Base):
    __tablename__ = "site_findings"
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True)
    finding_id: Mapped[int] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Evidence(Base):
    """An evidence file (佐证材料) of a finding: its metadata; the bytes are in the blob store
    (data_access/blobstore.py) under `sha256`. Removed files stay as rows (removed_at), so the
    audit trail and a sign-off step that saw them still name them."""

    __tablename__ = "evidence"
    __table_args__ = (
        Index("ix_evidence_finding_attached", "finding_id", "attached_to", "attached_id"),
        Index("ix_evidence_sha256", "sha256"),
        CheckConstraint("size >= 0", name="evidence_size"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"))
    attached_to: Mapped[str] = mapped_column(_enum(v.EVIDENCE_ATTACHED, "evidence_attached_to"))
    attached_id: Mapped[int | None] = mapped_column(Integer)  # a report's or measure's id
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(_enum(v.EVIDENCE_KINDS, "evidence_kind"))
    mime: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(200))
    caption: Mapped[str | None] = mapped_column(Text)
    taken_on: Mapped[date | None] = mapped_column(Date)
    phase: Mapped[str | None] = mapped_column(_enum(v.EVIDENCE_PHASES, "evidence_phase"))
    lat: Mapped[float | None] = mapped_column(Float)  # WGS-84, from the photo's EXIF
    lon: Mapped[float | None] = mapped_column(Float)
    size: Mapped[int] = mapped_column(Integer)  # bytes stored
    uploaded_by: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)
    thumbnail_key: Mapped[str | None] = mapped_column(String(64))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)
    removed_by: Mapped[str | None] = mapped_column(String(64))


class FindingLink(Base):
    """Two findings of different batches that a user confirmed are the same problem (the same
    item in a central list, a provincial list and a 回头看 list). Stored once per pair, the
    smaller id first; the drill-down of either shows the other."""

    __tablename__ = "finding_links"
    __table_args__ = (CheckConstraint("finding_id < other_id", name="ck_finding_links_order"),)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True)
    other_id: Mapped[int] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    score: Mapped[int | None] = mapped_column(Integer)  # the similarity (0–100) it was proposed at
    note: Mapped[str | None] = mapped_column(Text)  # why, when linked in the drill-down (optional)


class AuditEntry(Base):
    """One change made through the app or the command line: who, when, what before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_finding_time", "finding_id", "changed_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(
        String(32)
    )  # create | update | delete | import | report | reopen | close
    entity: Mapped[str] = mapped_column(String(64))  # table name, e.g. findings, progress_reports
    entity_id: Mapped[int | None] = mapped_column(Integer)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id", ondelete="SET NULL"))
    summary: Mapped[str | None] = mapped_column(Text)
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)


class User(Base):
    """A person who signs in: a role and the region whose data they may see (None: all)."""

    __tablename__ = "users"
    __table_args__ = (
        # A county editor without a county would see everything.
        CheckConstraint("role <> 'county_editor' OR region_code IS NOT NULL", name="county_editor_region"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)  # stored lower-case
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(_enum(v.ROLES, "user_role"))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"))
    # argon2id; None for a user who signs in through single sign-on only.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    # Single sign-on: the identity provider's e-mail claim is matched here.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)


class SessionToken(Base):
    """A browser's sign-in that survives a reload (the session cookie): only the SHA-256 of the
    random token is stored, so a copy of this table signs nobody in."""

    __tablename__ = "session_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # hex SHA-256
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)  # absolute end, whatever the use
    last_used_at: Mapped[datetime] = mapped_column(DateTime)  # idle expiry counts from here
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class SignInThrottle(Base):
    """Failed sign-ins per user name, existing or not, so the limit reveals nothing."""

    __tablename__ = "sign_in_throttle"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failure_at: Mapped[datetime] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class Contact(Base):
    """Where a unit's or a user's messages go: an e-mail address or a work-chat group robot."""

    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("(unit_id IS NULL) <> (user_id IS NULL)", name="contact_owner"),
        UniqueConstraint("unit_id", "user_id", "channel", "address"),
        Index("ix_contacts_region", "region_code"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # The owner's region (the unit's, or the user's; None for a user over every region): the scope.
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"))
    name: Mapped[str | None] = mapped_column(String(64))  # 联系人 or the group's name
    channel: Mapped[str] = mapped_column(_enum(v.CHANNELS, "contact_channel"))
    address: Mapped[str] = mapped_column(String(500))  # e-mail address or webhook URL
    receives_bulletin: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    unit: Mapped[Unit | None] = relationship()


class NotificationRule(Base):
    """A region's (or batch's) setting of one rule, overriding the defaults of data_access.notifications."""

    __tablename__ = "notification_rules"
    __table_args__ = (UniqueConstraint("kind", "region_code", "batch_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(_enum(v.NOTICE_KINDS, "rule_kind"))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"))
    days: Mapped[str] = mapped_column(String(64))  # "15,3" days before; "25,28" of the month …
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class OutboxMessage(Base):
    """A message to send, written in the transaction that caused it; the sender delivers it."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_claim", "status", "claimed_at"),
        Index("ix_outbox_region_created", "region_code", "created_at"),
        CheckConstraint("attempts >= 0", name="outbox_attempts"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    # rule : finding or unit : contact : day: the same message is never queued twice.
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(_enum(v.NOTICE_KINDS, "outbox_kind"))
    channel: Mapped[str] = mapped_column(_enum(v.CHANNELS, "outbox_channel"))
    recipient: Mapped[str] = mapped_column(String(500))
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"))
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id", ondelete="SET NULL"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    colour: Mapped[str | None] = mapped_column(String(8))  # red | yellow | blue
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)  # the day the rule fired
    status: Mapped[str] = mapped_column(_enum(v.OUTBOX_STATUSES, "outbox_status"), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[list[OutboxAttachment]] = relationship(
        cascade="all, delete-orphan", order_by="OutboxAttachment.id"
    )


class OutboxAttachment(Base):
    """A file sent with an e-mail (the bulletin's Word and PDF), stored as queued."""

    __tablename__ = "outbox_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ClosureApplication(Base):
    """A closure application (销号申请) going through the sign-off chain (销号审核)."""

    __tablename__ = "closure_applications"
    __table_args__ = (Index("ix_closure_applications_state_step", "state", "current_step"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    steps: Mapped[str] = mapped_column(
        String(200)
    )  # the chain's step codes, comma-separated, fixed at submission
    state: Mapped[str] = mapped_column(_enum(v.CLOSURE_STATES, "closure_state"))
    current_step: Mapped[str | None] = mapped_column(String(24))
    implementing_body: Mapped[str | None] = mapped_column(String(200))
    completion_narrative: Mapped[str | None] = mapped_column(Text)
    submitted_by: Mapped[str] = mapped_column(String(64))
    submitted_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    submitted_on: Mapped[date] = mapped_column(Date)
    status_before: Mapped[str | None] = mapped_column(String(24))  # the finding's, before submission
    waiting_since: Mapped[date] = mapped_column(Date)  # since when the current step waits
    returned_reason: Mapped[str | None] = mapped_column(Text)
    returned_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    reviews: Mapped[list[ClosureReview]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="ClosureReview.id"
    )
    notice: Mapped[ClosureNotice | None] = relationship(cascade="all, delete-orphan")


class ClosureReview(Base):
    """One decision in the chain: who, in which role and region, what opinion, which files seen."""

    __tablename__ = "closure_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("closure_applications.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(24))
    decision: Mapped[str] = mapped_column(_enum(v.CLOSURE_DECISIONS, "closure_decision"))
    opinion: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(24))
    region_code: Mapped[str | None] = mapped_column(String(6))
    decided_on: Mapped[date] = mapped_column(Date)  # the date signed on the form
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    seen_evidence: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of evidence ids
    application: Mapped[ClosureApplication] = relationship(back_populates="reviews")


class ClosureNotice(Base):
    """The public notice (公示) of an application: where, from when to when, objections."""

    __tablename__ = "closure_notices"
    application_id: Mapped[int] = mapped_column(
        ForeignKey("closure_applications.id", ondelete="CASCADE"), primary_key=True
    )
    place: Mapped[str] = mapped_column(Text)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    objections: Mapped[str | None] = mapped_column(Text)
    concluded_on: Mapped[date | None] = mapped_column(Date)


class ClosureBatchStep(Base):
    """A batch's own sign-off chain (without rows: the default chain of seed 000's form)."""

    __tablename__ = "closure_batch_steps"
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    step: Mapped[str] = mapped_column(String(24))
