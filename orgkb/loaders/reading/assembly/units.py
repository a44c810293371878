"""The units of a page as the reader makes them: from a name (its kind, its bracketed aliases), aligned
with the page's listings of units, parted from a duty they are glued to, read from a sentence saying
what a unit comprises, and merged where a unit only echoes a name."""

from __future__ import annotations

import re
from collections.abc import Callable

from orgkb.loaders.document import Kind, Unit
from orgkb.loaders.reading.assembly.drafts import Draft, first_line
from orgkb.loaders.reading.lines.unit_listings import name_like, split_names
from orgkb.loaders.reading.roles.cues import Cues, Section
from orgkb.loaders.reading.roles.evidence import names_unit
from orgkb.ontology.places import fold_name

_UNBRACKETED = re.compile(r"^\[\s*([^\[\]]+?)\s*\]$")
_GLUED_UNIT = re.compile(r"^(?P<duty>.+[.;。；])\s*(?P<unit>[^.;。；]{3,80})$")


class UnitMaker:
    """Makes and reconciles a page's units, repairing names with `repair` and warning in `warnings`."""

    def __init__(self, cues: Cues, repair: Callable[[str, int], str], warnings: list[str]) -> None:
        self.cues, self.repair, self.warnings = cues, repair, warnings

    def unit(self, text: str, line: int, position: int, section: Section | None) -> Unit:
        name = self.repair(_UNBRACKETED.sub(r"\1", text.strip(" :：*")), line)
        aliases: list[str] = []
        for bracketed in re.findall(r"[(（]\s*([^()（）]+?)\s*[)）]", name):
            alias = self.cues.alias_mark.sub("", bracketed)
            if alias != bracketed or alias[:1].isupper() or not alias.isascii():
                aliases.append(alias)
        name = re.sub(r"\s*[(（][^()（）]*[)）]", "", name).strip() or name
        if section is Section.AFFILIATED:
            kind = Kind.AFFILIATED_BODY
        elif re.search(r"\b(?:Section|Division)\b|科$", name):
            kind = Kind.SECTION
        else:
            kind = Kind.INTERNAL_OFFICE
        return Unit(name, line, kind, position, aliases)

    def align(self, units: list[Unit], listed: list[tuple[int, list[str], Section | None, int]]) -> None:
        """Prefer the names a listing gives, a heading that differs kept as an alias; the listed units
        themselves where the page gives no unit headings in the listing's section."""
        inserted = 0
        from_listings: set[int] = set()  # the units a listing gave: "業務單位:A、B" over "輔助單位:C、D" details none
        for line, printed, section, at in listed:
            names = [self.cues.clean_unit_mention(name) for name in printed]  # "the Finance Office": no article
            kind = Kind.AFFILIATED_BODY if section is Section.AFFILIATED else None
            same = [
                unit
                for unit in units
                if (unit.kind is Kind.AFFILIATED_BODY) == (kind is not None) and id(unit) not in from_listings
            ]
            if not same:
                for offset, name in enumerate(names):
                    units.insert(at + inserted + offset, listed_unit := self.unit(name, line, 0, section))
                    from_listings.add(id(listed_unit))
                inserted += len(names)
                continue
            renamed = self.rename(same, names)
            keys = {_listed_key(name) for name in names}
            apart = not renamed and not [unit for unit in same if self._listed_as(unit.name) & keys]
            if apart and len(names) >= 3:
                # "区交通局内设3个科室:A、B、C" and the page details none of them, only headings of its own
                # ("二、部门决算情况说明"): the listing's units are units all the same
                for offset, name in enumerate(names):
                    units.insert(at + inserted + offset, listed_unit := self.unit(name, line, 0, section))
                    from_listings.add(id(listed_unit))
                inserted += len(names)
            elif not [unit for unit in same if not self._listed_as(unit.name) & keys]:
                # every unit the page details is in the listing: the listing's others are units too
                taken = {key for unit in units for key in self._listed_as(unit.name)}
                units.extend(self.unit(name, line, 0, section) for name in names if _listed_key(name) not in taken)
        for position, unit in enumerate(units, start=1):
            unit.position = position

    def _listed_as(self, name: str) -> set[str]:
        """The keys under which a listing may name a unit the page details: its name, and its name without
        its unit noun ("five divisions Local Public Relations, ..." lists "Local Public Relations Division")."""
        bare = self.cues.unit_end.sub("", name).strip()
        return {_listed_key(name), _listed_key(bare)} if bare else {_listed_key(name)}

    def rename(self, units: list[Unit], names: list[str]) -> bool:
        """Give the units the page details the names a listing gives them; whether it renamed any."""
        folded = {_listed_key(name) for name in names}
        unmatched = [unit for unit in units if _listed_key(unit.name) not in folded]
        taken = {_listed_key(unit.name) for unit in units}
        free = [name for name in names if _listed_key(name) not in taken]
        if len(units) == len(names):
            pairs = [(unit, names[units.index(unit)]) for unit in unmatched]
        elif len(unmatched) == len(free):
            pairs = list(zip(unmatched, free, strict=True))
        else:
            pairs = []
        for unit, name in pairs:
            self.warnings.append(f"line {unit.line}: heading {unit.name!r} names the unit listed as {name!r}")
            unit.aliases.append(unit.name)
            unit.name = name
        return bool(pairs)

    def unglue(self, drafts: list[Draft], units: list[Unit]) -> list[Draft]:
        """Part a unit's name glued to the end of the duty before it: "... archives. Planning Section"."""
        parted: list[Draft] = []
        for draft in drafts:
            parted.append(draft)
            line, last = draft.lines[-1]
            match = _GLUED_UNIT.match(last)
            if match is None or not self.cues.unit_end.search(match.group("unit").strip()):
                continue
            name = match.group("unit").strip()
            if self.cues.language == "en" and not all(
                w[0].isupper() or w in ("of", "and", "for") for w in name.split()
            ):
                continue
            draft.lines[-1] = (line, match.group("duty"))
            unit = self.unit(name, line, 0, None)
            units.insert(units.index(draft.unit) + 1 if draft.unit in units else len(units), unit)
            self.warnings.append(f"line {line}: the unit {name!r} was glued to the end of a duty; parted")
            parted.append(Draft(unit, [], False))  # later drafts of the same unit now belong to it
        # re-own the drafts after each parted unit
        owner: Unit | None = None
        previous: Unit | None = None
        for draft in parted:
            if not draft.lines:
                owner, previous = draft.unit, None
                continue
            if owner is not None and draft.unit is (previous or draft.unit):
                previous = draft.unit
                draft.unit = owner
            else:
                owner = None
        return [draft for draft in parted if draft.lines]

    def composition(self, drafts: list[Draft], units: list[Unit]) -> None:
        """The units a unit's text says it is made of ("Comprises the A Division, the B Division and the C
        Division that includes the D Unit."): added after it; the sentence is no duty of its own."""
        if self.cues.unit_composition is None:
            return
        for draft in drafts:
            text = " ".join(part for _, part in draft.lines)
            match = self.cues.unit_composition.match(text)
            if match is None or draft.unit is None or draft.unit not in units:
                continue
            names = [self.cues.clean_unit_mention(name) for name in split_names(match.group("names"), self.cues)]
            if len(names) < 2 or not all(names_unit(name, self.cues) and name_like(name, self.cues) for name in names):
                continue
            line = draft.lines[0][0]
            at = units.index(draft.unit) + 1
            units[at:at] = [self.unit(name, line, 0, None) for name in names]
            self.warnings.append(f"line {line}: {len(names)} units that {draft.unit.name!r} comprises were read")
            rest = text[match.end() :].strip()
            draft.lines = [(line, rest)] if rest else []
        drafts[:] = [draft for draft in drafts if draft.lines]

    def echoes(self, name: str, units: list[Unit], unit_items: list[Draft], org_items: list[Draft]) -> list[Draft]:
        """Units that only echo a name: a unit named as the organization itself (its title printed again over
        "The X maintains ...", `_names_the_organization`) gives its duties to the organization; a unit's
        heading over a sentence opening with the unit's name ("Food Safety Team" / "The Food Safety Team
        inspects ...") is one unit.
        Returns the organization's items, with those it was given."""
        for unit in [unit for unit in units if self._names_the_organization(unit.name, name, len(units))]:
            for draft in unit_items:
                if draft.unit is unit:
                    draft.unit = None
            units.remove(unit)
            self.warnings.append(f"line {unit.line}: {unit.name!r} names the organization itself, no unit")
        if given := [draft for draft in unit_items if draft.unit is None]:
            org_items = sorted([*org_items, *given], key=first_line)
            unit_items[:] = [draft for draft in unit_items if draft.unit is not None]
        for earlier, later in zip(units[:-1], units[1:], strict=True):
            if earlier in units and echo_key(earlier.name) == echo_key(later.name):
                if any(draft.unit is earlier for draft in unit_items):
                    continue
                for draft in unit_items:
                    if draft.unit is later:
                        draft.unit = earlier
                units.remove(later)
        return org_items

    def _names_the_organization(self, unit: str, name: str, count: int) -> bool:
        """Whether a unit's name names the organization itself: its name ("Harbour Works Department" over
        "The Harbour Works Department maintains ..."), its name of two words or more inside words that name
        no body (a heading on it, "Harbour Works Department Services and Responsibilities", "About the
        Harbour Works Department", "Director, Harbour Works Department", or its sentence cut after the name,
        "The Harbour Works Department is responsible for the provision and"), or, as the page's only unit,
        its name with another unit's noun ("Harbour Works Division" on the Harbour Works Department's
        page)."""
        key, own = echo_key(unit), echo_key(name)
        if key == own:
            return True
        printed = _ARTICLE.sub("", unit.strip())
        if (rest := _around(printed, _ARTICLE.sub("", name.strip()))) is not None:
            return not names_unit(rest, self.cues) and not self.cues.organization_end.search(rest)
        if count != 1:
            return False
        bare = self.cues.unit_end.sub("", printed).strip()
        own_bare = self.cues.organization_end.sub("", _ARTICLE.sub("", name.strip())).strip()
        return bool(bare) and bare != printed and fold_name(bare) == fold_name(own_bare) and own_bare != name.strip()


_WORD = re.compile(r"\w+")


def _around(text: str, name: str) -> str | None:
    """The words of `text` around the first place it holds `name` (two words or more), or None where it
    does not: "About the Roads Division" holds "Roads Division" with "About the" around it."""
    words = _WORD.findall(text)
    folded, own = [fold_name(word) for word in words], [fold_name(word) for word in _WORD.findall(name)]
    size = len(own)
    if size < 2 or len(folded) <= size:
        return None
    at = next((start for start in range(len(folded) - size + 1) if folded[start : start + size] == own), None)
    return None if at is None else " ".join(words[:at] + words[at + size :])


_ARTICLE = re.compile(r"^(?:the|The)\s+")
_AMPERSAND = re.compile(r"\s*&\s*")


def _listed_key(name: str) -> str:
    """A unit's name folded to compare a listing's names with the units a page details: "&" is "and"."""
    return fold_name(_AMPERSAND.sub(" and ", name) if "&" in name else name)


def echo_key(name: str) -> str:
    """A name folded, without a leading article: "The Food Safety Team" echoes "Food Safety Team"."""
    return fold_name(re.sub(r"^(?:the|The)\s+", "", name.strip()))
