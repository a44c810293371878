"""A city's rules for all its district offices (`X各區公所組織規程`), pages written for this test in the
layout of Taiwan's law sites: the rules' title in a `法規名稱:` line (perhaps with one article's
number), unnumbered articles broken at a fixed width, the chief's post, what other bodies owe him,
and the units the rules set up. Such a page is read as one organization, `X各區公所` (the district
offices of city X, which share these units), with no duty of its own: its articles set up posts and
units. A district office's page that only cites the rules is not named by them.
"""

from __future__ import annotations

from pathlib import Path

from orgkb.loaders.document import Kind, NameSource
from orgkb.loaders.load.files import read_page

PAGES = Path(__file__).parents[2] / "data" / "zh" / "rules"


def test_the_rules_name_the_district_offices_of_the_city_and_give_them_no_duty() -> None:
    document = read_page(PAGES / "hsinchu-district-offices-rules.txt")
    assert document.name == "新竹市各區公所"
    assert document.kind is Kind.SUB_DISTRICT_OFFICE
    assert document.duties == []  # the law it rests on, the chief's post, what others owe him
    assert [(unit.name, unit.line) for unit in document.units] == [
        ("民政課", 17),
        ("社會課", 19),
        ("建設課", 21),
        ("秘書室", 22),
    ]
    civil = document.units[0].duties
    assert len(civil) == 1
    assert civil[0].text.endswith("民防及其他有關民政事項")  # the line broken at the width joined


def test_one_article_of_the_rules_is_read_under_their_title() -> None:
    document = read_page(PAGES / "hsinchu-district-offices-article.txt")
    assert document.name == "新竹市各區公所"
    assert document.duties == []
    assert [unit.name for unit in document.units] == ["民政課", "社會課", "秘書室"]


def test_a_district_office_citing_the_rules_is_not_named_by_them() -> None:
    # it prints no name of its own: named provisionally after its file, never after the rules it cites
    document = read_page(PAGES / "beiqu-office-cites-rules.txt")
    assert (document.name, document.name_source) == ("Beiqu Office Cites Rules", NameSource.FILE_NAME)
    assert [unit.name for unit in document.units] == ["民政課", "社會課"]
