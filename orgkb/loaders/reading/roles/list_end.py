"""Where a page's list of duties ends: the prose after it is read as prose, not as more duties.

A council's page leads in to its duties, lists them as marked items ("- Lost and found dogs",
"• Cemeteries") and goes on below the list in paragraphs of another kind: advice to residents ("We
encourage you to log your requests ..."), what was achieved, how the service is organized, a title
over the next part ("Team structure"). The roles stage reads each such paragraph on its own and may
take it for a duty, since it sits among duties. The list itself shows where the duties end: its items
are marked and indented alike, and the first unmarked paragraph printed shallower than them is past its
end. Such paragraphs are read as prose about the organization (`Role.INTRO`): the assembly still keeps
a sentence of theirs that names the organization as the one that acts ("The department also maintains
...", `orgkb.loaders.reading.lines.prose`), and drops the rest. A list whose every item opens with a verb
in the past tense ("Achieved the highest collection rate ...", "Introduced text reminders ...") reports
what was done in a year: its items are prose too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from orgkb.loaders.reading.roles.cues import Cues, Section
from orgkb.loaders.reading.roles.evidence import Role
from orgkb.loaders.reading.roles.sequence import Roled
from orgkb.ontology.places import fold_name

_MIN_ITEMS = 2  # a list is at least this many marked items
# roles that pass between the list and the paragraphs after it without ending the prose after it
_PASSING = (Role.INTRO, Role.FURNITURE, Role.CONTACT, Role.DATE)
# roles that close what a list's end opened: what follows is the page's next part
_CLOSING = (Role.HEADING, Role.UNIT, Role.UNIT_DUTIES, Role.NAME)
_UNIT_SECTIONS = (Section.UNITS, Section.AFFILIATED)
# an item's first word in the past tense, after an adverb or not ("Achieved ...", "Significantly reduced ...");
# not a verb ending in -eed ("Proceed with ...", "Exceed ...")
_PAST = re.compile(r"^(?:[A-Za-z]+ly\s+)?[A-Za-z]{2,}(?<!e)ed\b")


def after_lists(roled: list[Roled], cues: Cues) -> list[Roled]:
    """`roled` with every unmarked duty paragraph printed after the end of a list of the organization's
    marked duty items, and shallower than them, read as prose (`Role.INTRO`), and so the items of a list of
    what was done (each opening with a verb in the past tense); English pages only.

    A line carrying on the list's last item (lower case, no blank line before it, the item ending with
    no full stop) stays the item's; a list under a unit's name is the unit's and left as read.
    """
    if cues.language != "en":
        return roled
    read = list(roled)
    name = next((item.evidence.name for item in read if item.role is Role.NAME and item.evidence.name), None)
    index = 0
    while index < len(read):
        end = index
        while end < len(read) and _item(read[end]):
            end += 1
        if end - index < _MIN_ITEMS or _units(read, index, name):
            index = max(end, index + 1)
            continue
        if all(_PAST.match(item.node.text.lstrip()) for item in read[index:end]):
            # "In 2016/17 the team: - Achieved ... - Introduced ...": what was done, a report, no duty
            read[index:end] = [replace(item, role=Role.INTRO) for item in read[index:end]]
        depth = min(item.node.depth for item in read[index:end])
        after = end
        while after < len(read):
            item = read[after]
            if item.role in _CLOSING or (item.role is Role.DUTY and item.node.marker is not None):
                break
            if item.role is Role.DUTY and item.node.depth < depth and not _carries_on(read[after - 1], item, cues):
                read[after] = replace(item, role=Role.INTRO)
            elif item.role not in _PASSING:
                break
            after += 1
        index = after
    return read


def _item(item: Roled) -> bool:
    """Whether a node is a marked item of a list of duties, printed inside the page's text."""
    return item.role is Role.DUTY and item.node.marker is not None and item.node.depth >= 1


def _units(read: list[Roled], start: int, name: str | None) -> bool:
    """Whether the list starting at `start` is a unit's: a unit's name above it, after the last heading (not
    the page's own name leading in to its list, "The Roads Department is responsible for:"), or a section
    of units."""
    if read[start].evidence.section in _UNIT_SECTIONS:
        return True
    for item in reversed(read[:start]):
        if item.role is Role.UNIT_DUTIES and item.evidence.inline and _own(item.evidence.inline[0], name):
            return False
        if item.role in (Role.UNIT, Role.UNIT_DUTIES):
            return True
        if item.role in (Role.HEADING, Role.NAME):
            return False
    return False


def _own(unit: str, name: str | None) -> bool:
    """Whether a unit's name a sentence gives is the page's own ("Roads Department" on the Roads Department's
    page, or its name with its place after it)."""
    folded = fold_name(unit)
    return name is not None and bool(folded) and fold_name(name).startswith(folded)


def _carries_on(previous: Roled, item: Roled, cues: Cues) -> bool:
    """Whether a line carries on the item above it: hard-wrapped, no blank line between, in lower case."""
    text = previous.node.text.rstrip()
    return not item.node.gap and item.node.text[:1].islower() and bool(text) and text[-1] not in cues.sentence_end
