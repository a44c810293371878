"""Roled blocks -> a `Document`: a walk over the blocks in page order, then the document built.

It reads no layout of its own: the outline gave the nesting, the roles stage what each block is.
Here the blocks are put together: a duty belongs to the unit above it when the units' section or a
unit heading is open, continuation lines join their item, a unit's paragraph is split into its
duties, and every fact keeps its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from orgkb.errors import LoadError
from orgkb.loaders.document import Contact, Document, Duty, NameSource, Repair, Unit
from orgkb.loaders.identity.organization import is_chinese_name
from orgkb.loaders.identity.provisional import provisional_name, reads_as_an_organizations
from orgkb.loaders.reading.assembly.drafts import Draft, first_line
from orgkb.loaders.reading.assembly.duties_owner import Owner, duties_owner, same_body
from orgkb.loaders.reading.assembly.subject_sentences import part_at_subjects
from orgkb.loaders.reading.assembly.units import UnitMaker
from orgkb.loaders.reading.lines.contacts import PERSON, add_to_contact, split_head
from orgkb.loaders.reading.lines.header import read_date, read_site
from orgkb.loaders.reading.lines.mentions import find_bodies, find_partners
from orgkb.loaders.reading.lines.normalize import repair_words
from orgkb.loaders.reading.lines.prose import organizations_sentences, states_own_duty
from orgkb.loaders.reading.lines.unit_listings import listed_units, names_only, set_up
from orgkb.loaders.reading.outline import Node
from orgkb.loaders.reading.page import Page
from orgkb.loaders.reading.roles import Role, Roled
from orgkb.loaders.reading.roles.cues import Cues, Section
from orgkb.loaders.reading.roles.evidence import contact_text, names_body, unit_with_contact
from orgkb.loaders.reading.roles.mentioned import mentioned_name
from orgkb.ontology.places import fold_name

# The least evidence for a name that the reader accepts, and below which it warns that it guessed.
NAME_THRESHOLD = 0.0
SURE_NAME = 3.0
_CONTENT = (Role.DUTY, Role.UNIT, Role.UNIT_DUTIES)
_UNIT_SECTIONS = (Section.UNITS, Section.AFFILIATED)
_SKIPPED_SECTIONS = (Section.LEADERS, Section.RELATED, Section.AIMS)
_LIST_TITLE_WORDS = 8  # at most this many words in the title of a list of duties read as one of them
_LIST_TITLE_LEAD_INS = 2  # and at most this many sentences leading in between the title and the list
_SKIPPED_LABELS = {Section.LEADERS: "the leadership list", Section.AIMS: "the aims"}


@dataclass(frozen=True)
class _Named:
    name: str
    line: int
    roled: Roled | None  # the block that gives it; None for a name printed inside the text


class _Assembly:
    def __init__(self, page: Page, roled: list[Roled], cues: Cues) -> None:
        self.page, self.roled, self.cues = page, roled, cues
        self.repairs: list[Repair] = []
        self.warnings: list[str] = []
        self.dropped: list[str] = []
        self.contact = Contact()
        self.site: str | None = page.site
        self.maker = UnitMaker(cues, self.repair, self.warnings)
        self.last_draft: Draft | None = None  # the page's last item of duties, where a cut page ends
        self.name_source: NameSource | None = None  # where the name came from when the page prints none

    def repair(self, text: str, line: int) -> str:
        if self.cues.language != "en":
            return text
        repaired, repairs = repair_words(text, line)
        self.repairs.extend(repairs)
        return repaired

    def document(self) -> Document:
        named = self._named()
        units: list[Unit] = []
        listed_here: list[Unit] = []  # the units a list setting up units named (`outline.lead_in_lists`)
        list_depth = 0  # the depth of that list's items
        org_items: list[Draft] = []
        unit_items: list[Draft] = []
        intro: list[str] = []
        prose: list[Draft] = []  # the intro's paragraphs, the duties of a page that marks none
        # the first sentence's duties ("The role of the X is to ..."), where the page lists others after it
        named_duties: list[Draft] = []
        listed: list[tuple[int, list[str], Section | None, int]] = []
        in_prose: list[tuple[int, str]] = []  # (line, name) of units set up inside prose
        # the duties prose about the organization states: a paragraph opening with its duty ("主要负责……"),
        # a sentence naming it as the one that acts ("Within these sections, the department issues ...")
        stated: list[Draft] = []
        released = None
        section: Section | None = None
        unit: Unit | None = None
        contacts: list[tuple[Unit | None, str, int, int]] = []
        gapped = self._gapped()
        skipped: dict[Section, list[int]] = {}
        last = -1  # the index of the last unit or duty read
        previous_role: Role | None = None
        chinese_title: str | None = None
        names_above = -1  # the index right after the last block that was nothing but units' names
        for index, item in enumerate(self.roled):
            node, role = item.node, item.role
            if role in (Role.DATE, Role.FURNITURE, Role.NAME, Role.INTRO) and section is None:
                self.site = self.site or read_site(node.text)
            if self.cues.language == "en" and previous_role is Role.NAME and is_chinese_name(node.text):
                chinese_title = node.text  # the name in Chinese under the English one
                previous_role = role
                continue
            previous_role = role
            if role is Role.FURNITURE:
                note = item.evidence.note
                if note == "leader" and section not in _SKIPPED_SECTIONS:
                    self.warnings.append(f"line {node.line}: a leader was skipped: {node.text[:40]!r}")
                elif note == "repeated":
                    self.warnings.append(
                        f"line {node.line}: the page's header, repeated after a page break, was dropped"
                    )
                    released = released or read_date(node.text)
                elif note == "columns":
                    self.warnings.append(
                        f"line {node.line}: the table's column headings were skipped: {node.text[:40]!r}"
                    )
                if section in _SKIPPED_SECTIONS:
                    skipped.setdefault(section, []).append(node.line)
                if released is None and section is None:
                    released = read_date(node.text)  # a date above the title, or a bare date line
                self.dropped.append(node.block.text)
                continue
            if role is Role.DATE or (released is None and role in (Role.NAME, Role.INTRO)):
                released = released or read_date(node.text)
            if role is Role.NAME:
                if item.evidence.name != self.cues.clean_name(node.text):
                    intro.append(self.repair(node.text, node.line))  # a first sentence naming the organization
                    prose.append(Draft(None, [(node.line, node.text)]))  # and the prose of a page that is prose
                    if item.evidence.acts:  # "The X Department manages ...": what it does, its duties
                        org_items.extend(Draft(None, [(node.line, duty)]) for duty in self._acts(node.text))
                    elif self._names_by_what_it_does(node.text, item.evidence.name):
                        named_duties.extend(Draft(None, [(node.line, duty)]) for duty in self._acts(node.text))
                    in_prose.extend(self._units_in_prose(node))
                if names := listed_units(node.text, self.cues):
                    listed.append((node.line, names, section, len(units)))  # a chart's caption and its units
                continue
            if role is Role.HEADING:
                for word, meant in self.cues.respell(node.text.strip(" :：")):
                    self.repairs.append(Repair(node.line, word, meant, "misspelt heading word"))
                if item.evidence.heading is Section.DUTIES and unit is not None and section in _UNIT_SECTIONS:
                    continue  # "Responsibilities:" under a unit's name labels its duties
                section = item.evidence.heading
                unit = None
                continue
            if role is Role.CONTACT:
                contacts.append((unit, contact_text(node), node.line, index))
                continue
            inline = item.evidence.inline if role is Role.UNIT_DUTIES else None
            if named and inline and _own(inline[0], named.name):
                # "The Public Works Department maintains ..." on the department's own page: its duty, no unit
                self.warnings.append(f"line {node.line}: {inline[0]!r} names the organization itself, no unit")
                if not inline[1].rstrip().endswith((":", "：")):  # "... is responsible for:" leads in to its list
                    org_items.append(Draft(None, [(node.line, node.text)]))  # the sentence, its subject kept
                if names := listed_units(node.text, self.cues):
                    listed.append((node.line, names, section, len(units)))  # "... its six divisions, A, B, ..."
                unit = None
                continue
            if section is Section.AIMS and role is Role.UNIT_DUTIES:
                section = None  # "The Public Works Division is responsible for ..." after the mission: the aims ended
            if section in _SKIPPED_SECTIONS:
                skipped.setdefault(section, []).append(node.line)
                self.dropped.append(node.text)
                continue
            if role is Role.INTRO and section is None:  # prose about the organization, under a unit too
                stated.extend(self._stated(node.line, node.text, named))
            if role is Role.DUTY and names_above == index and (names := names_only(node.text, self.cues)):
                for name in names:  # "业务单位:A、B" over "辅助单位:C、D": the block of names goes on
                    units.append(self.maker.unit(name, node.line, len(units) + 1, section))
                names_above = index + 1
                continue
            if role in (Role.DUTY, Role.INTRO) and unit is None and (names := listed_units(node.text, self.cues)):
                # "... has set up eight offices, namely A, B and C."
                listed.append((node.line, names, section, len(units)))
                continue
            parted = node.gap or self._article(node.text) is not None  # a paragraph or an article of its own
            sets_up = (unit is None or parted) and role in (Role.DUTY, Role.INTRO)
            if sets_up and (names := set_up(node.text, self.cues)):
                for name in names:  # "本所设图书馆、清洁队,……": an article sets units up, before the units or after
                    units.append(self.maker.unit(name, node.line, len(units) + 1, section))
                continue
            if role is Role.INTRO and section is not None and node.text.endswith((":", "：")):
                self.warnings.append(f"line {node.line}: the sentence leading in to the list is no duty")
                self.dropped.append(node.text)
                continue
            if role is Role.INTRO and section is Section.CONTACT:
                self.warnings.append(f"line {node.line}: not a contact detail: {node.text[:40]!r}")
                continue
            if role is Role.INTRO:
                intro.append(self.repair(node.text, node.line))
                prose.append(Draft(None, [(node.line, node.text)]))
                in_prose.extend(self._units_in_prose(node))
                continue
            if role in _CONTENT:
                last = index
            listing = role is Role.UNIT or (role is Role.DUTY and section in _UNIT_SECTIONS)
            if listing and (names := names_only(node.text, self.cues)):
                for name in names:  # "A、B、C", "A, B and C": a block that is nothing but units' names
                    units.append(self.maker.unit(name, node.line, len(units) + 1, section))
                unit = None
                names_above = index + 1
                continue
            if role in (Role.UNIT, Role.UNIT_DUTIES):
                name = item.evidence.inline[0] if role is Role.UNIT_DUTIES and item.evidence.inline else node.text
                with_contact = unit_with_contact(name, self.cues) if role is Role.UNIT else None
                unit = self.maker.unit(with_contact[0] if with_contact else name, node.line, len(units) + 1, section)
                # a unit a regulation's list set up, detailed by its own article later: one unit
                again = next((other for other in listed_here if fold_name(other.name) == fold_name(unit.name)), None)
                if again is not None:
                    unit = again
                else:
                    units.append(unit)
                if node.listed_unit:
                    listed_here.append(unit)
                    list_depth = node.depth
                if with_contact is not None:
                    self._contact(unit.contact, with_contact[1], node.line)
                if role is Role.UNIT_DUTIES and item.evidence.inline:
                    unit_items.append(Draft(unit, [(node.line, item.evidence.inline[1])]))
                continue
            if role is Role.DUTY and unit is not None and self._article(node.text) is not None:
                unit = None  # "第 9 條 ……" after "第 3 條 本處設下列各組: 一、X組:……": a new article, no unit's duty
            if role is Role.DUTY and unit in listed_here and node.marker is not None and node.depth < list_depth:
                unit = None  # "三、……" after "二、……設有以下的功能部門:" / "a. X中心;": the list of units has ended
            if role is Role.DUTY and unit in listed_here and (list_depth == 0 or (node.marker is None and node.gap)):
                unit = None  # a list of bare names has no text under its last name (`outline.lead_in_lists`)
            if role is Role.DUTY and unit is None and section in (Section.UNITS, Section.AFFILIATED):
                self.warnings.append(f"line {node.line}: text before the first unit was skipped")
                self.dropped.append(node.text)
                continue
            if role is Role.DUTY and self._heads_list(index):
                # "What do Electoral Services do?", "Facilities, Programs & Policies" over the list: its title
                self.warnings.append(f"line {node.line}: the heading over the list of duties is no duty")
                self.dropped.append(node.text)
                continue
            if role is Role.DUTY:
                items = unit_items if unit is not None else org_items
                previous = items[-1] if items else None
                if previous is not None and previous.unit is unit and self._nested(node, previous):
                    previous.lines.append((node.line, node.block.text))  # "including: (1) ...; (2) ..."
                    previous.depth = min(previous.depth, node.depth - 1)
                    continue
                wrapped = previous is not None and (
                    (previous.lines[-1][1][-1] not in self.cues.sentence_end and node.text[:1].islower())
                    or (gapped.get(section, False) and not previous.marked)
                )
                if previous is not None and previous.unit is unit and node.marker is None and not node.gap and wrapped:
                    previous.lines.append((node.line, node.text))  # a hard-wrapped line of the item
                    continue
                number = node.marker.number if node.marker is not None else None
                items.append(Draft(unit, [(node.line, node.text)], node.marker is not None, number, node.depth))
        for what, lines in skipped.items():
            label = _SKIPPED_LABELS.get(what, "the related links")
            self.warnings.append(f"line {lines[0]}: skipped {label} ({len(lines)} lines)")
        # contact lines after the last unit's text are the organization's; a unit's head stays the unit's
        for owner, text, line, index in contacts:
            heads = split_head(text) or any(field == PERSON for field, _ in self.cues.contact_fields(text))
            if owner is not None and (index < last or heads):
                self._contact(owner.contact, text, line)
            else:
                self._contact(self.contact, text, line)
        self.maker.align(units, listed)
        taken = {fold_name(unit.name) for unit in units}
        for line, name in in_prose:
            if fold_name(name) not in taken:
                taken.add(fold_name(name))
                units.append(self.maker.unit(name, line, len(units) + 1, None))
        if named is not None:
            org_items = self._organizations_prose(named.name, org_items, unit_items, units, named_duties)
        if stated and (org_items or units or prose):  # the duties its prose states, before reading all prose as duties
            org_items = sorted(stated + org_items, key=first_line)
        drafts = org_items + unit_items
        self.last_draft = max(drafts, key=lambda draft: draft.lines[-1][0]) if drafts else None
        if named is None:  # a page that prints no name: named provisionally when it has a duty or a unit
            named = self._provisional([draft.lines[0][0] for draft in drafts] + [unit.line for unit in units])
        if org_items and named_duties and org_items[0].lines[0][0] > named_duties[-1].lines[0][0]:
            org_items[:0] = named_duties  # the first sentence says what it does, the list after it the rest
        if not org_items and not units and prose:
            # a readable page whose duties are prose: read its paragraphs as duties, and say so
            self.warnings.append(
                f"line {prose[0].lines[0][0]}: no duty or unit was marked as such; "
                f"{len(prose)} paragraphs of prose were read as duties (confidence 0.30)"
            )
            org_items = prose
        return self._build(named, intro, released, org_items, unit_items, units, chinese_title)

    def _stated(self, line: int, paragraph: str, named: _Named | None) -> list[Draft]:
        """The organization's duties a paragraph of prose about it states (`orgkb.loaders.reading.lines.prose`): all of
        it when it opens with a duty, its subject left out; else its sentences naming the organization as
        the one that acts."""
        if states_own_duty(paragraph, self.cues):
            return [Draft(None, [(line, paragraph)])]
        if named is None:
            return []
        _, organizations = organizations_sentences(paragraph, named.name, self.cues)
        return [Draft(None, [(line, sentence)]) for sentence in organizations]

    def _organizations_prose(
        self, name: str, org_items: list[Draft], unit_items: list[Draft], units: list[Unit], named: list[Draft]
    ) -> list[Draft]:
        """The organization's duties with those its prose states (`orgkb.loaders.reading.lines.prose`): the sentences of
        a unit's paragraph that say what the organization does are its duties too (the unit's paragraph kept
        whole: the work is done there), and a first sentence saying what it does is its duty where the page
        lists no other duty of its own but units. A paragraph of the organization's sentences only is
        the organization's alone."""
        moved: list[Draft] = []
        for draft in list(unit_items):
            if len(draft.lines) != 1:
                continue
            line, text = draft.lines[0]
            own, organizations = organizations_sentences(text, name, self.cues, draft.unit.name if draft.unit else None)
            moved.extend(Draft(None, [(line, sentence)]) for sentence in organizations)
            if organizations and not own:
                unit_items.remove(draft)
        if not moved:
            return org_items if org_items or not units else list(named)
        return sorted(org_items + moved, key=first_line)

    def _units_in_prose(self, node: Node) -> list[tuple[int, str]]:
        """The (line, name) of each unit that prose about the organization sets up ("2006年增设X调查队")."""
        pattern = self.cues.unit_in_prose
        return [(node.line, match.group("name")) for match in pattern.finditer(node.text)] if pattern else []

    def _named(self) -> _Named | None:
        """The organization's name: the block that gives it, else a name printed inside the page's text
        (a guess, warned of); None when there is neither."""
        item = next((item for item in self.roled if item.role is Role.NAME), None)
        owner = duties_owner(self.roled, self.cues.duties_owner, lambda name: names_body(name, self.cues))
        if item is not None and item.evidence.scores[Role.NAME] > NAME_THRESHOLD and item.evidence.name:
            name = item.evidence.name
            titled = name == self.cues.clean_name(item.node.text)
            # a title naming no body ("Bylaws & Bylaw Enforcement") over "The By-law Enforcement Section is
            # responsible for:" and its list, or a sentence's subject over a list that another body's name leads
            # in to ("What do Electoral Services do?"): the list's body is the page's; a title naming a body stays,
            # and so does a sentence's subject over a lead-in read as a unit's sentence (a unit under the body)
            if (
                owner is not None
                and not same_body(owner.name, name)
                and (not names_body(name, self.cues) if titled else not owner.as_unit)
            ):
                return self._named_by_lead_in(owner)
            if item.evidence.scores[Role.NAME] < SURE_NAME:
                self.warnings.append(
                    f"line {item.node.line}: the organization's name was guessed "
                    f"(confidence {item.evidence.scores[Role.NAME] / SURE_NAME:.2f}): {item.evidence.name!r}"
                )
            return _Named(item.evidence.name, item.node.line, item)
        texts = [(item.node.line, item.node.text) for item in self.roled if item.role is not Role.FURNITURE]
        # a unit's name printed over and over ("Corporate Services" / "Corporate Services provides ...") is
        # that unit, not the page's organization
        units = frozenset(item.node.text for item in self.roled if item.role is Role.UNIT) | frozenset(
            item.evidence.inline[0]
            for item in self.roled
            if item.role is Role.UNIT_DUTIES and item.evidence.inline is not None
        )
        if owner is not None:  # "Responsibilities of the Park Board include:" over the page's only list
            return self._named_by_lead_in(owner)
        if (mention := mentioned_name(texts, self.cues, units)) is not None:
            self.warnings.append(
                f"line {mention.line}: no line of the page gives the organization's name; the name printed "
                f"in the text was taken (confidence {mention.confidence:.2f}): {mention.name!r}"
            )
            return _Named(mention.name, mention.line, None)
        return None

    def _named_by_lead_in(self, owner: Owner) -> _Named:
        """The page named by the sentence leading in to its list of duties (`duties_owner`), warned of."""
        self.warnings.append(f"line {owner.line}: the body the duties are listed for was taken: {owner.name!r}")
        return _Named(owner.name, owner.line, None)

    def _provisional(self, lines: list[int]) -> _Named:
        """A provisional name (`orgkb.loaders.identity.provisional`) for a page that prints none but has duties or
        units at `lines`, on the line it came from or the first fact's; `LoadError` for a page with neither
        (or whose only duties are sentences that nothing marks as duties)."""
        if not lines or not reads_as_an_organizations(self.roled, self.cues):
            line = self.roled[0].node.line if self.roled else None
            reason = "found no organization's name (a title or a sentence naming it)"
            raise LoadError(self.page.source, reason, line=line)
        found = provisional_name(self.page, self.cues)
        self.name_source = found.source
        return _Named(found.name, found.line or min(lines), None)

    def _names_by_what_it_does(self, text: str, name: str | None) -> bool:
        """Whether a sentence names the organization as the one doing something ("The role of the X is to
        ...", "X is responsible for ..."), not saying what it is."""
        at = text.find(name) if name else -1
        return at >= 0 and self.cues.acts is not None and bool(self.cues.acts.match(text, at + len(name or "")))

    def _acts(self, paragraph: str) -> list[str]:
        """The duties of the paragraph whose first sentence names the organization by what it does: each
        sentence but one leading in to a list ("They are comprised of six divisions:"); a sentence run on
        after its colon into items parted by semicolons gives the items ("is responsible for: A; B; C")."""
        duties: list[str] = []
        sentences = self.cues.sentences(paragraph) if self.cues.sentences else [paragraph]
        for at, sentence in enumerate(sentences, start=1):
            if items := _run_on_items(sentence):
                duties.extend(items)
            elif not sentence.rstrip().endswith((":", "：")) and not (at == len(sentences) and sentence[-1] in ";；"):
                duties.append(sentence)  # a paragraph's last sentence ending in ";" leads in to a list too
        return duties

    def _fuller_name(self, named: _Named) -> str:
        """The name, or the fuller name that a sentence right under it gives ("X Office" -> "X Office of Y")."""
        name = named.name
        if named.roled is None:
            return name
        at = self.roled.index(named.roled)
        for item in self.roled[at + 1 : at + 4]:
            fuller = item.evidence.name
            if item.role is Role.INTRO and fuller and fuller != name and fold_name(fuller).startswith(fold_name(name)):
                self.warnings.append(f"line {item.node.line}: the name {fuller!r} of the first sentence was preferred")
                return fuller
        return name

    def _article(self, text: str) -> re.Match[str] | None:
        """The number opening a regulation's article ("第五條　"), or None."""
        return self.cues.article.match(text) if self.cues.article is not None else None

    def _gapped(self) -> dict[Section | None, bool]:
        """Per section, whether blank lines part some of its unmarked duties and not others: then they
        part its paragraphs, and a line without one before it carries on the paragraph above."""
        gaps: dict[Section | None, list[bool]] = {}
        for item in self.roled:
            if item.role is Role.DUTY and item.node.marker is None:
                gaps.setdefault(item.evidence.section, []).append(item.node.gap)
        return {section: len(set(found[1:])) == 2 for section, found in gaps.items()}

    def _heads_list(self, index: int) -> bool:
        """Whether the duty at `index` of an English page is the title of the list of duties under it, not one
        of them: a short unmarked line with no full stop ("What our Parks Team provides", "What do Electoral
        Services do?", "Civic Group Organization and Training") whose next duty, after at most two sentences
        leading in, is an item of a list nested deeper than it."""
        node = self.roled[index].node
        text = node.text.strip()
        if self.cues.language != "en" or node.marker is not None or len(text.split()) > _LIST_TITLE_WORDS:
            return False
        if text[-1:] in self.cues.sentence_end.replace("?", "") or text.rstrip("-–— ").endswith(":"):
            return False  # a sentence, or one leading in to the list ("The key elements of our service are:-")
        leading = 0
        for after in self.roled[index + 1 :]:
            if after.role is Role.INTRO and leading < _LIST_TITLE_LEAD_INS:
                leading += 1
                continue
            return after.role is Role.DUTY and after.node.depth > node.depth
        return False

    @staticmethod
    def _nested(node: Node, previous: Draft) -> bool:
        """Whether a marked node is an item of the list the previous item opens ("including:")."""
        if node.marker is None or node.depth <= previous.depth:
            return False
        if previous.nested or previous.lines[-1][1].rstrip().endswith((":", "：")):
            previous.nested = True
            return True
        return False

    def _contact(self, contact: Contact, text: str, line: int) -> None:
        found = self.cues.contact_fields(text)
        if not found:
            self.warnings.append(f"line {line}: not a contact detail: {text[:40]!r}")
        for field_name, value in found:
            if field_name == PERSON:
                # people's names are not kept (as leaders' are not); the line is still reported
                self.warnings.append(f"line {line}: a contact person was skipped: {value[:40]!r}")
                self.dropped.append(text)
                continue
            if not add_to_contact(contact, field_name, value, line):
                self.warnings.append(f"line {line}: a second {field_name} was ignored")

    def _duties(self, drafts: list[Draft], split: bool, name: str = "") -> list[Duty]:
        """The duties of `drafts` (the organization's, named `name`, or a unit's)."""
        duties: list[Duty] = []
        for draft in drafts:
            line = draft.lines[0][0]
            quote = " ".join(text for _, text in draft.lines).strip().rstrip(" -–")
            clauses = [quote] if draft.marked or not split else self.cues.split_duties(quote) or [quote]
            if not draft.marked and not split:
                clauses = _run_on_items(quote) or clauses
            if split and not draft.marked and draft.unit is None and len(clauses) >= 3:
                clauses[0] = self._without_lead(clauses[0], line)
            if not draft.marked and draft.unit is None:  # "... of the estates. The Town Council also initiates ..."
                clauses = [
                    part for clause in clauses for part in part_at_subjects(clause, self.cues.body_subject, name)
                ]
            for clause in clauses:
                text = self._repair_clause(clause, line, cut=draft is self.last_draft and clause is clauses[-1])
                text = text[:1].upper() + text[1:]
                number = draft.number if len(clauses) == 1 else None
                duties.append(Duty(text, clause, line, len(duties) + 1, self.cues.role_of(text), number))
        return duties

    def _without_lead(self, clause: str, line: int) -> str:
        """The first of a paragraph's semicolon clauses without the sentences before it that say what the body
        is ("X is an integral part of Y. It is mainly responsible for drafting ...; ...") -> "It is mainly
        responsible for drafting ..."; a sentence opening with a duty's verb is no lead and is kept."""
        sentences = self.cues.sentences(clause) if self.cues.sentences is not None else [clause]
        if len(sentences) < 2 or any(self.cues.duty_start.match(sentence) for sentence in sentences[:-1]):
            return clause
        self.warnings.append(f"line {line}: the sentences before the paragraph's duties are no duty")
        self.dropped.extend(sentences[:-1])
        return sentences[-1]

    def _parts(self, paragraph: str) -> bool:
        """Whether one paragraph holds several duties: two semicolons, or three clauses that each open
        with a duty's verb ("负责……。负责……。指导……。")."""
        if _semicolons(paragraph) >= 2:
            return True
        if sum(paragraph.count(mark) for mark in self.cues.sentence_end) < 3:
            return False
        clauses = self.cues.split_duties(paragraph)
        return len(clauses) >= 3 and all(self.cues.duty_start.match(clause.strip()) for clause in clauses)

    def _repair_clause(self, clause: str, line: int, cut: bool) -> str:
        """A clause repaired; the page's last clause, cut off mid-word where the page ends without a stop,
        keeps its last word as printed (no "repair" of a cut word into two)."""
        head, space, last = clause.rpartition(" ")
        if cut and space and clause[-1] not in self.cues.sentence_end:
            return f"{self.repair(head, line)} {last}"
        return self.repair(clause, line)

    def _build(
        self,
        named: _Named,
        intro: list[str],
        released: object,
        org_items: list[Draft],
        unit_items: list[Draft],
        units: list[Unit],
        chinese_title: str | None,
    ) -> Document:
        name = self.repair(self._fuller_name(named), named.line) if self.name_source is None else named.name
        texts = "\n".join(item.node.text for item in self.roled if item.role is not Role.CONTACT)
        address = self.contact.address or ""
        # a file's name is not the page's: its kind and place are read from the page's text alone
        read = name if self.name_source is None or self.name_source.is_page_text else ""
        identity = self.cues.identity(read, " ".join(intro), texts, chinese_title=chinese_title, address=address)
        identity.name = identity.name or name
        self.warnings.extend(f"line {named.line}: {warning}" for warning in identity.warnings)
        unit_items = self.maker.unglue(unit_items, units)
        self.maker.composition(unit_items, units)
        org_items = self.maker.echoes(identity.name, units, unit_items, org_items)
        for position, unit in enumerate(units, start=1):
            unit.position = position
            unit.duties = self._duties([draft for draft in unit_items if draft.unit is unit], split=True)
        document = Document(
            source=self.page.name,
            key=self.page.key,
            checksum=self.page.checksum,
            name=identity.name,
            kind=identity.kind,
            name_line=named.line,
            aliases=identity.aliases,
            parent=identity.parent,
            parent_aliases=identity.parent_aliases,
            parent_relation=identity.parent_relation,
            jurisdiction=identity.jurisdiction,
            released=released if released is None or hasattr(released, "year") else None,  # type: ignore[arg-type]
            site=self.site,
            language=self.cues.language,
            name_source=self.name_source,
        )
        document.duties = self._duties(org_items, split=False, name=identity.name)
        whole = " ".join(text for _, text in org_items[0].lines).strip() if len(org_items) == 1 else ""
        if whole and not org_items[0].marked and self._parts(whole):
            # one paragraph of duties parted by semicolons, or of sentences each opening with a duty's verb
            document.duties = self._duties(org_items, split=True, name=identity.name)
        document.units = units
        if not document.duties and not units:
            heading = next((item for item in self.roled if item.evidence.heading is Section.DUTIES), None)
            if heading is not None and heading.role is Role.HEADING:
                reason = "expected responsibilities (duties or units) after this heading; found none"
                raise LoadError(self.page.source, reason, line=heading.node.line)
            reason = f"found the name {document.name!r} but no responsibilities heading, duty or unit"
            raise LoadError(self.page.source, reason, line=named.line)
        document.contact = self.contact
        own = {document.name, *document.aliases, *(unit.name for unit in units)}
        if self.cues.language == "en":
            document.duties = [_with_mentions(duty, own) for duty in document.duties]
            for unit in units:
                unit.duties = [_with_mentions(duty, own) for duty in unit.duties]
        document.repairs = [*self.page.repairs, *self.repairs]
        document.warnings = [*self.page.warnings, *self.warnings]
        document.dropped = self.dropped
        return document


# What may follow a body's name where the page's title goes on with its place: "X Department, Town of Y"
_TITLE_GOES_ON = re.compile(r"\s*(?:[,|\-–—]|of\b|\()")


def _own(unit: str, organization: str) -> bool:
    """Whether a unit's name a sentence gives is the page's own organization's: the title itself, or the
    title opening with it and going on with its place ("Public Works Department, Town of Glenbrook")."""
    folded, own = fold_name(unit), fold_name(organization)
    if not folded or len(unit.split()) < 2:
        return False
    return own == folded or (own.startswith(folded) and bool(_TITLE_GOES_ON.match(organization[len(unit) :])))


def _run_on_items(paragraph: str) -> list[str]:
    """The items a paragraph runs on into after its lead-in's colon, parted by semicolons ("The department
    is responsible for: roads; bridges; and airports." -> roads, bridges, airports); [] for any other."""
    head, colon, rest = paragraph.partition(":")
    if not colon or _semicolons(head) or _semicolons(rest) < 2:
        return []
    items = [_AND_LAST.sub("", part.strip(" .;")) for part in rest.split(";")]
    return [item for item in items if item]


_AND_LAST = re.compile(r"^(?:and|as well as)\s+")


def _semicolons(text: str) -> int:
    return text.count(";") + text.count("；")  # the full-width semicolon of CJK text too


def assemble(page: Page, roled: list[Roled], cues: Cues) -> Document:
    """The `Document` of a page whose nodes have their roles.

    Raises `LoadError` naming the page when no name, or no duty and no unit, was found.
    """
    return _Assembly(page, roled, cues).document()


def _with_mentions(duty: Duty, own: set[str]) -> Duty:
    """`duty` with the bodies (but the page's own organization and units) and partner regions it names."""
    return replace(duty, bodies=tuple(find_bodies(duty.text, exclude=own)), partners=tuple(find_partners(duty.text)))
