"""How the label classes would have read documents unseen (prints figures, asserts nothing).

    python benchmarks/label_classes_ablation.py [--all-added]

Each blind round of issue 14 added the exact label wordings its documents used. This takes
them out of `intake.words.FIELD_LABELS` in this process only (nothing is written), and scores
the three blind sets (and, with --all-added, every real layout with all 36 wordings added since
the first vocabulary removed) twice: with the label classes (`intake.words.classify_label`) as
the only cover for the missing wordings, and with the classes switched off. Each variant runs in
a fresh interpreter, because the readers build their label patterns when imported.
See docs/decisions.md “Label classes”.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# the wordings the three blind rounds added (merges corpus-blind, corpus-blind2, corpus-blind3)
BLIND_WORDINGS = [
    "问题基本情况",
    "反馈意见建议",
    "转办问题基本情况",
    "整改任务内容",
    "整改任务概述",
    "整改措施及整改时限",
    "下一步持续深化整改措施",
    "持续深化整改措施",
    "下一步整改措施",
    "整改主要工作及成效",
    "主要工作及成效",
    "整改效果",
    "整改措施落实情况",
    "整改成效",
    "拟办结销号时间",
    "拟销号时间",
    "办结销号时间",
    "销号时间",
    "整改完成时间",
]
# …and those the table and text corpora added before them (since the first vocabulary, be4a24a)
EARLIER_WORDINGS = [
    "下一步工作",
    "下一步工作计划",
    "交办事项",
    "交办单标题",
    "交办单编号",
    "具体内容",
    "办理状态",
    "办结情况",
    "办结状态",
    "当前状态",
    "整改问题",
    "是否办结",
    "督办事项",
    "确定事项",
    "议定事项",
    "重点措施",
    "验收意见",
]


def _score(removed: list[str], classes: bool, sets: list[str]) -> None:
    """Runs in the child: strip the wordings, maybe switch the classes off, then score."""
    sys.path.insert(0, str(ROOT))
    import intake.words as words

    for field, labels in list(words.FIELD_LABELS.items()):
        words.FIELD_LABELS[field] = tuple(label for label in labels if label not in removed)
    if not classes:
        words.classify_label = lambda head: None
    from intake.plan_document import read_plan_bytes
    from intake.plan_parser import PlanParseError, parse_plan_text
    from tests import real_layouts
    from tests.plan_layouts import score

    chosen = {"blind": real_layouts.BLIND, "blind2": real_layouts.BLIND_2, "blind3": real_layouts.BLIND_3}
    for name in sets:
        documents = chosen.get(name, tuple(real_layouts.DOCUMENTS))
        right = total = 0
        for layout in documents:
            filename, build = real_layouts.DOCUMENTS[layout]
            try:
                findings = parse_plan_text(read_plan_bytes(build(), filename)).findings
            except (PlanParseError, ValueError):
                findings = []
            got, of, _ = score(findings, real_layouts.expected(layout))
            right, total = right + got, total + of
        variant = "with classes" if classes else "no classes"
        print(f"{name:<8} {variant:<13} {right / total:>7.1%} {right:>4}/{total}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all-added", action="store_true", help="remove the earlier wordings too, score all")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        removed = EARLIER_WORDINGS + BLIND_WORDINGS if args.all_added else BLIND_WORDINGS
        _score(removed, args.child[0] == "on", args.child[1].split(","))
        return 0
    sets = "blind,blind2,blind3" + (",real" if args.all_added else "")
    for classes in ("off", "on"):
        command = [sys.executable, __file__, "--child", classes, sets]
        subprocess.run(command + (["--all-added"] if args.all_added else []), check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
