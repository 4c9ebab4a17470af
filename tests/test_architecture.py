"""The house rules of docs/architecture.md, checked on the source: what each folder may
import, no import cycles (imports inside functions included), SQL only in `data_access/`, and
the development data kept away from the app."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("core", "intake", "data_access", "charts", "reports", "notify", "ui", "pages", "sample_data")
SCRIPTS = ("app", "manage")

# Which of the project's folders each folder may import (its own always).
MAY_IMPORT: dict[str, set[str]] = {
    "core": set(),
    "intake": {"core"},
    "data_access": {"core", "intake"},
    "charts": {"core"},
    "reports": {"core", "data_access"},
    "notify": {"core", "data_access", "reports"},
    "ui": {"core", "intake", "data_access", "charts", "reports", "notify"},
    "pages": {"core", "intake", "data_access", "charts", "reports", "notify", "ui"},
    "sample_data": {"core", "intake", "data_access"},
    "app": {"core", "data_access", "ui"},
    "manage": {"core", "intake", "data_access", "reports", "notify", "sample_data"},
}
# Libraries that belong to one side only.
FORBIDDEN_LIBRARIES: dict[str, set[str]] = {
    "core": {"sqlalchemy", "streamlit", "pandas", "plotly", "pydeck"},
    "intake": {"sqlalchemy", "streamlit", "plotly", "pydeck"},
    "data_access": {"streamlit", "plotly", "pydeck"},
    "charts": {"sqlalchemy", "streamlit"},
    "reports": {"sqlalchemy", "streamlit"},
    "notify": {"sqlalchemy", "streamlit"},
    "ui": {"sqlalchemy"},
    "pages": {"sqlalchemy"},
}
# The one place the app touches the development data: the embedded demo database is filled
# with the sample plans on its first start (README), imported lazily inside that function.
SAMPLE_DATA_BOOTSTRAP = "ui.loaders.shared"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


@cache
def _modules() -> dict[str, Path]:
    found = {}
    for folder in FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            found[_module_name(path)] = path
    for script in SCRIPTS:
        found[script] = ROOT / f"{script}.py"
    return found


def _type_checking_lines(tree: ast.Module) -> set[int]:
    """Lines inside `if TYPE_CHECKING:` blocks: imports for annotations only."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _imported_names(path: Path) -> list[tuple[str, bool]]:
    """(dotted name, at module level) of every runtime import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = _type_checking_lines(tree)
    top_level = {id(node) for node in tree.body}
    names = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in typing_only:
            continue
        if isinstance(node, ast.Import):
            names += [(alias.name, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [(f"{node.module}.{alias.name}", id(node) in top_level) for alias in node.names]
            names.append((node.module, id(node) in top_level))
    return names


def _project_module(name: str) -> str | None:
    modules = _modules()
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


@cache
def _graph() -> dict[str, set[str]]:
    graph = {}
    for module, path in _modules().items():
        targets = {_project_module(name) for name, _ in _imported_names(path)}
        graph[module] = {t for t in targets if t and t != module}
    return graph


def _folder(module: str) -> str:
    return module.split(".")[0]


def test_every_folder_imports_only_the_folders_below_it():
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if _folder(target) != _folder(module)
        and _folder(target) not in MAY_IMPORT[_folder(module)]
        and not (module == SAMPLE_DATA_BOOTSTRAP and _folder(target) == "sample_data")
    )
    assert wrong == []


def test_the_sample_data_are_imported_by_no_page_and_lazily_by_the_bootstrap():
    importers = sorted(
        m for m, targets in _graph().items() if any(_folder(t) == "sample_data" for t in targets)
    )
    assert [m for m in importers if _folder(m) != "sample_data"] == ["manage", SAMPLE_DATA_BOOTSTRAP]
    at_top = [
        name
        for name, top in _imported_names(_modules()[SAMPLE_DATA_BOOTSTRAP])
        if top and name.startswith("sample_data")
    ]
    assert at_top == []


def test_libraries_stay_on_their_side():
    wrong = sorted(
        f"{module} imports {name}"
        for module, path in _modules().items()
        for name, _ in _imported_names(path)
        if name.split(".")[0] in FORBIDDEN_LIBRARIES.get(_folder(module), set())
    )
    assert wrong == []


def test_there_is_no_import_cycle():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    assert cycles == []


def test_the_checks_see_real_imports():
    """The graph is built from the files: a known edge and a known function-level import."""
    graph = _graph()
    assert "data_access.models" in graph["data_access.commands.session"]
    assert "sample_data.loader" in graph[SAMPLE_DATA_BOOTSTRAP]
    assert {"core", "intake", "data_access", "ui", "pages"} <= {_folder(m) for m in graph}
