"""A language's cue words for the roles stage, as one `Cues` table per language.

Stage modules never hold words of a language: they ask `cues_for(language)`. A language adds a
module here (`en.py`, `zh.py`) that builds a `Cues` (`orgkb.loaders.reading.roles.cues.table`) and adds it
to `_TABLES`.
"""

from __future__ import annotations

from orgkb.loaders.reading.roles.cues import en, zh
from orgkb.loaders.reading.roles.cues.table import Cues, Section, language_of

_TABLES = {"en": en.CUES, "zh": zh.CUES}

__all__ = ["Cues", "Section", "cues_for", "language_of"]


def cues_for(language: str) -> Cues:
    """The cue table of `language` ("en", "zh"); English for a language without one."""
    return _TABLES.get(language, en.CUES)
