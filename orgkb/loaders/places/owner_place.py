"""The place a page names only as its site's owner: "... for residents of the City of St. Catharines",
"Copyright © 2013 The Corporation of the City of Ashby", "Cork City Council operates ...", "Copyright ©
2016 Foreign Affairs Office of Xiamen Municipal Government". A department's page often prints no place
of its own; the council or government whose department it is serves the place, and so does the page's
body. Read only when nothing else gives a place, and only for a place the gazetteer knows.
"""

from __future__ import annotations

import re
from collections import Counter

from orgkb.ontology.places import Gazetteer

_PLACE = r"[A-Z][\w'-]*\.?(?:[ \t]+[A-Z][\w'-]*)*"
_OWNER = re.compile(
    rf"\b(?:City|Town|Borough|County|Municipality)\s+of\s+(?:the\s+)?(?P<of>{_PLACE})"
    rf"|\b(?P<before>{_PLACE})\s+(?:City|County|Borough|Town|District|Shire)\s+Council\b"
    rf"|\b(?P<government>{_PLACE})\s+Municipal(?:\s+People's)?\s+Government\b"
)


def owner_place(text: str, gazetteer: Gazetteer) -> str | None:
    """The place whose council, city or municipal government `text` names most, if the gazetteer knows it.

    >>> from orgkb.ontology.places import default_gazetteer
    >>> owner_place("Parks for residents of the City of St. Catharines.", default_gazetteer())
    'St. Catharines'
    >>> owner_place("The Borough Council is involved in elections.", default_gazetteer()) is None
    True
    """
    named: Counter[str] = Counter()
    for match in _OWNER.finditer(text):
        place = (match.group("of") or match.group("before") or match.group("government") or "").rstrip(".")
        if place and (known := gazetteer.find(place)) is not None:
            named[known.label] += 1
    return named.most_common(1)[0][0] if named else None
