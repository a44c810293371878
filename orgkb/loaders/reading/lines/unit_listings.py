"""Units named in a list: a sentence listing them ("namely A, B and C"), a sentence naming their kind
first ("five divisions (A, B and C)"), a block of names only, a regulation's article setting them up.

Each function reads one block's text with the page language's `Cues` and gives the units' names, or
[] when the text lists none.
"""

from __future__ import annotations

import re

from orgkb.loaders.reading.lines.numbering import chinese_value
from orgkb.loaders.reading.roles.cues import Cues
from orgkb.loaders.reading.roles.evidence import names_unit


def may_list_units(text: str, cues: Cues) -> bool:
    """Whether `unit_listing` or `typed_unit_listing` may find units in `text`: an ASCII text must hold one
    of the language's `listing_words` (any other text is searched, as case-blind patterns match some
    non-ASCII letters: "K" for "k")."""
    if not cues.listing_words or not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in cues.listing_words)


def listed_units(text: str, cues: Cues) -> list[str]:
    """The unit names a sentence lists ("... offices, namely A, B and C"), or [] when it lists none; a text
    with listings of both kinds ("five Divisions (A, B), two Centers (C and D). ... the five Offices: E, F")
    gives the names of all of them, in the order printed."""
    if (more := _names_then_more(text, cues)) is not None:
        return more  # "A、B、C。另设D、E。": the names, then a sentence listing more
    if (several := _clause_listings(text, cues)) is not None:
        return several  # "甲内设3个科室:A、B、C;乙内设2个科室,分别为D、E。": a listing per clause
    if not may_list_units(text, cues):
        composed = composition(text, cues)  # "made up of the A Section and the B Section": no listing word
        return composed[1] if composed is not None else []
    listings: list[tuple[int, list[str]]] = []
    for pattern in cues.unit_listing:
        found = [listing for match in pattern.finditer(text) if (listing := _listing(match, text, cues))]
        if found and cues.language == "en":
            listings.append(found[0])
            break
        # "内设A、B等2个股室,另设立了C、D。下辖E、F2个二级单位": every listing of every pattern, each name once
        seen = {name for _, names in listings for name in names}
        listings.extend(listing for listing in found if not seen & set(listing[1]))
    # "five divisions (A, B and C) and four offices (D, E)": the sentence says they are units
    for pattern in cues.typed_unit_listing:
        lists = [
            (
                match.start("names"),
                _counted(split_typed(match.group("names"), cues, text[: match.start("names")]), "", cues),
            )
            for match in pattern.finditer(text)
        ]
        if sum(len(names) for _, names in lists) < 2 or not all(
            _typed_name(name, cues, _vouched(text[:start], cues)) for start, names in lists for name in names
        ):
            continue
        seen = {name for _, names in listings for name in names}
        listings.extend(listing for listing in lists if not seen & set(listing[1]))
    if not listings and (composed := composition(text, cues)) is not None:
        listings.append(composed)
    return [
        part
        for _, names in sorted(listings, key=lambda listing: listing[0])
        for name in names
        for part in _unglued(name, cues)
    ]


# The clauses of a sentence, parted where a semicolon ends one
_CLAUSE_END = re.compile(r"(?<=[;；])")


def _clause_listings(text: str, cues: Cues) -> list[str] | None:
    """The names of a sentence whose clauses, parted by semicolons, each list units of their own ("区交通局
    内设2个科室:A、B;区养护中心内设2个科室,分别为C、D。"), in the order printed; None when fewer than two
    clauses list units or one clause lists none (a listing of names parted by semicolons is one listing)."""
    if ";" not in text and "；" not in text:
        return None
    clauses = [clause for clause in _CLAUSE_END.split(text) if clause.strip(" ;；。.")]
    if len(clauses) < 2:
        return None
    found: list[str] = []
    for clause in clauses:
        names = listed_units(clause.rstrip(";； "), cues)
        if len(names) < 2:
            return None  # this clause lists none: the rest need not be read
        found += names
    return found


# Two names glued where the page lost the comma or line break between them: "Public Health NursingPublic Health
# Laboratory" (a word's lower-case letter runs into the capital opening the next name)
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _unglued(name: str, cues: Cues) -> list[str]:
    """A listed name parted where two names of two capitalized words or more each are glued, once ("the
    HangZhou Office" is one name: "the Hang" is no name); else the name."""
    parts = [
        [name[: found.start()], name[found.start() :]]
        for found in _GLUED.finditer(name)
        if _capitalized_words(name[: found.start()]) >= 2 and _capitalized_words(name[found.start() :]) >= 2
    ]
    return parts[0] if len(parts) == 1 else [name]


def _capitalized_words(text: str) -> int:
    return sum(word[:1].isupper() for word in text.split())


def _listing(match: re.Match[str], text: str, cues: Cues) -> tuple[int, list[str]] | None:
    """Where the units a listing pattern's match names start, and their names; None when it names none."""
    before = text[: match.start("names")]
    names = _counted(_without_shared_suffix(split_names(match.group("names"), cues), cues), before, cues)
    units = [name for name in names if names_unit(name, cues)]
    if _as_stated(names, before, cues) or _counted_after(match, names, cues):
        return match.start("names"), names  # "(5) divisions including A, ...": as many as it says
    if (len(names) >= 2 and 2 * len(units) >= len(names)) or (len(names) == 1 and len(units) == 1):
        # a chart's posts left out
        return match.start("names"), units if 3 * len(units) >= 2 * len(names) else names
    return None


def _counted_after(match: re.Match[str], names: list[str], cues: Cues) -> bool:
    """Whether the count a listing prints after its names ("A、B、C3个二级单位") is how many it names, two or
    more, each short and no sentence (a unit with no unit noun then counts: "联合工会", "自来水公司")."""
    count = match.groupdict().get("count")
    if count is None:
        return False
    number = int(count) if count.isdigit() else chinese_value(count)
    # the count vouches for each name: one opening with a duty's verb counts too ("规划管理股")
    short = all(0 < cues.words(name) <= 8 and name[-1] not in cues.sentence_end for name in names)
    return number == len(names) and len(names) >= 2 and short


def composition(text: str, cues: Cues) -> tuple[int, list[str]] | None:
    """The units a sentence says a body is made of, and where their names start ("It is made up of the
    Licensing Section and the Survey Section.", "The work is divided between the A Team and the B Team."),
    or None: two or more names, each a name ending in a unit noun (`Cues.unit_composition`)."""
    if cues.unit_composition is None or (match := cues.unit_composition.search(text)) is None:
        return None
    names = [cues.clean_unit_mention(name) for name in split_names(match.group("names"), cues)]
    if len(names) < 2 or not all(name_like(name, cues) and names_unit(name, cues) for name in names):
        return None
    return match.start("names"), names


def _as_stated(names: list[str], before: str, cues: Cues) -> bool:
    """Whether the text before a listing says it names as many units as it does, each name-like (the count
    vouches for a unit's name opening with a duty's verb, "规划建设办公室", or printed in lower case,
    "five subordinate units, namely, library, cultural center, ...")."""
    count = cues.stated_count(before) if cues.stated_count is not None else None
    return count == len(names) and count >= 2 and all(_typed_name(name, cues, vouched=True) for name in names)


def _vouched(before: str, cues: Cues) -> bool:
    """Whether the text before a typed listing leads in to units by "the following" and their plural ("has
    the following divisions:"), so that names in lower case are theirs; a count with the names in brackets
    does not ("three divisions (survey, leases and deeds)": what the divisions do)."""
    return cues.plural_lead_in is not None and bool(cues.plural_lead_in.search(before.rstrip()))


def _without_shared_suffix(names: list[str], cues: Cues) -> list[str]:
    """The names of a listing without the words printed after every one of them, where each is a unit's name
    without them ("A办公室组织机构、B中心组织机构" -> "A办公室", "B中心"); else the names as printed ("办公室、
    综合室" share "室", and "办公", "综合" name no unit)."""
    if len(names) < 2:
        return names
    shared = 0
    while shared < min(map(len, names)) - 1 and len({name[-shared - 1] for name in names}) == 1:
        shared += 1
    if shared < 2:
        return names
    bare = [name[:-shared] for name in names]
    return bare if all(cues.unit_end.search(name) and not cues.unit_end.fullmatch(name) for name in bare) else names


def _counted(names: list[str], before: str, cues: Cues) -> list[str]:
    """The names of a listing whose text `before` it says there is one more ("(5) divisions including A, B, C,
    D and E", where one name holds "and"): the name that parts one way at a conjunction parted; else as
    printed."""
    count = cues.stated_count(before) if cues.stated_count is not None else None
    if count is None or len(names) == count or not names:
        return names
    if len(names) == count - 1:
        for position in range(len(names) - 1, -1, -1):
            parts = _parted(names[position], cues)
            if parts is not None:
                return [*names[:position], *parts, *names[position + 1 :]]
        # "four divisions: A, B C, Events and D E": the count vouches for the last conjunction as the list's
        if len(last := cues.list_conjunction.split(names[-1])) == 2 and all(part.strip() for part in last):
            return [*names[:-1], *(part.strip() for part in last)]
    return names


def _parted(name: str, cues: Cues) -> list[str] | None:
    """A name holding two names joined by the conjunction, each of two words or more ("Parks and Forestry
    and Asset Management" -> "Parks and Forestry", "Asset Management"), or None when it parts no one way."""
    conjunctions = list(cues.list_conjunction.finditer(name))
    parts = [
        [name[: found.start()].strip(), name[found.end() :].strip()]
        for found in conjunctions
        if cues.words(name[: found.start()]) >= 2 and cues.words(name[found.end() :]) >= 2
    ]
    return parts[0] if len(parts) == 1 else None


def _typed_name(text: str, cues: Cues, vouched: bool = False) -> bool:
    """Whether a name a typed listing gives can be a unit's: name-like (in lower case too where the listing's
    lead-in is `vouched` for), or ending in a unit noun where a duty's verb opens it ("规划科")."""
    return (
        name_like(text, cues)
        or (vouched and _name_like(text, cues, lower=True))
        or (0 < cues.words(text) <= 8 and names_unit(text, cues))
    )


def split_typed(listing: str, cues: Cues, before: str = "") -> list[str]:
    """The names of a typed listing, which need no unit noun: the last two parted at the conjunction
    when both are of two words or more ("A, B and C D" -> "C D"; "Religion and Customs" stays whole),
    unless the text `before` it says there are as many as the names without parting ("five Divisions (A,
    B, C, D, Quality Control and Labor Safety)")."""
    names = split_names(listing, cues)
    count = cues.stated_count(before) if cues.stated_count is not None and before else None
    if count is not None and len(names) == count:
        return names
    if len(names) >= 2:
        *others, last = names
        pieces = cues.list_conjunction.split(last)
        if len(pieces) == 2 and all(cues.words(piece) >= 2 for piece in pieces):
            return [*others, *(piece.strip() for piece in pieces)]
    return names


# A list's own punctuation after an item: "Legal Services;", "Valuation Services; and", "Estate Services."
_ITEM_END = re.compile(r"(?:[;；,，]\s*(?P<word>\S+)?|[.。])\s*$")


def list_item(text: str, cues: Cues) -> str:
    """An item of a list without the list's punctuation after it, and the conjunction before the last item
    ("Valuation Services; and" -> "Valuation Services"); else the item as printed."""
    end = _ITEM_END.search(text)
    if end is None or (end.group("word") and not cues.list_conjunction.fullmatch(f" {end.group('word')} ")):
        return text
    return text[: end.start()].rstrip() or text


# "经济发展办公室(农业农村和扶贫工作办公室)": a unit's second name in brackets after its first
_ALIAS_AFTER = re.compile(r"(?<=\S)\s*[(（][^()（）]{2,24}[)）]$")


def name_like(text: str, cues: Cues) -> bool:
    """Whether a listed text can be a unit's name: short, no sentence, no duty, capitalized where the
    language has capitals; a second name in brackets after it is judged like the first."""
    if (alias := _ALIAS_AFTER.search(text)) is not None:
        first, second = text[: alias.start()], alias.group().strip().strip("()（）")
        return _name_like(first, cues) and _name_like(second, cues) and names_unit(second, cues)
    return _name_like(text, cues)


def _name_like(text: str, cues: Cues, lower: bool = False) -> bool:
    return (
        0 < cues.words(text) <= 8
        and text[-1] not in cues.sentence_end
        and not cues.duty_start.search(text)
        and (cues.language != "en" or text[:1].isupper() or (lower and text[:1].islower()))
    )


def set_up(text: str, cues: Cues) -> list[str]:
    """The units a regulation's article sets up ("本所设主计室,置主任……", "第五條 本所設會計室,……"), or []."""
    if cues.article is not None and (article := cues.article.match(text)) is not None:
        text = text[article.end() :]
    match = cues.units_set_up.match(text) if cues.units_set_up is not None else None
    names = split_names(match.group("names"), cues) if match is not None else []
    if not names or not all(name_like(name, cues) for name in names):
        return []
    # the article says they are units: most need a unit noun, not each ("本局下設X中心、仁愛之家")
    return names if 2 * sum(names_unit(name, cues) for name in names) > len(names) else []


def names_only(text: str, cues: Cues) -> list[str]:
    """The names of a block that lists two or more units and nothing else, or one or more after a label
    naming their kind ("业务单位：办公室"), or []."""
    for pattern in cues.typed_unit_listing if may_list_units(text, cues) else ():
        if (typed := pattern.match(text)) is not None:
            names = split_typed(typed.group("names"), cues)
            if names and all(_typed_name(name, cues) for name in names):
                return names
    if (more := _names_then_more(text, cues)) is not None:
        return more
    if not cues.list_separator.search(text):
        # one name ended by a full stop, as a sentence is ("Affiliated institutions: X Station.")
        name = text.rstrip(". 。")
        if text.endswith((".", "。")) and names_unit(name, cues) and not cues.duty_start.search(name):
            return [name] if cues.language != "en" or name.istitle() or name[:1].isupper() else []
        return []  # "Archives and Confidentiality Section" is one name
    names = split_names(text.rstrip(". 。"), cues)
    if len(names) < 2 or not all(names_unit(name, cues) for name in names):
        return []
    if any(name[-1] in cues.sentence_end or cues.duty_start.search(name) for name in names):
        return []
    return names


def _names_then_more(text: str, cues: Cues) -> list[str] | None:
    """The names of a block of sentences whose first lists units and nothing else and whose others each
    list more ("A、B、C。另设D、E。"), or None when the block has one sentence or another kind of one."""
    ends = "".join(mark for mark in cues.sentence_end if mark not in ";；")
    if not ends:
        return None
    sentences = [part for part in re.split(f"(?<=[{re.escape(ends)}])", text.strip()) if part.strip()]
    if len(sentences) < 2:
        return None
    names = names_only(sentences[0], cues)
    if len(names) < 2:
        return None
    for sentence in sentences[1:]:
        more = listed_units(sentence, cues)
        if not more:
            return None
        names.extend(more)
    return names


# What ends a company's name after a comma of its own: "Co., Ltd.", "Holdings, Inc."
_COMPANY_TAIL = re.compile(r"(?:Ltd|Limited|Inc|LLC)\.?\s*$")


def split_names(listing: str, cues: Cues) -> list[str]:
    """The names of "A, B, C and D", keeping "Party and Administration Office" whole: a name ends at
    each unit noun before a conjunction."""
    names: list[str] = []
    parts: list[str] = []
    for part in _bracketed_whole(cues.list_separator.split(listing), cues.list_separator.findall(listing)):
        if parts and _COMPANY_TAIL.match(part):
            parts[-1] = f"{parts[-1]}, {part}"  # "art troupe Co., Ltd.": one company's name, its comma its own
        else:
            parts.append(part)
    for part in parts:
        pieces = cues.list_conjunction.split(part.strip(" .。"))
        if len(pieces) > 1 and all(names_unit(piece, cues) for piece in pieces):
            names.extend(pieces)
            continue
        conjunction = cues.list_conjunction.search(part)
        joiner = conjunction.group(0) if conjunction else " "
        current = ""
        for piece in pieces:
            current = f"{current}{joiner}{piece}" if current else piece
            if cues.unit_end.search(current):
                names.append(current)
                current = ""
        if current:
            names.append(current)
    return [name.strip() for name in names if name.strip()]


_OPENING, _CLOSING = "(（[", ")）]"


def _bracketed_whole(parts: list[str], separators: list[str]) -> list[str]:
    """The parts of a listing with a bracket's parts joined again ("经济发展办公室(A办公室、B办公室)": one
    name and its other signboards, whose separator is inside the bracket), their separators kept."""
    whole: list[str] = []
    depth = 0
    for position, part in enumerate(parts):
        if depth > 0:
            whole[-1] += separators[position - 1] + part
        else:
            whole.append(part)
        depth = max(0, depth + sum(part.count(mark) for mark in _OPENING) - sum(part.count(mark) for mark in _CLOSING))
    return whole
