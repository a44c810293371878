"""Slugs: the lower-case, hyphenated ASCII words that ids and IRIs are made of."""

from __future__ import annotations

import re
import unicodedata

from orgkb.ontology.script import HAN, has_chinese, romanized

_HAN_RUN = re.compile(f"[{HAN}]+")


def slugify(text: str) -> str:
    """A lower-case, hyphenated ASCII slug; Chinese is written in pinyin (pypinyin).

    >>> slugify("Section for Reform of Administrative Approval System")
    'section-for-reform-of-administrative-approval-system'
    >>> slugify("Jing'an District"), slugify("办公室")
    ('jingan-district', 'bangongshi')
    """
    if has_chinese(text):
        text = _HAN_RUN.sub(lambda run: f" {romanized(run.group(0))} ", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['’`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"
