"""A known page (name, duties, units) rendered in many layouts, for the reader's property test.

`pages()` draws a `Known` page and `render()` prints it as a site might: any numbering style, the
units as headings, numbered sections, bullets, "Name: duties" lines or bracketed names, the council
owning the site over the title, furniture above and below (skip links, tab bars, breadcrumbs,
language switches, task links, footers, a contact table), as a text file or as HTML.
Everything here is made up; no real page's text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

PLACES = ("Futian", "Xihu", "Qinghe", "Longgang", "Haidian", "Yuhang", "Baiyun", "Jiangbei")
OFFICES = (
    "Health Bureau",
    "Civil Affairs Bureau",
    "Commerce Bureau",
    "Audit Bureau",
    "Water Affairs Bureau",
    "Sports Bureau",
    "Education Commission",
    "Statistics Bureau",
)
UNITS = (
    "Office",
    "Planning Section",
    "Finance Section",
    "Legal Affairs Section",
    "Personnel Section",
    "Supervision Division",
    "Policy Research Office",
    "Emergency Management Section",
)
VERBS = ("Implement", "Draft", "Organize", "Coordinate", "Supervise", "Manage", "Guide", "Undertake")
MATTERS = (
    "the policies on public health",
    "the plans for social assistance",
    "the statistics of the district",
    "the archives and documents",
    "the supervision of markets",
    "the training of civil servants",
    "the letters and calls of the public",
    "the safety of public places",
    "the budget and assets",
    "the reform of administrative approval",
)
TAILS = ("of the district", "in the district", "of the bureau", "with relevant departments")


@dataclass(frozen=True)
class Known:
    name: str
    duties: tuple[str, ...]  # each one sentence, with its full stop
    units: tuple[tuple[str, tuple[str, ...]], ...]  # (name, duties)


@dataclass(frozen=True)
class Vocabulary:
    """What a language's made-up pages are made of, and how it puts a name and a duty together."""

    places: tuple[str, ...]
    offices: tuple[str, ...]
    units: tuple[str, ...]
    verbs: tuple[str, ...]
    matters: tuple[str, ...]
    tails: tuple[str, ...]
    name: Callable[[str, str], str]  # (place, office) -> the organization's name
    duty: Callable[[str, str, str], str]  # (verb, matter, tail) -> one duty sentence


ENGLISH = Vocabulary(
    PLACES,
    OFFICES,
    UNITS,
    VERBS,
    MATTERS,
    TAILS,
    name=lambda place, office: f"{place} District {office}",
    duty=lambda verb, matter, tail: f"{verb} {matter} {tail}.",
)


def known_pages(words: Vocabulary) -> st.SearchStrategy[Known]:
    """Known pages in `words`: two to seven duties of the organization, up to four units of one to three."""

    @st.composite
    def duty_texts(draw: st.DrawFn, least: int, most: int) -> tuple[str, ...]:
        count = draw(st.integers(least, most))
        matters = draw(st.lists(st.sampled_from(words.matters), min_size=count, max_size=count, unique=True))
        return tuple(
            words.duty(draw(st.sampled_from(words.verbs)), matter, draw(st.sampled_from(words.tails)))
            for matter in matters
        )

    @st.composite
    def drawn(draw: st.DrawFn) -> Known:
        name = words.name(draw(st.sampled_from(words.places)), draw(st.sampled_from(words.offices)))
        names = draw(st.lists(st.sampled_from(words.units), max_size=4, unique=True))
        units = tuple((unit, draw(duty_texts(1, 3))) for unit in names)
        return Known(name, draw(duty_texts(2, 7)), units)

    return drawn()


def pages() -> st.SearchStrategy[Known]:
    return known_pages(ENGLISH)


# How a list's items are marked: a function of the item's 1-based number.
_CHINESE = "一二三四五六七八九十"
NUMBERINGS = {
    "dot": lambda n: f"{n}. ",
    "paren": lambda n: f"{n}) ",
    "parens": lambda n: f"({n}) ",
    "fullwidth-dot": lambda n: f"{n}．",
    "chinese": lambda n: f"{_CHINESE[n - 1]}、",
    "chinese-parens": lambda n: f"（{_CHINESE[n - 1]}）",
    "circled": lambda n: chr(0x2460 + n - 1) + " ",
    "roman-lower": lambda n: ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")[n - 1] + ". ",
    "bullet": lambda n: "• ",
    "dash": lambda n: "- ",
    "star": lambda n: "* ",
    "none": lambda n: "",
}
UNIT_LAYOUTS = (
    "heading",
    "numbered",
    "inline",
    "bullets",
    "bracketed",
    "table",
    "listed",
    "typed",
    "broken",
    "marked-items",
    "numbered-heads",
    "starred-heads",
)
DUTY_HEADINGS = ("Main Responsibilities", "Main Functions:", "Duties and Responsibilities", "Key Functions")
UNIT_HEADINGS = ("Internal Organization", "Internal Departments:", "Internal Structure", "Our Teams")
ABOVE = (
    "Skip to main content",
    "Jump to the content zone at the center",
    "Home | About | News | Services | Contact",
    "Home > Government > Departments",
    "English | 中文",
    "You are here: Home > Departments",
    "Find your nearest library",
    "About us",
)
BELOW = (
    "Print | Close",
    "Copyright © 2024 {place} District People's Government. All Rights Reserved.",
    "Sitemap | Contact us | Disclaimer",
    "Sponsored by: {place} District People's Government",
    "© {place} Borough Council",
)


@dataclass(frozen=True)
class Layout:
    numbering: str
    units: str
    duty_heading: str
    unit_heading: str
    above: tuple[str, ...]
    below: tuple[str, ...]
    date: bool
    contact_table: bool
    html: bool
    site_title: bool = False  # the title followed by the site's name: "X Bureau - Y District People's Government"
    council: bool = False  # the site owner's name ("Y Borough Council") printed over the page's own title
    topics: bool = False  # the marked duties grouped under short topic labels ("Public health" / items): no units


layouts = st.builds(
    Layout,
    numbering=st.sampled_from(sorted(NUMBERINGS)),
    units=st.sampled_from(UNIT_LAYOUTS),
    duty_heading=st.sampled_from(DUTY_HEADINGS),
    unit_heading=st.sampled_from(UNIT_HEADINGS),
    above=st.lists(st.sampled_from(ABOVE), max_size=3, unique=True).map(tuple),
    below=st.lists(st.sampled_from(BELOW), max_size=2, unique=True).map(tuple),
    date=st.booleans(),
    contact_table=st.booleans(),
    html=st.booleans(),
    site_title=st.booleans(),
    council=st.booleans(),
    topics=st.booleans(),
)
# Topic labels over groups of the duties: no unit's noun, so no units.
TOPICS = ("Public health", "Other matters")


def _clause(duty: str) -> str:
    """A duty as a clause of a paragraph: no full stop, the verb in lower case."""
    return duty[0].lower() + duty[1:-1]


def _unit_lines(index: int, name: str, duties: tuple[str, ...], layout: str) -> list[tuple[str, str]]:
    """A unit as (kind, text) lines: kind "h" for a heading, "p" for a paragraph, "row" for a table row."""
    paragraph = duties[0][:-1] + "".join(f"; {_clause(duty)}" for duty in duties[1:]) + "."
    if layout == "heading":
        return [("h", name), ("p", paragraph)]
    if layout == "broken" and " " in name:  # the name broken where its column ends: "Legal" / "Affairs Section"
        head, rest = name.split(" ", 1)
        return [("broken", f"{head}\n{rest}"), ("p", paragraph)]
    if layout == "broken":
        return [("p", name), ("p", paragraph)]
    if layout == "numbered":
        roman = ("I", "II", "III", "IV")[index]
        return [("p", f"({roman}) {name}"), *(("p", f"{n}. {duty}") for n, duty in enumerate(duties, start=1))]
    if layout == "marked-items":  # "(I) Civil Affairs Section:" over its duties as "◎" items
        roman = ("I", "II", "III", "IV")[index]
        return [("p", f"({roman}) {name}:"), *(("p", f"◎ {duty}") for duty in duties)]
    if layout == "numbered-heads":  # "2. Legal Affairs Section" over its paragraph
        return [("p", f"{index + 1}. {name}"), ("p", paragraph)]
    if layout == "starred-heads":  # "Legal Affairs Section *" over its duties as "*" items
        return [("p", f"{name} *"), *(("p", f"  * {duty}") for duty in duties)]
    if layout == "inline":
        return [("p", f"{name}: {paragraph}")]
    if layout == "bullets":
        return [("p", f"* {name}"), ("p", paragraph)]
    if layout == "bracketed":
        return [("p", f"【{name}】{paragraph}")]
    return [("row", f"{name}\t{paragraph}")]


def render(known: Known, layout: Layout) -> tuple[str, str]:
    """The page's text and its media type ("text/plain" or "text/html")."""
    place = known.name.split()[0]
    lines: list[tuple[str, str]] = [("furniture", line.format(place=place)) for line in layout.above]
    if layout.council:
        lines.append(("owner", f"{place} Borough Council"))
    lines.append(("title", f"{known.name} - {place} District People's Government" if layout.site_title else known.name))
    if layout.date:
        lines.append(("p", "Released on: 2023-04-12"))
    lines.append(("h", layout.duty_heading))
    mark = NUMBERINGS[layout.numbering]
    items = [("item", f"{mark(n)}{duty}") for n, duty in enumerate(known.duties, start=1)]
    if layout.topics and len(items) >= 2 and layout.numbering != "none":  # a label over unmarked lines: a duty
        half = len(items) // 2
        items = [("p", TOPICS[0]), *items[:half], ("p", TOPICS[1]), *items[half:]]
    lines.extend(items)
    if known.units:
        lines.append(("h", layout.unit_heading))
        names = [name for name, _ in known.units]
        listing = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        if layout.units == "typed" and len(names) >= 2:  # the kind of unit, then their names in brackets
            lines.append(("p", f"The bureau has a director, two deputies and {len(names)} units ({listing})."))
        elif layout.units in ("listed", "typed"):  # a sentence naming the units, and nothing of their duties
            lines.append(("p", f"The bureau has set up {len(names)} internal units, namely {listing}."))
        for index, (name, duties) in enumerate(known.units if layout.units not in ("listed", "typed") else ()):
            lines.extend(_unit_lines(index, name, duties, layout.units))
    if layout.contact_table:
        lines.extend([("h", "Contact Us"), ("row", "Tel\t0755-12345678"), ("row", "Address\t1 Renmin Road")])
    lines.extend(("furniture", line.format(place=place)) for line in layout.below)
    if layout.html:
        return html_page(lines), "text/html"
    # in a text file, unnumbered duties are parted by blank lines
    gap = layout.numbering == "none"
    return "\n".join(f"\n{text}" if gap and kind == "item" else text for kind, text in lines) + "\n", "text/plain"


@dataclass(frozen=True)
class HtmlStyle:
    """What differs between the sites the property tests render a page's lines for."""

    head: str  # the page's <head>
    breadcrumb: str  # a furniture line holding this is a breadcrumb
    skip_link: bool  # other furniture is a skip link to the main text (else a bare line)
    one_table: bool  # consecutive rows are one table (else a table each)


ENGLISH_SITE = HtmlStyle("<title>Government portal</title>", " > ", skip_link=True, one_table=False)


def html_page(lines: list[tuple[str, str]], style: HtmlStyle = ENGLISH_SITE) -> str:
    """A page's (kind, text) lines as the HTML of a site of `style`."""
    out = [f"<!DOCTYPE html><html><head>{style.head}</head><body>"]
    for kind, text in lines:
        escaped = html.escape(text)
        if kind == "furniture":
            if " | " in text:
                links = " | ".join(
                    f'<a href="/{n}">{html.escape(part)}</a>' for n, part in enumerate(text.split(" | "))
                )
                out.append(f'<div class="nav">{links}</div>')
            elif style.breadcrumb in text:
                out.append(f'<div class="breadcrumb">{escaped}</div>')
            elif style.skip_link:
                out.append(f'<div><a href="#main">{escaped}</a></div>')
            else:
                out.append(f"<div>{escaped}</div>")
        elif kind == "owner":
            out.append(f'<div class="site-name">{escaped}</div>')
        elif kind == "title":
            out.append(f"<h1>{escaped}</h1>")
        elif kind == "h":
            out.append(f"<h2>{escaped}</h2>")
        elif kind == "broken":
            out.append(f"<p>{'<br>'.join(html.escape(part) for part in text.split(chr(10)))}</p>")
        elif kind in ("row", "columns"):
            cells = "".join(f"<td>{html.escape(cell)}</td>" for cell in text.split("\t"))
            if style.one_table and out[-1].endswith("</table>"):  # the next row of the table above
                out[-1] = out[-1].removesuffix("</table>") + f"<tr>{cells}</tr></table>"
            else:
                out.append(f"<table><tr>{cells}</tr></table>")
        else:
            out.append(f"<p>{escaped}</p>")
    out.append("</body></html>")
    return "\n".join(out)
