"""The house rules of the package layout (docs/ARCHITECTURE.md): the folders are the stages
of the data flow, a lower layer never imports a higher one, and no two modules import each
other, directly or round a longer loop. The imports are read from the source (inside
functions too), so a lazy import is held to the same rules."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

from conftest import REPO

PACKAGE = REPO / "dangdoc"

# lowest first; a module may import modules of its own layer or of lower ones
LAYERS = [
    {"errors", "atomic"},
    {"vocab"},
    {"models"},
    {"text"},
    {"parse"},
    {"find"},
    {"resolve"},
    {"corpus"},
    {"graph"},
    {"views"},
    {"evaluate", "cli", "__init__", "__main__"},
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(["dangdoc", *parts])


def _imports(path: Path) -> set[str]:
    """The dangdoc modules that ``path`` imports, as absolute dotted names."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "dangdoc"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif (node.module or "").split(".")[0] == "dangdoc":
                target = node.module
            else:
                continue
            for alias in node.names:  # "from . import codes" imports the module dangdoc.vocab.codes
                candidate = f"{target}.{alias.name}"
                found.add(candidate if _exists(candidate) else target)
    return found


def _exists(module: str) -> bool:
    path = PACKAGE.parent.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _layer(module: str) -> int:
    top = (module.split(".") + ["__init__"])[1]
    for rank, names in enumerate(LAYERS):
        if top in names:
            return rank
    raise AssertionError(f"{module} belongs to no layer: add its folder to LAYERS and to docs/ARCHITECTURE.md")


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _graph() -> nx.DiGraph:
    g = nx.DiGraph()
    for module, path in MODULES.items():
        g.add_node(module)
        for target in _imports(path):
            if target != module and target in MODULES:
                g.add_edge(module, target)
    return g


def test_every_module_has_a_layer():
    for module in MODULES:
        _layer(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_higher_layer(module):
    higher = sorted(t for t in _imports(MODULES[module]) if t in MODULES and _layer(t) > _layer(module))
    assert not higher, f"{module} (layer {_layer(module)}) imports {higher} from a higher layer"


def test_no_import_cycle():
    g = _graph()
    # a package's __init__ that names its modules is not a cycle with them
    cycles = [c for c in nx.simple_cycles(g) if not any(MODULES[m].name == "__init__.py" for m in c)]
    assert not cycles, f"import cycles: {cycles[:5]}"


def test_the_reader_of_imports_sees_relative_imports():
    # the rules above are only as good as this reader: it must see what the files import
    assert "dangdoc.vocab.codes" in _imports(PACKAGE / "models.py")
    assert "dangdoc.parse.identifier" in _imports(PACKAGE / "find" / "lists.py")
    assert _layer("dangdoc.views.draw") > _layer("dangdoc.graph.core") > _layer("dangdoc.corpus.pipeline")
