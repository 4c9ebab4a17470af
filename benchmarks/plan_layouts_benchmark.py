"""Field accuracy of the plan reader per document layout (prints figures, asserts nothing).

    python benchmarks/plan_layouts_benchmark.py [--details]
        [--real | --blind N | --printed | --unruled | --pasted | --reordered | --renamed
         | --workbook | --excel-paste | --web-page | --legacy-doc | --web-copy | --web-paragraphs
         | --ofd | --pdf-copy] [--only TEXT]

Builds each test document of `tests/plan_layouts.py` (Word tables, spreadsheets, PDF, text
copied from a web page, public notices, .doc/.xls when LibreOffice is installed), reads and
parses it as an upload would be, and compares the findings with the hand-checked
`tests/plan_documents/layouts/<layout>.json`: per layout the share of fields read right
(number, title, lead and cooperating units, deadlines, number of measures, done or not,
section), the findings found / expected, and the read + parse time. The five seed plans are
scored against their own expectations in tests/test_plan_parser.py, not here. With --real it
scores the documents that copy the layout of real public documents instead
(`tests/real_layouts.py`, sources in tests/fixtures/real_layouts/SOURCES.md); with --blind N only
the Nth blind set among them (`real_layouts.BLIND_SETS`, see docs/decisions.md “Blind set N”);
with --printed the Word and text documents of that corpus printed to PDF by LibreOffice (tables
ruled, text set as an official notice: `tests/printed_pdf.py`; tables copied from web pages
left out, they are never printed), scored against the same expectations; with --unruled the
Word tables of that corpus printed without borders (`printed_unruled`); with --pasted the Word
tables and Excel workbooks of that corpus copied and pasted into the import's text box
(`tests/pasted_text.py`: Word's plain text, whose rows break at every paragraph inside a cell,
and Excel's, which quotes such cells), read as text; with --reordered the Word tables of that
corpus with their columns in another order (`tests/table_variants.py`: the first column kept,
the others reversed), as another county would lay out the same list; with --renamed the same
tables with their header cells under other names of the same column (完成时限 for 整改时限 …);
with --workbook the Word documents of that corpus pasted into an Excel sheet and saved as .xlsx,
as an office turns its task list into a ledger; with --excel-paste the same pasted as Excel
pastes a Word table, each paragraph of a cell on a row of its own and the row's other cells
merged down over them; with --web-page the Word documents of that corpus saved as a web page by
LibreOffice and named .doc (as a document system exports them), with --legacy-doc saved as Word
97-2003 .doc, which the import converts back by LibreOffice (`tests/office_saves.py`); with --ofd
the documents of --printed turned from PDF into OFD (版式文件) as a converter writes them
(`tests/ofd_files.py`); with --pdf-copy the Word forms of that corpus (labels and values)
printed to PDF and copied out of it as text, each label a space from its value
(`copied_from_pdf`); with --web-copy the Word tables of that corpus copied from a web page that
lays their cells out as blocks (`tests/pasted_text.py` `web_copied`: every cell on lines of its
own, nothing for an empty cell or a cell merged down, a header over two lines as its upper names
then the lower ones), with --web-paragraphs the same with an empty line after every cell;
--only TEXT keeps the documents whose name holds TEXT.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.plan_document import PlanFileError, read_plan_bytes  # noqa: E402
from intake.plan_parser import PlanParseError, parse_plan_text  # noqa: E402
from intake.plan_tables import find_tables  # noqa: E402
from tests import real_layouts  # noqa: E402
from tests.plan_layouts import LAYOUTS, expected, score, soffice  # noqa: E402


def _web_table(data: bytes) -> bool:
    """A table copied from a web page or a PDF (its cells between |, or separated by tabs or runs
    of spaces, or one a line): text that only exists as such, never printed as a notice."""
    text = data.decode("utf-8", "replace")
    lines = text.splitlines()
    bars = sum(line.strip().startswith("|") or line.strip().endswith("|") for line in lines) >= 2
    # a two-column form copied with a tab between label and value (项目⇥内容), which find_tables
    # leaves to the label reader
    tabs = sum("\t" in line.strip() for line in lines) >= 2
    return bars or tabs or bool(find_tables(text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every field read wrong")
    parser.add_argument("--real", action="store_true", help="score the real-layout corpus instead")
    parser.add_argument(
        "--blind",
        type=int,
        choices=sorted(real_layouts.BLIND_SETS),
        help="score only the blind set of this number",
    )
    parser.add_argument(
        "--pdf-copy",
        action="store_true",
        help="score the real-layout Word forms printed to PDF and copied out of it as text",
    )
    parser.add_argument(
        "--only",
        metavar="TEXT",
        help="score only the documents whose name contains TEXT (with any corpus flag)",
    )
    parser.add_argument(
        "--printed", action="store_true", help="score the real-layout Word and text files printed to PDF"
    )
    parser.add_argument(
        "--unruled",
        action="store_true",
        help="score the real-layout Word tables printed to PDF without borders",
    )
    parser.add_argument(
        "--reordered",
        action="store_true",
        help="score the real-layout Word tables with their columns in another order",
    )
    parser.add_argument(
        "--renamed",
        action="store_true",
        help="score the real-layout Word tables with their columns under other names",
    )
    parser.add_argument(
        "--workbook",
        action="store_true",
        help="score the real-layout Word documents pasted into an Excel sheet and saved as .xlsx",
    )
    parser.add_argument(
        "--excel-paste",
        action="store_true",
        help="score the real-layout Word tables as Excel pastes them: a row per paragraph of a cell",
    )
    parser.add_argument(
        "--web-page",
        action="store_true",
        help="score the real-layout Word documents saved as a web page under a .doc name",
    )
    parser.add_argument(
        "--legacy-doc",
        action="store_true",
        help="score the real-layout Word documents saved as Word 97-2003 .doc",
    )
    parser.add_argument(
        "--ofd",
        action="store_true",
        help="score the real-layout Word and text files printed to PDF and turned into OFD",
    )
    parser.add_argument(
        "--pasted",
        action="store_true",
        help="score the real-layout Word tables and workbooks copied and pasted as text",
    )
    parser.add_argument(
        "--web-copy",
        action="store_true",
        help="score the real-layout Word tables copied from a web page a cell a line, empty cells gone",
    )
    parser.add_argument(
        "--web-paragraphs",
        action="store_true",
        help="the same copied a cell a paragraph, an empty line after every cell",
    )
    args = parser.parse_args()
    documents = {name: (*entry, expected) for name, entry in LAYOUTS.items()}
    if args.reordered:
        from tests.table_variants import columns_reordered

        documents = {
            name: (filename, lambda build=build: columns_reordered(build()), False, real_layouts.expected)
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".docx") and columns_reordered(build()) is not None
        }
    elif args.renamed:
        from tests.table_variants import columns_renamed

        documents = {
            name: (filename, lambda build=build: columns_renamed(build()), False, real_layouts.expected)
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".docx") and columns_renamed(build()) is not None
        }
    elif args.workbook or args.excel_paste:
        from tests.table_variants import tables_in_workbook

        documents = {
            name: (
                filename.rsplit(".", 1)[0] + ".xlsx",
                lambda build=build: tables_in_workbook(build(), paragraphs_as_rows=args.excel_paste),
                False,
                real_layouts.expected,
            )
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".docx") and tables_in_workbook(build()) is not None
        }
    elif args.web_page or args.legacy_doc:
        if soffice() is None:
            print("LibreOffice is not installed: nothing to save")
            return 1
        from tests.office_saves import saved_as_doc, saved_as_web_page

        save = saved_as_web_page if args.web_page else saved_as_doc
        documents = {
            name: (
                filename.rsplit(".", 1)[0] + ".doc",
                lambda build=build: save(build()),
                False,
                real_layouts.expected,
            )
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".docx")
        }
    elif args.web_copy or args.web_paragraphs:
        from tests.pasted_text import has_tables, web_copied

        documents = {
            name: (
                filename.rsplit(".", 1)[0] + ".txt",
                lambda build=build: web_copied(build(), blank_between=args.web_paragraphs),
                False,
                real_layouts.expected,
            )
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".docx") and has_tables(build())
        }
    elif args.pasted:
        from tests.pasted_text import copied_sheets, has_tables, pasted

        documents = {
            name: (
                filename.rsplit(".", 1)[0] + ".txt",
                lambda filename=filename, build=build: (
                    copied_sheets(build()) if filename.endswith(".xlsx") else pasted(build())
                ),
                False,
                real_layouts.expected,
            )
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".xlsx") or (filename.endswith(".docx") and has_tables(build()))
        }
    elif args.unruled:
        if soffice() is None:
            print("LibreOffice is not installed: nothing to print")
            return 1
        from tests.printed_pdf import printed_unruled

        documents = {
            name: (
                filename.rsplit(".", 1)[0] + ".pdf",
                lambda build=build: printed_unruled(build()),
                False,
                real_layouts.expected,
            )
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".docx")
        }
    elif args.pdf_copy:
        if soffice() is None:
            print("LibreOffice is not installed: nothing to print")
            return 1
        from tests.printed_pdf import copied_from_pdf, is_label_form, printed

        documents = {
            name: (
                filename.rsplit(".", 1)[0] + ".txt",
                lambda build=build: (copied_from_pdf(printed(build())) or "").encode("utf-8"),
                False,
                real_layouts.expected,
            )
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".docx") and is_label_form(build())
        }
    elif args.printed or args.ofd:
        if soffice() is None:
            print("LibreOffice is not installed: nothing to print")
            return 1
        from tests.ofd_files import ofd_of_pdf
        from tests.printed_pdf import printed, printed_notice

        def printed_pdf(filename, build):
            if filename.endswith(".docx"):
                pdf = printed(build())
            else:
                pdf = printed_notice(read_plan_bytes(build(), filename))
            return ofd_of_pdf(pdf) if args.ofd else pdf

        documents = {
            name: (
                filename.rsplit(".", 1)[0] + (".ofd" if args.ofd else ".pdf"),
                lambda filename=filename, build=build: printed_pdf(filename, build),
                False,
                real_layouts.expected,
            )
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if filename.endswith(".docx") or (filename.endswith(".txt") and not _web_table(build()))
        }
    elif args.real or args.blind:
        chosen = real_layouts.BLIND_SETS[args.blind] if args.blind else None
        documents = {
            name: (filename, build, False, real_layouts.expected)
            for name, (filename, build) in real_layouts.DOCUMENTS.items()
            if chosen is None or name in chosen
        }
    if args.only:
        documents = {name: document for name, document in documents.items() if args.only in name}
    print(f"{'layout':<28} {'score':>7} {'fields':>9} {'findings':>9} {'read s':>7} {'parse s':>7}  layout")
    right_all = total_all = 0
    for layout, (name, build, needs_office, expected_of) in documents.items():
        want = expected_of(layout)
        if needs_office and soffice() is None:
            print(f"{layout:<28} {'skipped':>7}  (LibreOffice is not installed)")
            continue
        data = build()
        started = time.perf_counter()
        try:
            text = read_plan_bytes(data, name)
            read_s = time.perf_counter() - started
            plan = parse_plan_text(text)
            findings = plan.findings
        except (PlanFileError, PlanParseError) as error:
            read_s, findings = time.perf_counter() - started, []
            print(f"{layout:<28} REJECTED {error}")
        parse_s = time.perf_counter() - started - read_s
        right, total, differences = score(findings, want)
        right_all, total_all = right_all + right, total_all + total
        found = f"{len(findings)}/{len(want['findings'])}"
        figures = f"{_share(right, total):>7} {right:>4}/{total:<4} {found:>9} {read_s:>7.3f} {parse_s:>7.3f}"
        print(f"{layout:<28} {figures}  {want['layout']}")
        if args.details:
            for difference in differences:
                print(f"    {difference}")
    if total_all:
        print(f"{'all':<28} {_share(right_all, total_all):>7} {right_all:>4}/{total_all:<4}")
    return 0


def _share(right: int, total: int) -> str:
    """The share right, rounded down: 4,004 of 4,005 is 99.9 %, never 100.0 %."""
    return f"{math.floor(right * 1000 / total) / 10:.1f}%"


if __name__ == "__main__":
    raise SystemExit(main())
