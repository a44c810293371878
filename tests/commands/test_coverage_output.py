"""`orgkb compare` printing a coverage matrix: the table's limits, CSV columns, JSON fields."""

from __future__ import annotations

import csv
import io
import json

from orgkb.commands.coverage_output import TABLE_COLUMNS, TABLE_GAPS, as_json, write_csv, write_table
from orgkb.kb.coordination.clusters import Clustering
from orgkb.kb.coordination.coverage import CoverageMatrix, Gap, MatterRow, Member
from orgkb.kb.entities.organizations import OrganizationRecord
from orgkb.ontology.thesaurus import MatterRecord


def wide(columns: int) -> CoverageMatrix:
    members = tuple(
        Member(OrganizationRecord(f"c/d{n:02d}/general-office", f"Office {n}", "general-office"), f"D{n}", 2)
        for n in range(columns)
    )
    matters = [MatterRecord(f"matter/m{n}", f"Matter {n}") for n in range(3)]
    rows = tuple(MatterRow(matter, tuple(int(n > 0) for n in range(columns))) for matter in matters)
    gaps = tuple(Gap(members[0].organization, matter, columns - 1, columns) for matter in matters)
    return CoverageMatrix(members, rows, gaps)


def test_a_wide_matrix_is_not_printed_as_a_table() -> None:
    out = io.StringIO()
    write_table(wide(TABLE_COLUMNS + 1), Clustering((), ()), out)
    text = out.getvalue()
    assert f"(The matrix has {TABLE_COLUMNS + 1} columns: print it with --format csv" in text
    assert "Duties about each matter" not in text
    assert "c/d00/general-office: no duty about Matter 0 (12 of 13 have one)" in text


def test_a_narrow_matrix_is_a_table_with_a_dot_for_none() -> None:
    out = io.StringIO()
    write_table(wide(3), Clustering((), ()), out)
    assert "     .   1   1  Matter 0" in out.getvalue().splitlines()


def test_long_gap_lists_are_cut_in_the_table_not_in_json() -> None:
    matrix = wide(TABLE_GAPS + 5)
    many = CoverageMatrix(matrix.members, matrix.rows, matrix.gaps * (TABLE_GAPS // 3 + 1))
    out = io.StringIO()
    write_table(many, Clustering((), ()), out)
    assert f"... and {len(many.gaps) - TABLE_GAPS} more (all of them with --format json)" in out.getvalue()
    assert len(as_json(many, Clustering((), ()))["gaps"]) == len(many.gaps)  # type: ignore[arg-type]


def test_csv_has_a_column_per_organization_and_json_the_same_counts() -> None:
    matrix = wide(4)
    out = io.StringIO()
    write_csv(matrix, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][:4] == ["matter", "name", "covered", "c/d00/general-office"] and len(rows[0]) == 7
    assert rows[1] == ["matter/m0", "Matter 0", "3", "0", "1", "1", "1"]
    document = json.loads(json.dumps(as_json(matrix, Clustering((), ()))))
    assert document["matters"][0]["counts"] == [0, 1, 1, 1]
    assert document["organizations"][0] == {
        "id": "c/d00/general-office",
        "name": "Office 0",
        "place": "D0",
        "duties": 2,
    }
