"""The region of a page's place (orgkb.loaders.regions): which government's office kinds apply."""

from __future__ import annotations

import pytest

from orgkb.loaders.document import Contact, Document, Jurisdiction, Kind
from orgkb.loaders.regions import region_of
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
