"""The duties of the who-handles index as columns: a few numpy arrays rather than one Python
object per duty.

A duty (the loaders' `Duty`, as kb reads it) is made only when it is asked for by its number, so
an index read back from disk maps a dozen arrays (`orgkb.kb.store.mapped_file`) instead of unpickling
hundreds of thousands of objects: on 1,000 pages (26,000 duties) the saved index read in about a third of the
time and the process held half the memory (`docs/loading.md`, Kept beside a directory store).
The strings of a field are one UTF-8 buffer and the offsets where each duty's string starts; the
matters of every duty are numbers into one list of matter ids.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from orgkb.kb.search.columns import Rows, Strings
from orgkb.loaders.document import Duty, Role

NO_NUMBER = -1  # a duty without a number of its own in its list


_TEXTS = ("id", "owner_id", "text", "quote", "role", "document", "page")
_NUMBERS = ("position", "line")


class DutyTable(Rows[Duty]):
    """Every duty of the index, by number; `table[n]` is the duty numbered `n`."""

    def __init__(self, duties: Sequence[Duty]) -> None:
        self._size = len(duties)
        self._texts = {name: Strings.of(getattr(duty, name) for duty in duties) for name in _TEXTS}
        self._numbers = {
            name: np.fromiter((getattr(duty, name) for duty in duties), dtype=np.int64, count=self._size)
            for name in _NUMBERS
        }
        self._number = np.fromiter(
            (NO_NUMBER if duty.number is None else duty.number for duty in duties), dtype=np.int64, count=self._size
        )
        self._matter_names = sorted({matter for duty in duties for matter in duty.matters})
        number_of = {matter: number for number, matter in enumerate(self._matter_names)}
        self._matters = np.fromiter((number_of[matter] for duty in duties for matter in duty.matters), dtype=np.int32)
        self._matter_starts = np.zeros(self._size + 1, dtype=np.int64)
        np.cumsum([len(duty.matters) for duty in duties], out=self._matter_starts[1:])

    _item = "duty"

    def __len__(self) -> int:
        return self._size

    def _row(self, number: int) -> Duty:
        texts, numbers = self._texts, self._numbers
        matters = self._matters[int(self._matter_starts[number]) : int(self._matter_starts[number + 1])]
        listed = int(self._number[number])
        return Duty(
            id=texts["id"][number],
            owner_id=texts["owner_id"][number],
            text=texts["text"][number],
            quote=texts["quote"][number],
            line=int(numbers["line"][number]),
            position=int(numbers["position"][number]),
            role=Role(texts["role"][number]),
            document=texts["document"][number],
            page=texts["page"][number],
            number=None if listed == NO_NUMBER else listed,
            matters=tuple(self._matter_names[int(matter)] for matter in matters),
        )
