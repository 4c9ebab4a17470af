"""Demonstration evidence files (佐证材料), drawn with Pillow when the sample data are loaded.

Nothing is downloaded: the "photographs" are coloured pictures with a line of text, one pair
before and after the work with the date and GPS position a phone writes into EXIF, and the
documents are a one-page PDF and a small workbook. They are stored through the one write
command (`data_access.commands.evidence.add_evidence`), as an upload from the page would be.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from PIL import ExifTags, Image, ImageDraw
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from data_access.access import command_line
from data_access.commands.evidence import EvidenceUpload, add_evidence
from data_access.models import Batch, ClosureRecord, Finding, Measure, ProgressReport

ACTOR = command_line("示例数据")


def add_demo_evidence(engine: Engine, *, today: date) -> int:
    """Attach the demonstration files; returns how many were stored."""
    plan = _plan(engine, today)
    for finding_id, upload in plan:
        add_evidence(engine, finding_id=finding_id, upload=upload, user=ACTOR, today=today)
    return len(plan)


def _plan(engine: Engine, today: date) -> list[tuple[int, EvidenceUpload]]:
    with Session(engine) as session:
        baojing = _finding(session, "baojing-cei2", 1)
        baojing_second = _finding(session, "baojing-cei2", 2)
        lingling = session.scalar(
            select(Finding.id).join(Batch).where(Batch.code == "yongzhou-npc-soil").order_by(Finding.number)
        )
        xiangtan = _finding(session, "xiangtan-pei3", 1)
        first_measure = session.scalar(
            select(Measure.id).where(Measure.finding_id == baojing).order_by(Measure.seq).limit(1)
        )
        latest_report = session.scalar(
            select(ProgressReport.id)
            .where(ProgressReport.finding_id == baojing)
            .order_by(ProgressReport.period.desc())
            .limit(1)
        )
        xiangtan_report = session.scalar(
            select(ProgressReport.id)
            .where(ProgressReport.finding_id == xiangtan)
            .order_by(ProgressReport.period.desc())
            .limit(1)
        )
        closure = session.scalar(
            select(ClosureRecord.id).where(ClosureRecord.finding_id == lingling).limit(1)
        )
    before_day = today - timedelta(days=250)
    after_day = today - timedelta(days=30)
    plan: list[tuple[int, EvidenceUpload]] = []
    if baojing:
        plan += [
            (
                baojing,
                EvidenceUpload(
                    name="整改前现场.jpg",
                    content=_photo("#8d6e63", "BEFORE", before_day, gps=(28.7012, 109.6585)),
                    attached_to="measure" if first_measure else "closure",
                    attached_id=first_measure,
                    caption="河道旁堆放的生活垃圾",
                    phase="before",
                ),
            ),
            (
                baojing,
                EvidenceUpload(
                    name="整改后现场.jpg",
                    content=_photo("#43a047", "AFTER", after_day, gps=(28.7013, 109.6587)),
                    attached_to="report" if latest_report else "closure",
                    attached_id=latest_report,
                    caption="垃圾清运完毕，岸坡复绿",
                    phase="after",
                ),
            ),
            (
                baojing,
                EvidenceUpload(
                    name="整改完成情况报告.pdf",
                    content=_pdf("Rectification completion report"),
                    attached_to="closure",
                    caption="县生态环境分局整改完成情况报告",
                    taken_on=after_day,
                ),
            ),
        ]
    if baojing_second:
        plan.append(
            (
                baojing_second,
                EvidenceUpload(
                    name="现场核查.png",
                    content=_photo("#1e88e5", "SITE CHECK", None, fmt="PNG"),
                    attached_to="closure",
                    caption="现场核查截图",
                ),
            )
        )
    if lingling:
        plan += [
            (
                lingling,
                EvidenceUpload(
                    name="尾矿库检测报告.pdf",
                    content=_pdf("Tailings pond water test report"),
                    attached_to="closure",
                    attached_id=closure,
                    caption="6座尾矿库水质检测报告",
                    taken_on=today - timedelta(days=400),
                ),
            ),
            (
                lingling,
                EvidenceUpload(
                    name="检测结果汇总.xlsx",
                    content=_workbook(),
                    attached_to="closure",
                    attached_id=closure,
                    caption="检测结果汇总表",
                ),
            ),
        ]
    if xiangtan:
        plan.append(
            (
                xiangtan,
                EvidenceUpload(
                    name="现场照片.jpg",
                    content=_photo("#fb8c00", "PROGRESS", after_day - timedelta(days=20)),
                    attached_to="report" if xiangtan_report else "closure",
                    attached_id=xiangtan_report,
                    caption="现场施工",
                ),
            )
        )
    return plan


def _finding(session: Session, batch_code: str, number: int) -> int | None:
    return session.scalar(
        select(Finding.id).join(Batch).where(Batch.code == batch_code, Finding.number == number)
    )


def _photo(colour: str, label: str, taken: date | None, *, gps=None, fmt: str = "JPEG") -> bytes:
    image = Image.new("RGB", (960, 720), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 520, 920, 680), fill="#ffffff")
    draw.text((60, 560), f"{label}  {taken.isoformat() if taken else ''}", fill="#000000", font_size=48)
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "DemoPhone"  # dropped on upload: only date and position stay
    if taken:
        stamp = datetime(taken.year, taken.month, taken.day, 10, 30)
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = stamp.strftime("%Y:%m:%d %H:%M:%S")
    if gps:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        for ref_tag, tag, value, ref in (
            (ExifTags.GPS.GPSLatitudeRef, ExifTags.GPS.GPSLatitude, gps[0], "N"),
            (ExifTags.GPS.GPSLongitudeRef, ExifTags.GPS.GPSLongitude, gps[1], "E"),
        ):
            degrees = int(value)
            minutes = int((value - degrees) * 60)
            info[ref_tag] = ref
            info[tag] = (float(degrees), float(minutes), round((value - degrees - minutes / 60) * 3600, 3))
    out = io.BytesIO()
    image.save(out, fmt, exif=exif.tobytes())
    return out.getvalue()


def _pdf(title: str) -> bytes:
    page = Image.new("RGB", (595, 842), "white")
    draw = ImageDraw.Draw(page)
    draw.text((60, 80), title, fill="black", font_size=24)
    for line in range(12):
        draw.line((60, 150 + line * 40, 535, 150 + line * 40), fill="#9e9e9e", width=2)
    out = io.BytesIO()
    page.save(out, "PDF")
    return out.getvalue()


def _workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "检测结果"
    sheet.append(["尾矿库", "pH", "镉（mg/L）", "结论"])
    for index, (ph, cadmium) in enumerate([(7.2, 0.002), (6.9, 0.004), (7.4, 0.001)], start=1):
        sheet.append([f"{index}号尾矿库", ph, cadmium, "达标"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
