"""benchmarks/real_facts.py: each fact of a page is one point, compared after folding."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from benchmarks.real_batch import Facts
from benchmarks.real_facts import Point, fold_text, score


@dataclass
class FakeDuty:
    text: str


@dataclass
class FakeUnit:
    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class FakeContact:
    address: str | None = None
    telephone: str | None = None
    fax: str | None = None
    email: str | None = None
    postal_code: str | None = None
    hours: str | None = None
    website: str | None = None


@dataclass
class FakeDocument:
    """What a reader read from a page, shaped like orgkb's Document."""

    name: str
    kind: str = "general-office"
    aliases: list[str] = field(default_factory=list)
    duties: list[FakeDuty] = field(default_factory=list)
    units: list[FakeUnit] = field(default_factory=list)
    contact: FakeContact = field(default_factory=FakeContact)


def facts(**changes: object) -> Facts:
    values: dict[str, object] = {
        "organization": "General Office of Lakeside District",
        "organization_also": ("Lakeside General Office",),
        "kind": "general-office",
        "place": None,
        "duty_count": 2,
        "duty_starts": ("Arrange the meetings of", "Edit the gazette"),
        "units": (("Secretariat Section",), ("Emergency Section", "Emergencies Section")),
        "contact": {},
    }
    values.update(changes)
    return Facts(**values)  # type: ignore[arg-type]


def document(**changes: object) -> FakeDocument:
    values: dict[str, object] = {
        "name": "General Office of Lakeside District",
        "duties": [FakeDuty("Arrange the meetings of the district."), FakeDuty("Edit the gazette.")],
        "units": [FakeUnit("Secretariat Section"), FakeUnit("Emergency Section")],
    }
    values.update(changes)
    return FakeDocument(**values)  # type: ignore[arg-type]


def wrong(points: list[Point]) -> list[tuple[str, str]]:
    return [(point.fact, point.expected) for point in points if not point.right]


# fmt: off
@pytest.mark.parametrize(("text", "folded"), [
    ("General  Office", "general office"),                    # case and white space
    ("People’s Government", "peoples government"),            # curly apostrophe
    ('the "Gazette"', "the gazette"),                         # quotes
    ("Jing'an — District", "jingan district"),                # a dash is a space
    ("Ｇｅｎｅｒａｌ", "general"),                                  # full-width letters (NFKC)
    ("负责 处理 区政府", "负责处理区政府"),                        # no space next to Chinese
    ("（一）负责，处理", "(一)负责,处理"),                          # full-width punctuation
])
# fmt: on
def test_fold_text(text: str, folded: str) -> None:
    assert fold_text(text) == folded


def test_a_page_read_as_written_scores_every_point() -> None:
    points = score(facts(), document())
    assert wrong(points) == []
    assert [point.fact for point in points] == [
        "organization", "kind", "duty_count", "duty_start", "duty_start", "unit", "unit",
    ]  # fmt: skip


def test_a_refused_page_scores_every_fact_wrong() -> None:
    points = score(facts(place="Lakeside", contact={"telephone": "021-1234"}), None)
    assert len(points) == 9 and not any(point.right for point in points)
    assert {point.read for point in points} == {"(page refused)"}


def test_the_name_counts_under_any_of_its_forms_read_or_printed() -> None:
    assert wrong(score(facts(), document(name="LAKESIDE GENERAL OFFICE"))) == []
    assert wrong(score(facts(), document(name="Lakeside", aliases=["General Office of Lakeside District"]))) == []
    assert wrong(score(facts(), document(name="Main Responsibilities"))) == [
        ("organization", "General Office of Lakeside District")
    ]


def test_kind_compares_the_kind_value() -> None:
    assert wrong(score(facts(), document(kind="department"))) == [("kind", "general-office")]


def test_duty_count_counts_the_organizations_own_duties() -> None:
    three = [FakeDuty("Arrange the meetings of the district."), FakeDuty("Edit the gazette."), FakeDuty("Other.")]
    assert wrong(score(facts(), document(duties=three))) == [("duty_count", "2")]


def test_a_duty_start_may_follow_a_short_lead_in_but_not_a_long_one() -> None:
    lead = "(1) Main duties: Arrange the meetings of the district."
    assert wrong(score(facts(), document(duties=[FakeDuty(lead), FakeDuty("Edit the gazette.")]))) == []
    far = "x" * 60 + " Arrange the meetings of the district."
    assert ("duty_start", "Arrange the meetings of") in wrong(
        score(facts(), document(duties=[FakeDuty(far), FakeDuty("Edit the gazette.")]))
    )


def test_one_read_duty_answers_one_start_only() -> None:
    glued = FakeDuty("Arrange the meetings of the district. Edit the gazette.")
    points = score(facts(duty_count=2), document(duties=[glued]))
    starts = [point.right for point in points if point.fact == "duty_start"]
    assert sorted(starts) == [False, True]


def test_a_unit_counts_by_name_or_alias_under_any_of_its_names() -> None:
    units = [FakeUnit("Office of Secretaries", aliases=["Secretariat Section"]), FakeUnit("Emergencies Section")]
    assert wrong(score(facts(), document(units=units))) == []
    assert wrong(score(facts(), document(units=[FakeUnit("Secretariat Section")]))) == [("unit", "Emergency Section")]


def test_one_read_unit_answers_one_unit_fact_only() -> None:
    both = (("Secretariat Section",), ("Secretariat Section", "Secretariat"))
    points = score(facts(units=both), document(units=[FakeUnit("Secretariat Section")]))
    assert sorted(point.right for point in points if point.fact == "unit") == [False, True]


def test_contact_fields() -> None:
    printed = {
        "telephone": "(021) 1234-5678",
        "postal_code": "200000",
        "address": "1 Lake Road, Lakeside",
        "website": "http://www.lakeside.gov.cn/",
        "email": "office@lakeside.gov.cn",
    }
    read = FakeContact(
        telephone="Tel: 021-12345678 (switchboard)",
        postal_code="200 000",
        address="Office Address: 1 Lake Road, Lakeside",
        website="https://www.lakeside.gov.cn",
        email="Email: other@lakeside.gov.cn",
    )
    assert wrong(score(facts(contact=printed), document(contact=read))) == [("contact.email", "office@lakeside.gov.cn")]


def test_a_contact_field_not_read_is_wrong() -> None:
    assert wrong(score(facts(contact={"fax": "021-7654321"}), document())) == [("contact.fax", "021-7654321")]


def test_the_place_is_asked_of_the_place_check_and_left_out_when_the_page_names_none() -> None:
    asked: list[str] = []

    def check(place: str) -> tuple[bool, str]:
        asked.append(place)
        return place == "Shanghai", "Shanghai"

    assert wrong(score(facts(place="Shanghai"), document(), check)) == []
    assert wrong(score(facts(place="Beijing"), document(), check)) == [("place", "Beijing")]
    assert asked == ["Shanghai", "Beijing"]
    assert "place" not in {point.fact for point in score(facts(), document(), check)}


@dataclass
class ProvisionalDocument(FakeDocument):
    """A page that printed no name, read under a provisional one."""

    name_source: str | None = None


@pytest.mark.parametrize("source", ["file-name", "title", "given"])
def test_a_provisional_name_is_never_a_name_read_right_even_when_it_is_the_name(source: str) -> None:
    read = ProvisionalDocument("General Office of Lakeside District", duties=document().duties, name_source=source)
    points = score(facts(units=()), read)
    assert wrong(points) == [("organization", "General Office of Lakeside District")]
    assert points[0].read == f"General Office of Lakeside District (provisional, {source})"


def test_a_printed_name_is_scored_as_before() -> None:
    read = ProvisionalDocument("General Office of Lakeside District", duties=document().duties, name_source=None)
    assert wrong(score(facts(units=()), read)) == []
