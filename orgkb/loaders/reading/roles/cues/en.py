"""English cue words: section headings, organization and unit nouns, duty verbs, contact labels."""

from __future__ import annotations

import re
from functools import lru_cache

from orgkb.loaders.identity.organization import clean_title
from orgkb.loaders.reading.lines.contacts import read_contact_fields, read_contact_line
from orgkb.loaders.reading.lines.header import heading_misspellings, is_breadcrumb, read_heading, split_heading
from orgkb.loaders.reading.roles.cues.table import Cues, Section
from orgkb.ontology.script import HAN

_ORGANIZATION_NOUNS = (
    r"Office|Bureau|Commission|Committee|Government|Administration|Cent(?:er|re)|Department|Agency|Authority|"
    r"Council|Town|Township|Sub-?district|Subdistrict|Street|Service|Services|Board|Ministry|Department"
)
_UNIT_NOUNS = (
    r"Section|Office|Division|Department|Cent(?:er|re)|Team|Unit|Group|Bureau|Branch|Secretariat|Station|Room|"
    r"Service|Services|Directorate|Squad|Brigade|Sub-bureau|Sub-branch|Archives|Hall|Institute|Hospital|School|Library|"
    r"Museum|Park|Stadium|Academy|Corps|Detachment|Force|Laboratory|Wing|Headquarters|Command"
)
# A unit's noun printed in lower case after its capitalized name ("The Works directorate", "the Commercial team").
_UNIT_NOUNS_LOWER = "section|office|division|department|centre|center|team|unit|branch|directorate|service|group"
# A word opening a sentence of a listing in prose before its subject ("Lastly, the Finance directorate handles ...").
_OPENING_ADVERB = (
    r"(?:Lastly|Finally|Firstly|Secondly|Thirdly|Also|Additionally|In addition|Similarly|Likewise|Meanwhile)"
)
_DUTY_VERBS = (
    r"(?:to\s+)?(?:be\s+|is\s+|are\s+)?(?:responsible|in charge|charged)|implement|implementing|formulate|draft|"
    r"drafting|organi[sz]e|organi[sz]ing|coordinate|coordinating|guide|guiding|supervise|supervising|manage|"
    r"managing|undertake|undertaking|handle|handling|carry|carrying|promote|promoting|study|studying|assist|"
    r"assisting|participate|complete|completing|conduct|conducting|develop|developing|provide|providing|"
    r"establish|improve|strengthen|review|reviewing|oversee|lead|leading|plan|planning|prepare|preparing|"
    r"administer|maintain|maintaining|monitor|monitoring|ensure|deliver|support|supporting|advise|advising|"
    r"investigate|enforce|enforcing|collect|compile|publish|receive|arrange|research|protect|regulate|"
    r"examine|inspect|approve|issue|set|perform|work|serve|help|deal|take|make|keep|formulating|proposing|"
    r"propose|put forward|exercise|register|license"
)

_UNIT_PLURAL_WORDS = (
    "offices",
    "departments",
    "sections",
    "divisions",
    "units",
    "organs",
    "bodies",
    "institutions",
    "agencies",
    "centers",
    "centres",
    "branches",
    "teams",
    "bureaus",
    "wings",
    "directorates",
)
_UNIT_PLURALS = "|".join(_UNIT_PLURAL_WORDS)
_LISTING_LEAD_INS = ("namely", "as follows", "including")
# Units a sentence says are set up, named after it or before it: "the bureau has set up 8 intramural organs,
# which are respectively, the A, B and C.", "Also, A, B, C are set up accordingly under the department."
_SET_UP_LISTINGS = (
    re.compile(
        r"\bset\s+up\s+(?:\d{1,2}\s+|[a-z]+\s+)?(?:[a-z-]+\s+){0,2}?[a-z]+s\s*,?\s*(?:which|that|they)\s+are\s*"
        r"(?:respectively\s*)?[,:]?\s*(?P<names>.+?)(?:\.(?:\s|$)|$)"
    ),
    re.compile(
        r"(?:^|[.;]\s+)(?:(?:Also|In\s+addition|Besides|Further(?:more)?)\s*,\s*)?(?P<names>[A-Z][^.;:]+?)\s+"
        r"(?:are|were)\s+(?:also\s+)?set\s+up\b"
    ),
)
_WORD = r"[A-Z][\w'&-]*"
_CONNECTIVE = r"(?:of|and|for|on|the)"
# An organization's name inside a sentence: capitalized words ending in an organization's noun (or such a
# noun heading "of ..."), with what it is "of": "the General Office of Qinghe Municipal Government".
_ORGANIZATION_PHRASE = re.compile(
    rf"(?<![\w'-])(?P<name>(?!(?:The|This|That|Its|Our|In|At|By|To|A|An)\b)"
    rf"(?:(?:{_WORD}\s+(?:{_CONNECTIVE}\s+)*)+(?:{_ORGANIZATION_NOUNS})|(?:{_ORGANIZATION_NOUNS})(?=\s+of\s))\b"
    rf"(?:\s+of\s+(?:the\s+)?{_WORD}(?:\s+(?:{_CONNECTIVE}\s+)*{_WORD})*)?)"
)

# A council as a whole: "Ashcombe Borough Council", "Norland Council", "Council of the City of X"; not a
# council that is a body of its own ("State Council", "Legislative Council", "Youth Council").
_COUNCIL_TYPES = r"Borough|District|County|City|Town|Parish|Metropolitan|Regional|Shire|Municipal|Unitary|Village"
_NOT_PLACES = (
    r"State|Legislative|Executive|Security|Privy|Research|Arts|Advisory|Youth|Consumer|Sports|Trade|"
    r"Development|Medical|Nursing|Grants|Funding|Community|Business|Education|Health|Housing|Economic|Social"
)
_SITE_OWNER = re.compile(
    rf"(?:(?:©|\(c\)|Copyright)\s*(?:\d{{4}}\s*)?)?(?:The\s+)?(?:(?!(?:{_NOT_PLACES})\b)[A-Z][\w'.&-]*\s+(?:(?:and|upon|on|in|the)\s+)?){{1,4}}"
    rf"(?:(?:{_COUNCIL_TYPES})\s+){{0,2}}Council"
    rf"|(?:The\s+)?Council\s+of\s+the\s+(?:{_COUNCIL_TYPES})\s+of\s+[A-Z][\w' -]+"
)

_JOINING_WORD = re.compile(r"and|of|for|to|on|in|at|under|the|&")


def _joins_name(word: str) -> bool:
    """Whether a word joins the capitalized words of a name: "Access to Information Unit"."""
    return bool(_JOINING_WORD.fullmatch(word))


# The names of languages a site offers its pages in, in English and in their own: a row of them is the
# site's language switch.
_LANGUAGES = (
    "English French Français German Deutsch Spanish Español Italian Italiano Portuguese Português Polish "
    "Polski Czech Čeština Romanian Română Russian Русский Ukrainian Українська Chinese 中文 简体中文 繁體中文 "
    "简体 繁體 Japanese 日本語 Korean 한국어 Arabic العربية Vietnamese Thai ไทย Welsh Cymraeg Irish Gaeilge "
    "Dutch Nederlands Turkish Türkçe Greek Ελληνικά Hindi Urdu Punjabi Bengali Gujarati Tamil Somali "
    "Lithuanian Latvian Slovak Hungarian Bulgarian Tagalog Indonesian Malay Persian Farsi"
)
_LANGUAGE_NAMES = "|".join(_LANGUAGES.split())


# A line that is nothing but a telephone number, perhaps with a short tag ("(800) 555-0142 TDD"): the
# line above it labels it.
_BARE_TELEPHONE = re.compile(r"\+?(?:\(\d{2,4}\)\s*|\d{2,4}[\s.-])?\d{3,4}[\s.-]\d{3,4}(?:\s+[A-Z]{2,4})?")


# A row of a phone table: a few capitalized words naming whom to call, then the number ("Water and Sewer
# 410-555-0160, ext. 2554"); a unit's name with its number is read as the unit's (`unit_with_contact`).
_LABELLED_TELEPHONE = re.compile(
    r"(?P<label>[A-Z][\w'&/-]*(?:\s+(?:[A-Z][\w'&/-]*|and|of|for|&)){0,5}),?\s+"
    r"(?P<number>\+?(?:\(\d{2,4}\)\s*|\d{2,4}[\s.-])?\d{3,4}[\s.-]\d{3,4}(?:,?\s*ext\.?\s*\d{1,5})?),?"
)
_UNIT_NAME = re.compile(rf"\b(?:{_UNIT_NOUNS})$")
# An extension of the switchboard's number: "2606 (Extension)", "ext. 2554", "Extension 31".
_EXTENSION = re.compile(r"\d{2,5}\s*\((?:ext\.?|extension)\)|(?:ext\.?|extension)\s*\d{2,5}", re.IGNORECASE)


def _contact_fields(line: str) -> list[tuple[str, str]]:
    """A contact line's fields; a telephone number alone on its line, or after whom to call, is a telephone."""
    if fields := read_contact_fields(line):
        return fields
    text = line.strip()
    if _BARE_TELEPHONE.fullmatch(text) or _EXTENSION.fullmatch(text):
        return [("telephone", text)]
    if (row := _LABELLED_TELEPHONE.fullmatch(text)) and not _UNIT_NAME.search(row.group("label")):
        return [("telephone", row.group("number"))]
    return []


_MENTION_FRAME = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _unit_mention(text: str) -> str:
    """A unit's name as a sentence mentions it, without its article: "the Planning Division" -> "Planning Division"."""
    return _MENTION_FRAME.sub("", text.strip()).strip()


_TRANSLATION = re.compile(rf"\s*[(（]\s*[{HAN}][^()（）]*[)）]")


def _untranslated(text: str) -> str:
    """`text` without a bracketed Chinese translation (which opens with a bracket)."""
    return _TRANSLATION.sub("", text) if "(" in text or "（" in text else text


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# "(5) divisions including", "five Divisions (", "seven sections, namely": a count, the units' plural, then a
# few words at most before the names begin
_STATED_COUNT = re.compile(
    rf"(?:\((?P<bracketed>\d{{1,2}})\)|\b(?P<number>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)}))\s+"
    rf"(?:[a-z]+(?:\s+|-))?(?:{_UNIT_PLURALS})\b[^.;:()]{{0,80}}$",
    re.IGNORECASE,
)


def _stated_count(text: str) -> int | None:
    """How many units the end of `text` says follow: "... through (5) divisions including" -> 5."""
    if (match := _STATED_COUNT.search(text[-120:].rstrip(" (:"))) is None:
        return None
    number = (match.group("bracketed") or match.group("number")).lower()
    return int(number) if number.isdigit() else _NUMBER_WORDS.index(number) + 1


# Units a sentence counts, their capitalized names after it with no colon: "the department's six operational
# divisions, Engineering, Facility Maintenance Division and ...", or in the next sentence: "It is made up of four
# Divisions. They are: A, B, C, and D."
_COUNT = rf"(?i:\b(?:\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?:[a-z]+\s+)?(?:{_UNIT_PLURALS}))"
_COUNTED_LISTINGS = (
    re.compile(rf"{_COUNT},\s+(?P<names>[A-Z][^.;:]+?)(?:\.(?:\s|$)|$)"),
    re.compile(rf"{_COUNT}\b[^.;:]{{0,60}}\.\s+(?:They|These)\s+are\s*:\s*(?P<names>[A-Z][^.;:]+?)(?:\.(?:\s|$)|$)"),
)

_AMPERSAND = re.compile(r"\s+&\s+")
# A sentence whose subject is a body, then its verb: "The department issues ...", "The Town Council also
# initiates ...", "In addition, this bureau cooperates ...", "It also maintains ..."; a qualified noun
# ("The Town Council") is the page's body only where its name ends so (`subject_sentences`)
_BODY_SUBJECT = re.compile(
    rf"(?:(?:{_OPENING_ADVERB})\s*,\s+)?"
    r"(?:(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts)\s+(?P<qualifier>(?:[A-Z][\w'-]*\s+){0,3})"
    r"(?P<noun>(?i:council|department|bureau|office|service|team|division|section|authority|commission|directorate))|It)"
    r"\s+(?:(?:also|further|additionally|then|now)\s+)?(?!is\b|has\b|was\b)[a-z]{2,}s\b"
    # the body as "they" or "we", its verb unmarked: "They also help prevent ...", "We deliver ..."
    rf"|(?:(?:{_OPENING_ADVERB})\s*,\s+)?(?:They|We)\s+(?:also\s+)?"
    r"(?!(?:are|have|were|had|can|could|will|would|may|might|must|should|do|did|aim|hope|want|strive|try)\b)[a-z]{3,}\b"
)


@lru_cache(maxsize=4096)
def _heading(text: str) -> Section | None:
    """A section heading, also with its Chinese in brackets ("Main Responsibilities (主要职责):") or "&" for
    "and" ("Roles & Responsibilities")."""
    return read_heading(_AMPERSAND.sub(" and ", _untranslated(text)))


# A sentence leading in to the duties that follow it on the same line: "It assumes responsibilities
# as follows: A; B; C", "Its main functions include: A; B", also after sentences of its paragraph and
# with a clause on the noun ("... This bureau puts people first. The responsibilities that this bureau
# cover includes: A; B").
_RUN_IN_LEAD_IN = re.compile(
    r"^(?P<head>(?:[^:：;]*?[.!?]\s+)?[^:：;.]{0,80}\b(?:responsibilities|functions|duties)"
    r"(?:\s+(?:that|which)\s+[^:：;.]{0,40}?)?\s+(?:are\s+|include\s+|as\s+)?"
    r"(?:as\s+)?(?:follows?|followings|includ\w*|are|cover\w*)?)\s*[:：]\s*(?P<rest>[A-Za-z].*;.*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _split_heading(text: str) -> tuple[Section, str] | None:
    """A heading run on into its first item, or a sentence leading in to the duties run on into them;
    none for a unit's "Contact: Ms. Wu   Tel: ..." line."""
    if ":" not in text and "：" not in text:  # both run on after a colon
        return None
    if read_contact_line(text):
        return None
    if (parted := split_heading(_untranslated(text))) is not None:
        return parted
    if (match := _RUN_IN_LEAD_IN.match(text)) and len(match.group("rest").split()) >= 6:
        return Section.DUTIES, match.group("rest")
    return None


# A body's noun in lower case after its name: "The Environmental Health team", "the Road Maintenance service".
_LOWER_BODY_NOUN = r"(?:team|teams|service|services|section|unit|division|department|office|branch)"
# A sentence opening with a body's name as its subject: "The Department of Public Works manages ...". An
# opening clause may stand before it ("As required by the Roads Act, the Road Maintenance Service provides
# ..."); the site's own body is "our" ("Our Building Control team is responsible for ...": group `own`); a
# name ending in a body's noun in lower case ("The Environmental Health team oversee ...") or in "Team" ("The
# Licensing Team grant ...") takes a verb that agrees with a plural too.
_SUBJECT_NAME = re.compile(
    r"^(?:(?:As|Under|In\s+line\s+with|In\s+accordance\s+with|Through|Since|Following)\b[^,.;:]{3,80},\s+)?"
    r"(?:[Tt]he\s+|(?P<own>[Oo]ur)\s+)?"
    r"(?P<name>(?!(?:This|These|That|Those|Its|Our|It|They|We|There|In|At|By|For)\b)[A-Z][\w'&/-]*"
    r"(?:\s+(?:(?:of|and|for|on|the|&)\s+)*[A-Z][\w'&/-]*){0,9}"
    rf"(?:(?<!\bThe)\s+(?P<noun>{_LOWER_BODY_NOUN}))?)"
    r"(?=\s+(?:\([^)]*\)\s+)?(?:(?:is|are|has|have|[a-z]{3,}s)\b|"
    r"(?:(?(noun)|(?:(?<=Team\s)|(?<=Teams\s)))(?!(?:and|or|of|for|in|at|on|to|with|from|by|as|that|which|who|whose|page|"
    r"pages|member|members|leader|manager)\b)[a-z]{3,}\b)))"
)
# The sentence leading in to a list of duties, naming the body they are: "The By-law Enforcement Section is
# responsible for the following:", "Responsibilities of the Park and Recreation Board include:", "What do
# Electoral Services do?" (`orgkb.loaders.reading.assembly.duties_owner`)
_OWNER = r"(?P<name>[A-Z][\w'/-]*(?:\s+(?:[A-Z][\w'/-]*|and|of|for|&)){1,7})"
_DUTIES_OWNER = (
    re.compile(
        rf"(?:The\s+)?{_OWNER}\s+(?:\([^)]*\)\s+)?(?:is|are)\s+(?:(?:also|mainly|primarily|chiefly)\s+)?"
        r"(?:responsible\s+for|in\s+charge\s+of)\b[^:;.]*[:;]-?"
    ),
    re.compile(
        r"(?:[Tt]he\s+)?(?:(?:[Mm]ain|[Kk]ey|[Pp]rimary|[Pp]rincipal|[Cc]ore)\s+)?(?:[Rr]esponsibilities|[Dd]uties|[Ff]unctions)"
        rf"\s+of\s+(?:the\s+)?{_OWNER}\s+(?:include|are)(?:\s+as\s+follows)?\s*[:;]-?"
    ),
    re.compile(rf"What\s+(?:do|does)\s+(?:the\s+|our\s+)?{_OWNER}\s+do\s*\?"),
)
# After a name: the sentence says what the body does ("is responsible for", "manages", "is to"), not what
# it is ("is a working body of", "serves as", "comprises").
_ACTS = re.compile(
    r"\s+(?:\([^)]*\)\s+)?(?:(?:is|are)\s+(?:(?:also|mainly|primarily|chiefly)\s+)?"
    r"(?:responsible|in\s+charge|charged|required|tasked|to)\b|"
    r"(?:also\s+)?(?!(?:is|was|has|serves|acts|comprises|consists|includes|contains)\b)[a-z]{3,}s\b)"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|No|St|Co|Inc|Ltd|e\.g|i\.e|etc|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.$"
)


def _sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences: parted after a stop followed by a capital, not after an abbreviation."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(paragraph):
        if _ABBREVIATION.search(paragraph, start, match.start()):
            continue
        sentences.append(paragraph[start : match.start()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [sentence for sentence in sentences if sentence]


_GREETING = re.compile(r"^(?:about|welcome to|welcome|to)\s+(?:the\s+)?(?=[A-Z])", re.IGNORECASE)
_CHART = re.compile(r"\s+(?:organi[sz]ational|organi[sz]ation|org\.?)\s+(?:chart|structure)$", re.IGNORECASE)


_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_NAMED_PART = re.compile(rf"\b(?:{_ORGANIZATION_NOUNS}|{_UNIT_NOUNS})$")


def _page_part(title: str) -> str:
    """The part of a "Page | Site" or "Page - Site" title that names an organization or a unit (the first
    such), else the page's own part: "Planning Services | Qinghe Borough Council" -> "Planning Services"."""
    parts = [part.strip() for part in _TITLE_PARTS.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    own = [part for part in parts if not _SITE_OWNER.fullmatch(part)] or parts  # "X | Ashcombe Borough Council"
    return next((part for part in own if _NAMED_PART.search(part)), own[0])


# What a title prints after the name to say what the page tells of it: "X Bureau of Justice Functional
# Information", "X Department Overview"
_PAGE_KIND_SUFFIX = re.compile(
    r"\s+(?:(?:Functional|Basic|General|Organi[sz]ational)\s+)?"
    r"(?:Information|Info|Overview|Profile|Introduction|Functions|Responsibilities)$"
)
_BODY_NOUN = re.compile(rf"\b(?:{_ORGANIZATION_NOUNS})\b")
# What a title prints before the name to say what the page tells of it: "Role of Planning Department",
# "Primary Responsibilities of the X Bureau", "Institutional functions of X", "Organization Structure of
# X Office": one or two words of what the page is about, the first maybe qualifying it, then "of".
_PAGE_KIND = (
    r"(?:Information|Overview|Profile|Introduction|Functions?|Responsibilit(?:y|ies)|Duties|Roles?|Mandate|"
    r"Structure|Remit|Scope)"
)
_PAGE_KIND_PREFIX = re.compile(
    rf"^(?:The\s+)?(?:(?P<qualifier>[A-Za-z-]+)\s+)?{_PAGE_KIND}(?:\s+(?:and|&)\s+{_PAGE_KIND})?\s+of\s+(?:the\s+)?"
    r"(?=[A-Z])",
    re.IGNORECASE,
)
_NAME_END = re.compile(rf"\b(?:{_ORGANIZATION_NOUNS}|{_UNIT_NOUNS})$")


def _without_page_kind_prefix(title: str) -> str:
    """A title without the words before "of" that say what the page tells of the body it names ("Role of
    Planning Department" -> "Planning Department"); kept when the words name a body themselves or the rest
    names none ("Department of Health", "Office of the CEO", "Scope of Services")."""
    found = _PAGE_KIND_PREFIX.match(title)
    if found is None:
        return title
    qualifier = found.group("qualifier") or ""
    rest = title[found.end() :].strip()
    if _NAMED_PART.search(qualifier) or _BODY_NOUN.search(qualifier) or " " not in rest or not _NAME_END.search(rest):
        return title
    return rest


# The site speaking of its own body ("Our Works Department", "Your Council"): the possessive is no part of
# the name.
_POSSESSIVE = re.compile(r"^(?:our|your)\s+(?=[A-Z])", re.IGNORECASE)
# A section's label after a topic ("PDRC Background", "Licensing service review", "Project History"):
# it names what a section tells, no body, unless the words before it end in a body's noun ("Parks Department
# History" is the Parks Department's). Kept short: the words a page heads a section of its own story with.
_SECTION_LABEL = re.compile(r"\s+(?:Background|Overview|Review|History|Introduction)$", re.IGNORECASE)


def _section_label(cleaned: str) -> str:
    """A line ending in a section's word without it when the words before name a body, else nothing."""
    label = _SECTION_LABEL.search(cleaned)
    if label is None:
        return cleaned
    head = cleaned[: label.start()]
    return head if _NAMED_PART.search(head) else ""


def _clean_name(title: str) -> str:
    """A title without its frame: "Main Responsibilities of X", "Welcome to the X", "About X", "X | Site",
    "X Functional Information", "Our X"; nothing for a breadcrumb's trail or a section's label."""
    if is_breadcrumb(title.strip()):  # a trail the reader did not mark as one: furniture, no name
        return ""
    cleaned = _section_label(_without_page_kind_prefix(clean_title(_GREETING.sub("", title.strip()))))
    if (suffix := _PAGE_KIND_SUFFIX.search(cleaned)) and _BODY_NOUN.search(cleaned[: suffix.start()]):
        cleaned = cleaned[: suffix.start()]
    if "|" in cleaned or " - " in cleaned or "–" in cleaned or "—" in cleaned:
        cleaned = _page_part(cleaned)  # before the possessive goes: "Our Council – X" is the site's, X the page's
    cleaned = _POSSESSIVE.sub("", cleaned)
    if cleaned.isascii() and "chart" not in cleaned.lower() and "structure" not in cleaned.lower():
        return cleaned  # no chart to remove
    return _CHART.sub("", cleaned)


CUES = Cues(
    language="en",
    heading=_heading,
    split_heading=_split_heading,
    post=re.compile(
        r"(?:(?:deputy|vice|executive|first|party)\s+)*(?:director(?:-general)?|secretary|head|chief|mayor|"
        r"chairman|chairwoman|chairperson|commissioner|leader|president|inspector|governor)s?\s*[:：]\s*"
        r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}",
        re.IGNORECASE,
    ),
    respell=heading_misspellings,
    alias_mark=re.compile(
        r"^(?:labell?ed as|also (?:known|labell?ed) as|with (?:the )?(?:sign|plaque|nameplate) of|plaque(?: of)?|"
        r"a\.k\.a\.?|aka|concurrently)\s*:?\s*",
        re.IGNORECASE,
    ),
    organization_end=re.compile(rf"\b(?:{_ORGANIZATION_NOUNS})$"),
    unit_end=re.compile(rf"\b(?:{_UNIT_NOUNS})$"),
    # a verb, unless the rest is a name in capitals ("Planning Section")
    duty_start=re.compile(
        rf"^(?:(?i:(?:to\s+)?(?:{_DUTY_VERBS}))\b(?!(?:\s+[A-Z][\w'&-]*|\s+(?:and|of|for|the))*\s*$)|[Tt]o\s+[a-z]{{3,}}\s)"
    ),
    place_words=re.compile(
        r"\b(?:District|County|City|Municipal(?:ity)?|Province|Provincial|Town|Township|Sub-?district|Borough|"
        r"New Area|Region|Prefecture)\b"
    ),
    first_sentence=(
        # "The X is a ...", "Our X is responsible for ...": the article or the site's possessive is no part of the name
        re.compile(
            r"(?:^|,\s+)(?:[Tt]he\s+|[Oo]ur\s+)?(?P<name>[A-Z][\w'&() -]{4,120}?)\s+(?:\([^)]*\)\s+)?"
            r"(?:is|serves as|acts as|was set up as)\s+(?:an?|the|jointly|directly|responsible|in charge|charged)\b"
        ),
        # "The role of the Planning Department is to ...": the sentence says what the organization is for
        re.compile(
            r"^(?:The|Our)\s+(?:(?:core|main|primary|key|chief)\s+)?(?:role|purpose|function|mission|aim)\s+of\s+(?:the\s+)?"
            r"(?P<name>[A-Z][\w'& -]{4,120}?)\s+is\s+to\b"
        ),
        # a name with its acronym: "the Civil Affairs Bureau (CAB) oversees ..."
        re.compile(r"(?:^|,\s+)(?:[Tt]he\s+|[Oo]ur\s+)?(?P<name>[A-Z][\w'& -]{4,100}?)\s+\([A-Z]{2,8}\)\s+[a-z]"),
        re.compile(
            r"\b(?:decided to set up|established|set up)\s+(?:the\s+)?(?P<name>[A-Z][\w'& -]{4,120}?)(?:[,.(]|$)"
        ),
    ),
    # "Finance Section: in charge of ...", "Finance Section – ...", or with no mark at all between a name
    # ending in a unit's noun and a capitalized duty's verb before a word in lower case ("Finance Division
    # In charge of finance ...", "Civil Affairs Division Handle affairs in ...": a table's row run together)
    inline_unit=re.compile(
        r"^(?P<name>[A-Z][\w'&(), -]{2,80}?(?:(?=\s*(?:[:：]|\s[—–-]{1,2}\s|——))|"
        rf"\b(?:{_UNIT_NOUNS})(?=\s+(?=[A-Z])(?:(?i:{_DUTY_VERBS})\b\s+[a-z]))))"
        r"(?:\s*(?:[:：]\s*|\s+[—–-]{1,2}\s+|——)|\s+)"
        r"(?P<rest>(?:is\s+|are\s+)?[A-Za-z].{8,})$"
    ),
    prose_unit=re.compile(
        rf"^(?:{_OPENING_ADVERB}\s*,\s+)?(?:[Tt]he\s+)?"
        rf"(?P<name>(?:(?!The\b)[A-Z][\w'&/-]*\s+(?:(?:and|of|for|to|on|&)\s+)?){{1,7}}(?:{_UNIT_NOUNS}))"
        r"(?:,\s+(?:which|that)\s+|\s+)"
        r"(?P<rest>(?:is\s+responsible|is\s+in\s+charge|(?:is\s+)?(?:(?:also|mainly|primarily|chiefly|principally)\s+)?"
        r"liable|(?:also\s+)?(?!has\b|was\b)[a-z][a-z-]+(?<!ss)s)\b.{8,})$"
    ),
    announced_unit=re.compile(
        rf"^(?:{_OPENING_ADVERB}\s*,\s+)?[Tt]he\s+"
        rf"(?P<name>(?:(?!The\b)[A-Z][\w'&/-]*\s+(?:(?:and|of|for|to|on|&)\s+)?){{1,5}}(?P<noun>{_UNIT_NOUNS_LOWER}))\s+"
        r"(?P<rest>(?:is\s+responsible|is\s+in\s+charge|(?:also\s+)?(?!has\b|was\b)[a-z][a-z-]+(?<!ss)s)\b.{8,})$"
    ),
    # "The Building Control Section is responsible for;", "Environmental Management is responsible for:"
    unit_lead_in=re.compile(
        r"(?:The\s+)?(?P<name>[A-Z][\w'/-]*(?:\s+(?:[A-Z][\w'/-]*|and|of|for|&)){1,7})\s+(?:is|are)\s+"
        r"(?:(?:also|mainly|primarily|chiefly)\s+)?responsible\s+for(?:\s+the\s+following)?\s*[:;]"
    ),
    contact_fields=_contact_fields,
    furniture=re.compile(
        r"(?:(?:skip|jump|go)(?: to)? (?:the )?(?:main )?content\b.*|skip navigation|back to top|print|close|share|"
        # a box of links ("Quick Links"); a printed page's running head ("Page 81 - ANNUAL REPORT 2016", "P. 81")
        r"(?:quick|useful|related|popular|other|more)\s+links|(?:page|p\.)\s*\d+(?:\s+of\s+\d+)?(?:\s+[-|:].*)?|"
        # a row of the languages the site is offered in ("English Czech French German ...")
        rf"(?:(?:{_LANGUAGE_NAMES})(?:\s*[|/]\s*|\s+)){{2,}}(?:{_LANGUAGE_NAMES})|"
        r"font size|(?:font size|fonts?|text size)\s*[:：]?\s*\[[^\]]*\]|"
        r"[a-z]+ \| .*|home|sitemap|site map|search|login|register|menu|english|中文|简体|繁體|"
        r"you are here.*|current location.*|location:.*|position:.*|"
        # a trail of a few short labels parted by arrows: "Services » Housing & Community"
        r"[^»›.;:]{1,40}(?:\s[»›]\s[^»›.;:]{1,40}){1,6}|"
        # a label over the page's prose; a task link addressed to the reader ("Find your bin collection day")
        r"about\s+(?:us|the\s+(?:department|service|office|bureau|division|team|council|directorate))|"
        r"(?:find|report|order|apply\s+for|pay|book|request|check|view|renew|update)\s+(?:\w+\s+)?your\b[^.;]*)",
        re.IGNORECASE,
    ),
    sentence_end=".;!?",
    max_name_length=160,
    words=lambda text: len(text.split()),
    unit_listing=(
        re.compile(rf"\b(?:{'|'.join(_LISTING_LEAD_INS)})[,:]?\s+(?P<names>.+?)(?:\.(?:\s|$)|$)", re.IGNORECASE),
        re.compile(rf"\b(?:{_UNIT_PLURALS})\b[^:.]*:\s*(?P<names>.+?)(?:\.(?:\s|$)|$)", re.IGNORECASE),
        # "Departmental Units include A, B, and C.": a label naming the units' kind, then what it includes
        re.compile(
            rf"\b(?:{_UNIT_PLURALS})\b[^:.;]{{0,40}}?[\s*]+includes?\s+(?P<names>.+?)(?:\.(?:\s|$)|$)", re.IGNORECASE
        ),
    ),
    typed_unit_listing=(
        re.compile(rf"\b(?:{_UNIT_PLURALS})\b[^:.]*:\s*(?P<names>.+?)(?:\.(?:\s|$)|$)", re.IGNORECASE),
        re.compile(rf"\b(?:{_UNIT_PLURALS})\s*\((?P<names>[^()]+)\)", re.IGNORECASE),
        *_SET_UP_LISTINGS,
        *_COUNTED_LISTINGS,
    ),
    listing_words=(*_LISTING_LEAD_INS, *_UNIT_PLURAL_WORDS, "set up"),
    stated_count=_stated_count,
    plural_lead_in=re.compile(
        rf"\b(?:the\s+following|these|(?:are|is)\s+(?:made\s+up\s+of|divided\s+into|organi[sz]ed\s+into))\s+"
        rf"(?:[a-z-]+\s+)?(?:{_UNIT_PLURALS})\s*(?:are|include)?\s*[:：]$",
        re.IGNORECASE,
    ),
    list_separator=re.compile(r"\s*(?:,|、|;)\s*(?:and\s+)?|\s+(?:that|which)\s+includes?\s+"),
    list_conjunction=re.compile(r"\s+and\s+"),
    head_of=re.compile(r"\s+(?:of|for|on)\s+"),
    clean_name=_clean_name,
    duties_lead_in=re.compile(
        r"(?:^|[.;]\s+|\b)(?:(?:its|the|our|their)\s+(?:\w+'s\s+)?(?:main\s+|major\s+|primary\s+|specific\s+)?"
        r"(?:responsibilities|functions|duties|work)(?:\s+and\s+(?:responsibilities|functions|duties))?"
        r"(?:\s+(?:that|which)\s+[^:：;.]{0,40}?)?\s+(?:are|include|includes|is|covers?)(?:\s+as\s+follows)?|(?:has|have|performs?)\s+the\s+following\s+(?:main\s+)?"
        r"(?:responsibilities|functions|duties)|(?:assumes?|undertakes?|performs?|has|have)\s+(?:the\s+)?"
        r"(?:main\s+)?(?:responsibilities|functions|duties)\s+as\s+(?:follows|followings)|"
        # "... with the primary responsibilities of:", "... is responsible for the following services:"
        r"\b(?:the|its|our|their)\s+(?:main|major|primary|principal|core|key)\s+(?:responsibilities|functions|duties)"
        r"\s+of|\bresponsible\s+for\s+the\s+following(?:\s+(?:main\s+|key\s+|core\s+)?(?:services|functions|areas|tasks))?)"
        r"\s*[:：]$",
        re.IGNORECASE,
    ),
    organization_phrase=_ORGANIZATION_PHRASE,
    joins_name=_joins_name,
    title_names_page=True,
    # a name costing the page more than this is no name: measured on the development batches (en-dev-1..4,
    # en-holdout, en-holdout-8/-9, en-val, en-val-3/-4/-5), a right name costs at most 6.1, a name read
    # after the page's duties ("The Environment Agency" over another body's paragraph at the page's foot)
    # 23.5 to 53.5
    name_cost=12.0,
    site_owner=_SITE_OWNER,
    unit_composition=re.compile(
        r"(?:(?:It|The\s+\w+)\s+)?(?:[Cc]omprises|[Cc]onsists\s+of|(?:is\s+)?(?:made\s+up|composed|comprised)\s+of|"
        r"(?:is\s+)?divided\s+(?:between|into))\s+"
        r"(?P<names>[^.;]+?)[.;](?:\s|$)"
    ),
    clean_unit_mention=_unit_mention,
    refers_back=re.compile(r"(?:This|The|Our|Its)\s+(?P<noun>[a-z]+)\b"),
    subject_name=_SUBJECT_NAME,
    duties_owner=_DUTIES_OWNER,
    aim=re.compile(r"To\s+[a-z]{3,}\b|(?:We|I)\s+aim\s+to\b|(?:Our|Its|The)\s+(?:aim|vision|mission|goal)\s+is\s+to\b"),
    generic_name=re.compile(
        # "Municipal Office", "Civic Centre": the building a council works from, never a page's body; "The
        # Council": a kind alone
        r"(?:Municipal|Civic)\s+(?:Offices?|Cent(?:re|er)|Building)|"
        r"(?:(?:Our|The|Your|All|Main|Core|Key|Local|Other)\s+)?(?:Government|Governments|Departments?|Services|Offices?|"
        r"Organi[sz]ations?|Agencies|Bureaus?|Divisions?|Sections?|Teams?|Units?|Committees?|Commissions?|Councils?)",
        re.IGNORECASE,
    ),
    acts=_ACTS,
    carries_subject=re.compile(r"(?:It|They)\s+(?:also|further)\s+[a-z]{3,}\b"),
    body_subject=_BODY_SUBJECT,
    subjectless_duty=re.compile(r"(?:Mainly\s+|Also\s+)?(?:Responsible\s+for|In\s+charge\s+of)\b"),
    sentences=_sentences,
    what_it_is=re.compile(r"\s*(?:\([^)]*\)\s*)?(?:is|serves as|acts as)\s+(?:an?|the)\s+(?!responsib)"),
)
