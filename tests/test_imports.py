"""No import circle inside orgkb: every import statement counts, at the top of a module, inside a
function or under `TYPE_CHECKING`, since each ties one module to another."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).parents[1] / "orgkb"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, modules: set[str]) -> set[str]:
    """The orgkb modules that the file at `path` imports, wherever the import statement stands."""
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
    return {name for name in found if name in modules and name != here}


def import_graph() -> nx.DiGraph:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    graph = nx.DiGraph()
    for path in paths:
        graph.add_node(module_name(path))
        graph.add_edges_from((module_name(path), imported) for imported in imports(path, modules))
    return graph


def test_the_import_graph_is_read() -> None:
    graph = import_graph()
    assert ("orgkb.kb.store.knowledge_base", "orgkb.kb.coordination.derived") in graph.edges
    assert ("orgkb.commands.ask", "orgkb.kb.search.who_handles") in graph.edges  # an import inside a function


def test_no_import_circle() -> None:
    circles = [sorted(group) for group in nx.strongly_connected_components(import_graph()) if len(group) > 1]
    assert circles == []


# The layers of docs/design.md, lowest first: a module imports only from its own layer or lower ones.
LAYERS = [
    {"errors", "interrupts", "listen", "settings", "sources", "tokens"},
    {"ontology"},
    {"loaders"},
    {"kb"},
    {"", "loading", "report", "remote"},  # "": the package's own __init__, its public surface
    {"graphql", "web"},
    {"app", "workers"},  # workers: `orgkb serve --workers N`, each worker serving the app
    {"cli", "commands"},  # commands: one module per command of cli
    {"__main__"},
]


def layer(module: str) -> int:
    part = module.removeprefix("orgkb").removeprefix(".").split(".")[0]
    return next(number for number, parts in enumerate(LAYERS) if part in parts)


def test_nothing_imports_from_a_layer_above_its_own() -> None:
    upward = [(a, b) for a, b in import_graph().edges if layer(b) > layer(a)]
    assert upward == []


# What kb, web and graphql take from loaders: the document model (kb's data type), a page's key and ids,
# the names of the corrections a user asked for (a repair's reason) and the triples a page's read wrote.
# They read no page: pages are read, then stored, above kb (`orgkb.loading`, `orgkb load`). Anything
# else a layer above wants from loaders belongs lower, in ontology (as romanization did:
# `orgkb.ontology.script.romanized`).
LOADERS_USED_ABOVE = {
    "orgkb.loaders.document",
    "orgkb.loaders.identity.identifiers",
    "orgkb.loaders.identity.keys",
    "orgkb.loaders.load.corrections",
    "orgkb.loaders.rdf.triples",
}


def test_kb_web_and_graphql_take_from_loaders_only_its_documents_and_ids() -> None:
    above = ("orgkb.kb", "orgkb.web", "orgkb.graphql")
    graph = import_graph()
    taken = {b for a, b in graph.edges if a.startswith(above) and b.startswith("orgkb.loaders")}
    assert taken <= LOADERS_USED_ABOVE, sorted(taken - LOADERS_USED_ABOVE)
    assert ("orgkb.kb.search.scope", "orgkb.ontology.script") in graph.edges


def test_pages_are_read_above_kb() -> None:
    graph = import_graph()
    readers = {"orgkb.loaders.load.files", "orgkb.loaders.load.pages"}
    assert {(a, b) for a, b in graph.edges if a.startswith("orgkb.kb") and b in readers} == set()
    assert readers <= set(graph.successors("orgkb.loading"))
    assert ("orgkb.loading", "orgkb.kb.store.knowledge_base") in graph.edges


def test_every_module_has_a_layer() -> None:
    named = set().union(*LAYERS)
    for module in import_graph().nodes:
        assert module.removeprefix("orgkb").removeprefix(".").split(".")[0] in named, module


# Modules whose imports tie the layers together, each imported first in a fresh interpreter: a
# circle the graph above missed would fail here with "partially initialized module".
@pytest.mark.parametrize(
    "module",
    [
        "orgkb.loaders.identity.keys",  # the document key, which `Document` imports
        "orgkb.loaders.document",
        "orgkb.loaders.places.place_clues",  # places in names, for the reader and the ids
        "orgkb.loaders.identity.organization",
        "orgkb.ontology.thesaurus",  # `MatterMatcher`, which loaders and kb import
        "orgkb.loaders.rdf.triples",
        "orgkb.kb.store.knowledge_base",
        "orgkb.graphql.types.source_document",
    ],
)
def test_a_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_thesaurus_holds_the_matter_matcher() -> None:
    graph = import_graph()
    assert ("orgkb.kb.store.knowledge_base", "orgkb.ontology.thesaurus") in graph.edges
    assert ("orgkb.loaders.rdf.triples", "orgkb.ontology.thesaurus") in graph.edges
    from orgkb.kb.store import knowledge_base as store
    from orgkb.loaders.rdf import triples
    from orgkb.ontology import thesaurus

    # defined once, in the thesaurus: what the others hold is that very object
    assert triples.MatterMatcher is store.MatterMatcher is thesaurus.MatterMatcher
    assert store.default_matcher is thesaurus.default_matcher
