"""Synthetic "main responsibilities and organization" pages for benchmarks and fuzzing.

Every page is invented (district, city and sub-district names are built from syllables) but
follows the genre of the pages in `orgkb/sources/`: a title, a release date, noise lines, an
optional introduction, a numbered list of duties, an organization section with units whose
paragraphs are semicolon-separated duties, and contact lines. Each page draws its own styles:
numbering (`1.`, `1、`, `(1)`, `（1）`, `(I)`, `I.`, `一、`, bullets, none, with `5.To` and
`8 To` glitches), headings (with or without a colon, full-width or mojibake colons, lost
numerals), date and contact formats, and text defects (non-breaking spaces, curly quotes,
full-width punctuation, glued words, missing spaces after commas).

Deterministic for a seed; standard library only.

    python -m benchmarks.synthetic --pages 100 --out /tmp/pages --seed 1
    python -m benchmarks.synthetic --duties 10000 --out /tmp/pages
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

NBSP = "\u00a0"

# --------------------------------------------------------------------------- names

_SYLLABLES = (
    "an",
    "bao",
    "bei",
    "chang",
    "cheng",
    "dong",
    "feng",
    "fu",
    "gao",
    "guang",
    "hai",
    "he",
    "hong",
    "hua",
    "hui",
    "jia",
    "jiang",
    "jin",
    "jing",
    "kang",
    "lian",
    "lin",
    "long",
    "mei",
    "min",
    "nan",
    "ning",
    "ping",
    "qing",
    "rui",
    "shan",
    "shi",
    "tai",
    "tian",
    "wen",
    "xi",
    "xin",
    "yang",
    "yi",
    "yu",
    "yuan",
    "yun",
    "ze",
    "zhen",
    "zhong",
    "ou",
    "e",
    "ao",
)
_STREET_WORDS = (
    "Changde",
    "Huaihai",
    "Zhongshan",
    "Renmin",
    "Jiefang",
    "Xinhua",
    "Wenhua",
    "Heping",
    "Jianshe",
    "Yingbin",
    "Fuhua",
    "Binhe",
    "Xueyuan",
    "Chaoyang",
    "Minzu",
    "Guangming",
)


def _place_name(rng: random.Random, syllables: int = 2) -> str:
    parts = [rng.choice(_SYLLABLES) for _ in range(syllables)]
    name = parts[0]
    for part in parts[1:]:
        # Pinyin marks a syllable boundary before a vowel with an apostrophe: Jing'an, Xi'an.
        name += ("'" if part[0] in "aeo" else "") + part
    return name.capitalize()


# --------------------------------------------------------------------------- duties

_MATTERS = (
    "letters and calls",
    "archives",
    "confidentiality",
    "government information disclosure",
    "foreign affairs receptions",
    "administrative approval",
    "work safety",
    "emergencies",
    "social insurance",
    "housing security",
    "neighborhood committees",
    "trade fairs with counterpart-supported regions",
    "counterpart support and cooperation",
    "exchanges with foreign friendly cities",
    "affairs of Hong Kong and Macao",
    "regional cooperation with sister provinces and cities",
    "poverty alleviation cooperation",
    "pairing assistance in the eastern and western regions",
    "civil dispute mediation",
    "the comprehensive management of public security",
    "fire control",
    "flood prevention",
    "food safety",
    "drug safety",
    "market supervision",
    "price supervision",
    "consumer rights protection",
    "employment promotion",
    "vocational training",
    "labor disputes",
    "minimum living security",
    "social assistance",
    "elderly care services",
    "marriage registration",
    "funeral and interment management",
    "veterans affairs",
    "preferential treatment of military families",
    "national defense mobilization",
    "civil air defense",
    "ethnic and religious affairs",
    "overseas Chinese affairs",
    "education of residents on the legal system",
    "legal aid",
    "community corrections",
    "public legal services",
    "normative documents",
    "administrative reconsideration",
    "statistics",
    "audits",
    "financial affairs",
    "state-owned assets",
    "government procurement",
    "fixed-asset investment projects",
    "the business environment",
    "investment attraction",
    "enterprise services",
    "science popularization",
    "community education",
    "mass culture and sports",
    "cultural relics protection",
    "tourism",
    "public health",
    "family planning",
    "medical insurance",
    "urban management",
    "environmental sanitation",
    "greening and city appearance",
    "garbage classification",
    "ecological environment protection",
    "water affairs",
    "road traffic safety",
    "property management",
    "old residential areas",
    "urban planning and construction",
    "land use",
    "rural revitalization",
    "collective economic organizations",
    "agricultural production",
    "the grid management center",
    "the performance management of government departments",
    "the seals of the government",
    "documents and telegrams",
    "government meetings",
    "the duty work of the government",
    "proposals of deputies to the people's congress",
    "suggestions of CPPCC members",
    "the supervision of major decisions",
    "the think tank of the government",
    "press and publication",
    "government websites",
    "the Party building of communities",
    "trade unions",
    "the Communist Youth League",
    "the Women's Federation",
    "the construction of spiritual civilization",
    "the united front",
    "civil servants",
    "retired cadres",
    "talent introduction",
    "social organizations",
    "volunteer services",
    "charities",
    "the disabled",
    "minors",
    "women and children",
    'the "Internet Plus Government Services" reform',
    'the Party building of "two new" organizations',
    'the "one-window acceptance" of government services',
)
_SCOPES = (
    "of the district",
    "in the district",
    "of the district government",
    "of the sub-districts and towns",
    "in the area under its jurisdiction",
    "of the departments of the district",
)
_VERBS = (
    "Be responsible for",
    "Coordinate",
    "Guide and supervise",
    "Assist in",
    "Organize and implement",
    "Handle",
    "Supervise and inspect",
    "Formulate and implement the plans for",
    "Promote",
    "Undertake",
    "Participate in",
    "Lead",
    "Plan and manage",
    "Guide",
    "Implement the policies on",
    "Study and draft the policies on",
    "Be in charge of",
    "Cooperate with relevant departments in",
)
_OPENINGS = (
    "Implement the guidelines, policies, laws and regulations of the state and the decisions of the {parent}",
    "Handle the daily administrative affairs of the {parent}",
    "Organize and conduct the community public services closely related to residents' life",
    "Draft the development plans of {scope_name} and organize their implementation",
)
_CLOSINGS = (
    "Complete other tasks assigned by the {parent}",
    "Finish other tasks assigned by the {parent}",
    "Undertake other matters assigned by the {parent} and higher authorities",
)
_GERUNDS = (
    "handling",
    "coordinating",
    "organizing",
    "guiding",
    "supervising",
    "implementing",
    "administering",
    "managing",
    "promoting",
    "conducting",
    "assisting in",
)


def _object(rng: random.Random) -> str:
    first = rng.choice(_MATTERS)
    roll = rng.random()
    if roll < 0.3:
        second = rng.choice(_MATTERS)
        if second != first:
            return f"{first} and {second}"
    if roll < 0.6:
        return f"the {rng.choice(('work', 'affairs', 'management'))} of {first} {rng.choice(_SCOPES)}"
    if roll < 0.8:
        return f"{first} {rng.choice(_SCOPES)}"
    return first


def _duty(rng: random.Random) -> str:
    text = f"{rng.choice(_VERBS)} {_object(rng)}"
    if rng.random() < 0.35:
        text += f", and {rng.choice(_VERBS).lower()} {_object(rng)}"
    if rng.random() < 0.2:
        text += f"; {rng.choice(_VERBS).lower()} {_object(rng)}"
    return text


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# --------------------------------------------------------------------------- numbering

_CHINESE = "一二三四五六七八九"
_ROMAN = (
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def chinese_numeral(number: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十 (1..99)."""
    tens, units = divmod(number, 10)
    text = ("" if tens == 1 else _CHINESE[tens - 1]) + "十" if tens else ""
    return text + (_CHINESE[units - 1] if units else "")


def roman_numeral(number: int) -> str:
    """1 -> I, 14 -> XIV (1..39)."""
    text = ""
    for value, numeral in _ROMAN:
        while number >= value:
            text += numeral
            number -= value
    return text


DUTY_STYLES = ("1.", "1、", "(1)", "（1）", "(I)", "I.", "一、", "•", "-", "·", "none")
UNIT_STYLES = ("1.", "(1)", "（1）", "(I)", "I.", "一、", "•", "-")


_MARKERS: dict[str, Callable[[int], str]] = {
    "1.": lambda n: f"{n}. ",
    "1、": lambda n: f"{n}、",
    "(1)": lambda n: f"({n}) ",
    "（1）": lambda n: f"（{n}）",
    "(I)": lambda n: f"({roman_numeral(n)}) ",
    "I.": lambda n: f"{roman_numeral(n)}. ",
    "一、": lambda n: f"{chinese_numeral(n)}、",
    "none": lambda n: "",
}


def marker(style: str, number: int) -> str:
    """The printed list marker of item `number` in `style` (with its trailing space if any)."""
    made = _MARKERS.get(style)
    return made(number) if made is not None else f"{style} "


# --------------------------------------------------------------------------- page parts

RESPONSIBILITY_HEADINGS = (
    "Main Responsibilities",
    "Main duties",
    "Main Functions",
    "Major Responsibilities",
    "Functions",
)
ORGANIZATION_HEADINGS = ("Internal Organization", "Internal Departments", "Organization")
COLONS = ("", ":", "：", "锛?", "ï¼š")
KINDS = ("general-office", "sub-district-office", "department", "town-government", "other")

_BUREAUS = (
    ("Civil Affairs Bureau", "civil affairs"),
    ("Human Resources and Social Security Bureau", "human resources and social security"),
    ("Market Supervision Administration", "market supervision"),
    ("Development and Reform Commission", "development and reform"),
    ("Education Commission", "education"),
    ("Housing and Construction Bureau", "housing and construction"),
    ("Emergency Management Bureau", "emergency management"),
    ("Veterans Affairs Bureau", "veterans affairs"),
    ("Archives Bureau", "archives"),
    ("Justice Bureau", "judicial administration"),
    ("Health Commission", "health"),
    ("Culture and Tourism Bureau", "culture and tourism"),
    ("Ecology and Environment Bureau", "ecology and environment"),
    ("Statistics Bureau", "statistics"),
    ("Commerce Commission", "commerce"),
)
_OTHER_BODIES = (
    "Administrative Service Center",
    "Urban Operation Management Center",
    "Investment Promotion Service Center",
    "Public Resources Trading Center",
)
_UNIT_TOPICS = (
    "Secretariat",
    "General Affairs",
    "Supervision",
    "Foreign Affairs",
    "Counterpart Support",
    "Regional Cooperation",
    "Legal Affairs",
    "Organization and Personnel",
    "Investigation and Research",
    "Government Affairs Publicity",
    "Letters and Calls",
    "Emergency Management",
    "Community Service",
    "Community Management",
    "Community Security",
    "Community Self-governance",
    "Party Building",
    "Economic Development",
    "Social Affairs",
    "Urban Management",
    "Planning and Finance",
    "Policy and Regulation",
    "Social Assistance",
    "Elderly Care Services",
    "Employment Promotion",
    "Social Insurance",
    "Labor Relations",
    "Work Safety",
    "Administrative Approval",
    "Information Disclosure",
    "Archives and Confidentiality",
    "Veterans Services",
    "Housing Security",
)
_TOPIC_SYNONYMS = {
    "Community Self-governance": "Community Autonomy",
    "Community Security": "Comprehensive Governance",
    "Government Affairs Publicity": "Government Information",
    "Letters and Calls": "Public Complaints",
    "Secretariat": "Secretarial",
    "General Affairs": "Comprehensive",
    "Party Building": "Party Construction",
    "Community Service": "Community Services",
    "Legal Affairs": "Rule of Law",
}
_LABELS = (
    "Office for Letters and Calls",
    "Liaison Office of Deputies to the People's Congress",
    "Leading Group Office for Counterpart Support",
    "Government Information Disclosure Office",
    "Hong Kong and Macao Affairs Office",
    "Office of the Emergency Committee",
)
_GLUE_WORDS = ("for", "a", "out", "the", "and", "with", "of")
_NEIGHBOURS = (
    "Home > English > Government > Departments",
    "Home > English > Government > Government Departments",
    f"首页{NBSP}>{NBSP}English{NBSP}>{NBSP}Government{NBSP}>{NBSP}Government Departments",
    "首页 > English > Government > Sub-districts and Towns",
)


@dataclass
class Place:
    """The invented jurisdiction of a page."""

    city: str
    district: str
    locality: str
    site: str
    area_code: str
    postal_prefix: str
    division: str = "District"  # the type word after the district's name: District, County, City, Banner
    city_in_title: bool = False  # every title names the city (for places whose names repeat across the country)


@dataclass
class Page:
    """A generated page and what it contains (for sizing corpora)."""

    name: str
    lines: list[str] = field(default_factory=list)
    numbered_duties: int = 0
    unit_duties: int = 0

    @property
    def duties(self) -> int:
        return self.numbered_duties + self.unit_duties

    @property
    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"


def _place(rng: random.Random) -> Place:
    city = _place_name(rng, rng.choice((2, 2, 3)))
    district = _place_name(rng)
    locality = _place_name(rng, rng.choice((2, 3)))
    site = f"{district.lower().replace(chr(39), '')}.gov.cn"
    return Place(
        city=city,
        district=district,
        locality=locality,
        site=site,
        area_code=f"0{rng.randint(10, 999)}",
        postal_prefix=f"{rng.randint(10, 86)}",
    )


def _date_line(rng: random.Random, place: Place) -> str:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
    style = rng.randrange(5)
    if style == 0:
        line = f"Released on:{day.isoformat()}"
    elif style == 1:
        line = f"Updated:{day.isoformat()}"
    elif style == 2:
        line = f"Release date: {day.isoformat()}"
    elif style == 3:
        line = f"Posted Date: {day.day:02d}/{day.month:02d}/{day.year}"
    else:
        line = f"From:{place.site}Updated:{day.isoformat()}"
    if rng.random() < 0.35:
        line += rng.choice(("  Views:", " Views:", f"  Views: {rng.randint(10, 9999):,}"))
    return line


def _title(rng: random.Random, kind: str, place: Place, department: str | None = None) -> tuple[str, str, str]:
    """The title line, the organization's short reference and its parent's name (a department's
    name is drawn when `department` is None)."""
    government = f"{place.district} {place.division} People's Government"
    above = f"{place.division.lower()} government"  # "district government"
    if kind == "general-office":
        if rng.random() < 0.5:
            name = f"General Office of {government}"
        else:
            name = f"General Office of People's Government of {place.district} {place.division}"
        title = name + (f", {place.city}" if rng.random() < 0.3 or place.city_in_title else "")
        return title, "the General Office", above
    if kind == "sub-district-office":
        name = f"{place.locality} Sub-district Office"
        if rng.random() < 0.4 or place.city_in_title:
            title = f"Main Responsibilities and Organization of {name} of {government}, {place.city}"
        else:
            title = name
        return title, name, government
    if kind == "department":
        bureau = department if department is not None else rng.choice(_BUREAUS)[0]
        name = f"{bureau} of {place.district} {place.division}"
        title = name + (f", {place.city}" if rng.random() < 0.3 or place.city_in_title else "")
        return title, f"the {bureau.split()[-1]}", above
    if kind == "town-government":
        name = f"{place.locality} Town People's Government"
        if place.city_in_title:
            return f"{name} of {government}, {place.city}", f"{place.locality} Town", above
        return name, f"{place.locality} Town", above
    name = f"{place.district} {place.division} {rng.choice(_OTHER_BODIES)}"
    return name, "the Center", above


def _intro(rng: random.Random, kind: str, reference: str, place: Place) -> str | None:
    if kind == "sub-district-office":
        detached = "adetached" if rng.random() < 0.2 else "a detached"
        return (
            f"As {detached} agency of {place.district} {place.division} People's Government, "
            f"{reference} performs the corresponding government functions in accordance with "
            "laws and regulations."
        )
    if kind == "town-government" and rng.random() < 0.7:
        return (
            f"{reference} is located in the {rng.choice(('north', 'south', 'east', 'west'))} of "
            f"{place.district} {place.division}, {place.city}."
        )
    if rng.random() < 0.3:
        return (
            f"{reference[:1].upper() + reference[1:]} is a working body of the {place.district} "
            f"{place.division} People's Government."
        )
    return None


def _heading(rng: random.Random, words: str, position: int, numbering: str) -> str:
    colon = rng.choice(COLONS)
    if numbering == "roman":
        prefix = f"{roman_numeral(position)}. "
    elif numbering == "roman-nodot":
        prefix = f"{roman_numeral(position)} "
    elif numbering == "chinese":
        prefix = f"{chinese_numeral(position)}、"
    elif numbering == "lost":
        # The second heading lost its numeral, as on the Caojiadu page: ".  Organization".
        prefix = "I. " if position == 1 else f".{NBSP} "
    else:
        prefix = ""
    return f"{prefix}{words}{colon}"


def _numbered(rng: random.Random, style: str, number: int, text: str, glitch: bool = False) -> str:
    if glitch and style == "1." and rng.random() < 0.08:
        # Careless numbering seen in the wild: "5.To coordinate", "8 To coordinate".
        glue = rng.choice((".", " "))
        return f"{number}{glue}To {_lower_first(text)}"
    if style in ("(I)", "(1)") and rng.random() < 0.15:
        return marker(style, number).rstrip() + rng.choice(("", NBSP, NBSP * 3 + " ")) + text
    return marker(style, number) + text


def _unit_names(rng: random.Random, count: int, suffix: str) -> list[str]:
    topics = rng.sample(_UNIT_TOPICS, count)
    return [f"{topic} {suffix}" for topic in topics]


_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)


def _count_words(count: int, suffix: str) -> str:
    noun = suffix.lower()
    return f"{_NUMBER_WORDS[count - 1]} {noun if count == 1 else noun + 's'}"


def _alternative(name: str, suffix: str) -> str:
    topic = name[: -len(suffix) - 1]
    return f"{_TOPIC_SYNONYMS.get(topic, topic + ' Affairs')} {suffix}"


def _semicolon_paragraph(rng: random.Random) -> tuple[str, int]:
    clauses = [_duty(rng).split(";")[0] for _ in range(rng.randint(2, 8))]
    clauses = [clauses[0]] + [_lower_first(clause) for clause in clauses[1:]]
    return "; ".join(clauses) + ".", len(clauses)


def _including_paragraph(rng: random.Random, noun: str) -> tuple[str, int]:
    items = [f"{rng.choice(_GERUNDS)} {_object(rng)}" for _ in range(rng.randint(2, 6))]
    listing = ", ".join(items[:-1]) + f", and {items[-1]}"
    paragraph = f"The {noun} is responsible for {rng.choice(_MATTERS)}, including: {listing}."
    # split_paragraph counts the clause before "including:" and each listed item.
    return paragraph, 1 + len(items)


def _contacts(rng: random.Random, place: Place) -> list[str]:
    lines: list[str] = []
    if rng.random() < 0.8:
        label = rng.choice(("Add:", "Address:", "Office Address:"))
        lines.append(
            f"{label} {rng.randint(1, 2000)} {rng.choice(_STREET_WORDS)} Road, {place.district} {place.division}"
        )
    if rng.random() < 0.9:
        label = rng.choice(("Tel:", "Tel.:"))
        lines.append(f"{label} {place.area_code}-{rng.randint(10**7, 10**8 - 1)}")
    if rng.random() < 0.4:
        lines.append(f"Fax: {place.area_code}-{rng.randint(10**7, 10**8 - 1)}")
    if rng.random() < 0.5:
        code = f"{place.postal_prefix}{rng.randint(0, 9999):04d}"
        lines.append(rng.choice((f"Postal Code: {code}", f"Postcode {code}")))
    if rng.random() < 0.5:
        label = rng.choice(("E-mail:", "Email:"))
        lines.append(f"{label} {rng.choice(('office', 'xxgk', 'zfb', 'info'))}@{place.site}")
    if rng.random() < 0.5:
        lines.append(
            "Office Hours: Monday to Friday, "
            + rng.choice(("9:00-17:00", "8:30-11:30 and 13:30-17:30", "9:00-12:00, 14:00-18:00"))
        )
    rng.shuffle(lines)
    if lines and rng.random() < 0.3:
        lines.insert(0, rng.choice(("Contact Information:", "Contact Us")))
    return lines


# --------------------------------------------------------------------------- text defects

_GLUE = re.compile(r"\b(" + "|".join(_GLUE_WORDS) + r") (?=[a-z]{4,})")
_COMMA = re.compile(r"(?<=[a-z]), (?=[a-z]{4,})")


@dataclass(frozen=True)
class Defects:
    """How careless this page's typing was."""

    curly: bool
    fullwidth: bool
    nbsp: float
    glue: float
    comma: float


def _defects(rng: random.Random) -> Defects:
    return Defects(
        curly=rng.random() < 0.4,
        fullwidth=rng.random() < 0.15,
        nbsp=rng.choice((0.0, 0.0, 0.05, 0.15)),
        glue=rng.choice((0.0, 0.0, 0.05, 0.12)),
        comma=rng.choice((0.0, 0.0, 0.04, 0.1)),
    )


def _deface(rng: random.Random, text: str, defects: Defects) -> str:
    if defects.glue and rng.random() < defects.glue:
        found = list(_GLUE.finditer(text))
        if found:
            hit = rng.choice(found)
            text = text[: hit.end() - 1] + text[hit.end() :]
    if defects.comma and rng.random() < defects.comma:
        found = list(_COMMA.finditer(text))
        if found:
            hit = rng.choice(found)
            text = text[: hit.start()] + "," + text[hit.end() :]
    if defects.nbsp and rng.random() < defects.nbsp:
        spaces = [index for index, char in enumerate(text) if char == " "]
        if spaces:
            index = rng.choice(spaces)
            text = text[:index] + NBSP + text[index + 1 :]
    if defects.fullwidth:
        text = text.replace("; ", "；").replace(", ", "，")
    if defects.curly:
        text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
        text = re.sub(r'"(\w[^"]*)"', "\u201c\\1\u201d", text)
    return text


# --------------------------------------------------------------------------- pages


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def build_page(rng: random.Random, index: int) -> Page:
    """An invented page with its duty counts."""
    place = _place(rng)
    kind = rng.choice(KINDS)
    return write_page(rng, f"{index:05d}-{_slug(place.district)}-{kind}.txt", kind, place)


def write_page(rng: random.Random, name: str, kind: str, place: Place, department: str | None = None) -> Page:
    """The page `name` of an organization of `kind` (one of `KINDS`) in `place`, in styles drawn from `rng`.

    `department` names a department's bureau ("Civil Affairs Bureau"); drawn when None.
    """
    title, reference, parent = _title(rng, kind, place, department)
    defects = _defects(rng)
    page = Page(name=name)
    add = page.lines.append
    blank = rng.random() < 0.5

    def gap() -> None:
        if blank:
            add("")

    if rng.random() < 0.4:
        add(rng.choice(_NEIGHBOURS))
    add(_deface(rng, title, defects) if defects.curly else title)
    add(_date_line(rng, place))
    if rng.random() < 0.25:
        add(rng.choice(("Font Size: A A A", "Font Size: A A A    Print", "Print")))
    gap()
    intro = _intro(rng, kind, reference, place)
    if intro:
        add(_deface(rng, intro, defects))
        gap()

    heading_numbering = rng.choice(("none", "none", "roman", "roman-nodot", "chinese", "lost"))
    add(_heading(rng, rng.choice(RESPONSIBILITY_HEADINGS), 1, heading_numbering))
    gap()
    style = rng.choice(DUTY_STYLES)
    count = rng.randint(5, 20)
    scope_name = {"town-government": "the town", "sub-district-office": "the sub-district"}.get(kind, "the district")
    for number in range(1, count + 1):
        if number == 1 and rng.random() < 0.5:
            text = rng.choice(_OPENINGS).format(parent=parent, scope_name=scope_name)
        elif number == count and rng.random() < 0.8:
            text = rng.choice(_CLOSINGS).format(parent=parent)
        else:
            text = _duty(rng)
        if style == "none" and rng.random() < 0.5:
            text = "To " + _lower_first(text)
        add(_deface(rng, _numbered(rng, style, number, text + ".", glitch=True), defects))
        if style == "none":
            add("")  # unnumbered paragraphs are only told apart by blank lines
        else:
            gap()
    page.numbered_duties = count

    units = rng.choice((0, 0, rng.randint(1, 4), rng.randint(3, 8), rng.randint(6, 12)))
    if units:
        add(_heading(rng, rng.choice(ORGANIZATION_HEADINGS), 2, heading_numbering))
        gap()
        suffix = {"sub-district-office": "Office", "town-government": "Office"}.get(
            kind, rng.choice(("Section", "Division", "Office"))
        )
        names = _unit_names(rng, units, suffix)
        headed = names[:]
        if rng.random() < 0.4:
            listed = ", ".join(names[:-1]) + (f" and {names[-1]}" if len(names) > 1 else names[0])
            add(
                f"{reference[:1].upper() + reference[1:]} has set up {_count_words(units, suffix)} "
                f"according to the orientation of functions, namely {listed}. "
                f"The main functions of the internal {suffix.lower()}s are as follows:"
            )
            gap()
            if units > 1 and rng.random() < 0.5:
                changed = rng.randrange(units)
                headed[changed] = _alternative(names[changed], suffix)
        unit_style = rng.choice(UNIT_STYLES)
        names_only = rng.random() < 0.15
        including = rng.random() < 0.3
        noun = suffix.lower()
        for number, heading in enumerate(headed, start=1):
            if not names_only and rng.random() < 0.12:
                heading += f" (labeled as {rng.choice(_LABELS)})"
            add(_numbered(rng, unit_style, number, _deface(rng, heading, defects)))
            if names_only:
                continue
            gap()
            if including:
                paragraph, clauses = _including_paragraph(rng, noun)
            else:
                paragraph, clauses = _semicolon_paragraph(rng)
            add(_deface(rng, paragraph, defects))
            gap()
            page.unit_duties += clauses

    add("")
    page.lines.extend(_contacts(rng, place))
    if rng.random() < 0.4:
        add("")
        add("Share To:")
    return page


def distinct_pages(rng: random.Random) -> Iterator[Page]:
    """Pages without end, no two about the same organization (a district's office drawn twice is drawn again).

    orgkb keeps one page per organization, so a repeated one would replace the first and
    the corpus would hold fewer pages and duties than generated.
    """
    seen: set[str] = set()
    index = 1
    while True:
        page = build_page(rng, index)
        organization = page.name.split("-", 1)[1]  # the district and the kind of office
        if organization in seen:
            continue
        seen.add(organization)
        index += 1
        yield page


def generate_corpus(pages: int, seed: int = 0) -> list[tuple[str, str]]:
    """`pages` pages (file name, text), the same for the same seed."""
    return [(page.name, page.text) for page in itertools.islice(distinct_pages(random.Random(seed)), pages)]


def generate_corpus_with_duties(duties: int, seed: int = 0) -> list[tuple[str, str]]:
    """Enough pages to reach about `duties` duties.

    Counted: numbered duties of each page plus the clauses of its unit paragraphs (split at
    semicolons; for "including:" paragraphs the clause before "including:" and each item).
    """
    corpus: list[tuple[str, str]] = []
    total = 0
    for page in distinct_pages(random.Random(seed)):
        if total >= duties:
            break
        corpus.append((page.name, page.text))
        total += page.duties
    return corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.synthetic", description="Write invented genre pages to a folder."
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--pages", type=int, default=100, help="number of pages (default 100)")
    size.add_argument("--duties", type=int, help="write enough pages for about this many duties")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the pages to")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.duties is not None:
        corpus = generate_corpus_with_duties(args.duties, args.seed)
    else:
        corpus = generate_corpus(args.pages, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in corpus:
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(corpus)} pages to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
