"""Chinese cut into words: rjieba (the jieba dictionary and algorithm, in Rust) with a vocabulary
of our own added to its dictionary, made on the first Chinese text seen, so that a process that
reads only English never pays for the dictionary (about 0.7 s).

The thesaurus gives it its Chinese labels (`Thesaurus.segmenter`), so that 最低生活保障, 12345热线 or
外宾接待 stay one word as well as their parts, and so that a label is known not to stand as a
word where the text's own words cover it (民政 in 人民政府).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable

from orgkb.ontology.script import HAN, simplified

# A run of Chinese, with the digits written into it ("12345热线"): what the segmenter is given.
CHINESE_RUN = re.compile(rf"[0-9]*[{HAN}][{HAN}0-9]*")

_Cuts = tuple[Callable[[str], list[str]], Callable[[str], list[str]]]


class Segmenter:
    """rjieba with `words()` in its dictionary, made once: its search mode (every word, and the
    dictionary's words inside it) and its precise mode (each character in one word)."""

    def __init__(self, words: Callable[[], Iterable[str]]) -> None:
        self._words = words
        self._cuts: _Cuts | None = None
        self._lock = threading.Lock()

    def _made(self) -> _Cuts:
        cuts = self._cuts
        if cuts is None:
            with self._lock:
                cuts = self._cuts = self._cuts or self._make()
        return cuts

    def _make(self) -> _Cuts:
        import rjieba  # imported here: building its dictionary takes a noticeable fraction of a second

        for word in self._words():  # even a word the dictionary has: its own frequency may cut it in two (占道)
            rjieba.add_word(simplified(word), None, None)
        return rjieba.cut_for_search, rjieba.cut

    def cut(self, text: str) -> list[str]:
        return self._made()[0](text)

    def cut_precisely(self, text: str) -> list[str]:
        return self._made()[1](text)

    def word_spans(self, text: str) -> list[tuple[int, int]]:
        """Where each word of the precise cut of `text`'s Chinese runs starts and ends."""
        spans = []
        for run in CHINESE_RUN.finditer(text):
            at = run.start()
            for word in self.cut_precisely(run.group()):
                spans.append((at, at + len(word)))
                at += len(word)
        return spans


def within(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the text from `start` to `end` lies in the middle of one of the words at `spans`,
    neither beginning nor ending with it."""
    return any(begin < start and end < stop for begin, stop in spans)
