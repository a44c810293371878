"""The roles a block of a page can have."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FURNITURE = "furniture"  # site furniture: menus, tab bars, breadcrumbs, skip links, footers
    NAME = "name"  # the organization's name (a title, or the first sentence that names it)
    DATE = "date"  # the release date
    INTRO = "intro"  # prose about the organization
    HEADING = "heading"  # a section heading: duties, units, contact, leaders, related links
    UNIT = "unit"  # a unit's name on its own
    UNIT_DUTIES = "unit-duties"  # a unit's name and its duties on one block ("X Section: responsible for ...")
    DUTY = "duty"  # a duty (of the organization, or of the unit above it)
    CONTACT = "contact"  # an address, telephone, fax, e-mail or hours line
