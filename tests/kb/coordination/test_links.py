"""Coordination links: every link the seeds state is found, shared-matter links make sense, the derived graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from orgkb.errors import NotFoundError
from orgkb.kb.coordination.links import coordination
from orgkb.kb.store.knowledge_base import DERIVED_GRAPH, KnowledgeBase
from orgkb.loaders.load.files import builtin_paths
from orgkb.loading import builtin_knowledge_base, load_path
from orgkb.ontology.namespace import ORGKB

JINGAN = "shanghai/jingan/general-office"
DAPENG = "shenzhen/dapeng/general-office"
CAOJIADU = "shanghai/jingan/caojiadu-sub-district-office"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return builtin_knowledge_base()


def _partners(kb: KnowledgeBase, unit: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {link.organization.id: (link.basis, link.relations) for link in coordination(kb, unit, limit=100)}


# Every link the three seed pages state in a duty: (unit, partner, relation).
STATED = [
    # Jing'an: "Guide and govern the work of the Jing'an International Exchange Center"
    (JINGAN, "shanghai/jingan/body/jingan-international-exchange-center", "guides"),
    # "assist the government's leaders in implementing the meeting resolutions"
    (JINGAN, "shanghai/jingan/government", "assists"),
    # "report ... to leaders of the Shanghai Municipal People's Government and the district government"
    (JINGAN, "shanghai/jingan/body/shanghai-municipal-peoples-government", "reports to"),
    (JINGAN, "shanghai/jingan/government", "reports to"),
    # "submit opinions to district government leaders for approval"
    (f"{JINGAN}/secretariat-section", "shanghai/jingan/government", "reports to"),
    (f"{JINGAN}/liaison-section", "shanghai/jingan/government", "reports to"),
    # "responsible for the work of the Leadership Group Office for Reform ..."
    (
        f"{JINGAN}/section-for-reform-of-administrative-approval-system",
        "shanghai/jingan/body/leadership-group-office-for-reform-of-jingan-district-administrative-approval-system",
        "hosts the office of",
    ),
    # "guide and coordinate the standardization of the Jing'an District Administrative Service Center"
    (
        f"{JINGAN}/section-for-reform-of-administrative-approval-system",
        "shanghai/jingan/body/jingan-district-administrative-service-center",
        "guides",
    ),
    # "the routine work of the Jing'an District Counterpart Support ... Leading Group Office"
    (
        f"{JINGAN}/counterpart-support-section",
        "shanghai/jingan/body/jingan-district-counterpart-support-and-cooperation-exchange-work-leading-group-office",
        "hosts the office of",
    ),
    # Dapeng: "assist the Party Work Committee and the Management Committee", "coordinate the liaison work between"
    (DAPENG, "shenzhen/dapeng/government", "assists"),
    (DAPENG, "shenzhen/dapeng/government", "liaises with"),
    # Caojiadu: "Report the opinions and suggestions proposed by residents to the Jing'an District People's Government"
    (CAOJIADU, "shanghai/jingan/government", "reports to"),
    # "the liaison and service of the National Party Congress representatives"
    (f"{CAOJIADU}/community-party-building-office", "shanghai/jingan/body/national-party-congress", "liaises with"),
    # "assisting the administration on community health service centers"
    (
        f"{CAOJIADU}/community-development-office",
        f"{CAOJIADU}/community-development-office/body/community-health-service-centers",
        "assists",
    ),
    (
        f"{CAOJIADU}/community-service-office",
        f"{CAOJIADU}/community-service-office/body/community-life-service-centers",
        "administers",
    ),
]


@pytest.mark.parametrize(("unit", "partner", "relation"), STATED)
def test_every_stated_link_in_the_seeds_is_found(kb: KnowledgeBase, unit: str, partner: str, relation: str) -> None:
    basis, relations = _partners(kb, unit)[partner]
    assert basis == "stated"
    assert relation in relations


def test_stated_links_are_symmetric(kb: KnowledgeBase) -> None:
    assert JINGAN in _partners(kb, "shanghai/jingan/body/jingan-international-exchange-center")


@pytest.mark.parametrize(
    ("unit", "not_partner"),
    [
        # "information disclosure work of the district government": the office does not supervise its government
        (JINGAN, "shanghai/jingan/body/jingan-district-peoples-government"),
        # "supervision tasks issued by the municipal government": the government acts, not the section
        (f"{JINGAN}/supervision-section", "shanghai/jingan/body/shanghai-municipal-peoples-government"),
        # "self-government" is not a government
        (f"{CAOJIADU}/community-self-governance-office", "shanghai/jingan/government"),
    ],
)
def test_no_link_where_the_text_states_none(kb: KnowledgeBase, unit: str, not_partner: str) -> None:
    assert not_partner not in _partners(kb, unit)


def test_links_carry_evidence_and_strength(kb: KnowledgeBase) -> None:
    for unit in (JINGAN, DAPENG, CAOJIADU, f"{JINGAN}/foreign-affairs-section"):
        links = coordination(kb, unit)
        assert links
        assert [link.strength for link in links] == sorted((link.strength for link in links), reverse=True)
        for link in links:
            assert 0 < link.strength <= 1
            assert link.evidence, link
            assert link.basis in ("stated", "shared-matter")


def test_shared_matter_links_make_sense(kb: KnowledgeBase) -> None:
    partners = _partners(kb, f"{JINGAN}/supervision-section")
    assert partners[JINGAN][0] == "shared-matter"  # the office supervises implementation too (duties 6 and 8)
    assert f"{JINGAN}/general-section" in partners  # key tasks: collected by one, tracked by the other
    links = coordination(kb, f"{JINGAN}/foreign-affairs-section")
    found = {link.organization.id: link for link in links}
    assert {matter.id for matter in found[JINGAN].matters} == {"matter/foreign-affairs"}
    assert "matter/overseas-visits" in {m.id for m in found[f"{JINGAN}/organization-and-personnel-section"].matters}


def test_shared_matter_links_stay_within_an_office(kb: KnowledgeBase) -> None:
    for link in coordination(kb, f"{JINGAN}/foreign-affairs-section", limit=100):
        if link.basis == "shared-matter":
            assert link.organization.id.startswith(JINGAN)


def test_catch_all_duties_link_nobody(kb: KnowledgeBase) -> None:
    for unit in (JINGAN, DAPENG, CAOJIADU):
        for link in coordination(kb, unit, limit=100):
            assert not any("other tasks" in duty.text for duty in link.evidence)


def test_limit(kb: KnowledgeBase) -> None:
    assert len(coordination(kb, JINGAN, limit=2)) == 2
    assert coordination(kb, JINGAN, limit=0) == []


def test_unknown_id_is_not_found(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        coordination(kb, "shanghai/nowhere")


def _derived(kb: KnowledgeBase) -> set[tuple[str, str, str]]:
    graph = pyoxigraph.NamedNode(str(DERIVED_GRAPH))
    return {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in kb.store.quads_for_pattern(None, None, None, graph)
    }


def _page(name: str) -> Path:
    return next(Path(path) for path in builtin_paths() if Path(path).name == name)


def test_derived_graph_is_identical_after_reloading_an_unchanged_page() -> None:
    kb = builtin_knowledge_base()
    before = _derived(kb)
    assert any(p == str(ORGKB.coordinatesWith) for _, p, _ in before)
    load_path(kb, _page("jingan-general-office.txt"))
    fingerprint = "https://w3id.org/orgkb/def#sha256"
    assert {t for t in _derived(kb) if t[1] != fingerprint} == {t for t in before if t[1] != fingerprint}


def test_derived_graph_is_rebuilt_after_a_changed_page_is_loaded(tmp_path: Path) -> None:
    kb = builtin_knowledge_base()
    assert "shenzhen/dapeng/government" in _partners(kb, DAPENG)
    text = _page("dapeng-general-office.txt").read_text("utf-8")
    changed = tmp_path / "dapeng-general-office.txt"
    changed.write_text(text.replace("assist the Party Work Committee", "support the Party Work Committee"), "utf-8")
    assert load_path(kb, changed).ok
    basis, relations = _partners(kb, DAPENG)["shenzhen/dapeng/government"]
    assert "assists" not in relations


def test_derived_graph_follows_a_removed_document() -> None:
    kb = builtin_knowledge_base()
    assert coordination(kb, DAPENG)
    assert kb.remove_document("dapeng-general-office.txt")
    assert not any(DAPENG in s or DAPENG in o for s, _, o in _derived(kb))


def test_each_stated_relation_is_its_own_triple_in_the_derived_graph(kb: KnowledgeBase) -> None:
    relations: dict[str, set[str]] = {}
    for subject, predicate, value in _derived(kb):
        if predicate == str(ORGKB.statedRelation):
            relations.setdefault(subject, set()).add(value)
    assert relations, "no orgkb:statedRelation in the derived graph"
    assert all("; " not in value for values in relations.values() for value in values)
    assert {"coordinates with", "guides"} in relations.values()  # approval reform and the service center


def test_the_evidence_read_for_its_owners_alone_is_that_of_every_duty(kb: KnowledgeBase) -> None:
    from orgkb.kb.coordination.links import evidence_duties
    from orgkb.kb.entities.duties import all_responsibilities

    every = {duty.id: duty for duty in all_responsibilities(kb)}
    assert evidence_duties(kb, set(every)) == every
    cited = {
        duty.id for unit in (JINGAN, DAPENG, CAOJIADU) for link in coordination(kb, unit, 100) for duty in link.evidence
    }
    assert cited and evidence_duties(kb, cited) == {duty: every[duty] for duty in cited}
