"""The coverage matrix as `orgkb compare` prints it: a table for people, CSV, JSON or an SVG heatmap."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from orgkb.kb.coordination.clusters import Clustering
from orgkb.kb.coordination.coverage import CoverageMatrix
from orgkb.web.heatmap import heatmap

TABLE_COLUMNS = 12  # the most organizations the table prints as columns; CSV and JSON have them all
TABLE_GAPS = 40
SVG_ROWS = 60
SVG_COLUMNS = 500


def write_csv(matrix: CoverageMatrix, out: TextIO) -> None:
    """One row per matter: its id, name, how many organizations cover it, then each organization's count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["matter", "name", "covered", *(member.organization.id for member in matrix.members)])
    for row in matrix.rows:
        writer.writerow([row.matter.id, row.matter.name, row.covered, *row.counts])


def as_json(matrix: CoverageMatrix, clustering: Clustering) -> dict[str, object]:
    """The matrix, its gaps and clusters as plain JSON data (ids and names)."""
    return {
        "organizations": [
            {"id": m.organization.id, "name": m.organization.name, "place": m.place, "duties": m.duties}
            for m in matrix.members
        ],
        "matters": [
            {"id": row.matter.id, "name": row.matter.name, "covered": row.covered, "counts": list(row.counts)}
            for row in matrix.rows
        ],
        "gaps": [
            {"organization": gap.organization.id, "matter": gap.matter.id, "covered": gap.covered, "of": gap.of}
            for gap in matrix.gaps
        ],
        "clusters": [
            {
                "organizations": [record.id for record in cluster.members],
                "shared": [matter.id for matter in cluster.shared],
                "similarity": cluster.similarity,
            }
            for cluster in clustering.clusters
        ],
        "alone": [record.id for record in clustering.alone],
    }


def write_json(matrix: CoverageMatrix, clustering: Clustering, out: TextIO) -> None:
    print(json.dumps(as_json(matrix, clustering), ensure_ascii=False, indent=2), file=out)


def write_svg(matrix: CoverageMatrix, out: TextIO) -> None:
    print(heatmap(matrix, SVG_ROWS, SVG_COLUMNS), file=out)


def write_table(matrix: CoverageMatrix, clustering: Clustering, out: TextIO) -> None:
    """The set, the matrix (up to `TABLE_COLUMNS` organizations), the gaps and the clusters, in words."""
    members = matrix.members
    print(f"{len(members)} organizations, {len(matrix.rows)} matters covered by at least one:", file=out)
    for number, member in enumerate(members, start=1):
        print(f"  {number:>3}  {member.label}  ({member.organization.id}, {member.duties} duties)", file=out)
    if len(members) <= TABLE_COLUMNS:
        print("\nDuties about each matter, by organization (numbered as above):", file=out)
        print("  " + "".join(f"{number:>4}" for number in range(1, len(members) + 1)) + "  matter", file=out)
        for row in matrix.rows:
            print("  " + "".join(f"{count or '.':>4}" for count in row.counts) + f"  {row.matter.name}", file=out)
    else:
        print(
            f"\n(The matrix has {len(members)} columns: print it with --format csv, or draw it with --format svg.)",
            file=out,
        )
    print(f"\nGaps: matters most of the others cover and these do not ({len(matrix.gaps)}):", file=out)
    for gap in matrix.gaps[:TABLE_GAPS]:
        print(
            f"  {gap.organization.id}: no duty about {gap.matter.name} ({gap.covered} of {gap.of} have one)", file=out
        )
    if len(matrix.gaps) > TABLE_GAPS:
        print(f"  ... and {len(matrix.gaps) - TABLE_GAPS} more (all of them with --format json)", file=out)
    print(f"\nAlike structures ({len(clustering.clusters)} clusters):", file=out)
    for cluster in clustering.clusters:
        shared = ", ".join(matter.name for matter in cluster.shared[:6]) or "no matter all share"
        more = f" and {len(cluster.shared) - 6} more" if len(cluster.shared) > 6 else ""
        print(
            f"  {len(cluster.members)} alike (on average {cluster.similarity:.0%} of their matters in common):",
            file=out,
        )
        print(f"    {', '.join(record.id for record in cluster.members)}", file=out)
        print(f"    all cover: {shared}{more}", file=out)
    if clustering.alone:
        print(f"  unlike the others: {', '.join(record.id for record in clustering.alone)}", file=out)
