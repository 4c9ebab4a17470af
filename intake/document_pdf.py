"""A text PDF (often a Word table printed to PDF): its ruled tables cell by cell, the rest as lines.

pdfplumber gives characters with their positions; lines that the page wrapped are joined
again by where the next word would have fitted, cells merged down are given to each row they
cover, and a row broken across pages is joined to the row it continues (docs/decisions.md,
“PDFs printed from Word”). A PDF without a text layer (a scan) is refused with a message.
"""

from __future__ import annotations

import io
import itertools
import re

from intake.document_common import HOW_TO_RESAVE, LATIN_GAP, PlanFileError, rows_text
from intake.words import BATCH_HEADING, CONTINUED_TABLE, FIELD_LABELS, ITEM_OPENING, ends_table


def read_pdf(data: bytes, name: str) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.startswith(b"%PDF"):
        raise PlanFileError(f"文件“{name}”不是有效的 PDF 文件。{HOW_TO_RESAVE}")
    pieces: list[tuple[str, object]] = []
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise PlanFileError(
                    f"文件“{name}”有 {len(pdf.pages)} 页，超过 {MAX_PDF_PAGES} 页，不像是整改方案。"
                )
            columns: list[float] = []  # an unruled table's columns, carried over to the next page
            for page in pdf.pages:
                chars += len(page.chars)
                pieces.append(("page", None))
                pieces.extend(_pdf_page(page, columns))
                page.close()  # frees the page's parsed objects (a long document)
    except PlanFileError:
        raise
    except (
        PdfminerException,
        PDFSyntaxError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
    ) as error:
        raise PlanFileError(
            f"文件“{name}”PDF 内容已损坏或已加密，无法读取（{type(error).__name__}）。"
        ) from error
    except Exception as error:  # pdfminer raises many kinds (PSEOF, struct.error …) on a damaged file
        raise PlanFileError(f"文件“{name}”PDF 内容已损坏，无法读取（{type(error).__name__}）。") from error
    text = "\n".join(_join_wrapped_lines(pieces)).strip()
    if chars < 10 or len(re.sub(r"\s", "", text)) < 10:
        raise PlanFileError(
            f"文件“{name}”是扫描件或图片 PDF，没有文字层，无法识别文字。"
            "请使用原始的 Word 文件，或先用 OCR 软件（如 WPS 的“图片转文字”）转成文字后再导入。"
        )
    return text


MAX_PDF_PAGES = 500

# A page's number in its margin: “3”, “- 3 -”, “第 1 页 共 5 页” (“第1页，共5页” as Excel prints it).
_PAGE_NUMBER = re.compile(r"[-—－]?\s*\d{1,3}\s*[-—－]?|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?")


def _pdf_page(page, columns: list[float] | None = None) -> list[tuple[str, object]]:
    """A page's ruled tables and text lines in reading order (top to bottom): ("table", its
    rows as lines) or ("line", the line with where it stands on the page).

    pdfplumber finds a table by its ruling lines (a Word table printed to PDF has them) and
    returns its cells; a table printed without rules is found by its columns of text
    (`_unruled_table`); the text outside the tables is read as lines.
    """
    found = page.find_tables()
    items: list[tuple[float, str, object]] = []
    boxes = [table.bbox for table in found]
    for table in found:
        items.append((table.bbox[1], "table", _pdf_table_rows(page, table)))

    def outside_tables(obj: dict) -> bool:
        # A character is the table's when its centre is inside: a heading printed right under a
        # table (“二、个性问题” before the next one) may touch the rule by a point and is still text.
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(box[0] <= x <= box[2] and box[1] <= y <= box[3] for box in boxes)

    outside = page.filter(outside_tables) if boxes else page
    raw = []
    for line in outside.extract_text_lines(layout=False, return_chars=True):
        text = line["text"].strip()
        chars = [c for c in line["chars"] if c["text"].strip()]
        if not text or not chars:
            continue
        # A page number (“3”, “- 3 -”) stands in the top or bottom margin, a “37” in the text does not.
        in_margin = line["top"] > 0.88 * page.height or line["bottom"] < 0.08 * page.height
        if in_margin and _PAGE_NUMBER.fullmatch(text):
            continue
        raw.append((line, chars))
    text_lines = []
    first_search = True
    # Tables printed without rules lie between the ruled ones, never across one (the title and
    # number lines of forms printed one after another do not make a table), and a page may hold
    # several (forms of label and value, each under its title): each stretch is searched until
    # no table is left in it. Only the page's first search may go on with the page before's
    # columns; the last table found hands its columns to the next page.
    for stretch in _between_tables(raw, boxes):
        while stretch:
            found_columns = (columns if columns is not None else []) if first_search else []
            first_search = False
            unruled = _unruled_table(stretch, found_columns)
            if unruled is None:
                text_lines.extend(stretch)
                break
            if columns is not None and found_columns is not columns:
                columns[:] = found_columns
            rows, first, last = unruled
            # the end of the page before's last row at the top of this page (`_row_tail`): the
            # rows after it go on with the same columns
            first_search = bool(found_columns) and first == 0 and len(rows) == 1
            top = stretch[first][0]["top"]
            for heading, part in _parts_at_repeated_header(rows):
                if heading:
                    items.append((top, "text", heading))
                items.append((top, "table", part))
            text_lines.extend(stretch[:first])
            stretch = stretch[last + 1 :]
    raw = text_lines
    lines = []
    for line, chars in raw:
        size = max(c["x1"] - c["x0"] for c in chars)
        lines.append(
            {
                "text": _close_gaps(line["text"].strip()),
                "top": line["top"],
                "x0": line["x0"],
                "x1": line["x1"],
                "first": _first_word_width(chars),
                "size": size,
                # in the page's top margin: a running title when it stands above a table going on
                "head": line["bottom"] < 0.1 * page.height,
            }
        )
    if lines:
        # The text block's edges: its leftmost line, and on the right the longest line or the
        # left margin mirrored (a page of short lines has no line reaching the right margin).
        left = min(line["x0"] for line in lines)
        right = max(max(line["x1"] for line in lines), page.width - left)
        for line in lines:
            line["left"], line["right"] = left, right
            items.append((line["top"], "line", line))
    items.sort(key=lambda item: item[0])
    return [(kind, value) for _, kind, value in items]


def _between_tables(
    raw: list[tuple[dict, list[dict]]], boxes: list[tuple]
) -> list[list[tuple[dict, list[dict]]]]:
    """The page's text lines in stretches parted by its ruled tables (top to bottom)."""
    tops = sorted(box[1] for box in boxes)
    stretches: list[list[tuple[dict, list[dict]]]] = [[] for _ in range(len(tops) + 1)]
    for line in raw:
        stretches[sum(1 for top in tops if top < line[0]["top"])].append(line)
    return [stretch for stretch in stretches if stretch]


# --- tables printed without rules ------------------------------------------------------------
# A table printed without borders (an Excel sheet without gridlines, a web page, a Word table
# whose borders were removed) has no lines for pdfplumber to find; its columns show as runs of
# text separated by room no word space makes, which line up from row to row.


def _runs(chars: list[dict], size: float) -> list[list[dict]]:
    """A line's characters in runs separated by more room than a word space (a cell each)."""
    gap = max(4.0, 0.6 * size)
    runs = [[chars[0]]]
    for before, char in itertools.pairwise(chars):
        if char["x0"] - before["x1"] > gap:
            runs.append([char])
        else:
            runs[-1].append(char)
    # A word spaced out over its cell (“目 标 任 务”, a header centred by spaces) is one run.
    spaced: list[list[dict]] = []
    for run in runs:
        previous = spaced[-1] if spaced else None
        if (
            previous is not None
            and len(run) == 1
            and all(c["text"] >= "\u3400" for c in (*previous, *run))
            and (len(previous) == 1 or previous[-1]["x0"] - previous[-2]["x1"] > gap)
            and run[0]["x0"] - previous[-1]["x1"] < 1.5 * size
        ):
            previous.append(run[0])
        else:
            spaced.append(run)
    return spaced


def _split_at_columns(runs: list[list[dict]], starts: list[float], size: float) -> list[list[dict]]:
    """Runs cut where they cross a column's start at a gap narrower than a cell's room (a number
    centred in a narrow 序号 column close to the next column's text: “3地方一般公共…”)."""
    out: list[list[dict]] = []
    for run in runs:
        cut = 0
        for k in range(1, len(run)):
            before, char = run[k - 1], run[k]
            # the next column's text starts where its column does: at the character after the gap
            in_gap = [x for x in starts if before["x1"] < x and abs(char["x0"] - x) <= 1.0]
            if in_gap and char["x0"] - before["x1"] > 0.15 * size and run[cut]["x0"] < in_gap[0] - 0.5 * size:
                out.append(run[cut:k])
                cut = k
        out.append(run[cut:])
    return out


def _run_line(run: list[dict], size: float) -> dict:
    """A run as a text line for `_unwrap_lines`: its text (a space where Latin words part) and edges."""
    text = run[0]["text"]
    for before, char in itertools.pairwise(run):
        text += (" " if char["x0"] - before["x1"] > 0.2 * size else "") + char["text"]
    return {"text": _close_gaps(text), "x0": run[0]["x0"], "x1": run[-1]["x1"], "chars": run}


_GROUP_HEADING = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+[部分类项]"
)
# A row's number in the table's number column: 12, or 一 … 十二 as some lists count their items.
_ROW_NUMBER = re.compile(r"\d{1,4}|[一二三四五六七八九十]{1,3}")
# A row's own item number opening its first cell when the table has no 序号 column (“1.龙陵县…”)
_ITEM_NUMBER = re.compile(r"(\d{1,3})[.．、](?!\d)")


# a signer's label (“督办人（签字）：”, “承办部门负责人（签字）：”, “（盖章）”)
_SIGN_OFF = re.compile(r"[\u4e00-\u9fff]{0,10}[（(]?(?:签字|签名|签章|盖章|公章)[)）]?[：:]?")


def _run_text(run: list[dict]) -> str:
    return "".join(c["text"] for c in run)


def _column_spans(runs: list[tuple[float, float, int]], size: float) -> list[list[float]]:
    """The columns' [left, right] from the runs (x0, x1, line) of the table's lines: runs that
    overlap, or nearly, share a column. A run bridging two columns that the other runs keep
    apart, each side held by runs of two lines or more, is a header cell spanning them (整改责任
    单位 over 牵头单位 | 配合单位) and is left out."""

    def merged(intervals: list[tuple[float, float, int]]) -> list[list]:
        spans: list[list] = []  # [x0, x1, lines]
        for x0, x1, line in sorted(intervals):
            if spans and x0 <= spans[-1][1] + 0.5 * size:
                spans[-1][1] = max(spans[-1][1], x1)
                spans[-1][2].add(line)
            else:
                spans.append([x0, x1, {line}])
        return spans

    def bridge(run: tuple[float, float, int]) -> bool:
        others = [r for r in runs if r is not run and r[2] != run[2] and r[0] < run[1] and r[1] > run[0]]
        parts = merged(others)
        return len(parts) >= 2 and sum(1 for part in parts if len(part[2]) >= 2) >= 2

    kept = [run for run in runs if not bridge(run)]
    return [[x0, x1] for x0, x1, _ in merged(kept)]


def _start_column(run: list[dict], starts: list[float], size: float) -> int:
    """The column a run starts in (the columns by their left edges)."""
    return max((i for i, x in enumerate(starts) if x <= run[0]["x0"] + 0.5 * size), default=0)


def _column_of(run: list[dict], starts: list[float], size: float) -> int | None:
    """The column the run lies in, None when it reaches into the next one."""
    k = _start_column(run, starts, size)
    inside = k + 1 == len(starts) or run[-1]["x1"] <= starts[k + 1] + 0.5 * size
    return k if inside else None


def _in_columns(chars: list[dict], columns: list[float], size: float) -> bool:
    """Whether a line's runs, two or more, each lie in one of the columns (their left edges)."""
    if len(columns) < 2:
        return False
    runs = _split_at_columns(_runs(chars, size), columns, size)
    return len(runs) >= 2 and all(_column_of(run, columns, size) is not None for run in runs)


def _table_end(
    raw: list[tuple[dict, list[dict]]], runs: list[list[list[dict]]], wide: list[int], size: float
) -> int | None:
    """The first line after the table's first row of columns that ends a table: one run, at or
    left of that row's left edge (“附件2”, “注：…”); “续表” goes on with the same table."""
    left = runs[wide[0]][0][0]["x0"]
    for k in range(wide[0] + 1, len(raw)):
        text = raw[k][0]["text"].strip()
        at_edge = len(runs[k]) == 1 and runs[k][0][0]["x0"] <= left + size
        if at_edge and ends_table(text) and not CONTINUED_TABLE.fullmatch(text):
            return k
    return None


def _row_tail(runs: list[list[list[dict]]], carried: list[float], size: float) -> int:
    """How many lines at the top of a page are the end of one cell of the page before's table:
    one run a line, each starting at the left edge of the same column, not the first (a line at
    the margin is the text after the table), with a line of other text after them or nothing
    else on the page."""
    if len(carried) < 3:
        return 0
    count, column = 0, None
    for line in runs:
        if len(line) != 1:
            break
        at = _column_of(line[0], carried, size)
        if not at or (column is not None and at != column) or abs(line[0][0]["x0"] - carried[at]) > size:
            break
        column, count = at, count + 1
    if count == len(runs):
        # the whole page: the last row's cell ending the document, unless a line of it closes a
        # table (a signature, its date) and the page is the text after the table
        ends = any(ends_table("".join(_run_text(run) for run in line)) for line in runs)
        return count if count >= 2 and not ends else 0
    return count


def _unruled_table(
    raw: list[tuple[dict, list[dict]]], carried: list[float]
) -> tuple[list[list[str]], int, int] | None:
    """The table printed without rules on a page: (its rows, the index of its first and of its
    last line in `raw`), or None.

    Columns are where the runs of the lines of three or more runs lie, apart by gaps none of
    them covers; the table is the stretch of lines from the first such line whose every run
    stays inside one column, with a line crossing columns as a group row (一、大气污染防治) when
    the table goes on after it. A row starts where the number column (序号) holds a number or,
    without one, where the first column has text after more room than a wrapped line leaves; the
    lines before the first row are the header. `carried` holds the columns of the page before
    (a table going on over the page keeps its columns when one of them is empty here) and is
    updated.
    """
    if len(raw) < (1 if carried else 3):
        return None
    widths = sorted(max(c["x1"] - c["x0"] for c in chars) for _, chars in raw)
    size = widths[len(widths) // 2]
    runs = [_runs(chars, size) for _, chars in raw]
    # a sign-off cell's blanks (“签字：        （盖章）”) stand where the writer spaced them, not at
    # a column's edge: they do not show columns
    placed = [[run for run in line if not _SIGN_OFF.fullmatch(_run_text(run))] for line in runs]
    wide = [k for k, line_runs in enumerate(placed) if len(line_runs) >= 3]
    # A line at the table's left edge that ends a table (the next attachment's heading, a note,
    # a signature) parts it from a second table further down the page, whose columns are its own
    end = _table_end(raw, runs, wide, widths[len(widths) // 2]) if wide else None
    if end is not None:
        raw, runs, placed = raw[:end], runs[:end], placed[:end]
        wide = [k for k in wide if k < end]
    # The last lines of a row broken over the page (“设施不正  查。  民政府” and one word a line
    # below) hold too few runs to show columns: the page before's go on when the first line's
    # runs, two or more, each lie in one of them.
    going_on = len(wide) < 2 and _in_columns(raw[0][1], carried, size)
    tail = 0 if going_on or len(wide) >= 2 else _row_tail(runs, carried, size)
    if tail:
        # The last row's one long cell wrapped over the page (“进水浓 / 度；3.加 / 管。”), then the
        # text after the table: those lines are that cell's, a row with its other cells empty,
        # joined to the row it ends (`_continue_table`).
        column = _column_of(runs[0][0], carried, size)
        cells = ["" for _ in carried]
        cells[column] = "".join(_run_text(line[0]) for line in runs[:tail])  # type: ignore[index]
        return [cells], 0, tail - 1
    if going_on:
        wide = [0]
    elif len(raw) < 3:
        return None
    form = not going_on and len(wide) < 2
    if form:
        # a form of two columns, label and value: three or more lines of two runs, values aligned
        # (a line of two runs whose second starts elsewhere, “填报单位：…      填报日期：…” above
        # the form, is no row of it)
        pairs = [k for k, line_runs in enumerate(runs) if len(line_runs) == 2]
        value_at = {k: runs[k][1][0]["x0"] for k in pairs}
        aligned = [[j for j in pairs if abs(value_at[j] - value_at[k]) <= size] for k in pairs]
        wide = max(aligned, key=len, default=[])
        if len(wide) < 3:
            return None
    spans = _column_spans([(run[0]["x0"], run[-1]["x1"], k) for k in wide for run in placed[k]], size)
    if len(spans) < 2 and not going_on:
        return None
    starts = list(carried) if going_on else [span[0] for span in spans]
    tolerance = 0.5 * size
    known = all(any(abs(x - c) < tolerance for c in carried) for x in starts)
    if carried and len(carried) > len(starts) and known:
        starts = list(carried)
    runs = [_split_at_columns(line_runs, starts, size) for line_runs in runs]

    def column(run: list[dict]) -> int | None:
        return _column_of(run, starts, size)

    def spans_on(k: int, run: list[dict]) -> bool:
        """A value merged over the columns after its own (a form's 问题名称 | the problem over the
        three other cells): the last run of a line whose first lies in the first column,
        starting at a column's left edge."""
        line = runs[k]
        at_edge = abs(run[0]["x0"] - starts[_start_column(run, starts, size)]) <= tolerance
        if len(line) == 1 and run is line[0] and at_edge and _start_column(run, starts, size) >= 1:
            # the wrapped lines of such a value, one run a line from the same column's edge
            return k > 0 and bool(runs[k - 1]) and spans_on(k - 1, runs[k - 1][-1])
        return len(line) >= 2 and run is line[-1] and column(line[0]) == 0 and at_edge

    def fits(k: int) -> bool:
        return all(column(run) is not None or spans_on(k, run) for run in runs[k])

    def crossing(k: int) -> bool:
        return len(runs[k]) == 1 and not fits(k)

    def group_row(k: int) -> bool:
        """A heading inside the table: one run across columns (over up to three lines) with the
        table going on after it, or a numbered heading alone in the first column (一、水污染)."""
        heading = raw[k][0]["text"].strip()
        if (
            len(runs[k]) == 1
            and column(runs[k][0]) == 0
            and (_GROUP_HEADING.match(heading) or BATCH_HEADING.match(heading))
        ):
            return True
        end = k
        while end < len(runs) and end - k < 3 and crossing(end):
            end += 1
        return end > k and end < len(runs) and len(runs[end]) >= 2 and fits(end)

    first = wide[0]
    broken = 0  # lines at the top that end a row begun on the page before
    same_columns = len(starts) == len(carried) and all(
        abs(a - b) < tolerance for a, b in zip(starts, carried, strict=True)
    )
    if carried and starts == carried and fits(0) and len(runs[0]) >= 2:
        first = 0  # the table of the page before goes on at the top of this page
    elif (
        first > 0
        and same_columns
        and all(runs[k] and all(column(run) not in (None, 0) for run in runs[k]) for k in range(first))
    ):
        # The end of a row broken over the page: its last cell's wrapped lines, a word or two a
        # line in the page before's columns (none in the number column), above the next row.
        # They are that row's, joined to it with the page before's table (`_continue_table`).
        first, broken = 0, first
    last = first
    while last + 1 < len(runs) and (fits(last + 1) or group_row(last + 1)):
        last += 1
    if first > 0 and sum(1 for k in wide if first <= k <= last) < 2:
        return None
    carried[:] = starts
    tops = [raw[k][0]["top"] for k in range(first, last + 1)]
    steps = [b - a for a, b in itertools.pairwise(tops) if b - a > 0.5 * size]
    pitch = min(steps, default=size * 1.5)

    def cells_of(i: int) -> list[str | None]:
        return [
            next(("".join(c["text"] for c in run) for run in runs[k] if column(run) == i), None)
            for k in range(first, last + 1)
        ]

    def numbered_in(cells: list[str | None]) -> bool:
        numbers = sum(1 for text in cells if text and _ROW_NUMBER.fullmatch(text))
        return numbers >= 2 and numbers >= 0.5 * sum(1 for text in cells if text)

    def counting_up(cells: list[str | None]) -> bool:
        numbers = [int(text) for text in cells if text and text.isdigit()]
        return len(numbers) >= 2 and all(b == a + 1 for a, b in itertools.pairwise(numbers))

    first_cells = cells_of(0)
    numbered = numbered_in(first_cells)
    classes = [text for text in first_cells if text]
    if (
        not numbered
        and len(starts) > 2
        and classes
        and not any(_ROW_NUMBER.fullmatch(text) for text in classes)
        and numbered_in(second_cells := cells_of(1))
        and counting_up(second_cells)
    ):
        # 类别 | 序号 | …: a group column merged down before the numbers (its text printed once,
        # on its first row's line); the rows start at the numbers
        first_cells, numbered = second_cells, True
    elif (
        not numbered and len(starts) > 2 and classes and _labels_column(second_cells := cells_of(1), classes)
    ):
        # 基本情况 | 反映问题 | …: a form whose group labels are merged down over the field labels
        # of its second column; each field label starts a row
        first_cells = second_cells
    spaced_rows = any(step > 1.25 * pitch for step in steps)
    if form:
        # a label | value form's rows are spaced when most labels stand after such room; room
        # only between forms set one after another leaves every label opening its row
        opened = [tops[i] - tops[i - 1] > 1.25 * pitch for i in range(1, len(tops)) if first_cells[i]]
        spaced_rows = sum(opened) * 2 > len(opened)

    # No 序号 column, the number inside the first cell (“1.…” | 目标 | 措施 …): a row starts on the line
    # whose first cell opens with the next item number and whose other columns start too; a line
    # of the first column alone (its cell's “2.…” step) starts none
    items = [i for i, text in enumerate(first_cells) if text and _ITEM_NUMBER.match(text)]
    wide_enough = max(2, len(starts) // 2)
    item_rows = (
        not numbered
        and len(items) >= 2
        and [int(_ITEM_NUMBER.match(first_cells[i]).group(1)) for i in items]
        == list(range(1, len(items) + 1))  # type: ignore[union-attr]
        and all(len(runs[first + i]) >= wide_enough for i in items)
    )

    def starts_row(index: int) -> bool:
        text = first_cells[index]
        if item_rows:
            return index in items
        if numbered:
            return bool(text and _ROW_NUMBER.fullmatch(text))
        if spaced_rows:  # rows set apart by more room than a wrapped line's
            return text is not None and tops[index] - tops[index - 1] > 1.25 * pitch
        return text is not None

    def line_text(k: int) -> str:
        return re.sub(r"\s", "", "".join(c["text"] for run in runs[k] for c in run))

    def heading_by_number(index: int) -> bool:
        """A group row (第一批（7月3日交办）) printed over the 序号 and the next column of a numbered
        table, read as their two cells: text in the number column that is no number, nothing
        beyond the second column, and a numbered row on the next line."""
        k = first + index
        text = first_cells[index]
        if not numbered or not text or _ROW_NUMBER.fullmatch(text) or index == 0 or k + 1 > last:
            return False
        if any(column(run) not in (0, 1) for run in runs[k]) or len(line_text(k)) < 6 or len(text) < 3:
            return False
        after = first_cells[index + 1]
        return bool(after and _ROW_NUMBER.fullmatch(after))

    # A numbered table printed in two parts, the second under “续表” and its header again (a Word
    # table broken over a page): the header's lines start a row of their own, not the row above's
    # text, and the part is cut there (`_parts_at_repeated_header`).
    head = next((index for index, text in enumerate(first_cells) if text and _ROW_NUMBER.fullmatch(text)), 0)
    opening = next(
        (i for i in range(head) if re.sub(r"\s", "", _run_text(runs[first + i][0])) in _NUMBER_HEADERS), 0
    )
    if numbered and not broken and opening > 0:
        # the header opens on 序号: a line above it (“某局  （第10批  2017年8月21日）”, the list's
        # issuer and batch) is the table's caption, text before the table
        first, head = first + opening, head - opening
        first_cells, tops = first_cells[opening:], tops[opening:]
    header_lines = {line_text(first + index) for index in range(broken, head)} if numbered else set()
    blocks: list[tuple[bool, list[int]]] = []  # (a group row, its lines)
    under_header = False  # right under the header typed again on the next page
    for index in range(last - first + 1):
        k = first + index
        if index > head and len(runs[k]) == 1 and CONTINUED_TABLE.fullmatch(line_text(k)):
            continue
        if index > head and line_text(k) in header_lines:
            if line_text(k - 1) not in header_lines:
                blocks.append((False, [k]))
            else:
                blocks[-1][1].append(k)
            under_header = True
            continue
        if (
            under_header
            and len(blocks) >= 2
            and not blocks[-2][0]
            and not starts_row(index)
            and not group_row(k)
        ):
            # the rest of a row broken over the page, under the header Word repeats there: the
            # row's, not the header's
            blocks[-2][1].append(k)
            continue
        under_header = False
        group = group_row(k) or heading_by_number(index) or (crossing(k) and bool(blocks) and blocks[-1][0])
        # a heading wrapped in the first column (“一、脱贫攻坚” / “政治责任落实” / “方面”): text alone
        # there, no number, a wrapped line's room under a heading's line goes on with it
        wrapped_heading = (
            bool(blocks)
            and blocks[-1][0]
            and blocks[-1][1][-1] == k - 1
            and index > 0
            and tops[index] - tops[index - 1] <= 1.6 * size
            and len(runs[k]) == 1
            and column(runs[k][0]) == 0
            and first_cells[index] is not None
            and not _ROW_NUMBER.fullmatch(first_cells[index] or "")
            and not _GROUP_HEADING.match(raw[k][0]["text"])
        )
        if wrapped_heading or (
            group and blocks and blocks[-1][0] and crossing(k) and not _GROUP_HEADING.match(raw[k][0]["text"])
        ):
            blocks[-1][1].append(k)  # a heading wrapped over two lines
        elif not blocks or group or blocks[-1][0] or starts_row(index):
            blocks.append((group, [k]))
        else:
            blocks[-1][1].append(k)
    edges = [[starts[i], starts[i]] for i in range(len(starts))]
    for k in range(first, last + 1):
        for run in runs[k]:
            i = column(run)
            # a value merged over the columns after its own may wrap wider than its column
            spanning = i is not None and i + 1 < len(starts) and spans_on(k, run)
            if i is not None and not spanning and not _SIGN_OFF.fullmatch(_run_text(run)):
                edges[i][0] = min(edges[i][0], run[0]["x0"])
                edges[i][1] = max(edges[i][1], run[-1]["x1"])
    rows: list[list[str]] = []
    for group, block in blocks:
        if group:
            text = "".join(_run_line(run, size)["text"] for k in block for run in runs[k])
            rows.append([text, *[""] * (len(starts) - 1)])
            continue
        cells: list[list[dict]] = [[] for _ in starts]
        for k in block:
            for run in runs[k]:
                # a header cell spanning columns (整改责任单位 over 牵头单位 | 配合单位) goes to its first
                cells[_start_column(run, starts, size)].append(_run_line(run, size))
        boxes = [(left, 0, right, 0) for left, right in edges]
        rows.append(
            [_unwrap_lines(lines, box) if lines else "" for lines, box in zip(cells, boxes, strict=True)]
        )
    return rows, first, last


def _plain_row(row: list[str]) -> list[str]:
    """A row's cells without their spaces, to compare a header with its repetition."""
    return [re.sub(r"\s", "", cell) for cell in row]


def _parts_at_repeated_header(rows: list[list[str]]) -> list[tuple[str, list[list[str]]]]:
    """An unruled table cut where its header comes again: two tables printed one after the other
    (一、共性问题 … 二、个性问题, each numbered from 1) read as one. Each part comes with the group row
    just before its header (the heading between the tables), as text; the first with none."""

    header = _plain_row(rows[0]) if rows else []
    if not header or _ROW_NUMBER.fullmatch(header[0]) or sum(bool(cell) for cell in header) < 2:
        return [("", rows)]
    parts: list[tuple[str, list[list[str]]]] = [("", [rows[0]])]
    for row in rows[1:]:
        if _plain_row(row) == header:
            before = parts[-1][1]
            group = len(before) > 1 and not any(cell.strip() for cell in before[-1][1:])
            heading = before.pop()[0] if group else ""
            parts.append((heading, [row]))
        else:
            parts[-1][1].append(row)
    return parts


# A justified line that holds a long unbreakable run (a point code, a URL) is filled out by room
# between its Chinese characters, which the text layer reads as spaces: “湿 地 国 家 级 自 然”.
# Three or more single characters in a row, each one space apart, are one spaced-out run.
_CJK = "\u3400-\u9fff（）“”：，、"
_SPACED_OUT = re.compile(rf"(?:[{_CJK}] ){{2,}}[{_CJK}]")


def _close_gaps(text: str) -> str:
    text = _SPACED_OUT.sub(lambda match: match.group(0).replace(" ", ""), text)
    return LATIN_GAP.sub("", text)


def _join_wrapped_lines(pieces: list[tuple[str, object]]) -> list[str]:
    """The document's lines, a paragraph wrapped at the page's width joined again, and a table
    that goes on over the next page made one again (`_continue_table`).

    A text line continues on the next when the next line's first word would not have fitted in
    the room left at its end, the next line is not indented (a paragraph's first line is) and
    does not open an item (一、 1. （一） ①), and the line before did not end a sentence or a
    label (。；：: a label alone on its line stays alone); the next page's first line may
    continue the last. Table rows are never joined to text.
    """
    blocks: list[str | list[list[str]]] = []
    previous: dict | None = None
    page_start = False
    for index, (kind, value) in enumerate(pieces):
        if kind == "page":
            page_start = True
            continue
        going_on = page_start and blocks and isinstance(blocks[-1], list)
        if going_on and kind == "line" and _running_title(pieces, index):
            continue  # the page's running title above the table it goes on with
        if kind == "text":  # a heading between two tables, whole
            blocks.append(str(value))
            previous, page_start = None, False
            continue
        if kind == "table":
            rows = [list(row) for row in value]  # type: ignore[union-attr]
            if page_start and blocks and isinstance(blocks[-1], list):
                _continue_table(blocks[-1], rows)
            else:
                blocks.append(rows)
            previous, page_start = None, False
            continue
        page_start = False
        line: dict = value  # type: ignore[assignment]
        if previous is not None and isinstance(blocks[-1], str):
            room = previous["right"] - previous["x1"]
            indented = line["x0"] - line["left"] > 0.5 * line["size"]
            ended = previous["text"].endswith(("。", "！", "？", "；", "：", ":", ";"))
            # A centred heading wrapped: its second line is centred, not indented.
            middle = (line["left"] + line["right"]) / 2
            centred = abs((line["x0"] + line["x1"]) / 2 - middle) < 0.75 * line["size"] and (
                line["x0"] - line["left"] > 2.5 * line["size"]
            )
            indented = indented and not centred
            # (a label inside a bracket left open, “（责任单位：…，⏎完成时限：…）”, goes on with it)
            bracket_open = blocks[-1].count("（") > blocks[-1].count("）")
            # (nor an item's number: “…未及时清理（图十⏎二、图十三）” wrapped inside the bracket)
            opens = not bracket_open and (
                ITEM_OPENING.match(line["text"]) or _FIELD_LABEL_LINE.match(line["text"])
            )
            if room < line["first"] + 2.0 and not (indented or ended or opens):
                blocks[-1] += line["text"]
                previous = line
                continue
        blocks.append(line["text"])
        previous = line
    lines: list[str] = []
    for block in blocks:
        lines.extend(rows_text(block) if isinstance(block, list) else [block])
    return lines


def _running_title(pieces: list[tuple[str, object]], index: int) -> bool:
    """The line at `index` and any after it up to the page's first table stand in the page's top
    margin: a running title (页眉) printed above a table that goes on from the page before."""
    for kind, value in pieces[index:]:
        if kind == "table":
            return True
        if kind != "line" or not value["head"]:  # type: ignore[index]
            return False
    return False


def _under_header(header: list[str], row: list[str]) -> list[str] | None:
    """A row of an unruled table read together with the header repeated above it (the rest of a
    row broken over the page, no number to start a row of its own): each cell without the
    header's words, or None when the row does not open with the header."""
    rest: list[str] = []
    for name, cell in zip(header, row, strict=True):
        wanted, text = re.sub(r"\s", "", name), cell.lstrip()
        taken = 0
        while wanted and taken < len(text):
            if text[taken].isspace():
                taken += 1
                continue
            if text[taken] != wanted[0]:
                return None
            wanted, taken = wanted[1:], taken + 1
        if wanted:
            return None
        rest.append(text[taken:].strip())
    return rest if any(rest) else None


def _continue_table(table: list[list[str]], rows: list[list[str]]) -> None:
    """Rows of a table that goes on at the top of the next page, added to it.

    The header repeated on the new page is dropped. Word breaks a row across pages: the part on
    the new page has no number in the table's number column (序号, the column of plain numbers)
    and is joined cell by cell to the row it continues; in a label-and-value form, no label in
    the label column. Without either nothing is joined (a cell merged down from the page before
    looks the same).
    """

    if rows and _plain_row(rows[0]) == _plain_row(table[0]):
        rows = rows[1:]
    elif rows and len(rows[0]) == len(table[0]):
        rest = _under_header(table[0], rows[0])
        if rest is not None:
            rows = [rest, *rows[1:]]
    numbered = [
        k
        for k in range(min(len(row) for row in table))
        if sum(bool(_ROW_NUMBER.fullmatch(row[k].strip())) for row in table) >= max(1, (len(table) - 1) // 2)
    ]
    # a label-and-value form (整改责任单位 | 县住房和城乡建设局 | 配合单位 | …) has no number column;
    # its label column is the one a row broken across pages leaves empty on the new page
    column = 0 if _is_form(table) else (numbered[0] if numbered else None)
    if rows and column is not None and len(rows[0]) == len(table[-1]):
        first, last = rows[0], table[-1]
        if not first[column].strip() and last[column].strip() and any(cell.strip() for cell in first):
            table[-1] = [_joined_cell(a, b) for a, b in zip(last, first, strict=True)]
            rows = rows[1:]
    table.extend(rows)


def _labels_column(cells: list[str | None], before: list[str]) -> bool:
    """A column of a form's field labels, more of them than the (merged-down) column before has
    cells: three or more, most of them known labels."""
    texts = [re.sub(r"\s+", "", text) for text in cells if text]
    labels = sum(1 for text in texts if text in _LABELS)
    return labels >= 3 and labels * 2 >= len(texts) and len(texts) > len(before)


def _is_form(table: list[list[str]]) -> bool:
    """A label-and-value form: most rows open with a field label (整改时限, 整改措施 …)."""
    opened = [re.sub(r"\s+", "", row[0]) in _LABELS for row in table if row and row[0].strip()]
    return len(opened) >= 3 and sum(opened) * 2 >= len(opened)


_LABELS = {re.sub(r"\s+", "", label) for labels in FIELD_LABELS.values() for label in labels}
_NUMBER_HEADERS = set(FIELD_LABELS["number"])


def _joined_cell(before: str, after: str) -> str:
    if not before or not after:
        return before or after
    new_paragraph = ITEM_OPENING.match(after) or before.endswith(("。", "；", ";", "：", ":"))
    return before + ("\n" if new_paragraph else "") + after


def _pdf_table_rows(page, table) -> list[list[str]]:
    """A ruled table's cells as text, row by row, the grid's width in every row.

    A cell merged down over several rows (a lead unit or deadline shared by them) gives its text
    to each row it covers, as the Word reader does; a cell merged across columns gives its text
    once, then empty cells.
    """
    from pdfplumber.utils.text import chars_to_textmap

    texts: dict[tuple, str] = {}
    chars = page.chars

    def text_of(box: tuple) -> str:
        if box not in texts:
            # A character belongs to the cell holding its centre (a crop would keep the edges of
            # the next row's characters, within_bbox drops a line touching the rule).
            inside = [
                c
                for c in chars
                if box[0] <= (c["x0"] + c["x1"]) / 2 <= box[2]
                and box[1] <= (c["top"] + c["bottom"]) / 2 <= box[3]
            ]
            if not inside:  # an empty cell
                texts[box] = ""
            else:
                textmap = chars_to_textmap(inside, layout=False)
                texts[box] = _close_gaps(
                    _unwrap_lines(textmap.extract_text_lines(strip=True, return_chars=True), box)
                )
        return texts[box]

    columns = [column.bbox for column in table.columns]
    rows: list[list[str]] = []
    for row in table.rows:
        # The row's own height is its shortest cell's: a cell merged down from it (a leader over
        # this row and the next) stretches pdfplumber's row box into the rows below.
        bottom = min((c[3] for c in row.cells if c is not None), default=row.bbox[3])
        cells: list[str] = []
        for index, box in enumerate(row.cells):
            if box is not None:
                cells.append(text_of(box))
                continue
            # Covered by a merged cell: the one holding this row's middle in this column.
            x = (columns[index][0] + columns[index][2]) / 2 if index < len(columns) else row.bbox[0]
            y = (row.bbox[1] + bottom) / 2
            covering = next(
                (c for c in table.cells if c[0] <= x <= c[2] and c[1] <= y <= c[3]),
                None,
            )
            started_above = covering is not None and covering[1] < row.bbox[1] - 1
            starts_here = (
                index < len(columns) and covering is not None and abs(covering[0] - columns[index][0]) < 1
            )
            cells.append(text_of(covering) if started_above and starts_here else "")
        rows.append(cells)
    return rows


# “整改时限：2020年底前” under a unit line that filled the page's width: a field label of four
# characters or more with its colon opens a line of its own (a short one, 时限：, may be a
# sentence's words that wrapped)
_FIELD_LABEL_LINE = re.compile(
    "^(?:"
    + "|".join(
        re.escape(label)
        for label in sorted({x for labels in FIELD_LABELS.values() for x in labels}, key=len, reverse=True)
        if len(label) >= 4
    )
    + ")\\s*[:：]"
)


def _unwrap_lines(lines: list[dict], box: tuple) -> str:
    """A PDF cell's lines joined where the text only wrapped at the cell's width.

    A line was wrapped when the next line's first word would not have fitted in the room left
    at its end (the cell's margin taken as the left one): “…占全省\n13.72%…” is one sentence.
    A line that stopped short, more than two and a half characters from the edge or at a 。；：,
    ended a paragraph (“县生态环境局\n县水利局” are two units). A line
    opening an item (1. （一） 一是 ①) starts a new one either way.
    """
    shown = [(line, [c for c in line.get("chars", []) if c["text"].strip()]) for line in lines]
    shown = [(line, chars) for line, chars in shown if chars]
    if not shown:
        return ""
    margin = max(0.0, min(line["x0"] for line, _ in shown) - box[0])
    out = ""
    previous = None
    for line, chars in shown:
        text = line["text"].strip()
        if previous is not None:
            room = box[2] - margin - previous["x1"]
            # Line breaking keeps some characters together (a quote with its word, no closing
            # mark at a line's start), so up to two and a half characters may stay free on a
            # wrapped line unless it ended a clause.
            slack = 2.5 * max(c["x1"] - c["x0"] for c in chars)
            ended = out.endswith(("。", "；", ";", "：", ":"))
            wrapped = room < _first_word_width(chars) + 1.0 or (room < slack and not ended)
            out += "\n" if ITEM_OPENING.match(text) or not wrapped else ""
        out += text
        previous = line
    return _repeated_value(out, len(shown))


def _repeated_value(cell: str, lines: int) -> str:
    """A cell whose text is one value written two or more times over (“县水利局县水利局”, “所在乡镇
    人民政府” wrapped twice) is that value on each of the rows a merged 序号 spanned, printed
    without the rules between them: the values a line each. No sentence repeats itself whole."""
    flat = cell.replace("\n", "")
    for times in range(min(lines, len(flat) // 2), 1, -1):
        if len(flat) % times == 0 and len(flat) // times >= 2 and flat[: len(flat) // times] * times == flat:
            return "\n".join([flat[: len(flat) // times]] * times)
    return cell


_NO_LINE_END = "（《〈【“‘([{"
_NUMBER_UNITS = "年月日时号个万亿元"
_NO_LINE_START = "，。、；：？！）》〉】”’%,.;:)"
_QUOTES = "“”‘’"


def _first_word_width(chars: list[dict]) -> float:
    """The width of what cannot be broken at a line's start: one Chinese character or a run of
    Latin letters and digits, with the punctuation that may not open a line; an opening bracket
    or quote, which may not end one, goes with the character after it (“（市、区）” moved whole)."""
    end = 1
    while end < len(chars) and chars[end - 1]["text"] in _NO_LINE_END:
        end += 1
    if chars[end - 1]["text"].isascii() and chars[end - 1]["text"].isalnum():
        while end < len(chars) and chars[end]["text"].isascii() and chars[end]["text"] not in " ,;:":
            end += 1
        if chars[end - 1]["text"].isdigit() and end < len(chars) and chars[end]["text"] in _NUMBER_UNITS:
            end += 1  # “2015年” moves whole: a number stays with the unit after it
        elif end < len(chars) and "\u4e00" <= chars[end]["text"] <= "\u9fff":
            # the space Word and LibreOffice set between Latin letters and the Chinese after them
            # (autospace) moves with the word: “集中区⏎VOCs废气” wrapped though “VOCs” alone fitted
            return chars[end]["x0"] - chars[0]["x0"]
    # Nor may a line break before or after a quotation mark (Unicode line breaking, rule LB19):
    # “位，“两” moves whole when “位，” would have fitted.
    while end < len(chars) and (
        chars[end]["text"] in _NO_LINE_START + _QUOTES or chars[end - 1]["text"] in _QUOTES
    ):
        end += 1
    # LibreOffice does not break between a closing mark and the Latin letters or digits after
    # it: “贫、20” moves whole where “贫、” alone would have fitted.
    if end > 1 and chars[end - 1]["text"] in _NO_LINE_START:
        while end < len(chars) and chars[end]["text"].isascii() and chars[end]["text"].isalnum():
            end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"]


def _unwrap(cell: str) -> str:
    """A cell's lines without positions (wrapped at the cell's width): joined, except before an
    item number or after a sentence's end.

    “县商务局（牵头）、县市场监管\n局” is one unit; “…。\n2.督促…” two measures.
    """
    out = ""
    for line in cell.split("\n"):
        line = line.strip()
        if not line:
            continue
        new_paragraph = ITEM_OPENING.match(line)
        out += ("\n" if out and (new_paragraph or out.endswith(("。", "；", ";", "：", ":"))) else "") + line
    return out
