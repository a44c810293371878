"""Whether two pages in two languages list the same duties: a second line of evidence, beside their
names, that the English and the Chinese page are one office.

The duties of the two pages are aligned as the translations of one organization's pages are
(`kb/coordination/translations.py` `align`: matters, position, numbers and Latin names, length;
an order-keeping one-to-one alignment, each pair above its threshold). The pages' agreement is the
share of the shorter list's duties that have their translation on the other page,
`aligned / min(english, chinese)`: pages are often cut short (one page lists the first duties of the
other), so the longer list's extra duties are no evidence against; two offices that share a matter
here and there score low, and a list shorter than `MIN_DUTIES` is not compared at all. The closing
duty of nearly every page ("other tasks assigned", 交办的其他任务) says nothing of which office a
page is: it is left out of both lists.

It is used only together with what the names say (`kb/identity/lookalikes.py` `may_be_one`: two languages,
the same place, a compatible kind, names the table of office kinds does not tell apart), never
alone; at or above `THRESHOLD` the two pages are one organization, below it they are kept apart and
the load report gives the score. `THRESHOLD` was chosen from the scores of every pair and non-pair
of the development batches (`benchmarks/pair_agreement.py`, the table in `docs/chinese.md`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from orgkb.kb.coordination.stated import is_catch_all
from orgkb.kb.coordination.translations import align
from orgkb.loaders.document import Document, Duty
from orgkb.ontology.ids import public_id
from orgkb.ontology.thesaurus import MatterMatcher

THRESHOLD = 0.5  # the share of two pages' duties aligned from which they are one office
MIN_DUTIES = 3  # duties each page must list to be compared at all


@dataclass(frozen=True)
class DutyAgreement:
    """How far the duties of an English and a Chinese page align: `aligned` pairs of duties out of
    `english` and `chinese` duties, and the share of the shorter list aligned, `score` (0 to 1)."""

    aligned: int
    english: int
    chinese: int

    @property
    def score(self) -> float:
        shorter = min(self.english, self.chinese)
        return round(self.aligned / shorter, 2) if shorter else 0.0

    @property
    def comparable(self) -> bool:
        """Whether both pages list enough duties for their agreement to say anything."""
        return min(self.english, self.chinese) >= MIN_DUTIES

    @property
    def one_office(self) -> bool:
        """Whether the duties say the two pages are one office."""
        return self.comparable and self.score >= THRESHOLD

    def describe(self) -> str:
        """The agreement as a load report says it.

        >>> DutyAgreement(9, 10, 11).describe()
        'their duties align: 0.90 (9 pairs, of 10 English and 11 Chinese duties)'
        """
        if not self.comparable:
            return f"too few duties to compare ({self.english} English, {self.chinese} Chinese)"
        return (
            f"their duties align: {self.score:.2f} ({self.aligned} pairs, of {self.english} English"
            f" and {self.chinese} Chinese duties)"
        )


def agreement(
    first: Sequence[Duty], first_language: str, second: Sequence[Duty], broader: Mapping[str, set[str]]
) -> DutyAgreement:
    """The agreement of two pages' duties (each in page order, with their matters), the first page
    in `first_language` and the second in the other of English and Chinese.

    >>> from orgkb.loaders.document import Role
    >>> english = [Duty(f"Run the {n} hotline.", "", n, 1, Role.UNDERTAKES, id=f"e{n}") for n in (110, 120, 122)]
    >>> chinese = [Duty(f"负责{n}热线。", "", n, 1, Role.UNDERTAKES, id=f"z{n}") for n in (110, 120, 122)]
    >>> agreement(english, "en", chinese, {}).score
    1.0
    """
    english, chinese = ([duty for duty in duties if not is_catch_all(duty.text)] for duties in (first, second))
    if first_language != "en":
        english, chinese = chinese, english
    return DutyAgreement(len(align(english, chinese, broader)), len(english), len(chinese))


def document_duties(document: Document, matcher: MatterMatcher) -> list[Duty]:
    """A page's duties not yet in the store, in page order, with the matters the thesaurus finds
    (as the store would give them back)."""
    duties = sorted(document.all_duties(), key=lambda duty: duty.line)
    return [
        replace(duty, matters=tuple(dict.fromkeys(public_id(matter) for matter, _ in matcher(duty.text))))
        for duty in duties
    ]
