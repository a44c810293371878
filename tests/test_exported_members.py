"""The public surface of the orgkb package is small and deliberate: every `__all__` is pinned here."""

from __future__ import annotations

import importlib
import importlib.resources
import pkgutil
import types

import pytest

import orgkb

# package -> its `__all__`, exactly: a name added to or dropped from a package's surface is a decision
# made here too.
SURFACES = {
    "orgkb": [
        "KnowledgeBase",
        "LimitError",
        "LoadError",
        "NotFoundError",
        "OrgkbError",
        "QueryError",
        "StoreError",
        "StoreInUseError",
        "__version__",
        "builtin_knowledge_base",
        "load_paths",
        "parse_text",
        "read_page",
    ],
    "orgkb.kb.queries": ["named_query"],
    "orgkb.kb.store.engines": ["EmbeddedEngine", "Endpoints", "Engine", "ProtocolEngine", "is_remote", "open_engine"],
    "orgkb.loaders.reading.assembly": ["assemble"],
    "orgkb.loaders.reading.outline": ["MarkerKind", "Node", "marker_of", "outline_of"],
    "orgkb.loaders.reading.roles": ["Evidence", "Role", "Roled", "assign_roles", "evidence_of"],
    "orgkb.loaders.reading.roles.cues": ["Cues", "Section", "cues_for", "language_of"],
    "orgkb.loaders.sources": ["Limits", "comparable_name", "current_limits", "read_source", "use_limits"],
    "orgkb.web.sparql": ["SparqlEndpoint"],
}

PACKAGES = ["orgkb"] + sorted(
    info.name for info in pkgutil.walk_packages(orgkb.__path__, prefix="orgkb.") if info.ispkg
)


def public_names(package: types.ModuleType) -> list[str]:
    """What `package` binds itself, besides its submodules and dunders: the names it re-exports."""
    return sorted(
        name
        for name, value in vars(package).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    )


@pytest.mark.parametrize("name", PACKAGES)
def test_every_package_pins_what_it_exports(name: str) -> None:
    package = importlib.import_module(name)
    exported = getattr(package, "__all__", [])
    assert exported == SURFACES.get(name, []), "update SURFACES with the package's new surface"
    assert exported == sorted(exported)
    assert public_names(package) == [member for member in exported if not member.startswith("_")]


def test_all_is_sorted_and_complete() -> None:
    assert orgkb.__all__ == sorted(orgkb.__all__)
    for name in orgkb.__all__:
        assert hasattr(orgkb, name), name


def test_errors_share_one_base() -> None:
    for error in (orgkb.LimitError, orgkb.LoadError, orgkb.NotFoundError, orgkb.QueryError, orgkb.StoreError):
        assert issubclass(error, orgkb.OrgkbError)


def test_the_package_says_it_is_typed() -> None:
    assert (importlib.resources.files("orgkb") / "py.typed").is_file()
