"""`orgkb network`: who a unit coordinates with, a path between two units, a picture."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from orgkb.commands.base import EXIT_OK, open_kb, writable, write_output
from orgkb.kb.entities import organizations
from orgkb.loaders.document import Duty


def _by_owner(duties: Sequence[Duty]) -> list[tuple[str, list[Duty]]]:
    grouped: dict[str, list[Duty]] = {}
    for duty in duties:
        grouped.setdefault(duty.owner_id, []).append(duty)
    return list(grouped.items())


def cmd_network(args: argparse.Namespace, out: TextIO) -> int:
    from orgkb.kb.coordination.links import coordination
    from orgkb.kb.coordination.network import centrality, path
    from orgkb.web.picture import coordination_svg

    if args.svg:
        writable(args.svg)
    kb = open_kb(args.store)
    identifier = organizations.resolve(kb, args.id)
    if args.path_to:
        target = organizations.resolve(kb, args.path_to)
        steps = path(kb, identifier, target, via_matters=args.via_matters)
        if not steps:
            print(f"nothing links {identifier} and {target}", file=out)
        for step in steps:
            print(f"{step.from_name}  --{step.relation}-->  {step.to_name}", file=out)
        return EXIT_OK
    record = organizations.organization(kb, identifier)
    links = coordination(kb, identifier, args.limit)
    print(f"{record.name} ({record.id}) coordinates with:", file=out)
    for rank, link in enumerate(links, start=1):
        how = f"stated: {', '.join(link.relations)}" if link.relations else "shared matters"
        print(f"{rank:>3}. {link.strength:4.2f}  {link.organization.name}  [{how}]", file=out)
        if link.matters:
            print(f"       matters:  {', '.join(matter.name for matter in link.matters)}", file=out)
        for owner, duties in _by_owner(link.evidence):
            who = "its own" if owner == identifier else "theirs" if owner == link.organization.id else owner
            numbers = ", ".join(str(duty.number or duty.position) for duty in duties)
            lines = ", ".join(sorted({str(duty.source.line) for duty in duties}, key=int))
            print(f"       evidence, {who}: duty {numbers} ({duties[0].source.document}, line {lines})", file=out)
    if not links:
        print("  (no coordination links found)", file=out)
    hubs = {hub.id: hub for hub in centrality(kb)}
    if identifier in hubs:
        hub = hubs[identifier]
        print(f"degree {hub.degree}, betweenness {hub.betweenness:.3f}", file=out)
    if args.svg:
        write_output(args.svg, coordination_svg(kb, identifier).encode("utf-8"))
        print(f"wrote the coordination picture to {args.svg}", file=out)
    return EXIT_OK
