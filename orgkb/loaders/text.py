"""Parse the text of a "main responsibilities and organization" page into a `Document`.

The page is read line by line: furniture is dropped, the header gives the name and date,
headings open blocks (duties, units, contact) and list markers open items. Nothing here
reads files; see `orgkb.loaders.files`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from orgkb.errors import LoadError
from orgkb.loaders.contacts import PERSON, add_to_contact, read_contact_fields, read_contact_line, split_head
from orgkb.loaders.document import Contact, Document, Duty, Kind, Repair, Unit
from orgkb.loaders.duties import read_role, split_paragraph
from orgkb.loaders.header import (
    Heading,
    heading_misspellings,
    is_footer,
    is_link_bar,
    is_noise,
    read_date,
    read_heading,
    read_site,
    split_heading,
    strip_metadata,
)
from orgkb.loaders.identity import is_chinese_name, names_organization, names_place, read_identity
from orgkb.loaders.mentions import find_bodies, find_partners
from orgkb.loaders.normalize import fold_typography, repair_words
from orgkb.loaders.numbering import in_style, read_marker, split_inline_items
from orgkb.ontology.places import fold_name

_UNIT_HEAD = re.compile(
    r"\b(?:Section|Office|Division|Department|Center|Centre|Team|Unit|Group|Bureau|Branch|"
    r"Secretariat|Station|Room)\b"
)
_UNIT_HEAD_END = re.compile(_UNIT_HEAD.pattern + r"$")
_ALIAS = re.compile(
    r"\s*[(（]\s*(?:labell?ed as|also (?:known|labell?ed) as|with (?:the )?(?:sign|plaque|nameplate) of|"
    r"plaque(?: of)?|a\.k\.a\.?|aka|concurrently)\s*:?\s*(.+?)\s*[)）]"
)
# Another name in brackets after a unit's: "Office (Office of Administrative Examination and Approval)".
_BRACKETED_NAME = re.compile(r"\s*[(（]\s*([A-Z][^()（）]*?)\s*[)）]")
_NAME_WORDS = frozenset(["of", "for", "and", "the", "&", "on", "in", "to", "with", "at", "by", "a", "an"])
# A unit's name and its duties on one line: "Office: Handle ...", "Office:Handle ...", "Office —— Handle ...",
# "Office——Handle ...", "[Office]Handle ..." (a 【】 pair folds to "[]").
_INLINE_UNIT = re.compile(
    r"^(?:\[\s*([^\[\]]{3,80}?)\s*\]|(.{3,80}?)(?:\s*[:：](?:\s+|(?=[A-Z]))|\s*[—―]{1,2}\s*|\s+(?:--?|–)\s+))\s*(\S.*)$"
)
_NAMELY = re.compile(
    r"\b(?:namely|as follows|including)[,:]?\s+(.+?)(?:\.(?:\s|$)|$)|"
    r"\b(?:offices|departments|sections|divisions|units|organs|bodies|institutions|agencies|cent(?:er|re)s)\b"
    r"[^:.]*:\s*(.+?)(?:\.(?:\s|$)|$)",
    re.IGNORECASE,
)
_MAX_UNIT_NAME_WORDS = 14
# Posts, not units: "Director: Wang Wei" lists a leader.
_POST = re.compile(
    r"^(?:(?:deputy|vice|executive|first|party)\s+)*(?:director(?:-general)?|secretary|head|chief|mayor|"
    r"chairman|chairwoman|chairperson|commissioner|leader|president|inspector|governor)s?$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A unit's Chinese name in brackets after its English one: "Office (办公室)".
_CHINESE_NAME = re.compile(r"\s*[(（]\s*([\u3400-\u9fff][^()（）]*?)\s*[)）]")
_CELL_BREAK = re.compile(r"\t+|\|")
# Every ASCII character but the letters, to count the letters `[A-Za-z]` finds without a list of them.
_NOT_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())


@dataclass
class _Line:
    number: int
    text: str
    # Whether a blank line comes before it on the page (paragraphs of an unnumbered list).
    gap: bool = False
    # The cells of a table row flattened by copying ("Office<TAB>Handle ...", "Office | Handle ...").
    cells: tuple[str, ...] = ()


@dataclass
class _Item:
    number: int | None
    lines: list[_Line] = field(default_factory=list)
    # Whether the item holds a list of its own ("including: (1) ...; (2) ...").
    nested: bool = False
    # Whether a list marker (a number or a bullet) opens the item.
    marked: bool = False


@dataclass
class _UnitDraft:
    name: str
    line: int
    position: int
    aliases: list[str] = field(default_factory=list)
    paragraph: list[_Line] = field(default_factory=list)
    # Lines of `paragraph` that open an item of the unit's own numbered (or bulleted) list.
    item_starts: set[int] = field(default_factory=set)
    # The unit's own contact lines ("Tel: ..." under its heading).
    contact_lines: list[_Line] = field(default_factory=list)


def split_inline_unit(text: str) -> tuple[str, str] | None:
    """A line's unit name and the duties after it, when it prints both; else None.

    >>> split_inline_unit("Office —— Handle documents."), split_inline_unit("[Office]Handle documents.")
    (('Office', 'Handle documents.'), ('Office', 'Handle documents.'))
    >>> split_inline_unit("Office:Handle documents."), split_inline_unit("Office——Handle documents.")
    (('Office', 'Handle documents.'), ('Office', 'Handle documents.'))
    >>> split_inline_unit("Handle documents, meetings and archives.") is None
    True
    """
    match = _INLINE_UNIT.match(text)
    if match is None:
        return None
    return (match.group(1) or match.group(2)).strip(), match.group(3)


def _unbracketed(text: str) -> str:
    """A unit heading without the brackets around it: "[Office]" (a 【】 pair folds to "[]").

    >>> _unbracketed("[Office]"), _unbracketed("[1] Office")
    ('Office', '[1] Office')
    """
    match = re.fullmatch(r"\[\s*([^\[\]]+?)\s*\]", text)
    return match.group(1) if match else text


def _table_cells(raw: str) -> tuple[str, ...]:
    """The cells of a line that is a table row, parted by tabs or '|'; () for any other line."""
    if "\t" not in raw and "|" not in raw:  # one cell at most: no row (and no second fold of the line)
        return ()
    cells = tuple(cell for cell in (fold_typography(cell) for cell in _CELL_BREAK.split(raw)) if cell)
    return cells if len(cells) >= 2 else ()


def _name_like(text: str) -> bool:
    """Whether `text` reads as a name: at most a few words, each capitalized or a small word."""
    words = text.split()
    if not words or len(words) > _MAX_UNIT_NAME_WORDS or not text[0].isupper():
        return False
    return all(word[0].isupper() or word in _NAME_WORDS for word in words)


def _section_kind(name: str) -> Kind:
    return Kind.SECTION if re.search(r"\b(?:Section|Division)\b", name) else Kind.INTERNAL_OFFICE


def _looks_like_unit_list(names: list[str]) -> bool:
    """Whether "A, B and C" names units ("Office, Planning Section"), not matters ("documents, archives")."""
    if not names or not all(name[0].isupper() for name in names):
        return False
    return 2 * sum(1 for name in names if _UNIT_HEAD.search(name)) >= len(names)


def _split_names(listing: str) -> list[str]:
    """The unit names of "A, B, C and D", keeping "Party and Administration Office" whole.

    >>> _split_names("Culture Station, Agricultural and Rural Service Center and Wuchang Archives")
    ['Culture Station', 'Agricultural and Rural Service Center', 'Wuchang Archives']
    """
    names: list[str] = []
    for part in re.split(r"(?:,|、|;)\s*(?:and\s+)?", listing):
        pieces = re.split(r"\s+and\s+", part)
        if len(pieces) > 1 and all(_UNIT_HEAD.search(piece) for piece in pieces):
            names.extend(pieces)
        else:
            names.extend(_names_ending_in_unit_nouns(pieces))
    return [name.strip() for name in names if name.strip()]


def _names_ending_in_unit_nouns(pieces: list[str]) -> list[str]:
    """The pieces of "A and B and C" joined back into names, a name ending at each unit noun
    before an "and" ("... Service Center and Wuchang District Archives" is two names)."""
    names: list[str] = []
    current = ""
    for piece in pieces:
        current = f"{current} and {piece}" if current else piece
        if _UNIT_HEAD_END.search(current):
            names.append(current)
            current = ""
    if current:
        names.append(current)
    return names


def parse_text(text: str, source: str, checksum: str | None = None) -> Document:
    """Read a page of the genre into a `Document`.

    Raises `LoadError` naming the source and line when the page has no organization name
    or no responsibilities.
    """
    from orgkb.loaders.reader import parse_text as staged

    return staged(text, source, checksum)


class _Parser:
    def __init__(self, text: str, source: str, checksum: str | None) -> None:
        self.source = source
        self.checksum = checksum or hashlib.sha256(text.encode("utf-8")).hexdigest()
        self.raw = text
        self.repairs: list[Repair] = []
        self.warnings: list[str] = []
        self.dropped: list[str] = []

    # -- reading lines -------------------------------------------------------------------
    def _lines(self) -> list[_Line]:
        lines = []
        gap = False
        footer = False
        for number, raw in enumerate(self.raw.splitlines(), start=1):
            text = fold_typography(raw)
            if not text:
                gap = True
                continue
            footer = footer or is_footer(text)
            if (
                is_noise(text)
                or (("  " in raw or "\t" in raw) and is_link_bar(raw))
                # under the copyright line, an address or telephone is the site's, not the page's
                or (footer and read_contact_line(text) is not None)
            ):
                self.dropped.append(text)
                continue
            lines.append(_Line(number, text, gap, _table_cells(raw)))
            gap = False
        return lines

    def _repair(self, text: str, line: int) -> str:
        repaired, repairs = repair_words(text, line)
        self.repairs.extend(repairs)
        return repaired

    # -- the whole page ------------------------------------------------------------------
    def parse(self) -> Document:
        lines = self._lines()
        if not lines:
            raise LoadError(self.source, "the page has no text", line=None)
        self._refuse_chinese(lines)
        lines, early_date = self._drop_above_title(lines)
        blocks: dict[Heading | None, list[_Line]] = {None: []}
        current: Heading | None = None
        headings: dict[Heading, int] = {}
        late_date: dt.date | None = None
        for line in lines:
            heading = read_heading(line.text)
            if current is not None and self._repeats_header(line, heading, blocks[None], current):
                # A page break inside the content: the site printed its header again.
                self.warnings.append(f"line {line.number}: the page's header, repeated after a page break, was dropped")
                self.dropped.append(line.text)
                late_date = late_date or read_date(line.text)
                continue
            if (
                heading is None
                and (split := split_heading(line.text))
                and split[0] not in headings
                # "Contact: Ms. Wu   Tel: ..." gives a unit's contact, it heads no block
                and read_contact_line(line.text) is None
            ):
                # "Main Responsibilities: 1. Implement ...": the heading, then its first line.
                heading, rest = split
                self._respell_heading(line.text[: len(line.text) - len(rest)], line.number)
                headings[heading] = line.number
                current = heading
                blocks.setdefault(heading, []).extend(self._split_items(_Line(line.number, rest)))
                continue
            if heading is not None and heading is not Heading.DUTIES and not blocks[None]:
                # "Departments" above the title labels the site's section, not the page's units.
                self.dropped.append(line.text)
                continue
            if heading is not None and heading not in headings:
                self._respell_heading(line.text, line.number)
                headings[heading] = line.number
                current = heading
                blocks.setdefault(heading, [])
                continue
            blocks.setdefault(current, []).extend(self._split_items(line) if current else [line])

        header = blocks[None]
        released = site = None
        title: _Line | None = None
        chinese_title: str | None = None
        intro: list[_Line] = []
        contact_lines: list[_Line] = []
        for line in header:
            released = released or read_date(line.text)
            site = site or read_site(line.text)
            rest = strip_metadata(line.text)
            if read_contact_line(rest):
                contact_lines.append(line)
            elif title is None and rest and not re.fullmatch(r"[\W\d]*", rest) and read_marker(rest) is None:
                title = _Line(line.number, rest)
            elif title is not None and chinese_title is None and not intro and is_chinese_name(rest):
                chinese_title = rest  # the title in Chinese, on its own line under the English one
            elif rest and line is not header[0] and read_date(line.text) is None:
                intro.append(_Line(line.number, rest))
        if title is None:
            raise LoadError(self.source, "expected the organization's name on the first line", line=lines[0].number)
        released = released or early_date or late_date

        duty_lines = blocks.get(Heading.DUTIES, [])
        if Heading.DUTIES not in headings:
            duty_lines = self._duties_without_heading(intro)
            intro = [line for line in intro if line not in duty_lines]
        duty_lines, trailing_contact = self._split_contact(duty_lines)
        contact_lines += trailing_contact
        # Contact lines among the units (a unit's "Tel:" under its heading) are the units'; those
        # after the last unit's text are the organization's.
        unit_lines, trailing_contact = self._split_contact(blocks.get(Heading.UNITS, []), inner=True)
        contact_lines += trailing_contact + blocks.get(Heading.CONTACT, [])
        affiliated_lines, trailing_contact = self._split_contact(blocks.get(Heading.AFFILIATED, []), inner=True)
        contact_lines += trailing_contact
        # Who leads the office (names and posts) and links to other pages: the knowledge graph
        # holds neither, so the blocks are skipped, but for contact lines among them.
        for skipped, what in ((Heading.LEADERS, "the leadership list"), (Heading.RELATED, "the related links")):
            skipped_lines, trailing_contact = self._split_contact(blocks.get(skipped, []))
            contact_lines += trailing_contact
            if skipped_lines:
                self.warnings.append(f"line {headings[skipped]}: skipped {what} ({len(skipped_lines)} lines)")
                self.dropped.extend(line.text for line in skipped_lines)

        name = self._repair(title.text, title.number)
        intro_text = " ".join(self._repair(line.text, line.number) for line in intro)
        # Contact lines say where the office sits, not what it serves: a street in its address is
        # no sub-district of its, and the address names its district only when nothing else does.
        contact_at = {index for index, line in enumerate(lines) if read_contact_line(line.text) is not None}
        places = "\n".join(line.text for index, line in enumerate(lines) if index not in contact_at)
        addresses = "\n".join(
            value
            for index in sorted(contact_at)
            for field, value in read_contact_fields(lines[index].text)
            if field == "address"
        )
        identity = read_identity(name, intro_text, places, chinese_title=chinese_title, address=addresses)
        self.warnings.extend(f"line {title.number}: {warning}" for warning in identity.warnings)
        document = Document(
            source=self.source,
            checksum=self.checksum,
            name=identity.name,
            kind=identity.kind,
            name_line=title.number,
            aliases=identity.aliases,
            parent=identity.parent,
            parent_aliases=identity.parent_aliases,
            parent_relation=identity.parent_relation,
            jurisdiction=identity.jurisdiction,
            released=released,
            site=site,
        )
        document.duties = self._numbered_duties(duty_lines)
        if not document.duties:
            where = headings.get(Heading.DUTIES)
            expected = (
                "numbered responsibilities after this heading"
                if where
                else "a 'Main Responsibilities' heading followed by numbered duties"
            )
            raise LoadError(self.source, f"expected {expected}; found none", line=where)
        document.units, stray_contact = self._units(unit_lines)
        affiliated, more_stray_contact = self._units(affiliated_lines)
        for unit in affiliated:
            unit.kind = Kind.AFFILIATED_BODY
            unit.position = len(document.units) + 1
            document.units.append(unit)
        self._contact(document.contact, contact_lines + stray_contact + more_stray_contact)
        own_names = {document.name, *document.aliases}
        for unit in document.units:
            own_names.update([unit.name, *unit.aliases])
        for duty in document.all_duties():
            duty.bodies = find_bodies(duty.text, exclude=own_names)
            duty.partners = find_partners(duty.text)
        document.repairs = self.repairs
        document.warnings = self.warnings
        document.dropped = self.dropped
        return document

    def _drop_above_title(self, lines: list[_Line]) -> tuple[list[_Line], dt.date | None]:
        """The lines from the title on, and the date of any line dropped above it.

        The site prints its name, tab bar, language switch and side menu above the page's
        title; the title is the line naming an organization (`names_organization`), the last
        such line before the release date (or else the first) before the responsibilities.
        """
        window: list[int] = []
        date_at: int | None = None
        for index, line in enumerate(lines):
            if read_heading(line.text) is Heading.DUTIES or (
                (split := split_heading(line.text)) and split[0] is Heading.DUTIES
            ):
                break
            if date_at is None and read_date(line.text) is not None:
                date_at = index
            if names_organization(line.text):
                window.append(index)
        # a menu of the site's bureaus names none's place; the title names its district or town
        window = [index for index in window if names_place(lines[index].text)] or window
        before_date = [index for index in window if date_at is None or index < date_at]
        title = before_date[-1] if before_date else window[0] if window else 0
        if title == 0:
            return lines, None
        above = lines[:title]
        if any(read_heading(line.text) is None for line in above):  # a section label alone says nothing
            plural = "s" if len(above) > 1 else ""
            self.warnings.append(f"line {lines[title].number}: {len(above)} line{plural} above the title dropped")
        self.dropped.extend(line.text for line in above)
        return lines[title:], next((date for line in above if (date := read_date(line.text))), None)

    @staticmethod
    def _repeats_header(line: _Line, heading: Heading | None, header: list[_Line], current: Heading) -> bool:
        """Whether a line in a block repeats the page's header: its title or another header line,
        a line of nothing but a date (and a view counter), or the open block's own heading.

        `heading` is the line read as a heading (`read_heading`)."""
        if any(line.text == other.text for other in header):
            return True
        if read_date(line.text) is not None and not strip_metadata(line.text):
            return True
        return heading is current and not split_heading(line.text)

    def _respell_heading(self, text: str, line: int) -> None:
        """Report the words of a heading that was read as meant though misspelt ("Responsibilites")."""
        for word, meant in heading_misspellings(text.strip(" :：")):
            self.repairs.append(Repair(line, word, meant, "misspelt heading word"))

    def _split_items(self, line: _Line) -> list[_Line]:
        parts = split_inline_items(line.text)
        if len(parts) == 1:
            return [line]
        self.warnings.append(f"line {line.number}: {len(parts)} list items on one line were read apart")
        return [_Line(line.number, part, line.gap if index == 0 else False) for index, part in enumerate(parts)]

    def _refuse_chinese(self, lines: list[_Line]) -> None:
        """Refuse a page written in Chinese: orgkb reads the English pages of the genre."""
        text = "".join(line.text for line in lines)
        chinese = len(_CJK.findall(text))
        if chinese > len(text.encode("ascii", "ignore").translate(None, _NOT_LETTERS)):
            first = next(line for line in lines if _CJK.search(line.text))
            raise LoadError(
                self.source,
                f"the page is in Chinese ({chinese} Chinese characters); expected the English text of the page",
                line=first.number,
            )

    # -- blocks --------------------------------------------------------------------------
    def _duties_without_heading(self, intro: list[_Line]) -> list[_Line]:
        marked = [line for line in intro if read_marker(line.text) is not None]
        if len(marked) >= 2:
            self.warnings.append("no responsibilities heading; read the numbered list as duties")
            start = intro.index(marked[0])
            return intro[start:]
        return []

    def _split_contact(self, lines: list[_Line], inner: bool = False) -> tuple[list[_Line], list[_Line]]:
        """A block's lines without its contact lines, and those; with `inner`, contact lines that
        other text follows stay among the content."""
        last = max((index for index, line in enumerate(lines) if read_contact_line(line.text) is None), default=-1)
        content = [
            line
            for index, line in enumerate(lines)
            # a unit's head and telephone ("Head: Zhang Wei  Tel: ...") stay with the unit, even the last's
            if read_contact_line(line.text) is None or (inner and (index < last or split_head(line.text)))
        ]
        contact = [line for line in lines if line not in content]
        return content, contact

    def _items(self, lines: list[_Line]) -> list[_Item]:
        """The items of a list; an item ending in ':' keeps the differently marked items under it."""
        items: list[_Item] = []
        any_marker = any(read_marker(line.text) for line in lines)
        style: str | None = None
        for line in lines:
            marker = read_marker(line.text)
            if marker is not None:
                marker = in_style(marker, style)
            if marker is not None and marker.rest:
                style = style or marker.style
                if marker.style != style and items and (items[-1].nested or items[-1].lines[-1].text.endswith(":")):
                    items[-1].lines.append(line)
                    items[-1].nested = True
                    continue
                items.append(_Item(marker.number, [_Line(line.number, marker.rest)], marked=True))
            elif marker is not None:
                continue
            elif items and (any_marker or self._continues(items[-1].lines[-1], line, lines)):
                items[-1].lines.append(line)
            else:
                items.append(_Item(None, [line]))
        return items

    def _continues(self, previous: _Line, line: _Line, lines: list[_Line]) -> bool:
        """Whether an unnumbered line carries on the paragraph before it (a hard-wrapped line).

        Where blank lines part some lines of the list and not others, they part its paragraphs;
        else a line starting in lower case after one that ends without a stop carries on.
        """
        gaps = {other.gap for other in lines[1:]}
        if gaps == {True, False}:
            return not line.gap
        return previous.text[-1] not in ".;:!?。；：" and line.text[0].islower()

    def _numbered_duties(self, lines: list[_Line]) -> list[Duty]:
        duties: list[Duty] = []
        items = self._items(lines)
        if len(items) > 1 and not items[0].marked and items[1].marked and items[0].lines[-1].text.endswith(":"):
            # "The main responsibilities of the Bureau are as follows:" leads in to the list.
            lead_in = items.pop(0)
            self.warnings.append(f"line {lead_in.lines[0].number}: the sentence leading in to the list is no duty")
            self.dropped.append(" ".join(line.text for line in lead_in.lines))
        for position, item in enumerate(items, start=1):
            quote = " ".join(line.text for line in item.lines).strip()
            if not re.search(r"[A-Za-z\u4e00-\u9fff]{2}", quote):
                continue
            text = self._repair(quote, item.lines[0].number)
            duties.append(
                Duty(
                    text=text,
                    quote=quote,
                    line=item.lines[0].number,
                    position=position,
                    role=read_role(text),
                    number=item.number,
                )
            )
        numbers = [duty.number for duty in duties if duty.number is not None]
        if numbers and numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            self.warnings.append(f"responsibilities are numbered out of order: {numbers}")
        return duties

    def _units(self, lines: list[_Line]) -> tuple[list[Unit], list[_Line]]:
        """The units a block lists, and the contact lines in it that come before any unit."""
        listed: list[str] = []
        drafts: list[_UnitDraft] = []
        stray_contact: list[_Line] = []
        # The marker style of the unit headings ("(I)", "1."); a line under a unit marked in
        # another style ("(1)", "1、", a bullet) is an item of that unit's own list of duties.
        heading_style: str | None = None
        for line in lines:
            if read_contact_line(line.text) is not None:
                (drafts[-1].contact_lines if drafts else stray_contact).append(line)
                continue
            if line.cells and self._table_row(line, drafts):
                heading_style = None
                continue
            marker = read_marker(line.text)
            if marker is not None:
                marker = in_style(marker, heading_style)
            rest = _unbracketed(marker.rest if marker else line.text)
            inline = split_inline_unit(rest)
            inline_unit = bool(inline and self._is_unit_heading(inline[0], True))
            if inline and _POST.match(inline[0]) and re.fullmatch(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}", inline[1]):
                # "Director: Wang Wei" names a leader; the knowledge graph holds no leaders.
                self.warnings.append(f"line {line.number}: a leader was skipped: {line.text[:40]!r}")
                self.dropped.append(line.text)
                continue
            if drafts and marker is None and read_heading(inline[0] if inline else line.text) is Heading.DUTIES:
                # "Responsibilities: Draft ..." under a unit's heading labels that unit's duties.
                if inline:
                    drafts[-1].paragraph.append(_Line(line.number, inline[1]))
                continue
            if not drafts and marker is None and (names := self._names_only(line.text)):
                # "A、B、C", "A, B and C": a line that is nothing but the units' names.
                listed = names
                continue
            if not drafts and marker is None and not inline_unit and (namely := _NAMELY.search(line.text)):
                names = _split_names(namely.group(1) or namely.group(2))
                if _looks_like_unit_list(names):
                    listed = names
                    continue
            item = drafts and marker is not None and marker.rest and marker.style != heading_style
            if not item and self._is_unit_heading(rest, marker is not None):
                name, aliases = self._unit_name(rest, line.number)
                drafts.append(_UnitDraft(name, line.number, len(drafts) + 1, aliases))
                heading_style = marker.style if marker else None
                continue
            if inline and inline_unit and not item:
                name, aliases = self._unit_name(inline[0], line.number)
                drafts.append(_UnitDraft(name, line.number, len(drafts) + 1, aliases))
                drafts[-1].paragraph.append(_Line(line.number, inline[1]))
                heading_style = marker.style if marker else None
                continue
            if drafts:
                drafts[-1].paragraph.append(_Line(line.number, rest))
                if marker is not None and marker.rest:
                    drafts[-1].item_starts.add(line.number)
            elif not listed:
                self.warnings.append(f"line {line.number}: text before the first unit was skipped")
        self._align_with_list(drafts, listed)
        units = []
        for draft in drafts:
            unit = Unit(draft.name, draft.line, _section_kind(draft.name), draft.position, draft.aliases)
            unit.duties = self._unit_duties(draft)
            self._contact(unit.contact, draft.contact_lines)
            units.append(unit)
        if not drafts and listed:
            units = [
                Unit(name.strip(), lines[0].number, _section_kind(name), position)
                for position, name in enumerate(listed, start=1)
            ]
        return units, stray_contact

    def _names_only(self, text: str) -> list[str]:
        """The names of a line that lists two or more units and nothing else ("A、B、C"), or one
        followed by a full stop, as a sentence is ("Affiliated institutions: X Station."); else []."""
        names = _split_names(text.rstrip(". "))
        if len(names) < (1 if text.endswith(".") else 2) or not all(self._is_unit_heading(n, True) for n in names):
            return []
        return names if _looks_like_unit_list(names) else []

    def _table_row(self, line: _Line, drafts: list[_UnitDraft]) -> bool:
        """Read a row of a table of units: a unit's name, then its duties (a number column aside).

        A first row whose last cell is a duties heading ("Department | Main Duties") heads the
        table's columns and is skipped. False when the row is no unit's.
        """
        cells = [cell for cell in line.cells if not re.fullmatch(r"[\W\d]+", cell)]
        if len(cells) < 2:
            return False
        if not drafts and read_heading(cells[-1]) is Heading.DUTIES:
            self.warnings.append(f"line {line.number}: the table's column headings were skipped: {line.text[:40]!r}")
            self.dropped.append(line.text)
            return True
        if not self._is_unit_heading(cells[0], True):
            return False
        name, aliases = self._unit_name(cells[0], line.number)
        drafts.append(_UnitDraft(name, line.number, len(drafts) + 1, aliases))
        drafts[-1].paragraph.extend(_Line(line.number, cell) for cell in cells[1:])
        return True

    def _is_unit_heading(self, text: str, numbered: bool) -> bool:
        text = self._without_other_names(text)
        if _POST.match(text) or text.endswith((".", ";", ",")) or not _name_like(text):
            return False
        return numbered or bool(_UNIT_HEAD.search(text))

    @staticmethod
    def _without_other_names(text: str) -> str:
        """A unit heading without the other names it gives in brackets."""
        text = _CHINESE_NAME.sub("", _ALIAS.sub("", text))
        return _BRACKETED_NAME.sub(lambda match: "" if _name_like(match.group(1)) else match.group(0), text).strip()

    def _unit_name(self, text: str, line: int) -> tuple[str, list[str]]:
        aliases = [match.group(1).strip() for match in _ALIAS.finditer(text)]
        rest = _ALIAS.sub("", text)
        aliases += [match.group(1).strip() for match in _BRACKETED_NAME.finditer(rest) if _name_like(match.group(1))]
        chinese = [match.group(1).strip() for match in _CHINESE_NAME.finditer(text)]
        name = self._without_other_names(text).strip(" :：")
        return self._repair(name, line), [self._repair(alias, line) for alias in aliases] + chinese

    def _align_with_list(self, drafts: list[_UnitDraft], listed: list[str]) -> None:
        """Prefer the names an intro list gives; keep a heading that differs as an alias."""
        if not listed or not drafts:
            return
        listed = [name.strip() for name in listed]
        folded = {fold_name(name): name for name in listed}
        unmatched = [draft for draft in drafts if fold_name(draft.name) not in folded]
        free = [name for name in listed if fold_name(name) not in {fold_name(draft.name) for draft in drafts}]
        if len(drafts) == len(listed):
            pairs = [(draft, listed[draft.position - 1]) for draft in unmatched]
        elif len(unmatched) == len(free):
            pairs = list(zip(unmatched, free, strict=True))
        else:
            pairs = []
        for draft, name in pairs:
            self.warnings.append(f"line {draft.line}: heading {draft.name!r} names the unit listed as {name!r}")
            draft.aliases.append(draft.name)
            draft.name = name

    def _unit_duties(self, draft: _UnitDraft) -> list[Duty]:
        """A unit's duties: one per item of its own list, else the clauses of its paragraph."""
        if not draft.item_starts:
            return self._paragraph_duties(draft.paragraph)
        groups: list[list[_Line]] = []
        for line in draft.paragraph:
            if line.number in draft.item_starts or not groups:
                groups.append([])
            groups[-1].append(line)
        duties: list[Duty] = []
        for group in groups:
            if group[0].number not in draft.item_starts:
                duties.extend(self._paragraph_duties(group, start=len(duties) + 1))
                continue
            quote = " ".join(line.text for line in group).strip()
            text = self._repair(quote, group[0].number)
            text = text[0].upper() + text[1:]
            duty = Duty(text=text, quote=quote, line=group[0].number, position=len(duties) + 1, role=read_role(text))
            duties.append(duty)
        return duties

    def _paragraph_duties(self, lines: list[_Line], start: int = 1) -> list[Duty]:
        if not lines:
            return []
        joined = ""
        starts: list[tuple[int, int]] = []
        for line in lines:
            if joined:
                joined += " "
            starts.append((len(joined), line.number))
            joined += line.text
        duties: list[Duty] = []
        cursor = 0
        for clause in split_paragraph(joined):
            offset = joined.find(clause, cursor)
            cursor = max(cursor, offset)
            number = next(number for start, number in reversed(starts) if start <= max(offset, 0))
            text = self._repair(clause, number)
            text = text[0].upper() + text[1:]
            position = start + len(duties)
            duties.append(Duty(text=text, quote=clause, line=number, position=position, role=read_role(text)))
        return duties

    def _contact(self, contact: Contact, lines: list[_Line]) -> None:
        for line in lines:
            found = read_contact_fields(line.text)
            if not found:
                if line.text and not read_heading(line.text):
                    self.warnings.append(f"line {line.number}: not a contact detail: {line.text[:40]!r}")
                continue
            for field_name, value in found:
                if field_name == PERSON:
                    # People's names are not kept (as leaders' are not); the line is still reported.
                    self.warnings.append(f"line {line.number}: a contact person was skipped: {value[:40]!r}")
                    self.dropped.append(line.text)
                    continue
                if not add_to_contact(contact, field_name, value, line.number):
                    self.warnings.append(f"line {line.number}: a second {field_name} was ignored")
