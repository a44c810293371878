"""Explanations and question problems in the words staff use."""

from __future__ import annotations

import pytest

from orgkb.errors import QueryError
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.kb.search.who_handles import Handler
from orgkb.loaders.document import Duty, Role
from orgkb.ontology.thesaurus import default_thesaurus
from orgkb.web.explain import explanation, nearest_places, question_problem

UNIT = OrganizationRecord("x/section", "Foreign Affairs Section", "section")


def _handler(text: str, matters: tuple[str, ...], owner: str = "x/section", number: int | None = 2) -> Handler:
    duty = Duty(text, "", 1, 5, Role.RESPONSIBLE, number, id="d", owner_id=owner, document="a.txt", matters=matters)
    return Handler(UNIT, 1.0, (duty,), "matched ...")


@pytest.mark.parametrize(
    ("handler", "question", "expected"),
    [
        # the duty concerns the very matter asked: say it in the asker's words
        (
            _handler("Receive guests.", ("matter/foreign-guest-reception",)),
            "foreign guests",
            "Its duty 2 names foreign guests.",
        ),
        # a duty of the unit's office
        (
            _handler("Receive guests.", ("matter/foreign-guest-reception",), owner="x"),
            "foreign guests",
            "Its office's duty 2 names foreign guests.",
        ),
        # a broader matter than the one asked
        (
            _handler("Plan foreign affairs.", ("matter/foreign-affairs",)),
            "foreign guests",
            "Its duty 2 is about foreign affairs, which covers foreign guests.",
        ),
        # words only; an unnumbered duty goes by its position
        (_handler("Keep the archives and files.", (), number=None), "old archives", "Its duty 5 mentions archives."),
        (_handler("Other tasks.", ()), "zzz", "Its duty 2 is the closest to the question."),
    ],
)
def test_explanations(handler: Handler, question: str, expected: str) -> None:
    assert explanation(handler, question, default_thesaurus()) == expected


def test_the_nearest_answer_says_so() -> None:
    handler = _handler("Keep the archives.", ())
    nearest = Handler(handler.organization, 0.1, handler.evidence, "no duty says it, nor a broader matter; nearest: x")
    assert explanation(nearest, "archives", default_thesaurus()) == (
        "No duty says this in so many words; the nearest: its duty 2 mentions archives."
    )


PLACES = ["Jing'an District", "Jing'ansi Sub-district", "Dapeng New District", "Caojiadu Sub-district"]


@pytest.mark.parametrize(
    ("asked", "nearest"),
    [
        ("Jingan", ["Jing'an District", "Jing'ansi Sub-district"]),
        ("dapeng district", ["Dapeng New District"]),
        ("Caojiado", ["Caojiadu Sub-district"]),
        ("Mars", []),
    ],
)
def test_nearest_places(asked: str, nearest: list[str]) -> None:
    assert nearest_places(asked, PLACES) == nearest


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (
            QueryError("district", "Caojiado", "is not a place"),
            "We don't know a place called Caojiado. Did you mean Caojiadu Sub-district?",
        ),
        (
            QueryError("district", "Mars", "is not a place"),
            "We don't know a place called Mars. Leave “Where?” empty to look everywhere, "
            "or pick a place from the list.",
        ),
        (
            QueryError("matter", "x" * 501, "too long"),
            "The question is 501 characters long; please say it in 500 or fewer.",
        ),
        (
            QueryError("matter", " ", "is empty"),
            "Say what the matter is, for example “foreign guests” or “complaints from residents”.",
        ),
    ],
)
def test_question_problems(error: QueryError, said: str) -> None:
    assert question_problem(error, PLACES) == said
