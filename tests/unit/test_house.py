"""The house rules of the code: no import cycles, small modules, one place per change."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from tests.conftest import ROOT, make_doc

PACKAGE = ROOT / "src" / "newslab"
MAX_LINES = 300


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_package(name: str, modules: set[str]) -> bool:
    return any(m.startswith(name + ".") for m in modules)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(n) for n in ast.walk(node)}
    return skipped


def import_graph() -> dict[str, set[str]]:
    """Module -> the newslab modules importing it runs (parents of the target included,
    except the importer's own packages, which are already being imported)."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(files)
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    mod = ".".join(base + ([node.module] if node.module else []))
                else:
                    mod = node.module or ""
                targets.append(mod)
                targets += [f"{mod}.{a.name}" for a in node.names if f"{mod}.{a.name}" in modules]
            elif isinstance(node, ast.Import):
                targets += [a.name for a in node.names]
            for target in targets:
                if target not in modules:
                    continue
                parts = target.split(".")
                for i in range(1, len(parts) + 1):
                    dep = ".".join(parts[:i])
                    if dep in modules and dep not in own and dep != name:
                        graph[name].add(dep)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_function_level_and_relative_imports():
    graph = import_graph()
    assert "newslab.course.lesson_02" in graph["newslab.course.registry"]
    assert "newslab.course.feedback" in graph["newslab.course.lesson_02"]
    assert "newslab.entities" in graph["newslab.annotation"]  # imported inside a method


def test_no_import_cycles_in_the_package():
    assert cycles(import_graph()) == []


def test_every_module_is_small():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"split these modules (over {MAX_LINES} lines): {long}"


def test_every_timex_kind_has_a_pattern_a_resolver_and_a_unique_name():
    from newslab.timexes import KINDS

    names = [k.name for k in KINDS]
    assert len(names) == len(set(names))
    for kind in KINDS:
        assert callable(kind.resolve), kind.name
        assert kind.compiled().pattern, kind.name
        assert kind.untyped in {"DATE", "TIME", "DURATION", "SET"}, kind.name


def test_a_new_timex_kind_is_one_row_and_one_resolver(blank):
    """A newcomer teaches newslab "Pi Day": a resolver and a row, nothing else."""
    from newslab.timexes import KINDS, Kind, extract_timexes
    from newslab.timexes.values import day

    def pi_day(c, ctx):
        when = dt.date(ctx.anchor.year, 3, 14)
        return "DATE", day(when), f"14 March of {ctx.anchor.year}"

    row = Kind("pi_day", r"\bPi Day\b", pi_day, needs=("pi day",))
    doc = make_doc(blank, "Students baked pies on Pi Day in Paris.", [("Paris", "GPE")])
    before = extract_timexes(doc, (), anchor=dt.date(2023, 3, 20))
    after = extract_timexes(doc, (), anchor=dt.date(2023, 3, 20), kinds=(*KINDS, row))
    assert [t.text for t in before] == []
    assert [(t.text, t.value, t.start_date, t.rule) for t in after] == [
        ("Pi Day", "2023-03-14", "2023-03-14", "14 March of 2023")
    ]
