"""The name a page's first paragraph gives by its subject, where no title names a body.

A page titled "Public Health" over "The Public Health Department is required by law to ..." is the
Public Health Department's: the paragraph's subject names a body (it ends in an organization's or a
unit's noun), the title names none. The page's first paragraph of prose is read: a body named further
down is one the page speaks of (a unit, a partner), not the page's own, unless the site names it as its
own and says what it does ("Our Building Control team is responsible for ..." under a first paragraph on
what building control is: the language's pattern marks the owner's word in group `own`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from orgkb.loaders.reading.outline import Node
from orgkb.loaders.reading.page import BlockKind
from orgkb.loaders.reading.roles.cues import Cues
from orgkb.ontology.places import fold_name

# A paragraph has at least this many words: a shorter block is a label, a title or a link.
_PARAGRAPH_WORDS = 8


@dataclass(frozen=True)
class Subject:
    """The block whose sentence names the page's body, the name, and whether the sentence says what the
    body does ("manages ...", "is responsible for ...") rather than what it is."""

    position: int
    name: str
    acts: bool


def subject_of_page(nodes: list[Node], within: int, cues: Cues, names_body: Callable[[str], bool]) -> Subject | None:
    """The subject of the first paragraph among the first `within` blocks, when it names a body and no
    line above it does; else the site's own body a later sentence names (`_own_body`)."""
    if cues.subject_name is None:
        return None
    title = ""  # the short line right above
    for position, node in enumerate(nodes[:within]):
        text = node.text
        if not _prose(node, cues):
            if _no_paragraph(node):
                continue  # a list item, a link, a breadcrumb, a table row: no paragraph
            generic = cues.generic_name is not None and cues.generic_name.fullmatch(cues.clean_name(text))
            if names_body(cues.clean_name(text)) and not generic:
                return None  # a title above the paragraph names a body ("County Road Division"): the page's
            title = text
            continue
        match = cues.subject_name.match(text)
        if (
            match is not None
            and match.groupdict().get("noun")
            and _echoes(match.group("name"), title, least=2)
            and title[:1].isupper()
        ):
            # the title names it ("Waste and Recycling" over "The Waste & Recycling team collects ...", which
            # gives its kind: `orgkb.loaders.identity.kind_echo`; a name of one word gives none, so it stays the
            # name); a line in lower case ("preventing homelessness with Housing Options", a title's second
            # part) is no title that can name the page
            return None
        if match is not None and _names(match, names_body):
            acts = cues.acts is not None and bool(cues.acts.match(text, match.end("name")))
            return Subject(position, match.group("name").strip(), acts)
        # no subject naming a body ("The council is responsible for ..."): a later sentence of the paragraph may
        # name it ("... The Licensing Team grant licences ...")
        later = _later_subject(nodes, position, cues, names_body)
        return later or _own_body(nodes[:within], position, cues, names_body)
    return None


def _owner_or_kind(name: str, cues: Cues) -> bool:
    """Whether a subject names the site's owner ("Riverton Borough Council") or a body's kind alone ("The
    Council", `Cues.generic_name`)."""
    owner = cues.site_owner is not None and cues.site_owner.fullmatch(name) is not None
    return owner or (cues.generic_name is not None and cues.generic_name.fullmatch(name) is not None)


def _later_subject(nodes: list[Node], position: int, cues: Cues, names_body: Callable[[str], bool]) -> Subject | None:
    """The body a later sentence of the first paragraph names as its subject, acting, where the first sentence
    names none of the page's own ("The council is responsible for licensing. The Licensing Team grant licences
    ..."): a name that is no site owner nor a kind alone, saying what the body does, that the page prints again
    below the sentence (a body the page is about is mentioned again; one it passes by is not). The paragraph's
    sentences are the body's duties, as under a first sentence naming it acting."""
    assert cues.subject_name is not None
    text = nodes[position].text
    sentences = cues.sentences(text) if cues.sentences else [text]
    rest = " ".join(node.text for node in nodes[position + 1 :])
    for at, sentence in enumerate(sentences[1:], start=1):
        match = cues.subject_name.match(sentence)
        if match is None or not _names(match, names_body) or not _does(sentence, match, cues):
            continue
        name = match.group("name").strip()
        if _owner_or_kind(name, cues):
            continue
        later = " ".join(sentences[at + 1 :]) + " " + rest
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", later):
            return Subject(position, name, True)  # its verb follows (the pattern's), and says what it does
    return None


def _prose(node: Node, cues: Cues) -> bool:
    """Whether a block is a paragraph of prose: long enough and holding a sentence's end (or ending in a
    colon: a lead-in)."""
    if _no_paragraph(node):
        return False
    text = node.text
    sentence = any(mark in text for mark in cues.sentence_end) or text.endswith((":", "："))
    return cues.words(text) >= _PARAGRAPH_WORDS and sentence


def _no_paragraph(node: Node) -> bool:
    """Whether a block is a list item, a link, a breadcrumb or a table row: no paragraph and no title."""
    block = node.block
    return node.marker is not None or block.link or block.kind is BlockKind.BREADCRUMB or bool(block.cells)


def _names(match: re.Match[str], names_body: Callable[[str], bool]) -> bool:
    """Whether a subject names a body: its name ends in a body's noun, or the pattern read one in lower case
    after it (group `noun`: "The Environmental Health team oversee ...")."""
    return names_body(match.group("name")) or bool(match.groupdict().get("noun"))


def _own_body(nodes: list[Node], start: int, cues: Cues, names_body: Callable[[str], bool]) -> Subject | None:
    """The body that a sentence of the paragraphs from `start` names as the site's own and acting ("Our
    Building Control team is responsible for ...", group `own` of the language's pattern; not what it is,
    `Cues.what_it_is`), where a title, heading or label among the blocks names what it is named after."""
    assert cues.subject_name is not None
    titles = [node.text for node in nodes if not _prose(node, cues) and not _no_paragraph(node)]
    for position in range(start, len(nodes)):
        node = nodes[position]
        if not _prose(node, cues):
            continue
        for sentence in cues.sentences(node.text) if cues.sentences else [node.text]:
            match = cues.subject_name.match(sentence)
            if (
                match is not None
                and match.groupdict().get("own")
                and _names(match, names_body)
                and _does(sentence, match, cues)
                and any(_echoes(match.group("name"), title) for title in titles)
            ):
                return Subject(position, match.group("name").strip(), False)
    return None


def _does(text: str, match: re.Match[str], cues: Cues) -> bool:
    """Whether the sentence says what its subject does ("is responsible for ...", "help turn ..."), not what
    it is (`Cues.what_it_is`: "is a team of ...")."""
    return cues.what_it_is is None or not cues.what_it_is.match(text, match.end("name"))


_WORD = re.compile(r"\w+")


def _echoes(name: str, title: str, least: int = 1) -> bool:
    """Whether a title above names what the body is named after: each capitalized word of the name stands
    in it ("Community development and partnerships" over "Our Community Development & Partnerships team
    ..."; "What is Building Control?" over "Our Building Control team ..."), not a topic of the page that
    another team handles ("Dead Animals" over "Our Streetscene team will collect ..."); `least` words."""
    words = {fold_name(word) for word in _WORD.findall(name) if word[:1].isupper()}
    return len(words) >= least and words <= {fold_name(word) for word in _WORD.findall(title)}
