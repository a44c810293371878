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

Between two aligned pairs the translation keeps its list: where both pages hold as many duties
between the same two aligned pairs, those duties are paired in order too when each pair's lengths
agree (`anchored_gaps`), though the thesaurus found no matter in one of them ("Establishment of a
geodetic network" / 建立大地测量网: a matter the thesaurus names in one language only). Only gaps
closed on both sides by a pair aligned on its content count: the duties before the first pair or
after the last prove nothing of the order.

It is used only together with what the names say (`kb/identity/lookalikes.py` `may_be_one`: two languages,
the same place, a compatible kind, names the table of office kinds does not tell apart), never
alone; at or above `THRESHOLD` the two pages are one organization, below it they are kept apart and
the load report gives the score. `THRESHOLD` was chosen from the scores of every pair and non-pair
of the development batches (`benchmarks/pair_agreement.py`, the table in `docs/chinese.md`).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from orgkb.kb.coordination.stated import is_catch_all
from orgkb.kb.coordination.translations import aligned_positions, length_agreement, numbers
from orgkb.loaders.document import Document, Duty
from orgkb.ontology.ids import public_id
from orgkb.ontology.thesaurus import MatterMatcher

THRESHOLD = 0.5  # the share of two pages' duties aligned from which they are one office
MIN_DUTIES = 3  # duties each page must list to be compared at all
GAP_LENGTH = 0.3  # the length agreement (`length_agreement`) each pair of an anchored gap needs


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
    anchors = [(i, j) for i, j, _ in aligned_positions(english, chinese, broader)]
    aligned = len(anchors) + len(anchored_gaps(english, chinese, anchors))
    return DutyAgreement(aligned, len(english), len(chinese))


def anchored_gaps(
    english: Sequence[Duty], chinese: Sequence[Duty], anchors: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The positions of the duties paired in order between two consecutive aligned pairs (`anchors`,
    positions in the two lists, in order) that hold as many duties on each page between them, where
    nothing keeps any pair of the gap apart (`_may_pair`: lengths that agree, no two sets of matters or
    numbers that share none); one such pair in a gap, and none of the gap is paired.

    >>> from orgkb.loaders.document import Role
    >>> english = [Duty(text, "", 1, 1, Role.UNDERTAKES) for text in ("Run line 110.", "Map coasts.", "Run line 120.")]
    >>> chinese = [Duty(text, "", 1, 1, Role.UNDERTAKES) for text in ("负责110热线。", "测绘海岸。", "负责120热线。")]
    >>> anchored_gaps(english, chinese, [(0, 0), (2, 2)])
    [(1, 1)]
    """
    found: list[tuple[int, int]] = []
    for (left, right), (next_left, next_right) in itertools.pairwise(anchors):
        if next_left - left != next_right - right:
            continue
        inside = [(left + step, right + step) for step in range(1, next_left - left)]
        if all(_may_pair(english[i], chinese[j]) for i, j in inside):
            found += inside
    return found


def _may_pair(english: Duty, chinese: Duty) -> bool:
    """Whether nothing two duties of a gap say keeps them apart: their lengths agree, and they do not
    concern two sets of matters that share none, nor hold two sets of numbers that share none."""
    if (length_agreement(english.text, chinese.text) or 0.0) < GAP_LENGTH:
        return False
    if english.matters and chinese.matters and not set(english.matters) & set(chinese.matters):
        return False
    left, right = numbers(english.text), numbers(chinese.text)
    return not (left and right and not left & right)


def document_duties(document: Document, matcher: MatterMatcher) -> list[Duty]:
    """A page's duties not yet in the store, in page order, with the matters the thesaurus finds
    (as the store would give them back)."""
    duties = sorted(document.all_duties(), key=lambda duty: duty.line)
    return [
        replace(duty, matters=tuple(dict.fromkeys(public_id(matter) for matter, _ in matcher(duty.text))))
        for duty in duties
    ]
