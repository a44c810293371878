"""The lines around the content: noise to drop, release dates, the publishing site, headings."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from functools import lru_cache

from orgkb.loaders.reading.lines.normalize import is_known_word
from orgkb.ontology.script import HAN

_NOISE = re.compile(
    r"^(?:share\s*to\b.*|(?:font|text\s*size)\s*[:：].*|font\s*size\b.*|print\b\s*(?:this page)?|"
    r"close\b\s*(?:window)?|(?:page\s*)?(?:views?|hits|visits|clicks|reads)\s*[:：]?\s*[\d,]*|"
    r"(?:responsible\s+)?(?:editors?|authors?|translators?|reporters?|proofreaders?)\s*[:：].{0,40}|"
    r"(?:scan|use\s+wechat\s+to\s+scan)\b.{0,20}\bqr\s*code\b.{0,30}|"
    r"\[?\s*(?:large|medium|small)\s*\]?(?:\s*\[?\s*(?:large|medium|small)\s*\]?)*|"
    r"(?:a\s+){2,}a|back to top|top|【?\s*print\s*】?)$",
    re.IGNORECASE,
)
# Buttons printed side by side on one line: "Print   Close", "[Print] [Close]", "Share To: Print".
_BUTTONS = re.compile(
    r"^(?:[\[【(|]?\s*(?:print(?:\s+this\s+page)?|close(?:\s+window)?|share(?:\s*to)?\s*[:：]?|"
    r"font\s*size\s*[:：]?|(?:a\s+){2}a|back\s+to\s+top|top|save)\s*[\]】)|]?\s*)+$",
    re.IGNORECASE,
)
# The site's footer: copyright, ICP licence and police record numbers, who sponsors and maintains it.
# What starts a footer line (matched at its start) ...
_FOOTER = re.compile(
    r"(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved|"
    r"(?:sponsored|hosted|organized|organised|maintained|undertaken|supported|designed)\s+by\s*[:：]?|"
    r"technical\s+support\s*[:：]|website\s+identification\s+code\b|(?:主[办辦]|承[办辦])(?:[单單]位)?\s*[:：]|网站标识码|"
    r"(?:sponsor|organizer|organiser|undertaker|host|operator)\s*[:：]|"
    r"public\s+(?:network\s+)?security\s+(?:record|filing)|(?:website|site)\s+id\b)"
    r"|ICP\s*(?:No\.|备|record|filing|licen[cs]e)",
    re.IGNORECASE,
)
# ... and what marks one anywhere in it: record numbers, which hold Chinese characters.
_FOOTER_RECORD = re.compile(f"[{HAN}]ICP[备证]|公网安备", re.IGNORECASE)
# An ICP record number after the province's name in English: "Guangdong ICP No. 05012345".
_ENGLISH_ICP = re.compile(r"\bICP\s*(?:No\.?|record|filing|licen[cs]e)\s*(?:No\.?)?\s*[:：]?\s*\d", re.IGNORECASE)
# Links between the pages of an article split over several: "Previous  1  2  Next", "Page 2 of 3", "- 2 -".
_PAGINATION = re.compile(
    r"^(?=.*(?:\bprev(?:ious)?\b|\bnext\b|上一页|下一页|\bpage\s+\d))"
    r"(?:\s*(?:first|prev(?:ious)?|next|last|page|of|\d{1,3}|上一页|下一页|首页|尾页|[«»‹›<>\[\]|/]+)\s*)+$"
    r"|^[-–—]\s*\d{1,3}\s*[-–—]$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(
    r"^(?:home|首页|homepage|you are here)\b.*(?:>|›|»|/)|^.*\s(?:>|›|»)\s.*\s(?:>|›|»)\s|"
    r"^(?:(?:current|your)\s+)?(?:location|position)\s*[:：]|^[^>]*>>[^>]*>>|^(?:当前位置|您的位置)|"
    r"^\s*(?:>|›|»)\s*\S.*\s(?:>|›|»)\s",  # a trail whose first link was lost: it opens with its separator
    re.IGNORECASE,
)

_DATE_LABEL = (
    r"(?:released?\s*(?:on|date|time)?|(?:last\s+)?updated?(?:\s*(?:on|time))?|release\s*date|posted\s*(?:on|date|time)?|"
    r"publish(?:ed)?\s*(?:on|date|time)?|publication\s*(?:date|time)|issued?\s*(?:on|time)?|"
    r"date\s+of\s+(?:publication|release|issue|posting|update)|date|time|"
    r"(?:发布|發佈|發布|更新|公开|公開|发表|發表)?(?:日期|时间|時間))"
    r"\s*[:：]?\s*"
)
_ISO = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?"
_DMY = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
_ISO_DATE = re.compile(_DATE_LABEL + _ISO, re.IGNORECASE)
_DMY_DATE = re.compile(_DATE_LABEL + _DMY, re.IGNORECASE)
# A date alone on its line under the title ("2023-05-08", "18.05.2023"): the release date.
_BARE_ISO_DATE = re.compile(r"^\s*" + _ISO + r"\s*$")
_BARE_DMY_DATE = re.compile(r"^\s*" + _DMY + r"\s*$")
# A date opening its line, a widget of the page glued after it ("2017-06-20Text Size: A A A"): the date.
_DATE_THEN_REST = re.compile(r"^\s*" + _ISO + r"(?!\d)")
# Every date pattern ends in a year of four digits (`\d`, as they spell it): a line with none has no date.
_YEAR = re.compile(r"\d{4}")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# "Updated: March 5, 2021", "Posted on 5 March 2021", "Date: Mar 05, 2021"
# the day of the week before the date: "Last updated: Fri 23rd January, 2015"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_MDY_TEXT_DATE = re.compile(
    _DATE_LABEL + _WEEKDAY + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE
)
_DMY_TEXT_DATE = re.compile(
    _DATE_LABEL + _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})\b", re.IGNORECASE
)
_SITE = re.compile(r"\b(?:from|source)\s*[:：]\s*((?:[\w-]+\.)+(?:gov\.cn|cn|com|org|net))", re.IGNORECASE)
# Who the page says published it ("Source: Anji County People's Government"), to the line's end; a
# disclosure index's rows say the same ("发布机构:X县政府", "所属机构:X", "資料來源:人事處", "索引号:…").
_SOURCE = re.compile(
    r"(?:^|\s)(?:source|(?:资料|資料|信息|文章)?(?:来源|來源))\s*[:：].*$|"
    # with a value: "所屬機構:" alone heads a chart's affiliated institutions
    r"(?:^|\s)(?:(?:发布|發佈|發布|所属|所屬)(?:机构|機構)|索\s*引\s*[号號]|(?:公开|公開)(?:方式|范围|範圍))"
    r"\s*[:：]\s*\S.*$",
    re.IGNORECASE,
)
_TRAILING_VIEWS = re.compile(
    r"\s*(?:views?|hits|visits|clicks|(?:浏览|瀏覽)(?:次数|次數|量)?|(?:点击|點擊)(?:数|數|量|次数|次數)?|"
    r"(?:阅读|閱讀)(?:数|數|量|次数|次數)?|访问量|訪問量)\s*[:：]?\s*[\d,]*\s*$",
    re.IGNORECASE,
)
# The time of day printed after a release date ("2024-02-19 09:30").
_TIME_OF_DAY = re.compile(r"(?:^|\s)(?:@\s*|at\s+)?\d{1,2}:\d{2}(?::\d{2})?\b")


class Heading(StrEnum):
    """The kinds of block a page of the genre is made of."""

    DUTIES = "duties"
    UNITS = "units"
    CONTACT = "contact"
    LEADERS = "leaders"
    AFFILIATED = "affiliated"
    RELATED = "related"
    AIMS = "aims"  # what the office aspires to: its vision, values, prospects; no duties


_OF_THE_OFFICE = (
    r"(?:\s+of\s+the\s+(?:(?:district|municipal|city|county|town|township|sub-?district|street)\s+)?"
    r"(?:bureau|office|commission|committee|administration|cent(?:er|re)|government|"
    r"department|agency|institution|sub-?district(?:\s+office)?|town(?:\s+government)?))?"
)
_HEADING_WORDS = {
    Heading.DUTIES: r"(?:the\s+)?(?:(?:main|major|primary|principal|key|basic|institutional|core|chief|general|"
    r"statutory|specific|job)\s+)?(?:roles?\s+and\s+)?(?:responsibilit(?:y|ies)|dut(?:y|ies)|functions?)"
    r"(?:\s+and\s+(?:responsibilities|duties|functions|powers))?" + _OF_THE_OFFICE + r"(?:\s+(?:are|include))?"
    r"|what\s+we\s+do|our\s+(?:main\s+)?(?:work|role|responsibilities|duties|functions)"
    r"|(?:our\s+)?(?:(?:main|major|key|core)\s+)?(?:tasks|mandate|remit)"
    r"|(?:(?:main|key)\s+)?areas\s+of\s+(?:responsibility|work)|powers\s+and\s+(?:functions|duties)|"
    r"scope\s+of\s+(?:work|responsibilit(?:y|ies)|duties|functions)",
    Heading.UNITS: r"(?:our\s+)?(?:(?:internal|functional|main|working|constituent|administrative)\s+)?"
    r"(?:organizations?|organisations?|departments|divisions|institutions|"
    r"organizational\s+structure|structure|sections|offices|units|organs|bodies|"
    r"set-?up|agencies|teams|institutional\s+(?:set-?up|structure|arrangements?))"
    r"(?:\s+and\s+(?:their\s+)?(?:functions|responsibilities|duties))?"
    # "Organization of Education Bureau", "Organisational Structure of the Parks Department": the body's
    # organization, its name in capitals after "of", ending in a body's noun
    r"|(?:organi[sz]ation|organi[sz]ational\s+(?:structure|chart))\s+of\s+(?:the\s+)?"
    r"(?-i:(?:[A-Z][\w'&-]*\s+(?:(?:and|of|&)\s+)?){0,6}(?:Bureau|Department|Office|Commission|Agency|"
    r"Administration|Committee|Authority|Council|Government|Ministry|Directorate))",
    # Links to other pages at the foot of this one.
    Heading.RELATED: r"(?:related|recommended|more|latest|hot)\s+(?:links?|news|articles?|reading|information|pages?|"
    r"services?|topics?)|friendly\s+links?|links?",
    # What the office aspires to, not what it is charged with: "Vision", "Our Values", "Policies & Prospects",
    # "DPW Mission Statement" (a mission under "Mission" alone is often its duties, and stays read)
    Heading.AIMS: r"(?:(?:our|the|core|[A-Z]{2,6})\s+)?(?:vision|values|prospects?|mission\s+statement|"
    r"(?:vision|mission|policies)\s+(?:and|&)\s+(?:values|vision|prospects?|goals))",
    # Public institutions under the office: bodies of their own, listed after its internal units.
    Heading.AFFILIATED: r"(?:(?:directly|the)\s+)*(?:affiliated|subordinate|attached|dependent)\s+(?:public\s+)?"
    r"(?:institutions|units|organizations|bodies|agencies|organs)|"
    r"(?:public\s+)?institutions\s+(?:directly\s+)?(?:under|affiliated\s+to)\s+the\s+\w+|"
    r"public\s+(?:service\s+)?(?:institutions|units)",
    Heading.CONTACT: r"contact(?:\s+(?:information|info|us|details|methods?))?|contacts"
    # "Contact Waste and Recycling Services": contact and a name in capitals; where to find the office
    r"|contact\s+(?:the\s+)?(?-i:[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|and|of|for|the|&))*)"
    r"|find\s+us|get\s+in\s+touch|visit\s+us|location|opening\s+(?:hours|times)|office\s+hours",
    Heading.LEADERS: r"(?:(?:bureau|office|commission|current|main)\s+)?"
    r"(?:leaders?(?:hip)?(?:'s?)?|leading\s+(?:officials|members|cadres|group))"
    r"(?:\s+(?:members|team|information|profiles?|introduction))?"
    r"(?:\s+of\s+the\s+(?:bureau|office|commission|committee|administration|government))?",
}
_MARKER = (
    r"^[【\[]?\s*(?:[(（]?\s*(?:[IVXivx]{1,5}|\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]?\s*[.、:]?\s+|"
    r"[(（]?\s*(?:[IVX]{1,5}|\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）.、]\s*|[.·•*\-–\s]+)?"
)
_JUNK_TAIL = r"\s*[:：.]?[^A-Za-z0-9]{0,6}$"
# The long words of headings, to read a heading with one of them misspelt by a letter (in this
# order, so that the reading never depends on the order of a set).
_HEADING_WORDS_SPELT = tuple(
    "responsibilities responsibility functions duties organization organizations organisation organisations "  # noqa: SIM905
    "organizational structure departments divisions institutions sections offices internal functional "
    "affiliated subordinate attached directly principal primary contact information details leadership "
    "leaders members working agencies".split()
)
_HEADING_VOCABULARY = frozenset(_HEADING_WORDS_SPELT)


def _deletions(word: str) -> list[str]:
    """`word` and every string one letter shorter than it."""
    return [word, *(word[:i] + word[i + 1 :] for i in range(len(word)))]


# Every heading word by its deletions: a word one edit away from a heading word shares one of its
# deletions, so only those heading words need the exact check of `_one_edit_apart`.
_HEADING_WORDS_NEAR: dict[str, set[str]] = {}
for _known_word in _HEADING_WORDS_SPELT:
    for _variant in _deletions(_known_word):
        _HEADING_WORDS_NEAR.setdefault(_variant, set()).add(_known_word)
_HEADINGS = {
    kind: re.compile(_MARKER + "(?:" + words + ")" + _JUNK_TAIL, re.IGNORECASE)
    for kind, words in _HEADING_WORDS.items()
}


# Languages a site offers to switch to ("English | 中文", "简体 | 繁體 | English").
_LANGUAGES = frozenset(
    "english 中文 简体 繁體 繁体 简体中文 繁體中文 chinese 日本語 한국어 français русский español deutsch".split()  # noqa: SIM905
)
_LINK = re.compile(r"[A-Za-z][A-Za-z'&-]*(?:\s+[A-Za-z][A-Za-z'&-]*){0,3}")
# Links every site prints, which a row parted by spaces alone must hold one of to be a link row.
_SITE_LINKS = frozenset(
    "home homepage about us contact us site map sitemap news services disclaimer privacy help search login "  # noqa: SIM905
    "feedback english".split()
)
_CELL_GAP = re.compile(r"\s*\|\s*|\t+|[ \u00a0\u3000]{2,}")


def is_link_bar(line: str) -> bool:
    """Whether a line is a row of links parted by '|': a site's tab bar, footer links or
    language switch, and no table row (whose cells hold duties, numbers or a duties heading).

    >>> is_link_bar("Home | About Yanta | News | Services"), is_link_bar("English | 中文")
    (True, True)
    >>> is_link_bar("About Us   Contact Us   Site Map"), is_link_bar("Office   Planning Section   Finance Section")
    (True, False)
    >>> is_link_bar("Office | Handle documents, meetings and archives.")
    False
    """
    cells = [cell for cell in _CELL_GAP.split(line.strip()) if cell]
    if len(cells) >= 2 and all(cell.lower() in _LANGUAGES for cell in cells):
        return True
    if len(cells) < 3 or not all(_LINK.fullmatch(cell) and _heading_kind(cell) is not Heading.DUTIES for cell in cells):
        return False
    # cells parted by spaces only might be a row of unit names: it must hold a site's own link
    return "|" in line or any(word in _SITE_LINKS for cell in cells for word in cell.lower().split())


def is_footer(line: str) -> bool:
    """Whether a line is the site's footer: copyright, sponsors, record numbers.

    >>> is_footer("Copyright © 2023 Yanta District"), is_footer("Address: 1 Cifu Road")
    (True, False)
    """
    return bool(
        _FOOTER.match(line)
        or (not line.isascii() and _FOOTER_RECORD.search(line))
        or ("ICP" in line.upper() and _ENGLISH_ICP.search(line))
    )


def is_breadcrumb(line: str) -> bool:
    """Whether a line is a breadcrumb trail ("Home > About us", "> Government > Office", "当前位置:首页").

    >>> is_breadcrumb("> Provincial Government > Provincial Government Office"), is_breadcrumb("Home > About us")
    (True, True)
    >>> is_breadcrumb("Roads > Bridges"), is_breadcrumb("The Roads Division")
    (False, False)"""
    return _BREADCRUMB.match(line) is not None


def is_noise(line: str) -> bool:
    """Whether a line is page furniture: breadcrumbs, share buttons, font-size switches, the footer.

    >>> is_noise("Print      Close"), is_noise("京ICP备05083328号"), is_noise("Sponsored by: X District")
    (True, True, True)
    >>> is_noise("Previous  1  2  Next"), is_noise("Page 2 of 3")
    (True, True)
    >>> is_noise("Print and distribute the documents of the district government.")
    False"""
    if _NOISE.match(line) or _BUTTONS.match(line) or is_footer(line):
        return True
    if "|" in line and is_link_bar(line):
        return True
    if not line.isascii():
        return bool(is_breadcrumb(line) or _PAGINATION.match(line))
    # An ASCII line is a breadcrumb only with a '>', '/' or ':' in it, and page links say "prev",
    # "next" or "page" (in any case) or are "- 2 -".
    if (">" in line or "/" in line or ":" in line) and is_breadcrumb(line):
        return True
    lowered = line.lower()
    return bool(
        ("prev" in lowered or "next" in lowered or "page" in lowered or line.startswith("-"))
        and _PAGINATION.match(line)
    )


def _heading_kind(line: str) -> Heading | None:
    for kind, pattern in _HEADINGS.items():
        if pattern.match(line):
            return kind
    return None


def read_heading(line: str) -> Heading | None:
    """The block a heading line opens, or None when the line is no heading.

    A word of the heading that no dictionary knows and that is one letter away from a heading
    word ("Responsibilites") is read as meant; see `heading_misspellings` for the words to report.

    >>> read_heading(".  Organization")
    <Heading.UNITS: 'units'>
    >>> read_heading("Main Responsibilities and Organization of Caojiadu Sub-district Office") is None
    True
    >>> read_heading("Departments and Responsibilites")
    <Heading.UNITS: 'units'>
    """
    if len(line) > 60:
        return None
    if (kind := _heading_kind(line)) is not None:
        return kind
    corrections = _respellings(line)
    if not corrections:
        return None
    return _heading_kind(_respelled(line, corrections))


def heading_misspellings(line: str) -> list[tuple[str, str]]:
    """The misspelt words (as printed, as meant) of a line that is a heading only once respelt.

    >>> heading_misspellings("Departments and Responsibilites")
    [('Responsibilites', 'Responsibilities')]
    >>> heading_misspellings("Main Responsibilities")
    []
    """
    if len(line) > 60 or _heading_kind(line) is not None:
        return []
    corrections = _respellings(line)
    if corrections and _heading_kind(_respelled(line, corrections)) is not None:
        return corrections
    return []


_LONG_WORD = re.compile(r"[A-Za-z]{6,}")


@lru_cache(maxsize=8192)
def _heading_word_meant(lowered: str) -> str | None:
    """The heading word one edit away from a word in lower case that is none (read once per word)."""
    if lowered in _HEADING_VOCABULARY:
        return None
    near = set().union(*(_HEADING_WORDS_NEAR.get(variant, ()) for variant in _deletions(lowered)))
    if not near:  # most words are nowhere near a heading word: no dictionary look-up for them
        return None
    return next((known for known in _HEADING_WORDS_SPELT if known in near and _one_edit_apart(lowered, known)), None)


def _respellings(line: str) -> list[tuple[str, str]]:
    corrections = []
    for word in _LONG_WORD.findall(line):
        meant = _heading_word_meant(word.lower())
        if meant is not None and not is_known_word(word):
            meant = meant.upper() if word.isupper() else meant.capitalize() if word[0].isupper() else meant
            corrections.append((word, meant))
    return corrections


def _respelled(line: str, corrections: list[tuple[str, str]]) -> str:
    for word, meant in corrections:
        line = re.sub(rf"\b{word}\b", meant, line)
    return line


def _one_edit_apart(word: str, known: str) -> bool:
    """Whether one letter added, dropped, changed or two swapped turn `word` into `known`."""
    if abs(len(word) - len(known)) > 1 or word == known:
        return False
    if len(word) == len(known):
        differ = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
        return len(differ) == 1 or (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and word[differ[0]] == known[differ[1]]
            and word[differ[1]] == known[differ[0]]
        )
    short, long = sorted((word, known), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_RUN_ON_HEADING = re.compile(r"^(.{3,60}?)\s*[:：]\s*(\S.*)$")


def split_heading(line: str) -> tuple[Heading, str] | None:
    """A heading that runs on into its first line of content, and that content.

    >>> split_heading("Main Responsibilities: 1. Implement the laws.")
    (<Heading.DUTIES: 'duties'>, '1. Implement the laws.')
    >>> split_heading("Office: handle documents.") is None
    True
    """
    if ":" not in line and "：" not in line:
        return None
    match = _RUN_ON_HEADING.match(line)
    if match is None or (heading := read_heading(match.group(1))) is None:
        return None
    return heading, match.group(2)


def read_date(line: str) -> dt.date | None:
    """The release or update date a line states, or None.

    >>> read_date("From:dpxq.gov.cnUpdated:2022-10-08")
    datetime.date(2022, 10, 8)
    >>> read_date("Posted Date: 17/03/2021")
    datetime.date(2021, 3, 17)
    >>> read_date("Updated: March 5, 2021"), read_date("Posted on 5th Sept. 2021")
    (datetime.date(2021, 3, 5), datetime.date(2021, 9, 5))
    >>> read_date("Publish Time: 2023年5月8日"), read_date("18.05.2023")
    (datetime.date(2023, 5, 8), datetime.date(2023, 5, 18))
    """
    if not _YEAR.search(line):
        return None
    try:
        if match := _ISO_DATE.search(line) or _BARE_ISO_DATE.match(line) or _dated_widget(line):
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _DMY_DATE.search(line) or _BARE_DMY_DATE.match(line):
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if match := _MDY_TEXT_DATE.search(line):
            return dt.date(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
        if match := _DMY_TEXT_DATE.search(line):
            return dt.date(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    except ValueError:
        return None
    return None


def read_site(line: str) -> str | None:
    """The publishing site a line names ("From:dpxq.gov.cn"), or None."""
    match = _SITE.search(line)
    if match is None:
        return None
    site = match.group(1)
    # "dpxq.gov.cnUpdated" has been cut at the top-level domain by the pattern already.
    return site.lower()


def _may_hold(line: str, *words: str) -> bool:
    """Whether a case-blind pattern that needs one of `words` may match `line`: an ASCII line must hold
    one in lower case (any other line is searched)."""
    if not line.isascii():
        return True
    lowered = line.lower()
    return any(word in lowered for word in words)


def _dated_widget(line: str) -> re.Match[str] | None:
    """A date opening a line whose rest is the page's furniture ("2017-06-20Text Size: A A A", "2021-03-05
    Print Close"), or None."""
    match = _DATE_THEN_REST.match(line)
    rest = line[match.end() :].strip() if match else ""
    return match if rest and (_NOISE.match(rest) or _BUTTONS.match(rest)) else None


def strip_metadata(line: str) -> str:
    """A line without its date, site, publisher and view counter, for lines that carry a title too.

    >>> strip_metadata("Dipu Sub-district Office")
    'Dipu Sub-district Office'
    >>> strip_metadata("发布日期：2023-03-09   Source: Anji County People's Government   Views: 865")
    ''
    >>> strip_metadata("发布时间：2024-02-19 09:30   来源：区体育局   浏览次数：312")
    ''
    """
    if _YEAR.search(line) and _dated_widget(line):
        return ""  # the date and the page's furniture after it
    if _YEAR.search(line):
        for pattern in (_ISO_DATE, _DMY_DATE, _BARE_ISO_DATE, _BARE_DMY_DATE, _MDY_TEXT_DATE, _DMY_TEXT_DATE):
            dated = pattern.sub("", line)
            if dated != line:  # a time of day may follow the date
                dated = _TIME_OF_DAY.sub("", dated)
            line = dated
    if (":" in line or "：" in line) and _may_hold(line, "from", "source"):  # the site follows "From:" or "Source:"
        line = _SITE.sub("", line)
    if _may_hold(line, "view", "hits", "visits", "clicks"):
        line = _TRAILING_VIEWS.sub("", line)
    if (":" in line or "：" in line) and _may_hold(line, "source"):  # "Source:" names the publisher
        line = _SOURCE.sub("", line)
    return line.strip()
