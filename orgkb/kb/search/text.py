"""The text model: the stemmed terms that duties, unit names and questions are compared by, and
the plain content words that comparing two offices' duties weighs.

Terms are the thesaurus's own stems (`label_key`: case, apostrophes and British spelling folded,
Porter stemming), so that the words a duty is indexed by are the words its matters were found
by. Words that say a duty exists but not what it is about ("responsible", "tasks"), and the
words of a question that ask rather than describe ("who", "in charge of"), are left out.
Chinese is cut into words by `segment` (the thesaurus's Chinese labels in its dictionary), and
its words are terms as they are written: Chinese has no inflection to stem.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from orgkb.kb.search.segment import chinese_words
from orgkb.ontology.places import default_gazetteer
from orgkb.ontology.script import has_chinese
from orgkb.ontology.segmenter import CHINESE_RUN
from orgkb.ontology.thesaurus import label_key

# Function words (the thesaurus drops most of them already; this list does not depend on it).
_FUNCTION_WORDS = """\
a an the of and or nor but if so than then to for in on at by with without from as into onto under over
within about between through its it their theirs his her this that these those is are was were been being
am s all any each every such other others various relevant related including etc not no only also there here
"""
# Asking words: they shape a question, not its matter.
_QUESTION_WORDS = """\
who whom whose which what where when why how does do did doing done can could should would will shall may might
must i me my mine we us our ours you your yours he she they them someone somebody anyone anybody one
need want ask asks asking please tell know find help get gets
handle handles handled handling deal deals dealt dealing look looks looking after care take takes taking
charge responsible responsibility responsibilities duty duties job jobs role person people
has have had having hasnt havent hadnt isnt arent wasnt werent dont doesnt didnt cant cannot wont
nobody no-one everyone everybody anything something nothing go goes going went up
"""
# Duty boilerplate: every office "is responsible for" and "undertakes other tasks assigned".
_DUTY_WORDS = """\
be carry out perform undertake undertakes complete finish other tasks task assigned matters matter work works
well good also etc like namely kinds kind
"""


# Fillers of spoken questions, dropped as whole words before stemming: their stems are words
# that mean something ("actually" -> "actual", as in "actual population"; "generally" -> "general").
_FILLERS = re.compile(
    r"\b(?:actually|really|just|exactly|basically|generally|usually|normally|typically|currently|"
    r"even|still|already|ever|maybe|perhaps|probably|possibly|anyway)\b",
    re.IGNORECASE,
)

# Emphasis that nearly every duty uses ("important meetings", "important documents") and that
# says nothing of what a duty is about; dropped as a whole word too, because its stem is the stem
# of another word: "important" and "imports" both stem to "import".
_EMPHASIS = re.compile(r"\bimportan(?:t|tly|ce)\b", re.IGNORECASE)


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem for word in words.split() for stem in label_key(word))


STOP_STEMS = _stems(" ".join([_FUNCTION_WORDS, _QUESTION_WORDS, _DUTY_WORDS]))
_BREAK = "|"

# The request's frame: words that say what the asker wants done (apply, the forms, the phone
# number, the opening hours), not what it is about. They stay terms, since a question may hold
# nothing else ("Where do I apply?", "申请"), but they weigh less than the words of its matter
# (`frame_split`). The purely asking words (who, how, 谁, 怎么, 哪个部门) are dropped outright.
# Not "request", "contact" or "open": citizens' requests, foreign contacts and opening up are matters;
# "call" is frame ("Who do I call about mosquitoes?"), and matter within a name ("letters and calls").
_FRAME_WORDS = """\
apply application obtain submit procedure procedures form forms requirement requirements
phone telephone call number address hours
"""
_FRAME_WORDS_ZH = """\
申请 手续 流程 材料 条件 咨询 查询 预约 领取 提交 报名 步骤 指南 办事 窗口 电话 地址 多少 几点 上班 时间 表格
"""
FRAME_TERMS = _stems(_FRAME_WORDS) | frozenset(_FRAME_WORDS_ZH.split())


def frame_split(query: list[str], matter_terms: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """`query`'s terms parted into its matter's terms and its frame's (`FRAME_TERMS`), in order.

    A frame word that is part of the name of a matter the question names (`matter_terms`) is
    matter; a question whose terms are all frame words is all matter: it asks about nothing else.

    >>> frame_split(["低保", "申请"])
    (['低保'], ['申请'])
    >>> frame_split(["appli"])
    (['appli'], [])
    """
    frame = [term for term in query if term in FRAME_TERMS and term not in matter_terms]
    matter = [term for term in query if term not in FRAME_TERMS or term in matter_terms]
    return (matter, frame) if matter else (frame, [])


def terms(text: str) -> list[str]:
    """The stemmed content terms of `text`, in order, repeated as often as they occur.

    >>> terms("Who is in charge of receiving foreign visitors?")
    ['receiv', 'foreign', 'visitor']
    >>> terms("谁负责接待外宾？")
    ['接待', '外宾', '接待外宾']
    """
    if not has_chinese(text):
        return _english_terms(text)
    found: list[str] = []
    start = 0
    for run in CHINESE_RUN.finditer(text):
        found += _english_terms(text[start : run.start()])
        found += chinese_words(run.group())
        start = run.end()
    return found + _english_terms(text[start:])


def _english_terms(text: str) -> list[str]:
    text = _EMPHASIS.sub(" ", _FILLERS.sub(" ", text))
    return [stem for stem in label_key(text) if stem != _BREAK and stem not in STOP_STEMS and len(stem) > 1]


def words_by_term(text: str) -> dict[str, str]:
    """Each content term of `text` mapped to the first word of `text` that gave it (for reasons).

    >>> words_by_term("Welcoming foreign guests")
    {'welcom': 'Welcoming', 'foreign': 'foreign', 'guest': 'guests'}

    A Chinese word is its own term: ``words_by_term("低保")`` is ``{'低保': '低保'}``.
    """
    found: dict[str, str] = {}
    for word in text.split():
        word = word.strip(".,;:!?()[]\"'“”‘’")
        for stem in terms(word):
            found.setdefault(stem, stem if has_chinese(stem) else word)
    return found


PREFIX_MIN = 6  # shortest stem that may stand for the longer stems it begins ("disclos" ~ "disclosur")
# An ending that makes a word name another thing, not a form of the same one: a neighbourhood is
# a place, not a neighbour ("-ship" does not: friendship ties are friendly relations).
_OTHER_THING = "hood"


def related_terms(vocabulary: list[str], term: str) -> list[str]:
    """The terms of sorted `vocabulary`, other than `term`, that begin with it or that it begins with.

    Porter stems keep some derived words apart ("disclose" -> disclos, "disclosure" -> disclosur);
    a shared stem of at least `PREFIX_MIN` letters brings them together.

    >>> related_terms(["disclos", "disclosur", "discuss"], "disclosur")
    ['disclos']
    >>> related_terms(["neighbor", "neighborhood"], "neighbor")
    []
    """
    if len(term) < PREFIX_MIN or has_chinese(term):  # Chinese: the segmenter gave a compound's parts
        return []
    found = [
        term[:size]
        for size in range(PREFIX_MIN, len(term))
        if _contains(vocabulary, term[:size]) and not term.endswith(_OTHER_THING, size)
    ]
    start = bisect.bisect_right(vocabulary, term)
    for candidate in vocabulary[start:]:
        if not candidate.startswith(term):
            break
        if not candidate.endswith(_OTHER_THING, len(term)):
            found.append(candidate)
    return found


def _contains(vocabulary: list[str], term: str) -> bool:
    at = bisect.bisect_left(vocabulary, term)
    return at < len(vocabulary) and vocabulary[at] == term


_WHERE = re.compile(r"\bwhere\b|哪里|哪儿|在哪|去哪", re.IGNORECASE)


def asks_where(question: str) -> bool:
    """Whether `question` asks where to go rather than who handles it.

    >>> asks_where("Where can I see a family doctor?"), asks_where("Who runs the clinics?")
    (True, False)
    """
    return _WHERE.search(question) is not None


# -- plain content words (comparing two offices) ------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")

# Words every duty uses ("responsible", "work", "district", ...): they say nothing of what it is about.
STOPWORDS = frozenset(
    [
        "a",
        "according",
        "activity",
        "all",
        "also",
        "an",
        "and",
        "any",
        "approve",
        "are",
        "arrange",
        "as",
        "assigned",
        "assist",
        "at",
        "be",
        "by",
        "carry",
        "charge",
        "city",
        "comprehensive",
        "concerned",
        "cooperate",
        "coordinate",
        "coordination",
        "daily",
        "department",
        "district",
        "districts",
        "do",
        "duties",
        "duty",
        "examine",
        "for",
        "from",
        "government",
        "governments",
        "guide",
        "handle",
        "handles",
        "handling",
        "help",
        "implement",
        "implementation",
        "important",
        "in",
        "including",
        "into",
        "is",
        "it",
        "its",
        "leader",
        "leaders",
        "leadership",
        "main",
        "matter",
        "matters",
        "new",
        "of",
        "office",
        "offices",
        "on",
        "or",
        "organize",
        "organizing",
        "other",
        "others",
        "out",
        "overall",
        "participate",
        "people",
        "peoples",
        "perform",
        "plan",
        "prepare",
        "promote",
        "region",
        "related",
        "relating",
        "relevant",
        "report",
        "responsibilities",
        "responsibility",
        "responsible",
        "section",
        "sections",
        "specific",
        "such",
        "superior",
        "supervise",
        "support",
        "take",
        "task",
        "tasks",
        "that",
        "the",
        "their",
        "them",
        "these",
        "this",
        "those",
        "timely",
        "to",
        "undertake",
        "undertaking",
        "unit",
        "units",
        "various",
        "well",
        "which",
        "who",
        "whose",
        "with",
        "within",
        "work",
        "works",
    ]
)


# The words of place names: the gazetteer's scan for them took one to five seconds of a process's
# first write, so a saved coordination keeps them and gives them back (`remember_place_words`).
_PLACE_WORDS: list[frozenset[str]] = []


def place_words() -> frozenset[str]:
    """The words of place names ("jingan", "shanghai"): they say where a duty applies, not what it is."""
    if not _PLACE_WORDS:
        names = default_gazetteer().names()
        _PLACE_WORDS[:] = [frozenset(word for name in names for word in _WORD.findall(name) if len(word) > 2)]
    return _PLACE_WORDS[0]


def remember_place_words(words: frozenset[str]) -> None:
    """Use `words` as `place_words()`: saved with the coordination by the same code and gazetteer
    (`COORDINATION_CODE` digests both), so that a process that reads it back needs no scan."""
    _PLACE_WORDS[:] = [words]


def fold(text: str) -> str:
    """Text case-folded and normalized for comparison (apostrophes removed: "Jing'an" -> "jingan")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"['’‘`]", "", text)


def _trim(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> frozenset[str]:
    """The content words of `text`, plural-trimmed, without stop words.

    >>> sorted(content_words("Be responsible for the reception of foreign guests"))
    ['foreign', 'guest', 'reception']

    Chinese is cut into words as `terms` cuts it: ``content_words("负责接待外宾")`` holds
    接待, 外宾 and 接待外宾.
    """
    folded = fold(text)
    chinese: list[str] = []
    if has_chinese(folded):
        chinese = [word for run in CHINESE_RUN.findall(folded) for word in chinese_words(run)]
        folded = CHINESE_RUN.sub(" ", folded)
    words = (_trim(word) for word in _WORD.findall(folded))
    places = place_words()
    found = {word for word in words if len(word) > 1 and word not in STOPWORDS and word not in places}
    return frozenset(found.union(chinese))
