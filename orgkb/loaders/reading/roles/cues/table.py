"""The shape of a language's cue table (`Cues`) and the sections a heading opens."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from orgkb.loaders.document import Role as DutyRole
from orgkb.loaders.identity.organization import Identity, read_identity
from orgkb.loaders.reading.lines.duties import read_role, split_paragraph
from orgkb.loaders.reading.lines.header import Heading
from orgkb.ontology.script import HAN_CHARACTER

# What a section heading opens; the same kinds the old reader read, shared with `orgkb.loaders.reading.lines.header`.
Section = Heading


@dataclass(frozen=True, eq=False)  # one table per language: compared and hashed as itself
class Cues:
    """The words by which a page in one language shows what its blocks are.

    Every pattern is matched with `search` unless its name says otherwise; `heading` reads a whole
    block as a section heading (None when it is none); `contact_fields` reads a contact line into
    (field, value) pairs, fields as `orgkb.loaders.document.Contact` names them ([] when it is none).
    """

    language: str
    heading: Callable[[str], Section | None]
    split_heading: Callable[[str], tuple[Section, str] | None]  # "Main Responsibilities: 1. ..." -> (section, rest)
    post: re.Pattern[str]  # a post and the person holding it ("Director: Wang Wei"): no unit (fullmatch)
    respell: Callable[[str], list[tuple[str, str]]]  # a heading's misspelt words and what they meant
    alias_mark: re.Pattern[str]  # what opens another name in brackets ("labeled as", "with the plaque of")
    organization_end: re.Pattern[str]  # a name ends in one of these nouns ("Bureau", "局")
    unit_end: re.Pattern[str]  # a unit's name ends in one of these ("Section", "科")
    duty_start: re.Pattern[str]  # a duty opens with one of these verbs ("Draft", "负责")
    place_words: re.Pattern[str]  # words that name a place ("District", "区")
    first_sentence: tuple[re.Pattern[str], ...]  # a sentence naming the organization, its group "name"
    inline_unit: re.Pattern[str]  # "X Section: responsible for ...", groups "name" and "rest"
    prose_unit: re.Pattern[str]  # a sentence opening with a unit's name: "Transport Division manages ...", same groups
    contact_fields: Callable[[str], list[tuple[str, str]]]
    furniture: re.Pattern[str]  # site furniture: skip links, tab labels, buttons (fullmatch)
    sentence_end: str  # characters that end a sentence or a duty
    max_name_length: int  # a longer block is no name (in characters)
    words: Callable[[str], int]  # how many words a text has, as the language counts them
    unit_listing: tuple[re.Pattern[str], ...]  # a sentence listing units, their names in group "names"
    list_separator: re.Pattern[str]  # parts the names of a listing ("A, B", "A、B、C")
    list_conjunction: re.Pattern[str]  # joins the last two names ("B and C"), or a name's words ("Party and ...")
    head_of: re.Pattern[str]  # what parts a name's head from its complement (" of ", " for "): the head names it
    clean_name: Callable[[str], str]  # a title line without what frames the name ("Main Responsibilities of X")
    # how many units a text says it is about to name, read at its end ("... through (5) divisions including")
    stated_count: Callable[[str], int | None] | None = None
    # a sentence ending a block that leads in to the organization's duties ("Its main responsibilities are:")
    duties_lead_in: re.Pattern[str] | None = None
    # a sentence saying what the organization is ("X is a bureau-level working body of ..."), searched
    # after the name that `first_sentence` found
    what_it_is: re.Pattern[str] | None = None
    # a regulation's article number ("第二条 "): an article that opens with no duty's verb says what the
    # organization is, or what the regulation is for, and is no duty
    article: re.Pattern[str] | None = None
    # a regulation's clause that gives no duty: the law it rests on, a post it sets up, what other bodies
    # owe the office, the sentence leading in to its units ("本规程依……订定之", "区公所置区长", "……应受区长指导")
    # (search)
    regulation_clause: re.Pattern[str] | None = None
    # a regulation's article after the units, setting up more of them ("本所设主计室,置主任……"), the
    # names in group "names"
    units_set_up: re.Pattern[str] | None = None
    # a sentence opening by referring back to a name by its head noun ("This division ...", "The bureau ..."),
    # the noun in group "noun" (match)
    refers_back: re.Pattern[str] | None = None
    # an organization's name printed inside a sentence ("the General Office of X Government"), in group "name";
    # read for the name of a page on which no block gives it
    organization_phrase: re.Pattern[str] | None = None
    # a sentence naming the kind of unit before their names ("five divisions (A, B and C)", "sections: A, B"):
    # the names need no unit noun of their own; group "names", searched for every match
    typed_unit_listing: tuple[re.Pattern[str], ...] = ()
    # whether a word joins the words of a name ("and", "of", "for", "to", "&"): a name's words are capitalized
    # or join them
    joins_name: Callable[[str], bool] = lambda word: False
    # whether a page on which no block names an organization takes its title line as its name (a guess)
    title_names_page: bool = False
    # the most a name may cost the page's reading (`orgkb.loaders.reading.roles.sequence.assign_roles`), or None: the
    # name is read wherever a block gives one (Chinese pages, whose regulations name the body after their preamble)
    name_cost: float | None = None
    # a unit's text saying what units it is made of ("Comprises the A Division and the B Division."), the
    # names in group "names" (match), each as `clean_unit_mention` gives it ("the A Division" -> "A Division")
    unit_composition: re.Pattern[str] | None = None
    clean_unit_mention: Callable[[str], str] = str.strip
    # a whole local government, the owner of a site that prints its name on every page ("Ashcombe Borough
    # Council"): where it is a page's best name, a title near it names the page's own body (fullmatch)
    site_owner: re.Pattern[str] | None = None
    # a sentence opening with a name and a unit's noun in lower case ("The Works directorate manages ..."),
    # groups "name", "noun" and "rest" (match): a unit's only after its paragraph announced such units by
    # the noun's plural ("... we find three specialised directorates.")
    announced_unit: re.Pattern[str] | None = None
    # a sentence leading in to a list with a unit's name as its subject ("The Building Control Section is
    # responsible for;"), the name in group "name" (fullmatch; `orgkb.loaders.reading.outline.lead_in_units`)
    unit_lead_in: re.Pattern[str] | None = None
    # the sentence leading in to the page's own list of duties with the body's name in it ("The By-law
    # Enforcement Section is responsible for:", "Responsibilities of the Park Board include:"), the name in
    # group "name" (each pattern tried, fullmatch; `orgkb.loaders.reading.assembly.duties_owner`)
    duties_owner: tuple[re.Pattern[str], ...] = ()
    # a sentence setting up units over the list of their names ("市府設下列各局、處、委員會:" / "一、民政局。")
    # (fullmatch; `orgkb.loaders.reading.outline.lead_in_lists`)
    unit_list_lead_in: re.Pattern[str] | None = None
    # a sentence naming units by their plural over the lines of their names, with no count ("The directorate
    # is made up of the following teams:"), (search; `orgkb.loaders.reading.outline.lead_in_lists`)
    plural_lead_in: re.Pattern[str] | None = None
    # a sentence opening with the name of a body as its subject ("The Public Health Department is required
    # ...", "The Department of Public Works manages ..."), the name in group "name" (match); read for the
    # name of a page whose title names no body
    subject_name: re.Pattern[str] | None = None
    # what follows a name in a sentence that says what the body does, not what it is ("is responsible
    # for", "manages", "is to"): the sentence is a duty as well as the name's (match)
    acts: re.Pattern[str] | None = None
    # a sentence carrying on the subject of the sentence before it ("They also maintain ..."): the
    # organization's duty after one of its own (match; `orgkb.loaders.reading.lines.prose`)
    carries_subject: re.Pattern[str] | None = None
    # a sentence whose subject is a body ("The department issues ...", "In addition, this bureau cooperates
    # ...", "It also ..."): inside an unmarked paragraph of the organization's, a duty of its own (match;
    # `orgkb.loaders.reading.assembly.subject_sentences`)
    body_subject: re.Pattern[str] | None = None
    # a paragraph opening with a duty, its subject the page's organization left out ("主要负责……") (match)
    subjectless_duty: re.Pattern[str] | None = None
    # a label that names no one body, only the kind of body ("Government", "Our Services", "Departments"):
    # never the page's name (fullmatch)
    generic_name: re.Pattern[str] | None = None
    # a paragraph stating what the office aims at, not a duty: "To improve the health of ...", "We aim to ..."
    # (match; read on unmarked blocks outside a duties section)
    aim: re.Pattern[str] | None = None
    # words (lower case) of which every ASCII text that `unit_listing` or `typed_unit_listing` finds holds one:
    # a text with none lists no units and is not searched (empty: every text is searched)
    listing_words: tuple[str, ...] = ()
    # a paragraph -> its sentences (None: a paragraph is one sentence)
    sentences: Callable[[str], list[str]] | None = None
    # a name given in full with the short name used after it ("X区水利局(以下简称区水利局)"), groups "name"
    # and "short" (search): a block naming the organization by the short name only defers to the full one
    short_name: re.Pattern[str] | None = None
    # the office of a place, the place in group "place" ("X街道办事处", "X镇人民政府") (fullmatch): a title
    # naming the place alone ("湘雅路街道") defers to a block naming its office in full
    place_office: re.Pattern[str] | None = None
    # prose about the organization's past or its area, no duty: a year ("始建于1954年", "2006年增设"), a
    # profile's field label before its text ("地理位置  位于……") (search, on unmarked blocks with no duty's verb)
    profile: re.Pattern[str] | None = None
    # a unit set up inside prose about the organization ("2006年增设X调查队", "暂设社经课,掌理……"), its name
    # in group "name" (finditer, on intro blocks)
    unit_in_prose: re.Pattern[str] | None = None
    role_of: Callable[[str], DutyRole] = read_role  # the role a duty's verb gives its unit
    split_duties: Callable[[str], list[str]] = split_paragraph  # a unit's paragraph -> its duties
    identity: Callable[..., Identity] = read_identity  # (name, intro, text, *, chinese_title, address) -> Identity
    # a name printed without its place ("市政府办公室") qualified by the place its page names ("长沙市人民政府")
    qualified_name: Callable[[str, list[str]], str] | None = None
    # a table of contents' heading ("目录"), over the titles its document prints again (fullmatch;
    # `orgkb.loaders.reading.outline.contents`)
    contents_heading: re.Pattern[str] | None = None

    def body_noun(self, word: str) -> bool:
        """Whether one word, printed in any case, is a noun that ends a body's name ("Team", "division", "局").

        >>> from orgkb.loaders.reading.roles.cues import cues_for
        >>> cues_for("en").body_noun("division"), cues_for("en").body_noun("Service"), cues_for("en").body_noun("roads")
        (True, True, False)
        """
        capitalized = word[:1].upper() + word[1:]
        return bool(self.organization_end.search(capitalized) or self.unit_end.search(capitalized))


_LATIN = re.compile(r"[A-Za-z]")


def language_of(texts: list[str]) -> str:
    """The language most of `texts` is written in: "zh" when Han characters outnumber Latin letters
    (a bilingual English page prints fewer Han characters than letters).

    >>> language_of(["办公室", "负责文电"]), language_of(["Office", "Handle documents."])
    ('zh', 'en')
    """
    joined = "\n".join(texts)
    han = len(HAN_CHARACTER.findall(joined))
    if not han:  # no Han character: the letters need no counting
        return "en"
    return "zh" if han > len(_LATIN.findall(joined)) else "en"
