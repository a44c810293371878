"""Units named in a list, read from one block's text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgkb.loaders.reading.lines.unit_listings import (
    list_item,
    listed_units,
    may_list_units,
    names_only,
    set_up,
    split_typed,
)
from orgkb.loaders.reading.roles.cues import cues_for

EN = cues_for("en")
ZH = cues_for("zh")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "The bureau has set up three offices, namely the Finance Office, the Audit Office and the Legal Office.",
            ["the Finance Office", "the Audit Office", "the Legal Office"],
        ),
        (  # the kind first, the names in brackets without their nouns
            "It has three divisions (Land Survey, Titles and Deeds, Land Leases).",
            ["Land Survey", "Titles and Deeds", "Land Leases"],
        ),
        (  # two conjunctions in the last name: where the names part is not known, it stays whole
            "It has three divisions (Land Survey, Land Leases and Titles and Deeds).",
            ["Land Survey", "Land Leases and Titles and Deeds"],
        ),
        ("It has three divisions (survey, leases and deeds).", []),  # no names: lower case
        (  # the count stated: a name holding "and" parted where that makes it
            "The department works through (4) divisions including Roads and Bridges, Fleet Services, "
            "Parks and Recreation and Water Supply.",
            ["Roads and Bridges", "Fleet Services", "Parks and Recreation", "Water Supply"],
        ),
        (  # the count stated: the last two kept whole where parting them would make one too many
            "It has three Units (Records, Licensing, Food Hygiene and Trading Standards).",
            ["Records", "Licensing", "Food Hygiene and Trading Standards"],
        ),
        (  # listings of both kinds in one text: all of them, in the order printed
            "The office has two Divisions (Land Survey, Land Leases), two Centers (Map Centre and Data Centre). "
            "Its subsidiaries are the three Offices: North Office, South Office and East Office.",
            ["Land Survey", "Land Leases", "Map Centre", "Data Centre", "North Office", "South Office", "East Office"],
        ),
        ("The bureau drafts plans for the district.", []),
    ],
)
def test_listed_units(text: str, units: list[str]) -> None:
    assert listed_units(text, EN) == units


@pytest.mark.parametrize(
    ("listing", "names"),
    [
        ("Roads, Parks and Street Cleaning", ["Roads", "Parks and Street Cleaning"]),  # one word: no parting
        ("Roads, Park Care and Street Cleaning", ["Roads", "Park Care", "Street Cleaning"]),
        ("Religion and Customs", ["Religion and Customs"]),
    ],
)
def test_the_last_two_names_of_a_typed_listing_part_when_both_have_two_words(listing: str, names: list[str]) -> None:
    assert split_typed(listing, EN) == names


def test_a_block_of_names_only() -> None:
    assert names_only("Finance Section, Audit Section and Legal Section", EN) == [
        "Finance Section",
        "Audit Section",
        "Legal Section",
    ]
    assert names_only("Draft the plans, manage the budget and audit the accounts.", EN) == []


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a label naming the units' kind: the names need no unit noun (司, 署), a bracketed note is left out
        ("業務單位:文化資產司、藝術發展司", ["文化資產司", "藝術發展司"]),
        ("所屬機關:觀光署、影視局(註:影視局暫不設置,業務委託辦理。)", ["觀光署", "影視局"]),
        (
            "共有3个下属单位:县种子管理站、县农机中心、青石农场管理区,有若干技术人员。",
            ["县种子管理站", "县农机中心", "青石农场管理区"],
        ),
        ("业务单位：规划科、财务科", ["规划科", "财务科"]),  # 规划 opens duties too: the unit noun decides
        ("负责全区规划、财务工作。", []),
    ],
)
def test_chinese_typed_listings(text: str, units: list[str]) -> None:
    assert listed_units(text, ZH) == units


def test_a_typed_listing_of_one_name_is_a_listing() -> None:
    assert names_only("业务单位：规划科", ZH) == ["规划科"]  # not a unit named "业务单位：规划科"


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (  # most with a unit noun
            "本局下設婦幼保護中心、長青之家、志願服務中心,其組織規程另訂之。",
            ["婦幼保護中心", "長青之家", "志願服務中心"],
        ),
        ("區公所設會計室,置主任,依法辦理歲計事項。", ["會計室"]),
        ("本局下設長青之家、仁愛之家,其組織規程另訂之。", []),  # none with a unit noun
    ],
)
def test_an_article_setting_units_up(text: str, units: list[str]) -> None:
    assert set_up(text, ZH) == units


# words a listing is made of, some of them its lead-ins and kinds, in any case
_LISTING_TEXT = st.lists(
    st.sampled_from(
        ["Offices", "DIVISIONS", "namely", "As follows", "including", "teams", "Centres", "Sections"]
    ).flatmap(lambda word: st.sampled_from([word, word.lower(), word.upper(), word[:-1]]))
    | st.sampled_from(["The", "bureau", "has", "Planning", "Office", "Division", "and", "(", ")", ":", ",", "."]),
    min_size=1,
    max_size=12,
).map(" ".join)


@given(_LISTING_TEXT)
def test_a_text_that_may_list_no_units_is_found_by_no_listing_pattern(text: str) -> None:
    found = any(pattern.search(text) for pattern in (*EN.unit_listing, *EN.typed_unit_listing))
    assert may_list_units(text, EN) or not found


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("Draft the district's plans and manage its statistics.", False),  # no lead-in, no kind of unit
        ("The bureau has three DIVISIONS: Planning, Finance and Audit.", True),
        ("Ｏｆｆｉｃｅｓ: A, B", True),  # not ASCII: searched
        ("规划科、财务科", True),  # a language without listing words: every text is searched
    ],
)
def test_may_list_units(text: str, may: bool) -> None:
    cues = ZH if text.startswith("规划") else EN
    assert may_list_units(text, cues) is may


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (  # a sentence saying what the body is made of: no listing word, each name with its unit noun
            "It is made up of the Licensing Section, the Enforcement Section and the Survey Section.",
            ["Licensing Section", "Enforcement Section", "Survey Section"],
        ),
        ("Its work is divided between the Moorings Team and the Berths Team.", ["Moorings Team", "Berths Team"]),
        ("The service consists of the Food Team and the Pollution Team.", ["Food Team", "Pollution Team"]),
        ("The section is divided into two teams.", []),  # a count, no names
        ("The department is made up of roads, parks and water.", []),  # no unit nouns: no units
        ("It is made up of the Moorings Section.", []),  # one name is no composition
        ("本局内设办公室、航道科和码头科。", ["办公室", "航道科", "码头科"]),  # no count, no colon
        ("本所由办公室、检验科和化验室组成。", ["办公室", "检验科", "化验室"]),
        ("本署分为八个分部。", []),  # how many, not which
        # the kind, then how many after it, then a colon and the names (a bracket after a name, its other
        # signboards parted by a listing's own separator, stays with its name: the unit drops it later)
        (
            "我单位设置党政机构4个:即党政综合办公室、党建工作办公室(组织人事办公室)、经济发展办公室(统计办公室、"
            "社区建设办公室)、应急管理办公室;下辖社区居委会5个。",
            [
                "党政综合办公室",
                "党建工作办公室(组织人事办公室)",
                "经济发展办公室(统计办公室、社区建设办公室)",
                "应急管理办公室",
            ],
        ),
        ("本局内设科室3个:办公室、法制股、财务股。", ["办公室", "法制股", "财务股"]),
        # the names, then how many of them there are in all
        ("林业局现辖治沙站、苗圃、林木种苗站共三个单位。", ["治沙站", "苗圃", "林木种苗站"]),
        ("设置党政机构若干个:即全镇各村。", []),  # no count: no listing
        ("负责指导下设机构的业务工作。", []),  # a duty mentioning its units
    ],
)
def test_units_named_in_prose(text: str, units: list[str]) -> None:
    cues = ZH if not text.isascii() else EN
    assert listed_units(text, cues) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (  # a count, the units' plural and a comma, then the names with no colon
            "The Director oversees the department's four operating divisions, Harbour Works, Moorings Office, "
            "Channel Dredging and Quays Maintenance Division.",
            ["Harbour Works", "Moorings Office", "Channel Dredging", "Quays Maintenance Division"],
        ),
        (  # the count in one sentence, the names in the next
            "The department is made up of three Divisions and a harbour master. They are: Moorings, Dredging, "
            "and Quays & Slipways.",
            ["Moorings", "Dredging", "Quays & Slipways"],
        ),
    ],
)
def test_counted_units_named_with_no_colon_after_the_count(text: str, units: list[str]) -> None:
    assert listed_units(text, EN) == units


@pytest.mark.parametrize(
    "text",
    [
        "The department has four divisions, each led by a chief officer.",  # no names after the count
        "It has two divisions, Moorings leads the harbour's work.",  # one name, a sentence after it
        "It was split into three divisions. They are now housed at the quay.",  # no colon after "They are"
    ],
)
def test_counts_not_followed_by_names_list_none(text: str) -> None:
    assert listed_units(text, EN) == []


@pytest.mark.parametrize(
    ("language", "item", "bare"),
    [
        ("en", "Moorings Office;", "Moorings Office"),
        ("en", "Dredging Services; and", "Dredging Services"),
        ("en", "Quays Maintenance Division.", "Quays Maintenance Division"),
        ("en", "Quays Maintenance Division", "Quays Maintenance Division"),
        ("en", "Moorings, Dredging", "Moorings, Dredging"),  # a word after the comma that is no conjunction
        ("zh", "综合科；", "综合科"),
        ("zh", "规划科；和", "规划科"),
    ],
)
def test_a_list_item_without_the_lists_punctuation(language: str, item: str, bare: str) -> None:
    assert list_item(item, cues_for(language)) == bare


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a count says what follows are units: names in lower case are theirs, a company's "Co., Ltd" whole
        (
            "Harbour Bureau has four subordinate units, namely, library, boat museum, ferry depot and harbour"
            " band Co., Ltd.",
            ["library", "boat museum", "ferry depot", "harbour band Co., Ltd"],
        ),
        # so does "the following" before the units' plural
        (
            "Harbour Services has the following divisions: moorings support, library, boat ramp services, and"
            " dredging and survey management.",
            ["moorings support", "library", "boat ramp services", "dredging and survey management"],
        ),
        # nothing says so: names in lower case are words of a sentence
        ("Its divisions: moorings support, library, boat ramp services.", []),
        ("The bureau runs units, namely library, boat museum and ferry depot.", []),
    ],
)
def test_names_in_lower_case_where_the_lead_in_says_they_are_units(text: str, units: list[str]) -> None:
    assert listed_units(text, EN) == units
