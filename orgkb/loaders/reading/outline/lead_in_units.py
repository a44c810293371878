"""Sentences leading in to lists that name units as their subjects, read as the units' names.

"The Building Control Section is responsible for;" over "· Plans examination" "· Inspections" is a unit's
name and its duties, as "Building Control Section" on a line of its own over the list would be. Read so
only where the page leads in to two or more lists this way (units come in sets: one such sentence may be
the body's own), and never for the sentence whose subject is the page's own title ("Planning &
Development is responsible for;" under the title "Planning and Development"): that list is the body's.
A lead-in ending in a semicolon over its list reads as one ending in a colon. Nothing here knows a
language's words: the language's `Cues.unit_lead_in` finds the sentence and its name.
"""

from __future__ import annotations

import re

from orgkb.loaders.reading.outline.tree import Node
from orgkb.ontology.places import fold_name


def name_lead_in_units(nodes: list[Node], lead_in: re.Pattern[str] | None) -> None:
    """Every unmarked node that leads in to the list right under it and names a unit as its subject (`lead_in`,
    fullmatch, the name in group "name") gets that name as its text, where two or more such nodes name
    others than the page's title (its first node)."""
    if lead_in is None or not nodes:
        return
    own = _folded(nodes[0].text)
    found: list[tuple[Node, str]] = []
    for node, following in zip(nodes, nodes[1:], strict=False):
        match = lead_in.fullmatch(node.text) if node.marker is None and following.marker is not None else None
        if match is None:
            continue
        if node.text.endswith(";"):  # "is responsible for;" over a list leads in to it as a colon would
            node.text = node.text[:-1] + ":"
        name = match.group("name").strip()
        folded = _folded(name)
        if folded and folded not in own and own not in folded:
            found.append((node, name))
    if len(found) >= 2:
        for node, name in found:
            node.text = name


def _folded(text: str) -> str:
    """A name folded for comparison, "&" read as "and" and a leading "the" dropped."""
    return re.sub(r"^the\s+", "", fold_name(text.replace("&", " and ")))
