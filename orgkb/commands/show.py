"""`orgkb show`: an organization or unit as a tree of its units, duties, contacts and links."""

from __future__ import annotations

import argparse
from typing import TextIO

from orgkb.commands.base import EXIT_OK, both_names, open_kb
from orgkb.kb.entities import organizations, sources
from orgkb.kb.entities.duties import responsibilities
from orgkb.kb.entities.sources import corrected
from orgkb.kb.entities.translations import translations_of
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.identity.provisional import phrase as provisional_phrase


def _print_duties(kb: KnowledgeBase, identifier: str, indent: str, out: TextIO) -> None:
    """Each duty with its source; a duty aligned with its translation on the page in the other
    language is followed by it ("= ..."), and the translation is not listed again."""
    shown: set[str] = set()
    for duty in responsibilities(kb, identifier):
        if duty.id in shown:
            continue
        label = f"{duty.number}." if duty.number is not None else "-"
        print(f"{indent}{label} [{duty.role}] {duty.text}  ({duty.source.document}:{duty.source.line})", file=out)
        for found in translations_of(kb, duty.id):
            where = f"{found.duty.source.document}:{found.duty.source.line}"
            print(f"{indent}   = {found.duty.text}  ({where}; aligned {found.score:.2f})", file=out)
            shown.add(found.duty.id)


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    kb = open_kb(args.store)
    identifier = organizations.resolve(kb, args.id)
    record = organizations.organization(kb, identifier)
    other = record.other_name(None)  # its name in the other language, beside its own
    print(f"{both_names(record)}  [{record.kind}]  id: {record.id}", file=out)
    if record.name_source is not None:
        print(f"  provisional name: its page prints no name; named {provisional_phrase(record.name_source)}", file=out)
    for alias in record.alt_names:
        if alias != other:
            print(f"  also: {alias}", file=out)
    if record.parent_name:
        relation = f" ({record.relation_to_parent})" if record.relation_to_parent else ""
        print(f"  under: {record.parent_name}{relation}", file=out)
    if record.unit_of_id:
        print(f"  unit of: {organizations.organization(kb, record.unit_of_id).name}", file=out)
    if record.serves:
        print(f"  serves: {record.serves}", file=out)
    if record.document and record.document_iri:
        page = sources.source(kb, record.document_iri)
        released = f", released {page.issued.isoformat()}" if page.issued else ""
        site = f" ({page.site})" if page.site else ""
        print(f"  source: {record.document}{site}, line {record.line}{released}", file=out)
        for line, original, replacement, reason in corrected(kb, record.document_iri):
            print(f"  corrected ({reason}, line {line}): {original} -> {replacement}", file=out)
    contact = organizations.own_contact(kb, identifier)
    if contact is not None:
        print("  contact:", file=out)
        for label, value in (
            ("address", contact.address),
            ("postal code", contact.postal_code),
            ("telephone", contact.telephone),
            ("fax", contact.fax),
            ("e-mail", contact.email),
            ("hours", contact.hours),
        ):
            if value:
                print(f"    {label}: {value}", file=out)
    print("  responsibilities:", file=out)
    _print_duties(kb, identifier, "    ", out)
    _print_links(kb, identifier, "  ", out)
    for unit in organizations.units(kb, identifier):
        others = [alias for alias in unit.alt_names if alias != unit.other_name(None)]
        aliases = f" (also: {'; '.join(others)})" if others else ""
        print(f"  {unit.position}. {both_names(unit)}{aliases}  [{unit.kind}]  id: {unit.id}", file=out)
        _print_duties(kb, unit.id, "      ", out)
        _print_links(kb, unit.id, "      ", out)
    return EXIT_OK


def _print_links(kb: KnowledgeBase, identifier: str, indent: str, out: TextIO) -> None:
    for body in organizations.bodies(kb, identifier):
        print(f"{indent}{body.relation}: {body.name}", file=out)
    for region in organizations.partner_regions(kb, identifier):
        print(f"{indent}{region.relation}: {region.name} (partner region)", file=out)
