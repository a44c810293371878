"""`orgkb export`: the knowledge graph as RDF, or its coordination network as GraphML."""

from __future__ import annotations

import argparse
from typing import TextIO

from orgkb.commands.base import EXIT_OK, open_kb, writable, write_output


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    if args.output:
        writable(args.output)
    kb = open_kb(args.store)
    if args.format == "graphml":
        from orgkb.kb.coordination.network import to_graphml

        data = to_graphml(kb)
    else:
        data = kb.dump(args.format)
    if args.output:
        write_output(args.output, data)
        print(f"wrote {len(data):,} bytes of {args.format} to {args.output}", file=out)
    else:
        out.write(data.decode("utf-8"))
    return EXIT_OK
