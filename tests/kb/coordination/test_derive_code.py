"""A derived graph keeps the digest of the code that derived it: one other code derived (or an
orgkb older than the digest) is derived again when the store is opened to write."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orgkb.kb.coordination import derive_code
from orgkb.kb.coordination.derive_code import DERIVE_MODULES, DERIVE_QUERIES, derive_digest
from orgkb.kb.coordination.derived import DERIVED
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loading import load_paths
from orgkb.ontology.namespace import ORGKB
from tests.kb.coordination.test_derived import PAGES, links, read_afresh

CODE = f"<{ORGKB.codeDigest}>"
STALE_LINK = (
    f"<{ORGKB}stale> <{ORGKB.coordinatesWith}> <{ORGKB}link>"  # what the other code derived that this one does not
)


def _derived_by_other_code(kb: KnowledgeBase, code: str | None) -> None:
    """Make the derived graph look derived by other code (`code`; None: by an orgkb older than the digest)."""
    digest = f"INSERT DATA {{ GRAPH {DERIVED} {{ {DERIVED} {CODE} {code!r} }} }} ;" if code else ""
    kb.store.update(
        f"DELETE WHERE {{ GRAPH {DERIVED} {{ {DERIVED} {CODE} ?code }} }} ; {digest}"
        f"INSERT DATA {{ GRAPH {DERIVED} {{ {STALE_LINK} }} }}".replace("'", '"')
    )


@pytest.mark.parametrize("code", ["0123456789abcdef", None], ids=["other code", "no digest"])
def test_a_graph_other_code_derived_is_derived_again_when_the_store_is_opened_to_write(
    tmp_path: Path, code: str | None
) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    load_paths(kb, PAGES[:5])
    assert kb.select("derived_state")[0]["code"] == derive_digest()
    _derived_by_other_code(kb, code)
    kb.flush()
    del kb
    reader = KnowledgeBase(tmp_path / "store", read_only=True)  # a reader answers from the graph as it is
    assert reader.select("derived_state")[0].get("code") == code
    del reader
    reopened = KnowledgeBase(tmp_path / "store")
    assert reopened.select("derived_state")[0]["code"] == derive_digest()
    assert links(reopened) == read_afresh(reopened)
    assert not reopened.store.query(f"ASK {{ GRAPH {DERIVED} {{ {STALE_LINK} }} }}")


def test_a_graph_this_code_derived_is_not_derived_again(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "store")
    load_paths(kb, PAGES[:3])
    kb.flush()
    del kb
    reopened = KnowledgeBase(tmp_path / "store")
    assert reopened.generation == 0  # nothing written at the open


def _source(module: str) -> str:
    return (
        Path(derive_code.__file__).parents[2] / (module.removeprefix("orgkb.").replace(".", "/") + ".py")
    ).read_text()


def test_the_digest_covers_every_query_and_orgkb_module_the_derive_reads() -> None:
    sources = [_source(module) for module in DERIVE_MODULES]
    queries = {name for text in sources for name in re.findall(r'select\(\s*"(\w+)"', text)}
    assert queries and queries <= set(DERIVE_QUERIES), sorted(queries - set(DERIVE_QUERIES))
    imported = {name for text in sources for name in re.findall(r"^from (orgkb\.kb\.[\w.]+) import", text, re.M)}
    derive_imports = {name for name in imported if name.startswith(("orgkb.kb.coordination.", "orgkb.kb.search."))}
    assert derive_imports - {"orgkb.kb.coordination.shelf", "orgkb.kb.coordination.derive_code"} <= set(DERIVE_MODULES)


def test_the_digest_changes_with_the_code() -> None:
    digest = derive_digest.__wrapped__()
    assert digest == derive_digest()
    other = derive_code.DERIVE_QUERIES
    try:
        derive_code.DERIVE_QUERIES = (*other, "matters")  # one more query read
        assert derive_digest.__wrapped__() != digest
    finally:
        derive_code.DERIVE_QUERIES = other
