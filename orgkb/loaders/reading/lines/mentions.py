"""Named bodies, centres and partner regions that a duty mentions, and what the unit does with them."""

from __future__ import annotations

import re

from orgkb.loaders.document import BodyMention, BodyRelation, Kind, PartnerMention, PartnerRelation

_HEADS = frozenset(
    [
        "Office",
        "Center",
        "Centre",
        "Committee",
        "Government",
        "Congress",
        "Conference",
        "Commission",
        "Bureau",
        "Federation",
        "League",
        "Group",
        "Council",
        "Association",
        "Institute",
        "Court",
        "Procuratorate",
        "Administration",
        "Department",
        "Station",
        "Hall",
        "Academy",
        "Company",
    ]
)
_HEAD_KINDS = {
    "Station": Kind.SERVICE_CENTER,
    "Hall": Kind.SERVICE_CENTER,
    "Government": Kind.GOVERNMENT,
    "Congress": Kind.LEGISLATURE,
    "Conference": Kind.ADVISORY_BODY,
}
_CAPITAL = r"(?:[A-Z][\w'-]*|&|\([A-Z]{2,}\))"
# The same, spelt to start with one set of characters: the regex engine then skips to the next
# capital, '&' or '(' of a duty instead of trying the phrase at every position.
_FIRST_CAPITAL = r"[A-Z&(](?:(?<=[A-Z])[\w'-]*|(?<=&)|(?<=\()[A-Z]{2,}\))"
_CONNECTOR = r"(?:of|for|and|the|on|&)"
_PHRASE = re.compile(rf"{_FIRST_CAPITAL}(?:\s+(?:{_CONNECTOR}\s+)*{_CAPITAL})*")
_CAPITALIZED_WORD = re.compile(r"[A-Z][\w'-]*")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_LEADING_NOISE = re.compile(r"^(?:(?:The|A|An|And|Be|Guide|Govern|Manage|Serve|Assist|Support)\s+)+")
_TRAILING_PLACE = re.compile(r"(?:,|\s+of)\s+(?:Shanghai|Beijing|Shenzhen|China|Guangdong)$")

# A verb, then at most a few words with no punctuation, then the body's name.
_TAIL = r"(?:\s+[\w-]+){0,4}?\s+(?:(?:of|on|in)\s+)?(?:the\s+)?$"
_RELATION_CUES: tuple[tuple[BodyRelation, re.Pattern[str]], ...] = tuple(
    (relation, re.compile(verbs + tail, re.IGNORECASE))
    for relation, verbs, tail in (
        (
            BodyRelation.HOSTS_OFFICE_OF,
            r"\b(?:responsible for|undertak\w+|handl\w+)",
            r"\s+(?:the\s+)?(?:routine\s+|daily\s+)?(?:work|affairs)\s+of\s+(?:the\s+)?$",
        ),
        (BodyRelation.ASSISTS, r"\bassist(?:s|ing|ed)?\b", _TAIL),
        (BodyRelation.GUIDES, r"\bguid(?:e|es|ing|ance)\b", _TAIL),
        (
            BodyRelation.ADMINISTERS,
            r"\b(?:administer(?:s|ing)?|manag(?:e|es|ing)|govern(?:s|ing)?|run(?:s|ning)?)\b",
            _TAIL,
        ),
    )
)

_CENTRES = re.compile(
    r"\b((?i:administer(?:s|ing)?|manag(?:e|es|ing)|run(?:s|ning)?)|"
    r"(?i:assist(?:s|ing)?) (?:in )?the (?:administration|management) (?:on|of))\s+"
    r"((?:(?!\band\b)[a-z][\w'-]*\s+){0,8}?(?:centers|centres|stations|halls)(?:\s+for\s+[\w\s'-]+?)?)"
    r"(?=\s+and\s+|[,;.]|$)",
)
# Every `_CENTRES` match holds one of these words, in lower case.
_CENTRE_WORDS = ("centers", "centres", "stations", "halls")
_CENTRE_CONTINUATION = re.compile(
    r"^\s+and\s+(?![a-z]+ing\b)((?:(?!\band\b)[a-z][\w'-]*\s+){0,8}?(?:centers|centres|stations|halls)"
    r"(?:\s+for\s+[\w\s'-]+?)?)(?=[,;.]|$)"
)

# Each pattern, the words of it that any match holds (lower case), and the region and relation.
_PARTNERS: tuple[tuple[re.Pattern[str], tuple[str, ...], str, PartnerRelation], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), cues, name, relation)
    for pattern, cues, name, relation in (
        (
            r"counterpart[- ]supported (?:regions|areas|places)",
            ("counterpart",),
            "counterpart-supported regions",
            PartnerRelation.COUNTERPART_SUPPORT,
        ),
        (
            r"eastern and western regions|east-west (?:cooperation|collaboration)",
            ("eastern and western regions", "east-west "),
            "eastern and western regions",
            PartnerRelation.PAIRING_ASSISTANCE,
        ),
        (
            r"foreign friendly cities(?: and regions)?|friendly cities abroad|international sister cities",
            ("foreign friendly cities", "friendly cities abroad", "international sister cities"),
            "foreign friendly cities and regions",
            PartnerRelation.FRIENDLY_EXCHANGE,
        ),
        (
            r"sister provinces(?: and cities)?|sister cities|friendly regions|friendly provinces",
            ("sister provinces", "sister cities", "friendly regions", "friendly provinces"),
            "sister provinces and cities",
            PartnerRelation.REGIONAL_COOPERATION,
        ),
        (
            r"Hong Kong,? (?:and )?Macao(?: regions)?|Hong Kong, Macao,? and Taiwan",
            ("hong kong",),
            "Hong Kong and Macao",
            PartnerRelation.EXCHANGE_VISITS,
        ),
    )
)

# Any pattern's words, in one search.
_PARTNER_CUES = re.compile("|".join(re.escape(cue) for _, cues, _, _ in _PARTNERS for cue in cues))


def _head_kind(name: str) -> Kind | None:
    words = _CAPITALIZED_WORD.findall(name)
    head = next((word for word in reversed(words) if word in _HEADS), None)  # the last head noun
    if head is None:
        return None
    if head == "Committee" and ("Party" in words or "CPC" in words):
        return Kind.PARTY_COMMITTEE
    return _HEAD_KINDS.get(head, Kind.AFFILIATED_BODY)


def _split_conjoined(phrase: str) -> list[str]:
    parts = _AND.split(phrase)
    if len(parts) > 1 and all(_head_kind(part) for part in parts):
        return parts
    return [phrase]


def _relation(before: str) -> BodyRelation:
    for relation, cue in _RELATION_CUES:
        if cue.search(before[-100:]):
            return relation
    return BodyRelation.MENTIONS


def find_bodies(text: str, exclude: set[str] = frozenset()) -> list[BodyMention]:  # type: ignore[assignment]
    """Named bodies (capitalized names with an organizational head noun) and kinds of centre.

    >>> [b.name for b in find_bodies("Guide and govern the work of the Jing'an International Exchange Center.")]
    ["Jing'an International Exchange Center"]
    """
    found: dict[str, BodyMention] = {}
    clause_start = 0
    for match in _PHRASE.finditer(text):
        phrase = _LEADING_NOISE.sub("", match.group(0)).strip()
        for part in _split_conjoined(phrase):
            part = _TRAILING_PLACE.sub("", part.strip())
            kind = _head_kind(part)
            if kind is None or part in exclude or len(part.split()) < 2:
                continue
            clause_start = text.rfind(";", 0, match.start()) + 1
            relation = _relation(text[clause_start : match.start()])
            found.setdefault(part, BodyMention(part, relation, kind))
    if not any(word in text for word in _CENTRE_WORDS):
        return list(found.values())
    for match in _CENTRES.finditer(text):
        verb = match.group(1).lower()
        relation = BodyRelation.ASSISTS if verb.startswith("assist") else BodyRelation.ADMINISTERS
        names = [match.group(2)]
        if more := _CENTRE_CONTINUATION.match(text[match.end() :]):
            names.append(more.group(1))
        for name in names:
            name = name.strip()
            found.setdefault(name, BodyMention(name, relation, Kind.SERVICE_CENTER))
    return list(found.values())


def find_partners(text: str) -> list[PartnerMention]:
    """Partner regions a duty names, each with the relation the duty describes.

    >>> [(p.name, p.relation.value) for p in find_partners("Handle exchanges with Hong Kong and Macao.")]
    [('Hong Kong and Macao', 'exchange-visits')]
    """
    # In ASCII text a case-blind match holds its cue words in lower case; other text may hold
    # letters that match case-blind but lower to something else ("İ"), so it meets every pattern.
    lowered = text.lower() if text.isascii() else None
    if lowered is not None and not _PARTNER_CUES.search(lowered):
        return []  # no pattern's words: no pattern matches (most duties)
    found: dict[str, PartnerMention] = {}
    for pattern, cues, name, relation in _PARTNERS:
        if lowered is not None and not any(cue in lowered for cue in cues):
            continue
        if pattern.search(text):
            found.setdefault(name, PartnerMention(name, relation))
    return list(found.values())
