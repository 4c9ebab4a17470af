"""Command line for administrators: `python manage.py --help`."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from data_access.db import get_engine, is_empty, migrate
from data_access.sample_loader import SampleDataError, load_sample_data
from data_access.settings import get_settings


def _today(value: str | None) -> date:
    return date.fromisoformat(value) if value else date.today()


def cmd_init_db(args: argparse.Namespace) -> int:
    engine = get_engine(get_settings().database_url)
    migrate(engine)
    print(f"数据库结构已是最新：{engine.url.render_as_string(hide_password=True)}")
    if args.no_sample:
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
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="manage.py", description="督察整改调度看板 管理命令")
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init-db", help="create or migrate the database; load the sample data if empty")
    init.add_argument("--no-sample", action="store_true", help="do not load the sample data")
    init.set_defaults(handler=cmd_init_db)

    load = sub.add_parser("load-sample", help="load the sample data (the plans and a demo history)")
    load.add_argument("--replace", action="store_true", help="delete all data first")
    load.set_defaults(handler=cmd_load_sample)

    for command in (init, load):
        command.add_argument("--no-history", action="store_true", help="only the plans, no demo history")
        command.add_argument("--today", help="anchor date of the demo history (YYYY-MM-DD); default today")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
