"""`orgkb compare`: two organizations side by side, or the coverage matrix of a set."""

from __future__ import annotations

import argparse
import contextlib
import json
import textwrap
from typing import TextIO

from orgkb.commands.base import EXIT_OK, both_names, open_kb
from orgkb.errors import NotFoundError, OrgkbError, QueryError
from orgkb.kb.entities import organizations, places
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Duty


def _resolve_side(kb: KnowledgeBase, text: str) -> str:
    """An organization id, or `place/...` for a district named by id or name.

    An organization's exact name wins, then a place's name ("Dapeng" is the district, not its
    General Office), then an organization named loosely ("Jing'an General Office").
    """
    if text.startswith("place/"):
        return text
    with contextlib.suppress(NotFoundError):
        return organizations.resolve(kb, text, loose=False)
    with contextlib.suppress(QueryError):
        return places.find_place(kb, text, "id").id
    try:
        return organizations.resolve(kb, text)
    except NotFoundError:
        raise OrgkbError(f"{text!r} names no organization, unit or district orgkb knows") from None


def _duty_ref(duty: Duty, side: str) -> str:
    """A duty by number: "duty 3" of the compared organization itself, "general-section duty 3" of a unit."""
    number = duty.number if duty.number is not None else duty.position
    return f"duty {number}" if duty.owner_id == side else f"{duty.owner_id.rsplit('/', 1)[-1]} duty {number}"


def _excerpt(text: str) -> str:
    return textwrap.shorten(text, width=104, placeholder=" ...")


def cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    """Two organizations side by side, or the coverage matrix of a set (three or more, a kind, a place, or SVG)."""
    many = len(args.organizations) != 2 or args.kind is not None or args.district is not None
    if many or args.format == "svg":
        return _coverage(args, out)
    import csv

    from orgkb.kb.coordination.compare import compare

    kb = open_kb(args.store)
    left, right = args.organizations
    result = compare(kb, _resolve_side(kb, left), _resolve_side(kb, right), units=args.units)
    rows: list[dict[str, object]] = []
    for pair in result.shared:
        rows.append(
            {
                "kind": "shared",
                "left": pair.left.id,
                "right": pair.right.id,
                "score": pair.score,
                "matters": "; ".join(matter.name for matter in pair.matters),
                "left_text": pair.left.text,
                "right_text": pair.right.text,
            }
        )
    for side, duties in (("only left", result.only_left), ("only right", result.only_right)):
        for duty in duties:
            rows.append(
                {
                    "kind": side,
                    "left": duty.id if side == "only left" else "",
                    "right": duty.id if side == "only right" else "",
                    "score": "",
                    "matters": "; ".join(duty.matters),
                    "left_text": duty.text if side == "only left" else "",
                    "right_text": duty.text if side == "only right" else "",
                }
            )
    if args.format == "json":
        document = {
            "left": {"id": result.left.id, "name": result.left.name},
            "right": {"id": result.right.id, "name": result.right.name},
            "shared": [row for row in rows if row["kind"] == "shared"],
            "onlyLeft": [row for row in rows if row["kind"] == "only left"],
            "onlyRight": [row for row in rows if row["kind"] == "only right"],
            "coverage": [
                {
                    "matter": row.matter.id,
                    "name": row.matter.name,
                    "chineseName": row.matter.chinese_name,
                    "left": row.left,
                    "right": row.right,
                }
                for row in result.coverage
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["kind"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return EXIT_OK
    print(f"left:  {both_names(result.left)}  ({result.left.id})", file=out)
    print(f"right: {both_names(result.right)}  ({result.right.id})", file=out)
    left, right = result.left.id, result.right.id
    print(f"\nShared duties ({len(result.shared)}), with their similarity and the matters both concern:", file=out)
    for pair in result.shared:
        matters = f"  [{', '.join(m.name for m in pair.matters)}]" if pair.matters else ""
        refs = f"{_duty_ref(pair.left, left)} <-> {_duty_ref(pair.right, right)}"
        print(f"  {pair.score:4.2f}  {refs}{matters}", file=out)
        print(f"        L: {_excerpt(pair.left.text)}", file=out)
        print(f"        R: {_excerpt(pair.right.text)}", file=out)
    for title, duties, side in (("Only left", result.only_left, left), ("Only right", result.only_right, right)):
        print(f"\n{title} ({len(duties)}):", file=out)
        for duty in duties:
            print(f"  {_duty_ref(duty, side)}: {_excerpt(duty.text)}", file=out)
    print("\nMatter coverage (how many duties of each side concern it):", file=out)
    print("  left right  matter", file=out)
    for row in result.coverage:
        chinese = f" / {row.matter.chinese_name}" if row.matter.chinese_name else ""
        print(f"  {row.left:>4} {row.right:>5}  {row.matter.name}{chinese}", file=out)
    return EXIT_OK


def _coverage(args: argparse.Namespace, out: TextIO) -> int:
    from orgkb.commands import coverage_output
    from orgkb.kb.coordination import clusters, coverage

    if len(args.organizations) == 1 or (not args.organizations and args.kind is None and args.district is None):
        raise QueryError(
            "organizations",
            args.organizations,
            "give two organizations to compare side by side, three or more for a coverage matrix, "
            "or --kind and/or --district to choose a set",
        )
    kb = open_kb(args.store)
    ids = [organizations.resolve(kb, text) for text in args.organizations]
    chosen = tuple(coverage.select(kb, ids, args.kind, args.district))
    if not chosen:
        where = f" serving {args.district}" if args.district is not None else ""
        raise OrgkbError(f"no {args.kind or 'organization'}{where} is loaded; `orgkb load` pages about it first")
    matrix = coverage.coverage(kb, chosen)
    if args.format == "csv":
        coverage_output.write_csv(matrix, out)
    elif args.format == "svg":
        coverage_output.write_svg(matrix, out)
    elif args.format == "json":
        coverage_output.write_json(matrix, clusters.clusters(kb, chosen), out)
    else:
        coverage_output.write_table(matrix, clusters.clusters(kb, chosen), out)
    return EXIT_OK
