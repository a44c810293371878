"""Why a unit answers a question, and what went wrong with a question, in the words staff use.

The ranking's own `reason` is for developers ("matched 'x' -> Y; words ...; score 1.20"). Here
the same evidence becomes a sentence: "Its duty 2 names foreign guests." A place the gazetteer
does not know becomes "We don't know a place called Mars." with the nearest names it does know.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

from orgkb.errors import QueryError
from orgkb.kb.search.text import terms, words_by_term
from orgkb.kb.search.who_handles import MAX_MATTER_LENGTH, Handler
from orgkb.ontology.thesaurus import Thesaurus

_PLACE_WORDS = re.compile(r"\s+(?:new\s+district|district|sub-district|subdistrict|town|city|county)$", re.IGNORECASE)


def explanation(handler: Handler, question: str, thesaurus: Thesaurus) -> str:
    """One sentence: which duty says it, and how it says it.

    >>> from orgkb.loaders.document import Duty, Role
    >>> from orgkb.kb.entities.organizations import OrganizationRecord
    >>> duty = Duty("Receive foreign guests.", "", 3, 2, Role.RESPONSIBLE, 2, id="x/duty/2", owner_id="x",
    ...     document="a.txt", matters=("matter/foreign-guest-reception",))
    >>> unit = OrganizationRecord("x", "Foreign Affairs Section", "section")
    >>> from orgkb.ontology.thesaurus import default_thesaurus
    >>> explanation(Handler(unit, 1.2, (duty,), ""), "who receives foreign guests?", default_thesaurus())
    'Its duty 2 names foreign guests.'
    """
    if not handler.evidence:
        return "Its name says it; no duty on its page does." if handler.named_only else "Its name fits the question."
    duty = handler.evidence[0]
    whose = "Its" if duty.owner_id == handler.organization.id else "Its office's"
    number = duty.number if duty.number is not None else duty.position
    sentence = f"{whose} duty {number} {_how(duty.text, duty.matters, question, thesaurus)}."
    if handler.reason.startswith("no duty says it"):
        return f"No duty says this in so many words; the nearest: {sentence[0].lower()}{sentence[1:]}"
    return sentence


def _how(text: str, matters: Sequence[str], question: str, thesaurus: Thesaurus) -> str:
    asked = {found.matter.slug: found.words for found in thesaurus.match(question)}
    slugs = [matter.rsplit("/", 1)[-1] for matter in matters]
    named = list(dict.fromkeys(asked[slug] for slug in slugs if slug in asked))
    if named:
        return f"names {_listed(named, 'and')}"
    for slug in slugs:
        for asked_slug, words in asked.items():
            if slug in {broader.slug for broader in thesaurus.ancestors(asked_slug)}:
                return f"is about {thesaurus.get(slug).label.lower()}, which covers {words}"
    in_text = set(terms(text))
    mentioned = [word for term, word in words_by_term(question).items() if term in in_text]
    if mentioned:
        return f"mentions {_listed(mentioned, 'and')}"
    return "is the closest to the question"


def _listed(items: Sequence[str], conjunction: str) -> str:
    """ "a", "a and b", "a, b and c" (or `conjunction` for "and")."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def question_problem(error: QueryError, places: Iterable[str]) -> str:
    """What is wrong with a question, for the person who asked it."""
    if error.argument == "district":
        asked = str(error.value).strip()
        nearest = nearest_places(asked, places)
        if nearest:
            return f"We don't know a place called {asked}. Did you mean {_listed(nearest, 'or')}?"
        return (
            f"We don't know a place called {asked}. "
            "Leave “Where?” empty to look everywhere, or pick a place from the list."
        )
    if error.argument == "matter":
        length = len(str(error.value).strip())
        if length > MAX_MATTER_LENGTH:
            return f"The question is {length} characters long; please say it in {MAX_MATTER_LENGTH} or fewer."
        return "Say what the matter is, for example “foreign guests” or “complaints from residents”."
    return f"We could not read the question: {error.reason}."


def nearest_places(asked: str, places: Iterable[str], limit: int = 3) -> list[str]:
    """The places whose names (with or without "District", "Town" ...) are closest to `asked`."""
    by_key: dict[str, str] = {}
    for name in places:
        for key in (_key(name), _key(_PLACE_WORDS.sub("", name))):
            by_key.setdefault(key, name)
    keys = difflib.get_close_matches(_key(_PLACE_WORDS.sub("", asked)), list(by_key), n=limit * 2, cutoff=0.75)
    return list(dict.fromkeys(by_key[key] for key in keys))[:limit]


def _key(name: str) -> str:
    return re.sub(r"[\s'’\-]+", "", name).casefold()
