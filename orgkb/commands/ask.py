"""`orgkb ask`: who handles a matter, as a ranked list or JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from orgkb.commands.base import EXIT_OK, both_names, open_kb

if TYPE_CHECKING:
    from orgkb.kb.search.who_handles import Handler


def cmd_ask(args: argparse.Namespace, out: TextIO) -> int:
    from orgkb.kb.entities.organizations import office_and_contact
    from orgkb.kb.search.who_handles import who_handles
    from orgkb.ontology.script import language_of

    kb = open_kb(args.store)
    handlers = who_handles(kb, args.matter, args.district, args.limit)
    rows = [
        (rank, handler, *office_and_contact(kb, handler.organization)) for rank, handler in enumerate(handlers, start=1)
    ]
    if args.json:
        answers = [
            {
                "rank": rank,
                "id": handler.organization.id,
                "name": handler.organization.name,
                "names": dict(handler.organization.names),
                "kind": handler.organization.kind,
                "office": {"id": office.id, "name": office.name} if office else None,
                "score": handler.score,
                "reason": handler.reason,
                "evidence": [
                    {
                        "id": duty.id,
                        "text": duty.text,
                        "role": duty.role,
                        "document": duty.source.document,
                        "line": duty.source.line,
                        "quote": duty.source.quote,
                    }
                    for duty in handler.evidence
                ],
                "named_at": _named_at_json(handler),
                "contact": {key: value for key, value in vars(contact).items() if value} if contact else None,
            }
            for rank, handler, office, contact in rows
        ]
        document = {"matter": args.matter, "district": args.district, "answers": answers}
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    where = f" in {args.district}" if args.district else ""
    if not rows:
        print(f"No duty matches {args.matter!r}{where}; try other words for the matter.", file=out)
        return EXIT_OK
    print(f"Who handles {args.matter!r}{where}:", file=out)
    print(f"{'#':>2}  {'score':>5}  unit", file=out)
    language = language_of(args.matter)  # names in the question's language, the other beside
    for rank, handler, office, contact in rows:
        print(f"{rank:>2}  {handler.score:5.2f}  {both_names(handler.organization, language)}", file=out)
        if office is not None:
            print(f"    office:  {both_names(office, language)}", file=out)
        for duty in handler.evidence[:1]:
            print(f"    says:    {duty.text}  ({duty.source.document}:{duty.source.line})", file=out)
        if handler.named_at is not None:  # no duty says it: the line that names it is the evidence
            named = handler.named_at
            print(f"    named:   {named.quote}  ({named.document}:{named.line}; no duty on its page says it)", file=out)
        print(f"    why:     {handler.reason}", file=out)
        if contact is not None:
            details = [contact.telephone and f"tel. {contact.telephone}", contact.email, contact.address]
            details.append(contact.hours)
            print(f"    contact: {'; '.join(filter(None, details))}", file=out)
    return EXIT_OK


def _named_at_json(handler: Handler) -> dict[str, object] | None:
    """Where a unit that only its name says handles the matter is named: document, line, quote."""
    named = handler.named_at
    return None if named is None else {"document": named.document, "line": named.line, "quote": named.quote}
