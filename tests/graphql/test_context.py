"""DataLoaders belong to one request; node(id) finds every kind of thing; lists answer from the graph."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from orgkb.errors import NotFoundError
from orgkb.graphql.context import Context, duties_by_owner
from orgkb.graphql.execution import Executor
from orgkb.kb.cache import MISSING
from orgkb.kb.store import KnowledgeBase

Run = Callable[..., dict[str, Any]]


def test_each_request_gets_its_own_loaders(executor: Executor) -> None:
    first, second = executor.context(), executor.context()
    assert first.organizations is not second.organizations
    assert first.responsibilities is not second.responsibilities
    assert first.memo is second.memo  # the memo is shared and follows kb.generation


@pytest.mark.parametrize(
    ("identifier", "typename"),
    [
        ("shanghai/jingan/general-office", "Organization"),
        ("shanghai/jingan/general-office/foreign-affairs-section/duty/1", "Responsibility"),
        ("place/shanghai/jingan", "Place"),
        ("source/jingan-general-office", "SourceDocument"),
        ("shanghai/jingan/partner/sister-provinces-and-cities", "PartnerRegion"),
    ],
)
def test_node_finds_each_kind(run: Run, identifier: str, typename: str) -> None:
    response = run("query N($id: ID!) { node(id: $id) { __typename id } }", id=identifier)
    assert response == {"data": {"node": {"__typename": typename, "id": identifier}}}


def test_matter_node_and_lists(run: Run) -> None:
    data = run(
        "{ matters { id name } places { id name type } partnerRegions { name partners { relation } } "
        "sources { file issued } }"
    )["data"]
    assert data["matters"], "the thesaurus is loaded"
    first_matter = data["matters"][0]["id"]
    assert run(f'{{ node(id: "{first_matter}") {{ id }} }}')["data"]["node"]["id"] == first_matter
    assert any(place["id"] == "place/shanghai/jingan" for place in data["places"])
    assert {source["file"] for source in data["sources"]} == {
        "caojiadu-subdistrict-office.txt",
        "dapeng-general-office.txt",
        "jingan-general-office.txt",
    }
    assert all(region["partners"] for region in data["partnerRegions"])


def test_organization_fields(run: Run) -> None:
    data = run(
        '{ organization(id: "shanghai/jingan/caojiadu-sub-district-office/community-security-office") '
        "{ altNames kind isUnit ancestors { id } district { name } jurisdiction { name } "
        "source { file } parent { relationToParent } } }"
    )["data"]["organization"]
    assert "Office for Letters and Calls" in data["altNames"]
    assert data["kind"] == "INTERNAL_OFFICE" and data["isUnit"]
    assert [a["id"] for a in data["ancestors"]] == [
        "shanghai/jingan/caojiadu-sub-district-office",
        "shanghai/jingan/government",
    ]
    assert data["district"]["name"] == "Jing'an District"
    assert data["jurisdiction"]["name"] == "Caojiadu Sub-district"
    assert data["parent"]["relationToParent"] == "detached agency"


OPERATIONS = sorted((Path(__file__).parents[2] / "orgkb" / "graphql" / "operations").glob("*.graphql"))


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda path: path.stem)
def test_cold_and_warm_memo_answer_alike(kb: KnowledgeBase, operation: Path) -> None:
    """A cold memo goes through the loaders (futures), a warm one answers at once: the same answer."""
    query = operation.read_text(encoding="utf-8")
    fresh = Executor(kb, response_cache_size=0)
    cold = asyncio.run(fresh.run(query))
    warm = asyncio.run(fresh.run(query))
    assert "errors" not in cold
    assert cold == warm


def test_a_cold_request_batches_the_units_duties(kb: KnowledgeBase) -> None:
    batches: list[list[str]] = []

    class Recording(Executor):
        def context(self) -> Context:
            context = super().context()
            load = context.responsibilities.load_fn

            async def recorded(keys: list[str]) -> Any:
                batches.append(list(keys))
                return await load(keys)

            context.responsibilities.load_fn = recorded
            return context

    query = "query O($id: ID!) { organization(id: $id) { units { responsibilities { id } } } }"
    asyncio.run(Recording(kb, response_cache_size=0).run(query, {"id": "shanghai/jingan/general-office"}))
    assert len(batches) == 1 and len(batches[0]) == 12  # the twelve sections' duties in one batch


def test_loaders_answer_known_ids_without_a_future(kb: KnowledgeBase) -> None:
    async def check() -> None:
        context = Executor(kb, response_cache_size=0).context()
        office = "shanghai/jingan/general-office"
        pending = context.units.get(office)
        assert isinstance(pending, asyncio.Future)  # not known yet: this request's batch
        units = await pending
        assert context.units.get(office) == units  # known now: the value itself
        ids = [unit.id for unit in units]
        many = context.organizations.get_many(ids)
        assert isinstance(many, asyncio.Future)
        assert await many == list(units)
        assert context.organizations.get_many(ids) == list(units)
        with pytest.raises(NotFoundError):
            await context.organizations.get("shanghai/jingan/no-such-office")
        with pytest.raises(NotFoundError):
            context.organizations.get("shanghai/jingan/no-such-office")  # the memo remembers the error

    asyncio.run(check())


def test_api_objects_are_shared_until_the_knowledge_base_changes() -> None:
    kb = KnowledgeBase.builtin()  # its own: this test changes it
    executor = Executor(kb, response_cache_size=0)
    office = "shenzhen/dapeng/general-office"
    query = "query D($id: ID!) { organization(id: $id) { responsibilities { id matters { id } } } }"
    dapeng = {"id": office}
    before = asyncio.run(executor.run(query, dapeng))
    duties = executor.memo.peek(duties_by_owner)
    assert duties is not MISSING and asyncio.run(executor.run(query, dapeng)) == before
    assert executor.memo.peek(duties_by_owner) is duties  # the second request used the same objects
    assert kb.remove_document("dapeng-general-office.txt")
    assert executor.memo.peek(duties_by_owner) is MISSING  # forgotten with the old state
    after = asyncio.run(executor.run(query, dapeng))
    assert before["data"]["organization"]["responsibilities"] and after["data"]["organization"] is None
    assert not any(owner.startswith(office) for owner in executor.memo(duties_by_owner))
