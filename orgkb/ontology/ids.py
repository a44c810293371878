"""Public ids and IRIs: the one place they are converted.

An organization, unit or duty has a slug path as its id (`shanghai/jingan/general-office`,
`.../duty/3`); matters, places and sources have `matter/...`, `place/...`, `source/...`.
"""

from __future__ import annotations

import re

from orgkb.errors import QueryError
from orgkb.ontology.namespace import BASE, ID, KIND, MATTER, PLACE, SOURCE

_IRI = re.compile(r"^https?://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._/-]*$")
_PREFIXED = {"matter/": MATTER, "place/": PLACE, "source/": SOURCE}


def id_of(iri: str) -> str:
    """The public id (slug path) of an orgkb IRI; other IRIs are returned whole."""
    return iri.removeprefix(str(ID))


def iri_of(identifier: str) -> str:
    """The IRI of a public id; a full IRI is returned as it is.

    Raises `QueryError` for text that cannot be an id ("Foreign Affairs Section").
    """
    identifier = identifier.strip()
    if identifier.startswith(("http://", "https://")):
        if not _IRI.match(identifier):
            raise QueryError("id", identifier, "is not a valid IRI")
        return identifier
    if not _ID.match(identifier.strip("/")):
        raise QueryError("id", identifier, "is not an orgkb id (lower-case slugs joined by '/')")
    return str(ID) + identifier.strip("/")


def public_id(iri: str) -> str:
    """The public id of any orgkb IRI: a slug path for organizations and duties, `place/...` etc. else.

    >>> public_id("https://w3id.org/orgkb/place/shanghai/jingan")
    'place/shanghai/jingan'
    """
    if iri.startswith(str(ID)):
        return id_of(iri)
    return iri.removeprefix(BASE)


def kind_of(iri: object) -> str:
    """The slug of an organization kind's IRI, as `KIND[slug]` makes it.

    >>> kind_of("https://w3id.org/orgkb/kind/general-office")
    'general-office'
    """
    return str(iri).removeprefix(str(KIND))


def term_of(iri: object) -> str:
    """The local name of an orgkb term's IRI.

    >>> term_of("https://w3id.org/orgkb/def#friendlyExchange")
    'friendlyExchange'
    """
    return str(iri).rsplit("#", 1)[-1]


def iri_of_public(identifier: str) -> str:
    """The IRI of a public id of any kind; raises `QueryError` for text that cannot be one."""
    for prefix, namespace in _PREFIXED.items():
        if identifier.startswith(prefix):
            iri_of(identifier.removeprefix(prefix))  # the same slug rules apply
            return str(namespace) + identifier.removeprefix(prefix).strip("/")
    return iri_of(identifier)
