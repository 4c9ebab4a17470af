"""Command line for administrators: `python manage.py --help`."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from sqlalchemy.exc import OperationalError

from core.settings import get_settings
from core.vocabulary import ROLES
from data_access.db import DatabaseUnavailable, describe_database_error, get_engine, is_empty, migrate

# The users module (argon2, a dummy hash at import: 0.2 s) and the sample loader are imported
# by the commands that use them: a scheduled `manage.py bulletin` process pays only for its own.


def _today(value: str | None) -> date:
    return date.fromisoformat(value) if value else date.today()


def cmd_init_db(args: argparse.Namespace) -> int:
    from data_access.users import disable_demo_users

    settings = get_settings()
    engine = get_engine(settings.database_url)
    migrate(engine)
    print(f"数据库结构已是最新：{engine.url.render_as_string(hide_password=True)}")
    if settings.require_sign_in:
        disabled = disable_demo_users(engine)
        if disabled:
            print(f"已要求登录：停用仍使用公开演示密码的演示用户 {'、'.join(disabled)}。", file=sys.stderr)
    # Production (sign-in required) starts empty unless the sample data are asked for.
    if args.no_sample or (settings.require_sign_in and not args.sample):
        return 0
    if not is_empty(engine):
        print("数据库中已有数据，未载入示例数据。")
        return 0
    return _load(engine, args, replace=False)


def cmd_load_sample(args: argparse.Namespace) -> int:
    engine = get_engine(get_settings().database_url)
    migrate(engine)
    return _load(engine, args, replace=args.replace)


def _load(engine, args: argparse.Namespace, *, replace: bool) -> int:
    from data_access.users import DEMO_PASSWORD, add_demo_users
    from sample_data.loader import SampleDataError, load_sample_data

    try:
        summary = load_sample_data(
            engine, today=_today(args.today), with_history=not args.no_history, replace=replace
        )
    except SampleDataError as error:
        print(f"载入失败，数据库未改动：{error}", file=sys.stderr)
        return 1
    print(
        f"已载入示例数据：{summary.batches} 个批次，{summary.findings} 个问题，"
        f"{summary.measures} 项措施，{summary.reports} 条月调度，{summary.sites} 个点位，"
        f"{summary.indicators} 个指标。"
    )
    if add_demo_users(engine):
        print("已创建演示用户（见 README“演示用户”），密码均为 " + DEMO_PASSWORD + "。")
    return 0


def cmd_import_sites(args: argparse.Namespace) -> int:
    from pathlib import Path

    from data_access.commands.site_import import SiteImportError, import_sites

    path = Path(args.file)
    if not path.is_file():
        print(f"找不到文件：{path}", file=sys.stderr)
        return 1
    engine = get_engine(get_settings().database_url)
    migrate(engine)
    try:
        summary = import_sites(engine, path, crs=args.crs, replace=args.replace, actor=args.actor)
    except SiteImportError as error:
        print(f"导入失败，数据库未改动：\n{error}", file=sys.stderr)
        return 1
    for warning in summary.warnings:
        print(f"提示：{warning}")
    print("已导入点位：" + summary.describe())
    return 0


def _bulletin_filters(engine, args: argparse.Namespace):
    """The shared filters from the command line, checked against the database."""
    from core.vocabulary import CATEGORY_LABELS
    from data_access import reference
    from data_access.metrics import FindingFilters

    region = None
    if args.region:
        regions = reference.regions(engine)
        match = regions[(regions["code"] == args.region) | (regions["name"] == args.region)]
        if match.empty:
            raise ValueError(f"未知的地区：{args.region}（可用行政区划代码或全称，如 430300 或 湘潭市）")
        region = str(match.iloc[0]["code"])
    # The batch and unit lists are read only to check given values (tens of thousands of lead
    # units at national scale: a fresh `bulletin` process would pay for them every time).
    known_batches = set(reference.batches(engine)["code"]) if args.batch else set()
    unknown = [code for code in args.batch if code not in known_batches]
    if unknown:
        raise ValueError(
            f"未知的督察批次代码：{'、'.join(unknown)}（可选：{'、'.join(sorted(known_batches))}）"
        )
    units = reference.lead_units(engine) if args.unit else None
    unit_ids = []
    for item in args.unit:
        match = units[(units["id"].astype(str) == item) | (units["name"] == item)]
        if match.empty:
            raise ValueError(f"未知的牵头单位：{item}")
        if len(match) > 1:
            choices = "、".join(f"{r.id}={r.name}（{r.region_name}）" for r in match.itertuples())
            raise ValueError(f"牵头单位“{item}”不唯一，请改用编号：{choices}")
        unit_ids.append(int(match.iloc[0]["id"]))
    labels = {label: code for code, label in CATEGORY_LABELS.items()}
    categories = []
    for item in args.category:
        code = item if item in CATEGORY_LABELS else labels.get(item)
        if code is None:
            raise ValueError(f"未知的问题类别：{item}（可选：{'、'.join(CATEGORY_LABELS)}）")
        categories.append(code)
    return FindingFilters(
        region_code=region,
        batch_codes=tuple(args.batch),
        lead_unit_ids=tuple(unit_ids),
        include_cooperating=args.coop,
        categories=tuple(categories),
    )


def _region_name(engine, code: str | None) -> str | None:
    """The name of the filtered region (whose office issues the bulletin), else of the one
    region at the top of the database, if there is one."""
    from data_access import reference

    regions = reference.regions(engine)
    if code:
        match = regions[regions["code"] == code]
        return str(match.iloc[0]["name"]) if not match.empty else None
    roots = regions[regions["parent_code"].isna() | ~regions["parent_code"].isin(regions["code"])]
    return str(roots.iloc[0]["name"]) if len(roots) == 1 else None


def cmd_bulletin(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from data_access.dispatch import describe_scope, monthly_dispatch, parse_month
    from reports.bulletin import make_bulletin
    from reports.fonts import FontNotFoundError
    from reports.formats import FORMAT_NAMES, FORMATS, build_bulletin

    output = Path(args.output)
    fmt = (args.format or output.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        print(f"请用 --format 指定格式：{FORMAT_NAMES}。", file=sys.stderr)
        return 1
    settings = get_settings()
    today = date.fromisoformat(args.today) if args.today else settings.today()
    engine = get_engine(settings.database_url)
    migrate(engine)
    started = time.perf_counter()
    try:
        month = parse_month(args.month)
        filters = _bulletin_filters(engine, args)
        dispatch = monthly_dispatch(engine, filters=filters, month=month, today=today)
        narrative = Path(args.narrative_file).read_text(encoding="utf-8") if args.narrative_file else None
        bulletin = make_bulletin(
            dispatch,
            issued_on=date.fromisoformat(args.date) if args.date else today,
            scope=describe_scope(engine, filters=filters),
            narrative=narrative,
            office=args.office,
            title=args.title,
            number=args.number,
            recipients=args.recipients,
            cc=args.cc,
            region_name=_region_name(engine, filters.region_code),
        )
        content = build_bulletin(bulletin, fmt)
    except (ValueError, OSError, FontNotFoundError) as error:
        print(f"生成通报失败：{error}", file=sys.stderr)
        return 1
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(content)
    seconds = time.perf_counter() - started
    print(f"已生成{bulletin.full_title}：{output}（{fmt}，{len(content):,} 字节，用时 {seconds:.2f} 秒）")
    return 0


PLAN_FILE_HELP = ".docx/.doc/.wps, .xlsx/.xls/.csv, a PDF with a text layer, or text (UTF-8 or GBK)"


def cmd_notify(args: argparse.Namespace) -> int:
    """Queue what the rules ask for today, then send the outbox (cron / systemd timer)."""
    from notify.planner import describe, plan_day, queue_day
    from notify.sender import send_outbox

    settings = get_settings()
    today = date.fromisoformat(args.today) if args.today else settings.today()
    engine = get_engine(settings.database_url)
    migrate(engine)
    if args.dry_run:
        notices = plan_day(engine, today=today, settings=settings)
        print(f"{today:%Y-%m-%d}：规则将发送 {len(notices)} 条消息（试运行，不排队、不发送）")
        for notice in notices:
            print(describe(notice))
        return 0
    result = queue_day(engine, today=today, settings=settings)
    print(f"{today:%Y-%m-%d}：新排队 {result.queued} 条，已排过 {result.already} 条")
    return _send(engine, settings, send_outbox)


def _send(engine, settings, send_outbox, ids: list[int] | None = None) -> int:
    report = send_outbox(engine, settings, ids=ids)
    print(f"已发送 {len(report.sent)} 条，失败 {len(report.failed)} 条")
    for message_id, reason in report.failed.items():
        print(f"  消息 {message_id} 发送失败：{reason}", file=sys.stderr)
    if report.interrupted:
        print(
            f"  {report.interrupted} 条消息上次发送中断，结果未知，未自动重发（见通知推送页）",
            file=sys.stderr,
        )
    return 1 if report.failed else 0


def cmd_send_bulletin(args: argparse.Namespace) -> int:
    """Send one month's bulletin now, to the bulletin contacts or to --to addresses."""
    from data_access.commands.notify import check_address, queue
    from data_access.dispatch import parse_month
    from data_access.notifications import Recipient, bulletin_recipients
    from notify.planner import bulletin_notices, describe
    from notify.sender import send_outbox

    settings = get_settings()
    today = date.fromisoformat(args.today) if args.today else settings.today()
    engine = get_engine(settings.database_url)
    migrate(engine)
    try:
        month = parse_month(args.month)
        region = _region_code(engine, args.region)
        if args.to:
            recipients = {region: [Recipient(None, "email", check_address("email", a), a) for a in args.to]}
        else:
            # Every bulletin contact, whatever its configured day: this is the send-now command.
            recipients = bulletin_recipients(engine, today=today, scope_code=region, any_day=True)
        notices = bulletin_notices(engine, month=month, recipients=recipients, today=today, settings=settings)
    except ValueError as error:
        print(f"发送通报失败：{error}", file=sys.stderr)
        return 1
    if not notices:
        print("没有接收通报的联系人：请在通知推送页勾选“接收通报”，或用 --to 指定邮箱。", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"{month.year}年{month.month}月通报将发送 {len(notices)} 条（试运行，不发送）")
        for notice in notices:
            print(describe(notice))
        return 0
    for notice in notices:  # sent by hand: keyed on the moment, so a second command sends again
        notice.subject_key += f"-manual{datetime.now():%H%M%S%f}"
    queue(engine, notices, actor=args.actor or "命令行")
    return _send(engine, settings, send_outbox)


def _parsed_plan(args: argparse.Namespace):
    """Read and parse a plan file; (plan, findings of the chosen part) or a Chinese error."""
    from intake.plan_document import read_plan_file
    from intake.plan_parser import parse_plan_text

    plan = parse_plan_text(read_plan_file(args.file))
    if args.part is not None and args.part not in plan.parts:
        raise ValueError(f"文件中没有第 {args.part} 部分（共 {len(plan.parts)} 部分）。")
    return plan, plan.in_part(args.part)


def _describe_parts(plan) -> str:
    return "；".join(
        f"第{part}部分“{plan.part_titles.get(part) or '（无标题）'}”{len(plan.in_part(part))} 个"
        for part in plan.parts
    )


def cmd_parse_plan(args: argparse.Namespace) -> int:
    import json

    from intake.plan_document import PlanFileError
    from intake.plan_parser import PlanParseError

    try:
        plan, findings = _parsed_plan(args)
    except (PlanFileError, PlanParseError, ValueError) as error:
        print(f"解析失败：{error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"findings": [f.to_json() for f in findings]}, ensure_ascii=False, indent=2))
        return 0
    print(
        f"已识别 {len(findings)} 个问题。"
        + (f"文件包含多个部分：{_describe_parts(plan)}。" if len(plan.parts) > 1 else "")
    )
    for f in findings:
        limits = "；".join(d.text for d in f.deadlines) or "未写明"
        status = "（已完成）" if f.status == "completed" else ""
        print(
            f"{f.number:>3}  {f.label}  {f.title[:30]}{status}\n"
            f"      时限：{limits}；牵头：{'、'.join(f.lead_units) or '—'}；"
            f"配合：{len(f.cooperating_units)} 个；措施：{len(f.measures)} 项"
        )
    for warning in (w for f in findings for w in f.warnings):
        print(f"提示：{warning}")
    return 0


def cmd_import_plan(args: argparse.Namespace) -> int:
    from pathlib import Path

    from data_access.access import command_line
    from data_access.commands.plan_import import PlanImportError, import_plan
    from intake.plan_document import PlanFileError
    from intake.plan_parser import PlanParseError

    settings = get_settings()
    try:
        plan, findings = _parsed_plan(args)
        if args.part is None and len(plan.parts) > 1:
            raise ValueError(f"文件包含多个方案：{_describe_parts(plan)}。请用 --part 指定要导入的部分。")
        engine = get_engine(settings.database_url)
        migrate(engine)
        summary = import_plan(
            engine,
            findings,
            today=date.fromisoformat(args.today) if args.today else settings.today(),
            batch_code=args.batch,
            batch_name=args.batch_name,
            region=args.region,
            source_type=args.source_type,
            level=args.level,
            registered_on=date.fromisoformat(args.registered_on) if args.registered_on else None,
            source_file=Path(args.file).name,
            user=command_line(args.actor),
        )
    except (PlanFileError, PlanParseError, PlanImportError, ValueError) as error:
        print(f"导入失败，数据库未改动：{error}", file=sys.stderr)
        return 1
    for warning in (w for f in findings for w in f.warnings):
        print(f"提示：{warning}")
    if summary.new_units:
        print(f"提示：新建单位 {len(summary.new_units)} 个：{'、'.join(summary.new_units)}")
    print(summary.message() + f"（批次代码 {summary.batch_code}，地区 {summary.region_code}）")
    return 0


def cmd_export_ledger(args: argparse.Namespace) -> int:
    from pathlib import Path

    from data_access.ledger import export_ledger
    from data_access.metrics import FindingFilters

    settings = get_settings()
    engine = get_engine(settings.database_url)
    migrate(engine)
    data = export_ledger(engine, filters=FindingFilters(region_code=args.region), today=settings.today())
    Path(args.output).write_bytes(data)
    print(f"已导出台账：{args.output}（{len(data) / 1024:.0f} KB）")
    return 0


def cmd_import_ledger(args: argparse.Namespace) -> int:
    from pathlib import Path

    from data_access.ledger import ImportRejected, apply_import, preview_import

    settings = get_settings()
    engine = get_engine(settings.database_url)
    migrate(engine)
    path = Path(args.file)
    data = path.read_bytes()
    today = settings.today()
    if args.dry_run:
        plan = preview_import(engine, data=data, filename=path.name, today=today)
    else:
        try:
            plan = apply_import(engine, data=data, filename=path.name, actor=args.actor, today=today)
        except ImportRejected as error:
            plan = error.plan
    for warning in plan.warnings:
        print(f"提示：{warning.text()}")
    for problem in plan.problems:
        print(problem.text(), file=sys.stderr)
    if plan.problems:
        print(f"导入失败，数据库未改动：共 {len(plan.problems)} 处问题。", file=sys.stderr)
        return 1
    verb = "预览（未写入）" if args.dry_run else ("已导入" if plan.applied else "无变化")
    counts = f"新增 {plan.added} 行，修改 {plan.changed} 行，不变 {plan.unchanged} 行"
    print(f"{verb}：{counts}。{plan.summary_text()}")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    import time

    from sample_data.synthetic import SyntheticDataError, generate

    engine = get_engine(get_settings().database_url)
    migrate(engine)
    started = time.perf_counter()
    try:
        summary = generate(
            engine,
            findings=args.findings,
            seed=args.seed,
            today=_today(args.today),
            measures_per_finding=args.measures_per_finding,
            months=args.months,
            sites=args.sites,
            replace=args.replace,
            progress=lambda message: print(message, flush=True),
        )
    except SyntheticDataError as error:
        print(f"生成失败：{error}", file=sys.stderr)
        return 1
    print(f"已生成合成数据（{time.perf_counter() - started:.0f} 秒）：{summary.describe()}。")
    return 0


def _read_password(prompt: str) -> str:
    """Asked twice on a terminal (never echoed, never on the command line); else one line of stdin."""
    import getpass

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("再输入一次：") != first:
        raise ValueError("两次输入的密码不一致。")
    return first


def _region_code(engine, value: str | None) -> str | None:
    """A six-digit code, or a region's full or short name (raises ValueError in Chinese)."""
    from sqlalchemy.orm import Session

    from data_access.commands.plan_import import resolve_region

    if not value:
        return None
    with Session(engine) as session:
        return resolve_region(session, value).code


def cmd_users(args: argparse.Namespace) -> int:
    from core.vocabulary import ROLE_LABELS
    from data_access import users
    from data_access.access import AccessDenied, command_line

    engine = get_engine(get_settings().database_url)
    migrate(engine)
    admin = command_line(args.actor)
    try:
        if args.action == "list":
            frame = users.list_users(engine, admin=admin)
            if frame.empty:
                print("尚无用户。")
            for row in frame.itertuples(index=False):
                state = "" if row.is_active else "  [已停用]"
                last = f"  最近登录 {row.last_sign_in_at:%Y-%m-%d %H:%M}" if row.last_sign_in_at else ""
                print(
                    f"{row.username}\t{row.display_name}\t{ROLE_LABELS[row.role]}\t{row.region_name}{last}{state}"
                )
            return 0
        if args.action == "add":
            password = None if args.sso_only else _read_password("密码：")
            users.add_user(
                engine,
                admin=admin,
                username=args.username,
                display_name=args.name,
                role=args.role,
                region_code=_region_code(engine, args.region),
                password=password,
                email=args.email,
            )
            print(f"已创建用户 {users.normalize_username(args.username)}（{ROLE_LABELS[args.role]}）。")
        elif args.action in ("disable", "enable"):
            users.set_active(engine, admin=admin, username=args.username, active=args.action == "enable")
            print(f"已{'启用' if args.action == 'enable' else '停用'}用户 {args.username}。")
        elif args.action == "reset-password":
            users.reset_password(
                engine, admin=admin, username=args.username, password=_read_password("新密码：")
            )
            print(f"已重置用户 {args.username} 的密码。")
    except (users.UserError, AccessDenied, ValueError) as error:
        print(f"未完成：{error}", file=sys.stderr)
        return 1
    return 0


def cmd_evidence_check(args: argparse.Namespace) -> int:
    from data_access.commands.evidence import evidence_store
    from data_access.evidence import check_store

    engine = get_engine(get_settings().database_url)
    store = evidence_store(engine)
    result = check_store(engine, store)
    print(f"佐证材料：{result.rows} 条记录，存储位置：{store.describe()}。")
    for evidence_id, name, key in result.missing:
        print(f"缺失：编号 {evidence_id}“{name}”（{key}）", file=sys.stderr)
    if result.orphans:
        action = "已删除" if args.delete_orphans else "未被任何记录使用（可用 --delete-orphans 删除）"
        print(f"{len(result.orphans)} 个文件{action}。")
        if args.delete_orphans:
            for key in result.orphans:
                store.delete(key)
    if result.missing:
        print(f"{len(result.missing)} 个文件缺失：请从文件备份中恢复。", file=sys.stderr)
        return 1
    print("所有记录的文件都在。")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="manage.py", description="督察整改调度看板 管理命令")
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init-db", help="create or migrate the database; load the sample data if empty")
    init.add_argument("--no-sample", action="store_true", help="do not load the sample data")
    init.add_argument(
        "--sample",
        action="store_true",
        help="load the sample data even with DASHBOARD_REQUIRE_SIGN_IN=1 (which otherwise starts empty)",
    )
    init.set_defaults(handler=cmd_init_db)

    load = sub.add_parser("load-sample", help="load the sample data (the plans and a demo history)")
    load.add_argument("--replace", action="store_true", help="delete all data first")
    load.set_defaults(handler=cmd_load_sample)

    sites = sub.add_parser("import-sites", help="import map sites from a CSV file with Chinese headers")
    sites.add_argument(
        "file", help="CSV file, UTF-8 or GBK, Chinese headers (columns: README.md, import-sites)"
    )
    sites.add_argument(
        "--crs", choices=("wgs84", "gcj02"), default="wgs84", help="datum of the coordinates (default wgs84)"
    )
    sites.add_argument("--replace", action="store_true", help="delete sites whose code is not in the file")
    sites.add_argument("--actor", default="管理命令", help="name recorded in the audit trail")
    sites.set_defaults(handler=cmd_import_sites)

    bulletin = sub.add_parser("bulletin", help="write the monthly dispatch bulletin (调度通报) to a file")
    bulletin.add_argument(
        "--month", required=True, help="the month, YYYY-MM (compared with the month before)"
    )
    # Checked against reports.formats in cmd_bulletin (the writers are imported only there).
    bulletin.add_argument("--format", help="docx, pdf or xlsx; default: from the file suffix")
    bulletin.add_argument("-o", "--output", required=True, help="file to write")
    bulletin.add_argument("--region", help="region code or full name (with its sub-regions)")
    bulletin.add_argument("--batch", action="append", default=[], help="batch code (repeatable)")
    bulletin.add_argument("--unit", action="append", default=[], help="lead unit id or name (repeatable)")
    bulletin.add_argument("--coop", action="store_true", help="also count findings the units cooperate on")
    bulletin.add_argument(
        "--category", action="append", default=[], help="category code or label (repeatable)"
    )
    bulletin.add_argument("--today", help="pin today (YYYY-MM-DD); default DASHBOARD_TODAY or today")
    bulletin.add_argument("--date", help="issue date printed on the bulletin (YYYY-MM-DD); default today")
    bulletin.add_argument(
        "--office", help="issuing office (default DASHBOARD_ISSUER, else the office of --region)"
    )
    bulletin.add_argument("--number", help="document number 发文字号 (default DASHBOARD_DOC_NUMBER_PATTERN)")
    bulletin.add_argument("--recipients", help="主送机关 (default DASHBOARD_RECIPIENTS)")
    bulletin.add_argument("--cc", help="抄送机关 (default DASHBOARD_CC; empty: none)")
    bulletin.add_argument("--title", help="bulletin title (default DASHBOARD_BULLETIN_TITLE)")
    bulletin.add_argument("--narrative-file", help="UTF-8 text file with the summary to print instead")
    bulletin.set_defaults(handler=cmd_bulletin)

    notify_cmd = sub.add_parser(
        "notify", help="queue today's reminders and bulletins and send the outbox (run daily)"
    )
    notify_cmd.add_argument("--today", help="the day the rules are worked out for (YYYY-MM-DD)")
    notify_cmd.add_argument(
        "--dry-run", action="store_true", help="print the messages; queue and send nothing"
    )
    notify_cmd.set_defaults(handler=cmd_notify)

    send_bulletin = sub.add_parser(
        "send-bulletin", help="send one month's bulletin now (Word and PDF attached)"
    )
    send_bulletin.add_argument("--month", required=True, help="YYYY-MM")
    send_bulletin.add_argument(
        "--to",
        nargs="*",
        default=[],
        metavar="ADDRESS",
        help="e-mail addresses (default: the bulletin contacts)",
    )
    send_bulletin.add_argument("--region", help="the bulletin's region (code or name)")
    send_bulletin.add_argument("--today", help="the issue date (YYYY-MM-DD)")
    send_bulletin.add_argument("--actor", help="name written to the audit trail")
    send_bulletin.add_argument("--dry-run", action="store_true", help="print the messages; send nothing")
    send_bulletin.set_defaults(handler=cmd_send_bulletin)

    parse_plan = sub.add_parser("parse-plan", help="parse a rectification plan, task list or closure notice")
    parse_plan.add_argument("file", help=PLAN_FILE_HELP)
    parse_plan.add_argument("--json", action="store_true", help="print the findings as JSON")
    parse_plan.set_defaults(handler=cmd_parse_plan)

    import_plan = sub.add_parser("import-plan", help="parse a plan and store its findings in a batch")
    import_plan.add_argument("file", help=PLAN_FILE_HELP)
    import_plan.add_argument(
        "--batch", help="code of an existing batch (or of the new one with --batch-name)"
    )
    import_plan.add_argument("--batch-name", help="name of the batch; created when no batch has it")
    import_plan.add_argument("--region", help="region of the findings: code or name (default: the batch's)")
    import_plan.add_argument("--source-type", help="for a new batch: central_inspection, action_plan, ...")
    import_plan.add_argument("--level", help="for a new batch: central, provincial, city or county")
    import_plan.add_argument("--registered-on", help="registration day of new findings (YYYY-MM-DD)")
    import_plan.add_argument("--today", help="pin today (YYYY-MM-DD); default DASHBOARD_TODAY or today")
    import_plan.add_argument("--actor", default="管理命令", help="name recorded in the audit trail")
    import_plan.set_defaults(handler=cmd_import_plan)
    for command in (parse_plan, import_plan):
        command.add_argument(
            "--part", type=int, help="only this part of a file holding several plans (1, 2, ...)"
        )

    export = sub.add_parser("export-ledger", help="write the Excel ledger (台账) to a file")
    export.add_argument("-o", "--output", required=True, help=".xlsx file to write")
    export.add_argument("--region", help="six-digit region code (with its sub-regions); default all")
    export.set_defaults(handler=cmd_export_ledger)

    ledger_import = sub.add_parser("import-ledger", help="import an Excel/CSV ledger (all or nothing)")
    ledger_import.add_argument("file", help=".xlsx, or .csv in UTF-8 or GBK")
    ledger_import.add_argument("--dry-run", action="store_true", help="only show what would change")
    ledger_import.add_argument("--actor", default="管理命令", help="name recorded in the audit trail")
    ledger_import.set_defaults(handler=cmd_import_ledger)

    check = sub.add_parser(
        "evidence-check", help="check that every evidence row has its file (after a restore, before a backup)"
    )
    check.add_argument(
        "--delete-orphans",
        action="store_true",
        help="delete files no row names (left by a crash); run while nobody uploads",
    )
    check.set_defaults(handler=cmd_evidence_check)
    user_cmd = sub.add_parser("users", help="sign-in users: add, list, disable, enable, reset-password")
    user_sub = user_cmd.add_subparsers(dest="action", required=True)
    add = user_sub.add_parser("add", help="create a user (the password is asked, or read from stdin)")
    add.add_argument("username")
    add.add_argument(
        "--role",
        required=True,
        choices=ROLES,
        help="the user's role",
    )
    add.add_argument("--region", help="region code or name the user is limited to (default: every region)")
    add.add_argument("--name", help="display name shown and written in the audit trail")
    add.add_argument("--email", help="e-mail matched on single sign-on (st.login)")
    add.add_argument(
        "--sso-only", action="store_true", help="no password: single sign-on only (needs --email)"
    )
    user_sub.add_parser("list", help="list the users")
    for action in ("disable", "enable", "reset-password"):
        user_sub.add_parser(action, help=f"{action} a user").add_argument("username")
    for command in user_sub.choices.values():
        command.add_argument("--actor", default="管理命令", help="name recorded in the audit trail")
    user_cmd.set_defaults(handler=cmd_users)

    generate = sub.add_parser(
        "generate", help="fill the database with a synthetic national-scale data set (load tests)"
    )
    generate.add_argument("--findings", type=int, required=True, help="number of findings")
    generate.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data (default 1)")
    generate.add_argument(
        "--measures-per-finding", type=float, default=5.0, help="mean measures per finding (default 5)"
    )
    generate.add_argument("--months", type=int, default=24, help="months of monthly reports (default 24)")
    generate.add_argument("--sites", type=int, help="map sites (default findings / 10)")
    generate.add_argument("--replace", action="store_true", help="delete all data first")
    generate.add_argument("--today", help="the day the data lead up to (YYYY-MM-DD); default today")
    generate.set_defaults(handler=cmd_generate)

    for command in (init, load):
        command.add_argument("--no-history", action="store_true", help="only the plans, no demo history")
        command.add_argument("--today", help="anchor date of the demo history (YYYY-MM-DD); default today")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except DatabaseUnavailable as error:
        print(error, file=sys.stderr)
        return 2
    except OperationalError as error:  # the server went away after the start
        print(describe_database_error(get_settings().database_url, error), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
