"""The layers stay apart (docs/architecture.md): read every module's imports with ``ast``.

- domain, store, report and services never import Qt (PySide6, shiboken6), not even lazily,
  so the command line, the report worker and the tests run without it;
- domain and report never touch SQLite (sqlite3, sqlite_utils): the store is the only writer;
- a layer imports only the layers below it (ui -> services -> store / report -> domain).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "partnercheck"

QT = {"PySide6", "shiboken6"}
SQL = {"sqlite3", "sqlite_utils"}

# Per package: top-level modules it may not import, and partnercheck packages it may not import.
RULES: dict[str, tuple[set[str], set[str]]] = {
    "domain": (QT | SQL, {"store", "report", "services", "ui", "commands", "cli", "app", "workspace"}),
    "store": (QT, {"report", "services", "ui", "commands", "cli", "app"}),
    "report": (QT | SQL, {"store", "services", "ui", "commands", "cli", "app", "workspace"}),
    "services": (QT, {"ui", "commands", "cli", "app"}),
    "ui": (SQL, {"commands", "cli"}),
    "cli": (QT | SQL, {"ui"}),
}
# The command line must start without Qt (cli/ is checked above; it may start the window
# only through app.run_app, imported when no command is given).
CLI_MODULES = ("workspace.py", "paths.py")


def imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module an import statement in ``path`` names (absolute, relative ones resolved
    to ``partnercheck.…``), with its line, wherever the statement is (functions, TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]  # the module's package
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
                # ``from .. import x`` may name submodules: count each as imported.
                names = [f"{module}.{alias.name}" for alias in node.names] if not node.module else [module]
            else:
                names = [node.module or ""]
            found += [(node.lineno, name) for name in names]
    return sorted(found)


def violations(path: Path, forbidden_top: set[str], forbidden_own: set[str]) -> list[str]:
    bad = []
    for line, name in imported_names(path):
        parts = name.split(".")
        if parts[0] in forbidden_top or (parts[0] == "partnercheck" and len(parts) > 1 and parts[1] in forbidden_own):
            bad.append(f"{path.relative_to(PACKAGE.parent)}:{line}: imports {name}")
    return bad


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_only_what_it_may(layer):
    folder = PACKAGE / layer
    if not folder.is_dir():
        pytest.skip(f"src/partnercheck/{layer}/ does not exist (yet)")
    forbidden_top, forbidden_own = RULES[layer]
    modules = sorted(folder.rglob("*.py"))
    assert modules, folder
    bad = [v for path in modules for v in violations(path, forbidden_top, forbidden_own)]
    assert not bad, "\n".join(bad)


def test_the_command_line_modules_do_not_import_qt():
    bad = [v for name in CLI_MODULES if (PACKAGE / name).exists() for v in violations(PACKAGE / name, QT, {"ui"})]
    assert not bad, "\n".join(bad)


def test_the_checker_sees_lazy_relative_and_type_checking_imports(tmp_path, monkeypatch):
    """The walk itself: an import hidden in a function or under TYPE_CHECKING still counts."""
    fake = tmp_path / "partnercheck"
    (fake / "domain").mkdir(parents=True)
    module = fake / "domain" / "sneaky.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from PySide6.QtCore import QObject\n"
        "def f():\n    import sqlite3\n    from ..store import repository\n    from .. import ui\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(f"{__name__}.PACKAGE", fake)
    found = violations(module, *RULES["domain"])
    assert [v.split(": imports ")[1] for v in found] == ["PySide6.QtCore", "sqlite3", "partnercheck.store", "partnercheck.ui"]


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")


def import_cycles() -> list[list[str]]:
    """Groups of partnercheck modules that import each other, directly or round about
    (TYPE_CHECKING and function-level imports count: they are a dependency all the same)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}

    def own(name: str) -> str | None:  # "partnercheck.ui.ask.alt_key" -> "partnercheck.ui.ask"
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph = {m: {t for _, n in imported_names(p) if (t := own(n)) and t != m} for m, p in modules.items()}
    # Tarjan's strongly connected components; a component of more than one module is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while (top := stack.pop()) != module:
                group.append(top)
            if group:
                cycles.append(sorted([module, *group]))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_no_module_imports_itself_round_about():
    """The window and its controllers once imported each other (the controllers took the whole
    MainWindow); they now see it through ui/window_port.py, and no other circle may appear."""
    assert import_cycles() == []


def test_the_cycle_check_finds_a_circle_through_type_checking(tmp_path, monkeypatch):
    fake = tmp_path / "partnercheck"
    (fake / "ui").mkdir(parents=True)
    (fake / "ui" / "window.py").write_text("from .controller import Controller\n", encoding="utf-8")
    (fake / "ui" / "controller.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .window import Window\n", encoding="utf-8"
    )
    (fake / "ui" / "leaf.py").write_text("from . import controller\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.PACKAGE", fake)
    assert import_cycles() == [["partnercheck.ui.controller", "partnercheck.ui.window"]]
