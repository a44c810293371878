"""The page's own title over its council's name (`orgkb.loaders.reading.roles.site_owner`), read through whole pages."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.reader import parse_text

_DUTIES = (
    "We look after the roads, pavements and street lights of the borough.\n"
    "- Repairing potholes and damaged pavements on the highways;\n- Gritting main roads in winter;\n"
    "- Planning bus routes and transport schemes with the county.\n"
)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Highways and Transport", "Highways and Transport"),  # a service area the page's text is about
        ("Accessibility", "Ashford Vale Borough Council"),  # a menu's item: the text says nothing of it
    ],
)
def test_a_service_areas_title_over_its_councils_name_names_the_page(title: str, name: str) -> None:
    page = f"{title}\nAshford Vale Borough Council\n{_DUTIES}"
    assert parse_text(page, "page.txt").name == name
