"""Evidence for each role of each outline node: named features, weighed by a table (`weights.py`).

Every feature is general: what the node's words are (through the language's `Cues`), where it
sits (position, depth, the section it is in), how it is marked and printed (HTML heading, link,
breadcrumb, table row), how long it is and whether the same text repeats on the page. A role's score is
the sum of its weights times the node's features; the hand table decides the evidence's own gates (which
blocks can give a name, which items of a list are duties), the chosen table the scores the Viterbi reads.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from orgkb.loaders.reading.lines.header import is_footer, is_noise
from orgkb.loaders.reading.lines.header import read_date as _read_date
from orgkb.loaders.reading.lines.header import strip_metadata as _strip_metadata
from orgkb.loaders.reading.outline import Node
from orgkb.loaders.reading.outline.unit_sentences import announces
from orgkb.loaders.reading.page import BlockKind
from orgkb.loaders.reading.roles.anchored import search_at_end
from orgkb.loaders.reading.roles.cues import Cues, Section
from orgkb.loaders.reading.roles.role import Role
from orgkb.loaders.reading.roles.site_owner import page_title_under_owner
from orgkb.loaders.reading.roles.subject import subject_of_page
from orgkb.loaders.reading.roles.weights import Weights, default_weights, hand_weights
from orgkb.ontology.places import fold_name
from orgkb.ontology.script import HAN

__all__ = ["Evidence", "Role", "evidence_of", "scored"]


@dataclass
class Evidence:
    """A node's features, its scores per role, the section it is in, and what the evidence read from it."""

    features: dict[str, float]
    section: Section | None = None  # the section heading above the node, if any
    heading: Section | None = None  # the section the node itself opens, if it is a heading
    name: str | None = None  # the name the node gives, if it can be the name
    inline: tuple[str, str] | None = None  # (unit name, duties) when it prints both
    note: str | None = None  # why it may be furniture that a reader should be told: "repeated", "columns", "leader"
    acts: bool = False  # the name's sentence says what the body does: its sentences are duties too
    scores: dict[Role, float] = field(default_factory=dict)  # by the chosen table (`scored`)

    def score(self, role: Role, weights: Weights) -> float:
        """The role's score by a table: a block that gives no name cannot be the name."""
        if role is Role.NAME and self.name is None:
            return _NO_NAME
        return weights.score(self.features, role)

    def name_from(self, features: dict[str, float], name: str | None) -> None:
        """Give the block a name read by other evidence: its name features are replaced by `features`."""
        self.features = {key: value for key, value in self.features.items() if not key.startswith(_NAME)}
        self.features.update(features)
        self.name = name


# The features only the name reads start so; they are replaced together when other evidence names a block.
_NAME = "name_"


def scored(found: list[Evidence], weights: Weights) -> list[Evidence]:
    """The evidence with its scores by `weights` (the features and gates stay those the hand table read)."""
    for evidence in found:
        evidence.scores = weights.scores(evidence.features)
        if evidence.name is None:
            evidence.scores[Role.NAME] = _NO_NAME
    return found


_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
# A block's text is read for dates and metadata by several features: each once.
read_date = lru_cache(maxsize=4096)(_read_date)
strip_metadata = lru_cache(maxsize=4096)(_strip_metadata)

_CONTACT_HINT = re.compile(r"[:：\d]")
# A page's name is printed near its top: blocks further down are not read for it.
_NAME_WITHIN = 40
# The name's score of a block that gives no name: it cannot be the name (no sequence makes it the name to
# earn the roles of the blocks above it).
_NO_NAME = float("-inf")
# Scores that other evidence sets by the hand table's scores (the values of the features that carry them):
# a title framing the name heads its section at least this surely; the subject of the first paragraph names
# the page at least this surely, and more than any other role of its block; the page's title under the
# site owner's name as surely as the owner's name, and at least this; a first sentence naming the
# organization is the name more surely than it is the intro.
_FRAMED_HEADING = 3.0
_SUBJECT_NAME = 2.0
_OWNER_TITLE = 1.0
_MARGIN = 0.5
_TITLE_WORDS = 8
# A unit's name as a heading has at most this many words; the paragraph under it at least that many.
_HEAD_WORDS = 6
_PARAGRAPH_WORDS = 12

_BRACKETED_HEAD = re.compile(r"^\[\s*([^\[\]]{2,80}?)\s*\]\s*(\S.{3,})$")
_PHONE = re.compile(r"(?:\+?\d[\d\s()-]{6,}\d)")
_TITLE_CASE_WORD = re.compile(r"(?:[A-Z0-9][\w'&.-]*|of|and|for|the|on|in|&|to|at|with|a|an),?")
_WORDLESS = re.compile(rf"[^\W\d_]{{2}}|[{HAN}]")  # two letters, or one Han character (a word)


def _title_case(text: str) -> bool:
    words = text.split()
    return bool(words) and all(_TITLE_CASE_WORD.fullmatch(word) for word in words)


def _bare(text: str) -> str:
    """A name without a trailing bracketed other name, colon or ", City"."""
    unbracketed = _unbracketed(text)
    return _CITY_TAIL.sub("", unbracketed) if "," in unbracketed else unbracketed


def _unbracketed(text: str) -> str:
    """A unit's name without a trailing bracketed other name or colon."""
    text = text.strip().rstrip(":：")
    # a bracket is closed by ")" or "）": a text with neither has none to remove
    return (_BRACKETS.sub("", text) if ")" in text or "）" in text else text).strip()


# A day's date, as a dateline prints it: "2024-05-06", "2024/5/6", "2024年5月6日".
_DAY = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_CITY_TAIL = re.compile(r",\s*[A-Z][\w' -]*$")


@lru_cache(maxsize=4096)
def _names_organization(name: str, cues: Cues) -> bool:
    """Whether a name ends in an organization noun: itself, without its city (", Shanghai"), or its head
    ("X Office of Y District")."""
    forms = {_unbracketed(name), _bare(name)}
    forms |= {cues.head_of.split(form)[0] for form in forms}
    return any(search_at_end(cues.organization_end, form) for form in forms)


def names_body(name: str, cues: Cues) -> bool:
    """Whether a name ends in an organization's or a unit's noun, or its plural ("... Teams")."""
    return (
        _names_organization(name, cues)
        or names_unit(name, cues)
        or (name.endswith("s") and names_unit(name[:-1], cues))
    )


@lru_cache(maxsize=4096)
def names_unit(name: str, cues: Cues) -> bool:
    """Whether a name ends in a unit noun, itself or its head ("Section for Government Affairs Publicity")."""
    bare = _unbracketed(name)
    return bool(search_at_end(cues.unit_end, bare) or search_at_end(cues.unit_end, cues.head_of.split(bare)[0]))


@lru_cache(maxsize=256)
def _cleaned(text: str, cues: Cues) -> str:
    """A title without its frame, read once for the page's top and for its name."""
    return cues.clean_name(text)


@lru_cache(maxsize=256)
def _first_sentences(text: str, cues: Cues) -> tuple[re.Match[str] | None, ...]:
    """Each of the language's first-sentence patterns searched in the opening of `text`: read once for the
    intro's evidence and the name's."""
    opening = text[:400]
    return tuple(pattern.search(opening) for pattern in cues.first_sentence)


def evidence_of(nodes: list[Node], cues: Cues, weights: Weights | None = None) -> list[Evidence]:
    """The evidence of every node of a page's outline, scored by `weights` (the reader's table by default)."""
    hand = hand_weights()
    counts = Counter(node.text for node in nodes)
    headings = [cues.heading(node.text) if node.block.kind is not BlockKind.ROW else None for node in nodes]
    last_duties_heading = max(
        (index for index, heading in enumerate(headings) if heading is Section.DUTIES), default=-1
    )
    top = _top(nodes, headings, cues)
    first_heading = next((index for index, heading in enumerate(headings) if heading is not None), len(nodes))
    dated_header = any(read_date(node.text) is not None for node in nodes[:first_heading])
    leads_in = [
        _leads_in_to_duties(node, nodes[position + 1] if position + 1 < len(nodes) else None, cues)
        for position, node in enumerate(nodes)
    ]
    under = _section_above(
        [Section.DUTIES if lead else heading for heading, lead in zip(headings, leads_in, strict=True)]
    )
    heads = [
        _heads_paragraph(node, nodes[position + 1 : position + 2], headings[position], cues)
        # a line of the duties (under their heading or a sentence leading in to them) over its paragraph or
        # its items groups the duties, unless it names a unit ("1. Road maintenance" / "The department keeps
        # ..." under "Main Responsibilities"; "Air pollution" / "• Monitoring ..." under "Their work includes:")
        and not (under[position] is Section.DUTIES and not names_unit(node.text, cues))
        # the last item of a list whose items have no paragraphs ("二十八、客家事務委員會" over the article after
        # the list): the list's end, no name over a paragraph
        and not (position and _follows_a_sibling(node, nodes[position - 1]))
        for position, node in enumerate(nodes)
    ]
    several_heads = sum(heads) >= 2  # short lines each over a paragraph: units as headings
    label_like = [
        _labels_the_page(node, nodes[position + 1 : position + 2], cues) for position, node in enumerate(nodes)
    ]
    groups = [
        not heads[position] and _heads_paragraph(node, nodes[position + 1 : position + 2], headings[position], cues)
        for position, node in enumerate(nodes)
    ]
    found: list[Evidence] = []
    footer = duties_read = False
    section: Section | None = None
    section_at = -1  # where the open section's heading stands
    for position, node in enumerate(nodes):
        following = nodes[position + 1] if position + 1 < len(nodes) else None
        heading = headings[position]
        # the open section's heading again: a page break repeated it
        repeated_heading = heading is not None and heading is section and counts[node.text] > 1
        if repeated_heading:
            heading = None
        features = _features(node, nodes, position, cues, heading, section)
        short = cues.words(node.text) <= 4 and node.text[-1] not in cues.sentence_end
        top_label = section is None and short and node.marker is None
        footer = footer or is_footer(node.text)
        # printed again: the page's header after a page break; not a line printed twice in a row (a picture's
        # caption over the heading it repeats), where the first copy is the stray one
        repeated = counts[node.text] > 1 and any(
            other.text == node.text for other in nodes[: max(0, min(position - 1, first_heading))]
        )
        date_only = read_date(node.text) is not None and not strip_metadata(node.text)
        repeated_header = repeated or (position > first_heading and date_only and dated_header)
        features |= _present(
            {
                # unmarked prose above the duties' heading
                "prose_above_duties": section is None
                and node.marker is None
                and position < last_duties_heading
                and not short,
                "footer": footer,  # the copyright line and under it: the site's address and telephone
                "top_label": top_label,  # a short label at the top: a menu item, a tab, a section label
                # "A bit more about what we do", "You may also be interested in...": a label
                "stray_label": not top_label
                and section is None
                and not heads[position]
                and _stands_alone(label_like, position),
                # "Health Line" over "(800) 555-0142": the number's label, no duty or unit
                "number_label": _labels_a_number(node, following, cues),
                # "Air pollution" over its items of the duties: a group's label, no unit
                "group_label": groups[position] and node.marker is None,
                # "Meet the People session" between two sentences of duties: a caption or a label, no duty
                "label_among_sentences": not heads[position] and _label_among_sentences(nodes, position, cues),
                "unit_heading": heads[position] and several_heads,
                "under_unit_heading": position > 0 and heads[position - 1] and several_heads,  # the unit's duties
                "first_sentence": position < _NAME_WITHIN
                and node.marker is None
                and any(_first_sentences(node.text, cues)),
                # "... Its main responsibilities are as follows:" leads in to the duties
                "duties_lead_in": leads_in[position],
                # "I. The Office (...) is a bureau-level working body of ...": about it, no duty
                "says_what_it_is": node.marker is not None
                and section is None
                and position < _NAME_WITHIN
                and _says_what_it_is(node, cues),
                # "A. Obligations of the Bureau:" over its numbered duties: a label, no duty
                "list_label": _labels_a_list(node, following, cues),
                "repeated_header": repeated_header,  # the page's header again, after a page break
                "repeated_date": repeated_header and "date_cue" in features,
                "repeated_heading": repeated_heading,
                "above_top": position < top,  # above the name that heads the content: the site's header
            }
        )
        note = "repeated" if repeated_header or repeated_heading else None
        if node.block.cells and cues.heading(node.block.cells[-1]) is Section.DUTIES:
            note = "columns"
        if cues.post.fullmatch(node.text):
            note = "leader"
        # "Responsibilities:" under a unit labels its duties, and so does a duties' heading right under the units'
        # ("单位基本情况" / "职能职责"); after sentences on the structure that name no unit ("Organizational
        # structure" / two sentences on the divisions and staff / "Job responsibilities") it heads the body's
        label = (
            heading is Section.DUTIES
            and section in (Section.UNITS, Section.AFFILIATED)
            and not _only_sentences_since(nodes, section_at, position, cues)
        )
        evidence = Evidence(features, section, heading if position >= top else None, note=note)
        if heading is not None and position >= top and not label:  # "Responsibilities:" under a unit labels it
            section, duties_read, section_at = heading, False, position
        if position < _NAME_WITHIN and not duties_read:
            _read_name(node, position, cues, evidence, _broken(nodes, position, cues), hand)
            if evidence.heading is None and (framed := _framed_heading(node.text, evidence.name, cues)) is not None:
                # "X镇人民政府主要职责" under the name "X镇人民政府": the title again, heading the duties
                evidence.heading = framed
                lacking = _FRAMED_HEADING - hand.score(evidence.features, Role.HEADING)
                evidence.features["framed_heading"] = max(0.0, lacking)
            unnamed = evidence.name is None or hand.score(evidence.features, Role.NAME) < 0
            if unnamed and _titles_a_unit_page(node, following, cues, evidence):
                evidence.name_from({"name_unit_page": 1.0}, cues.clean_name(node.text))
        evidence.features |= _present(
            {
                # "3. Planning Board" over its paragraph: one of the units as headings
                "name_unit_heading_marked": node.marker is not None and heads[position] and several_heads,
                # "Engineering Services" under "Departments" / "The four departments are:": a line of the units'
                # section after its first names one of them, not the page's body ("Organization" / "• Financial
                # Bureau" / ...: the first line under the heading may name the page)
                "name_in_units_section": heading is None
                and section in (Section.UNITS, Section.AFFILIATED)
                and position > section_at + 1,
                "name_above_top": position < top,
                "name_at_top": position == top,
            }
        )
        _read_inline(node, cues, evidence, position < top, _announced_earlier(nodes, position, cues))
        # a line among the duties under their heading ("Town Council" between two duties) is no title
        duties_read = duties_read or (
            section is Section.DUTIES and heading is None and hand.score(evidence.features, Role.DUTY) > 0
        )
        closing = cues.language == "en" and (footer or (section is Section.CONTACT and heading is None))
        if evidence.name is None or closing or hand.score(evidence.features, Role.NAME) <= 0:
            # a block that gives no name, or gives one against the evidence; on an English page a line of the
            # site's footer ("Copyright © 2016 X Office of Y") or of the contact section ("Water Services:"
            # under "Telephone Numbers:") names the site's owner or whom to call, never the page
            evidence.name_from({}, None)
        found.append(evidence)
    _items_of_duties(nodes, found, hand, cues)
    _prefer_page_title(nodes, found, cues, hand)
    _prefer_full_names(nodes, found, cues)
    _prefer_echoed_name(nodes, found, cues, hand)
    _name_echoed_by_lead_in(nodes, found, cues, hand)
    first_named = next((position for position, evidence in enumerate(found) if evidence.name), None)
    above = subject_of_page(nodes, first_named, cues, lambda n: names_body(n, cues)) if first_named else None
    if above is not None and _names_a_body_of_its_own(above.name, cues):
        # the paragraphs above the first line naming a body name one by their subject: that line, under the
        # page's prose, is a link's or a caption's ("The Development Services Department administers ..." /
        # ... / "See the Business Plan for the Development Services Department")
        for evidence in found[above.position :]:
            evidence.name_from({}, None)
    named = any(evidence.name for evidence in found)
    if not named and (subject := subject_of_page(nodes, _NAME_WITHIN, cues, lambda name: names_body(name, cues))):
        # no title names a body, the first paragraph's subject does: "Public Health" / "The Public Health
        # Department is required ..."
        evidence = found[subject.position]
        strongest = max(evidence.score(role, hand) for role in Role)
        evidence.name_from({"name_subject": max(_SUBJECT_NAME, strongest + _MARGIN)}, subject.name)
        evidence.acts = subject.acts
        named = True
    if not named and (trail := _trail_name(nodes, cues)) is not None:
        # no line names a body, the breadcrumb's trail does, right above the title that ends it: "Home > Offices >
        # Office of the City Administrator > Functional Statement" over "Functional Statement"
        position, name = trail
        found[position].name_from({"name_trail": 1.0}, name)
        found[position + 1].features["repeated_header"] = 1.0  # the trail's last link printed again
        named = True
    if not named and cues.title_names_page and (title := _title_line(nodes, headings, cues)) is not None:
        # no block names an organization: the page's title names what the page is about (a guess, warned of)
        name = cues.clean_name(nodes[title].text)
        found[title].name_from({"name_title_only": 1.0}, _in_full(name, nodes, cues))
    return scored(found, weights or default_weights())


def _names_a_body_of_its_own(name: str, cues: Cues) -> bool:
    """Whether a subject names one body of the site, not its owner ("The Borough Council provides ...", over a
    department's title) nor a kind alone ("The Council", "The Department")."""
    owner = cues.site_owner is not None and cues.site_owner.fullmatch(name)
    generic = cues.generic_name is not None and cues.generic_name.fullmatch(name)
    return cues.words(name) >= 2 and not owner and not generic


def _in_full(title: str, nodes: list[Node], cues: Cues) -> str:
    """A title naming no body, or the name another line prints in full with its noun: "Housing Allocations"
    over an address whose line reads "Housing Allocations Section,"."""
    for node in nodes[:_NAME_WITHIN]:
        text = node.text.rstrip(" ,")
        if text.startswith(title + " ") and cues.words(text) == cues.words(title) + 1 and names_body(text, cues):
            return text
    return title


def _prefer_page_title(nodes: list[Node], found: list[Evidence], cues: Cues, hand: Weights) -> None:
    """Where the best name is the site's owner ("X Borough Council"), the page's title near it is the name
    ("Planning Policy Team") and the owner's line furniture (`orgkb.loaders.reading.roles.site_owner`)."""
    owned = page_title_under_owner(
        nodes,
        [evidence.name for evidence in found],
        cues,
        lambda text: _names_organization(text, cues) or names_unit(text, cues),
    )
    if owned is None:
        return
    owners, title = owned
    best = max(found[owner].score(Role.NAME, hand) for owner in owners)
    for owner in owners:
        found[owner].name_from({}, None)
        found[owner].features["site_owner"] = 1.0
    if title is not None:
        found[title].name_from({"name_owner_title": max(best, _OWNER_TITLE)}, cues.clean_name(nodes[title].text))
        found[title].heading = None


def _prefer_full_names(nodes: list[Node], found: list[Evidence], cues: Cues) -> None:
    """A block naming the organization by the short name another block introduces ("第二条 区水利局是……"
    under "江北区水利局(以下简称区水利局)"), or naming only the place whose office another block names
    in full ("湘雅路街道" over "……湘雅路街道办事处是……的派出机关"), gives no name: the full one does."""
    shorts: set[str] = set()
    if cues.short_name is not None:
        shorts |= {
            match.group("short")
            for node in nodes[:_NAME_WITHIN]
            for match in cues.short_name.finditer(node.text)
            if match.group("short") != match.group("name")
        }
    if cues.place_office is not None:
        offices = [
            match for evidence in found if evidence.name and (match := cues.place_office.fullmatch(evidence.name))
        ]
        shorts |= {
            evidence.name
            for evidence in found
            if evidence.name and any(office.group("place").endswith(evidence.name) for office in offices)
        }
    for evidence in found:
        if evidence.name in shorts:
            evidence.name_from({}, None)


# A line this close under a name that the page never echoes may be the page's name instead.
_ECHO_REACH = 2
_NAME_JOINERS = frozenset({"of", "and", "for", "on", "the", "in", "at", "to", "a", "an"})


def _prefer_echoed_name(nodes: list[Node], found: list[Evidence], cues: Cues, hand: Weights) -> None:
    """Two lines at the top naming a body, one right under the other ("Business Service" over "The Overseas
    Chinese Affairs Office of the X Municipal People's Government"): a page speaks of its own body, so the
    one whose words the rest of the page never prints again is the site's label for a part of the site (a
    channel, a menu), and gives no name, where the other's words are printed again (English pages)."""
    if cues.language != "en":
        return
    first = next((position for position, evidence in enumerate(found) if evidence.name), None)
    if first is None or found[first].score(Role.NAME, hand) <= 0:
        return
    name = found[first].name or ""
    for below in range(first + 1, min(first + 1 + _ECHO_REACH, len(found))):
        other = found[below].name
        if (
            not other
            or found[below].score(Role.NAME, hand) <= 0
            or not _names_organization(other, cues)
            or cues.words(other) <= cues.words(name)
            or nodes[below].text.rstrip()[-1:] in tuple(cues.sentence_end)
        ):
            continue  # no longer name, or a sentence's
        if found[first].features.get("unit_heading") or found[below].features.get("unit_heading"):
            return  # units as headings, each over its paragraph ("General Office" / "The office manages ...")
        if not _echoed(name, _page_without(nodes, first), cues) and _echoed(other, _page_without(nodes, below), cues):
            found[first].name_from({}, None)
        return


# The title a sentence leading in to the duties echoes stands this close above it (a date or a source line
# between them).
_LEAD_IN_REACH = 3


def _name_echoed_by_lead_in(nodes: list[Node], found: list[Evidence], cues: Cues, hand: Weights) -> None:
    """The line right above the sentence leading in to the page's duties that holds the name the sentence
    gives ("Qinghe Municipal Harbour Office" over "The main responsibilities of Harbour Office are:") is the
    page's name, wherever the site's menus above it stand ("Municipal Government" among the menu's links):
    the page names its own body again where its duties begin; lines above it give no name (English pages)."""
    if cues.language != "en" or cues.duties_owner is None:
        return
    for position, node in enumerate(nodes[:_NAME_WITHIN]):
        text = node.text.strip()
        match = next((hit for pattern in cues.duties_owner if (hit := pattern.fullmatch(text))), None)
        if match is None:
            continue
        owner = fold_name(match.group("name"))
        for above in range(position - 1, max(-1, position - 1 - _LEAD_IN_REACH), -1):
            title = _cleaned(nodes[above].text, cues)
            if (
                nodes[above].marker is not None
                or not title
                or title[-1] in cues.sentence_end
                or not fold_name(title).endswith(owner)
                or fold_name(title) == owner
                or not _names_organization(title, cues)
            ):
                continue
            strongest = max(found[above].score(role, hand) for role in Role)
            found[above].name_from({"name_lead_in": max(_SUBJECT_NAME, strongest + _MARGIN)}, title)
            for evidence in found[:above]:  # the site's header: its menus and labels, heading none of the page
                evidence.name_from({}, None)
                evidence.features["above_top"] = 1.0
                evidence.heading = None
            return
        return


def _page_without(nodes: list[Node], position: int) -> str:
    """The page's text without one line: what echoes that line's name."""
    return " ".join(node.text for at, node in enumerate(nodes) if at != position)


def _echoed(name: str, text: str, cues: Cues) -> bool:
    """Whether `text` prints again a word of `name` that is no body's noun nor a joining word ("Business" of
    "Business Service", "Wuxi" of "The Overseas Chinese Affairs Office of the Wuxi ...")."""
    words = {
        word.lower()
        for word in re.findall(r"[^\W\d_]{3,}", name)
        if word.lower() not in _NAME_JOINERS and not cues.body_noun(word)
    }
    if not words:
        return True  # a name of nouns alone says nothing by its words
    printed = {word.lower() for word in re.findall(r"[^\W\d_]{3,}", text)}
    return bool(words & printed)


_TRAIL_SEPARATOR = re.compile(r"\s*(?:>>?|›|»)\s*")
# Where a trail's links were printed with nothing between them ("HomeGovernmentOffice of the X"), a lower-case
# letter right before a capital parts two links.
_GLUED_LINKS = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _trail_name(nodes: list[Node], cues: Cues) -> tuple[int, str] | None:
    """The position of a breadcrumb's trail ending in the title printed on the line under it, and the body
    its last link naming one is ("Home > Offices > Office of the City Administrator > Functional Statement"
    over "Functional Statement": the page is the office's, its title the label of what the page tells of it);
    a trail's links printed glued together are parted where a capital follows a lower-case letter. None when
    the title names a body (it is then the name) or no link does (English pages)."""
    if cues.language != "en":
        return None
    for position, node in enumerate(nodes[: min(_NAME_WITHIN, len(nodes)) - 1]):
        text, title = node.text.strip(), nodes[position + 1].text.strip()
        if not title or len(text) <= len(title) or not text.endswith(title):
            continue
        head = text[: -len(title)]
        if _TRAIL_SEPARATOR.search(head.rstrip()[-2:] or " "):
            links = [link for link in _TRAIL_SEPARATOR.split(head) if link.strip()]
        elif head[-1:].isalpha() and title[:1].isupper():
            links = _GLUED_LINKS.split(head)
        else:
            continue  # the title's words ending a sentence, no trail
        if len(links) < 2 or names_body(cues.clean_name(title), cues):
            return None
        bodies = [link.strip() for link in links if cues.words(link) >= 2 and _names_organization(link.strip(), cues)]
        return (position, bodies[-1]) if bodies else None
    return None


def _framed_heading(text: str, name: str | None, cues: Cues) -> Section | None:
    """The section a title opens when it frames the organization's name with a section's words
    ("X镇人民政府主要职责", "Main Responsibilities of X"): the name's line when it is the first, a
    heading when another line is the name."""
    if not name or name == text or name not in text:
        return None
    return cues.heading(text.replace(name, "", 1).strip(" :：-—|"))


def _title_line(nodes: list[Node], headings: list[Section | None], cues: Cues) -> int | None:
    """The index of the page's title line above its content: the first short, capitalized, unmarked block
    that is no furniture, heading, date or sentence, before the first heading or marked item."""
    for position, node in enumerate(nodes[:_NAME_WITHIN]):
        if headings[position] is not None or node.marker is not None:
            return None
        text, block = node.text, node.block
        if (
            block.kind is not BlockKind.BREADCRUMB
            and len(block.cells) <= 2  # "Planning | Qinghe Council", no tab bar
            and not block.link
            and 0 < cues.words(text) <= _TITLE_WORDS
            and text[-1] not in cues.sentence_end + ":："
            and (cues.language != "en" or text[:1].isupper())
            and not cues.furniture.fullmatch(text)
            and not is_noise(block.text)
            and not is_footer(text)
            and read_date(text) is None
            and not is_metadata(text)
            and cues.clean_name(text)
        ):
            return position
    return None


_LABEL_WORDS = 8
_ELLIPSIS = re.compile(r"(?:\.{3,}|…)$")


def _labels_the_page(node: Node, following: list[Node], cues: Cues) -> bool:
    """Whether an unmarked line of a few words labels what follows or links elsewhere: no stop (an ellipsis is
    none), no duty's verb, no body's name, no list under it."""
    text = _ELLIPSIS.sub("", node.text).strip()
    if node.marker is not None or node.block.link or not text or not 2 < cues.words(text) <= _LABEL_WORDS:
        return False
    if text[-1] in cues.sentence_end or cues.duty_start.search(text) or read_date(text) is not None:
        return False  # a date line ("Last updated: Fri 23rd January, 2015") is the page's date, no label
    if following and following[0].marker is not None and following[0].depth > node.depth:
        return False  # a name or a lead-in over its items
    if following and not following[0].gap:
        return False  # a line carried on by the next: "Comprises the A Division, the B" / "Division and ..."
    if not node.gap:
        return False  # a line carrying on the one above it (or the page's first line: its title)
    return not (names_unit(_unbracketed(text), cues) or _names_organization(_unbracketed(text), cues))


_LIST_ITEMS = 3  # a list this long shows what its items are


def _items_of_duties(nodes: list[Node], found: list[Evidence], hand: Weights, cues: Cues) -> None:
    """An item with nothing under it in a list whose items mostly read as duties, or which a sentence leads
    in to as the duties, is a duty too, not a unit or the page's name ("• Cemetery", "• Water Pollution
    Control Centre" among "• Sanitary sewer mains", ...); in a section of units a list is its units."""
    runs: list[list[int]] = []
    for position, node in enumerate(nodes):
        if node.marker is None:
            continue
        if runs and _follows_a_sibling(node, nodes[runs[-1][-1]]) and node.parent == nodes[runs[-1][-1]].parent:
            runs[-1].append(position)
        elif not (runs and node.depth > nodes[runs[-1][-1]].depth):
            runs.append([position])
    for run in runs:
        evidence = [found[position] for position in run]
        if len(run) < _LIST_ITEMS or any(item.section in (Section.UNITS, Section.AFFILIATED) for item in evidence):
            continue
        # "... with the primary responsibilities of:" over "• Design" / "• Construction": the duties it leads in to
        led_in = run[0] > 0 and bool(found[run[0] - 1].features.get("duties_lead_in"))
        duties = sum(1 for item in evidence if item.score(Role.DUTY, hand) > item.score(Role.UNIT, hand))
        if 2 * duties <= len(run) and not led_in:
            continue
        for position, item in zip(run, evidence, strict=True):
            if nodes[position].children or item.inline is not None:
                continue
            if "article" in item.features and "name_first_sentence" in item.features:
                continue  # "- 第 2 條 X處(以下簡稱本處)置處長……": a regulation's article naming its body, no bare item
            if led_in and 2 * duties <= len(run) and names_unit(nodes[position].text, cues):
                continue  # led in to, but a unit's name: "• Roads Division"
            item.name_from({}, None)  # "• Homeless Services" among them: no name
            if item.score(Role.UNIT, hand) >= item.score(Role.DUTY, hand):
                item.features["item_of_duties"] = 1.0


def _follows_a_sibling(node: Node, previous: Node | None) -> bool:
    """Whether a marked block follows an item of the same list (same depth and style, or its item's last
    line): an item among others, never the page's title."""
    if node.marker is None or previous is None:
        return False
    return previous.marker is not None and previous.depth == node.depth and previous.marker.style == node.marker.style


def _section_above(headings: list[Section | None]) -> list[Section | None]:
    """For each node, the section the nearest heading above it opens (None above the first)."""
    above: list[Section | None] = []
    current: Section | None = None
    for heading in headings:
        above.append(current)
        current = heading if heading is not None else current
    return above


# a file's size or type in brackets at the line's end: the link to a document, no duty
_DOWNLOAD = re.compile(
    r"\((?:size\s*:?\s*)?\d[\d.,]*\s*[KMG]i?B\)\s*$|\((?:PDF|DOCX?|XLSX?|ODT|RTF)(?:[,;]?\s*[\d.,]+\s*[KMG]B)?\)\s*$",
    re.IGNORECASE,
)
_SENTENCE_WORDS = 5  # a neighbour this long that ends a sentence is a sentence


def _label_among_sentences(nodes: list[Node], position: int, cues: Cues) -> bool:
    """Whether an unmarked line of a few words, without a stop, a duty's verb or a body's or unit's name,
    stands between two sentences (an item of a list of sentences or a paragraph): its form is not theirs,
    so it is a caption, a label or a link among the duties, not one of them (English pages)."""
    if cues.language != "en" or not 0 < position < len(nodes) - 1:
        return False
    node = nodes[position]
    text = node.text
    if node.marker is not None or node.block.link or text[-1] in cues.sentence_end or not text[0].isupper():
        return False
    if ":" in text:  # "The key elements of our service are:-": a lead-in
        return False
    if cues.words(text) > _LABEL_WORDS or cues.duty_start.search(text) or cues.heading(text) is not None:
        return False
    if names_unit(_unbracketed(text), cues) or _names_organization(_unbracketed(text), cues):
        return False
    return all(
        other.text[-1] in cues.sentence_end and cues.words(other.text) >= _SENTENCE_WORDS
        for other in (nodes[position - 1], nodes[position + 1])
    )


def _stands_alone(label_like: list[bool], position: int) -> bool:
    """Whether a label-like line stands alone: a run of such lines, each a paragraph of its own, is a list
    ("Maintenance of county roads" / "Inspection of new streets" / ...), not labels."""
    if not label_like[position]:
        return False
    return not (position and label_like[position - 1]) and not (
        position + 1 < len(label_like) and label_like[position + 1]
    )


def _labels_a_number(node: Node, following: Node | None, cues: Cues) -> bool:
    """Whether a short line labels the contact number printed alone on the line under it."""
    if following is None or following.gap or node.marker is not None or ":" in following.text:
        return False
    text = node.text
    return (
        cues.words(text) <= _HEAD_WORDS
        and text[-1] not in cues.sentence_end
        and not _CONTACT_HINT.search(text)
        and bool(cues.contact_fields(following.text))
    )


def _heads_paragraph(node: Node, following: list[Node], heading: Section | None, cues: Cues) -> bool:
    """Whether a block is a short capitalized line over a paragraph of prose ("Street Cleaning" / "We sweep
    the roads of the borough, ..."), or a marked one over an unmarked paragraph ("1. Engineering" / "Our
    engineers maintain ..."), or an unmarked one over its marked items ("Personnel Office *" / "* Human
    resources"): a unit's name as a heading, when the page prints several."""
    text = node.text.rstrip(" *")
    if heading is not None or node.block.link or not following or not text:
        return False
    body = following[0]
    if node.marker is not None and body.marker is not None:
        return False  # an item over an item: a list's items, not a name over its text
    # a bracketed other name ("市政府应急管理办公室(市政府总值班室)") makes a name no longer
    if (
        not 0 < cues.words(_unbracketed(text)) <= _HEAD_WORDS
        or text[-1] in cues.sentence_end
        or _CONTACT_HINT.search(text)
    ):
        return False  # a sentence, or a label with its value ("Tel: 021-5924 1001")
    if cues.language == "en" and not text[:1].isupper():
        return False
    paragraph = body
    if cues.article is not None and cues.article.match(paragraph.text):
        return False  # "第一章 总则" over "第一条 ……": a regulation's chapter over its article, no unit
    if paragraph.block.link:
        return False
    if paragraph.marker is not None:  # an unmarked name over its own marked items
        return paragraph.depth > node.depth and cues.words(paragraph.text) >= 2 and not cues.post.fullmatch(text)
    least = _PARAGRAPH_WORDS if node.marker is None else _HEAD_WORDS + 2  # a marked name stands out already
    if _echoes(text, paragraph.text, cues) and not _names_organization(_unbracketed(text), cues):
        least = _HEAD_WORDS + 2  # "Licensing" / "The Licensing team issues ...": the sentence names the heading
    return cues.words(paragraph.text) >= least and paragraph.text[-1] in cues.sentence_end


def _echoes(name: str, sentence: str, cues: Cues) -> bool:
    """Whether a sentence opens with a heading's name as its subject, after "The" (English pages)."""
    if cues.language != "en":
        return False
    return re.match(rf"(?:The\s+)?{re.escape(name)}\s+[a-z]", sentence) is not None


def _leads_in_to_duties(node: Node, following: Node | None, cues: Cues) -> bool:
    """Whether a block is a sentence leading in to the duties: ending in a colon, or parted from the
    duties that ran on after its colon on the same line ("It assumes responsibilities as follows: ...")."""
    if cues.duties_lead_in is None:
        return False
    if node.text[-1] in ":：":
        return bool(cues.duties_lead_in.search(node.text))
    if following is not None and following.marker is not None and following.depth > node.depth:
        return bool(cues.duties_lead_in.search(node.text + ":"))  # "Its functions include" over its items
    run_in = following is not None and following.line == node.line and following.marker is None
    return run_in and bool(cues.duties_lead_in.search(node.text + ":"))


def _labels_a_list(node: Node, following: Node | None, cues: Cues) -> bool:
    """Whether a marked block is a label over the deeper list under it: it ends in a colon and opens
    with no duty verb ("A. Obligations of the Bureau:"), where "Organize X, including:" is a duty."""
    return (
        node.marker is not None
        and (node.text[-1] in ":：" or _titles_a_list(node.text, cues))
        and following is not None
        and following.marker is not None
        and following.depth > node.depth
        and not cues.duty_start.search(_unbracketed(node.text))
    )


_PUNCTUATED = re.compile(r"[，,。；;、：:！？!?“”\"()（）]")
_TITLE_CHARACTERS = 10  # a Chinese section title over its list is this short ("单位主要职责", "概况")


def _titles_a_list(text: str, cues: Cues) -> bool:
    """Whether a marked Chinese line is a report's section title over the list under it ("一、单位主要职责"
    over "(一)组织……"): short, no punctuation, no section the cues know (a heading then) and no unit's or
    body's name (a unit over its duties)."""
    return (
        cues.language == "zh"
        and len(text) <= _TITLE_CHARACTERS
        and not _PUNCTUATED.search(text)
        and cues.heading(text) is None
        and not cues.unit_end.search(text)
        and not cues.organization_end.search(text)
    )


def _says_what_it_is(node: Node, cues: Cues) -> bool:
    """Whether a block opens by saying what the organization is ("X is a working body of Y")."""
    if cues.what_it_is is None:
        return False
    for pattern in cues.first_sentence:
        match = pattern.search(node.text[:400])
        if (
            match
            and _names_organization(match.group("name"), cues)
            and cues.what_it_is.match(node.text, match.end("name"))
        ):
            return True
    return False


def _top(nodes: list[Node], headings: list[Section | None], cues: Cues) -> int:
    """The index of the last name-like block above the first duties heading (-1 when there is none):
    what comes above it is the site's header (menus, section labels, the site's own name)."""
    first = next((index for index, heading in enumerate(headings) if heading is Section.DUTIES), None)
    if first is None:
        return -1
    candidates = [
        index
        for index in range(first)
        if len(nodes[index].text) <= cues.max_name_length
        and not nodes[index].block.link
        and _names_organization(_cleaned(nodes[index].text, cues), cues)
        and nodes[index].text[-1] not in cues.sentence_end
        and not any(mark in _cleaned(nodes[index].text, cues) for mark in ":：|>")
        and not cues.contact_fields(nodes[index].text)  # "办公地址 X中心514办公室"
    ]
    placed = [index for index in candidates if cues.place_words.search(nodes[index].text)]
    return (placed or candidates or [-1])[-1]


def _features(
    node: Node, nodes: list[Node], position: int, cues: Cues, heading: Section | None, section: Section | None
) -> dict[str, float]:
    """What a node's own text, marking and section say: the features every role reads its share of."""
    text, block = node.text, node.block
    words = cues.words(text)
    ends_sentence = text[-1] in cues.sentence_end
    bare = _unbracketed(text)
    if (with_contact := unit_with_contact(text, cues)) is not None:
        bare = _unbracketed(with_contact[0])  # "办公室  电话：……": a unit's name, its telephone after it
        words = cues.words(bare)  # as long as the name: the telephone adds no words to it
    duty_verb = bool(cues.duty_start.search(bare))
    unit_noun = names_unit(bare, cues)
    following = nodes[position + 1] if position + 1 < len(nodes) else None
    # a contact line has a label and a colon, or a number
    contact = bool(_CONTACT_HINT.search(text)) and bool(cues.contact_fields(contact_text(node)))
    cells = block.cells
    post = bool(cues.post.fullmatch(text))
    # a sentence leading in to what follows; not a unit's name over its items ("Civil Affairs Section:")
    lead_in = text[-1] in ":：" and words >= 4 and not (unit_noun and _title_case(bare))
    previous = nodes[position - 1] if position else None
    article = cues.article.match(text) if cues.article is not None else None
    rest = strip_metadata(text)
    return _present(
        {
            "bias": True,
            "link": block.link,
            "breadcrumb": block.kind is BlockKind.BREADCRUMB,
            "noise": is_noise(block.text),
            "furniture_cue": bool(cues.furniture.fullmatch(text)),
            "tab_bar": len(cells) >= 3
            and all(cues.words(cell) <= 4 for cell in cells)
            and not any(map(_PHONE.search, cells)),
            "html_title": block.kind is BlockKind.TITLE,
            "post": post,  # "Director: Wang Wei": a leader, whom the knowledge graph does not hold
            # no word at all: a number without its item, a row of marks
            "wordless": not _WORDLESS.search(text) and read_date(text) is None and not contact,
            "metadata": is_metadata(text),  # "Source: ...", "Views: 2,087"
            # "Allocation Scheme(254KB)", "Road Opening Licence 2017.pdf (size 196.9 KB)": a file to download
            "download": bool(_DOWNLOAD.search(text)),
            # a table's column headings ("Department | Main Duties")
            "column_headings": bool(cells) and cues.heading(cells[-1]) is Section.DUTIES,
            # a date, alone or with furniture ("Release date: 2010-07-05 Font Size:[Big Small]")
            "date_cue": read_date(text) is not None and (len(rest) < 12 or bool(cues.furniture.fullmatch(rest))),
            "heading_cue": heading is not None,
            "heading_cue_html": heading is not None and block.kind is BlockKind.HEADING,
            "contact_cue": contact,
            # a row of a phone table
            "phone_row": bool(cells) and any(map(_PHONE.search, cells)) and not duty_verb and not contact,
            "unit_noun": unit_noun,
            # "Secretary Division: 2606 (Extension)", "办公室  电话：……": a unit's name and its telephone
            "unit_with_contact": with_contact is not None,
            # "一、民政局。" under "市府設下列各局、處:": a unit's name the list sets up, whatever its first word
            "listed_unit": node.listed_unit,
            "deeper_follows": following is not None and following.depth > node.depth and following.marker is not None,
            "short_title": words <= 12 and not ends_sentence and (cues.language != "en" or _title_case(bare)),
            "sentence_or_long": ends_sentence or words > 16,
            "duty_verb": duty_verb,
            "in_units_section": section in (Section.UNITS, Section.AFFILIATED),
            "html_subheading": block.kind is BlockKind.HEADING and block.level >= 2,
            "marked": node.marker is not None,
            "words>=5": words >= 5,
            "ends_sentence": ends_sentence,
            "words<=2": words <= 2,
            "in_duties_section": section is Section.DUTIES,
            # "Parish Council" between two duties under their heading: no unit without a unit's noun
            "in_duties_section_no_unit_noun": section is Section.DUTIES and not unit_noun,
            "in_other_section": section in (Section.LEADERS, Section.RELATED, Section.CONTACT, Section.AIMS),
            # "For general inquiries email" under "Contact Information": about the contact, no duty
            "contact_section_no_verb": section is Section.CONTACT and not duty_verb,
            "lead_in_colon": lead_in,
            # "Elections" under "(1) Civil Affairs Section:": an item of the unit's, no unit
            "item_under_unit": node.marker is not None and not unit_noun and _under_a_unit(node, nodes, cues),
            # a hard-wrapped line carrying on the item above
            "wrapped_line": previous is not None
            and node.marker is None
            and not node.gap
            and text[:1].islower()
            and previous.text[-1] not in cues.sentence_end + ":：",
            # "第二条 市自然资源局是市人民政府工作部门": an article about the organization
            "article": article is not None and not cues.duty_start.match(text[article.end() :]),
            # "区公所置区长,……综理区政": a regulation's post, basis or relation, no duty
            # (after the article's number too: "第 1 條本規程依……訂定之。")
            "regulation_clause": cues.regulation_clause is not None
            and (
                bool(cues.regulation_clause.search(text))
                or (article is not None and bool(cues.regulation_clause.search(text[article.end() :])))
            ),
            # "60年沧海桑田……2006年增设……", "地理位置  位于……": the office's past or its area, no duty
            "profile": cues.profile is not None
            and node.marker is None
            and not duty_verb
            and bool(cues.profile.search(text)),
            "long_prose_outside": words >= 15 and node.marker is None and section is None,
            # "To improve the health of the community by ...": what the office aims at, no duty
            "aim": cues.aim is not None and node.marker is None and section is None and bool(cues.aim.match(text)),
        }
    )


def _present(values: dict[str, bool | float]) -> dict[str, float]:
    """The features that are there (a false or zero feature is left out)."""
    return {name: float(value) for name, value in values.items() if value}


def _under_a_unit(node: Node, nodes: list[Node], cues: Cues) -> bool:
    """Whether a marked block hangs under a marked unit's name ("(1) Civil Affairs Section:" / "◎ Elections")."""
    if node.parent is None:
        return False
    parent = nodes[node.parent]
    bare = _unbracketed(parent.text)
    return (
        parent.marker is not None
        and cues.words(bare) <= _HEAD_WORDS + 2
        and bare[-1] not in cues.sentence_end
        and names_unit(bare, cues)
        and not cues.duty_start.search(bare)
    )


_SPACE = re.compile(r"\s+")
_UNIT_WITH_CONTACT = 80  # characters: a longer line is no unit's name and telephone


def unit_with_contact(text: str, cues: Cues) -> tuple[str, str] | None:
    """A unit's name followed by its contact details on one line ("办公室  电话：021-62000001"):
    (name, contact text), or None."""
    if len(text) > _UNIT_WITH_CONTACT or not _CONTACT_HINT.search(text):
        return None
    for space in _SPACE.finditer(text.strip()):
        head, tail = text.strip()[: space.start()], text.strip()[space.end() :]
        head = head.removesuffix(":").removesuffix("：")  # "Secretary Division: 2606 (Extension)"
        if names_unit(head, cues) and not cues.duty_start.search(head) and cues.contact_fields(tail):
            return head, tail
    return None


def contact_text(node: Node) -> str:
    """The text to read a node's contact details from: a two-cell table row as "label: value"."""
    cells = node.block.cells
    return f"{cells[0]}: {cells[1]}" if len(cells) == 2 else node.text


def is_metadata(text: str) -> bool:
    """Whether a line is nothing but a page's metadata (its source, its views, its date)."""
    return bool(text) and not strip_metadata(text) and read_date(text) is None


_UNIT_NAME_WORDS = 12  # a block of more words than this is a sentence, no unit's name


def _only_sentences_since(nodes: list[Node], start: int, end: int, cues: Cues) -> bool:
    """Whether the blocks between the units' heading at `start` and `end` are sentences, one or more: none
    of them can be a unit's name."""
    between = nodes[start + 1 : end]
    return bool(between) and all(
        node.text[-1:] in cues.sentence_end or cues.words(node.text) > _UNIT_NAME_WORDS for node in between
    )


def _titles_a_unit_page(node: Node, following: Node | None, cues: Cues, evidence: Evidence) -> bool:
    """Whether a block is a unit's name as the title of its own page: over the page's date line
    ("拥军优抚科" / "发布时间:2025-03-05 来源:"), over its contact lines ("信息科" / "联系方式 0531-……"),
    over the page's first heading, of duties ("政府办" / "部门职责"), or over a sentence referring back
    to it ("This division is responsible for:"), the page then being the unit's (a guess, warned of)."""
    if evidence.heading is not None or node.marker is not None or following is None:
        return False
    name = cues.clean_name(node.text)
    return (
        bool(name)
        and len(name) <= cues.max_name_length
        and names_unit(name, cues)
        and name[-1] not in cues.sentence_end
        and not cues.duty_start.search(name)
        and (
            (read_date(following.text) is not None and len(strip_metadata(following.text)) < 12)
            or refers_back(name, following.text, cues)
            or (not _CONTACT_HINT.search(node.text) and bool(cues.contact_fields(following.text)))
            # "政府办" / "部门职责" above every other section: a list's entry, named by its short name
            or (evidence.section is None and cues.heading(following.text) is Section.DUTIES)
        )
    )


def refers_back(name: str, text: str, cues: Cues) -> bool:
    """Whether `text` opens by referring back to the unit or organization `name` by its head noun
    ("Planning Division" / "This division is responsible for: ...")."""
    if cues.refers_back is None or (match := cues.refers_back.match(text)) is None:
        return False
    head = cues.head_of.split(_unbracketed(name))[0].split()
    return bool(head) and match.group("noun").lower() == head[-1].lower()


def _read_name(node: Node, position: int, cues: Cues, evidence: Evidence, carried: bool, hand: Weights) -> None:
    """Read the node as the organization's name: a title naming an organization, or a first sentence."""
    text = node.text
    if evidence.heading is not None:
        return
    cleaned = _cleaned(text, cues)
    if cues.generic_name is not None and cues.generic_name.fullmatch(cleaned):
        return  # "Government", "Our Services": a label over the page, naming no one body
    if carried:
        return  # "citizen complaints ... rendered by the Department.": a line carrying on a sentence, no name
    if _DAY.search(text) and cues.furniture.fullmatch(text):
        return  # "发布时间:2025-03-05 10:02 信息来源:X局": a dateline names the publisher, not the page's body
    early = max(0.0, 1.0 - 0.1 * position)
    features: dict[str, float] = {"name_unread": 1.0}  # neither a title nor a sentence naming a body
    name: str | None = cleaned
    if (
        name
        and len(name) <= cues.max_name_length
        and _names_organization(name, cues)
        and not _sentence(name, cues)
        and not _spans_sentences(name)
    ):
        block = node.block
        features = _present(
            {
                "name_title": True,
                "name_title_case": cues.language != "en" or _title_case(_bare(name)),
                "name_place": bool(cues.place_words.search(name)),
                "name_html_heading": block.kind is BlockKind.HEADING and block.level <= 2,
                "name_title_block": block.kind is BlockKind.TITLE,
                "name_link": block.link,
                "name_stop_or_verb": name[-1] in cues.sentence_end or bool(cues.duty_start.search(name)),
                "name_marked": node.marker is not None,
                "name_early": early,
            }
        )
    else:
        for match in _first_sentences(text, cues):
            if match and _names_organization(match.group("name"), cues) and not _spans_sentences(match.group("name")):
                name = match.group("name").strip()
                features = _present({"name_first_sentence": True, "name_early": early})
                # the sentence is the name's and the intro's: as sure as it is prose about the organization
                lacking = hand.score(evidence.features, Role.INTRO) + _MARGIN - hand.score(features, Role.NAME)
                features |= _present({"name_as_intro": max(0.0, lacking)})
                break
    # read only for a block that would give the name (most give none): "发布机构:X县政府", "Source: X Council":
    # who published the page, not whose page it is; "办公地址 X中心514办公室": an address
    # a block gives a name when it scores over one that reads none (lower still above the page's top)
    unread = {"name_unread": 1.0} | ({"name_above_top": 1.0} if "above_top" in evidence.features else {})
    named = hand.score(features, Role.NAME) > hand.score(unread, Role.NAME)
    if named and not is_metadata(text) and not cues.contact_fields(text):
        evidence.name_from(features, name)


def _broken(nodes: list[Node], position: int, cues: Cues) -> bool:
    """Whether a line is part of a sentence a hard wrap broke: it carries on the line above, or the line
    under it carries it on in lower case ("Within the Department of Planning and Development," / "there
    shall be ...")."""
    previous = nodes[position - 1] if position else None
    following = nodes[position + 1] if position + 1 < len(nodes) else None
    return _carries_on(nodes[position], previous, cues) or (
        following is not None and following.text[:1].islower() and _carries_on(following, nodes[position], cues)
    )


_SENTENCE_WORDS = 6  # a line this long that ends with no stop is a sentence a hard wrap broke


def _carries_on(node: Node, previous: Node | None, cues: Cues) -> bool:
    """Whether an unmarked English line carries on the sentence a hard wrap broke above it: no blank line
    between, the line above long and broken off with no stop ("... the Director of Planning and" /
    "Development, the head of which ..."), or itself opening in lower case."""
    if cues.language != "en" or node.marker is not None or node.gap or previous is None:
        return False
    if node.text[:1].islower():
        return True
    if _title_case(_bare(node.text)) or cues.furniture.fullmatch(previous.text) or is_noise(previous.block.text):
        return False  # a title under a skip link ("Jump to the content zone at the center")
    # broken off with no stop, at a lower-case word, a comma or inside an item: "... of Planning and", "...
    # of the Municipal,", "E. Assist in the preparation of an Official"
    last = previous.text.split()[-1]
    broken = previous.text[-1] not in cues.sentence_end + ":：" and (
        last[:1].islower() or last[-1] == "," or previous.marker is not None
    )
    return broken and cues.words(previous.text) >= _SENTENCE_WORDS and not previous.block.link


def _spans_sentences(name: str) -> bool:
    """Whether a would-be name runs on past a sentence's end ("The protection of our environment is
    important for health. The adverse impacts ... to the Council"): no name does."""
    return bool(_STOP.search(name))


_STOP = re.compile(r"[.!?]\s+[A-Z]|[。！？].")


def _sentence(name: str, cues: Cues) -> bool:
    """Whether a would-be name is a sentence that opens with a name's head: "X Commission of City
    Administration has the following main responsibilities" (in capitals a name's words are: its head
    alone does not make the rest of it a name)."""
    if cues.language != "en" or _title_case(_bare(name)):
        return False
    return not search_at_end(cues.organization_end, _unbracketed(name))


def _lists_units(text: str, cues: Cues) -> bool:
    """Whether a sentence lists units ("... six divisions, namely A, B and C"), not things it includes
    ("... including roads, sidewalks and lanes")."""
    for pattern in cues.unit_listing:
        if (match := pattern.search(text)) is None:
            continue
        if cues.stated_count is not None and cues.stated_count(text[: match.start("names")]) is not None:
            return True  # "(5) divisions including A, B, ...": units, whatever their names
        if any(names_unit(part.strip(" .;"), cues) for part in cues.list_separator.split(match.group("names"))):
            return True
    return False


def _announced_earlier(nodes: list[Node], position: int, cues: Cues) -> re.Match[str] | None:
    """A sentence opening with a unit's name in lower case ("The Works directorate manages ..."), parted
    from a paragraph whose text before it announced such units ("... three specialised directorates.")."""
    node = nodes[position]
    match = cues.announced_unit.match(node.text) if cues.announced_unit is not None else None
    if match is None or node.marker is not None:
        return None
    line = node.block.line
    before = (other.text for other in nodes[:position] if other.block.line == line and other.marker is None)
    return match if any(announces(text, match.group("noun")) for text in before) else None


def _read_inline(
    node: Node, cues: Cues, evidence: Evidence, above_top: bool, announced: re.Match[str] | None = None
) -> None:
    """Read the node as a unit's name followed by its duties on one block."""
    cells = tuple(cell for cell in node.block.cells if _WORDLESS.search(cell))  # without a number column
    bracketed = _BRACKETED_HEAD.match(node.text)
    if bracketed and names_unit(bracketed.group(1), cues):
        evidence.inline = (bracketed.group(1).strip(), bracketed.group(2).strip())
    elif len(cells) >= 2 and names_unit(cells[0], cues) and cues.words(" ".join(cells[1:])) >= 3:
        evidence.inline = (cells[0], " ".join(cells[1:]))
    elif match := cues.inline_unit.match(node.text):
        name = match.group("name").strip()
        if not names_unit(name, cues) or (cues.language == "en" and not _title_case(_unbracketed(name))):
            return
        if cues.language != "en" and any(pattern.match(node.text) for pattern in cues.typed_unit_listing):
            return  # "常設性任務編組:法規會、……": a label over units' names, no unit and its duties
        led_in = cues.language != "en" and any(pattern.match(node.text) for pattern in cues.unit_listing)
        if led_in and _lists_units(node.text, cues):
            return  # "内设股室:办公室、法制股、……": a listing's lead-in, no unit and its duties
        evidence.inline = (name, match.group("rest").strip())
    elif (match := cues.prose_unit.match(node.text)) and not _lists_units(node.text, cues):
        # unmarked, or an item of any list: "• X Division maintains ...", "1. The X Division secures ..."
        evidence.inline = (match.group("name").strip(), match.group("rest").strip())
        evidence.features["prose_unit"] = 1.0  # "The Roadways Section provides ...": a unit's, not the body's
    elif announced is not None and not _lists_units(node.text, cues):
        evidence.inline = (announced.group("name").strip(), announced.group("rest").strip())
        evidence.features["prose_unit"] = 1.0
    else:
        return
    evidence.features |= _present(
        {
            "inline": True,
            "inline_in_units": evidence.section in (Section.UNITS, Section.AFFILIATED),
            "inline_above_top": above_top,  # a unit's name and duties is read as one however high it sits
            # "监督检查科。组织……": the verb opens the unit's name, not a duty
            "inline_verb_name": bool(cues.duty_start.search(evidence.inline[0])),
        }
    )
