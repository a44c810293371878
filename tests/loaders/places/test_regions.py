"""The region of a page's place (orgkb.loaders.places.regions): which government's office kinds apply."""

from __future__ import annotations

import pytest

from orgkb.loaders.document import Contact, Document, Jurisdiction, Kind
from orgkb.loaders.places.regions import city_office_in_district, region_of
from orgkb.ontology.places import default_gazetteer


def document(name: str, where: Jurisdiction | None = None, address: str | None = None) -> Document:
    return Document(
        "page.txt", "", name, Kind.DEPARTMENT, 1, jurisdiction=where or Jurisdiction(), contact=Contact(address=address)
    )


@pytest.mark.parametrize(
    ("page", "region"),
    [
        # from the jurisdiction the reader found: district, city (or Taiwan's counties), province
        (document("Civil Affairs Bureau", Jurisdiction(district="Jing'an District", city="Shanghai")), "mainland"),
        (document("Department of Civil Affairs", Jurisdiction(city="Taipei City")), "taiwan"),
        (document("Department of Civil Affairs", Jurisdiction(city="Hsinchu County")), "taiwan"),
        (document("Drainage Services Department", Jurisdiction(city="Hong Kong")), "hong-kong"),
        (document("IACM", Jurisdiction(city="Macao")), "macao"),
        (document("Department of Commerce", Jurisdiction(province="Zhejiang")), "mainland"),
        # Taoyuan City is Taiwan's, not a mainland town of the name
        (document("Civil Affairs Bureau", Jurisdiction(city="Taoyuan City")), "taiwan"),
        # else from the name, then the address
        (document("臺南市政府工務局"), "taiwan"),
        (document("民政局", address="常德市桃源县漳江路8号"), "mainland"),
        # outside China, or nowhere known
        (document("Department of Public Works", Jurisdiction(district="Fairfax County", city="Virginia")), None),
        (document("Department of Public Works"), None),
    ],
)
def test_the_region_is_the_top_of_the_place_served(page: Document, region: str | None) -> None:
    assert region_of(page, default_gazetteer()) == region


@pytest.mark.parametrize(
    ("name", "where", "expected"),
    [
        # a Taiwan city's bureau or department naming no district: its address's district is not its own
        ("Department of Labor", Jurisdiction("Xinyi District", "Taipei City"), True),
        ("勞動局", Jurisdiction("Xinyi District", "Taipei City"), True),
        ("臺北市政府勞動局", Jurisdiction("Xinyi District", "Taipei City"), True),
        ("水利局", Jurisdiction("Lingya District", "Kaohsiung City"), True),
        # a district's own kinds of office keep their district
        ("信義區戶政事務所", Jurisdiction("Xinyi District", "Taipei City"), False),
        ("Maolin District Office", Jurisdiction("Maolin District", "Kaohsiung City"), False),
        # the mainland's district bureaus are the district's: not read so
        ("民政局", Jurisdiction("Jing'an District", "Shanghai"), False),
        # no district, or a name the table does not know
        ("勞動局", Jurisdiction(None, "Taipei City"), False),
        ("Heritage Centre", Jurisdiction("Xinyi District", "Taipei City"), False),
    ],
)
def test_a_taiwan_citys_office_is_not_its_addresss_district(name: str, where: Jurisdiction, expected: bool) -> None:
    assert city_office_in_district(name, where, default_gazetteer()) is expected
