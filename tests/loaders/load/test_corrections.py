"""Corrections without code (orgkb.loaders.load.corrections): a sidecar file or load options set what
the reader got wrong, recorded as repairs; a bad sidecar is one clear error and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.errors import LoadError
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Kind
from orgkb.loaders.identity.identifiers import organization_iri
from orgkb.loaders.load.corrections import Correction, apply, read_sidecar, sidecar_of
from orgkb.loaders.load.files import read_page
from orgkb.loading import load_path
from orgkb.ontology.namespace import ID

PAGE = "General Office\nMain Responsibilities\n1. Handle the daily affairs of the city.\n2. Complete other tasks.\n"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "office.txt"
    path.write_text(PAGE, "utf-8")
    return path


def test_a_sidecar_sets_name_place_kind_and_parent_each_recorded_as_a_repair(page: Path) -> None:
    sidecar_of(page).write_text(
        'name = "General Office of Huzhou Municipal People\'s Government"\n'
        'place = "湖州市"\nkind = "general office"\nparent = "Huzhou Municipal People\'s Government"\n',
        "utf-8",
    )
    document = read_page(page)
    assert document.name == "General Office of Huzhou Municipal People's Government"
    assert (document.jurisdiction.city, document.kind, document.parent) == (
        "Huzhou",
        Kind.GENERAL_OFFICE,
        "Huzhou Municipal People's Government",
    )
    assert organization_iri(document) == ID["huzhou/general-office"]
    assert [(repair.original, repair.reason) for repair in document.repairs] == [
        ("name: General Office", "sidecar"),
        ("parent: (none)", "sidecar"),
        ("place: (none)", "sidecar"),
    ]


def test_a_district_place_sets_the_district_and_its_city(page: Path) -> None:
    document = apply(read_page(page), Correction(place="Jing'an"))
    assert (document.jurisdiction.district, document.jurisdiction.city) == ("Jing'an District", "Shanghai")
    assert document.repairs[-1].reason == "load option"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        # TOML that does not parse: tomllib's line
        ('name = "X"\nkind = general\n', 2, "not valid TOML"),
        # a key orgkb does not know
        ('name = "X"\n\nnam = "Y"\n', 3, "unknown key 'nam'; expected one of name, place, kind, parent"),
        # a value that is not text
        ("kind = 3\n", 1, "kind must be a non-empty text"),
        # a kind orgkb does not have
        ('kind = "ministry"\n', 1, "unknown kind 'ministry'; expected one of government, general-office"),
        # a place the gazetteer does not know: the closest names
        ('place = "Huzhouu"\n', 1, "no place called 'Huzhouu' in the gazetteer; closest: Huzhou"),
    ],
)
def test_a_bad_sidecar_is_one_error_naming_its_line_and_nothing_is_written(
    page: Path, text: str, line: int, reason: str
) -> None:
    sidecar_of(page).write_text(text, "utf-8")
    with pytest.raises(LoadError) as raised:
        read_sidecar(page)
    assert (raised.value.source, raised.value.line) == (str(sidecar_of(page)), line)
    assert reason in raised.value.reason
    kb = KnowledgeBase()
    result = load_path(kb, page)
    assert not result.ok and kb.documents() == []


def test_a_page_without_a_sidecar_is_read_as_it_is(page: Path) -> None:
    assert read_sidecar(page) is None
    assert read_page(page).repairs == []
